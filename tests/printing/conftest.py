"""Fixtures of the print tests: the shelf of materials to print, and a media
directory of the test's own."""

import pytest

from tests.printing.helpers import Shelf
from tests.storage import own_storage


@pytest.fixture
def own_media(settings, tmp_path):
    """Each test its own media directory (or bucket prefix) and print work
    directory: leftovers are this test's alone."""
    return own_storage(settings, tmp_path)


@pytest.fixture
def shelf():
    return Shelf()
