"""Importing a plan's activities and results from CSV/XLSX, on the import engine
of ``content.imports``: the same dry run with a report per cell, the same one
transaction, the same idempotent re-import.

Results come from a platform's statistics export as often as from our template:
its columns (date, reach, impressions, engagement, comments, attendance,
qr_scans, in English or Russian) map to the results of one activity, named in an
``activity`` column (its title or id) or chosen on the upload form. A row's
``notes`` and ``sentiment`` (and an activity's ``notes``) are private: the report
never repeats them.
"""
