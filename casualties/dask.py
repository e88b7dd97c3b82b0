"""Extraction and reconciliation on Dask (the optional ``dask`` extra).

One document never depends on another during extraction, so each partition of a Dask bag or
DataFrame of documents is extracted on its own, on any number of workers, and the claims come
back as a Dask DataFrame with exactly the columns and dtypes of :func:`casualties.to_frame`.
Reconciliation is a group-by over claims that fits one machine for millions of claims (10⁶
claims reconcile in seconds and well under 2 GB), so :func:`reconcile_dask` gathers the claim
frame and reconciles it in the client process.

Dask is imported only when these functions run; without it they raise an
:class:`ImportError` that names the extra: ``pip install "casualties[dask]"``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import pandas as pd

from .errors import InputError
from .extract import ProfileSpec, extract_corpus
from .records import Document, to_frame

if TYPE_CHECKING:
    from .reconcile import Reconciliation

__all__ = ["claims_meta", "extract_bag", "extract_dataframe", "reconcile_dask"]

_DOC_FIELDS = ("text", "published", "source", "outlet", "title")


def _dask_dataframe() -> Any:
    try:
        import dask.dataframe as dd
    except ImportError as exc:  # pragma: no cover - the test environment has Dask
        raise ImportError(
            'casualties.dask needs Dask: install the extra with pip install "casualties[dask]"'
        ) from exc
    return dd


def claims_meta() -> pd.DataFrame:
    """An empty claim frame: the column names and dtypes every partition of claims has."""
    return to_frame([])


def _frame_claims(frame: pd.DataFrame, profile: ProfileSpec) -> pd.DataFrame:
    """The claims of one partition of documents, as a claim frame."""
    if frame.empty:
        return claims_meta()
    return to_frame(extract_corpus(frame, profile=profile, progress=False))


def _as_document(item: object) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, Mapping):
        unknown = set(item) - set(_DOC_FIELDS)
        if "text" not in item:
            raise InputError("a document record needs a 'text' field")
        if unknown:
            raise InputError(f"unknown document field(s): {', '.join(sorted(map(str, unknown)))}")
        published = item.get("published")
        if isinstance(published, str):
            published = dt.date.fromisoformat(published.strip()[:10])
        elif isinstance(published, dt.datetime):
            published = published.date()
        return Document(**{**dict(item), "published": published})
    raise InputError(f"expected a Document or a mapping with 'text', got {type(item).__name__}")


def _bag_claims(items: Iterable[object], profile: ProfileSpec) -> pd.DataFrame:
    documents = [_as_document(item) for item in items]
    if not documents:
        return claims_meta()
    return to_frame(extract_corpus(documents, profile=profile, progress=False))


def extract_bag(bag: Any, *, profile: ProfileSpec = "auto") -> Any:
    """Claims of a Dask bag of :class:`Document` or of dicts with ``text`` and optionally
    ``published`` (a date or ISO string), ``source``, ``outlet``, ``title``: a Dask DataFrame
    with the columns of :func:`casualties.to_frame`, one partition per bag partition.

    >>> import dask.bag as db
    >>> docs = db.from_sequence([{"text": "Officials said 12 soldiers were killed.",
    ...                           "published": "2024-03-06", "source": "a"}])
    >>> extract_bag(docs, profile=None).compute()[["value", "status", "source"]].values.tolist()
    [[12, 'military', 'a']]
    """
    dd = _dask_dataframe()
    from dask.delayed import delayed

    parts = [delayed(_bag_claims)(part, profile) for part in bag.to_delayed()]
    return dd.from_delayed(parts, meta=claims_meta(), verify_meta=False)


def extract_dataframe(ddf: Any, *, profile: ProfileSpec = "auto") -> Any:
    """Claims of a Dask DataFrame of documents (columns ``text``, and optionally
    ``published``, ``source``, ``outlet``, ``title``, as read from Parquet or CSV): a Dask
    DataFrame with the columns of :func:`casualties.to_frame`, one partition per partition.

    >>> import dask.dataframe as dd
    >>> docs = dd.from_pandas(pd.DataFrame({"text": ["Officials said 12 soldiers were killed."],
    ...     "published": ["2024-03-06"], "source": ["a"]}), npartitions=1)
    >>> extract_dataframe(docs, profile=None).compute()["value"].tolist()
    [12]
    """
    _dask_dataframe()
    if "text" not in ddf.columns:
        raise InputError("the document frame needs a 'text' column")
    return ddf.map_partitions(_frame_claims, profile, meta=claims_meta(), align_dataframes=False)


def reconcile_dask(claims: Any, **kwargs: Any) -> Reconciliation:
    """Reconcile a Dask DataFrame of claims (as from :func:`extract_dataframe`, or read with
    ``dd.read_parquet``): the claims are gathered into the client and passed to
    :func:`casualties.reconcile` with ``kwargs`` (``profile``, ``known_by``, ``rule``,
    ``hierarchy``). The result does not depend on how the claims were partitioned.
    """
    from .reconcile import reconcile

    _dask_dataframe()
    frame = claims.compute() if hasattr(claims, "compute") else claims
    if not isinstance(frame, pd.DataFrame):
        raise InputError(f"expected a Dask DataFrame of claims, got {type(claims).__name__}")
    return reconcile(frame.reset_index(drop=True), **kwargs)
