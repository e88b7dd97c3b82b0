"""Sentences and paragraphs of a text, as ``(start, end)`` offsets into that text.

The rules are few and local, so that the sentence around any position can be found by
looking only at its neighbourhood (:func:`sentence_at`):

* ``.``, ``!``, ``?`` and ``…`` end a sentence when whitespace and then a capital letter, a
  digit, an opening quote or bracket follow, or when a line break and then anything but a
  lowercase letter follow. Closing quotes and brackets right after the terminator stay with
  the sentence (``"…died," the ministry said.`` is one sentence, ``"We will win." He said.``
  two).
* A period after an abbreviation in ``data/abbreviations.txt`` ("Sept.", "U.S.", "Gen.") or
  after a single capital letter (an initial, "J. Smith") ends nothing.
* A blank line always ends a sentence; so does a single line break after a line that does
  not end with terminal punctuation (headlines, bullets, "Total injured: 2,517"), unless the
  next line starts with a lowercase letter or the line ends with a comma or semicolon (a
  hard-wrapped sentence).

Spans are trimmed of whitespace and never empty.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Iterator
from functools import cache

import regex

from .lexicon import compile_pattern, load_list

__all__ = ["paragraphs", "sentence_at", "sentences"]

# Every sentence end is one match of this pattern; its end is the cut. Shared pieces are
# filled in below; \L<abbreviations> is data/abbreviations.txt without the final periods.
_CUT = r"""
    # A run of terminators with its closing quotes and brackets; the cut is after it.
    [.!?…]+ [CLOSE]*
    (?=
        \s+ [\p{Lu}\p{Lt}\p{Lo}\p{Lm}\d OPEN]   # a new sentence starts
        | [SPACE]* \n \s* [^\s\p{Ll}]           # or a new line that does not go on in lowercase
    )
    # ... unless it is a lone period closing an abbreviation or an initial ("Gen.", "J.")
    (?<! (?<!\p{L}) (?: \L<abbreviations> | \p{Lu} ) \. )
    # A line break; the cut is before it.
    | \n
    (?:
        # before a blank line or the end of the text
        (?= [SPACE]* (?: \n | \Z ) )
        # after a line without terminal punctuation, unless the line ends with a comma or
        # semicolon or the next one starts in lowercase (a hard-wrapped sentence)
        | (?<=
            (?: ^ | [^.!?…CLOSE] ) [CLOSE]+ [SPACE]* \n
            | [^\s.!?…,;CLOSE] [SPACE]* \n
          )
          (?= [SPACE]* [^\s\p{Ll}] )
    )
"""
_CLOSE = "\"'”’»)\\]"
_OPEN = "\"'“‘«(\\["
_SPACE = " \\t\\r\\f\\v\\u00a0"
_BLANK_LINE = regex.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_NONSPACE = regex.compile(r"\S")
# First look-around window of sentence_at; doubled until a sentence boundary is in view.
_WINDOW = 160


@cache
def _cut_pattern() -> regex.Pattern[str]:
    source = _CUT.replace("CLOSE", _CLOSE).replace("OPEN", _OPEN).replace("SPACE", _SPACE)
    abbreviations = [entry.removesuffix(".") for entry in load_list("abbreviations")]
    return compile_pattern(source, abbreviations=abbreviations)


def _cuts(text: str, pos: int = 0) -> Iterator[int]:
    """Sentence ends at or after ``pos``, in order (``pos`` must be 0 or a whitespace)."""
    for match in _cut_pattern().finditer(text, pos):
        end = match.end()
        yield end - 1 if text[end - 1] == "\n" else end


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    piece = text[start:end]
    stripped = piece.lstrip()
    if not stripped:
        return None
    left = start + len(piece) - len(stripped)
    return left, left + len(stripped.rstrip())


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` as spans into ``text``, trimmed, in order.

    ``start`` and ``end`` are read as slice bounds and act as the ends of the text.

    >>> text = 'Eleven soldiers died, the ministry said. "We will win." He left.'
    >>> [text[a:b] for a, b in sentences(text)]
    ['Eleven soldiers died, the ministry said.', '"We will win."', 'He left.']
    >>> text = "Toll rises to 58\\n\\nGen. J. Smith said the U.S.-brokered truce held."
    >>> [text[a:b] for a, b in sentences(text)]
    ['Toll rises to 58', 'Gen. J. Smith said the U.S.-brokered truce held.']
    """
    first, last, _ = slice(start, end).indices(len(text))
    if first >= last:
        return []
    sub = text if (first == 0 and last == len(text)) else text[first:last]
    spans: list[tuple[int, int]] = []
    append = spans.append
    previous = 0
    # The hot loop of the module: _cuts and _trim written out.
    for match in _cut_pattern().finditer(sub):
        cut = match.end()
        if sub[cut - 1] == "\n":
            cut -= 1
        piece = sub[previous:cut]
        stripped = piece.lstrip()
        if stripped:
            left = previous + len(piece) - len(stripped)
            append((left, left + len(stripped.rstrip())))
        previous = cut
    span = _trim(sub, previous, len(sub))
    if span is not None:
        append(span)
    if first:
        spans = [(a + first, b + first) for a, b in spans]
    return spans


# The pieces found by _piece_at in the text it was last asked about, sorted. Extraction asks
# for the sentence around every cue word and again when it types each figure, looks at the
# sentence before, or frames a figure by its sentence's opening: the same few pieces, asked
# for many times. And one huge sentence ("killed wounded died ..." a megabyte long) holds
# thousands of cue words: finding its ends costs time in proportion to its length, so
# without this each cue would rescan it and the whole would take quadratic time. A piece
# depends only on the text, so any position inside it gives it back. One cache a thread.
_local = threading.local()


def _piece_at(text: str, pos: int) -> tuple[int, int]:
    """The stretch between the sentence ends around ``pos`` (untrimmed)."""
    cached: tuple[str, list[int], list[int]] | None = getattr(_local, "pieces", None)
    if cached is None or cached[0] is not text:
        cached = (text, [], [])
        _local.pieces = cached
    _, starts, ends = cached
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and pos < ends[i]:
        return starts[i], ends[i]
    start, end = _find_piece(text, pos)
    i = bisect.bisect_left(starts, start)
    if i == len(starts) or starts[i] != start:
        starts.insert(i, start)
        ends.insert(i, end)
    return start, end


def _find_piece(text: str, pos: int) -> tuple[int, int]:
    window = _WINDOW
    while True:
        lo = max(0, pos - window)
        if lo > 0:
            # Start the scan on a whitespace, so that no candidate straddles it.
            lo = max(text.rfind(" ", 0, lo), text.rfind("\n", 0, lo), 0)
        before = lo if lo == 0 else -1
        for cut in _cuts(text, lo):
            if cut <= pos:
                before = cut
            else:
                if before >= 0:
                    return before, cut
                break
        else:
            if before >= 0:
                return before, len(text)
        window *= 2


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The span of the sentence containing ``text[pos]``, looking only around ``pos``.

    Agrees with :func:`sentences` and costs time in proportion to the sentence, not the
    text. A position in the whitespace between sentences gives the next sentence (or the
    last one at the end of the text). Raises ``ValueError`` when ``pos`` is outside the text
    or the text is blank.

    >>> text = "Fighting went on. Officials said 11 more soldiers died. Talks failed."
    >>> a, b = sentence_at(text, text.index("11"))
    >>> text[a:b]
    'Officials said 11 more soldiers died.'
    """
    if not 0 <= pos < len(text):
        raise ValueError(f"position {pos} is outside the text (length {len(text)})")
    if text[pos].isspace():
        found = _NONSPACE.search(text, pos)
        if found is None:
            back = pos
            while back >= 0 and text[back].isspace():
                back -= 1
            if back < 0:
                raise ValueError("the text has no sentences: it is blank")
            pos = back
        else:
            pos = found.start()
    start, end = _piece_at(text, pos)
    span = _trim(text, start, end)
    assert span is not None  # the piece holds text[pos], which is not whitespace
    return span


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs of ``text`` as trimmed spans: parts between blank lines, or between
    single line breaks in a text that has no blank line.

    >>> text = "First paragraph.\\n\\nSecond one,\\nwith two lines."
    >>> [text[a:b] for a, b in paragraphs(text)]
    ['First paragraph.', 'Second one,\\nwith two lines.']
    """
    breaks = [(m.start(), m.end()) for m in _BLANK_LINE.finditer(text)]
    if not breaks:
        breaks = [(i, i + 1) for i in _newlines(text)]
    spans: list[tuple[int, int]] = []
    previous = 0
    for a, b in [*breaks, (len(text), len(text))]:
        span = _trim(text, previous, a)
        if span is not None:
            spans.append(span)
        previous = b
    return spans


def _newlines(text: str) -> Iterator[int]:
    i = text.find("\n")
    while i >= 0:
        yield i
        i = text.find("\n", i + 1)
