"""Regression tests, each named after what it found (fuzzing, adversarial timing, property
tests). Inputs that once crashed or slowed the library stay here verbatim."""

from __future__ import annotations

import base64
import time
import warnings
from pathlib import Path

from casualties import extract
from casualties.errors import ReadError
from casualties.read import read_text
from casualties.segment import sentence_at, sentences


def test_cue_words_in_one_huge_sentence_do_not_rescan_it() -> None:
    """Found by the adversarial timing tests: a long sentence of repeated casualty verbs
    ("killed wounded died ..." without a period) made extraction quadratic, because the
    sentence around every cue word was searched from scratch. 40,000 characters took 1.1 s
    against 0.07 s for ordinary text; now the piece found last is reused."""
    text = "killed wounded died " * 2_000
    start = time.process_time()
    spans = {sentence_at(text, pos) for pos in range(0, len(text), 7)}
    elapsed = time.process_time() - start
    assert spans == {sentences(text)[0]}
    short = "killed wounded died " * 100
    start = time.process_time()
    for pos in range(0, len(short), 7):
        sentence_at(short, pos)
    per_call_short = (time.process_time() - start) / (len(short) // 7)
    per_call_long = elapsed / (len(text) // 7)
    assert per_call_long < 20 * per_call_short + 1e-4
    assert extract(text, profile=None) == []


def test_sentence_at_memo_is_per_text() -> None:
    """The reused piece must belong to the same text object, not just the same position."""
    first = "Officials said 12 soldiers were killed. Then calm."
    second = "Calm. " + first
    assert first[slice(*sentence_at(first, 3))] == "Officials said 12 soldiers were killed."
    assert second[slice(*sentence_at(second, 3))] == "Calm."
    assert first[slice(*sentence_at(first, 45))] == "Then calm."


def test_lone_surrogate_before_a_toll() -> None:
    """Text decoded with errors="surrogateescape" holds lone surrogates."""
    text = "Officials said \udcff\ud800 12 soldiers were killed."
    (claim,) = extract(text, profile=None)
    assert claim.value == 12 and text[claim.start : claim.end] == claim.quote


def test_nul_bytes_around_a_toll() -> None:
    text = "\x00\x00Officials said 12 soldiers were killed.\x00"
    for claim in extract(text, profile=None):
        assert text[claim.start : claim.end] == claim.quote


def test_rtl_override_and_combining_marks_inside_a_figure() -> None:
    for text in (
        "\u202e12 soldiers were killed\u202c, the ministry said.",
        "\u0661\u0662 soldiers were killed, the ministry said.",
    ):
        for claim in extract(text, profile=None):
            assert text[claim.start : claim.end] == claim.quote
            assert claim.value in (None, 12, 1119)


def test_combining_mark_inside_a_figure_is_not_half_read() -> None:
    """Found by the any-text property tests: a combining mark (U+0308) after a digit cuts
    the figure, and the digits after it are read on their own."""
    for text in (
        "Officials said 5\u03080 soldiers were killed.",  # read as 0
        "Officials said 1,1\u030819 soldiers were killed.",  # read as 19
    ):
        for claim in extract(text, profile=None):
            assert claim.value not in (0, 19), claim.quote


def test_malformed_marked_section_in_html(tmp_path: Path) -> None:
    """Found by fuzz/fuzz_read.py (crash-41bf4744): "<![" followed by a space or a line
    break made html.parser raise a bare AssertionError ("expected name token") out of
    read_text. The page is now read, the declaration kept as text."""
    data = base64.b64decode(
        "BgoKCgaZCgpRUTcKUQo8UQpRCjwKUQoKCgpRCjwKUQo3ClE8IVsKPApRCjcKUU8KCjtRCgpRYnIKUQo8ClEK"
        "NwoKPApRCjcKUU8KUQo8ClEKNwoKClEKPD1RCkoKClEmUQpRK7L1UQo8PQ=="
    )
    (tmp_path / "crash.html").write_bytes(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            read_text(tmp_path / "crash.html")
        except ReadError as exc:  # binary-looking input may be refused, by name
            assert "crash.html" in str(exc)
    page = tmp_path / "page.html"
    page.write_text("<p>12 soldiers were killed <![ x</p><p>on Monday.</p>", encoding="utf-8")
    assert read_text(page).text == "12 soldiers were killed <![ x\n\non Monday."


def test_a_place_at_the_end_of_a_sentence_leaves_its_period_out_of_the_quote() -> None:
    """Found reading held-out set 14: "killed seven ... near Mbengwi." quoted the sentence's
    period as part of the place's name; a period inside a name ("St. Marc") stays."""
    claims = extract("The army said troops killed seven rebels near Mbengwi.", profile=None)
    assert [c.quote for c in claims] == ["killed seven rebels near Mbengwi"]
    claims = extract("Gunmen killed 12 people in St. Marc on Sunday.", profile=None)
    assert [c.quote for c in claims] == ["killed 12 people in St. Marc"]
