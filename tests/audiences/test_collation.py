"""Lists of names follow the reader's alphabet, not Unicode's code points: in
Kazakh, "Ақмола" comes right after "Абай", not after every name in я."""

from audiences.names import collation_key


def _sorted(names, language):
    return sorted(names, key=lambda name: collation_key(name, language))


def test_kazakh_letters_follow_their_nearest_russian_letter():
    names = ["Алматы", "Ақмола", "Абай", "Ұлытау", "Түркістан", "Үржар", "Өскемен"]
    assert _sorted(names, "kk") == [
        "Абай",
        "Ақмола",
        "Алматы",
        "Өскемен",
        "Түркістан",
        "Ұлытау",
        "Үржар",
    ]
    # Code points would have put every Kazakh letter after the Russian alphabet.
    assert sorted(names) != _sorted(names, "kk")


def test_case_does_not_count_and_latin_comes_first():
    assert _sorted(["жамбыл", "Әлия", "ақтөбе", "Zoom", "2GIS"], "kk") == [
        "2GIS",
        "Zoom",
        "ақтөбе",
        "Әлия",
        "жамбыл",
    ]


def test_russian_alphabet_puts_yo_after_ye_and_kazakh_letters_last():
    assert _sorted(["Жанаозен", "Ёлка", "Ель", "Ақсу", "Аягоз"], "ru") == [
        "Аягоз",
        "Ақсу",
        "Ель",
        "Ёлка",
        "Жанаозен",
    ]
