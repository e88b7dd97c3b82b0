"""The contract table: news-style sentences and the claims ``extract`` must read from them.

Every ``tests/cases/*.toml`` file holds ``[[case]]`` rows (format in each file's header).
Each row becomes one test, named by its ``id``. An expected claim is found by its ``figure``:
the runner locates that string in the text (its ``occurrence``-th appearance) and pairs it
with an extracted claim whose ``[start, end)`` overlaps the figure's span and whose fields
agree. Unpaired expected claims and extra extracted claims both fail the row.

``test_table_integrity`` checks the table itself (ids, keys, enums, dates, figures present,
sizes), so the specification cannot rot while the parser is being written.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from casualties.extract import normalise_reporter, reporter_key
from casualties.records import Basis, Outcome, Qualifier, Status, check_bounds

CASES_DIR = Path(__file__).parent / "cases"
PROFILES_DIR = Path(__file__).parent.parent / "casualties" / "data" / "profiles"

MIN_CASES = 230
MIN_NO_CLAIM_CASES = 70
MIN_TOPICS = 12

CASE_KEYS = {"id", "text", "published", "profile", "topic", "claims", "xfail", "note"}
REQUIRED_CASE_KEYS = {"id", "text", "published", "profile", "topic", "claims"}
DEFAULT_KEYS = {"published", "profile", "topic"}
CLAIM_KEYS = {
    "figure",
    "occurrence",
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
    "since",
    "historical",
}
REQUIRED_CLAIM_KEYS = {"figure", "outcome", "status", "basis"}
# Fields compared between an expected and an extracted claim, in display order.
SHOWN = (
    "quote",
    "value",
    "low",
    "high",
    "qualifier",
    "outcome",
    "status",
    "side",
    "reporter",
    "reporter_text",
    "basis",
    "as_of",
    "since",
    "historical",
)

_UNSET = object()  # a field the row does not check


# --------------------------------------------------------------------------- loading


@dataclass(frozen=True)
class Expected:
    """One expected claim, with the bounds its qualifier implies filled in."""

    figure: str
    occurrence: int
    span: tuple[int, int] | None  # the figure's [start, end) in the text; None if absent
    value: int | None
    low: Any
    high: Any
    qualifier: str
    outcome: str
    status: str
    side: Any
    reporter: Any
    basis: str
    as_of: Any
    since: Any
    historical: bool
    raw: dict[str, Any] = field(repr=False)


@dataclass(frozen=True)
class Case:
    id: str
    file: str
    text: str
    published: dt.date | None
    profile: str
    topic: str
    xfail: str | None
    expected: tuple[Expected, ...]
    raw: dict[str, Any] = field(repr=False)


def _as_date(raw: Any) -> dt.date | None:
    """TOML dates arrive as ``datetime.date``; strings "YYYY-MM-DD" are accepted too."""
    if raw is None or raw is _UNSET:
        return None
    if isinstance(raw, dt.datetime):
        raise ValueError(f"expected a date, got a datetime {raw!r}")
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, str):
        return dt.date.fromisoformat(raw)
    raise ValueError(f"expected a date, got {raw!r}")


def _find(text: str, figure: str, occurrence: int) -> tuple[int, int] | None:
    start = -1
    for _ in range(occurrence):
        start = text.find(figure, start + 1)
        if start < 0:
            return None
    return start, start + len(figure)


def _default_bounds(qualifier: str, value: int | None) -> tuple[Any, Any]:
    """The (low, high) a qualifier implies when the row leaves them out (DESIGN §1)."""
    if value is None:
        return None, None
    return {
        "exact": (value, value),
        "at_least": (value, None),
        "more_than": (value + 1, None),
        "at_most": (None, value),
        # "nearly 5,000": high 5000; DESIGN allows a documented low, so low is not checked.
        "nearly": (_UNSET, value),
        "less_than": (None, value - 1),
        "about": (None, None),
    }.get(qualifier, (None, None))


def _expected(raw: dict[str, Any], text: str) -> Expected:
    figure = raw.get("figure", "")
    occurrence = raw.get("occurrence", 1)
    qualifier = raw.get("qualifier", "exact")
    value = raw.get("value")
    low, high = _default_bounds(qualifier, value)
    if "low" in raw:
        low = raw["low"]
    if "high" in raw:
        high = raw["high"]

    def optional_str(key: str) -> Any:
        if key not in raw:
            return _UNSET
        return raw[key] or None  # "" means: must be None

    def optional_date(key: str) -> Any:
        if key not in raw:
            return _UNSET
        return _as_date(raw[key]) if raw[key] != "" else None

    return Expected(
        figure=figure,
        occurrence=occurrence,
        span=_find(text, figure, occurrence) if isinstance(figure, str) and figure else None,
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        outcome=raw.get("outcome", ""),
        status=raw.get("status", ""),
        side=optional_str("side"),
        reporter=optional_str("reporter"),
        basis=raw.get("basis", ""),
        as_of=optional_date("as_of"),
        since=optional_date("since"),
        historical=raw.get("historical", False),
        raw=raw,
    )


def _load_file(path: Path) -> Iterator[Case]:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    defaults = data.get("defaults", {})
    for raw in data.get("case", []):
        merged = {**defaults, **raw}
        text = merged.get("text", "")
        yield Case(
            id=merged.get("id", ""),
            file=path.name,
            text=text,
            published=_as_date(merged.get("published")),
            profile=merged.get("profile", "none"),
            topic=merged.get("topic", ""),
            xfail=merged.get("xfail"),
            expected=tuple(_expected(c, text) for c in merged.get("claims", [])),
            raw=merged,
        )


def load_cases() -> list[Case]:
    """Every case of every ``tests/cases/*.toml``, in file and row order."""
    return [case for path in sorted(CASES_DIR.glob("*.toml")) for case in _load_file(path)]


CASES = load_cases()


# --------------------------------------------------------------------------- matching


def _actual_value(claim: Any, name: str) -> Any:
    raw = getattr(claim, name, None)
    enums = {"qualifier", "outcome", "status", "basis"}
    return getattr(raw, "value", raw) if name in enums else raw


def _mismatches(exp: Expected, claim: Any, profile: str) -> list[str]:
    """The fields where ``claim`` differs from ``exp`` (empty when it satisfies the row)."""
    bad = []
    for name in ("value", "low", "high", "qualifier", "outcome", "status", "basis", "historical"):
        want = getattr(exp, name)
        got = _actual_value(claim, name)
        if want is _UNSET:
            documented_low_too_high = (
                name == "low"
                and exp.qualifier == "nearly"
                and got is not None
                and exp.value is not None
                and got > exp.value
            )
            if documented_low_too_high:
                bad.append(f"low: want None or <= {exp.value}, got {got!r}")
            continue
        if want != got:
            bad.append(f"{name}: want {want!r}, got {got!r}")
    for name in ("as_of", "since"):
        want = getattr(exp, name)
        if want is not _UNSET and want != getattr(claim, name):
            bad.append(f"{name}: want {want}, got {getattr(claim, name)}")
    if exp.side is not _UNSET and exp.side != claim.side:
        bad.append(f"side: want {exp.side!r}, got {claim.side!r}")
    if exp.reporter is not _UNSET:
        if exp.reporter is None:
            if claim.reporter is not None or claim.reporter_text is not None:
                bad.append(
                    f"reporter: want unattributed, got {claim.reporter!r} / {claim.reporter_text!r}"
                )
        elif profile not in ("none", "auto"):
            if claim.reporter != exp.reporter:
                bad.append(f"reporter: want id {exp.reporter!r}, got {claim.reporter!r}")
        elif not _reporter_ok(exp.reporter, claim, strict=profile == "none"):
            bad.append(
                f"reporter: want {exp.reporter!r} inside reporter_text, got {claim.reporter_text!r}"
            )
    return bad


def _reporter_ok(expected: str, claim: Any, strict: bool) -> bool:
    """The expected reporter, without a profile: the claim's id holds its key as words ("army
    sources" in "cameroon army sources"), or its words as written hold it and the id is
    theirs ("A police union" with the id "police union", not the id of a body named before;
    with "auto", where the id may be a profile's, the words alone)."""
    rid = f" {claim.reporter or ''} "
    if expected == claim.reporter or f" {reporter_key(expected)} " in rid:
        return True
    said = claim.reporter_text or ""
    if expected not in said.lower():
        return False
    if not strict:
        return True
    own = set(normalise_reporter(said).split())
    return bool(own) and own <= set(rid.split())


def _overlaps(exp: Expected, claim: Any) -> bool:
    if exp.span is None:
        return False
    start, end = exp.span
    return claim.start < end and start < claim.end


def _assign(expected: list[Expected], claims: list[Any], ok: Any) -> dict[int, int]:
    """Maximum matching of expected rows to claims under ``ok(e, c)`` (augmenting paths)."""
    owner: dict[int, int] = {}  # claim index -> expected index

    def augment(e: int, seen: set[int]) -> bool:
        for c in range(len(claims)):
            if c in seen or not ok(expected[e], claims[c]):
                continue
            seen.add(c)
            if c not in owner or augment(owner[c], seen):
                owner[c] = e
                return True
        return False

    for e in range(len(expected)):
        augment(e, set())
    return {e: c for c, e in owner.items()}


def _fmt(value: Any) -> str:
    if value is _UNSET:
        return "·"
    if value is None:
        return "None"
    return str(value)


def _row_expected(exp: Expected) -> str:
    parts = [f"figure={exp.figure!r}" + (f"#{exp.occurrence}" if exp.occurrence != 1 else "")]
    for name in SHOWN[1:]:
        if name == "reporter_text":
            continue
        parts.append(f"{name}={_fmt(getattr(exp, name))}")
    return "  ".join(parts)


def _row_claim(claim: Any) -> str:
    parts = [f"quote={claim.quote!r}@{claim.start}"]
    for name in SHOWN[1:]:
        parts.append(f"{name}={_fmt(_actual_value(claim, name))}")
    return "  ".join(parts)


def _report(case: Case, claims: list[Any], problems: list[str]) -> str:
    lines = [
        f"case {case.id!r} ({case.file}), published {case.published}, profile {case.profile}",
        f"text: {case.text!r}",
        "expected (· = not checked):",
        *(f"  {_row_expected(e)}" for e in case.expected),
        *(["  (no claims)"] if not case.expected else []),
        "extracted:",
        *(f"  {_row_claim(c)}" for c in claims),
        *(["  (no claims)"] if not claims else []),
        "problems:",
        *(f"  {p}" for p in problems),
    ]
    return "\n".join(lines)


def _extract_function() -> Any:
    try:
        from casualties.extract import extract
    except ImportError as exc:  # the parser is being written alongside this table
        pytest.fail(f"casualties.extract.extract cannot be imported yet: {exc}", pytrace=False)
    return extract


# Rows the extractor does not read right yet, kept as strict xfails (see the file's header).
KNOWN_FAILURES_FILE = Path(__file__).parent / "known_failures.toml"


def _known_failures() -> dict[str, str]:
    if not KNOWN_FAILURES_FILE.exists():
        return {}
    with KNOWN_FAILURES_FILE.open("rb") as handle:
        return dict(tomllib.load(handle).get("known", {}))


KNOWN_FAILURES = _known_failures()


def _params() -> list[Any]:
    params = []
    for case in CASES:
        reason = case.xfail or KNOWN_FAILURES.get(case.id)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(case, id=case.id, marks=marks))
    return params


def test_known_failures_name_real_cases() -> None:
    ids = {case.id for case in CASES}
    stale = sorted(set(KNOWN_FAILURES) - ids)
    assert not stale, f"known_failures.toml names cases that do not exist: {stale}"


@pytest.mark.parametrize("case", _params())
def test_case(case: Case) -> None:
    extract = _extract_function()
    profile = None if case.profile == "none" else case.profile
    claims = list(extract(case.text, published=case.published, profile=profile))

    expected = list(case.expected)
    full = _assign(
        expected, claims, lambda e, c: _overlaps(e, c) and not _mismatches(e, c, case.profile)
    )
    problems: list[str] = []
    used = set(full.values())
    for i, exp in enumerate(expected):
        if i in full:
            continue
        near = [c for j, c in enumerate(claims) if j not in used and _overlaps(exp, c)]
        if near:
            used.add(claims.index(near[0]))
            diffs = "; ".join(_mismatches(exp, near[0], case.profile))
            problems.append(f"{exp.figure!r}: read as {near[0].quote!r} but {diffs}")
        else:
            problems.append(f"{exp.figure!r}: no claim extracted at this figure")
    for j, claim in enumerate(claims):
        if j not in used:
            problems.append(f"extra claim {claim.quote!r} at {claim.start}")
    for claim in claims:
        if claim.start < 0 or case.text[claim.start : claim.end] != claim.quote:
            problems.append(f"claim quote {claim.quote!r} does not trace back to the text")
    if problems:
        pytest.fail(_report(case, claims, problems), pytrace=False)


# --------------------------------------------------------------------------- integrity


def _profiles() -> set[str]:
    return {"none", "auto"} | {p.stem for p in PROFILES_DIR.glob("*.toml")}


def _profile_sides(profile: str) -> set[str] | None:
    if profile in ("none", "auto"):
        return None
    with (PROFILES_DIR / f"{profile}.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return {side["id"] for side in data.get("side", [])}


def _profile_reporters(profile: str) -> set[str]:
    with (PROFILES_DIR / f"{profile}.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return {rep["id"] for rep in data.get("reporter", [])}


def _case_problems(case: Case) -> list[str]:
    out: list[str] = []
    raw = case.raw
    where = f"{case.file}:{case.id or '?'}"
    unknown = set(raw) - CASE_KEYS
    if unknown:
        out.append(f"{where}: unknown case keys {sorted(unknown)}")
    missing = REQUIRED_CASE_KEYS - set(raw)
    if missing:
        out.append(f"{where}: missing case keys {sorted(missing)}")
    if (
        not isinstance(case.id, str)
        or not case.id
        or case.id != case.id.lower()
        or any(ch not in "abcdefghijklmnopqrstuvwxyz0123456789-" for ch in case.id)
    ):
        out.append(f"{where}: id must be lowercase letters, digits and hyphens")
    if not isinstance(case.text, str) or not case.text.strip():
        out.append(f"{where}: empty text")
    if not isinstance(raw.get("claims"), list):
        out.append(f"{where}: claims must be a list")
    if case.profile not in _profiles():
        out.append(f"{where}: unknown profile {case.profile!r}")
    if not isinstance(case.topic, str) or not case.topic:
        out.append(f"{where}: topic missing")
    if case.xfail is not None and (not isinstance(case.xfail, str) or not case.xfail.strip()):
        out.append(f"{where}: xfail must be a non-empty reason")
    if case.published is None:
        out.append(f"{where}: published missing")
    sides = _profile_sides(case.profile) if case.profile in _profiles() else None
    spans: dict[tuple[int, int], list[Expected]] = {}
    for n, exp in enumerate(case.expected):
        at = f"{where} claim {n} ({exp.raw.get('figure')!r})"
        unknown = set(exp.raw) - CLAIM_KEYS
        if unknown:
            out.append(f"{at}: unknown keys {sorted(unknown)}")
        missing = REQUIRED_CLAIM_KEYS - set(exp.raw)
        if missing:
            out.append(f"{at}: missing keys {sorted(missing)}")
        if not isinstance(exp.occurrence, int) or exp.occurrence < 1:
            out.append(f"{at}: occurrence must be a positive int")
        if exp.span is None:
            out.append(f"{at}: figure not found in text")
        else:
            spans.setdefault(exp.span, []).append(exp)
        for key, enum in (("outcome", Outcome), ("status", Status), ("basis", Basis)):
            allowed = [m.value for m in enum]
            if exp.raw.get(key) not in allowed:
                out.append(f"{at}: {key} {exp.raw.get(key)!r} is not one of {allowed}")
        if exp.qualifier not in {m.value for m in Qualifier}:
            out.append(f"{at}: qualifier {exp.qualifier!r} unknown")
        else:
            for key in ("value", "low", "high"):
                if key in exp.raw and (
                    isinstance(exp.raw[key], bool) or not isinstance(exp.raw[key], int)
                ):
                    out.append(f"{at}: {key} must be an int")
            if exp.qualifier in ("range", "vague") and "low" not in exp.raw:
                out.append(f"{at}: a {exp.qualifier} figure must give low explicitly")
            if exp.qualifier not in ("range", "vague") and "value" not in exp.raw:
                out.append(f"{at}: a {exp.qualifier} figure needs a value")
            try:
                low = None if exp.low is _UNSET else exp.low
                check_bounds(exp.value, low, exp.high, Qualifier(exp.qualifier))
            except Exception as exc:  # InputError from the records module
                out.append(f"{at}: bounds inconsistent: {exc}")
        figure = exp.raw.get("figure", "")
        digits = figure.replace(",", "").replace("\u00a0", "").replace("\u202f", "")
        if digits.isdigit() and exp.value is not None and int(digits) != exp.value:
            out.append(f"{at}: figure {figure!r} but value {exp.value}")
        for key in ("side", "reporter"):
            val = exp.raw.get(key)
            if val is not None and (not isinstance(val, str) or val != val.lower()):
                out.append(f"{at}: {key} must be a lowercase string")
        side = exp.raw.get("side")
        if side and sides is not None and side not in sides | {"both"}:
            out.append(f"{at}: side {side!r} is not a side of profile {case.profile}")
        if side and sides is None and not all(ch.isalpha() or ch == "-" for ch in side):
            out.append(f"{at}: side {side!r} should be a lowercase demonym")
        reporter = exp.raw.get("reporter")
        if reporter and sides is not None and reporter not in _profile_reporters(case.profile):
            out.append(f"{at}: reporter {reporter!r} is not a reporter id of {case.profile}")
        if not isinstance(exp.historical, bool):
            out.append(f"{at}: historical must be true or false")
        for key in ("as_of", "since"):
            if key in exp.raw and exp.raw[key] != "":
                try:
                    day = _as_date(exp.raw[key])
                except ValueError as exc:
                    out.append(f"{at}: {key}: {exc}")
                    continue
                if case.published and day and day > case.published:
                    out.append(f"{at}: {key} {day} is after published {case.published}")
        dated = isinstance(exp.as_of, dt.date) and isinstance(exp.since, dt.date)
        if dated and exp.since > exp.as_of:
            out.append(f"{at}: since {exp.since} is after as_of {exp.as_of}")
    for span, group in spans.items():
        if len(group) > 1:
            sides_here = [g.raw.get("side") for g in group]
            outcomes_here = [(g.raw.get("side"), g.raw.get("outcome")) for g in group]
            if None in sides_here or len(set(outcomes_here)) != len(group):
                out.append(
                    f"{where}: figure at {span} is expected {len(group)} times; "
                    "only a per-side split (distinct named sides) may repeat a figure"
                )
    return out


def test_table_integrity() -> None:
    problems: list[str] = []
    ids: dict[str, str] = {}
    for path in sorted(CASES_DIR.glob("*.toml")):
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        unknown = set(data) - {"defaults", "case"}
        if unknown:
            problems.append(f"{path.name}: unknown top-level keys {sorted(unknown)}")
        unknown = set(data.get("defaults", {})) - DEFAULT_KEYS
        if unknown:
            problems.append(f"{path.name}: unknown [defaults] keys {sorted(unknown)}")
        if not path.read_text(encoding="utf-8").lstrip().startswith("#"):
            problems.append(f"{path.name}: start the file with a comment explaining the format")
    for case in CASES:
        if case.id in ids:
            problems.append(f"duplicate id {case.id!r} in {case.file} and {ids[case.id]}")
        ids[case.id] = case.file
        problems.extend(_case_problems(case))
    no_claims = [c for c in CASES if not c.expected]
    topics = {c.topic for c in CASES}
    if len(CASES) < MIN_CASES:
        problems.append(f"only {len(CASES)} cases; the table needs at least {MIN_CASES}")
    if len(no_claims) < MIN_NO_CLAIM_CASES:
        problems.append(f"only {len(no_claims)} no-claim cases; need {MIN_NO_CLAIM_CASES}")
    if len(topics) < MIN_TOPICS:
        problems.append(f"only {len(topics)} topics; need {MIN_TOPICS}")
    if problems:
        summary = f"{len(problems)} problem(s) in tests/cases:\n" + "\n".join(problems)
        pytest.fail(summary, pytrace=False)
