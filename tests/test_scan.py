"""The word scanner finds what the equivalent regular-expression alternation finds."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from casualties.numbers import find_amounts, may_hold_amount
from casualties.scan import WordScanner

WORDS = ["kill", "killed", "die", "dead", "deadly", "Gaza", "Gaza Strip", "İstanbul", "aid"]
ALPHABET = "kiledaydGzSrtpİsnbu .,-'\n3"


def _by_regex(words: list[str], text: str, *, ignore_case: bool, whole_word: bool) -> list:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    tail = r"(?![\p{L}\p{N}])" if whole_word else ""
    flags = regex.IGNORECASE if ignore_case else 0
    pattern = regex.compile(r"(?<![\p{L}\p{N}])(?:\L<w>)" + tail, flags, w=ordered)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=6),
    text=st.text(alphabet=ALPHABET, max_size=80),
    ignore_case=st.booleans(),
    whole_word=st.booleans(),
)
def test_same_matches_as_the_alternation(
    words: list[str], text: str, ignore_case: bool, whole_word: bool
) -> None:
    scanner = WordScanner(words, ignore_case=ignore_case, whole_word=whole_word)
    found = [(a, b) for a, b, _ in scanner.find(text)]
    assert found == _by_regex(words, text, ignore_case=ignore_case, whole_word=whole_word)


def test_offsets_survive_characters_whose_lower_case_is_longer() -> None:
    scanner = WordScanner(["killed"], ignore_case=True)
    text = "İİ KILLED"
    assert [text[a:b] for a, b, _ in scanner.find(text)] == ["KILLED"]


def test_the_word_as_listed_is_returned() -> None:
    scanner = WordScanner(["Gaza Strip"], ignore_case=True)
    assert scanner.find("in the GAZA STRIP.") == [(7, 17, "Gaza Strip")]


def test_an_empty_list_finds_nothing() -> None:
    assert WordScanner([]).find("anything") == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789 ,.-", max_size=60))
def test_the_quick_number_test_never_misses_an_amount(text: str) -> None:
    if find_amounts(text):
        assert may_hold_amount(text)


def test_the_quick_number_test_knows_number_words() -> None:
    assert may_hold_amount("Twenty-seven servicemen died")
    assert may_hold_amount("hundreds were hurt")
    assert not may_hold_amount("The convoy reached the border crossing at dawn.")
