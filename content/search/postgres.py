"""Wagtail's PostgreSQL search backend with Kazakh words stemmed by Kopir.

PostgreSQL has no Kazakh configuration. A Kazakh page's title and body are
stemmed here (``stem_text``) and indexed with the "simple" configuration, which
only lower-cases; every other object keeps the backend's configuration
("russian"), with just its Kazakh-letter words stemmed here first. A query in
Kazakh is stemmed the same way and read with "simple"; any other is read with
the backend's configuration after its Kazakh-letter words are stemmed; a query
that does not say its language matches each word in either way.

Only title and body change: the autocomplete vector stays as Wagtail writes it
(typed prefixes), and so do the plain texts kept for fuzzy search.
"""

import re
from functools import reduce

from django.contrib.postgres.search import SearchQuery
from django.utils.encoding import force_str
from wagtail.search.backends.database.postgres.postgres import (
    ObjectIndexer,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    get_content_type_pk,
)
from wagtail.search.backends.database.postgres.query import Lexeme
from wagtail.search.query import Phrase, PlainText

from content.search.stemming import (
    KAZAKH,
    is_kazakh,
    languages_of,
    query_language,
    stem_kazakh_words,
    stem_text,
)

KAZAKH_CONFIG = "simple"


class StemmingObjectIndexer(ObjectIndexer):
    """Builds the title and body vectors of one object in its language."""

    def __init__(self, obj, backend, language):
        super().__init__(obj, backend)
        self.language = language
        if language == KAZAKH:
            self.config = KAZAKH_CONFIG

    def as_vector(self, texts, for_autocomplete=False):
        if not for_autocomplete:
            if self.language == KAZAKH:
                texts = [(stem_text(text, KAZAKH), weight) for text, weight in texts]
            else:
                texts = [(stem_kazakh_words(text), weight) for text, weight in texts]
        return super().as_vector(texts, for_autocomplete=for_autocomplete)

    @property
    def has_kazakh_words(self):
        text = f"{self.title_text} {self.body_text}"
        return self.language == KAZAKH or any(is_kazakh(word) for word in text.split())


class StemmingPostgresIndex(PostgresIndex):
    """Wagtail writes the rows; the title and body of objects in Kazakh or with
    Kazakh words are then written again, stemmed. ``update_index``, publishing
    and ``add_bulk`` all come through ``add_items``."""

    def add_items(self, model, objs):
        objs = list(objs)
        super().add_items(model, objs)
        if not objs or not model.get_search_fields():
            return
        content_type_id = get_content_type_pk(model)
        for obj, language in zip(objs, languages_of(objs), strict=True):
            indexer = StemmingObjectIndexer(obj, self.backend, language)
            if not indexer.has_kazakh_words:
                continue
            self.entries.filter(
                content_type_id=content_type_id, object_id=force_str(obj.pk)
            ).update(title=indexer.title, body=indexer.body)


class StemmingPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    """Reads a query's words the way the index was written for its language."""

    def build_tsquery_content(self, query, config=None, invert=False):
        language = query_language(query)
        if isinstance(query, Phrase):
            if language == KAZAKH:
                text, config = stem_text(query.query_string, KAZAKH), KAZAKH_CONFIG
            else:
                text = stem_kazakh_words(query.query_string)
            return SearchQuery(text, search_type="phrase", config=config)
        if not isinstance(query, PlainText):
            return super().build_tsquery_content(query, config=config, invert=invert)

        words = [word for word in re.split(r"[\s\-]+", query.query_string) if word]
        if not words:
            return None
        parts = []
        for position, word in enumerate(words):
            prefix = self.LAST_TERM_IS_PREFIX and position == len(words) - 1
            readings = []  # (text, configuration) the word may stand as
            if language in (KAZAKH, None):
                readings.append((stem_text(word, KAZAKH), KAZAKH_CONFIG))
            if language != KAZAKH:
                readings.append((stem_kazakh_words(word), config))
            queries = [
                SearchQuery(
                    Lexeme(text, invert=invert, prefix=prefix),
                    search_type="raw",
                    config=cfg,
                )
                for text, cfg in dict.fromkeys(readings)
            ]
            # An inverted word (Not) may match in neither reading.
            parts.append(reduce(lambda a, b: (a & b) if invert else (a | b), queries))
        is_and = (query.operator == "and") != invert
        return reduce(lambda a, b: (a & b) if is_and else (a | b), parts)


class StemmingPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = StemmingPostgresSearchQueryCompiler
    # Autocomplete keeps Wagtail's compiler: its vector is not stemmed.
    index_class = StemmingPostgresIndex
