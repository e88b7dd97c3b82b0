"""Fuzz reading files: ``read_text`` (text and HTML), ``read_manifest`` and ``read_claims``.
Any bytes must give a Document, a list of claims, or a :class:`CasualtiesError` that names
the file; never another exception.

    python fuzz/fuzz_read.py -max_total_time=180 fuzz/corpus_read

See fuzz/README.md.
"""

from __future__ import annotations

import sys
import tempfile
import warnings
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from casualties.claimsio import read_claims
    from casualties.errors import CasualtiesError, CasualtiesWarning
    from casualties.read import read_manifest, read_text

_FOLDER = Path(tempfile.mkdtemp(prefix="casualties-fuzz-"))
(_FOLDER / "a.txt").write_text("BAKU, Oct. 5, 2020 - 12 soldiers were killed.", encoding="utf-8")
_NAMES = ("page.txt", "page.html", "manifest.csv", "claims.csv", "claims.jsonl", "claims.json")


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    name = _NAMES[fdp.ConsumeIntInRange(0, len(_NAMES) - 1)]
    strict = fdp.ConsumeBool()
    path = _FOLDER / name
    path.write_bytes(fdp.ConsumeBytes(8192))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CasualtiesWarning)
        try:
            if name.startswith("page"):
                document = read_text(path, strict=strict)
                assert isinstance(document.text, str)
            elif name == "manifest.csv":
                read_manifest(path)
            else:
                read_claims(path, lenient=strict)
        except CasualtiesError as exc:
            if str(path) not in str(exc) and str(path.parent) not in str(exc):
                raise AssertionError(f"error does not name the file: {exc}") from exc


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
