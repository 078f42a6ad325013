"""A small suffix-stripping stemmer for Kazakh (Cyrillic script).

No stemming library covers Kazakh (Snowball has Russian and Turkish), so this one
follows the textbook description of Kazakh noun and verb inflection: Ə. Ысқақов
(ред.), «Қазіргі қазақ тілі», and «Қазақ грамматикасы» (Астана, 2002), as laid
out in English by A. Krippes, *Kazakh (Qazaq) Grammatical Sketch* (1993) and R.
Muhamedowa, *Kazakh: A Comprehensive Grammar* (Routledge, 2016), chapters on
the plural, possessive, case and verb suffixes.

A Kazakh word is a root followed by suffixes in a fixed order::

    root + plural + possessive + case            отбасы-лар-ымыз-ға
    verb + participle/verbal noun + (noun suffixes) + person     кел-ген-де

so the stemmer strips from the end, one slot after another, at most one suffix
per slot and the longest that fits (where two readings are possible the
tables say which wins, e.g. «жұмысы» is жұмыс + ы, «баласы» бала + сы):

1. ``FINITE``: person endings of verbs and of predicates (present-future
   ``-а/-е/-й`` + ``-мын, -мыз, -сың, -ды``, its negative ``-май-``, past
   ``-дым, -дыңыз``, past ``-ды`` after a vowel, conditional ``-са``, ``-айық``,
   predicate ``-мын/-бын/-пын, -быз/-пыз``);
2. ``CASE``: genitive ``-ның/-дың/-тың``, accusative ``-ны/-ды/-ты/-н``, dative
   ``-ға/-қа/-на``, locative ``-да/-та/-нда``, ablative ``-дан/-тан/-нан``,
   instrumental ``-мен/-бен/-пен``, and the relational ``-дағы/-ндағы``;
3. ``POSSESSIVE``: ``-ым, -ың, -ы/-сы, -(ы)мыз, -(ы)ңыз, -(ы)ңдар,
   -(ы)ңыздар``;
4. ``PLURAL``: ``-лар/-дар/-тар``;
5. ``NONFINITE``: participles ``-ған/-қан``, ``-атын/-йтын/-итын``, converb
   ``-ып``, verbal noun ``-у``.

Steps 3 and 4 repeat until neither strips anything, so a word with a lexicalised
possessive is stemmed alike in every form: «отбасы» (от + басы) and «отбасылар»
both end as «отба». The stem is a search key, not a dictionary form.

Every suffix is written here in its back-vowel form; the front-vowel twin is
derived (а→е, ы→і, о→ө, ұ→ү, ғ→г, қ→к). Vowel harmony decides which may go: a
back suffix leaves only a stem whose last vowel is back (а о ұ ы, я ё), a front
one a stem whose last vowel is front (ә ө ү і е, э); у, и, ю decide nothing.
Allomorphs are checked against the sound before them (``-ны`` only after a
vowel, ``-ды/-ты`` only after a consonant, ``-на/-нда/-нан/-н`` only after the
possessive ``-ы/-і``), and no stem is left shorter than two letters or without
a vowel. A stem-final б, ғ, г is written п, қ, к, which undoes the voicing
before a vowel suffix («кітабы» → «кітап»).

Left out on purpose, because they would take too much off ordinary words: the
bare 1st/2nd person possessives after a vowel (``-м``, ``-ң``: «адам», «соң»),
the privative ``-сыз`` (also «you»), the similitude ``-дай`` («құдай»), the
equative ``-ша``, the agent ``-шы`` and derivational suffixes such as ``-лық``.
A finite verb ending is stripped without looking further (no noun suffix
precedes it). Not handled: stems of vowel-final verbs in the past tense, read
as present (жаса + ды → «жас», like бар + а + ды), the vowel that drops out of
some roots («халық» → «халқы», «орын»
→ «орны»), and Kazakh typed without its letters (к for қ, и for і).
"""

from functools import lru_cache

MIN_STEM = 2

BACK_VOWELS = set("аоұыяё")
FRONT_VOWELS = set("әөүіеэ")
VOWELS = BACK_VOWELS | FRONT_VOWELS | set("уию")

_TO_FRONT = str.maketrans("аыоұғқ", "еіөүгк")

# Conditions on the sound before a suffix.
ANY = "any"
VOWEL = "vowel"  # a, е, ы, і ... (not у, и, й)
CONSONANT = "consonant"  # й, у, и count: «үйді», «тауды»
POSSESSIVE_3 = "possessive"  # after the 3rd-person possessive -ы/-і
NASAL = "nasal"  # after м, н, ң
VOWEL_OR_SONORANT = "vowel-or-sonorant"  # after a vowel, р, у, й, и
VOWEL_OR_NASAL = "vowel-or-nasal"  # genitive -ның: after a vowel, м, н, ң
NASAL_OR_POSSESSIVE = "nasal-or-possessive"  # ablative -нан
SA_VOWEL = "sa-vowel"  # possessive -сы: «баласы», «оқушысы», not «жұмысы»


def _after(condition, stem):
    last = stem[-1]
    if condition == ANY:
        return True
    if condition == VOWEL:
        return last in BACK_VOWELS | FRONT_VOWELS
    if condition == CONSONANT:
        return last not in BACK_VOWELS | FRONT_VOWELS
    if condition == POSSESSIVE_3:
        # And what is left must still be a word: «дін» is not ді + н.
        rest = stem[:-1]
        return (
            last in "ыі"
            and len(rest) >= MIN_STEM
            and any(letter in VOWELS for letter in rest)
        )
    if condition == NASAL:
        return last in "мнң"
    if condition == VOWEL_OR_SONORANT:
        return last in BACK_VOWELS | FRONT_VOWELS or last in "руйи"
    if condition == VOWEL_OR_NASAL:
        return last in BACK_VOWELS | FRONT_VOWELS or last in "мнң"
    if condition == NASAL_OR_POSSESSIVE:
        return last in "мнңыі"
    if condition == SA_VOWEL:
        # After ы/і read -ы instead (жұмыс + ы), except after the agent -шы.
        return last in "аеоөұүәя" or stem.endswith(("шы", "ші"))
    raise ValueError(condition)


def _table(*rows):
    """(suffix, condition) rows in back form, plus the front twins, longest first.

    A suffix without a harmonising vowel (-н, -у, -мен) needs no twin and
    matches after either kind of stem.
    """
    entries = {}
    for suffix, condition in rows:
        front = suffix.translate(_TO_FRONT)
        if front == suffix:
            entries[suffix] = (condition, None)
        else:
            entries[suffix] = (condition, "back")
            entries[front] = (condition, "front")
    return sorted(
        ((suffix, cond, harmony) for suffix, (cond, harmony) in entries.items()),
        key=lambda row: -len(row[0]),
    )


def _finite_rows():
    rows = []
    # Present-future: the vowel -а/-е (-й after a vowel, -и for ы-verbs:
    # оқы + й → оқи-), its negative -ма/-ба/-па + й, then the person ending.
    for tense in ("а", "й", "и", "май", "бай", "пай"):
        for person in ("мын", "мыз", "сың", "ды"):
            condition = CONSONANT if tense == "а" else ANY
            if tense in ("й", "и"):
                condition = VOWEL if tense == "й" else CONSONANT
            rows.append((tense + person, condition))
    rows += [
        # Past tense with a person ending (3rd person -ды is the accusative).
        ("дым", CONSONANT),
        ("тым", CONSONANT),
        ("дыңыз", ANY),
        ("тыңыз", CONSONANT),
        ("ды", VOWEL),  # оқыды, жасады: after a vowel the accusative is -ны
        # Conditional.
        ("саңыз", CONSONANT),
        ("сам", CONSONANT),
        ("са", CONSONANT),  # not after a vowel: «жаса», «маса», «аса»
        # Optative 1st person plural.
        ("айық", CONSONANT),
        ("йық", VOWEL),
        # Predicate endings: «қазақпыз», «дайынмын».
        ("мын", ANY),
        ("бын", CONSONANT),
        ("пын", CONSONANT),
        ("быз", CONSONANT),
        ("пыз", CONSONANT),
    ]
    return rows


FINITE = _table(*_finite_rows())

CASE = _table(
    # Relational: «желідегі». The bare -ғы/-гі is left out: it is also a
    # voiced к + possessive («көмегі», «бөлігі») and ends roots («белгі»).
    ("ндағы", POSSESSIVE_3),
    ("дағы", ANY),
    ("тағы", CONSONANT),
    # Genitive.
    ("ның", VOWEL_OR_NASAL),
    ("дың", CONSONANT),
    ("тың", CONSONANT),
    # Accusative.
    ("ны", VOWEL),
    ("ды", CONSONANT),
    ("ты", CONSONANT),
    ("н", POSSESSIVE_3),
    # Dative.
    ("ға", ANY),
    ("қа", CONSONANT),
    ("на", POSSESSIVE_3),
    # Locative.
    ("нда", POSSESSIVE_3),
    ("да", ANY),
    ("та", CONSONANT),
    # Ablative.
    ("нан", NASAL_OR_POSSESSIVE),
    ("дан", ANY),
    ("тан", CONSONANT),
    # Instrumental (no front twin: -мен after both kinds of stem).
    ("менен", ANY),
    ("бенен", CONSONANT),
    ("пенен", CONSONANT),
    ("мен", ANY),
    ("бен", CONSONANT),
    ("пен", CONSONANT),
)

POSSESSIVE = _table(
    # After a consonant these begin with -ы-/-і- («адамыңыз»); that vowel is
    # left for the 3rd-person -ы to take on the next round, so «отбасымыз»
    # (отбасы + мыз) and «тіліміз» (тіл + іміз) are both read right.
    ("ңыздар", VOWEL),
    ("ңдар", VOWEL),
    ("мыз", VOWEL),
    ("ңыз", VOWEL),
    ("ым", CONSONANT),
    ("ың", CONSONANT),
    ("сы", SA_VOWEL),
    ("ы", CONSONANT),
)

PLURAL = _table(
    ("лар", VOWEL_OR_SONORANT),
    ("дар", CONSONANT),
    ("тар", CONSONANT),
)

NONFINITE = _table(
    ("атын", CONSONANT),
    ("йтын", VOWEL),
    ("итын", CONSONANT),
    ("ған", ANY),
    ("қан", CONSONANT),
    ("ып", CONSONANT),
    ("у", ANY),
)

# The participle -атын ends like a possessive + accusative (-ы-н): no noun slot
# may cut into it («келетін» is кел + етін, not келет + і + н).
PARTICIPLES = ("атын", "етін", "йтын", "йтін", "итын", "итін")

THEME_VOWEL = _table(("ы", CONSONANT))

PARTICIPLE_POSSESSIVES = ("ғаны", "гені", "қаны", "кені")

_DEVOICE = {"б": "п", "ғ": "қ", "г": "к"}


def _harmony(stem):
    for letter in reversed(stem):
        if letter in BACK_VOWELS:
            return "back"
        if letter in FRONT_VOWELS:
            return "front"
    return None


def _strip(word, table):
    """``word`` without the longest suffix of ``table`` that may go, or itself."""
    if table is not NONFINITE and word.endswith(PARTICIPLES):
        return word
    if table is CASE and word.endswith(PARTICIPLE_POSSESSIVES):
        return word  # болған + ы, not болға + ны
    for suffix, condition, harmony in table:
        if not word.endswith(suffix) or len(word) - len(suffix) < MIN_STEM:
            continue
        stem = word[: -len(suffix)]
        if not any(letter in VOWELS for letter in stem):
            continue
        if harmony and _harmony(stem) not in (harmony, None):
            continue
        if _after(condition, stem):
            return stem
    return word


@lru_cache(maxsize=50_000)
def stem(word):
    """The stem of one lower-case Kazakh word."""
    # Kazakh typed on a Latin keyboard layout often has the Latin i for і.
    word = word.replace("i", "і")
    verb = _strip(word, FINITE)
    if verb != word:
        # A finite verb takes no noun suffix before its ending; only the stem
        # vowel of ы-verbs goes, as it does before -у («оқыды», «оқу»: оқ).
        word = _strip(verb, THEME_VOWEL)
    else:
        word = _strip(word, CASE)
        while True:
            shorter = _strip(_strip(word, POSSESSIVE), PLURAL)
            if shorter == word:
                break
            word = shorter
        word = _strip(word, NONFINITE)
    if word[-1] in _DEVOICE:
        word = word[:-1] + _DEVOICE[word[-1]]
    return word
