"""Counts in running text: "1,119", "Twenty-seven", "two dozen", "hundreds", "between 20 and 30".

STUB: the interface below is fixed; the implementation is being written.
"""

from __future__ import annotations

import dataclasses

from .records import Qualifier

__all__ = ["Amount", "find_amounts"]


@dataclasses.dataclass(frozen=True, slots=True)
class Amount:
    """One count found in text.

    ``start``/``end`` cover the whole phrase including its qualifier ("at least 13"),
    ``number_start`` is where the numeral itself begins ("13"). ``low``/``high`` follow the
    DESIGN table (None = open).
    """

    value: int | None
    low: int | None
    high: int | None
    qualifier: Qualifier
    start: int
    end: int
    number_start: int
    text: str
    words: bool = False  # written (partly) in words
    year_like: bool = False  # four digits 1000-2100 with no separator, bare: probably a year


def find_amounts(text: str) -> list[Amount]:
    """Every count in ``text``, left to right, non-overlapping."""
    raise NotImplementedError
