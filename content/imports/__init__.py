"""Spreadsheet import: one engine for materials, campaign activities and results.

An upload (XLSX or CSV, with an optional ZIP of images) becomes an ``ImportJob``
(``content/models/imports.py``). The task worker checks it (``tasks.check_import``):
every row and cell is read and validated, nothing is written but the job's report.
When the person asks, ``tasks.create_import`` checks it again and creates
everything in one transaction; a failure anywhere leaves nothing behind.

* ``limits``: sizes and counts from the settings;
* ``reader``: XLSX and CSV to rows of text (formulas stay text, never evaluated);
* ``report``: errors per row and cell, stored untranslated, shown translated;
* ``markdown``: the small Markdown subset a body may use, to rich text;
* ``images``: the ZIP of images, checked before any image is opened;
* ``registry``: the kinds of import (materials here; campaigns registers its own);
* ``materials``: materials, with translations linked by the ``group`` column;
* ``template``: the XLSX template with drop-downs and instructions;
* ``tasks``, ``services``, ``views``: the background work and the admin screens.
"""
