"""The README starts with the two set-up commands, and CI runs the second one verbatim."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN = "python -m pip install . && casualties reconcile"
TEST = 'python -m pip install ".[dev]" && python -m pytest'


def _first_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("# "), "the README starts with its title"
    blocks = re.findall(r"^```bash\n(.*?)^```", text, re.MULTILINE | re.DOTALL)
    commands = [line.strip() for block in blocks for line in block.splitlines() if line.strip()]
    # nothing but blank lines between the title and the first command block
    first_block = text.index("```bash")
    assert text[len(lines[0]) : first_block].strip() == ""
    return commands[:2]


def test_readme_starts_with_the_two_commands() -> None:
    assert _first_commands() == [RUN, TEST]


def test_ci_runs_the_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert TEST in ci.splitlines()
