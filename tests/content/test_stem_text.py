"""The Snowball stemming that SQLite's search index and queries share."""

from django.test import SimpleTestCase

from kopir.search import stem_text


class StemTextTests(SimpleTestCase):
    def test_russian_forms_share_a_stem(self):
        forms = ["семья", "семьи", "семью", "семьёй", "Семье", "семей"]
        self.assertEqual({stem_text(word) for word in forms}, {stem_text("семья")})

    def test_english_forms_share_a_stem(self):
        self.assertEqual(stem_text("Families"), stem_text("family"))

    def test_kazakh_words_keep_their_form(self):
        self.assertEqual(stem_text("Отбасыларының"), "отбасыларының")
        self.assertEqual(stem_text("Ауылдағы"), "ауылдағы")

    def test_separators_and_numbers_are_kept(self):
        self.assertEqual(
            stem_text("Семьи, 114 и COVID-19!"),
            f"{stem_text('семьи')}, 114 {stem_text('и')} covid-19!",
        )
