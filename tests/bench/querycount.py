"""Count the database queries a request makes; used by the benchmark settings only.

``QueryCountMiddleware`` must be the outermost middleware so that it also counts the
queries of the page cache, sessions and authentication. It adds an ``X-Query-Count``
response header and never changes the response otherwise.
"""

from contextlib import ExitStack

from django.db import connections

HEADER = "X-Query-Count"


class _Counter:
    """An ``execute_wrapper`` that counts every statement sent to the database."""

    __slots__ = ("count",)

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


class QueryCountMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        counter = _Counter()
        with ExitStack() as stack:
            for connection in connections.all():
                stack.enter_context(connection.execute_wrapper(counter))
            response = self.get_response(request)
        response[HEADER] = str(counter.count)
        return response
