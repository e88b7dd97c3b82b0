"""Plots of reconciled series. matplotlib is imported inside the functions, so importing
casualties does not need it (install the ``plot`` extra)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from .errors import InputError

if TYPE_CHECKING:
    from .reconcile import Reconciliation

__all__ = ["plot"]


def _label(
    row: pd.Series, names: dict[str, str], several_sides: bool, start: pd.Timestamp | None
) -> str:
    rep = row["reporter"]
    who = "unattributed" if pd.isna(rep) else names.get(str(rep), str(rep))
    parts = [who]
    if several_sides and not pd.isna(row["side"]):
        parts.append(str(row["side"]))
    measure = (
        f"{row['status']} {row['outcome']}"
        if row["status"] != "unspecified"
        else str(row["outcome"])
    )
    parts.append(measure)
    if not pd.isna(row["since"]) and pd.Timestamp(row["since"]) != start:
        parts.append(f"since {pd.Timestamp(row['since']):%b %-d}")
    return ", ".join(parts)


def plot(
    rec: Reconciliation,
    ax: Any = None,
    side: str | None = None,
    outcome: str | None = None,
    *,
    status: str | None = None,
    reporters: list[str] | None = None,
    logy: bool = False,
    title: str | None = None,
    findings: bool = True,
) -> Any:
    """Draw one step line per source series, with its uncertainty as a band.

    Solid markers are stated figures, hollow ones derived from incremental reports; an open
    bound ("at least", "nearly") draws the band from the figure to the known bound. Findings
    are marked with a red ring at the figure they concern. Returns the matplotlib Axes.

    >>> import datetime as dt
    >>> from casualties import Claim
    >>> from casualties.reconcile import reconcile
    >>> rec = reconcile([Claim(value=v, low=v, high=v, qualifier="exact", outcome="killed",
    ...     status="military", side="a", reporter="a", as_of=dt.date(2020, 10, d),
    ...     as_of_source="stated", quote="x", start=d, end=d + 1) for v, d in ((5, 1), (9, 2))])
    >>> ax = plot(rec)
    >>> ax.get_ylabel()
    'persons'
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    s = rec.series
    mask = np.ones(len(s), dtype=bool)
    for col, want in (("side", side), ("outcome", outcome), ("status", status)):
        if want is not None:
            mask &= (s[col] == want).fillna(False).to_numpy()
    if reporters is not None:
        mask &= s["reporter"].isin(reporters).fillna(False).to_numpy()
    s = s[mask]
    if ax is None:
        _fig, ax = plt.subplots(figsize=(10, 5.5), layout="constrained")
    if s.empty:
        raise InputError("nothing to plot: no series matches the filters")
    names = {r.id: r.name for r in rec.profile.reporters} if rec.profile else {}
    several_sides = s["side"].nunique(dropna=False) > 1
    start = pd.Timestamp(rec.profile.start) if rec.profile and rec.profile.start else None
    key = ["reporter", "side", "status", "outcome", "since"]
    colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    found = rec.findings
    for n, (_k, grp) in enumerate(s.groupby(key, dropna=False, sort=True)):
        color = colors[n % len(colors)]
        grp = grp.sort_values("as_of")
        x = grp["as_of"].to_numpy()
        low = grp["low"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
        high = grp["high"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
        best = grp["best"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
        y = np.where(np.isnan(best), np.where(np.isnan(low), high, low), best)
        band_lo = np.where(np.isnan(low), y, low)
        band_hi = np.where(np.isnan(high), y, high)
        label = _label(grp.iloc[0], names, several_sides, start)
        ax.step(x, y, where="post", color=color, lw=1.6, label=label)
        if (band_hi > band_lo).any():
            ax.fill_between(x, band_lo, band_hi, step="post", color=color, alpha=0.18, lw=0)
        # open bounds: a short arrow-like tick in the open direction
        up = np.isnan(high) & ~np.isnan(y)
        down = np.isnan(low) & ~np.isnan(y) & ~np.isnan(high)
        ax.scatter(x[up], y[up], marker="^", color=color, s=22, zorder=3)
        ax.scatter(x[down], y[down], marker="v", color=color, s=22, zorder=3)
        derived = grp["derived"].to_numpy(dtype=bool)
        ax.scatter(x[~derived], y[~derived], color=color, s=26, zorder=4)
        ax.scatter(
            x[derived],
            y[derived],
            facecolors="white",
            edgecolors=color,
            s=30,
            zorder=4,
            linewidths=1.4,
        )
        if findings and not found.empty:
            row = grp.iloc[0]
            f = found[
                (
                    found["reporter"].fillna("")
                    == ("" if pd.isna(row["reporter"]) else row["reporter"])
                )
                & (found["side"].fillna("") == ("" if pd.isna(row["side"]) else row["side"]))
                & (found["status"] == row["status"])
                & (found["outcome"] == row["outcome"])
            ]
            for day in f["as_of"].dropna().unique():
                at = np.flatnonzero(x == np.datetime64(pd.Timestamp(day), "s"))
                if at.size:
                    ax.scatter(
                        x[at],
                        y[at],
                        s=140,
                        facecolors="none",
                        edgecolors="red",
                        linewidths=1.6,
                        zorder=5,
                    )
    if findings and not found.empty:
        ax.scatter([], [], s=140, facecolors="none", edgecolors="red", label="finding")
    ax.scatter([], [], facecolors="white", edgecolors="grey", label="derived")
    locator = mdates.AutoDateLocator()  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    if logy:
        ax.set_yscale("log")
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:,.0f}"))
    ax.set_ylabel("persons")
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    if title is None:
        bits = [b for b in (side, status, outcome) if b]
        title = "Reported tolls" + (f": {' '.join(bits)}" if bits else "")
    ax.set_title(title)
    return ax
