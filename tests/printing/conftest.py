"""Fixtures of the print tests: the shelf of materials to print, and a media
directory of the test's own."""

import pytest

from tests.printing.helpers import Shelf


@pytest.fixture
def own_media(settings, tmp_path):
    """Each test its own media directory: leftovers are this test's alone."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def shelf():
    return Shelf()
