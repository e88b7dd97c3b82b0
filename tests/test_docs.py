"""The documentation: every ``>>>`` example in ``docs/*.md`` runs and prints what the page
says, and the site builds with ``mkdocs build --strict``.

Examples live in ```` ```pycon ```` blocks; the blocks of one page run in order in one
namespace, from the repository root (so ``read_corpus("seeds")`` finds the seeds).
"""

from __future__ import annotations

import doctest
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.rglob("*.md"))
PYCON = re.compile(r"^```pycon[^\n]*\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def examples(page: Path) -> str:
    """The page's pycon blocks, joined so that each block's last output ends cleanly."""
    return "\n\n".join(block.rstrip("\n") for block in PYCON.findall(page.read_text("utf-8")))


def test_pages_found() -> None:
    assert (DOCS / "index.md").exists()
    assert sum(bool(examples(p)) for p in PAGES) >= 4


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(DOCS)) for p in PAGES])
def test_examples(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = examples(page)
    if not source:
        return  # a page with nothing to run (the API reference, the changelog)
    monkeypatch.chdir(ROOT)
    test = doctest.DocTestParser().get_doctest(
        source, {"__name__": f"docs.{page.stem}"}, page.name, str(page), 0
    )
    assert test.examples, f"{page}: pycon blocks hold no >>> examples"
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    report: list[str] = []
    runner.run(test, out=report.append)
    failed, _attempted = runner.summarize(verbose=False)
    assert failed == 0, "".join(report)


def test_site_builds_strict(tmp_path: Path) -> None:
    mkdocs = shutil.which("mkdocs", path=str(Path(sys.executable).parent)) or shutil.which("mkdocs")
    if mkdocs is None:
        pytest.skip("mkdocs is not installed (install the docs extra: pip install '.[docs]')")
    env = dict(os.environ, NO_COLOR="1")
    done = subprocess.run(
        [mkdocs, "build", "--strict", "--quiet", "-d", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "site" / "index.html").exists()
