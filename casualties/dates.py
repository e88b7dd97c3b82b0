"""Date mentions in running text, resolved to days: "on Monday", "Oct. 9", "last week",
"since Sept. 27", "the second day of fighting".

STUB: the interface below is fixed; the implementation is being written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Literal

__all__ = ["DateMention", "find_dates"]


@dataclasses.dataclass(frozen=True, slots=True)
class DateMention:
    """One date or period named in text; ``first``/``last`` are inclusive days (None = open)."""

    first: dt.date | None
    last: dt.date | None
    start: int
    end: int
    text: str
    kind: Literal["day", "period", "since"]
    relative: bool  # resolved against the reference or conflict start, not stated outright


def find_dates(
    text: str,
    reference: dt.date,
    prefer: Literal["past", "future"] = "past",
    *,
    conflict_start: dt.date | None = None,
) -> list[DateMention]:
    """Every date mention in ``text`` resolved against ``reference``."""
    raise NotImplementedError
