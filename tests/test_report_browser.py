"""The HTML report in a real browser: headless Chromium renders its tables and plot.

CI installs Debian's ``chromium`` package (``.ci/run``); the test skips, saying why, only
where no Chromium binary can be found.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import warnings
from html.parser import HTMLParser
from pathlib import Path

import pytest

from casualties import extract_corpus, read_corpus, reconcile
from casualties.cli import seed_path
from casualties.errors import ReconcileWarning
from casualties.report import write_report

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def _chromium() -> str:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    pytest.skip(
        "no Chromium binary on PATH (looked for " + ", ".join(BROWSERS) + "); "
        "install it with: apt-get install -y chromium"
    )


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    docs = read_corpus(seed_path())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReconcileWarning)
        rec = reconcile(extract_corpus(docs, progress=False), profile="karabakh-2020")
    return write_report(rec, tmp_path_factory.mktemp("report") / "report.html", docs)


def _run(browser: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [browser, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done


class Rendered(HTMLParser):
    """Counts of the elements of the DOM Chromium serialised after rendering."""

    def __init__(self, dom: str) -> None:
        super().__init__()
        self.tags: dict[str, int] = {}
        self.ids: set[str] = set()
        self.svg_paths_with_data = 0
        self.feed(dom)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] = self.tags.get(tag, 0) + 1
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag == "path" and values.get("d"):
            self.svg_paths_with_data += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)


def test_chromium_renders_the_tables_and_the_plot(report: Path, tmp_path: Path) -> None:
    browser = _chromium()
    dom = _run(browser, tmp_path / "profile", "--dump-dom", report.as_uri()).stdout
    rendered = Rendered(dom)
    assert rendered.tags.get("svg") == 1
    assert rendered.svg_paths_with_data > 50
    assert rendered.tags.get("table", 0) >= 10  # series tables, consensus, claims, excluded
    assert rendered.tags.get("tr", 0) > 60
    assert {"summary", "findings", "series", "consensus", "claims", "excluded", "quotes"} <= (
        rendered.ids
    )
    assert "1,177" in dom
    assert "<mark>11 more soldiers have died</mark>" in dom


def test_chromium_screenshot_is_not_blank(report: Path, tmp_path: Path) -> None:
    browser = _chromium()
    shot = tmp_path / "report.png"
    _run(
        browser,
        tmp_path / "profile",
        f"--screenshot={shot}",
        "--window-size=1300,2400",
        "--hide-scrollbars",
        report.as_uri(),
    )
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1300, 2400)
    # a blank page compresses to a few kilobytes; text, tables and the plot do not
    assert len(data) > 100_000
