"""A reproducible, news-like corpus for benchmarks, written from our own templates.

Wire stories about wars and disasters: a headline, a dateline, paragraphs of sentences. About
one sentence in fifteen states a toll ("the health ministry said at least 14 people were
killed"); the rest carry the numbers, dates and names that surround tolls in real reports
(aid convoys, prices, ages, votes, distances, quotes) without being one. The same seed gives
the same corpus byte for byte.

>>> docs = list(generate(3, seed=1))
>>> [len(d.text) for d in docs] == [len(d.text) for d in generate(3, seed=1)]
True
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd

from casualties import Document

__all__ = ["TOLL_SHARE", "claim_frame", "generate", "generate_mb", "write_folder"]

# the share of sentences that state a toll
TOLL_SHARE = 1 / 15

_CITIES = (
    "Kharkiv",
    "Zaporizhzhia",
    "Khartoum",
    "Omdurman",
    "El Fasher",
    "Gaza City",
    "Khan Younis",
    "Rafah",
    "Mekelle",
    "Goma",
    "Bunia",
    "Port-au-Prince",
    "Aleppo",
    "Idlib",
    "Marib",
    "Sanaa",
    "Tyre",
    "Nabatieh",
    "Kramatorsk",
    "Herat",
    "Blantyre",
    "Beira",
    "Maiduguri",
    "Mogadishu",
    "Benghazi",
    "Derna",
    "Antakya",
    "Stepanakert",
    "Tartar",
    "Gao",
    "Kidal",
    "Darfur",
    "Novaria",
    "Port Ellis",
    "Kessala",
    "Valmora",
    "Dunmere",
    "Ostrava Hills",
    "Tessin",
)
_COUNTRIES = (
    "Ukraine",
    "Sudan",
    "Ethiopia",
    "Congo",
    "Haiti",
    "Syria",
    "Yemen",
    "Lebanon",
    "Somalia",
    "Libya",
    "Turkey",
    "Mali",
    "Nigeria",
    "Malawi",
    "Mozambique",
    "Afghanistan",
    "Azerbaijan",
    "Armenia",
    "Israel",
    "Myanmar",
)
_FORCES = (
    "government forces",
    "the army",
    "rebel fighters",
    "the Rapid Support Forces",
    "militia groups",
    "Russian troops",
    "Ukrainian forces",
    "security forces",
    "the M23 rebels",
    "Houthi fighters",
    "Hezbollah",
    "the Israeli military",
    "armed gangs",
    "jihadist fighters",
    "Tigrayan forces",
    "the national guard",
)
_REPORTERS = (
    "the health ministry",
    "the Health Ministry",
    "the defence ministry",
    "the Defense Ministry",
    "the local governor",
    "the regional governor",
    "civil defence officials",
    "the United Nations",
    "the U.N. humanitarian office",
    "the Red Cross",
    "Doctors Without Borders",
    "a military spokesman",
    "the interior ministry",
    "the disaster management agency",
    "hospital officials",
    "the police",
    "a rebel spokesman",
    "the mayor",
    "local authorities",
    "the army",
)
_PEOPLE = (
    "Amina Yusuf",
    "Oleksandr Petrenko",
    "Mohammed al-Amin",
    "Sara Haile",
    "Jean-Baptiste Mulamba",
    "Marie-Claire Joseph",
    "Ahmad Darwish",
    "Fatima Saleh",
    "Hassan Nasrallah Qasim",
    "Iryna Kovalenko",
    "Dawit Bekele",
    "Grace Banda",
    "Ibrahim Musa",
    "Elena Varga",
    "Tomas Lindqvist",
    "Nadia Haddad",
    "Peter Okello",
    "Ana Sousa",
    "Karim Benali",
    "Lena Ostrova",
)
_ROLES = (
    "a spokesman for the ministry",
    "the head of the regional hospital",
    "a local official",
    "an aid worker",
    "the country director of the charity",
    "a resident",
    "a shopkeeper",
    "a teacher",
    "a nurse",
    "the deputy governor",
    "an analyst at the institute",
    "the commander of the brigade",
    "a farmer",
    "a volunteer with the relief committee",
)
_ORGS = (
    "the World Food Programme",
    "UNICEF",
    "the International Organization for Migration",
    "the World Bank",
    "the European Union",
    "the African Union",
    "the IMF",
    "Save the Children",
    "the World Health Organization",
    "the Norwegian Refugee Council",
    "the Security Council",
    "the International Rescue Committee",
)
_EVENTS = (
    "an air strike",
    "a drone attack",
    "shelling",
    "a missile strike",
    "an ambush",
    "clashes",
    "a car bombing",
    "an attack on a market",
    "artillery fire",
    "a raid",
    "fighting",
    "a suicide bombing",
)
_DISASTERS = (
    "the earthquake",
    "the floods",
    "the cyclone",
    "the landslide",
    "the storm",
    "the cholera outbreak",
    "the ferry disaster",
    "the fire",
    "the mudslides",
    "the heatwave",
)
_OUTLETS = ("Reuters", "AP", "AFP", "BBC News", "Al Jazeera", "The Guardian", "DW", "Kyiv Post")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MON = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
_VAGUE = ("dozens of", "hundreds of", "scores of", "several", "thousands of")
_QUAL = ("at least ", "more than ", "nearly ", "about ", "some ", "", "", "", "up to ")
_WORDS = (
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "Twenty-seven",
    "forty",
)
_CIVIL = (
    "people",
    "civilians",
    "children",
    "women and children",
    "residents",
    "villagers",
    "passengers",
    "aid workers",
    "journalists",
    "patients",
)
_MILITARY = (
    "soldiers",
    "troops",
    "fighters",
    "servicemen",
    "militants",
    "police officers",
    "peacekeepers",
    "rebels",
)

_ORDINALS = ("first", "second", "third", "fourth")
_TOPICS = ("ceasefire", "prisoner exchange", "grain deal", "corridor")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Writer:
    """One story's vocabulary draws, from one seeded generator."""

    def __init__(self, rng: random.Random, published: dt.date, toll_share: float) -> None:
        self.rng = rng
        self.toll_share = toll_share
        self.published = published
        self.place = rng.choice(_CITIES)
        self.country = rng.choice(_COUNTRIES)
        self.reporter = rng.choice(_REPORTERS)

    def pick(self, items: tuple[str, ...]) -> str:
        return self.rng.choice(items)

    def n(self, low: int = 2, high: int = 400) -> str:
        """A count as the press writes it: digits with separators, or words when small."""
        value = int(self.rng.paretovariate(1.1) * low)
        value = min(value, high * 30)
        if value < 13 and self.rng.random() < 0.4:
            return self.pick(_WORDS).lower() if value > 1 else "two"
        return f"{value:,}"

    def day(self) -> str:
        back = self.rng.randint(0, 40)
        d = self.published - dt.timedelta(days=back)
        form = self.rng.random()
        if form < 0.35:
            return f"on {_WEEKDAYS[d.weekday()]}"
        if form < 0.7:
            return f"on {_MON[d.month - 1]} {d.day}"
        if form < 0.85:
            return f"on {d.day} {_MONTHS[d.month - 1]} {d.year}"
        return self.pick(("last week", "over the weekend", "on Sunday night", "overnight"))

    def month(self) -> str:
        return _MONTHS[self.rng.randrange(12)]

    def year(self) -> str:
        return str(self.rng.randint(1990, self.published.year))

    def toll(self) -> str:
        """A sentence that states one or two casualty figures."""
        r = self.rng
        who = self.pick(_CIVIL if r.random() < 0.6 else _MILITARY)
        q = self.pick(_QUAL)
        form = r.randrange(12)
        rep = self.reporter
        if form == 0:
            return (
                f"{_cap(rep)} said {q}{self.n()} {who} were killed and {self.n()} "
                f"wounded in {self.pick(_EVENTS)} on {self.place} {self.day()}."
            )
        if form == 1:
            return (
                f"The death toll from {self.pick(_DISASTERS)} in {self.country} rose to "
                f"{self.n(20, 3000)}, {rep} said {self.day()}."
            )
        if form == 2:
            return (
                f"{_cap(self.pick(_EVENTS))} killed {q}{self.n()} {who} in {self.place} "
                f"{self.day()}, according to {rep}."
            )
        if form == 3:
            return (
                f"{_cap(rep)} said {self.n()} more {who} had died, bringing the total "
                f"since {self.pick(_MON)} {r.randint(1, 28)} to {self.n(50, 5000)}."
            )
        if form == 4:
            return (
                f"At least {self.n()} {who} have been killed and {self.n()} injured since the "
                f"fighting began, {rep} said in a statement."
            )
        if form == 5:
            return (
                f'"We counted {self.n()} bodies in the rubble," said {self.pick(_PEOPLE)}, '
                f"{self.pick(_ROLES)}."
            )
        if form == 6:
            return (
                f"{_cap(self.pick(_VAGUE))} {who} are missing after {self.pick(_DISASTERS)}, "
                f"officials said."
            )
        if form == 7:
            return (
                f"{_cap(self.pick(_FORCES))} said they had killed {self.n()} "
                f"{self.pick(_MILITARY)} near {self.place} {self.day()}."
            )
        if form == 8:
            return (
                f"The number of people wounded has climbed to {self.n(10, 9000)}, "
                f"{rep} said on its Telegram channel."
            )
        if form == 9:
            return (
                f"{_cap(rep)} put the number of dead at {self.n(5, 900)}, including "
                f"{self.n()} children."
            )
        if form == 10:
            return (
                f"In {self.year()}, a similar {self.pick(_EVENTS)} in {self.pick(_CITIES)} "
                f"claimed {self.n(10, 2000)} lives."
            )
        return _cap(
            f"{self.n()} {who} were killed {self.day()} when {self.pick(_EVENTS)} hit "
            f"{self.place}, {rep} said."
        )

    def filler(self) -> str:
        """A sentence with numbers, dates or names that is not a toll."""
        r = self.rng
        form = r.randrange(24)
        org = self.pick(_ORGS)
        if form == 0:
            return (
                f"{_cap(org)} said it had delivered {self.n(10, 900)} tonnes of flour to "
                f"{self.place} {self.day()}, enough to feed {self.n(1000, 90000)} families."
            )
        if form == 1:
            return (
                f"{self.pick(_PEOPLE)}, {r.randint(19, 81)}, {self.pick(_ROLES)} from "
                f"{self.place}, said the market had reopened {self.day()}."
            )
        if form == 2:
            return (
                f"A convoy of {self.n(5, 120)} trucks left {self.pick(_CITIES)} at "
                f"{r.randint(1, 12)}:{r.randint(0, 59):02d} a.m. and covered "
                f"{self.n(20, 600)} kilometres."
            )
        if form == 3:
            return (
                f"The price of bread has risen by {r.randint(5, 300)} percent since "
                f"{self.month()}, and a litre of fuel now costs {r.randint(2, 90)} dollars."
            )
        if form == 4:
            return (
                f"The {r.randint(9, 60)}-member council is expected to vote on the proposal "
                f"{self.day()}, {self.pick(_PEOPLE)} told {self.pick(_OUTLETS)}."
            )
        if form == 5:
            return (
                f"{self.n(500, 90000)} people have fled their homes since {self.month()} "
                f"{self.year()}, according to {org}."
            )
        if form == 6:
            return (
                f"The talks in {self.pick(_CITIES)} were the {self.pick(_ORDINALS)} "
                f"round since the ceasefire of {self.pick(_MON)} {r.randint(1, 28)}."
            )
        if form == 7:
            return (
                f"{self.pick(_PEOPLE)} said the hospital had {r.randint(2, 400)} beds and only "
                f"{r.randint(1, 30)} doctors, and that its generator ran {r.randint(2, 20)} "
                f"hours a day."
            )
        if form == 8:
            return (
                f"{_cap(org)} appealed for ${r.randint(2, 900)} million to help "
                f"{self.n(1000, 900000)} people through the winter."
            )
        if form == 9:
            return (
                f"The road between {self.place} and {self.pick(_CITIES)} was closed for "
                f"{r.randint(2, 30)} days in {self.month()}."
            )
        if form == 10:
            return (
                f"{_cap(self.pick(_FORCES))} said they had captured "
                f"{r.randint(2, 14)} villages and {r.randint(2, 40)} square kilometres of land."
            )
        if form == 11:
            return (
                f"Schools in {self.country} have been shut since {self.day().removeprefix('on ')}, "
                f"affecting {self.n(1000, 900000)} pupils."
            )
        if form == 12:
            return (
                f"The {r.randint(1990, 2024)} agreement, signed by {self.pick(_PEOPLE)} and "
                f"{self.pick(_PEOPLE)}, set a border of {self.n(50, 900)} miles."
            )
        if form == 13:
            return (
                f"{self.pick(_PEOPLE)}, who is {r.randint(30, 80)}, has led the party since "
                f"{self.year()}."
            )
        if form == 14:
            return (
                f"Power was restored to {r.randint(10, 95)} percent of homes in "
                f"{self.place} by {r.randint(1, 11)} p.m."
            )
        if form == 15:
            return (
                f"The parliament approved a budget of {r.randint(2, 90)}.{r.randint(1, 9)} "
                f"billion {self.pick(('dollars', 'euros', 'pounds', 'hryvnias'))} for "
                f"{self.year()}."
            )
        if form == 16:
            return (
                f"Satellite images taken {self.day()} show {self.n(10, 4000)} buildings "
                f"damaged in {self.place}."
            )
        if form == 17:
            return (
                f'"We have not slept for {self.pick(_WORDS).lower()} nights," said '
                f"{self.pick(_PEOPLE)}, a mother of {r.randint(2, 8)}."
            )
        if form == 18:
            return (
                f"The {self.pick(('3rd', '25th', '47th', '110th', '1st'))} brigade moved "
                f"{self.n(2, 80)} tanks towards {self.pick(_CITIES)}, {self.pick(_OUTLETS)} "
                f"reported."
            )
        if form == 19:
            return (
                f"Flights resumed at {self.pick(_CITIES)} airport {self.day()} after "
                f"{r.randint(2, 20)} weeks, with {self.n(3, 60)} departures a day."
            )
        if form == 20:
            return (
                f"{self.pick(_PEOPLE)} was re-elected in {self.month()} with "
                f"{r.randint(40, 90)}.{r.randint(0, 9)} percent of the vote."
            )
        if form == 21:
            return (
                f"The river rose {r.randint(2, 9)} metres in {r.randint(2, 48)} hours, "
                f"the weather service said {self.day()}."
            )
        if form == 22:
            return (
                f"About {self.n(1000, 90000)} refugees crossed into {self.pick(_COUNTRIES)} "
                f"in the first {r.randint(2, 12)} weeks of {self.year()}."
            )
        return (
            f"{self.pick(_PEOPLE)} met {self.pick(_PEOPLE)} in {self.pick(_CITIES)} "
            f"{self.day()} to discuss the {self.pick(_TOPICS)}."
        )

    def sentence(self) -> str:
        return self.toll() if self.rng.random() < self.toll_share else self.filler()

    def headline(self) -> str:
        if self.rng.random() < 0.5:
            return (
                f"{_cap(self.pick(_DISASTERS).removeprefix('the '))} in "
                f"{self.country}: toll rises to {self.n(10, 900)}"
            )
        return f"Fighting flares near {self.place} as talks stall"


def _story(rng: random.Random, index: int, toll_share: float | None = None) -> Document:
    published = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(7 * 365))
    w = _Writer(rng, published, TOLL_SHARE if toll_share is None else toll_share)
    target = rng.randint(2000, 8000)
    parts = [w.headline(), "", f"{w.place.upper()}, {w.pick(_COUNTRIES)} ({w.pick(_OUTLETS)}) --"]
    size = sum(len(p) + 1 for p in parts)
    while size < target:
        paragraph = " ".join(w.sentence() for _ in range(rng.randint(1, 4)))
        parts.append("")
        parts.append(paragraph)
        size += len(paragraph) + 2
    text = "\n".join(parts) + "\n"
    return Document(text=text, published=published, source=f"doc{index:07d}", outlet=None)


def generate(n_docs: int, *, seed: int = 0, toll_share: float | None = None) -> Iterator[Document]:
    """``n_docs`` stories of 2–8 KB each, the same for the same seed; ``toll_share`` is the
    share of body sentences that state a toll (default :data:`TOLL_SHARE`)."""
    rng = random.Random(seed)
    for i in range(n_docs):
        yield _story(rng, i, toll_share)


def generate_mb(
    megabytes: float, *, seed: int = 0, toll_share: float | None = None
) -> Iterator[Document]:
    """Stories until their UTF-8 text reaches ``megabytes`` (10**6 bytes)."""
    limit = int(megabytes * 1_000_000)
    rng = random.Random(seed)
    size = 0
    i = 0
    while size < limit:
        doc = _story(rng, i, toll_share)
        size += len(doc.text.encode("utf-8"))
        i += 1
        yield doc


def write_folder(
    folder: Path, megabytes: float, *, seed: int = 0, toll_share: float | None = None
) -> int:
    """Write a corpus as .txt files plus ``manifest.csv`` (file, published) in ``folder``;
    returns the number of bytes of text written."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["file", "published", "outlet", "title"])
        for doc in generate_mb(megabytes, seed=seed, toll_share=toll_share):
            name = f"{doc.source}.txt"
            data = doc.text.encode("utf-8")
            (folder / name).write_bytes(data)
            total += len(data)
            published = doc.published.isoformat() if doc.published else ""
            out.writerow([name, published, "", ""])
    return total


def claim_frame(n: int, *, seed: int = 0) -> pd.DataFrame:
    """About ``n`` claims as :func:`casualties.to_frame` gives them, built column-wise.

    The structure of a long war's reporting: many reporters (ministries, militaries,
    agencies, unattributed tallies) each keeping running totals per side, status and outcome
    that rise over time; every statement repeated by one to four outlets; increments
    ("11 more"), bounds ("at least", "more than", "nearly"), vague words, dates found three
    ways, and a few historical figures.
    """
    rng = np.random.default_rng(seed)
    n_stmt = max(1, round(n / 2.5))
    n_rep = max(8, n // 4000)
    n_side = max(4, n // 25000)
    reporters = np.array([f"reporter-{i:03d}" for i in range(n_rep)] + [""], dtype=object)
    sides = np.array([f"side-{i:02d}" for i in range(n_side)] + ["both", ""], dtype=object)
    statuses = np.array(["military", "civilian", "unspecified"], dtype=object)
    outcomes = np.array(["killed", "wounded", "missing", "captured", "casualties"], dtype=object)
    rep = rng.integers(0, n_rep + 1, n_stmt)
    side = rng.integers(0, n_side + 2, n_stmt)
    status = rng.integers(0, 3, n_stmt)
    outcome = rng.choice(5, n_stmt, p=[0.55, 0.25, 0.08, 0.04, 0.08])
    key = ((rep * (n_side + 2) + side) * 3 + status) * 5 + outcome
    rate = (np.asarray(key) % 97 + 3).astype(np.float64)
    start = np.datetime64("2022-02-24", "D")
    offset = rng.integers(0, 600, n_stmt)
    incremental = rng.random(n_stmt) < 0.15
    value = np.where(
        incremental,
        rng.integers(1, 60, n_stmt),
        # a rising total, one figure per series and day; a few statements disagree
        (rate * (offset + 1) + (key * 7 + offset) % 3).astype(np.int64)
        + np.where(rng.random(n_stmt) < 0.02, rng.integers(-40, 40, n_stmt), 0).clip(0),
    )
    qual = rng.choice(
        np.array(["exact", "at_least", "more_than", "nearly", "about", "vague"], dtype=object),
        n_stmt,
        p=[0.7, 0.13, 0.05, 0.04, 0.04, 0.04],
    )
    low = np.where(qual == "more_than", value + 1, value).astype(np.float64)
    high = value.astype(np.float64)
    high[np.isin(qual, ["at_least", "more_than", "about"])] = np.nan
    low[qual == "nearly"] = np.nan
    vague = qual == "vague"
    low[vague], high[vague] = 200.0, 999.0
    val = value.astype(np.float64)
    val[vague] = np.nan
    how = rng.choice(
        np.array(["stated", "relative", "published"], dtype=object), n_stmt, p=[0.5, 0.3, 0.2]
    )
    as_of = start + offset
    earliest = np.full(n_stmt, np.datetime64("NaT"), dtype="datetime64[D]")
    week = (how == "relative") & (rng.random(n_stmt) < 0.2)
    earliest[week] = as_of[week] - 6
    since = np.full(n_stmt, np.datetime64("NaT"), dtype="datetime64[D]")
    stated_since = rng.random(n_stmt) < 0.1
    since[stated_since] = start
    historical = rng.random(n_stmt) < 0.01

    copies = rng.integers(1, 5, n_stmt)
    idx = np.repeat(np.arange(n_stmt), copies)
    m = len(idx)
    delay = rng.integers(0, 3, m)
    published = as_of[idx] + delay
    doc = rng.integers(0, max(1, m // 3), m)
    first = rng.integers(0, 6000, m)
    quote = pd.Series(value[idx]).map("{:,} killed".format).to_numpy()
    lengths = np.fromiter((len(q) for q in quote), dtype=np.int64, count=m)

    def text(values: np.ndarray) -> pd.Series:
        return pd.Series(values, dtype="string").replace("", pd.NA)

    frame = pd.DataFrame(
        {
            "value": pd.Series(val[idx]).astype("Int64"),
            "low": pd.Series(low[idx]).astype("Int64"),
            "high": pd.Series(high[idx]).astype("Int64"),
            "qualifier": pd.Series(qual[idx], dtype="string"),
            "outcome": pd.Series(outcomes[outcome[idx]], dtype="string"),
            "status": pd.Series(statuses[status[idx]], dtype="string"),
            "side": text(sides[side[idx]]),
            "reporter": text(reporters[rep[idx]]),
            "reporter_text": text(reporters[rep[idx]]),
            "basis": pd.Series(
                np.where(incremental[idx], "incremental", "cumulative"), dtype="string"
            ),
            "as_of": pd.Series(
                np.where(how[idx] == "published", published, as_of[idx]).astype("datetime64[s]")
            ),
            "as_of_source": pd.Series(how[idx], dtype="string"),
            "since": pd.Series(since[idx].astype("datetime64[s]")),
            "historical": historical[idx],
            "published": pd.Series(published.astype("datetime64[s]")),
            "source": pd.Series(np.char.add("doc", doc.astype(str)).astype(object), dtype="string"),
            "quote": pd.Series(quote, dtype="string"),
            "start": pd.array(first, dtype="Int64"),
            "end": pd.array(first + lengths, dtype="Int64"),
            "as_of_earliest": pd.Series(earliest[idx].astype("datetime64[s]")),
            "rule": pd.Series(np.full(m, "bench"), dtype="string"),
        }
    )
    return frame
