"""Sides without a profile: demonyms, countries and places mapped to side ids.

The table lives in ``data/demonyms.toml``; a side id is the lowercase demonym of a country or
people ("ukrainian", "palestinian"). Used when no profile names the sides of a conflict.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import pycountry
import regex

from .lexicon import load_table, load_toml
from .scan import WordScanner, leftmost_longest

__all__ = [
    "country_names",
    "dateline_city",
    "dateline_side",
    "demonym_table",
    "find_places",
    "find_sides",
    "find_towns",
    "language_use",
    "side_from_text",
]


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


# a wire story's dateline: a place in capitals at the start of a line near the top, then an
# optional country and date, an optional agency in brackets, and a dash
_DATELINE = regex.compile(
    # (after a bracketed note: "[Translated from French] BAMENDA —")
    r"^[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*)?"
    r"(?P<place>\p{Lu}[\p{Lu}\p{M}' .-]{1,40}?)(?=(?:,[^\n]{2,60}?)?[ \t]*"
    r"(?:\([^)\n]{2,30}\)[ \t]*)?(?:--|[-\u2013\u2014])\s)",
    regex.MULTILINE,
)
# a demonym that names a language: "a bulletin issued in Spanish", "said in Arabic and English"
_LANGUAGE_BEFORE = regex.compile(r"\b(?:in|into|from|to)\s+(?:(?:\p{Lu}\p{Ll}+|and|or)\s+){0,4}\Z")
_PUBLISHED_IN = regex.compile(
    r"\b(?:posted|published|written|issued|released|broadcast|tweeted|printed|translated|"
    r"spoke|speaking|said|says|wrote|read|aired|subtitled|dubbed)\s+in\s+\Z",
    regex.IGNORECASE,
)
_LANGUAGE_AFTER = regex.compile(
    r"[ \t]*(?:[,.;:)\]\n]|(?:and|or)\s+\p{Lu}\p{Ll}+\s*[,.;:)\]\n]|\Z)"
)


def language_use(text: str, start: int, end: int) -> bool:
    """True when the name at ``text[start:end]`` is a language ("issued in Spanish,"),
    not a people or a country's forces.

    >>> text = "The bulletin, issued in Spanish, listed 41 dead."
    >>> language_use(text, 24, 31)
    True
    >>> text = "Strikes in Spanish Sahara killed 3."
    >>> language_use(text, 11, 18)
    False
    """
    word = text[start:end]
    if not (word.endswith(("ish", "ese", "ian", "ic", "ch", "ek", "ali")) or word == "English"):
        return False
    if _PUBLISHED_IN.search(text, max(0, start - 40), start):
        return True  # "posted in French on the police force's accounts"
    return bool(
        _LANGUAGE_BEFORE.search(text, max(0, start - 40), start)
        and _LANGUAGE_AFTER.match(text, end, end + 30)
    )


def dateline_city(text: str) -> tuple[int, int] | None:
    """Where the city of a story's dateline is ("BEIRUT, Aug. 11 —", "NAIROBI (Reuters) -"),
    if the story opens with one: where the reporter filed from, which is weak evidence of
    whose dead the story counts (wire desks cover Syria from Beirut, Sudan from Cairo). A
    country in capitals ("MALAWI — DoDMA: 13 dead") is no city and is not returned.

    >>> text = "BEIRUT, Aug. 11 (2024) — Clashes in eastern Syria killed 47 people."
    >>> dateline_city(text)
    (0, 6)
    >>> dateline_city("MALAWI — DoDMA: 13 dead") is None
    True
    """
    found = _DATELINE.search(text, 0, 400)
    if found is None:
        return None
    place = found.group("place").strip().title()
    if place in _country_name_set():
        return None
    return found.start("place"), found.start("place") + len(found.group("place").rstrip())


def dateline_side(text: str) -> str | None:
    """The side of the country whose capital (or wire-desk city) a story's dateline names
    ("DHAKA, July 21 —" → "bangladeshi"), from ``data/capitals.toml``; a desk files about
    its neighbours too, so this is the last evidence of whose dead a story counts.

    >>> dateline_side("DHAKA, July 21 — A launch capsized in the Meghna river.")
    'bangladeshi'
    >>> dateline_side("A launch capsized in the Meghna river.") is None
    True
    """
    span = dateline_city(text)
    if span is None:
        return None
    city = text[span[0] : span[1]].strip().title().replace("’", "'")
    return _capitals().get(city) or _town_table().get(city)


@cache
def _capitals() -> dict[str, str]:
    table: dict[str, str] = {}
    for side, cities in load_toml("capitals").items():
        for city in cities:
            table[city.title().replace("’", "'")] = side
    return table


@cache
def _town_table() -> dict[str, str]:
    """Towns and cities of ``data/cities.tsv`` (GeoNames) → the side id of their country,
    for names that are no side, country or region of the other tables."""
    sides: dict[str, str | None] = {}
    demonyms = demonym_table()
    regions = _place_table()
    table: dict[str, str] = {}
    for name, code in load_table("cities"):
        if name in demonyms or name in regions or name.lower() in _VAGUE_PLACES:
            continue
        if code not in sides:
            sides[code] = _country_side(code)
        side = sides[code]
        if side is not None:
            table[name] = side
    return table


@cache
def _town_scanner() -> WordScanner:
    return WordScanner(_town_table())


# what comes before a town's name when the name only starts a sentence or ends a longer one
_SENTENCE_START = regex.compile(r"(?:\A|[.!?:\n\"“]|\p{Lu}[\p{L}'’-]*)\s*\Z")


def find_towns(text: str) -> list[tuple[str, int, int]]:
    """Each town or city of ``data/cities.tsv`` named in ``text`` as (its country's side id,
    start, end): whose dead a local story counts when it names neither country nor
    province. A name that opens a sentence or a line, or that is part of a longer name
    ("New Paris", "Beni Suef"), is not counted: such words are too often something else.

    >>> find_towns("ADF rebels raided a village near Butembo; residents fled to Kirumba.")
    [('congolese', 33, 40), ('congolese', 62, 69)]
    """
    table = _town_table()
    return [
        (table[word], start, end)
        for start, end, word in leftmost_longest(_town_scanner().hits(text))
        if not _NAME_GOES_ON.match(text, end)
        and not _SENTENCE_START.search(text, max(0, start - 30), start)
    ]


@cache
def _country_name_set() -> frozenset[str]:
    return frozenset(country_names().values())


@cache
def _scanner() -> WordScanner:
    return WordScanner(demonym_table())


def find_sides(text: str) -> list[tuple[str, int, int]]:
    """Each side named in ``text`` as (side id, start, end), in text order.

    >>> find_sides("Russian strikes killed 12 people in Kharkiv")
    [('russian', 0, 7), ('ukrainian', 36, 43)]
    """
    return [
        found
        for found in sides_of_hits(_scanner().hits(text))
        if not language_use(text, found[1], found[2])
    ]


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


# Words that name a region in many countries or are common English: no clue to one country.
_VAGUE_PLACES = frozenset(
    [
        "central",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "capital",
        "centre",
        "center",
        "coast",
        "lakes",
        "islands",
        "island",
        "mountain",
        "plateau",
        "plains",
        "river",
        "rivers",
        "delta",
        "border",
        "lower",
        "upper",
        "greater",
        "national",
        "district",
        "federal",
        "city",
        "region",
        "mid",
        "sahel",
        "norte",
        "ouest",
        "nord",
        "sud",
        "leste",
        "lacs",
        "batman",
        "gulf",
        "pool",
    ]
)


_REGION_KINDS = frozenset(
    (
        "sheng",
        "shi",
        "zizhiqu",
        "province",
        "provincia",
        "state",
        "estado",
        "region",
        "región",
        "oblast",
        "oblysy",
        "governorate",
        "prefecture",
        "department",
        "departamento",
        "district",
        "municipality",
        "county",
        "wilaya",
    )
)


def _plain(name: str) -> str:
    """A name without its accents ("Lào Cai" → "Lao Cai")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _country_side(code: str) -> str | None:
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return None
    for name in (
        getattr(country, "common_name", None),
        country.name,
        country.name.split(",")[0],
        getattr(country, "official_name", None),
    ):
        if name:
            side = side_from_text(name)
            if side not in (None, "both"):
                return side
    return None


@cache
def _place_table() -> dict[str, str]:
    """First-level subdivisions of every country (ISO 3166-2, from pycountry) → the side id of
    their country, for names that point at one country only and are no country or people
    of the demonym table themselves ("Rio Grande do Sul" → "brazilian", "Aomori" →
    "japanese"; not "Punjab", which India and Pakistan share, nor "Georgia")."""
    countries: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue  # districts of a region: too many, too small, too often shared
        names = {sub.name, _plain(sub.name)}
        for name in list(names):
            # "Sichuan Sheng", "Tianjin Shi", "Kayin State": also the name without its kind
            words = name.split(",")[0].split(" (")[0].split()
            if len(words) > 1 and words[-1].lower() in _REGION_KINDS:
                names.add(" ".join(words[:-1]))
        for name in names:
            name = name.split(",")[0].split(" (")[0].strip()
            if len(name) < 5 or not name[:1].isupper() or name.lower() in _VAGUE_PLACES:
                continue
            countries.setdefault(name, set()).add(sub.country_code)
    demonyms = demonym_table()
    table: dict[str, str] = {}
    for name, codes in countries.items():
        if len(codes) != 1 or name in demonyms or any(w in demonyms for w in name.split()):
            continue
        side = _country_side(next(iter(codes)))
        if side is not None:
            table[name] = side
    return table


@cache
def _place_scanner() -> WordScanner:
    return WordScanner(_place_table())


def find_places(text: str) -> list[tuple[str, int, int]]:
    """Each first-level region of a country named in ``text`` as (its country's side id,
    start, end): the country a story is about when it names only its provinces.

    >>> find_places("Floods in Rio Grande do Sul killed 118 people")
    [('brazilian', 10, 27)]
    """
    table = _place_table()
    return [
        (table[word], start, end)
        for start, end, word in leftmost_longest(_place_scanner().hits(text))
        # not the first word of a longer name: "Porto Alegre" is no Porto, "Santa Fe" no Santa
        if not _NAME_GOES_ON.match(text, end)
    ]


_NAME_GOES_ON = re.compile(
    r" (?!(?:Oblast|Region|Province|Governorate|District|State|County|Prefecture|Department|"
    r"Municipality|Island|Islands|Valley|Division|Territory|Sur|Norte|Sul|Nord|North|South|East|"
    r"West|Central|Occidental|Oriental|del|de|do|da|"
    # a body named after the place: "the Mississippi Emergency Management Agency"
    r"Emergency|Management|Agency|Disaster|Civil|Defen[cs]e|Department|Police|Health|Fire|Red|"
    r"Provincial|Regional|Governor|Government|Ministry|Office|Authority|Council|National|"
    r"Rescue|Relief|Public|Security|Army|Forces|Hospital|University|Airport)\b)(?:[A-Z][a-z])"
)
