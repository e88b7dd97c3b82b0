"""The HTML report: self-contained, escaped, every figure linked to its quote."""

from __future__ import annotations

import datetime as dt
import re
import warnings
from html.parser import HTMLParser
from pathlib import Path

import pytest

from casualties import (
    Claim,
    Document,
    Outcome,
    Qualifier,
    Reconciliation,
    Status,
    extract_corpus,
    read_corpus,
    reconcile,
)
from casualties.cli import seed_path
from casualties.errors import ReadError, ReconcileWarning
from casualties.report import claim_figure, figure_text, render_report, write_report


class Page(HTMLParser):
    """The ids, in-page links, tags and external references of a page."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.links: list[str] = []
        self.tags: dict[str, int] = {}
        self.external: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] = self.tags.get(tag, 0) + 1
        for name, value in attrs:
            if name == "id" and value:
                self.ids.append(value)
            if name == "href" and value:
                if value.startswith("#"):
                    self.links.append(value[1:])
                else:
                    self.external.append(value)
            if name in ("src", "srcset", "data") and value:
                self.external.append(value)
            if tag == "link":
                self.external.append(str(value))


@pytest.fixture(scope="module")
def seeds() -> tuple[Reconciliation, list[Document]]:
    docs = read_corpus(seed_path())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReconcileWarning)
        rec = reconcile(extract_corpus(docs, progress=False), profile="karabakh-2020")
    return rec, docs


@pytest.fixture(scope="module")
def page(seeds: tuple[Reconciliation, list[Document]]) -> str:
    return render_report(*seeds)


def test_page_is_html5_with_every_section(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>")
    ids = Page(page).ids
    for section in (
        "summary",
        "plot",
        "findings",
        "series",
        "consensus",
        "claims",
        "excluded",
        "quotes",
    ):
        assert section in ids
    assert "<title>Casualty figures: Second Nagorno-Karabakh War (2020)</title>" in page


def test_page_is_self_contained(page: str) -> None:
    parsed = Page(page)
    assert parsed.external == []
    assert "<script" not in page
    assert "@import" not in page
    assert re.search(r"url\((?!#)", page) is None  # only in-page references (SVG clips)
    assert parsed.tags.get("svg") == 1
    assert parsed.tags.get("path", 0) > 50


def test_every_link_has_a_target_and_ids_are_unique(page: str) -> None:
    parsed = Page(page)
    assert len(parsed.ids) == len(set(parsed.ids))
    assert set(parsed.links) <= set(parsed.ids)
    assert len(parsed.links) > 50


def test_every_claim_and_citation_is_linked(
    page: str, seeds: tuple[Reconciliation, list[Document]]
) -> None:
    rec, _ = seeds
    ids = set(Page(page).ids)
    for claim_id in rec.claims["claim_id"]:
        assert f"claim-{claim_id}" in ids
    quotes = [i for i in ids if i.startswith("q-")]
    cited = {c for cs in rec.claims["citations"] for c in cs}
    cited |= {c for cs in rec.excluded["citations"] for c in cs}
    assert len(quotes) == len(cited)


def test_quotes_are_shown_in_context_with_their_source(page: str) -> None:
    assert "<mark>11 more soldiers have died</mark> in fighting with Azerbaijani forces" in page
    assert "RFE/RL · 2020-11-02" in page
    assert "<cite>Nagorno-Karabakh Says Military Death Toll Rises Despite Cease-Fire</cite>" in page


def test_findings_are_explained(page: str) -> None:
    assert "Increments do not add up" in page
    assert "28 on 2020-09-27 + 27 on 2020-09-28 = 55 ≠ 58 on 2020-09-28" in page
    assert "One of the three figures is wrong" in page


def test_excluded_claims_show_their_reason(page: str) -> None:
    excluded = page[page.index('id="excluded"') : page.index('id="quotes"')]
    assert "<b>historical</b>" in excluded
    assert "30,000 lives" in excluded


def test_series_show_derived_points(page: str) -> None:
    series = page[page.index('id="series"') : page.index('id="consensus"')]
    assert "Nagorno-Karabakh authorities" in series
    assert '<tr class="derived">' in series
    assert "1,166" in series


def test_text_is_escaped() -> None:
    text = 'He said <script>alert("x")</script> & 12 soldiers were killed.'
    quote = "12 soldiers were killed"
    start = text.index(quote)
    claim = Claim(
        value=12,
        low=12,
        high=12,
        qualifier=Qualifier.EXACT,
        outcome=Outcome.KILLED,
        status=Status.MILITARY,
        source="<b>src</b>",
        reporter="<i>me</i>",
        reporter_text="<u>Me</u>",
        as_of=dt.date(2024, 3, 4),
        quote=quote,
        start=start,
        end=start + len(quote),
    )
    doc = Document(text=text, source="<b>src</b>", outlet="A&B <Wire>", title='"T" <x>')
    page = render_report(reconcile([claim]), [doc], title="<Report> & co")
    assert "<script" not in page
    assert "&lt;script&gt;" in page
    assert "<b>src</b>" not in page
    assert "<i>me</i>" not in page
    assert "A&amp;B &lt;Wire&gt;" in page
    assert "<title>&lt;Report&gt; &amp; co</title>" in page
    parsed = Page(page)
    assert set(parsed.links) <= set(parsed.ids)


def test_without_documents_quotes_stand_alone(seeds: tuple[Reconciliation, list[Document]]) -> None:
    rec, _ = seeds
    page = render_report(rec)
    assert "<mark>11 more soldiers have died</mark></blockquote>" in page
    assert "5 </b>" not in page


def test_an_empty_reconciliation_renders() -> None:
    page = render_report(reconcile([]))
    assert "No plot" in page
    assert "No claims were kept" in page
    assert "No findings" in page


def test_write_report(tmp_path: Path, seeds: tuple[Reconciliation, list[Document]]) -> None:
    path = write_report(seeds[0], tmp_path / "r.html", seeds[1], title="Seeds")
    assert "<h1>Seeds</h1>" in path.read_text(encoding="utf-8")
    with pytest.raises(ReadError, match="cannot be written"):
        write_report(seeds[0], tmp_path / "missing" / "r.html")


@pytest.mark.parametrize(
    ("low", "best", "high", "text"),
    [
        (58, 58, 58, "58"),
        (2001, None, None, "≥2,001"),
        (2001, 2001, None, "≥2,001"),
        (None, 5000, 5000, "≤5,000"),
        (200, None, 999, "200–999"),
        (4000, 5000, 6000, "5,000 (4,000–6,000)"),
        (None, None, None, "?"),
    ],
)
def test_figure_text(low: int | None, best: int | None, high: int | None, text: str) -> None:
    assert figure_text(low, best, high) == text


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        ({"value": 1177, "low": 1177, "high": 1177, "qualifier": "exact"}, "1,177"),
        ({"value": 13, "low": 13, "high": None, "qualifier": "at_least"}, "≥13"),
        ({"value": 2000, "low": 2001, "high": None, "qualifier": "more_than"}, ">2,000"),
        ({"value": 5000, "low": None, "high": 5000, "qualifier": "nearly"}, "nearly 5,000"),
        ({"value": 300, "low": None, "high": None, "qualifier": "about"}, "~300"),
        ({"value": None, "low": 20, "high": 30, "qualifier": "range"}, "20–30"),
        ({"value": None, "low": 200, "high": 999, "qualifier": "vague"}, "200–999"),
    ],
)
def test_claim_figure(fields: dict[str, object], text: str) -> None:
    assert claim_figure(fields) == text
