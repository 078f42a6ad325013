"""The demo and the benchmarks' generated data: loaders for ``campaigns/demo/data``.

``manage.py seed_demo`` reads the YAML files under ``data/`` (one file per concern,
Kazakh, Russian and English side by side) and creates the records through the
same helpers, services and Wagtail revisions and workflows that the admin uses.
``generate_library`` and ``generate_activities`` build the benchmarks' large
library and calendar. Nothing here is imported by the running site.
"""
