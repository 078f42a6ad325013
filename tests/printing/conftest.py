"""Fixtures of the print tests: the shelf of materials to print."""

import pytest

from tests.printing.helpers import Shelf


@pytest.fixture
def shelf():
    return Shelf()
