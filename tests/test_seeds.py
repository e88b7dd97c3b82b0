"""The five seed articles give exactly the claims the extraction issue lists.

Two checks: every expected claim in ``golden/seed_claims.toml`` (written from the issue, not
from the parser's output) is found with its fields, and nothing else is; and the whole claim
frame equals ``golden/seed_claims.csv`` so that any change to a quote or offset is seen.
Regenerate the CSV only on purpose: ``CASUALTIES_REGEN_GOLDEN=1 pytest tests/test_seeds.py``.
"""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from casualties import Claim, extract_corpus, from_frame, read_corpus, to_frame

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture(scope="module")
def documents() -> dict[str, Any]:
    return {doc.source[:3]: doc for doc in read_corpus(SEEDS)}  # type: ignore[index]


@pytest.fixture(scope="module")
def claims(documents: dict[str, Any]) -> list[Claim]:
    return extract_corpus(list(documents.values()), progress=False)


def _expected() -> list[dict[str, Any]]:
    with (GOLDEN / "seed_claims.toml").open("rb") as handle:
        return list(tomllib.load(handle)["claim"])


def _bounds(row: dict[str, Any]) -> tuple[Any, Any]:
    qualifier = row.get("qualifier", "exact")
    value = row.get("value")
    low = row.get("low", value if qualifier in ("exact", "at_least") else None)
    high = row.get("high", value if qualifier in ("exact", "at_most", "nearly") else None)
    return low, high


def _problems(row: dict[str, Any], claim: Claim) -> list[str]:
    problems = []
    low, high = _bounds(row)
    checks: dict[str, Any] = {
        "value": row.get("value"),
        "low": low,
        "high": high,
        "qualifier": row.get("qualifier", "exact"),
        "outcome": row["outcome"],
    }
    for key in ("status", "side", "reporter", "basis", "as_of", "since"):
        if key in row:
            checks[key] = row[key] or None
    checks["historical"] = row.get("historical", False)
    for key, want in checks.items():
        got = getattr(claim, key)
        got = getattr(got, "value", got)
        if got != want:
            problems.append(f"{key}: want {want!r}, got {got!r}")
    if "as_of_window" in row:
        first, last = row["as_of_window"]
        if (claim.as_of_earliest, claim.as_of) != (first, last):
            problems.append(
                f"as_of window: want {first}..{last}, got {claim.as_of_earliest}..{claim.as_of}"
            )
    return problems


def test_seed_claims_match_the_issue(documents: dict[str, Any], claims: list[Claim]) -> None:
    by_file: dict[str, list[Claim]] = {}
    for claim in claims:
        assert claim.source is not None
        by_file.setdefault(claim.source[:3], []).append(claim)
    problems: list[str] = []
    used: set[int] = set()
    for row in _expected():
        text = documents[row["file"]].text
        at = -1
        for _ in range(row.get("occurrence", 1)):
            at = text.index(row["figure"], at + 1)
        candidates = [
            c
            for c in by_file.get(row["file"], [])
            if id(c) not in used
            and c.start < at + len(row["figure"])
            and at < c.end
            and not _problems(row, c)
        ]
        if not candidates:
            near = [c for c in by_file.get(row["file"], []) if c.start <= at < c.end]
            detail = "; ".join(_problems(row, near[0])) if near else "no claim there"
            problems.append(f"{row['file']} {row['figure']!r}: {detail}")
            continue
        used.add(id(candidates[0]))
    for claim in claims:
        if id(claim) not in used:
            problems.append(f"extra claim in {claim.source}: {claim.quote!r}")
    assert not problems, "\n".join(problems)


def test_every_seed_claim_traces_to_its_text(
    documents: dict[str, Any], claims: list[Claim]
) -> None:
    for claim in claims:
        assert claim.source is not None
        assert claim.traces_to(documents[claim.source[:3]].text), claim


def test_seed_claims_equal_the_golden_frame(claims: list[Claim]) -> None:
    frame = to_frame(claims)
    path = GOLDEN / "seed_claims.csv"
    if os.environ.get("CASUALTIES_REGEN_GOLDEN") == "1":
        frame.to_csv(path, index=False)
    golden = to_frame(from_frame(pd.read_csv(path, keep_default_na=True)))
    pd.testing.assert_frame_equal(frame, golden)


def test_seed_publication_dates_come_from_the_manifest(documents: dict[str, Any]) -> None:
    assert documents["000"].published == dt.date(2020, 11, 2)
    assert documents["004"].published == dt.date(2020, 9, 28)
