"""One fast pass over a text for many words at once (Aho–Corasick, via ``pyahocorasick``).

The extractor's first look at a document asks "where are the cue words, the sides, the
names of a conflict?" for lists of tens to hundreds of words. A regular-expression
alternation tries the list at every position of the text (≈ 7–15 MB/s here); an
Aho–Corasick automaton reads each character once (≈ 100 MB/s), and whole-word or
word-start checks are made on its few hits. Matches are the same as the alternation
``(?<!\\w)(?:longest|…|shortest)(?!\\w)`` gives: leftmost, then longest, not overlapping.

>>> s = WordScanner(["Ukraine", "Ukrainian", "Russia"])
>>> s.find("Ukrainian and Russian officials met in Ukraine.")
[(0, 9, 'Ukrainian'), (38, 45, 'Ukraine')]
>>> WordScanner(["kill", "dead"], ignore_case=True, whole_word=False).find("Killings left 3 dead")
[(0, 4, 'kill'), (15, 19, 'dead')]
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick

__all__ = ["WordScanner", "leftmost_longest"]


def _word_char(ch: str) -> bool:
    return ch.isalnum()


class WordScanner:
    """Finds the words of a list in texts, as (start, end, word as listed).

    ``ignore_case`` folds case with ``str.lower`` (texts whose lowered form changes length
    are searched character by character in a lowered copy of the same length);
    ``whole_word`` requires no letter or digit right after a match as well as before it
    (otherwise a match is a word start: "kill" finds "killings").
    """

    def __init__(
        self, words: Iterable[str], *, ignore_case: bool = False, whole_word: bool = True
    ) -> None:
        self.ignore_case = ignore_case
        self.whole_word = whole_word
        self._automaton = ahocorasick.Automaton()
        keys: dict[str, str] = {}
        for word in words:
            key = word.lower() if ignore_case else word
            if key and key not in keys:
                keys[key] = word
        for key, word in keys.items():
            self._automaton.add_word(key, (len(key), word))
        self.empty = not keys
        if not self.empty:
            self._automaton.make_automaton()

    def _haystack(self, text: str) -> str:
        if not self.ignore_case:
            return text
        lowered = text.lower()
        if len(lowered) == len(text):
            return lowered
        # a few characters lower to two ("İ" → "i̇"); keep offsets by lowering one at a time
        return "".join(ch if len(low := ch.lower()) != 1 else low for ch in text)

    def hits(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """Every occurrence of every word (overlapping ones too), sorted by start, then
        longest first. :meth:`find` keeps the leftmost-longest of them."""
        if self.empty:
            return []
        stop = len(text) if end is None else min(end, len(text))
        haystack = self._haystack(text)
        hits: list[tuple[int, int, str]] = []
        for last, (length, word) in self._automaton.iter(haystack, start, stop):
            first = last + 1 - length
            if first > 0 and _word_char(text[first - 1]):
                continue
            if self.whole_word and last + 1 < len(text) and _word_char(text[last + 1]):
                continue
            hits.append((first, last + 1, word))
        hits.sort(key=lambda h: (h[0], -h[1]))
        return hits

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """Every match in ``text[start:end]`` with offsets into ``text``, in text order."""
        return leftmost_longest(self.hits(text, start, end))


def leftmost_longest(hits: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Of hits sorted by start and then longest first, those an alternation would match:
    each the longest at its start, none overlapping an earlier one."""
    out: list[tuple[int, int, str]] = []
    reach = -1
    for hit in hits:
        if hit[0] >= reach:
            out.append(hit)
            reach = hit[1]
    return out


def _fold(word: str) -> str:
    """``word`` lowered one character at a time (a character that lowers to two is kept)."""
    return "".join(ch if len(low := ch.lower()) != 1 else low for ch in word)


class MultiScanner:
    """The lists of several :class:`WordScanner` in one automaton: one pass over a text
    gives each scanner's hits, as ``scanner.hits(text[:limit])`` would.

    Keys are searched in the lowered text; a case-sensitive scanner's hit must then equal
    its word as written. When that could differ from the scanners' own passes (a key with
    a Greek sigma, which lowers by context), each scanner makes its own pass instead.
    """

    def __init__(self, parts: Iterable[tuple[WordScanner, int | None]]) -> None:
        self.parts = list(parts)
        self._automaton = ahocorasick.Automaton()
        merged: dict[str, list[tuple[int, str | None, str]]] = {}
        self.exact = True
        for index, (scanner, _) in enumerate(self.parts):
            if scanner.empty:
                continue
            for key, (length, word) in scanner._automaton.items():
                folded = key if scanner.ignore_case else _fold(key)
                if "σ" in folded or "ς" in folded or len(folded) != length:
                    self.exact = False
                merged.setdefault(folded, []).append(
                    (index, None if scanner.ignore_case else key, word)
                )
        for folded, entries in merged.items():
            self._automaton.add_word(folded, (len(folded), tuple(entries)))
        self.empty = not merged
        if not self.empty:
            self._automaton.make_automaton()

    def hits(self, text: str) -> list[list[tuple[int, int, str]]]:
        """Each scanner's hits (its :meth:`WordScanner.hits` of ``text[:limit]``)."""
        parts = self.parts
        if not self.exact:
            return [scanner.hits(text[:limit]) for scanner, limit in parts]
        out: list[list[tuple[int, int, str]]] = [[] for _ in parts]
        if self.empty:
            return out
        size = len(text)
        stops = [size if limit is None else min(limit, size) for _, limit in parts]
        whole = [scanner.whole_word for scanner, _ in parts]
        lowered = text.lower()
        if len(lowered) != size:
            lowered = _fold(text)
        for last, (length, entries) in self._automaton.iter(lowered):
            first = last + 1 - length
            if first > 0 and text[first - 1].isalnum():
                continue
            for index, exact, word in entries:
                stop = stops[index]
                if last >= stop:
                    continue
                if whole[index] and last + 1 < stop and text[last + 1].isalnum():
                    continue
                if exact is not None and text[first : last + 1] != exact:
                    continue
                out[index].append((first, last + 1, word))
        for hits in out:
            hits.sort(key=lambda h: (h[0], -h[1]))
        return out
