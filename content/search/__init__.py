"""Search with stemming in Kazakh, Russian and English, on SQLite and PostgreSQL.

``stem_text(text, language)`` is the one rule for the index and the query:

* in Kazakh text (``language`` "kk": a page in the Kazakh locale, a search in the
  Kazakh library) every Cyrillic word goes through the Kazakh stemmer
  (``content.search.kazakh``): «отбасына» has no letter Russian lacks;
* elsewhere a Cyrillic word with a Kazakh-only letter (ә, ғ, қ, ң, ө, ұ, ү, һ, і)
  is Kazakh too, and any other Cyrillic word Russian (Snowball);
* Latin words are English (Snowball).

SQLite's FTS5 only matches whole words, so there the indexed title and body and
every query word pass through ``stem_text`` (``content.search.sqlite``). PostgreSQL
stems Russian and English itself with the "russian" configuration; there only
the Kazakh words are stemmed first, and a Kazakh page's text, fully stemmed here,
is indexed with the "simple" configuration, which leaves it as it is
(``content.search.postgres``).

A query says its language with ``LanguageText`` (the library does); a plain
string (the admin's search) has none, and then each word matches in either way:
stemmed as Kazakh or by the other rule.

Settings name this module as the search backend (kopir/settings/base.py). After
switching an existing database to it, run ``manage.py update_index`` once so that
the stored index is stemmed too.
"""

import re
from functools import lru_cache

import snowballstemmer
from wagtail.search.query import PlainText

from content.search import kazakh

KAZAKH = "kk"

# What FTS5's default tokenizer (unicode61) calls a token: letters and digits;
# everything else, the underscore included, separates tokens.
_WORD = re.compile(r"[^\W_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_KAZAKH_ONLY = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_LATIN = re.compile(r"[a-z]")

_russian = snowballstemmer.stemmer("russian")
_english = snowballstemmer.stemmer("english")


def is_kazakh(word, language=None):
    """Whether a word is stemmed as Kazakh in text of ``language``."""
    return bool(
        _CYRILLIC.search(word) and (language == KAZAKH or _KAZAKH_ONLY.search(word))
    )


@lru_cache(maxsize=50_000)
def stem_word(word, language=None):
    """The stem of one word (letters and digits only), lower-cased."""
    word = word.lower()
    if is_kazakh(word, language):
        return kazakh.stem(word)
    if _CYRILLIC.search(word):
        return _russian.stemWord(word)
    if _LATIN.search(word):
        return _english.stemWord(word)
    return word


def stem_text(text, language=None):
    """``text`` with every word replaced by its stem, separators kept."""
    return _WORD.sub(lambda match: stem_word(match.group(), language), text)


def stem_kazakh_words(text, language=None):
    """``text`` with only its Kazakh words stemmed (PostgreSQL stems the rest)."""

    def replace(match):
        word = match.group()
        return kazakh.stem(word.lower()) if is_kazakh(word, language) else word

    return _WORD.sub(replace, text)


def languages_of(objs):
    """The language each object is written in: its locale's, or None (one query)."""
    from wagtail.models import Locale

    if not any(getattr(obj, "locale_id", None) for obj in objs):
        return [None] * len(objs)
    codes = dict(Locale.objects.values_list("pk", "language_code"))
    return [codes.get(getattr(obj, "locale_id", None)) for obj in objs]


class LanguageText(PlainText):
    """A plain-text search that says which language its words are in."""

    def __init__(self, query_string, *, language, operator="and"):
        super().__init__(query_string, operator=operator)
        self.language = language

    def __repr__(self):
        return f"<LanguageText {self.query_string!r} language={self.language!r}>"


def query_language(query):
    """The language of a search query, or None when it does not say."""
    return getattr(query, "language", None)


def SearchBackend(params):  # the name Wagtail looks up in a backend module
    """The stemming backend on SQLite with FTS5 and on PostgreSQL.

    Wagtail's database backend falls back when SQLite lacks FTS5 (or the database
    is another one); those fallbacks stay in force.
    """
    from django.db import connection
    from wagtail.search.backends.database import SearchBackend as database_backend

    backend = database_backend(params)
    if connection.vendor == "sqlite":
        from content.search.sqlite import (
            SQLiteSearchBackend,
            StemmingSQLiteSearchBackend,
        )

        if type(backend) is SQLiteSearchBackend:
            return StemmingSQLiteSearchBackend(params)
    if connection.vendor == "postgresql":
        from content.search.postgres import StemmingPostgresSearchBackend

        return StemmingPostgresSearchBackend(params)
    return backend
