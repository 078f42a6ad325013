"""Messages of the printing code: stored untranslated, translated when shown.

A render runs in the worker, inside the document's language; whoever reads its
stage or error later may use another one. So a message is kept as its English
msgid (marked with ``gettext_noop``, so makemessages finds it) and its parameters,
and ``gettext`` runs when it is shown: a Kazakh reader sees Kazakh whatever
language the worker ran in.
"""

import json

from django.utils.translation import gettext, gettext_noop, ngettext


class Message:
    """An English msgid and its parameters; ``str()`` translates it now.

    A parameter may itself be a Message (the place in a document an error is
    about), translated with it. A counted message has a ``plural`` and a
    ``count`` parameter; build it with ``Message.counted``.
    """

    def __init__(self, msgid, plural=None, **params):
        self.msgid, self.plural, self.params = msgid, plural, params

    @classmethod
    def counted(cls, marked, **params):
        """A counted message from ``ngettext_lazy(singular, plural, "count")``.

        ``ngettext_lazy`` is only the mark makemessages finds (no function named
        ``ngettext_noop`` exists); its two English strings are kept, and
        ``ngettext`` chooses the form when the message is shown.
        """
        return cls(marked._kw["singular"], marked._kw["plural"], **params)

    def __str__(self):
        if self.plural is not None:
            text = ngettext(self.msgid, self.plural, int(self.params["count"]))
        else:
            text = gettext(self.msgid)
        if not self.params:
            return text
        return text % {key: str(value) for key, value in self.params.items()}

    def __eq__(self, other):
        return isinstance(other, Message) and self.as_data() == other.as_data()

    def __repr__(self):
        return f"Message({self.msgid!r}, **{self.params!r})"

    def as_data(self):
        data = {"msgid": self.msgid}
        if self.plural is not None:
            data["plural"] = self.plural
        if self.params:
            data["params"] = {
                key: value.as_data() if isinstance(value, Message) else value
                for key, value in self.params.items()
            }
        return data

    @classmethod
    def from_data(cls, data):
        return cls(
            data["msgid"],
            data.get("plural"),
            **{
                key: cls.from_data(value) if isinstance(value, dict) else value
                for key, value in data.get("params", {}).items()
            },
        )

    def stored(self):
        """The text a model field keeps: JSON, never translated."""
        return json.dumps(self.as_data(), ensure_ascii=False)


def shown(stored):
    """A stored message in the active language.

    Rows written before messages were stored as JSON hold English text: it is
    translated when the catalogue knows it, else shown as it is.
    """
    if not stored:
        return ""
    try:
        data = json.loads(stored)
    except ValueError:
        return gettext(stored)
    if not isinstance(data, dict) or "msgid" not in data:
        return gettext(stored)
    return str(Message.from_data(data))


class PrintError(Exception):
    """A document that cannot be printed, with a message for the person asking.

    ``PrintError(gettext_noop("… %(name)s …"), name=…)``: ``str()`` gives the
    message in the active language, ``message.stored()`` what an edition keeps.
    """

    def __init__(self, msgid, **params):
        if not isinstance(msgid, Message):
            msgid = Message(msgid, **params)
        self.message = msgid
        super().__init__(self.message.msgid)

    def __str__(self):
        return str(self.message)


class StorageUnavailable(PrintError):
    """The file storage (disk or S3 bucket) could not be reached: nothing is
    wrong with the document, and the render is tried again later
    (``services.retry_failed_renders``)."""

    def __init__(self):
        super().__init__(
            gettext_noop(
                "The file storage could not be reached. The edition will be "
                "rendered again automatically when it is back."
            )
        )
