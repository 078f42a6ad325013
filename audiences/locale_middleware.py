"""Language middleware that leaves the language-free parts of the site alone."""

from django.middleware.locale import LocaleMiddleware

# URLs outside ``i18n_patterns``: their 404 is final.
NOT_TRANSLATED = (
    "/admin/",
    "/api/",
    "/documents/",
    "/media/",
    "/print/",
    "/q/",
    "/calendar/",
)


class KopirLocaleMiddleware(LocaleMiddleware):
    """Django's ``LocaleMiddleware`` answers a 404 anywhere with a redirect to
    ``/<lang>/<path>`` whenever that path would resolve, and the public page
    route resolves every path: a refused admin URL ended on a public "not
    found" page at an address that does not exist. Outside the public site a
    404 stays a 404."""

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(NOT_TRANSLATED):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)
