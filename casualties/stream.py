"""Claims of a corpus of any size written to Parquet chunk by chunk, in flat memory.

Extraction reads one document at a time (:func:`casualties.iter_claims`); this module
collects claims into chunks of ``chunk_size``, turns each into a frame with
:func:`casualties.to_frame` and appends it to one Parquet file as a row group. Peak memory is
one document plus one chunk, whatever the corpus size; the file reads back with
``pandas.read_parquet`` and :func:`casualties.from_frame` to the claims
:func:`casualties.extract_corpus` returns (Parquet keeps dates in milliseconds, so the frame
read back has ``datetime64[ms]`` where :func:`casualties.to_frame` has ``datetime64[s]``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .extract import ProfileSpec, iter_claims
from .records import Claim, Document, to_frame

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["claim_schema", "extract_to_parquet"]

StrPath = str | os.PathLike[str]


def claim_schema() -> Any:
    """The Arrow schema of a claim frame (:func:`casualties.to_frame`), for writers that
    must agree with it before the first claim is seen."""
    import pyarrow as pa

    return pa.Schema.from_pandas(to_frame([]), preserve_index=False)


def extract_to_parquet(
    docs: Iterable[Document] | StrPath | pd.DataFrame,
    path: StrPath,
    *,
    profile: ProfileSpec = "auto",
    chunk_size: int = 50_000,
    progress: Callable[[int], object] | bool | None = None,
) -> int:
    """Extract the claims of ``docs`` into the Parquet file ``path``; return how many.

    ``docs`` is a folder or manifest path (read one document at a time), an iterable of
    :class:`Document` or a frame with ``text``, ``published`` and ``source`` columns. Claims
    are written every ``chunk_size`` claims as one row group, with the schema of
    :func:`casualties.to_frame`, so memory stays flat in corpus size. ``progress`` is a
    callable given the running claim count after each chunk, or True/False/None for the
    progress bar of :func:`casualties.iter_claims`.

    >>> import tempfile, pandas as pd
    >>> from casualties import from_frame
    >>> out = Path(tempfile.mkdtemp()) / "claims.parquet"
    >>> n = extract_to_parquet("seeds", out, progress=False)
    >>> len(from_frame(pd.read_parquet(out))) == n
    True
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        raise InputError(f"chunk_size must be a positive int, got {chunk_size!r}")
    target = Path(path)
    schema = claim_schema()
    bar = progress if isinstance(progress, bool) or progress is None else False
    report = progress if callable(progress) else None
    total = 0
    chunk: list[Claim] = []

    def flush(writer: Any) -> None:
        nonlocal total
        table = pa.Table.from_pandas(to_frame(chunk), schema=schema, preserve_index=False)
        writer.write_table(table)
        total += len(chunk)
        chunk.clear()
        if report is not None:
            report(total)

    tmp = target.with_name(target.name + ".partial")
    try:
        with pq.ParquetWriter(tmp, schema) as writer:
            source = Path(docs) if isinstance(docs, os.PathLike) else docs
            for claim in iter_claims(source, profile=profile, progress=bar):
                chunk.append(claim)
                if len(chunk) >= chunk_size:
                    flush(writer)
            if chunk or total == 0:
                flush(writer)
        tmp.replace(target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return total
