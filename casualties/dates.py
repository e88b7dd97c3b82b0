"""Date mentions in running text, resolved to days: "on Monday", "Oct. 9", "last week",
"since Sept. 27", "the second day of fighting".

One ``regex`` alternation, compiled once, finds every mention; a small resolver per rule turns
the matched groups into inclusive first/last days. The words (months, weekdays, relative
words, conflict nouns) live in ``data/dates.toml``; the grammar that combines them is here.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, Literal

import regex

from casualties.lexicon import compile_lists, compile_pattern, load_toml

__all__ = ["DateMention", "find_dates"]

Kind = Literal["day", "period", "since"]
Prefer = Literal["past", "future"]
Span = tuple[dt.date | None, dt.date | None]

_DAY = dt.timedelta(days=1)
# how far a date may run from where it starts (a bound for `regex`, which otherwise scans to
# the end of the text for a pattern's required words)
_AHEAD = 300


@dataclasses.dataclass(frozen=True, slots=True)
class DateMention:
    """One date or period named in text; ``first``/``last`` are inclusive days (None = open)."""

    first: dt.date | None
    last: dt.date | None
    start: int
    end: int
    text: str
    kind: Literal["day", "period", "since"]
    relative: bool  # resolved against the reference or conflict start, not stated outright
    rule: str = ""  # which grammar rule read it, so a doubtful reading can be traced


# --------------------------------------------------------------------------- vocabulary


@dataclasses.dataclass(frozen=True, slots=True)
class _Vocab:
    months: dict[str, int]
    weekdays: dict[str, int]
    day_words: dict[str, int]
    day_ordinals: dict[str, int]
    rel_days: dict[str, tuple[int, int]]
    weekday_mods: dict[str, str]
    period_mods: dict[str, int]
    window_mods: dict[str, int]
    units: dict[str, tuple[int, int]]  # (days, months)
    shifts: dict[str, int]
    counts: dict[str, int]
    ordinals: dict[str, int]
    parts: dict[str, str]
    part_ranges: dict[str, dict[str, tuple[int, int]]]
    since: frozenset[str]
    after: frozenset[str]
    lists: dict[str, list[str]]
    year_words: dict[str, int]


def _below_100(table: Mapping[str, Any]) -> dict[str, int]:
    """ "one" .. "ninety-nine" from the unit, teen and ten words."""
    units, teens, tens = table["units"], table["teens"], table["tens"]
    out: dict[str, int] = {**units, **teens, **tens}
    for ten, t in tens.items():
        for unit, u in units.items():
            for sep in (" ", "-"):
                out[f"{ten}{sep}{unit}"] = t + u
    return out


def _year_words(table: Mapping[str, Any]) -> dict[str, int]:
    """Every year from 1100 to 2099 as words: "nineteen seventy eight", "nineteen oh one",
    "nineteen hundred and ninety three", "two thousand and eighteen"."""
    units, teens = table["units"], table["teens"]
    below_100 = _below_100(table)
    out: dict[str, int] = {table["thousand"]: 2000}
    for word, n in below_100.items():
        out[f"{table['thousand']} and {word}"] = 2000 + n
        out[f"{table['thousand']} {word}"] = 2000 + n
    for cent_word, c in teens.items():
        if c < 11:
            continue
        out[f"{cent_word} {table['hundred']}"] = c * 100
        for word, n in below_100.items():
            out[f"{cent_word} {table['hundred']} {word}"] = c * 100 + n
            out[f"{cent_word} {table['hundred']} and {word}"] = c * 100 + n
            if n >= 10:
                out[f"{cent_word} {word}"] = c * 100 + n
        for zero in table["zero"]:
            for unit, u in units.items():
                out[f"{cent_word} {zero} {unit}"] = c * 100 + u
    return out


def _day_words(table: Mapping[str, Mapping[str, int]]) -> tuple[dict[str, int], dict[str, int]]:
    """Day-of-month words: the listed ones plus compounds "twenty one", "thirty-first"."""
    cardinal, ordinal = dict(table["cardinal"]), dict(table["ordinal"])
    tens = {w: n for w, n in cardinal.items() if n in (20, 30)}
    out_card: dict[str, int] = dict(cardinal)
    out_ord = dict(ordinal)
    for ten, t in tens.items():
        for sep in (" ", "-"):
            for unit, u in cardinal.items():
                if 1 <= u <= 9 and t + u <= 31:
                    out_card[f"{ten}{sep}{unit}"] = t + u
            for unit, u in ordinal.items():
                if 1 <= u <= 9 and t + u <= 31:
                    out_ord[f"{ten}{sep}{unit}"] = t + u
    return out_card, out_ord


@cache
def _vocab() -> _Vocab:
    data = load_toml("dates")
    months = {k.lower(): v for k, v in data["months"].items()}
    months.update({k.lower(): v for k, v in data["months_capitalised"].items()})
    weekdays = dict(data["weekdays"])
    cardinal, ordinal = _day_words(data["day_words"])
    rel_days = {k: (v, v) for k, v in data["relative_days"].items()}
    rel_days.update({k: (v[0], v[1]) for k, v in data["relative_spans"].items()})
    units = {k: (v.get("days", 0), v.get("months", 0)) for k, v in data["units"].items()}
    parts: dict[str, str] = {}
    part_ranges: dict[str, dict[str, tuple[int, int]]] = {}
    for name, spec in data["period_parts"].items():
        for word in spec["words"]:
            parts[word] = name
        part_ranges[name] = {u: (spec[u][0], spec[u][1]) for u in ("week", "month", "year")}
    year_words = _year_words(data["year_words"])
    counts = {**_below_100(data["year_words"]), **data["counts"]}
    not_alone = set(data["weekdays_not_alone"]["words"])
    conflict = data["conflict"]
    lists: dict[str, list[str]] = {
        "month": list(data["months"]),
        "month_cap": list(data["months_capitalised"]),
        "wday": list(weekdays),
        "wday_alone": [w for w in weekdays if w not in not_alone],
        "dpart": list(data["day_parts"]["words"]),
        "dayword": list(ordinal) + [w for w in cardinal if " " in w or "-" in w],
        "dayord": list(ordinal),
        "reldays": list(rel_days),
        "wmod": list(data["weekday_modifiers"]),
        "pmod": list(data["period_modifiers"]),
        "winmod": list(data["window_modifiers"]),
        "unit": list(units),
        "shift": list(data["shift_words"]),
        "count": list(counts),
        "yw_cent": list(data["year_words"]["teens"]),
        "yw_zero": list(data["year_words"]["zero"]),
        "yw_low": list(_below_100(data["year_words"])),
        "daycard": [w for w in cardinal if " " in w or "-" in w],
        "daycard_all": list(cardinal) + list(data["day_words"]["cardinal"]),
        "ordinal": list(data["ordinals"]),
        "ordinal_pos": [k for k, v in data["ordinals"].items() if v > 0],
        "part": list(parts),
        "cnoun": list(conflict["nouns"]),
        "cstart": list(conflict["starts"]),
        "cbegan": list(conflict["began"]),
    }
    return _Vocab(
        months=months,
        weekdays=weekdays,
        day_words={**cardinal, **ordinal},
        day_ordinals=ordinal,
        rel_days=rel_days,
        weekday_mods=dict(data["weekday_modifiers"]),
        period_mods=dict(data["period_modifiers"]),
        window_mods=dict(data["window_modifiers"]),
        units=units,
        shifts=dict(data["shift_words"]),
        counts=counts,
        ordinals=dict(data["ordinals"]),
        parts=parts,
        part_ranges=part_ranges,
        since=frozenset(data["since"]["words"]),
        after=frozenset(data["since"]["after"]),
        lists=lists,
        year_words=year_words,
    )


# --------------------------------------------------------------------------- grammar

# a mention starts at a word start, not inside "c'mon", "1.5" or "$12"
_B = r"(?<![\w'’$])(?<!\d[.,])(?<!\$\s)"
_E = r"(?!\w)"
# an abbreviation's dot belongs to the date only when the date goes on ("Sept. 27"), not
# when it ends the sentence
_DOT = r"(?:\.(?=\s*\d|\s*(?-i:[a-z])|-|/))?"
_MON = r"(?:(?-i:\L<month_cap>)|\L<month>)(?!\w)" + _DOT


# years in words; the grammar is loose, the table in _Vocab.year_words decides
_YEAR_WORDS = (
    r"(?:two\s+thousand(?:\s+and)?|\L<yw_cent>(?:\s+hundred(?:\s+and)?)?)\s+\L<yw_low>"
    r"|\L<yw_cent>\s+(?:hundred|\L<yw_zero>\s+\L<yw_low>)"
    r"|(?<=,\s{0,3})two\s+thousand"  # only after a comma: "two thousand people" is a count
)


def _year(p: str) -> str:
    return rf"(?P<{p}year>(?:1\d|20)\d\d)(?!\d)"


def _ytail(p: str) -> str:
    """A year after a month or day: ", 2020", " of 1995", "-2016", " nineteen seventy two"
    (years in words only in the rules for single dates and months, to keep compiling fast)."""
    words = rf"|\s*,?\s*(?:(?:of|in)\s+)?(?P<{p}yearw>{_YEAR_WORDS}){_E}" if p in "ay" else ""
    return (
        rf"(?:(?:\s*,?\s*(?:(?:of|in|de)\s+)?|\s*[-/]\s*){_year(p)}{words}"
        rf"|\s+of\s+'?(?P<{p}yy>\d\d)(?![\d,.]?\w)|\s*[’'](?P<{p}yy>\d\d)(?!\d))"
    )


def _dayn(p: str) -> str:
    """A day of the month after a month name: "9", "27th", "twenty-first"."""
    return rf"(?:(?P<{p}day>[0-3]?\d)(?:st|nd|rd|th|er)?|(?P<{p}dayw>\L<dayword>)){_E}"


def _dayord(p: str) -> str:
    """A day that can only be a day: "9th", "ninth" (never a bare count)."""
    return rf"(?:(?P<{p}day>[0-3]?\d)(?:st|nd|rd|th)|(?P<{p}dayw>\L<dayord>)){_E}"


def _wdpre(p: str) -> str:
    return rf"(?:(?P<{p}wd>\L<wday>){_E}\.?\s*,?\s*(?:the\s+)?)?"


def _md(p: str) -> str:  # [weekday,] month day [, year]: "Sunday, Oct. 18, 2020", "Oct-2"
    return (
        rf"{_wdpre(p)}(?P<{p}mon>{_MON})(?:\s*,?\s*|\s*[-/.]\s*)(?:the\s+)?{_dayn(p)}"
        rf"(?:{_ytail(p)})?"
    )


def _dm(p: str) -> str:  # [weekday,] day month [year]: "27 September", "the 15th of February"
    return (
        rf"{_wdpre(p)}(?:(?P<{p}mmod>\L<pmod>)\s+)?(?:the\s+)?"
        rf"(?:(?P<{p}day>[0-3]?\d)(?:st|nd|rd|th|er)?{_E}\.?\s*(?:(?:day\s+)?of\s+|de\s+|[-/]\s*)?"
        rf"|(?P<{p}dayw>\L<dayword>){_E}\s+(?:day\s+)?of\s+"
        rf"|(?P<{p}dayw>\L<daycard>){_E}\s+)"
        rf"(?P<{p}mon>{_MON})(?:{_ytail(p)})?"
    )


def _iso(p: str) -> str:  # 2020-10-19, 2019-sep-1, 2019/sep/01, and dotted 24.02.22
    return (
        rf"(?:{_year(p)}(?:-(?P<{p}monn>1[0-2]|0?[1-9])-(?P<{p}day>[0-3]?\d)(?!\d)"
        rf"|[-/](?P<{p}mon>{_MON})[-/](?P<{p}day>[0-3]?\d)(?!\d))"
        # day.month.year as bulletins in Europe write it: never month first with dots
        rf"|(?<![\d.])(?P<{p}day>[0-3]?\d)\.(?P<{p}monn>1[0-2]|0?[1-9])\."
        rf"(?:(?P<{p}year>(?:19|20)\d\d)|(?P<{p}yy>\d\d))(?![\d.]\d))"
    )


def _my(p: str) -> str:  # [this|last] month [year]: "October", "last sept", "Dec-2018"
    return rf"(?:(?P<{p}mmod>\L<pmod>)\s+)?(?P<{p}mon>{_MON})(?:{_ytail(p)})?"


def _ym(p: str) -> str:  # year month: "2016 june", "2016, nov"
    return rf"{_year(p)}\s*,?\s*(?P<{p}mon>{_MON})"


def _wd(p: str, lst: str = "wday") -> str:
    return rf"(?P<{p}wd>\L<{lst}>){_E}{_DOT}"


def _term(p: str) -> str:
    """One end of a range; what it leaves out (month, year) comes from the other end."""
    return (
        rf"(?:{_iso(p)}|{_md(p)}|{_dm(p)}"
        rf"|(?P<{p}wmod>\L<wmod>)\s+{_wd(p)}"
        rf"|{_ym(p)}|{_my(p)}"
        rf"|(?P<{p}rel>\L<reldays>|now|date){_E}"
        rf"|(?P<{p}day>[0-3]?\d)(?:st|nd|rd|th|er)?{_E}(?![,.]\d)|(?P<{p}dayw>\L<dayword>){_E}"
        rf"|(?P<{p}yonly>(?:19|20)\d\d)(?!\d))"
    )


_COUNT = r"(?:\d{1,3}(?:\.\d)?|\L<count>)"
_RULES: tuple[tuple[str, str], ...] = (
    (
        "conflict_day",
        r"(?:the\s+)?(?:(?P<c_ord>\L<ordinal>|\L<dayword>|\d{1,3}(?:st|nd|rd|th))\s+day"
        r"|day\s+(?P<c_num>\d{1,3}))\s+(?:of|into)\s+(?P<c_noun>\L<cnoun>)" + _E,
    ),
    (
        "conflict_week",
        r"(?:the\s+)?(?P<c_ord>\L<ordinal>|\d{1,2}(?:st|nd|rd|th))\s+week\s+(?:of|into)\s+"
        r"(?P<c_noun>\L<cnoun>)" + _E,
    ),
    (
        "conflict_since",
        r"(?:ever\s+)?since\s+(?:(?:the\s+)?\L<cstart>\s+of\s+\L<cnoun>"
        r"|\L<cnoun>\s+(?:first\s+)?\L<cbegan>)" + _E,
    ),
    (
        "range",
        # (and in communiqués in French and Spanish: "du 10 au 16 février", "del 10 al 16 de
        # febrero", "entre el 3 y el 9 de marzo")
        r"(?:(?P<rg_from>from|between|du|entre|del|desde)\s+)?(?:the\s+|el\s+|le\s+)?"
        + _term("l")
        # (a spaced em dash is a clause's dash: "JUBA, June 23 — Twenty-seven people ...")
        + r"(?P<rg_sep>\s*(?:to|through|thru|till|until|and)\s*|\s+(?:au|al|et|y|hasta)\s+"
        r"|\s*[-–]\s*|—)(?:the\s+|el\s+|le\s+)?"
        + _term("r")
        + r"(?:\s+(?:of\s+|in\s+)?(?P<rg_pmod>\L<pmod>)\s+month"
        + _E
        + ")?",
    ),
    (
        "week_of",
        r"(?:the\s+)?(?:week\s+(?P<k_how>of|starting|beginning|commencing)(?:\s+on)?|w/c)\s+"
        r"(?:the\s+)?(?:" + _iso("k") + "|" + _md("k") + "|" + _dm("k") + ")",
    ),
    (
        "nth_week",
        r"(?:the\s+)?(?P<n_ord>\L<ordinal>)\s+week\s+(?:of\s+|in\s+)?(?:"
        r"(?P<n_pmod>\L<pmod>)\s+(?P<n_unit>month|year)"
        + _E
        + "|"
        + _my("n")
        + "|"
        + _year("n")
        + ")",
    ),
    (
        "nth_weekday",
        r"(?:the\s+)?(?:(?P<d_ord>\L<ordinal_pos>)\s+"
        + _wd("d")
        + r"(?:\s+(?:of|in)\s+(?:(?P<d_pmod>\L<pmod>)\s+month"
        + _E
        + "|"
        + _my("d")
        + "))?"
        r"|(?P<d_ord>last)\s+"
        + _wd("d")
        + r"\s+(?:of|in)\s+(?:(?P<d_pmod>\L<pmod>)\s+month"
        + _E
        + "|"
        + _my("d")
        + "))",
    ),
    (
        "day_of_month",
        r"(?:around\s+)?(?:the\s+)?"
        + _dayord("q")
        + r"(?:\s+day)?\s+(?:of\s+)?(?P<q_pmod>\L<pmod>)\s+month"
        + _E,
    ),
    (
        "part",
        r"(?:(?P<pt_part>\L<part>)(?:\s+|\s*-\s*)(?:(?:(?P<pt_pmod>\L<pmod>)|(?P<pt_the>the))\s+"
        r"(?P<pt_unit>week|month|year)" + _E + "|" + _my("t") + "|" + _year("t") + ")"
        r"|(?P<pt_el>earlier|later)\s+(?P<pt_pmod>\L<pmod>)\s+(?P<pt_unit>week|month|year)"
        + _E
        + ")",
    ),
    (
        "window",
        r"(?:the\s+)?(?P<wi_mod>\L<winmod>)\s+(?:(?P<wi_n>" + _COUNT + r")\s+)?"
        r"(?P<wi_unit>hours|\L<unit>)" + _E,
    ),
    (
        # a quarter named without its year ("in the first quarter", "Q3", "Q1 2026"); with
        # its year or "of the year" it is a "part"
        "quarter",
        r"(?:(?:the\s+)?(?P<q_ord>first|second|third|fourth)\s+quarter\b(?!\s+of\b)"
        r"|(?-i:Q)(?P<q_n>[1-4])(?:\s+(?P<q_year>(?:19|20)\d\d))?)" + _E,
    ),
    ("date", "(?:" + _iso("a") + "|" + _md("a") + "|" + _dm("a") + ")"),
    (
        "weekday_day",
        _wd("a")
        + r"\s*,?\s*(?:(?P<a_the>the\s+)?"
        + _dayn("a")
        + r"|(?P<a_the>the\s+)(?P<adayw>\L<daycard_all>)"
        + _E
        + ")",
    ),
    (
        "weekday_week",
        r"(?:(?P<ww_el>early|late)\s+)?" + _wd("w") + r"\s*,?\s+(?:of\s+)?(?:the\s+)?"
        r"(?P<ww_pmod>\L<pmod>)\s+week"
        + _E
        + r"|(?P<ww_pmod>\L<pmod>)\s+week\s*(?:-\s*|,\s*)?(?:on\s+)?"
        + _wd("w"),
    ),
    (
        "weekday_mod",
        r"(?P<mw_mod>\L<wmod>)\s+" + _wd("m") + r"(?:\s+\L<dpart>" + _E + ")?",
    ),
    (
        "period",
        r"(?:(?P<pe_mod>\L<pmod>)\s+(?P<pe_unit>week|month|year|weekend|fortnight)"
        r"|(?P<pe_over>over|at|during)\s+the\s+(?P<pe_unit>weekend))" + _E,
    ),
    (
        "offset",
        r"(?:(?P<of_n>"
        + _COUNT
        + r")\s+(?P<of_unit>\L<unit>)"
        + _E
        + r"(?:\s*,\s*|\s+and\s+|\s+))+(?:(?P<of_shift>from|after|before)\s+(?:the\s+)?"
        + "(?:"
        + _iso("o")
        + "|"
        + _md("o")
        + "|"
        + _dm("o")
        + r"|(?P<owmod>\L<wmod>)\s+"
        + _wd("o")
        + r"|(?P<orel>\L<reldays>)"
        + _E
        + ")"
        + r"|(?P<of_shift>\L<shift>)"
        + _E
        + ")",
    ),
    (
        "relative_day",
        r"(?:(?P<rl>\L<reldays>)" + _E + r"(?:\s+\L<dpart>" + _E + r")?"
        r"|the\s+day\s+(?P<rl_ba>before|after)(?=\s*(?:[.,;:!?]|$)))",
    ),
    ("month", "(?:" + _ym("y") + "|" + _my("y") + ")"),
    (
        "weekday",
        r"(?:(?P<wd_el>early|late)\s+)?" + _wd("b", "wday_alone") + r"(?:\s+\L<dpart>" + _E + ")?",
    ),
    (
        "year",
        # "in 2023", "throughout 2024", "for the whole of 2024", "over the course of 2023"
        r"(?<=\b(?:(?:in|during|since|throughout)"
        r"|(?:for|over|across|in|during)\s+(?:all|the\s+whole|the\s+(?:whole\s+)?course)\s+of)\s+)"
        + _year("yr"),
    ),
)
_RULE_NAMES = tuple(name for name, _ in _RULES)


@cache
def _pattern(rule: int | None = None) -> regex.Pattern[str]:
    """The alternation of all rules, or (to retry at one place) the one rule ``rule``."""
    rules = _RULES if rule is None else _RULES[rule : rule + 1]
    body = "|".join(f"(?P<r_{name}>{pat})" for name, pat in rules)
    lists = {k: v for k, v in _vocab().lists.items() if f"\\L<{k}>" in body}
    return compile_pattern(_B + "(?:" + body + ")", regex.IGNORECASE | regex.V0, **lists)


@cache
def _rule_groups() -> tuple[int, ...]:
    """The group number of each rule's outer group in the alternation, in rule order."""
    index = _pattern().groupindex
    return tuple(index[f"r_{name}"] for name in _RULE_NAMES)


@cache
def _before_pattern() -> regex.Pattern[str]:
    """Words right before a mention that change it: "since", "after", and prepositions
    that make a bare ambiguous month ("in May") a date."""
    data = load_toml("dates")
    return compile_pattern(
        r"(?:(?<![\w'’])(?P<since>\L<since>)|(?<![\w'’])(?P<after>\L<after>)"
        r"|(?<![\w'’])(?P<prep>\L<prep>))(?:\s+|-)\Z",
        regex.IGNORECASE,
        since=list(data["since"]["words"]),
        after=list(data["since"]["after"]),
        prep=list(data["month_alone_after"]["words"]),
    )


# --------------------------------------------------------------------------- calendar


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: dt.date, n: int) -> dt.date:
    idx = day.year * 12 + day.month - 1 + n
    year, month = divmod(idx, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _shift(day: dt.date, days: int, months: int) -> dt.date:
    return _add_months(day, months) + dt.timedelta(days=days)


def _resolve_md(month: int, day: int, ref: dt.date, prefer: Prefer) -> dt.date | None:
    """A month and day without a year: the nearest such day on or before the reference
    (prefer past) or on or after it (future); Feb. 29 goes to the nearest leap year."""
    step = -1 if prefer == "past" else 1
    for k in range(0, 9):
        cand = _safe_date(ref.year + step * k, month, day)
        if cand is not None and (cand <= ref if step < 0 else cand >= ref):
            return cand
    return None


def _resolve_month(month: int, ref: dt.date, prefer: Prefer) -> int:
    """The year of a month named without one."""
    if prefer == "past":
        return ref.year if month <= ref.month else ref.year - 1
    return ref.year if month >= ref.month else ref.year + 1


def _weekday_date(weekday: int, how: str, ref: dt.date) -> dt.date:
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    week = _week_start(ref)
    if how == "past":
        return ref - dt.timedelta(days=back)
    if how == "future":
        return ref + dt.timedelta(days=ahead)
    if how == "strict_past":
        return ref - dt.timedelta(days=back or 7)
    if how == "strict_future":
        return ref + dt.timedelta(days=ahead or 7)
    offset = {"previous_week": -7, "this_week": 0, "next_week": 7}[how]
    return week + dt.timedelta(days=offset + weekday)


def _unit_span(unit: str, n: int, ref: dt.date) -> tuple[dt.date, dt.date]:
    """The n-th week / month / year / weekend / fortnight from the reference's (0 = its own)."""
    if unit == "week":
        first = _week_start(ref) + dt.timedelta(days=7 * n)
        return first, first + dt.timedelta(days=6)
    if unit == "weekend":
        first = _week_start(ref) + dt.timedelta(days=7 * n + 5)
        return first, first + _DAY
    if unit == "fortnight":
        first = _week_start(ref) + dt.timedelta(days=14 * n)
        return first, first + dt.timedelta(days=13)
    if unit == "month":
        first = _add_months(ref.replace(day=1), n)
        return first, _month_end(first.year, first.month)
    year = ref.year + n
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _nth_week(n: int, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date] | None:
    """Weeks of a month or year are the Monday..Sunday weeks whose Thursday falls in it."""
    if n > 0:
        thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7)
        start = _week_start(thursday) + dt.timedelta(days=7 * (n - 1))
        if start + dt.timedelta(days=3) > last:
            return None
    else:
        thursday = last - dt.timedelta(days=(last.weekday() - 3) % 7)
        start = _week_start(thursday)
    return start, start + dt.timedelta(days=6)


def _nth_weekday(n: int, weekday: int, year: int, month: int) -> dt.date | None:
    if n > 0:
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        return day if day.month == month else None
    last = _month_end(year, month)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


# --------------------------------------------------------------------------- resolution


class _Reject(Exception):
    """The matched words do not make a date after all; try the next rule."""


@dataclasses.dataclass(slots=True)
class _Part:
    """A date as written: any field may be missing until the context fills it."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    span: tuple[dt.date, dt.date] | None = None  # already resolved (relative words)
    relative: bool = False


class _Reader:
    def __init__(
        self, m: regex.Match[str], ref: dt.date, prefer: Prefer, conflict: dt.date | None
    ) -> None:
        self.m = m
        self.ref = ref
        self.prefer = prefer
        self.conflict = conflict
        self.v = _vocab()

    def g(self, name: str) -> str | None:
        """The text of a group, None when it did not take part (or this rule has none)."""
        if name not in self.m.re.groupindex:
            return None
        value: str | None = self.m.group(name)
        return value

    def low(self, name: str) -> str:
        value = self.g(name)
        return " ".join(value.lower().split()) if value else ""

    # -- pieces

    def count(self, word: str) -> float:
        w = " ".join(word.lower().split())
        return float(w) if w[:1].isdigit() else self.v.counts[w]

    def month_of(self, p: str) -> int | None:
        if self.g(f"{p}monn"):
            return int(self.low(f"{p}monn"))
        mon = self.low(f"{p}mon").rstrip(".")
        return self.v.months[mon] if mon else None

    def day_of(self, p: str) -> int | None:
        if self.g(f"{p}day"):
            return int(self.low(f"{p}day"))
        word = self.low(f"{p}dayw")
        return self.v.day_words[word] if word else None

    def weekday_of(self, p: str) -> int | None:
        word = self.low(f"{p}wd").rstrip(".")
        return self.v.weekdays[word] if word else None

    def year_of(self, p: str) -> int | None:
        year = self.g(f"{p}year")
        if year:
            return int(year)
        words = " ".join(self.low(f"{p}yearw").split())
        if words:
            return self.v.year_words[words]
        short = self.g(f"{p}yy")
        if short:  # "April of 87", "Oct. '20": the latest such year not after the reference
            return self.ref.year - (self.ref.year - int(short)) % 100
        return None

    def part(self, p: str) -> _Part:
        """Read the groups of one date term (prefix ``p``) without resolving it."""
        if self.g(f"{p}rel"):
            word = self.low(f"{p}rel")
            if word in ("now", "date"):
                return _Part(span=(self.ref, self.ref), relative=True)
            a, b = self.v.rel_days[word]
            return _Part(
                span=(self.ref + dt.timedelta(days=a), self.ref + dt.timedelta(days=b)),
                relative=True,
            )
        if self.g(f"{p}wmod"):
            how = self.v.weekday_mods[self.low(f"{p}wmod")]
            wd = self.weekday_of(p)
            assert wd is not None
            day = _weekday_date(wd, how, self.ref)
            return _Part(span=(day, day), relative=True)
        if self.g(f"{p}yonly"):
            return _Part(year=int(self.low(f"{p}yonly")))
        part = _Part(
            year=self.year_of(p),
            month=self.month_of(p),
            day=self.day_of(p),
            weekday=self.weekday_of(p),
        )
        if self.g(f"{p}mmod"):
            if part.month is None:
                raise _Reject
            n = self.v.period_mods[self.low(f"{p}mmod")]
            part.year = self.ref.year + n
            part.relative = True
        return part

    def resolve(self, part: _Part) -> tuple[dt.date, dt.date]:
        """First and last day of a term, filling a missing year from the reference."""
        if part.span is not None:
            return part.span
        if part.month is None:
            if part.year is not None and part.day is None:
                return dt.date(part.year, 1, 1), dt.date(part.year, 12, 31)
            raise _Reject
        if part.day is None:
            year = (
                part.year
                if part.year is not None
                else _resolve_month(part.month, self.ref, self.prefer)
            )
            return dt.date(year, part.month, 1), _month_end(year, part.month)
        if part.year is not None:
            day = _safe_date(part.year, part.month, part.day)
        else:
            # a weekday beside a full date only repeats it ("Sunday, Oct. 18")
            day = _resolve_md(part.month, part.day, self.ref, self.prefer)
        if day is None:
            raise _Reject
        return day, day

    # -- rules: each returns (first, last, relative)

    def r_conflict_day(self) -> tuple[Span, bool]:
        if self.conflict is None:
            raise _Reject
        n = int(self.low("c_num")) if self.g("c_num") else self.ordinal(self.low("c_ord"))
        if n < 1:
            raise _Reject
        day = self.conflict + dt.timedelta(days=n - 1)
        return (day, day), True

    def ordinal(self, word: str) -> int:
        if word in self.v.ordinals:
            return self.v.ordinals[word]
        if word in self.v.day_words:
            return self.v.day_words[word]
        return int(word[:-2])

    def r_conflict_week(self) -> tuple[Span, bool]:
        if self.conflict is None:
            raise _Reject
        n = self.ordinal(self.low("c_ord"))
        if n < 1:
            raise _Reject
        first = self.conflict + dt.timedelta(days=7 * (n - 1))
        return (first, first + dt.timedelta(days=6)), True

    def r_conflict_since(self) -> tuple[Span, bool]:
        if self.conflict is None:
            raise _Reject
        return (self.conflict, None), True

    def r_range(self) -> tuple[Span, bool]:
        left, right = self.part("l"), self.part("r")
        has_from = bool(self.g("rg_from"))
        sep = self.low("rg_sep")
        if self.g("rg_pmod"):
            month, _ = _unit_span("month", self.v.period_mods[self.low("rg_pmod")], self.ref)
            for part in (left, right):
                if part.month is None and part.day is not None and part.span is None:
                    part.month, part.year, part.relative = month.month, month.year, True
        for a, b in ((left, right), (right, left)):
            # "Oct-2" is one day, not October to the 2nd: a bare day borrows its month
            # only from a day ("July 13-15")
            if a.span is None and a.month is None and a.day is not None and b.day is None:
                raise _Reject
        tight = sep in ("-", "/")
        if (
            tight
            and (left.month is None) != (right.month is None)
            and not (left.span or right.span or left.day or right.day)
        ):
            raise _Reject  # "2019-sep", "Aug-2016": a date, not a range
        if tight and (
            (left.year is not None and left.month is None and right.month is not None)
            or (right.year is not None and right.month is None and left.month is not None)
        ):
            raise _Reject
        if sep == "and" and self.low("rg_from") != "between":
            raise _Reject
        years_only = left.year is not None and left.month is None and left.span is None
        if years_only and right.month is None and right.span is None and not has_from:
            raise _Reject
        if left.day is not None and left.month is None and left.span is None:
            left.month = right.month
        if right.day is not None and right.month is None and right.span is None:
            right.month = left.month
            right.year = right.year if right.year is not None else left.year
        for part in (left, right):
            if part.span is None and part.month is None and (part.day is not None):
                raise _Reject
        if left.span is None and right.span is None:
            if left.month is None and right.month is None and not (left.year and right.year):
                raise _Reject
            if left.year is None and right.year is not None:
                left.year = right.year
                if (left.month or 1, left.day or 1) > (right.month or 12, right.day or 31):
                    left.year -= 1
            elif left.year is None:
                left.year = self.resolve(left)[0].year
            if right.year is None:
                right.year = left.year
                if (right.month or 12, right.day or 31) < (left.month or 1, left.day or 1):
                    right.year += 1
        first, last = self.resolve(left)[0], self.resolve(right)[1]
        if last < first:
            raise _Reject
        return (first, last), left.relative or right.relative or bool(left.span or right.span)

    def r_week_of(self) -> tuple[Span, bool]:
        day, _ = self.resolve(self.part("k"))
        if self.low("k_how") == "of":
            day = _week_start(day)
        return (day, day + dt.timedelta(days=6)), False

    def scope(self, p: str) -> tuple[tuple[dt.date, dt.date], bool]:
        """The month or year after "of" in "the third week of ...": (first, last), relative."""
        if self.g(f"{p}_pmod"):
            n = self.v.period_mods[self.low(f"{p}_pmod")]
            unit = self.low(f"{p}_unit") or "month"
            return _unit_span(unit, n, self.ref), True
        if self.g(f"{p}mon"):
            part = self.part(p)
            return self.resolve(part), part.relative
        year = self.year_of(p)
        if year is not None:
            return (dt.date(year, 1, 1), dt.date(year, 12, 31)), False
        return _unit_span("month", 0, self.ref), True

    def r_nth_week(self) -> tuple[Span, bool]:
        n = self.ordinal(self.low("n_ord"))
        (first, last), relative = self.scope("n")
        week = _nth_week(n, first, last)
        if week is None:
            raise _Reject
        return week, relative

    def r_nth_weekday(self) -> tuple[Span, bool]:
        n = self.ordinal(self.low("d_ord"))
        wd = self.weekday_of("d")
        assert wd is not None
        (first, _), _ = self.scope("d")
        day = _nth_weekday(n, wd, first.year, first.month)
        if day is None:
            raise _Reject
        return (day, day), True

    def r_day_of_month(self) -> tuple[Span, bool]:
        n = self.v.period_mods[self.low("q_pmod")]
        first, _ = _unit_span("month", n, self.ref)
        day_n = self.day_of("q")
        day = _safe_date(first.year, first.month, day_n or 0)
        if day is None:
            raise _Reject
        return (day, day), True

    def r_quarter(self) -> tuple[Span, bool]:
        q_n, q_year = self.g("q_n"), self.g("q_year")
        q = int(q_n) if q_n else ("first", "second", "third", "fourth").index(self.low("q_ord")) + 1
        year = int(q_year) if q_year else self.ref.year
        first = dt.date(year, 3 * q - 2, 1)
        if not q_year and first > self.ref:
            year -= 1  # "in the fourth quarter", said in May: last year's
            first = dt.date(year, 3 * q - 2, 1)
        return (first, _month_end(year, 3 * q)), not q_year

    def r_part(self) -> tuple[Span, bool]:
        if self.g("pt_pmod") or self.g("pt_the"):
            # "the first half of the year": of this year
            unit = self.low("pt_unit")
            n = self.v.period_mods[self.low("pt_pmod")] if self.g("pt_pmod") else 0
            first, last = _unit_span(unit, n, self.ref)
            relative = True
        elif self.g("tmon"):
            unit = "month"
            part = self.part("t")
            first, last = self.resolve(part)
            relative = part.relative
        else:
            unit = "year"
            year = self.year_of("t")
            assert year is not None
            first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
            relative = False
        which = self.v.parts.get(self.low("pt_part"), "")
        earlier_later = self.low("pt_el")
        name = which or ("early" if earlier_later == "earlier" else "late")
        a, b = self.v.part_ranges[name][unit]
        if unit == "week":
            p_first, p_last = first + dt.timedelta(days=a), first + dt.timedelta(days=b)
        elif unit == "month":
            p_first = first.replace(day=a)
            p_last = last if b < 0 else first.replace(day=b)
        else:
            p_first, p_last = dt.date(first.year, a, 1), _month_end(first.year, b)
        if earlier_later == "earlier" and first <= self.ref <= last:
            p_first, p_last = first, max(first, min(p_last, self.ref - _DAY))
        elif earlier_later == "later" and first <= self.ref <= last:
            p_first, p_last = max(p_first, self.ref), last
        return (p_first, p_last), relative

    def r_window(self) -> tuple[Span, bool]:
        direction = self.v.window_mods[self.low("wi_mod")]
        n = int(self.count(self.g("wi_n") or "1"))
        unit = self.low("wi_unit")
        if not self.g("wi_n") and (self.low("wi_mod") != "past" or unit.endswith("s")):
            raise _Reject
        if unit == "hours":
            days = -(-n // 24)
            if direction < 0:
                return (self.ref - dt.timedelta(days=days), self.ref), True
            return (self.ref, self.ref + dt.timedelta(days=days)), True
        d, mo = self.v.units[unit]
        if direction < 0:
            return (_shift(self.ref, -d * n, -mo * n), self.ref - _DAY), True
        return (self.ref + _DAY, _shift(self.ref, d * n, mo * n)), True

    def r_date(self) -> tuple[Span, bool]:
        part = self.part("a")
        return self.resolve(part), False

    def r_weekday_day(self) -> tuple[Span, bool]:
        wd, day_n = self.weekday_of("a"), self.day_of("a")
        assert wd is not None and day_n is not None
        plain = self.g("aday") and self.m.group(0).rstrip()[-1:].isdigit()
        if plain and not self.g("a_the"):
            # "Monday 21 people ..." is a weekday and a count, not "Monday the 21st"
            rest = self.m.string[self.m.end() :]
            if regex.match(r"\s*[\w$]|[.\-/]\d", rest):
                raise _Reject
        # the nearest month where that day is that weekday, back from the reference (or
        # forward); a day within a week of the reference counts either way ("Tuesday the
        # 11th" said on Monday the 10th)
        step = -1 if self.prefer == "past" else 1
        start = self.ref.replace(day=1)
        for k in range(400):
            first = _add_months(start, step * k)
            day = _safe_date(first.year, first.month, day_n)
            if day is None or day.weekday() != wd:
                continue
            if abs((day - self.ref).days) <= 7 or (
                (day <= self.ref) if step < 0 else (day >= self.ref)
            ):
                return (day, day), True
        raise _Reject

    def r_weekday_week(self) -> tuple[Span, bool]:
        n = self.v.period_mods[self.low("ww_pmod")]
        wd = self.weekday_of("w")
        assert wd is not None
        day = _week_start(self.ref) + dt.timedelta(days=7 * n + wd)
        return (day, day), True

    def r_weekday_mod(self) -> tuple[Span, bool]:
        wd = self.weekday_of("m")
        assert wd is not None
        day = _weekday_date(wd, self.v.weekday_mods[self.low("mw_mod")], self.ref)
        return (day, day), True

    def r_period(self) -> tuple[Span, bool]:
        unit = self.low("pe_unit")
        if self.g("pe_over"):
            if unit != "weekend":
                raise _Reject
            this = _unit_span("weekend", 0, self.ref)
            if self.prefer == "past":
                n = 0 if self.ref >= this[0] else -1
            else:
                n = 0 if self.ref <= this[1] else 1
            return _unit_span("weekend", n, self.ref), True
        return _unit_span(unit, self.v.period_mods[self.low("pe_mod")], self.ref), True

    def r_offset(self) -> tuple[Span, bool]:
        shift = self.low("of_shift")
        sign = self.v.shifts.get(shift, 1)
        anchor = self.ref
        relative = True
        if self.g("orel") or self.g("owmod") or self.g("omon") or self.g("omonn"):
            part = self.part("o")
            anchor = self.resolve(part)[0]
            relative = part.relative or part.span is not None
        elif shift in ("from", "after"):
            raise _Reject
        elif shift == "before" and not regex.match(
            r"\s*(?:[.,;:!?)]|$)", self.m.string[self.m.end() :]
        ):
            # "four days before" is relative to the reference only at the end of a clause
            raise _Reject
        days = months = 0  # "1.5 days later": whole days only
        for n_word, unit in zip(self.m.captures("of_n"), self.m.captures("of_unit"), strict=True):
            d, mo = self.v.units[" ".join(unit.lower().split())]
            n = self.count(n_word)
            days, months = days + int(d * n), months + int(mo * n)
        if not self.m.captures("of_n"):
            raise _Reject
        day = _shift(anchor, sign * days, sign * months)
        return (day, day), relative

    def r_relative_day(self) -> tuple[Span, bool]:
        if self.g("rl_ba"):
            off = -1 if self.low("rl_ba") == "before" else 1
            day = self.ref + dt.timedelta(days=off)
            return (day, day), True
        a, b = self.v.rel_days[self.low("rl")]
        return (self.ref + dt.timedelta(days=a), self.ref + dt.timedelta(days=b)), True

    def r_month(self) -> tuple[Span, bool]:
        part = self.part("y")
        if part.year is None and not self.g("ymmod"):
            word = self.g("ymon") or ""
            capitalised = word[:1].isupper()
            ambiguous = word.rstrip(".").lower() not in load_toml("dates")["months"]
            short = len(word.rstrip(".")) <= 4 and word.lower() != "june"
            if ambiguous or short or not capitalised:
                before = self.m.string[max(0, self.m.start() - 20) : self.m.start()]
                if not _before_pattern().search(before):
                    raise _Reject
        return self.resolve(part), part.relative

    def r_weekday(self) -> tuple[Span, bool]:
        wd = self.weekday_of("b")
        assert wd is not None
        day = _weekday_date(wd, self.prefer, self.ref)
        return (day, day), True

    def r_year(self) -> tuple[Span, bool]:
        year = self.year_of("yr")
        assert year is not None
        return (dt.date(year, 1, 1), dt.date(year, 12, 31)), False


_READERS: dict[str, Callable[[_Reader], tuple[Span, bool]]] = {
    name: getattr(_Reader, f"r_{name}") for name in _RULE_NAMES
}


# Words that can come before the first anchor word of a mention ("the second day", "between
# the ninth and the seventeenth of April"), besides those in the data file's modifiers,
# counts, ordinals and parts.
_GRAMMAR_LEADS = (
    "the", "from", "between", "and", "to", "through", "thru", "till", "until", "around", "of",
    "in", "on", "over", "at", "during", "earlier", "later", "ever", "w/c", "day", "week", "de",
    # ranges in French and Spanish communiqués: "du 10 au 16 février", "del 10 al 16 de febrero"
    "du", "au", "entre", "del", "al", "desde", "hasta", "et", "y", "el", "le",
)  # fmt: skip


@cache
def _scanners() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """Fast scanners over lower-cased text: anchor words (every mention contains one: a
    month, a weekday, a unit, a relative word, a year, an ordinal day), and the chain of
    lead words that may precede an anchor. The full grammar then runs only there."""
    v = _vocab()
    anchors = {*v.months, *v.weekdays, *v.units, "weekend", "hours", "hour", "since", "now"}
    anchors |= {"quarter", "q1", "q2", "q3", "q4"}
    anchors |= {w.split()[-1] for w in v.rel_days} | set(v.lists["dpart"])
    leads = set(_GRAMMAR_LEADS)
    for name in ("wmod", "pmod", "winmod", "part", "ordinal", "dayword", "count", "cnoun"):
        leads |= {w for entry in v.lists[name] for w in entry.replace("-", " ").split()}
    leads |= {w for entry in v.since | v.after for w in entry.split()}
    anchor = compile_lists(
        r"\b(?:\L<anchors>|1\d{3}|20\d\d|\d{1,2}(?:st|nd|rd|th|er)|[0-3]?\d\.[01]?\d\.\d\d(?:\d\d)?)\b",
        anchors=sorted(anchors),
    )
    lead = r"(?:\L<leads>|\d{1,4}(?:[.,]\d+)?)"
    # searched backwards from the anchor: one attempt, not one per position
    chain = compile_lists(
        rf"(?<!\w)(?:{lead}[\s.,/'’–—-]{{1,3}}){{1,8}}\Z", regex.REVERSE, leads=sorted(leads)
    )
    word = compile_lists(rf"(?<!\w){lead}(?!\w)", leads=sorted(leads))
    return anchor, chain, word


def _candidates(text: str) -> list[int]:
    """Positions where a mention may start: each anchor word and the lead words before it."""
    lower = text.lower()
    if len(lower) != len(text):  # a rare case-mapping that changes length: try everywhere
        return [m.start() for m in regex.finditer(r"(?<!\w)[\w$]", text)]
    anchor, chain, word = _scanners()
    out: list[int] = []
    floor = 0
    for a in anchor.finditer(lower):
        start = a.start()
        lead = chain.search(lower, max(floor, start - 90), start)
        if lead is not None:
            out.extend(w.start() for w in word.finditer(lower, lead.start(), start))
        out.append(start)
        floor = start
    return out


def _read(
    text: str, at: int, ref: dt.date, prefer: Prefer, conflict: dt.date | None
) -> tuple[regex.Match[str], str, Span, bool] | None:
    """The mention starting at ``at``, if any; a rule whose words turn out not to be a date
    hands over to the rules after it at the same place."""
    m = _pattern().match(text, at, at + _AHEAD)
    if m is None:
        return None
    index = next(i for i, group in enumerate(_rule_groups()) if m.start(group) >= 0)
    while True:
        rule = _RULE_NAMES[index]
        try:
            span, relative = _READERS[rule](_Reader(m, ref, prefer, conflict))
        except (_Reject, ValueError, OverflowError, KeyError):
            retry = None
            for index in range(index + 1, len(_RULES)):  # noqa: B020
                retry = _pattern(index).match(text, at, at + _AHEAD)
                if retry is not None:
                    break
            if retry is None:
                return None
            m = retry
            continue
        return m, rule, span, relative


def _kind(first: dt.date | None, last: dt.date | None) -> Kind:
    if last is None:
        return "since"
    return "day" if first == last else "period"


def find_dates(
    text: str,
    reference: dt.date,
    prefer: Literal["past", "future"] = "past",
    *,
    conflict_start: dt.date | None = None,
) -> list[DateMention]:
    """Every date mention in ``text``, left to right, resolved against ``reference`` (the
    publication date) and, for "the second day of fighting", ``conflict_start``.

    A date without a year is the nearest such day on or before the reference (``prefer=
    "past"``, the news reading) or on or after it (``"future"``).

    >>> import datetime as dt
    >>> [(m.text, m.first, m.last, m.kind) for m in find_dates(
    ...     "11 more soldiers died on Monday, bringing the toll since Sept. 27 to 729.",
    ...     dt.date(2020, 10, 21))]  # doctest: +NORMALIZE_WHITESPACE
    [('Monday', datetime.date(2020, 10, 19), datetime.date(2020, 10, 19), 'day'),
     ('since Sept. 27', datetime.date(2020, 9, 27), None, 'since')]
    """
    mentions: list[DateMention] = []
    pos = 0
    for at in _candidates(text):
        if at < pos:
            continue
        found = _read(text, at, reference, prefer, conflict_start)
        if found is None:
            continue
        m, rule, (first, last), relative = found
        start, end = m.start(), m.end()
        if rule != "conflict_since" and first is not None:
            before = _before_pattern().search(text[max(0, start - 20) : start])
            if before is not None and (before.group("since") or before.group("after")):
                if before.group("after") and last is not None:
                    first = last + _DAY
                start -= len(before.group(0))
                last = None
        mentions.append(
            DateMention(
                first=first,
                last=last,
                start=start,
                end=end,
                text=text[start:end],
                kind=_kind(first, last),
                relative=relative,
                rule=rule,
            )
        )
        pos = end
    return _stated_over_offset(text, _month_of_named_year(text, mentions))


# "A day earlier, on Friday, ...": the day stated next to an offset is the day meant
_OFFSET_THEN_DAY = regex.compile(r"\s*,?\s*(?:on\s+)?\Z", regex.I)


def _stated_over_offset(text: str, mentions: list[DateMention]) -> list[DateMention]:
    kept: list[DateMention] = []
    for i, m in enumerate(mentions):
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            m.rule == "offset"
            and following is not None
            and following.kind == "day"
            and following.start - m.end <= 6
            and _OFFSET_THEN_DAY.match(text[m.end : following.start])
        ):
            continue
        kept.append(m)
    return kept


# "in August last year", "in May of this year": the month of the year the words name
_OF_NAMED_YEAR = regex.compile(r"\s*(?:of\s+)?\Z")


def _month_of_named_year(text: str, mentions: list[DateMention]) -> list[DateMention]:
    merged: list[DateMention] = []
    for m in mentions:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.rule == "month"
            and previous.first is not None
            and previous.last is not None
            and m.rule == "period"
            and m.first is not None
            and m.last is not None
            and m.first.month == 1
            and m.first.day == 1
            and (m.last - m.first).days in (364, 365)
            and regex.match(
                r"(?:last|this|next|the\s+previous|the\s+following)\s+year\b", m.text, regex.I
            )
            and _OF_NAMED_YEAR.match(text[previous.end : m.start])
        ):
            year = m.first.year
            first = previous.first.replace(year=year)
            last = previous.last.replace(year=year, day=1)
            last = (last.replace(month=last.month % 12 + 1, year=year + last.month // 12)) - _DAY
            merged[-1] = dataclasses.replace(
                previous, first=first, last=last, end=m.end, text=text[previous.start : m.end]
            )
            continue
        merged.append(m)
    return merged
