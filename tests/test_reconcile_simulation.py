"""A simulated war: a known daily toll, sources that report it in their own ways, and a few
planted inconsistencies. Reconcile must give back what each source said, and find exactly
the planted problems."""

from __future__ import annotations

import datetime as dt
import itertools
import warnings

import numpy as np
import pandas as pd
import pytest

from casualties.errors import ReconcileWarning
from casualties.reconcile import reconcile
from casualties.records import Claim

START = dt.date(2022, 3, 1)
DAYS = 30


def day(i: int) -> dt.date:
    return START + dt.timedelta(days=i)


class World:
    """The true toll and the claims the sources make about it."""

    def __init__(self, seed: int = 7) -> None:
        rng = np.random.default_rng(seed)
        self.daily = {
            side: np.concatenate([[1000], rng.integers(20, 60, DAYS - 1)]) for side in ("a", "b")
        }
        self.total = {side: np.cumsum(d) for side, d in self.daily.items()}
        self.claims: list[Claim] = []
        self._offset = itertools.count(0, 100)

    def say(
        self,
        *,
        reporter: str,
        side: str,
        i: int,
        value: int | None,
        basis: str = "cumulative",
        q: str = "exact",
        low: int | None = None,
        high: int | None = None,
        outlets: int = 1,
        published: int | None = None,
    ) -> None:
        if q == "exact":
            low = high = value
        for k in range(outlets):
            start = next(self._offset)
            quote = f"{value} killed"
            self.claims.append(
                Claim(
                    value=value,
                    low=low,
                    high=high,
                    qualifier=q,
                    outcome="killed",
                    status="military",
                    side=side,
                    reporter=reporter,
                    basis=basis,
                    as_of=day(i),
                    as_of_source="stated",
                    published=day(published if published is not None else i),
                    source=f"{reporter}-{i}-{k}",
                    quote=quote,
                    start=start,
                    end=start + len(quote),
                )
            )


def build() -> tuple[World, dict[str, set[tuple[str, str]]]]:
    w = World()
    ta, tb = w.total["a"], w.total["b"]
    planted: dict[str, set[tuple[str, str]]] = {}
    # mod-a: a's own running total every day, repeated by 1-3 outlets; plus daily increments
    for i in range(DAYS):
        w.say(reporter="mod-a", side="a", i=i, value=int(ta[i]), outlets=1 + i % 3)
        if i in (10, 20):
            w.say(
                reporter="mod-a",
                side="a",
                i=i,
                value=int(w.daily["a"][i]),
                basis="incremental",
                outlets=2,
            )
    # one increment that does not add up
    w.say(reporter="mod-a", side="a", i=15, value=int(w.daily["a"][15]) + 5, basis="incremental")
    planted["increment_mismatch"] = {("mod-a", day(15).isoformat())}
    # mod-b: only daily increments for b
    for i in range(DAYS):
        w.say(reporter="mod-b", side="b", i=i, value=int(w.daily["b"][i]), basis="incremental")
    # monitor: every third day, "at least" rounded down to 10 for a, "nearly" rounded up to
    # 100 for b
    for i in range(0, DAYS, 3):
        down = int(ta[i]) // 10 * 10
        w.say(reporter="monitor", side="a", i=i, value=down, q="at_least", low=down, outlets=2)
        up = -(-int(tb[i]) // 100) * 100
        w.say(reporter="monitor", side="b", i=i, value=up, q="nearly", high=up)
    # late: b's total, published two days after it was valid; one day two figures
    for i in range(0, DAYS, 5):
        w.say(reporter="late", side="b", i=i, value=int(tb[i]), published=i + 2)
    w.say(reporter="late", side="b", i=10, value=int(tb[10]) + 40)
    planted["conflicting_figures"] = {("late", day(10).isoformat())}
    # reviser: a's total with one downward revision on day 12
    for i in range(5, DAYS, 1):
        value = int(ta[i]) - (60 if i == 12 else 0)
        w.say(reporter="reviser", side="a", i=i, value=value)
    planted["decrease"] = {("reviser", day(12).isoformat())}
    return w, planted


def run(w: World) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("error", ReconcileWarning)  # same wording merges: no warning
        return reconcile(w.claims)


def series_of(rec: object, reporter: str, side: str, derived: bool = False) -> pd.DataFrame:
    s = rec.series  # type: ignore[attr-defined]
    return s[
        ((s["reporter"] == reporter) & (s["side"] == side) & (s["derived"] == derived)).to_numpy()
    ]


def test_series_equal_what_each_source_reported() -> None:
    w, _ = build()
    rec = run(w)
    ta, tb = w.total["a"], w.total["b"]
    mod_a = series_of(rec, "mod-a", "a")
    assert mod_a["best"].tolist() == ta.tolist()
    assert mod_a["as_of"].tolist() == [pd.Timestamp(day(i)) for i in range(DAYS)]
    assert [len(c) for c in mod_a["citations"]] == [1 + i % 3 for i in range(DAYS)]
    mod_b = series_of(rec, "mod-b", "b", derived=True)
    assert mod_b["best"].tolist() == tb.tolist()
    mon_a = series_of(rec, "monitor", "a")
    assert mon_a["low"].tolist() == [int(ta[i]) // 10 * 10 for i in range(0, DAYS, 3)]
    assert mon_a["high"].isna().all()
    mon_b = series_of(rec, "monitor", "b")
    assert mon_b["high"].tolist() == [-(-int(tb[i]) // 100) * 100 for i in range(0, DAYS, 3)]
    late = series_of(rec, "late", "b")
    assert sorted(late["best"].tolist()) == sorted(
        [int(tb[i]) for i in range(0, DAYS, 5)] + [int(tb[10]) + 40]
    )
    rev = series_of(rec, "reviser", "a")
    assert rev["best"].tolist() == [int(ta[i]) - (60 if i == 12 else 0) for i in range(5, DAYS)]


def test_finds_every_planted_inconsistency_and_only_those() -> None:
    w, planted = build()
    f = run(w).findings
    found: dict[str, set[tuple[str, str]]] = {}
    for kind, rep, as_of in zip(f["kind"], f["reporter"], f["as_of"], strict=True):
        found.setdefault(kind, set()).add((rep, as_of.date().isoformat()))
    assert found == planted


def test_nothing_lost() -> None:
    w, _ = build()
    rec = run(w)
    assert sum(map(len, rec.claims["citations"])) + len(rec.excluded) == len(w.claims)
    assert rec.excluded.empty


@pytest.mark.parametrize("profile", [None, "own"])
def test_totals_since_the_war_and_since_a_ceasefire_are_two_clean_series(
    profile: str | None, tmp_path: object
) -> None:
    ceasefire = day(10)
    claims = []
    offset = itertools.count(0, 50)
    war = 500
    truce = 0
    for i in range(10, 20):
        war += 7
        truce += 7
        for value, since in ((war, None), (truce, ceasefire)):
            start = next(offset)
            claims.append(
                Claim(
                    value=value,
                    low=value,
                    high=value,
                    qualifier="exact",
                    outcome="killed",
                    status="military",
                    side="a",
                    reporter="mod-a",
                    as_of=day(i),
                    as_of_source="stated",
                    since=since,
                    published=day(i),
                    source=f"daily-{i}",
                    quote=f"{value}",
                    start=start,
                    end=start + len(str(value)),
                )
            )
    prof = None
    if profile:
        path = tmp_path / "war.toml"  # type: ignore[operator]
        path.write_text(
            f'id = "war"\nstart = {START.isoformat()}\n'
            '[[side]]\nid = "a"\n[[reporter]]\nid = "mod-a"\nside = "a"\n'
        )
        prof = str(path)
    rec = reconcile(claims, profile=prof)
    assert rec.findings.empty
    groups = rec.series.groupby("since", dropna=False)["best"].apply(list).to_dict()
    assert len(groups) == 2
    assert sorted(groups.values()) == [list(range(7, 71, 7)), list(range(507, 571, 7))]
    expected_start = pd.Timestamp(START) if profile else None
    war_since = rec.series.loc[rec.series["best"] == 507, "since"].iloc[0]
    assert (war_since is pd.NaT and expected_start is None) or war_since == expected_start
    if profile:
        assert set(rec.claims["relation"]) == {"own"}
