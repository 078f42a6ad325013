"""Password rules: common and breached lists, the project's and organisations' names."""

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import TestCase

from audiences.factories import make_organisation
from audiences.models import Role
from tests.security.helpers import person


class PasswordRuleTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.organisation = make_organisation("zhetisu-irg", "Zhetisu Outreach")
        cls.user = person("dana", cls.organisation, Role.EDITOR)

    def codes(self, password, user=None):
        try:
            validate_password(password, user)
        except ValidationError as error:
            return {e.code for e in error.error_list}
        return set()

    def test_common_and_breached_passwords_are_refused(self):
        for password in ("Qwerty123!", "qwerty123!", "Password123", "iloveyou2"):
            with self.subTest(password=password):
                codes = self.codes(password)
                self.assertTrue(
                    codes & {"password_breached", "password_too_common"}, codes
                )

    def test_project_and_city_names_are_refused(self):
        for password in (
            "Almaty2026",
            "kopir2026",
            "KOPIR-2026!!",
            "Көпір2026!",
            "Астана_2025",
            "almaty-kopir-1",
            "Shymkent!!2024",
        ):
            with self.subTest(password=password):
                self.assertIn("password_project_name", self.codes(password))

    def test_the_users_organisation_names_are_refused(self):
        for password in ("Zhetisu2026!", "zhetisu-irg-77", "ZhetisuOutreach#2026"):
            with self.subTest(password=password):
                self.assertIn("password_project_name", self.codes(password, self.user))
        # Another user may (it is not their organisation).
        other = person("erlan")
        self.assertNotIn("password_project_name", self.codes("Zhetisu2026!", other))

    def test_look_alike_digits_and_symbols_do_not_hide_a_name(self):
        for password in ("K0pir2026!", "Alm@ty2026", "A1maty2026", "5hymk3nt-2024"):
            with self.subTest(password=password):
                self.assertIn("password_project_name", self.codes(password))

    def test_the_region_is_refused_in_every_language(self):
        from audiences.factories import translated
        from audiences.models import Region

        regions = translated(
            Region,
            slug="atyrau-region",
            names={"kk": "Атырау облысы", "ru": "Атырауская область", "en": "Atyrau"},
        )
        organisation = make_organisation(
            "atyrau-irg", "Atyrau Outreach", region=regions["ru"]
        )
        user = person("aigerim", organisation, Role.EDITOR)
        for password in ("Атырау2026!", "Atyrau-2026", "Атырауская2026"):
            with self.subTest(password=password):
                self.assertIn("password_project_name", self.codes(password, user))

    def test_names_inside_a_longer_password_are_fine(self):
        for password in (
            "kopir-demo-2026",
            "Almaty rivers in spring",
            "Tundra-lantern-58",
        ):
            with self.subTest(password=password):
                self.assertEqual(self.codes(password, self.user), set())

    def test_messages_are_clear(self):
        from django.utils import translation

        for language, word in (("en", "city"), ("ru", "города"), ("kk", "қаланың")):
            with self.subTest(language=language), translation.override(language):
                with self.assertRaises(ValidationError) as caught:
                    validate_password("Almaty2026")
                self.assertIn(word, " ".join(caught.exception.messages))

    def test_no_network_is_needed(self):
        import socket
        from unittest import mock

        with mock.patch.object(socket, "socket", side_effect=OSError("no network")):
            self.assertIn("password_breached", self.codes("Qwerty123!"))
