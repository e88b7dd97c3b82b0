"""Date mentions in news sentences: a case table, negatives, and properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualties.dates import DateMention, find_dates

REF = dt.date(2020, 10, 21)  # a Wednesday
WAR = dt.date(2020, 9, 27)

Expected = tuple[str, str | None, str | None, str, bool]  # text, first, last, kind, relative

# (id, sentence, reference, expected mentions); reference None = REF.
CASES: list[tuple[str, str, dt.date | None, list[Expected]]] = [
    # -- stated dates in the languages of bulletins
    (
        "french-arrete-au",
        "Bilan cumulatif arrêté au 21 octobre 2020, depuis le 27 septembre 2020.",
        None,
        [
            ("21 octobre 2020", "2020-10-21", "2020-10-21", "day", False),
            ("depuis le 27 septembre 2020", "2020-09-27", None, "since", False),
        ],
    ),
    (
        "spanish-de",
        "Reporte del 6 de febrero de 2020: 12 fallecidos.",
        None,
        [("6 de febrero de 2020", "2020-02-06", "2020-02-06", "day", False)],
    ),
    (
        "portuguese-de",
        "Situação em 3 de maio de 2020.",
        None,
        [("3 de maio de 2020", "2020-05-03", "2020-05-03", "day", False)],
    ),
    # -- stated dates
    (
        "abbrev-dot",
        "Shelling resumed on Oct. 9 near the town.",
        None,
        [("Oct. 9", "2020-10-09", "2020-10-09", "day", False)],
    ),
    (
        "sept-dot",
        "Officials said the offensive began on Sept. 27.",
        None,
        [("Sept. 27", "2020-09-27", "2020-09-27", "day", False)],
    ),
    (
        "month-day",
        "The ministry updated its figures on September 27.",
        None,
        [("September 27", "2020-09-27", "2020-09-27", "day", False)],
    ),
    (
        "day-month",
        "The first strikes were reported on 27 September.",
        None,
        [("27 September", "2020-09-27", "2020-09-27", "day", False)],
    ),
    (
        "md-year-nodot",
        "A ceasefire was announced Sept 27, 2020, but failed.",
        None,
        [("Sept 27, 2020", "2020-09-27", "2020-09-27", "day", False)],
    ),
    (
        "weekday-full-date",
        "The report is dated Sunday, Oct. 18, 2020.",
        None,
        [("Sunday, Oct. 18, 2020", "2020-10-18", "2020-10-18", "day", False)],
    ),
    (
        "on-november",
        "The truce took effect on November 2.",
        dt.date(2020, 11, 10),
        [("November 2", "2020-11-02", "2020-11-02", "day", False)],
    ),
    (
        "the-15th-of",
        "Talks are due to resume after the 15th of February.",
        dt.date(2021, 3, 1),
        [("after the 15th of February", "2021-02-16", None, "since", False)],
    ),
    (
        "the-15th-of-plain",
        "Relief convoys arrived on the 15th of February.",
        dt.date(2021, 3, 1),
        [("the 15th of February", "2021-02-15", "2021-02-15", "day", False)],
    ),
    (
        "iso",
        "Figures published 2020-10-19 list 729 dead.",
        None,
        [("2020-10-19", "2020-10-19", "2020-10-19", "day", False)],
    ),
    (
        "month-hyphen-day",
        "The convoy left on Oct-2 under fire.",
        None,
        [("Oct-2", "2020-10-02", "2020-10-02", "day", False)],
    ),
    (
        "month-slash-day",
        "The convoy left on Oct/2 under fire.",
        None,
        [("Oct/2", "2020-10-02", "2020-10-02", "day", False)],
    ),
    (
        "day-month-year",
        "Fighting stopped on 10 November 2020 under a deal.",
        None,
        [("10 November 2020", "2020-11-10", "2020-11-10", "day", False)],
    ),
    (
        "day-month-year-past-ref",
        "The pact of 2 November 2020 held.",
        dt.date(2021, 1, 5),
        [("2 November 2020", "2020-11-02", "2020-11-02", "day", False)],
    ),
    (
        "ordinal-suffix",
        "Rockets hit the city on October 4th, residents said.",
        None,
        [("October 4th", "2020-10-04", "2020-10-04", "day", False)],
    ),
    (
        "month-day-year-no-comma",
        "Casualties were first tallied on Oct 1 2020.",
        None,
        [("Oct 1 2020", "2020-10-01", "2020-10-01", "day", False)],
    ),
    (
        "capital-may-date",
        "The incident happened on May 9, officials said.",
        None,
        [("May 9", "2020-05-09", "2020-05-09", "day", False)],
    ),
    (
        "capital-march-date",
        "Protests erupted March 3 in the capital.",
        None,
        [("March 3", "2020-03-03", "2020-03-03", "day", False)],
    ),
    (
        "future-month-day-goes-back",
        "Elections held on Dec. 5 were disputed.",
        None,
        [("Dec. 5", "2019-12-05", "2019-12-05", "day", False)],
    ),
    (
        "same-day-month-day",
        "Shelling continued on Oct. 21 into the night.",
        None,
        [("Oct. 21", "2020-10-21", "2020-10-21", "day", False)],
    ),
    (
        "feb-29",
        "The previous count, from Feb 29, was lower.",
        dt.date(2021, 3, 2),
        [("Feb 29", "2020-02-29", "2020-02-29", "day", False)],
    ),
    (
        "two-dates",
        "Between the Oct. 10 truce and the Oct. 18 truce, shelling went on.",
        None,
        [
            ("Oct. 10", "2020-10-10", "2020-10-10", "day", False),
            ("Oct. 18", "2020-10-18", "2020-10-18", "day", False),
        ],
    ),
    (
        "weekday-the-nth",
        "The hospital was hit on Thursday the 15th.",
        None,
        [("Thursday the 15th", "2020-10-15", "2020-10-15", "day", True)],
    ),
    (
        "iso-month-name",
        "The bulletin of 2020-oct-05 gave 240 dead.",
        None,
        [("2020-oct-05", "2020-10-05", "2020-10-05", "day", False)],
    ),
    (
        "day-of-month-year",
        "The accord of the 9th of November, 2020 ended the war.",
        None,
        [("the 9th of November, 2020", "2020-11-09", "2020-11-09", "day", False)],
    ),
    # -- weekdays
    (
        "on-monday",
        "Eleven more soldiers died on Monday, the ministry said.",
        None,
        [("Monday", "2020-10-19", "2020-10-19", "day", True)],
    ),
    (
        "bare-weekday",
        "Rescuers pulled survivors from the rubble Friday.",
        None,
        [("Friday", "2020-10-16", "2020-10-16", "day", True)],
    ),
    (
        "weekday-is-reference",
        "The ministry said on Wednesday that 40 had died.",
        None,
        [("Wednesday", "2020-10-21", "2020-10-21", "day", True)],
    ),
    (
        "last-friday",
        "The strike last Friday killed 13 people.",
        None,
        [("last Friday", "2020-10-16", "2020-10-16", "day", True)],
    ),
    (
        "this-past-wednesday",
        "Officials met this past Wednesday in Moscow.",
        dt.date(2020, 10, 23),
        [("this past Wednesday", "2020-10-21", "2020-10-21", "day", True)],
    ),
    (
        "next-sunday",
        "Talks are scheduled for next Sunday.",
        None,
        [("next Sunday", "2020-11-01", "2020-11-01", "day", True)],
    ),
    (
        "monday-night",
        "Drones struck the depot Monday night.",
        None,
        [("Monday night", "2020-10-19", "2020-10-19", "day", True)],
    ),
    (
        "early-tuesday",
        "The barrage started early Tuesday, witnesses said.",
        None,
        [("early Tuesday", "2020-10-20", "2020-10-20", "day", True)],
    ),
    (
        "weekday-possessive",
        "Saturday's strike on the market killed 13.",
        None,
        [("Saturday", "2020-10-17", "2020-10-17", "day", True)],
    ),
    (
        "weekday-comma-count",
        "On Monday, 21 people were killed.",
        None,
        [("Monday", "2020-10-19", "2020-10-19", "day", True)],
    ),
    (
        "weekday-then-count",
        "On Monday 21 people were killed.",
        None,
        [("Monday", "2020-10-19", "2020-10-19", "day", True)],
    ),
    (
        "tuesday-of-last-week",
        "The shelling on Tuesday of last week killed four.",
        None,
        [("Tuesday of last week", "2020-10-13", "2020-10-13", "day", True)],
    ),
    (
        "friday-next-week",
        "Negotiators return on Friday next week.",
        None,
        [("Friday next week", "2020-10-30", "2020-10-30", "day", True)],
    ),
    (
        "weekday-abbrev",
        "Casualty update: Mon 40 dead, Tue 52.",
        None,
        [
            ("Mon", "2020-10-19", "2020-10-19", "day", True),
            ("Tue", "2020-10-20", "2020-10-20", "day", True),
        ],
    ),
    # -- relative days
    (
        "yesterday",
        "Twenty-seven servicemen were killed yesterday.",
        None,
        [("yesterday", "2020-10-20", "2020-10-20", "day", True)],
    ),
    (
        "today",
        "The defence ministry said today that the toll had risen.",
        None,
        [("today", "2020-10-21", "2020-10-21", "day", True)],
    ),
    (
        "tonight",
        "A curfew takes effect tonight.",
        None,
        [("tonight", "2020-10-21", "2020-10-21", "day", True)],
    ),
    (
        "overnight",
        "Shelling overnight killed two civilians.",
        None,
        [("overnight", "2020-10-20", "2020-10-21", "period", True)],
    ),
    (
        "day-before-yesterday",
        "He was wounded the day before yesterday.",
        None,
        [("the day before yesterday", "2020-10-19", "2020-10-19", "day", True)],
    ),
    (
        "yesterday-morning",
        "The drone was downed yesterday morning.",
        None,
        [("yesterday morning", "2020-10-20", "2020-10-20", "day", True)],
    ),
    (
        "last-night",
        "Two villages were hit last night.",
        None,
        [("last night", "2020-10-20", "2020-10-20", "day", True)],
    ),
    (
        "n-days-ago",
        "The column was ambushed three days ago.",
        None,
        [("three days ago", "2020-10-18", "2020-10-18", "day", True)],
    ),
    (
        "digits-days-ago",
        "The bridge was destroyed 10 days ago.",
        None,
        [("10 days ago", "2020-10-11", "2020-10-11", "day", True)],
    ),
    (
        "a-week-ago",
        "A week ago the toll stood at 600.",
        None,
        [("A week ago", "2020-10-14", "2020-10-14", "day", True)],
    ),
    (
        "two-weeks-earlier",
        "Two weeks earlier the figure was 400.",
        None,
        [("Two weeks earlier", "2020-10-07", "2020-10-07", "day", True)],
    ),
    (
        "a-month-ago",
        "The offensive stalled a month ago.",
        None,
        [("a month ago", "2020-09-21", "2020-09-21", "day", True)],
    ),
    (
        "twenty-one-days-ago",
        "The war began twenty-one days ago.",
        dt.date(2020, 10, 18),
        [("twenty-one days ago", "2020-09-27", "2020-09-27", "day", True)],
    ),
    (
        "few-days-ago",
        "A few days ago a second convoy was hit.",
        None,
        [("A few days ago", "2020-10-18", "2020-10-18", "day", True)],
    ),
    (
        "days-before-end",
        "The toll was 600 four days before.",
        None,
        [("four days before", "2020-10-17", "2020-10-17", "day", True)],
    ),
    ("days-before-event-not-date", "Four days before the truce, 50 died.", None, []),
    (
        "offset-from-date",
        "Two weeks after Oct. 1, aid arrived.",
        None,
        [("Two weeks after Oct. 1", "2020-10-15", "2020-10-15", "day", False)],
    ),
    # -- periods relative to the reference
    (
        "last-week",
        "Putin said last week that nearly 5,000 had died.",
        None,
        [("last week", "2020-10-12", "2020-10-18", "period", True)],
    ),
    (
        "this-week",
        "Fighting intensified this week.",
        None,
        [("this week", "2020-10-19", "2020-10-25", "period", True)],
    ),
    (
        "next-week",
        "Monitors will deploy next week.",
        None,
        [("next week", "2020-10-26", "2020-11-01", "period", True)],
    ),
    (
        "last-month",
        "More than 300 died last month.",
        None,
        [("last month", "2020-09-01", "2020-09-30", "period", True)],
    ),
    (
        "earlier-this-month",
        "Earlier this month the ministry gave 500.",
        None,
        [("Earlier this month", "2020-10-01", "2020-10-15", "period", True)],
    ),
    (
        "earlier-this-month-early-ref",
        "Earlier this month the ministry gave 500.",
        dt.date(2020, 10, 9),
        [("Earlier this month", "2020-10-01", "2020-10-08", "period", True)],
    ),
    (
        "this-year",
        "This year's toll is the highest since 1994.",
        None,
        [
            ("This year", "2020-01-01", "2020-12-31", "period", True),
            ("since 1994", "1994-01-01", None, "since", False),
        ],
    ),
    (
        "last-weekend",
        "Heavy fighting was reported last weekend.",
        None,
        [("last weekend", "2020-10-17", "2020-10-18", "period", True)],
    ),
    (
        "over-the-weekend",
        "Shelling over the weekend killed 13.",
        None,
        [("over the weekend", "2020-10-17", "2020-10-18", "period", True)],
    ),
    (
        "over-the-weekend-on-sunday",
        "Shelling over the weekend killed 13.",
        dt.date(2020, 10, 25),
        [("over the weekend", "2020-10-24", "2020-10-25", "period", True)],
    ),
    (
        "past-24-hours",
        "In the past 24 hours, 40 soldiers were killed.",
        None,
        [("the past 24 hours", "2020-10-20", "2020-10-21", "period", True)],
    ),
    (
        "past-week",
        "In the past week the toll rose by 120.",
        None,
        [("the past week", "2020-10-14", "2020-10-20", "period", True)],
    ),
    (
        "past-three-days",
        "Over the past three days 90 died.",
        None,
        [("the past three days", "2020-10-18", "2020-10-20", "period", True)],
    ),
    (
        "last-two-weeks",
        "In the last two weeks 300 were wounded.",
        None,
        [("the last two weeks", "2020-10-07", "2020-10-20", "period", True)],
    ),
    (
        "late-last-week",
        "The shelling peaked late last week.",
        None,
        [("late last week", "2020-10-15", "2020-10-18", "period", True)],
    ),
    (
        "early-this-year",
        "The conflict flared early this year.",
        None,
        [("early this year", "2020-01-01", "2020-06-30", "period", True)],
    ),
    # -- stated periods
    (
        "between-dates",
        "Between Oct. 1 and Oct. 5, 200 soldiers died.",
        None,
        [("Between Oct. 1 and Oct. 5", "2020-10-01", "2020-10-05", "period", False)],
    ),
    (
        "from-nov-to-march",
        "The siege lasted from Nov to March.",
        dt.date(2021, 4, 2),
        [("from Nov to March", "2020-11-01", "2021-03-31", "period", False)],
    ),
    (
        "month-day-range",
        "Heavy losses were reported July 13-15.",
        None,
        [("July 13-15", "2020-07-13", "2020-07-15", "period", False)],
    ),
    (
        "day-range-month",
        "Talks ran 4 to 8 October in Geneva.",
        None,
        [("4 to 8 October", "2020-10-04", "2020-10-08", "period", False)],
    ),
    (
        "range-across-months",
        "From Sept. 27 to Oct. 19, 729 troops were killed.",
        None,
        [("From Sept. 27 to Oct. 19", "2020-09-27", "2020-10-19", "period", False)],
    ),
    (
        "range-with-year",
        "The census ran Nov 18-Dec 19, 2015.",
        None,
        [("Nov 18-Dec 19, 2015", "2015-11-18", "2015-12-19", "period", False)],
    ),
    (
        "range-years",
        "Between 1991 and 1994 some 30,000 people died.",
        None,
        [("Between 1991 and 1994", "1991-01-01", "1994-12-31", "period", False)],
    ),
    (
        "range-to-today",
        "From Oct. 1 to today, 500 died.",
        None,
        [("From Oct. 1 to today", "2020-10-01", "2020-10-21", "period", True)],
    ),
    (
        "since-date",
        "729 troops have been killed since Sept. 27.",
        None,
        [("since Sept. 27", "2020-09-27", None, "since", False)],
    ),
    (
        "since-weekday",
        "Since Monday, 60 more have died.",
        None,
        [("Since Monday", "2020-10-19", None, "since", True)],
    ),
    (
        "since-late-july",
        "Clashes have continued since late July.",
        None,
        [("since late July", "2020-07-16", None, "since", False)],
    ),
    (
        "since-last-week",
        "Since last week the toll has doubled.",
        None,
        [("Since last week", "2020-10-12", None, "since", True)],
    ),
    (
        "in-october",
        "In October alone, 1,000 soldiers died.",
        dt.date(2020, 11, 4),
        [("October", "2020-10-01", "2020-10-31", "period", False)],
    ),
    (
        "october-year",
        "In October 2020 the toll passed 1,000.",
        dt.date(2021, 1, 4),
        [("October 2020", "2020-10-01", "2020-10-31", "period", False)],
    ),
    (
        "in-may",
        "In May the fighting paused.",
        None,
        [("May", "2020-05-01", "2020-05-31", "period", False)],
    ),
    (
        "since-march",
        "Since March, 40 people have died.",
        None,
        [("Since March", "2020-03-01", None, "since", False)],
    ),
    (
        "mid-november",
        "A truce is expected by mid-November.",
        dt.date(2020, 11, 30),
        [("mid-November", "2020-11-10", "2020-11-20", "period", False)],
    ),
    (
        "in-year",
        "The previous war, in 1994, claimed 30,000 lives.",
        None,
        [("1994", "1994-01-01", "1994-12-31", "period", False)],
    ),
    (
        "first-week-of-month",
        "The first week of October was the deadliest.",
        None,
        [("The first week of October", "2020-09-28", "2020-10-04", "period", False)],
    ),
    (
        "week-of-date",
        "In the week of Oct. 12, 200 soldiers died.",
        None,
        [("the week of Oct. 12", "2020-10-12", "2020-10-18", "period", False)],
    ),
    (
        "month-year-abbrev",
        "Losses for Dec. 2019 were not published.",
        None,
        [("Dec. 2019", "2019-12-01", "2019-12-31", "period", False)],
    ),
    (
        "last-sept",
        "Fighting last September killed hundreds.",
        dt.date(2021, 2, 1),
        [("last September", "2020-09-01", "2020-09-30", "period", True)],
    ),
    # -- conflict-relative
    (
        "second-day-of-fighting",
        "On the second day of fighting, 28 more died.",
        None,
        [("the second day of fighting", "2020-09-28", "2020-09-28", "day", True)],
    ),
    (
        "second-day-of-war",
        "By the second day of the war, 58 had died.",
        None,
        [("the second day of the war", "2020-09-28", "2020-09-28", "day", True)],
    ),
    (
        "day-3-of-war",
        "On day 3 of the war, shelling reached the capital.",
        None,
        [("day 3 of the war", "2020-09-29", "2020-09-29", "day", True)],
    ),
    (
        "first-week-of-war",
        "In the first week of the war 200 soldiers died.",
        None,
        [("the first week of the war", "2020-09-27", "2020-10-03", "period", True)],
    ),
    (
        "third-week-of-fighting",
        "The third week of fighting was the bloodiest.",
        None,
        [("The third week of fighting", "2020-10-11", "2020-10-17", "period", True)],
    ),
    (
        "since-start-of-war",
        "1,177 soldiers have died since the start of the war.",
        None,
        [("since the start of the war", "2020-09-27", None, "since", True)],
    ),
    (
        "since-fighting-began",
        "Since fighting broke out, 90 civilians died.",
        None,
        [("Since fighting broke out", "2020-09-27", None, "since", True)],
    ),
    # -- negatives
    ("neg-may-modal", "The toll may rise as bodies are recovered.", None, []),
    ("neg-may-capital-alone", "May God protect them, the priest said.", None, []),
    ("neg-march-verb", "Troops march towards the front line.", None, []),
    (
        "first-half-of-the-year",
        "The UN counted 3,100 killings in the first half of the year.",
        dt.date(2026, 7, 10),
        [("the first half of the year", "2026-01-01", "2026-06-30", "period", True)],
    ),
    (
        "first-quarter-of-year",
        "Abductions doubled in the first quarter of 2025 compared with the last one.",
        dt.date(2026, 7, 10),
        [("the first quarter of 2025", "2025-01-01", "2025-03-31", "period", False)],
    ),
    (
        "second-half-of-last-year",
        "Attacks on clinics rose in the second half of last year.",
        dt.date(2026, 7, 10),
        [("the second half of last year", "2025-07-01", "2025-12-31", "period", True)],
    ),
    (
        "first-n-months-of-the-year",
        "Rights groups counted 58 killings in the first four months of the year.",
        dt.date(2026, 5, 6),
        [("the first four months of the year", "2026-01-01", "2026-04-30", "period", True)],
    ),
    ("neg-march-capital-alone", "March organisers expect thousands.", None, []),
    ("neg-count", "The strike killed 27 people and wounded 40.", None, []),
    ("neg-hours", "After 10 hours of talks no deal emerged.", None, []),
    ("neg-fifth-week", "The war is now in its fifth week.", None, []),
    ("neg-sun-newspaper", "The Sun reported the figures first.", None, []),
    ("neg-wed", "The couple wed in the capital before the war.", None, []),
    ("neg-count-range", "Between 20 and 30 soldiers were wounded.", None, []),
    ("neg-from-to-count", "The toll rose from 28 to 58.", None, []),
    ("neg-decimal", "Prices rose 3.5 percent.", None, []),
    ("neg-august-adjective", "The august body met behind closed doors.", None, []),
    ("neg-conflict-without-start", "The second day of talks ended.", None, []),
    ("neg-money", "Aid worth $12 million arrived.", None, []),
    ("neg-in-count-time", "The army lost 40 tanks in three days of fighting.", None, []),
]


def _expect(rows: list[Expected]) -> list[tuple[str, dt.date | None, dt.date | None, str, bool]]:
    def day(value: str | None) -> dt.date | None:
        return None if value is None else dt.date.fromisoformat(value)

    return [(text, day(a), day(b), kind, rel) for text, a, b, kind, rel in rows]


def _got(
    mentions: list[DateMention],
) -> list[tuple[str, dt.date | None, dt.date | None, str, bool]]:
    return [(m.text, m.first, m.last, m.kind, m.relative) for m in mentions]


@pytest.mark.parametrize(
    ("sentence", "reference", "expected"),
    [pytest.param(s, r, e, id=i) for i, s, r, e in CASES],
)
def test_case(sentence: str, reference: dt.date | None, expected: list[Expected]) -> None:
    mentions = find_dates(sentence, reference or REF, conflict_start=WAR)
    assert _got(mentions) == _expect(expected)


def test_case_ids_are_unique_and_enough() -> None:
    ids = [case[0] for case in CASES]
    assert len(ids) == len(set(ids))
    assert len(CASES) >= 100


def test_conflict_phrases_need_a_conflict_start() -> None:
    assert find_dates("On the second day of fighting, 28 died.", REF) == []
    assert find_dates("Since the start of the war 700 died.", REF) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("The convoy was hit on Monday.", "2020-10-26", id="weekday"),
        pytest.param("The vote is on Dec. 5.", "2020-12-05", id="month-day"),
        pytest.param("Talks resume Friday.", "2020-10-23", id="bare-weekday"),
    ],
)
def test_prefer_future(sentence: str, expected: str) -> None:
    (mention,) = find_dates(sentence, REF, prefer="future")
    assert mention.first == mention.last == dt.date.fromisoformat(expected)


def test_doc_example_offsets() -> None:
    text = "11 more soldiers died on Monday, bringing the toll since Sept. 27 to 729."
    for m in find_dates(text, REF):
        assert text[m.start : m.end] == m.text


# -- properties

_news_words = st.sampled_from(
    [
        "on",
        "Monday",
        "Oct.",
        "9",
        "since",
        "Sept.",
        "27",
        "May",
        "may",
        "march",
        "March",
        "last",
        "week",
        "the",
        "second",
        "day",
        "of",
        "fighting",
        "2020",
        "-",
        "to",
        "between",
        "and",
        "killed",
        "27",
        "people",
        "yesterday",
        "ago",
        "three",
        "days",
        ",",
        ".",
        "in",
        "early",
        "late",
        "mid",
        "from",
        "Nov",
        "2020-10-19",
        "w/c",
        "the 15th",
        "past",
        "24",
        "hours",
        "fortnight",
        "twenty",
        "first",
        "nineteen",
        "eighty",
        "six",
        "$",
        "1.5",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    text=st.one_of(st.text(max_size=80), st.lists(_news_words, max_size=14).map(" ".join)),
    reference=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
    prefer=st.sampled_from(["past", "future"]),
)
def test_never_raises_and_offsets_match(text: str, reference: dt.date, prefer: str) -> None:
    mentions = find_dates(text, reference, prefer, conflict_start=reference)  # type: ignore[arg-type]
    last_end = 0
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.start >= last_end
        last_end = m.end
        if m.first is not None and m.last is not None:
            assert m.first <= m.last
        assert m.kind == ("since" if m.last is None else "day" if m.first == m.last else "period")


_FORMATS = ["%B %d, %Y", "%d %B %Y", "%b. %d, %Y", "%Y-%m-%d", "%A, %B %d, %Y", "%d %b %Y"]


@settings(max_examples=300, deadline=None)
@given(
    day=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
    fmt=st.sampled_from(_FORMATS),
    reference=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
)
def test_formatted_dates_read_back(day: dt.date, fmt: str, reference: dt.date) -> None:
    written = day.strftime(fmt)
    text = f"The ministry gave its figures on {written} in the capital."
    mentions = find_dates(text, reference)
    assert [(m.first, m.last, m.relative) for m in mentions] == [(day, day, False)]
    assert mentions[0].text == written


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("In August last year, clashes killed 47 people.", "2023-08-01", "2023-08-31"),
        ("in May of last year", "2023-05-01", "2023-05-31"),
        ("in February last year", "2023-02-01", "2023-02-28"),
        ("in March this year", "2024-03-01", "2024-03-31"),
    ],
)
def test_a_month_of_a_named_year(text: str, first: str, last: str) -> None:
    mentions = find_dates(text, dt.date(2024, 10, 15))
    assert len(mentions) == 1
    assert (mentions[0].first, mentions[0].last) == (
        dt.date.fromisoformat(first),
        dt.date.fromisoformat(last),
    )


def test_a_stated_day_next_to_an_offset_is_the_day_meant() -> None:
    text = "A day earlier, on Friday, two rail workers died when a drone hit a locomotive."
    mentions = find_dates(text, dt.date(2025, 2, 10))
    assert [(m.text, m.first) for m in mentions] == [("Friday", dt.date(2025, 2, 7))]
