"""Numpy helpers for :mod:`casualties.reconcile`: sort keys, segments, hashes.

Everything here works on whole columns at once; a "segment" is a run of equal keys in a
sorted array, given by the positions where runs start.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

_HASH_KEY = "0123456789123456"  # pandas' default hash key


def dense(values: Any) -> tuple[np.ndarray, int]:
    """Codes 0..k-1 in the sort order of ``values`` (numbers; no NaN), and k."""
    arr = np.asarray(values)
    if arr.dtype == bool:
        return arr.astype(np.int64), 2
    codes, uniques = pd.factorize(arr, sort=True)
    return np.asarray(codes, dtype=np.int64), len(uniques)


def text_codes(values: Any, *, many: bool = False) -> tuple[np.ndarray, int]:
    """Codes 0..k-1 of strings (no missing values) in code point order, and k. With
    ``many`` (most values distinct), arrow ranks them directly."""
    if many:
        if len(values) == 0:
            return np.zeros(0, dtype=np.int64), 0
        rank = pc.rank(pa.array(values, type=pa.large_string()), tiebreaker="dense")
        codes = np.asarray(rank, dtype=np.int64) - 1
        return codes, int(codes.max()) + 1
    codes, uniques = pd.factorize(values)
    k = len(uniques)
    if k == 0:
        return np.zeros(len(codes), dtype=np.int64), 0
    if k <= 5000:
        order = np.argsort(np.asarray(uniques, dtype=object), kind="stable")
    else:  # code point order is UTF-8 byte order, which arrow sorts by
        order = np.asarray(pc.array_sort_indices(pa.array(np.asarray(uniques, dtype=object))))
    rank = np.empty(k, dtype=np.int64)
    rank[order] = np.arange(k, dtype=np.int64)
    return rank[codes], k


def _ordered(values: Any) -> tuple[np.ndarray, int]:
    """Codes 0..k-1 in the order of ``values`` (numbers; no NaN), equal for equal values
    but not always dense, and k: whole numbers in a narrow range are their offsets from
    the least (no hashing), the rest :func:`dense`."""
    arr = np.asarray(values)
    if arr.dtype.kind == "i" and len(arr):
        least, most = int(arr.min()), int(arr.max())
        if most - least < 2 * len(arr):
            return arr.astype(np.int64) - least, most - least + 1
    return dense(arr)


def compose(columns: Sequence[Any]) -> np.ndarray:
    """One int64 key whose order is the lexicographic order of ``columns`` (each numbers,
    booleans, or a (codes, k) pair from :func:`text_codes`); equal rows, equal keys."""
    key: np.ndarray | None = None
    top = 1
    for col in columns:
        codes, k = col if isinstance(col, tuple) else _ordered(col)
        k = max(k, 1)
        if key is None:
            key, top = codes.astype(np.int64), k
            continue
        if top * k >= 2**62:
            key, top = dense(key)
            top = max(top, 1)
        key = key * k + codes
        top *= k
    if key is None:
        raise ValueError("compose needs at least one column")
    return key


def lex_order(columns: Sequence[Any], tiebreak: np.ndarray) -> np.ndarray:
    """``np.lexsort((tiebreak, *reversed(columns)))``: one stable sort of their
    :func:`compose` key, then ``tiebreak`` only among rows equal in every column."""
    key = compose(columns)
    order = np.argsort(key, kind="stable")
    ranked = key[order]
    tie = ranked[1:] == ranked[:-1]
    if tie.any():  # runs of equal keys keep their places; their rows are sorted in them
        flag = np.zeros(len(key), dtype=bool)
        flag[1:] |= tie
        flag[:-1] |= tie
        at = np.flatnonzero(flag)
        rows = order[at]
        order[at] = rows[np.lexsort((tiebreak[rows], ranked[at]))]
    return order


def run_starts(sorted_key: np.ndarray) -> np.ndarray:
    """Positions where a run of equal values starts in a sorted array."""
    n = len(sorted_key)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    flag = np.empty(n, dtype=bool)
    flag[0] = True
    flag[1:] = sorted_key[1:] != sorted_key[:-1]
    return np.flatnonzero(flag)


def seg_ids(starts: np.ndarray, n: int) -> np.ndarray:
    """For each of ``n`` rows, the number of its segment."""
    out = np.zeros(n, dtype=np.int64)
    if len(starts) > 1:
        out[starts[1:]] = 1
    return np.cumsum(out)


def seg_first_min(starts: np.ndarray, keys: Sequence[np.ndarray]) -> np.ndarray:
    """Per segment, the position of its first row with the smallest ``keys`` (compared in
    order, like a stable sort on them)."""
    n = len(keys[0])
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    seg = seg_ids(starts, n)
    cand = np.ones(n, dtype=bool)
    for key in keys:
        if key.dtype.kind == "f":
            top: Any = np.inf
        else:
            top = np.iinfo(key.dtype).max
        best = np.minimum.reduceat(np.where(cand, key, top), starts)
        cand &= key == best[seg]
    idx = np.flatnonzero(cand)
    keep = np.ones(len(idx), dtype=bool)
    keep[1:] = seg[idx][1:] != seg[idx][:-1]
    return idx[keep]


def seg_max(values: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Per segment maximum of floats, NaN skipped (NaN when all are)."""
    out = np.maximum.reduceat(np.where(np.isnan(values), -np.inf, values), starts)
    return np.where(np.isneginf(out), np.nan, out)


def seg_min(values: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Per segment minimum of floats, NaN skipped (NaN when all are)."""
    out = np.minimum.reduceat(np.where(np.isnan(values), np.inf, values), starts)
    return np.where(np.isposinf(out), np.nan, out)


def seg_varies(values: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Per segment: do its values differ (more than one distinct value)?"""
    return np.asarray(
        np.maximum.reduceat(values, starts) != np.minimum.reduceat(values, starts), dtype=bool
    )


def concat_sorted(
    seg: np.ndarray,
    tuples: np.ndarray,
    n_seg: int,
    first: np.ndarray | None = None,
    first_codes: np.ndarray | None = None,
    lengths: np.ndarray | None = None,
    rows: np.ndarray | None = None,
) -> list[tuple[str, ...]]:
    """For each segment 0..n_seg-1, the sorted concatenation of the tuples of its rows
    (``tuples`` an object array; ``seg`` gives each row's segment, in order). ``first`` and
    ``first_codes``, when given, are the tuples' first items and their :func:`text_codes`,
    used when every tuple has one item; ``lengths`` the tuples' lengths, when known.
    ``rows``, when given, are the rows of ``tuples``, ``first`` and ``first_codes`` to
    concatenate (``seg`` and ``lengths`` are those of these rows): with one item each, the
    strings are then gathered once, in their final order."""
    if lengths is None:
        picked = tuples if rows is None else tuples[rows]
        lengths = np.fromiter(map(len, picked.tolist()), dtype=np.int64, count=len(picked))
    owner = np.asarray(seg, dtype=np.int64)
    if first is not None and first_codes is not None and (lengths == 1).all():
        where = np.arange(len(first)) if rows is None else rows
        flat, codes = first, first_codes[where]
    else:
        picked = tuples if rows is None else tuples[rows]
        flat = np.array([s for t in picked.tolist() for s in t], dtype=object)
        where = np.arange(len(flat))
        owner = np.repeat(owner, lengths)
        codes, _ = text_codes(flat, many=True)
    k = int(codes.max()) + 1 if len(codes) else 1
    # (equal keys are equal strings: any order among them will do)
    order = np.argsort(owner * k + codes) if n_seg * k < 2**62 else np.lexsort((codes, owner))
    ordered = flat[where[order]]
    sizes = np.bincount(owner, minlength=n_seg)
    starts = np.cumsum(sizes) - sizes
    out = np.empty(n_seg, dtype=object)
    # the tuples of one size at a time, item by item
    for size in np.unique(sizes).tolist():
        at = np.flatnonzero(sizes == size)
        items = [ordered[starts[at] + j].tolist() for j in range(size)]
        made = zip(*items, strict=True) if size else itertools.repeat((), len(at))
        out[at] = np.fromiter(made, dtype=object, count=len(at))
    return list(out.tolist())


def hash_text(values: Iterable[str] | np.ndarray) -> np.ndarray:
    """pandas' hash of each string (as :func:`pandas.util.hash_pandas_object` gives it)."""
    arr = np.asarray(values, dtype=object)
    if len(arr) == 0:
        return np.zeros(0, dtype=np.uint64)
    return np.asarray(pd.util.hash_array(arr, hash_key=_HASH_KEY, categorize=False))


def combine_hashes(
    arrays: Iterable[np.ndarray], length: int, count: int | None = None
) -> np.ndarray:
    """Row hashes from column hashes, as pandas combines a frame's columns (``count``: the
    number of arrays, when ``arrays`` is an iterator)."""
    if count is None:
        arrays = list(arrays)
        count = len(arrays)
    mult = np.uint64(1000003)
    out = np.full(length, 0x345678, dtype=np.uint64)
    for i, a in enumerate(arrays):
        inverse_i = count - i
        out ^= a
        out *= mult
        mult += np.uint64(82520 + inverse_i + inverse_i)
    out += np.uint64(97531)
    return out
