"""Reporters without a profile: one body named several ways groups under one key."""

from __future__ import annotations

import datetime as dt

import pytest

from casualties import Document, extract, extract_corpus, reconcile
from casualties.extract import normalise_reporter
from casualties.grouping import acronym_groups
from casualties.sides import find_places

# Three wire stories, invented for this test, naming Haiti's civil protection body three
# ways: with the country, by its formal title in a story datelined in Haiti, and as "the
# agency" after it was named.
ARTICLES = [
    (
        "2021-08-16",
        "LES CAYES, Haiti (AP) — Haiti's civil protection agency said on Sunday that the death "
        "toll from Saturday's earthquake had risen to 1,297, with 5,700 people injured.",
    ),
    (
        "2021-08-17",
        "PORT-AU-PRINCE, Haiti — The Civil Protection Directorate raised the toll to 1,419 on "
        "Monday as rescuers dug through collapsed homes in the southwest of Haiti.",
    ),
    (
        "2021-08-18",
        "JEREMIE, Haiti (Reuters) — Rescuers pulled more bodies from the rubble on Tuesday. "
        "Haiti's Civil Protection Directorate put the toll at 1,941. The agency said 9,900 "
        "people had been injured.",
    ),
]


def _docs() -> list[Document]:
    return [
        Document(text=text, published=dt.date.fromisoformat(day), source=f"haiti-{i}")
        for i, (day, text) in enumerate(ARTICLES)
    ]


def test_one_body_named_three_ways_in_three_articles_is_one_reporter() -> None:
    claims = extract_corpus(_docs(), profile=None, progress=False)
    assert len(claims) == 5
    assert {c.reporter for c in claims} == {"haiti civil protection agency"}
    texts = {c.reporter_text for c in claims}
    assert {"Haiti's civil protection agency", "The Civil Protection Directorate"} <= texts
    assert "The agency" in texts


def test_the_grouped_reporter_makes_one_series() -> None:
    claims = extract_corpus(_docs(), profile=None, progress=False)
    result = reconcile(claims)
    killed = result.series[result.series["outcome"] == "killed"]
    assert set(killed["reporter"]) == {"haiti civil protection agency"}
    assert list(killed.sort_values("as_of")["best"]) == [1297, 1419, 1941]


@pytest.mark.parametrize(
    ("name", "country", "key"),
    [
        ("the Civil Protection Directorate", "Haiti", "haiti civil protection agency"),
        ("Haiti's civil protection agency", None, "haiti civil protection agency"),
        ("Libyan Red Crescent", None, "libya red crescent"),
        ("the Red Crescent", "Libya", "libya red crescent"),
        (
            "the National Disaster Management Authority",
            "Pakistan",
            "pakistan national disaster management agency",
        ),
        # proper names and bodies of another country keep their words
        (
            "Syrian Observatory for Human Rights",
            "Syria",
            "syrian observatory for human rights",
        ),
        ("Russia's defence ministry", "Ukraine", "russia defence ministry"),
        # a person is no public body: no country is added
        ("Tedros Adhanom Ghebreyesus", "Sudan", "tedros adhanom ghebreyesus"),
    ],
)
def test_normalised_reporter_keys(name: str, country: str | None, key: str) -> None:
    assert normalise_reporter(name, country) == key


def test_a_story_about_two_countries_adds_none() -> None:
    text = (
        "Russian and Ukrainian officials traded accusations. The defence ministry said "
        "40 soldiers had been killed in Russian shelling on Kharkiv and Russian positions."
    )
    claims = extract(text, published="2024-03-01", profile=None)
    assert [c.reporter for c in claims] == ["defence ministry"]


def test_a_body_and_its_acronym_in_one_document_are_one_reporter() -> None:
    text = (
        "SNHR: 95 civilians killed in Syria in March\n\n"
        "The Syrian Network for Human Rights (SNHR) documented the killing of 95 civilians in "
        "Syria in March 2027, including 14 children, according to its monthly report.\n\n"
        "Unidentified gunmen killed 21 of the civilians, the Syrian Network for Human Rights said."
    )
    claims = extract(text, published=dt.date(2027, 4, 6), profile=None)
    assert len(claims) >= 4
    assert {c.reporter for c in claims} == {"syrian network for human rights snhr"}


def test_one_body_by_acronym_and_by_name_across_articles_is_one_series() -> None:
    docs = [
        Document(
            text="NDMA said on Monday that 41 people had died since the monsoon began on June 26.",
            published=dt.date(2026, 7, 6),
            source="a",
        ),
        Document(
            text="The National Disaster Management Authority (NDMA) said on Wednesday that 55 "
            "people had died since the monsoon began on June 26.",
            published=dt.date(2026, 7, 8),
            source="b",
        ),
        Document(
            text="Pakistan's National Disaster Management Authority said 60 people had died "
            "since the monsoon began on June 26.",
            published=dt.date(2026, 7, 9),
            source="c",
        ),
    ]
    claims = list(extract_corpus(docs, profile=None))
    assert len({c.reporter for c in claims}) == 3  # as each article names it
    series = reconcile(claims).series
    assert set(series["reporter"]) == {"national disaster management agency ndma"}
    assert list(series["best"]) == [41, 55, 60]


@pytest.mark.parametrize(
    ("named", "mapping"),
    [
        # an acronym that fits two bodies is left alone
        (
            [
                ("ndma", "NDMA"),
                ("national disaster management agency", "National Disaster Management Agency"),
                ("national defence ministry agency", "National Defence Ministry Agency"),
            ],
            {},
        ),
        # a name without its acronym joins the name with it
        (
            [
                (
                    "syrian observatory for human rights sohr",
                    "Syrian Observatory for Human Rights (SOHR)",
                ),
                ("syrian observatory for human rights", "the Syrian Observatory for Human Rights"),
                ("sohr", "SOHR"),
            ],
            {
                "syrian observatory for human rights": "syrian observatory for human rights sohr",
                "sohr": "syrian observatory for human rights sohr",
            },
        ),
        # nothing in common: nothing moves
        ([("health ministry", "the health ministry"), ("un", "UN")], {}),
    ],
)
def test_acronym_groups(named: list[tuple[str, str]], mapping: dict[str, str]) -> None:
    assert acronym_groups(named) == mapping


def test_profile_reporter_ids_are_kept() -> None:
    named = [
        ("hrmmu", "HRMMU"),
        ("human rights monitoring mission", "Human Rights Monitoring Mission"),
    ]
    assert acronym_groups(named, keep=["hrmmu"]) == {}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Floods in Rio Grande do Sul killed 118 people", ["brazilian"]),
        ("the Mississippi Emergency Management Agency said", ["american"]),
        ("Deaths by province: Sindh 12, Balochistan 4", ["pakistani", "pakistani"]),
        ("Rains in Punjab killed 9", []),  # India and Pakistan both have a Punjab
        ("jihadists across the Sahel", []),  # a region of many countries
        ("Georgia and Florida", []),  # a country's name, and a name two countries use
    ],
)
def test_regions_name_their_country(text: str, sides: list[str]) -> None:
    assert [side for side, _, _ in find_places(text)] == sides


def test_a_bulletin_that_names_only_provinces_has_their_country() -> None:
    text = (
        "Defesa Civil do Rio Grande do Sul\nFlood update, 12 May 2026\n\n"
        "Confirmed deaths: 118\nInjured: 522\n\nDeaths by municipality\nCanoas — 31\n"
    )
    claims = extract(text, published=dt.date(2026, 5, 12), profile=None)
    assert [c.value for c in claims] == [118, 522, 31]
    assert {c.side for c in claims} == {"brazilian"}


# Sources of a kind their own words name keep their own key, not the body named last (the
# key is what reconcile() groups by; the case tables check the words only).
@pytest.mark.parametrize(
    ("text", "figure", "key"),
    [
        (
            "Doctors Without Borders said its team had treated 58 wounded people since "
            "Friday.\n\nFarther north, gunmen hacked 18 people to death in a raid on a "
            "village on Saturday night, local officials said.",
            "18",
            "local officials",
        ),
        (
            "A faction of the Pakistani Taliban claimed the attack, saying 15 police had been "
            "killed. Hours later, troops killed 4 militants in a raid, the military's media "
            "wing said.",
            "4",
            "military media wing",
        ),
        (
            "The health ministry said 31 people were killed in the strikes. Officials said "
            "another 12 were missing.",
            "12",
            "health ministry",
        ),
        (
            "By Sunday evening the home ministry said the death toll from the quake had "
            "risen to 58.",
            "58",
            "home ministry",
        ),
        (
            "This week the monitor recorded 14 deaths in the province.",
            "14",
            "monitor",
        ),
    ],
)
def test_a_source_of_its_own_kind_keeps_its_key(text: str, figure: str, key: str) -> None:
    claims = extract(text, published=dt.date(2024, 6, 11), profile=None)
    claim = next(c for c in claims if figure in c.quote)
    assert claim.reporter == key
