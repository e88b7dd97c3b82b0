"""plot(): a readable picture of the seeds' series, saved as PNG and SVG."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("matplotlib")

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from test_reconcile import run_seeds

from casualties.errors import InputError
from casualties.plot import plot


def test_plot_seeds_png_and_svg(tmp_path: Path) -> None:
    rec = run_seeds()
    ax = plot(rec, outcome="killed", logy=True)
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any(lbl.startswith("Nagorno-Karabakh authorities") for lbl in labels)
    assert any(lbl.startswith("Russia") for lbl in labels)
    assert "derived" in labels and "finding" in labels
    for suffix in ("png", "svg"):
        path = tmp_path / f"seeds.{suffix}"
        ax.figure.savefig(path)
        assert path.stat().st_size > 1000
    plt.close(ax.figure)


def test_plot_thousands_separators_and_given_axes() -> None:
    rec = run_seeds()
    fig, ax = plt.subplots()
    out = rec.plot(ax=ax, side="armenian", outcome="killed")
    assert out is ax
    fig.canvas.draw()
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    assert any("," in t for t in ticks)
    plt.close(fig)


def test_plot_nothing_to_draw() -> None:
    with pytest.raises(InputError, match="nothing to plot"):
        plot(run_seeds(), side="martian")
    plt.close("all")
