"""Wagtail's SQLite FTS5 search backend with the index and the query stemmed.

Imported on SQLite only: Wagtail's SQLite backend needs its FTS model, which
exists only there. Stemming is ``kopir.search.stem_text``.

Only the full-text columns (title and body) are stemmed: the autocomplete column
keeps the words as written, because it matches typed prefixes, and the stem of a
prefix is not a prefix of the word's stem.
"""

from wagtail.search.backends.database.sqlite.query import (
    Lexeme,
    SearchQueryExpression,
)
from wagtail.search.backends.database.sqlite.sqlite import (
    IndexEntry,
    ObjectIndexer,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    get_content_type_pk,
)
from wagtail.search.index import SearchField
from wagtail.search.query import Phrase, PlainText

from kopir.search import stem_text

__all__ = ["SQLiteSearchBackend", "StemmingSQLiteSearchBackend"]


class StemmingObjectIndexer(ObjectIndexer):
    """Stems the values of search fields; autocomplete fields stay as written."""

    def prepare_field(self, obj, field):
        if isinstance(field, SearchField):
            for current_field, value in super().prepare_field(obj, field):
                yield current_field, stem_text(value)
        else:
            # RelatedFields come back here for each of their own fields, so a
            # value is stemmed once, where it is a SearchField.
            yield from super().prepare_field(obj, field)


class StemmingSQLiteIndex(SQLiteIndex):
    indexer_class = StemmingObjectIndexer

    def add_items(self, model, objs):
        # Wagtail's SQLiteIndex.add_items (modelsearch 1.3) with the indexer class
        # swapped, as it names ObjectIndexer directly. ``update_index``, the
        # publish signal's task and ``backend.add_bulk`` all come through here.
        if not model.get_search_fields():
            return
        indexers = [self.indexer_class(obj, self.backend) for obj in objs]
        if not indexers:
            return

        content_type_pk = get_content_type_pk(model)
        data = {
            indexer.id: (indexer.title, indexer.autocomplete, indexer.body)
            for indexer in indexers
        }
        entries = self.entries.filter(content_type_id=content_type_pk)
        indexed_ids = frozenset(
            entries.filter(object_id__in=data.keys()).values_list(
                "object_id", flat=True
            )
        )
        for object_id in indexed_ids:
            title, autocomplete, body = data[object_id]
            entries.filter(object_id=object_id).update(
                title=title, autocomplete=autocomplete, body=body
            )
        self.entries.bulk_create(
            IndexEntry(
                content_type_id=content_type_pk,
                object_id=object_id,
                title=title,
                autocomplete=autocomplete,
                body=body,
            )
            for object_id, (title, autocomplete, body) in data.items()
            if object_id not in indexed_ids
        )
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
