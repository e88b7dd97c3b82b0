"""The seed articles, read and reconciled end to end, give the series of DESIGN.md §6.

Two layers: the figures of §6 checked one by one (written from the design, not from the
output), and the whole series and findings frames compared with golden CSVs under
``tests/golden`` with ``pandas.testing``. Regenerate the CSVs only on purpose:
``CASUALTIES_REGEN_GOLDEN=1 pytest tests/test_seed_series.py``.
"""

from __future__ import annotations

import datetime as dt
import os
import warnings
from pathlib import Path

import pandas as pd
import pytest

from casualties import Reconciliation, extract_corpus, reconcile

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).resolve().parent / "golden"
KEYS = ["reporter", "side", "status", "outcome", "since", "as_of", "low", "best", "high", "derived"]


@pytest.fixture(scope="module")
def rec() -> Reconciliation:
    claims = extract_corpus(ROOT / "seeds", progress=False)
    with warnings.catch_warnings():
        # the merge of Putin's three wordings is lossy and says so; that is checked below
        warnings.simplefilter("ignore")
        return reconcile(claims, profile="karabakh-2020")


def _points(rec: Reconciliation, reporter: str | None, side: str, status: str) -> list[tuple]:
    s = rec.series
    mask = (s["side"] == side) & (s["status"] == status) & (s["outcome"] == "killed")
    mask &= s["reporter"].isna() if reporter is None else (s["reporter"] == reporter)
    rows = s[mask].sort_values("as_of")
    return [
        (row.as_of.date(), row.best if pd.notna(row.best) else None, bool(row.derived))
        for row in rows.itertuples()
    ]


def d(month: int, day: int) -> dt.date:
    return dt.date(2020, month, day)


def test_karabakh_military_series(rec: Reconciliation) -> None:
    assert _points(rec, "nk-authorities", "armenian", "military") == [
        (d(9, 27), 28, False),
        (d(9, 28), 58, False),
        (d(10, 19), 729, False),
        (d(10, 29), 1119, False),
        (d(11, 1), 1166, True),
        (d(11, 2), 1177, False),
    ]


def test_civilian_series_of_both_sides(rec: Reconciliation) -> None:
    assert [p[:2] for p in _points(rec, "nk-authorities", "armenian", "civilian")] == [
        (d(10, 19), 36),
        (d(10, 23), 37),
        (d(10, 29), 39),
    ]
    assert [p[:2] for p in _points(rec, "azerbaijan", "azerbaijani", "civilian")] == [
        (d(10, 19), 60),
        (d(10, 23), 63),
        (d(10, 29), 90),
    ]
    wounded = rec.series[
        (rec.series["reporter"] == "azerbaijan") & (rec.series["outcome"] == "wounded")
    ]
    assert sorted(wounded["best"].tolist()) == [270, 292, 392]


def test_putin_figure_is_one_claim_with_three_citations(rec: Reconciliation) -> None:
    both = rec.claims[(rec.claims["reporter"] == "russia") & (rec.claims["side"] == "both")]
    assert len(both) == 1
    row = both.iloc[0]
    assert len(row["citations"]) == 3
    assert row["high"] == 5000
    assert d(10, 19) <= row["as_of"].date() <= d(10, 23)
    per_side = rec.claims[(rec.claims["reporter"] == "russia") & (rec.claims["side"] != "both")]
    assert sorted(per_side["side"]) == ["armenian", "azerbaijani"]
    assert set(per_side["low"]) == {2001}


def test_increment_that_does_not_add_up_is_found(rec: Reconciliation) -> None:
    kinds = rec.findings[rec.findings["kind"] == "increment_mismatch"]["detail"].tolist()
    assert any("28" in detail and "27" in detail and "58" in detail for detail in kinds), kinds


def test_the_war_of_the_1990s_is_excluded_as_historical(rec: Reconciliation) -> None:
    excluded = rec.excluded
    assert excluded["reason"].tolist() == ["historical"]
    assert excluded["value"].tolist() == [30000]


def _cell(value: object) -> str:
    if isinstance(value, tuple):
        return ";".join(map(str, value))
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float) and value != value:
        return ""
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return str(value)


def _canonical(frame: pd.DataFrame) -> pd.DataFrame:
    """Every cell as text, the same way before writing and after reading the CSV."""
    return pd.DataFrame(
        {column: [_cell(v) for v in frame[column].tolist()] for column in frame.columns}
    )


@pytest.mark.parametrize("table", ["series", "findings"])
def test_seed_frames_equal_golden(rec: Reconciliation, table: str) -> None:
    frame = _canonical(getattr(rec, table)).reset_index(drop=True)
    path = GOLDEN / f"seed_{table}.csv"
    if os.environ.get("CASUALTIES_REGEN_GOLDEN") == "1":
        frame.to_csv(path, index=False)
    golden = pd.read_csv(path, dtype=str, keep_default_na=False)
    pd.testing.assert_frame_equal(frame, golden, check_dtype=False)
