"""Claims → a :class:`Reconciliation`: merged claims, per-source series, findings, consensus.

Everything here is a pandas group-by over the claim frame; no step compares claims pairwise.
The stages, in order:

1. **exclude** — historical figures, claims outside the profile's window, claims with no
   date at all, and (with ``known_by``) claims published later go to ``excluded`` with a
   reason. Nothing is dropped silently.
2. **merge** — one statement repeated by several outlets becomes one claim with all its
   citations. Each claim has a date window: ``[as_of_earliest, as_of]`` when
   ``as_of_earliest`` is set; ``(profile start or open, as_of]`` when the date fell back to
   the publication date; ``[as_of, as_of]`` otherwise. Cumulative claims merge when
   reporter, side, status, outcome, baseline and value agree, their value intervals agree in
   kind (all contain the value, or all lie above or below it) and their date windows share a
   day; the merged claim keeps the intersection of windows and of intervals. Incremental
   claims merge only when they are the same figure for the same day.
3. **series** — cumulative points per (reporter, side, status, outcome, since); points
   implied by incremental reports ("11 more … now at 1,177" → 1,166 the day before);
   incremental-only sources summed into a cumulative series. Implied points are ``derived``.
4. **findings** — decreases, increments that do not add up, two figures for one day,
   outliers against peers, different measures side by side, merges that collapsed wording.
5. **consensus** — per (side, status, outcome, since, as_of) under a named rule from
   :data:`RULES`.
"""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import datetime as dt
import gc
import itertools
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from math import isnan
from pathlib import Path
from types import SimpleNamespace
from typing import Any, TypeAlias

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from . import _npgroup as _npg
from .errors import FrameError, InputError, ReconcileWarning
from .grouping import group_reporters
from .profiles import Profile, get_profile
from .records import (
    CLAIM_COLUMNS,
    EXTRA_COLUMNS,
    AsOfSource,
    Basis,
    Claim,
    Outcome,
    Qualifier,
    Status,
    parse_date,
    to_frame,
)
from .sides import side_from_text

__all__ = [
    "RULES",
    "Reconciliation",
    "reconcile",
    "register_rule",
]

ProfileSpec: TypeAlias = str | Path | Profile | None
DateLike: TypeAlias = dt.date | str | pd.Timestamp | None

# A figure at least this many times its highest peer (or at most 1/this of its lowest peer,
# when there are two peers or more) is an outlier.
OUTLIER_RATIO = 2.5
# A peer's figure stands for this many days after it was given, for outlier comparisons.
PEER_DAYS = 7

_OPEN_LO = -(2**40)
_OPEN_HI = 2**40
_NAT = np.iinfo(np.int64).min

_INT_COLUMNS = ("value", "low", "high", "start", "end")
_DATE_COLUMNS = ("as_of", "since", "published", "as_of_earliest")
_ENUMS: dict[str, tuple[str, ...]] = {
    "qualifier": tuple(q.value for q in Qualifier),
    "outcome": tuple(o.value for o in Outcome),
    "status": tuple(s.value for s in Status),
    "basis": tuple(b.value for b in Basis),
    "as_of_source": tuple(a.value for a in AsOfSource),
}
_DEFAULTS = {"status": "unspecified", "basis": "cumulative", "as_of_source": "published"}
_REQUIRED = ("low", "high", "qualifier", "outcome", "start", "end")
_ALL_COLUMNS = CLAIM_COLUMNS + EXTRA_COLUMNS
# the claim columns a merge may change (besides the citations)
_MERGED = ("low", "high", "as_of", "as_of_source", "as_of_earliest")
# the columns merged claims carry through series and findings (the others, the reporter
# and side among them, are taken from the claim frame once, for the claims in their final
# order: series use the blank-filled _rep and _side)
_MERGE_COLUMNS = (
    *_MERGED,
    "value",
    "basis",
    "status",
    "outcome",
    "citations",
    "_lo",
    "_hi",
)

SERIES_COLUMNS = (
    "reporter",
    "side",
    "status",
    "outcome",
    "since",
    "as_of",
    "low",
    "best",
    "high",
    "derived",
    "citations",
    "as_of_earliest",
    "claim_ids",
)
FINDING_COLUMNS = ("kind", "reporter", "side", "status", "outcome", "as_of", "detail", "claim_ids")
CONSENSUS_COLUMNS = (
    "side",
    "status",
    "outcome",
    "as_of",
    "low",
    "best",
    "high",
    "sources",
    "since",
)
_SKEY = ["_rep", "_side", "status", "outcome", "_since"]
# the dtype a frame gives an object column of strings ("str" since pandas 3, else object):
# series points' texts have it
_STR = pd.DataFrame({"text": np.array([""], dtype=object)})["text"].dtype
_RKEY = ["_rep", "_side", "status", "outcome"]


# --------------------------------------------------------------------------- frames in


def _first_bad(mask: pd.Series, raw: pd.Series, column: str, expected: str) -> FrameError:
    row = int(np.flatnonzero(mask.to_numpy())[0])
    return FrameError(f"column {column!r}, row {row}: expected {expected}, got {raw.iloc[row]!r}")


def _per_value(raw: pd.Series, func: Callable[[pd.Series], pd.Series]) -> pd.Series:
    """``func(raw)`` for an elementwise ``func``, computed once per distinct value."""
    try:
        if len(raw) > 4000 and raw.iloc[:: len(raw) // 2000].nunique() > 1000:
            return func(raw)  # mostly distinct values, judging by a sample
        codes, uniques = pd.factorize(raw, use_na_sentinel=True)
    except TypeError:  # unhashable values
        return func(raw)
    if 2 * len(uniques) > len(raw):
        return func(raw)
    missing = raw[raw.isna().to_numpy()].iloc[:1]  # one missing value of raw's own kind
    distinct = pd.concat([pd.Series(uniques), missing], ignore_index=True)
    mapped = func(distinct)
    same = mapped.dtype == raw.dtype and mapped.iloc[: len(uniques)].equals(pd.Series(uniques))
    if same and (not len(missing) or mapped.iloc[len(uniques) :].isna().all()):
        return raw  # every value maps to itself
    return mapped.take(np.where(codes < 0, len(uniques), codes)).reset_index(drop=True)


def _blank(raw: pd.Series) -> pd.Series:
    if raw.dtype.kind in "biufmM":  # numbers, dates and booleans are blank only when missing
        return raw.isna()
    if isinstance(raw.dtype, pd.StringDtype) and raw.dtype.storage == "pyarrow":
        # what ``.str.strip()`` does to arrow text, on the whole column at once
        stripped = pc.utf8_trim_whitespace(raw.array.__arrow_array__())
        empty = pc.fill_null(pc.equal(pc.utf8_length(stripped), 0), True)
        return pd.Series(empty.to_numpy(zero_copy_only=False), index=raw.index)

    def blank(values: pd.Series) -> pd.Series:
        text = values.astype("string").str.strip()
        return values.isna() | (text == "").fillna(False)

    return _per_value(raw, blank)


def _parse_citations(raw: object) -> tuple[str, ...] | None:
    if raw is None or raw is pd.NA or (isinstance(raw, float) and np.isnan(raw)):
        return None
    if isinstance(raw, str):
        text = raw.strip()
        if not text:
            return None
        if text[0] in "([":
            try:
                parsed = ast.literal_eval(text)
            except (ValueError, SyntaxError):
                return None
            return tuple(sorted(str(p) for p in parsed))
        return tuple(sorted(p.strip() for p in text.split(";") if p.strip()))
    if isinstance(raw, Iterable):
        return tuple(sorted(str(p) for p in raw))
    return None


def _normalise(frame: pd.DataFrame) -> pd.DataFrame:
    """A claim frame with the dtypes of :func:`records.to_frame`, checked column by column
    (vectorised: this is the path that must scale)."""
    if not isinstance(frame, pd.DataFrame):
        raise FrameError(f"expected a pandas DataFrame of claims, got {type(frame).__name__}")
    missing = [name for name in _REQUIRED if name not in frame.columns]
    if missing:
        raise FrameError(f"claim frame lacks column(s) {', '.join(missing)}")
    n = len(frame)
    out: dict[str, pd.Series] = {}
    for name in _ALL_COLUMNS:
        raw = frame[name] if name in frame.columns else pd.Series([pd.NA] * n, dtype="object")
        raw = raw.reset_index(drop=True)
        if name in ("quote", "rule", "historical"):  # (blank values are allowed there)
            blank = pd.Series(np.zeros(n, dtype=bool))
        else:
            blank = _blank(raw)
        if name in _INT_COLUMNS:
            num = pd.to_numeric(raw.where(~blank), errors="coerce")
            if (~blank & num.isna()).any():
                raise _first_bad(~blank & num.isna(), raw, name, "a whole number")
            arr = num.astype("Float64")
            frac = (arr.round() != arr).fillna(False)
            if frac.any():
                raise _first_bad(frac, raw, name, "a whole number")
            if (arr < 0).fillna(False).any():
                raise _first_bad((arr < 0).fillna(False), raw, name, "a count >= 0")
            out[name] = arr.astype("Int64")
        elif name in _DATE_COLUMNS:
            values = raw.where(~blank)
            if values.dtype.kind == "M":
                parsed = values
            else:
                try:
                    parsed = pd.to_datetime(values, errors="coerce", format="mixed")
                except (TypeError, ValueError):
                    parsed = pd.Series(pd.NaT, index=values.index)
            if (~blank & parsed.isna()).any():
                raise _first_bad(~blank & parsed.isna(), raw, name, "a date")
            if getattr(parsed.dt, "tz", None) is not None:
                parsed = parsed.dt.tz_localize(None)
            out[name] = parsed.dt.floor("D").astype("datetime64[s]")
        elif name in _ENUMS:
            text = _per_value(raw, lambda v: v.astype("string").str.strip().str.lower())
            if name in _DEFAULTS:
                text = text.fillna(_DEFAULTS[name])
            elif blank.any():
                raise _first_bad(blank, raw, name, "one of " + ", ".join(_ENUMS[name]))
            bad = ~text.isin(_ENUMS[name])
            if bad.any():
                raise _first_bad(bad, raw, name, "one of " + ", ".join(_ENUMS[name]))
            out[name] = text.astype("string")
        elif name == "historical" and raw.dtype == np.dtype(bool):
            out[name] = raw.astype(bool)  # (what the mapping below makes of True and False)
        elif name == "historical":
            text = _per_value(
                raw, lambda v: v.astype("string").str.strip().str.lower().fillna("false")
            )
            mapped = text.map(
                {
                    "true": True,
                    "1": True,
                    "yes": True,
                    "false": False,
                    "0": False,
                    "no": False,
                    "": False,
                }
            )
            if mapped.isna().any():
                raise _first_bad(mapped.isna(), raw, name, "true or false")
            out[name] = mapped.astype(bool)
        elif name in ("quote", "rule"):
            out[name] = raw.astype("string").fillna("")
        else:
            text = raw.astype("string")
            out[name] = text.where(~blank).astype("string") if blank.any() else text
    result = pd.DataFrame(out, copy=False)  # (no copy: nothing writes into these columns)
    low, high = result["low"], result["high"]
    bad = (low > high).fillna(False)
    if bad.any():
        raise _first_bad(
            bad, frame["low"].reset_index(drop=True), "low", "a low no greater than high"
        )
    none = result["value"].isna() & low.isna() & high.isna()
    if none.any():
        raise _first_bad(
            none, frame["low"].reset_index(drop=True), "low", "a value, a low or a high"
        )
    bad = (result["end"] < result["start"]).fillna(False)
    if bad.any():
        raise _first_bad(bad, frame["end"].reset_index(drop=True), "end", "end >= start")
    early = (result["as_of_earliest"] > result["as_of"]).fillna(False)
    if early.any():
        raise _first_bad(
            early,
            frame["as_of_earliest"].reset_index(drop=True),
            "as_of_earliest",
            "a date on or before as_of",
        )
    own, own_rank, source_hash = _own_citations(result)
    if source_hash is not None:
        result["_source_hash"] = source_hash
    if "citations" in frame.columns:
        given = [_parse_citations(c) for c in frame["citations"].tolist()]
        cits = [g if g else (o,) for g, o in zip(given, own, strict=True)]
    else:
        cits = list(zip(own))  # (one-tuples, built in C)
        # every claim's one citation is its own: the merge need not look into the tuples
        result["_cit0"] = pd.Series(np.array(own, dtype=object), dtype="object")
        if own_rank is not None:
            result["_cit0_rank"] = own_rank
    result["citations"] = pd.Series(cits, dtype="object")
    return result


def _own_citations(
    result: pd.DataFrame,
) -> tuple[list[Any], np.ndarray | None, np.ndarray | None]:
    """Each claim's own citation, "source:start-end" ("?" for a missing source; NA when
    start or end is missing); when none is missing and no source holds a ":", the order
    of these texts as codes (equal codes for equal texts); and when none is missing and no
    source either, the :func:`_value_hashes` hash of each claim's source."""
    given = result["source"].array.__arrow_array__()
    source = pc.fill_null(given, "?").cast(pa.large_string())
    start, end = (pa.array(result[c].array).cast(pa.large_string()) for c in ("start", "end"))
    text = _join(source, ":", start, "-", end)
    if text.null_count:
        own = result["source"].fillna("?") + ":" + result["start"].astype("string")
        return (own + "-" + result["end"].astype("string")).tolist(), None, None
    own_list = text.to_numpy(zero_copy_only=False).tolist()
    names = pc.dictionary_encode(source).combine_chunks()
    source_hash = None
    if not given.null_count:  # the sources are encoded here: hash each distinct one once
        distinct = names.dictionary.to_numpy(zero_copy_only=False)
        source_hash = _npg.hash_text(distinct)[np.asarray(names.indices, dtype=np.int64)]
    if not len(result) or pc.any(pc.match_substring(names.dictionary, ":")).as_py():
        return own_list, None, source_hash
    # "s:a-b" sorts by "s:" (no "s:" is a prefix of another when no source holds a ":"),
    # then by the digits of a, then of b ("-" sorts before every digit)
    parts = [
        (np.asarray(names.indices, dtype=np.int64), _text_rank(_join(names.dictionary, ":"))),
        *(_digits_rank(result[c].to_numpy(dtype=np.int64)) for c in ("start", "end")),
    ]
    key = np.zeros(len(result), dtype=np.int64)
    top = 1
    for codes, rank in parts:
        k = max(len(rank), 1)
        if top * k >= 2**62:
            return own_list, None, source_hash
        key = key * k + rank[codes]
        top *= k
    return own_list, np.unique(key, return_inverse=True)[1].reshape(-1), source_hash


def _text_rank(texts: pa.Array) -> np.ndarray:
    """The rank of each of distinct texts in code point order."""
    rank = np.empty(len(texts), dtype=np.int64)
    rank[np.asarray(pc.array_sort_indices(texts), dtype=np.int64)] = np.arange(len(texts))
    return rank


def _digits_rank(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Codes of whole numbers >= 0, and each code's rank in the order of the numbers as
    text."""
    if len(values) and values.max() < 4 * len(values):  # small numbers: no sort needed
        seen = np.zeros(int(values.max()) + 1, dtype=bool)
        seen[values] = True
        distinct = np.flatnonzero(seen)
        codes = (np.cumsum(seen) - 1)[values]
    else:
        distinct, codes = np.unique(values, return_inverse=True)
    return codes.reshape(-1), _text_rank(_text_array([str(v) for v in distinct.tolist()]))


def _claim_frame(data: Iterable[Claim] | pd.DataFrame) -> pd.DataFrame:
    if isinstance(data, pd.DataFrame):
        return _normalise(data)
    if not isinstance(data, Iterable) or isinstance(data, (str, bytes)):  # type: ignore[unreachable]
        raise InputError(f"reconcile expects Claims or a claim frame, got {type(data).__name__}")
    items = list(data)
    for i, item in enumerate(items):
        if not isinstance(item, Claim):
            raise InputError(f"item {i} is a {type(item).__name__}, not a Claim")
    return _normalise(to_frame(items))


def _as_date(value: DateLike, name: str) -> dt.date | None:
    try:
        return parse_date(value)
    except (TypeError, ValueError):
        raise InputError(f"{name} must be a date like 2020-10-23, got {value!r}") from None


def _stamp(value: DateLike, name: str) -> pd.Timestamp:
    day = _as_date(value, name)
    if day is None:
        raise InputError(f"{name} must be a date")
    return pd.Timestamp(day)


def _days(series: pd.Series) -> np.ndarray:
    """Days since 1970-01-01 as int64, with :data:`_NAT` for missing dates."""
    return np.asarray(
        series.to_numpy(dtype="datetime64[s]").astype("datetime64[D]").astype(np.int64)
    )


def _day_of(day: dt.date | None) -> int | None:
    return None if day is None else (day - dt.date(1970, 1, 1)).days


def _to_dates(days: np.ndarray | pd.Series) -> pd.Series:
    arr = np.asarray(days, dtype=np.int64)
    out = arr.astype("datetime64[D]").astype("datetime64[s]")
    out[(arr == _NAT) | (arr <= _OPEN_LO) | (arr >= _OPEN_HI)] = np.datetime64("NaT")
    return pd.Series(out, dtype="datetime64[s]")


def _concat_by(ids: np.ndarray, values: Sequence[tuple[str, ...]]) -> dict[int, tuple[str, ...]]:
    """Concatenate (and sort) the tuples sharing an id: one pass, no per-group apply."""
    order = np.argsort(ids, kind="stable")
    out: dict[int, list[str]] = {}
    for i in order.tolist():
        out.setdefault(int(ids[i]), []).extend(values[i])
    return {k: tuple(sorted(v)) for k, v in out.items()}


# --------------------------------------------------------------------------- rules


ConsensusRule: TypeAlias = Callable[[pd.DataFrame], pd.DataFrame]
RULES: dict[str, ConsensusRule] = {}
_GROUP = ["side", "status", "outcome", "_since", "day"]


def register_rule(name: str) -> Callable[[ConsensusRule], ConsensusRule]:
    """Register a consensus rule under ``name`` (a decorator).

    A rule receives the series points of one measure, with columns ``side``, ``status``,
    ``outcome``, ``_since``, ``day`` (the group), ``reporter``, ``rank`` (position in the
    source hierarchy), ``low``, ``best``, ``high``, ``fig`` (best, else low, else high, as
    floats) and ``claim_ids``; it returns one row per group with the group columns,
    ``low``, ``best``, ``high`` and ``sources`` (a tuple of claim ids). Rules only ever see
    one measure per group, so they never mix killed with casualties.

    >>> @register_rule("highest")
    ... def _highest(points):
    ...     return _pick(points, ["fig"], ascending=[False])
    >>> "highest" in RULES
    True
    >>> del RULES["highest"]
    """

    def add(func: ConsensusRule) -> ConsensusRule:
        RULES[name] = func
        return func

    return add


def _pick(points: pd.DataFrame, by: list[str], *, ascending: list[bool]) -> pd.DataFrame:
    """For each group, the one point first in ``by`` order (ties: reporter, claim ids)."""
    if points.empty:
        empty: pd.DataFrame = points[[*_GROUP, "low", "best", "high"]].reset_index(drop=True)
        empty["sources"] = pd.Series([], dtype="object")
        return empty
    group = _npg.compose(
        [
            _npg.text_codes(points["_side"]),  # "" where side is missing
            _npg.text_codes(points["status"]),
            _npg.text_codes(points["outcome"]),
            points["_since"].to_numpy(dtype=np.int64),
            points["day"].to_numpy(dtype=np.int64),
        ]
    )
    ids = (
        points["_ids_rank"].to_numpy(dtype=np.int64)
        if "_ids_rank" in points.columns
        else _npg.text_codes(points["_ids_key"], many=True)[0]
    )
    rep, n_rep = _npg.text_codes(points["_rep"])
    keys: list[np.ndarray] = []
    for name, up in zip(by, ascending, strict=True):
        values = points[name].to_numpy(dtype=float)
        keys.append(np.where(np.isnan(values), np.inf, values if up else -values))
    n_ids = int(ids.max()) + 1
    if n_rep * n_ids < 2**62:  # the two ties at once: one sort on the rest, then on them
        order = _npg.lex_order([group, *keys], rep * n_ids + ids)
    else:
        order = np.lexsort((ids, rep, *reversed(keys), group))
    first = order[_npg.run_starts(group[order])]
    chosen = points.iloc[first]
    out: pd.DataFrame = chosen[[*_GROUP, "low", "best", "high"]].reset_index(drop=True)
    out["sources"] = pd.Series(list(chosen["claim_ids"]), dtype="object")
    return out


@register_rule("conservative")
def _conservative(points: pd.DataFrame) -> pd.DataFrame:
    """The lowest credible figure, as ACLED codes fatalities: of the sources' figures for
    the day, the one with the lowest best estimate (or lowest bound when only a bound is
    known), with its own interval and its own claim ids."""
    return _pick(points, ["fig"], ascending=[True])


@register_rule("range")
def _range(points: pd.DataFrame) -> pd.DataFrame:
    """From the lowest low to the highest high across all sources (an open bound on any
    source leaves that end open); best is the median of the sources' best figures (one
    measure only, never across measures); sources are all the claims."""
    grouped = points.groupby(_GROUP, sort=True, dropna=False)
    out = grouped.agg(low=("low", "min"), best=("best", "median"), high=("high", "max"))
    open_high = (
        points["high"].isna().groupby([points[c] for c in _GROUP], sort=True, dropna=False).any()
    )
    out.loc[open_high.to_numpy(), "high"] = np.nan
    out = out.reset_index()
    ids = grouped.ngroup().to_numpy()
    joined = _concat_by(ids, points["claim_ids"].tolist())
    out["sources"] = pd.Series([joined[i] for i in range(len(out))], dtype="object")
    return out


@register_rule("hierarchy")
def _hierarchy(points: pd.DataFrame) -> pd.DataFrame:
    """The figure of the most trusted source present that day, in the order given by
    ``hierarchy=`` or the profile's ``hierarchy`` (reporters not listed come after, then
    unattributed tallies); within one source, the lowest figure."""
    return _pick(points, ["rank", "fig"], ascending=[True, True])


# --------------------------------------------------------------------------- result


def _fmt_count(x: float) -> str:
    return f"{round(x):,}"


def _fmt(low: float, best: float, high: float) -> str:
    """A figure as a reader would say it: 58, ≥2,001, ≤5,000, 200–999, 5,000 (≤5,000)."""
    has_lo, has_hi, has_best = not isnan(low), not isnan(high), not isnan(best)
    if has_lo and has_hi and low == high:
        return f"{round(low):,}"
    if has_lo and has_hi:
        span = f"{round(low):,}–{round(high):,}"
    elif has_lo:
        span = f"≥{round(low):,}"
    elif has_hi:
        span = f"≤{round(high):,}"
    else:
        span = "?"
    return f"{round(best):,} ({span})" if has_best else span


@dataclasses.dataclass(frozen=True, eq=False)
class Reconciliation:
    """The result of :func:`reconcile`: five frames, the profile and the rule used.

    ``claims`` are the kept claims (merged, with ``claim_id``, ``citations``, ``relation``),
    ``excluded`` the rest with a ``reason``; ``series``, ``findings`` and ``consensus`` are
    described in :func:`reconcile`.
    """

    claims: pd.DataFrame
    excluded: pd.DataFrame
    series: pd.DataFrame
    findings: pd.DataFrame
    consensus: pd.DataFrame
    profile: Profile | None = None
    rule: str = "conservative"

    def _points(
        self,
        reporter: str | None,
        side: str | None,
        status: str,
        outcome: str,
        since: DateLike = None,
    ) -> pd.DataFrame:
        s = self.series
        mask = (
            (s["reporter"].fillna("") == (reporter or ""))
            & (s["side"].fillna("") == (side or ""))
            & (s["status"] == str(status))
            & (s["outcome"] == str(outcome))
        )
        if since is not None:
            mask &= s["since"] == _stamp(since, "since")
        elif self.profile is not None and self.profile.start is not None:
            mask &= s["since"] == pd.Timestamp(self.profile.start)
        else:
            mask &= s["since"].isna()
        pts = s[mask.fillna(False).to_numpy()]
        pts = pts[pts["best"].notna().to_numpy()]
        if pts.empty:
            raise InputError(
                f"no series with a best figure for reporter {reporter!r}, side {side!r}, "
                f"status {status!r}, outcome {outcome!r}"
            )
        return pts.sort_values(["as_of", "derived"]).drop_duplicates("as_of", keep="first")

    def figure(
        self,
        reporter: str | None,
        side: str | None,
        status: str,
        outcome: str,
        on: DateLike = None,
        *,
        since: DateLike = None,
    ) -> Any:
        """The series' best figure on ``on`` (its latest point on or before that day; the
        last point when None), as a pint quantity of persons."""
        from .units import persons

        pts = self._points(reporter, side, status, outcome, since)
        if on is not None:
            pts = pts[pts["as_of"] <= _stamp(on, "on")]
            if pts.empty:
                raise InputError(f"the series has no point on or before {on}")
        return persons(int(pts["best"].iloc[-1]))

    def rate(
        self,
        reporter: str | None,
        side: str | None,
        status: str,
        outcome: str,
        start: DateLike = None,
        end: DateLike = None,
        *,
        since: DateLike = None,
    ) -> Any:
        """Persons per day over ``start``..``end`` for one series: the change in its best
        figure divided by the days between. Each end takes the latest point on or before
        it; None means the series' first or last point.

        >>> r = reconcile([Claim(value=v, low=v, high=v, qualifier="exact",
        ...     outcome="killed", status="military", side="a", reporter="a",
        ...     as_of=dt.date(2020, 10, d), as_of_source="stated", quote="x", start=d,
        ...     end=d + 1) for v, d in ((100, 1), (160, 11))])
        >>> r.rate("a", "a", "military", "killed")
        <Quantity(6.0, 'person / day')>
        """
        from .units import registry

        pts = self._points(reporter, side, status, outcome, since)

        def at(day: DateLike, default: int) -> tuple[pd.Timestamp, float]:
            if day is None:
                row = pts.iloc[default]
            else:
                before = pts[pts["as_of"] <= _stamp(day, "date")]
                if before.empty:
                    raise InputError(f"the series has no point on or before {day}")
                row = before.iloc[-1]
            return pd.Timestamp(row["as_of"]), float(row["best"])

        (t0, v0), (t1, v1) = at(start, 0), at(end, -1)
        days = (t1 - t0).days
        if days <= 0:
            raise InputError(
                f"rate needs two points on different days, got {t0:%Y-%m-%d} and {t1:%Y-%m-%d}"
            )
        ureg = registry()
        return ureg.Quantity((v1 - v0) / days, "person / day")

    def plot(
        self, ax: Any = None, side: str | None = None, outcome: str | None = None, **kwargs: Any
    ) -> Any:
        """Draw the series; see :func:`casualties.plot.plot`."""
        from .plot import plot

        return plot(self, ax=ax, side=side, outcome=outcome, **kwargs)

    def __repr__(self) -> str:
        return (
            f"<Reconciliation: {len(self.claims)} claims, {len(self.excluded)} excluded, "
            f"{self.series.groupby(_series_key_cols(), dropna=False).ngroups} series, "
            f"{len(self.findings)} findings, rule {self.rule!r}>"
        )

    def _repr_html_(self) -> str:
        """A compact summary for Jupyter: sources, one line per series, the findings."""
        cits = [c for cs in self.claims["citations"] for c in cs]
        sources = sorted({c.rsplit(":", 1)[0] for c in cits})
        s = self.series
        summary = (
            s.groupby(_series_key_cols(), dropna=False, sort=True)
            .agg(
                points=("as_of", "size"),
                first=("as_of", "min"),
                last=("as_of", "max"),
                latest=("best", "last"),
            )
            .reset_index()
        )
        summary["latest"] = summary["latest"].map(lambda v: "" if pd.isna(v) else f"{int(v):,}")
        findings = self.findings.drop(columns=["claim_ids"])
        head = (
            f"<p><b>Reconciliation</b> ({self.rule}): {len(self.claims)} claims from "
            f"{len(sources)} sources, {len(self.excluded)} excluded, {len(summary)} series, "
            f"{len(self.findings)} findings</p>"
        )
        return (
            head
            + "<p>Sources: "
            + ", ".join(sources[:20])
            + (" …" if len(sources) > 20 else "")
            + "</p>"
            + summary.to_html(index=False, max_rows=30, na_rep="")
            + "<p>Findings</p>"
            + findings.to_html(index=False, max_rows=30, na_rep="")
        )


def _series_key_cols() -> list[str]:
    return ["reporter", "side", "status", "outcome", "since"]


# --------------------------------------------------------------------------- the pipeline


def reconcile(
    claims_or_frame: Iterable[Claim] | pd.DataFrame,
    *,
    profile: ProfileSpec = None,
    known_by: DateLike = None,
    rule: str = "conservative",
    hierarchy: Sequence[str] | None = None,
) -> Reconciliation:
    """Merge repeated claims, build per-source series, raise findings, form a consensus.

    ``claims_or_frame`` is a list of :class:`Claim` or a frame from :func:`to_frame` (also
    read back from CSV or Parquet). ``profile`` (a name, a path or a Profile) gives the
    conflict window, the reporters' sides and a source hierarchy. ``known_by`` keeps only
    claims published by that day (the rest are excluded with that reason). ``rule`` names a
    consensus rule in :data:`RULES`; ``hierarchy`` orders reporters for the ``hierarchy``
    rule (default: the profile's). Merges that collapse different wordings warn with
    :class:`ReconcileWarning` and are listed in ``findings``.

    >>> c = dict(qualifier="exact", outcome="killed", status="military", side="armenian",
    ...          reporter="nk-authorities", basis="cumulative", as_of_source="stated")
    >>> claims = [
    ...     Claim(value=28, low=28, high=28, as_of=dt.date(2020, 9, 27), quote="28",
    ...           start=0, end=2, source="a", **c),
    ...     Claim(value=58, low=58, high=58, as_of=dt.date(2020, 9, 28), quote="58",
    ...           start=0, end=2, source="b", **c),
    ...     Claim(value=58, low=58, high=58, as_of=dt.date(2020, 9, 28), quote="58",
    ...           start=5, end=7, source="c", **c),
    ... ]
    >>> r = reconcile(claims, profile="karabakh-2020")
    >>> r.series[["as_of", "best"]].astype(str).values.tolist()
    [['2020-09-27', '28'], ['2020-09-28', '58']]
    >>> r.claims["citations"].tolist()[1]
    ('b:0-2', 'c:5-7')
    >>> r.claims["relation"].unique().tolist()
    ['own']
    """
    prof = get_profile(profile)
    if rule not in RULES:
        raise InputError(f"unknown rule {rule!r}; known rules: {', '.join(sorted(RULES))}")
    order = tuple(hierarchy) if hierarchy is not None else (prof.hierarchy if prof else ())
    if isinstance(hierarchy, str):
        raise InputError("hierarchy must be a sequence of reporter ids, not a string")
    if rule == "hierarchy" and not order:
        raise InputError("rule 'hierarchy' needs hierarchy=[...] or a profile with a hierarchy")
    known = _as_date(known_by, "known_by")
    # the work creates millions of tuples and strings, none in reference cycles: the cyclic
    # collector would only walk them again and again. The few cycles pandas may leave wait
    # for the next collection after this call
    collecting = gc.isenabled()
    gc.disable()
    try:
        with _system_pool():
            frame = _claim_frame(claims_or_frame)
            # "NDMA" in one article, "the National Disaster Management Authority (NDMA)" in
            # another
            frame = group_reporters(frame, keep=[r.id for r in prof.reporters] if prof else ())
            result, lossy = _run(frame, prof, known, rule, order)
    finally:
        if collecting:
            gc.enable()
    if lossy:
        warnings.warn(
            ReconcileWarning(
                f"merged {lossy} group(s) of claims whose wording differs; the narrowest interval "
                "and date window were kept (see findings of kind 'merged')"
            ),
            stacklevel=2,
        )
    return result


# arrow's default pool (mimalloc in the wheels) returns the large buffers of this work to
# the system as they are freed and faults them in again, page by page, for the next ones:
# at 10^6 claims that is a second of system time. The system allocator keeps and reuses
# them. A buffer remembers its pool, so the ones made meanwhile are freed right whenever
# they go; the pool is switched back when the last call running leaves
_POOL_LOCK = threading.Lock()
_POOL_USERS = 0
_POOL_BEFORE: pa.MemoryPool | None = None


@contextlib.contextmanager
def _system_pool() -> Iterator[None]:
    """Make the system allocator arrow's default pool for the time of the block."""
    global _POOL_USERS, _POOL_BEFORE
    with _POOL_LOCK:
        if _POOL_USERS == 0:
            _POOL_BEFORE = pa.default_memory_pool()
            pa.set_memory_pool(pa.system_memory_pool())
        _POOL_USERS += 1
    try:
        yield
    finally:
        with _POOL_LOCK:
            _POOL_USERS -= 1
            if _POOL_USERS == 0 and _POOL_BEFORE is not None:
                pa.set_memory_pool(_POOL_BEFORE)
                _POOL_BEFORE = None


def _windows(frame: pd.DataFrame, start: int | None) -> tuple[np.ndarray, np.ndarray]:
    """Each claim's date window as (lo, hi) in days; open ends are ±2**40."""
    as_of, pub, earliest = (
        _days(frame["as_of"]),
        _days(frame["published"]),
        _days(frame["as_of_earliest"]),
    )
    hi = np.where(as_of != _NAT, as_of, np.where(pub != _NAT, pub, _OPEN_HI))
    fallback = (frame["as_of_source"] == "published").to_numpy() | (as_of == _NAT)
    lo = np.where(
        earliest != _NAT, earliest, np.where(fallback, start if start is not None else _OPEN_LO, hi)
    )
    lo = np.minimum(lo, hi)
    return lo.astype(np.int64), hi.astype(np.int64)


def _run(
    frame: pd.DataFrame,
    prof: Profile | None,
    known: dt.date | None,
    rule: str,
    order: tuple[str, ...],
) -> tuple[Reconciliation, int]:
    start = _day_of(prof.start) if prof else None
    end = _day_of(prof.end) if prof else None
    lo, hi = _windows(frame, start)
    frame["_lo"], frame["_hi"] = lo, hi

    # 1. exclusions, first reason wins
    reason = pd.Series(pd.NA, index=frame.index, dtype="string")

    def exclude(mask: np.ndarray | pd.Series, why: str) -> None:
        m = np.asarray(mask, dtype=bool) & reason.isna().to_numpy()
        reason[m] = why

    exclude(frame["historical"].to_numpy(), "historical")
    if known is not None:
        seen = frame["published"].fillna(frame["as_of"])
        exclude((seen > pd.Timestamp(known)).fillna(False).to_numpy(), "published after known_by")
    exclude(frame["as_of"].isna().to_numpy() & frame["published"].isna().to_numpy(), "no date")
    if start is not None:
        exclude(hi < start, "outside the profile window")
    if end is not None:
        exclude(lo > end, "outside the profile window")
    out_mask = reason.notna().to_numpy()
    if "_cit0" in frame.columns:  # each claim's own citation, and no other
        single = True
        cit0 = frame["_cit0"].to_numpy(dtype=object)
    else:
        cits = frame["citations"].tolist()
        single = max(map(len, cits), default=1) == 1  # no tuple is empty
        cit0 = np.array([c[0] for c in cits], dtype=object)
        del cits
    # the columns a merge leaves as they are: their hashes serve again for merged claims
    distinct: dict[str, Any] = {}
    coded = {
        name: _value_hashes(frame[name], distinct)
        for name in _ALL_COLUMNS
        if name not in _MERGED and not (name == "source" and "_source_hash" in frame.columns)
    }
    if "_source_hash" in frame.columns:  # each row's own code: the hash of its source
        coded["source"] = (np.arange(len(frame), dtype=np.int32), frame["_source_hash"].to_numpy())
    content = _content(frame, given=coded, cit_text=cit0 if single else None)
    excluded = frame.loc[out_mask, [*_ALL_COLUMNS, "citations"]].copy()
    excluded["reason"] = reason[out_mask].astype("string")
    excluded["_cit0"] = cit0[out_mask]
    excluded["_content"] = content[out_mask]
    excluded = (
        excluded.sort_values(["reason", "_cit0", "_content"], kind="stable")
        .drop(columns=["_cit0", "_content"])
        .reset_index(drop=True)
    )
    # 2. merge
    keep = np.flatnonzero(~out_mask)
    ranked = frame["_cit0_rank"].to_numpy()[keep] if "_cit0_rank" in frame.columns else None
    texts = {name: (coded[name][0], values) for name, values in distinct.items()}
    merged, merge_findings = _merge(
        frame,
        keep,
        start,
        content[~out_mask],
        cit0[keep],
        coded,
        cit0_codes=ranked,
        single=single,
        texts=texts,
    )
    del coded, distinct
    claims = _finish_claims(merged, prof, frame, texts)
    del texts

    # 3. series
    series, inc_findings = _series(merged, start, end)

    # 4. findings
    findings = pd.concat(
        [
            f
            for f in (
                merge_findings,
                inc_findings,
                _decreases(series),
                _conflicts(series),
                _outliers(series),
                _measures(series),
            )
            if not f.empty
        ]
        or [_empty_findings()],
        ignore_index=True,
    )
    finding_keys = [
        _na_first_codes(findings["kind"]),
        findings["as_of"].to_numpy(dtype="datetime64[s]").view(np.int64),
        *(_na_first_codes(findings[c]) for c in ("reporter", "side", "status", "outcome")),
    ]
    detail = _na_first_codes(findings["detail"], many=True)
    findings = findings.take(
        _npg.lex_order(finding_keys, detail)
        if len(findings)
        else np.lexsort((detail, *reversed(finding_keys)))
    ).reset_index(drop=True)

    # 5. consensus
    consensus = _consensus(series, rule, order)

    # (one sort of a composed key, then claim ids among ties: np.lexsort of all eight)
    ids_rank = series["_ids_rank"].to_numpy(dtype=np.int64)
    series_keys = [
        *(_na_first_codes(series[c]) for c in ("reporter", "side", "status", "outcome")),
        series["since"].to_numpy(dtype="datetime64[s]").view(np.int64),
        series["as_of"].to_numpy(dtype="datetime64[s]").view(np.int64),
        series["derived"].to_numpy(dtype=bool),
    ]
    series_out = (
        series[list(SERIES_COLUMNS)]
        .take(
            _npg.lex_order(series_keys, ids_rank)
            if len(series)
            else np.lexsort((ids_rank, *reversed(series_keys)))
        )
        .reset_index(drop=True)
    )
    for col in ("low", "best", "high"):
        series_out[col] = series_out[col].round().astype("Int64")
    lossy = int((merge_findings["kind"] == "merged").sum()) if not merge_findings.empty else 0
    return Reconciliation(
        claims=claims,
        excluded=excluded,
        series=series_out,
        findings=findings,
        consensus=consensus,
        profile=prof,
        rule=rule,
    ), lossy


def _na_first_codes(column: pd.Series, *, many: bool = False) -> np.ndarray:
    """Sort codes of a text column, missing values first (as ``na_position="first"``)."""
    missing = column.isna().to_numpy(dtype=bool)
    codes, _ = _npg.text_codes(column.fillna(""), many=many)
    return np.where(missing, -1, codes)


def _empty_findings() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype="string") for c in FINDING_COLUMNS})
    frame["as_of"] = frame["as_of"].astype("datetime64[s]")
    frame["claim_ids"] = frame["claim_ids"].astype("object")
    return frame


def _findings(rows: list[dict[str, Any]]) -> pd.DataFrame:
    if not rows:
        return _empty_findings()
    frame = pd.DataFrame(rows, columns=list(FINDING_COLUMNS))
    for col in FINDING_COLUMNS:
        if col == "as_of":
            frame[col] = pd.to_datetime(frame[col]).astype("datetime64[s]")
        elif col != "claim_ids":
            frame[col] = frame[col].astype("string")
    return frame


def _floats(column: pd.Series) -> np.ndarray:
    """A column of counts as floats, NaN for missing."""
    return np.asarray(column.astype("Float64").to_numpy(dtype=float, na_value=np.nan))


def _ints(values: np.ndarray) -> pd.Series:
    """Floats (whole numbers or NaN) as an Int64 column."""
    missing = np.isnan(values)
    return pd.Series(pd.arrays.IntegerArray(np.where(missing, 0, values).astype(np.int64), missing))


def _nan_or(x: Any) -> float:
    return np.nan if x is None or x is pd.NA or pd.isna(x) else float(x)


def _merge(
    frame: pd.DataFrame,
    keep: np.ndarray,
    start: int | None,
    content: np.ndarray,
    cit0: np.ndarray,
    coded: Mapping[str, tuple[np.ndarray, np.ndarray]],
    cit0_codes: np.ndarray | None = None,
    single: bool = False,
    texts: Mapping[str, tuple[np.ndarray, Any]] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One row per merged claim of the rows ``keep`` of ``frame``, with ``_members``,
    ``claim_id`` and the merge findings.

    ``content`` is :func:`_content` of the kept rows, ``cit0`` their first citations,
    ``coded`` the :func:`_value_hashes` of ``frame``'s columns a merge leaves as they are,
    ``cit0_codes`` the order of the first citations as codes, when known; ``single``
    that every claim has one citation; ``texts`` the codes and distinct values of columns
    of ``frame``, for :func:`_take_text`.
    Rows are sorted on integer keys, clusters are runs of that order, and a cluster's
    aggregates are segment reductions over it. Columns of the kept rows are taken one at a
    time, as they are needed; the merged claims carry :data:`_MERGE_COLUMNS` and ``_src``,
    the row of ``frame`` each comes from.
    """
    n = len(keep)
    every = n == len(frame)

    def kept(name: str) -> pd.Series:
        column = frame[name]
        return column if every else column.iloc[keep].reset_index(drop=True)

    texts = texts or {}

    def text_key(name: str) -> tuple[np.ndarray, int]:
        """Codes of the kept rows' texts (missing as "") in code point order, equal for
        equal texts: from the column's codes and few distinct values when known (the
        codes need not be dense), else :func:`_npgroup.text_codes`."""
        if name in texts and len(texts[name][1]) <= 5000:
            codes, values = texts[name]
            words = np.empty(len(values) + 1, dtype=object)
            words[:-1], words[-1] = pd.Index(values).to_numpy(dtype=object), ""
            _, rank = np.unique(words, return_inverse=True)
            rank = rank.reshape(-1)
            return rank[codes[keep]], int(rank.max()) + 1  # (code -1, missing: "")
        return _npg.text_codes(kept(name).fillna(""))

    since = _days(kept("since"))
    since = np.where(since != _NAT, since, start if start is not None else _NAT)
    value = _floats(kept("value"))
    low = _floats(kept("low"))
    high = _floats(kept("high"))
    has_v = ~np.isnan(value)
    cls = np.where(~has_v, 3, np.where(low > value, 1, np.where(high < value, 2, 0)))
    v = np.where(has_v, value, -1.0)
    vl = np.where(has_v, -1.0, np.nan_to_num(low, nan=-2.0))
    vh = np.where(has_v, -1.0, np.nan_to_num(high, nan=-2.0))
    citations = kept("citations").to_numpy(dtype=object)
    if cit0_codes is None:
        cit0_codes = _npg.text_codes(cit0, many=True)[0]
    inc_all = (kept("basis") == "incremental").to_numpy(dtype=bool, na_value=False)
    lo_all = kept("_lo").to_numpy(dtype=np.int64)
    hi_all = kept("_hi").to_numpy(dtype=np.int64)
    gkey = (
        _npg.compose(
            [
                inc_all,
                *(text_key(name) for name in ("reporter", "side", "status", "outcome")),
                since,
                v,
                cls,
                vl,
                vh,
            ]
        )
        if n
        else np.zeros(0, dtype=np.int64)
    )
    order = (
        _npg.lex_order([gkey, lo_all, hi_all, (cit0_codes, int(cit0_codes.max()) + 1)], content)
        if n
        else np.zeros(0, np.int64)
    )
    grp = gkey[order]
    lo, hi, inc = lo_all[order], hi_all[order], inc_all[order]
    # vectorised start of a new cluster: new group, or (incremental) a different window
    new = np.ones(n, dtype=bool)
    if n:
        new[1:] = (grp[1:] != grp[:-1]) | (inc[1:] & ((lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])))
    # cumulative rows in groups of two or more: sweep by window start, keeping the running
    # intersection; a row whose window starts after it opens a new cluster
    # a row with the window of the row before it in its group always joins its cluster and
    # leaves the running intersection as it is: only groups with two windows or more sweep
    gstarts = _npg.run_starts(grp)
    gsize = np.diff(np.append(gstarts, n))
    distinct = ~inc.copy()
    if n:
        distinct[1:] &= (grp[1:] != grp[:-1]) | (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])
    windows = np.add.reduceat(distinct, gstarts) if n else np.zeros(0, dtype=np.int64)
    sweep = np.flatnonzero(distinct & np.repeat(windows > 1, gsize))
    new_s, lo_s, hi_s = new[sweep].tolist(), lo[sweep].tolist(), hi[sweep].tolist()
    run_hi = 0
    for i, (opens, wlo, whi) in enumerate(zip(new_s, lo_s, hi_s, strict=True)):
        if opens:
            run_hi = whi
        elif wlo > run_hi:
            new_s[i] = True
            run_hi = whi
        elif whi < run_hi:
            run_hi = whi
    new[sweep] = new_s
    starts = np.flatnonzero(new)
    csize = np.diff(np.append(starts, n))
    multi = np.repeat(csize > 1, csize) if n else np.zeros(0, dtype=bool)

    findings: list[dict[str, Any]] = []
    single_rows = order[~multi]
    mpos = np.flatnonzero(multi)  # positions (in sorted order) of rows in multi clusters
    mrows = order[mpos]
    mstarts_all = starts[csize > 1]
    # segment starts within the multi rows
    mstarts = np.searchsorted(mpos, mstarts_all)
    n_rep = len(mstarts)
    if n_rep:
        m_lo, m_hi = lo_all[mrows], hi_all[mrows]
        m_low, m_high = low[mrows], high[mrows]
        agg_lo = np.maximum.reduceat(m_lo, mstarts)
        agg_hi = np.minimum.reduceat(m_hi, mstarts)
        agg_low = _npg.seg_max(m_low, mstarts)
        agg_high = _npg.seg_min(m_high, mstarts)
        members = np.diff(np.append(mstarts, len(mrows)))
        qual = pd.factorize(kept("qualifier"))[0][mrows]
        wording = (
            _npg.seg_varies(qual, mstarts)
            | _npg.seg_varies(np.nan_to_num(m_low, nan=-1.0), mstarts)
            | _npg.seg_varies(np.nan_to_num(m_high, nan=-1.0), mstarts)
        )
        stated = kept("as_of_earliest").notna() | (kept("as_of_source") != "published")
        explicit = stated.to_numpy(dtype=bool, na_value=True)[mrows]
        lo_exp = np.maximum.reduceat(np.where(explicit, m_lo, _NAT), mstarts)
        # representative: the narrowest value interval, then the earliest citation
        width = np.where(np.isnan(m_high), 1e18, m_high) - np.where(np.isnan(m_low), 0.0, m_low)
        rep_at = _npg.seg_first_min(mstarts, [width, cit0_codes[mrows], content[mrows]])
        rep_rows = mrows[rep_at]
        first_rows = mrows[mstarts]
        new_low = np.where(np.isnan(agg_low), np.nan, agg_low)
        new_high = agg_high
        emptied = ~np.isnan(new_low) & ~np.isnan(new_high) & (new_low > new_high)
        # intervals that do not intersect: keep the first member's own
        new_low = np.where(emptied, low[first_rows], new_low)
        new_high = np.where(emptied, high[first_rows], new_high)
        mseg = _npg.seg_ids(mstarts, len(mrows))
        m_len = (
            np.ones(len(mrows), dtype=np.int64)
            if single
            else np.fromiter(map(len, citations[mrows].tolist()), dtype=np.int64, count=len(mrows))
        )
        cits = _npg.concat_sorted(
            mseg, citations, n_rep, cit0, cit0_codes, lengths=m_len, rows=mrows
        )
        # with one citation per member, a merged claim's first citation is its members'
        # first in order: its rank among the kept rows' first citations is known
        one_each = int(m_len.max()) == 1  # none is empty
        rep_cit0 = np.minimum.reduceat(cit0_codes[mrows], mstarts) if one_each else None
    else:
        rep_rows = np.zeros(0, dtype=np.int64)
        rep_cit0 = np.zeros(0, dtype=np.int64)
    rows = np.concatenate([single_rows, rep_rows])
    src = keep[rows]
    out = frame[[c for c in _MERGE_COLUMNS if c not in texts]].take(src).reset_index(drop=True)
    for name in _MERGE_COLUMNS:
        if name in texts:
            out[name] = _take_text(frame[name], src, *texts[name])
    out = out[list(_MERGE_COLUMNS)]
    out["_src"] = src
    # the blank-filled reporter and side
    for name, given in (("_rep", "reporter"), ("_side", "side")):
        out[name] = (
            _take_text(frame[given], src, *texts[given]).fillna("")
            if given in texts
            else frame[given].take(src).reset_index(drop=True).fillna("")
        )
    out["_since"] = since[rows]
    out["_members"] = 1
    n_single = len(single_rows)
    ids = content[rows]
    if n_rep:
        at = slice(n_single, None)
        out_low = _floats(out["low"])
        out_high = _floats(out["high"])
        out_low[at], out_high[at] = new_low, new_high
        out["low"] = _ints(out_low)
        out["high"] = _ints(out_high)
        for name, arr in (("_lo", agg_lo), ("_hi", agg_hi), ("_members", members)):
            col = out[name].to_numpy(dtype=np.int64, copy=True)
            col[at] = arr
            out[name] = col
        all_cits: list[tuple[str, ...]] = out["citations"].tolist()
        all_cits[n_single:] = cits
        out["citations"] = pd.Series(all_cits, dtype="object")
        as_of = out["as_of"].to_numpy(dtype="datetime64[s]", copy=True)
        as_of[at] = _to_dates(agg_hi).to_numpy()
        out["as_of"] = pd.Series(as_of, dtype="datetime64[s]")
        earliest = out["as_of_earliest"].to_numpy(dtype="datetime64[s]", copy=True)
        rep_earliest = _to_dates(lo_exp).to_numpy()
        earliest[at] = rep_earliest
        out["as_of_earliest"] = pd.Series(earliest, dtype="datetime64[s]")
        # relabelled in arrow: the column never becomes Python strings
        how = out["as_of_source"].array.__arrow_array__()
        relabel = np.zeros(len(out), dtype=bool)
        relabel[at] = ~np.isnat(rep_earliest)
        relabel &= pc.equal(how, "published").to_numpy(zero_copy_only=False)
        how = pc.if_else(pa.array(relabel), pa.scalar("relative", how.type), how)
        out["as_of_source"] = pd.Series(pd.array(how, dtype="string"))
        ids = ids.copy()
        changed = pd.DataFrame(
            {name: out[name].iloc[at].reset_index(drop=True) for name in _MERGED}
        )
        ids[at] = _content(changed, given=coded, rows=keep[rep_rows], cit_text=_citation_text(cits))

        lossy = np.flatnonzero(wording).tolist()
        if lossy:
            bounds = np.append(mstarts, len(mrows))
            # the quotes of the few members of lossy merges, not the whole column
            said_rows = np.concatenate([mrows[bounds[cid] : bounds[cid + 1]] for cid in lossy])
            quotes = dict(
                zip(
                    said_rows.tolist(),
                    frame["quote"].take(keep[said_rows]).to_numpy(dtype=object).tolist(),
                    strict=True,
                )
            )
            reps = out.iloc[n_single:]
            said_by = frame[["reporter", "side"]].take(src[n_single + np.asarray(lossy)])
            for at_lossy, cid in enumerate(lossy):
                members_at = mrows[bounds[cid] : bounds[cid + 1]].tolist()
                r = reps.iloc[cid]
                who = said_by.iloc[at_lossy]
                said = "; ".join(f"{quotes[i]!r} ({cit0[i]})" for i in members_at)
                window = _fmt_window(int(agg_lo[cid]), int(agg_hi[cid]))
                findings.append(
                    {
                        "kind": "merged",
                        "reporter": who["reporter"],
                        "side": who["side"],
                        "status": r["status"],
                        "outcome": r["outcome"],
                        "as_of": r["as_of"],
                        "detail": (
                            f"{len(members_at)} statements of one figure merged: {said}; kept "
                            f"{_fmt(_nan_or(r['low']), _nan_or(r['value']), _nan_or(r['high']))} "
                            f"dated {window}"
                        ),
                        "claim_ids": (),
                    }
                )
    out["claim_id"] = _id_text(ids)
    out["_id_order"] = ids >> np.uint64(16)  # the order of the ids as text
    if rep_cit0 is not None:
        out["_cit0_order"] = np.concatenate([cit0_codes[single_rows], rep_cit0])
    return out, _findings(findings)


def _fmt_window(lo: int, hi: int) -> str:
    def day(d: int) -> str:
        return (dt.date(1970, 1, 1) + dt.timedelta(days=d)).isoformat()

    if lo == hi:
        return day(hi)
    if lo <= _OPEN_LO:
        return f"on or before {day(hi)}"
    return f"{day(lo)}..{day(hi)}"


def _value_hashes(
    column: pd.Series, distinct: dict[str, Any] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Codes of a column's distinct values (-1 for missing) and the hash of each value as
    text, missing ("\x00") last: ``hashed[codes]`` hashes every row. The distinct values
    themselves go to ``distinct``, under the column's name, when it is given."""
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    if distinct is not None:
        distinct[str(column.name)] = uniques
    cats = pd.Index(uniques).astype("string").to_numpy(dtype=object)
    text = np.empty(len(cats) + 1, dtype=object)  # (np.append would drop the NUL)
    text[:-1], text[-1] = cats, "\x00"
    return np.asarray(codes, dtype=np.int32), _npg.hash_text(text)


def _take_text(column: pd.Series, rows: np.ndarray, codes: np.ndarray, distinct: Any) -> pd.Series:
    """``column.take(rows)`` with a fresh index. For arrow text with few distinct values,
    given its :func:`_value_hashes` codes and distinct values, the rows are taken from
    those: a gather of integers and a take from a short dictionary, instead of a take of
    the strings themselves from all over the column."""
    dtype = column.dtype
    if not isinstance(dtype, pd.StringDtype) or dtype.storage != "pyarrow":
        return column.take(rows).reset_index(drop=True)
    whole = column.array.__arrow_array__()
    values = pd.Index(distinct).array
    if (
        not isinstance(values, pd.arrays.ArrowStringArray)
        or getattr(whole, "num_chunks", 1) != 1
        or 8 * len(values) > len(column)
    ):
        return column.take(rows).reset_index(drop=True)
    dictionary = values.__arrow_array__().combine_chunks()
    if dictionary.type != whole.type:
        return column.take(rows).reset_index(drop=True)
    picked = codes[rows]
    taken = dictionary.take(pa.array(picked, mask=picked < 0))
    return pd.Series(pd.array(taken, dtype=dtype))


def _citation_text(citations: Sequence[tuple[str, ...]], single: bool = False) -> list[str]:
    """Citations joined with ";" (``single``: every tuple has one item)."""
    if single:
        return [c[0] for c in citations]
    return [";".join(c) for c in citations]


def _content(
    frame: pd.DataFrame,
    *,
    given: Mapping[str, tuple[np.ndarray, np.ndarray]] | None = None,
    rows: np.ndarray | None = None,
    cit_text: Sequence[str] | np.ndarray | None = None,
) -> np.ndarray:
    """A 64-bit hash of every claim column and the citations: a tie-break that does not
    depend on input order.

    The hash of a frame of categoricals (each column's distinct values as text, missing
    as "\x00") and the joined citations, computed per distinct value: columns of dates,
    counts and names repeat a lot. ``given`` holds :func:`_value_hashes` of some columns
    already known, for the rows ``rows`` of ``frame`` (all when None); ``cit_text`` the
    joined citations.
    """
    given = given or {}

    def hashes() -> Iterator[np.ndarray]:
        for name in _ALL_COLUMNS:
            if name in given:
                codes, hashed = given[name]
                yield hashed[codes if rows is None else codes[rows]]
            else:
                codes, hashed = _value_hashes(frame[name])
                yield hashed[codes]
        text = cit_text if cit_text is not None else _citation_text(frame["citations"].tolist())
        yield _npg.hash_text(text)

    return _npg.combine_hashes(hashes(), len(frame), len(_ALL_COLUMNS) + 1)


_HEX = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)


def _id_text(content: np.ndarray) -> pd.Series:
    """Claim ids ("c" and the first 12 hex digits of the content hash)."""
    # the 13 characters of each id as bytes, one column per character
    n = len(content)
    top = content >> np.uint64(16)
    chars = np.empty((n, 13), dtype=np.uint8)
    chars[:, 0] = ord("c")
    for j in range(12):
        chars[:, 12 - j] = _HEX[(top >> np.uint64(4 * j)) & np.uint64(15)]
    offsets = np.arange(0, 13 * n + 1, 13, dtype=np.int64)
    text = pa.Array.from_buffers(
        pa.large_string(), n, [None, pa.py_buffer(offsets), pa.py_buffer(chars.reshape(-1))]
    )
    return pd.Series(pd.array(text, dtype="string"))


def _claim_ids(frame: pd.DataFrame) -> pd.Series:
    """Short ids from the content of the (merged) claim, so input order does not matter."""
    return pd.Series(
        [f"c{int(h):016x}"[:13] for h in _content(frame)], index=frame.index, dtype="string"
    )


def _relations(frame: pd.DataFrame, prof: Profile | None) -> pd.Series:
    """own, adversary, mixed (a party's figure for both sides or an unstated side),
    third_party, or unattributed."""
    known = {r.id for r in prof.reporters} if prof else set()
    # each distinct (reporter, reporter_text) pair is looked up once
    pair_codes = (
        frame[["reporter", "reporter_text"]]
        .groupby(["reporter", "reporter_text"], dropna=False, sort=False)
        .ngroup()
        .to_numpy()
    )
    first = np.unique(pair_codes, return_index=True)[1] if len(frame) else np.zeros(0, np.int64)
    pairs = frame[["reporter", "reporter_text"]].iloc[first].astype("object")
    party: list[str | None] = []
    for rep, text in pairs.itertuples(index=False, name=None):
        rep = None if pd.isna(rep) else rep
        text = None if pd.isna(text) else text
        if prof is not None and rep in known:
            party.append(prof.reporter_side(rep))
        else:
            party.append(side_from_text(text or rep or ""))
    # the reporter's side and the claim's side compared as codes of the claims' sides
    side_codes, side_names = pd.factorize(frame["side"], use_na_sentinel=True)
    side_of = {name: i for i, name in enumerate(side_names.tolist())}
    party_codes = np.array([side_of.get(p, -2) for p in party] + [-2], dtype=np.int64)
    party_none = np.array([p is None for p in party] + [True], dtype=bool)
    both = side_of.get("both", -2)
    rel = np.select(
        [
            frame["reporter"].isna().to_numpy(),
            party_none[pair_codes],
            side_codes == party_codes[pair_codes],
            (side_codes == -1) | (side_codes == both),
        ],
        [0, 1, 2, 3],
        default=4,
    )
    names = pa.array(
        ["unattributed", "third_party", "own", "mixed", "adversary"], pa.large_string()
    )
    return pd.Series(pd.array(names.take(rel), dtype="string"), index=frame.index)


def _finish_claims(
    merged: pd.DataFrame,
    prof: Profile | None,
    frame: pd.DataFrame | None = None,
    texts: Mapping[str, tuple[np.ndarray, Any]] | None = None,
) -> pd.DataFrame:
    """The claims frame, in order of first citation and claim id. Columns ``merged`` lacks
    come from the rows ``_src`` of ``frame``, and so do the columns of ``texts`` that a
    merge leaves as they are, taken by their codes and distinct values there (see
    :func:`_take_text`)."""
    texts = texts or {}
    if "claim_id" not in merged.columns:
        merged["claim_id"] = _claim_ids(merged)
    if "_cit0_order" in merged.columns:
        cit0_order = merged["_cit0_order"].to_numpy()
    else:
        cit0 = np.array([c[0] for c in merged["citations"].tolist()], dtype=object)
        cit0_order = _npg.text_codes(cit0, many=True)[0]
    if "_id_order" in merged.columns:
        id_order = merged["_id_order"].to_numpy()
    else:
        id_order = _npg.text_codes(merged["claim_id"].to_numpy(dtype=object), many=True)[0]
    # (np.lexsort((id_order, cit0_order)): first citations are mostly distinct)
    order = (
        _npg.lex_order([cit0_order], id_order)
        if len(merged)
        else np.lexsort((id_order, cit0_order))
    )
    src = merged["_src"].to_numpy()[order] if frame is not None else None

    def column(name: str) -> pd.Series:
        if frame is not None and src is not None and name in texts and name not in _MERGED:
            return _take_text(frame[name], src, *texts[name])
        if name in merged.columns or frame is None or src is None:
            return merged[name].take(order).reset_index(drop=True)
        return frame[name].take(src).reset_index(drop=True)

    claims = pd.DataFrame({name: column(name) for name in [*_ALL_COLUMNS, "claim_id", "citations"]})
    claims["relation"] = _relations(claims, prof)  # (row by row: the claims' order will do)
    for col in _INT_COLUMNS:
        claims[col] = claims[col].astype("Int64")
    for col in _DATE_COLUMNS:
        claims[col] = claims[col].astype("datetime64[s]")
    for col in (
        "qualifier",
        "outcome",
        "status",
        "side",
        "reporter",
        "reporter_text",
        "basis",
        "as_of_source",
        "source",
        "quote",
        "rule",
    ):
        claims[col] = claims[col].astype("string")
    claims["historical"] = claims["historical"].astype(bool)
    return claims


def _points_from(frame: pd.DataFrame, rows: np.ndarray) -> pd.DataFrame:
    """Series points (floats for arithmetic) from the merged claims ``rows`` of ``frame``."""

    def floats(name: str) -> np.ndarray:
        column = frame[name].take(rows).astype("Float64")
        return np.asarray(column.to_numpy(dtype=float, na_value=np.nan))

    def values(name: str) -> np.ndarray:
        return np.asarray(frame[name].take(rows).to_numpy())

    def text(name: str) -> pd.Series:
        # the "str" dtype a frame gives an object column of strings, without the objects
        return frame[name].take(rows).reset_index(drop=True).astype(_STR)

    value, low, high = floats("value"), floats("low"), floats("high")
    best = np.clip(
        value, np.where(np.isnan(low), -np.inf, low), np.where(np.isnan(high), np.inf, high)
    )
    pts = pd.DataFrame(
        {
            "_rep": text("_rep"),
            "_side": text("_side"),
            "status": text("status"),
            "outcome": text("outcome"),
            "_since": values("_since"),
            "day": values("_hi"),
            "low": low,
            "best": best,
            "high": high,
            "_lo": values("_lo"),
            "derived": False,
            "citations": values("citations"),
            "claim_ids": list(zip(frame["claim_id"].take(rows).tolist())),
        }
    )
    return pts


def _with_sources(points: pd.DataFrame) -> pd.DataFrame:
    """Points with ``_source_set``, the documents their citations come from."""
    sets = [frozenset(c.rsplit(":", 1)[0] for c in cs) for cs in points["citations"]]
    return points.assign(_source_set=pd.Series(sets, index=points.index, dtype="object"))


def _series(
    merged: pd.DataFrame, start: int | None, end: int | None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    if "claim_id" not in merged.columns:
        merged["claim_id"] = _claim_ids(merged)
    inc_mask = (merged["basis"] == "incremental").to_numpy()
    bounded = (merged["_hi"] < _OPEN_HI).to_numpy()
    cum = _points_from(merged, np.flatnonzero(~inc_mask & bounded))
    inc = _points_from(merged, np.flatnonzero(inc_mask & bounded))
    findings: list[dict[str, Any]] = []
    derived: list[pd.DataFrame] = []

    if not inc.empty:
        # incremental reports count for their as_of day; a loose one (dated only by its
        # publication) is used only beside a cumulative figure from the same document
        dated = np.array(inc["_lo"] == inc["day"], dtype=bool)
        if not cum.empty and not dated.all():
            loose = _with_sources(inc[~dated].reset_index()).explode("_source_set")
            # only cumulative points of a loose one's reporter, measure and day can match
            near = cum[[*_RKEY, "day", "citations"]].merge(
                loose[[*_RKEY, "day"]].drop_duplicates(), on=[*_RKEY, "day"]
            )
            cands = (
                _with_sources(near)[[*_RKEY, "day", "_source_set"]]
                .explode("_source_set")
                .drop_duplicates()
            )
            hit = loose.merge(cands, on=[*_RKEY, "day", "_source_set"])["index"].unique()
            dated[hit] = True
        usable = inc[dated]
        daily = _sum_by(usable, [*_RKEY, "day"])

        if not cum.empty and not daily.empty:
            j = cum.merge(daily, on=[*_RKEY, "day"], suffixes=("", "_inc"))
            j["_pday"] = j["day"] - 1
            prev = cum[[*_SKEY, "day", "low", "best", "high", "claim_ids"]].rename(
                columns={
                    "day": "_pday",
                    "low": "low_p",
                    "best": "best_p",
                    "high": "high_p",
                    "claim_ids": "claim_ids_p",
                }
            )
            j = j.merge(prev, on=[*_SKEY, "_pday"], how="left")
            has_prev = j["claim_ids_p"].notna().to_numpy()
            check = j[has_prev]
            if not check.empty:
                s_lo = check["low_p"].fillna(0) + check["low_inc"].fillna(0)
                s_hi = check["high_p"] + check["high_inc"]
                bad = (s_lo > check["high"].fillna(np.inf)) | (
                    s_hi.fillna(np.inf) < check["low"].fillna(0)
                )
                for r in _records(check[bad.to_numpy()]):
                    findings.append(_mismatch(r))
            new = j[~has_prev]
            if not new.empty:
                d = new[[*_SKEY]].copy()
                d["day"] = new["_pday"].to_numpy()
                d["best"] = (new["best"] - new["best_inc"]).to_numpy()
                d["low"] = (new["low"] - new["high_inc"]).clip(lower=0).to_numpy()
                d["high"] = (new["high"] - new["low_inc"].fillna(0)).to_numpy()
                negative = (d["best"] < 0).to_numpy() | (d["high"] < 0).to_numpy()
                for r in _records(new[negative]):
                    findings.append(_mismatch(r, negative=True))
                d["_lo"] = d["day"]
                d["derived"] = True
                d["citations"] = [
                    tuple(sorted(a + b))
                    for a, b in zip(new["citations"], new["citations_inc"], strict=True)
                ]
                d["claim_ids"] = [
                    tuple(sorted(a + b))
                    for a, b in zip(new["claim_ids"], new["claim_ids_inc"], strict=True)
                ]
                d = d[~negative]
                derived.append(d.drop_duplicates([*_SKEY, "day", "low", "best", "high"]))

        # incremental-only sources: a running sum within the window
        has_cum = cum[_RKEY].drop_duplicates().assign(_has=True)
        only = inc.merge(has_cum, on=_RKEY, how="left")
        only = only[only["_has"].isna().to_numpy()]
        if start is not None:
            only = only[(only["day"] >= start).to_numpy()]
        if end is not None:
            only = only[(only["day"] <= end).to_numpy()]
        if not only.empty:
            per_day = (
                _sum_by(only.drop(columns="_has"), [*_RKEY, "day"])
                .sort_values([*_RKEY, "day"], kind="stable")
                .reset_index(drop=True)
            )
            g = per_day.groupby(_RKEY, sort=False)
            s = per_day[_RKEY].copy()
            s["_since"] = start if start is not None else _NAT
            s["day"] = per_day["day"]
            s["_lo"] = per_day["day"]
            s["low"] = per_day["low_inc"].fillna(0).groupby(g.ngroup()).cumsum()
            s["best"] = g["best_inc"].cumsum(skipna=False)
            s["high"] = g["high_inc"].cumsum(skipna=False)
            s["derived"] = True
            gid = g.ngroup().to_numpy()
            cits: list[tuple[str, ...]] = []
            ids: list[tuple[str, ...]] = []
            run_c: list[str] = []
            run_i: list[str] = []
            prev_g = -1
            for gi, c, i in zip(
                gid.tolist(), per_day["citations_inc"], per_day["claim_ids_inc"], strict=True
            ):
                if gi != prev_g:
                    run_c, run_i, prev_g = [], [], gi
                run_c.extend(c)
                run_i.extend(i)
                cits.append(tuple(sorted(run_c)))
                ids.append(tuple(sorted(run_i)))
            s["citations"] = pd.Series(cits, dtype="object")
            s["claim_ids"] = pd.Series(ids, dtype="object")
            derived.append(s)

    parts = [cum, *derived]
    series = pd.concat([p for p in parts if not p.empty] or [parts[0]], ignore_index=True)
    series["derived"] = series["derived"].astype(bool)
    series["reporter"] = series["_rep"].replace("", pd.NA).astype("string")
    series["side"] = series["_side"].replace("", pd.NA).astype("string")
    series["status"] = series["status"].astype("string")
    series["outcome"] = series["outcome"].astype("string")
    series["since"] = _to_dates(series["_since"].to_numpy())
    series["as_of"] = _to_dates(series["day"].to_numpy())
    lo_days = series["_lo"].to_numpy(dtype=np.int64)
    series["as_of_earliest"] = _to_dates(
        np.where(
            (lo_days < series["day"].to_numpy())
            & (lo_days > _OPEN_LO)
            & ((start is None) or (lo_days != (start or 0))),
            lo_days,
            _NAT,
        )
    )
    series["fig"] = series["best"].fillna(series["low"]).fillna(series["high"])
    series["_ids_key"] = pd.Series(
        [",".join(t) for t in series["claim_ids"].tolist()], index=series.index, dtype="object"
    )
    # the order of the keys as text, ranked once for every sort on them
    series["_ids_rank"] = _npg.text_codes(series["_ids_key"].to_numpy(dtype=object), many=True)[0]
    return series, _findings(findings)


def _sum_by(points: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Per-``by`` sums of incremental points: open low counts as 0, open high stays open."""
    if points.empty:
        return pd.DataFrame(
            columns=[*by, "low_inc", "best_inc", "high_inc", "citations_inc", "claim_ids_inc"]
        )
    filled = points.assign(
        low=points["low"].fillna(0), _best_na=points["best"].isna(), _high_na=points["high"].isna()
    )
    g = filled.groupby(by, sort=True)
    out = g.agg(
        low_inc=("low", "sum"),
        best_inc=("best", "sum"),
        high_inc=("high", "sum"),
        _best_na=("_best_na", "any"),
        _high_na=("_high_na", "any"),
    ).reset_index()
    out.loc[out["_best_na"].to_numpy(), "best_inc"] = np.nan
    out.loc[out["_high_na"].to_numpy(), "high_inc"] = np.nan
    out = out.drop(columns=["_best_na", "_high_na"])
    gid = g.ngroup().to_numpy()
    cits = _concat_by(gid, points["citations"].tolist())
    ids = _concat_by(gid, points["claim_ids"].tolist())
    out["citations_inc"] = pd.Series([cits[i] for i in range(len(out))], dtype="object")
    out["claim_ids_inc"] = pd.Series([ids[i] for i in range(len(out))], dtype="object")
    return out


def _records(frame: pd.DataFrame) -> list[SimpleNamespace]:
    """Rows as attribute bags (``itertuples`` renames columns that start with "_")."""
    return [
        SimpleNamespace(**{str(k): v for k, v in row.items()}) for row in frame.to_dict("records")
    ]


def _date_of(day: int) -> dt.date:
    return dt.date(1970, 1, 1) + dt.timedelta(days=int(day))


def _mismatch(r: Any, *, negative: bool = False) -> dict[str, Any]:
    now = _fmt(r.low, r.best, r.high)
    inc = _fmt(r.low_inc, r.best_inc, r.high_inc)
    if negative:
        detail = (
            f"an increment of {inc} on {_date_of(r.day)} is larger than the total {now} that day"
        )
        ids = tuple(sorted(r.claim_ids + r.claim_ids_inc))
    else:
        was = _fmt(r.low_p, r.best_p, r.high_p)
        total = (
            _fmt_count(r.best_p + r.best_inc)
            if not (np.isnan(r.best_p) or np.isnan(r.best_inc))
            else "?"
        )
        detail = (
            f"{was} on {_date_of(r.day - 1)} + {inc} on {_date_of(r.day)} = {total} "
            f"≠ {now} on {_date_of(r.day)}"
        )
        ids = tuple(sorted(r.claim_ids + r.claim_ids_inc + r.claim_ids_p))
    return {
        "kind": "increment_mismatch",
        "reporter": r._rep or None,
        "side": r._side or None,
        "status": r.status,
        "outcome": r.outcome,
        "as_of": _date_of(r.day),
        "detail": detail,
        "claim_ids": ids,
    }


def _who(rep: str) -> str:
    return rep or "unattributed"


def _decreases(series: pd.DataFrame) -> pd.DataFrame:
    """A point whose high lies below the previous day's highest low in its series."""
    # (the columns used, before the rows are taken)
    pts = series[[*_SKEY, "day", "low", "best", "high", "claim_ids"]][~series["derived"].to_numpy()]
    if pts.empty:
        return _empty_findings()
    # per series and day (runs of a sort on integer codes): the highest low and best, and
    # those of the series' day before
    key = _npg.compose(
        [
            _npg.text_codes(pts["_rep"]),
            _npg.text_codes(pts["_side"]),
            _npg.text_codes(pts["status"]),
            _npg.text_codes(pts["outcome"]),
            pts["_since"].to_numpy(dtype=np.int64),
        ]
    )
    day = pts["day"].to_numpy(dtype=np.int64)
    order = _npg.lex_order([key], day)  # (np.lexsort((day, key)))
    key_s, day_s = key[order], day[order]
    new = np.ones(len(order), dtype=bool)
    new[1:] = (key_s[1:] != key_s[:-1]) | (day_s[1:] != day_s[:-1])
    starts = np.flatnonzero(new)
    day_low = _npg.seg_max(pts["low"].to_numpy(dtype=float)[order], starts)
    day_best = _npg.seg_max(pts["best"].to_numpy(dtype=float)[order], starts)
    cell_day = day_s[starts].astype(float)
    same = np.zeros(len(starts), dtype=bool)
    same[1:] = key_s[starts][1:] == key_s[starts][:-1]
    prev_low = np.where(same, np.roll(day_low, 1), np.nan)
    prev_best = np.where(same, np.roll(day_best, 1), np.nan)
    prev_day = np.where(same, np.roll(cell_day, 1), np.nan)
    cell = np.empty(len(order), dtype=np.int64)
    cell[order] = _npg.seg_ids(starts, len(order))
    with np.errstate(invalid="ignore"):
        is_bad = pts["high"].to_numpy(dtype=float) < prev_low[cell]
    at = np.flatnonzero(is_bad)
    if not len(at):
        return _findings([])
    reps = pts["_rep"].take(at).to_numpy(dtype=object)
    sides = pts["_side"].take(at).to_numpy(dtype=object)
    outcomes = pts["outcome"].take(at).to_numpy(dtype=object)
    p_best, p_low = prev_best[cell[at]], prev_low[cell[at]]
    bad_days = day[at]
    detail = _join(
        _who_many(reps),
        "'s cumulative ",
        _text_array(outcomes),
        " fell from ",
        _count_text(np.where(np.isnan(p_best), p_low, p_best)),
        " on ",
        _date_text(prev_day[cell[at]].astype(np.int64)),
        " to ",
        _fmt_many(*(pts[c].to_numpy(dtype=float)[at] for c in ("low", "best", "high"))),
        " on ",
        _date_text(bad_days),
    )
    return _findings_frame(
        "decrease",
        _none_if_blank(reps),
        _none_if_blank(sides),
        pts["status"].take(at).to_numpy(dtype=object),
        outcomes,
        bad_days,
        detail,
        pts["claim_ids"].to_numpy(dtype=object)[at].tolist(),
    )


def _conflicts(series: pd.DataFrame) -> pd.DataFrame:
    """Two different figures from one (attributed) reporter for one day and baseline."""
    at = np.flatnonzero(~series["derived"].to_numpy() & (series["_rep"] != "").to_numpy())
    if not len(at):
        return _empty_findings()
    since, day = (series[c].to_numpy(dtype=np.int64)[at] for c in ("_since", "day"))
    figures = [series[c].to_numpy(dtype=float)[at] for c in ("low", "best", "high")]
    # groups (reporter, side, status, outcome, since, day) in sorted order, and within
    # them the distinct figures (NaN equal to NaN)
    texts = ("_rep", "_side", "status", "outcome")
    codes = [(c[at], k) for c, k in (_npg.text_codes(series[name]) for name in texts)]
    group = _npg.compose([*codes, since, day])
    figure = _npg.compose([group, *(np.nan_to_num(f, nan=-1.0) for f in figures)])
    order = np.argsort(figure, kind="stable")
    g_sorted, f_sorted = group[order], figure[order]
    starts = _npg.run_starts(g_sorted)
    new_figure = np.ones(len(order), dtype=bool)
    new_figure[1:] = f_sorted[1:] != f_sorted[:-1]
    many = np.flatnonzero(np.add.reduceat(new_figure, starts) > 1)
    if not len(many):
        return _empty_findings()
    bounds = np.append(starts, len(order))
    firsts = at[order[starts[many]]]
    rep, side, status, outcome = (series[c].take(firsts).tolist() for c in texts)
    ids = series["claim_ids"].to_numpy(dtype=object)[at]
    rows = []
    for i, g in enumerate(many.tolist()):
        members = order[bounds[g] : bounds[g + 1]]
        lows, bests, highs = (f[members].tolist() for f in figures)
        figs = sorted({_fmt(*f) for f in zip(lows, bests, highs, strict=True)})
        when = _date_of(day[members[0]])
        rows.append(
            {
                "kind": "conflicting_figures",
                "reporter": rep[i],
                "side": side[i] or None,
                "status": status[i],
                "outcome": outcome[i],
                "as_of": when,
                "detail": (
                    f"{_who(rep[i])} gave {' and '.join(figs)} {outcome[i]} "
                    f"({status[i]}) for {when}"
                ),
                "claim_ids": tuple(sorted(itertools.chain.from_iterable(ids[members]))),
            }
        )
    return _findings(rows)


def _outliers(series: pd.DataFrame) -> pd.DataFrame:
    """A figure far above (or, against two peers or more, far below) what every other
    reporter said for the same side and outcome in a comparable status (the same, or
    unspecified on either part), each peer by its latest figure of the last
    :data:`PEER_DAYS` days."""
    fig = series["fig"].to_numpy(dtype=float)
    with np.errstate(invalid="ignore"):
        chosen = ~series["derived"].to_numpy() & (fig > 0)  # (NaN is not > 0)
    pts = series[[*_RKEY, "day", "fig", "low", "best", "high", "claim_ids"]][chosen]
    if pts.empty:
        return _findings([])
    # cells: each reporter's highest figure per (side, outcome) group, status and day; a
    # cell stands for its column (group, reporter, status) from its day until the column's
    # next cell, for at most PEER_DAYS days
    group = _npg.dense(
        _npg.compose([_npg.text_codes(pts["_side"]), _npg.text_codes(pts["outcome"])])
    )[0]
    rep_c, _ = _npg.text_codes(pts["_rep"])
    stat_c, _ = _npg.text_codes(pts["status"])
    vague = _code_of(pts["status"], "unspecified")
    days = pts["day"].to_numpy(dtype=np.int64)
    figs = pts["fig"].to_numpy(dtype=float)
    d0 = int(days.min())
    span = int(days.max()) - d0 + 1
    cell_key = _npg.compose([group, rep_c, stat_c, days - d0])
    order = np.argsort(cell_key, kind="stable")
    starts = _npg.run_starts(cell_key[order])
    first = order[starts]
    c_val = np.maximum.reduceat(figs[order], starts)
    c_group, c_rep, c_stat, c_day = group[first], rep_c[first], stat_c[first], days[first]
    column = _npg.compose([c_group, c_rep, c_stat])
    c_until = np.minimum(c_day + PEER_DAYS, np.append(c_day[1:] - 1, 0))
    last_of_column = np.append(column[1:] != column[:-1], True)
    c_until[last_of_column] = c_day[last_of_column] + PEER_DAYS
    # cells by (group, day): each point's window is the cells of its group of the last
    # PEER_DAYS days
    win_key = c_group * (span + PEER_DAYS + 1) + (c_day - d0 + PEER_DAYS)
    by_win = np.argsort(win_key, kind="stable")
    win_sorted = win_key[by_win]
    p_key = group * (span + PEER_DAYS + 1) + (days - d0 + PEER_DAYS)
    lo = np.searchsorted(win_sorted, p_key - PEER_DAYS, side="left")
    hi = np.searchsorted(win_sorted, p_key, side="right")
    n_rep = int(rep_c.max()) + 1
    # the cells' columns in window order: a pair's cell is read where the window lies
    w_until, w_rep, w_stat, w_val = (a[by_win] for a in (c_until, c_rep, c_stat, c_val))

    def pairs(points: np.ndarray) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """(point, cell) pairs, in order of point, of each point and its peers' cells (the
        cells as positions in window order)."""
        size = hi[points] - lo[points]
        ends = np.cumsum(size)
        # chunks of about 2**18 pairs: their arrays (2 MB each) stay in the cache and in
        # the allocator's reach; larger ones are faulted in from the system every time
        cut = np.searchsorted(ends, np.arange(1, int(ends[-1]) // 2**18 + 1) * 2**18)
        for a, b in itertools.pairwise(sorted({0, *cut.tolist(), len(points)})):
            sz = size[a:b]
            at = points[a:b]
            p = np.repeat(at, sz)
            w = np.arange(len(p)) + np.repeat(lo[at] - (np.cumsum(sz) - sz), sz)
            ps, ws = np.repeat(stat_c[at], sz), w_stat[w]
            keep = (w_until[w] >= np.repeat(days[at], sz)) & (w_rep[w] != np.repeat(rep_c[at], sz))
            keep &= (ws == ps) | (ws == vague) | (ps == vague)
            yield p[keep], w[keep]

    # the highest peer figure needs no grouping by reporter; the lowest reporter's figure
    # (the highest of its compatible statuses) is needed only where a figure is low enough.
    # Every pair of a point comes in one chunk: its peak is known by the end of the chunk,
    # and so whether its peers are needed one by one
    n = len(pts)
    peak = np.full(n, -np.inf)
    count = np.zeros(n, dtype=np.int64)
    floor = np.full(n, np.inf)
    peer_p: list[np.ndarray] = [np.zeros(0, dtype=np.int64)]
    peer_rep: list[np.ndarray] = [np.zeros(0, dtype=np.int64)]
    peer_val: list[np.ndarray] = [np.zeros(0)]
    for p, w in pairs(np.arange(n)):
        if not len(p):
            continue
        s = _npg.run_starts(p)
        peak[p[s]] = np.maximum.reduceat(w_val[w], s)
        pk, fp = peak[p], figs[p]
        maybe = (np.isfinite(pk) & (fp >= OUTLIER_RATIO * pk)) | (fp * OUTLIER_RATIO <= pk)
        p, w = p[maybe], w[maybe]
        if not len(p):
            continue
        pr = p * n_rep + w_rep[w]
        by_peer = np.argsort(pr, kind="stable")
        pr, w = pr[by_peer], w[by_peer]
        s = _npg.run_starts(pr)
        val = np.maximum.reduceat(w_val[w], s)
        pp, prep = pr[s] // n_rep, pr[s] % n_rep
        ps = _npg.run_starts(pp)
        who = pp[ps]
        count[who] = np.diff(np.append(ps, len(pp)))
        floor[who] = np.minimum.reduceat(val, ps)
        # only flagged points name their peers
        flag = np.zeros(n, dtype=bool)
        flag[who] = (
            np.isfinite(peak[who]) & (figs[who] >= OUTLIER_RATIO * peak[who]) & (count[who] > 0)
        ) | ((count[who] > 1) & (figs[who] * OUTLIER_RATIO <= floor[who]))
        named = flag[pp]
        peer_p.append(pp[named])
        peer_rep.append(prep[named])
        peer_val.append(val[named])
    high = np.isfinite(peak) & (figs >= OUTLIER_RATIO * peak) & (count > 0)
    low = (count > 1) & (figs * OUTLIER_RATIO <= floor)
    flagged = np.flatnonzero(high | low)
    if not len(flagged):
        return _findings([])
    flagged = flagged[np.lexsort((flagged, stat_c[flagged], group[flagged]))]
    all_p = np.concatenate(peer_p)
    all_rep = np.concatenate(peer_rep)
    all_val = np.concatenate(peer_val)
    at = np.searchsorted(all_p, flagged, side="left")
    to = np.searchsorted(all_p, flagged, side="right")
    # each reporter's name, from one of its points
    one = np.unique(rep_c, return_index=True)[1]
    names = np.empty(int(rep_c.max()) + 1, dtype=object)
    names[rep_c[one]] = pts["_rep"].take(one).to_numpy(dtype=object)
    # the flagged points' cells only, as Python objects
    cells = {
        c: pts[c].take(flagged).to_numpy(dtype=object)
        for c in ("_rep", "_side", "outcome", "status", "low", "best", "high", "claim_ids")
    }
    rows: list[dict[str, Any]] = []
    for j, (i, a, b) in enumerate(zip(flagged.tolist(), at.tolist(), to.tolist(), strict=True)):
        rep = cells["_rep"][j]
        peers_text = ", ".join(
            f"{_who(r)} {round(v):,}"
            for r, v in zip(names[all_rep[a:b]].tolist(), all_val[a:b].tolist(), strict=True)
        )
        ratio = figs[i] / (peak[i] if high[i] else floor[i])
        which = "highest" if high[i] else "lowest"
        when = _date_of(days[i])
        outcome, status = cells["outcome"][j], cells["status"][j]
        rows.append(
            {
                "kind": "outlier",
                "reporter": rep or None,
                "side": cells["_side"][j] or None,
                "status": status,
                "outcome": outcome,
                "as_of": when,
                "detail": (
                    f"{_who(rep)}'s "
                    f"{_fmt(cells['low'][j], cells['best'][j], cells['high'][j])} "
                    f"{outcome} ({status}) is {ratio:.1f}× the {which} figure of its "
                    f"peers by {when} ({peers_text})"
                ),
                "claim_ids": cells["claim_ids"][j],
            }
        )
    return _findings(rows)


def _findings_frame(
    kind: str,
    reporter: Sequence[Any] | np.ndarray,
    side: Sequence[Any] | np.ndarray,
    status: Sequence[str] | np.ndarray,
    outcome: Sequence[str] | np.ndarray,
    days: np.ndarray,
    detail: Sequence[str] | np.ndarray | pa.Array,
    claim_ids: Sequence[tuple[str, ...]],
) -> pd.DataFrame:
    """The frame :func:`_findings` makes of these rows, built column-wise."""
    if not len(detail):
        return _empty_findings()

    def text(values: Sequence[Any] | np.ndarray | pa.Array) -> pd.Series:
        if not isinstance(values, pa.Array):
            values = pa.array(values, type=pa.large_string())
        return pd.Series(pd.array(values, dtype="string"))

    as_of = np.asarray(days, dtype=np.int64).astype("datetime64[D]").astype("datetime64[s]")
    return pd.DataFrame(
        {
            "kind": text([kind] * len(detail)),
            "reporter": text(reporter),
            "side": text(side),
            "status": text(status),
            "outcome": text(outcome),
            "as_of": pd.Series(as_of, dtype="datetime64[s]"),
            "detail": text(detail),
            "claim_ids": pd.Series(list(claim_ids), dtype="object"),
        }
    )


def _confusable_codes(a: np.ndarray, b: np.ndarray, vague: int) -> np.ndarray:
    return np.asarray((a == b) | (a == vague) | (b == vague), dtype=bool)


def _code_of(column: pd.Series, value: str) -> int:
    """The :func:`_npgroup.text_codes` code ``value`` has in ``column`` (-1 if absent)."""
    distinct = sorted(set(column.unique().tolist()))
    return distinct.index(value) if value in distinct else -1


def _measures(series: pd.DataFrame) -> pd.DataFrame:
    """Figures for one side and day, from different reporters, in measures a reader could
    wrongly compare: killed vs casualties, military or civilian vs unspecified. One finding
    per pair of measures and day, naming one figure of each."""
    pts = series[[*_RKEY, "day", "low", "best", "high", "claim_ids", "_ids_key", "_ids_rank"]][
        ~series["derived"].to_numpy() & (series["_side"] != "").to_numpy()
    ]
    if pts.empty:
        return _empty_findings()
    # sorted by side, day, status, outcome, reporter, claim ids; the first point of each
    # measure (side, day, status, outcome) stands for it
    side_c = _npg.text_codes(pts["_side"])
    stat_c = _npg.text_codes(pts["status"])
    out_c = _npg.text_codes(pts["outcome"])
    rep_c = _npg.text_codes(pts["_rep"])
    ids_c = pts["_ids_rank"].to_numpy(dtype=np.int64)
    day_all = pts["day"].to_numpy(dtype=np.int64)
    order = _npg.lex_order([side_c, day_all, stat_c, out_c, rep_c], ids_c)
    measure = _npg.compose([side_c, day_all, stat_c, out_c])[order]
    starts = _npg.run_starts(measure)
    rep_sorted = rep_c[0][order]
    other_rep = np.ones(len(order), dtype=bool)
    other_rep[1:] = (measure[1:] != measure[:-1]) | (rep_sorted[1:] != rep_sorted[:-1])
    n_reps = np.add.reduceat(other_rep, starts)
    first = order[starts]
    sides = pts["_side"].take(first).to_numpy(dtype=object)
    days = day_all[first]
    statuses = pts["status"].take(first).to_numpy(dtype=object)
    outcomes = pts["outcome"].take(first).to_numpy(dtype=object)
    reps = pts["_rep"].take(first).to_numpy(dtype=object)
    # every ordered pair of measures of one side and day, in the order of a self-merge
    block = _npg.compose([side_c[0][first], days])
    bstarts = _npg.run_starts(block)
    bsize = np.diff(np.append(bstarts, len(first)))
    per_row = np.repeat(bsize, bsize)
    a = np.repeat(np.arange(len(first)), per_row)
    offset = np.arange(len(a)) - np.repeat(np.cumsum(per_row) - per_row, per_row)
    b = np.repeat(np.repeat(bstarts, bsize), per_row) + offset
    # the order of the measures' labels (status and outcome joined), one per distinct pair
    pair_c = _npg.compose([(stat_c[0][first], stat_c[1]), (out_c[0][first], out_c[1])])
    _, one, pair_at = np.unique(pair_c, return_index=True, return_inverse=True)
    labels = np.array([statuses[i] + outcomes[i] for i in one.tolist()], dtype=object)
    label_c = _npg.text_codes(labels)[0][pair_at.reshape(-1)]
    keep = label_c[a] < label_c[b]
    rep_f = rep_c[0][first]
    keep &= (rep_f[a] != rep_f[b]) | (n_reps[a] > 1) | (n_reps[b] > 1)
    a, b = a[keep], b[keep]
    stat_f, out_f = stat_c[0][first], out_c[0][first]
    ok = _confusable_codes(stat_f[a], stat_f[b], _code_of(pts["status"], "unspecified"))
    ok &= _confusable_codes(out_f[a], out_f[b], _code_of(pts["outcome"], "casualties"))
    a, b = a[ok], b[ok]
    if not len(a):
        return _empty_findings()
    mark = np.zeros(len(first), dtype=bool)
    mark[a] = mark[b] = True
    used = np.flatnonzero(mark)
    at = first[used]
    said = _join(
        _who_many(reps[used]),
        "'s ",
        _fmt_many(*(pts[c].to_numpy(dtype=float)[at] for c in ("low", "best", "high"))),
        " ",
        _text_array(outcomes[used]),
        " (",
        _text_array(statuses[used]),
        ")",
    )
    ua, ub = np.searchsorted(used, a), np.searchsorted(used, b)
    detail = _join(
        said.take(ua),
        " and ",
        said.take(ub),
        " for ",
        _text_array(sides[a]),
        " on ",
        _date_text(days[a]),
        " count different things; do not compare them",
    )
    ids = pts["claim_ids"].to_numpy(dtype=object)[first]
    keys = pts["_ids_key"].to_numpy(dtype=object)[first]
    return _findings_frame(
        "different_measures",
        _none_if_blank(reps[a]),
        sides[a],
        statuses[a],
        outcomes[a],
        days[a],
        detail,
        _joined_ids(ids, keys, a, b),
    )


def _text_array(values: Sequence[Any] | np.ndarray) -> pa.Array:
    return pa.array(values, type=pa.large_string())


def _join(*parts: pa.Array | str) -> pa.Array:
    """The parts (text arrays of one length, or strings) joined, row by row."""
    return pc.binary_join_element_wise(
        *(pa.scalar(p, pa.large_string()) if isinstance(p, str) else p for p in parts),
        pa.scalar("", pa.large_string()),
    )


def _count_text(values: np.ndarray) -> pa.Array:
    """:func:`_fmt_count` of each value ("" when not finite), formatted once per value."""
    known = np.isfinite(values)
    distinct, at = np.unique(values[known], return_inverse=True)
    text = _text_array([_fmt_count(v) for v in distinct.tolist()] + [""])
    index = np.full(len(values), len(distinct), dtype=np.int64)
    index[known] = at.reshape(-1)
    return text.take(index)


def _fmt_many(low: np.ndarray, best: np.ndarray, high: np.ndarray) -> pa.Array:
    """:func:`_fmt` of each (low, best, high)."""
    has_lo, has_hi, has_best = ~np.isnan(low), ~np.isnan(high), ~np.isnan(best)
    lo_t, best_t, hi_t = _count_text(low), _count_text(best), _count_text(high)
    when = pc.if_else
    span = when(
        pa.array(has_lo & has_hi),
        _join(lo_t, "–", hi_t),
        when(
            pa.array(has_lo),
            _join("≥", lo_t),
            when(pa.array(has_hi), _join("≤", hi_t), pa.scalar("?", pa.large_string())),
        ),
    )
    with_best = when(pa.array(has_best), _join(best_t, " (", span, ")"), span)
    with np.errstate(invalid="ignore"):
        point = has_lo & has_hi & (low == high)
    return when(pa.array(point), lo_t, with_best)


def _none_if_blank(values: np.ndarray) -> np.ndarray:
    """Text with None for "" (``value or None``), as an object array."""
    out = np.array(values, dtype=object)
    out[out == ""] = None
    return out


def _who_many(reps: np.ndarray) -> pa.Array:
    """:func:`_who` of each reporter."""
    return _text_array(np.where(reps == "", "unattributed", reps))


def _date_text(days: np.ndarray) -> pa.Array:
    """Each day (days since 1970-01-01) as an ISO date, formatted once per distinct day."""
    distinct, at = np.unique(np.asarray(days, dtype=np.int64), return_inverse=True)
    return _text_array([str(_date_of(d)) for d in distinct.tolist()]).take(at.reshape(-1))


def _joined_ids(
    ids: np.ndarray, keys: np.ndarray, a: np.ndarray, b: np.ndarray
) -> list[tuple[str, ...]]:
    """``tuple(sorted(ids[i] + ids[k]))`` for each pair (i, k) of ``a`` and ``b``;
    ``keys`` are the ids joined with ",", which is the id itself for a single id."""
    if max(map(len, ids.tolist()), default=1) == 1:
        first, second = keys[a], keys[b]
        swap = np.asarray(second < first, dtype=bool)
        lo = np.where(swap, second, first).tolist()
        hi = np.where(swap, first, second).tolist()
        return list(zip(lo, hi, strict=True))
    xs, ys = ids[a].tolist(), ids[b].tolist()
    return [tuple(sorted(x + y)) for x, y in zip(xs, ys, strict=True)]


def _consensus(series: pd.DataFrame, rule: str, order: tuple[str, ...]) -> pd.DataFrame:
    pts = series[series["fig"].notna().to_numpy()].copy()
    rank: Mapping[str, int] = {r: i for i, r in enumerate(order)}
    rep_codes, rep_names = pd.factorize(pts["_rep"])
    ranks = [rank.get(r, len(order)) if r else len(order) + 1 for r in rep_names.tolist()]
    pts["rank"] = np.asarray(ranks, dtype=np.int64)[rep_codes] if len(pts) else 0
    if pts.empty:
        out = pd.DataFrame(columns=[*_GROUP, "low", "best", "high", "sources"])
    else:
        out = RULES[rule](pts).reset_index(drop=True)
    frame = pd.DataFrame(
        {
            "side": out["side"].replace("", pd.NA).astype("string")
            if len(out)
            else pd.Series(dtype="string"),
            "status": out["status"].astype("string"),
            "outcome": out["outcome"].astype("string"),
            "as_of": _to_dates(out["day"].to_numpy(dtype=np.int64)),
            "low": pd.to_numeric(out["low"]).round().astype("Int64"),
            "best": pd.to_numeric(out["best"]).round().astype("Int64"),
            "high": pd.to_numeric(out["high"]).round().astype("Int64"),
            "sources": pd.Series(list(out["sources"]), dtype="object"),
            "since": _to_dates(out["_since"].to_numpy(dtype=np.int64)),
        }
    )
    if not len(frame):
        return frame.reset_index(drop=True)
    # missing sides and dates first: "" and NaT (the least int64) sort first
    sorted_at = _npg.lex_order(
        [
            _npg.text_codes(frame["side"].fillna("")),
            _npg.text_codes(frame["status"]),
            _npg.text_codes(frame["outcome"]),
            frame["since"].to_numpy().view(np.int64),
        ],
        frame["as_of"].to_numpy().view(np.int64),
    )
    return frame.take(sorted_at).reset_index(drop=True)
