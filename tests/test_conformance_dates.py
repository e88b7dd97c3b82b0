"""Date reading against the peers' conformance cases in ``../shared/conformance/dates.jsonl``.

The cases are read where they lie and never copied into the repository. Scoring follows the
conformance README: a single-day record passes when some mention found in its text has
``first == last == expected``; a period record passes when some mention has exactly the
expected (inclusive) first and last day. Records are resolved with their own reference date;
"past" and "none" records count towards the targets, "future" ones are only reported.

One documented allowance: Recognizers-Text reads every explicit two-ended range as half-open
("Oct. 2 to October 22" -> Oct. 2..21, "from March to May" -> March 1..April 30; see the
README and microsoft/Recognizers-Text#492). News means such ranges inclusively, and so does
``find_dates``. For records whose span is an explicit range, a mention that reads the stated
end unit inclusively (the unit, day, month or year, that starts at the peer's exclusive end)
also passes. The strict score is printed alongside.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casualties.dates import DateMention, find_dates

CONFORMANCE = Path(__file__).resolve().parents[2] / "shared" / "conformance"
CASES = CONFORMANCE / "dates.jsonl"

pytestmark = pytest.mark.skipif(
    not CASES.is_file(), reason=f"conformance cases not found at {CASES}"
)

SINGLE_TARGET = 0.90
PERIOD_TARGET = 0.75
RANGE_SPAN = re.compile(r"\b(?:to|through|thru|till|until|between)\b|\w\s*[-–]\s*\w", re.I)


def _records() -> Iterator[dict[str, Any]]:
    with CASES.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def _day(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _inclusive_ends(end: dt.date) -> set[dt.date]:
    """The inclusive last days a half-open peer end ``end + 1 day`` can stand for."""
    exclusive = end + dt.timedelta(days=1)
    ends = {exclusive}
    if exclusive.day == 1:
        nxt = (exclusive.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        ends.add(nxt - dt.timedelta(days=1))
        if exclusive.month == 1:
            ends.add(exclusive.replace(month=12, day=31))
    return ends


def _passes(record: dict[str, Any], mentions: list[DateMention], *, lenient: bool) -> bool:
    expected = record["expected"]
    if isinstance(expected, str):
        day = dt.date.fromisoformat(expected)
        return any(m.first == day and m.last == day for m in mentions)
    first, last = _day(expected["start"]), _day(expected["end"])
    if any(m.first == first and m.last == last for m in mentions):
        return True
    if lenient and last is not None and RANGE_SPAN.search(record["span"] or ""):
        ends = _inclusive_ends(last)
        return any(m.first == first and m.last in ends for m in mentions)
    return False


def _score(direction: set[str], prefer: str, *, lenient: bool) -> dict[str, tuple[int, int]]:
    tally = {"single": [0, 0], "period": [0, 0]}
    for record in _records():
        if record["direction"] not in direction:
            continue
        mentions = find_dates(
            record["text"],
            dt.date.fromisoformat(record["reference"]),
            prefer,  # type: ignore[arg-type]
        )
        key = "single" if isinstance(record["expected"], str) else "period"
        tally[key][1] += 1
        tally[key][0] += _passes(record, mentions, lenient=lenient)
    return {k: (v[0], v[1]) for k, v in tally.items()}


def _fmt(name: str, scores: dict[str, tuple[int, int]]) -> str:
    parts = [f"{k} {ok}/{n} = {ok / n:.1%}" for k, (ok, n) in scores.items() if n]
    return f"{name}: " + ", ".join(parts)


def test_conformance_past_and_none() -> None:
    scores = _score({"past", "none"}, "past", lenient=True)
    strict = _score({"past", "none"}, "past", lenient=False)
    print()
    print(_fmt("dates past+none (inclusive ranges accepted)", scores))
    print(_fmt("dates past+none (strict, peers' half-open ranges)", strict))
    print(
        _fmt(
            "dates future, prefer='future' (not asserted)",
            _score({"future"}, "future", lenient=True),
        )
    )
    single_ok, single_n = scores["single"]
    period_ok, period_n = scores["period"]
    assert single_ok / single_n >= SINGLE_TARGET
    assert period_ok / period_n >= PERIOD_TARGET
