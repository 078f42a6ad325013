"""Reads: each function answers one screen's question in a fixed number of queries.

* ``library``: the public site (library with facets and search, home, spaces);
* ``reports``: the admin's reports and dashboard (review state, decisions,
  translation status), always from what the user may see.

Nothing is imported here, so that the public pages can read ``library`` without
loading the admin's reads.
"""
