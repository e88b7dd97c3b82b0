"""Scoring against gold passages: pairing, field accuracy, reports and errors, and the
development corpus in tests/corpus."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from casualties.errors import InputError
from casualties.evaluate import Evaluation, evaluate, load_gold
from casualties.records import Basis, Claim, Outcome, Qualifier, Status

CORPUS = Path(__file__).parent / "corpus"
TEXT = "Shelling killed 12 people and wounded 30 in Kharkiv on Monday, the governor said."
GOLD: dict[str, Any] = {
    "id": "p1",
    "published": "2024-03-12",
    "profile": "none",
    "text": TEXT,
    "claims": [
        {
            "quote": "killed 12 people",
            "value": 12,
            "outcome": "killed",
            "status": "unspecified",
            "side": "ukrainian",
            "reporter": "governor",
            "basis": "incremental",
            "as_of": "2024-03-11",
        },
        {
            "quote": "wounded 30",
            "value": 30,
            "outcome": "wounded",
            "side": "ukrainian",
            "reporter": "governor",
            "basis": "incremental",
            "as_of": "2024-03-11",
        },
    ],
}


def _claim(quote: str, value: int, outcome: str, **kw: Any) -> Claim:
    start = TEXT.index(quote)
    fields: dict[str, Any] = {
        "value": value,
        "low": value,
        "high": value,
        "qualifier": Qualifier.EXACT,
        "outcome": Outcome(outcome),
        "status": Status.UNSPECIFIED,
        "side": "ukrainian",
        "reporter": "governor",
        "reporter_text": "the governor",
        "basis": Basis.INCREMENTAL,
        "as_of": dt.date(2024, 3, 11),
        "quote": quote,
        "start": start,
        "end": start + len(quote),
    }
    fields.update(kw)
    return Claim(**fields)


def _fake(*claims: Claim) -> Any:
    def extractor(text: str, **kw: Any) -> list[Claim]:
        assert kw["profile"] is None  # "none" in the gold passage
        assert kw["published"] == dt.date(2024, 3, 12)
        return list(claims)

    return extractor


def test_perfect_extraction() -> None:
    ev = evaluate([GOLD], extractor=_fake(_claim("12", 12, "killed"), _claim("30", 30, "wounded")))
    assert (ev.gold, ev.extracted, ev.matched, ev.strict) == (2, 2, 2, 2)
    assert ev.precision == ev.recall == ev.f1 == ev.strict_f1 == 1.0
    assert ev.accuracy("side") == 1.0
    assert ev.accuracy("historical") is None  # no gold claim gives it
    assert not ev.misses and not ev.extras and not ev.wrong


def test_a_miss() -> None:
    ev = evaluate([GOLD], extractor=_fake(_claim("12", 12, "killed")))
    assert ev.precision == 1.0 and ev.recall == 0.5
    assert ev.f1 == pytest.approx(2 / 3)
    assert [m.quote for m in ev.misses] == ["wounded 30"]
    assert "wounded 30" in ev.format()


def test_an_extra() -> None:
    extra = _claim("Kharkiv", 5, "killed")
    ev = evaluate(
        [GOLD], extractor=_fake(_claim("12", 12, "killed"), _claim("30", 30, "wounded"), extra)
    )
    assert ev.precision == pytest.approx(2 / 3) and ev.recall == 1.0
    assert [e.quote for e in ev.extras] == ["Kharkiv"]
    assert ev.extras[0].fields["value"] == 5


def test_a_wrong_field_and_strict() -> None:
    wrong = _claim("30", 30, "wounded", side="russian", as_of=dt.date(2024, 3, 12))
    ev = evaluate([GOLD], extractor=_fake(_claim("12", 12, "killed"), wrong))
    assert ev.f1 == 1.0
    assert ev.strict == 1 and ev.strict_f1 == 0.5
    assert ev.accuracy("side") == 0.5 and ev.accuracy("as_of") == 0.5
    assert ev.accuracy("status") == 1.0  # only the first gold claim gives status
    fields = sorted(w.field for w in ev.wrong)
    assert fields == ["as_of", "side"]
    report = ev.format()
    assert "side: gold 'ukrainian', extracted 'russian'" in report


def test_reporter_matching_rules() -> None:
    by_text = _claim("12", 12, "killed", reporter="x-id", reporter_text="the regional governor")
    unattributed = _claim("30", 30, "wounded", reporter=None, reporter_text=None)
    gold = json.loads(json.dumps(GOLD))
    gold["claims"][1]["reporter"] = None
    ev = evaluate([gold], extractor=_fake(by_text, unattributed))
    assert ev.accuracy("reporter") == 1.0
    ev = evaluate([GOLD], extractor=_fake(by_text, unattributed))
    assert ev.accuracy("reporter") == 0.5


@pytest.mark.parametrize(
    ("gold_reporter", "reporter_text", "right"),
    [
        ("ndrrmc", "the National Disaster Risk Reduction and Management Council", True),
        ("ndma", "Pakistan's National Disaster Management Authority", True),
        ("national disaster management authority", "NDMA", True),
        ("afad", "AFAD (Disaster and Emergency Management Presidency)", True),
        ("ndma", "the health ministry", False),
        ("health ministry", "WHO", False),
    ],
)
def test_reporter_named_by_its_acronym(gold_reporter: str, reporter_text: str, right: bool) -> None:
    said = _claim("12", 12, "killed", reporter="x-id", reporter_text=reporter_text)
    gold = json.loads(json.dumps(GOLD))
    gold["claims"] = gold["claims"][:1]
    gold["claims"][0]["reporter"] = gold_reporter
    ev = evaluate([gold], extractor=_fake(said))
    assert ev.accuracy("reporter") == (1.0 if right else 0.0)


@pytest.mark.parametrize(
    ("gold_reporter", "reporter", "right"),
    [
        ("kenya national commission on human rights", "knchr", True),
        ("civilian impact monitoring project", "cimp", True),
        ("kenya national commission on human rights", "ndma", False),
        ("u.n. human rights office", "un human rights office", True),
        # the gold name in its normalised form, inside the key
        ("state prosecutor's office", "mexico state prosecutor office", True),
        ("state prosecutor's office", "mexico state office", False),
    ],
)
def test_reporter_id_that_is_the_acronym_of_the_gold_name(
    gold_reporter: str, reporter: str, right: bool
) -> None:
    said = _claim("12", 12, "killed", reporter=reporter, reporter_text="the commission")
    gold = json.loads(json.dumps(GOLD))
    gold["claims"] = gold["claims"][:1]
    gold["claims"][0]["reporter"] = gold_reporter
    ev = evaluate([gold], extractor=_fake(said))
    assert ev.accuracy("reporter") == (1.0 if right else 0.0)


def test_one_to_one_pairing_prefers_the_right_figure() -> None:
    both = _claim("killed 12 people and wounded 30", 30, "wounded")
    ev = evaluate([GOLD], extractor=_fake(both, _claim("12", 12, "killed")))
    assert ev.matched == 2 and ev.accuracy("value") == 1.0


def test_optional_claims_are_neither_missed_nor_extra() -> None:
    gold = json.loads(json.dumps(GOLD))
    gold["claims"][1]["optional"] = True
    found = evaluate(
        [gold], extractor=_fake(_claim("12", 12, "killed"), _claim("30", 30, "wounded"))
    )
    absent = evaluate([gold], extractor=_fake(_claim("12", 12, "killed")))
    for ev in (found, absent):
        assert (ev.gold, ev.extracted, ev.matched) == (1, 1, 1)


def test_to_dict_is_json() -> None:
    ev = evaluate([GOLD], extractor=_fake(_claim("12", 12, "killed")))
    data = json.loads(json.dumps(ev.to_dict()))
    assert data["recall"] == 0.5 and data["misses"][0]["quote"] == "wounded 30"
    assert data["fields"]["value"]["correct"] == 1


def test_start_offset_picks_a_later_occurrence() -> None:
    gold = {
        "id": "x",
        "text": "12 dead. Later 12 more dead.",
        "claims": [{"quote": "12", "start": 15, "value": 12, "outcome": "killed"}],
    }
    (passage,) = load_gold([gold])
    assert passage.claims[0].start == 15


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (
            lambda g: g["claims"][1].update(quote="wounded 31"),
            ["claims[1]", "quote 'wounded 31' not found in text"],
        ),
        (lambda g: g["claims"][0].update(outcome="dead"), ["claims[0]", "outcome", "'dead'"]),
        (lambda g: g["claims"][0].update(colour="red"), ["claims[0]", "'colour'"]),
        (lambda g: g["claims"][0].update(as_of="11/03/2024"), ["claims[0]", "as_of"]),
        (lambda g: g["claims"][0].update(start=3), ["claims[0]", "not at offset 3"]),
        (lambda g: g.update(published="March 12"), ["published"]),
        (lambda g: g.pop("text"), ["text"]),
    ],
)
def test_bad_gold_names_file_and_key(tmp_path: Path, change: Any, words: list[str]) -> None:
    gold = json.loads(json.dumps(GOLD))
    change(gold)
    path = tmp_path / "x.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_gold(tmp_path)
    message = str(info.value)
    assert message.startswith(str(path))
    for word in words:
        assert word in message


def test_bad_json_and_missing_folder(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.json: not valid JSON"):
        load_gold(tmp_path)
    with pytest.raises(InputError, match="no such gold folder"):
        load_gold(tmp_path / "absent")


# ---------------------------------------------------------------------------------------
# the development corpus


def test_corpus_is_well_formed() -> None:
    passages = load_gold(CORPUS)
    assert len(passages) >= 60
    assert sum(len(p.claims) for p in passages) >= 400
    topics = {json.loads(f.read_text(encoding="utf-8"))["topic"] for f in CORPUS.glob("*.json")}
    assert len(topics) >= 10


@pytest.fixture(scope="module")
def corpus_scores() -> Evaluation:
    return evaluate(CORPUS)


def test_corpus_scores(corpus_scores: Evaluation) -> None:
    print("\n" + corpus_scores.summary())
    assert corpus_scores.gold >= 400


def test_corpus_targets(corpus_scores: Evaluation) -> None:
    assert corpus_scores.f1 >= 0.97
    for field in ("status", "side", "reporter", "basis", "as_of"):
        accuracy = corpus_scores.accuracy(field)
        assert accuracy is not None and accuracy >= 0.95, field


def test_heldout_floor() -> None:
    """The held-out passages (tests/corpus_heldout, never used to develop rules) keep the
    finding rate the accuracy issue asks of unseen text; field accuracy there is reported in
    docs/evaluation.md, not tuned for."""
    scores = evaluate(CORPUS.parent / "corpus_heldout")
    print("\n" + scores.summary())
    assert scores.gold >= 70
    assert scores.f1 >= 0.90


def test_second_heldout_floor() -> None:
    """tests/corpus_heldout2 (blind when written, scored once blind, since used for error
    analysis: see its README) keeps the finding rate asked of unseen text."""
    scores = evaluate(CORPUS.parent / "corpus_heldout2")
    print("\n" + scores.summary())
    assert scores.gold >= 120
    assert scores.f1 >= 0.90


@pytest.mark.parametrize(
    "folder",
    [f"corpus_heldout{n}" for n in range(3, 18)],
)
def test_later_heldout_floors(folder: str) -> None:
    """The later held-out sets (each written blind and scored once blind, see their READMEs;
    the sixth is runs of official daily bulletins) keep the finding rate the accuracy issue
    asks of unseen text."""
    scores = evaluate(CORPUS.parent / folder)
    print("\n" + scores.summary())
    assert scores.gold >= 100
    assert scores.f1 >= 0.90
