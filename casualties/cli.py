"""The ``casualties`` command: a thin layer over the public functions.

``casualties extract``, ``reconcile``, ``report`` and ``evaluate``; with no input files the
first three run on the seed articles that ship with the package. User mistakes (a missing
file, a bad manifest, an unknown profile or rule, a bad date) end with one line on stderr
and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import warnings
from collections import Counter
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import IO, Any, NoReturn, TextIO

import pandas as pd

from .errors import CasualtiesError, CasualtiesWarning, InputError
from .records import Claim, Document

__all__ = ["main", "seed_path"]

PROG = "casualties"
# more documents than this, on a terminal, get a progress bar
PROGRESS_MIN_DOCS = 5
# at most this many excluded claims and findings are listed in the summary
SUMMARY_LINES = 40
# how much of a quote the terminal table shows
QUOTE_WIDTH = 48


def seed_path() -> Path:
    """The folder of seed articles: ``casualties/_seeds`` in an installed wheel, else the
    repository's ``seeds/`` next to the package (a source checkout)."""
    bundled = resources.files("casualties").joinpath("_seeds")
    if bundled.is_dir():
        return Path(str(bundled))
    checkout = Path(__file__).resolve().parent.parent / "seeds"
    if checkout.is_dir():
        return checkout
    raise InputError(
        "the bundled seed articles are missing (no casualties/_seeds, no seeds/ folder); "
        "give input files"
    )


# --------------------------------------------------------------------------- arguments


class _Parser(argparse.ArgumentParser):
    """Argument errors as one line, like every other error of the command."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (expected YYYY-MM-DD)") from None


EXAMPLES = """\
examples:
  casualties report -o report.html          the seed articles, end to end, as one HTML page
  casualties extract                        claims of the seed articles as a table
  casualties extract news/ -o claims.csv    every .txt/.md/.html file under news/
  casualties extract --manifest m.csv news/ -o claims.parquet
  casualties reconcile claims.csv -o out/   series, claims, excluded, findings, consensus
  casualties reconcile news/ --known-by 2020-10-20 --rule range
  casualties evaluate tests/corpus          score the extractor on gold passages
"""


def _inputs(sub: argparse.ArgumentParser, *, claims_files: bool) -> None:
    what = "files, folders or manifest CSVs"
    if claims_files:
        what += ", or claims files written by 'casualties extract'"
    sub.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help=f"{what} (default: the bundled seed articles)",
    )
    sub.add_argument(
        "--manifest",
        metavar="CSV",
        help="a manifest (columns file, published, outlet, title) giving dates and outlets "
        "for the files read",
    )
    sub.add_argument(
        "--profile",
        default="auto",
        metavar="NAME|FILE",
        help="conflict profile: a built-in name, a TOML file, 'none', or 'auto' "
        "(detect from the text; the default)",
    )
    sub.add_argument(
        "--strict",
        action="store_true",
        help="fail on an unreadable or non-UTF-8 file instead of skipping it",
    )
    sub.add_argument(
        "--no-progress", action="store_true", help="no progress bar, even on a terminal"
    )


def _rules() -> list[str]:
    from .reconcile import RULES

    return sorted(RULES)


def _reconcile_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--rule",
        default="conservative",
        choices=_rules(),
        help="consensus rule (default: conservative)",
    )
    sub.add_argument(
        "--known-by",
        type=_date,
        metavar="DATE",
        help="use only claims published by this day (YYYY-MM-DD)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The ``casualties`` argument parser."""
    from . import __version__

    formatter = argparse.RawDescriptionHelpFormatter
    parser = _Parser(
        prog=PROG,
        description="Read casualty figures out of news reports and reconcile them.",
        epilog=EXAMPLES,
        formatter_class=formatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subs = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    ext = subs.add_parser(
        "extract",
        help="read claims out of texts",
        description="Read every casualty figure out of the texts as a claim. Writes CSV, "
        "JSON Lines, JSON or Parquet by the output's extension, or prints a table.",
        epilog="examples:\n  casualties extract\n  casualties extract news/ -o claims.csv\n"
        "  casualties extract a.txt b.html --profile karabakh-2020 -o claims.parquet\n"
        "  casualties extract news/ --format jsonl > claims.jsonl\n",
        formatter_class=formatter,
    )
    _inputs(ext, claims_files=False)
    ext.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE (.csv, .jsonl, .json, .parquet)"
    )
    ext.add_argument(
        "--format",
        choices=["table", "csv", "jsonl", "json"],
        help="what to print when there is no -o (default: a table on a terminal, else CSV)",
    )

    rec = subs.add_parser(
        "reconcile",
        help="reconcile claims into series, findings and a consensus",
        description="Merge repeated claims, build a series per source, raise findings and "
        "form a consensus; print a summary and optionally write the five tables.",
        epilog="examples:\n  casualties reconcile\n  casualties reconcile claims.csv -o out/\n"
        "  casualties reconcile news/ --known-by 2020-10-20 --rule range --format parquet "
        "-o out/\n",
        formatter_class=formatter,
    )
    _inputs(rec, claims_files=True)
    _reconcile_options(rec)
    rec.add_argument(
        "-o",
        "--output",
        metavar="DIR",
        help="write series, claims, excluded, findings and consensus into DIR",
    )
    rec.add_argument(
        "--format",
        default="csv",
        choices=["csv", "jsonl", "json", "parquet"],
        help="format of the tables written with -o (default: csv)",
    )

    rep = subs.add_parser(
        "report",
        help="write one self-contained HTML report",
        description="Reconcile and write one HTML file (tables, findings, the plot, every "
        "figure linked to its quote) that opens offline.",
        epilog="examples:\n  casualties report -o report.html\n"
        "  casualties report news/ --profile my-war.toml -o news.html\n",
        formatter_class=formatter,
    )
    _inputs(rep, claims_files=True)
    _reconcile_options(rep)
    rep.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default="report.html",
        help="the HTML file to write (default: report.html)",
    )
    rep.add_argument("--title", help="the report's title")

    ev = subs.add_parser(
        "evaluate",
        help="score the extractor on gold passages",
        description="Score the extractor against gold passages (JSON files) and print "
        "precision, recall, field accuracy, and every miss, extra and wrong field.",
        epilog="examples:\n  casualties evaluate tests/corpus\n"
        "  casualties evaluate gold/ --profile none --json\n",
        formatter_class=formatter,
    )
    ev.add_argument("gold", metavar="GOLD_DIR", help="a folder of gold *.json files, or one file")
    ev.add_argument(
        "--profile",
        default="auto",
        metavar="NAME|FILE",
        help="profile for passages that name none (default: auto)",
    )
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    return parser


# --------------------------------------------------------------------------- inputs


def _profile_spec(raw: str) -> Any:
    """'none' → None, 'auto' stays, anything else must name a loadable profile."""
    from .profiles import get_profile

    if raw.strip().lower() == "none":
        return None
    if raw == "auto":
        return "auto"
    return get_profile(raw)


def _auto_profile(documents: Sequence[Document], claims: Sequence[Claim]) -> Any:
    """The profile reconciliation uses under 'auto': the built-in profile most documents
    are detected as, or, for claims files, the one whose ids the claims use most."""
    from .profiles import builtin_profiles, detect_profile, get_profile

    votes: Counter[str] = Counter()
    for document in documents:
        found = detect_profile(document.text)
        if found is not None:
            votes[found.id] += 1
    if votes:
        return get_profile(votes.most_common(1)[0][0])
    for name in builtin_profiles():
        profile = get_profile(name)
        if profile is None:
            continue
        reporters = {r.id for r in profile.reporters}
        sides = set(profile.side_ids())
        hits = sum((c.reporter in reporters) + (c.side in sides) for c in claims)
        if hits:
            votes[name] = hits
    return get_profile(votes.most_common(1)[0][0]) if votes else None


class _Corpus:
    """What the command reads: documents from texts, claims from claims files."""

    def __init__(self, args: argparse.Namespace, *, claims_files: bool) -> None:
        from .claimsio import is_claims_file, read_claims
        from .read import read_corpus

        paths = [Path(p) for p in args.paths] or [seed_path()]
        self.claims: list[Claim] = []
        texts: list[Path] = []
        for path in paths:
            if is_claims_file(path):
                if not claims_files:
                    raise InputError(
                        f"{path}: is a claims file; 'extract' reads texts "
                        "(give it to 'reconcile' or 'report')"
                    )
                self.claims.extend(read_claims(path))
            else:
                texts.append(path)
        self.documents: list[Document] = (
            read_corpus(texts, manifest=args.manifest, strict=args.strict) if texts else []
        )
        if not texts and args.manifest is not None:
            raise InputError("--manifest applies to texts, and only claims files were given")
        self.profile = _profile_spec(args.profile)
        self.progress = (
            not args.no_progress and sys.stderr.isatty() and len(self.documents) > PROGRESS_MIN_DOCS
        )

    def extracted(self) -> list[Claim]:
        from .extract import extract_corpus

        if not self.documents:
            return []
        return extract_corpus(self.documents, profile=self.profile, progress=self.progress)

    def reconcile_profile(self, claims: Sequence[Claim]) -> Any:
        if self.profile == "auto":
            return _auto_profile(self.documents, claims)
        return self.profile


# --------------------------------------------------------------------------- output


def _check_output_file(path: Path) -> None:
    """Fail before any work when ``path`` cannot be written: a folder, or no parent."""
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name")
    if not path.parent.is_dir():
        raise InputError(f"{path.parent}: no such folder (for {path})")


def _short(text: object, width: int) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def claims_table(claims: Sequence[Claim], *, quote_width: int = QUOTE_WIDTH) -> str:
    """Claims as a plain-text table for a terminal, one line each, quotes shortened."""
    from .report import claim_figure

    if not claims:
        return "no claims"
    rows = [
        {
            "source": _short(c.source or "", 24),
            "as of": c.as_of.isoformat() if c.as_of else "",
            "figure": claim_figure(c),
            "outcome": c.outcome.value,
            "status": c.status.value,
            "side": c.side or "",
            "reporter": _short(c.reporter or "", 18),
            "basis": c.basis.value,
            "quote": _short(c.quote, quote_width),
        }
        for c in claims
    ]
    frame = pd.DataFrame(rows)
    return frame.to_string(index=False, justify="left")


def _print(text: str, stream: IO[str] | None = None) -> None:
    print(text, file=stream or sys.stdout)


def _summary(corpus: _Corpus, n_claims: int, rec: Any) -> str:
    from .report import figure_text

    lines = []
    docs = len(corpus.documents)
    files = f"{docs} document{'s' * (docs != 1)}"
    if corpus.claims:
        files += f" and {len(corpus.claims)} claims from claims files"
    lines.append(
        f"{files}: {n_claims} claims read, {n_claims - len(rec.excluded)} kept "
        f"({len(rec.claims)} after merging repeats), {len(rec.excluded)} excluded"
    )
    profile = f"profile {rec.profile.id}" if rec.profile else "no profile"
    lines.append(f"{profile}, rule {rec.rule}")
    s = rec.series
    names = {r.id: r.name for r in rec.profile.reporters} if rec.profile else {}
    keys = ["reporter", "side", "status", "outcome", "since"]
    n_series = s.groupby(keys, dropna=False).ngroups if len(s) else 0
    lines += ["", f"series ({n_series}):"]
    if len(s):
        by_rep = s.assign(_rep=s["reporter"].fillna(""))
        for rep, group in by_rep.groupby("_rep", sort=True):
            lines.append(f"  {names.get(str(rep), str(rep)) if rep else 'unattributed'}")
            for key, points in group.groupby(keys, dropna=False, sort=True):
                _rep, side, status, outcome, since = key
                measure = " ".join(
                    str(x)
                    for x in (side if not pd.isna(side) else "?", status, outcome)
                    if x != "unspecified"
                )
                if not pd.isna(since):
                    measure += f" since {pd.Timestamp(since):%Y-%m-%d}"
                figures = " · ".join(
                    f"{pd.Timestamp(p.as_of):%b %d} {figure_text(p.low, p.best, p.high)}"
                    + ("*" if p.derived else "")
                    for p in points.sort_values(["as_of", "derived"]).itertuples()
                )
                lines.append(f"    {measure}: {figures}")
        lines.append("  (* derived from incremental reports)")
    reasons = rec.excluded["reason"].value_counts(sort=True)
    lines += ["", f"excluded ({len(rec.excluded)}):"]
    if len(reasons) > 1:
        lines.append("  " + ", ".join(f"{reason} {n}" for reason, n in reasons.items()))
    for row in rec.excluded.head(SUMMARY_LINES).itertuples():
        lines.append(f"  {row.reason}: {_short(row.quote, 60)} ({row.source})")
    if len(rec.excluded) > SUMMARY_LINES:
        lines.append(f"  … and {len(rec.excluded) - SUMMARY_LINES} more (see excluded)")
    lines += ["", f"findings ({len(rec.findings)}):"]
    for row in rec.findings.head(SUMMARY_LINES).itertuples():
        lines.append(f"  {row.kind}: {row.detail}")
    if len(rec.findings) > SUMMARY_LINES:
        lines.append(f"  … and {len(rec.findings) - SUMMARY_LINES} more (see findings)")
    return "\n".join(lines)


# --------------------------------------------------------------------------- commands


def _cmd_extract(args: argparse.Namespace) -> int:
    from .claimsio import format_of, write_claims

    if args.output is not None:
        format_of(args.output)  # an unknown extension fails before any work
        _check_output_file(Path(args.output))
    corpus = _Corpus(args, claims_files=False)
    claims = corpus.extracted()
    if args.output is not None:
        path = write_claims(claims, args.output)
        docs = len(corpus.documents)
        _print(f"{len(claims)} claims from {docs} documents written to {path}", sys.stderr)
        return 0
    fmt = args.format or ("table" if sys.stdout.isatty() else "csv")
    if fmt == "table":
        width = shutil.get_terminal_size((120, 24)).columns
        _print(claims_table(claims, quote_width=max(24, min(80, width - 110))))
        return 0
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = write_claims(claims, Path(folder) / f"claims.{fmt}")
        sys.stdout.write(path.read_text(encoding="utf-8"))
    return 0


def _reconciled(args: argparse.Namespace) -> tuple[_Corpus, int, Any]:
    from .reconcile import reconcile

    corpus = _Corpus(args, claims_files=True)
    claims = corpus.claims + corpus.extracted()
    rec = reconcile(
        claims,
        profile=corpus.reconcile_profile(claims),
        known_by=args.known_by,
        rule=args.rule,
    )
    return corpus, len(claims), rec


def _cmd_reconcile(args: argparse.Namespace) -> int:
    from .claimsio import write_tables

    corpus, n_claims, rec = _reconciled(args)
    _print(_summary(corpus, n_claims, rec))
    if args.output is not None:
        paths = write_tables(rec, args.output, fmt=args.format)
        _print(
            f"tables written to {Path(args.output)}: " + ", ".join(p.name for p in paths.values()),
            sys.stderr,
        )
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from .report import write_report

    out = Path(args.output)
    if out.suffix.lower() not in (".html", ".htm"):
        raise InputError(f"{out}: a report is an HTML file; name it *.html")
    _check_output_file(out)
    corpus, n_claims, rec = _reconciled(args)
    path = write_report(rec, out, corpus.documents, title=args.title)
    _print(
        f"report on {len(corpus.documents)} documents, {n_claims} claims, "
        f"{len(rec.findings)} findings written to {path}"
    )
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    import json

    from .evaluate import evaluate

    gold = Path(args.gold)
    if not gold.exists():
        raise InputError(f"{gold}: no such file or folder")
    profile = None if args.profile.strip().lower() == "none" else args.profile
    if profile not in (None, "auto"):
        profile = _profile_spec(profile)
    result = evaluate(gold, profile=profile)
    _print(json.dumps(result.to_dict(), indent=1) if args.json else result.format())
    return 0


COMMANDS = {
    "extract": _cmd_extract,
    "reconcile": _cmd_reconcile,
    "report": _cmd_report,
    "evaluate": _cmd_evaluate,
}


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    if issubclass(category, CasualtiesWarning):
        print(f"{PROG}: warning: {message}", file=sys.stderr)
    else:  # not ours: shown the usual way
        _SHOW_WARNING(message, category, filename, lineno, file, line)


_SHOW_WARNING = warnings.showwarning


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 success, 2 bad input)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or an argument error
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always", CasualtiesWarning)
            warnings.showwarning = _show_warning
            return COMMANDS[args.command](args)
    except (CasualtiesError, OSError) as exc:
        if isinstance(exc, BrokenPipeError):
            return 0
        message = " ".join(str(exc).split()) or type(exc).__name__
        print(f"{PROG}: error: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
