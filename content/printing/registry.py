"""The kinds of document Kopir prints, each registered by the app that owns it.

This package queues, renders, stores and serves editions; what an edition is *of*
(a material, a pack, whatever another app owns) only the owning app knows. It
registers a ``DocumentType`` from its ``AppConfig.ready()``: the key stored in
``PrintEdition.kind``, its label, the builder that turns an edition into a
``PrintDocument``, who reaches its editions, and where an edition's page links
back to. Nothing here names a kind: the registered types are the whole list.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Q

from audiences import access

KIND_LENGTH = 10  # PrintEdition.kind's max_length


@dataclass(frozen=True)
class DocumentType:
    """One kind of printed document, as its app declares it.

    ``build(edition, progress)`` returns the ``PrintDocument`` of an edition; it
    runs in the worker, inside the edition's language, and reports its stage with
    ``progress(percent, Message)``. Who reaches the kind's editions: members of the
    edition's organisation holding one of ``roles``, anyone ``extra(user,
    action) → Q | None`` lets in, and everyone for the editions ``public() → Q``
    selects; each ``Q`` is about ``PrintEdition`` rows and is narrowed to this
    kind here, so a rule never reaches another kind's editions.
    ``back_link(edition)`` gives the admin URL the edition's page links back to
    (or None), shown with ``back_label``. ``templates`` are the templates its
    builder renders: the worker loads them when it starts.
    """

    kind: str
    label: str
    build: Callable
    roles: tuple = ()
    extra: Callable | None = None
    public: Callable | None = None
    back_link: Callable | None = None
    back_label: str = ""
    templates: tuple = ()


_types: dict[str, DocumentType] = {}


def register(document_type):
    """Add a kind of document; registering the same key again replaces it."""
    if not document_type.kind or len(document_type.kind) > KIND_LENGTH:
        raise ValueError(
            f"A print kind is 1 to {KIND_LENGTH} characters: {document_type.kind!r}"
        )
    _types[document_type.kind] = document_type


def document_type(kind):
    """The registered type of ``kind``, or None."""
    return _types.get(kind)


def templates():
    """Every template the registered kinds render, in order of registration."""
    return list(dict.fromkeys(name for t in _types.values() for name in t.templates))


def kind_choices():
    """``PrintEdition.kind``'s choices: the registered kinds and their labels."""
    return [(t.kind, t.label) for t in _types.values()]


class KindNames:
    """The registered kinds by name: ``PrintEdition.Kind.PACK == "pack"``.

    Callers that own a kind use their own constant; this keeps the model's
    ``Kind.NAME`` spelling working for scripts and tests without naming any kind.
    """

    def __getattr__(self, name):
        if name.isupper():
            for kind in _types:
                if kind.upper() == name:
                    return kind
        raise AttributeError(name)

    @property
    def choices(self):
        return kind_choices()

    @property
    def values(self):
        return list(_types)


def edition_rule(user, action):
    """The editions ``user`` reaches by role or by a kind's own rule (``extra``)."""
    allowed = Q(pk__in=[])
    for kind, document in _types.items():
        ids = access.organisation_ids(user, *document.roles) if document.roles else ()
        if ids:
            allowed |= Q(kind=kind, organisation_id__in=ids)
        extra = document.extra(user, action) if document.extra else None
        if extra is not None:
            allowed |= Q(kind=kind) & extra
    return allowed


def public_editions():
    """The editions anyone may fetch (some kinds have none)."""
    allowed = Q(pk__in=[])
    for kind, document in _types.items():
        if document.public is not None:
            allowed |= Q(kind=kind) & document.public()
    return allowed
