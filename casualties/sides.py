"""Sides without a profile: demonyms, countries and places mapped to side ids.

The table lives in ``data/demonyms.toml``; a side id is the lowercase demonym of a country or
people ("ukrainian", "palestinian"). Used when no profile names the sides of a conflict.
"""

from __future__ import annotations

from functools import cache

from .lexicon import load_toml
from .scan import WordScanner, leftmost_longest

__all__ = ["country_names", "demonym_table", "find_sides", "side_from_text"]


@cache
def demonym_table() -> dict[str, str]:
    """Every name in ``data/demonyms.toml`` → its side id (names as written, case kept)."""
    table: dict[str, str] = {}
    for side, entry in load_toml("demonyms").items():
        for name in entry["names"]:
            table.setdefault(name, side)
            table.setdefault(name.replace("'", "’"), side)
    return table


@cache
def country_names() -> dict[str, str]:
    """Each side id → its country's name, the first name ``data/demonyms.toml`` lists
    ("haitian" → "Haiti")."""
    return {side: entry["names"][0] for side, entry in load_toml("demonyms").items()}


@cache
def _scanner() -> WordScanner:
    return WordScanner(demonym_table())


def find_sides(text: str) -> list[tuple[str, int, int]]:
    """Each side named in ``text`` as (side id, start, end), in text order.

    >>> find_sides("Russian strikes killed 12 people in Kharkiv")
    [('russian', 0, 7), ('ukrainian', 36, 43)]
    """
    return sides_of_hits(_scanner().hits(text))


def sides_of_hits(hits: list[tuple[int, int, str]]) -> list[tuple[str, int, int]]:
    """:func:`find_sides` of a text from its scanner's hits (``_scanner().hits(text)``)."""
    table = demonym_table()
    return [(table[word], start, end) for start, end, word in leftmost_longest(hits)]


def side_from_text(text: str) -> str | None:
    """The one side named in ``text``; "both" when it names two or more, None when none.

    >>> side_from_text("Ukraine's general staff"), side_from_text("the ministry")
    ('ukrainian', None)
    """
    found = {side for side, _, _ in find_sides(text)}
    if not found:
        return None
    if len(found) == 1:
        return found.pop()
    return "both"
