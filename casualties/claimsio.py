"""Claims and reconciliation tables to and from files: CSV, JSON Lines, JSON and Parquet.

The format follows the file's extension. Every format gives back the claims it was given:
dates stay dates, missing values stay None, enums stay enums, and ids such as
``000_03cae69d`` stay strings (a CSV reader that guesses types would make them numbers).
In the optional text fields (``side``, ``reporter``, ``reporter_text``, ``source``) an
empty string reads back as None, since CSV cannot tell the two apart.

>>> import tempfile, pathlib
>>> from casualties import Claim
>>> claim = Claim(value=12, low=12, high=12, qualifier="exact", outcome="killed",
...               source="000_abc", quote="12, said \\"they\\"", start=0, end=15)
>>> path = pathlib.Path(tempfile.mkdtemp()) / "claims.csv"
>>> write_claims([claim], path) == path
True
>>> read_claims(path) == [claim]
True
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import warnings
from collections.abc import Iterable, Iterator, Mapping
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import regex

from .errors import FrameError, InputError, ReadError, SkippedInputWarning
from .records import CLAIM_COLUMNS, EXTRA_COLUMNS, Claim, to_frame

if TYPE_CHECKING:
    from .reconcile import Reconciliation

__all__ = [
    "FORMATS",
    "TABLES",
    "format_of",
    "is_claims_file",
    "read_claims",
    "write_claims",
    "write_table",
    "write_tables",
]

# file extension → format name
FORMATS: dict[str, str] = {
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".parquet": "parquet",
    ".pq": "parquet",
}
# the frames of a Reconciliation that write_tables writes, in order
TABLES: tuple[str, ...] = ("series", "claims", "excluded", "findings", "consensus")

_INT_FIELDS = frozenset({"value", "low", "high", "start", "end"})
_DATE_FIELDS = frozenset({"as_of", "since", "published", "as_of_earliest"})
_OPTIONAL_TEXT = frozenset({"side", "reporter", "reporter_text", "source"})
_ENUM_DEFAULTS = {"status": "unspecified", "basis": "cumulative", "as_of_source": "published"}
_REQUIRED = ("qualifier", "outcome", "quote", "start", "end")
_FIELDS = CLAIM_COLUMNS + EXTRA_COLUMNS
_DATE = regex.compile(r"(\d{4})-(\d\d)-(\d\d)(?:[T ]00:00(?::00(?:\.0+)?)?)?")
_WHOLE = regex.compile(r"[+]?\d+(?:\.0*)?")


# --------------------------------------------------------------------------- formats


def format_of(path: str | Path) -> str:
    """The format named by ``path``'s extension: csv, jsonl, json or parquet.

    >>> format_of("out/claims.JSONL")
    'jsonl'
    """
    suffix = Path(path).suffix.lower()
    try:
        return FORMATS[suffix]
    except KeyError:
        known = ", ".join(FORMATS)
        what = f"extension {suffix!r}" if suffix else "no extension"
        raise InputError(f"{path}: {what} is not a claims format; use one of {known}") from None


def is_claims_file(path: str | Path) -> bool:
    """True when ``path`` is a claims file written by :func:`write_claims`: a JSON Lines,
    JSON or Parquet file, or a CSV whose header has ``quote`` and ``qualifier`` columns
    (a manifest CSV has ``file`` instead)."""
    file = Path(path)
    fmt = FORMATS.get(file.suffix.lower())
    if fmt is None or not file.is_file():
        return False
    if fmt != "csv":
        return True
    try:
        with file.open(newline="", encoding="utf-8-sig") as handle:
            header = next(csv.reader(handle), [])
    except (OSError, UnicodeDecodeError, csv.Error):
        return False
    names = {name.strip().lower() for name in header}
    return {"quote", "qualifier"} <= names


# --------------------------------------------------------------------------- writing


def _missing(raw: object) -> bool:
    if raw is None or raw is pd.NA or raw is pd.NaT:
        return True
    if isinstance(raw, float | np.floating):
        return math.isnan(raw)
    return isinstance(raw, np.datetime64) and np.isnat(raw)


def _plain(raw: object) -> Any:
    """One cell as a JSON-ready value: None, bool, int, float, str or a list of those."""
    if isinstance(raw, tuple | list | np.ndarray):
        return [_plain(item) for item in raw]
    if _missing(raw):
        return None
    if isinstance(raw, StrEnum):
        return raw.value
    if isinstance(raw, bool | np.bool_):
        return bool(raw)
    if isinstance(raw, int | np.integer):
        return int(raw)
    if isinstance(raw, float | np.floating):
        return int(raw) if float(raw).is_integer() else float(raw)
    if isinstance(raw, np.datetime64):
        raw = pd.Timestamp(raw)
    if isinstance(raw, dt.datetime):
        if raw.time() == dt.time(0) and raw.tzinfo is None:
            return raw.date().isoformat()
        return raw.isoformat()
    if isinstance(raw, dt.date):
        return raw.isoformat()
    return str(raw)


def _csv_cell(raw: object) -> str:
    value = _plain(raw)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join("" if v is None else str(v) for v in value)
    return str(value)


def _records(frame: pd.DataFrame) -> Iterator[dict[str, Any]]:
    columns = [str(c) for c in frame.columns]
    for row in frame.itertuples(index=False, name=None):
        yield {name: _plain(cell) for name, cell in zip(columns, row, strict=True)}


def _open_for_writing(path: Path) -> None:
    if path.is_dir():
        raise ReadError(f"{path}: is a folder, not a file")
    if not path.parent.is_dir():
        raise ReadError(f"{path.parent}: no such folder")


def write_table(frame: pd.DataFrame, path: str | Path) -> Path:
    """Write any frame to ``path`` in the format its extension names; tuples of ids become
    lists (``;``-joined in CSV, which :func:`casualties.reconcile` reads back)."""
    file = Path(path)
    fmt = format_of(file)
    _open_for_writing(file)
    try:
        if fmt == "csv":
            with file.open("w", newline="", encoding="utf-8") as handle:
                # "\r\n" ends rows as RFC 4180 asks, and makes the writer quote any cell
                # holding a bare "\r" (with "\n" alone it would not, and the row would split)
                writer = csv.writer(handle, lineterminator="\r\n")
                writer.writerow([str(c) for c in frame.columns])
                for row in frame.itertuples(index=False, name=None):
                    writer.writerow([_csv_cell(cell) for cell in row])
        elif fmt == "jsonl":
            with file.open("w", encoding="utf-8", newline="\n") as handle:
                for record in _records(frame):
                    handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif fmt == "json":
            with file.open("w", encoding="utf-8", newline="\n") as handle:
                json.dump(list(_records(frame)), handle, ensure_ascii=False, indent=1)
                handle.write("\n")
        else:
            out = frame.copy()
            for name in out.columns:
                if out[name].dtype == object:
                    out[name] = [
                        list(_plain(v)) if isinstance(v, tuple | list | np.ndarray) else v
                        for v in out[name]
                    ]
            out.to_parquet(file, index=False)
    except OSError as exc:
        raise ReadError(f"{file}: cannot be written ({exc.strerror or exc})") from None
    return file


def write_claims(claims_or_frame: Iterable[Claim] | pd.DataFrame, path: str | Path) -> Path:
    """Write claims (or a frame from :func:`casualties.to_frame`, or the ``claims`` of a
    reconciliation) to a ``.csv``, ``.jsonl``, ``.json`` or ``.parquet`` file."""
    if isinstance(claims_or_frame, pd.DataFrame):
        frame = claims_or_frame
    else:
        frame = to_frame(claims_or_frame)
    return write_table(frame, path)


def write_tables(
    reconciliation: Reconciliation, out_dir: str | Path, fmt: str = "csv"
) -> dict[str, Path]:
    """Write the series, claims, excluded, findings and consensus of a reconciliation into
    ``out_dir`` (created if needed) as ``<name>.<fmt>``; returns the paths by table name."""
    ext = f".{fmt.lower().lstrip('.')}"
    if ext not in FORMATS:
        known = ", ".join(sorted(set(FORMATS.values())))
        raise InputError(f"unknown table format {fmt!r}; use one of {known}")
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise ReadError(f"{folder}: exists and is not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReadError(f"{folder}: cannot be created ({exc.strerror or exc})") from None
    return {
        name: write_table(getattr(reconciliation, name), folder / f"{name}{ext}") for name in TABLES
    }


# --------------------------------------------------------------------------- reading


class _BadRow(Exception):
    """One row cannot be made a claim; the message names the column when it can."""


def _as_int(raw: object, column: str) -> int | None:
    if _missing(raw) or raw == "":
        return None
    if isinstance(raw, bool | np.bool_):
        raise _BadRow(f"column {column!r}: expected a whole number, got {raw!r}")
    if isinstance(raw, int | np.integer):
        return int(raw)
    if isinstance(raw, float | np.floating) and float(raw).is_integer():
        return int(raw)
    if isinstance(raw, str) and _WHOLE.fullmatch(raw.strip()):
        return int(raw.strip().split(".")[0])
    raise _BadRow(f"column {column!r}: expected a whole number, got {raw!r}")


def _as_date(raw: object, column: str) -> dt.date | None:
    if _missing(raw) or raw == "":
        return None
    if isinstance(raw, np.datetime64):
        raw = pd.Timestamp(raw)
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, str):
        match = _DATE.fullmatch(raw.strip())
        if match:
            try:
                return dt.date(*(int(g) for g in match.groups()))
            except ValueError:
                pass
    raise _BadRow(f"column {column!r}: expected a date (YYYY-MM-DD), got {raw!r}")


def _as_bool(raw: object, column: str) -> bool:
    if _missing(raw) or raw == "":
        return False
    if isinstance(raw, bool | np.bool_):
        return bool(raw)
    text = str(raw).strip().lower()
    if text in ("true", "1", "yes"):
        return True
    if text in ("false", "0", "no"):
        return False
    raise _BadRow(f"column {column!r}: expected true or false, got {raw!r}")


def _as_text(raw: object, column: str) -> str | None:
    if _missing(raw):
        return None
    if isinstance(raw, str):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return str(raw)
    raise _BadRow(f"column {column!r}: expected text, got {raw!r}")


def _claim(record: Mapping[str, Any]) -> Claim:
    """One record (column → cell) as a :class:`Claim`; unknown columns are ignored."""
    fields: dict[str, Any] = {}
    for name in _FIELDS:
        if name not in record:
            continue
        raw = record[name]
        if name in _INT_FIELDS:
            fields[name] = _as_int(raw, name)
        elif name in _DATE_FIELDS:
            fields[name] = _as_date(raw, name)
        elif name == "historical":
            fields[name] = _as_bool(raw, name)
        elif name in _OPTIONAL_TEXT:
            fields[name] = _as_text(raw, name) or None
        elif name in _ENUM_DEFAULTS:
            fields[name] = _as_text(raw, name) or _ENUM_DEFAULTS[name]
        else:  # qualifier, outcome, quote, rule
            fields[name] = _as_text(raw, name) or ""
    for name in ("start", "end"):
        if fields.get(name) is None:
            raise _BadRow(f"column {name!r}: required, got nothing")
    for name in ("qualifier", "outcome"):
        if not fields.get(name):
            raise _BadRow(f"column {name!r}: required, got nothing")
    try:
        return Claim(**fields)
    except InputError as exc:
        raise _BadRow(str(exc)) from None


def _check_header(columns: Iterable[str], where: str) -> None:
    present = set(columns)
    missing = [name for name in _REQUIRED if name not in present]
    if missing:
        raise FrameError(
            f"{where}: missing column(s) {', '.join(missing)}; a claims file needs "
            + ", ".join(_REQUIRED)
        )


def _csv_rows(file: Path) -> Iterator[tuple[str, dict[str, Any] | _BadRow]]:
    with file.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        try:
            header = next(reader)
        except StopIteration:
            raise FrameError(f"{file}: is empty; expected a header line") from None
        columns = [name.strip() for name in header]
        _check_header(columns, f"{file}: line 1")
        line = reader.line_num + 1
        for row in reader:
            where = f"line {line}"
            line = reader.line_num + 1
            if not row:  # a blank line
                continue
            if len(row) != len(columns):
                yield where, _BadRow(f"expected {len(columns)} cells, found {len(row)}")
                continue
            yield where, dict(zip(columns, row, strict=True))


def _jsonl_rows(file: Path) -> Iterator[tuple[str, dict[str, Any] | _BadRow]]:
    with file.open(encoding="utf-8-sig", newline="") as handle:
        header_checked = False
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"line {number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield where, _BadRow(f"not valid JSON ({exc.msg}, column {exc.colno})")
                continue
            if not isinstance(record, dict):
                yield where, _BadRow(f"expected a JSON object, got {type(record).__name__}")
                continue
            if not header_checked:
                _check_header(record, f"{file}: {where}")
                header_checked = True
            yield where, record


def _json_rows(file: Path) -> Iterator[tuple[str, dict[str, Any] | _BadRow]]:
    try:
        data = json.loads(file.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise FrameError(
            f"{file}: line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})"
        ) from None
    if not isinstance(data, list):
        raise FrameError(f"{file}: expected a JSON array of claim objects")
    for number, record in enumerate(data, 1):
        where = f"item {number}"
        if not isinstance(record, dict):
            yield where, _BadRow(f"expected a JSON object, got {type(record).__name__}")
            continue
        if number == 1:
            _check_header(record, f"{file}: {where}")
        yield where, record


def _parquet_rows(file: Path) -> Iterator[tuple[str, dict[str, Any] | _BadRow]]:
    try:
        frame = pd.read_parquet(file)
    except (OSError, ValueError) as exc:
        raise ReadError(f"{file}: not a readable Parquet file ({exc})") from None
    except Exception as exc:  # pyarrow's own errors (ArrowInvalid) are not all builtins
        raise ReadError(f"{file}: not a readable Parquet file ({exc})") from None
    columns = [str(c) for c in frame.columns]
    _check_header(columns, str(file))
    for number, row in enumerate(frame.itertuples(index=False, name=None), 1):
        yield f"row {number}", dict(zip(columns, row, strict=True))


def read_claims(path: str | Path, *, lenient: bool = False) -> list[Claim]:
    """Read the claims of a ``.csv``, ``.jsonl``, ``.json`` or ``.parquet`` file written by
    :func:`write_claims`. Every cell is read as text and converted by its column, so dates,
    counts and string ids come back as they were written.

    A corrupt row raises :class:`FrameError` naming the file, the line (CSV, JSON Lines),
    item (JSON) or row (Parquet, from 1) and the column; with ``lenient=True`` it is skipped
    with a :class:`SkippedInputWarning` saying the same. A missing or unreadable file
    raises :class:`ReadError`; a missing required column always raises.
    """
    file = Path(path)
    fmt = format_of(file)
    if not file.exists():
        raise ReadError(f"{file}: no such file")
    if file.is_dir():
        raise ReadError(f"{file}: is a folder, not a claims file")
    rows = {
        "csv": _csv_rows,
        "jsonl": _jsonl_rows,
        "json": _json_rows,
        "parquet": _parquet_rows,
    }[fmt]
    claims: list[Claim] = []
    try:
        for where, record in rows(file):
            try:
                if isinstance(record, _BadRow):
                    raise record
                claims.append(_claim(record))
            except _BadRow as exc:
                message = (
                    f"{file}: {where}, {exc}"
                    if str(exc).startswith("column")
                    else (f"{file}: {where}: {exc}")
                )
                if not lenient:
                    raise FrameError(message) from None
                warnings.warn(f"skipped {message}", SkippedInputWarning, stacklevel=2)
    except UnicodeDecodeError as exc:
        raise ReadError(f"{file}: not UTF-8 ({exc.reason})") from None
    except csv.Error as exc:
        raise FrameError(f"{file}: not a readable CSV file ({exc})") from None
    except OSError as exc:
        if isinstance(exc, ReadError):
            raise
        raise ReadError(f"{file}: cannot be read ({exc.strerror or exc})") from None
    return claims
