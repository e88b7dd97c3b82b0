"""The ``casualties`` command, called in-process through ``main``; one test runs it as a
subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from casualties import extract_corpus, read_corpus
from casualties.claimsio import read_claims, write_claims
from casualties.cli import main, seed_path

SEED_QUOTE = "The military death toll for the enclave is now at 1,177"
TEXT = (
    "KYIV, March 6, 2024 — Officials said 12 soldiers were killed on Monday, "
    "and at least 30 civilians have been wounded since the start of the month."
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(TEXT, encoding="utf-8")
    (news / "b.md").write_text("No figures in this one.", encoding="utf-8")
    return news


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


# --------------------------------------------------------------------------- help


@pytest.mark.parametrize(
    "argv", [["--help"], *([c, "--help"] for c in ("extract", "reconcile", "report", "evaluate"))]
)
def test_help_exits_0_with_examples(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert "examples:" in out
    assert "casualties" in out


def test_no_command_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys)
    assert code == 2
    assert one_error_line(err).startswith("casualties: error:")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.startswith("casualties ")


def test_seed_path_holds_the_seeds() -> None:
    assert (seed_path() / "manifest.csv").is_file()


# --------------------------------------------------------------------------- extract


def test_extract_seeds_as_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "extract", "--format", "table")
    assert code == 0
    header = out.splitlines()[0].split()
    assert header[:3] == ["source", "as", "of"]
    assert "1,177" in out
    assert "nearly 1,000" in out
    assert max(len(line) for line in out.splitlines()) < 200


def test_extract_prints_csv_when_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "extract")
    assert code == 0
    assert out.startswith("value,low,high,qualifier,outcome")
    assert SEED_QUOTE in out


@pytest.mark.parametrize("ext", [".csv", ".jsonl", ".json", ".parquet"])
def test_extract_seeds_to_each_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, ext: str
) -> None:
    out_file = tmp_path / f"claims{ext}"
    code, _, err = run(capsys, "extract", "-o", str(out_file))
    assert code == 0
    expected = extract_corpus(read_corpus(seed_path()), progress=False)
    assert read_claims(out_file) == expected
    assert f"{len(expected)} claims from 5 documents written to" in err
    assert all(c.source and c.source[:3].isdigit() for c in expected)


def test_extract_a_folder(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, _ = run(capsys, "extract", str(folder), "--format", "jsonl", "--profile", "none")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2
    assert '"value": 12' in lines[0]
    assert '"source": "a"' in lines[0]


def test_extract_files_with_a_manifest(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,published,outlet\nnews/a.txt,2024-03-07,Wire\n", encoding="utf-8")
    out_file = tmp_path / "c.csv"
    code, _, _ = run(
        capsys, "extract", str(folder / "a.txt"), "--manifest", str(manifest), "-o", str(out_file)
    )
    assert code == 0
    assert {str(c.published) for c in read_claims(out_file)} == {"2024-03-07"}


def test_progress_bar_on_a_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(7):
        (tmp_path / f"{n}.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, _, err = run(capsys, "extract", str(tmp_path), "-o", str(tmp_path / "c.csv"))
    assert code == 0
    assert "extract:" in err
    assert "/7 [" in err
    code, _, err = run(
        capsys, "extract", str(tmp_path), "--no-progress", "-o", str(tmp_path / "c.csv")
    )
    assert "extract:" not in err


# --------------------------------------------------------------------------- reconcile


def test_reconcile_seeds_prints_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "reconcile")
    assert code == 0
    assert out.startswith("5 documents: ")
    assert "profile karabakh-2020, rule conservative" in out
    assert "Nagorno-Karabakh authorities" in out
    assert "Sep 27 28 · Sep 28 58" in out
    assert "1,166*" in out
    assert "historical: 30,000 lives" in out
    assert "increment_mismatch: 28 on 2020-09-27 + 27 on 2020-09-28 = 55 ≠ 58" in out
    assert "casualties: warning: merged" in err


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_reconcile_writes_the_tables(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str
) -> None:
    code, _, _ = run(capsys, "reconcile", "-o", str(tmp_path / "out"), "--format", fmt)
    assert code == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted(
        f"{n}.{fmt}" for n in ("series", "claims", "excluded", "findings", "consensus")
    )


def test_reconcile_a_claims_file_matches_the_texts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    claims = tmp_path / "claims.jsonl"
    assert main(["extract", "-o", str(claims)]) == 0
    capsys.readouterr()
    code, from_file, _ = run(capsys, "reconcile", str(claims))
    assert code == 0
    _, from_texts, _ = run(capsys, "reconcile")
    assert from_file.splitlines()[1:] == from_texts.splitlines()[1:]
    assert from_file.startswith("0 documents and 33 claims from claims files")


def test_reconcile_known_by_and_rule(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "reconcile", "--known-by", "2020-10-20", "--rule", "range")
    assert code == 0
    assert "rule range" in out
    assert "published after known_by" in out
    assert "Nov 02 1,177" not in out
    assert "Oct 19 729" in out


def test_reconcile_without_profile(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, _ = run(capsys, "reconcile", str(folder), "--profile", "none")
    assert code == 0
    assert "no profile" in out


def test_reconcile_with_a_profile_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    profile = tmp_path / "war.toml"
    profile.write_text(
        'id = "war"\nname = "A war"\nstart = 2024-03-01\n\n[[side]]\nid = "north"\n'
        'name = "North"\naliases = ["northern"]\n',
        encoding="utf-8",
    )
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    code, out, err = run(capsys, "reconcile", str(tmp_path / "a.txt"), "--profile", str(profile))
    assert code == 0, err
    assert "profile war" in out


# --------------------------------------------------------------------------- report


def test_report_on_the_seeds(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    code, out, _ = run(capsys, "report", "-o", str(path))
    assert code == 0
    assert "written to" in out
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<svg" in page
    assert "<mark>11 more soldiers have died</mark>" in page


def test_report_from_a_claims_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    claims = tmp_path / "claims.csv"
    assert main(["extract", "-o", str(claims)]) == 0
    code, _, _ = run(capsys, "report", str(claims), "-o", str(tmp_path / "r.html"), "--title", "T")
    assert code == 0
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<title>T</title>" in page
    assert "<mark>11 more soldiers have died</mark>" in page


def test_report_on_a_folder_without_figures(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("Nothing happened.", encoding="utf-8")
    code, _, _ = run(capsys, "report", str(tmp_path), "-o", str(tmp_path / "r.html"))
    assert code == 0
    assert "No claims were kept" in (tmp_path / "r.html").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- evaluate


def test_evaluate(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "p.json").write_text(
        '{"id": "p", "published": "2024-03-06", "text": "Floods killed 12 people.", '
        '"claims": [{"quote": "killed 12 people", "value": 12, "outcome": "killed"}]}',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "evaluate", str(gold), "--profile", "none")
    assert code == 0
    assert "claim recall" in out
    code, out, _ = run(capsys, "evaluate", str(gold), "--json")
    assert code == 0
    assert '"gold": 1' in out


# --------------------------------------------------------------------------- errors


def test_bad_manifest(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text("name,published\na.txt,2020-01-01\n", encoding="utf-8")
    code, _, err = run(capsys, "extract", str(manifest))
    assert code == 2
    assert "m.csv: line 1, column file: missing" in one_error_line(err)


def test_bad_manifest_date(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    manifest = folder.parent / "m.csv"
    manifest.write_text("file,published\nnews/a.txt,Oct 5\n", encoding="utf-8")
    code, _, err = run(capsys, "reconcile", str(folder), "--manifest", str(manifest))
    assert code == 2
    assert "line 2, column published" in one_error_line(err)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract", "{tmp}/missing"], "missing: no such file or folder"),
        (["reconcile", "{tmp}/missing.txt"], "missing.txt: no such file or folder"),
        (["extract", "--profile", "atlantis"], "unknown profile 'atlantis'"),
        (["report", "--profile", "{tmp}/nope.toml", "-o", "{tmp}/r.html"], "nope.toml"),
        (["reconcile", "--known-by", "yesterday"], "'yesterday' is not a date"),
        (["reconcile", "--known-by", "2020-02-30"], "is not a date"),
        (["reconcile", "--rule", "loudest"], "invalid choice: 'loudest'"),
        (["extract", "-o", "{tmp}/claims.xlsx"], "'.xlsx' is not a claims format"),
        (["extract", "-o", "{tmp}/no/claims.csv"], "no such folder"),
        (["report", "-o", "{tmp}/report.pdf"], "report.pdf: a report is an HTML file"),
        (["reconcile", "--format", "xlsx"], "invalid choice: 'xlsx'"),
        (["evaluate", "{tmp}/gold"], "gold: no such file or folder"),
        (["extract", "--frobnicate"], "unrecognized arguments: --frobnicate"),
        (["reconcile", "--rule", "hierarchy", "--profile", "none"], "rule 'hierarchy' needs"),
    ],
)
def test_user_errors_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *(a.format(tmp=tmp_path) for a in argv))
    assert code == 2
    line = one_error_line(err)
    assert line.startswith("casualties")
    assert ": error: " in line
    assert message in line
    assert out == ""


def test_a_corrupt_claims_file_names_the_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write_claims(
        extract_corpus(read_corpus(seed_path()), progress=False)[:2], tmp_path / "c.csv"
    )
    path.write_text(
        path.read_text(encoding="utf-8").replace(",exact,", ",exactly,", 1), encoding="utf-8"
    )
    code, _, err = run(capsys, "reconcile", str(path))
    assert code == 2
    assert "c.csv: line 2: qualifier must be one of" in one_error_line(err)


def test_extract_refuses_a_claims_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write_claims([], tmp_path / "c.jsonl")
    code, _, err = run(capsys, "extract", str(path))
    assert code == 2
    assert "is a claims file" in one_error_line(err)


def test_skipped_files_warn_in_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary\x00" * 20)
    code, _out, err = run(capsys, "extract", str(tmp_path), "--format", "csv")
    assert code == 0
    assert "casualties: warning: skipped" in err
    assert "b.txt" in err
    code, _, err = run(capsys, "extract", str(tmp_path), "--strict")
    assert code == 2
    assert "b.txt" in one_error_line(err)


# --------------------------------------------------------------------------- subprocess


def test_python_dash_m_runs_the_command(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "casualties", "extract", "-o", str(tmp_path / "c.parquet")],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert len(read_claims(tmp_path / "c.parquet")) > 20
    bad = subprocess.run(
        [sys.executable, "-m", "casualties", "reconcile", "--known-by", "soon"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr
    assert bad.stderr.strip().splitlines() == [
        "casualties reconcile: error: argument --known-by: 'soon' is not a date "
        "(expected YYYY-MM-DD) (see casualties reconcile --help)"
    ]
