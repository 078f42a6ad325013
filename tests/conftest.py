import os

import pytest
from django.core.cache import cache

# Playwright's sync API runs an event loop in the test thread; Django's guard
# against database calls from async contexts would trip over it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()
