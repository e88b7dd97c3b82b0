"""Reading counts out of news sentences: casualties.numbers."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from casualties.numbers import Amount, find_amounts, parse_number, shifted
from casualties.records import Qualifier

E, AL, MT, AM, LT = "exact", "at_least", "more_than", "at_most", "less_than"
AB, NE, RG, VG = "about", "nearly", "range", "vague"

# id, sentence, expected amounts as (quote, value, low, high, qualifier), left to right
CASES: list[tuple[str, str, list[tuple[str, int | None, int | None, int | None, str]]]] = [
    # --- digits and separators
    ("digits", "Officials said 729 of their troops have been killed.", [("729", 729, 729, 729, E)]),
    ("comma", "The toll rose to 1,119 on Thursday.", [("1,119", 1119, 1119, 1119, E)]),
    (
        "comma-millions",
        "About 1,234,567 people live in the province.",
        [("About 1,234,567", 1234567, None, None, AB)],
    ),
    (
        "nbsp",
        "Some 12\u00a0500 families were displaced.",
        [("Some 12\u00a0500", 12500, None, None, AB)],
    ),
    (
        "narrow-nbsp",
        "A total of 40\u202f000 rounds were fired.",
        [("A total of 40\u202f000", 40000, 40000, 40000, E)],
    ),
    (
        "thin-space",
        "Up to 3\u2009200 homes lost power.",
        [("Up to 3\u2009200", 3200, None, 3200, AM)],
    ),
    (
        "si-space",
        "The census counted 1 234 567 residents.",
        [("1 234 567", 1234567, 1234567, 1234567, E)],
    ),
    (
        "list-not-merged",
        "Buildings 22,24,26,31 were hit.",
        [
            ("22", 22, 22, 22, E),
            ("24", 24, 24, 24, E),
            ("26", 26, 26, 26, E),
            ("31", 31, 31, 31, E),
        ],
    ),
    (
        "year-then-count",
        "In 2020 50 people died in the floods.",
        [("2020", 2020, 2020, 2020, E), ("50", 50, 50, 50, E)],
    ),
    (
        "comma-space-list",
        "Units 1, 234, 567 reported in.",
        [("1", 1, 1, 1, E), ("234", 234, 234, 234, E), ("567", 567, 567, 567, E)],
    ),
    ("sentence-end", "The dead numbered 192.", [("192", 192, 192, 192, E)]),
    ("leading-zero", "Convoy 0033 was stopped.", [("0033", 33, 33, 33, E)]),
    ("zero", "There were 0 casualties reported.", [("0", 0, 0, 0, E)]),
    (
        "long-digits",
        "A count of 123456789 was recorded.",
        [("123456789", 123456789, 123456789, 123456789, E)],
    ),
    ("arabic-indic", "قُتل ٣٤ شخصا", [("٣٤", 34, 34, 34, E)]),
    ("devanagari", "कुल १२५ लोग", [("१२५", 125, 125, 125, E)]),
    (
        "parenthetical",
        "Forty-five (45) soldiers were buried.",
        [("Forty-five", 45, 45, 45, E), ("45", 45, 45, 45, E)],
    ),
    # --- number words
    (
        "twenty-seven",
        "Twenty-seven servicemen died in the attack.",
        [("Twenty-seven", 27, 27, 27, E)],
    ),
    ("twenty seven", "Twenty seven servicemen died.", [("Twenty seven", 27, 27, 27, E)]),
    (
        "one-hundred-and-twelve",
        "One hundred and twelve bodies were recovered.",
        [("One hundred and twelve", 112, 112, 112, E)],
    ),
    (
        "big-words",
        "Four thousand three hundred and twenty-one people registered.",
        [("Four thousand three hundred and twenty-one", 4321, 4321, 4321, E)],
    ),
    (
        "mixed",
        "Officials counted 4 thousand 3 hundred and 21 claims.",
        [("4 thousand 3 hundred and 21", 4321, 4321, 4321, E)],
    ),
    ("a-dozen", "A dozen villagers were wounded.", [("A dozen", 12, 12, 12, E)]),
    ("two-dozen", "Two dozen fighters surrendered.", [("Two dozen", 24, 24, 24, E)]),
    ("half-a-dozen", "Half a dozen drones were downed.", [("Half a dozen", 6, 6, 6, E)]),
    ("three-dozens", "Three dozens crates arrived.", [("Three dozens", 36, 36, 36, E)]),
    (
        "decimal-million",
        "The region has 1.2 million residents.",
        [("1.2 million", 1200000, 1200000, 1200000, E)],
    ),
    (
        "decimal-million-2",
        "Some 2.5 million people fled.",
        [("Some 2.5 million", 2500000, None, None, AB)],
    ),
    (
        "and-a-half",
        "Two and a half million people were displaced.",
        [("Two and a half million", 2500000, 2500000, 2500000, E)],
    ),
    (
        "point-words",
        "two point two million voters",
        [("two point two million", 2200000, 2200000, 2200000, E)],
    ),
    ("a-hundred", "A hundred homes burned.", [("A hundred", 100, 100, 100, E)]),
    (
        "a-thousand",
        "Nearly a thousand troops moved in.",
        [("Nearly a thousand", 1000, None, 1000, NE)],
    ),
    ("fourty", "Fourty two villages were shelled.", [("Fourty two", 42, 42, 42, E)]),
    ("lakh", "The flood displaced 13 lakh people.", [("13 lakh", 1300000, 1300000, 1300000, E)]),
    (
        "crore",
        "Three crore twelve lakh voters",
        [("Three crore twelve lakh", 31200000, 31200000, 31200000, E)],
    ),
    (
        "digits-million",
        "Officials counted 3 million ballots.",
        [("3 million", 3000000, 3000000, 3000000, E)],
    ),
    (
        "twelve-hundred",
        "Twelve hundred prisoners were exchanged.",
        [("Twelve hundred", 1200, 1200, 1200, E)],
    ),
    (
        "nineteen-hundred",
        "nineteen hundred seventy-three",
        [("nineteen hundred seventy-three", 1973, 1973, 1973, E)],
    ),
    (
        "word-sequence",
        "twenty five thirty six one hundred",
        [
            ("twenty five", 25, 25, 25, E),
            ("thirty six", 36, 36, 36, E),
            ("one hundred", 100, 100, 100, E),
        ],
    ),
    ("two-numbers-and", "We saw 45 and 50 cases.", [("45", 45, 45, 45, E), ("50", 50, 50, 50, E)]),
    (
        "words-and-words",
        "thirty two and forty one",
        [("thirty two", 32, 32, 32, E), ("forty one", 41, 41, 41, E)],
    ),
    (
        "million-comma",
        "three million, two hundred & forty, you say?",
        [("three million, two hundred & forty", 3000240, 3000240, 3000240, E)],
    ),
    (
        "two-thousand-million",
        "two thousand million",
        [("two thousand million", 2000000000, 2000000000, 2000000000, E)],
    ),
    (
        "thousand-comma-million",
        "two thousand, two million",
        [("two thousand", 2000, 2000, 2000, E), ("two million", 2000000, 2000000, 2000000, E)],
    ),
    ("uppercase", "FIFTY-TWO MINERS TRAPPED", [("FIFTY-TWO", 52, 52, 52, E)]),
    ("glued-tens", "twentyone ships", [("twentyone", 21, 21, 21, E)]),
    ("nought", "The score was nought.", [("nought", 0, 0, 0, E)]),
    ("hundred-dozens", "two hundred dozens", [("two hundred dozens", 2400, 2400, 2400, E)]),
    # --- "one"
    ("one-noun", "One soldier was killed at the checkpoint.", [("One", 1, 1, 1, E)]),
    ("one-last", "Let's try one last time.", [("one", 1, 1, 1, E)]),
    # one of a group just counted is a count of one; "one of the reasons" is a pronoun
    ("one-of-the-wounded", "One of the wounded died later.", [("One", 1, 1, 1, E)]),
    ("one-of-them", "Two were hurt; one of them died.", [("Two", 2, 2, 2, E), ("one", 1, 1, 1, E)]),
    ("one-of-them-appositive", "Four died, one of them a guard.", [("Four", 4, 4, 4, E)]),
    ("one-of-the-reasons", "One of the reasons is the cost.", []),
    ("no-one", "No one was hurt in the blast.", []),
    ("one-another", "The sides blamed one another.", []),
    ("the-one", "The one that fell was a drone.", []),
    ("one-day", "One day the shelling stopped.", []),
    ("at-least-one", "At least one civilian was killed.", [("At least one", 1, 1, None, AL)]),
    ("one-or-two", "One or two shells landed nearby.", [("One or two", None, 1, 2, RG)]),
    ("a-alone", "A soldier was wounded.", []),
    # --- qualifiers
    ("at-least", "At least 13 civilians were killed.", [("At least 13", 13, 13, None, AL)]),
    (
        "no-fewer",
        "No fewer than 40 homes were destroyed.",
        [("No fewer than 40", 40, 40, None, AL)],
    ),
    ("minimum", "A minimum of 8 bodies were found.", [("A minimum of 8", 8, 8, None, AL)]),
    ("no-less", "no less than 30 wounded", [("no less than 30", 30, 30, None, AL)]),
    ("more-than", "More than 2,000 soldiers died.", [("More than 2,000", 2000, 2001, None, MT)]),
    ("over", "Officials seized over 150 rifles.", [("over 150", 150, 151, None, MT)]),
    ("upwards", "upwards of 300 people", [("upwards of 300", 300, 301, None, MT)]),
    ("in-excess", "in excess of 1,000 troops", [("in excess of 1,000", 1000, 1001, None, MT)]),
    ("above", "above 170 casualties", [("above 170", 170, 171, None, MT)]),
    (
        "as-many-as",
        "As many as 5,000 people may have died.",
        [("As many as 5,000", 5000, None, 5000, AM)],
    ),
    ("up-to", "up to 300 fighters", [("up to 300", 300, None, 300, AM)]),
    ("at-most", "at most 20 wounded", [("at most 20", 20, None, 20, AM)]),
    ("no-more-than", "no more than 50 troops", [("no more than 50", 50, None, 50, AM)]),
    ("less-than", "less than 3000 votes", [("less than 3000", 3000, None, 2999, LT)]),
    (
        "fewer-than",
        "Fewer than a thousand pandas live in the wild.",
        [("Fewer than a thousand", 1000, None, 999, LT)],
    ),
    ("under", "under 170 deaths", [("under 170", 170, None, 169, LT)]),
    ("below", "below 60 victims", [("below 60", 60, None, 59, LT)]),
    ("nearly", "Nearly 5,000 people were killed.", [("Nearly 5,000", 5000, None, 5000, NE)]),
    ("almost", "almost 1,000 dead", [("almost 1,000", 1000, None, 1000, NE)]),
    ("close-to", "close to 400 missing", [("close to 400", 400, None, 400, NE)]),
    ("just-under", "just under 90 wounded", [("just under 90", 90, None, 89, LT)]),
    ("about", "about 40 houses", [("about 40", 40, None, None, AB)]),
    ("around", "around 70 fighters", [("around 70", 70, None, None, AB)]),
    ("some", "Some 40 bodies were found.", [("Some 40", 40, None, None, AB)]),
    ("roughly", "roughly 600 troops", [("roughly 600", 600, None, None, AB)]),
    (
        "approximately",
        "approximately 2,300 refugees",
        [("approximately 2,300", 2300, None, None, AB)],
    ),
    (
        "an-estimated",
        "An estimated 30,000 people died.",
        [("An estimated 30,000", 30000, None, None, AB)],
    ),
    ("more-or-less", "more or less 25 wounded", [("more or less 25", 25, None, None, AB)]),
    ("over-words", "over thirty years old", [("over thirty", 30, 31, None, MT)]),
    ("or-more", "five hundred or more", [("five hundred or more", 500, 500, None, AL)]),
    ("or-less", "five hundred or less", [("five hundred or less", 500, None, 500, AM)]),
    ("plus", "a 1,000-plus crowd", [("1,000-plus", 1000, 1000, None, AL)]),
    ("plus-sign", "1,000+ people", [("1,000+", 1000, 1000, None, AL)]),
    ("odd", "some 40-odd soldiers", [("some 40-odd", 40, 40, None, AL)]),
    ("or-so", "50 or so wounded", [("50 or so", 50, None, None, AB)]),
    ("some-not-qualifier", "some people said 12 were hurt", [("12", 12, 12, 12, E)]),
    ("over-not-qualifier", "fighting over the town left 9 dead", [("9", 9, 9, 9, E)]),
    ("symbol-gt", "when >30", [(">30", 30, 31, None, MT)]),
    ("symbol-ge", "when >= 30", [(">= 30", 30, 30, None, AL)]),
    ("symbol-le", "which are < = 100", [("< = 100", 100, None, 100, AM)]),
    # --- ranges
    (
        "between",
        "Between 20 and 30 people were wounded.",
        [("Between 20 and 30", None, 20, 30, RG)],
    ),
    ("to", "20 to 30 people", [("20 to 30", None, 20, 30, RG)]),
    ("hyphen-range", "20-30 people", [("20-30", None, 20, 30, RG)]),
    ("en-dash", "20–30 people", [("20–30", None, 20, 30, RG)]),
    ("from-to", "from 20 to 30 people", [("from 20 to 30", None, 20, 30, RG)]),
    ("or-digits", "nine or 10 soldiers", [("nine or 10", None, 9, 10, RG)]),
    ("or-words", "nine or ten soldiers", [("nine or ten", None, 9, 10, RG)]),
    ("two-or-three", "two or three shells", [("two or three", None, 2, 3, RG)]),
    ("or-scale", "two or three hundred people", [("two or three hundred", None, 200, 300, RG)]),
    ("to-thousand", "20 to 30 thousand troops", [("20 to 30 thousand", None, 20000, 30000, RG)]),
    (
        "between-words",
        "between one hundred and two hundred",
        [("between one hundred and two hundred", None, 100, 200, RG)],
    ),
    ("tilde", "about 20~100", [("about 20~100", None, 20, 100, RG)]),
    ("through", "20 through 100", [("20 through 100", None, 20, 100, RG)]),
    (
        "bounds-joined",
        "more than 10 and fewer than 20",
        [("more than 10 and fewer than 20", None, 11, 19, RG)],
    ),
    (
        "bounds-not-joined",
        "More than 40 and less than 10",
        [("More than 40", 40, 41, None, MT), ("less than 10", 10, None, 9, LT)],
    ),
    (
        "rose-from-to",
        "The toll rose from 28 to 58.",
        [("28", 28, 28, 28, E), ("58", 58, 58, 58, E)],
    ),
    ("descending-not-range", "The 2020-21 season", [("2020", 2020, 2020, 2020, E)]),
    ("or-far-apart", "5 or 100 shells", [("5", 5, 5, 5, E), ("100", 100, 100, 100, E)]),
    # --- vague
    ("dozens", "Dozens of people were hurt.", [("Dozens", None, 24, None, VG)]),
    ("hundreds", "hundreds of civilians", [("hundreds", None, 200, 999, VG)]),
    ("thousands", "Thousands fled the city.", [("Thousands", None, 2000, None, VG)]),
    ("scores", "Scores were injured.", [("Scores", None, 40, None, VG)]),
    (
        "tens-of-thousands",
        "tens of thousands of refugees",
        [("tens of thousands", None, 20000, None, VG)],
    ),
    (
        "hundreds-of-thousands",
        "hundreds of thousands of people",
        [("hundreds of thousands", None, 200000, 999999, VG)],
    ),
    ("millions", "millions of people", [("millions", None, 2000000, None, VG)]),
    ("several-hundred", "several hundred soldiers", [("several hundred", None, 300, 999, VG)]),
    ("a-few-hundred", "a few hundred troops", [("a few hundred", None, 200, 999, VG)]),
    ("several-thousand", "several thousand people", [("several thousand", None, 3000, 9999, VG)]),
    ("several-dozen", "several dozen homes", [("several dozen", None, 36, None, VG)]),
    (
        "hundreds-possibly",
        "hundreds and possibly thousands of people",
        [("hundreds and possibly thousands", None, 200, None, VG)],
    ),
    (
        "hundreds-comma",
        "hundreds, possibly thousands, died",
        [("hundreds, possibly thousands", None, 200, None, VG)],
    ),
    (
        "hundreds-if-not",
        "hundreds if not thousands",
        [("hundreds if not thousands", None, 200, None, VG)],
    ),
    ("several-alone", "Several soldiers and many civilians were hurt; a few escaped.", []),
    # --- not amounts
    ("ordinal-digits", "on the 27th day", []),
    ("ordinal-words", "the second and fifth brigades", []),
    ("ordinal-compound", "the twenty-first century", []),
    ("percent-sign", "turnout was 10%", []),
    ("percent-word", "up 10 percent", []),
    ("per-cent", "up 10 per cent", []),
    ("dollars-sign", "a $5 million loan", []),
    ("dollars-word", "5 million dollars", []),
    ("euro", "€20 fines", []),
    ("currency-code", "a USD 5 fee and Rs. 500 tickets", []),
    ("pound-bn", "£3bn in aid", []),
    ("decimal", "a 3.5 magnitude quake and 0.25 of it", []),
    ("time", "at 10:30 local time", []),
    ("su-25", "an Su-25 jet", []),
    ("ml", "the 180ml bottle", []),
    ("km", "a 29km road", []),
    ("km-space", "a 29 km road", []),
    ("covid", "COVID-19 cases", []),
    ("f16", "F-16 jets", []),
    ("a320", "an A320 airliner", []),
    ("decade", "in the 1990s", []),
    ("age-compound", "a 10-month-old baby", []),
    ("age-words", "a five-year-old girl", []),
    (
        "year-to-count-is-no-range",
        "bringing the total since March 2022 to 4,180 dead",
        [("2022", 2022, 2022, 2022, E), ("4,180", 4180, 4180, 4180, E)],
    ),
    ("year-range", "the floods of 1998 to 2001", [("1998 to 2001", None, 1998, 2001, "range")]),
    ("hour", "a 24-hour truce", []),
    ("year-like", "The war ended in 1994.", [("1994", 1994, 1994, 1994, E)]),
    ("age", "The victim, 64, was a teacher.", [("64", 64, 64, 64, E)]),
    ("one-fourth", "One-fourth is a fraction.", []),
    ("ip", "server 192.168.1.1", []),
]


def _row(a: Amount) -> tuple[str, int | None, int | None, int | None, str]:
    return (a.text, a.value, a.low, a.high, a.qualifier.value)


@pytest.mark.parametrize(
    ("sentence", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_case_table(
    sentence: str, expected: list[tuple[str, int | None, int | None, int | None, str]]
) -> None:
    found = find_amounts(sentence)
    assert [_row(a) for a in found] == expected
    for a in found:
        assert sentence[a.start : a.end] == a.text
        assert a.start <= a.number_start < a.end


def test_case_ids_unique() -> None:
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))
    assert len(CASES) >= 120


def test_offsets_and_flags() -> None:
    text = "In 1994, at least 13 and twenty-seven died."
    year, least, words = find_amounts(text)
    assert year.year_like and not least.year_like
    assert (least.start, least.number_start, least.end) == (9, 18, 20)
    assert words.words and not least.words
    assert find_amounts("1,994 troops")[0].year_like is False
    assert find_amounts("more than 1994")[0].year_like is False


def test_shifted_is_replace() -> None:
    # shifted() writes out dataclasses.replace: it must keep every field of Amount
    for a in find_amounts("At least 13 civilians, twenty-seven soldiers and 1990 others; 5-7 hurt"):
        moved = dataclasses.replace(
            a, start=a.start + 40, end=a.end + 40, number_start=a.number_start + 40
        )
        assert shifted(a, 40) == moved


def test_parse_number() -> None:
    assert parse_number("four thousand three hundred and twenty-one") == 4321
    assert parse_number("two dozen") == 24
    assert parse_number("1,119") == 1119
    assert parse_number("twenty five thirty six") is None
    assert parse_number("sixty fifteen") is None
    assert parse_number("") is None


# --- properties ------------------------------------------------------------------------------

SEPARATORS = ["", ",", "\u00a0", "\u2009", "\u202f"]


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10_000_000), st.sampled_from(SEPARATORS))
def test_digits_read_back(n: int, sep: str) -> None:
    written = _grouped(n, sep)
    text = f"Officials said {written} people were killed."
    found = find_amounts(text)
    assert [(a.value, a.text) for a in found] == [(n, written)]


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10_000_000), st.booleans())
def test_words_read_back(n: int, hyphen_style: bool) -> None:
    written = num2words(n)  # "one hundred and twelve", "twenty-seven"
    if hyphen_style:
        written = written.replace(" and ", " ").replace(",", "")
    text = f"Officials said {written} people were killed."
    found = find_amounts(text)
    assert [(a.value, a.text) for a in found] == [(n, written)]


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_never_raises_and_traces(text: str) -> None:
    for a in find_amounts(text):
        assert text[a.start : a.end] == a.text
        assert a.start <= a.number_start < a.end
        if a.low is not None and a.high is not None:
            assert a.low <= a.high
        if a.value is not None and a.qualifier is Qualifier.EXACT:
            assert a.low == a.value == a.high


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "1",
                ",",
                " ",
                "one",
                "hundred",
                "and",
                "-",
                "thousand",
                "twenty",
                "at least",
                "between",
                "to",
                "or",
                "dozens",
                "a",
                "half",
                "point",
                "2.5",
                "million",
                "%",
                "$",
                "9,000",
                "\u00a0",
            ]
        ),
        max_size=30,
    )
)
def test_never_raises_on_number_soup(parts: list[str]) -> None:
    text = " ".join(parts)
    for a in find_amounts(text):
        assert text[a.start : a.end] == a.text
        if a.low is not None and a.high is not None:
            assert a.low <= a.high
