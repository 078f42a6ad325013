"""What one import may hold (settings ``IMPORT_*``; README "Spreadsheet import")."""

from django.conf import settings

# Fixed limits: a cell, a header row, an image inside the ZIP.
MAX_CELL_CHARS = 20_000
MAX_COLUMNS = 60
MAX_IMAGE_BYTES = 15 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
# An XLSX is a ZIP too: what it may unpack to, and how far one member may
# expand (a ZIP bomb expands a thousandfold).
MAX_UNPACKED_RATIO = 100
# The report keeps this many errors; the count says how many there were.
MAX_REPORTED_ERRORS = 1000


def max_bytes():
    return settings.IMPORT_MAX_BYTES


def max_rows():
    return settings.IMPORT_MAX_ROWS


def max_zip_bytes():
    return settings.IMPORT_MAX_ZIP_BYTES


def max_images():
    return settings.IMPORT_MAX_IMAGES


def max_unpacked_bytes():
    """What an XLSX may unpack to: generous for text, far below a bomb."""
    return max(max_bytes() * 20, 50 * 1024 * 1024)
