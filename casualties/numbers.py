"""Counts in running text: "1,119", "Twenty-seven", "two dozen", "hundreds", "between 20 and 30".

One precompiled pattern scans the text for *amount phrases*: an optional qualifier ("at
least", "nearly"), a run of number tokens (digits with thousands separators, number words,
scale words), and an optional tail (a range "to 30", "-30", "or ten", or a suffix "or more",
"-plus"); vague quantities ("hundreds, possibly thousands") and "between/from X and/to Y" are
alternatives of the same pattern. A run of number words is then split into numbers by a small
grammar ("twenty five thirty six" is 25 and 36, "four thousand three hundred and twenty-one"
is one number), and each number gets the bounds its wording implies (DESIGN.md §1).

What is *not* read as an amount: ordinals ("27th", "twenty-first"), percentages, money
("$5 million", "5 million dollars"), measures ("29km", "44 mg"), decimals that do not
resolve to a whole number with a scale word ("3.5"; "2.5 million" is read), times
("10:30"), codes glued to letters ("Su-25", "COVID-19", "A320"), decades ("1990s"),
hyphenated compounds ("10-month-old", "five-year-old", "24-hour": dropped, not flagged),
a bare "a", and "one" used as a pronoun ("no one", "one of the", "the one"). Four-digit
numbers 1000-2100 written without separator or qualifier are returned with
``year_like=True``; the caller decides. Digits of any script (Arabic-Indic, Devanagari...)
are read as numbers.

The vocabulary is in ``data/numbers.toml``.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from .lexicon import load_toml
from .records import Qualifier

__all__ = ["Amount", "find_amounts", "parse_number", "shifted"]

# Longest digit string read as a count; longer ones are identifiers (and Python refuses to
# convert very long digit strings to int).
_MAX_DIGITS = 20


@dataclasses.dataclass(frozen=True, slots=True)
class Amount:
    """One count found in text.

    ``start``/``end`` cover the whole phrase including its qualifier ("at least 13"),
    ``number_start`` is where the numeral itself begins ("13"). ``low``/``high`` follow the
    DESIGN table (None = open).
    """

    value: int | None
    low: int | None
    high: int | None
    qualifier: Qualifier
    start: int
    end: int
    number_start: int
    text: str
    words: bool = False  # written (partly) in words
    year_like: bool = False  # four digits 1000-2100 with no separator, bare: probably a year


def shifted(amount: Amount, offset: int) -> Amount:
    """``amount``, read in a slice of a text, with its offsets moved by ``offset`` into the
    whole text: ``dataclasses.replace`` written out (twice as fast; the extractor moves every
    count it reads). Lists every field of :class:`Amount`: keep the two in step."""
    return Amount(
        amount.value,
        amount.low,
        amount.high,
        amount.qualifier,
        amount.start + offset,
        amount.end + offset,
        amount.number_start + offset,
        amount.text,
        amount.words,
        amount.year_like,
    )


# --- Vocabulary ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class _Vocab:
    words: dict[str, tuple[str, int]]  # lowercased number word -> (kind, value)
    prefix: dict[str, Qualifier]  # normalised phrase -> qualifier
    suffix: dict[str, str]  # normalised phrase -> qualifier value or "or_equal"
    vague: dict[str, tuple[int, int | None]]
    change_words: frozenset[str]
    one_not_after: frozenset[str]
    one_not_before: frozenset[str]


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _trie(phrases: Any) -> str:
    """A stdlib ``re`` alternation of lower-case ``phrases`` folded into a character trie
    (any whitespace between words): scanning with it is several times faster than with a
    flat alternation or a named list, and the scan runs over every character of the text."""
    root: dict[str, Any] = {}
    for phrase in {_norm(p) for p in phrases}:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [
            (r"\s+" if ch == " " else re.escape(ch)) + build(node[ch]) for ch in sorted(node) if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def _phrase_pattern(phrases: Any) -> str:
    """An alternation of ``phrases`` (a trie, so the longest match is tried first)."""
    return "(?:" + _trie(phrases) + ")"


@cache
def _vocab() -> _Vocab:
    data = load_toml("numbers")
    words: dict[str, tuple[str, int]] = {}
    for kind, table in (("U", "units"), ("T", "teens"), ("X", "tens")):
        for word, value in data[table].items():
            words[word] = (kind, value)
    for word, value in data["scales"].items():
        kind = "H" if value == 100 else "S"
        words[word] = (kind, value)
        words[word + "s"] = (kind, value)
    for word, value in data["dozen"].items():
        words[word] = ("Z", value)
        words[word + "s"] = ("Z", value)
    # glued tens and units: "twentyone"
    for tens, (_, tv) in list(words.items()):
        if words[tens][0] == "X":
            for unit, (uk, uv) in list(words.items()):
                if uk == "U" and uv > 0:
                    words[tens + unit] = ("G", tv + uv)
    prefix: dict[str, Qualifier] = {}
    for name, phrases in data["prefix"].items():
        for phrase in phrases:
            prefix[_norm(phrase)] = Qualifier(name)
    suffix: dict[str, str] = {}
    for name, phrases in data["suffix"].items():
        for phrase in phrases:
            suffix[_norm(phrase)] = name
    vague = {
        _norm(k): (int(v[0]), None if v[1] < 0 else int(v[1])) for k, v in data["vague"].items()
    }
    return _Vocab(
        words=words,
        prefix=prefix,
        suffix=suffix,
        vague=vague,
        change_words=frozenset(w.lower() for w in data["range"]["change_words"]),
        one_not_after=frozenset(w.lower() for w in data["one"]["not_after"]),
        one_not_before=frozenset(w.lower() for w in data["one"]["not_before"]),
    )


# --- Patterns --------------------------------------------------------------------------------

_SEPARATORS = ",\u00a0\u202f\u2009 "
_DROP_SEPARATORS = str.maketrans("", "", _SEPARATORS)

_MAIN = r"""
(?<![\p{L}\p{N}_])
(?:
    # between 20 and 30, from 20 to 30
    (?P<opener>\L<openers>) \s+ (?P<b1>RUNB) \s* (?P<bconn>OPCONN) \s* (?P<b2>RUNB) GUARD NOTUNIT
  |
    # hundreds, possibly thousands
    (?P<vague> VAGUE (?: (?: \s*,\s* | \s+ ) VLINK \s+ VAGUE )? ) (?![\p{L}\p{N}_])
  |
    # atomic: a figure that fails the guards ("24-hour", "29 km") is not retried shorter
    (?>
    (?: (?P<pre> PREFIXW ) \s+ | (?P<sym> PREFIXS ) \s* )?
    (?P<n1> RUN )
    (?:
        (?P<rconn> \s* [-–~] \s* | — | \s+ (?:to|through|or) \s+ ) (?P<n2> RUNB )
      | (?P<suf>
            (?: \s+ | \s* - \s* ) SUFFIXW (?![\p{L}])
            (?! \s+ (?:\d|\L<first>(?![\p{L}])) )
            (?! \s+ than \s+ \w )  # "or greater than 190", "and less than or equal"
            (?! \s+ or \s+ equal \s+ (?:than|to) \s+ (?:\d|\L<first>(?![\p{L}])) )
          | \s* \+ )
    )?
    )
    GUARD NOTUNIT
)
"""

_TOKEN = r"""
    (?P<d> DTOK )
  | (?P<w> \L<numwords> ) (?![\p{L}\p{N}_])
  | (?P<art> an? ) (?= [\s\-]+ \L<artword> (?![\p{L}]) )
  | (?P<half> half [\s\-]+ an? ) (?= \s+ \L<artword> (?![\p{L}]) )
  | (?P<andhalf> and \s+ an? \s+ half ) (?= [\s\-]+ \L<artword> (?![\p{L}]) )
  | (?P<point> point ) (?= \s+ \L<unitword> (?![\p{L}]) )
  | (?P<and> and | & )
  | (?P<comma> , )
"""


def _run_pattern(bounded: bool) -> str:
    first = r"""(?: (?>DTOK)
        | \L<firstwords> (?![\p{L}\p{N}_])
        | an? (?= [\s\-]+ \L<artword> (?![\p{L}]) )
        | half [\s\-]+ an? (?= \s+ \L<artword> (?![\p{L}]) )
        )"""
    tok = r"""(?: (?>DTOK)
        | \L<numwords> (?![\p{L}\p{N}_])
        | and \s+ an? \s+ half (?= [\s\-]+ \L<artword> (?![\p{L}]) )
        | point (?= \s+ \L<unitword> (?![\p{L}]) )
        )"""
    sep = r"""(?: \s+ (?:and|&) \s+
        | (?<=\p{L}) \s* - \s* (?=\p{L}) | (?<=\p{L}) - (?:and|&) - (?=\p{L})
        | \s* , \s* (?=\p{L}) | \s+ )"""
    quant = "{0,24}" if bounded else "*"
    return f"(?:{first}(?:{sep}{tok}){quant})"


_DTOK = r"""(?:
    \d{1,3} (?: , \d{3} (?:,\d{3})* | \u00a0 \d{3} (?:\u00a0\d{3})* | \u202f \d{3} (?:\u202f\d{3})*
              | \u2009 \d{3} (?:\u2009\d{3})* | \x20 \d{3} (?:\x20\d{3})* ) (?!\d)
        (?: \.\d+ (?= [\s\-]* \L<scaleword> (?![\p{L}]) ) )?
  | \d++ (?: \.\d+ (?= [\s\-]* \L<scaleword> (?![\p{L}]) ) )?
) (?![\p{L}_])"""

_GUARD = r"""(?! [\-‐] \p{L} ) (?! [.:/] \d ) (?! ['’] s (?![\p{L}]) )
    (?! [\s\-]+ \L<ordinal> (?![\p{L}]) )"""


_CURRENCY_SIGNS = "$€£¥₹₽₺₼֏₴₪₩₦¢"

# The patterns are written with Unicode property classes for readability and compiled with the
# standard library's ``re``, which matches these patterns about twice as fast as ``regex``.
_CLASSES = (
    (r"[\p{L}\p{N}_]", r"\w"),
    (r"[\p{L}\p{N}]", r"[^\W_]"),
    (r"[\p{L}_]", r"[^\W\d]"),
    (r"[\p{L}]", r"[^\W\d_]"),
    (r"\p{L}", r"[^\W\d_]"),
)


def _compile(pattern: str) -> re.Pattern[str]:
    """Compile a VERBOSE, case-insensitive pattern, refusing one that can match the empty
    string (it would report a figure at every position), as ``lexicon.compile_pattern``."""
    for prop, cls in _CLASSES:
        pattern = pattern.replace(prop, cls)
    compiled = re.compile(pattern, re.IGNORECASE | re.VERBOSE)
    if compiled.search("") is not None:
        raise ValueError(f"pattern matches the empty string: {pattern[:80]!r}")
    return compiled


def _inline(pattern: str) -> str:
    """``pattern`` with each named list ``\\L<name>`` written out as a trie alternation: the
    ``regex`` module matches large named lists several times slower than a trie."""
    for name, words in _all_lists().items():
        pattern = pattern.replace(f"\\L<{name}>", _phrase_pattern(words))
    return pattern


@cache
def _all_lists() -> dict[str, Any]:
    data = load_toml("numbers")
    vocab = _vocab()
    words = list(vocab.words)
    first = [w for w, (k, v) in vocab.words.items() if not (w.endswith("s") and k in "HSZ")]
    artword = list(data["scales"]) + list(data["dozen"])
    scaleword = [w for w, (k, _) in vocab.words.items() if k in "HSZ"] + ["bn", "m", "k"]
    return {
        "numwords": words,
        "firstwords": first,
        "artword": artword,
        "scaleword": [w for w in scaleword if w not in ("bn", "m", "k")],
        "unitword": [w for w, (k, _) in vocab.words.items() if k == "U"],
        "ordinal": data["not_amounts"]["ordinal_units"],
        "openers": data["range"]["openers"],
        "first": words,
        "change": data["range"]["change_words"],
    }


@cache
def _main_pattern() -> re.Pattern[str]:
    data = load_toml("numbers")
    vocab = _vocab()
    prefixes = list(vocab.prefix)
    prefix_words = [p for p in prefixes if p[0].isalpha()]
    prefix_symbols = [p for p in prefixes if not p[0].isalpha()]
    suffix_words = list(vocab.suffix)
    vlinks = data["vague_links"]["words"]
    opconn = list(data["range"]["opener_connectors"])
    pattern = (
        _MAIN.replace("RUNB", _run_pattern(True))
        .replace("RUN", _run_pattern(False))
        .replace("DTOK", _DTOK)
        .replace("GUARD", _GUARD)
        .replace("NOTUNIT", f"(?!{_after_body()})")
        .replace("VAGUE", _phrase_pattern(vocab.vague))
        .replace("VLINK", _phrase_pattern(vlinks))
        .replace("PREFIXW", _phrase_pattern(prefix_words))
        .replace("PREFIXS", _phrase_pattern(prefix_symbols))
        .replace("SUFFIXW", _phrase_pattern(suffix_words))
        .replace("OPCONN", _phrase_pattern(opconn))
    )
    return _compile(_inline(pattern))


@cache
def _token_pattern() -> re.Pattern[str]:
    pattern = _TOKEN.replace("DTOK", _DTOK)
    return _compile(_inline(pattern))


@cache
def _after_pattern() -> re.Pattern[str]:
    """Words after a number that make it a measure, money or percentage."""
    return _compile(_after_body())


@cache
def _after_body() -> str:
    words = load_toml("numbers")["not_amounts"]["after"]
    symbols = [w for w in words if not w[0].isalnum()]
    alnum = [w for w in words if w[0].isalnum()]
    pattern = (
        r"(?: \s* "
        + _phrase_pattern(symbols)
        + r" | [\s\-]* "
        + _phrase_pattern(alnum)
        + r" (?![\p{L}\p{N}]) )"
    )
    return pattern


@cache
def _currency_codes() -> frozenset[str]:
    """Currency codes and signs written just before a number ("USD 5", "Rs. 500")."""
    return frozenset(w.lower() for w in load_toml("numbers")["not_amounts"]["before"])


@cache
def _change_before_pattern() -> re.Pattern[str]:
    data = load_toml("numbers")["range"]
    pattern = r"(?<![\p{L}])" + _phrase_pattern(data["change_words"]) + r"\s+(?:(?:from|by)\s+)?\Z"
    return _compile(pattern)


@cache
def _candidate_pattern() -> re.Pattern[str]:
    """Where a number or vague quantity starts, on the lower-cased text: a digit, a number
    word or a vague phrase. Qualifiers before it are found by :func:`_lead_pattern`."""
    vocab = _vocab()
    core = [w for w in vocab.words if not (w.endswith("s") and vocab.words[w][0] in "HSZ")]
    core += list(vocab.vague)
    return re.compile(rf"\b(?:\d|(?:{_trie(core)})\b)")


@cache
def _lead_pattern() -> re.Pattern[str]:
    """A qualifier, range opener or article just before a number, matched on the reversed
    lower-cased text that precedes it ("31 tsael ta" for "at least 13")."""
    data = load_toml("numbers")
    vocab = _vocab()
    words = [p for p in vocab.prefix if p[0].isalpha()]
    words += [*list(data["range"]["openers"]), "a", "an", "half a", "half an"]
    symbols = [p for p in vocab.prefix if not p[0].isalpha()]
    rev_words = _trie(_norm(w)[::-1] for w in words)
    rev_symbols = _trie(_norm(s)[::-1] for s in symbols)
    return re.compile(rf"(?:\s+(?:{rev_words})|\s*(?:{rev_symbols}))(?![a-z0-9_])")


@cache
def _lead_last_words() -> frozenset[str]:
    """Last words of the qualifiers and openers, and the signs that end them ("=" of ">=")."""
    data = load_toml("numbers")
    phrases = list(_vocab().prefix) + list(data["range"]["openers"]) + ["a", "an"]
    words = {_norm(p).split(" ")[-1] for p in phrases}
    return frozenset(words | {w[-1] for w in words if not w[-1].isalnum()})


def _starts(lowered: str, pos: int, floor: int) -> list[int]:
    """Where an amount phrase around the number at ``pos`` may begin, earliest first: up to
    two qualifiers or openers back ("fewer than a thousand"), then ``pos`` itself."""
    starts = [pos]
    lead = _lead_pattern().match
    for _ in range(2):
        at = starts[0]
        lo = max(floor, at - 40)
        if at == lo:
            break
        m = lead(lowered[lo:at][::-1])
        if m is None:
            break
        starts.insert(0, at - m.end())
    return starts


# --- Number grammar --------------------------------------------------------------------------


@dataclasses.dataclass(slots=True)
class _Tok:
    kind: str  # D digits, F decimal, U T X G H S Z words, A article, HALF, ANDHALF, POINT, AND, C
    value: int
    start: int
    end: int
    frac: Decimal | None = None
    word: bool = True
    text: str = ""


@dataclasses.dataclass(slots=True)
class _Num:
    value: int
    start: int
    end: int
    words: bool
    lead: int  # the part before a single final scale ("thirty" in "thirty thousand")
    mult: int  # that scale (1 when none)
    plain_digits: bool  # digits only, no separator
    bare_one: bool


def _tokenize(text: str, start: int, end: int) -> list[_Tok]:
    words = _vocab().words
    toks: list[_Tok] = []
    for m in _token_pattern().finditer(text, start, end):
        group = m.lastgroup
        s, e = m.span()
        if group == "d":
            raw = m.group()
            digits = raw.translate(_DROP_SEPARATORS)
            if "." in digits:
                try:
                    frac = Decimal(digits)
                except InvalidOperation:  # pragma: no cover - the pattern admits only digits
                    continue
                toks.append(_Tok("F", 0, s, e, frac=frac, word=False, text=raw))
            elif len(digits) > _MAX_DIGITS:
                toks.append(_Tok("BAD", 0, s, e, word=False, text=raw))
            else:
                toks.append(_Tok("D", int(digits), s, e, word=False, text=raw))
        elif group == "w":
            kind, value = words[m.group().lower()]
            toks.append(_Tok(kind, value, s, e, text=m.group()))
        elif group == "art":
            toks.append(_Tok("A", 1, s, e))
        elif group == "half":
            toks.append(_Tok("HALF", 0, s, e))
        elif group == "andhalf":
            toks.append(_Tok("ANDHALF", 0, s, e))
        elif group == "point":
            toks.append(_Tok("POINT", 0, s, e))
        elif group == "and":
            toks.append(_Tok("AND", 0, s, e))
        elif group == "comma":
            toks.append(_Tok("C", 0, s, e))
    return toks


def _parse_one(toks: list[_Tok], i: int) -> tuple[_Num | None, int]:
    """Read one number from ``toks[i:]``; return it (None when the tokens there make no
    count, e.g. a decimal without scale) and the index where the next one starts."""
    n = len(toks)
    total = 0  # completed scaled parts
    group = 0  # current part below the next scale
    tail = 0  # small number after "hundred" in the current group (for "dozen")
    last = ""  # kind of the last token consumed
    last_scale = 0
    max_scale = 0
    group_start = i  # token index where the current group began
    before_group = i  # end of the tokens consumed before the current group
    end_tok = i  # tokens consumed: toks[i:end_tok]
    half = False  # "and a half" pending
    comma = False
    d_group = False  # the group is one digit string (so "322 hundred" multiplies)
    j = i
    first = toks[i]
    if first.kind in ("AND", "C", "ANDHALF", "POINT", "BAD"):
        return None, i + 1
    if first.kind in ("F", "HALF"):
        # "2.5 million", "half a dozen": only with a scale right after
        if i + 1 >= n or toks[i + 1].kind not in "HSZ":
            return None, i + 1
        scale = toks[i + 1].value
        product = first.frac * scale if first.frac is not None else Decimal(scale) / 2
        if product != product.to_integral_value():
            return None, i + 2
        total, last, last_scale, max_scale = int(product), "S", scale, scale
        j = end_tok = i + 2
    while j < n:
        t = toks[j]
        k = t.kind
        pending = end_tok < j  # an "and" or a comma consumed, waiting for what follows
        if k in ("AND", "C"):
            if last in ("H", "S") and not pending and (k == "AND" or last == "S"):
                comma = comma or k == "C"
                j += 1
                continue
            break
        if k == "ANDHALF":
            if last in ("U", "T", "X", "G", "D") and not pending and j + 1 < n:
                nxt = toks[j + 1]
                if nxt.kind in "HS" and nxt.value % 2 == 0:
                    half = True
                    j += 1
                    continue
            break
        if k == "POINT":
            # "two point two million": digit words after the point, then a scale
            if last not in ("U", "T", "X", "G") or total or pending:
                break
            digits = ""
            q = j + 1
            while q < n and toks[q].kind == "U":
                digits += str(toks[q].value)
                q += 1
            if not digits or q >= n or toks[q].kind not in "HSZ":
                return None, q
            product = Decimal(f"{group}.{digits}") * toks[q].value
            if product != product.to_integral_value():
                return None, q + 1
            total, group, last = int(product), 0, "S"
            last_scale = max_scale = toks[q].value
            j = end_tok = q + 1
            continue
        if k == "A":
            if last == "" and j + 1 < n and toks[j + 1].kind in "HSZ":
                group, last = 1, "A"
                j = end_tok = j + 1
                continue
            break
        if k in ("U", "T", "X", "G", "D"):
            v = t.value
            if last == "":
                ok = True
            elif last == "X" and k == "U":
                ok = v > 0 and group % 10 == 0 and not pending  # twenty-seven
            elif last == "H":
                ok = group % 100 == 0 and v > 0 and (k != "D" or v < 100)  # hundred and twelve
            elif last == "S":
                ok = group == 0 and v > 0 and (k != "D" or v < last_scale)  # thousand and two
            else:
                ok = False
            if not ok:
                break
            if last in ("", "S"):
                group_start, before_group = j, end_tok
            group += v
            if last == "H":
                tail = v
            elif last == "X" and tail:
                tail += v
            else:
                tail = 0
            d_group = k == "D" and last == ""
            last = k
            j = end_tok = j + 1
            continue
        if k == "H":
            if last == "" or (last == "S" and group == 0 and not pending):
                if last == "S":
                    group_start, before_group = j, end_tok
                group = 100
            elif (
                last in ("U", "T", "X", "G", "D", "A") and not pending and (group < 100 or d_group)
            ):
                group *= 100
            else:
                break
            last, tail, d_group = "H", 0, False
            j = end_tok = j + 1
            continue
        if k == "S":
            m = t.value
            if last == "S" and group == 0:
                # "two thousand million", "three lakh crore": a larger scale multiplies
                if m > last_scale and not pending and not comma:
                    total *= m
                    last_scale = max_scale = m
                    j = end_tok = j + 1
                    continue
                break
            if pending and not half:
                break
            if last == "":
                group = 1
            extra = m // 2 if half else 0
            half = False
            if max_scale == 0 or m > max_scale:
                if total and comma:
                    # "two thousand, two million": two numbers
                    return _finish(toks, i, before_group, total), group_start
                total = (total + group) * m + extra
                max_scale = m
            elif m < last_scale:
                total += group * m + extra
            else:
                # not decreasing: "two thousand three thousand" is two numbers
                return _finish(toks, i, before_group, total), group_start
            group, tail, last, last_scale, d_group = 0, 0, "S", m, False
            j = end_tok = j + 1
            continue
        if k == "Z":
            if last in ("U", "T", "X", "G", "D", "H", "A") and not pending:
                group = group - tail + tail * 12 if tail else group * 12
                end_tok = j + 1
            elif last == "":
                group, end_tok = 12, j + 1
            break
        break
    if half:
        return None, end_tok
    return _finish(toks, i, end_tok, total + group), end_tok


def _finish(toks: list[_Tok], i: int, end_tok: int, value: int) -> _Num | None:
    if end_tok <= i:
        return None
    used = toks[i:end_tok]
    first = used[0]
    scales = [t for t in used if t.kind in "HSZ"]
    mult = 1
    if len(scales) == 1 and used[-1] is scales[0] and scales[0].kind != "Z" and first.kind != "F":
        mult = scales[0].value
    return _Num(
        value=value,
        start=first.start,
        end=used[-1].end,
        words=any(t.word for t in used),
        lead=value // mult,
        mult=mult,
        plain_digits=len(used) == 1 and first.kind == "D" and first.text.isdigit(),
        bare_one=len(used) == 1 and first.kind == "U" and first.value == 1,
    )


def _parse_run(text: str, start: int, end: int) -> list[_Num]:
    toks = _tokenize(text, start, end)
    nums: list[_Num] = []
    i = 0
    while i < len(toks):
        num, nxt = _parse_one(toks, i)
        if num is not None:
            nums.append(num)
        i = max(nxt, i + 1)
    return nums


def parse_number(words: str) -> int | None:
    """The value of ``words`` when they are exactly one number, else None.

    >>> parse_number("four thousand three hundred and twenty-one")
    4321
    >>> parse_number("twenty five thirty six") is None
    True
    """
    text = words.strip()
    if not text:
        return None
    nums = _parse_run(text, 0, len(text))
    if len(nums) != 1 or nums[0].start != 0 or nums[0].end != len(text):
        return None
    return nums[0].value


# --- Amounts ---------------------------------------------------------------------------------

_BOUNDED_LOW = (Qualifier.AT_LEAST, Qualifier.MORE_THAN)
_BOUNDED_HIGH = (Qualifier.AT_MOST, Qualifier.LESS_THAN)


def _bounds(value: int, q: Qualifier) -> tuple[int | None, int | None]:
    if q is Qualifier.EXACT:
        return value, value
    if q is Qualifier.AT_LEAST:
        return value, None
    if q is Qualifier.MORE_THAN:
        return value + 1, None
    if q is Qualifier.AT_MOST or q is Qualifier.NEARLY:
        return None, value
    if q is Qualifier.LESS_THAN:
        return None, value - 1 if value > 0 else 0
    return None, None


def _make(
    text: str, num: _Num, q: Qualifier, start: int | None = None, end: int | None = None
) -> Amount:
    s = num.start if start is None else start
    e = num.end if end is None else end
    low, high = _bounds(num.value, q)
    if q is Qualifier.LESS_THAN and num.value == 0:
        q, low, high = Qualifier.EXACT, 0, 0
    return Amount(
        value=num.value,
        low=low,
        high=high,
        qualifier=q,
        start=s,
        end=e,
        number_start=num.start,
        text=text[s:e],
        words=num.words,
        year_like=(
            q is Qualifier.EXACT
            and num.plain_digits
            and 1000 <= num.value <= 2100
            and s == num.start
        ),
    )


def _make_fast(
    text: str, value: int, q: Qualifier, start: int, end: int, number_start: int, plain: bool
) -> Amount:
    if q is Qualifier.EXACT:
        return Amount(
            value,
            value,
            value,
            q,
            start,
            end,
            number_start,
            text[start:end],
            year_like=plain and 1000 <= value <= 2100,
        )
    low, high = _bounds(value, q)
    if q is Qualifier.LESS_THAN and value == 0:
        q, low, high = Qualifier.EXACT, 0, 0
    return Amount(value, low, high, q, start, end, number_start, text[start:end])


_PLAIN_DIGITS = re.compile(r"[\d,]+").fullmatch  # one token: commas only join digit groups


def _is_one_pronoun(text: str, num: _Num) -> bool:
    vocab = _vocab()
    after = _WORD_AFTER.match(text, num.end)
    if after is not None and _ONE_OF_THEM.match(text, num.end):
        return False  # "one of them later died": one of a group just counted
    if after is None or after.group(1).lower() in vocab.one_not_before:
        return True
    before = _WORD_BEFORE.search(text, max(0, num.start - 40), num.start)
    return before is not None and before.group(1).lower() in vocab.one_not_after


_ONE_OF_THEM = re.compile(
    r"[ \t]+of[ \t]+(?:them|whom|those|the[ \t]+(?:wounded|injured|hostages|victims|abducted)"
    # "One of the bandits was killed": one of a group, and what befell them
    r"|(?:the|their|its|our)[ \t]+[^\W\d_]+[ \t]+(?=(?:was|died|had|has)\b))\b"
    r"(?![ \t]+(?:a|an|the)\b)"  # not "four died, one of them a guard": who they were
)
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’]*)")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’]*)[ \t]+\Z")


def _glued_before(text: str, start: int) -> bool:
    """True when what stands just before ``start`` makes the figure part of a code, money, a
    time or a decimal ("Su-25", "$5", "10:30", "3.5")."""
    if start == 0:
        return False
    prev = text[start - 1]
    if prev in ".:/-‐" and start > 1 and text[start - 2].isalnum():
        return True
    if prev == "." and text[start].isdigit():
        return True
    if prev in _CURRENCY_SIGNS:
        return True
    if prev.isspace() and start > 1 and text[start - 2] in _CURRENCY_SIGNS:
        return True
    if not (prev.isspace() or prev == "."):
        return False
    # a currency code: "USD 5", "Rs. 500"
    words = text[max(0, start - 6) : start].split()
    return bool(words) and words[-1].lstrip("([\"'“").lower() in _currency_codes()


def _glued_after(text: str, end: int) -> bool:
    """True when a unit, currency or percent sign follows the figure ("29 km", "10%")."""
    return _after_pattern().match(text, end) is not None


def _glued(text: str, start: int, end: int) -> bool:
    return _glued_before(text, start) or _glued_after(text, end)


# characters that can end a qualifier written without a space before the number (">10")
_LEAD_ENDS = frozenset("<>=≤≥\t\n\r\u00a0")


def may_hold_amount(text: str) -> bool:
    """A quick test: whether ``text`` has a digit, number word or vague quantity where
    :func:`find_amounts` could start reading (no amount is certain without it).

    >>> may_hold_amount("Dozens were hurt."), may_hold_amount("Talks resumed in Doha.")
    (True, False)
    """
    return _candidate_pattern().search(text.lower()) is not None


def find_amounts(text: str) -> list[Amount]:
    """Every count in ``text``, left to right, non-overlapping.

    >>> [(a.text, a.value, a.low, a.high, a.qualifier.value) for a in find_amounts(
    ...     "At least 13 civilians and Twenty-seven servicemen died; hundreds were hurt.")]
    [('At least 13', 13, 13, None, 'at_least'), ('Twenty-seven', 27, 27, 27, 'exact'), \
('hundreds', None, 200, 999, 'vague')]
    """
    found: list[Amount] = []
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer: keep offsets
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    main = _main_pattern().match
    lead_ends = _lead_last_words()
    done = 0
    for candidate in _candidate_pattern().finditer(lowered):
        pos = candidate.start()
        if pos < done:
            continue
        prev = lowered[pos - 1] if pos else "."
        if prev in "-‐" and pos > 1 and lowered[pos - 2].isalnum():
            continue  # inside a compound or code: "five-year-old", "Su-25"
        if prev == " ":
            # cheap test first: is the word before one that can end a qualifier?
            space = lowered.rfind(" ", max(0, pos - 24), pos - 1)
            # (a qualifier may open a quote: 'killed "approximately 250 operatives"')
            word = lowered[space + 1 : pos - 1].lstrip("\"“‘'(")
            if word in lead_ends or not word or (space < 0 and pos > 24):
                starts = _starts(lowered, pos, done)
            else:
                starts = [pos]
        elif prev in _LEAD_ENDS:
            starts = _starts(lowered, pos, done)
        else:
            starts = [pos]
        for start in starts:
            m = main(text, start)
            if m is not None:
                break
        else:
            continue
        done = m.end()
        if m.group("vague") is not None:
            _add_vague(text, m, found)
        elif m.group("opener") is not None:
            _add_opened_range(text, m, found)
        else:
            _add_general(text, m, found)
    if found and _MARKS.search(text):
        # a combining mark glued to a number cuts it: "5\u03080" is neither 5 nor 0, so
        # no part of it is read (non-ASCII text is read whole or not at all)
        found = [a for a in found if not _marked(text, a.number_start, a.end)]
    return _join_bounds(text, found) if len(found) > 1 else found


_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _marked(text: str, start: int, end: int) -> bool:
    """True when a combining mark touches the number or sits inside it."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    chars = (before, after, *text[start:end])
    return any(ch and unicodedata.category(ch).startswith("M") for ch in chars)


def _add_vague(text: str, m: Any, found: list[Amount]) -> None:
    vocab = _vocab()
    phrase = m.group("vague")
    parts = _vague_split_pattern().findall(phrase)
    first = vocab.vague[_norm(parts[0])]
    last = vocab.vague[_norm(parts[-1])]
    low = first[0]
    high = last[1]
    if high is not None and high < low:
        high = first[1]
    s, e = m.span("vague")
    found.append(Amount(None, low, high, Qualifier.VAGUE, s, e, s, text[s:e]))


@cache
def _vague_split_pattern() -> re.Pattern[str]:
    return _compile(_phrase_pattern(_vocab().vague))


def _range(text: str, lo: _Num, hi: _Num, start: int, end: int, found: list[Amount]) -> str:
    """Append the range lo..hi and return "ok"; "no" when the two do not make a range,
    "drop" when neither is a count ("10-20%")."""
    low = lo.value
    if hi.mult > 1 and lo.mult == 1 and lo.value < hi.lead:
        low = lo.value * hi.mult  # "two or three hundred", "20 to 30 thousand"
    if low >= hi.value:
        return "no"
    if (
        lo.plain_digits
        and 1000 <= lo.value <= 2100
        and not hi.plain_digits
        and not hi.words
        and text[lo.end : hi.start].strip().lower() == "to"
    ):
        return "no"  # a year, then a count: "the total since October 2023 to 2,350"
    if _glued_before(text, lo.start) or _glued_after(text, hi.end):
        return "drop"
    if _change_before_pattern().search(text, max(0, start - 40), start):
        return "no"
    found.append(
        Amount(
            None,
            low,
            hi.value,
            Qualifier.RANGE,
            start,
            end,
            lo.start,
            text[start:end],
            words=lo.words or hi.words,
            year_like=lo.plain_digits and hi.plain_digits and low >= 1000 and hi.value <= 2100,
        )
    )
    return "ok"


def _add_exact(text: str, nums: list[_Num], found: list[Amount]) -> None:
    for num in nums:
        if num.bare_one and _is_one_pronoun(text, num):
            continue
        if _glued(text, num.start, num.end):
            continue
        found.append(_make(text, num, Qualifier.EXACT))


def _add_opened_range(text: str, m: Any, found: list[Amount]) -> None:
    first = _parse_run(text, *m.span("b1"))
    second = _parse_run(text, *m.span("b2"))
    if first and second:
        lo, hi = first[-1], second[0]
        opener = m.group("opener").lower()
        conn = _norm(m.group("bconn"))
        ok = conn != "and" if opener == "from" else conn in ("and", "-", "–", "—")
        if ok and len(first) == 1 and lo.end == m.end("b1") and hi.start == m.start("b2"):
            outcome = _range(text, lo, hi, m.start(), hi.end, found)
            if outcome == "ok":
                _add_exact(text, second[1:], found)
                return
            if outcome == "drop":
                return
    _add_exact(text, first + second, found)


def _add_general(text: str, m: Any, found: list[Amount]) -> None:
    vocab = _vocab()
    s1, e1 = m.span("n1")
    if m.lastgroup == "n1" and _PLAIN_DIGITS(text, s1, e1):
        # the common case, a figure in digits with no qualifier, range or suffix
        if not _glued_before(text, s1):  # what follows was checked by the pattern
            raw = text[s1:e1]
            value = int(raw.translate(_DROP_SEPARATORS)) if e1 - s1 <= _MAX_DIGITS else None
            if value is not None:
                plain = raw.isdigit()
                pre = m.group("pre") or m.group("sym")
                start = s1 if pre is None else m.start()
                qual = Qualifier.EXACT if pre is None else vocab.prefix[_norm(pre)]
                found.append(_make_fast(text, value, qual, start, e1, s1, plain))
        return
    nums = _parse_run(text, s1, e1)
    if not nums:
        return
    qual = Qualifier.EXACT
    pre = m.group("pre") or m.group("sym")
    if pre is not None:
        qual = vocab.prefix[_norm(pre)]
    head = nums[0]
    pre_start = m.start() if pre is not None and head.start == m.start("n1") else None
    if m.group("n2") is not None:
        seconds = _parse_run(text, *m.span("n2"))
        lo = nums[-1]
        if seconds and lo.end == m.end("n1") and seconds[0].start == m.start("n2"):
            hi = seconds[0]
            conn = _norm(m.group("rconn"))
            if conn != "or" or hi.value - lo.value <= max(10, lo.value) or hi.mult > 1:
                mark = len(found)
                if len(nums) > 1:
                    _add_head(text, head, qual, pre_start, found)
                    _add_exact(text, nums[1:-1], found)
                    start = lo.start
                else:
                    start = pre_start if pre_start is not None else lo.start
                outcome = _range(text, lo, hi, start, hi.end, found)
                if outcome == "ok":
                    _add_exact(text, seconds[1:], found)
                    return
                del found[mark:]
                if outcome == "drop":
                    return
        _add_head(text, head, qual, pre_start, found)
        _add_exact(text, nums[1:], found)
        _add_exact(text, seconds, found)
        return
    suf = m.group("suf")
    if suf is not None and len(nums) == 1 and head.end == m.end("n1"):
        word = _norm(suf.strip(" -\t\n\r\u00a0"))
        kind = vocab.suffix.get(word, "at_least")
        if kind == "or_equal":
            if qual is Qualifier.MORE_THAN:
                qual = Qualifier.AT_LEAST
            elif qual is Qualifier.LESS_THAN:
                qual = Qualifier.AT_MOST
        else:
            qual = Qualifier(kind)
        if not _glued(text, head.start, m.end()):
            start = pre_start if pre_start is not None else head.start
            found.append(_make(text, head, qual, start, m.end()))
        return
    _add_head(text, head, qual, pre_start, found)
    _add_exact(text, nums[1:], found)


def _add_head(
    text: str, head: _Num, qual: Qualifier, pre_start: int | None, found: list[Amount]
) -> None:
    if pre_start is None:
        _add_exact(text, [head], found)
    elif not _glued(text, head.start, head.end):
        found.append(_make(text, head, qual, pre_start, head.end))


def _join_bounds(text: str, found: list[Amount]) -> list[Amount]:
    """Join a lower and an upper bound stated together ("more than 10 and fewer than 20")."""
    out: list[Amount] = []
    i = 0
    while i < len(found):
        a = found[i]
        if i + 1 < len(found):
            b = found[i + 1]
            pair = None
            if a.qualifier in _BOUNDED_LOW and b.qualifier in _BOUNDED_HIGH:
                pair = (a.low, b.high)
            elif a.qualifier in _BOUNDED_HIGH and b.qualifier in _BOUNDED_LOW:
                pair = (b.low, a.high)
            if (
                pair is not None
                and pair[0] is not None
                and pair[1] is not None
                and pair[0] <= pair[1]
                and _JOINER.fullmatch(text, a.end, b.start)
            ):
                out.append(
                    Amount(
                        None,
                        pair[0],
                        pair[1],
                        Qualifier.RANGE,
                        a.start,
                        b.end,
                        a.number_start,
                        text[a.start : b.end],
                        words=a.words or b.words,
                    )
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out


_JOINER = re.compile(r"\s*(?:,\s*and|,|and|but)\s+", re.IGNORECASE)
