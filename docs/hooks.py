"""MkDocs hook: show docstring examples (``>>>`` runs outside any fence) as code.

The package's docstrings carry doctested examples as plain ``>>>`` paragraphs, which
Markdown would render as prose (and read ``[...]`` outputs as links). This wraps each such
run of lines, up to the next blank line, in a ``pycon`` fence before the other extensions
see it.
"""

from __future__ import annotations

from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor
from mkdocs.plugins import event_priority


class _Doctests(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        fenced = in_run = False
        for line in lines:
            bare = line.lstrip()
            if bare.startswith(("```", "~~~")) and not in_run:
                fenced = not fenced
            elif not fenced and not in_run and bare.startswith(">>>"):
                out.append("```pycon")
                in_run = True
            elif in_run and not bare:
                out.append("```")
                in_run = False
            out.append(line)
        if in_run:
            out.append("```")
        return out


class DoctestFences(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.preprocessors.register(_Doctests(md), "doctest_fences", 40)


@event_priority(100)
def on_config(config: Any) -> Any:
    config.markdown_extensions.append(DoctestFences())
    return config
