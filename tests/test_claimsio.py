"""Claims files: every format gives back the claims it was given; bad rows are named."""

from __future__ import annotations

import datetime as dt
import tempfile
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualties import Claim, reconcile, to_frame
from casualties.claimsio import (
    format_of,
    is_claims_file,
    read_claims,
    write_claims,
    write_table,
    write_tables,
)
from casualties.errors import (
    FrameError,
    InputError,
    ReadError,
    ReconcileWarning,
    SkippedInputWarning,
)
from casualties.records import CLAIM_COLUMNS, EXTRA_COLUMNS

EXTENSIONS = [".csv", ".jsonl", ".json", ".parquet"]


def claim(quote: str = "12 killed", **fields: object) -> Claim:
    base: dict[str, object] = {
        "value": 12,
        "low": 12,
        "high": 12,
        "qualifier": "exact",
        "outcome": "killed",
        "quote": quote,
        "start": 5,
        "end": 5 + len(quote),
    }
    base.update(fields)
    return Claim(**base)  # type: ignore[arg-type]


VARIED = [
    claim(),
    claim(
        'said, "12" were killed',
        source="000_03cae69d11642416",
        side="armenian",
        reporter="nk-authorities",
        reporter_text="Karabakh's defense ministry",
        status="military",
        basis="incremental",
        as_of=dt.date(2020, 10, 19),
        as_of_source="relative",
        as_of_earliest=dt.date(2020, 10, 12),
        since=dt.date(2020, 9, 27),
        published=dt.date(2020, 10, 20),
        rule="passive+since",
    ),
    claim("line one,\nline two\r\nand a bare \r return", source="0123"),
    claim("Ölüm sayısı 12 — «убито» 12 人 🕊", source="007", side="both", historical=True),
    claim(
        "hundreds",
        value=None,
        low=200,
        high=999,
        qualifier="vague",
        outcome="wounded",
        source="1e5",
    ),
    claim("more than 2,000", value=2000, low=2001, high=None, qualifier="more_than"),
    claim("nearly 5,000", value=5000, low=None, high=5000, qualifier="nearly"),
    claim("between 20 and 30", value=None, low=20, high=30, qualifier="range", source="NaN"),
    claim("  spaces  ", reporter_text=" ", source="true", rule=""),
    claim("", start=0, end=0, source="None"),
]


@pytest.mark.parametrize("ext", EXTENSIONS)
def test_varied_claims_round_trip(tmp_path: Path, ext: str) -> None:
    path = write_claims(VARIED, tmp_path / f"claims{ext}")
    assert read_claims(path) == VARIED
    assert is_claims_file(path)


@pytest.mark.parametrize("ext", EXTENSIONS)
def test_a_frame_round_trips_and_keeps_string_ids(tmp_path: Path, ext: str) -> None:
    path = write_claims(to_frame(VARIED), tmp_path / f"claims{ext}")
    back = read_claims(path)
    assert [c.source for c in back] == [c.source for c in VARIED]
    assert back[1].source == "000_03cae69d11642416"
    assert back == VARIED


def test_empty_list_round_trips(tmp_path: Path) -> None:
    for ext in (".csv", ".json", ".parquet"):
        assert read_claims(write_claims([], tmp_path / f"none{ext}")) == []


def test_a_csv_written_by_pandas_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "pandas.csv"
    to_frame(VARIED).to_csv(path, index=False)
    back = read_claims(path)
    assert [c.source for c in back][:3] == [None, "000_03cae69d11642416", "0123"]
    assert back[1].as_of == dt.date(2020, 10, 19)


# --------------------------------------------------------------------------- hypothesis

TEXT = st.text(st.characters(codec="utf-8"), max_size=40)
OPTIONAL = st.none() | st.text(st.characters(codec="utf-8"), min_size=1, max_size=12)
DATES = st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))
COUNT = st.integers(0, 10**9)


@st.composite
def claims(draw: st.DrawFn) -> Claim:
    qualifier = draw(
        st.sampled_from(
            [
                "exact",
                "at_least",
                "more_than",
                "at_most",
                "less_than",
                "about",
                "nearly",
                "range",
                "vague",
            ]
        )
    )
    v = draw(COUNT)
    low: int | None
    high: int | None
    value: int | None = v
    if qualifier == "exact":
        low = high = v
    elif qualifier == "at_least":
        low, high = v, None
    elif qualifier == "more_than":
        low, high = draw(st.sampled_from([v + 1, None])), None
    elif qualifier in ("at_most", "nearly"):
        low, high = None, v
    elif qualifier == "less_than":
        low, high = None, (v - 1 if v > 0 else None)
    elif qualifier == "about":
        low, high = draw(st.sampled_from([None, v // 2])), draw(st.sampled_from([None, v * 2]))
    else:
        value = None
        low = v
        high = draw(st.sampled_from([None, v + draw(COUNT)])) if qualifier == "vague" else v + 1
    quote = draw(TEXT)
    start = draw(st.integers(0, 10**6))
    as_of = draw(DATES)
    earliest = None
    if as_of is not None:
        earliest = draw(st.none() | st.dates(dt.date(1900, 1, 1), as_of))
    return Claim(
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,  # type: ignore[arg-type]
        outcome=draw(st.sampled_from(["killed", "wounded", "missing", "captured", "casualties"])),  # type: ignore[arg-type]
        status=draw(st.sampled_from(["military", "civilian", "unspecified"])),  # type: ignore[arg-type]
        side=draw(OPTIONAL),
        reporter=draw(OPTIONAL),
        reporter_text=draw(OPTIONAL),
        basis=draw(st.sampled_from(["cumulative", "incremental"])),  # type: ignore[arg-type]
        as_of=as_of,
        as_of_source=draw(st.sampled_from(["stated", "relative", "published"])),  # type: ignore[arg-type]
        since=draw(DATES),
        historical=draw(st.booleans()),
        published=draw(DATES),
        source=draw(OPTIONAL),
        quote=quote,
        start=start,
        end=start + len(quote),
        as_of_earliest=earliest,
        rule=draw(TEXT),
    )


@pytest.mark.parametrize("ext", EXTENSIONS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(claims(), max_size=6))
def test_any_claims_round_trip(ext: str, items: list[Claim]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = write_claims(items, Path(folder) / f"claims{ext}")
        assert read_claims(path) == items


# --------------------------------------------------------------------------- errors


def _csv_with_bad_row(tmp_path: Path) -> Path:
    path = write_claims(VARIED[:3], tmp_path / "claims.csv")
    # the third claim's quote spans four lines ("\r\n" and a bare "\r" end lines too),
    # so its row starts on line 4 and the next row (the one made bad) on line 8
    cells = dict.fromkeys(CLAIM_COLUMNS + EXTRA_COLUMNS, "")
    cells.update(value="twelve", low="12", high="12", qualifier="exact", outcome="killed")
    cells.update(quote="x", start="5", end="6")
    row = ",".join(cells.values()) + "\r\n"
    path.write_bytes(path.read_bytes() + row.encode())
    return path


def test_a_bad_csv_row_names_file_line_and_column(tmp_path: Path) -> None:
    path = _csv_with_bad_row(tmp_path)
    with pytest.raises(FrameError, match=r"claims\.csv: line 8, column 'value': expected a whole"):
        read_claims(path)


def test_lenient_skips_the_bad_row_with_a_warning(tmp_path: Path) -> None:
    path = _csv_with_bad_row(tmp_path)
    with pytest.warns(SkippedInputWarning, match=r"claims\.csv: line 8, column 'value'"):
        back = read_claims(path, lenient=True)
    assert back == VARIED[:3]


def test_impossible_bounds_name_the_row(tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    good = '{"value": 5, "low": 5, "high": 5, "qualifier": "exact", "outcome": "killed", '
    good += '"quote": "5", "start": 0, "end": 1}'
    bad = good.replace('"low": 5', '"low": 9')
    path.write_text(good + "\n\n" + bad + "\n", encoding="utf-8")
    with pytest.raises(FrameError, match=r"claims\.jsonl: line 3: low \(9\) is greater"):
        read_claims(path)


def test_bad_json_line(tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    path.write_text('{"quote": \n', encoding="utf-8")
    with pytest.raises(FrameError, match=r"line 1: not valid JSON"):
        read_claims(path)
    with pytest.warns(SkippedInputWarning, match="line 1"):
        assert read_claims(path, lenient=True) == []


def test_a_bad_parquet_row_is_named(tmp_path: Path) -> None:
    frame = to_frame(VARIED[:2])
    frame["outcome"] = ["killed", "eaten"]
    path = tmp_path / "claims.parquet"
    frame.to_parquet(path, index=False)
    with pytest.raises(FrameError, match=r"row 2: outcome must be one of"):
        read_claims(path)


def test_bad_date_is_named(tmp_path: Path) -> None:
    frame = to_frame(VARIED[:1]).astype({"as_of": "string"})
    frame.loc[0, "as_of"] = "19 Oct"
    path = tmp_path / "claims.csv"
    frame.to_csv(path, index=False)
    with pytest.raises(FrameError, match=r"line 2, column 'as_of': expected a date"):
        read_claims(path)


def test_missing_column_always_raises(tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    path.write_text("value,quote\n1,x\n", encoding="utf-8")
    with pytest.raises(FrameError, match="missing column"):
        read_claims(path, lenient=True)
    assert not is_claims_file(tmp_path / "missing.csv")


def test_missing_file_and_unknown_extension(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file"):
        read_claims(tmp_path / "nope.csv")
    with pytest.raises(InputError, match=r"'\.xlsx' is not a claims format"):
        write_claims(VARIED, tmp_path / "claims.xlsx")
    with pytest.raises(InputError, match="no extension"):
        format_of("claims")
    with pytest.raises(ReadError, match="no such folder"):
        write_claims(VARIED, tmp_path / "nowhere" / "claims.csv")


def test_a_manifest_is_not_a_claims_file(tmp_path: Path) -> None:
    path = tmp_path / "manifest.csv"
    path.write_text("file,published\na.txt,2020-10-01\n", encoding="utf-8")
    assert not is_claims_file(path)


# --------------------------------------------------------------------------- tables


@pytest.fixture(scope="module")
def rec() -> object:
    claims = [
        claim(
            "28",
            value=28,
            low=28,
            high=28,
            side="a",
            reporter="a",
            status="military",
            as_of=dt.date(2020, 9, 27),
            source="000_x",
            start=0,
            end=2,
        ),
        claim(
            "58",
            value=58,
            low=58,
            high=58,
            side="a",
            reporter="a",
            status="military",
            as_of=dt.date(2020, 9, 28),
            source="001_y",
            start=0,
            end=2,
        ),
        claim(
            "58",
            value=58,
            low=58,
            high=58,
            side="a",
            reporter="a",
            status="military",
            as_of=dt.date(2020, 9, 28),
            source="002_z",
            start=3,
            end=5,
        ),
        claim(
            "30,000",
            value=30000,
            low=30000,
            high=30000,
            historical=True,
            source="003",
            start=0,
            end=6,
            as_of=dt.date(2020, 9, 28),
        ),
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReconcileWarning)
        return reconcile(claims)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json", "parquet"])
def test_write_tables_writes_the_five_tables(tmp_path: Path, rec: object, fmt: str) -> None:
    paths = write_tables(rec, tmp_path / "out", fmt=fmt)  # type: ignore[arg-type]
    assert list(paths) == ["series", "claims", "excluded", "findings", "consensus"]
    assert all(p.is_file() and p.suffix == f".{fmt}" for p in paths.values())
    back = read_claims(paths["claims"])
    assert [c.source for c in back] == ["000_x", "001_y"]
    assert [c.quote for c in read_claims(paths["excluded"])] == ["30,000"]


def test_csv_tables_feed_reconcile_again(tmp_path: Path, rec: object) -> None:
    paths = write_tables(rec, tmp_path, fmt="csv")  # type: ignore[arg-type]
    frame = pd.read_csv(paths["claims"], dtype=str, keep_default_na=False)
    assert frame.loc[1, "citations"] == "001_y:0-2;002_z:3-5"
    again = reconcile(frame)
    assert again.claims["citations"].tolist() == rec.claims["citations"].tolist()  # type: ignore[attr-defined]


def test_write_tables_rejects_unknown_format(tmp_path: Path, rec: object) -> None:
    with pytest.raises(InputError, match="unknown table format 'xlsx'"):
        write_tables(rec, tmp_path, fmt="xlsx")  # type: ignore[arg-type]


def test_write_table_lists_become_json_arrays(tmp_path: Path) -> None:
    frame = pd.DataFrame({"ids": [("a", "b"), ()], "n": pd.array([1, None], dtype="Int64")})
    path = write_table(frame, tmp_path / "t.jsonl")
    assert path.read_text(encoding="utf-8").splitlines() == [
        '{"ids": ["a", "b"], "n": 1}',
        '{"ids": [], "n": null}',
    ]
