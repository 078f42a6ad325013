"""What the Django side of the print benchmark shares: the brochure it prints
(language, layout, pages) and the ``PRINTJSON`` line each command ends with."""

from __future__ import annotations

import json
import statistics

LANGUAGE = "en"
LAYOUT = "a5"
PAGES = 4


def emit(data):
    print("PRINTJSON " + json.dumps(data), flush=True)


def median(values):
    return statistics.median(values) if values else None
