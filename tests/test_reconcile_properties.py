"""Properties of reconcile on generated claims: order, idempotence, nothing lost."""

from __future__ import annotations

import datetime as dt
import warnings
from collections import Counter
from typing import Any

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualties.errors import ReconcileWarning
from casualties.reconcile import Reconciliation, reconcile
from casualties.records import Claim

BASE = dt.date(2020, 10, 1)
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def claims(draw: Any) -> Claim:
    value = draw(st.sampled_from([5, 10, 12, 50, 100]))
    q = draw(st.sampled_from(["exact", "at_least", "at_most", "nearly", "more_than", "vague"]))
    low, high, val = {
        "exact": (value, value, value),
        "at_least": (value, None, value),
        "at_most": (None, value, value),
        "nearly": (None, value, value),
        "more_than": (value + 1, None, value),
        "vague": (value, None, None),
    }[q]
    day = draw(st.integers(0, 6))
    how = draw(st.sampled_from(["stated", "published", "relative"]))
    as_of = BASE + dt.timedelta(days=day)
    earliest = as_of - dt.timedelta(days=draw(st.integers(1, 4))) if how == "relative" else None
    published = as_of + dt.timedelta(days=draw(st.integers(0, 2)))
    start = draw(st.integers(0, 3)) * 10
    return Claim(
        value=val,
        low=low,
        high=high,
        qualifier=q,
        outcome=draw(st.sampled_from(["killed", "wounded"])),
        status="military",
        side=draw(st.sampled_from(["x", "y", "both"])),
        reporter=draw(st.sampled_from(["a", "b", None])),
        basis=draw(st.sampled_from(["cumulative", "cumulative", "incremental"])),
        as_of=published if how == "published" else as_of,
        as_of_source=how,
        as_of_earliest=earliest,
        published=published,
        historical=draw(st.booleans()) and draw(st.booleans()) and draw(st.booleans()),
        source=draw(st.sampled_from(["s1", "s2", "s3", "s4"])),
        quote="q" * 5,
        start=start,
        end=start + 5,
    )


def quiet(data: Any, **kw: Any) -> Reconciliation:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReconcileWarning)
        return reconcile(data, **kw)


def assert_same(a: Reconciliation, b: Reconciliation, *, skip_merged: bool = False) -> None:
    for name in ("claims", "excluded", "series", "consensus", "findings"):
        x, y = getattr(a, name), getattr(b, name)
        if name == "findings" and skip_merged:
            x = x[x["kind"] != "merged"].reset_index(drop=True)
            y = y[y["kind"] != "merged"].reset_index(drop=True)
        pd.testing.assert_frame_equal(x, y, obj=name)


@SETTINGS
@given(st.lists(claims(), max_size=15), st.randoms(use_true_random=False))
def test_order_does_not_matter(items: list[Claim], rnd: Any) -> None:
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert_same(quiet(items), quiet(shuffled))


@SETTINGS
@given(st.lists(claims(), max_size=15))
def test_reconciling_kept_claims_again_changes_nothing(items: list[Claim]) -> None:
    first = quiet(items)
    again = quiet(first.claims)
    assert again.excluded.empty
    for name in ("claims", "series", "consensus"):
        pd.testing.assert_frame_equal(getattr(first, name), getattr(again, name), obj=name)
    f1 = first.findings[first.findings["kind"] != "merged"].reset_index(drop=True)
    assert_frame = pd.testing.assert_frame_equal
    assert_frame(f1, again.findings.reset_index(drop=True))


@SETTINGS
@given(st.lists(claims(), max_size=15))
def test_every_input_accounted_for_once(items: list[Claim]) -> None:
    rec = quiet(items)
    cited = Counter(c for cs in rec.claims["citations"] for c in cs)
    cited.update(c for cs in rec.excluded["citations"] for c in cs)
    assert cited == Counter(f"{c.source}:{c.start}-{c.end}" for c in items)
    assert sum(map(len, rec.claims["citations"])) + len(rec.excluded) == len(items)


@SETTINGS
@given(st.lists(st.integers(1, 500), min_size=2, max_size=12, unique=True))
def test_increasing_source_has_no_decrease_and_decreasing_always_does(values: list[int]) -> None:
    def make(vals: list[int]) -> list[Claim]:
        return [
            Claim(
                value=v,
                low=v,
                high=v,
                qualifier="exact",
                outcome="killed",
                status="military",
                side="x",
                reporter="a",
                as_of_source="stated",
                as_of=BASE + dt.timedelta(days=i),
                source=f"d{i}",
                quote="n",
                start=0,
                end=1,
            )
            for i, v in enumerate(vals)
        ]

    up = quiet(make(sorted(values))).findings
    assert "decrease" not in set(up["kind"])
    down = quiet(make(sorted(values, reverse=True))).findings
    assert (down["kind"] == "decrease").sum() == len(values) - 1


@SETTINGS
@given(st.lists(claims(), max_size=15))
def test_merged_claims_keep_every_citation(items: list[Claim]) -> None:
    rec = quiet(items)
    for cits in rec.claims["citations"]:
        assert list(cits) == sorted(cits) and len(cits) >= 1
    kept = Counter(c for cs in rec.claims["citations"] for c in cs)
    expected = Counter(f"{c.source}:{c.start}-{c.end}" for c in items if not c.historical)
    assert kept == expected
