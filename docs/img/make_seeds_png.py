"""Draw docs/img/seeds.png: the reconciled series of the five bundled seed articles.

Run from the repository root: ``python docs/img/make_seeds_png.py``.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt

import casualties
from casualties.errors import ReconcileWarning

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    claims = casualties.extract_corpus(casualties.read_corpus(ROOT / "seeds"), progress=False)
    with warnings.catch_warnings():
        # the three wordings of Putin's "nearly 5,000" merge into one claim; the finding says so
        warnings.simplefilter("ignore", ReconcileWarning)
        rec = casualties.reconcile(claims, profile="karabakh-2020")
    fig, axes = plt.subplots(2, 1, figsize=(11, 8.5), layout="constrained")
    rec.plot(
        ax=axes[0],
        side="armenian",
        status="military",
        title="Armenian military killed, as reported",
    )
    rec.plot(ax=axes[1], status="civilian", title="Civilians, as reported")
    fig.savefig(ROOT / "docs" / "img" / "seeds.png", dpi=110)


if __name__ == "__main__":
    main()
