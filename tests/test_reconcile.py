"""Reconciliation: the seeds' series (DESIGN §6), then each stage on small hand-made claims."""

from __future__ import annotations

import datetime as dt
import itertools
import warnings
from typing import Any

import pandas as pd
import pytest

from casualties.errors import FrameError, InputError, ReconcileWarning
from casualties.reconcile import RULES, Reconciliation, reconcile, register_rule
from casualties.records import Claim, to_frame

D = dt.date
_offsets = itertools.count(0, 1000)


def claim(
    quote: str,
    value: int | None = None,
    *,
    low: Any = "v",
    high: Any = "v",
    q: str = "exact",
    outcome: str = "killed",
    status: str = "military",
    side: str | None = "armenian",
    reporter: str | None = "nk-authorities",
    basis: str = "cumulative",
    as_of: dt.date | None = None,
    src: str = "s",
    published: dt.date | None = None,
    how: str = "stated",
    since: dt.date | None = None,
    earliest: dt.date | None = None,
    historical: bool = False,
    at: int | None = None,
    reporter_text: str | None = None,
) -> Claim:
    """A claim with defaults for the boring fields; ``low``/``high`` default to the value."""
    start = next(_offsets) if at is None else at
    return Claim(
        value=value,
        low=value if low == "v" else low,
        high=value if high == "v" else high,
        qualifier=q,
        outcome=outcome,
        status=status,
        side=side,
        reporter=reporter,
        reporter_text=reporter_text,
        basis=basis,
        as_of=as_of if as_of is not None or how != "published" else published,
        as_of_source=how,
        since=since,
        historical=historical,
        published=published,
        source=src,
        quote=quote,
        start=start,
        end=start + len(quote),
        as_of_earliest=earliest,
    )


def seed_claims() -> list[Claim]:
    """The claims of the five seed articles, as listed in the issue."""
    nk, az, ru = "nk-authorities", "azerbaijan", "russia"
    p0, p1, p2, p3, p4 = (
        D(2020, 11, 2),
        D(2020, 10, 19),
        D(2020, 10, 29),
        D(2020, 10, 23),
        D(2020, 9, 28),
    )
    s27 = D(2020, 9, 27)
    offsets = itertools.count(100, 100)

    def a0(quote: str, value: int | None, **kw: Any) -> Claim:
        kw.setdefault("how", "published")
        kw.setdefault("at", next(offsets))
        return claim(quote, value, src="000_03cae69d11642416", published=p0, **kw)

    def a1(quote: str, value: int | None, **kw: Any) -> Claim:
        kw.setdefault("how", "published")
        kw.setdefault("at", next(offsets))
        return claim(quote, value, src="001_3d03c7cd54260cbd", published=p1, **kw)

    def a2(quote: str, value: int | None, **kw: Any) -> Claim:
        kw.setdefault("how", "published")
        kw.setdefault("at", next(offsets))
        return claim(quote, value, src="002_d568364d6ed7874f", published=p2, **kw)

    def a3(quote: str, value: int | None, **kw: Any) -> Claim:
        kw.setdefault("how", "published")
        kw.setdefault("at", next(offsets))
        return claim(quote, value, src="003_af9771fe82327d0d", published=p3, **kw)

    def a4(quote: str, value: int | None, **kw: Any) -> Claim:
        kw.setdefault("how", "published")
        kw.setdefault("at", next(offsets))
        return claim(quote, value, src="004_c581fe545c0f88e6", published=p4, **kw)

    both = {"side": "both", "status": "unspecified"}
    return [
        a0(
            "11 more soldiers have died",
            11,
            reporter=nk,
            basis="incremental",
            as_of=p0,
            how="stated",
        ),
        a0("1,177", 1177, reporter=nk, since=s27, as_of=p0, how="stated"),
        a0(
            "as many as 5,000 deaths on both sides",
            5000,
            low=None,
            q="at_most",
            reporter=ru,
            **both,
        ),
        a1("729 of their troops", 729, reporter=nk, since=s27),
        a1("36 civilians", 36, reporter=nk, status="civilian"),
        a1("60 civilians have died", 60, reporter=az, side="azerbaijani", status="civilian"),
        a1(
            "270 were wounded",
            270,
            reporter=az,
            side="azerbaijani",
            status="civilian",
            outcome="wounded",
        ),
        a1(
            "at least 13 civilians",
            13,
            high=None,
            q="at_least",
            reporter=az,
            side="azerbaijani",
            status="civilian",
            basis="incremental",
            as_of=D(2020, 10, 17),
            how="stated",
        ),
        a1(
            "50 wounded",
            50,
            reporter=az,
            side="azerbaijani",
            status="civilian",
            outcome="wounded",
            basis="incremental",
            as_of=D(2020, 10, 17),
            how="stated",
        ),
        a1(
            "3 wounded",
            3,
            reporter=nk,
            status="civilian",
            outcome="wounded",
            basis="incremental",
            as_of=D(2020, 10, 17),
            how="stated",
        ),
        a2(
            "Hundreds and possibly thousands",
            None,
            low=200,
            high=None,
            q="vague",
            reporter=None,
            **both,
        ),
        a2("1,119 of their troops", 1119, reporter=nk),
        a2("39 civilians", 39, reporter=nk, status="civilian"),
        a2("killed 90 civilians", 90, reporter=az, side="azerbaijani", status="civilian"),
        a2(
            "wounded 392",
            392,
            reporter=az,
            side="azerbaijani",
            status="civilian",
            outcome="wounded",
        ),
        a2(
            "nearing 5,000",
            5000,
            low=None,
            q="nearly",
            reporter=ru,
            as_of=D(2020, 10, 25),
            earliest=D(2020, 10, 19),
            how="relative",
            **both,
        ),
        a3("almost 5,000 people had been killed", 5000, low=None, q="nearly", reporter=ru, **both),
        a3("37 civilians killed", 37, reporter=nk, status="civilian"),
        a3(
            "more than 2,000 on each side",
            2000,
            low=2001,
            high=None,
            q="more_than",
            reporter=ru,
            status="unspecified",
            at=50_000,
        ),
        a3(
            "more than 2,000 on each side",
            2000,
            low=2001,
            high=None,
            q="more_than",
            reporter=ru,
            status="unspecified",
            side="azerbaijani",
            at=50_000,
        ),
        a3("nearly 1,000 reported killed", 1000, low=None, q="nearly", reporter=None, **both),
        a3("63 civilians", 63, reporter=az, side="azerbaijani", status="civilian"),
        a3(
            "292 have been wounded",
            292,
            reporter=az,
            side="azerbaijani",
            status="civilian",
            outcome="wounded",
        ),
        a4("death toll in Nagorno-Karabakh clashes rises to 58", 58, reporter=nk, at=0),
        a4(
            "Twenty-seven separatist fighters died",
            27,
            reporter=nk,
            basis="incremental",
            as_of=p4,
            how="relative",
        ),
        a4("bringing their military death toll to 58", 58, reporter=nk, as_of=p4, how="relative"),
        a4(
            "a war that claimed 30,000 lives",
            30000,
            reporter=None,
            side=None,
            status="unspecified",
            historical=True,
        ),
        a4(
            "Twenty-seven servicemen died",
            27,
            reporter=nk,
            basis="incremental",
            as_of=p4,
            how="relative",
        ),
        a4("put the number of deaths at 28", 28, reporter=nk, as_of=s27, how="relative"),
        a4("The total death toll rose to 67", 67, reporter=None, as_of=p4, how="relative", **both),
        a4(
            "nine civilian deaths",
            9,
            reporter=None,
            side="both",
            status="civilian",
            as_of=p4,
            how="relative",
        ),
        a4(
            "seven in Azerbaijan",
            7,
            reporter=None,
            side="azerbaijani",
            status="civilian",
            as_of=p4,
            how="relative",
        ),
        a4(
            "two on the Armenian side",
            2,
            reporter=None,
            side="armenian",
            status="civilian",
            as_of=p4,
            how="relative",
        ),
    ]


def run_seeds(**kw: Any) -> Reconciliation:
    with pytest.warns(ReconcileWarning, match="merged 1 group"):
        return reconcile(seed_claims(), profile="karabakh-2020", **kw)


def points(
    rec: Reconciliation,
    reporter: str | None,
    side: str | None,
    status: str,
    outcome: str = "killed",
) -> list[tuple[str, Any, Any, Any, bool]]:
    s = rec.series
    mask = (
        (s["reporter"].fillna("") == (reporter or ""))
        & (s["side"].fillna("") == (side or ""))
        & (s["status"] == status)
        & (s["outcome"] == outcome)
    )
    return [
        (
            d.strftime("%m-%d"),
            None if pd.isna(lo) else int(lo),
            None if pd.isna(b) else int(b),
            None if pd.isna(hi) else int(hi),
            bool(der),
        )
        for d, lo, b, hi, der in s[mask.to_numpy()][
            ["as_of", "low", "best", "high", "derived"]
        ].itertuples(index=False)
    ]


# --------------------------------------------------------------------------- the seeds


def test_seed_series_nk_military() -> None:
    rec = run_seeds()
    assert points(rec, "nk-authorities", "armenian", "military") == [
        ("09-27", 28, 28, 28, False),
        ("09-28", 58, 58, 58, False),
        ("10-19", 729, 729, 729, False),
        ("10-29", 1119, 1119, 1119, False),
        ("11-01", 1166, 1166, 1166, True),
        ("11-02", 1177, 1177, 1177, False),
    ]
    since = rec.series.loc[rec.series["reporter"] == "nk-authorities", "since"].unique()
    assert list(since) == [pd.Timestamp("2020-09-27")]


@pytest.mark.parametrize(
    ("reporter", "side", "status", "outcome", "expected"),
    [
        (
            "nk-authorities",
            "armenian",
            "civilian",
            "killed",
            [("10-19", 36), ("10-23", 37), ("10-29", 39)],
        ),
        (
            "azerbaijan",
            "azerbaijani",
            "civilian",
            "killed",
            [("10-19", 60), ("10-23", 63), ("10-29", 90)],
        ),
        (
            "azerbaijan",
            "azerbaijani",
            "civilian",
            "wounded",
            [("10-19", 270), ("10-23", 292), ("10-29", 392)],
        ),
        (None, "both", "unspecified", "killed", [("09-28", 67), ("10-23", 1000), ("10-29", None)]),
        (None, "both", "civilian", "killed", [("09-28", 9)]),
        (None, "azerbaijani", "civilian", "killed", [("09-28", 7)]),
        (None, "armenian", "civilian", "killed", [("09-28", 2)]),
    ],
    ids=[
        "nk-civilian",
        "az-civilian-killed",
        "az-civilian-wounded",
        "unattributed-all",
        "unattributed-civilians",
        "unattributed-az",
        "unattributed-arm",
    ],
)
def test_seed_series(
    reporter: str | None,
    side: str,
    status: str,
    outcome: str,
    expected: list[tuple[str, int | None]],
) -> None:
    rec = run_seeds()
    got = points(rec, reporter, side, status, outcome)
    assert [(d, b) for d, _lo, b, _hi, _der in got] == expected
    assert not any(der for *_rest, der in got)


def test_seed_vague_tallies_keep_their_bounds() -> None:
    got = points(run_seeds(), None, "both", "unspecified")
    assert got[1] == ("10-23", None, 1000, 1000, False)  # nearly 1,000
    assert got[2] == ("10-29", 200, None, None, False)  # hundreds, possibly thousands


def test_seed_putin_merged_into_one_claim_with_three_citations() -> None:
    rec = run_seeds()
    c = rec.claims
    putin = c[(c["reporter"] == "russia") & (c["side"] == "both")]
    assert len(putin) == 1
    row = putin.iloc[0]
    assert len(row["citations"]) == 3
    assert sorted(x[:3] for x in row["citations"]) == ["000", "002", "003"]
    assert row["as_of_earliest"] == pd.Timestamp("2020-10-19")
    assert row["as_of"] == pd.Timestamp("2020-10-23")
    assert (row["low"] is pd.NA, row["high"]) == (True, 5000)
    assert row["relation"] == "third_party"
    got = points(rec, "russia", "both", "unspecified")
    assert got == [("10-23", None, 5000, 5000, False)]
    s = rec.series[rec.series["reporter"] == "russia"]
    assert set(s["as_of_earliest"].dropna()) == {pd.Timestamp("2020-10-19")}
    merged = rec.findings[rec.findings["kind"] == "merged"]
    assert len(merged) == 1 and "almost 5,000" in merged["detail"].iloc[0]


@pytest.mark.parametrize("side", ["armenian", "azerbaijani"])
def test_seed_putin_more_than_2000_each_side(side: str) -> None:
    assert points(run_seeds(), "russia", side, "unspecified") == [
        ("10-23", 2001, 2001, None, False)
    ]


def test_seed_finding_28_plus_27_is_not_58() -> None:
    f = run_seeds().findings
    bad = f[f["kind"] == "increment_mismatch"]
    assert len(bad) == 1
    row = bad.iloc[0]
    assert row["as_of"] == pd.Timestamp("2020-09-28")
    assert "28" in row["detail"] and "+ 27" in row["detail"] and "= 55 ≠ 58" in row["detail"]
    assert len(row["claim_ids"]) == 3


def test_seed_30000_is_excluded_as_historical() -> None:
    rec = run_seeds()
    ex = rec.excluded
    assert ex["reason"].tolist() == ["historical"]
    assert ex["value"].tolist() == [30000]
    assert 30000 not in rec.claims["value"].dropna().tolist()


def test_seed_repeated_statements_merge_and_nothing_is_lost() -> None:
    rec = run_seeds()
    n = len(seed_claims())
    assert sum(len(c) for c in rec.claims["citations"]) + len(rec.excluded) == n
    c = rec.claims
    fifty_eight = c[c["value"] == 58]
    assert len(fifty_eight) == 1 and len(fifty_eight["citations"].iloc[0]) == 2
    twenty_seven = c[(c["value"] == 27) & (c["basis"] == "incremental")]
    assert len(twenty_seven) == 1 and len(twenty_seven["citations"].iloc[0]) == 2
    assert n - 1 - len(c) == 4  # 3 Putins → 1, two 58s, two 27s


def test_seed_outliers_name_putin_with_a_ratio() -> None:
    f = run_seeds().findings
    out = f[f["kind"] == "outlier"]
    assert set(out["reporter"]) == {"russia"}
    both = out[out["side"] == "both"]["detail"].iloc[0]
    assert "5.0×" in both and "1,000" in both


def test_seed_different_measures_flagged() -> None:
    f = run_seeds().findings
    m = f[f["kind"] == "different_measures"]
    assert set(m["side"]) == {"armenian", "azerbaijani"}
    assert all("do not compare" in d for d in m["detail"])


def test_seed_no_spurious_findings() -> None:
    kinds = run_seeds().findings["kind"].value_counts().to_dict()
    assert kinds == {"different_measures": 2, "increment_mismatch": 1, "merged": 1, "outlier": 3}


def test_seed_relations() -> None:
    c = run_seeds().claims
    rel = dict(
        zip(
            zip(c["reporter"].fillna("-"), c["side"].fillna("-"), strict=True),
            c["relation"],
            strict=False,
        )
    )
    assert rel[("nk-authorities", "armenian")] == "own"
    assert rel[("azerbaijan", "azerbaijani")] == "own"
    assert rel[("russia", "armenian")] == "third_party"
    assert rel[("-", "both")] == "unattributed"


def test_seed_consensus_conservative_lists_claims() -> None:
    rec = run_seeds()
    cons = rec.consensus
    row = cons[
        (cons["side"] == "both")
        & (cons["status"] == "unspecified")
        & (cons["as_of"] == pd.Timestamp("2020-10-23"))
    ].iloc[0]
    assert row["best"] == 1000  # the unattributed "nearly 1,000", lower than Putin's 5,000
    ids = set(rec.claims["claim_id"])
    assert all(set(s) <= ids for s in cons["sources"])


def test_seed_derived_series_from_increments_only() -> None:
    # NK reports 3 wounded civilians on Oct 17 and no running total: a derived series
    assert points(run_seeds(), "nk-authorities", "armenian", "civilian", "wounded") == [
        ("10-17", 3, 3, 3, True)
    ]


# --------------------------------------------------------------------------- merging


def test_incremental_same_figure_different_days_do_not_merge() -> None:
    claims = [claim("13 killed", 13, basis="incremental", as_of=D(2020, 10, d)) for d in (3, 4)]
    rec = reconcile(claims)
    assert len(rec.claims) == 2


def test_incremental_same_day_same_figure_merges() -> None:
    claims = [
        claim("13 killed", 13, basis="incremental", as_of=D(2020, 10, 3), src=s) for s in "ab"
    ]
    rec = reconcile(claims)
    assert rec.claims["citations"].tolist() == [
        (
            "a:" + str(claims[0].start) + "-" + str(claims[0].end),
            "b:" + str(claims[1].start) + "-" + str(claims[1].end),
        )
    ]


def test_cumulative_windows_that_do_not_overlap_stay_apart() -> None:
    claims = [claim("100", 100, as_of=D(2020, 10, 3)), claim("100", 100, as_of=D(2020, 10, 5))]
    assert len(reconcile(claims).claims) == 2


def test_different_baselines_do_not_merge() -> None:
    claims = [
        claim("100", 100, as_of=D(2020, 10, 3)),
        claim("100", 100, as_of=D(2020, 10, 3), since=D(2020, 10, 1)),
    ]
    rec = reconcile(claims)
    assert len(rec.claims) == 2
    assert rec.series["since"].isna().sum() == 1


def test_more_than_does_not_merge_with_exact() -> None:
    claims = [
        claim("2,000", 2000, as_of=D(2020, 10, 3)),
        claim("more than 2,000", 2000, low=2001, high=None, q="more_than", as_of=D(2020, 10, 3)),
    ]
    assert len(reconcile(claims).claims) == 2


def test_merge_keeps_narrowest_window_and_warns() -> None:
    claims = [
        claim(
            "as many as 500", 500, low=None, q="at_most", published=D(2020, 10, 9), how="published"
        ),
        claim(
            "nearly 500",
            500,
            low=None,
            q="nearly",
            as_of=D(2020, 10, 8),
            earliest=D(2020, 10, 2),
            how="relative",
            published=D(2020, 10, 8),
        ),
    ]
    with pytest.warns(ReconcileWarning, match="merged 1 group") as record:
        rec = reconcile(claims)
    assert record[0].filename == __file__  # stacklevel=2 points at the caller
    row = rec.claims.iloc[0]
    assert (row["as_of_earliest"], row["as_of"]) == (
        pd.Timestamp("2020-10-02"),
        pd.Timestamp("2020-10-08"),
    )


def test_same_wording_merge_is_silent() -> None:
    claims = [claim("58", 58, as_of=D(2020, 9, 28), src=s) for s in "abc"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rec = reconcile(claims)
    assert len(rec.claims) == 1 and rec.findings.empty


def test_claim_id_does_not_depend_on_order() -> None:
    claims = seed_claims()
    with pytest.warns(ReconcileWarning):
        a = reconcile(claims, profile="karabakh-2020").claims
    with pytest.warns(ReconcileWarning):
        b = reconcile(claims[::-1], profile="karabakh-2020").claims
    pd.testing.assert_frame_equal(a, b)
    assert a["claim_id"].is_unique


# --------------------------------------------------------------------------- exclusions


def test_window_and_date_exclusions() -> None:
    claims = [
        claim("before", 5, as_of=D(2020, 9, 1)),
        claim("after", 5, as_of=D(2020, 12, 1)),
        claim("undated", 5, as_of=None, how="published", published=None),
        claim("inside", 5, as_of=D(2020, 10, 1)),
    ]
    rec = reconcile(claims, profile="karabakh-2020")
    reasons = dict(zip(rec.excluded["quote"], rec.excluded["reason"], strict=True))
    assert reasons == {
        "before": "outside the profile window",
        "after": "outside the profile window",
        "undated": "no date",
    }
    assert rec.claims["quote"].tolist() == ["inside"]


def test_known_by_excludes_later_publications() -> None:
    claims = [
        claim("a", 10, as_of=D(2020, 10, 1), published=D(2020, 10, 1)),
        claim("b", 20, as_of=D(2020, 10, 5), published=D(2020, 10, 6)),
    ]
    rec = reconcile(claims, known_by="2020-10-05")
    assert rec.claims["quote"].tolist() == ["a"]
    assert rec.excluded["reason"].tolist() == ["published after known_by"]
    assert len(reconcile(claims, known_by=D(2020, 10, 6)).claims) == 2


def test_known_by_replays_the_seeds() -> None:
    rec = reconcile(seed_claims(), profile="karabakh-2020", known_by=D(2020, 10, 19))
    assert set(rec.excluded["reason"]) == {"historical", "published after known_by"}
    assert points(rec, "nk-authorities", "armenian", "military")[-1][:2] == ("10-19", 729)


# --------------------------------------------------------------------------- findings


def test_decrease_finding() -> None:
    claims = [claim(str(v), v, as_of=D(2020, 10, d)) for v, d in ((50, 1), (60, 2), (55, 3))]
    f = reconcile(claims).findings
    assert f["kind"].tolist() == ["decrease"]
    assert "60" in f["detail"].iloc[0] and "55" in f["detail"].iloc[0]


def test_loose_bounds_are_no_decrease() -> None:
    claims = [
        claim("50", 50, as_of=D(2020, 10, 1)),
        claim("nearly 60", 60, low=None, q="nearly", as_of=D(2020, 10, 2)),
    ]
    assert reconcile(claims).findings.empty


def test_conflicting_figures_same_day() -> None:
    claims = [claim("50", 50, as_of=D(2020, 10, 1)), claim("52", 52, as_of=D(2020, 10, 1))]
    f = reconcile(claims).findings
    assert f["kind"].tolist() == ["conflicting_figures"]
    assert "50 and 52" in f["detail"].iloc[0]


def test_outlier_needs_ratio() -> None:
    base = {"side": "x", "status": "unspecified", "as_of": D(2020, 10, 1)}
    claims = [
        claim("100", 100, reporter="a", **base),
        claim("120", 120, reporter="b", **base),
        claim("1,000", 1000, reporter="c", **base),
    ]
    f = reconcile(claims).findings
    out = f[f["kind"] == "outlier"]
    assert out["reporter"].tolist() == ["c"]
    assert "8.3×" in out["detail"].iloc[0]


def test_low_outlier_against_two_peers() -> None:
    base = {"side": "x", "status": "unspecified", "as_of": D(2020, 10, 1)}
    claims = [
        claim("100", 100, reporter="a", **base),
        claim("120", 120, reporter="b", **base),
        claim("10", 10, reporter="c", **base),
    ]
    out = reconcile(claims).findings
    assert out["reporter"].tolist() == ["c"] and "lowest" in out["detail"].iloc[0]


def test_different_measures() -> None:
    base = {"side": "x", "as_of": D(2020, 10, 1)}
    claims = [
        claim("100", 100, reporter="a", status="military", **base),
        claim("150", 150, reporter="b", status="unspecified", outcome="casualties", **base),
        claim("30", 30, reporter="c", status="civilian", outcome="wounded", **base),
    ]
    f = reconcile(claims).findings
    m = f[f["kind"] == "different_measures"]
    # casualties (unspecified) may include a's military killed and c's civilian wounded;
    # a's military killed and c's civilian wounded are plainly different things
    assert len(m) == 2
    assert all("casualties" in d and "b's" in d for d in m["detail"])


def test_increment_larger_than_total() -> None:
    claims = [
        claim("10", 10, as_of=D(2020, 10, 2)),
        claim("12 more", 12, basis="incremental", as_of=D(2020, 10, 2)),
    ]
    f = reconcile(claims).findings
    assert f["kind"].tolist() == ["increment_mismatch"]
    assert "larger than the total" in f["detail"].iloc[0]


def test_loose_increment_pairs_only_within_its_document() -> None:
    same = [
        claim(
            "11 more", 11, basis="incremental", how="published", published=D(2020, 11, 2), src="x"
        ),
        claim("1,177", 1177, as_of=D(2020, 11, 2), src="x"),
    ]
    other = [same[0], claim("1,177", 1177, as_of=D(2020, 11, 2), src="y")]
    assert reconcile(same).series["derived"].sum() == 1
    assert reconcile(other).series["derived"].sum() == 0


# --------------------------------------------------------------------------- relations


@pytest.mark.parametrize(
    ("reporter", "side", "expected"),
    [
        ("nk-authorities", "armenian", "own"),
        ("nk-authorities", "azerbaijani", "adversary"),
        ("azerbaijan", "armenian", "adversary"),
        ("nk-authorities", "both", "mixed"),
        ("russia", "armenian", "third_party"),
        (None, "armenian", "unattributed"),
    ],
)
def test_relation_with_profile(reporter: str | None, side: str, expected: str) -> None:
    rec = reconcile(
        [claim("5", 5, reporter=reporter, side=side, as_of=D(2020, 10, 1))], profile="karabakh-2020"
    )
    assert rec.claims["relation"].tolist() == [expected]


def test_relation_without_profile_uses_side_from_text(monkeypatch: pytest.MonkeyPatch) -> None:
    del monkeypatch  # the real demonym table reads "Ukraine's" as the Ukrainian side
    claims = [
        claim(
            "5",
            5,
            reporter="ua-mod",
            reporter_text="Ukraine's defense ministry",
            side=s,
            as_of=D(2022, 3, 1),
        )
        for s in ("ukrainian", "russian")
    ]
    rec = reconcile(claims)
    assert sorted(rec.claims["relation"]) == ["adversary", "own"]


# --------------------------------------------------------------------------- rules


def _rule_claims() -> list[Claim]:
    base = {"side": "x", "status": "military", "as_of": D(2020, 10, 1)}
    return [
        claim("100", 100, reporter="a", **base),
        claim("at least 150", 150, high=None, q="at_least", reporter="b", **base),
        claim("between 90 and 130", None, low=90, high=130, q="range", reporter="c", **base),
    ]


def test_rule_conservative() -> None:
    rec = reconcile(_rule_claims(), rule="conservative")
    row = rec.consensus.iloc[0]
    assert (row["low"], row["best"], row["high"]) == (90, pd.NA, 130) or (
        row["low"],
        row["high"],
    ) == (90, 130)
    assert len(row["sources"]) == 1


def test_rule_range() -> None:
    rec = reconcile(_rule_claims(), rule="range")
    row = rec.consensus.iloc[0]
    assert row["low"] == 90 and row["high"] is pd.NA and row["best"] == 125
    assert len(row["sources"]) == 3


def test_rule_hierarchy() -> None:
    rec = reconcile(_rule_claims(), rule="hierarchy", hierarchy=["b", "a"])
    row = rec.consensus.iloc[0]
    assert (row["low"], row["best"]) == (150, 150)
    id_b = rec.claims.loc[rec.claims["reporter"] == "b", "claim_id"].iloc[0]
    assert row["sources"] == (id_b,)


def test_rule_hierarchy_from_profile() -> None:
    base = {"side": "armenian", "status": "military", "as_of": D(2020, 10, 1)}
    claims = [
        claim("100", 100, reporter="armenia", **base),
        claim("90", 90, reporter="nk-authorities", **base),
        claim("80", 80, reporter="russia", **base),
    ]
    rec = reconcile(claims, profile="karabakh-2020", rule="hierarchy")
    assert rec.consensus["best"].tolist() == [90]


def test_rule_errors() -> None:
    with pytest.raises(InputError, match="unknown rule"):
        reconcile([], rule="average")
    with pytest.raises(InputError, match="hierarchy"):
        reconcile([], rule="hierarchy")


def test_consensus_never_mixes_measures() -> None:
    base = {"side": "x", "as_of": D(2020, 10, 1), "reporter": "a"}
    claims = [
        claim("100", 100, status="military", **base),
        claim("150", 150, status="unspecified", outcome="casualties", **base),
        claim("120", 120, status="military", since=D(2020, 9, 1), **base),
    ]
    cons = reconcile(claims, rule="range").consensus
    assert len(cons) == 3 and sorted(cons["best"].tolist()) == [100, 120, 150]


def test_register_rule() -> None:
    @register_rule("highest")
    def _highest(points: pd.DataFrame) -> pd.DataFrame:
        from casualties.reconcile import _pick

        return _pick(points, ["fig"], ascending=[False])

    try:
        rec = reconcile(_rule_claims(), rule="highest")
        assert rec.consensus["low"].tolist() == [150]
    finally:
        del RULES["highest"]


# --------------------------------------------------------------------------- units


def test_rate_and_figure_in_persons() -> None:
    rec = run_seeds()
    r = rec.rate("nk-authorities", "armenian", "military", "killed")
    assert str(r.units) == "person / day"
    assert r.magnitude == pytest.approx((1177 - 28) / 36)
    r2 = rec.rate(
        "nk-authorities", "armenian", "military", "killed", start="2020-10-19", end="2020-10-29"
    )
    assert r2.magnitude == pytest.approx(39.0)
    fig = rec.figure("nk-authorities", "armenian", "military", "killed", on="2020-10-25")
    assert (fig.magnitude, str(fig.units)) == (729, "person")
    with pytest.raises(InputError):
        rec.rate("nobody", "armenian", "military", "killed")


def test_units_not_created_at_import() -> None:
    import subprocess
    import sys

    code = (
        "import sys, casualties.reconcile, casualties.plot;"
        "print('pint' in sys.modules, 'matplotlib' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


# --------------------------------------------------------------------------- frames


def test_accepts_frame_and_round_trips(tmp_path: Any) -> None:
    frame = to_frame(seed_claims())
    direct = run_seeds()
    with pytest.warns(ReconcileWarning):
        from_frame = reconcile(frame, profile="karabakh-2020")
    frame.to_csv(tmp_path / "c.csv", index=False)
    frame.to_parquet(tmp_path / "c.parquet")
    with pytest.warns(ReconcileWarning):
        from_csv = reconcile(pd.read_csv(tmp_path / "c.csv"), profile="karabakh-2020")
    with pytest.warns(ReconcileWarning):
        from_pq = reconcile(pd.read_parquet(tmp_path / "c.parquet"), profile="karabakh-2020")
    for other in (from_frame, from_csv, from_pq):
        for name in ("claims", "excluded", "series", "findings", "consensus"):
            pd.testing.assert_frame_equal(getattr(direct, name), getattr(other, name))


def test_reconciled_claims_round_trip_through_csv(tmp_path: Any) -> None:
    rec = run_seeds()
    rec.claims.to_csv(tmp_path / "k.csv", index=False)
    again = reconcile(pd.read_csv(tmp_path / "k.csv"), profile="karabakh-2020")
    pd.testing.assert_frame_equal(rec.series, again.series)
    assert again.claims["citations"].tolist() == rec.claims["citations"].tolist()


@pytest.mark.parametrize(
    ("column", "bad", "match"),
    [
        ("value", "many", "column 'value', row 0: expected a whole number"),
        ("low", 2.5, "column 'low', row 0: expected a whole number"),
        ("as_of", "yesterday-ish", "column 'as_of', row 0: expected a date"),
        ("outcome", "hurt", "column 'outcome', row 0: expected one of"),
        ("historical", "maybe", "column 'historical', row 0"),
        ("high", -1, "column 'high', row 0: expected a count"),
    ],
)
def test_bad_frames_name_the_column(column: str, bad: object, match: str) -> None:
    frame = to_frame([claim("5", 5, as_of=D(2020, 10, 1))]).astype(object)
    frame.loc[0, column] = bad
    with pytest.raises(FrameError, match=match):
        reconcile(frame)


def test_missing_column_is_named() -> None:
    frame = to_frame([claim("5", 5, as_of=D(2020, 10, 1))]).drop(columns=["outcome"])
    with pytest.raises(FrameError, match=r"lacks column.*outcome"):
        reconcile(frame)


def test_low_above_high_is_a_frame_error() -> None:
    frame = to_frame([claim("5", 5, as_of=D(2020, 10, 1))])
    frame.loc[0, "low"] = 9
    with pytest.raises(FrameError, match="column 'low'"):
        reconcile(frame)


def test_not_claims_is_an_input_error() -> None:
    with pytest.raises(InputError, match="not a Claim"):
        reconcile([1, 2])  # type: ignore[list-item]
    with pytest.raises(InputError):
        reconcile("claims")  # type: ignore[arg-type]


def test_empty_input() -> None:
    rec = reconcile([])
    assert rec.claims.empty and rec.series.empty and rec.findings.empty
    assert rec.consensus.empty and rec.excluded.empty
    assert list(rec.series.columns)[:11] == [
        "reporter",
        "side",
        "status",
        "outcome",
        "since",
        "as_of",
        "low",
        "best",
        "high",
        "derived",
        "citations",
    ]


def test_frame_columns() -> None:
    rec = run_seeds()
    assert list(rec.claims.columns) == [*to_frame([]).columns, "claim_id", "citations", "relation"]
    assert list(rec.excluded.columns) == [*to_frame([]).columns, "citations", "reason"]
    assert list(rec.findings.columns)[:7] == [
        "kind",
        "reporter",
        "side",
        "status",
        "outcome",
        "as_of",
        "detail",
    ]
    assert list(rec.consensus.columns)[:8] == [
        "side",
        "status",
        "outcome",
        "as_of",
        "low",
        "best",
        "high",
        "sources",
    ]
    assert all(isinstance(c, tuple) and list(c) == sorted(c) for c in rec.claims["citations"])


def test_repr_html() -> None:
    html = run_seeds()._repr_html_()
    assert "Reconciliation" in html and "increment_mismatch" in html and "1,177" in html
    assert "<table" in html
