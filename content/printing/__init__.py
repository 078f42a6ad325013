"""Print-ready PDFs: material brochures, packs and (through a registered builder)
campaign plan documents, rendered by WeasyPrint in the background.

``documents`` turns a subject into HTML from our own templates, ``engine`` renders
that HTML in a forked, time-limited process with a fetcher that knows only our
files, ``tasks`` runs it on the django-tasks worker, and ``views`` offers requests,
progress, downloads and the counting QR redirect.
"""
