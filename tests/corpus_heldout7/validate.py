"""Sanity checks for the held-out gold files in this folder (no extractor involved).

Run: python validate.py [folder]
"""

import datetime as dt
import json
import pathlib
import sys

PASSAGE_KEYS = {"id", "published", "topic", "kind", "profile", "source", "note", "text", "claims"}
CLAIM_KEYS = {
    "quote",
    "start",
    "value",
    "low",
    "high",
    "qualifier",
    "outcome",
    "status",
    "side",
    "reporter",
    "basis",
    "as_of",
    "historical",
    "optional",
}
QUALIFIERS = {
    "exact",
    "at_least",
    "more_than",
    "at_most",
    "less_than",
    "about",
    "nearly",
    "range",
    "vague",
}
OUTCOMES = {"killed", "wounded", "missing", "captured", "casualties"}
STATUSES = {"military", "civilian", "unspecified"}
BASES = {"cumulative", "incremental"}
KINDS = {"wire", "bulletin", "monitor", "feature", "disaster"}


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def date(s):
    return dt.date.fromisoformat(s)


def check_claim(c, text, published, where, errors):
    for k in c:
        if k not in CLAIM_KEYS:
            errors.append(f"{where}: unknown key {k!r}")
    q = c.get("quote")
    if not isinstance(q, str) or not q:
        errors.append(f"{where}: quote missing")
        return None
    if "start" in c:
        s = c["start"]
        if not is_int(s) or text[s : s + len(q)] != q:
            errors.append(f"{where}: quote {q!r} not at start {s}")
            return None
    else:
        s = text.find(q)
        if s < 0:
            errors.append(f"{where}: quote {q!r} not found in text")
            return None
    for k in ("value", "low", "high"):
        if k in c and c[k] is not None and not is_int(c[k]):
            errors.append(f"{where}: {k} is not an integer: {c[k]!r}")
    v, lo, hi, qual = c.get("value"), c.get("low"), c.get("high"), c.get("qualifier")
    if "qualifier" in c and qual not in QUALIFIERS:
        errors.append(f"{where}: qualifier {qual!r}")
    if is_int(lo) and is_int(hi) and lo > hi:
        errors.append(f"{where}: low > high")
    # the DESIGN.md bounds for each qualifier
    expect = {
        "exact": (v, v, v is not None),
        "at_least": (v, None, v is not None),
        "more_than": (None if v is None else v + 1, None, v is not None),
        "at_most": (None, v, v is not None),
        "nearly": (None, v, v is not None),
        "less_than": (None, None if v is None else v - 1, v is not None),
        "about": (None, None, v is not None),
    }
    if qual in expect and "low" in c and "high" in c:
        elo, ehi, needv = expect[qual]
        if not needv:
            errors.append(f"{where}: qualifier {qual} needs a value")
        elif (lo, hi) != (elo, ehi):
            errors.append(f"{where}: {qual} {v}: bounds {lo}..{hi}, expected {elo}..{ehi}")
    if qual == "range" and (v is not None or not is_int(lo) or not is_int(hi)):
        errors.append(f"{where}: range wants value null and both bounds")
    if qual == "vague" and v is not None:
        errors.append(f"{where}: vague wants value null")
    for k, allowed in (("outcome", OUTCOMES), ("status", STATUSES), ("basis", BASES)):
        if k in c and c[k] not in allowed:
            errors.append(f"{where}: {k} {c[k]!r}")
    for k in ("side", "reporter"):
        if k in c and c[k] is not None and (not isinstance(c[k], str) or c[k] != c[k].lower()):
            errors.append(f"{where}: {k} must be a lowercase string or null: {c[k]!r}")
    if "historical" in c and not isinstance(c["historical"], bool):
        errors.append(f"{where}: historical not a bool")
    if "optional" in c and not isinstance(c["optional"], bool):
        errors.append(f"{where}: optional not a bool")
    if c.get("historical") and c.get("as_of") is not None:
        errors.append(f"{where}: historical claim with as_of")
    if c.get("as_of") is not None:
        try:
            a = date(c["as_of"])
            if published and a > published:
                errors.append(f"{where}: as_of {a} after publication {published}")
        except (TypeError, ValueError):
            errors.append(f"{where}: bad as_of {c['as_of']!r}")
    return (s, s + len(q))


def main(folder):
    folder = pathlib.Path(folder)
    errors, ids = [], set()
    n_pass = n_claims = n_opt = 0
    for path in sorted(folder.glob("*.json")):
        try:
            d = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            errors.append(f"{path.name}: invalid JSON: {e}")
            continue
        n_pass += 1
        for k in d:
            if k not in PASSAGE_KEYS:
                errors.append(f"{path.name}: unknown passage key {k!r}")
        for k in ("id", "published", "text", "claims"):
            if k not in d:
                errors.append(f"{path.name}: missing {k!r}")
        if d.get("id") in ids:
            errors.append(f"{path.name}: duplicate id")
        ids.add(d.get("id"))
        if d.get("id") != path.stem:
            errors.append(f"{path.name}: id differs from file name")
        if d.get("kind") not in KINDS:
            errors.append(f"{path.name}: kind {d.get('kind')!r}")
        published = date(d["published"]) if "published" in d else None
        text = d.get("text", "")
        spans = []
        for i, c in enumerate(d.get("claims", [])):
            sp = check_claim(c, text, published, f"{path.name}: claims[{i}]", errors)
            n_claims += 1
            n_opt += bool(c.get("optional"))
            if sp:
                for j, other in spans:
                    if sp[0] < other[1] and other[0] < sp[1]:
                        errors.append(f"{path.name}: claims[{i}] overlaps claims[{j}]")
                spans.append((i, sp))
    for e in errors:
        print("ERROR", e)
    print(
        f"{n_pass} passages, {n_claims} claims ({n_claims - n_opt} scored, {n_opt} optional); "
        f"{len(errors)} error(s)"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent))
