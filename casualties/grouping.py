"""One reporter, named by its acronym in one article and written out in another.

Extraction keys a reporter without a profile by the words it is named with
(:func:`casualties.extract.normalise_reporter`): "NDMA" gives ``ndma``, "the National
Disaster Management Authority (NDMA)" gives ``national disaster management agency ndma``.
A single article that names a body both ways already gives one key; across articles the two
forms meet only here, before :func:`casualties.reconcile` builds its series.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from .extract import reporter_acronyms
from .sides import side_from_text

__all__ = ["acronym_groups", "group_reporters"]


def acronym_groups(
    named: Iterable[tuple[str, str | None]], keep: Iterable[str] = ()
) -> dict[str, str]:
    """A map from reporter keys to the key they group under, for ``named`` pairs of (key,
    reporter_text): an acronym alone ("ndma") goes to the one written-out name whose
    initials or bracketed acronym it is, and a name without its acronym ("national disaster
    management agency") to the same name with it ("... ndma"). Keys in ``keep`` (a
    profile's reporter ids) are left alone, and an acronym that fits two bodies maps to
    neither.

    >>> acronym_groups([("ndma", "NDMA"),
    ...                 ("national disaster management agency ndma",
    ...                  "the National Disaster Management Authority (NDMA)")])
    {'ndma': 'national disaster management agency ndma'}
    """
    kept = set(keep)
    texts: dict[str, set[str]] = {}
    for key, text in named:
        if key and key not in kept:
            texts.setdefault(key, set()).add(text or key)
    stands_for: dict[str, set[str]] = {}
    for key, wordings in texts.items():
        if " " not in key:
            continue
        for wording in wordings:
            for acronym in reporter_acronyms(wording):
                stands_for.setdefault(acronym, set()).add(key)
    own: dict[str, set[str]] = {}
    for key, wordings in texts.items():
        for wording in wordings:
            own.setdefault(key, set()).update(reporter_acronyms(wording))
    # one body's written-out keys: "national disaster management agency ndma", "national
    # disaster management agency", "pakistan national disaster management agency" share a core
    cores: dict[str, list[str]] = {}
    for key in texts:
        if " " in key:
            cores.setdefault(_core(key, own.get(key, set())), []).append(key)
    mapping: dict[str, str] = {}
    canonical: dict[str, str] = {}
    for keys in cores.values():
        target = max(keys, key=lambda k: (k.split()[-1] in own.get(k, set()), -len(k), k))
        for key in keys:
            canonical[key] = target
            if key != target:
                mapping[key] = target
    for key in texts:
        if " " in key:
            continue
        bodies = {canonical[k] for k in stands_for.get(key, set())}
        if len(bodies) == 1:
            mapping[key] = next(iter(bodies))
    # a name mapped to its acronymed form, and an acronym to the name: follow to the end
    for key, target in list(mapping.items()):
        seen = {key}
        while target in mapping and target not in seen:
            seen.add(target)
            target = mapping[target]
        mapping[key] = target
    return mapping


def _core(key: str, acronyms: set[str]) -> str:
    """A key without the country that leads it nor the acronym that ends it."""
    words = key.split()
    if len(words) > 2 and words[-1] in acronyms:
        words = words[:-1]
    while len(words) > 2 and side_from_text(words[0].title()) is not None:
        words = words[1:]
    return " ".join(words)


def group_reporters(frame: pd.DataFrame, keep: Iterable[str] = ()) -> pd.DataFrame:
    """``frame`` with its ``reporter`` keys grouped by :func:`acronym_groups` (a copy, when
    any key changes)."""
    if "reporter" not in frame.columns or frame.empty:
        return frame
    texts = frame["reporter_text"] if "reporter_text" in frame.columns else frame["reporter"]
    pairs = (
        pd.DataFrame({"k": frame["reporter"], "t": texts}).dropna(subset=["k"]).drop_duplicates()
    )
    mapping = acronym_groups(
        (
            (str(k), None if pd.isna(t) else str(t))
            for k, t in zip(pairs["k"], pairs["t"], strict=True)
        ),
        keep,
    )
    if not mapping:
        return frame
    out = frame.copy()
    out["reporter"] = out["reporter"].replace(mapping)
    return out
