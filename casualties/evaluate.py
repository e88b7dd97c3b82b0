"""Score the extractor against passages annotated by hand.

A gold folder holds one JSON file a passage: its ``text``, ``published`` date and the
``claims`` a careful analyst codes in it, each located by its ``quote``. :func:`evaluate`
runs :func:`casualties.extract` on every passage, pairs extracted claims with gold ones by
overlapping spans (one to one, best overlap first), and reports precision, recall and F1 of
finding claims, the accuracy of each field over the matched pairs, and every miss, extra and
wrong field with its words. The format is documented in ``docs/evaluation.md``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any

from .errors import InputError
from .extract import reporter_acronyms, reporter_key
from .records import Basis, Claim, Outcome, Qualifier, Status

__all__ = [
    "FIELDS",
    "STRICT_FIELDS",
    "Evaluation",
    "FieldScore",
    "GoldClaim",
    "Passage",
    "ScoredClaim",
    "WrongField",
    "evaluate",
    "load_gold",
]

# Fields scored over matched pairs, in report order.
FIELDS: tuple[str, ...] = (
    "value",
    "low",
    "high",
    "qualifier",
    "outcome",
    "status",
    "side",
    "reporter",
    "basis",
    "as_of",
    "historical",
)
# A "strict" match also has these right (those the gold claim gives).
STRICT_FIELDS: tuple[str, ...] = ("value", "outcome", "status", "basis", "side", "reporter")

_PASSAGE_KEYS = {"id", "published", "profile", "source", "text", "claims", "topic", "kind", "note"}
_CLAIM_KEYS = {"quote", "start", "optional", "note", *FIELDS}
_ENUMS: dict[str, tuple[str, ...]] = {
    "qualifier": tuple(m.value for m in Qualifier),
    "outcome": tuple(m.value for m in Outcome),
    "status": tuple(m.value for m in Status),
    "basis": tuple(m.value for m in Basis),
}

Extractor = Callable[..., Sequence[Claim]]


# ---------------------------------------------------------------------------------------
# gold passages


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class GoldClaim:
    """One annotated claim: its words, their offsets, and the fields the analyst coded.

    ``fields`` holds only the keys present in the JSON (values as JSON gives them: strings
    for enums and dates, ints, bools, None); absent fields are not scored.
    """

    passage: str
    index: int
    quote: str
    start: int
    end: int
    fields: Mapping[str, Any]
    optional: bool = False


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Passage:
    """One annotated text."""

    id: str
    text: str
    published: dt.date | None
    profile: str | None
    source: str | None
    claims: tuple[GoldClaim, ...]
    where: str


def _fail(where: str, problem: str) -> InputError:
    return InputError(f"{where}: {problem}")


def _check_field(name: str, raw: Any, where: str) -> None:
    if name in ("value", "low", "high"):
        if raw is not None and (isinstance(raw, bool) or not isinstance(raw, int) or raw < 0):
            raise _fail(where, f"{name} must be a non-negative integer or null, got {raw!r}")
    elif name in _ENUMS:
        if raw not in _ENUMS[name]:
            raise _fail(where, f"{name} must be one of {', '.join(_ENUMS[name])}; got {raw!r}")
    elif name in ("side", "reporter"):
        if raw is not None and (not isinstance(raw, str) or not raw.strip()):
            raise _fail(where, f"{name} must be a non-empty string or null, got {raw!r}")
    elif name == "as_of":
        if raw is not None:
            _parse_date(raw, where, name)
    elif name == "historical" and not isinstance(raw, bool):
        raise _fail(where, f"historical must be true or false, got {raw!r}")


def _parse_date(raw: Any, where: str, name: str) -> dt.date:
    if isinstance(raw, str):
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            pass
    raise _fail(where, f"{name} must be a date like 2024-03-15, got {raw!r}")


def _gold_claim(raw: Any, index: int, pid: str, text: str, where: str) -> GoldClaim:
    at = f"{where}: claims[{index}]"
    if not isinstance(raw, dict):
        raise _fail(at, "must be an object")
    extra = sorted(set(raw) - _CLAIM_KEYS)
    if extra:
        raise _fail(
            at,
            f"unknown key(s) {', '.join(map(repr, extra))}; allowed: "
            + ", ".join(sorted(_CLAIM_KEYS)),
        )
    quote = raw.get("quote")
    if not isinstance(quote, str) or not quote:
        raise _fail(at, f"quote must be a non-empty string, got {quote!r}")
    start = raw.get("start")
    if start is None:
        start = text.find(quote)
        if start < 0:
            raise _fail(at, f"quote {quote!r} not found in text")
    elif isinstance(start, bool) or not isinstance(start, int):
        raise _fail(at, f"start must be an integer offset, got {start!r}")
    elif text[start : start + len(quote)] != quote:
        raise _fail(at, f"quote {quote!r} is not at offset {start} of the text")
    optional = raw.get("optional", False)
    if not isinstance(optional, bool):
        raise _fail(at, f"optional must be true or false, got {optional!r}")
    fields = {name: raw[name] for name in FIELDS if name in raw}
    for name, value in fields.items():
        _check_field(name, value, at)
    return GoldClaim(
        passage=pid,
        index=index,
        quote=quote,
        start=start,
        end=start + len(quote),
        fields=fields,
        optional=optional,
    )


def _passage(data: Any, where: str, default_id: str) -> Passage:
    if not isinstance(data, dict):
        raise _fail(where, "a passage must be a JSON object")
    extra = sorted(set(data) - _PASSAGE_KEYS)
    if extra:
        raise _fail(
            where,
            f"unknown key(s) {', '.join(map(repr, extra))}; allowed: "
            + ", ".join(sorted(_PASSAGE_KEYS)),
        )
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _fail(where, "text must be a non-empty string")
    pid = data.get("id", default_id)
    if not isinstance(pid, str) or not pid:
        raise _fail(where, f"id must be a non-empty string, got {pid!r}")
    raw_published = data.get("published")
    published = None if raw_published is None else _parse_date(raw_published, where, "published")
    profile = data.get("profile")
    if profile is not None and (not isinstance(profile, str) or not profile):
        raise _fail(where, f"profile must be a profile name, 'auto' or 'none', got {profile!r}")
    source = data.get("source")
    if source is not None and not isinstance(source, str):
        raise _fail(where, f"source must be a string, got {source!r}")
    raw_claims = data.get("claims")
    if not isinstance(raw_claims, list):
        raise _fail(where, "claims must be a list (empty when the text has no claim)")
    claims = tuple(_gold_claim(c, i, pid, text, where) for i, c in enumerate(raw_claims))
    return Passage(
        id=pid,
        text=text,
        published=published,
        profile=profile,
        source=source,
        claims=claims,
        where=where,
    )


def load_gold(gold: str | Path | Iterable[Mapping[str, Any]]) -> list[Passage]:
    """Read and check gold passages: a folder of ``*.json`` files (sorted by name), one JSON
    file, or parsed passages. Raises :class:`InputError` naming the file and the key at fault.

    >>> [p.id for p in load_gold([{"id": "a", "text": "No figures.", "claims": []}])]
    ['a']
    """
    if isinstance(gold, (str, Path)):
        root = Path(gold)
        if root.is_dir():
            files = sorted(root.glob("*.json"))
            if not files:
                raise InputError(f"{root}: no *.json gold passages in this folder")
        elif root.is_file():
            files = [root]
        else:
            raise InputError(f"{root}: no such gold folder or file")
        passages = []
        for file in files:
            try:
                data = json.loads(file.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError) as exc:
                raise InputError(f"{file}: cannot read ({exc})") from None
            except json.JSONDecodeError as exc:
                raise InputError(f"{file}: not valid JSON: {exc}") from None
            passages.append(_passage(data, str(file), file.stem))
    else:
        passages = [_passage(data, f"passage {i}", f"passage-{i}") for i, data in enumerate(gold)]
    seen: dict[str, str] = {}
    for p in passages:
        if p.id in seen:
            raise _fail(p.where, f"id {p.id!r} is also used by {seen[p.id]}")
        seen[p.id] = p.where
    return passages


# ---------------------------------------------------------------------------------------
# results


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class ScoredClaim:
    """A gold claim nobody found (a miss) or an extracted claim with no gold (an extra)."""

    passage: str
    quote: str
    fields: Mapping[str, Any]


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class WrongField:
    """One field of a matched pair that the extractor got wrong."""

    passage: str
    quote: str
    field: str
    gold: Any
    extracted: Any
    extracted_quote: str


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class FieldScore:
    """Accuracy of one field over the matched pairs whose gold claim gives it."""

    field: str
    correct: int
    total: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Evaluation:
    """Scores of the extractor on gold passages, with every miss, extra and wrong field.

    ``gold`` and ``extracted`` count claims outside optional gold claims; ``matched`` pairs
    count once each; ``strict`` pairs also have value, outcome, status, basis, side and
    reporter right.
    """

    passages: int
    gold: int
    extracted: int
    matched: int
    strict: int
    fields: tuple[FieldScore, ...]
    misses: tuple[ScoredClaim, ...]
    extras: tuple[ScoredClaim, ...]
    wrong: tuple[WrongField, ...]

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.extracted)

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def strict_precision(self) -> float:
        return _ratio(self.strict, self.extracted)

    @property
    def strict_recall(self) -> float:
        return _ratio(self.strict, self.gold)

    @property
    def strict_f1(self) -> float:
        return _f1(self.strict_precision, self.strict_recall)

    def accuracy(self, field: str) -> float | None:
        """The accuracy of ``field`` over matched pairs (None when no gold claim gives it)."""
        for score in self.fields:
            if score.field == field:
                return score.accuracy
        raise KeyError(field)

    def summary(self) -> str:
        """The scores table alone."""
        lines = [
            f"{self.passages} passages, {self.gold} gold claims, {self.extracted} extracted, "
            f"{self.matched} matched",
            "",
            f"{'':<20}{'score':>8}",
            f"{'claim precision':<20}{self.precision:>8.3f}   {self.matched}/{self.extracted}",
            f"{'claim recall':<20}{self.recall:>8.3f}   {self.matched}/{self.gold}",
            f"{'claim F1':<20}{self.f1:>8.3f}",
            f"{'strict F1':<20}{self.strict_f1:>8.3f}   {self.strict} pairs with "
            + ", ".join(STRICT_FIELDS)
            + " right",
            "",
            "field accuracy over matched pairs",
        ]
        for score in self.fields:
            acc = "     n/a" if score.accuracy is None else f"{score.accuracy:>8.3f}"
            lines.append(f"  {score.field:<18}{acc}   {score.correct}/{score.total}")
        return "\n".join(lines)

    def format(self) -> str:
        """A readable report: the scores table, then every miss, extra and wrong field."""
        lines = [self.summary(), "", f"misses ({len(self.misses)}):"]
        lines += [f"  [{m.passage}] {m.quote!r}  {_describe(m.fields)}" for m in self.misses]
        lines += ["", f"extras ({len(self.extras)}):"]
        lines += [f"  [{e.passage}] {e.quote!r}  {_describe(e.fields)}" for e in self.extras]
        lines += ["", f"wrong fields ({len(self.wrong)}):"]
        lines += [
            f"  [{w.passage}] {w.quote!r}  {w.field}: gold {w.gold!r}, extracted {w.extracted!r}"
            for w in self.wrong
        ]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """Everything as JSON-ready values."""
        return {
            "passages": self.passages,
            "gold": self.gold,
            "extracted": self.extracted,
            "matched": self.matched,
            "strict": self.strict,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "strict_precision": self.strict_precision,
            "strict_recall": self.strict_recall,
            "strict_f1": self.strict_f1,
            "fields": {
                s.field: {"accuracy": s.accuracy, "correct": s.correct, "total": s.total}
                for s in self.fields
            },
            "misses": [
                {"passage": m.passage, "quote": m.quote, "fields": dict(m.fields)}
                for m in self.misses
            ],
            "extras": [
                {"passage": e.passage, "quote": e.quote, "fields": dict(e.fields)}
                for e in self.extras
            ],
            "wrong": [
                {
                    "passage": w.passage,
                    "quote": w.quote,
                    "field": w.field,
                    "gold": w.gold,
                    "extracted": w.extracted,
                    "extracted_quote": w.extracted_quote,
                }
                for w in self.wrong
            ],
        }


def _describe(fields: Mapping[str, Any]) -> str:
    return " ".join(f"{k}={v}" for k, v in fields.items() if v is not None and v is not False)


# ---------------------------------------------------------------------------------------
# scoring


def _got(claim: Claim, name: str) -> Any:
    """A claim's field as JSON gives it: enums as their values, dates as ISO strings."""
    raw = getattr(claim, name)
    if isinstance(raw, StrEnum):
        return raw.value
    if isinstance(raw, dt.date):
        return raw.isoformat()
    return raw


def _claim_fields(claim: Claim) -> dict[str, Any]:
    fields = {name: _got(claim, name) for name in FIELDS}
    fields["reporter_text"] = claim.reporter_text
    return fields


def _reporter_matches(gold: Any, claim: Claim) -> bool:
    if gold is None:
        return claim.reporter is None
    if claim.reporter is None and claim.reporter_text is None:
        return False
    wanted = _plain(str(gold))
    rid = _plain(claim.reporter or "")
    said = _plain(claim.reporter_text or "")
    if wanted == rid or (rid and wanted in rid):
        return True
    # the same name in its normalised form: "state prosecutor's office" and the key
    # "mexico state prosecutor office"
    key = reporter_key(str(gold))
    if key and rid and f" {key} " in f" {rid} ":
        return True
    if said and (wanted in said or said in wanted):
        return True
    # one body by its name and by its acronym: "ndrrmc" and "the National Disaster Risk
    # Reduction and Management Council"
    return (
        _acronym_of_other(wanted, claim.reporter_text or "")
        or _acronym_of_other(said, str(gold))
        # "ehrc", the normalised name of "the Ethiopian Human Rights Commission"
        or _acronym_of_other(rid, str(gold))
    )


def _plain(name: str) -> str:
    """Lowercase, straight apostrophes, no dots in initials ("U.N." is "un")."""
    lowered = name.lower().replace("’", "'")
    return _INITIALS.sub(lambda m: m.group(0).replace(".", ""), lowered)


_INITIALS = re.compile(r"\b(?:\w\.){2,}")


def _acronym_of_other(short: str, name: str) -> bool:
    short = short.strip()
    if not short or " " in short or not name:
        return False
    title = (
        name
        if any(c.isupper() for c in name)
        else " ".join(
            w if w in ("and", "of", "for", "the", "on", "in") else w.capitalize()
            for w in name.split()
        )
    )
    return short in reporter_acronyms(title) and short not in reporter_key(name).split()


def _field_matches(name: str, gold: Any, claim: Claim) -> bool:
    if name == "reporter":
        return _reporter_matches(gold, claim)
    got = _got(claim, name)
    if name == "side" and isinstance(gold, str):
        return isinstance(got, str) and got.lower() == gold.lower()
    return bool(got == gold)


def _pair(gold: Sequence[GoldClaim], found: Sequence[Claim]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, extracted index) of overlapping spans, best first: a pair
    whose figure agrees beats one that does not, then the larger overlap, then more fields
    agreeing."""
    candidates = []
    for gi, g in enumerate(gold):
        for ei, c in enumerate(found):
            overlap = min(g.end, c.end) - max(g.start, c.start)
            if overlap <= 0:
                continue
            figure = all(
                _field_matches(n, g.fields[n], c) for n in ("value", "low", "high") if n in g.fields
            )
            agree = sum(_field_matches(n, v, c) for n, v in g.fields.items())
            candidates.append((-int(figure), -overlap, -agree, gi, ei))
    candidates.sort()
    used_g: set[int] = set()
    used_e: set[int] = set()
    pairs = []
    for _, _, _, gi, ei in candidates:
        if gi in used_g or ei in used_e:
            continue
        used_g.add(gi)
        used_e.add(ei)
        pairs.append((gi, ei))
    return sorted(pairs)


def _run_extractor(passage: Passage, profile: Any, extractor: Extractor | None) -> list[Claim]:
    spec: Any = passage.profile if passage.profile is not None else profile
    if isinstance(spec, str) and spec.lower() == "none":
        spec = None
    if extractor is None:
        from .extract import extract

        extractor = extract
    return list(
        extractor(
            passage.text,
            published=passage.published,
            source=passage.source or passage.id,
            profile=spec,
        )
    )


def evaluate(
    gold: str | Path | Iterable[Mapping[str, Any]],
    *,
    profile: Any = "auto",
    extractor: Extractor | None = None,
) -> Evaluation:
    """Score :func:`casualties.extract` on gold passages (a folder of ``*.json`` files, one
    file, or parsed passages). ``profile`` applies to passages without their own "profile"
    key ("none" or None: no profile). ``extractor`` replaces :func:`casualties.extract`, for
    scoring other extractors or stored output; it is called like ``extract``.

    >>> ev = evaluate([{"id": "p", "text": "Floods killed 12 people.", "claims": [
    ...     {"quote": "killed 12 people", "value": 12, "outcome": "killed"}]}],
    ...     extractor=lambda text, **kw: [])
    >>> ev.recall, [m.quote for m in ev.misses]
    (0.0, ['killed 12 people'])
    """
    passages = load_gold(gold)
    n_gold = n_found = n_matched = n_strict = 0
    correct = dict.fromkeys(FIELDS, 0)
    total = dict.fromkeys(FIELDS, 0)
    misses: list[ScoredClaim] = []
    extras: list[ScoredClaim] = []
    wrong: list[WrongField] = []
    for passage in passages:
        found = _run_extractor(passage, profile, extractor)
        pairs = _pair(passage.claims, found)
        paired_gold = dict(pairs)
        paired_found = {ei for _, ei in pairs}
        optional_found = {ei for gi, ei in pairs if passage.claims[gi].optional}
        n_found += len(found) - len(optional_found)
        for gi, g in enumerate(passage.claims):
            if g.optional:
                continue
            n_gold += 1
            ei = paired_gold.get(gi)
            if ei is None:
                misses.append(ScoredClaim(passage=passage.id, quote=g.quote, fields=g.fields))
                continue
            n_matched += 1
            claim = found[ei]
            strict = True
            for name in FIELDS:
                if name not in g.fields:
                    continue
                total[name] += 1
                if _field_matches(name, g.fields[name], claim):
                    correct[name] += 1
                    continue
                if name in STRICT_FIELDS:
                    strict = False
                got = (
                    claim.reporter_text or claim.reporter
                    if name == "reporter"
                    else _got(claim, name)
                )
                wrong.append(
                    WrongField(
                        passage=passage.id,
                        quote=g.quote,
                        field=name,
                        gold=g.fields[name],
                        extracted=got,
                        extracted_quote=claim.quote,
                    )
                )
            n_strict += strict
        for ei, claim in enumerate(found):
            if ei not in paired_found:
                extras.append(
                    ScoredClaim(passage=passage.id, quote=claim.quote, fields=_claim_fields(claim))
                )
    return Evaluation(
        passages=len(passages),
        gold=n_gold,
        extracted=n_found,
        matched=n_matched,
        strict=n_strict,
        fields=tuple(FieldScore(field=f, correct=correct[f], total=total[f]) for f in FIELDS),
        misses=tuple(misses),
        extras=tuple(extras),
        wrong=tuple(wrong),
    )
