"""The Snowball stemming that SQLite's search index and queries share."""

from django.test import SimpleTestCase

from content.search import stem_text


class StemTextTests(SimpleTestCase):
    def test_russian_forms_share_a_stem(self):
        forms = ["семья", "семьи", "семью", "семьёй", "Семье", "семей"]
        self.assertEqual({stem_text(word) for word in forms}, {stem_text("семья")})

    def test_english_forms_share_a_stem(self):
        self.assertEqual(stem_text("Families"), stem_text("family"))

    def test_words_with_kazakh_letters_are_stemmed_as_kazakh(self):
        self.assertEqual(stem_text("Отбасыларының"), stem_text("отбасы", "kk"))
        self.assertEqual(stem_text("Ауылдағы"), "ауыл")

    def test_separators_and_numbers_are_kept(self):
        self.assertEqual(
            stem_text("Семьи, 114 и COVID-19!"),
            f"{stem_text('семьи')}, 114 {stem_text('и')} covid-19!",
        )
