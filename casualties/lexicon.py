"""Load the vocabularies in ``casualties/data`` once, at first use.

Words are data: every list the parsers know lives in a file under ``data/`` (one entry a line
in ``.txt`` files, ``#`` starts a comment; structured vocabularies in ``.toml``). This module
only reads them; the grammar that combines them stays in the stage modules.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

import regex

__all__ = ["compile_pattern", "load_list", "load_toml"]


def _data_text(name: str) -> str:
    return resources.files("casualties").joinpath("data", name).read_text(encoding="utf-8")


@cache
def load_list(name: str) -> tuple[str, ...]:
    """Return the entries of ``data/<name>.txt``: one a line, blank lines and ``#`` comments
    skipped, longest first so that alternations prefer the longest match."""
    entries = []
    for line in _data_text(f"{name}.txt").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return tuple(sorted(dict.fromkeys(entries), key=lambda e: (-len(e), e)))


@cache
def load_toml(name: str) -> dict[str, Any]:
    """Return the parsed ``data/<name>.toml``."""
    return tomllib.loads(_data_text(f"{name}.toml"))


def compile_pattern(pattern: str, flags: int = 0, **lists: Any) -> regex.Pattern[str]:
    """Compile a VERBOSE pattern with named lists (``\\L<name>``), refusing any pattern that
    can match the empty string: such a pattern would report a figure at every position."""
    compiled = regex.compile(pattern, flags | regex.VERBOSE, **lists)
    if compiled.fullmatch("") is not None or compiled.search("") is not None:
        raise ValueError(f"pattern matches the empty string: {pattern[:80]!r}")
    return compiled
