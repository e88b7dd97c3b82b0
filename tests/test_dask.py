"""Extraction and reconciliation on a two-process Dask cluster equal the single-process run."""

# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pandas as pd
import pytest

distributed = pytest.importorskip("distributed")
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402

from casualties import Document, extract_corpus, read_corpus, reconcile, to_frame  # noqa: E402
from casualties.dask import (  # noqa: E402
    claims_meta,
    extract_bag,
    extract_dataframe,
    reconcile_dask,
)
from casualties.errors import InputError, ReconcileWarning  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _newsgen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsgen", ROOT / "benchmarks" / "newsgen.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("newsgen", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        dashboard_address=None,
        silence_logs=40,
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return read_corpus(ROOT / "seeds") + list(_newsgen().generate(30, seed=11))


def _doc_frame(docs: list[Document]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "text": [d.text for d in docs],
            "published": [d.published.isoformat() if d.published else None for d in docs],
            "source": [d.source for d in docs],
        }
    )


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values(["source", "start"], kind="stable").reset_index(drop=True)


def test_dataframe_on_two_workers_equals_one_process(
    client: Any, documents: list[Document]
) -> None:
    expected = _sorted(to_frame(extract_corpus(documents, progress=False)))
    ddf = dd.from_pandas(_doc_frame(documents), npartitions=6)
    claims = extract_dataframe(ddf)
    assert list(claims.columns) == list(claims_meta().columns)
    got = _sorted(claims.compute())
    pd.testing.assert_frame_equal(got, expected)
    assert len(client.scheduler_info()["workers"]) == 2


def test_bag_of_documents_and_dicts(client: Any, documents: list[Document]) -> None:
    expected = _sorted(to_frame(extract_corpus(documents, progress=False)))
    got = _sorted(extract_bag(db.from_sequence(documents, npartitions=5)).compute())
    pd.testing.assert_frame_equal(got, expected)
    records = _doc_frame(documents).to_dict("records")
    got = _sorted(extract_bag(db.from_sequence(records, npartitions=4)).compute())
    pd.testing.assert_frame_equal(got, expected)


def test_reconcile_from_dask_equals_reconcile(client: Any, documents: list[Document]) -> None:
    seeds = documents[:5]
    frame = to_frame(extract_corpus(seeds, progress=False))
    with pytest.warns(ReconcileWarning):
        expected = reconcile(frame, profile="karabakh-2020")
    claims = extract_dataframe(dd.from_pandas(_doc_frame(seeds), npartitions=3))
    with pytest.warns(ReconcileWarning):
        got = reconcile_dask(claims, profile="karabakh-2020")
    for name in ("claims", "excluded", "series", "findings", "consensus"):
        pd.testing.assert_frame_equal(getattr(got, name), getattr(expected, name))


def test_parquet_round_trip_through_dask(
    client: Any, documents: list[Document], tmp_path: Path
) -> None:
    _doc_frame(documents).to_parquet(tmp_path / "docs.parquet")
    ddf = dd.read_parquet(tmp_path / "docs.parquet")
    got = _sorted(extract_dataframe(ddf).compute())
    expected = _sorted(to_frame(extract_corpus(documents, progress=False)))
    pd.testing.assert_frame_equal(got, expected)


def test_bad_input() -> None:
    with pytest.raises(InputError, match="text"):
        extract_dataframe(dd.from_pandas(pd.DataFrame({"body": ["x"]}), npartitions=1))
    with pytest.raises(InputError, match="text"):
        extract_bag(db.from_sequence([{"body": "x"}])).compute(scheduler="sync")
