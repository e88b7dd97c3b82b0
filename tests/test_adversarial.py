"""Bounded time: no input makes extraction super-linear.

Each hostile input is timed against ordinary news-like text of the same size, and the test
fails when it costs more than ``BOUND`` times as much: ratios, not absolute times, so that a
slow machine does not fail and a quadratic loop does. CPU time (``time.process_time``), best
of two runs; a CPU-time alarm stops a run as soon as it has exceeded the bound, so a
super-linear case costs at most ``BOUND`` times the ordinary text, not minutes.
"""

from __future__ import annotations

import random
import signal
import time
import warnings
from collections.abc import Callable

import pytest

from casualties import extract
from casualties.errors import ExtractionTimeoutWarning

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "setitimer"), reason="needs a CPU-time alarm (signal.setitimer)"
)

BOUND = 20.0
SIZE = 500_000  # characters of the hostile inputs that stay linear
SMALL = 100_000  # characters of the inputs known to be super-linear (xfail): kept short

# About one sentence in eight states a toll, as in wire copy; the rest carry the numbers,
# names and dates that surround tolls without being one.
_TOLLS = (
    "The health ministry said {n} people were killed in the shelling of {city} on {day}.",
    "At least {n} civilians were wounded, according to the regional governor.",
    "The army said {n} soldiers had died since the fighting began.",
)
_FILLER = (
    "Aid convoys reached {city} after {m} days of talks, officials said.",
    "The council voted {m} to {k} on the measure, which now goes to the president.",
    "Prices of bread rose {m} percent in {city} last month.",
    "Residents said the road to {city} was closed for {k} hours.",
    "\u201cWe need water and medicine,\u201d a local priest told reporters on {day}.",
    "Fighting went on near {city}, where {n} homes were destroyed.",
    "The talks in Geneva are due to resume in {k} weeks, diplomats said.",
    "Schools in {city} reopened on {day} with {n} pupils.",
    "The governor visited {city} and promised {m} new shelters before winter.",
    "Power was restored to {n} homes, the utility company said.",
    "Farmers said the harvest was {m} percent smaller than last year.",
    "A ceasefire agreed on {day} held for {k} hours before shelling resumed.",
    "The United Nations appealed for ${m} million in emergency aid.",
    "Trains between {city} and the capital ran again after {k} days.",
)
_SENTENCES = _TOLLS + _FILLER * 2
_CITIES = ("Kharkiv", "Gaza City", "Goma", "Aleppo", "Mekelle", "El Fasher", "Stepanakert")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def ordinary_text(size: int, seed: int = 0) -> str:
    """News-like prose of about ``size`` characters, in paragraphs, from our own sentences."""
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        sentence = rng.choice(_SENTENCES).format(
            n=rng.randint(2, 3000),
            m=rng.randint(2, 90),
            k=rng.randint(2, 40),
            city=rng.choice(_CITIES),
            day=rng.choice(_DAYS),
        )
        sep = "\n\n" if rng.random() < 0.2 else " "
        parts.append(sentence + sep)
        length += len(sentence) + len(sep)
    return "".join(parts)[:size]


class _OverBudget(BaseException):
    """Raised by the CPU-time alarm: the run already costs more than allowed."""


def _on_alarm(signum: int, frame: object) -> None:
    raise _OverBudget


def _cost(text: str, budget: float | None = None) -> float:
    """CPU seconds to extract ``text``; ``inf`` when it passes ``budget``."""
    previous = signal.signal(signal.SIGPROF, _on_alarm)
    start = time.process_time()
    try:
        if budget is not None:
            signal.setitimer(signal.ITIMER_PROF, budget)
        with warnings.catch_warnings():
            # the regex time guard, if it fires, is reported as a warning: not an error here
            warnings.simplefilter("ignore", ExtractionTimeoutWarning)
            extract(text, profile=None)
        return time.process_time() - start
    except _OverBudget:
        return float("inf")
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


_BASELINE: dict[int, float] = {}


def _baseline(size: int) -> float:
    """CPU seconds for ordinary text of ``size`` characters (measured once per size)."""
    if size not in _BASELINE:
        text = ordinary_text(size)
        extract(text[:2000], profile=None)  # compile the patterns first
        _BASELINE[size] = min(_cost(text), _cost(text))
    return _BASELINE[size]


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def _nest(opening: str, middle: str, closing: str, size: int) -> str:
    depth = max(1, (size - len(middle)) // (len(opening) + len(closing)))
    return opening * depth + middle + closing * depth


# name → (size, hostile text of that size)
HOSTILE: dict[str, Callable[[int], str]] = {
    "line of digits and commas": lambda n: _repeat("1,234,", n),
    "line of digits": lambda n: "1" * n,
    "digits after a casualty verb": lambda n: "Officials said " + "9" * n + " were killed.",
    "thousands of number words": lambda n: _repeat("twenty-seven thousand three hundred and ", n),
    "number words then a casualty verb": lambda n: (
        "killed " + _repeat("twenty-seven thousand three hundred and ", n) + "soldiers"
    ),
    "repeated casualty verbs": lambda n: _repeat("killed wounded died ", n),
    "repeated casualty nouns": lambda n: _repeat("deaths casualties dead toll ", n),
    "deeply nested quotes": lambda n: _nest(
        '"(\u201c\u2018', "12 soldiers were killed", '\u2019\u201d)"', n
    ),
    "deeply nested brackets": lambda n: _nest("([{<", "12 soldiers were killed", ">}])", n),
    "nested reported speech": lambda n: _nest(
        "\u201che said \u2018", "12 soldiers were killed", "\u2019 \u201d", n
    ),
    "one sentence without figures": lambda n: _repeat("and the soldiers went home, ", n) + ".",
    "a megabyte of periods": lambda n: "." * n,
    "abbreviations only": lambda n: _repeat("Gen. Sept. U.S. ", n),
    "newlines only": lambda n: "\n" * n,
    "spaces then a toll": lambda n: " " * n + "12 soldiers were killed.",
    "repeated qualifiers": lambda n: _repeat("at least ", n) + "12 soldiers were killed.",
    "repeated attribution": lambda n: _repeat("said ", n) + "12 soldiers were killed.",
    "repeated toll phrase": lambda n: _repeat("the death toll rose to ", n) + "12.",
    "capitals like a dateline": lambda n: _repeat("WASHINGTON ", n) + "12 soldiers were killed.",
    "one word": lambda n: "a" * n + " killed",
}

# Inputs that were super-linear before extract.py bounded each figure's work to a window
# around it. They are heavy for their size (a figure or a date every dozen characters), so
# instead of a ratio to ordinary text their growth is checked: four times the input may
# cost at most about four times the time (a generous 10x allows for a busy machine).
DENSE: dict[str, Callable[[int], str]] = {
    "one sentence of many tolls": lambda n: (
        "The ministry said " + _repeat("and 12 soldiers were killed, ", n) + "."
    ),
    "a list of numbers in a toll sentence": lambda n: (
        "Officials said " + _repeat("1, ", n) + "people were killed."
    ),
    "dates between numbers": lambda n: _repeat("on May 1, 2 ", n) + "12 soldiers were killed.",
}


@pytest.mark.parametrize("name", list(DENSE))
def test_dense_input_grows_linearly(name: str) -> None:
    small, large = DENSE[name](SMALL // 4), DENSE[name](SMALL)
    extract(small[:2000], profile=None)  # patterns compiled before timing

    def cost(text: str) -> float:
        best = float("inf")
        for _ in range(2):
            start = time.process_time()
            extract(text, profile=None)
            best = min(best, time.process_time() - start)
        return max(best, 1e-3)

    growth = cost(large) / cost(small)
    assert growth < 10.0, f"{name}: 4x the input cost {growth:.1f}x the time"


def _check(text: str, size: int, *, tries: int = 2) -> float:
    """``text``'s cost over that of ordinary text of its length (measured at ``size``)."""
    base = _baseline(size) * len(text) / size
    budget = BOUND * base
    ratio = _cost(text, budget) / base
    if ratio >= BOUND and tries > 1:  # one more try, in case the machine was busy
        ratio = min(ratio, _cost(text, budget) / base)
    return ratio


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_costs_at_most_bound_times_ordinary_text(name: str) -> None:
    text = HOSTILE[name](SIZE)
    ratio = _check(text, SIZE)
    assert ratio < BOUND, f"{name}: {ratio:.1f} times the time of ordinary text of its size"


def test_ordinary_text_is_news_like_and_has_claims() -> None:
    text = ordinary_text(5_000)
    assert len(text) == 5_000
    assert len(extract(text, profile=None)) >= 2
