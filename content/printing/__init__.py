"""Print-ready PDFs of any registered kind of document, rendered by WeasyPrint in
the background.

Apps register their kinds (``registry``): ``content`` its material brochures and
packs, other apps theirs. ``documents`` turns an edition into HTML from our own
templates with its kind's builder, ``engine`` renders that HTML in a forked,
time-limited process with a fetcher that knows only our files, ``tasks`` runs it
on the django-tasks worker, ``services`` finds or queues editions, and ``views``
offers progress, downloads and the counting QR redirect.

The package imports nothing from the rest of ``content`` nor from other project
apps but ``audiences`` (the access layer): they build on it, never the reverse.
"""
