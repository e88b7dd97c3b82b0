"""The records every stage passes on: :class:`Claim`, :class:`Document` and their enums.

A claim is one figure stated once in one document, with the words that state it and their
offsets, so that every number can be traced back to its text. This module validates records
and converts them to and from pandas frames; it does no parsing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

import pandas as pd

from .errors import FrameError, InputError

__all__ = [
    "CLAIM_COLUMNS",
    "EXTRA_COLUMNS",
    "AsOfSource",
    "Basis",
    "Claim",
    "Document",
    "Outcome",
    "Qualifier",
    "Status",
    "from_frame",
    "parse_date",
    "to_frame",
]


class Qualifier(StrEnum):
    """How the wording bounds the figure."""

    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    ABOUT = "about"
    NEARLY = "nearly"
    RANGE = "range"
    VAGUE = "vague"


class Outcome(StrEnum):
    """What happened to the people counted."""

    KILLED = "killed"
    WOUNDED = "wounded"
    MISSING = "missing"
    CAPTURED = "captured"
    CASUALTIES = "casualties"


class Status(StrEnum):
    """Combatants, non-combatants, or not said."""

    MILITARY = "military"
    CIVILIAN = "civilian"
    UNSPECIFIED = "unspecified"


class Basis(StrEnum):
    """A running total, or a count for one period or incident."""

    CUMULATIVE = "cumulative"
    INCREMENTAL = "incremental"


class AsOfSource(StrEnum):
    """How ``as_of`` was found."""

    STATED = "stated"
    RELATIVE = "relative"
    PUBLISHED = "published"


def _check_count(name: str, value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f"{name} must be an int or None, got {value!r}")
    if value < 0:
        raise InputError(f"{name} must not be negative, got {value}")


def _check_date(name: str, value: object) -> None:
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise InputError(f"{name} must be a datetime.date or None, got {value!r}")


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """One casualty figure stated once in one document.

    ``low``/``high`` give the interval the wording implies (None = open); ``value`` is the
    number as stated, None for vague words and ranges. ``quote`` is ``text[start:end]`` of the
    document. Beyond the contract columns, ``as_of_earliest`` is the first day ``as_of`` can
    stand for when the text gives only a period ("last week": that Monday; a stated day: the
    day itself; None when only "on or before ``as_of``" is known), and ``rule`` names the
    parser rule that produced the claim, so a doubtful reading can be explained.

    >>> c = Claim(value=13, low=13, high=None, qualifier=Qualifier.AT_LEAST,
    ...           outcome=Outcome.KILLED, status=Status.CIVILIAN, quote="at least 13",
    ...           start=0, end=11)
    >>> c.low, c.high, c.basis.value
    (13, None, 'cumulative')
    """

    value: int | None
    low: int | None
    high: int | None
    qualifier: Qualifier
    outcome: Outcome
    status: Status = Status.UNSPECIFIED
    side: str | None = None
    reporter: str | None = None
    reporter_text: str | None = None
    basis: Basis = Basis.CUMULATIVE
    as_of: dt.date | None = None
    as_of_source: AsOfSource = AsOfSource.PUBLISHED
    since: dt.date | None = None
    historical: bool = False
    published: dt.date | None = None
    source: str | None = None
    quote: str
    start: int
    end: int
    as_of_earliest: dt.date | None = None
    rule: str = ""

    def __post_init__(self) -> None:
        for name, enum in (
            ("qualifier", Qualifier),
            ("outcome", Outcome),
            ("status", Status),
            ("basis", Basis),
            ("as_of_source", AsOfSource),
        ):
            raw = getattr(self, name)
            if not isinstance(raw, enum):
                try:
                    object.__setattr__(self, name, enum(raw))
                except ValueError:
                    allowed = ", ".join(m.value for m in enum)
                    raise InputError(f"{name} must be one of {allowed}; got {raw!r}") from None
        for name in ("value", "low", "high", "start", "end"):
            _check_count(name, getattr(self, name))
        for name in ("as_of", "since", "published", "as_of_earliest"):
            _check_date(name, getattr(self, name))
        check_bounds(self.value, self.low, self.high, self.qualifier)
        if not isinstance(self.quote, str):
            raise InputError(f"quote must be a string, got {self.quote!r}")
        if self.end < self.start:
            raise InputError(f"end ({self.end}) is before start ({self.start})")
        if self.end - self.start != len(self.quote):
            raise InputError(
                f"quote {self.quote!r} has {len(self.quote)} characters but "
                f"start..end spans {self.end - self.start}"
            )
        if (
            self.as_of_earliest is not None
            and self.as_of is not None
            and self.as_of_earliest > self.as_of
        ):
            raise InputError(f"as_of_earliest {self.as_of_earliest} is after as_of {self.as_of}")
        if not isinstance(self.historical, bool):
            raise InputError(f"historical must be True or False, got {self.historical!r}")

    def replace(self, **changes: Any) -> Claim:
        """Return a copy with ``changes`` applied (validated again)."""
        return dataclasses.replace(self, **changes)

    def traces_to(self, text: str) -> bool:
        """True when ``quote`` stands at ``start:end`` of ``text``."""
        return text[self.start : self.end] == self.quote


def check_bounds(
    value: int | None, low: int | None, high: int | None, qualifier: Qualifier
) -> None:
    """Raise :class:`InputError` unless value, low and high agree with the qualifier.

    "more than 2,000" has value 2000 and low 2001, "fewer than 50" value 50 and high 49;
    every other reading keeps ``low <= value <= high`` where those are set.
    """
    if low is not None and high is not None and low > high:
        raise InputError(f"low ({low}) is greater than high ({high})")
    if qualifier in (Qualifier.RANGE, Qualifier.VAGUE):
        if value is not None:
            raise InputError(f"a {qualifier.value} figure has no single value, got {value}")
        if low is None and high is None:
            raise InputError(f"a {qualifier.value} figure needs a low or a high bound")
        return
    if value is None:
        raise InputError(f"a {qualifier.value} figure needs a value")
    if qualifier is Qualifier.EXACT and not (low == value == high):
        raise InputError(f"an exact figure has low == value == high, got {low}, {value}, {high}")
    if qualifier is Qualifier.MORE_THAN:
        if low is not None and low <= value:
            raise InputError(f"'more than {value}' needs low > {value}, got {low}")
    elif low is not None and low > value:
        raise InputError(f"low ({low}) is greater than value ({value})")
    if qualifier is Qualifier.LESS_THAN:
        if high is not None and high >= value:
            raise InputError(f"'less than {value}' needs high < {value}, got {high}")
    elif high is not None and high < value:
        raise InputError(f"high ({high}) is less than value ({value})")


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """One text to read, with what is known of where it comes from."""

    text: str
    published: dt.date | None = None
    source: str | None = None
    outlet: str | None = None
    title: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise InputError(
                f"Document text must be a str, got {type(self.text).__name__}"
                + (f" (source {self.source})" if self.source else "")
            )
        _check_date("published", self.published)


# The contract columns of DESIGN.md §1, in order; the extras follow them.
CLAIM_COLUMNS: tuple[str, ...] = (
    "value",
    "low",
    "high",
    "qualifier",
    "outcome",
    "status",
    "side",
    "reporter",
    "reporter_text",
    "basis",
    "as_of",
    "as_of_source",
    "since",
    "historical",
    "published",
    "source",
    "quote",
    "start",
    "end",
)
EXTRA_COLUMNS: tuple[str, ...] = ("as_of_earliest", "rule")

_INT_COLUMNS = ("value", "low", "high", "start", "end")
_DATE_COLUMNS = ("as_of", "since", "published", "as_of_earliest")
_ENUM_COLUMNS = {
    "qualifier": Qualifier,
    "outcome": Outcome,
    "status": Status,
    "basis": Basis,
    "as_of_source": AsOfSource,
}
_REQUIRED_COLUMNS = ("qualifier", "outcome", "quote", "start", "end")


def to_frame(claims: Iterable[Claim], *, extras: bool = True) -> pd.DataFrame:
    """One row per claim with the contract columns (enums as their lowercase values).

    Counts are nullable ``Int64``, dates ``datetime64[s]`` (NaT for None), text columns
    ``string``. ``extras=False`` leaves out ``as_of_earliest`` and ``rule``.

    >>> to_frame([]).columns[:4].tolist()
    ['value', 'low', 'high', 'qualifier']
    """
    columns = CLAIM_COLUMNS + (EXTRA_COLUMNS if extras else ())
    rows: dict[str, list[Any]] = {name: [] for name in columns}
    for claim in claims:
        for name in columns:
            raw = getattr(claim, name)
            rows[name].append(raw.value if isinstance(raw, StrEnum) else raw)
    frame = pd.DataFrame(rows, columns=list(columns))
    for name in columns:
        if name in _INT_COLUMNS:
            frame[name] = frame[name].astype("Int64")
        elif name in _DATE_COLUMNS:
            frame[name] = pd.to_datetime(frame[name]).astype("datetime64[s]")
        elif name == "historical":
            frame[name] = frame[name].astype(bool)
        else:
            frame[name] = frame[name].astype("string")
    return frame


def _cell_missing(raw: object) -> bool:
    if raw is None or raw is pd.NA or raw is pd.NaT:
        return True
    if isinstance(raw, float) and math.isnan(raw):
        return True
    return isinstance(raw, str) and raw.strip() == ""


def _cell_int(raw: object, column: str, row: int) -> int | None:
    if _cell_missing(raw):
        return None
    try:
        number = float(raw) if isinstance(raw, str) else raw
        if isinstance(number, float):
            if not number.is_integer():
                raise ValueError
            return int(number)
        return int(str(number))
    except (TypeError, ValueError):
        raise FrameError(
            f"row {row}, column {column!r}: expected a whole number, got {raw!r}"
        ) from None


def parse_date(raw: object) -> dt.date | None:
    """A day from a date, datetime, pandas Timestamp or ISO-like string; None for a missing
    cell (None, NaN, NA, NaT, blank). Raises ValueError or TypeError for anything else."""
    if _cell_missing(raw):
        return None
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    return pd.Timestamp(str(raw)).date()


def _cell_date(raw: object, column: str, row: int) -> dt.date | None:
    try:
        return parse_date(raw)
    except (TypeError, ValueError):
        raise FrameError(f"row {row}, column {column!r}: expected a date, got {raw!r}") from None


def _cell_bool(raw: object, column: str, row: int) -> bool:
    if _cell_missing(raw):
        return False
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in ("true", "1", "yes"):
        return True
    if text in ("false", "0", "no"):
        return False
    raise FrameError(f"row {row}, column {column!r}: expected true or false, got {raw!r}")


def _cell_str(raw: object) -> str | None:
    return None if _cell_missing(raw) else str(raw)


def from_frame(frame: pd.DataFrame) -> list[Claim]:
    """Claims back from a frame made by :func:`to_frame`, also after a CSV or Parquet round
    trip. Raises :class:`FrameError` naming the row and column of anything unusable.

    >>> from_frame(to_frame([]))
    []
    """
    if not isinstance(frame, pd.DataFrame):
        raise FrameError(f"expected a pandas DataFrame of claims, got {type(frame).__name__}")
    missing = [name for name in _REQUIRED_COLUMNS if name not in frame.columns]
    if missing:
        raise FrameError(f"claim frame lacks column(s) {', '.join(missing)}")
    present = [name for name in CLAIM_COLUMNS + EXTRA_COLUMNS if name in frame.columns]
    claims = []
    for row, record in enumerate(frame[present].itertuples(index=False, name=None)):
        cells = dict(zip(present, record, strict=True))
        fields: dict[str, Any] = {}
        for name, raw in cells.items():
            if name in _INT_COLUMNS:
                fields[name] = _cell_int(raw, name, row)
            elif name in _DATE_COLUMNS:
                fields[name] = _cell_date(raw, name, row)
            elif name == "historical":
                fields[name] = _cell_bool(raw, name, row)
            elif name in _ENUM_COLUMNS:
                fields[name] = _cell_str(raw)
            elif name == "quote" or name == "rule":
                fields[name] = "" if _cell_missing(raw) and name == "rule" else _cell_str(raw)
            else:
                fields[name] = _cell_str(raw)
        if fields.get("quote") is None:
            fields["quote"] = ""
        if fields.get("start") is None or fields.get("end") is None:
            raise FrameError(f"row {row}: start and end are required")
        try:
            claims.append(Claim(**fields))
        except InputError as exc:
            raise FrameError(f"row {row}: {exc}") from None
    return claims
