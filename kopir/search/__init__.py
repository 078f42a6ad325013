"""Search on SQLite with stemming: Wagtail's SQLite FTS5 backend plus Snowball.

PostgreSQL stems with its "russian" text search configuration. SQLite's FTS5 only
matches whole words, so there «семьи» never found a text that says «семья». On
SQLite the indexed text and the query words both pass through ``stem_text``:
Russian Snowball for Cyrillic words, English Snowball for Latin ones. A Cyrillic
word with a letter Russian lacks (ә, ғ, қ, ң, ө, ұ, ү, һ, і) is Kazakh and stays
as it is, lower-cased; since both sides go through the same function, any word is
still found exactly as it is typed.

Settings name this module as the search backend when the database is SQLite
(kopir/settings/base.py); the backend itself is in ``kopir.search.sqlite``, which
imports Wagtail's SQLite backend and so loads only on SQLite. After switching an
existing SQLite database to it, run ``manage.py update_index`` once so that the
stored index is stemmed too.
"""

import re
from functools import lru_cache

import snowballstemmer

# What FTS5's default tokenizer (unicode61) calls a token: letters and digits;
# everything else, the underscore included, separates tokens.
_WORD = re.compile(r"[^\W_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_KAZAKH_ONLY = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_LATIN = re.compile(r"[a-z]")

_russian = snowballstemmer.stemmer("russian")
_english = snowballstemmer.stemmer("english")


@lru_cache(maxsize=50_000)
def stem_word(word):
    """The stem of one word (letters and digits only), lower-cased."""
    word = word.lower()
    if _CYRILLIC.search(word):
        if _KAZAKH_ONLY.search(word):
            return word
        return _russian.stemWord(word)
    if _LATIN.search(word):
        return _english.stemWord(word)
    return word


def stem_text(text):
    """``text`` with every word replaced by its stem, separators kept."""
    return _WORD.sub(lambda match: stem_word(match.group()), text)


def SearchBackend(params):  # the name Wagtail looks up in a backend module
    """The stemming backend on SQLite with FTS5; elsewhere Wagtail's own choice.

    Wagtail's database backend falls back when SQLite lacks FTS5 (or the database
    is another one); those fallbacks stay in force.
    """
    from django.db import connection
    from wagtail.search.backends.database import SearchBackend as database_backend

    backend = database_backend(params)
    if connection.vendor == "sqlite":
        from kopir.search.sqlite import (
            SQLiteSearchBackend,
            StemmingSQLiteSearchBackend,
        )

        if type(backend) is SQLiteSearchBackend:
            return StemmingSQLiteSearchBackend(params)
    return backend
