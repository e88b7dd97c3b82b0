"""Claims streamed to Parquet read back as the claims of :func:`extract_corpus`."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pandas as pd
import pytest

from casualties import Document, extract_corpus, from_frame, to_frame
from casualties.errors import InputError
from casualties.stream import claim_schema, extract_to_parquet

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def _newsgen() -> ModuleType:
    """The benchmark's corpus generator (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location("newsgen", ROOT / "benchmarks" / "newsgen.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("newsgen", module)
    spec.loader.exec_module(module)
    return module


def _read(path: Path) -> pd.DataFrame:
    frame = pd.read_parquet(path)
    # Parquet has no second resolution: dates come back as milliseconds
    for name in ("as_of", "since", "published", "as_of_earliest"):
        frame[name] = frame[name].astype("datetime64[s]")
    return frame


@pytest.mark.parametrize("chunk_size", [1, 7, 50_000])
def test_seeds_round_trip(tmp_path: Path, chunk_size: int) -> None:
    out = tmp_path / "claims.parquet"
    n = extract_to_parquet(SEEDS, out, chunk_size=chunk_size, progress=False)
    expected = extract_corpus(SEEDS, progress=False)
    assert n == len(expected)
    back = _read(out)
    pd.testing.assert_frame_equal(back, to_frame(expected))
    assert from_frame(back) == expected


def test_generated_corpus_round_trip(tmp_path: Path) -> None:
    docs = list(_newsgen().generate(40, seed=3))
    seen: list[int] = []
    out = tmp_path / "claims.parquet"
    n = extract_to_parquet(iter(docs), out, chunk_size=25, progress=seen.append)
    expected = extract_corpus(docs, progress=False)
    assert n == len(expected) > 25
    assert seen == sorted(seen) and seen[-1] == n
    pd.testing.assert_frame_equal(_read(out), to_frame(expected))


def test_folder_written_by_generator(tmp_path: Path) -> None:
    _newsgen().write_folder(tmp_path / "corpus", 0.05, seed=5)
    out = tmp_path / "claims.parquet"
    n = extract_to_parquet(tmp_path / "corpus", out, progress=False)
    expected = extract_corpus(tmp_path / "corpus", progress=False)
    assert n == len(expected)
    pd.testing.assert_frame_equal(_read(out), to_frame(expected))


def test_no_claims_writes_an_empty_file_with_the_schema(tmp_path: Path) -> None:
    out = tmp_path / "none.parquet"
    assert extract_to_parquet([Document(text="Nothing happened.")], out, progress=False) == 0
    back = _read(out)
    assert back.empty
    assert list(back.columns) == list(to_frame([]).columns)
    assert claim_schema().names == list(back.columns)


def test_bad_chunk_size(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="chunk_size"):
        extract_to_parquet(SEEDS, tmp_path / "x.parquet", chunk_size=0)
    assert not (tmp_path / "x.parquet").exists()
