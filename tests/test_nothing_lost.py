"""Nothing lost: every extracted claim survives CSV, Parquet and JSON Lines unchanged, and
reconciliation accounts for each exactly once (kept, with its citation, or excluded)."""

from __future__ import annotations

import datetime as dt
import random
import warnings
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualties import Claim, Document, extract_corpus, reconcile
from casualties.claimsio import read_claims, write_claims
from casualties.errors import ReconcileWarning
from casualties.records import from_frame, to_frame

_REPORTERS = (
    "the health ministry said",
    "Karabakh's defense ministry said",
    "Azerbaijan's prosecutor general's office said",
    "according to Russian President Vladimir Putin",
    "the United Nations said",
    "officials said",
)
_TEMPLATES = (
    "{Who}, {n} soldiers were killed on {day}.",
    "The death toll among civilians rose to {n}, {who}.",
    "At least {n} people were wounded in the shelling of {city}, {who}.",
    "More than {n} troops have died since Sept. 27, {who}.",
    "Nearly {n} people have been killed in the fighting, {who}.",
    "Between {n} and {m} civilians died, {who}.",
    "Dozens of soldiers were killed on {day}, {who}.",
    "Another {k} servicemen were killed, bringing the toll to {n}, {who}.",
    "{n} Armenian soldiers and {k} Azerbaijani civilians were killed, {who}.",
    "The 1990s war claimed some 30,000 lives.",
    "Aid convoys reached {city} after {k} days.",
    "\u201c{N} of our people died,\u201d {who}.",
)
_CITIES = ("Stepanakert", "Ganja", "Barda", "Tartar", "Shusha")
_DAYS = ("Monday", "Tuesday", "Sunday", "Oct. 19", "Sept. 28")


def _sentence(rng: random.Random) -> str:
    who = rng.choice(_REPORTERS)
    n = rng.randint(2, 5000)
    return rng.choice(_TEMPLATES).format(
        n=f"{n:,}",
        N=f"{n:,}",
        m=f"{n + rng.randint(1, 500):,}",
        k=rng.randint(2, 40),
        who=who,
        Who=who[0].upper() + who[1:],
        day=rng.choice(_DAYS),
        city=rng.choice(_CITIES),
    )


def corpus(seed: int, size: int = 6) -> list[Document]:
    """A small corpus of short reports written from the templates, dated in Sept.-Nov. 2020
    (some undated, some repeating another's sentences as wire copy does)."""
    rng = random.Random(seed)
    docs = []
    for i in range(rng.randint(1, size)):
        sentences = [_sentence(rng) for _ in range(rng.randint(1, 8))]
        if docs and rng.random() < 0.3:
            sentences += docs[-1].text.split("\n\n")[:2]
        published = (
            None
            if rng.random() < 0.15
            else dt.date(2020, 9, 27) + dt.timedelta(days=rng.randint(0, 50))
        )
        docs.append(
            Document(
                text="\n\n".join(sentences),
                published=published,
                source=f"{seed:03d}_{i:04d}",
            )
        )
    return docs


def _claims(docs: list[Document], profile: str | None) -> list[Claim]:
    return extract_corpus(docs, profile=profile, progress=False)


def citation(claim: Claim) -> str:
    return f"{claim.source or '?'}:{claim.start}-{claim.end}"


SEEDS = list(range(60))


def test_the_generated_corpora_are_not_trivial() -> None:
    claims = [c for seed in SEEDS[:20] for c in _claims(corpus(seed), "karabakh-2020")]
    assert len(claims) > 100
    assert len({c.qualifier for c in claims}) >= 5
    assert any(c.historical for c in claims)
    assert any(c.as_of is None for c in claims) or any(c.published is None for c in claims)


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
def test_every_claim_survives_a_file_round_trip(suffix: str, tmp_path: Path) -> None:
    for seed in SEEDS:
        claims = _claims(corpus(seed), "karabakh-2020" if seed % 2 else None)
        path = write_claims(claims, tmp_path / f"claims_{seed}{suffix}")
        assert read_claims(path) == claims, f"seed {seed}"


def test_every_claim_survives_a_frame_round_trip() -> None:
    for seed in SEEDS:
        claims = _claims(corpus(seed), None)
        assert from_frame(to_frame(claims)) == claims, f"seed {seed}"


def _accounted(claims: list[Claim], profile: str | None, known_by: dt.date | None) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReconcileWarning)
        result = reconcile(claims, profile=profile, known_by=known_by)
    cited: Counter[str] = Counter()
    for citations in result.claims["citations"]:
        cited.update(citations)
    for citations in result.excluded["citations"]:
        cited.update(citations)
    wanted = Counter(citation(c) for c in claims)
    assert cited == wanted
    # every kept claim id is unique and every exclusion has a reason
    assert result.claims["claim_id"].is_unique
    assert result.excluded["reason"].notna().all()


def test_reconcile_accounts_for_every_claim_exactly_once() -> None:
    for seed in SEEDS[:20]:
        claims = _claims(corpus(seed), "karabakh-2020")
        assert len({citation(c) for c in claims}) == len(claims), "citations are unique"
        _accounted(claims, "karabakh-2020", None)
        _accounted(claims, None, dt.date(2020, 10, 15) if seed % 3 == 0 else None)


def test_reconcile_accounts_for_claims_read_back_from_csv(tmp_path: Path) -> None:
    claims = [c for seed in SEEDS[:15] for c in _claims(corpus(seed), "karabakh-2020")]
    path = write_claims(claims, tmp_path / "claims.csv")
    _accounted(read_claims(path), "karabakh-2020", None)


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 10_000), st.sampled_from([".csv", ".parquet", ".jsonl"]))
def test_round_trip_and_reconcile_on_any_seed(seed: int, suffix: str) -> None:
    import tempfile

    claims = _claims(corpus(seed, size=4), "karabakh-2020")
    with tempfile.TemporaryDirectory() as folder:
        back = read_claims(write_claims(claims, Path(folder) / f"claims{suffix}"))
    assert back == claims
    _accounted(back, "karabakh-2020", None)
