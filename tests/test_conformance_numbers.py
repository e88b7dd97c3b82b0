"""Number reading scored against the peers' own test cases (see shared/conformance/README.md).

The cases are read from the shared folder next to the repository and never copied into it;
the module is skipped when the folder is absent. A record with one expected quantity passes
when one amount found in its text has the expected value (integers) or bounds (ranges).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from casualties.numbers import Amount, find_amounts

CONFORMANCE = Path(__file__).resolve().parents[2] / "shared" / "conformance"

if not (CONFORMANCE / "numbers.jsonl").is_file():
    pytest.skip(
        f"conformance cases not found at {CONFORMANCE} (shared folder absent)",
        allow_module_level=True,
    )

INTEGER_TARGET = 0.95
RANGE_TARGET = 0.85


def _records(name: str) -> list[dict[str, Any]]:
    with (CONFORMANCE / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _interval(notation: str) -> tuple[int | None, int | None]:
    """Smallest and largest integers in a peer interval such as "[20,30)" or "(2000,)"."""
    left, right = notation[0], notation[-1]
    lo_text, hi_text = notation[1:-1].split(",")
    low = int(lo_text) + (left == "(") if lo_text.strip() else None
    high = int(hi_text) - (right == ")") if hi_text.strip() else None
    return low, high


def _accepted_bounds(record: dict[str, Any]) -> set[tuple[int | None, int | None]]:
    """The peer's bounds, its ExperimentalMode bounds, and, for Recognizers' two-sided
    half-open ranges (half-open by design, README), the closed reading news intends."""
    accepted = {(record["low"], record["high"])}
    if record.get("interval_experimental"):
        accepted.add(_interval(record["interval_experimental"]))
    raw = record.get("interval")
    if raw and raw.startswith("[") and raw.endswith(")") and record["high"] is not None:
        accepted.add((record["low"], record["high"] + 1))
    return accepted


def _passes(record: dict[str, Any], amounts: list[Amount]) -> bool:
    if record["kind"] == "integer":
        return any(a.value == record["value"] for a in amounts)
    accepted = _accepted_bounds(record)
    return any((a.low, a.high) in accepted for a in amounts)


def _score(kind: str) -> tuple[int, int, list[str]]:
    records = [r for r in _records("numbers.jsonl") if r["kind"] == kind and r["n_in_text"] == 1]
    failures = []
    for record in records:
        if not _passes(record, find_amounts(record["text"])):
            failures.append(record["text"])
    return len(records) - len(failures), len(records), failures


@pytest.mark.parametrize(("kind", "target"), [("integer", INTEGER_TARGET), ("range", RANGE_TARGET)])
def test_conformance_score(kind: str, target: float) -> None:
    passed, total, failures = _score(kind)
    share = passed / total
    print(f"\n{kind}: {passed}/{total} = {share:.1%} (target {target:.0%})")
    for text in failures:
        print(f"  miss: {text!r}")
    assert share >= target


def test_negatives_false_positives() -> None:
    """Count amounts found in texts where the peer expects no number at all (reported, and
    bounded so that a regression shows)."""
    negatives = [
        r
        for r in _records("numbers_negative.jsonl")
        if r["note"] == "peer expects no number" or "leaves text unchanged" in r["note"]
    ]
    positives = [(r["text"], [a.text for a in find_amounts(r["text"])]) for r in negatives]
    flagged = [(text, found) for text, found in positives if found]
    print(f"\nnegatives: {len(flagged)} of {len(negatives)} texts give an amount")
    for text, found in flagged:
        print(f"  {text!r}: {found}")
    assert len(flagged) <= 1
