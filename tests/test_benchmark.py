"""The benchmark script the docs point to runs, on a generated corpus and on a folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(tmp_path: Path, *args: str) -> dict:
    out = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), *args, "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "extraction (read files" in done.stdout
    return json.loads(out.read_text())


def test_generated_corpus_with_a_toll_share(tmp_path: Path) -> None:
    sparse = _run(
        tmp_path,
        "--mb",
        "0.2",
        "--toll-share",
        "0",
        "--skip-peer",
        "--skip-stream",
        "--sizes",
        "1e3",
    )
    dense = _run(
        tmp_path,
        "--mb",
        "0.2",
        "--toll-share",
        "0.3",
        "--skip-peer",
        "--skip-stream",
        "--sizes",
        "1e3",
    )
    # the same bytes budget holds far more claims when more sentences state a toll
    assert dense["extract"][-1]["claims"] > 3 * sparse["extract"][-1]["claims"]
    assert [r["claims_in"] for r in dense["reconcile"]] == [1014]


def test_a_folder_of_articles(tmp_path: Path) -> None:
    result = _run(tmp_path, "--corpus", str(ROOT / "seeds"), "--skip-peer", "--sizes", "1e3")
    extract = result["extract"][-1]
    assert extract["docs"] == 5 and extract["claims"] > 20
    assert result["stream"][0]["claims"] == extract["claims"]
