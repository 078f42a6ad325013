"""Wagtail's SQLite FTS5 search backend with the index and the query stemmed.

Imported on SQLite only: Wagtail's SQLite backend needs its FTS model, which
exists only there. Stemming is ``content.search.stem_text``, in the language of
the indexed object's locale and of the query.

Only the full-text columns (title and body) are stemmed: the autocomplete column
keeps the words as written, because it matches typed prefixes, and the stem of a
prefix is not a prefix of the word's stem.
"""

from django.utils.encoding import force_str
from wagtail.search.backends.database.sqlite.query import (
    CombinedLexeme,
    Lexeme,
    SearchQueryExpression,
)
from wagtail.search.backends.database.sqlite.sqlite import (
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    get_content_type_pk,
)
from wagtail.search.query import Phrase, PlainText

from content.search.stemming import KAZAKH, languages_of, query_language, stem_text

__all__ = ["SQLiteSearchBackend", "StemmingSQLiteSearchBackend"]


class StemmingSQLiteIndex(SQLiteIndex):
    """Wagtail writes the index rows with the words as written; the full-text
    columns (title and body) of the rows just written are then stemmed, and the
    FTS table follows through its update trigger. The autocomplete column stays.

    ``update_index``, the publish signal's task and ``backend.add_bulk`` all come
    through ``add_items``.
    """

    def add_items(self, model, objs):
        objs = list(objs)
        super().add_items(model, objs)
        if not objs or not model.get_search_fields():
            return
        languages = {
            force_str(obj.pk): language
            for obj, language in zip(objs, languages_of(objs), strict=True)
        }
        entries = list(
            self.entries.filter(
                content_type_id=get_content_type_pk(model),
                object_id__in=list(languages),
            ).only("pk", "object_id", "title", "body")
        )
        for entry in entries:
            language = languages[entry.object_id]
            entry.title = stem_text(entry.title, language)
            entry.body = stem_text(entry.body, language)
        self.entries.bulk_update(entries, ["title", "body"], batch_size=500)
        self._refresh_title_norms()


class EitherLexeme(CombinedLexeme):
    """``(a OR b)``: FTS5 binds AND tighter than OR, so the pair needs brackets."""

    def __init__(self, lhs, rhs):
        super().__init__(lhs, CombinedLexeme.BITOR, rhs)

    def as_sql(self, compiler, connection):
        sql, params = super().as_sql(compiler, connection)
        return sql, [f"({params[0]})"]


def _alternatives(term, language):
    """The stems a query word may match: one in a known language; without one,
    the word as Kazakh and by the letter rule (Kazakh pages were indexed as
    Kazakh whatever their letters)."""
    if language is not None:
        return [stem_text(term, language)]
    return list(dict.fromkeys([stem_text(term, KAZAKH), stem_text(term)]))


class StemmingSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    """Stems each query word the way the index was stemmed."""

    def build_search_query_content(self, query, config=None):
        language = query_language(query)
        if isinstance(query, PlainText):
            terms = query.query_string.split()
            if not terms:
                return None
            lexemes = None
            for position, term in enumerate(terms):
                prefix = self.LAST_TERM_IS_PREFIX and position == len(terms) - 1
                word = None
                for alternative in _alternatives(term, language):
                    lexeme = Lexeme(alternative, prefix=prefix)
                    word = lexeme if word is None else EitherLexeme(word, lexeme)
                if lexemes is None:
                    lexemes = word
                elif query.operator.upper() == "AND":
                    lexemes &= word
                else:
                    lexemes |= word
            return SearchQueryExpression(lexemes, config=config)
        if isinstance(query, Phrase):
            return SearchQueryExpression(stem_text(query.query_string, language))
        # And, Or, AndNot: Wagtail combines the parts, built by this method.
        return super().build_search_query_content(query, config=config)


class StemmingSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = StemmingSQLiteSearchQueryCompiler
    # Autocomplete keeps Wagtail's compiler: its column is not stemmed.
    index_class = StemmingSQLiteIndex
