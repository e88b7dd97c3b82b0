"""Load the vocabularies in ``casualties/data`` once, at first use.

Words are data: every list the parsers know lives in a file under ``data/`` (one entry a line
in ``.txt`` files, ``#`` starts a comment; structured vocabularies in ``.toml``). This module
only reads them; the grammar that combines them stays in the stage modules.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

import regex

__all__ = ["compile_lists", "compile_pattern", "load_list", "load_table", "load_toml"]


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
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Return the rows of ``data/<name>.tsv``, split at tabs; ``#`` comment lines skipped."""
    return tuple(
        tuple(line.split("\t"))
        for line in _data_text(f"{name}.tsv").splitlines()
        if line and not line.startswith("#")
    )


@cache
def load_toml(name: str) -> dict[str, Any]:
    """Return the parsed ``data/<name>.toml``."""
    return tomllib.loads(_data_text(f"{name}.toml"))


def _trie(words: Iterable[str], reverse: bool = False) -> str | None:
    """An alternation that matches what ``\\L<words>`` matches, in the same order, as a trie
    ("kill(?:ed|ing)?"); None when the list is empty or two branches could match the same
    letter in some case.

    ``regex`` tries a named list's items at a position by length, longest first, so a list of
    hundreds of words costs a lookup per length at every word; a trie rejects most words at
    their first letter (2–3x faster on the extractor's lists). Where several items match at
    a position they are prefixes of one another, and a trie whose branches come before the
    end of a word tries them longest first too. A pattern matched backwards (REVERSE) reads
    a word from its last letter: its trie is one of the words reversed, written right to
    left."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in reversed(word) if reverse else word:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return None

    def emit(node: dict[str, Any]) -> str | None:
        branches = [ch for ch in node if ch]
        for i, a in enumerate(branches):
            for b in branches[i + 1 :]:
                if regex.fullmatch(regex.escape(a), b, regex.IGNORECASE):
                    return None  # "K" and "k" under IGNORECASE: both could match
        alts = []
        for ch in sorted(branches):
            rest = emit(node[ch])
            if rest is None:
                return None
            alts.append(rest + regex.escape(ch) if reverse else regex.escape(ch) + rest)
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    body = emit(trie)
    return None if body is None else f"(?:{body})"


def _inline_lists(pattern: str, flags: int, lists: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """``pattern`` with each named list (``\\L<name>``) written out as a trie (see
    :func:`_trie`), and the lists left to pass to ``regex.compile``."""
    if "(?r" in pattern:
        return pattern, lists  # (REVERSE for a part only: not worth telling which)
    reverse = bool(flags & regex.REVERSE)
    kept: dict[str, Any] = {}
    for name, words in lists.items():
        ref = f"\\L<{name}>"
        trie = _trie((str(w) for w in words), reverse) if ref in pattern else None
        if trie is None:
            kept[name] = words
        else:
            pattern = pattern.replace(ref, trie)
    return pattern, kept


def compile_lists(pattern: str, flags: int = 0, **lists: Any) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags, **lists)``, with the named lists as tries."""
    pattern, kept = _inline_lists(pattern, flags, lists)
    return regex.compile(pattern, flags, **kept)


def compile_pattern(pattern: str, flags: int = 0, **lists: Any) -> regex.Pattern[str]:
    """Compile a VERBOSE pattern with named lists (``\\L<name>``), refusing any pattern that
    can match the empty string: such a pattern would report a figure at every position."""
    compiled = compile_lists(pattern, flags | regex.VERBOSE, **lists)
    if compiled.fullmatch("") is not None or compiled.search("") is not None:
        raise ValueError(f"pattern matches the empty string: {pattern[:80]!r}")
    return compiled
