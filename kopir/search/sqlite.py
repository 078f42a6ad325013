"""Wagtail's SQLite FTS5 search backend with the index and the query stemmed.

Imported on SQLite only: Wagtail's SQLite backend needs its FTS model, which
exists only there. Stemming is ``kopir.search.stem_text``.

Only the full-text columns (title and body) are stemmed: the autocomplete column
keeps the words as written, because it matches typed prefixes, and the stem of a
prefix is not a prefix of the word's stem.
"""

from django.utils.encoding import force_str
from wagtail.search.backends.database.sqlite.query import (
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

from kopir.search import stem_text

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
        entries = list(
            self.entries.filter(
                content_type_id=get_content_type_pk(model),
                object_id__in=[force_str(obj.pk) for obj in objs],
            ).only("pk", "title", "body")
        )
        for entry in entries:
            entry.title = stem_text(entry.title)
            entry.body = stem_text(entry.body)
        self.entries.bulk_update(entries, ["title", "body"], batch_size=500)
        self._refresh_title_norms()


class StemmingSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    """Stems each query word the way the index was stemmed."""

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            terms = [stem_text(term) for term in query.query_string.split()]
            if not terms:
                return None
            lexemes = Lexeme(terms.pop(), prefix=self.LAST_TERM_IS_PREFIX)
            for term in terms:
                if query.operator.upper() == "AND":
                    lexemes &= Lexeme(term)
                else:
                    lexemes |= Lexeme(term)
            return SearchQueryExpression(lexemes, config=config)
        if isinstance(query, Phrase):
            return SearchQueryExpression(stem_text(query.query_string))
        # And, Or, AndNot: Wagtail combines the parts, built by this method.
        return super().build_search_query_content(query, config=config)


class StemmingSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = StemmingSQLiteSearchQueryCompiler
    # Autocomplete keeps Wagtail's compiler: its column is not stemmed.
    index_class = StemmingSQLiteIndex
