"""The Kazakh stemmer against the word forms listed in kazakh_stems.tsv."""

from pathlib import Path

from django.test import SimpleTestCase

from content.search import stem_text
from content.search.kazakh import stem

STEMS = Path(__file__).with_name("kazakh_stems.tsv")


def word_forms():
    rows = []
    for line in STEMS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, expected = line.split("\t")
            rows.append((word, expected))
    return rows


class KazakhStemmerTests(SimpleTestCase):
    def test_the_list_holds_at_least_200_word_forms(self):
        self.assertGreaterEqual(len(word_forms()), 200)

    def test_every_listed_form_gets_its_stem(self):
        for word, expected in word_forms():
            with self.subTest(word=word):
                self.assertEqual(stem(word), expected)

    def test_the_forms_of_otbasy_share_one_stem(self):
        forms = ["отбасы", "отбасына", "отбасының", "отбасылар", "отбасыларға"]
        forms.append("отбасымыз")
        self.assertEqual({stem(word) for word in forms}, {stem("отбасы")})

    def test_no_stem_is_shorter_than_two_letters(self):
        for word in ("үйге", "үйді", "дін", "ойда", "іске"):
            with self.subTest(word=word):
                self.assertGreaterEqual(len(stem(word)), 2)

    def test_a_suffix_of_the_other_harmony_stays(self):
        # -ға is back, «тіл» front: «тілға» is no Kazakh form, so nothing goes.
        self.assertEqual(stem("тілға"), "тілға")
        self.assertEqual(stem("тілге"), "тіл")

    def test_a_latin_i_typed_for_the_kazakh_one_is_read_as_it(self):
        self.assertEqual(stem("тiлдерi"), stem("тілдері"))


class StemTextLanguageTests(SimpleTestCase):
    def test_kazakh_text_stems_words_without_kazakh_letters(self):
        self.assertEqual(stem_text("Отбасына", "kk"), "отба")

    def test_outside_kazakh_only_words_with_kazakh_letters_are_kazakh(self):
        # «отбасына» has no Kazakh-only letter: Russian Snowball reads it there.
        self.assertNotEqual(stem_text("отбасына", "ru"), "отба")
        self.assertEqual(stem_text("отбасының", "ru"), "отба")
        self.assertEqual(stem_text("семьи", "ru"), stem_text("семья", "ru"))
