"""Any text: whatever characters a scraper brings back, ``extract`` returns a list of claims
whose quotes stand at their offsets, and digits of any script are read whole or not at all."""

from __future__ import annotations

import warnings

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from casualties import extract
from casualties.errors import ExtractionTimeoutWarning
from casualties.records import Qualifier

# Digit blocks of several scripts: each value is the code point of that script's zero.
ZEROS = {
    "ascii": 0x30,
    "arabic-indic": 0x660,
    "extended arabic-indic (persian)": 0x6F0,
    "nko": 0x7C0,
    "devanagari": 0x966,
    "bengali": 0x9E6,
    "gujarati": 0xAE6,
    "tamil": 0xBE6,
    "thai": 0xE50,
    "tibetan": 0xF20,
    "myanmar": 0x1040,
    "khmer": 0x17E0,
    "mongolian": 0x1810,
    "fullwidth": 0xFF10,
    "mathematical bold": 0x1D7CE,
}

TOLLS = (
    "Officials said {n} soldiers were killed on Monday.",
    "The death toll rose to {n}, the health ministry said.",
    "At least {n} civilians were wounded in the shelling.",
    "{n} people died, according to the governor.",
    "The army said it had lost {n} troops since Sept. 27.",
)

# Characters from the categories that break naive text handling.
_ODD = st.one_of(
    st.characters(categories=["Cc", "Cf", "Mn", "Me", "Zs", "Zl", "Zp", "Nd", "No", "Cs", "Co"]),
    st.sampled_from(
        [
            "\x00", "\u200f", "\u200e", "\u202e", "\u2066", "\u2069", "\ufeff", "\ufffd",
            "\ud800", "\udfff", "\udc80", "\u0301", "\u0308", "\u00a0", "\u2009", "\u202f",
            "\u2028", "\u2029", "\r", "\x0b", "\x0c", "\x85", "\u0660", "\u06f5", "\u0966",
            "\uff11", "\U0001d7d9", "\u066b", "\u066c", "\u060c", "\u061f", "\u06d4",
        ]
    ),
    st.characters(min_codepoint=0x0590, max_codepoint=0x06FF),  # Hebrew and Arabic
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF),  # CJK
)  # fmt: skip
_WORDS = st.sampled_from(
    [
        " ", " ", "\n", "\n\n", ". ", ", ", "killed", "wounded", "died", "dead", "toll",
        "soldiers", "civilians", "at least", "more than", "between", "and", "dozens of",
        "hundreds", "twenty-seven", "1,119", "58", "5,000", "said", "according to", "the",
        "ministry", "\u201c", "\u201d", '"', "(", ")", "[", "]", "on Monday", "since Sept. 27",
        "Oct. 29, 2020", "\u0642\u062a\u0644", "\u05e0\u05d4\u05e8\u05d2\u05d5", "\u6b7b",
    ]
)  # fmt: skip


@st.composite
def hostile_texts(draw: st.DrawFn) -> str:
    """Casualty sentences, odd characters and words, mixed in any order."""
    pieces = draw(
        st.lists(
            st.one_of(
                _ODD,
                _WORDS,
                st.sampled_from(TOLLS).map(lambda t: t.format(n=1177)),
                st.text(_ODD, max_size=8),
            ),
            max_size=40,
        )
    )
    return "".join(pieces)


def _checked(text: str) -> list[object]:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.simplefilter("ignore", ExtractionTimeoutWarning)
        claims = extract(text, profile=None)
    assert isinstance(claims, list)
    for claim in claims:
        assert text[claim.start : claim.end] == claim.quote
        if claim.low is not None and claim.high is not None:
            assert claim.low <= claim.high
        if claim.value is not None and claim.qualifier not in (
            Qualifier.MORE_THAN,
            Qualifier.LESS_THAN,
        ):
            assert claim.low is None or claim.low <= claim.value
            assert claim.high is None or claim.value <= claim.high
    return list(claims)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_texts())
@example("Officials said \ud800 12 soldiers were killed.")
@example("\x00" * 10 + "12 soldiers were killed\x00.")
@example("\u202e12 soldiers were killed\u202c, the ministry said.")
@example("1\u0301,1\u030819 soldiers were killed.")
def test_extract_never_raises_and_quotes_match_offsets(text: str) -> None:
    _checked(text)


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(codec=None), max_size=300))
def test_extract_never_raises_on_arbitrary_unicode(text: str) -> None:
    _checked(text)


@settings(max_examples=100, deadline=None)
@given(st.text(st.characters(codec=None), max_size=60), st.sampled_from(TOLLS))
def test_arbitrary_unicode_around_a_toll_sentence(noise: str, toll: str) -> None:
    half = len(noise) // 2
    _checked(noise[:half] + " " + toll.format(n=58) + " " + noise[half:])


def _in_script(number: str, zero: int) -> str:
    return "".join(chr(zero + int(d)) if d.isdigit() else d for d in number)


@pytest.mark.parametrize("script", list(ZEROS))
@settings(max_examples=25, deadline=None)
@given(n=st.integers(2, 99_999), toll=st.sampled_from(TOLLS), grouped=st.booleans())
def test_non_ascii_digits_read_whole_or_not_at_all(
    script: str, n: int, toll: str, grouped: bool
) -> None:
    """The same toll in another script's digits gives the same figure, or no claim at all:
    never part of the number."""
    ascii_number = f"{n:,}" if grouped else str(n)
    written = _in_script(ascii_number, ZEROS[script])
    text = toll.format(n=written)
    claims = _checked(text)
    reference = _checked(toll.format(n=ascii_number))
    at = text.index(written)
    for claim in claims:
        if claim.start < at + len(written) and at < claim.end:  # the claim covers the number
            numbers = {claim.value, claim.low, claim.high} - {None}
            assert n in numbers, f"{script}: {written!r} read as {sorted(numbers)}"
    # either nothing is read, or everything is read as in the ASCII version
    if claims:
        assert [(c.value, c.low, c.high, c.outcome) for c in claims] == [
            (c.value, c.low, c.high, c.outcome) for c in reference
        ], script
