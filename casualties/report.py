"""One self-contained HTML report of a reconciliation, for an editor to open offline.

The page holds a summary, the findings (each explained), the plot as inline SVG, a series
table per source, the consensus, every kept claim and every excluded claim with its reason.
Every figure links to its quote, shown in context with its source, outlet and date. There is
no script, no external style sheet and no web font: the file reads the same offline, in any
browser, and on paper.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from .errors import InputError, ReadError
from .records import Claim, Document

if TYPE_CHECKING:
    from .reconcile import Reconciliation

__all__ = ["claim_figure", "figure_text", "render_report", "write_report"]

# How far a quote's context reaches on each side, in characters, at most.
CONTEXT = 280

FINDING_TITLES = {
    "increment_mismatch": "Increments do not add up",
    "decrease": "A running total goes down",
    "conflicting_figures": "Two figures for one day",
    "outlier": "A figure far from its peers",
    "different_measures": "Different measures side by side",
    "merged": "Different wordings merged",
}
FINDING_EXPLANATIONS = {
    "increment_mismatch": (
        "The source's earlier total plus the increase it reported does not make the total it "
        "gave the same day. One of the three figures is wrong, or they count different things."
    ),
    "decrease": (
        "A cumulative toll from one source is lower than the same source's earlier figure. "
        "Running totals should not fall unless revised; check whether the baseline changed."
    ),
    "conflicting_figures": (
        "One source gave two different figures for the same measure and day. "
        "They may be a correction, a different scope, or a misreading."
    ),
    "outlier": (
        "The figure is several times higher (or lower) than what other sources reported for "
        "the same measure around the same days. It may be an estimate of a different kind."
    ),
    "different_measures": (
        "Figures for one side and day measure different things (for example civilians "
        "against all deaths, or a bound against a count). They are shown apart and never "
        "averaged."
    ),
    "merged": (
        "Several outlets repeated one statement in different words. They were merged into one "
        "claim with all its citations; the narrowest interval and date window were kept."
    ),
}
RELATIONS = {
    "own": "own losses",
    "adversary": "enemy's losses",
    "third_party": "third party",
    "unattributed": "unattributed",
    "mixed": "mixed",
}


# --------------------------------------------------------------------------- formatting


def _number(raw: object) -> float:
    if raw is None or raw is pd.NA:
        return math.nan
    try:
        value = float(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan
    return value


def figure_text(low: object, best: object, high: object) -> str:
    """A figure as a reader says it: ``58``, ``≥2,001``, ``≤5,000``, ``200–999``, or the
    best figure with its interval, ``5,000 (≤5,000)``.

    >>> figure_text(58, 58, 58), figure_text(2001, None, None), figure_text(200, None, 999)
    ('58', '≥2,001', '200–999')
    """
    lo, be, hi = _number(low), _number(best), _number(high)
    has_lo, has_hi, has_be = not math.isnan(lo), not math.isnan(hi), not math.isnan(be)
    if has_lo and has_hi and lo == hi:
        return f"{round(lo):,}"
    if has_lo and has_hi:
        span = f"{round(lo):,}–{round(hi):,}"
    elif has_lo:
        span = f"≥{round(lo):,}"
    elif has_hi:
        span = f"≤{round(hi):,}"
    else:
        span = "?"
    if has_be and not (has_lo and be == lo and not has_hi) and not (has_hi and be == hi):
        return f"{round(be):,} ({span})"
    return span


_QUALIFIER_SIGNS = {
    "at_least": "≥",
    "more_than": ">",
    "at_most": "≤",
    "less_than": "<",
    "about": "~",
    "nearly": "nearly ",
}


def claim_figure(claim: Claim | Mapping[str, Any]) -> str:
    """A claim's figure as its wording gives it: ``1,177``, ``≥13``, ``>2,000``,
    ``nearly 5,000``, ``~300``, ``20–30``; vague words show their interval.

    >>> claim_figure({"value": 2000, "low": 2001, "high": None, "qualifier": "more_than"})
    '>2,000'
    """
    get = claim.get if isinstance(claim, Mapping) else (lambda name: getattr(claim, name))
    qualifier = _text(get("qualifier"))
    value = _number(get("value"))
    if math.isnan(value) or qualifier in ("range", "vague"):
        return figure_text(get("low"), None, get("high"))
    return f"{_QUALIFIER_SIGNS.get(qualifier, '')}{round(value):,}"


def _day(raw: object) -> str:
    if raw is None or raw is pd.NaT or raw is pd.NA:
        return ""
    if isinstance(raw, float) and math.isnan(raw):
        return ""
    if isinstance(raw, dt.datetime | pd.Timestamp):
        return raw.strftime("%Y-%m-%d")
    if isinstance(raw, dt.date):
        return raw.isoformat()
    return str(raw)


def _text(raw: object) -> str:
    if raw is None or raw is pd.NA or raw is pd.NaT:
        return ""
    if isinstance(raw, float) and math.isnan(raw):
        return ""
    return str(raw)


def _e(raw: object) -> str:
    return html.escape(_text(raw), quote=True)


# --------------------------------------------------------------------------- quotes


@dataclass(frozen=True, slots=True)
class _Quote:
    """One cited span of one document, with its anchor and footnote number."""

    citation: str
    number: int
    anchor: str
    source: str
    start: int | None
    end: int | None


def _split_citation(citation: str) -> tuple[str, int | None, int | None]:
    source, _, span = citation.rpartition(":")
    match = re.fullmatch(r"(\d+)-(\d+)", span)
    if not source or match is None:
        return citation, None, None
    return source, int(match.group(1)), int(match.group(2))


def _citations(raw: object) -> tuple[str, ...]:
    if isinstance(raw, str):
        return tuple(part.strip() for part in raw.split(";") if part.strip())
    if isinstance(raw, Iterable):
        return tuple(str(part) for part in raw)
    return ()


class _Quotes:
    """Every citation in the report, numbered in source and text order."""

    def __init__(self, citations: Iterable[str]) -> None:
        def order(citation: str) -> tuple[str, int]:
            source, start, _ = _split_citation(citation)
            return source, start if start is not None else -1

        self.by_citation: dict[str, _Quote] = {}
        used: set[str] = set()
        for number, citation in enumerate(sorted(set(citations), key=order), 1):
            source, start, end = _split_citation(citation)
            anchor = "q-" + re.sub(r"[^A-Za-z0-9_-]+", "_", citation)
            while anchor in used:
                anchor += "_"
            used.add(anchor)
            self.by_citation[citation] = _Quote(citation, number, anchor, source, start, end)

    def link(self, citation: str, label: str | None = None) -> str:
        quote = self.by_citation.get(citation)
        if quote is None:
            return _e(label or citation)
        text = label if label is not None else f"[{quote.number}]"
        return f'<a class="cite" href="#{quote.anchor}" title="{_e(citation)}">{_e(text)}</a>'

    def links(self, citations: Iterable[str]) -> str:
        return " ".join(self.link(c) for c in citations)


def _snap_left(text: str, start: int) -> int:
    """Where the context before ``start`` begins: the paragraph start, or a word boundary
    at most CONTEXT characters back."""
    paragraph = text.rfind("\n\n", 0, start)
    begin = paragraph + 2 if paragraph >= 0 else 0
    if start - begin > CONTEXT:
        begin = start - CONTEXT
        space = text.find(" ", begin, start)
        begin = space + 1 if space >= 0 else begin
    return begin


def _snap_right(text: str, end: int) -> int:
    paragraph = text.find("\n\n", end)
    stop = paragraph if paragraph >= 0 else len(text)
    if stop - end > CONTEXT:
        stop = end + CONTEXT
        space = text.rfind(" ", end, stop)
        stop = space if space > end else stop
    return stop


def _excerpt(text: str, start: int, end: int) -> str:
    """The quote's paragraph (or a window around it), escaped, with the quote marked."""
    begin, stop = _snap_left(text, start), _snap_right(text, end)
    before = ("… " if begin > 0 and text[begin - 1] not in "\n" else "") + text[begin:start]
    after = text[end:stop] + (" …" if stop < len(text) and text[stop] != "\n" else "")
    return f"{_e(before)}<mark>{_e(text[start:end])}</mark>{_e(after)}"


# --------------------------------------------------------------------------- sections


def _names(rec: Reconciliation) -> dict[str, str]:
    """Reporter id → the profile's name for it."""
    if rec.profile is None:
        return {}
    return {r.id: r.name for r in rec.profile.reporters}


def _who(reporter: object, names: Mapping[str, str]) -> str:
    rep = _text(reporter)
    if not rep:
        return "Unattributed (the publications' own tallies)"
    return names.get(rep, rep)


def _measure(row: Mapping[str, Any]) -> str:
    """ "armenian · military · killed": whose, which status (when stated), what outcome."""
    side = _text(row.get("side"))
    bits = [("both sides" if side == "both" else side) if side else "side not stated"]
    status = _text(row.get("status"))
    if status and status != "unspecified":
        bits.append(status)
    bits.append(_text(row.get("outcome")))
    return " · ".join(bits)


def _rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [dict(zip(frame.columns, row, strict=True)) for row in frame.itertuples(index=False)]


def _claim_link(claim_id: str, known: set[str]) -> str:
    if claim_id in known:
        return f'<a class="cid" href="#claim-{_e(claim_id)}">{_e(claim_id)}</a>'
    return f'<span class="cid">{_e(claim_id)}</span>'


def _plot_svg(rec: Reconciliation) -> str | None:
    """The plot as an inline ``<svg>`` element, or None when there is nothing to plot."""
    if rec.series.empty:
        return None
    try:
        from matplotlib.figure import Figure
    except ImportError:  # the plot extra is not installed
        return None
    from .plot import plot

    figure = Figure(figsize=(11, 5.2), layout="constrained")
    ax = figure.subplots()
    try:
        plot(rec, ax=ax, title="")
    except InputError:
        return None
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]
    return re.sub(
        r"<svg([^>]*)>",
        r'<svg\1 role="img" aria-label="Reported tolls, one line per source">',
        svg,
        count=1,
    )


def _stylesheet() -> str:
    return resources.files("casualties").joinpath("data", "report.css").read_text("utf-8")


def _summary(
    rec: Reconciliation, documents: Sequence[Document] | None, quotes: _Quotes
) -> list[str]:
    sources = {q.source for q in quotes.by_citation.values()}
    n_docs = len(documents) if documents is not None else len(sources)
    cited = sum(len(_citations(c)) for c in rec.claims["citations"]) if len(rec.claims) else 0
    n_series = (
        rec.series.groupby(["reporter", "side", "status", "outcome", "since"], dropna=False).ngroups
        if len(rec.series)
        else 0
    )
    stats = [
        (n_docs, "documents" if n_docs != 1 else "document"),
        (cited + len(rec.excluded), "figures read"),
        (len(rec.claims), "claims kept, repeats merged"),
        (len(rec.excluded), "excluded"),
        (n_series, "series"),
        (len(rec.findings), "findings" if len(rec.findings) != 1 else "finding"),
    ]
    out = ['<section id="summary"><h2>Summary</h2><ul class="stats">']
    out += [f"<li><b>{n:,}</b> <span>{_e(label)}</span></li>" for n, label in stats]
    out.append("</ul>")
    if rec.profile is not None:
        window = " – ".join(
            d.isoformat() if d else "open" for d in (rec.profile.start, rec.profile.end)
        )
        out.append(
            f"<p>Profile <b>{_e(rec.profile.name)}</b> (<code>{_e(rec.profile.id)}</code>), "
            f"window {_e(window)}. Consensus rule <b>{_e(rec.rule)}</b>.</p>"
        )
    else:
        out.append(f"<p>No conflict profile. Consensus rule <b>{_e(rec.rule)}</b>.</p>")
    out.append(
        '<p class="note">Figures read: <b>58</b> exact; <b>≥2,001</b> more than 2,000; '
        "<b>≤5,000</b> up to or nearly 5,000; <b>200–999</b> a range or a vague word "
        "(“hundreds”). <i>Italic</i> figures are derived from incremental reports. "
        "Every figure links to its quote; [n] marks point to the quotes at the end.</p>"
    )
    out.append("</section>")
    return out


def _findings(rec: Reconciliation, known: set[str], names: Mapping[str, str]) -> list[str]:
    out = ['<section id="findings"><h2>Findings</h2>']
    if rec.findings.empty:
        out.append("<p>No findings: the sources' figures agree with themselves.</p></section>")
        return out
    out.append('<ol class="findings">')
    for n, row in enumerate(_rows(rec.findings), 1):
        kind = _text(row.get("kind"))
        title = FINDING_TITLES.get(kind, kind.replace("_", " ").capitalize())
        explain = FINDING_EXPLANATIONS.get(kind, "")
        where = [
            _who(row.get("reporter"), names) if _text(row.get("reporter")) else "unattributed",
            _measure(row),
            _day(row.get("as_of")),
        ]
        ids = [str(i) for i in _citations(row.get("claim_ids"))]
        out.append(
            f'<li id="finding-{n}" class="finding {_e(kind)}">'
            f'<p class="head"><span class="kind">{_e(title)}</span> '
            f'<span class="where">{_e(" · ".join(w for w in where if w))}</span></p>'
            f'<p class="detail">{_e(row.get("detail"))}</p>'
            + (f'<p class="explain">{_e(explain)}</p>' if explain else "")
            + (
                '<p class="ids">Claims: ' + ", ".join(_claim_link(i, known) for i in ids) + "</p>"
                if ids
                else ""
            )
            + "</li>"
        )
    out.append("</ol></section>")
    return out


def _series(rec: Reconciliation, quotes: _Quotes, names: Mapping[str, str]) -> list[str]:
    out = ['<section id="series"><h2>Series by source</h2>']
    start = _day(rec.profile.start) if rec.profile is not None else ""
    if rec.series.empty:
        out.append("<p>No series.</p></section>")
        return out
    out.append(
        "<p>One table per source and measure: what that source said, day by day. "
        "A total since a ceasefire and a total since the war began are separate series"
        + (f"; all count from the conflict's start, {_e(start)}, unless marked" if start else "")
        + ".</p>"
    )
    s = rec.series.assign(_rep=rec.series["reporter"].fillna("\uffff"))
    for rep, by_rep in s.groupby("_rep", sort=True):
        reporter = None if rep == "\uffff" else rep
        out.append(f'<h3 class="source">{_e(_who(reporter, names))}</h3><div class="grid">')
        keys = ["side", "status", "outcome", "since"]
        for _key, grp in by_rep.groupby(keys, dropna=False, sort=True):
            first = _rows(grp.head(1))[0]
            caption = _e(_measure(first))
            since = _day(first.get("since"))
            if since and since != start:
                caption += f' <span class="since">counted since {_e(since)}</span>'
            out.append(
                f'<table class="series"><caption>{caption}</caption>'
                "<thead><tr><th>As of</th><th class=num>Figure</th><th>Cited in</th></tr>"
                "</thead><tbody>"
            )
            for row in _rows(grp.sort_values(["as_of", "derived"])):
                cits = _citations(row.get("citations"))
                figure = _e(figure_text(row["low"], row["best"], row["high"]))
                derived = bool(row.get("derived"))
                if cits and not derived:
                    figure = quotes.link(cits[0], figure_text(row["low"], row["best"], row["high"]))
                cls = ' class="derived"' if derived else ""
                note = ' <span class="tag">derived</span>' if derived else ""
                out.append(
                    f"<tr{cls}><td class=day>{_e(_day(row['as_of']))}</td>"
                    f"<td class=num>{figure}{note}</td><td>{quotes.links(cits)}</td></tr>"
                )
            out.append("</tbody></table>")
        out.append("</div>")
    out.append("</section>")
    return out


def _consensus(rec: Reconciliation, known: set[str]) -> list[str]:
    from .reconcile import RULES

    out = ['<section id="consensus"><h2>Consensus</h2>']
    rule = RULES.get(rec.rule)
    doc = " ".join((rule.__doc__ or "").split()) if rule is not None else ""
    out.append(f"<p>Rule <b>{_e(rec.rule)}</b>: {_e(doc)}</p>")
    if rec.consensus.empty:
        out.append("<p>No consensus rows.</p></section>")
        return out
    out.append(
        '<table class="consensus"><thead><tr><th>Measure</th><th>As of</th>'
        "<th class=num>Low</th><th class=num>Best</th><th class=num>High</th>"
        "<th>Claims behind it</th></tr></thead><tbody>"
    )
    for row in _rows(rec.consensus):
        cells = [
            _e(_measure(row)),
            _e(_day(row["as_of"])),
            *(
                _e(figure_text(row[c], row[c], row[c])) if _text(row[c]) else "open"
                for c in ("low", "best", "high")
            ),
            ", ".join(_claim_link(str(i), known) for i in _citations(row.get("sources"))),
        ]
        out.append(
            "<tr><td>{}</td><td class=day>{}</td><td class=num>{}</td><td class=num>{}</td>"
            "<td class=num>{}</td><td>{}</td></tr>".format(*cells)
        )
    out.append("</tbody></table></section>")
    return out


def _claims(rec: Reconciliation, quotes: _Quotes, names: Mapping[str, str]) -> list[str]:
    out = ['<section id="claims"><h2>Claims</h2>']
    if rec.claims.empty:
        out.append("<p>No claims were kept.</p></section>")
        return out
    out.append(
        "<p>Every figure kept, after merging repeats. Click a figure for its quote.</p>"
        '<table class="claims"><thead><tr><th>Claim</th><th class=num>Figure</th>'
        "<th>Wording</th><th>Measure</th><th>Reporter</th><th>Basis</th><th>As of</th>"
        "<th>Cited in</th></tr></thead><tbody>"
    )
    frame = rec.claims.sort_values(["as_of", "reporter", "side"], na_position="last")
    for row in _rows(frame):
        cits = _citations(row.get("citations"))
        figure = claim_figure(row)
        fig_html = quotes.link(cits[0], figure) if cits else _e(figure)
        reporter = _who(row.get("reporter"), names) if _text(row.get("reporter")) else "—"
        said = _text(row.get("reporter_text"))
        relation = RELATIONS.get(_text(row.get("relation")), _text(row.get("relation")))
        who = _e(reporter)
        if said and said != reporter:
            who += f'<br><span class="said">“{_e(said)}”</span>'
        if relation:
            who += f'<br><span class="tag">{_e(relation)}</span>'
        basis = _text(row.get("basis"))
        since = _day(row.get("since"))
        out.append(
            f'<tr id="claim-{_e(row["claim_id"])}"><td class="cid">{_e(row["claim_id"])}</td>'
            f"<td class=num>{fig_html}</td><td class=wording>{_e(row['quote'])}</td>"
            f"<td>{_e(_measure(row))}</td><td>{who}</td>"
            f"<td>{_e(basis)}{'<br>since ' + _e(since) if since else ''}</td>"
            f"<td class=day>{_e(_day(row['as_of']))}</td><td>{quotes.links(cits)}</td></tr>"
        )
    out.append("</tbody></table></section>")
    return out


def _excluded(rec: Reconciliation, quotes: _Quotes) -> list[str]:
    out = ['<section id="excluded"><h2>Excluded claims</h2>']
    if rec.excluded.empty:
        out.append("<p>Nothing was excluded.</p></section>")
        return out
    out.append(
        "<p>Figures read but left out of the series, with the reason.</p>"
        '<table class="excluded"><thead><tr><th>Reason</th><th class=num>Figure</th>'
        "<th>Wording</th><th>Measure</th><th>As of</th><th>Cited in</th></tr></thead><tbody>"
    )
    for row in _rows(rec.excluded):
        cits = _citations(row.get("citations"))
        figure = claim_figure(row)
        fig_html = quotes.link(cits[0], figure) if cits else _e(figure)
        out.append(
            f"<tr><td><b>{_e(row.get('reason'))}</b></td><td class=num>{fig_html}</td>"
            f"<td class=wording>{_e(row['quote'])}</td><td>{_e(_measure(row))}</td>"
            f"<td class=day>{_e(_day(row.get('as_of')))}</td><td>{quotes.links(cits)}</td></tr>"
        )
    out.append("</tbody></table></section>")
    return out


def _quote_section(
    rec: Reconciliation, quotes: _Quotes, documents: Mapping[str, Document]
) -> list[str]:
    out = ['<section id="quotes"><h2>Quotes in context</h2>']
    if not quotes.by_citation:
        out.append("<p>No quotes.</p></section>")
        return out
    own: dict[str, str] = {}
    for frame in (rec.claims, rec.excluded):
        for row in _rows(frame):
            cits = _citations(row.get("citations"))
            mine = f"{_text(row.get('source')) or '?'}:{row['start']}-{row['end']}"
            for cit in cits:
                if cit == mine or len(cits) == 1:
                    own.setdefault(cit, _text(row.get("quote")))
    out.append('<ol class="quotes">')
    for quote in quotes.by_citation.values():
        doc = documents.get(quote.source)
        meta = [f"<code>{_e(quote.source)}</code>"]
        if doc is not None:
            if doc.outlet:
                meta.append(_e(doc.outlet))
            if doc.published:
                meta.append(_e(doc.published.isoformat()))
            if doc.title:
                meta.append(f"<cite>{_e(doc.title)}</cite>")
        if quote.start is not None:
            meta.append(f'<span class="span">characters {quote.start}–{quote.end}</span>')
        if (
            doc is not None
            and quote.start is not None
            and quote.end is not None
            and quote.end <= len(doc.text)
        ):
            body = _excerpt(doc.text, quote.start, quote.end)
        elif quote.citation in own:
            body = f"<mark>{_e(own[quote.citation])}</mark>"
        else:
            body = '<span class="missing">(text not available)</span>'
        out.append(
            f'<li id="{quote.anchor}" value="{quote.number}">'
            f'<p class="meta">{" · ".join(meta)}</p><blockquote>{body}</blockquote></li>'
        )
    out.append("</ol></section>")
    return out


def render_report(
    reconciliation: Reconciliation,
    documents: Iterable[Document] | None = None,
    *,
    title: str | None = None,
) -> str:
    """The reconciliation as one self-contained HTML5 page (a string).

    ``documents`` (the texts the claims were read from, matched by ``source``) let the
    report show each quote in its paragraph; without them it shows the quote alone.

    >>> from casualties import read_corpus, extract_corpus, reconcile
    >>> docs = read_corpus("seeds")
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     rec = reconcile(extract_corpus(docs, progress=False), profile="karabakh-2020")
    >>> page = render_report(rec, docs)
    >>> page.startswith("<!DOCTYPE html>"), "<svg" in page, "http://" in page.split("<svg")[0]
    (True, True, False)
    """
    from . import __version__

    docs = list(documents) if documents is not None else None
    by_source = {d.source: d for d in docs or () if d.source is not None}
    rec = reconciliation
    citations = [
        c
        for frame in (rec.claims, rec.excluded)
        for cs in frame["citations"]
        for c in _citations(cs)
    ]
    quotes = _Quotes(citations)
    known = {str(i) for i in rec.claims["claim_id"]} if "claim_id" in rec.claims else set()
    names = _names(rec)
    if title is None:
        title = f"Casualty figures: {rec.profile.name}" if rec.profile else "Casualty figures"
    svg = _plot_svg(rec)
    plot_html = (
        f'<figure class="plot">{svg}<figcaption>One line per source and measure; bands show '
        "the interval the wording allows, triangles an open bound, hollow points figures "
        "derived from incremental reports, red rings findings.</figcaption></figure>"
        if svg
        else "<p>No plot (nothing to plot, or matplotlib is not installed).</p>"
    )
    today = dt.date.today().isoformat()
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="casualties {_e(__version__)}">',
        f"<title>{_e(title)}</title>",
        f"<style>{_stylesheet()}</style></head><body>",
        f'<header><h1>{_e(title)}</h1><p class="byline">Generated {today} by casualties '
        f"{_e(__version__)}</p>",
        '<nav><a href="#summary">Summary</a> <a href="#plot">Plot</a> '
        '<a href="#findings">Findings</a> <a href="#series">Series</a> '
        '<a href="#consensus">Consensus</a> <a href="#claims">Claims</a> '
        '<a href="#excluded">Excluded</a> <a href="#quotes">Quotes</a></nav></header><main>',
        *_summary(rec, docs, quotes),
        f'<section id="plot"><h2>Reported tolls</h2>{plot_html}</section>',
        *_findings(rec, known, names),
        *_series(rec, quotes, names),
        *_consensus(rec, known),
        *_claims(rec, quotes, names),
        *_excluded(rec, quotes),
        *_quote_section(rec, quotes, by_source),
        "</main></body></html>",
    ]
    return "\n".join(parts) + "\n"


def write_report(
    reconciliation: Reconciliation,
    path: str | Path,
    documents: Iterable[Document] | None = None,
    *,
    title: str | None = None,
) -> Path:
    """Write :func:`render_report` to ``path`` (UTF-8) and return the path."""
    file = Path(path)
    page = render_report(reconciliation, documents, title=title)
    try:
        file.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise ReadError(f"{file}: cannot be written ({exc.strerror or exc})") from None
    return file
