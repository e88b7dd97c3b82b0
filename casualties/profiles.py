"""Conflict profiles: who fights, who reports, and when, as user-editable TOML.

A profile names a conflict's window, its sides (with the demonyms, places and forces that
point at them) and its reporters (officials, ministries, leaders, agencies, with the side
they belong to). The extractor uses it to map words to ids; reconciliation uses its window
and hierarchy. Built-in profiles live in ``casualties/data/profiles``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from .errors import ProfileError
from .scan import WordScanner, leftmost_longest
from .sides import dateline_city, find_sides

__all__ = [
    "Profile",
    "Reporter",
    "Side",
    "builtin_profiles",
    "detect_profile",
    "get_profile",
    "load_profile",
]

_TOP_KEYS = {
    "id",
    "name",
    "start",
    "end",
    "hierarchy",
    "detect",
    "side",
    "reporter",
    "notes",
    "default_side",
}
_SIDE_KEYS = {"id", "name", "aliases"}
_REPORTER_KEYS = {"id", "name", "side", "aliases", "kind"}
_ID = regex.compile(r"[a-z0-9][a-z0-9_-]*")


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Side:
    """A party whose casualties are counted."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Reporter:
    """Someone who makes claims; ``side`` is None for third parties."""

    id: str
    name: str
    side: str | None = None
    aliases: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Profile:
    """One conflict: window, sides, reporters.

    >>> p = get_profile("karabakh-2020")
    >>> p.start.isoformat(), p.reporter_side("nk-authorities")
    ('2020-09-27', 'armenian')
    """

    id: str
    name: str
    start: dt.date | None = None
    end: dt.date | None = None
    sides: tuple[Side, ...] = ()
    reporters: tuple[Reporter, ...] = ()
    hierarchy: tuple[str, ...] = ()
    detect: tuple[str, ...] = ()
    default_side: str | None = None
    path: str | None = None

    def __hash__(self) -> int:
        # the extractor caches per profile: hash the identity, not every alias of every side
        return hash((self.id, self.path, self.start, self.end))

    def reporter_side(self, reporter_id: str | None) -> str | None:
        """The side a reporter belongs to, or None for third parties and unknown ids."""
        for reporter in self.reporters:
            if reporter.id == reporter_id:
                return reporter.side
        return None

    def side_ids(self) -> tuple[str, ...]:
        return tuple(side.id for side in self.sides)

    def side_aliases(self) -> dict[str, str]:
        """Lower-cased alias (and id and name) → side id."""
        return _side_aliases(self)

    def reporter_aliases(self) -> dict[str, str]:
        """Lower-cased alias (and name) → reporter id; an alias that ends in a noun also
        stands for its plural ("regional military administration" for "the regional
        military administrations", a bulletin's usual wording)."""
        return _reporter_aliases(self)

    def in_window(self, day: dt.date) -> bool:
        """True when ``day`` lies within the conflict window (open ends count as inside)."""
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


# (keyed by the profile, whose hash is cheap: the extractor asks for these tables for every
# attribution, and hashing the tuple of reporters hashes every alias of every one)
@cache
def _side_aliases(profile: Profile) -> dict[str, str]:
    return _alias_map(profile.sides)


@cache
def _reporter_aliases(profile: Profile) -> dict[str, str]:
    return _with_plurals(profile.reporters)


@cache
def _alias_map(entries: tuple[Side | Reporter, ...]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for entry in entries:
        for alias in (*entry.aliases, entry.name):
            lowered = alias.lower()
            mapping.setdefault(lowered, entry.id)
            # one alias for both spellings: "Operations Center" / "Operations Centre"
            for one, other in _SPELLINGS:
                if one in lowered:
                    mapping.setdefault(lowered.replace(one, other), entry.id)
            # "UN human rights monitoring mission" / "U.N. human rights monitoring mission"
            dotted = _INITIALS.sub(lambda m: ".".join(m.group(0)) + ".", lowered)
            if dotted != lowered:
                mapping.setdefault(dotted, entry.id)
    return mapping


@cache
def _with_plurals(entries: tuple[Reporter, ...]) -> dict[str, str]:
    mapping = _alias_map(entries)
    plural = dict(mapping)
    for alias, entry in mapping.items():
        last = alias.rsplit(" ", 1)[-1]
        if " " in alias and last.isalpha() and len(last) >= 4 and not last.endswith("s"):
            plural.setdefault(alias + "s", entry)
    return plural


_INITIALS = re.compile(r"\b(?:un|us|uk|eu)\b(?!\.)")


_SPELLINGS = (
    ("center", "centre"),
    ("centre", "center"),
    ("defense", "defence"),
    ("defence", "defense"),
    ("organization", "organisation"),
    ("organisation", "organization"),
)


def _fail(where: str, problem: str) -> ProfileError:
    return ProfileError(f"{where}: {problem}")


def _str(data: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> str | None:
    raw = data.get(key)
    if raw is None:
        if required:
            raise _fail(where, f"missing key {key!r}")
        return None
    if not isinstance(raw, str) or not raw.strip():
        raise _fail(where, f"key {key!r} must be a non-empty string, got {raw!r}")
    return raw.strip()


def _strings(data: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    raw = data.get(key, [])
    if not isinstance(raw, list) or not all(isinstance(a, str) and a.strip() for a in raw):
        raise _fail(where, f"key {key!r} must be a list of non-empty strings")
    return tuple(a.strip() for a in raw)


def _date(data: Mapping[str, Any], key: str, where: str) -> dt.date | None:
    raw = data.get(key)
    if raw is None:
        return None
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, str):
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            pass
    raise _fail(where, f"key {key!r} must be a date like 2020-09-27, got {raw!r}")


def _unknown(data: Mapping[str, Any], allowed: set[str], where: str) -> None:
    extra = sorted(set(data) - allowed)
    if extra:
        raise _fail(
            where,
            f"unknown key(s) {', '.join(map(repr, extra))}; allowed: " + ", ".join(sorted(allowed)),
        )


def _check_unique_aliases(entries: Iterable[Side | Reporter], kind: str, where: str) -> None:
    seen: dict[str, str] = {}
    for entry in entries:
        for alias in {a.lower() for a in (*entry.aliases, entry.name)}:
            other = seen.get(alias)
            if other is not None and other != entry.id:
                raise _fail(
                    where, f"alias {alias!r} is claimed by {kind}s {other!r} and {entry.id!r}"
                )
            seen[alias] = entry.id


def parse_profile(data: Mapping[str, Any], where: str) -> Profile:
    """Validate a parsed TOML mapping and build a :class:`Profile`; ``where`` names the file
    in error messages."""
    _unknown(data, _TOP_KEYS, where)
    pid = _str(data, "id", where)
    assert pid is not None
    if not _ID.fullmatch(pid):
        raise _fail(where, f"id {pid!r} must be lowercase letters, digits, '-' or '_'")
    sides = []
    for i, raw in enumerate(data.get("side", [])):
        at = f"{where}: [[side]] #{i + 1}"
        if not isinstance(raw, dict):
            raise _fail(at, "must be a table")
        _unknown(raw, _SIDE_KEYS, at)
        sid = _str(raw, "id", at)
        assert sid is not None
        sides.append(
            Side(
                id=sid,
                name=_str(raw, "name", at, required=False) or sid,
                aliases=_strings(raw, "aliases", at),
            )
        )
    side_ids = {s.id for s in sides}
    if len(side_ids) != len(sides):
        raise _fail(where, "two [[side]] tables share an id")
    if "both" in side_ids:
        raise _fail(where, "'both' is reserved and cannot be a side id")
    reporters = []
    for i, raw in enumerate(data.get("reporter", [])):
        at = f"{where}: [[reporter]] #{i + 1}"
        if not isinstance(raw, dict):
            raise _fail(at, "must be a table")
        _unknown(raw, _REPORTER_KEYS, at)
        rid = _str(raw, "id", at)
        assert rid is not None
        side = _str(raw, "side", at, required=False)
        if side is not None and side not in side_ids:
            raise _fail(
                at,
                f"side {side!r} is not one of the profile's sides "
                f"({', '.join(sorted(side_ids)) or 'none declared'})",
            )
        reporters.append(
            Reporter(
                id=rid,
                name=_str(raw, "name", at, required=False) or rid,
                side=side,
                aliases=_strings(raw, "aliases", at),
            )
        )
    if len({r.id for r in reporters}) != len(reporters):
        raise _fail(where, "two [[reporter]] tables share an id")
    _check_unique_aliases(sides, "side", where)
    _check_unique_aliases(reporters, "reporter", where)
    hierarchy = _strings(data, "hierarchy", where)
    unknown = [h for h in hierarchy if h not in {r.id for r in reporters}]
    if unknown:
        raise _fail(where, f"hierarchy names unknown reporter(s) {', '.join(unknown)}")
    start, end = _date(data, "start", where), _date(data, "end", where)
    if start and end and end < start:
        raise _fail(where, f"end {end} is before start {start}")
    default_side = _str(data, "default_side", where, required=False)
    if default_side is not None and default_side not in side_ids | {"both"}:
        raise _fail(where, f"default_side {default_side!r} is not one of the profile's sides")
    return Profile(
        id=pid,
        name=_str(data, "name", where, required=False) or pid,
        start=start,
        end=end,
        sides=tuple(sides),
        reporters=tuple(reporters),
        hierarchy=hierarchy,
        detect=_strings(data, "detect", where),
        default_side=default_side,
        path=where,
    )


def load_profile(path: str | Path) -> Profile:
    """Read and validate a profile TOML file; errors name the file, the key and the problem."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise ProfileError(f"{file}: cannot read profile ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ProfileError(f"{file}: profile is not UTF-8 text") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{file}: not valid TOML: {exc}") from None
    return parse_profile(data, str(file))


@cache
def builtin_profiles() -> tuple[str, ...]:
    """The ids of the profiles shipped with the package."""
    folder = resources.files("casualties").joinpath("data", "profiles")
    return tuple(sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml")))


@cache
def _builtin(name: str) -> Profile:
    folder = resources.files("casualties").joinpath("data", "profiles")
    data = tomllib.loads(folder.joinpath(f"{name}.toml").read_text(encoding="utf-8"))
    return parse_profile(data, f"built-in profile {name}")


def get_profile(spec: str | Path | Profile | None) -> Profile | None:
    """A profile from a built-in name, a path to a TOML file, or a Profile (returned as is).

    None gives None ("no profile"); "auto" is resolved per text by :func:`detect_profile`.
    """
    if spec is None or isinstance(spec, Profile):
        return spec
    if isinstance(spec, str) and spec in builtin_profiles():
        return _builtin(spec)
    if isinstance(spec, (str, Path)) and (str(spec).endswith(".toml") or Path(spec).exists()):
        return load_profile(spec)
    raise ProfileError(
        f"unknown profile {spec!r}: use a built-in name ({', '.join(builtin_profiles())}), "
        "a path to a .toml file, None, or 'auto'"
    )


# a story names its war in its first paragraphs; reading further only costs time
_DETECT_SPAN = 6000


@cache
def _detect_scanner() -> tuple[WordScanner, dict[str, frozenset[str]]]:
    """One scanner for every built-in's ``detect`` phrases (one pass over a text for all),
    and which profiles list each phrase (lowercased)."""
    owners: dict[str, set[str]] = {}
    for name in builtin_profiles():
        for phrase in _builtin(name).detect:
            owners.setdefault(phrase.lower(), set()).add(name)
    scanner = WordScanner(owners, ignore_case=True)
    return scanner, {k: frozenset(v) for k, v in owners.items()}


def detect_profile(
    text: str,
    hits: list[tuple[int, int, str]] | None = None,
    sides: list[tuple[str, int, int]] | None = None,
) -> Profile | None:
    """The built-in profile whose ``detect`` phrases occur most often in ``text``, if any
    (``hits``: the detect scanner's hits in ``text[:_DETECT_SPAN]``, when already found;
    ``sides``: ``find_sides`` of the text's opening, when already found)."""
    scanner, owners = _detect_scanner()
    if hits is None:
        hits = scanner.hits(text[:_DETECT_SPAN])
    if not hits:
        return None
    city = dateline_city(text)
    if city is not None:
        # "BEIRUT, Aug. 11 — ... in eastern Syria": where the story was filed picks a war
        # only when the story names no other country ("KHARTOUM, May 3 — Shelling killed")
        rest = [h for h in hits if not city[0] <= h[0] < city[1]]
        if not rest and find_sides(text[city[1] : _DETECT_SPAN]):
            return None
        hits = rest or hits
    best: tuple[int, str] | None = None
    for name in builtin_profiles():
        # count as that profile's own alternation would: leftmost-longest of its phrases
        count = len(leftmost_longest(h for h in hits if name in owners[h[2]]))
        if count and (best is None or count > best[0]):
            best = (count, name)
    if best is None:
        return None
    chosen = _builtin(best[1])
    # "The Syrian Observatory ... across Syria ... members of Lebanon's Hezbollah": a story
    # about another country that mentions a profile's war in passing is not that war's
    named = find_sides(text[:_DETECT_SPAN]) if sides is None else sides
    own = chosen.side_ids()
    others = Counter(side for side, start, _ in named if side not in own and start < _DETECT_SPAN)
    if others and others.most_common(1)[0][1] >= 2 * best[0]:
        return None  # one other country, named at least twice as often
    return chosen
