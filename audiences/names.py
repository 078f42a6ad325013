"""Names in the reader's language: taxonomy rows and organisations.

Plans, activities and rosters store taxonomy rows of the default language (one
translation key each); wherever they are shown, the name of the row's
translation in the active language is shown instead, falling back to the row's
own name. Within a request (``NamesMiddleware``) or a ``names_cache()`` block,
one query per taxonomy model and language loads every name of that language, so
a listing costs the same whatever its number of rows. Outside one, each lookup
is a query of its own (management commands, one-off calls).
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant

_names = ContextVar("kopir_localized_names", default=None)


@contextmanager
def names_cache():
    """Share taxonomy name lookups for the duration of the block."""
    token = _names.set({})
    try:
        yield
    finally:
        _names.reset(token)


class NamesMiddleware:
    """One taxonomy name lookup per model and language per request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with names_cache():
            return self.get_response(request)


def active_language():
    """The active language as a content language code ("kk", "ru", "en")."""
    try:
        return get_supported_content_language_variant(get_language())
    except LookupError:
        return settings.LANGUAGE_CODE


def taxonomy_name(row, language=None):
    """``row``'s name in ``language`` (default: the active one), else its own."""
    if row is None:
        return ""
    return key_name(row._meta.concrete_model, row.translation_key, row.name, language)


def key_name(model, translation_key, name, language=None):
    """The name of ``model``'s row with ``translation_key`` in ``language``, else
    ``name``: for listings that load plain values instead of taxonomy rows."""
    language = language or active_language()
    cache = _names.get()
    if cache is None:
        found = (
            model.objects.filter(
                translation_key=translation_key, locale__language_code=language
            )
            .values_list("name", flat=True)
            .first()
        )
        return found or name
    key = (model._meta.label, language)
    if key not in cache:
        cache[key] = dict(
            model.objects.filter(locale__language_code=language).values_list(
                "translation_key", "name"
            )
        )
    return cache[key].get(translation_key) or name


def localized_name(obj, language=None):
    """The name to show for a taxonomy row or an organisation."""
    if obj is None:
        return ""
    if hasattr(obj, "translation_key"):
        return taxonomy_name(obj, language)
    if hasattr(obj, "name_in"):
        return obj.name_in(language or active_language())
    return str(obj)


# The Kazakh alphabet puts its own letters after their nearest Russian one (ә after
# а, ғ after г, ...); Unicode code points would put all of them after я. Letters of
# neither alphabet (Latin, digits) sort before Cyrillic, by code point.
ALPHABETS = {
    "kk": "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
}
_ORDER = {
    language: {letter: index for index, letter in enumerate(alphabet)}
    for language, alphabet in ALPHABETS.items()
}


def collation_key(text, language=None):
    """A sort key for ``text`` in the alphabet of ``language`` (default: the active
    one): Kazakh orders "Абай, Ақмола, Алматы"; case does not count. Cyrillic
    letters of neither alphabet (Kazakh letters in a Russian list) follow the
    alphabet's last letter."""
    order = _ORDER.get(language or active_language(), _ORDER["ru"])
    after = len(order)
    key = []
    for char in text.casefold():
        rank = order.get(char)
        if rank is not None:
            key.append((1, rank, ""))
        elif "\u0400" <= char <= "\u04ff":
            key.append((1, after, char))
        else:
            key.append((0, 0, char))
    return key


def sort_localized(rows, language=None):
    """``rows`` sorted by the name shown for them, in the language's alphabet."""
    language = language or active_language()
    return sorted(
        rows, key=lambda row: collation_key(localized_name(row, language), language)
    )


class LocalizedChoiceIterator(forms.models.ModelChoiceIterator):
    """Choices labelled and ordered by their name in the active language."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        queryset = self.queryset
        if not queryset._prefetch_related_lookups:
            queryset = queryset.iterator()
        for obj in sort_localized(queryset):
            yield self.choice(obj)


class LocalizedChoicesMixin:
    iterator = LocalizedChoiceIterator

    def label_from_instance(self, obj):
        return localized_name(obj)


class LocalizedModelChoiceField(LocalizedChoicesMixin, forms.ModelChoiceField):
    """A taxonomy or organisation choice shown in the active language."""


class LocalizedModelMultipleChoiceField(
    LocalizedChoicesMixin, forms.ModelMultipleChoiceField
):
    """Several taxonomy or organisation choices shown in the active language."""


def localize_choices(form):
    """Label and order every taxonomy and organisation choice of ``form``."""
    for field in form.fields.values():
        queryset = getattr(field, "queryset", None)
        if queryset is None or isinstance(field, LocalizedChoicesMixin):
            continue
        if getattr(queryset.model, "localized_choices", False):
            field.label_from_instance = localized_name
            field.iterator = LocalizedChoiceIterator
            # ``choices`` was built with the old iterator when the field was made.
            field.widget.choices = field.choices


class LocalizedChoicesFormMixin:
    """A model form (and its inline forms) whose taxonomy and organisation
    choices read in the active language; the stored rows stay the same."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        localize_choices(self)
        for formset in getattr(self, "formsets", {}).values():
            if not issubclass(formset.form, LocalizedChoicesFormMixin):
                formset.form = type(
                    formset.form.__name__,
                    (LocalizedChoicesFormMixin, formset.form),
                    {},
                )
            if "forms" in formset.__dict__:  # already built
                for form in formset.forms:
                    localize_choices(form)
