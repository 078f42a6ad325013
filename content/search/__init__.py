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

from django.db import connection
from wagtail.search.backends.database import SearchBackend as database_backend

from content.search.stemming import (  # noqa: F401  (the package's public names)
    KAZAKH,
    LanguageText,
    is_kazakh,
    languages_of,
    query_language,
    stem_kazakh_words,
    stem_text,
    stem_word,
)


def SearchBackend(params):  # the name Wagtail looks up in a backend module
    """The stemming backend on SQLite with FTS5 and on PostgreSQL.

    Wagtail's database backend falls back when SQLite lacks FTS5 (or the database
    is another one); those fallbacks stay in force.
    """
    # Each vendor's module is imported only on that vendor: the PostgreSQL one
    # needs psycopg, which a SQLite-only installation may lack.
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
