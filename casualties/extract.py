"""Document → claims: find every casualty figure and type it.

One fast scan finds the words of death and injury; only the sentences around them are read
closely. In each such sentence every count (:mod:`casualties.numbers`) is tied to what governs
it: a participle after it ("60 civilians have died"), a verb before it ("killed 90
civilians"), a toll phrase ("the death toll rose to 67"), or its own head noun ("5,000
deaths"); figures joined by "and", "along with" or a colon share what one of them has. Then
come who says so (attribution in the sentence, or carried over from "it added"), whose dead
(demonyms, places, possessives, the reporter's own side), running total or increment, and
as of when (:mod:`casualties.dates`). No pandas here.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import itertools
import math
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from . import dates as _dates
from . import numbers as _numbers
from . import segment as _segment
from .errors import InputError
from .lexicon import compile_lists, load_list, load_toml
from .lexicon_patterns import Patterns, patterns
from .profiles import _DETECT_SPAN, Profile, _detect_scanner, detect_profile, get_profile
from .records import AsOfSource, Basis, Claim, Document, Outcome, Qualifier, Status
from .scan import MultiScanner, WordScanner, leftmost_longest
from .sides import _scanner as _side_scanner
from .sides import (
    country_names,
    dateline_city,
    dateline_side,
    demonym_table,
    find_places,
    find_sides,
    find_towns,
    language_use,
    side_from_text,
    sides_of_hits,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["extract", "extract_corpus", "extract_document", "iter_claims"]

ProfileSpec = str | Path | Profile | None


_GRAMMAR = load_toml("grammar")


def _words(pattern: str, name: str) -> regex.Pattern[str]:
    """``pattern`` with the word class ``name`` of data/grammar.toml as its list ``w``."""
    words = sorted(_GRAMMAR[name], key=lambda w: (-len(w), w))
    return compile_lists(pattern, regex.IGNORECASE, w=words)


@functools.lru_cache(maxsize=512)
def _rx(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """A pattern compiled once: the grammar's small patterns are used on every sentence."""
    return regex.compile(pattern, flags)


_WINDOW = 200
# how far a pattern that reads on from a position may look: `regex` scans for a pattern's
# required words to the end of the text unless told where to stop, which on a long
# document makes every such look cost the document's length
_AHEAD = 300
_ROW_SPAN = 400  # characters of a line before a figure, at most, for it to be a table row
_NEAR = 400  # how far from a figure its dates, attributions and quotes are looked for
_LABEL = regex.compile(
    r"[\s•*·–‒-]*(?P<label>[\p{L}][\p{L}’' ()-]{1,40}?)\s*(?:[:—–‒―−=]|\s-\s)\s*"
    r"(?:(?:about|some|approximately|around|roughly|over|more\s+than|at\s+least)\s+)?\Z",
    regex.IGNORECASE,
)
# head words that also modify a following head: "civilian deaths", "child soldiers"
_MODIFIER_HEADS = frozenset(_GRAMMAR["modifier_heads"])
_WORD = regex.compile(r"[\p{L}][\p{L}’'.-]*")
_CAP_WORD = regex.compile(r"\p{Lu}")
_CLAUSE_BREAK = regex.compile(
    r"(?:;|\s[—–‒―]\s|,\s*(?:bringing|raising|pushing|taking|which|while|whereas|but|and\s+that)\b|"
    r"\.\s)",
    regex.IGNORECASE,
)


@dataclasses.dataclass(slots=True)  # (created for every count, and read often)
class _Fig:
    """A count in a sentence while it is being typed (offsets into the document)."""

    amount: _numbers.Amount
    np_end: int
    head: str | None = None
    head_status: Status | None = None
    head_outcome: Outcome | None = None
    mods: str = ""
    inc: bool = False
    inc_word: str = ""  # "another", "additional" before the figure, when that made it inc
    each: bool = False
    both: bool = False
    place: str | None = None
    outcome: Outcome | None = None
    via: str = ""
    qstart: int = 0
    qend: int = 0
    toll_text: str = ""
    verb_text: str = ""
    perfect: bool = False
    linked: _Fig | None = None
    breakdown: bool = False
    blocked: bool = False  # followed by a verb of its own that is not an outcome
    rejected: str = ""
    made: list[Claim] = dataclasses.field(default_factory=list)
    sides: list[str | None] | None = None
    group_qend: int = 0  # where the list this figure heads ends ("1,314 people, including 458 ...")
    subset: bool = False  # "including 78 children": a part of the figure before
    label: str = ""
    toll_left: str = ""
    losses_text: str = ""  # losses whose figures name their own outcome: whose they are
    link: str = ""
    linked_since: dt.date | None = None
    basis: Basis | None = None
    aux: str = ""
    since_clause: int = -1  # "since 2014, when 301 workers died": where its "since" starts
    whole: Claim | None = None  # the claim that "N of the dead" is a part of
    # the claim another toll of the same dead answers ("gave a lower toll of 13"), set by _basis
    counted_again: Claim | None = None
    column: bool = False  # a cell of a table whose header names its outcome
    elliptic: bool = False  # "and about 1,500 in 2024": the verb of the figure before, left out
    total_of: _Fig | None = None  # ", bringing the total to N": the figure N adds up
    # the head of the list or breakdown this figure belongs to (set by _basis, so that a
    # sentence of a thousand listed figures walks each link once, not once per figure)
    root: _Fig | None = None

    @property
    def start(self) -> int:
        return self.amount.start


@dataclasses.dataclass(frozen=True)
class _Attribution:
    text: str
    start: int
    end: int
    reporter: str | None
    side: str | None
    named: bool  # names someone (not a pronoun or a generic head)


@dataclasses.dataclass
class _Context:
    """What one document's extraction shares across its sentences."""

    text: str
    published: dt.date | None
    source: str | None
    profile: Profile | None
    reference: dt.date
    pat: Patterns
    side_alias: WordScanner | None
    reporter_alias: WordScanner | None
    claims: list[Claim] = dataclasses.field(default_factory=list)
    attributions: dict[int, list[_Attribution]] = dataclasses.field(default_factory=dict)
    since_mentions: set[int] = dataclasses.field(default_factory=set)
    # dates that date no figure: the baseline of a since-clause, the day of a dateline
    undating: set[int] = dataclasses.field(default_factory=set)
    reporter_sides: dict[str, str | None] = dataclasses.field(default_factory=dict)
    doc_source: _Attribution | None = None
    head_end: int = -1  # where the title lines that name doc_source end
    # bodies the document names with their acronym: "ndma" and "national disaster management
    # agency" → "national disaster management agency ndma" (read when first needed)
    acronym_keys: dict[str, str] | None = None
    # the topic side is worked out when first asked for (None until _extract_into sets
    # topic_pending): most documents type no figure and never ask
    topic_pending: bool = False
    topic_known: str | None = None
    # the side scanner's hits in text[:_TOPIC_SPAN] (None: not looked for yet)
    topic_hits: list[tuple[int, int, str]] | None = None
    attached: list[tuple[int, int]] = dataclasses.field(default_factory=list)
    attached_starts: list[int] = dataclasses.field(default_factory=list)
    last_by_reporter: dict[str | None, Claim] = dataclasses.field(default_factory=dict)
    # the city of the story's dateline ("BEIRUT, Aug. 11 —"): a side only when nothing else is
    dateline: tuple[int, int] | None = None
    # _party_row's answer for each figure (by the figure's start)
    party_rows: dict[int, str | None] = dataclasses.field(default_factory=dict)
    # _story_lead's progress: claims read, the first dated incremental one, several days seen
    story_scan: tuple[int, Claim | None, bool] = (0, None, False)
    carried_memo: dict[tuple[int, str | None], _Attribution | None] = dataclasses.field(
        default_factory=dict
    )
    date_memo: dict[tuple[int, int], list[_dates.DateMention]] = dataclasses.field(
        default_factory=dict
    )
    heading_memo: dict[tuple[int, int, int], _Heading | None] = dataclasses.field(
        default_factory=dict
    )
    line_memo: dict[tuple[int, int], tuple[list[_dates.DateMention], bool, _Attribution | None]] = (
        dataclasses.field(default_factory=dict)
    )
    day_report_known: bool | None = None
    # the day of the attack a story or statement opens with (False: none; None: not read yet)
    story_day_known: _dates.DateMention | bool | None = None
    # the period a report's title covers (False: none; None: not read yet)
    title_period_known: _dates.DateMention | bool | None = None

    @property
    def day_report(self) -> bool:
        """A report of one day's fighting: its first prose paragraph opens with the window
        ("Over the past 24 hours, units of the Tsentr group ..."), which its parallel
        paragraphs share."""
        if self.day_report_known is None:
            body = self.text[max(0, self.head_end) : max(0, self.head_end) + 400].lstrip()
            self.day_report_known = _DAY_REPORT_OPENING.match(body) is not None
        return self.day_report_known

    @property
    def topic_side(self) -> str | None:
        if self.topic_pending:
            self.topic_pending = False
            self.topic_known = _topic_side(self)
        return self.topic_known


# ---------------------------------------------------------------------------------------
# public API


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    source: str | None = None,
    profile: ProfileSpec = "auto",
) -> list[Claim]:
    """Every casualty figure in ``text`` as a :class:`Claim`, in text order.

    ``published`` (a date or ISO string) resolves "on Monday" and "last week";
    ``profile`` is a built-in name, a TOML path, a :class:`Profile`, None (no profile) or
    "auto" (a built-in profile whose names occur in the text, else none).

    >>> claims = extract("Officials said 12 soldiers were killed on Monday.",
    ...                  published="2024-03-06", profile=None)
    >>> [(c.value, c.outcome.value, c.status.value, c.basis.value, str(c.as_of)) for c in claims]
    [(12, 'killed', 'military', 'incremental', '2024-03-04')]
    """
    if not isinstance(text, str):
        raise InputError(f"extract() needs a str, got {type(text).__name__}")
    return extract_document(
        Document(text=text, published=_as_date(published, "published"), source=source),
        profile=profile,
    )


def extract_document(document: Document, *, profile: ProfileSpec = "auto") -> list[Claim]:
    """Every casualty figure in one :class:`Document`."""
    text = document.text
    chosen = None if profile == "auto" else get_profile(profile)
    pat = patterns()
    # one pass finds the cue words, the profiles' detect phrases and the sides named
    cue_hits, detect_hits, side_hits = _first_look().hits(text)
    spans = _candidate_spans(text, pat, leftmost_longest(cue_hits))
    if not spans:
        return []  # no cue word in a sentence with a number: nothing more to read
    if profile == "auto":
        chosen = detect_profile(text, detect_hits, sides_of_hits(side_hits))
    reference = document.published or (chosen.end if chosen and chosen.end else None)
    reference = reference or (chosen.start if chosen and chosen.start else dt.date.today())
    ctx = _Context(
        text=text,
        published=document.published,
        source=document.source,
        profile=chosen,
        reference=reference,
        pat=pat,
        side_alias=_alias_scanner(chosen, "side"),
        reporter_alias=_alias_scanner(chosen, "reporter"),
        topic_hits=side_hits,
        dateline=dateline_city(text),
    )
    _extract_into(ctx, spans)
    return ctx.claims


def iter_claims(
    docs: Iterable[Document] | str | Path | pd.DataFrame,
    *,
    profile: ProfileSpec = "auto",
    progress: bool | None = None,
) -> Iterator[Claim]:
    """Claims of many documents, yielded one document at a time (memory stays flat)."""
    documents = _documents(docs)
    bar: Any = None
    if progress is None:
        import sys

        progress = sys.stderr.isatty()
    if progress:
        from tqdm.auto import tqdm

        total = len(documents) if isinstance(documents, list) else None
        bar = tqdm(total=total, unit="doc", desc="extract", leave=False)
    try:
        for document in documents:
            yield from extract_document(document, profile=profile)
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()


def extract_corpus(
    docs: Iterable[Document] | str | Path | pd.DataFrame,
    *,
    profile: ProfileSpec = "auto",
    progress: bool | None = None,
) -> list[Claim]:
    """Claims of many documents: a folder, a manifest CSV, Documents, or a DataFrame with
    ``text``, ``published`` and ``source`` columns. Shows a progress bar on a terminal."""
    return list(iter_claims(docs, profile=profile, progress=progress))


def _documents(docs: Any) -> Iterable[Document]:
    if isinstance(docs, (str, Path)):
        from .read import iter_corpus

        return iter_corpus(docs)
    import pandas as pd

    if isinstance(docs, pd.DataFrame):
        if "text" not in docs.columns:
            raise InputError("document frame needs a 'text' column")
        rows = []
        for i, row in enumerate(docs.to_dict("records")):
            published = row.get("published")
            rows.append(
                Document(
                    text=_cell_text(row.get("text"), i),
                    published=_as_date(published, f"row {i}, column published"),
                    source=None if _missing(row.get("source")) else str(row.get("source")),
                    outlet=None if _missing(row.get("outlet")) else str(row.get("outlet")),
                    title=None if _missing(row.get("title")) else str(row.get("title")),
                )
            )
        return rows
    if isinstance(docs, Document):
        return [docs]
    return docs if isinstance(docs, list) else (d for d in docs)


def _missing(raw: object) -> bool:
    """None, NaN, and pandas' NA and NaT (known by type name: no pandas import here)."""
    if raw is None:
        return True
    if isinstance(raw, float):
        return math.isnan(raw)
    return type(raw).__name__ in ("NAType", "NaTType")


def _cell_text(raw: object, row: int) -> str:
    if _missing(raw):
        return ""
    if not isinstance(raw, str):
        raise InputError(f"row {row}, column text: expected a string, got {type(raw).__name__}")
    return raw


def _as_date(raw: object, what: str) -> dt.date | None:
    if raw is None or _missing(raw):
        return None
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, str):
        try:
            return dt.date.fromisoformat(raw.strip()[:10])
        except ValueError:
            pass
    if hasattr(raw, "date"):
        return raw.date()  # type: ignore[no-any-return]
    raise InputError(f"{what}: {raw!r} is not a date (use YYYY-MM-DD)")


# ---------------------------------------------------------------------------------------
# document level


@functools.lru_cache(maxsize=64)
def _alias_scanner(profile: Profile | None, kind: str) -> WordScanner | None:
    if profile is None:
        return None
    table = profile.side_aliases() if kind == "side" else profile.reporter_aliases()
    return WordScanner(table, ignore_case=True) if table else None


@functools.cache
def _first_look() -> MultiScanner:
    """The cue words (whole text), the profiles' detect phrases (text[:_DETECT_SPAN]) and
    the sides (text[:_TOPIC_SPAN]) in one scanner: one pass over a document for the three."""
    return MultiScanner(
        [
            (patterns().cue, None),
            (_detect_scanner()[0], _DETECT_SPAN),
            (_side_scanner(), _TOPIC_SPAN),
        ]
    )


_REFERS_BACK = regex.compile(r"\s*(?:of|among)\s+(?:these|those|them)\b", regex.I)


def _candidate_spans(
    text: str, pat: Patterns, hits: list[tuple[int, int, str]] | None = None
) -> list[tuple[int, int]]:
    """The sentences worth reading closely, in text order: one fast scan finds the cue
    words (``hits``: ``pat.cue.find(text)``, when already found); a sentence holding one is
    kept when it also holds a number ("Province-wise deaths:" heads rows that name no
    outcome, "Sindh — 402", so its rows come along)."""
    if hits is None:
        hits = pat.cue.find(text)
    if not hits:
        return []
    skipped = _skipped_spans(text, pat)
    seen: set[tuple[int, int]] = set()
    spans: list[tuple[int, int]] = []
    last_end = -1
    for cue_start, _, _ in hits:
        if cue_start < last_end:
            continue  # another cue in the sentence already found
        if skipped and any(a <= cue_start < b for a, b in skipped):
            continue
        span = _segment.sentence_at(text, cue_start)
        last_end = span[1]
        if span in seen:
            continue
        seen.add(span)
        sentence = text[span[0] : span[1]]
        if (
            sentence.rstrip().endswith(":")
            or _heads_rows(text, span, sentence)
            or _table_header_cells(sentence) is not None
        ):
            rows = [row for row in _rows_below(text, span[1]) if row not in seen]
            if rows or _numbers.may_hold_amount(sentence):
                spans.append(span)
            for row in rows:
                seen.add(row)
                spans.append(row)
        elif _numbers.may_hold_amount(sentence):
            spans.append(span)
            # "... 187 civilian casualties. Of these, 41 were children": a sentence that
            # names no outcome but refers back to this one's is read too
            after = _REFERS_BACK.match(text, span[1], span[1] + _AHEAD)
            if after is not None:
                following = _segment.sentence_at(text, after.end() - 1)
                if following not in seen and _numbers.may_hold_amount(
                    text[following[0] : following[1]]
                ):
                    seen.add(following)
                    spans.append(following)
    spans.sort()
    # a row that a sentence of several lines already holds is read with that sentence
    kept: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if kept and kept[-1][0] <= span[0] and span[1] <= kept[-1][1]:
            continue
        kept.append(span)
    return kept


def _extract_into(ctx: _Context, spans: list[tuple[int, int]]) -> None:
    ctx.doc_source = _document_source(ctx)
    ctx.topic_pending = True  # ctx.topic_side: _topic_side(ctx), when first read
    for start, end in spans:
        _sentence_claims(ctx, start, end)
    _headlines(ctx)
    _splits_of_totals(ctx)
    _incident_day_told_after(ctx)


_REPORT_WORDS = _words(r"\b(?:\L<w>)\b", "report_words")


def _incident_day_told_after(ctx: _Context) -> None:
    """ "At least 17 soldiers were killed and 21 wounded when jihadists ambushed a convoy,
    the defence ministry said on Tuesday. ... the ministry said the attack on Sunday
    involved more than 100 fighters": the lead's counts are of the incident's day, which the
    next sentences give, not of the statement's."""
    if not ctx.claims:
        return
    lead = ctx.claims[0]
    if (
        lead.basis is not Basis.INCREMENTAL
        or lead.historical
        or lead.as_of is None
        or lead.as_of_source is AsOfSource.STATED
    ):
        return
    text = ctx.text
    l_start, l_end = _segment.sentence_at(text, lead.start)
    if not _ATTACK_VERB.search(text, l_start, l_end):
        return
    if any(
        l_start <= m.start < l_end
        and not _statement_date(text, m)
        and not _in_dateline(text, m.start, m.end)
        for m in _find_dates(ctx, l_start, l_end)
    ):
        return  # the lead dates its own incident
    pos = l_end
    for _ in range(2):  # the next two sentences
        following = _NONSPACE.search(text, pos)
        if following is None:
            break
        n_start, n_end = _segment.sentence_at(text, following.start())
        back = _INCIDENT_ON.search(text, n_start, n_end)
        if back is not None:
            days = [
                m
                for m in _find_dates(ctx, n_start, n_end)
                if m.start == back.start("day") and m.kind == "day" and m.first == m.last
            ]
            if days and days[0].last is not None and days[0].last <= lead.as_of:
                day = days[0].last
                for index, claim in enumerate(ctx.claims):
                    if (
                        l_start <= claim.start < l_end
                        and claim.as_of == lead.as_of
                        and claim.basis is Basis.INCREMENTAL
                    ):
                        ctx.claims[index] = claim.replace(
                            as_of=day,
                            as_of_earliest=None,
                            as_of_source=AsOfSource.RELATIVE,
                            rule=claim.rule + "+incident-day-after",
                        )
            return
        pos = n_end


_NONSPACE = regex.compile(r"\S")
_INCIDENT_ON = compile_lists(
    r"\bthe\s+(?:\L<w>)\s+(?:on|of)\s+"
    r"(?P<day>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)",
    regex.I,
    w=sorted(_GRAMMAR["attack_nouns"], key=lambda w: (-len(w), w)),
)


def _document_source(ctx: _Context) -> _Attribution | None:
    """A document whose title names its author ("Ministry of Health – Gaza Strip: daily
    statistical report, 10 February 2025") is that author's statement throughout."""
    text = ctx.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    title = text[start:end].strip()
    opening = _rx(r"[^.\n]{5,80}?,\s+\d{1,2}\s+\p{L}+\s+\d{4}\.(?=\s)").match(
        text, start, start + _AHEAD
    )
    if opening is not None:
        # "General Staff of the AFU, 11 February 2025. The enemy's total combat losses ...": a
        # statement that opens with its author and its date
        who = opening.group(0).rpartition(",")[0]
        found = _heading_reporter(ctx, start, start + len(who))
        if found is not None and found.reporter is not None and found.start <= start + 4:
            ctx.head_end = start + len(who)
            return found
    if not title or len(title) > 160 or title[-1] in '.!?"”':
        return None
    if _REPORT_WORDS.search(title):
        ctx.head_end = end
        # "PRESS RELEASE - Civilian Watch Sahel - Niamey, 6 May 2025": the part of a title
        # that is a body's name
        for part in _TITLE_PARTS.finditer(title):
            words = part.group(0).strip()
            if (
                len(title) > len(words)
                and _TITLE_BODY.fullmatch(words)
                and not _REPORT_WORDS.search(words)
                and not find_places(words)
                and side_from_text(words) is None
            ):
                at = start + part.start() + part.group(0).find(words)
                body = _resolve(ctx, words, at, at + len(words))
                if body.named and body.reporter is not None:
                    return body
        # "Press briefing notes on Myanmar — Geneva, 4 March 2025" over "Spokesperson for
        # the UN Human Rights Office (OHCHR)", "... SECURITY UPDATE - Week 31" over "Northern
        # Mozambique Conflict Observatory" or "Source: Sinaloa State Prosecutor's Office":
        # the line under a title that names no one
        head = _masthead(text, start)
        if len(head) >= 2:
            a, b = head[1]
            source = _SOURCE_LINE.match(text, a, b)
            if source is not None:
                a, b = source.start("who"), source.end("who")
            if (
                source is not None
                or _SPOKESPERSON_FOR.match(text, a, b)
                or _ORG_LINE.fullmatch(text, a, b)
            ):
                found = _heading_reporter(ctx, a, b) if source is None else None
                if found is None or found.reporter is None:
                    found = _resolve(ctx, text[a:b].strip(), a, b)
                if found.reporter is not None and found.named:
                    ctx.head_end = head[1][1]
                    return found
        found = _heading_reporter(ctx, start, end)
        if found is not None and found.reporter is not None:
            return found
        return None
    # a masthead: "NATIONAL DISASTER MANAGEMENT AUTHORITY (NDMA), Government of Pakistan" over
    # "Monsoon 2026 — Situation Report No. 71"; the body it names first is the author
    head = _masthead(text, start)
    # the report's title may end the masthead ('Daily Situation Report: Cyclone "Mora"')
    below = text[head[-1][1] : head[-1][1] + 200].lstrip().partition("\n")[0] if head else ""
    if not any(_REPORT_WORDS.search(text, a, b) for a, b in head) and not _REPORT_WORDS.search(
        below
    ):
        if title.isupper() and 2 <= len(title.split()) <= 12:
            # "GENERAL STAFF OF THE ARMED FORCES OF UKRAINE" over its figures: a body's name in
            # capitals, alone on the first line, is the document's author
            found = _heading_reporter(ctx, start, end)
            if (
                found is not None
                and found.reporter is not None
                and len(found.text) >= 0.5 * len(title)
            ):
                ctx.head_end = end
                return found
        return None
    named: list[_Attribution] = []
    for a, b in head[:4]:
        if _REPORT_WORDS.search(text, a, b):
            # "Flash Update No. 2 — OCHA, 22 April 2026": the title names its author
            found = _heading_reporter(ctx, a, b)
            if not named and found is not None and found.reporter is not None:
                named.append(found)
            break
        found = _heading_reporter(ctx, a, b)
        if found is not None and found.reporter is not None:
            acr = _BRACKET_ACRONYM.search(text, a, b)
            if acr and side_from_text(acr.group("acr").title()) is None:
                # "National Disaster Risk Reduction and Management Authority (NDRRMA)" under
                # "Government of Nepal, Ministry of Home Affairs": the body with its acronym
                named.insert(0, found)
            elif not _GOVERNMENT_OF.match(found.text):
                named.append(found)
    if named:
        ctx.head_end = head[-1][1]
        return named[0]
    first = text[head[0][0] : head[0][1]] if head else ""
    if (
        first
        and len(head) >= 2
        and not _REPORT_WORDS.search(first)
        and not any(ch.isdigit() for ch in first)
        and 2 <= len(first.split()) <= 8
        and first[:1].isupper()
        and side_from_text(first) != first
        and " ".join(w.capitalize() for w in first.split()) not in demonym_table()
    ):
        # "Protección Civil de Valencia" over "Balance de la DANA — English summary": a
        # masthead in another language names its author on its first line
        ctx.head_end = head[-1][1]
        found = _resolve(ctx, first, head[0][0], head[0][1])
        return found if found.reporter is not None else None
    return None


_FIRST_PERSON_BODY = _words(
    r"we|our\s+(?:[\w-]+\s+)?(?:\L<w>)"
    r"|(?:the\s+)?(?:figures|data|information|numbers|reports|records)\s+(?:that\s+)?we\s+.*",
    "first_person_heads",
)
# the parts of a title between dashes: "PRESS RELEASE - Civilian Watch Sahel - Niamey"
_TITLE_PARTS = regex.compile(r"[^—–-]+(?:-(?!\s)[^—–-]+)*")
# a body's name: capitalised words, joiners between them ("Civilian Watch Sahel")
_TITLE_BODY = regex.compile(
    r"(?-i:\p{Lu})[\p{L}’'.]+(?:\s+(?:(?:of|for|and|on|de|du|del|la)\s+)?(?-i:\p{Lu})[\p{L}’'.]+){1,6}"
)
# "Source: Sinaloa State Prosecutor's Office; compiled by our data desk"
_SOURCE_LINE = regex.compile(
    r"\W*(?:(?:source|sources|data|figures|compiled\s+by|prepared\s+by|issued\s+by)\s*:"
    # "Prepared by the UN Integrated Office in Haiti (BINUH) with OCHA"
    r"|(?:compiled|prepared|issued|produced|published)\s+by(?=\s))\s*"
    r"(?P<who>[^;,(\n]{3,80}?(?:\s*\(\p{Lu}[\p{Lu}\p{Ll}]{1,9}\))?)\s*(?:[;,(]|\s+with\s|\Z)",
    regex.I,
)
# a line that is a body's name alone: "Northern Mozambique Conflict Observatory"
_ORG_LINE = _words(
    r"\W*(?:the\s+)?(?:(?-i:\p{Lu})[\p{L}’'.-]+\s+(?:(?:of|for|and|on)\s+)?){1,6}"
    r"(?:\L<w>)(?:\s+\((?-i:\p{Lu}{2,8})\))?\s*",
    "body_heads",
)
_SPOKESPERSON_FOR = regex.compile(
    r"\W*(?:(?:spokes(?:person|man|woman)|statement|remarks|briefing|press\s+(?:office|service))"
    r"\s+(?:for|of|by)|(?:issued|delivered|released)\s+by|from)\s+(?:the\s+)?(?-i:\p{Lu})",
    regex.I,
)
_GOVERNMENT_OF = regex.compile(
    r"(?:the\s+)?(?:(?:government|republic|state|kingdom|presidency|council\s+of\s+ministers)\s+of\b"
    r"|office\s+of\s+the\s+(?:president|prime\s+minister))",
    regex.I,
)


def _masthead(text: str, start: int) -> list[tuple[int, int]]:
    """The title lines a document opens with, up to its first prose or row (at most 8)."""
    lines: list[tuple[int, int]] = []
    pos = start
    blank = False
    while pos < len(text) and len(lines) < 8:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        raw = text[pos:end]
        line = raw.strip()
        line_start = pos + len(raw) - len(raw.lstrip())
        pos = end + 1
        if not line:
            blank = bool(lines)
            continue
        if len(line) > 160 or line[-1] in '.!?"”' or _TABLE_ROW.search(line):
            break
        if blank and line[-1] == ":":
            break  # "MOZAMBIQUE — INGD, 26 Dec:" after a blank line: a section, not the title
        lines.append((line_start, line_start + len(line)))
    return lines


_TOPIC_SPAN = 20000  # a document's topic side is read from its first 20000 characters


def _topic_side(ctx: _Context) -> str | None:
    """The country or side a document is about, when one dominates its mentions (a flood in
    Pakistan, a UN report on civilians in Ukraine); attackers ("Russian strikes") do not
    count. None when several share the document. With a profile the bar is higher: its
    stories name both sides as a matter of course."""
    counts: dict[str, int] = {}
    mentions = None
    if ctx.topic_hits is not None and not (ctx.side_alias is not None and ctx.profile is not None):
        mentions = [  # (what _side_mentions would find)
            m for m in sides_of_hits(ctx.topic_hits) if not language_use(ctx.text, m[1], m[2])
        ]
    for side in _sides_not_agents(ctx, ctx.text[:_TOPIC_SPAN], mentions):
        counts[side] = counts.get(side, 0) + 1
    if ctx.profile is None:
        # "Rio Grande do Sul", "Aomori Prefecture": a country's regions name it too
        for side, _, _ in find_places(ctx.text[:_TOPIC_SPAN]):
            counts[side] = counts.get(side, 0) + 1
        # "CENTRAL AFRICAN REPUBLIC: Flash Update", "VIET NAM DISASTER ...": a title in capitals
        for line in ctx.text[:600].splitlines()[:6]:
            for part in _rx(r"[:,()]|\s[—–-]\s").split(line):
                if part.isupper():
                    titled = part.strip().title()
                    # ("ASSAM STATE DISASTER MANAGEMENT AUTHORITY": a region names its country)
                    places = find_places(titled) if len(titled.split()) >= 3 else []
                    for side, _, _ in find_sides(titled) or places:
                        counts[side] = counts.get(side, 0) + 1
    if not counts:
        if ctx.profile is not None:
            return None
        # "DHAKA, July 21 — Rescue divers recovered 23 more bodies from a launch that capsized
        # in the Meghna river": a story that names no country is the dateline's, or else
        # that of the towns it names ("a village near Butembo ... fled towards Kirumba")
        dateline = dateline_side(ctx.text)
        if dateline is not None:
            return dateline
        for side, _, _ in find_towns(ctx.text[:_TOPIC_SPAN]):
            counts[side] = counts.get(side, 0) + 1
        if not counts:
            return None
    side, top = max(counts.items(), key=lambda kv: kv[1])
    total = sum(counts.values())
    if ctx.profile is not None:
        # (a story that names one side only, however briefly, is about that side)
        return side if (top >= 3 and top >= 0.8 * total) or len(counts) == 1 else None
    return side if top >= 0.6 * total else None


def _frame_country(ctx: _Context, pos: int) -> str | None:
    """The country a sentence opens with ("In Bangladesh, the disaster management ministry
    said ..."), when it names one."""
    if pos < 0 or pos >= len(ctx.text):
        return None
    item = _COUNTRY_ITEM.match(ctx.text, _paragraph_start(ctx.text, pos))
    if item is not None and item.end() <= pos + 2:
        # "ECUADOR: ... the prison service SNAI said": the item's country
        side = side_from_text(item.group("country").title())
        if side and side != "both":
            return country_names().get(side)
    frame = _FRAME.match(ctx.text, _segment.sentence_at(ctx.text, pos)[0], pos)
    if frame is None:
        return None
    side = side_from_text(frame.group("place"))
    return country_names().get(side) if side and side != "both" else None


def _topic_country(ctx: _Context) -> str | None:
    """The name of the country a story is about, when one side dominates it and that side
    is a country of the demonym table."""
    return country_names().get(ctx.topic_side) if ctx.topic_side else None


_WATER_AFTER = regex.compile(r"\s+(?:Ocean|Sea|Gulf|River|Delta)\b")


def _sides_not_agents(
    ctx: _Context, text: str, mentions: list[tuple[str, int, int]] | None = None
) -> list[str]:
    """The sides ``text`` names, in order, less those named as attackers or sponsors
    ("Russian strikes", "the Israeli aggression", "the Saudi-led coalition"); ``mentions``:
    ``_side_mentions(ctx, text)``, when already found."""
    return [
        side
        for side, start, end in (_side_mentions(ctx, text) if mentions is None else mentions)
        if not (
            text[end : end + 1]
            != "\n"  # a title line's end: "... of Bangladesh" over "Ministry ..."
            and _AGENT_AFTER.match(text, end + 1, min(len(text), end + 40))
        )
        and not (text[end : end + 1] == "-" and _LED.match(text, end, end + _AHEAD))
        # a profile alias that is itself a force ("Russian troops shelled ..."), unless
        # counted ("40 Russian troops")
        and not (
            _agent_tail(text[max(0, start - 1) : end], min(start, 1))
            and not _rx(
                r"(?:\d[\d,.]*|dozens|hundreds|thousands|scores|several|many|some|few)\s+"
                r"(?:of\s+)?\Z",
                regex.I,
            ).search(text, max(0, start - 14), start)
        )
        # not "the Indian Ocean", nor "from neighbouring Mali": not the story's country
        and not (text[end : end + 1].isspace() and _WATER_AFTER.match(text, end, end + 8))
        # not a place named with a people's word: "Thai Nguyen", "Thai Binh" in Viet Nam
        # (but "Ethiopia's Wolaita zone" is in Ethiopia, and "the Ethiopian Disaster Risk
        # Management Commission" is Ethiopia's)
        and not (
            text[end : end + 1] == " "
            and text[end - 2 : end] not in ("'s", "’s")
            and _PLACE_NAME_AFTER.match(text, end, end + 30)
            and not _BODY_NAME_AFTER.match(text, end, end + 60)
        )
        and not _rx(r"\b(?:neighbou?ring|bordering)\s+\Z", regex.I).search(
            text, max(0, start - 14), start
        )
        # not a place a figure is compared with ("1,990 fatalities in the country, compared
        # with 1,180 in Mali and 640 in Niger")
        and not _COMPARED_BEFORE.search(text, max(0, start - 80), start)
    ]


_COMPARED_BEFORE = regex.compile(
    r"\b(?:compared\s+(?:with|to)|than\s+(?:in|for)|versus|vs\.?)\s[^.;:!?\n]{0,60}\Z", regex.I
)


_BODY_NAME_AFTER = regex.compile(
    r"(?:\s+(?-i:\p{Lu})[\p{L}’'-]+){1,5}\s+(?:Commission|Ministry|Agency|Authority|Office|"
    r"Council|Committee|Service|Department|Directorate|Centre|Center|Society|Institute)\b"
)
# a capitalised word that is neither a body nor people nor a word of the news: a place's name
_PLACE_NAME_AFTER = compile_lists(
    r" (?-i:\p{Lu}\p{Ll}+)(?=[\s,:;.)]|\Z)(?<!\b(?:\L<known>))",
    regex.I,
    known=sorted(
        set(_GRAMMAR["organisation_words"])
        | set(_GRAMMAR["body_heads"])
        | set(_GRAMMAR["carry_heads"])
        | {
            "army",
            "forces",
            "troops",
            "government",
            "president",
            "prime",
            "minister",
            "officials",
            "police",
            "soldiers",
            "civilians",
            "people",
            "side",
            "border",
            "capital",
            "state",
            "national",
            "airlines",
            "embassy",
            "ambassador",
            "news",
            "media",
            "television",
            "red",
            "republic",
            "navy",
            "air",
            "coast",
            "general",
            "defence",
            "defense",
            "health",
            "foreign",
            "interior",
            "nationals",
            "citizens",
            "man",
            "woman",
            "officer",
            "official",
        },
        key=lambda w: (-len(w), w),
    ),
)
_CELL_SPLIT = regex.compile(r"\s*\|\s*|\t+\s*|\s{3,}")


def _cells(line: str) -> list[tuple[int, int]]:
    """The cells of a table line split on "|", tabs or wide gaps, as offsets into it."""
    cells: list[tuple[int, int]] = []
    stripped_end = len(line.rstrip())
    pos = len(line) - len(line.lstrip())
    for m in _CELL_SPLIT.finditer(line, pos, stripped_end):
        if m.start() > pos:
            cells.append((pos, m.start()))
        pos = m.end()
    if stripped_end > pos:
        cells.append((pos, stripped_end))
    return cells


def _table_header_cells(line: str) -> list[str] | None:
    """The column names of a table's header line ("District | Dead | Injured | Missing"),
    when one of them counts casualties and the line has no figure."""
    if ("|" not in line and "\t" not in line and "   " not in line) or "\n" in line.strip():
        return None
    if any(ch.isdigit() for ch in line):
        return None
    cells = [line[a:b].strip() for a, b in _cells(line)]
    if len(cells) < 3 or not any(_HEADING_TOLL.search(c) for c in cells[1:]):
        return None
    return cells


def _table_column(
    ctx: _Context, line_start: int, amount: _numbers.Amount
) -> tuple[str, str] | None:
    """For a figure in a table row, its row label and its column's name, read from the
    header line that opens the row's block."""
    text = ctx.text
    line_end = text.find("\n", amount.end)
    line_end = len(text) if line_end < 0 else line_end
    row = text[line_start:line_end]
    cells = _cells(row)
    if len(cells) < 3:
        return None
    at = next((i for i, (a, b) in enumerate(cells) if a <= amount.start - line_start < b), None)
    if not at:
        return None
    pos = line_start - 1
    for _ in range(40):
        if pos <= 0:
            return None
        start = _line_start(text, pos)
        line = text[start:pos]
        if not line.strip():
            return None
        header = _table_header_cells(line)
        if header is not None:
            if len(header) != len(cells):
                return None
            return row[cells[0][0] : cells[0][1]].strip(), header[at]
        pos = start - 1
    return None


def _heads_rows(text: str, span: tuple[int, int], sentence: str) -> bool:
    """A title line with no colon over rows ("2. Province-wise deaths" over "Punjab: 207")."""
    line = sentence.strip()
    if "\n" in line or len(line) > 90 or line[-1:] in '.!?"”;,' or _TABLE_ROW.search(line):
        return False
    after = text.find("\n", span[1] - 1 if text[span[1] - 1 : span[1]] == "\n" else span[1])
    if after < 0:
        return False
    nxt = text.find("\n", after + 1)
    first_row = text[after + 1 : len(text) if nxt < 0 else nxt]
    return bool(_TABLE_ROW.search(first_row.strip()) or _BARE_ROW.match(first_row))


def _rows_below(text: str, end: int, limit: int = 40) -> list[tuple[int, int]]:
    """The lines of the block below a heading line that ends at ``end``, up to a blank line."""
    rows: list[tuple[int, int]] = []
    pos = text.find("\n", end)
    gap_allowed = True  # "... in the following counties:", a blank line, then the rows
    while pos >= 0 and len(rows) < limit:
        start = pos + 1
        nxt = text.find("\n", start)
        stop = len(text) if nxt < 0 else nxt
        line = text[start:stop]
        if not line.strip():
            if gap_allowed and not rows and nxt >= 0:
                gap_allowed = False
                pos = nxt
                continue
            break
        left = start + len(line) - len(line.lstrip())
        rows.append((left, start + len(line.rstrip())))
        pos = nxt
    return rows


def _skipped_spans(text: str, pat: Patterns) -> list[tuple[int, int]]:
    """Link lists after "Read more:" lines: headlines of other articles, not this one's."""
    spans = []
    for match in pat.readmore.finditer(text):
        end = match.end()
        pos = end
        # skip the following lines until one reads as prose (ends with terminal punctuation
        # and is long) or a blank-line-separated block of prose starts
        while pos < len(text):
            nl = text.find("\n", pos + 1)
            line_end = len(text) if nl < 0 else nl
            line = text[pos:line_end].strip()
            if line and (line[-1] in '.!?"”' and len(line) > 80):
                break
            pos = line_end
            if nl < 0:
                break
        spans.append((match.start(), pos))
    return spans


# ---------------------------------------------------------------------------------------
# sentence level: find and type figures


def _sentence_claims(ctx: _Context, s_start: int, s_end: int) -> None:
    text = ctx.text
    sentence = text[s_start:s_end]
    amounts = [_numbers.shifted(a, s_start) for a in _numbers.find_amounts(sentence)]
    for i, a in enumerate(amounts):
        # a figure in scare quotes reads as one without them: killed "hundreds" of militants
        if (
            a.start > s_start
            and text[a.start - 1] in '"“'
            and a.end < s_end
            and text[a.end] in '"”'
            and _rx(r"\s+of\s").match(text, a.end + 1, a.end + _AHEAD)
        ):
            amounts[i] = dataclasses.replace(a, start=a.start - 1, end=a.end + 1)
    if not amounts or all(_counts_things(ctx, a, s_end) for a in amounts):
        return  # "captured 14 villages and 27 square kilometres": no figure counts people
    mentions = _find_dates(ctx, s_start, s_end)
    for i, m in enumerate(mentions):
        # "killed in January, 16 were children": a month, then a count after the comma
        month = _rx(r"([\p{L}.]+),\s+\d{1,2}").fullmatch(m.text)
        if month is not None and (
            _rx(r"\s+(?:were|was|are|had|have|died|of)\b").match(text, m.end, s_end)
            or _counts_people(ctx, m.end, s_end)
        ):
            alone = _find_dates(ctx, m.start, m.start + len(month.group(1)))
            mentions[i : i + 1] = alone[:1]
            break
    for m in mentions:
        if _in_dateline(text, m.start, m.end):
            ctx.undating.add(m.start)  # "KYIV, July 9 (Reuters) -": when the story was filed
    # date mentions never overlap one another: sorted starts answer "inside a date?" by bisection
    date_starts = [m.start for m in mentions]
    date_ends = [m.end for m in mentions]

    def in_date(start: int, end: int) -> bool:
        i = bisect.bisect_right(date_starts, end - 1) - 1
        return i >= 0 and date_ends[i] > start

    # "since Oct. 7 to 35,562": a range read across a date's end is the date, then a count
    for index, amount in enumerate(amounts):
        i = bisect.bisect_right(date_starts, amount.number_start) - 1
        if i >= 0 and date_starts[i] <= amount.number_start < date_ends[i] < amount.end:
            tail = [
                _numbers.shifted(a, date_ends[i])
                for a in _numbers.find_amounts(text[date_ends[i] : amount.end])
            ]
            tail = [a for a in tail if a.number_start > date_ends[i]]
            amounts[index : index + 1] = tail[-1:]
            break

    # figures that end a toll phrase's reach; "two camps" in "the toll from the bombing of two
    # camps ... has risen to 35" counts things and ends nothing
    blocking = [
        a.start
        for a in amounts
        if not a.year_like
        and not in_date(a.start, a.start + 1)
        and not (
            _THING_AFTER_PREPOSITION.search(ctx.text, max(0, a.start - 12), a.start)
            and (thing := ctx.pat.head.match(ctx.text, a.end, min(s_end, a.end + 80))) is not None
            and thing.group("head").lower() in ctx.pat.non_casualty
        )
    ]
    figs: list[_Fig] = []
    for index, amount in enumerate(amounts):
        if getattr(amount, "compound", False):
            continue
        if amount.year_like and not (
            _counts_people(ctx, amount.end, s_end) or _toll_reaches(ctx, amount, s_start)
        ):
            continue  # "in 1994", but not "1994 people were killed" or "the toll rose to 1000"
        if in_date(amount.start, amount.end):
            continue
        following = amounts[index + 1].start if index + 1 < len(amounts) else s_end
        fig = _read_figure(ctx, amount, s_start, s_end, following, blocking)
        if fig is not None:
            figs.append(fig)
    if not figs:
        return
    figs = _parts_of_wholes(ctx, figs)
    if figs[0].outcome is None and not figs[0].blocked:
        lead = _anaphoric_lead(ctx, s_start, figs[0].amount.start)
        if lead is not None:
            # "Of those, 111 were Palestinians", "Of the civilians killed in January, 16 were
            # children": a part of the figure the words before name or refer back to
            figs[0].outcome, status = lead
            figs[0].via = "anaphora"
            if figs[0].head_status in (None, Status.UNSPECIFIED) and status is not None:
                figs[0].head_status = status
    _link(ctx, figs, s_start)
    _bulletin_lines(ctx, figs, amounts, s_start)
    for fig in figs:
        if fig.amount.value == 0 and fig.amount.high == 0:
            fig.rejected = "zero"  # "Deaths: 0", "Barguna | 4 | 18 | 0": none, a negation
    kept = [f for f in figs if f.outcome is not None and not f.rejected]
    for fig in kept:
        _check_modality(ctx, fig, s_start)
    kept = [f for f in kept if not f.rejected]
    if not kept:
        return
    ctx.attached = [(f.amount.end, f.np_end) for f in kept]
    ctx.attached_starts = [a for a, _ in ctx.attached]
    scopes = []
    for i, fig in enumerate(kept):
        following = kept[i + 1].qstart if i + 1 < len(kept) else s_end
        previous = kept[i - 1].qend if i > 0 else s_start
        scopes.append(_scope(ctx, fig, s_start, s_end, previous, following))
    # figures in one list share one clause: "14 people, including four children, were
    # killed when an air strike hit a market" (one pass: a chain of n figures is one group)
    group_start = 0
    for i in range(1, len(kept) + 1):
        if i < len(kept) and kept[i].linked is kept[i - 1]:
            continue
        if i - group_start > 1:
            merged = (
                min(scope[0] for scope in scopes[group_start:i]),
                max(scope[1] for scope in scopes[group_start:i]),
            )
            scopes[group_start:i] = [merged] * (i - group_start)
        group_start = i
    for i in range(len(kept) - 1, 0, -1):
        if kept[i].linked is kept[i - 1] and not kept[i].breakdown:
            kept[i - 1].group_qend = max(kept[i - 1].group_qend, kept[i].group_qend, kept[i].qend)
    children: dict[int, list[_Fig]] = {}
    for fig in kept:
        if fig.linked is not None:
            children.setdefault(id(fig.linked), []).append(fig)
    for i, fig in enumerate(kept):
        # per-figure work looks only at the dates near the figure, so a huge sentence full
        # of figures and dates costs time in proportion to its length
        lo = bisect.bisect_left(date_starts, scopes[i][0] - _NEAR)
        hi = bisect.bisect_right(date_starts, scopes[i][1] + _NEAR)
        made = _type_figure(ctx, fig, s_start, s_end, scopes[i], mentions[lo:hi])
        if made and made[0].reporter is None and fig.linked is not None and fig.linked.made:
            # "Of those, 1,554 were killed and 951 injured": one statement, one reporter
            source = fig.linked.made[0]
            if source.reporter is not None:
                made = [
                    c.replace(reporter=source.reporter, reporter_text=source.reporter_text)
                    for c in made
                ]
        fig.made = made
        ctx.claims.extend(made)
        if made:
            fig.basis = made[0].basis
            ctx.last_by_reporter[made[0].reporter] = made[0]
            for later in children.get(id(fig), ()):
                later.linked_since = made[0].since


_LEAD = regex.compile(
    r"\s*(?:of|among)\s+(?P<ref>them|(?:those|these|the)(?:\s+[^,;]{1,60}?)?)\s*,\s*\Z",
    regex.IGNORECASE,
)


_PART_OF_WHOLE = regex.compile(
    r"\s+of\s+(?:the\s+|about\s+|some\s+|an\s+estimated\s+|its\s+|their\s+|roughly\s+|"
    r"nearly\s+|around\s+)?\Z",
    regex.I,
)


def _parts_of_wholes(ctx: _Context, figs: list[_Fig]) -> list[_Fig]:
    """ "12 of the 40 passengers were killed", "90 of about 200 residents": the count is the
    part; the whole after "of" only says how many there were."""
    out: list[_Fig] = []
    skip = -1
    for i, fig in enumerate(figs):
        if i == skip:
            continue
        whole = figs[i + 1] if i + 1 < len(figs) else None
        if (
            whole is not None
            and fig.outcome is None
            and whole.outcome is not None
            and whole.via in ("passive", "noun")
            and _PART_OF_WHOLE.fullmatch(ctx.text, fig.amount.end, whole.amount.start) is not None
        ):
            fig.outcome = whole.outcome
            fig.via = whole.via
            fig.head = whole.head
            fig.head_status = whole.head_status
            fig.head_outcome = whole.head_outcome
            fig.mods = whole.mods
            fig.verb_text = whole.verb_text
            fig.aux = whole.aux
            fig.perfect = whole.perfect
            fig.np_end = whole.np_end
            fig.qend = whole.qend
            fig.place = whole.place
            skip = i + 1
        out.append(fig)
    return out


# participles of "Among those taken were ..." that name an outcome no verb list gives them
_LEAD_PARTICIPLES = {w: Outcome(o) for w, o in _GRAMMAR["lead_participles"].items()}
_AMONG_WERE = regex.compile(
    r"\s*among\s+(?P<ref>(?:the|those|these|(?:\p{L}+['’]s))\s+[^,;]{1,40}?)\s+(?:were|are|was|is)\s+"
    r"(?:(?:at\s+least|about|some)\s+)?\Z",
    regex.IGNORECASE,
)


def _anaphoric_lead(
    ctx: _Context, s_start: int, figure_start: int
) -> tuple[Outcome, Status | None] | None:
    """The outcome (and status) a sentence's opening "Of those," or "Of the civilians killed
    in January," gives the figure after it: named there, or the last claim's. So does
    "Among October's victims were 11 police officers"."""
    lead = _LEAD.match(ctx.text, s_start, figure_start) or _AMONG_WERE.match(
        ctx.text, s_start, figure_start
    )
    if lead is None:
        return None
    words = _WORD.findall(lead.group("ref").lower())
    status = next((ctx.pat.noun_status[w] for w in words if w in ctx.pat.noun_status), None)
    for w in words:
        # ("Among those taken were 14 children": the taken are the abducted)
        outcome = (
            ctx.pat.passive_outcome.get(w)
            or ctx.pat.word_outcome.get(w)
            or _LEAD_PARTICIPLES.get(w)
        )
        if outcome is not None:
            return outcome, status if status is not Status.UNSPECIFIED else None
    previous = ctx.claims[-1] if ctx.claims else None
    if previous is None or s_start - previous.end > 600 or len(words) > 1:
        return None
    return previous.outcome, previous.status


def _find_dates(ctx: _Context, s_start: int, s_end: int) -> list[_dates.DateMention]:
    """Date mentions of a sentence; when it dates its statement ("said on Tuesday"), the
    other relative dates ("over the past day") are resolved against that day. Read once a
    span: a sentence is asked again as the one before the next, or as a heading line."""
    memo = ctx.date_memo.get((s_start, s_end))
    if memo is None:
        memo = ctx.date_memo[(s_start, s_end)] = _read_dates(ctx, s_start, s_end)
    return list(memo)


def _read_dates(ctx: _Context, s_start: int, s_end: int) -> list[_dates.DateMention]:
    conflict_start = ctx.profile.start if ctx.profile else None
    sentence = ctx.text[s_start:s_end]
    found = _dates.find_dates(sentence, ctx.reference, conflict_start=conflict_start)
    statement = next(
        (
            m
            for m in found
            if m.kind == "day" and m.last is not None and _statement_date(sentence, m)
        ),
        None,
    )
    if statement is not None and statement.last != ctx.reference and statement.last is not None:
        # only relative dates move with the statement's day ("over the past day"); "9
        # February" stays the one before publication, not the one before the statement
        again = {
            m.start: m
            for m in _dates.find_dates(sentence, statement.last, conflict_start=conflict_start)
        }
        found = [
            m if m.start == statement.start or not m.relative else again.get(m.start, m)
            for m in found
        ]
    shifted = []
    for m in found:
        if m.relative and ctx.published is None and m.text.lower().find("day of") < 0:
            continue  # nothing to resolve "on Monday" against
        shifted.append(dataclasses.replace(m, start=m.start + s_start, end=m.end + s_start))
    return shifted


_NEW_CLAUSE = regex.compile(
    r";|,\s*(?:while|whereas|but|although|though)\b"
    r"|(?<!\b(?-i:\p{Lu})\p{Ll}{0,3})[.!?]\s+(?=(?-i:\p{Lu}))",  # not "Oct. 7", "Gen. Smith"
    regex.I,
)
_DATELINE_BEFORE = regex.compile(
    r"(?:^|\n)[ \t]*(?-i:\p{Lu}[\p{Lu}\p{M}’' .-]{1,40})(?:,[ \t]+[\p{L}’' .-]{2,30})?,?[ \t]*\Z"
)
_DATELINE_AFTER = regex.compile(r"[ \t]*(?:\([\p{L}\p{N} .&/-]{2,30}\)[ \t]*)?(?:[-–—‒―]{1,2}|:)\s")


def _in_dateline(text: str, start: int, end: int) -> bool:
    """True for the date of a dateline ("KYIV, July 9 (Reuters) -", "GOMA, Congo, March 3
    --"): the day the story was filed, which dates none of its figures."""
    return bool(
        _DATELINE_AFTER.match(text, end, end + 40)
        and _DATELINE_BEFORE.search(text, max(0, start - 80), start)
    )


_BARE_TOLLS = frozenset(_GRAMMAR["bare_toll_words"])
_CAPTIVES = frozenset(_GRAMMAR["captive_heads"])
_NOT_HURT = _words(r"\b(?:\L<w>)\b", "not_hurt_words")
_BRINGING_TOTAL = regex.compile(
    r",\s*(?:bringing|raising|taking|pushing|lifting|increasing)\s+"
    r"(?P<phrase>(?:(?:the|its|their|this\s+year's|the\s+overall)\s+(?:[\w’'-]+\s+){0,2}?)?"
    r"(?:total|tally|count|figure|number)\b[^,;.]{0,60}?\s+to)\s+\Z",
    regex.I,
)
_COORDINATED = regex.compile(
    r"(?:,\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)*,?\s+(?:and|or|&)(?=\s)", regex.I
)
_OUTCOME_IN_TOLL = regex.compile(
    r"\b(?:death|deaths|dead|killed|fatalit|casualt|loss|losses|injur|wound|missing|martyr|"
    r"victims|bodies)",
    regex.I,
)
# a toll phrase proper: "death toll", "number of dead", "tally", "casualty count"
_TOLL_NOUN = regex.compile(r"\b(?:toll|number|tally|count|figures?|total)\b", regex.I)


def _toll_search(pat: Patterns, text: str, start: int, end: int) -> regex.Match[str] | None:
    """The toll phrase that ends right before ``end``: the leftmost one, unless it opens on a
    bare participle ("killed", "wounded") and another starts later ("killed in the strike,
    the ministry said, revising an earlier toll of 71"), or on a bare noun ("casualties") and
    a toll noun phrase starts later ("civilian casualties, put the civilian death toll at")."""
    # (toll_end: a cheap test that toll.search finds nothing, true of most windows)
    toll = pat.toll.search(text, start, end) if pat.toll_end.match(text, start, end) else None
    while toll is not None and not _TOLL_NOUN.search(toll.group("toll")):
        later = (
            pat.toll.search(text, toll.end("toll"), end)
            if pat.toll_end.match(text, toll.end("toll"), end)
            else None
        )
        if later is None or (
            toll.group("toll").lower() not in _BARE_TOLLS
            and not _TOLL_NOUN.search(later.group("toll"))
        ):
            break
        toll = later
    return toll


# a count of the people who speak: "two security sources told AFP", "three witnesses said"
_COUNTED_SOURCES = regex.compile(
    r"\s+(?:[\p{L}-]+\s+){0,2}?(?:sources?\b|(?:witnesses|officials|residents|diplomats|"
    r"spokes(?:men|women|people)|doctors|medics)\s+(?:said|say|says|told|who\s+(?:spoke|asked|"
    r"declined)|speaking|familiar|quoted|cited|interviewed)\b)",
    regex.I,
)
# the people who speak, after a modifier head: "two army sources told Reuters"
_SOURCE_AFTER_HEAD = regex.compile(
    r"\s+(?:sources?\b|spokes(?:man|woman|person|people)\b|officials?\s+(?:said|told|say)\b)",
    regex.I,
)
_ANIMALS = _words(r"\b(?:\L<w>)\b", "animals")
_DECREASE = regex.compile(r"\(\s*[-−–]\s*\Z")
# "hacked 18 people to death", "stoned two women to death": a verb split around its object
_SPLIT_KILLING = _words(
    r"\b(?P<verb>\L<w>)\s+(?:(?:at\s+least|about|some|more\s+than|nearly|as\s+many\s+as)\s+)?\Z",
    "split_killing_verbs",
)
_TO_DEATH = regex.compile(r"\s+to\s+death\b", regex.I)
_FOUND_ALIVE = regex.compile(
    r"\s+(?:(?:have|has|had|were|was)\s+)?(?:(?:since|now|already|also)\s+)?(?:been\s+)?"
    r"(?:found|located|traced|rescued)\s+(?:alive|safe|unharmed)\b",
    regex.I,
)
_WITH_WOUNDS = _words(
    r"\s+(?:with|suffering\s+from|for)\s+(?:(?:\L<w>)\s+)*(?:wounds|injuries|burns)\b",
    "wound_kinds",
)
_EARLIER_REPORT = regex.compile(
    r"\bhad\s+(?:earlier\s+|previously\s+|initially\s+)?(?:put|said|given|reported|announced|"
    r"estimated|confirmed|counted|recorded)\b",
    regex.I,
)
_RISEN_TO = regex.compile(
    r"\b(?:has|have|had)\s+(?:now\s+)?(?:risen|climbed|increased|grown|jumped|reached|"
    r"surpassed|topped|passed)\b|\b(?:rose|climbed|increased|jumped|reached|stands?|stood)\b",
    regex.I,
)
_REVISED_TO = regex.compile(
    r"\b(?:revised|corrected|updated|adjusted|lowered|raised|amended)\s+(?:down(?:wards?)?\s+|"
    r"up(?:wards?)?\s+)?to\s+\Z",
    regex.I,
)
_BY_THEN_TO = regex.compile(r"\b(?:by|from)\s+[\d,.]+\s+to\s+\Z", regex.I)
# what follows a verb used actively: its object ("killed at least 26 civilians", "wounded the")
_ACTIVE_OBJECT = regex.compile(
    r"\s+(?:at\s+least|at\s+most|more\s+than|over|some|about|around|nearly|almost|up\s+to|"
    r"as\s+many\s+as|dozens|hundreds|scores|the|a|an|his|her|their|its|\d|(?:one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b)",
    regex.I,
)


def _read_figure(
    ctx: _Context,
    amount: _numbers.Amount,
    s_start: int,
    s_end: int,
    following: int,
    blocking: list[int],
) -> _Fig | None:
    """Read the phrase around one count; None when it is plainly not about people."""
    text = ctx.text
    pat = ctx.pat
    if _DECREASE.search(text, max(0, amount.start - 3), amount.number_start):
        return None  # "Missing: 12 (-3)": a revision down, no one counted
    if _COUNTED_SOURCES.match(text, amount.end, amount.end + _AHEAD):
        return None  # "two security sources told AFP", "three witnesses said": who speaks
    if _AN_AGE.search(text, max(0, amount.start - 30), amount.start):
        return None  # "children under the age of 10", "aged between 70 and 80": years of age
    if (
        amount.value is not None
        and amount.value <= 110
        and text[amount.end : amount.end + 1] == ","
        and (who := _ONE_PERSON_BEFORE.search(text, max(0, amount.start - 40), amount.start))
        and _one_person(ctx, who.group("who").lower())
    ):
        return None  # "a reservist, 24, was killed": one person's age
    fig = _Fig(amount=amount, np_end=amount.end, qstart=amount.start, qend=amount.end)
    window_end = min(s_end, amount.end + 80)
    if _ROW_END.match(text, amount.end, window_end) and _TABLE_ROW.search(
        text, _line_start(text, amount.start), amount.end
    ):
        # "Total martyrs since 7 October: 29,412" over "  of whom children: 11,860": a row's
        # count ends its line; the next line is no noun of it
        window_end = text.find("\n", amount.end)
    head = pat.head.match(text, amount.end, min(window_end, following))
    if (
        head is not None
        and _rx(r"\s+of\s+(?:whom|which)", regex.I).match(head.group("part") or "")
        and _rx(r"(?:the|a|an|its|their)\s", regex.I).match(head.group("mods"))
    ):
        head = None  # "33 of whom the Israeli military has declared dead": a clause's subject
    if (
        head is not None
        and head.group("mods").strip()
        and head.group("head").lower().endswith("ed")
        and _ACTIVE_OBJECT.match(text, head.end(), head.end() + _AHEAD)
    ):
        head = None  # "two militias killed at least 26 civilians": a verb with its object
    if head is not None:
        word = head.group("head").lower()
        mods = head.group("mods")
        head_end = head.end()
        # "nine civilian deaths", "two police officers": a head word used as a modifier
        carried_outcome: Outcome | None = None
        carried_status: Status | None = None
        for _ in range(2):
            # a head right after a head modifies it: "rebel fighters", "Sudanese refugees"
            more = pat.head.match(text, head_end, min(window_end, following))
            if more is None or more.group("mods") or more.group("inc") or more.group("part"):
                break
            following_word = more.group("head").lower()
            person_next = (
                following_word in pat.noun_status and following_word not in pat.word_outcome
            )
            if not (word in pat.adjective_status or word in _MODIFIER_HEADS or person_next):
                break  # "37 civilians killed": the participle is no head
            mods = f"{mods}{text[head.start('head') : head_end]} "
            carried_outcome = carried_outcome or pat.word_outcome.get(word)  # "262 wounded people"
            carried_status = carried_status or pat.noun_status.get(word)  # "1 child dead"
            head = more
            head_end = more.end()
            word = more.group("head").lower()
        if word in pat.non_casualty or _SOURCE_AFTER_HEAD.match(text, head_end, head_end + _AHEAD):
            return None  # "two army sources told Reuters": the people who speak
        thing = _WORD_AFTER.match(text, head_end, head_end + _AHEAD)
        if thing is not None and thing.group(1).lower() in pat.non_casualty:
            return None  # "two armoured personnel carriers", "40 anti-personnel mines"
        fig.head = head.group("head")
        fig.mods = mods
        fig.inc = head.group("inc") is not None
        fig.head_status = pat.noun_status.get(word) or carried_status
        fig.head_outcome = pat.word_outcome.get(word) or carried_outcome
        if fig.head_outcome is None and (hurt := _HURT_MODIFIER.search(mods)):
            # "57 weapon-wounded patients", "12 war-injured children"
            fig.head_outcome = pat.word_outcome.get(hurt.group(1).lower())
        if fig.head_outcome is None and (
            hurt_with := _WITH_WOUNDS.match(text, head_end, head_end + 50)
        ):
            # "admitted 71 patients with gunshot wounds": people hurt
            fig.head_outcome = Outcome.WOUNDED
            head_end = hurt_with.end()
        fig.np_end = head_end
        if fig.head_status is not None:
            # "4 women and children", "12 soldiers and police officers": one count of
            # people named by two heads (a count of its own, "and 3 civilians", is not one)
            joined = _COORDINATED.match(text, head_end, min(window_end, following))
            other = (
                pat.head.match(text, joined.end(), min(window_end, following)) if joined else None
            )
            if (
                other is not None
                and not other.group("inc")
                and not other.group("part")
                and other.group("head").lower() in pat.noun_status
                and not _numbers.may_hold_amount(text[head_end : other.start("head")])
                # ("three police officers and a civilian": a count of one of its own)
                and joined is not None
                and not _rx(r"\s*(?:a|an|one)\s", regex.I).match(
                    text, joined.end(), other.start("head")
                )
                # (not "12 civilians, security sources and residents said": who spoke)
                and not _SAID_AFTER.match(text, other.end(), other.end() + 30)
            ):
                second = pat.noun_status[other.group("head").lower()]
                if second is not fig.head_status:
                    fig.head_status = Status.UNSPECIFIED
                fig.np_end = other.end()
        if fig.head_status in (None, Status.UNSPECIFIED):
            # "17,000 of the dead were militants", "of whom 12 were children"
            copula = pat.copula_head.match(text, head_end, window_end)
            if copula is not None:
                fig.head_status = pat.noun_status.get(copula.group("head").lower())
            # "members of the army", "its men": members of a force are its fighters
            member = _rx(
                r"\s+of\s+(?:the\s+|[\p{L}-]+['’]s\s+)?(?:[\w’'-]+\s+){0,4}?"
                r"(?:army|forces|force|guards?|militias?|brigades?|battalions?|regiment|police|"
                r"military|rebels|group)\b",
                regex.IGNORECASE,
            ).match(text[head_end : head_end + 80])
            possessive_men = word in ("men", "members") and _rx(
                r"\b(?:its|their|our)\s+(?:\w+\s+)?\Z"
            ).search(text[amount.end : head.start("head")])
            if word in ("members", "men") and (member or possessive_men):
                fig.head_status = Status.MILITARY
    elif head is None:
        inc = _rx(r"\s+(?:more|others?|additional)\b", regex.I).match(text[amount.end : window_end])
        if inc:
            fig.inc = "more" in inc.group(0).lower() or "additional" in inc.group(0).lower()
            fig.np_end = amount.end + inc.end()
        copula = pat.copula_head.match(text, fig.np_end, window_end)
        if copula is not None:
            fig.head_status = pat.noun_status.get(copula.group("head").lower())
            fig.head = copula.group("head")
            word = copula.group("head").lower()
            if (
                word not in pat.passive_outcome
                and word not in pat.word_outcome
                and not pat.passive.match(text, fig.np_end, window_end)
            ):
                fig.np_end = copula.end()  # "of whom 12 were children": the head is the noun
        else:
            # "Of those, 111 were Palestinians": a people named by the copula
            people = _rx(
                r"\s+(?:were|was|are)\s+(?P<who>(?-i:\p{Lu})[\p{L}-]+)\b(?!\s+\p{L})"
            ).match(text, fig.np_end, window_end)
            if people is not None and side_from_text(people.group("who")) not in (None, "both"):
                fig.head = people.group("who")
                fig.np_end = people.end()
    if _glued_unit(text, amount.end):
        return None
    if text[amount.number_start : amount.number_start + 2] in _LEADING_ZEROS:
        return None  # a phone number or a code, no count: "its emergency line, 0800 ..."
    before = text[max(s_start, amount.start - _WINDOW) : amount.start]
    increment = pat.increment_before.search(before)
    if increment is not None:
        fig.inc = True
        fig.inc_word = increment.group("inc").lower()
    # a place or side right after the phrase
    place = pat.place.match(text, fig.np_end, min(s_end, fig.np_end + 60))
    if place is not None and (
        text[place.end() : place.end() + 1] == "-"
        or _rx(
            r"\s*(?:forces|troops|strikes?|airstrikes?|shelling|army|military|coalition|drones?)\b",
            regex.I,
        ).match(text, place.end(), place.end() + _AHEAD)
    ):
        place = None  # "deaths from US-led coalition strikes": the attacker, not a place
    if place is not None:
        if place.group("each"):
            fig.each = True
        elif place.group("both"):
            fig.both = True
        else:
            fig.place = place.group("sidename") or place.group("placename")
        fig.np_end = place.end()
    # "three Volunteers for the Defence of the Homeland (VDP) fell": the name's acronym
    acronym = _ACRONYM_AFTER.match(text, fig.np_end, min(s_end, fig.np_end + 14))
    if acronym is not None:
        fig.np_end = acronym.end()
    fig.qend = fig.np_end
    # what governs it: participle after, verb before, toll phrase before, its own noun
    passive = pat.passive.match(text, fig.np_end, min(s_end, fig.np_end + 90))
    lo = max(s_start, amount.start - _WINDOW)
    if (
        passive is not None
        and (
            _rx(r"\band\b", regex.I).search(passive.group("pp") or "")
            # 'had lost "about 4,100" troops killed and wounded': the loss verb governs
            or _LOST_BEFORE.search(text, max(lo, amount.start - 30), amount.start)
        )
        and pat.active_end.match(text, lo, amount.start)
        and pat.active.search(text, lo, amount.start) is not None
    ):
        # "troops killed four of the attackers during the assault and captured a
        # 16-year-old": the verb before the count, not the next clause's
        passive = None
    if (
        passive is not None
        and _rx(r"\s*:").match(text, passive.end(), passive.end() + 3)
        and _rx(r":\s*\Z").search(text, max(0, amount.start - 3), amount.start)
    ):
        # "martyrs: 127, injured: 704": the next row's label, not this figure's participle
        passive = None
    if (
        passive is not None
        and _rx(r"\b(?:the|of|among)\s+\Z", regex.I).search(
            text, max(fig.np_end, passive.start("verb") - 8), passive.start("verb")
        )
        and any(fig.np_end < b < passive.start("verb") for b in blocking)
    ):
        # "rose to 26 on Saturday after six more of the wounded died": "the wounded" of
        # another count, a noun, not this one's participle
        passive = None
    if _bring_to_number(ctx, fig, s_start, s_end):
        pass  # "bringing to 206 the number of members killed": a running total
    elif passive is not None:
        fig.outcome = pat.passive_outcome[passive.group("verb").lower()]
        fig.via = "passive"
        fig.verb_text = passive.group(0)
        aux = passive.group("aux").lower()
        fig.aux = aux
        # the perfect may sit in a relative clause before the participle: "33 of whom the
        # military has declared dead"
        fig.perfect = bool(_rx(r"\b(?:have|has)\b").search(aux)) or bool(
            _rx(r"^\s+of\s+(?:whom|which)\b.*\b(?:has|have)\s+\w+\s*\Z", regex.I).search(
                passive.group("pp") or ""
            )
        )
        if _rx(r"\b(?:not|never|none|no\s+longer)\b|n[’']t").search(aux):
            fig.rejected = "negated"
        fig.qend = passive.end()
    elif (split := _SPLIT_KILLING.search(text, lo, amount.start)) is not None and (
        death := _TO_DEATH.match(text, fig.np_end, fig.np_end + 20)
    ):
        # "militiamen hacked 18 people to death": the verb split around its object
        fig.outcome = Outcome.KILLED
        fig.via = "active"
        fig.verb_text = split.group(0)
        fig.qstart = split.start("verb")
        fig.qend = death.end()
    else:
        active = (
            pat.active.search(text, lo, amount.start)
            if pat.active_end.match(text, lo, amount.start)
            else None
        )
        if active is not None:
            fig.outcome = pat.active_outcome[active.group("verb").lower()]
            fig.via = "active"
            fig.verb_text = active.group(0)
            fig.qstart = active.start("verb")
            if active.group("pre"):
                fig.rejected = "negated or hypothetical"
            # ("claimed to have killed 70 soldiers" tells one deed, not a running total)
            fig.perfect = bool(
                _rx(r"(?<!\bto\s)\b(?:has|have)\s+\Z").search(text[lo : active.start("verb")])
            ) or bool(_rx(r"(?:has|have)\s", regex.I).match(active.group("verb")))
        else:
            toll_end = amount.start
            rise = None
            toll = _toll_search(pat, text, lo, toll_end)
            if toll is None and amount.number_start > amount.start:
                # "put the toll above 450": the link word is the figure's own qualifier
                toll_end = amount.number_start
                toll = _toll_search(pat, text, lo, toll_end)
            while toll is not None and (
                turn := _NEW_CLAUSE.search(text, toll.end("toll"), toll.start("link"))
            ):
                # "had been killed, while US General Mark Milley put Russian casualties at": the
                # phrase of this figure is the one after the clause break
                toll = _toll_search(pat, text, turn.end(), toll_end)
            if toll is not None and toll.group("comma") and fig.head is not None:
                toll = None
            if toll is not None:
                inside = [b for b in blocking if toll.start() <= b < amount.start]
                rise = (
                    _BY_THEN_TO.search(text, max(0, amount.start - 40), amount.start)
                    if inside
                    else None
                )
                if rise is not None:
                    # "the toll rose by 6 to 167": the rise stands between the toll and it
                    inside = inside[:-1]
                elif inside and _REVISED_TO.search(text, max(0, amount.start - 40), amount.start):
                    # "The number of dead, reported as 21 in SitRep No. 8, has been revised to
                    # 19": the old figure stands between the toll and the new one
                    inside = []
                if inside:
                    # "killed 14 civilians, bringing the death toll to 173": the phrase
                    # for this figure starts after the last figure before it
                    toll = _toll_search(pat, text, max(inside) + 1, amount.start)
                    if toll is not None and (
                        (toll.group("comma") and fig.head is not None)
                        # not the head of that figure ("nine civilian deaths: seven in ...")
                        or not _rx(r"[,;]|\band\b").search(text, max(inside), toll.start("toll"))
                    ):
                        toll = None
            if toll is not None and _ANIMALS.search(toll.group("left") or ""):
                return None  # "Cattle killed: 1,104": no people
            if (
                toll is not None
                and fig.head_outcome is not None
                and fig.head_outcome is not Outcome.CASUALTIES
                and pat.toll_outcome[toll.group("toll").lower()] is Outcome.CASUALTIES
            ):
                # "Civilian losses : 1 tué, 4 blessés", "The losses of the occupiers amounted
                # to 46 killed and 71 wounded": losses whose figures name their own outcome
                # (whose losses they are is still the toll's words: "of the occupiers")
                fig.losses_text = toll.group(0)
                toll = None
            if toll is not None:
                fig.outcome = pat.toll_outcome[toll.group("toll").lower()]
                fig.via = "toll"
                fig.toll_text = toll.group(0)
                fig.toll_left = toll.group("left") or ""
                fig.qstart = toll.start("left") if toll.group("left") else toll.start("toll")
                if rise is not None:
                    fig.qstart = rise.end() - len(rise.group(0)) + rise.group(0).rfind("to")
                if _FORECAST.search(toll.group("mid") + toll.group("link")):
                    fig.rejected = "hypothetical"
                fig.link = toll.group("link").strip().lower()
            elif fig.head_outcome is not None:
                fig.outcome = fig.head_outcome
                fig.via = "noun"
    if fig.outcome is Outcome.MISSING and _FOUND_ALIVE.match(text, fig.np_end, fig.np_end + 60):
        return None  # "43 of those reported missing have since been found alive"
    if fig.outcome is Outcome.CAPTURED and _rx(
        r"\s+(?:[\w-]+\s+)?(?:suspects?|suspected|alleged|criminals|gang\s+members)\b", regex.I
    ).match(text, amount.end, amount.end + 40):
        return None  # "captured three suspects": an arrest, not people taken
    if (
        fig.outcome is None
        and (fig.head or "").lower() in _CAPTIVES
        and _rx(r"\s+(?:remain|remains|are\s+still|are\s+being|were\s+still)\b", regex.I).match(
            text, fig.np_end, fig.np_end + 20
        )
    ):
        fig.outcome = Outcome.CAPTURED  # "97 hostages remain in Gaza": still held
        fig.via = "noun"
    if fig.outcome is None and fig.head is None:
        # a bare count followed by a verb of its own ("3 arrested") takes no outcome from a
        # neighbour; one followed by nothing may ("killed 90 civilians and wounded 392")
        after = text[fig.np_end : min(s_end, fig.np_end + 40)]
        if _rx(r"\s+(?:(?:were|was|are|is|have|has|had)\s+)?(?:\w+ed|\w+en)\b").match(after) or (
            # "and 47 suspects have been arrested": a noun of its own, then its own verb
            _rx(
                r"\s+[\p{L}-]+\s+(?:were|was|are|is|have|has|had)\s+(?:(?:since|also|now)\s+)?"
                r"(?:been\s+)?(?:\w+ed|\w+en)\b"
            ).match(after)
            and not _rx(r"\s+(?:more|others?|people|persons)\b", regex.I).match(after)
        ):
            fig.blocked = True
    elif fig.outcome is None and fig.head is not None:
        after = text[fig.np_end : min(s_end, fig.np_end + 40)]
        if _rx(r"\s*,?\s+(?:(?:were|was|are|is|have|has|had|been)\s+)+\w+").match(after) or (
            _rx(r"\s+\w+ed\b").match(after) and not _rx(r"\s+(?:and|or)\b").match(after)
        ):
            fig.blocked = True
    return fig


_BRING_TO = regex.compile(
    r"\b(?:bring|brings|bringing|brought|raise|raises|raised|raising|push|pushes|pushed|pushing|"
    r"take|takes|taking|took)\s+(?:the\s+total\s+)?to\s+\Z",
    regex.IGNORECASE,
)
_NUMBER_OF = regex.compile(
    r"\s+the\s+(?:total\s+|overall\s+)?(?:number|toll|tally|count|total)\s+of\s+"
    r"(?P<rest>[^,;.:]{1,90})",
    regex.IGNORECASE,
)


def _bring_to_number(ctx: _Context, fig: _Fig, s_start: int, s_end: int) -> bool:
    """ "The killings bring to more than 5,000 the number of people killed", "bringing to 206
    the number of members it says have been killed": a toll with its figure first."""
    text = ctx.text
    amount = fig.amount
    bring = _BRING_TO.search(text, max(s_start, amount.start - 40), amount.start)
    if bring is None:
        return False
    after = _NUMBER_OF.match(text, fig.amount.end, min(s_end, amount.end + 130))
    if after is None:
        return False
    pat = ctx.pat
    status: Status | None = None
    for word in _WORD.finditer(after.group("rest")):
        lowered = word.group(0).lower()
        outcome = pat.passive_outcome.get(lowered) or pat.word_outcome.get(lowered)
        if outcome is not None:
            fig.outcome = outcome
            fig.via = "toll"
            fig.link = "to"
            fig.toll_text = after.group(0)
            fig.qstart = bring.start()
            fig.qend = after.start("rest") + word.end()
            fig.np_end = fig.qend
            if status is not None and fig.head_status in (None, Status.UNSPECIFIED):
                fig.head_status = status
            return True
        if lowered in ("members", "men") and status is None:
            status = Status.MILITARY  # "the number of members it says have been killed"
        elif status is None and pat.noun_status.get(lowered) not in (None, Status.UNSPECIFIED):
            status = pat.noun_status[lowered]
    return False


# an outcome word right before its count, among a row's cells: "— dead 17, injured 54"
_INLINE_LABEL = regex.compile(
    r"(?:^|[,;:]\s*|\s[—–-]\s*)(?P<w>dead|killed|deaths|injured|wounded|injuries|missing)\s+\Z",
    regex.I | regex.M,
)
_INLINE_LABEL_END = regex.compile(r"\s*(?:[,;]|$)", regex.M)
_ROW_HEAD = regex.compile(r"[\s•*·–-]*(?P<label>[^—–:\n]{2,60}?)\s+[—–:-]\s")


_ITEM_LABEL = regex.compile(
    r"(?:^|[;,(])\s*(?:of\s+whom\s+|of\s+which\s+|including\s+)?"
    r"(?P<w>\p{L}[\p{L} -]{1,30}?)\s*:\s*\Z",
    regex.M,
)
_SAID_AFTER = regex.compile(
    r"\s+(?:(?:also|later|earlier)\s+)?(?:said|say|says|told|reported|report|added|claimed)\b",
    regex.I,
)
_ROW_END = regex.compile(r"[ \t]*\n")
_LOST_BEFORE = regex.compile(r"\b(?:lost|losing|loses|lose)\s+[\"“]?\Z", regex.I)
_LEADING_ZEROS = frozenset(f"0{d}" for d in range(10))
_ACRONYM_AFTER = regex.compile(r"\s*\((?-i:\p{Lu}{2,8})s?\)(?=\s+\p{Ll})")


def _bulletin_lines(
    ctx: _Context, figs: list[_Fig], amounts: list[_numbers.Amount], s_start: int
) -> None:
    """Bulletin lines: "personnel — about 432,190 (+1,080 over the past day)" under a heading
    of combat losses, "Civilians killed (verified): 1,904 (+37 since the last report)"."""
    text = ctx.text
    amount_starts = [a.start for a in amounts]
    previous: _Fig | None = None
    for fig in figs:
        start = fig.amount.start
        line_start = max(s_start, _line_start(text, start))
        inline = _INLINE_LABEL.search(text, max(line_start, start - 30), start)
        if (
            inline is not None
            and fig.amount.end - fig.amount.start <= 12
            and _INLINE_LABEL_END.match(text, fig.amount.end, fig.amount.end + 3)
        ):
            # "Region V (Bicol) — dead 17, injured 54, missing 11": each count after its own
            # outcome word, the place at the row's head
            outcome = ctx.pat.toll_outcome.get(inline.group("w").lower())
            if outcome is not None:
                fig.outcome = outcome
                fig.via = "label"
                fig.link = ""
                fig.verb_text = fig.aux = ""
                fig.perfect = False
                fig.qstart = inline.start("w")
                fig.qend = fig.np_end = fig.amount.end
                head = _ROW_HEAD.match(text, line_start, start)
                if head is not None:
                    fig.label = head.group("label").strip()
                    if _is_place_label(ctx, fig.label):
                        fig.place = fig.label
                previous = fig
                continue
        # a row is short: its label ends a few dozen characters into the line, its cells
        # fit a screen (and a sentence of a thousand figures must not read itself each time)
        row = start - line_start <= _ROW_SPAN
        before = text[line_start:start] if row else ""
        column = (
            _table_column(ctx, _line_start(text, start), fig.amount)
            if fig.outcome is None and ("|" in before or "\t" in before or "   " in before)
            else None
        )
        word = _HEADING_TOLL.search(column[1]) if column is not None else None
        if column is not None and word is not None:
            # "District | Dead | Injured" over "Bhola | 9 | 41": the column names the outcome,
            # the first cell the place
            fig.outcome = ctx.pat.toll_outcome.get(word.group(0).lower())
            fig.label = column[0]
            fig.column = True
            fig.head_status = _status_of_words(ctx, column[1])
            fig.via = "label"
            fig.qstart = start
            if _is_place_label(ctx, column[0]):
                fig.place = column[0]
            previous = fig
            continue
        line_begin = _line_start(text, start)
        if fig.outcome is None and (
            by_unit := _BY_UNIT_LIST.match(text, line_begin, min(start, line_begin + _AHEAD))
        ):
            # "Dead by region: Region V 75 (Camarines Sur 52, Albay 17), CALABARZON 34": each
            # place with its count
            item = _LIST_ITEM.search(text, by_unit.end(), start)
            if item is not None and _is_place_label(ctx, item.group("label")):
                fig.outcome = ctx.pat.toll_outcome.get(by_unit.group("toll").lower())
                fig.label = item.group("label")
                fig.place = item.group("label")
                fig.via = "label"
                fig.qstart = item.start("label")
                previous = fig
                continue
        if fig.outcome is None:
            label = (
                (
                    _LABEL.match(text, line_start, start)
                    or _BARE_LABEL.match(text, line_start, start)
                )
                if row
                else None
            )
            part_of = _SUBSET_LABEL.match(label.group("label")) if label is not None else None
            whole = previous
            while whole is not None and whole.via in ("increment", "breakdown"):
                whole = whole.linked  # "Deaths: 812 (+19)": the 812, not the 19
            if (
                label is not None
                and part_of is not None
                and whole is not None
                and whole.outcome is not None
            ):
                # "Deaths: 812" over "of which children: 236": a part of the row above
                words = label.group("label")[part_of.end() :].lower().strip()
                fig.label = label.group("label")
                fig.head_status = ctx.pat.noun_status.get(words) or _status(ctx, whole)
                fig.outcome = whole.outcome
                fig.linked = whole
                fig.subset = True
                fig.via = "label"
                fig.qstart = label.start("label")
                continue
            if label is not None and label.group("label").lower().strip() in _DIED_LABELS:
                # "Died: 442" under "Total casualties:": the row names its own outcome
                fig.label = label.group("label")
                fig.outcome = Outcome.KILLED
                fig.via = "label"
                fig.qstart = label.start("label")
                previous = fig
                continue
            if label is not None:
                fig.label = label.group("label")
                words = label.group("label").lower().strip()
                status = ctx.pat.noun_status.get(words)
                if status is None and _rx(r",|\band\b|&|/").search(words):
                    # "Health workers and paramedics: 121": people of one kind, or of several
                    # ("regime soldiers and allied militiamen: 58": by each part's head)
                    kinds = {
                        ctx.pat.noun_status.get(w) or ctx.pat.noun_status.get(w.split()[-1])
                        for w in _LABEL_PARTS.split(words)
                        if w.strip()
                    }
                    if kinds and None not in kinds:
                        status = kinds.pop() if len(kinds) == 1 else Status.UNSPECIFIED
                heading = _heading(ctx, s_start, start)
                place = status is None and _is_place_label(ctx, label.group("label"))
                # "Confirmed after post-mortem: 67" under "Sunstroke deaths": the heading's count
                counted = _COUNT_LABEL.match(words) is not None
                if (
                    (status is not None or place or counted)
                    and heading is not None
                    and heading.outcome
                ):
                    fig.head_status = status
                    fig.outcome = heading.outcome
                    fig.via = "label"
                    fig.qstart = label.start("label")
                    if place:
                        fig.place = label.group("label")
        elif fig.via == "toll" and line_start >= s_start:
            label_text = text[max(line_start, fig.qstart - _ROW_SPAN) : max(line_start, fig.qstart)]
            # "Police put the death toll at 18": a subject and its verb, not a row label
            said = list(ctx.pat.attribution.finditer(label_text))
            if said:
                label_text = label_text[said[-1].end() :]
            elif fig.qstart - line_start > _ROW_SPAN:
                label_text = ""  # a long line's words, not a row's label
            # a row's label ("Military — ", "Civilian deaths: "), not the words of a sentence
            # ("Police found the bodies of 12 men")
            row_like = not _rx(r"\S\s+(?:the|a|an|their|its|his|her)\s", regex.I).search(
                label_text
            ) and all(
                w in _LABEL_JOINERS
                or ctx.pat.noun_status.get(w) is not None
                or ctx.pat.adjective_status.get(w) is not None
                for w in _WORD.findall(label_text)[1:]
                if w.islower()
            )
            if row_like and len(label_text) < 40 and not any(ch.isdigit() for ch in label_text):
                fig.label = label_text
        opened = text.rfind("(", max(line_start, start - 200), start)
        closing = text.find(")", start)
        inside = opened >= 0 and text.find(")", opened, start) < 0
        bracket_text = text[opened : closing if closing > 0 else start] if inside else ""
        parts = inside and "+" in bracket_text and not _rx(r"\(\s*\+").match(bracket_text)
        if parts and previous is not None and previous.outcome is not None:
            # "Number of deaths: 95 (12 new + 83 recovered)": parts of the figure before
            fig.outcome = previous.outcome
            fig.linked = previous
            fig.breakdown = True
            fig.inc = False
            fig.via = "breakdown"
            fig.rejected = ""
            continue
        row_whole = previous
        while row_whole is not None and row_whole.via in ("increment", "breakdown"):
            row_whole = row_whole.linked
        if inside and row_whole is not None and row_whole.outcome is not None:
            cut = max(text.rfind(",", opened, start), text.rfind(";", opened, start), opened) + 1
            where = text[cut:start].strip()
            if where and _is_place_label(ctx, where):
                # "Dead: 87 (Lao Cai 41, Tuyen Quang 17, ...)": the row's toll by place
                fig.outcome = row_whole.outcome
                fig.linked = row_whole
                fig.breakdown = True
                fig.inc = False
                fig.via = "breakdown"
                fig.place = where
                fig.qstart = text.find(where, cut, start)
                fig.rejected = ""
                previous = fig
                continue
        bracket = _rx(r"\(\s*\+\s*\Z|(?<![\d,])\+\s*\Z").search(
            text[max(s_start, start - 4) : start]
        )
        if bracket is not None and previous is not None and previous.outcome is not None:
            at = bisect.bisect_left(amount_starts, previous.amount.end)
            if at >= len(amount_starts) or amount_starts[at] >= start:
                fig.outcome = previous.outcome
                fig.head_status = fig.head_status or _status(ctx, previous)
                fig.linked = previous
                fig.inc = True
                fig.via = "increment"
                fig.rejected = ""
        previous = fig


def _counts_things(ctx: _Context, amount: _numbers.Amount, s_end: int) -> bool:
    """True when the noun right after a count is a thing ("14 villages", "40 trucks") and no
    people noun follows it: _read_figure would drop the figure, dates or not."""
    window_end = min(s_end, amount.end + 80)
    head = ctx.pat.head.match(ctx.text, amount.end, window_end)
    if head is None or head.group("head").lower() not in ctx.pat.non_casualty:
        return False
    more = ctx.pat.head.match(ctx.text, head.end(), window_end)
    return more is None or more.group("head").lower() in ctx.pat.non_casualty


def _counts_people(ctx: _Context, end: int, s_end: int) -> bool:
    """True when the words after a number name people or deaths ("1994 people", "2000
    deaths"), which makes a year-like number a count."""
    head = ctx.pat.head.match(ctx.text, end, min(s_end, end + 40))
    if head is None or head.group("mods").strip():
        return False
    word = head.group("head").lower()
    return word in ctx.pat.noun_status or word in ctx.pat.word_outcome


def _short_row(text: str, fig: _Fig) -> bool:
    """True for a bulletin row ("Killed: 3,544"), not a sentence of prose."""
    start = _line_start(text, fig.amount.start)
    end = text.find("\n", fig.amount.start)
    return (len(text) if end < 0 else end) - start < 100


def _toll_reaches(ctx: _Context, amount: _numbers.Amount, s_start: int) -> bool:
    """True when a toll phrase leads up to the number: "the death toll rose to 1000"."""
    lo = max(s_start, amount.start - _WINDOW)
    toll = (
        ctx.pat.toll.search(ctx.text, lo, amount.start)
        if ctx.pat.toll_end.match(ctx.text, lo, amount.start)
        else None
    )
    return toll is not None and toll.group("link").strip().lower() not in ("of", "in", "")


_PLACE_JOINERS = frozenset(
    (
        "of",
        "al",
        "el",
        "de",
        "del",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "la",
        "le",
        "du",
        "des",
        "van",
        "von",
        "bin",
        "ibn",
        "and",
    )
)


def _is_place_label(ctx: _Context, label: str) -> bool:
    """A line label that names a place ("Sindh", "Khyber Pakhtunkhwa", "Blantyre"): capitalised
    words, none of them a word of a table's other rows ("Houses damaged")."""
    if _RESIDUAL_PLACE.fullmatch(label.strip()):
        return True  # "Other counties — 39", "Rest of the country: 12"
    words = label.replace("(", " ").replace(")", " ").split()  # "Region V (Bicol)"
    return (
        0 < len(words) <= 4
        and all(
            w[:1].isupper() or w in _PLACE_JOINERS or w in _PLACE_WORDS or "-" in w for w in words
        )
        and any(w[:1].isupper() for w in words)
        # ("CAR", the Cordillera region, is no car)
        and not any(
            w.lower() in ctx.pat.non_casualty for w in words if not (w.isupper() and len(w) <= 4)
        )
        # nor "Damnificados", "Evacuated": people who are no casualties
        and not any(w.lower() in _NOT_CASUALTY_LABELS for w in words)
        # nor "MLRS", "operational-tactical UAVs": weapons in capitals
        and not any(w in _EQUIPMENT_ACRONYMS for w in words)
    )


_LABEL_PARTS = regex.compile(r"\s*(?:,\s*(?:and\s+)?|\band\b|&|/)\s*")
# lowercase words a place label may hold: "Beirut southern suburbs", "Gaza city"
_PLACE_WORDS = frozenset(_GRAMMAR["place_label_words"])
_EQUIPMENT_ACRONYMS = frozenset(_GRAMMAR["equipment_acronyms"])
_RESIDUAL_PLACE = regex.compile(
    r"(?:other|remaining|all\s+other)\s+(?:counties|districts|provinces|regions|states|"
    r"governorates|areas|departments|municipalities|oblasts|prefectures|divisions|locations)"
    r"|rest\s+of\s+the\s+(?:country|region|state|province)|elsewhere",
    regex.I,
)


def _crosses_number(fragment: str) -> bool:
    return any(ch.isdigit() for ch in fragment)


def _glued_unit(text: str, end: int) -> bool:
    return end < len(text) and (text[end].isalpha() or text[end] == "%")


def _link(ctx: _Context, figs: list[_Fig], s_start: int) -> None:
    """Share outcomes within lists: "1,119 of their troops and 39 civilians have been killed",
    "killed 90 civilians and wounded 392", "along with 36 civilians", "nine deaths: seven in
    X and two in Y"."""
    text = ctx.text
    pat = ctx.pat
    for i, fig in enumerate(figs):
        if i == 0:
            continue
        prev = figs[i - 1]
        gap_start = prev.np_end if prev.via != "passive" else prev.qend
        gap = text[gap_start : fig.amount.start]
        # "61 members of regime forces and loyalist militias, 47 fighters of ...": the first
        # count's own "of" phrase is no gap between the two
        of_phrase = _OF_PHRASE.match(gap) if prev.head else None
        if of_phrase is not None:
            gap = gap[of_phrase.end() :]
        tight = pat.connector.search(gap) is not None and len(gap) < 40
        label = _rx(r"\b([\p{L}-]+)\s*[,:]\s*\Z").search(gap)
        if label is not None and label.group(1).lower() in _NOT_CASUALTY_LABELS:
            continue  # "missing, 9,000; displaced, 43,059"
        after = _WORDS_AFTER.match(text, fig.amount.end, fig.amount.end + _AHEAD)
        if after is not None and (
            after.group(1).lower() in _NOT_CASUALTY_LABELS
            or "alive" in (after.group(1).lower(), (after.group(2) or "").lower())
        ):
            continue  # "Missing: 9 (3 found alive)", "12 dead and 40 rescued"
        # "killed 90 civilians and wounded 392": parallel verbs share the people counted
        parallel = (
            fig.via == "active"
            and not _loss_verb(fig)  # ("... killed 86 RSF fighters ..., while losing 11 soldiers")
            and _rx(
                # ("killed 87 civilians in Taiz governorate and wounded 213")
                r"(?:\s+(?:in|near|across|around)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)?"
                r"(?:\s+(?:governorate|province|state|region|district|county|city|town|village|camp))?"
                # ("killed 1,086 people in Haiti since January 1 and wounded 412 others")
                r"(?:\s+(?:since|in|on|during|over)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?"
                r"\s*,?\s*(?:and|while|but|as\s+well\s+as)\s+(?:[\w’'-]+\s+){1,2}"
            ).fullmatch(gap)
            is not None
        )
        loose = False
        if not tight:
            near = text[max(gap_start, fig.amount.start - 40) : fig.amount.start]
            match = _rx(
                r"(?:,\s*|\s)(along\s+with|as\s+well\s+as|together\s+with|in\s+addition\s+to|"
                r"including|of\s+whom|among\s+them|plus|besides)\s+(?:(?:some|another|an\s+additional)\s+)?\Z",
                regex.IGNORECASE,
            ).search(near)
            if match is not None:
                loose = True
                fig.qstart = min(fig.qstart, fig.amount.start - (len(near) - match.start(1)))
        if (
            not tight
            and not loose
            and fig.head is None
            and prev.outcome is not None
            and _ELLIPSIS_GAP.search(gap)
            and _ELLIPSIS_TAIL.match(text, fig.amount.end, fig.amount.end + _AHEAD)
        ):
            # "2,000 were killed in 2025 and about 1,500 in 2024": the same count for
            # another year, its verb left out
            tight = True
            fig.elliptic = True
        if parallel and not tight:
            root = prev
            while root.subset and root.linked is not None:
                root = root.linked  # "killed 413, including 78 children, and wounded 2,300"
            fig.linked = root
            fig.perfect = fig.perfect or prev.perfect  # "has killed 90 ... and wounded 392"
            continue
        if tight or loose:
            fig.linked = prev
            fig.subset = _SUBSET.search(gap) is not None
            if (
                gap.rstrip().endswith(":")
                or _rx(r":\s*\Z").search(gap)
                or (prev.breakdown and tight)
            ):
                fig.breakdown = True
    # "4 more had died, bringing the total since March 2 to 98": a total with no outcome
    # word of its own counts what the figure before counts
    for before, fig in itertools.pairwise(figs):
        generic = fig.via == "toll" and (
            (
                _TOLL_NOUN.search(fig.toll_text) is not None
                and _OUTCOME_IN_TOLL.search(fig.toll_text) is None
            )
            # ("put Russian losses at 1,290, bringing total losses since the invasion to")
            or (
                before.outcome is Outcome.CASUALTIES
                and _rx(r"\blosses\b", regex.I).search(fig.toll_text) is not None
                and _rx(r"\b(?:Russian|Ukrainian|enemy)\b", regex.I).search(fig.toll_text) is None
            )
        )  # "bringing its tally since the start of the invasion to 471,350": a bare tally
        if (fig.outcome is not None and not generic) or before.outcome is None or fig.blocked:
            continue
        total = _BRINGING_TOTAL.search(
            text, max(before.amount.end, fig.amount.start - 120), fig.amount.start
        )
        if total is not None and _NOT_HURT.search(total.group("phrase")):
            total = None  # "bringing the number of people displaced to 80,000": no casualty
        if total is not None and fig.head_status in (None, Status.UNSPECIFIED):
            fig.outcome = before.outcome
            fig.via = "toll"
            fig.toll_text = total.group("phrase")
            fig.link = "to"
            fig.qstart = total.start("phrase")
            fig.linked_since = None
            fig.total_of = before
            if fig.head_status is None and before.head_status is not Status.UNSPECIFIED:
                fig.head_status = before.head_status  # "1,120 personnel, ..., the total to"
    # left-to-right: inherit from the figure before; right-to-left: from the figure after
    for fig in figs:
        if fig.outcome is None and fig.linked is not None and not fig.blocked:
            source = fig.linked
            if source.outcome is not None:
                fig.outcome = source.outcome
                fig.via = "list"
                if fig.head_status is None and (fig.head is None or fig.breakdown):
                    fig.head_status = source.head_status or _status_words(ctx, source)
    for i in range(len(figs) - 2, -1, -1):
        fig, nxt = figs[i], figs[i + 1]
        if (
            fig.outcome is None
            and nxt.linked is fig
            and (nxt.via == "passive" or nxt.via == "list-back")
            and not fig.blocked
            and not nxt.breakdown
        ):
            fig.outcome = nxt.outcome
            fig.via = "list-back"
            fig.perfect = nxt.perfect
            fig.verb_text = nxt.verb_text
            fig.aux = nxt.aux  # "23 fighters and 11 jihadists were killed": one tense
            fig.qend = max(fig.qend, fig.np_end)
    for before, fig in itertools.pairwise(figs):
        if (
            fig.inc_word in _NEW_CATEGORY_WORDS
            and before.outcome is not None
            and fig.outcome is not None
            and before.outcome is not fig.outcome
        ):
            # "11,300 people had died, while another 10,100 were missing": "another" names
            # a second category of people, not an increment of the first
            fig.inc = False
    for fig, nxt in itertools.pairwise(figs):
        if (
            fig.outcome is None
            and nxt.outcome is not None
            and (among := _AMONG_NEXT.match(text, fig.np_end, nxt.amount.start))
        ):
            # "Two journalists were among at least nine people killed": a part of the next,
            # in the tense of its own copula
            fig.blocked = False
            fig.outcome = nxt.outcome
            fig.via = "list-back"
            fig.verb_text = nxt.verb_text
            fig.aux = f" {among.group('be')}"
            fig.qend = max(fig.qend, fig.np_end)
    first = figs[0] if figs else None
    if (
        first is not None
        and first.inc
        and first.inc_word in _NEW_CATEGORY_WORDS
        and first.outcome is not None
        and (told := _told_before(ctx, s_start)) is not None
        and told.outcome is not first.outcome
    ):
        # "Two people have died in the fires, the agency said. A further 40 received first
        # aid": so in the sentence after
        first.inc = False


_NEW_CATEGORY_WORDS = frozenset(_GRAMMAR["new_category_words"])
_AMONG_NEXT = regex.compile(
    r"\s+(?P<be>were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:at\s+least\s+|more\s+than\s+|"
    r"some\s+|about\s+|nearly\s+)?\Z",
    regex.I,
)
_ELLIPSIS_GAP = regex.compile(
    r"\s(?:and|while|but|against|versus|compared\s+(?:with|to)|up\s+from|down\s+from|from)\s+"
    r"(?:(?:about|some|around|roughly|"
    r"nearly|almost|over|more\s+than|at\s+least|just\s+over|just\s+under|fewer\s+than|less\s+than)\s+)?\Z",
    regex.I,
)
_ELLIPSIS_TAIL = regex.compile(
    r"\s+(?:in|during|over|throughout|for)\s+(?:all\s+of\s+|the\s+whole\s+of\s+)?"
    r"(?:(?:the\s+)?(?:previous|preceding|same|whole|first|second|last)\s+[\w-]+"
    r"(?:\s+of\s+[\w-]+|\s+last\s+year|\s+a\s+year\s+(?:earlier|before))?|"
    r"(?:1[89]|20)\d\d|last\s+year|\p{Lu}[\p{L}-]+(?:\s+\d{4})?)\s*(?:[,.;)]|\Z)"
    r"|\s+(?:last\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|before)|the\s+previous\s+year)"
    r"\s*(?:[,.;)]|\Z)",
    regex.I,
)


# ---------------------------------------------------------------------------------------
# typing a figure: status, side, reporter, basis, dates


# "received 47 wounded", and "had treated 38 wounded" in reported speech (not "has received":
# a running count)
_CARED_FOR = regex.compile(
    r"(?<!\b(?:has|have|had)\s+(?:\w+\s+)?)(?:\b(?P<had>had)\s+(?:\w+\s+)?)?"
    r"\b(?:received|admitted|treated|treating|caring\s+for|took\s+in|taken\s+in|evacuated|"
    r"airlifted)\s+"
    r"(?:(?:at\s+least|about|some|more\s+than|over|nearly)\s+)?\Z",
    regex.I,
)
# "11 injured people were being treated in Gusau": the hurt in care, told after them
_CARED_FOR_AFTER = regex.compile(
    r"\s+(?:were|was|are|is)\s+(?:still\s+)?(?:being\s+)?(?:treated|admitted|hospitali[sz]ed|"
    r"cared\s+for)\b",
    regex.I,
)
_NUMBER_OF_WHOM = regex.compile(
    r"\b(?:number|count|tally)\s+of\s+(?:[\p{L}-]+\s+)?(?P<who>[\p{L}-]+)\s+\Z", regex.I
)  # ("the number of Azerbaijani civilians killed since ... to 37")
_TOLL_CIRCUMSTANCE = regex.compile(
    r"\b(?:from|for|in|on|at|near|by|after|during|since)\b[^,;]*", regex.IGNORECASE
)


def _status_words(ctx: _Context, fig: _Fig) -> Status | None:
    # not the circumstances a toll phrase names ("the toll from the bombing of two camps for
    # displaced people"), but who it counts ("the toll among civilians", "the civilian toll")
    toll = _TOLL_CIRCUMSTANCE.sub(" ", fig.toll_text) if fig.toll_text else ""
    if fig.losses_text:
        toll = f"{toll} {fig.losses_text}"  # "the losses of the occupiers ... to 46 killed"
    words = f"{fig.mods} {toll} {fig.label}".lower()
    label = _WORD.findall(f"{toll} {fig.label}".lower())
    for i in range(len(label) - 1):
        # "Health personnel martyred: 348": a people named in two words before either alone
        status = ctx.pat.noun_status.get(" ".join(label[i : i + 2]))
        if status is not None and status is not Status.UNSPECIFIED:
            return status
    for word in _WORD.findall(words):
        status = ctx.pat.adjective_status.get(word)
        if status is not None:
            return status
    for i, word in enumerate(label):
        for phrase in (" ".join(label[i : i + 2]), word):
            status = ctx.pat.noun_status.get(phrase)
            if status is not None and status is not Status.UNSPECIFIED:
                return status
    return None


_ARMED_LOSERS = frozenset(_GRAMMAR["armed_losers"])
_MILITARY_SPEAKER = regex.compile(
    r"\b(?:Capt|Col|Gen|Maj|Lt|Sgt|Cpl|Brig|Cmdr)\.\s|\b(?-i:Captain|Colonel|General|Major|"
    r"Lieutenant|Sergeant|Brigadier|Commander)\s+(?-i:\p{Lu})|\b(?:army|military|police|battalion|"
    r"brigade|regiment)\s+(?:officer|commander|chief|spokes(?:man|woman|person))\b|\bcommanders?\b",
    regex.I,
)
_FORCE_THAT_SPOKE = regex.compile(
    r"\b(?:the\s+)?(?:army|military|armed\s+group|militia|rebels?|insurgents|junta|"
    r"(?-i:\p{Lu}[\p{L}-]*\s+)?(?:forces|Forces|Army))\s+"
    r"(?:\w+\s+){0,2}?(?:said|says|rejected|denied|claimed|added|admitted|acknowledged),?\s+"
    r"(?:(?:saying|adding|that)\s+)?[^.;]{0,200}\Z",
    regex.I,
)
_EVENT_HEADS = frozenset(_GRAMMAR["event_heads"])


def _party_row(ctx: _Context, fig: _Fig) -> str | None:
    """ "own" or "enemy" for a figure on a communiqué's row of one party's losses ("Côté
    ami : 5 morts, 11 blessés", "Enemy side: 34 terrorists neutralised"), else None."""
    at = fig.amount.start
    if at not in ctx.party_rows:  # (asked for status, sides and claims alike)
        line = _line_start(ctx.text, at)
        party = None
        if at - line <= _ROW_SPAN:
            if _OWN_ROW.match(ctx.text, line, at):
                party = "own"
            elif _ENEMY_ROW.match(ctx.text, line, at):
                party = "enemy"
        ctx.party_rows[at] = party
    return ctx.party_rows[at]


_OWN_SIDE_PROSE = regex.compile(
    r"\b(?:on|from)\s+(?:the\s+)?(?:friendly|our\s+own|our)\s+side\b[^.;]{0,70}\Z", regex.I
)
_OWN_ROW = _words(r"[\s•*·–-]*(?:\L<w>)\s*[:—–-]", "own_side_rows")
_ENEMY_ROW = _words(r"[\s•*·–-]*(?:\L<w>)\s*[:—–-]", "enemy_side_rows")
_IN_ITS_RANKS = regex.compile(r"[^.;:]*?\bin\s+(?:its|their|our)\s+(?:own\s+)?ranks\b", regex.I)
_OF_WHOM = regex.compile(
    r"\s+of\s+(?:(?:the|their|its|local|unarmed|[\d,]+)\s+)?(?P<two>(?P<one>[\p{L}-]+)(?:\s+[\p{L}-]+)?)"
)


def _status_of_words(ctx: _Context, words: str) -> Status | None:
    """The status a column or label names ("Civilians killed", "Soldiers wounded")."""
    for word in _WORD.findall(words.lower()):
        status = ctx.pat.noun_status.get(word) or ctx.pat.adjective_status.get(word)
        if status is not None and status is not Status.UNSPECIFIED:
            return status
    return None


# a merchant ship's crew: "sailors" of a bulk carrier are civilians, a navy's are not
_MERCHANT_SHIP = regex.compile(
    r"\b(?:merchant|cargo|bulk\s+carrier|tanker|container\s+ship|freighter|fishing\s+(?:boat|vessel)|"
    r"commercial\s+(?:ship|vessel))\b",
    regex.I,
)
_NAVY = regex.compile(r"\b(?:navy|naval|warship|destroyer|frigate|corvette|submarine)\b", regex.I)


def _status(ctx: _Context, fig: _Fig) -> Status:
    if (
        (fig.head or "").lower() in ("sailors", "sailor")
        and _MERCHANT_SHIP.search(ctx.text, 0, _TOPIC_SPAN)
        and not _NAVY.search(ctx.text, 0, _TOPIC_SPAN)
    ):
        return Status.CIVILIAN  # "Four other sailors were injured" on a bulk carrier
    if fig.head_status is not None and fig.head_status is not Status.UNSPECIFIED:
        return fig.head_status
    from_words = _status_words(ctx, fig)
    if from_words is not None and from_words is not Status.UNSPECIFIED:
        return from_words
    if _IN_ITS_RANKS.match(ctx.text, fig.amount.end, min(len(ctx.text), fig.amount.end + 60)):
        return Status.MILITARY  # "the FAMa recorded 6 killed and 11 wounded in its ranks"
    if (
        fig.via == "toll"
        and _rx(r"\b(?:combat\s+|personnel\s+)?losses\b", regex.I).search(fig.toll_text)
        and not _rx(r"\b(?:human|civilian|economic)\b", regex.I).search(fig.toll_text)
    ):
        return Status.MILITARY  # "put Russian losses over the past day at 1,290": an army's
    if _party_row(ctx, fig) is not None:
        return Status.MILITARY  # "Côté ami : 5 morts, 11 blessés" in an army's communiqué
    if _OWN_SIDE_PROSE.search(ctx.text, max(0, fig.qstart - 90), fig.qstart):
        return Status.MILITARY  # "On the friendly side, the provisional toll is 6 dead"
    if (
        fig.outcome is Outcome.CAPTURED
        and fig.via == "active"
        and (fig.head or "").lower() in ("prisoners", "prisoner")
    ):
        return Status.MILITARY  # "our forces took nine prisoners": prisoners of the fighting
    if from_words is not None:
        return from_words
    if (fig.head or "").lower() in _EVENT_HEADS and (
        whose := _OF_WHOM.match(ctx.text, fig.np_end, fig.np_end + _AHEAD)
    ):
        # "412 killings of police officers", "17 bodies of civilians": whom they were
        for phrase in (whose.group("two"), whose.group("one")):
            status = ctx.pat.noun_status.get((phrase or "").lower())
            if status is not None and status is not Status.UNSPECIFIED:
                return status
    if fig.via == "toll" and (
        counted := _NUMBER_OF_WHOM.search(ctx.text, max(0, fig.qstart - 40), fig.qstart)
    ):
        # "bringing the number of soldiers killed ... to 412": whom the number counts
        who = ctx.pat.noun_status.get(counted.group("who").lower())
        if who is not None and who is not Status.UNSPECIFIED:
            return who
    if fig.via == "active" and _loss_verb(fig):
        # "the occupiers lost 288 men", "Russian forces lost 1,200 personnel": a force's
        # losses are its fighters
        subject = _WORD.findall(ctx.text[max(0, fig.qstart - 40) : fig.qstart].lower())[-3:]
        for word in reversed(subject):
            status = ctx.pat.noun_status.get(word) or ctx.pat.adjective_status.get(word)
            if status is Status.MILITARY or word in _ARMED_LOSERS:
                return Status.MILITARY
        if {"it", "they", "we"} & set(subject):
            # "The army said it had killed 70 RSF fighters ... and that it lost four men", "a
            # claim the armed group rejected, saying it had lost three": the force that spoke
            s_start = _segment.sentence_at(ctx.text, fig.qstart)[0]
            speaker = _FORCE_THAT_SPOKE.search(ctx.text, max(s_start, fig.qstart - 250), fig.qstart)
            if speaker is not None:
                return Status.MILITARY
            if "we" in subject:
                # '"We lost 17 brave men," he said' after "Capt. Abdullahi Nur told ...": an
                # officer's "we" is his unit
                prev = _previous_sentence(ctx.text, s_start)
                s_end = _segment.sentence_at(ctx.text, fig.qstart)[1]
                if _MILITARY_SPEAKER.search(ctx.text, prev[0] if prev else s_start, s_end):
                    return Status.MILITARY
    if _members(fig):
        return Status.MILITARY  # "26 SDF members", "11 CODECO members": an armed group's
    bare = (
        fig.head_status is None
        or (fig.head or "").lower() in {"others", "other", "more"}
        or (fig.head or "")[:1].isupper()  # "two were Israelis": a nationality, not a role
    )
    if fig.head is None and (
        row_label := _ITEM_LABEL.search(
            ctx.text,
            max(_line_start(ctx.text, fig.amount.start), fig.amount.start - 60),
            fig.amount.start,
        )
    ):
        # "  of whom children: 11,860; women: 8,130": each count's own label
        status = _status_of_words(ctx, row_label.group("w"))
        if status is not None:
            return status
    if fig.linked is not None and (bare or fig.breakdown):
        return _status(ctx, fig.linked)
    if fig.head_status is None and (last := _next_place_of(ctx, fig)) is not None:
        # "Warrap state recorded 58 civilians killed, and Central Equatoria 31 killed": the
        # same people, counted for the next place
        return last.status
    if bare and ctx.claims and (whole := _whole_named_before(ctx, fig)) is not None:
        # "It documented the deaths of 318 civilians. Of those killed, 97 died in ...": parts
        # of the civilians counted before
        return whole.status
    return Status.UNSPECIFIED


# a sentence that opens on the people counted just before: "Of those killed,", "Among the
# dead,", "Of them,"
_OF_THOSE_OPENING = regex.compile(
    r"\s*(?:of|among)\s+(?:those|the|them|these)(?:\s+(?:killed|dead|victims|deaths|wounded|"
    r"injured|missing))?\s*,",
    regex.I,
)


def _whole_named_before(ctx: _Context, fig: _Fig) -> Claim | None:
    """The claim a sentence that opens with "Of those killed," splits into parts: the last
    one before it of the same outcome (or of the dead, for "died"), within two sentences."""
    s_start = _segment.sentence_at(ctx.text, fig.qstart)[0]
    opening = _OF_THOSE_OPENING.match(ctx.text, s_start, fig.amount.start)
    if opening is None or _rx(
        r"\b(?:that|which|when|where|who|including|after|during)\b", regex.I
    ).search(ctx.text, opening.end(), fig.amount.start):
        # (not "Of those deaths, 402 were caused by drone strikes, including a strike ...
        # that killed 42 people": an incident told inside the parts)
        return None
    for claim in reversed(ctx.claims[-6:]):
        if claim.start >= s_start:
            continue  # a part told in the same sentence
        if claim.outcome is fig.outcome and s_start - claim.end < 600 and not claim.historical:
            return claim
    return None


def _next_place_of(ctx: _Context, fig: _Fig) -> Claim | None:
    """The claim just before a figure that counts the same for another place: "58 civilians
    killed" of "Warrap state recorded 58 civilians killed, and Central Equatoria 31 killed"."""
    if not ctx.claims:
        return None
    last = ctx.claims[-1]
    if (
        0 <= fig.qstart - last.end <= 60
        and last.outcome is fig.outcome
        # (not the first row of a section below: "New deaths: 2" and, after a blank line and
        # a heading, "Cortés — 38")
        and "\n\n" not in ctx.text[last.end : fig.qstart]
        and _NEXT_PLACE.fullmatch(ctx.text, last.end, fig.qstart) is not None
    ):
        return last
    return None


_NEXT_PLACE = regex.compile(
    # (the first count's place: "41 civilians killed in Kharkiv region, and Kherson 17")
    r"(?:\s+in\s+(?:the\s+)?(?:(?-i:\p{Lu})[\p{L}'’-]*\s*){1,4}"
    r"(?:(?:state|province|region|oblast|county|district|governorate)\b)?)?"
    r"\s*[,;]?\s*(?:and\s+|while\s+|with\s+)?(?:in\s+)?(?:the\s+)?"
    r"(?:(?-i:\p{Lu})[\p{L}'’-]*\s+){1,4}"
    r"(?:(?:state|province|region|oblast|county|district|governorate)\s+)?",
    regex.I,
)


def _side_in(ctx: _Context, fragment: str) -> str | None:
    """The one side named in ``fragment`` (profile aliases, else demonyms), or None."""
    if not fragment.strip():
        return None
    if ctx.side_alias is not None and ctx.profile is not None:
        table = ctx.profile.side_aliases()
        found = {
            table[word.lower()] for _, _, word in ctx.side_alias.find(fragment.replace("’", "'"))
        }
        if len(found) == 1:
            return found.pop()
        if len(found) > 1:
            return "both"
        return None
    return side_from_text(fragment)


def _other_side(ctx: _Context, side: str | None) -> str | None:
    if ctx.profile is None or side is None:
        return None
    others = [s for s in ctx.profile.side_ids() if s != side]
    if len(others) > 1:  # the parties, not the country whose civilians take the default
        others = [s for s in others if s != ctx.profile.default_side]
    return others[0] if len(others) == 1 else None


def _sides(
    ctx: _Context,
    fig: _Fig,
    attribution: _Attribution | None,
    scope_start: int,
    scope_end: int,
) -> list[str | None]:
    """Whose casualties: one side, "both", or one claim per side for "on each side".

    In order: words on the counted phrase ("Russian soldiers", "in Azerbaijan", "on the
    Armenian side", "their troops"), the owner of a toll ("Ukraine's death toll"), the loser
    in "X lost N", a place named in the clause (never an attacker: "Russian shelling", "by
    Israeli forces"), the reporter's own side, and with a profile "both". Computed once per
    figure: list members ask the figure they belong to."""
    if fig.sides is None:
        total_of = fig.total_of
        if (
            total_of is not None
            and total_of.sides is not None
            and not _side_mentions(ctx, fig.toll_text)
        ):
            # "put Russian losses at 1,120, bringing the total to 1,310,400": whose they are
            fig.sides = total_of.sides
        else:
            fig.sides = _find_sides_of(ctx, fig, attribution, scope_start, scope_end)
    return fig.sides


# a head's force after it: "3 servicemen of the AFU", "12 soldiers of the Sudanese army"
_OF_FORCE = regex.compile(
    r"[^,;:()]{0,30}?\b(?:soldiers|servicemen|troops|fighters|members|personnel|officers|"
    r"militiamen)\s+of\s+(?:the\s+)?"
    r"(?P<force>(?-i:\p{Lu})[\p{L}’'-]*(?:\s+(?-i:\p{Lu})[\p{L}’'-]*){0,3})",
    regex.I,
)


_ATTACK_ON = regex.compile(
    r"\b(?:attacks?|assault|raid|incursion|invasion|cross-border\s+attack)\s+on\s+(?:the\s+)?"
    r"(?:(?:southern|northern|eastern|western|central)\s+)?"
    r"(?P<place>(?-i:\p{Lu})[\p{L}’'-]*(?:\s+(?-i:\p{Lu})[\p{L}’'-]*){0,2}),?\s+"
    r"(?:in\s+which|during\s+which|that|which)\b[^.;]{0,60}\Z",
    regex.I,
)


def _find_sides_of(
    ctx: _Context,
    fig: _Fig,
    attribution: _Attribution | None,
    scope_start: int,
    scope_end: int,
) -> list[str | None]:
    if _members(fig):
        # "26 SDF members", "seven CODECO members": an armed group's, of no country (with a
        # profile, the side its name is an alias of)
        own = _side_in(ctx, fig.mods) if ctx.profile is not None else None
        return [own if own != "both" else None]
    reporter_side = attribution.side if attribution else None
    scope = ctx.text[scope_start:scope_end]
    claimed_kills = False
    if (
        fig.via == "active"
        and not _loss_verb(fig)  # ("said it had repelled the attack, losing 11 soldiers")
        and reporter_side not in (None, "both")
        and attribution is not None
        and attribution.start >= 0
        and attribution.end <= fig.qstart
        and _rx(
            # ('said in a statement on Sunday that its fighters had ...')
            # ", in a statement on Telegram, said its fighters had killed"
            r"\s*(?:,[^,;.]{0,50},\s*(?:said|says|claimed|added|stated)\s+(?:that\s+)?|"
            r"(?:[\w-]+\s+){0,3}?|(?:[\w-]+\s+){0,14}?that\s+)"
            r"(?:it|they|we|(?:its|their|our)\s+[\w’'-]+)\b[^;.]{0,120}\Z",
            regex.I,
        ).match(ctx.text, attribution.end, fig.qstart)
    ):
        # "The RSF said it had killed dozens of soldiers": a party's kills are not its own
        # losses; with a profile they are the other side's
        reporter_side = _other_side(ctx, reporter_side)
        claimed_kills = True
    elif (
        fig.via == "active"
        and reporter_side not in (None, "both")
        and attribution is not None
        and 0 <= attribution.end <= fig.qstart <= attribution.end + _NEAR
        and not _loss_verb(fig)
        and not _rx(r"[.;]\s").search(ctx.text, attribution.end, fig.qstart)
        and (subject := _side_mentions(ctx, ctx.text[attribution.end : fig.qstart]))
        # the subject of what was said, right after it ("... said on Twitter that Tigrayan
        # forces had"), not a place further on ("Armenian fire on the city of Tartar")
        and subject[0][0] == reporter_side
        and _rx(r"[^,;.]{0,40}?\s(?:that\s+)?(?:the\s+)?\Z", regex.I).match(
            ctx.text, attribution.end, attribution.end + subject[0][1]
        )
        and attribution.start >= _segment.sentence_at(ctx.text, fig.qstart)[0]
    ):
        # "A TPLF spokesman said Tigrayan forces had ... taken 340 prisoners": the party's own
        # forces as the subject, so whom they killed or took is the other side
        reporter_side = _other_side(ctx, reporter_side)
        claimed_kills = True
    inflicted = (
        _rx(r"\binflict(?:ed|ing|s)?\s+(?:heavy\s+)?[\"“]?\s*\Z", regex.I).search(
            ctx.text, max(0, fig.qstart - 30), fig.qstart
        )
        if (fig.via == "toll" and _rx(r"losses", regex.I).match(fig.toll_text))
        # 'inflicted "dozens of casualties" on Israeli troops'
        or (fig.via == "noun" and (fig.head or "").lower() in ("casualties", "losses"))
        else None
    )
    if inflicted is not None:
        # "inflicted losses of up to 1,340 servicemen on Ukrainian forces": whom they hit
        target = _rx(
            r"[^.;]{0,60}?\bon\s+(?P<who>(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2})", regex.I
        ).match(ctx.text, fig.qend, fig.qend + _AHEAD)
        hit = _side_in(ctx, target.group("who")) if target is not None else None
        if hit is not None and hit != "both":
            return [hit]
        if reporter_side not in (None, "both"):
            return [_other_side(ctx, reporter_side)]
    if fig.each:
        if ctx.profile is not None and len(ctx.profile.sides) >= 2:
            return list(ctx.profile.side_ids())
        named = _all_sides(ctx, scope)
        return list(named) if len(named) >= 2 else [None]
    if fig.both:
        return ["both"]
    mods = fig.mods.lower()
    possessive = _rx(r"\b(their|its|our|his|her)\b").search(
        f"{fig.mods} {fig.toll_text} {ctx.text[fig.amount.end : fig.np_end]}".lower()
    )
    enemy = _rx(r"\benemy(?:'s)?\b|\badversary\b|\bopponents?\b")
    party = _party_row(ctx, fig)
    if party == "own" and reporter_side not in (None, "both"):
        return [reporter_side]  # "Côté ami : 5 morts" in the army's communiqué
    if (
        party == "enemy"
        or enemy.search(
            f"{mods} {(fig.head or '').lower()} {fig.toll_left.lower()} {fig.toll_text.lower()} "
            f"{fig.losses_text.lower()}"
        )
        or (
            # "The enemy lost up to 310 servicemen": the loser is the enemy
            fig.via == "active"
            and _loss_verb(fig)
            and enemy.search(ctx.text[max(scope_start, fig.qstart - 30) : fig.qstart].lower())
        )
    ):
        return [_other_side(ctx, reporter_side)]
    # the modifier with its head: "Tigrayan fighters" is a profile's force, "Tigrayan" alone
    # its civilians
    side = (
        _side_in(ctx, f"{fig.mods.strip()} {fig.head or ''}".rstrip()) if fig.mods.strip() else None
    )
    if side is None and fig.head and fig.head[:1].isupper():
        # "more than 25 Americans", "40 Palestinians"; a people outside the profile's sides
        # is still theirs ("three were Lebanese" in a Gaza story)
        side = _side_in(ctx, fig.head) or side_from_text(fig.head)
    if (
        side is None
        and ctx.claims
        and _PART_OF_THE_DEAD.match(ctx.text, fig.amount.end, fig.amount.end + _AHEAD)
        and (
            whole := next(
                (
                    c
                    for c in reversed(ctx.claims[-6:])
                    if c.outcome is fig.outcome
                    and not c.historical
                    and c.side not in (None, "both")
                ),
                None,
            )
        )
        is not None
        and fig.qstart - whole.end < 1500
        # (not "14 of the dead were children" after the army's "100 rebels": other dead)
        and whole.status in (Status.UNSPECIFIED, _status(ctx, fig))
    ):
        # "The war has killed 41,909 Palestinians ... Israel says more than 17,000 of the dead
        # were militants": a part of the dead counted before is theirs, whoever says it
        return [whole.side]
    if (
        side is None
        and fig.head
        and (of_whom := _OF_FORCE.match(ctx.text, fig.amount.end, max(fig.amount.end, fig.qend)))
    ):
        # "3 servicemen of the AFU", "12 soldiers of the RSF": the force the head belongs to
        side = _side_in(ctx, of_whom.group("force"))
        side = None if side == "both" else side
    if side is None and fig.via == "active" and _loss_verb(fig):
        # "Russian forces lost 1,090 troops": the loser is the subject
        lo = max(scope_start, fig.qstart - 60)
        if attribution is not None and lo <= attribution.end <= fig.qstart:
            lo = attribution.end
        # the subject right before the verb ("KYIV, Ukraine — Russian forces have lost"): the
        # last side named, forces and all
        losers = _side_mentions(ctx, ctx.text[lo : fig.qstart])
        side = losers[-1][0] if losers else None
    if side is None and fig.place and not (claimed_kills and reporter_side is not None):
        # (not "its troops had killed 100 rebels near El Obeid": the enemy, wherever they fell)
        side = _side_in(ctx, fig.place)
    if side is None and fig.toll_left.strip():
        side = _side_in(
            ctx, fig.toll_left
        )  # "Ukraine's death toll", "Armenian military casualties"
    if side is None and fig.toll_text:
        side = _toll_side(ctx, fig.toll_text)
    if side is None and fig.losses_text:
        side = _toll_side(ctx, fig.losses_text)  # "the losses of the occupiers ... to 46 killed"
    if side is None and (
        on := _ATTACK_ON.search(
            ctx.text,
            max(_segment.sentence_at(ctx.text, fig.qstart)[0], fig.qstart - 160),
            fig.qstart,
        )
    ):
        # "the Hamas-led attack on southern Israel, in which about 1,200 people were killed":
        # the dead of an attack on a country are that country's
        hit = _side_in(ctx, on.group("place"))
        side = None if hit == "both" else hit
    if side is None and (
        item := _COUNTRY_ITEM.match(ctx.text, _paragraph_start(ctx.text, fig.qstart))
    ):
        # "ECUADOR: Inmates fought ... leaving 12 prisoners dead" in a newsletter of items by
        # country: the item's country
        item_side = side_from_text(item.group("country").title())
        side = None if item_side == "both" else item_side
    if side is None:
        # "In neighbouring Niger, 17 soldiers were killed", "In Syria, ... 1,280 had been
        # killed": a place that opens the sentence frames its figures
        frame = _FRAME.match(ctx.text, _segment.sentence_at(ctx.text, fig.qstart)[0], fig.qstart)
        if frame is not None:
            side = _side_in(ctx, frame.group("place"))
            side = None if side == "both" else side
    # "the army killed 28 M23 rebels", "Assailants neutralised: 8": no country's losses
    group = (fig.head or "").lower() in _GROUPS and not possessive
    if ctx.profile is None and side is None and group:
        # "killed 28 M23 rebels", "30 militants were killed in Borno": an armed group with no
        # country of its own is no country's loss
        return [None]
    if (
        side is None
        and reporter_side not in (None, "both")
        and (fig.head or "").lower() in _OWN_FORCES
    ):
        side = reporter_side  # an army counting "soldiers" or "troops" counts its own
    if side is None and possessive and reporter_side is not None:
        side = reporter_side
    if side is None and fig.linked is not None and not fig.each:
        inherited = _sides(ctx, fig.linked, attribution, scope_start, scope_end)[0]
        if inherited is not None:
            return [inherited]
    if side is None and _rx(r"\bboth\s+sides\b|\bon\s+each\s+side\b", regex.I).search(scope):
        side = "both"
    if (
        side is None
        and attribution is not None
        and reporter_side is None
        and _status(ctx, fig) is not Status.MILITARY
        and (seat := _SEAT.search(attribution.text)) is not None
    ):
        # "the U.N. human rights monitoring mission in Ukraine has verified 12,100 civilian
        # deaths": a monitor named for one country counts that country's dead
        seated = _side_in(ctx, seat.group("place"))
        side = None if seated == "both" else seated
    if ctx.profile is not None:
        if (
            side is None
            and ctx.profile.default_side is not None
            and _status(ctx, fig) is Status.CIVILIAN
        ):
            return [ctx.profile.default_side]  # civilians in a civil war: the country's
        if side is None and reporter_side is not None:
            # "more than 600 terrorists have been eliminated", in the army's words: whom its
            # forces killed, the other side
            side = (
                _other_side(ctx, reporter_side)
                if not claimed_kills and _NEUTRALISED.search(f"{fig.verb_text} {fig.toll_text}")
                else reporter_side
            )
        if side is None:
            side = _scope_side(ctx, fig, attribution, scope_start, scope_end)
        if side is None and ctx.topic_side is not None and _status(ctx, fig) is not Status.MILITARY:
            side = ctx.topic_side
        if ctx.profile.default_side is not None and (
            side is None or (side == "both" and _status(ctx, fig) is not Status.MILITARY)
        ):
            # "413 people had been killed since fighting broke out between the army and the
            # RSF": people caught between the parties are the country's
            side = ctx.profile.default_side
        elif side is None and len(ctx.profile.sides) >= 2:
            side = "both"
        return [side]
    if side is None:
        side = _scope_side(ctx, fig, attribution, scope_start, scope_end)
    if (
        side is None
        and reporter_side is not None
        and reporter_side != "both"
        # not a force's count of the enemies it "neutralised": "claimed more than 200 Taliban
        # fighters had been neutralised"
        and not _NEUTRALISED.search(f"{fig.verb_text} {fig.toll_text}")
    ):
        side = reporter_side
    return [side]


_LOSS_VERBS = tuple([w] for w in _GRAMMAR["loss_verbs"])
# "mission in Ukraine", "Commission of Inquiry on Syria", "Special Rapporteur for Myanmar"
_SEAT = regex.compile(
    r"\b(?:in|on|for)\s+(?:the\s+)?(?P<place>(?-i:\p{Lu})[\p{L}’'-]+(?:\s+(?-i:\p{Lu})[\p{L}’'-]+)?)\s*\Z"
)


_NEUTRALISED = regex.compile(r"\b(?:neutrali[sz]ed|eliminated|destroyed|liquidated)\b", regex.I)


def _loss_verb(fig: _Fig) -> bool:
    """ "lost 1,090 troops", "have lost", "had suffered": a party's own losses."""
    words = [w for w in fig.verb_text.lower().split() if w not in ("has", "have", "had")]
    return words[:1] in _LOSS_VERBS


# an item of a newsletter or roundup that opens with its country in capitals: "ECUADOR: ..."
_COUNTRY_ITEM = regex.compile(
    r"[ \t•*-]*(?P<country>\p{Lu}[\p{Lu} ’'-]{2,30}\p{Lu})\s*[:—–]\s+\p{Lu}"
)


def _paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` starts (after the last blank line before it)."""
    blank = text.rfind("\n\n", 0, pos)
    return 0 if blank < 0 else blank + 2


_FRAME = regex.compile(
    r"[\s\W]*(?:In|Inside|Across|Elsewhere\s+in)\s+(?:the\s+)?(?:neighbou?ring\s+)?"
    r"(?P<place>(?-i:\p{Lu})[\p{L}'’-]*(?:\s+(?-i:\p{Lu})[\p{L}'’-]*){0,2})\s*,"
)
_WAR = _words(r"\b(?:\L<w>)\b", "war_words")
_STATE = _words(r"\b(?:\L<w>)\b", "state_words")
_FORECAST = regex.compile(
    r"\b(?:could|may|might|will|would|expected\s+to|likely\s+to|set\s+to|feared\s+to)\s+"
    r"(?:\w+\s+)?(?:rise|climb|increase|reach|exceed|grow|top|double|surpass|go\s+up|soar|hit|pass)",
    regex.IGNORECASE,
)
_ABOVE = frozenset(_GRAMMAR["above_links"])
_NOUN_VERBS = frozenset(_GRAMMAR["noun_verbs"])
_END_NOUNS = frozenset(_GRAMMAR["end_nouns"])
_NOT_A_VERB = _words(r"\b(?:\L<w>)\s+\Z", "not_a_verb_before")
_NOUN_FORMS = (
    frozenset(_GRAMMAR["end_nouns"])
    | {f"{w}s" for w in _GRAMMAR["end_nouns"]}
    | {
        "tallies",
        "statement",
    }
)
_NOUN_ADJECTIVES = frozenset(_GRAMMAR["noun_adjectives"])
_ANAPHORA = regex.compile(
    r"\s*(?:of|among)\s+(?:those|them|these|the\s+(?:dead|victims|total|killed|wounded|injured|"
    r"casualties|deaths|[\d,]+\s+\w+))\b",
    regex.IGNORECASE,
)
# heads of armed groups: a country named nearby is not their side
_GROUPS = frozenset(_GRAMMAR["armed_groups"])
_NOT_CASUALTY_LABELS = frozenset(load_list("not_casualties"))
_SUBSET = _words(r"\b(?:\L<w>)\b", "subset_words")
_OWN_FORCES = frozenset(_GRAMMAR["own_forces"])
# "Russian strikes", "Russian air strikes", "US and British airstrikes"
_AGENT_AFTER = _words(
    r"(?:(?:and|or|&)\s+(?-i:\p{Lu})[\w’'.-]*\s+(?:\L<w>)\b|(?:[\w’'-]+\s+){0,1}?(?:\L<w>)\b)",
    "agent_nouns",
)
_LED = _words(r"-(?:\L<w>)\b", "led_suffixes")
_AGENT_TAIL = _words(r"\b(?:\L<w>)\Z", "agent_nouns")


@functools.lru_cache(maxsize=4096)
def _agent_tail(mention: str, at: int) -> bool:
    """``_AGENT_TAIL.search(mention, at)``, once per mention (with the character before it,
    ``at`` = 1, or none, ``at`` = 0): the same few names come again and again."""
    return _AGENT_TAIL.search(mention, at) is not None


_AGENT_BEFORE = regex.compile(
    r"\b(?:by|from|against)\s+(?:the\s+)?(?:[\w’'-]+\s+)?\Z", regex.IGNORECASE
)


def _scope_side(
    ctx: _Context,
    fig: _Fig,
    attribution: _Attribution | None,
    scope_start: int,
    scope_end: int,
) -> str | None:
    """A place or people named in the figure's clause, leaving out attackers ("Ukrainian
    shelling killed three people in Belgorod" is Russian), the reporter's own name, and the
    subject of an active verb of killing."""
    text = ctx.text
    lo = max(scope_start, fig.qstart - _NEAR)
    hi = min(scope_end, fig.qend + _NEAR)
    if attribution is not None and fig.qend <= attribution.start < hi:
        # "..., the governor's office said on Wednesday, as thousands of families fled into
        # Venezuela": a clause after the statement tells something else
        after = _AFTER_STATEMENT.search(text, attribution.end, hi)
        if after is not None:
            hi = after.start()
    attached_starts = ctx.attached_starts
    found: list[str] = []
    filed_from = None  # the dateline's city: where the story was filed
    for side, start, end in _side_mentions(ctx, text[lo:hi]):
        start += lo
        end += lo
        if ctx.dateline is not None and ctx.dateline[0] <= start < ctx.dateline[1]:
            filed_from = side
            continue
        if attribution is not None and attribution.start <= start < attribution.end + 2:
            continue
        at = bisect.bisect_right(attached_starts, start) - 1
        if (
            at >= 0
            and start < ctx.attached[at][1]
            and not (ctx.attached[at][0] <= fig.amount.end <= ctx.attached[at][1])
        ):
            continue  # "seven in Azerbaijan" belongs to the seven, not to the total
        if text[end : end + 1] == "-" and _LED.match(text, end, end + _AHEAD):
            continue  # "the Saudi-led coalition"
        joint = _rx(r"\s*(?:and|or|,)\s+(?-i:\p{Lu})[\p{L}-]+").match(text, end, min(hi, end + 30))
        if joint is not None and _AGENT_AFTER.match(text, joint.end() + 1, min(hi + 30, len(text))):
            continue  # "US and British strikes": both attackers
        if _AGENT_AFTER.match(text, end + 1, min(hi + 30, len(text))) and not _rx(
            r"\s+(?:civilians|people|residents|villagers|children|women|refugees|nationals|citizens)"
        ).match(text[end : end + 20]):
            continue
        if _AGENT_BEFORE.search(text, max(lo, start - 25), start):
            continue
        if text[end : end + 1].isspace() and _WATER_AFTER.match(text, end, end + 8):
            continue  # "on the Niger River", "the Indian Ocean": no country
        if _rx(r"\b(?:borders?|frontiers?)\s+with\s+(?:[\p{L}-]+\s+){0,3}\Z", regex.I).search(
            text, max(lo, start - 45), start
        ):
            continue  # "near the borders with Mali and Burkina Faso": the neighbours
        found.append(side)
    if filed_from is not None and not found:
        found.append(filed_from)
    distinct = list(dict.fromkeys(found))
    if len(distinct) == 1:
        return distinct[0]
    if len(distinct) > 1:
        return "both"
    return None


_AFTER_STATEMENT = regex.compile(r",\s+(?:as|while|amid|after|when|where|since)\b", regex.I)


def _side_mentions(ctx: _Context, fragment: str) -> list[tuple[str, int, int]]:
    if ctx.side_alias is not None and ctx.profile is not None:
        table = ctx.profile.side_aliases()
        return [
            (table[word.lower()], start, end)
            for start, end, word in ctx.side_alias.find(fragment.replace("’", "'"))
            if not language_use(fragment, start, end)
        ]
    return find_sides(fragment)


def _toll_side(ctx: _Context, toll_text: str) -> str | None:
    """A side named in a toll phrase as its owner or place ("Ukraine's death toll", "the
    toll in Gaza"), never as the agent ("the toll from Russian strikes")."""
    lowered = toll_text
    owner = _rx(r"(?P<left>(?:[\w’'-]+\s+){0,4}?)(?=\S*\s*(?:death\s+)?toll|number)").match(lowered)
    parts = []
    if owner is not None:
        parts.append(owner.group("left"))
    for m in _rx(
        r"\b(?:in|for|among|on|of)\s+(?:the\s+)?([\p{Lu}][^,;]{1,40}?)(?=\s+\w+\s*$|\s*$|"
        r"\s+(?:is|was|were|are|rose|has|had|have|stands|stood|to|at|amounted|totall?ed|reached|"
        r"exceeded)\b)"
    ).finditer(lowered):
        if m.group(0).startswith("of") and _AGENT_WORD.search(m.group(1)):
            continue  # "the toll of the Israeli aggression on the Gaza Strip": the agent
        parts.append(m.group(1))
    # "the losses of the occupiers", "losses of the enemy forces": whose losses
    for m in _rx(r"\blosses\s+of\s+(?:the\s+)?([\w’'-]+(?:\s+[\w’'-]+)?)", regex.I).finditer(
        lowered
    ):
        parts.append(m.group(1))
    for part in parts:
        side = _side_in(ctx, part)
        if side is not None:
            return side
    return None


_AGENT_WORD = _words(r"\b(?:\L<w>)\b", "agent_event_words")


def _all_sides(ctx: _Context, fragment: str) -> list[str]:
    if ctx.side_alias is not None and ctx.profile is not None:
        table = ctx.profile.side_aliases()
        found = [
            table[word.lower()] for _, _, word in ctx.side_alias.find(fragment.replace("’", "'"))
        ]
    else:
        found = [s for w in _WORD.findall(fragment) if (s := side_from_text(w)) is not None]
    return list(dict.fromkeys(s for s in found if s != "both"))


_FOOTNOTE_MARK = regex.compile(r"[ \t]*(\*{1,4}|†{1,3}|‡{1,2}|\^\d|\[\d\])")


_ROW_SOURCE = regex.compile(
    r"[ \t]*(?:\(\s*[+−-]\s*[\d,]+[^()\n]*\)[ \t]*)?"  # "(+38)" first, if any
    r"\((?P<who>(?-i:\p{Lu})[\p{L}’'.&/ -]{1,60}|(?-i:\p{Lu}\p{Ll}?\p{Lu}[\p{L}]{0,6}))\)[ \t]*$",
    regex.MULTILINE,
)
# "- Narok County: matatu swept off a drift; 5 dead, 2 missing (Kenya Red Cross)": a source
# in brackets that ends a row of figures
_ROW_SOURCE_AT_END = regex.compile(
    r"(?:[ \t]*(?:\p{L}+[ \t]*)?,[ \t]*(?:and[ \t]+)?[\d,]+[ \t]+\p{L}+){1,4}[ \t]*"
    r"\((?P<who>(?-i:\p{Lu})[\p{L}’'.&/ -]{1,60})\)[ \t]*$",
    regex.MULTILINE,
)


def _looks_like_body(ctx: _Context, who: str) -> bool:
    """A bracketed row source that names a body: an acronym, a word of a body's kind, or a
    reporter the profile knows."""
    words = who.split()
    if any(_rx(r"\p{Lu}\p{L}*\p{Lu}").match(w) for w in words):
        return True  # "MoH", "SML", "ACLED"
    heads = _BODY_HEADS | _CARRY_HEADS | _INSTITUTION_HEADS | _SOURCE_KIND_HEADS
    if any(w.lower().strip(".,") in heads for w in words):
        return True  # "(Israeli authorities)", "(National Police)"
    return ctx.reporter_alias is not None and bool(ctx.reporter_alias.find(who))


def _footnote_source(ctx: _Context, fig: _Fig) -> _Attribution | None:
    """A row whose figure carries a footnote mark ("Palestinians killed: 44,056*") takes the
    source its footnote names ("*According to the Ministry of Health in Gaza")."""
    mark = _FOOTNOTE_MARK.match(ctx.text, fig.amount.end, fig.amount.end + _AHEAD)
    if mark is None:
        # "Palestinians killed: 71,204 (MoH)": a row's own source in brackets after its figure
        line_end = ctx.text.find("\n", fig.amount.end)
        line_end = len(ctx.text) if line_end < 0 else line_end
        own = _ROW_SOURCE.match(ctx.text, fig.amount.end, line_end) or _ROW_SOURCE_AT_END.match(
            ctx.text, fig.amount.end, line_end
        )
        if (
            own is not None
            and not any(ch.isdigit() for ch in own.group("who"))
            # "(MoH)", "(National Police)": a body; not "(Lakhimpur)", "(Dima Hasao)": places
            and _looks_like_body(ctx, own.group("who"))
            # "(Nikopol district)": where, not who
            and not _rx(
                r"\b(?:district|region|province|oblast|county|city|town|village|area|governorate|"
                r"raion|hromada|municipality|department|state)\s*\Z",
                regex.I,
            ).search(own.group("who"))
        ):
            who = own.group("who").strip()
            return _resolve(ctx, who, own.start("who"), own.start("who") + len(who))
        return None
    sign = mark.group(1)
    note = regex.compile(
        r"(?m)^[ \t]*" + regex.escape(sign) + r"(?!" + regex.escape(sign[0]) + r")[ \t]*(.+)$"
    )
    for m in note.finditer(ctx.text, mark.end()):
        line_start = m.start(1)
        found = [a for a in _sentence_attributions(ctx, line_start, m.end(1)) if a.reporter]
        if found:
            return found[0]
        source = _rx(r"(?i)(?:sources?|data)\s*:\s*(.+?)\.?\s*\Z").search(m.group(1))
        if source is not None:
            return _resolve(ctx, source.group(1), line_start + source.start(1), m.end(1))
        return None
    return None


def _carried_from(ctx: _Context, claim: Claim) -> _Attribution:
    """The source of an earlier claim, carried to a figure that names none of its own."""
    return _Attribution(
        text=claim.reporter_text or "",
        start=-1,
        end=-1,
        reporter=claim.reporter,
        side=ctx.reporter_sides.get(claim.reporter or ""),
        named=True,
    )


def _type_figure(
    ctx: _Context,
    fig: _Fig,
    s_start: int,
    s_end: int,
    scope_span: tuple[int, int],
    mentions: list[_dates.DateMention],
) -> list[Claim]:
    text = ctx.text
    pat = ctx.pat
    # a figure's clause, but never more than _NEAR characters either side of it: a sentence
    # of a thousand figures must not make each of them read the whole sentence
    scope_start = max(scope_span[0], fig.qstart - _NEAR)
    scope_end = min(scope_span[1], min(max(fig.qend, fig.group_qend), fig.qend + _NEAR) + _NEAR)
    scope = text[scope_start:scope_end]
    attribution = _footnote_source(ctx, fig) or _attribution(ctx, fig, s_start, s_end)
    carried = attribution is not None and attribution.start < s_start
    heading = _heading(ctx, s_start, fig.amount.start)
    if heading is not None and attribution is None:
        attribution = heading.attribution
    anaphoric = fig.linked is None and (
        _ANAPHORA.match(text, s_start, s_start + _AHEAD) is not None
        or fig.via == "anaphora"
        or _rx(
            r"\s+of\s+(?:the\s+(?:dead|victims|casualties|wounded|injured)|those\s+killed)\b",
            regex.I,
        ).match(text, fig.amount.end, fig.amount.end + _AHEAD)
        is not None
    )
    if attribution is None and anaphoric and ctx.claims:
        previous_claim = ctx.claims[-1]
        attribution = _carried_from(ctx, previous_claim)
        carried = previous_claim.reporter is not None
        if previous_claim.reporter is None:
            attribution = None
    if attribution is None and heading is None and fig.linked is None:
        # "..., the regional governor said on Monday. Another 17 people were injured.": a
        # sentence that names no source goes on with the statement of the sentence before
        told = _told_before(ctx, s_start)
        line_head = text[_line_start(text, s_start) : s_start + 2].lstrip()
        if (
            told is not None
            # not a new bullet: "• Two aid workers were abducted" is an item of its own
            and not (line_head[:1] in "•*·▪●‣-–" and len(line_head) <= 4)
            # not background in a clause of its own: "After four weeks of fighting and nearly
            # 1,000 reported killed, ...", "In the village, where 90 residents were killed"
            and not _rx(
                r"\W*(?:after|before|with|as|while|since|although|though|when|if|despite|amid|"
                r"in|on|at|during|by|it)\b",
                regex.I,
            ).match(text, s_start, fig.amount.start)
            and not _rx(
                r"(?:,\s*(?:where|when|in\s+which|during\s+which)\b[^,;]*\Z)|"
                r"\b(?:deadliest|worst|bloodiest|largest|biggest)\b",
                regex.I,
            ).search(text, s_start, fig.amount.start)
        ):
            attribution = _carried_from(ctx, told)
            carried = True
    if (
        attribution is None
        and fig.linked is not None
        and fig.linked.made
        and fig.linked.made[0].reporter is not None
    ):
        # "Another 40 people were injured, including 9 children": whoever gave the 40
        attribution = _carried_from(ctx, fig.linked.made[0])
        carried = True
    if attribution is None and ctx.doc_source is not None:
        # (after the sentence before: "..., according to local authorities. Another 40 people
        # were injured" under an OCHA title goes on with the local authorities)
        attribution = ctx.doc_source
        carried = True
    if attribution is not None and attribution.reporter is not None:
        ctx.reporter_sides.setdefault(attribution.reporter, attribution.side)
    continuation = None
    if carried or anaphoric:
        key = attribution.reporter if attribution is not None else None
        continuation = ctx.last_by_reporter.get(key)
    if heading is not None and fig.outcome is None:
        fig.outcome = heading.outcome
    reporter = attribution.reporter if attribution else None
    reporter_text = attribution.text if attribution else None
    reporter_side = attribution.side if attribution else None
    status = _status(ctx, fig)
    if (
        status is Status.UNSPECIFIED
        and heading is not None
        and heading.status is not None
        and not fig.column  # a table's column names its own people
    ):
        status = heading.status
    outcome = fig.outcome
    assert outcome is not None
    # basis
    basis, since, rule_basis = _basis(ctx, fig, scope, scope_start, mentions)
    # dates
    own_increment = basis is Basis.INCREMENTAL and rule_basis in (
        "event-date",
        "more",
        "report-period",  # "March: 84" under "Civilian deaths in the first quarter of 2024:"
    )
    if heading is not None and since is None and heading.since is not None and not own_increment:
        # (a row of its own period, "In the last 24 hours: 46 killed", keeps it)
        since = heading.since
        if (
            fig.via in ("toll", "noun", "passive", "list", "label")
            and not fig.inc
            and not heading.daily
        ):
            basis = Basis.CUMULATIVE
    # a row under a heading of one day or incident counts that day or incident: "Attack on
    # the villages of Masala and Mayikengo, night of 7 to 8 June:" over "Bodies recovered: 42"
    row = rule_basis == "toll" and fig.link in (":", "—", "–", "-", "=") and _short_row(text, fig)
    if (
        heading is not None
        and heading.daily
        and (
            not rule_basis
            or (row and heading.incident and outcome is not Outcome.MISSING)
            # "Bilan des opérations du 10 au 16 février 2025 :" over "Civils tués : 12"
            or (row and heading.period and outcome is not Outcome.MISSING)
        )
        and since is None
    ):
        basis, rule_basis = Basis.INCREMENTAL, "daily-heading"
    if (
        heading is not None
        and heading.window
        and since is None
        and not fig.inc
        # (or a place's row: "Deaths in the last 72 hours, by county:" over "Nairobi: 9")
        and (
            row
            or (fig.via == "label" and fig.place is not None)
            # "Nabatieh: 19 martyrs, 47 wounded" under "By governorate (last 24 hours):"
            or (
                fig.via in ("noun", "list")
                and _LABELLED_ITEMS.fullmatch(text, _line_start(text, fig.qstart), fig.qstart)
                is not None
            )
        )
    ):
        basis, rule_basis = Basis.INCREMENTAL, "window-heading"
    as_of, earliest, as_of_source, since = _as_of(
        ctx, fig, basis, scope_start, scope_end, s_start, s_end, mentions, since
    )
    if (
        rule_basis == "part-of-whole"
        and (
            as_of_source is AsOfSource.PUBLISHED
            # (not "eight of the dead from Tuesday": a day of their own)
            or _rx(r",\s*(?:where|when)\b", regex.I).search(text, fig.qend, s_end) is not None
        )
        and (whole := next((c for c in reversed(ctx.claims[-6:]) if c.outcome is outcome), None))
    ):
        # "Seven of the deaths were in Hachinohe": as of the count they are part of
        as_of, earliest, as_of_source = whole.as_of, whole.as_of_earliest, whole.as_of_source
    if (
        rule_basis == "other-toll"
        and as_of_source is AsOfSource.PUBLISHED
        and (other := fig.counted_again) is not None
        and other.as_of is not None
    ):
        # "killed at least 31 people on Saturday ... The emergency room put the toll higher,
        # at 38 dead": the same day's dead
        as_of, earliest, as_of_source = other.as_of, other.as_of_earliest, other.as_of_source
    if (
        rule_basis in ("incident-toll", "incident", "story-day")
        and as_of_source is AsOfSource.PUBLISHED
    ):
        # "... ambushed a convoy on Wednesday, killing dozens. One source put the toll at 42
        # dead": the day of the attack told just before
        prev = _previous_sentence(text, s_start)
        attack = [
            c
            for c in ctx.claims
            if prev is not None
            and prev[0] <= c.start < prev[1]
            and c.basis is Basis.INCREMENTAL
            and c.as_of_source is not AsOfSource.PUBLISHED
        ]
        if attack:
            as_of, earliest, as_of_source = attack[-1].as_of, None, attack[-1].as_of_source
        elif rule_basis == "story-day" and (day := _story_day(ctx)) is not None:
            as_of, earliest = day.last, None
            as_of_source = AsOfSource.RELATIVE if day.relative else AsOfSource.STATED
        elif prev is not None and not any(prev[0] <= c.start < prev[1] for c in ctx.claims):
            # "Rival gangs clashed inside the prison early on Sunday. ... Officials reported 11
            # inmates dead": the day of the attack told without a figure
            days = [
                m
                for m in _find_dates(ctx, prev[0], prev[1])
                if m.kind == "day" and m.last is not None and not _statement_date(text, m)
            ]
            if len(days) == 1:
                as_of, earliest = days[0].last, None
                as_of_source = AsOfSource.RELATIVE if days[0].relative else AsOfSource.STATED
    if (
        rule_basis == "report-period"
        or (
            basis is Basis.INCREMENTAL
            and as_of_source is AsOfSource.PUBLISHED
            and not any(
                s_start <= m.start < s_end
                and m.kind != "since"
                and m.start not in ctx.since_mentions
                and not _in_part_clause(ctx, fig, m)
                for m in mentions
            )
        )
    ) and (lead := _report_period(ctx)) is not None:
        as_of, earliest, as_of_source = lead.as_of, lead.as_of_earliest, lead.as_of_source
    if (
        as_of_source is AsOfSource.PUBLISHED
        and (covered := _title_period(ctx)) is not None
        and covered.first is not None
        and covered.last is not None
        and (
            (basis is Basis.INCREMENTAL and (covered.last - covered.first).days <= 31)
            or (basis is Basis.CUMULATIVE and (covered.last - covered.first).days > 31)
        )
        and not any(
            s_start <= m.start < s_end
            and m.kind != "since"
            and m.start not in ctx.since_mentions
            and not _in_part_clause(ctx, fig, m)
            for m in mentions
        )
    ):
        # "Humanitarian Update No. 8 (OCHA), covering 10–16 March 2025" over its key figures:
        # the week the report covers; "Cumulative report, 8 October 2023 – 20 October 2024"
        # over its totals: the day they run to
        as_of, earliest = covered.last, covered.first if basis is Basis.INCREMENTAL else None
        as_of_source = AsOfSource.STATED
    if rule_basis == "since-last-report" and as_of_source is not AsOfSource.PUBLISHED:
        # "Since the previous bulletin, 12 new deaths have been recorded, where a house
        # collapse killed five during the night of 9 February": as of this report
        stated = next(
            (
                m
                for m in mentions
                if m.start not in ctx.undating and m.last and _statement_date(text, m)
            ),
            None,
        )
        as_of = stated.last if stated is not None else ctx.published
        earliest = None
        as_of_source = AsOfSource.STATED if stated is not None else AsOfSource.PUBLISHED
    if (
        _LATER_DEATH.search(fig.verb_text)
        and as_of_source is not AsOfSource.PUBLISHED
        and not any(scope_start <= m.start < scope_end for m in mentions)
    ):
        # "two of its patients had died of their wounds": later than the day they were hurt
        as_of, earliest, as_of_source = ctx.published, None, AsOfSource.PUBLISHED
    if fig.since_clause >= 0 and basis is Basis.INCREMENTAL:
        # "since October 5, when a drone attack killed 89": the day the clause names
        day = next((m for m in mentions if m.start >= fig.since_clause), None)
        if day is not None and day.kind in ("since", "day") and day.rule != "year":
            as_of = day.last or day.first
            earliest, as_of_source = as_of, AsOfSource.STATED
    window = any(m.rule == "window" and scope_start <= m.start < scope_end for m in mentions)
    if (
        heading is not None
        and heading.day is not None
        and (as_of_source is AsOfSource.PUBLISHED or window)
        and not _total_before_period(basis, since, heading.day)
    ):
        # "in the past 24 hours" under "(as of 19 November 2024)": up to the bulletin's day
        as_of = heading.day.last
        if as_of is not None and ctx.published is not None and as_of > ctx.published:
            as_of = ctx.published  # "Incidents this week:" in a bulletin of Wednesday
        earliest = heading.day.first
        if earliest is not None and as_of is not None and earliest > as_of:
            earliest = None  # a heading dated after the publication date given for the text
        as_of_source = AsOfSource.RELATIVE if heading.day.relative else AsOfSource.STATED
    # a report's later figures share its period: "between January and March ... Of those,
    # 1,554 were killed", "The report also counted 59 people lynched"
    own_date = any(scope_start <= m.start < scope_end for m in mentions)
    # a part of a figure counts what the figure counts: "including 50 children", "1,137 of
    # the dead", "Among the wounded were 12 children"
    parent = fig.linked if (fig.subset or fig.breakdown) and fig.linked is not None else None
    if (
        parent is not None
        and parent.basis is not None
        and (
            rule_basis in ("", "toll", "list")
            or (fig.breakdown and not fig.inc)
            # "rose to 12, including two children": the part of a total is counted as it is
            or (fig.subset and rule_basis in ("event-date", "event-verb", "incident"))
        )
    ):
        if basis is not parent.basis and parent.made:
            # "Number of deaths: 95 (12 new + 83 recovered)": as of the whole's date
            whole = parent.made[0]
            as_of, earliest, as_of_source = whole.as_of, whole.as_of_earliest, whole.as_of_source
        basis = parent.basis
    elif anaphoric and continuation is not None and rule_basis in ("", "toll", "list"):
        basis = continuation.basis
    if continuation is not None and not own_date and heading is None:
        if (
            rule_basis in ("", "event-verb", "incident", "list")
            and not (
                # not across paragraphs of a bulletin for a count in the perfect: "In the last 24
                # hours, 3 bodies were recovered." then "A total of 143 people have been treated"
                fig.perfect
                and basis is Basis.CUMULATIVE
                and "\n\n" in text[continuation.start : s_start]
            )
            and not (
                # nor a deed told in the past in a paragraph of its own: "So-called self-defence
                # brigades lynched at least 37 people" after a running count of officers killed
                rule_basis == "event-verb"
                and fig.via == "active"
                and continuation.basis is Basis.CUMULATIVE
                and "\n\n" in text[continuation.start : s_start]
            )
        ):
            basis = continuation.basis
            since = since or continuation.since
        said_on = _statement_day(ctx, attribution) if basis is Basis.CUMULATIVE else None
        if as_of_source is AsOfSource.PUBLISHED and said_on is not None:
            # "..., the ministry said on Thursday. More than 8,000 people are still missing,
            # the ministry said.": a running count as of the day the statement was made
            as_of, earliest, as_of_source = said_on.last, said_on.last, AsOfSource.RELATIVE
        elif (
            as_of_source is AsOfSource.PUBLISHED
            and basis is continuation.basis
            # not the date of an earlier report told in passing: "On Monday the agency had
            # put the toll at 68. ... More than 600 people were injured, the agency said."
            and not _EARLIER_REPORT.search(text, *_segment.sentence_at(text, continuation.start))
        ):
            as_of, earliest = continuation.as_of, continuation.as_of_earliest
            as_of_source = continuation.as_of_source
    if (
        fig.linked is not None
        and fig.linked.made
        and not fig.breakdown
        and not own_date
        and as_of_source is AsOfSource.PUBLISHED
        and basis is fig.linked.made[0].basis
    ):
        # "Of those, 1,554 were killed and 951 injured": one statement, one date
        first = fig.linked.made[0]
        as_of, earliest, as_of_source = first.as_of, first.as_of_earliest, first.as_of_source
    elif (
        fig.via == "anaphora"
        and not own_date
        and ctx.claims
        and (whole := ctx.claims[-1]).outcome is fig.outcome
        and whole.basis is basis
    ):
        # "... bringing the number of confirmed dead to 23. Among the dead were at least five
        # children": a part of the count just told, as of its day
        as_of, earliest, as_of_source = whole.as_of, whole.as_of_earliest, whole.as_of_source
    if (
        basis is Basis.INCREMENTAL
        and as_of_source is AsOfSource.PUBLISHED
        and heading is None
        and not own_date
        and (story := _story_incident(ctx, fig)) is not None
        and (
            reporter is None
            or reporter == story.reporter
            # an unnamed witness of it ("a doctor at the main hospital said"), or those who
            # took in its dead and hurt ("Staff at the town's main hospital said")
            or (
                attribution is not None
                and (not attribution.named or _CARERS.search(attribution.text) is not None)
            )
            # "Nine other passengers were injured, he said": others of that incident
            or _OTHERS.match(text, fig.amount.end, min(len(text), fig.amount.end + 12))
            # another party's account of it that points back to it: "A police spokesman
            # confirmed the attack but said seven people had been killed"
            or (not fig.perfect and _BACK_TO_THE_INCIDENT.search(text, s_start, s_end))
        )
    ):
        # "Gunmen ... shot dead 14 passengers on Tuesday night, officials said. ... Two other
        # passengers were wounded": the rest of a one-incident story, as its source tells
        # it, is of that incident's day
        as_of, earliest, as_of_source = story.as_of, story.as_of_earliest, story.as_of_source
    elif (
        basis is Basis.INCREMENTAL
        and as_of_source is AsOfSource.PUBLISHED
        and heading is None
        and not own_date
        and not fig.perfect
        and (day := _story_day(ctx)) is not None
        and day.last is not None
        and day.end <= fig.qstart
        and text.count("\n\n", max(0, ctx.head_end), fig.qstart) <= 3
        and not _SEPARATE.search(text, s_start, s_end)
        and not any(
            c.basis is Basis.INCREMENTAL
            and c.as_of_source is not AsOfSource.PUBLISHED
            and c.as_of != day.last
            for c in ctx.claims
        )
    ):
        # "On Wednesday 24 January, a FAMa unit was the target of a complex attack. ... The
        # response of our forces made it possible to neutralise 31 terrorists": the day of
        # the attack the statement opens with
        as_of, earliest = day.last, None
        as_of_source = AsOfSource.RELATIVE if day.relative else AsOfSource.STATED
    if (
        basis is Basis.INCREMENTAL
        and not own_date
        and ctx.profile is not None
        and ctx.profile.start is not None
        and _WAR_BEGAN_WHEN.search(text, s_start, fig.qstart)
    ):
        # "The war was triggered when Hamas-led militants stormed southern Israel, killing
        # about 1,200 people": the attack the war began with, on the war's first day
        as_of, earliest, as_of_source = ctx.profile.start, None, AsOfSource.RELATIVE
    counted = _whole_of(ctx, fig, outcome) if parent is None else None
    if counted is None and fig.linked is not None and fig.via in ("list", "list-back"):
        counted = fig.linked.whole  # "105 of the dead were in Jajarkot and 52 in Rukum West"
    fig.whole = counted
    if counted is not None:
        # "412 of the deaths", "105 of the dead were in Jajarkot": a part of a count given
        # before shares its people, period and date (unless it names a day of its own)
        if status is Status.UNSPECIFIED:
            status = counted.status
        if not own_date:
            basis, since = counted.basis, counted.since
            as_of, earliest = counted.as_of, counted.as_of_earliest
            as_of_source = counted.as_of_source
    # an earlier figure of the same count: "It has previously put the number of deaths at 28"
    revision_of: Claim | None = None
    if fig.via == "toll" and pat.previous.search(
        text, max(s_start, fig.amount.start - _NEAR), fig.amount.start
    ):
        revision_of = _revised_claim(ctx, reporter, outcome)
        if revision_of is not None:
            if status is Status.UNSPECIFIED:
                status = revision_of.status
            outcome = revision_of.outcome
            if revision_of.as_of is not None:
                as_of = revision_of.as_of - dt.timedelta(days=1)
                start = ctx.profile.start if ctx.profile else None
                earliest = start if start is not None and start <= as_of else None
                as_of_source = AsOfSource.RELATIVE
            basis = Basis.CUMULATIVE
    # the figure's own clause: "In the 2010 floods, 1,985 people died; this year's monsoon
    # has so far killed 76" makes only the first historical
    near_start, near_end = max(s_start, fig.qstart - _NEAR), min(s_end, fig.qend + _NEAR)
    cut = text.rfind(";", near_start, fig.qstart)
    near_start = cut + 1 if cut >= 0 else near_start
    cut = text.find(";", fig.qend, near_end)
    near_end = cut if cut >= 0 else near_end
    # nor past another figure: "2,000 civilians were killed in 2025 and about 1,500 in 2024"
    for other in _OTHER_FIGURE.finditer(text, fig.qend, near_end):
        near_end = other.start()
        break
    historical = _historical(ctx, fig, text[near_start:near_end], since, near_start)
    if (
        historical
        and _WAR.search(text, scope_start, scope_end)
        # not "Clashes in September 2022 killed around 100 people": those days' toll
        and not (
            rule_basis == "event-date"
            and any(
                scope_start <= m.start < scope_end
                and m.first is not None
                and m.last is not None
                and (m.last - m.first).days <= 31
                for m in mentions
            )
        )
    ):
        basis = Basis.CUMULATIVE  # an earlier war's toll is that war's total
    amount = fig.amount
    value, low, high, qualifier = amount.value, amount.low, amount.high, amount.qualifier
    if fig.via == "toll" and qualifier is Qualifier.EXACT and value is not None:
        last_word = fig.link.split()[-1] if fig.link.split() else ""
        if last_word in _ABOVE:
            low, high, qualifier = value + 1, None, Qualifier.MORE_THAN
        elif last_word in ("nearing", "near", "neared", "approaching"):
            low, high, qualifier = None, value, Qualifier.NEARLY
    elif (
        qualifier is Qualifier.EXACT
        and value is not None
        and _rx(r"\bas\s+(?:high|many)\s+as\s+\Z", regex.I).search(
            text[max(0, amount.start - 15) : amount.start]
        )
    ):
        low, high, qualifier = None, value, Qualifier.AT_MOST
    qstart = min(fig.qstart, amount.start)
    qend = max(fig.qend, amount.end)
    quote = text[qstart:qend]
    # trim trailing punctuation and spaces from the quote
    stripped = quote.rstrip(" ,;:")
    qend -= len(quote) - len(stripped)
    quote = stripped
    rule = "+".join(
        filter(
            None,
            [fig.via, rule_basis, "revision" if revision_of else "", "each" if fig.each else ""],
        )
    )
    sides = _sides(ctx, fig, attribution, scope_start, scope_end)
    if (
        sides == [None]
        and continuation is not None
        and continuation.side not in (None, "both")
        # (not "All five attackers were killed": an armed group is no country's loss)
        and not (ctx.profile is None and ((fig.head or "").lower() in _GROUPS or _members(fig)))
        # (not from another paragraph when the story has a country: "a German tourist" is
        # missing in one, "Fifteen people have been injured" in the next are Italy's)
        and not (ctx.topic_side is not None and "\n\n" in text[continuation.start : s_start])
    ):
        sides = [continuation.side]
    if (heading is not None and heading.enemy) or _party_row(ctx, fig) == "enemy":
        sides = [_other_side(ctx, reporter_side)]
    elif (
        heading is not None
        and heading.side is not None
        and (sides == [None] or (sides == ["both"] and not fig.both and _short_row(text, fig)))
    ):
        # "Lebanon — Public Health Emergency Operations Center ...", "MALAWI — DoDMA: 13
        # dead": the heading's country before the story's
        sides = [heading.side]
    if (
        sides == [None]
        and ctx.profile is None
        and ctx.topic_side is not None
        and (fig.head or "").lower() not in _GROUPS
        and not _members(fig)
        # (nor a row of them: "Terroristes neutralisés : 74")
        and not (fig.via == "toll" and _GROUPS.intersection(fig.toll_text.lower().split()))
        and _party_row(ctx, fig) != "enemy"  # "Côté ennemi : 34 terroristes neutralisés"
    ):
        sides = [ctx.topic_side]
    if revision_of is not None and sides == [reporter_side] and revision_of.side:
        sides = [revision_of.side]
    if earliest is not None and as_of is not None and earliest > as_of:
        earliest = None  # (dates in a text that runs past its stated publication date)
    claims = []
    for side in sides:
        claims.append(
            Claim(
                value=value,
                low=low,
                high=high,
                qualifier=qualifier,
                outcome=outcome,
                status=status,
                side=side,
                reporter=reporter,
                reporter_text=reporter_text,
                basis=basis,
                as_of=as_of,
                as_of_source=as_of_source,
                since=since,
                historical=historical,
                published=ctx.published,
                source=ctx.source,
                quote=quote,
                start=qstart,
                end=qend,
                as_of_earliest=earliest,
                rule=rule,
            )
        )
    return claims


_AMONG_THE = regex.compile(
    r"\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the|those)\s+(?:dead|killed|victims|"
    r"wounded|injured|missing)\b",
    regex.IGNORECASE,
)
_AMONG_BEFORE = regex.compile(
    # "Among the dead are 11 women", "Among the people killed were 21 children"
    r"\bamong\s+(?:the|those)\s+(?:people\s+|civilians\s+)?(?:dead|killed|victims|wounded|"
    r"injured|missing)\s+(?:are|were)\s+"
    r"(?:(?:at\s+least|about|some|around)\s+)?\Z",
    regex.IGNORECASE,
)
_PART_OF = regex.compile(
    r"\s+of\s+(?:the|those|these)\s+(?:dead|deaths|victims|casualties|fatalities|killed|wounded|"
    r"injured|injuries)\b",
    regex.IGNORECASE,
)


_CARERS = _words(r"\b(?:\L<w>)\b", "carers")


def _story_incident(ctx: _Context, fig: _Fig) -> Claim | None:
    """The incident a story opens with, when every dated incremental figure told so far is
    of that one day and this figure, in the past tense, is near it."""
    if fig.perfect:
        return None
    lead, several_days = _story_lead(ctx)
    if lead is None or lead.as_of_source is AsOfSource.PUBLISHED or lead.as_of is None:
        return None
    if several_days:
        return None  # a story of several days
    if ctx.text.count("\n\n", lead.end, fig.qstart) > 2:
        return None  # far down the story: background
    line = ctx.text[_line_start(ctx.text, fig.qstart) : fig.qstart].lstrip()
    if line[:1] in "•*-–·":
        return None  # an item of a list tells its own
    return lead


def _story_lead(ctx: _Context) -> tuple[Claim | None, bool]:
    """The first dated incremental figure told so far, and whether a later one is of
    another day. Claims are only appended while the sentences are read, so the scan goes
    on from where the last call stopped: a story of many figures reads each once."""
    seen, lead, several = ctx.story_scan
    for claim in ctx.claims[seen:]:
        if claim.historical or claim.basis is not Basis.INCREMENTAL:
            continue
        if lead is None:
            lead = claim
        elif claim.as_of != lead.as_of and claim.as_of_source is not AsOfSource.PUBLISHED:
            several = True
    ctx.story_scan = (len(ctx.claims), lead, several)
    return lead, several


def _whole_of(ctx: _Context, fig: _Fig, outcome: Outcome) -> Claim | None:
    """The figure that "N of the dead" is a part of: the last claim before it with the same
    outcome and at least as many people, not itself a part ("including ...")."""
    part = fig.amount.value if fig.amount.value is not None else fig.amount.low
    if part is None or not (
        _PART_OF.match(ctx.text, fig.amount.end, fig.amount.end + _AHEAD)
        # "Three Indian pilgrims were among the dead"
        or _AMONG_THE.match(
            ctx.text, max(fig.np_end, fig.amount.end), max(fig.np_end, fig.amount.end) + _AHEAD
        )
        # "Among the dead are 11 women"
        or _AMONG_BEFORE.search(ctx.text, max(0, fig.amount.start - 40), fig.amount.start)
    ):
        return None
    for claim in reversed(ctx.claims):
        if fig.amount.start - claim.end > 1500:
            break
        whole = claim.value if claim.value is not None else claim.low
        if (
            claim.outcome is outcome
            and not claim.historical
            and whole is not None
            and whole > part
            and not set(claim.rule.split("+")) & {"included", "list"}
        ):
            return claim
    return None


def _total_before_period(basis: Basis, since: dt.date | None, day: _dates.DateMention) -> bool:
    """ "Since 24 February 2022: 9,806 killed" under "civilian casualties, 1–30 September":
    a running total from before the period a heading counts is not a figure of that period;
    it stands as of the statement or publication, not the period's last day."""
    return (
        basis is Basis.CUMULATIVE
        and since is not None
        and day.first is not None
        and day.last is not None
        and day.first < day.last
        and since < day.first
    )


_LATER_DEATH = regex.compile(
    r"\bof\s+(?:(?:their|his|her)\s+)?(?:wounds|injuries)\b|\bsuccumb", regex.IGNORECASE
)


def _statement_day(ctx: _Context, attribution: _Attribution | None) -> _dates.DateMention | None:
    """The day of the statement a carried reporter made ("the ministry said on Thursday")."""
    if attribution is None or attribution.start < 0:
        return None
    s_start, s_end = _segment.sentence_at(ctx.text, attribution.start)
    for m in _find_dates(ctx, s_start, s_end):
        if m.kind == "day" and m.last is not None and _statement_date(ctx.text, m):
            return m
    return None


# a sentence that opens on the deaths just told: "The deaths bring to 185 the number of ...",
# "The latest killings raise ...", "This brings the toll to ..."
_BACK_TO_DEATHS = regex.compile(
    r"\s*(?:(?:the|these|those|their|its)\s+(?:latest\s+|new\s+|(?:\w+\s+)?)?"
    r"(?:deaths|killings|casualties|losses|fatalities)|this|that)\s+"
    r"(?:bring|brings|brought|raise|raises|raised|take|takes|took|push|pushes|pushed|lift|lifts)\b",
    regex.I,
)


def _told_before(ctx: _Context, s_start: int) -> Claim | None:
    """The last attributed claim of the sentence before, in the same paragraph (or the
    paragraph before, for a sentence that opens on its deaths: "The deaths bring to 185
    the number of soldiers killed")."""
    prev = _previous_sentence(ctx.text, s_start)
    if prev is None or not ctx.claims:
        return None
    breaks = ctx.text.count("\n\n", prev[1], s_start)
    if breaks > 1 or (breaks == 1 and not _BACK_TO_DEATHS.match(ctx.text, s_start)):
        return None
    last = ctx.claims[-1]
    if last.start < prev[0] or last.reporter is None or last.historical:
        return None
    return last


def _scope(
    ctx: _Context,
    fig: _Fig,
    s_start: int,
    s_end: int,
    previous_end: int,
    following_start: int,
) -> tuple[int, int]:
    """The clause a figure belongs to: from the previous figure (or a clause break) to the
    next one (or a clause break such as ", bringing")."""
    text = ctx.text
    left = max(s_start, previous_end)
    for m in _CLAUSE_BREAK.finditer(text, left, fig.qstart):
        left = m.end()
    right = min(s_end, following_start) if following_start > fig.qend else s_end
    brk = _CLAUSE_BREAK.search(text, fig.qend, right)
    if brk is not None:
        right = brk.start()
    return left, max(right, fig.qend)


_TOTAL_SO_FAR = regex.compile(
    r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:received|recorded|registered|treated|"
    r"admitted|counted|confirmed|documented|verified|identified)\s+a\s+total\s+of\s+\Z",
    regex.I,
)
# "the worst fighting since independence", "the deadliest year since 2014": a comparison
_SUPERLATIVE = _words(r"\b(?:\L<w>|first|most\s+\w+)\b[^,;.]{0,80}\Z", "superlatives")
_DAY_REPORT_OPENING = regex.compile(
    r"(?:(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?:24\s*hours|day)|overnight)\b",
    regex.I,
)
_TOLL_PERIOD = regex.compile(
    r"\b(?:(?:over|in|during|of)\s+the\s+(?:past|last|previous)\s+(?:24|48|72)?\s*(?:hours?|day|week|"
    r"month)|overnight|over\s+the\s+weekend|for\s+the\s+(?:past\s+)?day)\b",
    regex.I,
)
_AS_OF_BEFORE = regex.compile(
    r"\b(?:as\s+(?:of|at)|up\s+to|until)\s+(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?|hrs?|h)?\s*"
    r"(?:\p{Lu}{2,4}\s+)?(?:on\s+)?)?\Z",
    regex.I,
)
_REPORT_REF = regex.compile(r"\b(?:previous|last|latest|preceding)\s", regex.I)
_PERIOD_TOTAL = regex.compile(r"\b(?:weekly|daily|monthly|quarterly|annual|yearly)\s+total\b")


def _maybe_period(text: str, start: int, end: int) -> bool:
    """A cheap test before _TOLL_PERIOD: a clause naming a day's or a week's window."""
    part = text[start:end]
    return any(w in part for w in ("past", "last", "previous", "overnight", "weekend", " day"))


def _maybe_window(text: str) -> bool:
    """A cheap test before _WINDOW_HEADING: most clauses name no 24-hour window."""
    return "24" in text or "day" in text or "heure" in text or "hora" in text or " ore" in text


_PART_OF_THE_DEAD = regex.compile(
    r"\s+of\s+(?:the|those)\s+(?:deaths|dead|victims|fatalities|casualties|wounded|injured|"
    r"killed|missing)\b",
    regex.I,
)
_IN_THE_WAR = regex.compile(
    r"\s+(?:in|during|throughout)\s+the\s+(?:[\w-]+\s+){0,3}?(?:war|conflict)\b(?!\s+(?:zone|area))",
    regex.I,
)
_SINCE_LAST_REPORT = regex.compile(
    r"(?:\b|^\s*)(?:since|compared\s+with|from)\s+(?:the|our|its|their|my)\s+(?:previous|last|latest|"
    r"preceding)\s+(?:daily\s+|weekly\s+)?(?:bulletin|report|update|sitrep|situation\s+report|"
    r"briefing|statement|count|press\s+release|communiqu[ée])\b",
    regex.I,
)
_SINCE_LAST_REPORT_BEFORE = regex.compile(_SINCE_LAST_REPORT.pattern + r"[^;\n]{0,90}\Z", regex.I)


# a day or period a row's label names as when its counts happened: "injured on 7–8 February:",
# "killed during 3-9 March:", "Deaths in January:" (not "as of 3 December:", "up to 3 December:")
_EVENT_DATE_BEFORE = regex.compile(
    r"\b(?:on|during|in|over|between|from)\s+(?:the\s+(?:night\s+of\s+)?)?\Z", regex.I
)


# a count of hours right after the figure: "74 wounded patients in 48 hours", "within 24
# hours", "over just 36 hours"
_IN_HOURS = regex.compile(
    r"[^.;:\d]{0,40}?\b(?:in|within|over|during)\s+(?:(?:just|only|less\s+than|under)\s+)?"
    r"(?:\d{1,3}|twenty-four|forty-eight|seventy-two|a\s+few|several)\s+hours\b",
    regex.I,
)


# a participle and the day it happened, inside a toll phrase: "the number abducted on
# Saturday was", "people killed in the raid on 3 May:"
_DONE_ON_BEFORE = regex.compile(
    r"\b(?:killed|abducted|kidnapped|injured|wounded|taken|seized|dead)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:on|during|in|over)\s+(?:the\s+)?\Z",
    regex.I,
)


def _label_event_day(
    ctx: _Context, fig: _Fig, mentions: list[_dates.DateMention], participle: bool = False
) -> bool:
    """True when the label before a row's count names the day or period of its events (with
    ``participle``, only a day its participle names: "the number abducted on Saturday")."""
    for m in mentions:
        if not (fig.qstart <= m.start < fig.amount.start) or m.kind not in ("day", "period"):
            continue
        if participle:
            if _DONE_ON_BEFORE.search(ctx.text, max(fig.qstart, m.start - 50), m.start):
                return True
            continue
        if _rx(r"(?:between|from)\b", regex.I).match(
            ctx.text, m.start
        ) or _EVENT_DATE_BEFORE.search(ctx.text, max(fig.qstart, m.start - 25), m.start):
            return True
    return False


def _basis(
    ctx: _Context,
    fig: _Fig,
    scope: str,
    scope_start: int,
    mentions: list[_dates.DateMention],
) -> tuple[Basis, dt.date | None, str]:
    pat = ctx.pat
    since: dt.date | None = None
    # running-total cues count only in the figure's own clause: up to the first comma after
    # it ("4,360 people were killed in 2023, the lowest annual toll since the war began")
    near_end = scope_start + len(scope)
    list_end = min(max(fig.qend, fig.group_qend), near_end)
    comma = _rx(r",(?!\d{3})|;|\s[—–‒―]\s").search(ctx.text, list_end, near_end)
    if comma is not None:
        near_end = comma.start()
    near = ctx.text[scope_start:near_end]
    root = fig
    while (up := root.linked) is not None and (root.subset or root.via in ("list", "list-back")):
        if (head := root.root) is not None:
            root = head
            break
        root = up
    fig.root = root
    root.since_clause = _since_clause_start(ctx.text, root, 0)
    fig.since_clause = root.since_clause
    for m in mentions:
        own = fig.since_clause < 0 or m.start < fig.since_clause
        if (
            m.kind == "since"
            and scope_start <= m.start < near_end
            and own
            # not a comparison's: "the deadliest month in Guanajuato since 2019, with 261"
            and not _SUPERLATIVE.search(ctx.text, max(scope_start, m.start - 90), m.start)
        ):
            since = m.first
    if since is None and fig.since_clause < 0:
        since = _since_clause(ctx, near, scope_start, mentions)
    if fig.subset and fig.via == "label" and fig.linked is not None and fig.linked.basis:
        # "of which children: 236" under "Deaths: 812": counted as the row above
        return fig.linked.basis, since or fig.linked_since, "part-row"
    if fig.inc and fig.via in ("increment", "label"):
        return Basis.INCREMENTAL, None, "more"
    # (the cheap test first: most figures have no "previous"/"last" report near them)
    report_near = _REPORT_REF.search(ctx.text, max(0, fig.qstart - 150), fig.qend + 80)
    last_report = (
        _SINCE_LAST_REPORT_BEFORE.search(ctx.text, max(0, fig.qstart - 150), fig.qstart)
        if report_near is not None
        else None
    )
    if last_report is not None and _rx(r"[.!?]\s").search(ctx.text, last_report.end(), fig.qstart):
        last_report = None  # in a sentence before
    if last_report is None and report_near is not None:
        last_report = _SINCE_LAST_REPORT.match(
            ctx.text, fig.qend, min(near_end + 80, fig.qend + 80)
        )
    if last_report is not None:
        # "Since the previous bulletin (8 February), 12 new deaths have been recorded": the
        # increase since that report, as of this one (its date is no event's)
        for m in mentions:
            if last_report.start() <= m.start < last_report.end() + 25:
                ctx.undating.add(m.start)
                ctx.since_mentions.add(m.start)
        return Basis.INCREMENTAL, None, "since-last-report"
    if (
        not fig.inc
        and _CONFIRMED_SO_FAR.search(ctx.text, max(0, fig.qstart - 60), fig.amount.start)
        and _DISASTER_IN.search(ctx.text, scope_start, near_end)
    ):
        # "MEMA has confirmed 14 storm-related deaths following the tornadoes": an agency's
        # count of a disaster so far
        return Basis.CUMULATIVE, since, "so-far"
    if since is None and fig.linked is not None and not fig.breakdown:
        since = fig.linked_since
    if fig.via == "toll" and fig.link in ("included", "includes", "include") and ctx.claims:
        # "The dead included 1,889 civilians": a part of the figure given before
        return ctx.claims[-1].basis, since or ctx.claims[-1].since, "included"
    whole = (
        next((c for c in reversed(ctx.claims[-6:]) if c.outcome is fig.outcome), None)
        if ctx.claims and _PART_OF_THE_DEAD.match(ctx.text, fig.amount.end, fig.amount.end + _AHEAD)
        else None
    )
    if (
        whole is not None
        and not whole.historical
        and _rx(r"[.!?]\s").search(ctx.text, whole.end, fig.qstart) is not None
    ):
        # "The quake has killed 41 people. Seven of the deaths were in Hachinohe, where a
        # building collapsed on Wednesday": a part of the count told just before
        return whole.basis, since or whole.since, "part-of-whole"
    if (
        fig.via == "anaphora"
        and since is None
        # (not "Among October's victims were 11 police officers": a period of its own)
        and not any(scope_start <= m.start < near_end for m in mentions)
        and (
            whole := next((c for c in reversed(ctx.claims[-8:]) if c.outcome is fig.outcome), None)
        )
        is not None
        and not whole.historical
        and fig.qstart - whole.end < 1500
    ):
        # "Gunmen abducted at least 62 people ... Among those taken were 14 children": a part
        # of the count told before, counted the same way
        return whole.basis, whole.since, "part-of-whole"
    deaths_of = _rx(
        r"\b(?:deaths?|killings?|martyrdom|injury|injuries|abductions?|kidnappings?|"
        r"disappearances?)\s+of\s*\Z",
        regex.I,
    ).search(fig.toll_text)
    if (
        since is None
        and not fig.inc
        and ctx.claims
        and not any(fig.amount.end <= m.start < near_end for m in mentions)
        and (whole := _whole_named_before(ctx, fig)) is not None
    ):
        # "documented the deaths of 318 civilians in April. Of those killed, 97 died in
        # security operations, 52 by explosive remnants": parts counted like their whole
        return whole.basis, whole.since, "part-of-whole"
    if _IN_HOURS.match(ctx.text, max(fig.qend, fig.amount.end), near_end):
        # "the hospital had received 74 wounded patients in 48 hours", "12 had died since
        # Monday, 5 of them in 24 hours": the count of those hours
        return Basis.INCREMENTAL, None, "hours"
    if (
        fig.via == "toll"
        and fig.link == ","
        and ctx.claims
        and _rx(r"\s+of\s+(?:them|whom)\b", regex.I).match(ctx.text, fig.amount.end)
        and ctx.claims[-1].end >= scope_start
        and not ctx.claims[-1].historical
        # (not a part with a time of its own: "5 of them in 24 hours", "3 of them on Monday")
        and not _IN_HOURS.match(ctx.text, fig.amount.end, near_end)
        and not any(fig.amount.end <= m.start < near_end for m in mentions)
    ):
        # "214 occupiers were neutralised in this direction over the day, 97 of them
        # irreversibly": a part of the count just given, counted the same way
        last = ctx.claims[-1]
        return last.basis, last.since, "part-of-whole"
    if (
        fig.losses_text
        and since is None
        and ctx.day_report
        and not _RUNNING_TOLL.search(ctx.text, scope_start, near_end)
    ):
        # "the losses of the occupiers amounted to 46 killed and 71 wounded" in a report of
        # the past 24 hours: that day's
        return Basis.INCREMENTAL, None, "toll-period"
    if fig.via == "toll" and not (fig.link == "of" and deaths_of):
        if fig.link.endswith(" by") or fig.link == "by":
            return Basis.INCREMENTAL, None, "toll-rise"  # "the death toll rose by 6 (to 167)"
        if (
            fig.total_of is None
            # (not "taking the toll from the overnight violence to five": a running count)
            and not _rx(r"\b(?:bringing|raising|taking|pushing|lifting)\s+\Z", regex.I).search(
                ctx.text, max(0, fig.qstart - 20), fig.qstart
            )
            and _maybe_period(ctx.text, scope_start, near_end)
            # (not "..., bringing to 1,974 the number of people killed since ...": a running
            # total, after a day's count)
            and not _rx(r"(?:bringing|raising|taking|pushing|lifting)\b", regex.I).match(
                ctx.text, fig.qstart
            )
            and (
                _TOLL_PERIOD.search(fig.toll_text.rpartition(",")[2])
                # "inflicted losses of up to 1,340 servicemen on Ukrainian forces over the past 24
                # hours": losses of a period told after them
                or (
                    _rx(r"\blosses\b", regex.I).search(fig.toll_text)
                    and _TOLL_PERIOD.search(ctx.text, fig.qend, near_end)
                )
                # "In the Kurakhove direction over the past day, units inflicted losses of 118"
                or (
                    _TOLL_PERIOD.search(ctx.text, scope_start, fig.qstart)
                    and not _rx(r",\s*(?:bringing|raising|taking|pushing)\b", regex.I).search(
                        ctx.text, scope_start, fig.qstart
                    )
                )
            )
        ):
            # "put Russian losses over the past day at 1,120 personnel": that day's losses
            return Basis.INCREMENTAL, None, "toll-period"
        if (
            since is None
            and fig.total_of is None
            and ctx.day_report
            and _rx(r"\blosses\b", regex.I).search(fig.toll_text)
            and not _RUNNING_TOLL.search(ctx.text, scope_start, near_end)
        ):
            # "Enemy losses amounted to up to 240 servicemen" in a report of the past 24 hours
            return Basis.INCREMENTAL, None, "toll-period"
        if since is None and _found_bodies(ctx, fig):
            # "Police found the bodies of 12 men", "the bodies of 14 men were dumped": one
            # finding, not a running count (unlike "31 bodies have been recovered so far")
            return Basis.INCREMENTAL, since, "bodies-found"
        if (
            since is None
            and fig.total_of is None
            and fig.link in (":", "—", "–", "-", "=")
            and _label_event_day(ctx, fig, mentions)
            and not _RUNNING_TOLL.search(ctx.text, scope_start, near_end)
        ):
            # "Civilians injured on 7–8 February: 64": a row of the days its label names
            return Basis.INCREMENTAL, since, "label-day"
        if (
            since is None
            and fig.total_of is None
            and _label_event_day(ctx, fig, mentions, participle=True)
            and not _RUNNING_TOLL.search(ctx.text, scope_start, near_end)
        ):
            # "the number abducted on Saturday was between 40 and 50": that day's
            return Basis.INCREMENTAL, since, "label-day"
        if since is None and _incident_toll(ctx, fig, scope_start, near_end):
            # "Gunmen ambushed a bus near Gao on Tuesday. A local official put the toll at 18
            # dead": the toll of that one attack
            return Basis.INCREMENTAL, since, "incident-toll"
        if (
            since is None
            and fig.total_of is None
            and (
                fig.link in (":", "—", "–", "-", "=")
                # "On the friendly side, the provisional toll is 6 dead"
                or _rx(r"\b(?:provisional|preliminary|initial)\b", regex.I).search(fig.toll_text)
            )
            and fig.outcome is not Outcome.MISSING  # (still missing: a state, counted so far)
            and not any(
                m.group(0).lower() not in ("provisional", "preliminary", "initial", "tentative")
                for m in _RUNNING_TOLL.finditer(ctx.text, scope_start, near_end)
            )
            and (opening := _story_day(ctx)) is not None
            and opening.end <= fig.qstart
            and ctx.text.count("\n\n", opening.end, fig.qstart) <= 2
            # (told in a sentence, not a title's time: "Amasra mine, rescue coordination
            # centre, 16 October 07:30" over a rescue's running counts)
            and _rx(r"[^\n]*[.!?][\"”’]?\s*(?:\n|\Z)").match(ctx.text, opening.end) is not None
        ):
            # "Dans la nuit du 7 au 8 septembre, des éléments de Boko Haram ont attaqué le
            # village de Kerawa." over "Bilan provisoire :" and "- Civils tués : 11": the
            # rows count the attack the statement opens with
            return Basis.INCREMENTAL, since, "story-day"
        if since is None and (
            # "Militiamen killed at least 19 people in a raid ... The army gave a lower toll
            # of 13 dead": another count of the same dead, counted the same way; "A drone
            # strike ... killing 21 people ... The health ministry put the toll at 19 dead": a
            # count of the same size, of that strike
            other := _other_toll(ctx, fig) or _same_dead(ctx, fig, scope_start, near_end)
        ):
            fig.counted_again = other
            return other.basis, other.since, "other-toll"
        return Basis.CUMULATIVE, since, "toll"
    if (
        since is None
        and not _RUNNING_TOLL.search(ctx.text, scope_start, near_end)
        and _EPISODE.search(ctx.text, scope_start, near_end)
    ):
        # "Three days of fighting between the SDF and tribal fighters have killed 47 people":
        # the toll of one episode, as of the day it is given
        return Basis.INCREMENTAL, since, "episode"
    # ("announced the deaths of three more of its fighters": those deaths, not a running total)
    if since is not None:
        return Basis.CUMULATIVE, since, "since"
    if (
        fig.via == "toll"
        and deaths_of
        and not _rx(r"\b(?:so\s+far|to\s+date|total|tally|since)\b", regex.I).search(
            ctx.text, scope_start, scope_start + len(scope)
        )
    ):
        # "the killing of at least 14 civilians in Taiz": the deaths of one incident
        return Basis.INCREMENTAL, since, "deaths-of"
    if ctx.claims and _rx(
        r"\b(?:in|over|during|for|within)\s+(?:the\s+same|that|this)\s+"
        r"(?:period|time|timeframe|span)\b",
        regex.I,
    ).search(scope):
        # "... had been killed in the same period": the last period named, a baseline
        # ("fighting jihadists since 2015; 2,000 soldiers killed in that time") or the last
        # figure's
        if _rx(r"\bsince\b", regex.I).search(ctx.text, max(0, fig.qstart - 250), fig.qstart):
            last = ctx.claims[-1]
            return (
                Basis.CUMULATIVE,
                last.since if last.basis is Basis.CUMULATIVE else None,
                "same-period",
            )
        return ctx.claims[-1].basis, ctx.claims[-1].since, "same-period"
    if fig.inc:
        return Basis.INCREMENTAL, since, "more"
    if (
        "total" in ctx.text[max(0, fig.qstart - 80) : fig.amount.number_start]
        and _TOTAL_SO_FAR.search(ctx.text, max(0, fig.qstart - 80), fig.amount.number_start)
    ) and not (pat.incremental.search(ctx.text, max(scope_start, fig.qstart - 150), fig.qstart)):
        # "the hospital has received a total of 37 injured persons from the explosion on 5
        # October": its count so far (the date is the explosion's)
        return Basis.CUMULATIVE, since, "total-so-far"
    lowered = near.lower()
    if fig.since_clause >= scope_start:
        lowered = ctx.text[fig.qstart : near_end].lower()  # not the "since" of its own clause
    elif (
        new_clause := _NEW_THAT_CLAUSE.search(ctx.text, scope_start, max(scope_start, fig.qstart))
    ) is not None:
        # "said 43 bodies had been recovered so far and that 25 people were wounded": the
        # figure's own that-clause
        lowered = ctx.text[new_clause.end() : near_end].lower()
    if "total" in lowered and _PERIOD_TOTAL.search(lowered):
        return Basis.INCREMENTAL, since, "period-total"  # "Weekly total (5–11 Feb): lost 8,310"
    strong = None
    for strong in _rx(
        r"\b(?:so\s+far|to\s+date|thus\s+far|in\s+total|in\s+all(?=\s*(?:[,.;:)]|\Z))|altogether|"
        r"overall|all\s+told|"
        # (not "Of the total, 19 civilians were killed by landmines": a part of it)
        r"(?<!\ba\s)(?<!\bof\s(?:the\s)?)total|tally|cumulative|up\s+to\s+now|until\s+now|since)\b"
    ).finditer(lowered):
        if strong.group(0) == "since" and _SUPERLATIVE.search(lowered, 0, strong.start()):
            strong = None  # "in the worst clashes between the two since independence"
            continue
        if (
            strong.group(0) == "since"
            and _rx(r"\b(?:has|have|had)\s+\Z").search(
                lowered, max(0, strong.start() - 6), strong.start()
            )
            and not _rx(
                r"\s+(?:risen|climbed|grown|increased|reached|jumped|doubled|died|been\s+killed|"
                r"succumbed|been\s+found|been\s+recovered)\b"
            ).match(lowered, strong.end())
        ):
            # "shot dead three men ... and had since demanded a ransom": "since" as "later",
            # of another verb
            strong = None
            continue
        break
    if strong and _rx(
        r"\s+(?:for|in|over)\s+(?:the|that|this)\s+(?:day|week|month|quarter|period|weekend)\b"
    ).match(lowered, strong.end()):
        # "Total for the month: 120 killed": a period's total
        return Basis.INCREMENTAL, since, "period-total"
    if (
        strong
        and strong.group(0) == "total"
        and since is None
        and _rx(r"[\s•*·–-]*total\s*[:—–-]", regex.I).match(
            ctx.text, _line_start(ctx.text, fig.qstart), fig.amount.start
        )
        and _title_period(ctx) is not None
    ):
        # "Total: 129 wounded, 7 deaths" in a bulletin for week 24 (9-15 June): the week's
        return Basis.INCREMENTAL, since, "period-total"
    if strong:
        return Basis.CUMULATIVE, since, "so-far"
    if _WAR_SO_FAR.search(near):
        # "in the first 14 months of the war", "in two years of full-scale war": since it began
        return Basis.CUMULATIVE, since, "so-far"
    scope_end = scope_start + len(scope)
    war_start = ctx.profile.start if ctx.profile is not None else None
    for m in mentions:
        if (
            war_start is not None
            and m.kind == "period"
            and scope_start <= m.start < scope_end
            and m.first is not None
            and m.last is not None
            and abs((m.first - war_start).days) <= 3
            and (m.last - m.first).days > 31
        ):
            # "From 24 February 2022 to 31 October 2024, 12,164 civilians were killed": a
            # period that opens with the war is the war's running total up to its end
            return Basis.CUMULATIVE, m.first, "since"
    root = fig
    while root.linked is not None and not root.breakdown:
        root = root.linked
    if (
        root is not fig
        and root.via == "toll"
        and root.basis is Basis.CUMULATIVE
        and _rx(r"(?:\s+(?:on|in|at|as\s+of)\s+[^,;]{1,30}?)?\s*,?\s*with\s", regex.I).match(
            ctx.text, root.qend, fig.amount.start
        )
    ):
        # "the toll has risen to 2,056, with 3,900 people injured and 270 missing": the
        # with-clause gives the same running count's other figures, as of the toll's date
        return Basis.CUMULATIVE, since, "with-toll"
    if not (_maybe_window(scope) and _WINDOW_HEADING.search(scope)) and (
        _STATE.search(fig.aux)
        or (fig.outcome is Outcome.MISSING and _HEDGED_STATE.search(fig.aux))
        or (fig.via == "active" and _STATE.match(fig.verb_text.strip()))
        or (fig.via == "noun" and _STATE.search(fig.mods))  # "5 remain missing"
        # "97 hostages remain in Gaza": the verb right after the counted people is a state
        or _rx(r"\s+(?:remain|remains|are\s+still|is\s+still)\b", regex.I).match(
            ctx.text, fig.np_end, fig.np_end + 20
        )
    ):
        if fig.outcome is Outcome.MISSING and since is None and _missing_from_an_incident(ctx, fig):
            # "a ferry capsized near Dhubri on Tuesday; 8 people were still missing": the
            # missing of that one accident or attack, not a disaster's running count
            return Basis.INCREMENTAL, since, "incident"
        return Basis.CUMULATIVE, since, "state"  # "40 are still missing", "holds 8,000"
    pluperfect = _pluperfect(fig)
    # "Two people have lost their lives: a firefighter, whose body was found on Sunday, ...":
    # the dates after the colon are those of the parts
    colon = ctx.text.find(":", fig.qend, fig.qend + 3)
    event = any(
        m.kind in ("day", "period")
        and scope_start <= m.start < scope_end
        and not (colon >= 0 and m.start > colon)
        and not _statement_date(ctx.text, m)
        # "As of 6:00 AM today, the typhoon has left 46 people dead": the count's date
        and not _AS_OF_BEFORE.search(ctx.text, max(0, m.start - 25), m.start)
        and m.start not in ctx.since_mentions
        and m.start not in ctx.undating
        # "had been killed in Saturday's earthquakes": the toll so far of a named event
        and not (pluperfect and _possessive_date(ctx.text, m))
        # "nine people had died in the earthquake that struck late on Thursday": so far too
        and not (
            (pluperfect or fig.perfect)
            and _event_clause_date(ctx.text, m)
            # ("Cyclone Remal, which made landfall late on Sunday, has killed 52": the
            # disaster may be named before the figure's clause)
            and _DISASTER_IN.search(ctx.text, max(0, min(scope_start, m.start - 150)), scope_end)
        )
        # not "the deadliest period since it began collecting data in 1992"
        and not _rx(r"\bsince\b[^,;.]{0,45}\Z").search(ctx.text, max(0, m.start - 50), m.start)
        # not the period of a bracketed increment: "Confirmed: 88 (+6 in the last 24 hours)"
        and not _rx(r"\(\s*\+\s*[\d,]+[^()]*\Z").search(ctx.text, fig.amount.end, m.start)
        for m in mentions
    )
    own_scope = _INCREMENT_BRACKET.sub(" ", scope) if "+" in scope else scope
    if event or pat.incremental.search(own_scope):
        return Basis.INCREMENTAL, since, "event-date"
    if fig.via == "active" and not fig.perfect:
        subject = ctx.text[scope_start : fig.qstart]
        # (not "ordnance left over from the conflict killed 27": the war is no subject there)
        war = _WAR.search(subject)
        if (
            war
            and not pat.incident.search(subject)
            # ("The war was triggered when militants stormed southern Israel, killing 1,200":
            # the attack's dead, not the war's)
            and not _ATTACK_VERB.search(subject, war.end())
            and not _rx(
                r"\b(?:from|of|during|since|after|before|by|amid)\s+(?:the\s+)?\Z", regex.I
            ).search(subject, 0, war.start())
        ):
            return Basis.CUMULATIVE, since, "war-subject"  # "the war in Tigray killed ..."
        return Basis.INCREMENTAL, since, "event-verb"
    cared = _CARED_FOR.search(ctx.text, max(0, fig.qstart - 50), fig.qstart)
    if cared is not None and not cared.group("had"):
        # "Hospitals in Goma received 47 wounded people": the wounded of that day
        return Basis.INCREMENTAL, since, "event-verb"
    if cared is None and _CARED_FOR_AFTER.match(ctx.text, fig.np_end, fig.np_end + 60):
        cared = _CARED_FOR_AFTER.match(ctx.text, fig.np_end, fig.np_end + 60)
    if cared is not None and _story_incident(ctx, fig) is not None:
        # "A suicide bomber struck ... on Monday, killing six. The hospital said it had treated
        # 38 wounded people": reported speech of that attack's wounded
        return Basis.INCREMENTAL, since, "story-incident"
    before = ctx.text[max(0, fig.qstart - 20) : fig.qstart]
    if _rx(r"\b(?:left|leaving|leaves|leave)\s+\Z").search(before) and not _rx(
        r"\b(?:has|have)\s+\S+\s*\Z"
    ).search(before):
        return Basis.INCREMENTAL, since, "event-verb"  # "the bombing left 22 killed"
    if (
        fig.via in ("passive", "list-back")
        and not fig.perfect
        and fig.since_clause < 0
        and _rising_disaster_toll(ctx)
    ):
        # after "The death toll from Friday's earthquake has risen to 2,056": "In Thailand, 19
        # people were confirmed dead", "where 2,600 were injured" count the same disaster so far
        return Basis.CUMULATIVE, since, "disaster-toll"
    if fig.via in ("passive", "list-back") and _IN_THE_WAR.match(
        ctx.text, fig.qend, fig.qend + _AHEAD
    ):
        # "2,783 of its servicemen were killed in the 44-day war": the war's total
        return Basis.CUMULATIVE, since, "war-total"
    if (
        fig.via == "passive"
        and since is None
        and _FOUND_STATE.search(fig.verb_text)
        and _FOUND_BEFORE.search(ctx.text, max(0, fig.qstart - 40), fig.qstart)
    ):
        # "police officers found 8 people without vital signs at the scene": one finding
        return Basis.INCREMENTAL, since, "bodies-found"
    if fig.via in ("passive", "list-back") and not fig.perfect:
        simple_past = _rx(r"\b(?:were|was)\b").search(fig.aux) or (
            not fig.aux.strip()
            and _rx(r"(?:^|\s)(?:died|perished|succumbed|suffered|sustained|embraced)\b").search(
                fig.verb_text.lower()
            )
        )
        if simple_past:
            return Basis.INCREMENTAL, since, "event-verb"
    if fig.head_status is None and (parallel := _next_place_of(ctx, fig)) is not None:
        # "Kherson region recorded 14 civilians killed, and Zaporizhzhia 6 killed, mostly in
        # drone strikes": one count, for two places
        return parallel.basis, since or parallel.since, "next-place"
    after = ctx.text[fig.qend : scope_end]
    for m in pat.incident.finditer(after):
        if (
            _rx(r"\b(?:in|by|during|when|after)\s+(?:[\w’'-]+\s+){0,4}\Z", regex.I).search(
                after[: m.start()]
            )
            and not fig.perfect
            and not _rx(r"\b(?:are|is|remain|remains|still)\b").search(fig.aux)
        ):
            if pluperfect and _DISASTER.fullmatch(m.group(0)):
                # "officials said 2,053 people had been killed in the earthquake": a disaster's
                # toll is counted up to the day it is given
                return Basis.CUMULATIVE, since, "disaster-toll"
            return Basis.INCREMENTAL, since, "incident"
    if fig.linked is not None and not fig.breakdown and fig.linked.basis is not None:
        # "60 civilians have died so far and 270 were wounded": one statement, one basis
        return fig.linked.basis, since, "list"
    if pluperfect and fig.linked is None:
        # "A KNU spokesman said four of its fighters had been killed": reported speech about
        # the incident the story opens with counts that incident
        lead = next((c for c in ctx.claims if not c.historical), None)
        sentence_start = _segment.sentence_at(ctx.text, fig.qstart)[0]
        same_sentence = [c for c in ctx.claims if c.start >= sentence_start]
        if (
            lead is not None
            and lead.basis is Basis.INCREMENTAL
            and lead.rule.startswith(("active", "passive"))
            and all(c.basis is Basis.INCREMENTAL for c in same_sentence)
        ):
            return Basis.INCREMENTAL, since, "story-incident"
    if _report_period(ctx) is not None and not any(
        scope_start <= m.start < scope_end for m in mentions
    ):
        # a monthly report's parts: "SNHR documented the killing of 118 civilians in January
        # ... Clashes in Sweida accounted for 34 deaths, the report said": that month's
        return Basis.INCREMENTAL, since, "report-period"
    lead = next((c for c in ctx.claims if not c.historical), None)
    if (
        since is None
        and not fig.perfect
        # (not after a lead that keeps the count running: "The death toll ... has risen to 15.
        # ... Gladkov said 27 people had been injured")
        and (lead is None or lead.basis is Basis.INCREMENTAL)
        # (not "After months of raids and more than 400 people killed": many attacks)
        and not _MANY_OF.search(ctx.text, scope_start, near_end)
        and _incident_toll(ctx, fig, scope_start, near_end)
    ):
        # "Following the clashes ... on Sunday, police regained control. The provisional toll
        # is 9 inmates dead": a count, with no cue of its own, of the attack just told
        return Basis.INCREMENTAL, since, "incident"
    if (
        since is None
        and not fig.perfect
        and (lead is None or lead.basis is Basis.INCREMENTAL)
        and not _MANY_OF.search(ctx.text, scope_start, near_end)
        and not _SEPARATE.search(ctx.text, scope_start, near_end)
        and not _RUNNING_TOLL.search(ctx.text, scope_start, near_end)
        and (opening := _story_day(ctx)) is not None
        and opening.end <= fig.qstart
        and ctx.text.count("\n\n", max(0, ctx.head_end), fig.qstart) <= 3
    ):
        # "On Wednesday 24 January, a FAMa unit was the target of a complex attack ... the
        # FAMa recorded 6 killed and 11 wounded in its ranks": the attack the statement tells
        return Basis.INCREMENTAL, since, "story-day"
    if since is None and not fig.perfect and (other := _other_toll(ctx, fig)) is not None:
        # "killing 12 passengers ... A hospital official gave a higher figure of 15 dead"
        fig.counted_again = other
        return other.basis, other.since, "other-toll"
    return Basis.CUMULATIVE, since, ""


_NEW_THAT_CLAUSE = regex.compile(r"\b(?:and|but)\s+that\b(?!.*\b(?:and|but)\s+that\b)", regex.I)
# ("Dans la nuit du 7 au 8 septembre", "la noche del 7 al 8": the range takes in "du", "del")
_NIGHT_OF = regex.compile(
    r"\b(?:night\s+(?:of|between)\s+(?:the\s+)?|(?:nuit|noche)\s+(?:de\s+)?)\Z", regex.I
)


def _story_day(ctx: _Context) -> _dates.DateMention | None:
    """The day of the attack a story or a statement opens with, told in its first two
    paragraphs without a figure of its own: "On Wednesday 24 January 2024, a FAMa unit on
    patrol was the target of a complex attack ..." (read once)."""
    if ctx.story_day_known is None:
        text = ctx.text
        found: _dates.DateMention | bool = False
        pos = max(0, ctx.head_end)
        paragraphs = 0
        while pos < len(text) and paragraphs < 2 and found is False:
            end = text.find("\n\n", pos)
            end = len(text) if end < 0 else end
            chunk = text[pos:end]
            if chunk.strip():
                paragraphs += 1
                for a, b in _segment.sentences(text, pos, end):
                    sentence = text[a:b]
                    if not (ctx.pat.incident.search(sentence) or _ATTACK_VERB.search(sentence)):
                        continue
                    if _DISASTER_IN.search(sentence):
                        break  # a quake's or a storm's toll keeps rising: no one day's count
                    if _numbers.may_hold_amount(sentence) and any(
                        a <= c.start < b for c in ctx.claims
                    ):
                        break  # a sentence with a figure: the story's lead claim dates it
                    days = [
                        m
                        for m in _find_dates(ctx, a, b)
                        if (
                            (m.kind == "day" and m.first == m.last)
                            # "during the night of 19 to 20 May": the night's second day
                            or (
                                m.kind == "period"
                                and m.first is not None
                                and m.last is not None
                                and (m.last - m.first).days == 1
                                and _NIGHT_OF.search(text, max(a, m.start - 25), m.start)
                            )
                        )
                        and m.last is not None
                        and m.rule != "window"  # "Over the past day, ...": no day of its own
                        and not _statement_date(text, m)
                        and not _in_dateline(text, m.start, m.end)
                    ]
                    if len(days) == 1:
                        found = days[0]
                    break
            pos = end + 2
        ctx.story_day_known = found
    known = ctx.story_day_known
    return known if isinstance(known, _dates.DateMention) else None


def _title_period(ctx: _Context) -> _dates.DateMention | None:
    """The period a report's title says it covers ("Weekly update, 3–9 June 2024",
    "Humanitarian Update No. 23, covering 3–9 June 2024"), read once."""
    if ctx.title_period_known is None:
        text = ctx.text
        start = len(text) - len(text.lstrip())
        found: _dates.DateMention | bool = False
        # the title lines ("Cumulative report on the aggression, 8 October 2023 – 20 October
        # 2024" under the ministry's name), or the first line alone
        lines = _masthead(text, start)[:4]
        if not lines:
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            title = text[start:end].rstrip()
            if title and len(title) <= 200 and title[-1] not in ".!?":
                lines = [(start, end)]
        for a, b in lines:
            found = next(
                (
                    m
                    for m in _find_dates(ctx, a, b)
                    if m.kind == "period"
                    and m.rule != "window"
                    and m.first is not None
                    and m.last is not None
                    and (m.last - m.first).days >= 1
                    and (ctx.published is None or m.last <= ctx.published)
                ),
                False,
            )
            if found:
                break
        ctx.title_period_known = found
    known = ctx.title_period_known
    return known if isinstance(known, _dates.DateMention) else None


def _report_period(ctx: _Context) -> Claim | None:
    """The lead figure of a report about one period (a week, a month, a year), when the
    story opens with one: its parts told later without a date count the same period."""
    lead = next((c for c in ctx.claims if not c.historical), None)
    if (
        lead is None
        or lead.basis is not Basis.INCREMENTAL
        or lead.as_of_source is not AsOfSource.STATED
        or lead.as_of is None
        or lead.as_of_earliest is None
        or (lead.as_of - lead.as_of_earliest).days < 6
        or any(c.basis is Basis.CUMULATIVE and not c.historical for c in ctx.claims)
    ):
        return None
    return lead


_DISASTER = _words(r"(?:\L<w>)", "disasters")
_CONFIRMED_SO_FAR = regex.compile(
    r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|also\s+)?(?:confirmed|recorded|reported|registered|"
    r"counted|verified|documented)\s+(?:[\w-]+\s+){0,3}\Z",
    regex.I,
)
_HURT_MODIFIER = regex.compile(r"\b[\p{L}]+-(wounded|injured)\b", regex.I)
_INCREMENT_BRACKET = regex.compile(r"\(\s*\+\s*\d[^()]*\)")
_BODIES = regex.compile(r"\b(?:bodies|remains|corpses)\b", regex.I)
_FOUND_BEFORE = _words(
    r"(?<!\b(?:has|have)\s+(?:\w+\s+)?)\b(?:\L<w>)\s+(?:\w+\s+){0,2}\Z", "finding_verbs"
)
_FOUND_AFTER = _words(r"[^.;]{0,60}?\b(?:were|was)\s+(?:\w+\s+)?(?:\L<w>)\b", "finding_verbs")


def _found_bodies(ctx: _Context, fig: _Fig) -> bool:
    if not _BODIES.search(fig.toll_text) or _RUNNING_TOLL.search(fig.toll_text):
        return False
    text = ctx.text
    return bool(
        _FOUND_BEFORE.search(text, max(0, fig.qstart - 40), fig.qstart)
        or _FOUND_AFTER.match(text, fig.amount.end, fig.amount.end + _AHEAD)
    )


_RUNNING_TOLL = _words(r"\b(?:\L<w>)\b", "running_toll_words")
# the state in which people are found: "found 8 people dead", "... without vital signs"
_FOUND_STATE = regex.compile(
    r"\b(?:dead|lifeless|without\s+vital\s+signs|with\s+no\s+vital\s+signs)\Z", regex.I
)


_OTHER_TOLL = _words(
    r"\b(?:\L<w>)\s+(?:death\s+|casualty\s+)?(?:toll|figure|count|tally|number|estimate)\b"
    # "put the toll higher, at 38 dead"
    r"|\b(?:toll|figure|count|tally|number)\s+(?:(?:even|much|slightly|far)\s+)?(?:higher|lower)\b",
    "other_toll_words",
)


def _other_toll(ctx: _Context, fig: _Fig) -> Claim | None:
    """The claim a toll given as another's ("gave a lower toll of 13 dead", "put the figure
    higher") is a second count of: the last one told before it, of the same outcome, in the
    paragraph or the two before."""
    if not _OTHER_TOLL.search(fig.toll_text) and not _OTHER_TOLL.search(
        ctx.text, max(0, fig.qstart - 60), fig.amount.start
    ):
        return None
    for claim in reversed(ctx.claims):
        if claim.start >= fig.qstart or ctx.text.count("\n\n", claim.end, fig.qstart) > 2:
            return None
        if claim.outcome is fig.outcome and not claim.historical and claim.low is not None:
            return claim
    return None


def _same_dead(ctx: _Context, fig: _Fig, scope_start: int, near_end: int) -> Claim | None:
    """The incident's count a bare "put the toll at N" of about the same size gives again:
    the last claim of the same outcome in this paragraph or the one before, told of one day,
    within a factor of two of it (a running count of a war is of another size)."""
    if (
        fig.link not in ("at", "of")
        or fig.amount.low is None
        or _RUNNING_TOLL.search(ctx.text, scope_start, near_end)
        or _rising_disaster_toll(ctx)
    ):
        return None
    for claim in reversed(ctx.claims[-8:]):
        if ctx.text.count("\n\n", claim.end, fig.qstart) > 1:
            return None
        if claim.outcome is not fig.outcome or claim.historical or claim.rule.startswith("list"):
            continue  # (nor a part of a count: "among them 8 women")
        if (
            claim.basis is Basis.INCREMENTAL
            and claim.as_of_source is not AsOfSource.PUBLISHED
            and claim.low
            and 0.5 <= fig.amount.low / claim.low <= 2
            # (not a storm's or a quake's: a disaster agency's report keeps its count running)
            and not _DISASTER_IN.search(ctx.text, *_segment.sentence_at(ctx.text, claim.start))
        ):
            return claim
        return None
    return None


def _incident_toll(ctx: _Context, fig: _Fig, scope_start: int, near_end: int) -> bool:
    """A toll that counts one attack: nothing in its clause says it runs on ("rose to",
    "so far", "overall") and the clause or the sentence before names an attack (not a
    disaster, whose toll keeps rising, nor a war)."""
    s_start = _segment.sentence_at(ctx.text, fig.qstart)[0]
    clause = ctx.text[min(s_start, scope_start) : near_end]
    if _RUNNING_TOLL.search(clause) or _WAR.search(fig.toll_text) or _rising_disaster_toll(ctx):
        return False
    places = [ctx.text[s_start:near_end]]
    prev = _previous_sentence(ctx.text, s_start)
    told = [c for c in ctx.claims if prev[0] <= c.start < prev[1]] if prev is not None else []
    if prev is not None and (
        # not a sentence with a toll of its own: the toll after it may count more than that
        # ("nine staff were killed when fighters stormed the clinic"); one that told an
        # attack's dead without a number ("ambushed a convoy on Wednesday, killing dozens of
        # people. One source put the toll at 42 dead") is made precise by it
        # (or the paragraph before, when it told the attack without a figure: "Following the
        # clashes ... on Sunday, police regained control.\n\nThe provisional toll is 9 dead")
        (ctx.text.count("\n\n", prev[0], s_start) <= 1 and not told)
        or (
            told
            and all(
                c.basis is Basis.INCREMENTAL
                and not c.historical
                and (c.value is None or c.qualifier is Qualifier.VAGUE)
                for c in told
            )
            and ctx.text.count("\n\n", prev[1], s_start) <= 1
        )
    ):
        places.append(ctx.text[prev[0] : prev[1]])
    for place in places:
        incidents = [
            m for m in ctx.pat.incident.finditer(place) if not _DISASTER_IN.fullmatch(m.group(0))
        ]
        if incidents and not _WAR.search(place) and not _DISASTER_IN.search(place):
            return True
        if _ATTACK_VERB.search(place) and not _WAR.search(place) and not _DISASTER_IN.search(place):
            return True
    return False


_ATTACK_VERB = _words(r"\b(?:\L<w>)\b", "attack_verbs")


_BACK_TO_THE_INCIDENT = regex.compile(
    r"\b(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:attack|raid|strike|bombing|blast|explosion|"
    r"assault|ambush|siege|shelling|clashes|incident|massacre|abduction|wall|building)\b"
    r"|\bclaimed\s+responsibility\b",
    regex.I,
)
_WAR_BEGAN_WHEN = regex.compile(
    r"\b(?:war|conflict|fighting|offensive|invasion)\s+(?:was\s+)?(?:triggered|began|started|"
    r"erupted|broke\s+out|was\s+sparked)\s+(?:when|after|with|by)\b",
    regex.I,
)
_SEPARATE = regex.compile(
    r"\b(?:separate(?:ly)?|elsewhere|another\s+(?:attack|incident))\b", regex.I
)
_MANY_OF = regex.compile(
    r"\b(?:days|weeks|months|years|decades|series|string|wave|spate|campaign)\s+of\b", regex.I
)
_EPISODE = _words(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d{1,2})\s+days\s+of\s+"
    r"(?:heavy\s+|fierce\s+|intense\s+|renewed\s+|deadly\s+)?(?:\L<w>)\b",
    "episode_nouns",
)
_WAR_SO_FAR = regex.compile(
    # (not "in two days of fighting": an episode, not the war so far)
    r"\b(?:in|during|over|after)\s+(?:the\s+)?(?:first\s+)?(?:[\w-]+\s+)?(?:weeks|months|"
    r"years)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:war|conflict|fighting|invasion|hostilities)\b",
    regex.IGNORECASE,
)
_DISASTER_IN = _words(r"\b(?:\L<w>)\b", "disasters")


def _missing_from_an_incident(ctx: _Context, fig: _Fig) -> bool:
    """Missing people of one attack or accident: the sentence names one (not a natural
    disaster, whose missing are counted as they are found), or the story opens with one."""
    s_start, s_end = _segment.sentence_at(ctx.text, fig.qstart)
    sentence = ctx.text[s_start:s_end]
    if _DISASTER_IN.search(sentence) or _rising_disaster_toll(ctx):
        return False
    lead = ctx.claims[0] if ctx.claims else None
    if lead is not None and _DISASTER_IN.search(
        ctx.text, *_segment.sentence_at(ctx.text, lead.start)
    ):
        return False  # "... a hillside collapsed onto 30 houses" in a story of an earthquake
    if any(s_start <= c.start < s_end and c.basis is Basis.CUMULATIVE for c in ctx.claims):
        return False  # '"We have 12 dead, and 20 people are still missing"': one running count
    if _WAR.search(sentence) or any(
        m.group(0).lower() not in ("still", "now") for m in _RUNNING_TOLL.finditer(sentence)
    ):
        return False  # "The death toll ... has risen to 14 and nine people remain missing"
    if any(not _DISASTER_IN.fullmatch(m.group(0)) for m in ctx.pat.incident.finditer(sentence)):
        return True
    if _ATTACK_VERB.search(sentence) or _ACCIDENT_VERB.search(sentence):
        return True
    lead = _story_incident(ctx, fig)
    if lead is None:
        return False
    # the story's lead tells an attack or an accident, not a disaster or a day's bulletin
    l_start, l_end = _segment.sentence_at(ctx.text, lead.start)
    told = ctx.text[l_start:l_end]
    return not _DISASTER_IN.search(told) and bool(
        _ATTACK_VERB.search(told)
        or _ACCIDENT_VERB.search(told)
        or any(not _DISASTER_IN.fullmatch(m.group(0)) for m in ctx.pat.incident.finditer(told))
    )


_ACCIDENT_VERB = _words(r"\b(?:\L<w>)\b", "accident_verbs")


def _rising_disaster_toll(ctx: _Context) -> bool:
    """True when the story opens with a natural disaster's running toll ("The death toll from
    Monday's earthquakes rose above 11,000")."""
    lead = next((c for c in ctx.claims if not c.historical), None)
    return (
        lead is not None
        and lead.basis is Basis.CUMULATIVE
        and lead.rule.startswith("toll")
        and _DISASTER_IN.search(lead.quote) is not None
    )


def _pluperfect(fig: _Fig) -> bool:
    """ "had been killed", "had died", or a figure sharing such a verb ("and 9,240 injured")."""
    if _rx(r"\bhad\b").search(fig.aux):
        return True
    linked = fig.linked
    return (
        linked is not None
        and fig.via in ("noun", "list")
        and linked.via in ("passive", "list-back")
        and bool(_rx(r"\bhad\b").search(linked.aux))
    )


def _since_clause_start(text: str, fig: _Fig, lo: int) -> int:
    """Where a since-clause that holds the figure starts, or -1: "the worst since 2014, when
    301 workers died", "since a strike on March 2 killed 12 people" date an earlier event,
    they do not make a running total of it."""
    start = max(lo, fig.qstart - 160)
    window = text[start : fig.qstart]
    found = None
    for match in _rx(r"\bsince\b", regex.IGNORECASE).finditer(window):
        found = match
    if found is None:
        return -1
    between = window[found.end() :]
    if ";" in between or _rx(r"[.!?]\s+\p{Lu}").search(between):
        return -1  # not in this clause or sentence
    if _rx(
        r",\s*(?:when|which|in\s+which|during\s+which|after\s+which)\b[^,;]*\Z", regex.IGNORECASE
    ).search(between):
        return start + int(found.start())
    if fig.via == "active" and "," not in between and len(between.split()) >= 2:
        return start + int(found.start())
    return -1


def _since_clause(
    ctx: _Context, scope: str, scope_start: int, mentions: list[_dates.DateMention]
) -> dt.date | None:
    """ "since the clashes erupted on September 27": a since-clause ending in a date."""
    for m in _rx(r"\bsince\b", regex.IGNORECASE).finditer(scope):
        if _SUPERLATIVE.search(scope, max(0, m.start() - 90), m.start()):
            continue  # "the worst violence since 2019": a comparison
        at = scope_start + m.end()
        for mention in mentions:
            if at <= mention.start <= at + 130 and mention.first is not None:
                between = ctx.text[at : mention.start]
                erupted = _rx(
                    r"\b(?:erupted|began|broke\s+out|started|flared(?:\s+up)?)\s+(?:in|on)\s+\Z",
                    regex.I,
                ).search(between)
                if mention.start > at + 75 and not erupted:
                    continue
                if (
                    mention.start > at + 45
                    and _rx(r"[,;.:]|\s(?:and|but|when|after)\s").search(between)
                    # "since fighting between the Meitei and the Kuki-Zo erupted in May 2023"
                    and not erupted
                ):
                    continue  # "since the start of the ground operation in Gaza on October 27"
                ctx.since_mentions.add(mention.start)
                return mention.first
        tail = scope[m.end() : m.end() + 60].lower()
        if (
            ctx.profile is not None
            and ctx.profile.start is not None
            and _rx(
                r"\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\s+the\s+(?:[\w-]+\s+){0,2}?"
                r"(?:war|conflict|fighting|hostilities|clashes|invasion|offensive)|\s+the\s+"
                r"(?:[\w-]+\s+){0,2}?(?:war|conflict|fighting|clashes|hostilities|invasion)\s+"
                r"(?:began|started|broke\s+out|erupted)"
            ).match(tail)
        ):
            return ctx.profile.start
    # "The insurgency, which began in October 2017, has killed over 6,200 people": the war's
    # start, named in a clause of its own
    for mention in mentions:
        if (
            mention.first is not None
            and scope_start <= mention.start < scope_start + len(scope)
            and (began := _BEGAN.search(ctx.text, max(0, mention.start - 90), mention.start))
            # a war's start ("The insurgency, which began in 2017"), not an incident's ("a
            # riot that broke out on Sunday night")
            and _WAR.search(ctx.text, max(0, began.start() - 75), began.start())
        ):
            ctx.since_mentions.add(mention.start)
            return mention.first
    return None


_BEGAN = regex.compile(
    r"\b(?:which|that)\s+(?:first\s+)?(?:began|started|erupted|broke\s+out|flared|flared\s+up)"
    r"\b[^,;.]{0,45}?\b(?:in|on)\s+\Z",
    regex.I,
)


def _statement_date(text: str, mention: _dates.DateMention) -> bool:
    """True for the date of a statement ("said on Tuesday"), not of an event."""
    return _statement_before(text[max(0, mention.start - 70) : mention.start].lower())


@functools.lru_cache(maxsize=4096)
def _statement_before(before: str) -> bool:
    """:func:`_statement_date` of the words before a mention (asked again for the same
    mention by every figure of its sentence and by each reading of the date)."""
    return bool(
        _rx(
            r"\b(?:said|says|announced|reported|told|stated|added|released|published|posted|"
            r"statement|update|bulletin|report|tweeted|wrote|estimated|estimates?)\b(?:[^.;]{0,25}|\s+(?:in|at)\s+(?:a|an|its|"
            r"his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:report|statement|update|briefing|"
            r"bulletin|communiq[uée]+|post|interview|message|video|speech|address)\s+(?:on|late\s+on|"
            r"early\s+on)\s+)\Z"
        ).search(before[-70:])
    )


def _in_title_period(ctx: _Context, m: _dates.DateMention) -> _dates.DateMention:
    """ "This week the monitor recorded ..." in "Weekly update: 13–19 May 2024" published on
    the 21st: the week the report covers, not the week it was published in."""
    if not (m.relative and m.kind == "period" and _THIS_PERIOD.fullmatch(m.text)):
        return m
    covered = _title_period(ctx)
    if covered is None or covered.first is None or covered.last is None:
        return m
    days = (covered.last - covered.first).days
    unit = m.text.split()[-1].lower()
    if (unit == "week" and days <= 7) or (unit == "month" and 27 <= days <= 31):
        return dataclasses.replace(m, first=covered.first, last=covered.last, relative=False)
    return m


_THIS_PERIOD = regex.compile(r"this\s+(?:week|month)", regex.I)


def _as_of(
    ctx: _Context,
    fig: _Fig,
    basis: Basis,
    scope_start: int,
    scope_end: int,
    s_start: int,
    s_end: int,
    mentions: list[_dates.DateMention],
    since: dt.date | None,
) -> tuple[dt.date | None, dt.date | None, AsOfSource, dt.date | None]:
    published = ctx.published
    mentions = [_in_title_period(ctx, m) for m in mentions]
    # a figure's own dates: not those past the next figure ("2,000 in 2025 and 1,500 in
    # 2024"), nor, for a figure whose verb is left out, those before it
    nxt = _OTHER_FIGURE.search(ctx.text, fig.qend, s_end)
    upto = nxt.start() if nxt is not None else s_end
    if not any(max(fig.amount.end, fig.qstart) <= m.start < upto for m in mentions):
        # "killed 20 and wounded 450 on Tuesday": one day for both (but "40 deaths in January
        # and 55 in February": each its own)
        upto = s_end
    own_from = fig.amount.end if fig.elliptic else 0
    if basis is Basis.INCREMENTAL and (
        bringing := _rx(r",\s*(?:bringing|raising|pushing|taking|lifting)\b", regex.I).search(
            ctx.text, fig.qend, min(upto, fig.qend + _NEAR)
        )
    ):
        # "Another 12 bodies were pulled out overnight, bringing the toll from Monday's
        # collapse to 97": Monday is the collapse's, not the day of the 12
        upto = bringing.start()
    colon = ctx.text.find(":", fig.qend, fig.qend + 3)
    if colon >= 0 and basis is Basis.CUMULATIVE:
        upto = min(upto, colon)  # "Two people have lost their lives: a firefighter found on Sunday"
    if basis is Basis.CUMULATIVE and (
        aside := _rx(r"\s[—–]\s|,\s*(?:where|when)\b").search(
            ctx.text, fig.qend, min(upto, fig.qend + _NEAR)
        )
    ):
        # "Injured: 152 — the figure of 161 published on 5 February was revised", "39 remain
        # missing, most of them in Batangas, where landslides struck on 24 October": the
        # dates of an aside
        upto = aside.start()
    semicolon = ctx.text.find(";", fig.qend, upto)
    if semicolon >= 0:
        upto = semicolon  # "Kharkiv region — 3 injured; the toll of the 4 February strike ..."
    # "the toll of the 4 February missile strike ... has risen to 6": the strike's day, not the
    # day the running toll stands at
    risen = (
        basis is Basis.CUMULATIVE
        and fig.via == "toll"
        and _RISEN_TO.search(fig.toll_text) is not None
    )
    usable = [
        m
        for m in mentions
        if (own_from <= m.start < upto or m.start < s_start or m.start >= s_end)
        and not (risen and fig.qstart <= m.start < fig.amount.start)
        and m.kind != "since"
        # the baseline itself ("since fighting ... erupted in May 2023") dates nothing
        and not (
            basis is Basis.CUMULATIVE
            and since is not None
            and m.first == since
            and m.last is not None
            and (m.last - m.first).days <= 31  # not "between 7 October 2023 and 11 March 2024"
        )
        # "a building built in 1974"
        and not _BUILT_IN.search(ctx.text, max(0, m.start - 30), m.start)
        and not _in_part_clause(ctx, fig, m)
        # "the military, which seized power in February 2021, had also carried out 14
        # massacres, in which 163 people were killed": a relative clause's own date
        and not _in_relative_clause(ctx.text, m, fig, basis)
        # "211 deaths in April, the lowest monthly toll so far this year": the span compared
        # with, not the count's
        and not (
            m.start > fig.qend
            and _SUPERLATIVE_BEFORE.search(ctx.text, max(fig.qend, m.start - 60), m.start)
        )
        # "187 casualties ..., a 28 per cent decrease from January": the month compared with,
        # not the count's (but "compared with October–December, when it recorded 398")
        and not (
            m.start > fig.qend and _COMPARED_WITH.search(ctx.text, max(0, m.start - 40), m.start)
        )
        and m.last is not None
        and m.start not in ctx.since_mentions
        and m.start not in ctx.undating
        and not _dates_another_figure(ctx.text, m, fig)
        # "since fighting broke out between the army and the RSF on April 15": the baseline
        and not _rx(r"\bsince\b[^,;.]{0,125}\Z", regex.I).search(
            ctx.text[max(0, m.start - 130) : m.start]
        )
        and not (basis is Basis.CUMULATIVE and _dates_a_part(ctx, fig, m))
    ]
    weak = {"today", "tonight", "overnight", "this morning", "this evening", "last night"}
    in_scope = [m for m in usable if scope_start <= m.start < scope_end]
    statement = [m for m in usable if _statement_date(ctx.text, m)]
    strong_in_scope = [
        m for m in in_scope if m.text.lower().strip() not in weak and m not in statement
    ]
    chosen: _dates.DateMention | None = None
    if basis is Basis.INCREMENTAL:
        # the day of the incident: the latest event date of the clause, else of the sentence,
        # else one stated in the sentence before; the day of the statement comes last
        events = [m for m in usable if m not in statement and m.text.lower().strip() not in weak]
        in_scope_events = [m for m in events if scope_start <= m.start < scope_end]
        latest = max(in_scope_events or events, key=lambda m: m.last or dt.date.min, default=None)
        if fig.via == "list" and (
            own := [
                m
                for m in events
                if fig.amount.end <= m.start < min(upto, fig.amount.end + 40)
                and not _OTHER_FIGURE.search(ctx.text, fig.amount.end, m.start)
            ]
        ):
            # "1,240 fatalities in the first quarter, and 860 in the fourth quarter": the
            # item's own period, not the latest of the list
            latest = own[0]
        # ("The military said on Tuesday that two more soldiers had been killed": the day of
        # the statement before a date of the sentence before)
        chosen = (
            latest
            or (statement[0] if statement else None)
            or _paragraph_date(
                ctx,
                s_start,
                _BACK_REFERENCE.match(ctx.text, fig.qend, scope_end)
                # "The group claimed the attack, saying it had killed about 300 soldiers"
                or _CLAIMED_EVENT.search(ctx.text, max(s_start, fig.qstart - _NEAR), fig.qstart)
                # "Five other people were wounded": others of the incident told before
                or _OTHERS.match(ctx.text, fig.amount.end, min(fig.amount.end + 12, scope_end)),
            )
            or (in_scope[0] if in_scope else None)
        )
    elif dating := [
        m
        for m in strong_in_scope
        if not _possessive_date(ctx.text, m) and not _event_clause_date(ctx.text, m)
    ]:
        # "as of Monday, the toll stood at 500", "rose to 500 on Friday"; not "the toll from
        # Friday's earthquake" nor "the toll from the quake that struck on Monday"
        after = [m for m in dating if m.start >= fig.amount.end]
        chosen = after[0] if after else dating[0]
    elif _RAISING.search(ctx.text, max(s_start, fig.qstart - 40), fig.qstart) and (
        raised := [
            m
            for m in usable
            if s_start <= m.start < fig.qstart
            and not _possessive_date(ctx.text, m)
            and m not in statement
        ]
    ):
        # "Another 35 bodies were recovered on Wednesday, raising the death toll to 4,352":
        # the toll rose on the day of the event of the clause before
        chosen = raised[-1]
    elif statement:
        chosen = statement[0]
    elif plain := [
        m
        for m in in_scope
        if not _possessive_date(ctx.text, m)
        and not (basis is Basis.CUMULATIVE and _event_clause_date(ctx.text, m))
    ]:
        chosen = plain[0]
    if chosen is not None:
        last = chosen.last
        assert last is not None
        if published is not None and last > published:
            last = published  # "during April" in a report of April 26
        if chosen.rule == "window":
            # "over the past day", "in the past 24 hours": up to the day of the statement
            reference = next((m.last for m in statement if m.last is not None), None)
            last = max(last, reference or published or last)
        if published is not None and last > published and chosen.relative:
            last = published
        first = chosen.first if chosen.first is not None and chosen.first <= last else last
        source = AsOfSource.RELATIVE if chosen.relative else AsOfSource.STATED
        return last, first, source, since
    return published, None, AsOfSource.PUBLISHED, since


_RAISING = regex.compile(
    r",\s*(?:bringing|raising|pushing|taking|lifting|sending|putting)\s+(?:[\w’'-]+\s+){0,3}\Z",
    regex.I,
)


def _dates_another_figure(text: str, mention: _dates.DateMention, fig: _Fig) -> bool:
    """ "up from 987 last year", "against 40 a week earlier": a date that comes right after
    another number dates that number (a comparison), not this figure."""
    before = _rx(
        r"\b(?:up|down)\s+from\s+(\d[\d,.]*)\s+(?:[\p{L}-]+\s+){0,2}\Z"
        r"|\b(?:compared\s+(?:with|to)|against|versus|vs\.?|not|instead\s+of|rather\s+than|"
        r"revised\s+from|(?:an?\s+)?earlier\s+(?:toll|figure|count|tally|estimate)\s+of)"
        r"\s+(?:the\s+)?"
        r"(\d[\d,.]*)\s+(?:[\p{L}-]+\s+){0,2}\Z",
        regex.I,
    ).search(text, max(0, mention.start - 50), mention.start)
    if before is None:
        return False
    number_start = before.start(1) if before.group(1) else before.start(2)
    return not (fig.amount.start <= number_start < fig.amount.end)


_PART_LEAD = regex.compile(r"\b(?:including|among\s+(?:them|whom)|of\s+(?:whom|them))\b", regex.I)


def _dates_a_part(ctx: _Context, fig: _Fig, mention: _dates.DateMention) -> bool:
    """ "killed since the start of the conflict: 12, including three staff members killed on
    24 June": a date after a part of the total dates that part's incident, not the total."""
    for end in ctx.attached_starts:
        if (
            fig.amount.end < end <= mention.start
            and _PART_LEAD.search(ctx.text, fig.amount.end, end)
            # in the part's own clause: not "…, including two children, the minister said
            # on Wednesday"
            and not _rx(r"[,;:()]").search(ctx.text, end, mention.start)
        ):
            return True
    return False


def _event_clause_date(text: str, mention: _dates.DateMention) -> bool:
    """ "the earthquake that struck on Monday": the day of the event a toll counts from, set
    in a relative clause, not the day of the toll."""
    before = text[max(0, mention.start - 130) : mention.start]
    return bool(
        _rx(
            r"\b(?:that|which)\s+(?:[\w’'-]+\s+){0,6}?(?:struck|hit|began|started|erupted|broke\s+out|"
            r"swept|ripped|tore|occurred|happened|devastated|flattened|battered|killed|moved|passed|"
            r"crossed|lashed|pounded|slammed|made\s+landfall)\b[^,;.]*\Z",
            regex.IGNORECASE,
        ).search(before)
        # "received 37 injured persons from the explosion at the market on 5 October"
        or _rx(
            r"\b(?:from|in|by)\s+the\s+(?:[\w’'-]+\s+){0,2}?(?:explosion|blast|bombing|attack|strike|"
            r"shelling|fire|stampede|crash|collapse)\s+(?:(?:at|in|near|on)\s+(?:the\s+)?"
            r"(?:[\w’'-]+\s+){0,3}?)?(?:on\s+(?:the\s+)?(?:(?:morning|afternoon|evening|night)\s+of\s+)?)\Z",
            regex.IGNORECASE,
        ).search(before)
        # "including a strike on a market in March that killed 37 people": an incident told
        # inside the count, with its own date
        or (
            _rx(
                r"\b(?:including|among\s+them|such\s+as)\s+(?:a|an|the|one)\s+[^,;.]{0,60}\Z",
                regex.I,
            ).search(before)
            and _rx(r"[^,;.]{0,40}?\b(?:that|which|when)\b", regex.I).match(text, mention.end)
            is not None
        )
    )


def _possessive_date(text: str, mention: _dates.DateMention) -> bool:
    """ "Friday's earthquake": the date of the event a running total is about."""
    return text[mention.end : mention.end + 2] in ("'s", "’s")


_OTHERS = regex.compile(r"\s+(?:other|others|more)\b", regex.I)
_BACK_REFERENCE = regex.compile(
    r"[^.;]{0,40}?\b(?:in|during|by|from)\s+(?:the|that|this)\s+(?:[\w\"“”'’-]+\s+){0,2}?"
    r"(?:strike|attack|raid|bombing|blast|explosion|shelling|ambush|massacre|assault|collapse)\b",
    regex.IGNORECASE,
)


_CLAIMED_EVENT = regex.compile(
    r"\b(?:claimed|carried\s+out|admitted|condemned)\s+(?:responsibility\s+for\s+)?(?:the|that|this)\s+"
    r"(?:[\w\"“”'’-]+\s+){0,2}?(?:strike|attack|raid|bombing|blast|explosion|shelling|ambush|"
    r"massacre|assault)\b",
    regex.IGNORECASE,
)


def _paragraph_date(ctx: _Context, s_start: int, back: object = None) -> _dates.DateMention | None:
    """A stated day in the sentence before, within the paragraph: photo captions and wire
    leads date an incident once ("Ganja, Saturday, Oct. 17") and report it in the next
    sentence."""
    text = ctx.text
    prev = _previous_sentence(text, s_start)
    # "13 people were killed in the strike": the strike the paragraph before dated
    if prev is None or (text.count("\n\n", prev[1], s_start) > (1 if back else 0)):
        return None
    if "\n" in text[prev[1] : s_start] and text[s_start : s_start + 1] in "•*-–·":
        return None  # each item of a bulleted list reports on its own
    sentence = text[prev[0] : prev[1]]
    found = _dates.find_dates(sentence, ctx.reference)
    found = [m for m in found if not _in_dateline(text, m.start + prev[0], m.end + prev[0])]
    # "Since the floods of 6 May:" over "+12 since report No. 3": a baseline, not an incident
    found = [
        m
        for m in found
        if not _rx(r"\bsince\b[^,;.]{0,45}\Z", regex.I).search(sentence, 0, m.start)
    ]
    for m in found:
        if m.kind == "day" and not m.relative and m.last is not None:
            return dataclasses.replace(m, start=m.start + prev[0], end=m.end + prev[0])
    if ctx.published is None:
        return None
    for m in found:
        # "Friday's missile strike ... rose to 21 on Saturday, the governor said. Another 75
        # people were wounded in the attack": the incident's day, not the statement's
        if (
            m.kind == "day"
            and m.last is not None
            and m.rule != "window"
            and m.text.lower().strip() not in ("today", "tonight", "overnight", "last night")
            and not _statement_date(sentence, m)
            and not _rx(r"\bsince\b[^,;.]{0,45}\Z", regex.I).search(sentence, 0, m.start)
            and (
                _possessive_date(sentence, m)
                or not _rx(r"\b(?:toll|number|tally|count)\b[^.;]{0,80}\Z", regex.I).search(
                    sentence, 0, m.start
                )
            )
        ):
            return dataclasses.replace(m, start=m.start + prev[0], end=m.end + prev[0])
    return None


def _in_relative_clause(
    text: str, m: _dates.DateMention, fig: _Fig, basis: Basis | None = None
) -> bool:
    """True when ``m`` sits in a ", which/who ...," clause that closes before the figure."""
    if m.end > fig.qstart:
        return False
    if (
        basis is Basis.CUMULATIVE
        and _WHERE_OPEN.search(text, max(0, m.start - 80), m.start)
        and "," in text[m.end : fig.qstart]
    ):
        # "..., where a ferry sank on Sunday night, bringing the number of dead to 23": the
        # incident's day, not the day the running count stands at
        return True
    return _on_another_subject(text, m.start, m.end, fig.qstart)


def _on_another_subject(text: str, start: int, end: int, figure_at: int) -> bool:
    """True when ``text[start:end]`` sits in a ", which/who ...," clause about a subject
    whose figure stands in a clause of its own ("..., which seized power in 2021, had
    carried out 14 massacres, in which 163 ..."); a clause on the figure's own subject
    ("Cyclone Nargis, which struck in 2008, killed about 138,000") is the figure's."""
    return (
        _RELATIVE_OPEN.search(text, max(0, start - 80), start) is not None
        and text.count(",", end, figure_at) >= 2
    )


_WHERE_OPEN = regex.compile(r",\s+(?:where|when)\s+[^,;.]*\Z", regex.I)
_RELATIVE_OPEN = regex.compile(r",\s+(?:which|who)\s+[^,;.]*\Z", regex.I)


def _in_part_clause(ctx: _Context, fig: _Fig, m: _dates.DateMention) -> bool:
    """ "166 civilians were killed, including 29 in a single attack on 9 February": the
    day of a part, inside the part's own clause after the figure, is not the whole's."""
    if m.start <= fig.qend:
        return False
    part = _PART_CLAUSE.search(ctx.text, fig.qend, m.start)
    return part is not None and "," not in ctx.text[part.end() : m.start]


_PART_CLAUSE = regex.compile(
    r",?\s+(?:including|among\s+them|of\s+whom)\s+(?:(?:at\s+least|about|some|more\s+than)\s+)?"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    regex.I,
)
# "..., the lowest monthly toll so far this year": an aside of comparison after a figure
_SUPERLATIVE_BEFORE = _words(
    # (", in one of the deadliest such raids this year")
    r",\s+(?:(?:in|as)\s+)?(?:(?:one|some)\s+of\s+)?(?:the|its|a)\s+(?:\w+\s+)?(?:\L<w>)\b"
    r"[^,.;]{0,45}\Z",
    "superlatives",
)
_COMPARED_WITH = regex.compile(
    r"\b(?:(?:decrease|increase|drop|fall|rise|decline|reduction|down|up)\s+(?:from|on)|"
    r"compared\s+(?:with|to)|than\s+in|(?:double|twice|triple|half|three\s+times)\s+"
    r"(?:the\s+)?(?:number|figure|toll|total|level|count)\s+(?:in|of|for|during|over))\s+"
    r"(?:the\s+(?:previous|preceding)\s+)?\Z",
    regex.I,
)
_BUILT_IN = regex.compile(
    r"\b(?:built|founded|established|constructed|born|opened)\s+in\s+\Z", regex.I
)
_BASELINE_BEFORE = regex.compile(
    r"\b(?:from|between|(?:built|founded|established|constructed|born|opened)\s+in)\s+[\w./-]{0,10}\Z",
    regex.I,
)
_OTHER_FIGURE = regex.compile(r"(?<![\p{L}\d.,-])(?!(?:1[89]|20)\d\d\b)\d[\d,.]*(?![\p{L}\d])")
_LAST_YEARS_EVENT = _words(
    r"\b(?:last|previous|the\s+previous|the\s+last)\s+year['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:\L<w>)\b",
    "old_event_nouns",
)
_OLD_EVENT = _words(r"\s*(?:(?-i:\p{Lu})[\p{L}-]+\s+){0,2}(?:\L<w>)\b", "old_event_nouns")


def _historical(
    ctx: _Context, fig: _Fig, sentence: str, since: dt.date | None, offset: int
) -> bool:
    """``sentence``: the figure's clause, which starts at ``offset`` in the text."""
    if fig.perfect:
        return False
    limit = None
    event_limit = None
    if ctx.profile is not None and ctx.profile.start is not None:
        limit = event_limit = ctx.profile.start.year
    elif ctx.published is not None:
        # with no war's start to go by, a bare year counts as the past only some years back
        # ("5,600 were killed in 2024" in a 2026 story is the same gang war); a year that
        # names an event ("the 2025 floods", "the 2014 war") is another event
        limit = ctx.published.year - 2
        event_limit = ctx.published.year
    figure_at = fig.qstart - offset
    last_year = _LAST_YEARS_EVENT.search(sentence)
    if last_year is not None and last_year.start() < figure_at:
        return True  # "Last year's monsoon killed 331 people": an earlier, other disaster
    for m in ctx.pat.old_time.finditer(sentence):
        if m.group("cue"):
            return True
        if limit is None or event_limit is None:
            continue
        year = int((m.group("decade") or m.group("year"))[:4])
        if m.group("year") and year < event_limit and _OLD_EVENT.match(sentence, m.end()):
            return True
        if _BASELINE_BEFORE.search(sentence, max(0, m.start() - 16), m.start()):
            continue  # "from 24.02.2022 to 12.11.2026", "a building built in 1974": no past war
        if m.end() <= figure_at and _on_another_subject(sentence, m.start(), m.end(), figure_at):
            continue  # "the military, which seized power in February 2021, had ... 163 killed"
        if m.group("decade"):
            if year + 9 < limit:
                return True
        elif (
            year < limit
            and (
                fig.since_clause >= 0
                # not "the lowest annual toll since the war began in 2011"
                or not _rx(r"\bsince\b[^,;.]{0,45}\Z", regex.I).search(
                    sentence[max(0, m.start() - 50) : m.start()]
                )
            )
            and (since is None or since.year != year)
        ):
            return True
    return False


def _revised_claim(ctx: _Context, reporter: str | None, outcome: Outcome) -> Claim | None:
    """The reporter's last figure that an earlier one revises: of the toll's own outcome
    when there is one ("killed 84 and wounded 284, lowering an earlier toll of 103")."""
    mine = [claim for claim in reversed(ctx.claims) if claim.reporter == reporter]
    same = [claim for claim in mine if claim.outcome is outcome]
    return same[0] if same else (mine[0] if mine else None)


# ---------------------------------------------------------------------------------------
# attribution


def _attribution(ctx: _Context, fig: _Fig, s_start: int, s_end: int) -> _Attribution | None:
    found = _sentence_attributions(ctx, s_start, s_end)
    if not found:
        return (
            _speaker_after_quote(ctx, fig, s_start, s_end)
            or _speaker_before_quote(ctx, fig, s_start)
            or _source_named_after(ctx, s_end)
        )
    anchor = fig.amount.start
    quoted = _inside_quote(ctx.text, max(s_start, anchor - 4 * _NEAR), anchor)
    found = [
        a
        for a in found
        if abs(a.start - anchor) < 2 * _NEAR and (quoted or not _after_quote(ctx.text, a.start))
    ]
    if not found:
        return None
    if quoted:
        # '"We counted 26 bodies brought back to Téra," he said': the speaker of the quote,
        # not the first person inside it
        speakers = [
            a
            for a in found
            if not (a.text.lower() in ("we", "i") and _inside_quote(ctx.text, s_start, a.start))
        ]
        found = speakers or found
    # "The defence ministry said 15 insurgents were killed ...; two soldiers were killed,
    # according to local sources": a source in the figure's own clause speaks for it
    clause_start = ctx.text.rfind(";", s_start, anchor) + 1 or s_start
    clause_end = ctx.text.find(";", anchor, s_end)
    clause_end = s_end if clause_end < 0 else clause_end
    if clause_start > s_start or clause_end < s_end:
        own = [a for a in found if clause_start <= a.start < clause_end]
        if own:
            found = own
        elif clause_end < s_end:
            # "... killed 31 people and wounded 40 others; the military said it had
            # targeted rebel positions": a source in a later clause speaks for that clause
            # (not a tag that ends the sentence: "...; in Kokorou, 21 were killed, the
            # ministry said in a communique")
            earlier = [
                a
                for a in found
                if a.start < clause_start
                or not _FINITE_VERB.search(ctx.text, a.end, min(s_end, a.end + _AHEAD))
            ]
            if not earlier:
                return None
            found = earlier
    before = [a for a in found if a.start < anchor]
    pool = before if any(a.named or _is_pronoun(ctx, a.text) for a in before) else found
    best = min(pool, key=lambda a: (abs(a.start - anchor), a.start > anchor))
    named = [a for a in pool if a.reporter is not None and a.named]
    if (
        not best.named
        and _INDEFINITE_BODY.fullmatch(best.text)
        and (named_next := _named_in_next_sentence(ctx, s_end)) is not None
    ):
        # "... killed at least 31 people on Saturday, a medical group said. The Sudan Doctors
        # Network blamed the RSF": a lead's description, named in the sentence after it
        return dataclasses.replace(named_next, text=best.text, start=best.start, end=best.end)
    if _INDEFINITE_GROUP.fullmatch(best.text):
        # "..., while a local resistance group said it had killed 19 junta soldiers":
        # someone new, not the body named before
        return best
    if best.start < anchor and not quoted:
        # (not a source named after the figure, for one that names it before: "The army said
        # it killed 31 rebels, while residents said ...")
        named = [a for a in named if a.start < anchor]
    if _POINTS_BACK.fullmatch(best.text.strip()) is not None:
        # "Its spokesman said" after "The army gave a different account", "One of them said"
        # after "Two military sources ... gave the toll": whom the words point back to
        referent = _referent_before(ctx, s_start)
        if referent is not None:
            return dataclasses.replace(referent, text=best.text)
    if _GROUP_DESCRIPTION.fullmatch(best.text) is not None:
        # "The RSF denied targeting civilians. ... the group said its forces had repelled an
        # attack", "the Arakan Army said ... The ethnic armed group said", "The al-Qaida-linked
        # group claimed": the armed group named last
        plain = best.text.split()[-2:-1] in (["the"], ["The"])
        group = _armed_group_before(ctx, best.start, s_start, plain=plain)
        if group is not None:
            return dataclasses.replace(group, text=best.text)
    if (
        not best.named
        and best.reporter is not None
        and not _is_pronoun(ctx, best.text)
        and best.text.lower() not in ctx.pat.generic_reporters
        and any(
            a.end <= best.start
            and _rx(r",\s*(?:while|whereas|but)\s", regex.I).search(ctx.text, a.end, best.start)
            for a in named
        )
    ):
        # "Intelligence sources put the toll at about 15,000, while local doctors counted
        # 5,000 bodies": a second source, set against the first, speaks for its own clause
        return best
    if not best.named and named and not _is_pronoun(ctx, best.text):
        best = named[-1]
    if best.named:
        return best
    # pronoun or generic head: the last named reporter before this sentence
    pronoun = _is_pronoun(ctx, best.text)
    if pronoun and (antecedent := [a for a in named if a.start < best.start]):
        # "The Syrian Network for Human Rights said ... that it had documented the killing of
        # 118 civilians": "it" is the body named earlier in the sentence
        return antecedent[-1]
    if _INDEFINITE_GROUP.fullmatch(best.text):
        return best  # "A separatist group claimed ...": someone new, not the body named before
    head = None if pronoun or not best.text else best.text.split()[-1].lower()
    if pronoun and best.text.lower() in ("it", "its"):
        # "The army said troops killed four of the attackers. Another two soldiers were
        # injured ..., it said": the army, police or government that spoke in the sentence
        # before, named or not
        prev = _previous_sentence(ctx.text, s_start)
        if prev is not None and "\n\n" not in ctx.text[prev[1] : s_start]:
            bodies = [
                a
                for a in _sentence_attributions(ctx, prev[0], prev[1])
                if a.reporter
                and a.text.split()
                and a.text.split()[-1].lower() in _INSTITUTION_HEADS
            ]
            if bodies:
                return bodies[-1]
            # "The army did not give a toll for its own losses. In a statement ..., it said":
            # the body the sentence before is about, whatever its verb
            subject = _INSTITUTION_SUBJECT.match(ctx.text, prev[0], prev[1])
            if subject is not None:
                body = _resolve(ctx, subject.group("who"), subject.start("who"), subject.end("who"))
                if body.reporter is not None:
                    return dataclasses.replace(body, text=best.text)
    carried = _carried_reporter(ctx, s_start, head)
    if (
        carried is not None
        and _OWN_KIND_OF_SOURCE.match(best.text)
        and (head is None or head not in _BODY_HEADS)
    ):
        # "local officials said" after MSF's figures: local officials, though (as a country's
        # local government) of the country of the officials named before
        local = _LOCAL_GOVERNMENT.match(best.text) is not None and best.side is None
        return dataclasses.replace(best, side=carried.side) if local else best
    if (
        carried is None
        and ctx.doc_source is not None
        and (
            pronoun
            or (
                head is not None
                and head in _BODY_HEADS | _CARRY_HEADS
                and (
                    head in ctx.doc_source.text.lower()
                    or _title_names(ctx, head)
                    # "the ministry said" under "Ministère de la Santé publique": a reporter
                    # the profile also calls a ministry
                    or head in _profile_reporter_words(ctx.profile, ctx.doc_source.reporter)
                )
            )
        )
    ):
        carried = ctx.doc_source  # "the project recorded" under its report's title
    person = best.text.lower() in ("he", "she", "his", "her")
    if (carried is None and pronoun) or (
        person and carried is not None and carried.start < s_start
    ):
        # '"They burned everything," said the fisherman. He said he had seen ...': a person
        # no name identifies is still the one who speaks on, if named after the body
        speaker = _last_speaker(ctx, s_start)
        if speaker is not None and (carried is None or speaker.start > carried.start):
            carried = speaker
    if carried is not None and not pronoun and best.text:
        # "the ministry said", "a spokesman said": the body named before, in the words here
        return dataclasses.replace(carried, text=best.text)
    if carried is not None:
        return carried
    return best if best.text and not pronoun else None


_LOCAL_GOVERNMENT = regex.compile(
    r"(?:(?:the|some)\s+)?(?:local|village|district|municipal|provincial|regional|county)\s+"
    r"(?:officials?|authorities|leaders?)\b",
    regex.I,
)
# "local officials", "hospital officials", "the military's media wing": sources of a kind
# their own words name, not the body named last
_SOURCE_KIND_HEADS = frozenset(_GRAMMAR["source_kind_heads"])
# a description of an armed group: "the group", "the ethnic armed group", "the al-Qaida-linked
# group", "the paramilitary force" (not "the medical group": a word of another kind)
_GROUP_DESCRIPTION = compile_lists(
    r"(?:the|this)\s+(?:(?:\L<armed>|[\p{L}-]+-(?:linked|backed|affiliated|aligned|allied|led))\s+){0,3}"
    r"(?:group|militia|movement|outfit|faction|insurgents|rebels|organi[sz]ation|force|"
    r"insurgency|alliance)",
    regex.I,
    armed=_GRAMMAR["armed_group_words"],
)
# a named armed group: "Al-Shabab", "the Arakan Army", "the Rapid Support Forces", "RSF", "M23"
_ARMED_NAME = compile_lists(
    r"(?<![\p{L}\d-])(?:(?:(?-i:\p{Lu})[\p{L}'’-]+\s+){1,5}?(?-i:Army|Forces|Front|Movement|"
    r"Brigades?|Militias?|Alliance|Resistance|Defen[cs]e\s+Forces?|Liberation\s+\w+)"
    r"|(?-i:\p{Lu}{2,6}\d{0,2})|(?-i:M23)|\L<names>)(?![\p{L}\d-])",
    names=_GRAMMAR["armed_group_names"],
)
_NOT_GROUP_ACRONYMS = frozenset(_GRAMMAR["not_group_acronyms"])
_SUBJECT_OPENING = regex.compile(r"[\W]*(?:(?:But|And|Meanwhile,?|However,?)\s+)?(?:[Tt]he\s+)?")


_GROUP_MEMBERS = frozenset(_GRAMMAR["group_member_heads"])


def _members(fig: _Fig) -> bool:
    """ "26 SDF members", "seven CODECO members": the members of a named armed group."""
    return (fig.head or "").lower() in _GROUP_MEMBERS and _armed_name_in(fig.mods)


def _armed_name_in(words: str) -> bool:
    """True when ``words`` name an armed group ("SDF", "the Arakan Army", "Boko Haram")."""
    for m in _ARMED_NAME.finditer(words):
        name = m.group(0)
        if name.isupper() and (name in _NOT_GROUP_ACRONYMS or side_from_text(name) is not None):
            continue
        return True
    return False


def _armed_group_before(ctx: _Context, pos: int, s_start: int, plain: bool) -> _Attribution | None:
    """The armed group named last before ``pos``: in the sentence or the two before it (the
    eight before, over three paragraphs, for a description that says it is armed)."""
    start = s_start
    for _ in range(2 if plain else 8):
        prev = _previous_sentence(ctx.text, start)
        if prev is None or ctx.text.count("\n\n", prev[1], pos) > (1 if plain else 3):
            break
        start = prev[0]
    last = None
    for m in _ARMED_NAME.finditer(ctx.text, start, pos):
        name = m.group(0)
        if name.isupper() and (name in _NOT_GROUP_ACRONYMS or side_from_text(name) is not None):
            continue  # "UN", "AP", "US": no armed group
        if plain and not _SUBJECT_OPENING.fullmatch(
            ctx.text, _segment.sentence_at(ctx.text, m.start())[0], m.start()
        ):
            # (a bare "the group" points back to a sentence's subject: "The RSF denied ...",
            # not to "RSF shelling" in what the Sudan Doctors Network said)
            continue
        if _NAMED_FORCE.fullmatch(name) and side_from_text(name) is not None:
            continue  # "the Sudanese Armed Forces": a state's army, not "the group"
        last = m
    if last is None:
        return None
    if plain:
        # "At least 27 civilians were killed in RSF shelling, the Sudan Doctors Network said
        # ... The group said": a body that spoke after the armed group was named
        a = start
        while a < s_start:
            b = _segment.sentence_at(ctx.text, a)[1]
            if any(x.named and x.start > last.start() for x in _sentence_attributions(ctx, a, b)):
                return None
            a = max(b, a + 1)
    found = _resolve(ctx, last.group(0), last.start(), last.end())
    return found if found.reporter is not None else None


_INSTITUTION_SUBJECT = regex.compile(
    r"\W*(?P<who>(?:the\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:army|military|police|government|ministry|"
    r"junta|armed\s+forces|defence\s+ministry|defense\s+ministry))\s+(?:did|does|has|had|was|is|"
    r"declined|refused|gave|denied|would)\b",
    regex.I,
)
_OWN_KIND_OF_SOURCE = compile_lists(
    r"(?:(?:a|an)\s+[\p{L}.’'-]+-based\s+(?:[\p{L}-]+\s+)?[\p{L}-]+|"
    # "a member of a civilian militia": someone new
    r"(?:a|an)\s+[\p{L}-]+\s+of\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+|"
    r"(?:(?:the|a|an|some)\s+)?(?:[\p{L}-]+['’]s\s+[\p{L}-]+|(?:\L<kind>)\s+(?:\L<who>)))"
    r"(?:\s+[\p{L}-]+)?\s*\Z",
    regex.I,
    kind=_GRAMMAR["source_kinds"],
    who=_GRAMMAR["source_kind_heads"],
)


@functools.lru_cache(maxsize=256)
def _profile_reporter_words(profile: Profile | None, reporter: str | None) -> frozenset[str]:
    """The words of the names a profile gives one of its reporters."""
    if profile is None or reporter is None:
        return frozenset()
    return frozenset(
        word
        for r in profile.reporters
        if r.id == reporter
        for name in (*r.aliases, r.name)
        for word in name.lower().split()
    )


_INDEFINITE_BODY = regex.compile(
    r"an?\s+(?:[\w'’-]+\s+){0,3}?(?:group|monitor|network|organi[sz]ation|charity|watchdog|"
    r"observatory|committee|NGO|rights\s+group|aid\s+agency)",
    regex.I,
)


def _named_in_next_sentence(ctx: _Context, s_end: int) -> _Attribution | None:
    """The body the next sentence opens with as its source ("The Sudan Doctors Network
    blamed ... and said", "The Britain-based Syrian Observatory for Human Rights said"), if
    a named body, not a person nor a state's force (in this paragraph or the next)."""
    start = _NONSPACE.search(ctx.text, s_end, min(len(ctx.text), s_end + 40))
    if start is None or ctx.text.count("\n\n", s_end, start.start()) > 1:
        return None
    a, b = _segment.sentence_at(ctx.text, start.start())
    for found in _sentence_attributions(ctx, a, b):
        if (
            found.named
            and found.reporter
            and found.start - a <= 60
            # (not someone new: "A local volunteer network put the toll higher")
            and not _rx(r"(?:an?)\s", regex.I).match(found.text)
            and not _looks_like_person(found.text)
            and _NAMED_FORCE.search(found.text) is None
            and not _rx(r"\b(?:army|military|police|government|ministry)\b", regex.I).search(
                found.text
            )
        ):
            return found
    # "The Sudan Doctors Network blamed the paramilitary RSF and said ...": the named body
    # the sentence opens with, before its verb
    opening = _OPENING_BODY.match(ctx.text, a, min(b, a + 160))
    if opening is not None and not _looks_like_person(opening.group("name")):
        name = opening.group("name")
        if side_from_text(name) != name and _NAMED_FORCE.search(name) is None:
            found = _resolve(ctx, name, opening.start("name"), opening.end("name"))
            if found.named and found.reporter:
                return found
    return None


_OPENING_BODY = regex.compile(
    r"\W*(?:The\s+)?(?:[\p{L}.’'-]+-based\s+)?"
    r"(?P<name>(?-i:\p{Lu})[\p{L}’'.-]*(?:\s+(?:(?:for|of|on|and|de)\s+)?(?-i:\p{Lu})[\p{L}’'.-]*){1,7})"
    r"(?:\s+\((?-i:\p{Lu}{2,8})\))?\s+(?:also\s+)?(?:blamed|accused|said|says|reported|"
    r"confirmed|documented|recorded|counted|added|gave|put|told)\b"
)
_INDEFINITE_GROUP = regex.compile(
    r"(?:an?)\s+(?:[\w'’-]+\s+){0,2}?(?:group|organisation|organization|movement|faction|militia|"
    # "A police union said": a new body, not the one named before
    r"union|association|federation|syndicate|guild|coalition)",
    regex.I,
)


def _speaker_after_quote(ctx: _Context, fig: _Fig, s_start: int, s_end: int) -> _Attribution | None:
    """'"Three terrorists have been neutralised. 2 AK rifles ... recovered," the army's
    Chinar Corps said': a quote of several sentences names its speaker after its last."""
    text = ctx.text
    if not _inside_quote(text, s_start, fig.amount.start) or not _inside_quote(
        text, s_start, s_end
    ):
        return None  # not in a quote, or one that closes in this sentence
    close = _QUOTE_CLOSE.search(text, s_end, min(len(text), s_end + _NEAR))
    if close is None or "\n" in text[s_end : close.start()]:
        return None
    c_start, c_end = _segment.sentence_at(text, close.start())
    for a in _sentence_attributions(ctx, c_start, c_end):
        if close.end() <= a.start <= close.end() + 40 and a.reporter is not None:
            return a
    return None


def _speaker_before_quote(ctx: _Context, fig: _Fig, s_start: int) -> _Attribution | None:
    """'"... repelled a coordinated attack," the General Staff said in a communiqué. "More
    than one hundred terrorists were neutralised. ... six soldiers fell in the line of
    duty."': a quote that goes on after its speaker was named is still theirs."""
    text = ctx.text
    para = text.rfind("\n\n", 0, s_start)
    para = 0 if para < 0 else para + 2
    before = text[para : fig.amount.start]
    if before.count("“") > before.count("”"):
        open_at = para + before.rfind("“")
    elif before.count('"') % 2 == 1:
        open_at = para + before.rfind('"')
    else:
        return None
    prev = _previous_sentence(text, _segment.sentence_at(text, open_at + 1)[0])
    if prev is None or prev[0] < para:
        return None
    for a in reversed(_sentence_attributions(ctx, prev[0], prev[1])):
        if a.reporter is not None and a.start >= 0 and _after_quote(text, a.start):
            return a
    return None


def _source_named_after(ctx: _Context, s_end: int) -> _Attribution | None:
    """ "... two civilians were killed ... on Tuesday. The figures were given by the Pakistani
    military's media wing": the sentence after names the source of this one's figures."""
    named = _FIGURES_GIVEN_BY.match(ctx.text, s_end, s_end + _AHEAD)
    if named is None or "\n\n" in ctx.text[s_end : named.start("who")]:
        return None
    who = named.group("who")
    return _resolve(ctx, who, named.start("who"), named.start("who") + len(who))


_FIGURES_GIVEN_BY = regex.compile(
    r"\s+(?:The|These|Those|Both)\s+(?:casualty\s+)?(?:figures?|numbers?|tolls?|tallies|counts?)\s+"
    r"(?:were|was|came|come)\s+(?:(?:given|provided|released|issued|reported|announced|published|"
    r"compiled)\s+by|from)\s+(?P<who>[^,.;:()]{3,80}?)(?=\s*(?:[,.;:(]|\s(?:which|who|that)\b))"
)
_QUOTE_CLOSE = regex.compile(r"[.!?,]?[”\"](?=,?\s)")


def _after_quote(text: str, start: int) -> bool:
    """True for the speaker of a quote: '“...,” the official said'."""
    # (not a quote that ended the paragraph before: '... donated blood."\n\nThe army said',
    # nor one that ended the sentence before: '... harming civilians." It said its troops')
    return bool(_rx(r"(?<![.!?])[”\"’'],?[ \t]*\Z").search(text[max(0, start - 5) : start])) or (
        bool(_rx(r"[.!?][”\"’'][ \t]*\Z").search(text[max(0, start - 5) : start]))
        and not text[start : start + 1].isupper()
    )


def _inside_quote(text: str, s_start: int, pos: int) -> bool:
    """True when ``pos`` lies inside a quotation opened earlier in the sentence."""
    before = text[s_start:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_POINTS_BACK = regex.compile(
    r"(?:its|their)\s+(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|press\s+(?:office|service)|"
    r"commander|chief|leader|head|director|statement)|(?:one|two|three|both|each)\s+of\s+"
    r"(?:them|those|these)"
    # "According to the same source": the source named before
    r"|the\s+same\s+(?:sources?|officials?|spokes(?:man|woman|person)|witness(?:es)?|residents?)",
    regex.I,
)
_SUBJECT_BODY = regex.compile(
    r"\s*(?P<who>(?:the\s+)?(?:(?-i:\p{Lu})[\w’'.-]*\s+){0,4}?(?:army|military|police|government|"
    r"ministry|group|militia|forces|movement|rebels|alliance|(?-i:\p{Lu}{2,8}))|(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:sources|officials|witnesses|residents))\b",
    regex.I,
)


def _referent_before(ctx: _Context, s_start: int) -> _Attribution | None:
    """The source of the sentence before, or the body that opens it ("The army gave a
    different account."), for words that point back to it."""
    prev = _previous_sentence(ctx.text, s_start)
    if prev is None or ctx.text.count("\n\n", prev[1], s_start) > 1:
        return None
    found = [a for a in _sentence_attributions(ctx, prev[0], prev[1]) if a.reporter]
    if found:
        return found[-1]
    subject = _SUBJECT_BODY.match(ctx.text, prev[0], prev[1])
    if subject is None:
        return None
    who = subject.group("who")
    return _resolve(ctx, who, subject.start("who"), subject.start("who") + len(who))


def _is_pronoun(ctx: _Context, words: str) -> bool:
    return words.strip().lower() in ctx.pat.pronouns


def _sentence_attributions(ctx: _Context, s_start: int, s_end: int) -> list[_Attribution]:
    cached = ctx.attributions.get(s_start)
    if cached is not None:
        return cached
    text = ctx.text
    pat = ctx.pat
    sentence = text[s_start:s_end]
    found: list[_Attribution] = []
    # a bulletin row ("Deaths confirmed (SML): 64") has a label, not a subject and its verb
    row_colon = sentence.find(":") if _TABLE_ROW.search(sentence.strip()) else -1
    for m in pat.according.finditer(sentence):
        who = m.group("who").strip()
        if _NO_SOURCE_AFTER_ACCORDING.search(who):
            continue  # "buried according to Islamic rites", "according to the plan"
        who = _rx(
            r"^(?:(?:the|a|an)\s+)?(?:latest\s+|new\s+|running\s+|official\s+)?(?:figures|data|statement|"
            r"tally|count|numbers|estimate|toll)\s+(?:from|by|of|compiled\s+by|kept\s+by|released\s+by|"
            r"published\s+by|issued\s+by|provided\s+by|given\s+by)\s+",
            regex.I,
        ).sub("", who)
        # "according to the Observatory's most recent count": the Observatory
        who = _rx(
            r"['’]s(?:\s+(?:most|more|recent|latest|last|own|new|updated|official|provisional|"
            r"preliminary|running|final))*(?:\s+(?:information|data|figures|estimates?|count|tally|"
            r"statement))?$"
        ).sub("", who)
        # "according to UN estimates", "according to Health Ministry figures": the body
        bare = _rx(
            r"(?<=\S)\s+(?:estimates?|figures|data|statistics|tallies|tally|counts?|records)$",
            regex.I,
        ).sub("", who)
        if bare != who:
            who = _rx(r"^(?:an?|the)\s+", regex.I).sub("", bare)
            if _rx(
                r"(?:preliminary|initial|official|unofficial|latest|early|provisional|updated|new|"
                r"current|rough|conservative|various|other|some|most|our|these|those|available)",
                regex.I,
            ).fullmatch(who):
                continue  # "according to preliminary estimates": no one named
        if who:
            found.append(_resolve(ctx, who, s_start + m.start("who"), s_start + m.end("who")))
    for m in pat.inverted.finditer(sentence):
        if m.group("verb").lower().startswith("according"):
            continue
        who = m.group("who").strip()
        if (
            who
            and _WORD.match(who)
            and not _rx(r"(?:that|it\s+was|on|in)\b", regex.I).match(who)
            # not what was said: "..., said the army's losses were heavier"
            and not _FINITE_VERB.search(who)
            and _looks_like_subject(who)
        ):
            found.append(_resolve(ctx, who, s_start + m.start("who"), s_start + m.end("who")))
    for m in pat.attribution.finditer(sentence):
        if row_colon >= 0 and m.start() < row_colon:
            continue  # "Deaths confirmed (SML): 64": a row's label, no one speaking
        if (
            m.group("verb").lower() in _NOUN_VERBS
            and (
                (
                    (not_verb := _NOT_A_VERB.search(sentence[max(0, m.start() - 14) : m.start()]))
                    # "the official put the toll at 18": "official" makes a noun of "report",
                    # never of "put" or "confirmed"
                    and not (
                        m.group("verb").lower() not in _NOUN_FORMS
                        and not_verb.group(0).strip().lower() in _NOUN_ADJECTIVES
                    )
                )
                or (
                    m.group("verb").lower() in _END_NOUNS
                    and _rx(r"\s*(?:[.,;:)]|\Z)").match(sentence[m.end() :])
                )
            )
        ):
            continue  # "an estimated", "its quarterly report", "according to a UN estimate."
        if _rx(r"\s+(?:the\s+)?(?:[\w,-]+\s+){0,3}?(?:lives|life)\b").match(
            sentence[m.end() : m.end() + 40]
        ):
            continue
        if _rx(
            r"\s+(?:to|into|at)\s+(?:\w+\s+)?(?:hospitals?|clinics?|care|treatment)\b", regex.I
        ).match(sentence, m.end()):
            continue  # "Injured admitted to hospitals: 146": the hurt, not a source that admits
        if (
            m.group("verb").lower() in _SAY_VERBS
            and _rx(r"[,\"”’]\s*\Z").search(sentence, max(0, m.start() - 3), m.start())
            and (
                after := _rx(
                    r"\s+(?:(?-i:\p{Lu})[\p{L}’'.-]*(?:\s+(?-i:\p{Lu})[\p{L}’'.-]*){0,4}"
                    r"|(?:the|a|an)\s+(?:[\p{L}’'-]+\s+){0,4}?[\p{L}’'-]+)\s*(?:[,.;:]|\Z)"
                ).match(sentence, m.end())
            )
            # (not what was said: "..., said the army's losses were heavier")
            and not _FINITE_VERB.search(after.group(0))
        ):
            continue  # "..., said Serhiy Lysak": the speaker comes after (pat.inverted)
        subject = _subject_before(sentence, m.start())
        if subject is None:
            continue
        who, offset = subject
        last = who.split()[-1]
        if len(who.split()) <= 3 and last.lower() in _PLACE_UNITS and last != "State":
            # "Taiz governorate recorded the highest number", "Warrap state recorded 58
            # civilians killed": a place, not a source (but "Islamic State said")
            continue
        if _SAID_BEFORE_SUBJECT.search(sentence, max(0, offset - 45), offset):
            # "Putin said Moscow believed", "the mission said it had verified", "a monitoring
            # group said on Thursday it had recorded": the speaker is the one before
            continue
        found.append(_resolve(ctx, who, s_start + offset, s_start + offset + len(who)))
    ctx.attributions[s_start] = found
    return found


_SAID_BEFORE_SUBJECT = regex.compile(
    r"\b(?:said|says)\s+(?:(?:(?:late|early)\s+)?on\s+\p{L}+day(?:\s+(?:night|morning|evening|"
    r"afternoon))?\s+|in\s+a\s+statement\s+|on\s+(?:Twitter|X|Telegram|Facebook)\s+)?"
    r"(?:that\s+)?\Z",
    regex.I,
)
_SUBJECT_STOP = regex.compile(
    # (the lookahead only skips places where no alternative can start: 2-3x faster)
    r"(?=[,;:\"“”—–‒―()•▪●◦‣]|\s-|\b(?:th|bu|wh|a[sfl]|be|ha|me|on|la|ea|pr|in|sa|si|un|if))"
    r"(?:[,;:\"“”—–‒―•▪●◦‣]|\((?!\p{Lu}[\p{L}\d]{1,9}\))|(?<!\(\p{Lu}[\p{L}\d]{1,9})\)|\s--?\s|\bthat\b|\bbut\b|\bwhile\b|\bwhen\b|\bwhere\b|(?-i:\bwho\b)|\bas\b|"
    r"\bafter\b|\bbefore\b|\bbecause\b|\bhas\b|\bhave\b|\bhad\b|\bhas\s+also\b|\balso\b|"
    r"\balthough\b|\bthough\b|\bsince\b|\bwhereas\b|\bunless\b|\buntil\b|\bif\b|"
    r"\bmeanwhile\b|\bon\s+\p{L}+day\b|\bwhich\b|\blater\b|\bearlier\b|\bpreviously\b|"
    r"\bin\s+a\s+statement\b|\bon\s+Twitter\b|\bsaid\b|\bsays\b)",
    regex.IGNORECASE,
)


_TIME_OF_DAY = regex.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|hrs\b|GMT\b|UTC\b)|\b\d{1,2}:\d{2}\b",
    regex.I,
)


def _subject_before(sentence: str, verb_start: int) -> tuple[str, int] | None:
    """The noun phrase right before an attribution verb: "Karabakh's defense ministry said"."""
    # "A local official, speaking on condition of anonymity because he was not authorised to
    # talk to the press, said": the subject before the aside
    aside = _ASIDE_BEFORE_VERB.search(sentence, max(0, verb_start - 260), verb_start)
    if aside is not None:
        verb_start = aside.start()
    which = _WHICH_BEFORE.search(sentence, max(0, verb_start - 30), verb_start)
    if (
        which is not None
        and which.start() > 0
        and _rx(r"(?:claimed|claims|said|says|announced|reported|stated)\b", regex.I).match(
            sentence, verb_start
        )
    ):
        # "the jihadist alliance JNIM, which claimed on its channels": the noun before
        named = _NAME_BEFORE_WHICH.search(sentence, max(0, which.start() - 60), which.start())
        if named is not None and _looks_like_subject(named.group(0)):
            return named.group(0), named.start()
        return None
    window_start = max(0, verb_start - 110)
    chunk = sentence[window_start:verb_start]
    # (the patterns below that need a word, or a comma at the end, are tried only when the
    # chunk has it: most chunks have neither)
    # drop trailing auxiliaries/adverbs ("has also", "on Monday", "previously")
    # "a local official who asked not to be named told Reuters": the relative clause goes
    if "who" in chunk.lower():
        chunk = _rx(
            r"\s+who\s+(?:asked|requested|spoke|declined|was\s+not|were\s+not)\b[^,;]{0,70}\Z",
            regex.IGNORECASE,
        ).sub("", chunk)
    if "." in chunk or ":" in chunk:
        # "The council's 8 a.m. report on Monday put the toll": a time of day is no part of
        # the subject (blanked, so that offsets stay)
        chunk = _TIME_OF_DAY.sub(lambda m: " " * len(m.group(0)), chunk)
    # "a fisherman who fled to the provincial capital Pemba, 200 kilometres to the south,
    # told AFP": the one the relative clause is about
    lowered = chunk.lower()
    relative = (
        _rx(
            r"(?:^|[,;:\"“”—–]\s*)(?P<np>(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s+(?:who|that)\s+"
            r"(?!said|says|told)[^\"“”;]{3,130}\Z",
            regex.IGNORECASE,
        ).search(chunk)
        if "who" in lowered or "that" in lowered
        else None
    )
    if relative is not None and _looks_like_subject(relative.group("np")):
        return relative.group("np"), window_start + relative.start("np")
    chunk = _rx(
        r"(?:\s+(?:has|have|had|also|previously|earlier|later|meanwhile|again|now|already|hasn['’]t|"
        r"haven['’]t|didn['’]t|has\s+not|have\s+not|did\s+not|"
        r"officially|initially|separately|on\s+\p{L}+day|on\s+Twitter|in\s+a\s+statement))+\s*\Z",
        regex.IGNORECASE,
    ).sub("", chunk)
    comma_end = chunk.rstrip().endswith(",")  # what an appositive or a name before it needs
    appositive = (
        _rx(
            r"(?<![\w’'.-])(?P<np>(?-i:\p{Lu})[\w’'.-]*(?:\s+(?:(?-i:\p{Lu})[\w’'.-]*|for|of|on|in|and|"
            r"the|de|al|[a-z][\w’'.-]*))*?(?:\s+\(\p{Lu}[\p{L}\d]{1,9}\))?)\s*,\s+(?P<app>[^,;]{3,70}),\s*\Z"
        ).search(chunk)
        if comma_end
        else None
    )
    if appositive is not None and _looks_like_subject(appositive.group("np")):
        words = appositive.group("np").strip()
        if words[:2].lower() in ("a ", "an") and _rx(
            r"(?:the\s+)?(?:(?-i:\p{Lu})[\p{L}’'.-]+\s+){1,3}(?-i:\p{Lu})[\p{L}’'.-]+"
        ).fullmatch(appositive.group("app").strip()):
            # "A Russian-installed official in the region, Denis Pushilin, said": the name
            app = appositive.group("app")
            words = app.strip()
            return words, window_start + appositive.start("app") + app.find(words)
        stops_inside = list(_SUBJECT_STOP.finditer(words))
        if stops_inside:
            words = words[stops_inside[-1].end() :].strip()
        app = appositive.group("app").strip()
        if (
            words
            and any(w.islower() for w in words.split())
            and (
                _rx(r"(?:(?-i:\p{Lu})[\p{L}’'.-]+\s+){1,3}(?-i:\p{Lu})[\p{L}’'.-]+").fullmatch(app)
                # "The Pakistani military's media wing, ISPR, said": its acronym
                or _rx(r"(?-i:\p{Lu}{2,8})").fullmatch(app)
            )
        ):
            # "Jonglei's information commissioner, Peter Kuol, said": the role and the name
            at = window_start + chunk.rfind(words)
            end = (
                window_start
                + appositive.start("app")
                + appositive.group("app").find(app)
                + len(app)
            )
            return sentence[at:end], at
        if words and _CAP_WORD.search(words):
            return words, window_start + chunk.rfind(words)
    # "the provincial chief minister, Murad Ali Shah, told reporters": the role before a name
    role = (
        _rx(
            r"(?:^|[,;:\"“”—–]\s*)(?P<np>(?:the|a|an|(?-i:\p{Lu})[\w-]*['’]s)\s+[\w’'.-]+(?:\s+[\w’'.-]+){0,4}?)\s*,\s+"
            r"(?P<name>(?-i:\p{Lu})[^,;\d]{2,40}),\s*\Z",
            regex.IGNORECASE,
        ).search(chunk)
        if comma_end
        else None
    )
    if role is not None and _looks_like_subject(role.group("np")):
        words = chunk[role.start("np") : role.end("name")]
        return words, window_start + role.start("np")
    stops = list(_SUBJECT_STOP.finditer(chunk))
    begin = stops[-1].end() if stops else 0
    candidate = chunk[begin:].strip()
    # ("... denied attacking the market and said": the first clause's verb and its subject)
    conjunction = candidate.lower() in {"and", "but", "then"} or (
        _rx(r"^(?-i:[a-z]+ed)\b.*\s(?:and|but)\Z", regex.I).match(candidate) is not None
        # "The Sudan Doctors Network blamed the paramilitary forces and said"
        or _rx(
            r"^(?:the\s+)?(?:(?-i:\p{Lu})[\p{L}’'.-]*\s+){1,6}(?-i:[a-z]+ed)\s+"
            r"(?:the|a|an|its|their|(?-i:\p{Lu}))\b.*\s(?:and|but)\Z",
            regex.I,
        ).match(candidate)
        is not None
    )
    if not candidate or conjunction:
        # "Azerbaijan hasn't disclosed ..., but says", "Police found 12 bodies, and said":
        # the subject of the first clause
        if not conjunction and (
            not stops or stops[-1].group(0).strip().lower() not in {"but", "and"}
        ):
            return None
        head = _rx(
            # ("The RSF, in a statement on Telegram, denied ... and said": the subject before
            # the aside)
            r"\s*(?P<np>(?:[\w’'.-]+\s+){0,6}?|[\w’'.-]+(?:\s+[\w’'.-]+){0,5}?(?=,[^,;]{3,60},\s))"
            r"(?:,[^,;]{3,60},\s+)?"
            r"(?=(?:has|have|had|hasn|haven|is|are|was|were|did|"
            r"didn|does|doesn|will|would|says|said|reported|also|found|put|gave|told|took|saw|"
            r"(?-i:[a-z]+ed))\b)",
            regex.IGNORECASE,
        ).match(sentence)
        if head is None or head.end() > verb_start or not head.group("np").strip():
            return None
        words = head.group("np").strip()
        if not _looks_like_subject(words):
            return None
        return words, head.start("np")
    # "..., and local prosecutors put the toll at 11": the conjunction is not the name
    candidate = _rx(r"^(?:and|or|so|yet|then)\s+(?=\S)", regex.I).sub("", candidate)
    words = candidate.split()
    if len(words) > 10 or not _looks_like_subject(candidate):
        return None
    offset = window_start + chunk.rfind(candidate)
    return candidate, offset


_NAME_BEFORE_WHICH = regex.compile(
    r"(?:(?:the|a|an)\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?-i:\p{Lu})[\p{L}\d’'-]*\Z", regex.I
)
_WHICH_BEFORE = regex.compile(r",\s*(?:which|who)\s+(?:also\s+|later\s+|had\s+|has\s+)?\Z", regex.I)
# a finite verb: words after "said" that are what was said, not who said it
_FINITE_VERB = regex.compile(r"\b(?:were|was|is|are|had|have|has|would|will)\b", regex.I)
_ASIDE_BEFORE_VERB = regex.compile(
    r",\s*(?:speaking|who\s+(?:spoke|asked|requested|declined)|requesting|asking)\b"
    r"[^\"“”;,]{0,200}(?:,[^\"“”;,]{0,80})?,\s*\Z",
    regex.I,
)


def _looks_like_subject(words: str) -> bool:
    for number in _rx(r"(?<!\p{L})\d[\d,.]*(?![\p{L}\d])").finditer(words):
        before = words[: number.start()].split()[-1:]
        if not (before and before[0][:1].isupper() and before[0].lower() not in _DETERMINERS):
            return False  # a count ("12 people"), not a name ("M23", "Rescue 1122")
    tokens = words.split()
    if not tokens or len(tokens) > 10:
        return False
    if tokens[-1].lower() in {"the", "a", "of", "to", "in", "on", "was", "were", "is", "are", "be"}:
        return False
    if _rx(r"\b(?:number|figure|toll|than|total|tally)\b", regex.IGNORECASE).search(words):
        return False
    first = tokens[0]
    if first.lower() in {"whom", "which", "whose"}:
        return False  # "the attackers, whom residents put at about 80": a relative clause
    if first in {"I", "We", "we"} and len(tokens) > 1:
        return False  # "I am deeply alarmed by reports": the speaker's own clause
    if first.islower() and (
        first.endswith(("ed", "ing")) or first in {"been", "being", "have", "has", "had", "be"}
    ):
        return False  # "denied targeting civilians and", "been"
    return bool(_WORD.match(words))


_DETERMINERS = frozenset(
    {"the", "a", "an", "these", "those", "all", "some", "another", "about", "at", "over", "nearly"}
)
_NO_SOURCE_AFTER_ACCORDING = _words(r"\b(?:\L<w>)\s*\Z", "not_sources_after_according")
_TIME_BEFORE_SUBJECT = regex.compile(
    r"(?:(?:this|last|that|next)\s+(?:week|month|year|morning|evening|weekend)|today|yesterday|"
    r"overall|meanwhile|separately|also|however|earlier|later|in\s+total|in\s+all|"
    # "By Sunday evening the home ministry said", "Late on Monday police said"
    r"(?:(?:late|early|earlier|later)\s+)?(?:by|on)\s+(?:\p{L}+day|\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2})"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    # "Since January we have recorded", "In March, the office documented"
    # "In its daily report the ministry said", "In a message to media it said"
    r"|(?:in|on)\s+(?:a|an|its|their|the|his|her)\s+(?:[\w-]+\s+){0,3}?(?:report|statement|"
    r"message|post|update|briefing|bulletin|interview|video|communiqu[ée]|release|remarks)"
    r"(?:\s+(?:to|on|with)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    r"|(?:(?:since|in|during|throughout)\s+(?:early\s+|late\s+|mid-)?)?(?-i:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?)"
    r"\s*,?\s+",
    regex.I,
)


def _resolve(ctx: _Context, who: str, start: int, end: int) -> _Attribution:
    cleaned = who.strip().strip("“”\"'’")
    # "This week the monitor recorded ...": a time before the subject is not its name
    if (lead := _TIME_BEFORE_SUBJECT.match(cleaned)) is not None and lead.end() < len(cleaned):
        start += lead.end()
        cleaned = cleaned[lead.end() :]
    lowered = cleaned.lower()
    if (
        ctx.doc_source is not None
        and start > ctx.head_end
        and _FIRST_PERSON_BODY.fullmatch(lowered)
        and not _inside_quote(ctx.text, ctx.text.rfind("\n", 0, start) + 1, start)
    ):
        # "our Office verified", "according to figures we consider credible" in a briefing
        # whose title lines name its speaker: the speaker's office
        return dataclasses.replace(ctx.doc_source, text=cleaned, start=start)
    reporter: str | None = None
    side: str | None = None
    if ctx.reporter_alias is not None and ctx.profile is not None:
        table = ctx.profile.reporter_aliases()
        hits = [word.lower() for _, _, word in ctx.reporter_alias.find(cleaned.replace("’", "'"))]
        if hits:
            reporter = table[max(hits, key=len)]
            side = ctx.profile.reporter_side(reporter)
        else:
            # "the health ministry" in a Gaza story: the one reporter whose aliases, less
            # their place names, read the same ("Gaza health ministry")
            candidates = _profile_cores(ctx.profile).get(_core(cleaned, ctx.profile), ())
            reporter = _pick_by_place(ctx, candidates, start)
            side = ctx.profile.reporter_side(reporter) if reporter else None
    # "the UK-based war monitor", "a Nairobi-based researcher": where it sits, not its name
    based = _rx(r"\b[\p{L}.’'-]+-based\b\s*").sub("", cleaned)
    bare = _rx(r"^(?:the|a|an)\s+").sub("", lowered)
    generic = (
        bare not in _PEOPLE_SOURCES
        # "the county commissioner", "the regional police chief": a specific office
        and not (
            len(bare.split()) >= 2
            and bare.split()[-1] in _PERSON_ROLES
            and lowered not in ctx.pat.generic_reporters
            and bare not in ctx.pat.generic_reporters
        )
        and (
            lowered in ctx.pat.generic_reporters
            # "the Mission", "the Ministry": a body's kind, capitalised, points back all the same
            or (
                _rx(r"(?:the|this)\s+\w+").fullmatch(lowered) is not None
                and lowered.split()[-1] in _BODY_HEADS | _CARRY_HEADS
            )
            or bare in ctx.pat.generic_reporters
            or not _CAP_WORD.search(based)
            or (bare != lowered and not _CAP_WORD.search(based.split(None, 1)[-1]))
        )
        and not _named_body(bare, ctx)
    )
    pronoun = lowered in ctx.pat.pronouns
    if reporter is None and not pronoun:
        key = normalise_reporter(cleaned, _frame_country(ctx, start) or _topic_country(ctx))
        defined = _document_acronyms(ctx)
        if defined:
            # "SNHR" and "the Syrian Network for Human Rights" after "... (SNHR)": one body
            key = defined.get(key, key)
        reporter = key or None  # (words with no name in them give no key)
        # not from a person's name: "police spokesman Abdifatah Aden" is no Yemeni
        named = _ROLE_THEN_NAME.search(based)
        side = side_from_text(based[: named.start("name")] if named else based)
    named = not pronoun and (
        not generic
        or (
            reporter is not None
            and ctx.profile is not None
            and reporter in {r.id for r in ctx.profile.reporters}
        )
    )
    return _Attribution(
        text=cleaned,
        start=start,
        end=end,
        reporter=reporter if not pronoun else None,
        side=side,
        named=named,
    )


# people who speak for themselves: "residents said" is not the body named before
_PEOPLE_SOURCES = frozenset(_GRAMMAR["people_sources"])
_PERSON_ROLES = frozenset(_GRAMMAR["person_roles"])
_ROLE_THEN_NAME = regex.compile(
    r"\b(?:spokes(?:man|woman|person)|official|governor|minister|mayor|commander|director|"
    r"chief|president|head|secretary|general|colonel|captain|adviser|advisor|envoy|"
    r"coordinator|representative|commissioner|administrator|officer|doctor|leader|resident|"
    r"witness|survivor)[,\s]+(?P<name>(?-i:\p{Lu})[\p{L}’'.-]+(?:\s+(?-i:\p{Lu})[\p{L}’'.-]+){0,3})\s*\Z",
    regex.I,
)
_BODY_HEADS = frozenset(_GRAMMAR["body_heads"])
_OF_PHRASE = regex.compile(r"\s+of\s+(?:the\s+)?[^,;:.\d]{1,70}?(?=,)")


def _one_person(ctx: _Context, word: str) -> bool:
    """A singular noun of a person ("reservist", "woman", "policeman", "child")."""
    plurals = (
        word + "s",
        word[:-3] + "men" if word.endswith("man") else "",
        "children" if word == "child" else "",
    )
    return any(p in ctx.pat.noun_status for p in (word, *plurals) if p) and not word.endswith("s")


_ONE_PERSON_BEFORE = regex.compile(
    r"\b(?:a|an|the|one|another)\s+(?:[\p{L}-]+\s+){0,2}?(?P<who>[\p{L}-]+),\s*\Z", regex.I
)
_AN_AGE = regex.compile(
    r"\b(?:aged|ages?\s+of|(?:under|over|above|below)\s+the\s+age\s+of|ages?)\s+"
    r"(?:(?:between|from|of|about|around)\s+)?\Z",
    regex.I,
)
_WORDS_AFTER = regex.compile(r"\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?")
_WORD_AFTER = regex.compile(r"[ \t]+([\p{L}-]+)")
_PLACE_UNITS = frozenset(_GRAMMAR["place_units"])
_CARRY_HEADS = frozenset(_GRAMMAR["carry_heads"])


def _named_body(bare: str, ctx: _Context) -> bool:
    """A body named in lowercase: "the interior ministry", "state media", "the disaster
    management agency" (a head of a body with a word that says which)."""
    # "a doctor at the main hospital": a person at a body, not the body
    words = _rx(r"\s(?:at|from|with)\s").split(bare, maxsplit=1)[0].split()
    return (
        2 <= len(words) <= 6
        and words[-1] in _BODY_HEADS
        and bare not in ctx.pat.generic_reporters
        and words[0] not in ctx.pat.pronouns
    )


_OFFICE_OF = regex.compile(
    r"\b(ministry|department|office|directorate|agency|minister|secretariat)\s+of\s+(?:the\s+)?"
    r"(public\s+health|health|defence|interior|foreign\s+affairs|information|emergencies|"
    r"emergency\s+situations|social\s+affairs|civil\s+protection|disaster\s+management)\b"
)


_POSSESSIVE = regex.compile(r"'s\b")
_PUNCTUATION = regex.compile(r"[^\p{L}\p{N}\s-]")
_DEFENSE = regex.compile(r"\bdefense\b")


_DOTTED_ACRONYM = regex.compile(r"\b(?:\p{L}\.){2,}")


@functools.lru_cache(maxsize=4096)
def reporter_key(name: str) -> str:
    """Canonical words of a reporter's name: lowercase, no articles or possessives, one
    spelling ("defense" → "defence"), "ministry of health" → "health ministry"."""
    lowered = name.lower().replace("’", "'")
    lowered = _POSSESSIVE.sub("", lowered)
    lowered = _DOTTED_ACRONYM.sub(lambda m: m.group(0).replace(".", ""), lowered)  # "U.N." → "un"
    lowered = _PUNCTUATION.sub(" ", lowered)
    lowered = _DEFENSE.sub("defence", lowered)
    lowered = _OFFICE_OF.sub(r"\2 \1", lowered)
    words = [w for w in lowered.split() if w not in {"the", "a", "an", "its", "their"}]
    if len(words) > 1 and words[0].endswith("-based"):
        words = words[1:]  # "the Britain-based Syrian Observatory": where it sits, not its name
    if len(words) > 1 and words[0] in ("el", "la", "los", "las", "le", "les", "il", "lo", "os"):
        words = words[1:]  # "el Servicio Médico Legal", "le ministère"
    if len(words) > 1 and words[0] in _COUNT_WORDS:
        words = words[1:]  # "two army sources", "three witnesses": who they are, not how many
    return " ".join(words)


_COUNT_WORDS = frozenset(_GRAMMAR["source_count_words"])


@functools.cache
def _place_words(profile: Profile) -> frozenset[str]:
    words: set[str] = set()
    for side in profile.sides:
        for alias in (*side.aliases, side.name, side.id):
            words.update(reporter_key(alias).split())
    return frozenset(words)


@functools.lru_cache(maxsize=4096)
def _core(name: str, profile: Profile) -> str:
    places = _place_words(profile)
    return " ".join(w for w in reporter_key(name).split() if w not in places)


@functools.cache
def _profile_cores(profile: Profile) -> dict[str, tuple[str, ...]]:
    """Core of each reporter alias (place names dropped) → the reporter ids that have it."""
    seen: dict[str, list[str]] = {}
    for reporter in profile.reporters:
        for alias in (*reporter.aliases, reporter.name):
            core = _core(alias, profile)
            if len(core.split()) >= 2 and reporter.id not in seen.get(core, []):
                seen.setdefault(core, []).append(reporter.id)
    return {core: tuple(ids) for core, ids in seen.items()}


def _pick_by_place(ctx: _Context, candidates: tuple[str, ...], start: int) -> str | None:
    """One of several reporters sharing a name ("health ministry"): the one whose side the
    line names ("Ministry of Health – Gaza Strip"), else the document's."""
    if len(candidates) <= 1 or ctx.profile is None:
        return candidates[0] if candidates else None
    line_start = _line_start(ctx.text, max(0, start))
    line_end = ctx.text.find("\n", start)
    line = ctx.text[line_start : len(ctx.text) if line_end < 0 else line_end]
    for fragment in (line, ctx.text[:3000]):
        named = list(dict.fromkeys(_sides_not_agents(ctx, fragment)))
        for reporter_id in candidates:
            if ctx.profile.reporter_side(reporter_id) in named[:1]:
                return reporter_id
    return None


_DEFINED_ACRONYM = regex.compile(
    r"(?P<name>\p{Lu}[\w’'.-]*(?:[ \t]+(?:(?:and|of|for|on|&|de|du|des)[ \t]+(?:the[ \t]+)?)?"
    r"\p{Lu}[\w’'.-]*){1,8})[ \t]*\((?P<acr>\p{Lu}{2,8})\)"
)


def _document_acronyms(ctx: _Context) -> dict[str, str]:
    """The grouping keys of the bodies a document names with an acronym in brackets, by the
    keys of their acronym alone and of their name alone."""
    if ctx.acronym_keys is None:
        keys: dict[str, str] = {}
        if "(" in ctx.text:
            country = _topic_country(ctx)
            for m in _DEFINED_ACRONYM.finditer(ctx.text):
                name = _rx(r"^(?:The|A)\s+").sub("", m.group("name"))
                if len(name.split()) < 2 or side_from_text(name) == name:
                    continue
                full = normalise_reporter(f"{name} ({m.group('acr')})", country)
                keys.setdefault(normalise_reporter(m.group("acr"), country), full)
                keys.setdefault(normalise_reporter(name, country), full)
        ctx.acronym_keys = keys
    return ctx.acronym_keys


def normalise_reporter(name: str, country: str | None = None) -> str:
    """A grouping key for a reporter named in free text: lowercase words, no articles or
    possessives, "X in Y" turned into "y x" ("the Health Ministry in Gaza" and "Gaza's
    health ministry" both give "gaza health ministry"), a people's name turned into its
    country's ("Libyan Red Crescent" → "libya red crescent"), one word for a public body
    ("directorate", "authority" → "agency"), and, for a body that names no country, the
    ``country`` a story is about ("the Civil Protection Directorate" in a story about Haiti
    and "Haiti's civil protection agency" both give "haiti civil protection agency").

    >>> normalise_reporter("the Civil Protection Directorate", "Haiti")
    'haiti civil protection agency'
    >>> normalise_reporter("Haiti's civil protection agency")
    'haiti civil protection agency'
    """
    joined = reporter_key(name)
    flipped = _rx(r"^(?P<org>.+?)\s+(?:in|of|for)\s+(?P<place>[\p{L}-]+)$").match(joined)
    if flipped and side_from_text(name[name.lower().rfind(flipped.group("place")) :].title()):
        joined = f"{flipped.group('place')} {flipped.group('org')}"
    words = joined.split()
    table = demonym_table()
    named_country = any(table.get(w.title()) or table.get(w.upper()) for w in words)
    generic_body = any(w in _ORG_WORDS for w in words)
    words = ["agency" if w in _BODY_WORDS else w for w in words]
    if generic_body and words and (side := table.get(words[0].title())) is not None:
        # "Libyan Red Crescent", "Haitian civil protection": the country's name, as in
        # "Libya's Red Crescent"; proper names ("Syrian Observatory ...") keep their words
        words[0] = reporter_key(country_names().get(side, words[0]))
    if country and not named_country and generic_body and not _INTERNATIONAL.intersection(words):
        words.insert(0, reporter_key(country))  # (not "the U.N. human rights office")
    return " ".join(words)


_BODY_WORDS = frozenset(_GRAMMAR["body_synonyms"])
# words of bodies that belong to no one country
_INTERNATIONAL = frozenset(_GRAMMAR["international_words"])


_NAME_JOINERS = frozenset(
    ("and", "of", "for", "the", "on", "in", "&", "de", "du", "des", "la", "et", "y")
)


def reporter_acronyms(name: str) -> frozenset[str]:
    """The acronyms a body's name stands for, lowercase: its own acronym when it is one or
    gives one in brackets, and the initials of its capitalised words, with and without a
    place that leads them ("National Disaster Risk Reduction and Management Council" →
    "ndrrmc"; "Pakistan's National Disaster Management Authority" → "pndma", "ndma").

    >>> sorted(reporter_acronyms("the National Disaster Management Authority (NDMA)"))
    ['ndma']
    >>> sorted(reporter_acronyms("Pakistan's National Disaster Management Authority"))
    ['ndma', 'pndma']
    """
    found: set[str] = set()
    for m in _ACRONYM_WORD.finditer(name):
        found.add(m.group(0).lower())
    bare = _BRACKETED.sub(" ", name.replace("’", "'"))
    words = [w for w in _POSSESSIVE.sub("", bare).replace("-", " ").split() if w]
    words = [w.strip(",.;:") for w in words if w.strip(",.;:").lower() not in _NAME_JOINERS]
    if len(words) >= 2 and all(w[:1].isupper() for w in words):
        initials = "".join(w[0] for w in words).lower()
        found.add(initials)
        lead = 0
        while lead < len(words) - 2 and side_from_text(words[lead]) is not None:
            lead += 1
            found.add(initials[lead:])
    return frozenset(a for a in found if len(a) >= 2)


_ACRONYM_WORD = regex.compile(r"(?<![\p{L}\d])\p{Lu}{2,8}(?![\p{L}\d])")
_BRACKETED = regex.compile(r"\([^)]*\)")
_ORG_WORDS = frozenset(_GRAMMAR["organisation_words"])


def _previous_sentence(text: str, start: int) -> tuple[int, int] | None:
    """The sentence that ends before ``start``, if any."""
    pos = start - 1
    while pos >= 0 and text[pos].isspace():
        pos -= 1
    if pos < 0:
        return None
    span = _segment.sentence_at(text, pos)
    return span if span[1] <= start and span[0] < start else None


def _carried_reporter(ctx: _Context, s_start: int, head: str | None = None) -> _Attribution | None:
    """The last named reporter in the six sentences before (at most two paragraphs back);
    with a ``head`` ("ministry" of "the ministry said"), the last one whose name has it, when
    one does ("the interior ministry", "the Civilian Impact Monitoring Project")."""
    if head not in _BODY_HEADS and head not in _CARRY_HEADS and head not in _INSTITUTION_HEADS:
        head = None  # "officials", "a spokesman": whoever was named last
    key = (s_start, head)
    if key not in ctx.carried_memo:  # every figure of a sentence asks the same
        ctx.carried_memo[key] = _look_back_for_reporter(ctx, s_start, head)
    return ctx.carried_memo[key]


def _last_speaker(ctx: _Context, s_start: int) -> _Attribution | None:
    """The last source of the three sentences before (in this paragraph or the one before)
    that is not a pronoun, named or not ("the fisherman", "a resident")."""
    text = ctx.text
    pos = s_start
    for _ in range(3):
        prev = _previous_sentence(text, pos)
        if prev is None or text.count("\n\n", prev[1], s_start) > 1:
            return None
        found = [
            a
            for a in _sentence_attributions(ctx, prev[0], prev[1])
            if a.reporter and not _is_pronoun(ctx, a.text)
        ]
        if found:
            last = found[-1]
            if last.text.lower() in ctx.pat.generic_reporters and last.text.split():
                # "the sources said. ... they said": whom "the sources" pointed back to
                back = _carried_reporter(ctx, prev[0], last.text.split()[-1].lower())
                if back is not None:
                    return dataclasses.replace(back, text=last.text)
            return last
        pos = prev[0]
    return None


def _title_names(ctx: _Context, head: str) -> bool:
    """True when the title lines that name a document's author have ``head``: "the Division
    documented" under "UNMISS Human Rights Division — Brief on ..."."""
    return (
        ctx.doc_source is not None
        and head in ctx.text[: max(0, min(ctx.head_end, 600))].lower().split()
    )


def _look_back_for_reporter(ctx: _Context, s_start: int, head: str | None) -> _Attribution | None:
    text = ctx.text
    pos = s_start
    breaks = 0
    last: _Attribution | None = None
    for _ in range(6):
        prev = _previous_sentence(text, pos)
        if prev is None:
            break
        if "\n\n" in text[prev[1] : pos]:
            breaks += 1
            if breaks > 2:
                break
        found = [a for a in _sentence_attributions(ctx, prev[0], prev[1]) if a.named and a.reporter]
        if found and (head is None or head == "group"):
            # ("the group said" fits any body: the one named last)
            return found[-1]
        for a in reversed(found):
            if head in a.text.lower().split():
                return a
            if head in _INSTITUTION_HEADS and head in reporter_key(a.text).split():
                return a
        if head is not None:
            for a in reversed(_sentence_attributions(ctx, prev[0], prev[1])):
                lowered = a.text.lower()
                if (
                    a.reporter
                    and head in lowered.split()
                    and lowered not in ctx.pat.generic_reporters
                    and lowered != head
                ):
                    if not a.named and found:
                        # "SOHR documented 347 deaths, the UK-based war monitor said": the
                        # body the description stood for
                        return found[-1]
                    if not a.named and ctx.doc_source is not None and _title_names(ctx, head):
                        return dataclasses.replace(ctx.doc_source, text=a.text)
                    return a  # "the sources said" after "two army sources told Reuters"
        last = last or (found[-1] if found else None)
        pos = prev[0]
    if head is not None:
        # "For 2024, the office recorded ..." paragraphs after "the U.N. human rights office
        # said": the body an earlier figure was credited to under a name with this head
        for claim in reversed(ctx.claims):
            if (
                claim.reporter
                and claim.reporter_text
                and head in claim.reporter_text.lower().split()
                # (not one told by the same words: "the office said" under "The office's
                # monthly report listed:" goes back to the office that report is by)
                and _rx(r"(?:the|this|its)\s+\w+(?:['’]s)?", regex.I).fullmatch(
                    claim.reporter_text.strip()
                )
                is None
            ):
                return _carried_from(ctx, claim)
    if head in _INSTITUTION_HEADS and last is not None and last.side is None:
        # "The army said" after a community leader's name or a doctors' network: the army,
        # not them (after "Niger's defence ministry", the same state speaking)
        return None
    return last


def _looks_like_person(words: str) -> bool:
    """ "Bukar Modu", "Colonel Serge Abena": a person's name, not a body or a country."""
    return (
        _rx(r"(?:\p{Lu}[\p{L}’'.-]+\s+){1,3}\p{Lu}[\p{L}’'.-]+").fullmatch(words.strip())
        is not None
        and not any(
            w.lower() in _BODY_HEADS | _CARRY_HEADS | _ORG_WORDS | _INSTITUTION_HEADS
            for w in words.split()
        )
        and side_from_text(words) is None
        and not _rx(r"^(?:The|A|An)\s|\b\p{Lu}{2,}\b").search(words.strip())  # "The IDF"
    )


# bodies that are themselves, not a pointer back to whoever spoke last
_INSTITUTION_HEADS = frozenset(_GRAMMAR["institution_heads"])


# ---------------------------------------------------------------------------------------
# bulletins: a heading line sets reporter, date, baseline and place for the lines below


@dataclasses.dataclass(frozen=True)
class _Heading:
    attribution: _Attribution | None
    day: _dates.DateMention | None
    since: dt.date | None
    side: str | None
    outcome: Outcome | None
    daily: bool
    enemy: bool
    status: Status | None = None
    incident: bool = False  # names one incident ("Attack on ..., night of 7 to 8 June:")
    window: bool = False  # the nearest heading is a day's window ("In the past 24 hours:")
    period: bool = False  # names a bounded period ("Bilan des opérations du 10 au 16 février")


_ORG = regex.compile(
    r"""
    (?<![\p{L}\d’'-])(?P<org>(?:(?:the|a)\s+)?  # (not "admissions": no "missions" inside a word)
       (?:(?:(?-i:\p{Lu})[\w’'.-]*\s+(?:(?:and|of|for|&)\s+)?){1,6}?  # "National Disaster Risk
          |(?:[\w’'.-]+\s+){0,3}?)                                 #  Reduction and Management"
       (?:ministry|agency|office|directorate|centre|center|command|(?-i:Staff)|mission|authority|
          committee|service|department|council|society|crescent|network|observatory|institute|
          government|monitor|commission|organization|organisation|project|programme|program|
          bureau|secretariat|section|division|association|foundation|federation|alliance|coalition|union|unit|
          initiative|tracker|watch
          # "National Police of Ecuador", "Border Guard": a force named whole, not "Police said"
          |(?<=(?-i:\p{Lu})[\w’'.-]*\s)(?-i:Police|Guard))s?\b(?!-)
       (?:\s+(?:of|for|in|du|de\s+la|de|des|del|da|do)\s+(?:the\s+|l['’])?(?-i:\p{Lu})[\w’'.-]*
          (?:\s+(?:(?:and|&)\s+)?(?-i:\p{Lu})[\w’'.-]*){0,4}){0,2})
    | \((?P<acronym>(?-i:\p{Lu}{2,8}))\)
    | ^\W*(?-i:\p{Lu}[\p{Lu}\s]{2,30}?)(?:\s*\([^)]{1,30}\))?\s[—–-]\s+
      (?P<dash>(?-i:\p{Lu}(?:\p{Ll}{0,2}\p{Lu}){1,7}\p{Ll}{0,2}))  # "MALAWI — DoDMA", not
      (?=\s*[,:;(]|\s*\Z|\s+(?-i:[^\p{Lu}\s]))  # "KENYA — NATIONAL DISASTER OPERATIONS CENTRE"
    | ^\W*(?P<lead>(?-i:\p{Lu}{2,8}))\s*  # "AFAD (Disaster and ...", "OCHA | Democratic Republic
      (?=\((?-i:\p{Lu})|[—–]\s|\|\s(?![^\n]*\|))  # of the Congo" (not a table's "REGION | DEAD |")
    | \((?P<paren>(?-i:\p{Lu})[\p{L}’'.-]+(?:\s+(?-i:\p{Lu})[\p{L}’'.-]+){1,4})(?:,[^)]{0,30})?\)
    | ^\W*(?P<solo>(?-i:\p{Lu}{2,8}))\W*\Z  # a line or lead that is an acronym alone: "NDRRMA:"
    | (?<=\b(?:update|report|bulletin|sitrep|briefing|snapshot)\b[^—–]{0,20})\s[—–]\s+
      (?P<tail>(?-i:\p{Lu}(?:\p{Ll}{0,2}\p{Lu}){1,7}))(?=\s*(?:,|\Z|\d))  # "Update No. 2 — OCHA,"
    | (?<![\p{L}\d-])(?P<caps>(?-i:\p{Lu}{2,8}))(?![\p{L}\d-])
      (?=(?:[\s:,–—-]+[\p{L}\d-]+){0,4}[\s:,–—-]+(?:report|update|bulletin|briefing|brief|sitrep|
          situation|situational|figures|press|statement|data)\b)
    | ^\W*(?:(?-i:\p{Lu})[\p{L}’' -]{1,30}:\s+)?(?P<name>(?:(?-i:\p{Lu})[\w’'.-]*\s+){0,3}?
       (?-i:\p{Lu})[\w’'.-]*(?:\s+(?:spokes(?:man|woman|person)|press\s+(?:service|office)))?)
       (?:['’]s)?\s*,?\s+(?:(?:daily|weekly|monthly|quarterly|annual)\s+)?
       (?:update|report|briefing|brief|bulletin|situation\s+report|figures|statement|sitrep|flash)\b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


_LABEL_SOURCE = regex.compile(
    r"\b(?:according|from|by|said|says|figures|data|report|reports|update|tally|count)\b", regex.I
)
_SAY_VERBS = frozenset(("said", "says", "added", "stated", "wrote", "explained", "noted", "told"))
_COUNT_LABEL = _words(r"(?:\L<w>)\b", "count_labels")
_THING_AFTER_PREPOSITION = regex.compile(
    r"\b(?:of|on|at|in|near|from|against|across)\s+\Z", regex.I
)
_LABEL_JOINERS = frozenset(
    ("of", "and", "in", "on", "from", "by", "among", "total", "number", "medical", "humanitarian")
) | frozenset(_GRAMMAR["modifier_heads"])
_HEADING_TOLL = _words(r"\b(?:\L<w>)\b", "heading_tolls")
_SUBSET_LABEL = _words(r"(?:\L<w>)\s+", "subset_words")
# "(NDMA)", "(DoDMA)", "(MoPH)": an acronym, capitals with a small letter or two between
_BRACKET_ACRONYM = regex.compile(
    r"\s*\((?P<acr>(?=[\p{Lu}\p{Ll}]{2,8}\))\p{Lu}\p{Ll}{0,2}(?:\p{Lu}\p{Ll}{0,2})+)\)"
)


_REPORT_KINDS = frozenset(_GRAMMAR["report_kinds"])
_NOT_A_SOURCE = _REPORT_KINDS | frozenset(_GRAMMAR["story_labels"])


_TITLE_BY = regex.compile(
    r"\W*(?:(?:joint\s+|press\s+)?(?:statement|release|communiqu[eé]|remarks|briefing|"
    r"declaration|announcement)|press\s+release|news\s+release)\s+(?:No\.?\s*\d+\s+)?"
    r"(?:issued\s+)?(?:by|of|from)\s+"
    # ("Statement of the media centre of the Yemeni armed forces": a body named in lowercase)
    r"(?P<who>(?:the\s+(?=[\p{L}’'-]+\s+(?:[\p{L}’'-]+\s+){0,6}?(?-i:\p{Lu}))|the\s+(?-i:\p{Lu})|"
    r"(?-i:\p{Lu}))[^,;:—–(\n]{2,90}?)\s*(?:[,;:—–(]|\s-\s|\s+on\s|\Z)",
    regex.IGNORECASE,
)


def _caps_place(line: str, start: int, end: int) -> bool:
    """True when the capitals at ``start:end`` of a title, alone or with the capitals next to
    them, name a place ("SINALOA", "CABO DELGADO"), not a body's acronym."""
    words = _rx(r"(?:\p{Lu}{2,}\s+){0,2}\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}").match(
        line, max(0, line.rfind(" ", 0, max(0, start - 1)) + 1 if start else 0)
    )
    candidates = [line[start:end].title()]
    if words is not None:
        parts = words.group(0).split()
        candidates += [" ".join(parts[i : i + 2]).title() for i in range(len(parts) - 1)]
    return any(find_places(c) or side_from_text(c) is not None for c in candidates)


def _heading_reporter(ctx: _Context, start: int, end: int) -> _Attribution | None:
    """The source a heading names: "according to X", an office ("interior ministry"), an
    acronym in brackets ("(AFAD)"), or a name before "update"/"report" ("NDMA situation
    report"), but not a place ("Northern Ethiopia situation report")."""
    line = ctx.text[start:end]
    if _rx(r"\bout\s+of\s+(?:service|order|action)\b", regex.I).search(line):
        return None  # "Ambulances out of service: 9": a row, no body
    if _rx(
        r"^\W*(?:(?:reported|confirmed|total)\s+)?(?:\w+\s+){0,2}?(?:per|by)\s+(?:region|province|"
        r"district|department|governorate|county|state|municipality|prefecture|oblast|area|"
        r"country|sector|location|site|age|sex|gender|cause|category|status)\W*\Z",
        regex.I,
    ).match(line):
        return None  # "Reported dead per region:": what the table below counts
    for m in ctx.pat.according.finditer(line):
        who = m.group("who").strip()
        source = _resolve(ctx, who, start + m.start("who"), start + m.end("who"))
        if not source.named and source.text.split():
            # "According to the Britain-based monitor, the dead included:" over rows: the
            # body the description stands for, named before
            carried = _carried_reporter(ctx, start, source.text.split()[-1].lower())
            if carried is not None:
                return dataclasses.replace(carried, text=source.text)
        return source
    if ctx.reporter_alias is not None and len(line) <= 200:
        # "Lebanon — Public Health Emergency Operations Center, cumulative report": a
        # reporter the profile knows, named on the heading line
        hits = [
            h
            for h in ctx.reporter_alias.find(line.replace("’", "'"))
            if len(h[2].split()) >= 2
            and (
                any(w.lower() in _BODY_HEADS | _CARRY_HEADS for w in h[2].split())
                # "Sudanese Armed Forces — Office of the Official Spokesman": a force named
                # whole, capitalised, on a masthead
                or _NAMED_FORCE.fullmatch(line[h[0] : h[1]]) is not None
                # "MoH Gaza — daily statistics": an acronym of the body
                or any(_rx(r"\p{Lu}\p{L}*\p{Lu}").match(w) for w in line[h[0] : h[1]].split())
            )
        ]
        if hits:
            a, b, _ = max(hits, key=lambda h: h[1] - h[0])
            return _resolve(ctx, line[a:b], start + a, start + b)
    titled = _TITLE_BY.match(line)
    if titled is not None:
        # "Statement by the Special Envoy for the Great Lakes", "Press release of the
        # Ministry of Interior — 3 February 2025": the author the title names
        who = titled.group("who").strip()
        return _resolve(
            ctx, who, start + titled.start("who"), start + titled.start("who") + len(who)
        )
    if line.rstrip().endswith(":"):
        # "Oleh Syniehubov, head of the regional administration, said on Sunday:" over rows
        said = [
            a
            for a in _sentence_attributions(ctx, start, end)
            if a.named and a.reporter and _CAP_WORD.search(a.text.partition(" ")[2])
        ]
        if said:
            return said[0]
    head_name = _rx(r"\s[—–]\s|,").split(line.strip(), maxsplit=1)[0].strip()
    if (
        head_name.isupper()
        and len(head_name.split()) >= 2
        and any(w.lower() in _BODY_HEADS | _ORG_WORDS for w in head_name.split())
        and not _GOVERNMENT_OF.match(head_name)
    ):
        # "DIRECTORATE GENERAL OF CIVIL PROTECTION — PEOPLE'S DEMOCRATIC REPUBLIC OF ALGERIA":
        # a body named in capitals, whole
        at = start + line.find(head_name)
        return _resolve(ctx, head_name, at, at + len(head_name))
    found = list(_ORG.finditer(line))
    # "Ministry of Health — Emergency Medicine and Support Centre (EMSC)": the body that gives
    # its acronym is the one that speaks; its acronym goes with its name
    bracketed = [m for m in found if m.group("org") and _BRACKET_ACRONYM.match(line, m.end("org"))]
    found = bracketed + [m for m in found if m not in bracketed]
    for group in ("dash", "lead", "org", "acronym", "paren", "name", "solo", "caps", "tail"):
        for m in found:
            words = (m.group(group) or "").strip()
            if group == "org" and (tail := _BRACKET_ACRONYM.match(line, m.end("org"))):
                words = line[m.start("org") : tail.end()].strip()
            if group == "acronym" and _rx(
                r"\b(?:soldiers|troops|police|forces|army|fighters|militia|militiamen)\s*\Z",
                regex.I,
            ).search(line, 0, m.start()):
                continue  # "Soldiers (FARDC) killed": the force counted, not the source
            if (
                group == "caps"
                and words
                and (
                    side_from_text(words) is not None
                    or words.lower() in _NOT_A_SOURCE
                    # "SINALOA MONTHLY SECURITY REPORT", "CABO DELGADO SECURITY UPDATE": a
                    # place in a title in capitals, no acronym
                    or _caps_place(line, m.start("caps"), m.end("caps"))
                )
            ):
                continue  # "KEY FIGURES", "HUMAN IMPACT": a section's title
            if group == "solo" and (
                side_from_text(words.title()) is not None or words.lower() in _NOT_A_SOURCE
            ):
                continue  # "GAZA:", "UPDATE:", "BREAKING:"
            if not words or (group == "name" and side_from_text(words) is not None):
                continue
            if " ".join(w.capitalize() for w in words.split()) in demonym_table():
                continue  # "CENTRAL AFRICAN REPUBLIC: Flash Update No. 3": a country, no source
            if group in ("paren", "acronym") and (
                _rx(r"I\.\s?N\.").match(words)
                or _rx(
                    r"\b(?:typhoon|storm|cyclone|hurricane|depression|STS|TS|TY|STY)\W+\S+\W*\Z",
                    regex.I,
                ).search(line, 0, m.start())
            ):
                continue  # 'STS "KRISTINE" (I.N. TRAMI)': a storm's other name
            if (
                group == "paren"
                and (side_from_text(words) is not None or find_places(words))
                and not any(w.lower() in _BODY_HEADS | _ORG_WORDS for w in words.split())
            ):
                continue  # "Region III (Central Luzon)": a place's other name
            if group == "org" and (
                _HEADING_TOLL.match(words) or _rx(r"\b(?:by|per|wise)\b", regex.I).search(words)
            ):
                continue  # "Dead by department", "Deaths per province": what a table counts
            if group == "name" and _DISASTER_IN.search(words):
                continue  # "Cyclone update", "Monsoon situation report": the event, no one's name
            if (
                group == "lead"
                and (
                    side_from_text(words.title()) is not None
                    or words.lower() in _NOT_A_SOURCE
                    # "BOLOGNA — The regional agency said ...": a dateline over prose
                    or (
                        not line.rstrip().endswith(")")
                        and (len(line) > 100 or line.rstrip()[-1:] in ".:!?")
                    )
                )
            ):
                continue
            if group == "name" and all(w in _REPORT_KINDS for w in words.lower().split()):
                continue  # "Situation update No. 12", "Daily flash report": no one's name
            words = _rx(r"^(?:the|a)\s+", regex.I).sub("", words)
            if not reporter_key(words):
                continue  # "The statement read:": an article is no one's name
            offset = start + line.find(words)
            return _resolve(ctx, words, offset, offset + len(words))
    return None


_MEASURE = regex.compile(r"\d\s*(?:°|%|km\b|mm\b|cm\b|kg\b|m\b|hPa\b)")
# "Report date: 04.06.2026", "Date: 29 October 2026": a dated title line, not a table's row
_DATE_ROW = regex.compile(
    r":\s*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4})"
    r"[^:\n]{0,40}\Z"
)
# "Arequipa 14" under "Dead by department": a row whose label and figure a space parts
_BARE_ROW = regex.compile(r"[\s•*·–-]*\p{Lu}[\p{L}’' -]{1,40}?\s+\d[\d,.]*\s*\Z")
_BY_UNIT_LIST = _words(
    r"[\s•*·–-]*(?:(?:reported|confirmed|total)\s+)?(?P<toll>\L<w>)\s+(?:by|per)\s+[\p{L}-]+\s*:",
    "heading_tolls",
)
# one item of such a list, right before its count: ", CALABARZON ", "(Camarines Sur "
_LIST_ITEM = regex.compile(r"(?:\G\s*|[,;(:]\s*)(?P<label>\p{Lu}[\p{L}’' -]{0,30}?)\s+\Z")
_DIED_LABELS = frozenset(_GRAMMAR["died_labels"])
_BARE_LABEL = regex.compile(r"[\s•*·–-]*(?P<label>\p{Lu}[\p{L}’' ()-]{1,40}?)\s+\Z")
_TABLE_ROW = regex.compile(r"[:—–=-]\s*(?:about\s+|over\s+)?\d[\d,.]*\s*(?:\([^)]*\)\s*)?\Z")


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _heading(ctx: _Context, s_start: int, figure_start: int) -> _Heading | None:
    """What the lines above a bulletin line say of it ("Lebanon – health ministry daily report
    (cumulative since 8 October 2023)" over "Killed: 1,204"), or the words before a colon
    in a one-line bulletin ("figures from the UN office in Tripoli as of 19 September: dead,
    3,958")."""
    text = ctx.text
    line_start = _line_start(text, figure_start)
    colon = text.rfind(":", max(s_start, figure_start - 300), figure_start)
    # every figure of a bulletin asks about the same lines above it: read them once
    key = (s_start, line_start, colon)
    if key not in ctx.heading_memo:
        ctx.heading_memo[key] = _read_heading(ctx, s_start, figure_start, line_start, colon)
    return ctx.heading_memo[key]


def _heading_line(
    ctx: _Context, start: int, end: int
) -> tuple[list[_dates.DateMention], bool, _Attribution | None]:
    """A line above a bulletin row, read once: its dates, whether it holds a figure of its
    own, and the source it names."""
    key = (start, end)
    if key not in ctx.line_memo:
        line = ctx.text[start:end]
        mentions = _find_dates(ctx, start, end)
        dated = [(m.start, m.end) for m in mentions]
        has_figure = any(
            not any(a <= amount.start + start < b for a, b in dated) and not amount.year_like
            for amount in _numbers.find_amounts(line)
        )
        ctx.line_memo[key] = (mentions, has_figure, _heading_reporter(ctx, start, end))
    return ctx.line_memo[key]


def _undated_digit(ctx: _Context, start: int, end: int) -> bool:
    """True when the line holds a digit outside its dates ("Case fatality rate: 2.2%", not
    "Weekly update: 13–19 May 2024")."""
    dated = [(m.start, m.end) for m in _heading_line(ctx, start, end)[0]]
    return any(
        not any(a <= m.start() < b for a, b in dated)
        for m in _rx(r"\d").finditer(ctx.text, start, end)
    )


def _read_heading(
    ctx: _Context, s_start: int, figure_start: int, line_start: int, colon: int
) -> _Heading | None:
    text = ctx.text
    lines: list[tuple[int, int]] = []
    if colon > s_start and line_start <= s_start:
        lines.append((s_start, colon))
    if line_start > 0 and (line_start >= s_start - 1 or not text[line_start:s_start].strip()):
        pos = line_start - 1
        foreign = False  # inside a table above that has rows and headings of its own
        own_heading = False  # the row's block has a heading that says how its rows count
        other_section = False  # inside another headed section above: none of it is ours
        for _ in range(16):
            if pos <= 0:
                break
            start = _line_start(text, pos)
            line = text[start:pos]
            if line.strip() and other_section:
                pos = start - 1
                continue
            if not line.strip():
                # a blank line: go on only into a one-line heading paragraph above
                above = _line_start(text, max(0, start - 1))
                heading_line = text[above : max(above, start - 1)].strip()
                if start == 0 or not heading_line or heading_line[-1:] in '.!?"”':
                    break
                # the block above is a table of its own ("Sentenced to death: 156"): its rows
                # and their "Since the coup:" heading are not ours, a title above them is
                foreign = foreign or bool(
                    _TABLE_ROW.search(heading_line) and not _DATE_ROW.search(heading_line)
                )
                # "CUMULATIVE (since 21 February 2023)" with its rows, over "IN THE PAST 24
                # HOURS" with ours: a section with a heading of its own ends at the blank
                # line, and the rows and heading of the section above are another's
                other_section = (
                    own_heading
                    and bool(_TABLE_ROW.search(heading_line) or _ROW_START.match(heading_line))
                    # (a row with a count, not a title's dates: "Weekly update: 13–19 May")
                    and _undated_digit(ctx, above, max(above, start - 1))
                )
                block_line = text[_line_start(text, max(0, above - 1)) : max(0, above - 1)].strip()
                if above > 0 and block_line and (len(block_line) > 100 or block_line[-1] in ".!?"):
                    break  # the paragraph above is prose, not a heading
                pos = start - 1
                continue
            if not (foreign and (_TABLE_ROW.search(line) or line.rstrip().endswith(":"))):
                lines.append((start, pos))
                if (
                    not foreign
                    and start != line_start
                    and not _TABLE_ROW.search(line)
                    and not _ROW_START.match(line)
                    # (a heading that says how its rows count: "IN THE PAST 24 HOURS",
                    # "CUMULATIVE DEATHS BY PROVINCE"; not "B. District-wise deaths")
                    and (
                        _WINDOW_HEADING.search(line)
                        or _rx(r"\b(?:cumulative|total|since)\b", regex.I).search(line)
                    )
                ):
                    own_heading = True
            pos = start - 1
    if not lines:
        return None
    attribution = None
    day = None
    since = None
    since_vague = False  # since the start of the war the profile names, not a stated day
    side = None
    outcome = None
    daily = False
    incident = False
    period = False
    nearest: int | None = None  # the first line above the rows that is no sibling row
    enemy = False
    own_end = text.find("\n", figure_start)
    own_line = text[line_start : len(text) if own_end < 0 else own_end].strip()
    prose = len(own_line) > 100 and own_line[-1:] in '.!?"”' and own_line[:1] not in "•*-–·"
    # "1. In the past 24 hours:" over "Martyrs: 58", "Martyrs (24h): 24": a day's counts
    window = False
    for start, end in lines:  # nearest first
        line = text[start:end]
        if start != s_start and _rx(r"\d").search(line) and _TABLE_ROW.search(line):
            continue  # a sibling row ("Fatalities: 53 (+8 in the past 24 hours)")
        if start != s_start and _ROW_START.match(line) and _ROW_START.match(own_line):
            continue  # "- Kassala: 5 deaths, 141 cases" over "- Gedaref: 4 deaths, 97 cases"
        if _WINDOW_HEADING.search(line):
            window = not _rx(r"\b(?:cumulative|total|since)\b", regex.I).search(line)
            break
        if start != s_start:
            break  # another heading (or a title) is nearer
    for start, end in lines:  # nearest first
        line = text[start:end]
        if start != s_start and _ROW_START.match(line) and _ROW_START.match(own_line):
            # a sibling row of the same shape ("Kharkiv region — 3 injured; the toll of the
            # 4 February strike ..." over "Dnipropetrovsk region — 1 killed"): no heading
            continue
        line_dates, has_figure, line_reporter = _heading_line(ctx, start, end)
        if has_figure and start != s_start and _TABLE_ROW.search(line):
            # a sibling row above ("Civilians wounded on 28 February: 23" over "Deaths since
            # 14 February: 11"): its day, source and side are its own
            continue
        if nearest is None and start != s_start:
            nearest = start
        own_label = (
            start == s_start
            and bool(_TABLE_ROW.search(own_line))  # "AJK: 22", not "NDRRMA: 14 people died"
            and "(" not in line
            and not _LABEL_SOURCE.search(line)
            and not any(m.group("org") for m in _ORG.finditer(line))
        )
        if (
            has_figure
            and start != s_start
            and line.lstrip()[:1] in "•*-–·"
            and (prose or (own_line[:1] in "•*-–·" and line.rstrip()[-1:] in ".!?"))
        ):
            # a row above a line of prose is its sibling, not its heading; so is a sentence
            # of the same bulleted list ("- One soldier was killed in Jenin on 11 January.")
            continue
        if (
            attribution is None
            and (ctx.doc_source is None or start > ctx.head_end)
            # (the title lines name the document's author: ctx.doc_source); a row's own label
            # ("AJK: 22", "Injured admitted to hospitals: 146") names what it counts
            and not own_label
            # nor a row above with a sentence of its own ("Injured: 152 — revised after
            # duplicate records from the health network were removed")
            and not (
                has_figure
                and start != s_start
                and len(line) > 80
                and _rx(r"\W*[\p{L}][\p{L} /()’'-]{0,40}[:—–]\s*[~≈]?\d").match(line)
            )
            # nor a sibling row's own source ("Fallecidos (SML): 64" over "Lesionados: 133",
            # "Superficie afectada: 8,005 ha (CONAF)"): it speaks for its own row only
            and not (
                has_figure
                and start != s_start
                and (
                    _TABLE_ROW.search(line) or _rx(r"\W*[\p{L}][^:\n]{0,60}:\s*[~≈]?\d").match(line)
                )
            )
        ):
            attribution = line_reporter
        for mention in line_dates:
            after_since = _rx(r"\bsince\b[^,;.]{0,40}\Z", regex.I).search(
                text[max(start, mention.start - 45) : mention.start]
            )
            if after_since and mention.kind == "day" and (since is None or since_vague):
                # "Since the start of the escalation (17 September 2024):": the day that
                # names the start, not the conflict's start a profile gives for the words
                since, since_vague = mention.first, False
                continue
            if mention.kind == "since" and since is None:
                since = mention.first
                since_vague = mention.rule == "conflict_since"
            elif mention.kind == "period" and mention.rule != "window" and since is None:
                long_period = (
                    mention.first is not None
                    and mention.last is not None
                    and (mention.last - mention.first).days > 62
                )
                if long_period or _rx(
                    r"\b(?:cumulative|total|since|so\s+far|to\s+date)\b", regex.I
                ).search(line):
                    since = mention.first
                    day = day or dataclasses.replace(mention, first=mention.last)
                else:
                    # "weekly update, 9–15 January": counts for that period
                    daily = True
                    # (the rows' own heading, not a title's: "Weekly Snapshot | 20 – 26
                    # December" over a storm's running tolls)
                    period = period or start == nearest
                    day = day or mention
            elif (
                day is None
                and mention.last is not None
                # ("over the past day" counts up to the report, not to the day before it)
                and mention.rule != "window"
                and not _MEASURE.search(line)
                # (nor "Issued: 21 October 2024" under a title that dates its figures)
                and not _ISSUED.match(line)
            ):
                # (not "Highest temperature on 03.06.2026: 46.2 °C": a line's own figure's)
                day = mention
        if (
            since is None
            and _rx(
                r"\bdaily\b|past\s+(?:24\s+hours|day)|incidents?\b|\battack\b|\bstrike\b|\braid\b|"
                r"\bambush\b|\bmassacre\b|\bexplosion\b|\bbombing\b",
                regex.I,
            ).search(line)
            and not _rx(r"\b(?:cumulative|total|since)\b", regex.I).search(line)
        ):
            daily = True
            incident = incident or bool(
                _rx(
                    r"\b(?:attack|strike|raid|ambush|massacre|explosion|bombing)\b", regex.I
                ).search(line)
            )
        block = _COUNTRY_BLOCK.match(line)
        if side is None and (not has_figure or block):
            # "MALAWI — DoDMA: 13 dead, ...": a block's country, in capitals
            named = line
            if block is not None:
                named = block.group("country").title() + line[block.end("country") :]
            side = _side_in(ctx, named) if ctx.profile is not None else side_from_text(named)
            if side == "both":
                side = None
        if _rx(r"\b(?:the\s+)?enemy\b", regex.I).search(line):
            enemy = True
        if outcome is None:
            toll = _rx(r"\b(?:combat\s+)?losses\b|\bcasualties\b", regex.I).search(line)
            if toll is not None:
                outcome = Outcome.CASUALTIES
            else:
                word = _HEADING_TOLL.search(line)
                if word is not None:
                    outcome = ctx.pat.toll_outcome.get(word.group(0).lower())
        if (
            window
            and start != s_start
            and since is None
            and line.rstrip().endswith(":")
            and _WINDOW_HEADING.search(line)
        ):
            # "Last 24 hours:" under a block of totals "since 8 October 2023": the window's
            # heading ends what applies to its rows (the block above is another's)
            break
    status = None
    for start, end in lines:
        line = text[start:end]
        if (
            start != s_start
            and _rx(r"\d").search(line)
            and (line.lstrip()[:1] in "•*-–·" or _TABLE_ROW.search(line))
        ):
            continue  # a sibling row ("• At least 27 civilians killed"), not a heading
        if _rx(r"\bcivilians?\b", regex.I).search(text, start, end):
            status = Status.CIVILIAN
            break
    return _Heading(
        attribution, day, since, side, outcome, daily, enemy, status, incident, window, period
    )


# the start of a row of counts: "- Kassala: 5", "Region II — about 40", "CAR — dead 7"
_ROW_START = regex.compile(
    r"[\s•*·-]*\p{L}[\p{L} .'’()-]{0,40}?\s*[—–:]\s*(?:about\s+|over\s+|\p{Ll}+\s+)?\d"
)
_NAMED_FORCE = regex.compile(
    r"(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Armed\s+Forces|Army|Defen[cs]e\s+Forces|Military|Police|"
    r"Guard|Forces)"
)
# the start of a row of counts under a label, up to one of them: "- Nabatieh: ", "- South:
# 13 martyrs, "
_LABELLED_ITEMS = regex.compile(
    r"[\s•*·–-]*\p{Lu}[\p{L}’' ()-]{1,40}:\s*(?:\d[\d,]*\s+[\p{L}-]+(?:\s+[\p{L}-]+)?,\s*)*"
)
_COUNTRY_BLOCK = regex.compile(
    r"\W*(?P<country>\p{Lu}{3,}(?:\s+\p{Lu}{3,})*)(?:\s*\([^)]*\))?\s[—–-]\s"
)
_ISSUED = regex.compile(
    r"\W*(?:issued|published|released|posted|date\s+of\s+(?:issue|publication))\b", regex.I
)
_WINDOW_HEADING = regex.compile(
    r"\b(?:in|over|during|for)\s+the\s+(?:past|last|previous)\s+(?:24|48|72)\s*h(?:ours|rs|)\b|"
    r"\b(?:in|over|during|for)\s+the\s+(?:past|last|previous)\s+day\b|\(\s*(?:24|48)\s*h(?:ours|rs)?\s*\)|"
    r"\blast\s+24\s*h(?:ours|rs)?\b|\bpast\s+24\s*h(?:ours|rs)?\b|dernières\s+24\s+heures|"
    r"últimas\s+24\s+horas|ultime\s+24\s+ore",
    regex.I,
)


# ---------------------------------------------------------------------------------------
# headlines


def _headlines(ctx: _Context) -> None:
    """A headline restates the body: an unattributed headline figure takes the reporter,
    side and status of the body claim with the same value and outcome."""
    text = ctx.text
    first_line_end = text.find("\n")
    if first_line_end < 0:
        return
    head_end = first_line_end
    heads = [c for c in ctx.claims if c.end <= head_end]
    if not heads:
        return
    body = [c for c in ctx.claims if c.start > head_end]
    for claim in heads:
        match = next(
            (
                b
                for b in body
                if b.value == claim.value
                and b.outcome is claim.outcome
                and b.reporter is not None
                # a headline that names its source ("..., health officials say") keeps it
                and (claim.reporter is None or claim.as_of_source is AsOfSource.PUBLISHED)
            ),
            None,
        )
        if match is None:
            continue
        index = ctx.claims.index(claim)
        stated = match.as_of_source is not AsOfSource.PUBLISHED
        as_of = match.as_of if stated else claim.as_of
        earliest = claim.as_of_earliest
        if earliest is not None and as_of is not None and earliest > as_of:
            earliest = match.as_of_earliest  # (never an earliest day after the day itself)
        ctx.claims[index] = claim.replace(
            reporter=claim.reporter or match.reporter,
            reporter_text=claim.reporter_text if claim.reporter else match.reporter_text,
            side=match.side,
            status=claim.status if claim.status is not Status.UNSPECIFIED else match.status,
            as_of=as_of,
            as_of_earliest=earliest,
            rule=claim.rule + "+headline",
        )


def _splits_of_totals(ctx: _Context) -> None:
    """ "more than 2,000 on each side" after the same reporter's "almost 5,000 killed": a
    per-side split of a total takes the total's outcome ("casualties" in speech often means
    the dead the speaker counted a sentence earlier)."""
    for index, claim in enumerate(ctx.claims):
        if "each" not in claim.rule.split("+") or claim.outcome is not Outcome.CASUALTIES:
            continue
        part = claim.value if claim.value is not None else claim.low
        if claim.reporter is None or part is None:
            continue
        for total in ctx.claims:
            whole = total.value if total.value is not None else total.high
            if (
                total.reporter == claim.reporter
                and total.side == "both"
                and total.outcome is Outcome.KILLED
                and whole is not None
                and whole >= 2 * part
            ):
                ctx.claims[index] = claim.replace(
                    outcome=Outcome.KILLED, rule=claim.rule + "+split-of-total"
                )
                break


_HEDGED_PAST = regex.compile(r"\b(?:may|might|could)\s+have\b", regex.I)
_HEDGED_STATE = regex.compile(r"\b(?:may|might|could)\s+(?:still\s+)?be\b", regex.I)


def _check_modality(ctx: _Context, fig: _Fig, s_start: int) -> None:
    """Forecasts, hypotheticals, denials and negations are not claims."""
    text = ctx.text
    pat = ctx.pat
    before = text[max(s_start, fig.amount.start - 12) : fig.amount.start]
    if pat.negated_before.search(before):
        fig.rejected = "negated"
        return
    lead = text[max(s_start, fig.qstart - 60) : fig.qstart]
    if fig.via == "active":
        near = text[max(s_start, fig.qstart - 25) : fig.qstart]
        if pat.modal.search(near):
            fig.rejected = "hypothetical"
            return
    if fig.via == "passive":
        hedge = _HEDGED_PAST.search(fig.verb_text) or (
            fig.outcome is Outcome.MISSING and _HEDGED_STATE.search(fig.verb_text)
        )
        # "as many as 20,000 may have died", "up to five residents may be trapped": an
        # estimate hedged, not a forecast ("could be killed")
        if pat.modal.search(fig.verb_text) and not hedge:
            fig.rejected = "hypothetical"
            return
        clause = text[max(s_start, fig.amount.start - 40) : fig.amount.start]
        if not hedge and _rx(r"\b(?:could|would|might|may|will)\s+(?:\w+\s+){0,2}\Z").search(
            clause
        ):
            fig.rejected = "hypothetical"
            return
    if fig.via == "noun":
        between = text[fig.amount.end : fig.np_end]
        if _rx(r"\b(?:could|would|might|may|will|shall)\s+(?!have\b)", regex.I).search(
            between
        ) and not (fig.outcome is Outcome.MISSING and _HEDGED_STATE.search(between)):
            fig.rejected = "hypothetical"  # "Thousands could be killed if the dam bursts"
            return
    if pat.denial.search(lead) and _rx(
        r"\b(?:denied|denies|rejected|dismissed)\s+(?:claims?\s+|reports?\s+)?that\b", regex.I
    ).search(lead):
        fig.rejected = "denied"
        return
    if _rx(r"\b(?:if|unless|whether)\b[^,;]{0,40}\Z", regex.I).search(lead):
        fig.rejected = "hypothetical"


# Quiet the unused-name checker for names kept for readers of this module.
_ = (Qualifier, Outcome)
