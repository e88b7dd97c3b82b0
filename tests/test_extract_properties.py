"""Properties of extract() that must hold for any input (hypothesis).

Counts written as digits (any separator style) or words and placed in toll sentences read
back unchanged; every claim traces to its words; bounds are ordered.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from casualties import extract
from casualties.records import Qualifier

# Toll sentences of our own, each with one slot for the count.
TEMPLATES = [
    "Officials said {n} people were killed in the shelling on Tuesday.",
    "The health ministry said {n} civilians have been killed since the war began.",
    "A drone strike on the market killed {n} people, the governor said.",
    "The death toll from the floods rose to {n}, the disaster agency said.",
    "Rescuers said {n} people were still missing after the landslide.",
]
SEPARATORS = ["", ",", "\u00a0", "\u202f", "\u2009"]


def _digits(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep) if sep else str(n)


def _check(text: str, n: int) -> None:
    claims = extract(text, published=dt.date(2024, 3, 6), profile=None)
    assert len(claims) == 1, (text, claims)
    claim = claims[0]
    assert claim.value == n, (text, claim)
    assert claim.qualifier is Qualifier.EXACT
    assert claim.low == claim.high == n
    assert text[claim.start : claim.end] == claim.quote


@settings(max_examples=150, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=10_000_000),
    sep=st.sampled_from(SEPARATORS),
    template=st.sampled_from(TEMPLATES),
)
def test_counts_in_digits_read_back_unchanged(n: int, sep: str, template: str) -> None:
    _check(template.format(n=_digits(n, sep)), n)


@settings(max_examples=150, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=10_000_000),
    template=st.sampled_from(TEMPLATES),
    hyphen_style=st.booleans(),
)
def test_counts_in_words_read_back_unchanged(n: int, template: str, hyphen_style: bool) -> None:
    words = num2words(n, lang="en")
    if hyphen_style:
        words = words.replace(" and ", " ")
    _check(template.format(n=words), n)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_extract_never_raises_and_claims_trace_to_their_words(text: str) -> None:
    for claim in extract(text, published=dt.date(2024, 1, 1), profile="auto"):
        assert text[claim.start : claim.end] == claim.quote
        if claim.low is not None and claim.high is not None:
            assert claim.low <= claim.high
        if claim.value is not None and claim.qualifier in (
            Qualifier.EXACT,
            Qualifier.AT_LEAST,
            Qualifier.AT_MOST,
            Qualifier.NEARLY,
        ):
            assert claim.low is None or claim.low <= claim.value
            assert claim.high is None or claim.value <= claim.high


# Real-looking documents (the annotated passages) under any publication date, also one
# before the dates their text names: extraction still returns valid claims, never raises.
_PASSAGES = sorted(str(path) for path in Path(__file__).parent.glob("corpus*/*.json"))


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_PASSAGES),
    st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31))),
    st.sampled_from([None, "auto"]),
)
def test_any_publication_date_gives_valid_claims(
    path: str, published: dt.date | None, profile: str | None
) -> None:
    text = json.loads(Path(path).read_text(encoding="utf-8"))["text"]
    for claim in extract(text, published=published, profile=profile):
        assert text[claim.start : claim.end] == claim.quote
        if claim.as_of_earliest is not None and claim.as_of is not None:
            assert claim.as_of_earliest <= claim.as_of
        assert claim.reporter != ""
