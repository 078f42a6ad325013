"""The stemming rule shared by the index and the query (see ``content.search``).

The backends (``sqlite``, ``postgres``) import it; it imports neither of them.
"""

import re
from functools import lru_cache

import snowballstemmer
from wagtail.models import Locale
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
