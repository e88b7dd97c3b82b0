"""Fuzz ``casualties.extract``: any text must give a list of claims whose quotes stand at
their offsets, without an exception other than the documented time-guard warning.

    python fuzz/fuzz_extract.py -max_total_time=180 fuzz/corpus_extract

See fuzz/README.md.
"""

from __future__ import annotations

import sys
import warnings

import atheris

with atheris.instrument_imports():
    from casualties import extract
    from casualties.errors import ExtractionTimeoutWarning

_SEEDS = (
    "Officials said 12 soldiers were killed on Monday.",
    "The death toll rose to 1,177, the ministry said on Oct. 19, 2020.",
    "Between twenty and thirty civilians died; dozens were wounded.",
)


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    choice = fdp.ConsumeIntInRange(0, 3)
    if choice == 0:  # arbitrary code points, lone surrogates included
        text = fdp.ConsumeUnicodeNoSurrogates(4096)
    elif choice == 1:
        text = fdp.ConsumeUnicode(4096)
    elif choice == 2:  # bytes decoded the way a careless scraper would
        text = fdp.ConsumeBytes(4096).decode("utf-8", "surrogateescape")
    else:  # a casualty sentence with noise around and inside it
        seed = _SEEDS[fdp.ConsumeIntInRange(0, len(_SEEDS) - 1)]
        cut = fdp.ConsumeIntInRange(0, len(seed))
        text = seed[:cut] + fdp.ConsumeUnicode(64) + seed[cut:] + fdp.ConsumeUnicode(256)
    published = "2020-10-19" if fdp.ConsumeBool() else None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExtractionTimeoutWarning)
        claims = extract(text, published=published, source="fuzz", profile="auto")
    for claim in claims:
        if text[claim.start : claim.end] != claim.quote:
            raise AssertionError(f"quote {claim.quote!r} not at {claim.start}:{claim.end}")
        if claim.low is not None and claim.high is not None and claim.low > claim.high:
            raise AssertionError(f"low {claim.low} > high {claim.high}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
