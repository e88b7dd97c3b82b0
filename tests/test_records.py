"""The Claim record validates itself, and frames carry claims unchanged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from casualties import Claim, from_frame, to_frame
from casualties.errors import CasualtiesError, FrameError, InputError
from casualties.records import CLAIM_COLUMNS, EXTRA_COLUMNS, Outcome, Qualifier, parse_date


def claim(**changes: Any) -> Claim:
    base: dict[str, Any] = {
        "value": 13,
        "low": 13,
        "high": None,
        "qualifier": "at_least",
        "outcome": "killed",
        "status": "civilian",
        "side": "azerbaijani",
        "reporter": "azerbaijan",
        "reporter_text": "Azerbaijan",
        "basis": "incremental",
        "as_of": dt.date(2020, 10, 17),
        "as_of_source": "stated",
        "published": dt.date(2020, 10, 19),
        "source": "001_3d03c7cd54260cbd",
        "quote": "killed at least 13 civilians",
        "start": 100,
        "end": 128,
    }
    base.update(changes)
    return Claim(**base)


def test_enum_values_are_coerced_and_lowercase() -> None:
    c = claim()
    assert c.qualifier is Qualifier.AT_LEAST
    assert c.outcome is Outcome.KILLED
    assert to_frame([c])["outcome"].tolist() == ["killed"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"low": 20, "high": 10, "qualifier": "range", "value": None}, "greater than high"),
        ({"value": -1, "low": -1}, "must not be negative"),
        ({"start": 200, "end": 100}, "before start"),
        ({"end": 120}, "characters but start..end spans"),
        ({"qualifier": "more_than", "value": 2000, "low": 2000}, "needs low > 2000"),
        ({"qualifier": "exact", "value": 5, "low": 5, "high": 6}, "low == value == high"),
        ({"qualifier": "vague", "value": 5, "low": 200}, "no single value"),
        ({"outcome": "dead"}, "outcome must be one of"),
        ({"as_of": "2020-10-17"}, "as_of must be a datetime.date"),
    ],
)
def test_impossible_claims_are_refused_with_a_reason(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        claim(**changes)
    assert isinstance(info.value, ValueError) and isinstance(info.value, CasualtiesError)


def test_qualifier_bounds_of_the_design_table() -> None:
    assert claim(qualifier="more_than", value=2000, low=2001, high=None).low == 2001
    assert claim(qualifier="less_than", value=50, low=None, high=49).high == 49
    assert claim(qualifier="nearly", value=5000, low=None, high=5000).high == 5000
    assert claim(qualifier="vague", value=None, low=200, high=999).value is None


def test_frame_has_the_contract_columns_then_the_extras() -> None:
    assert tuple(to_frame([claim()]).columns) == CLAIM_COLUMNS + EXTRA_COLUMNS
    assert tuple(to_frame([claim()], extras=False).columns) == CLAIM_COLUMNS


def test_csv_and_parquet_round_trips_keep_dates_none_and_enums(tmp_path: Path) -> None:
    claims = [
        claim(),
        claim(side=None, reporter=None, reporter_text=None, as_of=None, as_of_source="published"),
        claim(
            quote='"Twenty-seven, servicemen"', end=126, historical=True, since=dt.date(2020, 9, 27)
        ),
    ]
    frame = to_frame(claims)
    frame.to_parquet(tmp_path / "c.parquet")
    assert from_frame(pd.read_parquet(tmp_path / "c.parquet")) == claims
    frame.to_csv(tmp_path / "c.csv", index=False)
    back = pd.read_csv(tmp_path / "c.csv", dtype={"source": str})
    assert from_frame(back) == claims


def test_bad_frames_name_the_row_and_column() -> None:
    frame = to_frame([claim()])
    with pytest.raises(FrameError, match="lacks column"):
        from_frame(frame.drop(columns=["quote"]))
    bad = frame.astype({"low": object})
    bad.loc[0, "low"] = "many"
    with pytest.raises(FrameError, match="row 0, column 'low'"):
        from_frame(bad)
    with pytest.raises(FrameError, match="DataFrame"):
        from_frame([claim()])  # type: ignore[arg-type]


def test_parse_date_reads_the_shapes_frames_hold() -> None:
    assert parse_date("2020-10-19") == dt.date(2020, 10, 19)
    assert parse_date(pd.Timestamp("2020-10-19 13:00")) == dt.date(2020, 10, 19)
    assert parse_date(pd.NaT) is None
    assert parse_date(float("nan")) is None
    with pytest.raises(ValueError):
        parse_date("not a date")


def test_claims_trace_to_their_words() -> None:
    text = " " * 100 + "killed at least 13 civilians" + " tail"
    assert claim().traces_to(text)
    assert not claim().traces_to(text.replace("13", "14"))
