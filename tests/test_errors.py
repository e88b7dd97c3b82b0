"""Errors with meaning: each user mistake raises the right :class:`CasualtiesError` subclass
(also an instance of the matching builtin) with a message naming the file and the line,
column or key; the CLI prints one line and exits 2."""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from casualties import Claim, extract, reconcile
from casualties.claimsio import read_claims, write_claims
from casualties.errors import (
    CasualtiesError,
    FrameError,
    InputError,
    ManifestError,
    ProfileError,
    ReadError,
    SkippedInputWarning,
)
from casualties.profiles import load_profile
from casualties.read import read_corpus, read_manifest, read_text
from casualties.records import from_frame, to_frame

# --------------------------------------------------------------------------- hierarchy


@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        (InputError, ValueError),
        (ReadError, OSError),
        (ManifestError, ValueError),
        (ProfileError, ValueError),
        (FrameError, ValueError),
    ],
)
def test_every_error_subclasses_the_library_base_and_a_builtin(
    error: type[Exception], builtin: type[Exception]
) -> None:
    assert issubclass(error, CasualtiesError)
    assert issubclass(error, builtin)


# --------------------------------------------------------------------------- files

GOOD = "BAKU, Oct. 5, 2020 - Officials said 12 soldiers were killed.\n"

# name → (files to write, what to call, expected error, words the message must contain)
FileCase = tuple[dict[str, bytes], Callable[[Path], object], type[Exception], tuple[str, ...]]

FILE_CASES: dict[str, FileCase] = {
    "binary saved as .txt (NUL bytes)": (
        {"report.txt": b"\x00\x01\x02binary\x00" * 50},
        lambda d: read_text(d / "report.txt"),
        ReadError,
        ("report.txt", "binary"),
    ),
    "PDF saved as .txt": (
        {"report.txt": b"%PDF-1.7\n" + bytes(range(256)) * 4},
        lambda d: read_text(d / "report.txt"),
        ReadError,
        ("report.txt", "PDF"),
    ),
    "gzip saved as .html": (
        {"page.html": b"\x1f\x8b\x08\x00" + b"\xff" * 100},
        lambda d: read_text(d / "page.html"),
        ReadError,
        ("page.html", "gzip"),
    ),
    "control characters": (
        {"noise.txt": bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 100},
        lambda d: read_text(d / "noise.txt"),
        ReadError,
        ("noise.txt", "control"),
    ),
    "not UTF-8 in strict mode": (
        {"latin.txt": "Shelling went on in Bard\u00e1 \u2013 12 killed.".encode("cp1252")},
        lambda d: read_text(d / "latin.txt", strict=True),
        ReadError,
        ("latin.txt", "UTF-8", "offset"),
    ),
    "broken UTF-16 after its byte order mark": (
        {"wide.txt": b"\xff\xfe" + b"a\x00b"},
        lambda d: read_text(d / "wide.txt"),
        ReadError,
        ("wide.txt", "byte order mark"),
    ),
    "missing file": (
        {},
        lambda d: read_text(d / "nowhere.txt"),
        ReadError,
        ("nowhere.txt", "no such file"),
    ),
    "a folder given as a file": (
        {"sub/a.txt": b"x"},
        lambda d: read_text(d / "sub"),
        ReadError,
        ("sub", "folder"),
    ),
    "published that is not a date": (
        {"a.txt": GOOD.encode()},
        lambda d: read_text(d / "a.txt", published="19/10/2020"),
        ReadError,
        ("a.txt", "19/10/2020", "YYYY-MM-DD"),
    ),
    "missing corpus path": (
        {},
        lambda d: read_corpus(d / "nowhere"),
        ReadError,
        ("nowhere",),
    ),
    "manifest without a file column": (
        {"manifest.csv": b"path,published\na.txt,2020-10-05\n", "a.txt": GOOD.encode()},
        lambda d: read_manifest(d / "manifest.csv"),
        ManifestError,
        ("manifest.csv", "line 1", "file"),
    ),
    "empty manifest": (
        {"manifest.csv": b""},
        lambda d: read_manifest(d / "manifest.csv"),
        ManifestError,
        ("manifest.csv", "empty"),
    ),
    "manifest naming a missing file": (
        {"manifest.csv": b"file,published\na.txt,2020-10-05\nb.txt,2020-10-06\n"},
        lambda d: read_manifest(d / "manifest.csv"),
        ManifestError,
        ("manifest.csv", "line 2", "a.txt"),
    ),
    "manifest listing a file twice": (
        {
            "manifest.csv": b"file,published\na.txt,2020-10-05\nb.txt,\n./a.txt,2020-10-06\n",
            "a.txt": GOOD.encode(),
            "b.txt": GOOD.encode(),
        },
        lambda d: read_manifest(d / "manifest.csv"),
        ManifestError,
        ("manifest.csv", "line 4", "a.txt", "line 2"),
    ),
    "manifest with an unparseable date": (
        {"manifest.csv": b"file,published\na.txt,Oct 5 2020\n", "a.txt": GOOD.encode()},
        lambda d: read_manifest(d / "manifest.csv"),
        ManifestError,
        ("manifest.csv", "line 2", "published", "Oct 5 2020"),
    ),
    "manifest with an impossible date": (
        {"manifest.csv": b"file,published\na.txt,2020-02-30\n", "a.txt": GOOD.encode()},
        lambda d: read_manifest(d / "manifest.csv"),
        ManifestError,
        ("manifest.csv", "line 2", "published", "2020-02-30"),
    ),
    "manifest row with an empty file cell": (
        {"manifest.csv": b"file,published\n,2020-10-05\n"},
        lambda d: read_manifest(d / "manifest.csv"),
        ManifestError,
        ("manifest.csv", "line 2", "file"),
    ),
    "manifest that is not UTF-8": (
        {"manifest.csv": "file,title\na.txt,Bard\u00e1\n".encode("cp1252"), "a.txt": b"x"},
        lambda d: read_manifest(d / "manifest.csv"),
        ManifestError,
        ("manifest.csv", "UTF-8"),
    ),
    "manifest listing a binary file": (
        {"manifest.csv": b"file\nbin.txt\n", "bin.txt": b"\x00\x01" * 100},
        lambda d: read_manifest(d / "manifest.csv"),
        ReadError,
        ("bin.txt", "binary"),
    ),
    "binary file in a strict corpus": (
        {"a.txt": GOOD.encode(), "b.txt": b"\x00\x01" * 100},
        lambda d: read_corpus(d, strict=True),
        ReadError,
        ("b.txt", "binary"),
    ),
    "profile with an unknown top-level key": (
        {"p.toml": b'id = "p"\nwindow = "2020"\n'},
        lambda d: load_profile(d / "p.toml"),
        ProfileError,
        ("p.toml", "window"),
    ),
    "profile with an unknown key in a side": (
        {"p.toml": b'id = "p"\n[[side]]\nid = "a"\nalias = ["x"]\n'},
        lambda d: load_profile(d / "p.toml"),
        ProfileError,
        ("p.toml", "[[side]] #1", "alias"),
    ),
    "profile alias claimed by two reporters": (
        {
            "p.toml": b'id = "p"\n[[reporter]]\nid = "a"\naliases = ["the ministry"]\n'
            b'[[reporter]]\nid = "b"\naliases = ["The Ministry"]\n'
        },
        lambda d: load_profile(d / "p.toml"),
        ProfileError,
        ("p.toml", "the ministry", "'a'", "'b'"),
    ),
    "profile that is not TOML": (
        {"p.toml": b'id = "p\n'},
        lambda d: load_profile(d / "p.toml"),
        ProfileError,
        ("p.toml", "line 1"),
    ),
    "profile with a bad date": (
        {"p.toml": b'id = "p"\nstart = "27 Sept 2020"\n'},
        lambda d: load_profile(d / "p.toml"),
        ProfileError,
        ("p.toml", "start", "27 Sept 2020"),
    ),
    "profile ending before it starts": (
        {"p.toml": b'id = "p"\nstart = 2020-09-27\nend = 2020-09-01\n'},
        lambda d: load_profile(d / "p.toml"),
        ProfileError,
        ("p.toml", "end", "start"),
    ),
    "profile reporter on an undeclared side": (
        {"p.toml": b'id = "p"\n[[reporter]]\nid = "a"\nside = "martians"\n'},
        lambda d: load_profile(d / "p.toml"),
        ProfileError,
        ("p.toml", "[[reporter]] #1", "martians"),
    ),
    "missing profile": (
        {},
        lambda d: load_profile(d / "none.toml"),
        ProfileError,
        ("none.toml",),
    ),
    "claims CSV with a missing column": (
        {
            "claims.csv": b"value,low,high,qualifier,outcome,quote,start\n"
            b"12,12,12,exact,killed,12,0\n"
        },
        lambda d: read_claims(d / "claims.csv"),
        FrameError,
        ("claims.csv", "end"),
    ),
    "claims CSV with a corrupt row": (
        {
            "claims.csv": b"value,low,high,qualifier,outcome,quote,start,end\n"
            b"12,12,12,exact,killed,12,0,2\n"
            b"x,12,12,exact,killed,12,0,2\n"
        },
        lambda d: read_claims(d / "claims.csv"),
        FrameError,
        ("claims.csv", "line 3", "value"),
    ),
    "claims CSV with low > high": (
        {
            "claims.csv": b"value,low,high,qualifier,outcome,quote,start,end\n"
            b",30,20,range,killed,20 to 30,0,8\n"
        },
        lambda d: read_claims(d / "claims.csv"),
        FrameError,
        ("claims.csv", "line 2", "low"),
    ),
    "claims JSON Lines with a negative count": (
        {
            "claims.jsonl": b'{"value": -3, "low": -3, "high": -3, "qualifier": "exact", '
            b'"outcome": "killed", "quote": "-3", "start": 0, "end": 2}\n'
        },
        lambda d: read_claims(d / "claims.jsonl"),
        FrameError,
        ("claims.jsonl", "line 1", "negative"),
    ),
    "claims JSON Lines with end before start": (
        {
            "claims.jsonl": b'{"value": 3, "low": 3, "high": 3, "qualifier": "exact", '
            b'"outcome": "killed", "quote": "", "start": 5, "end": 2}\n'
        },
        lambda d: read_claims(d / "claims.jsonl"),
        FrameError,
        ("claims.jsonl", "line 1", "end"),
    ),
    "claims file that is not JSON": (
        {"claims.json": b'[{"value": 3,'},
        lambda d: read_claims(d / "claims.json"),
        FrameError,
        ("claims.json", "line 1", "column"),
    ),
    "claims file with an unknown extension": (
        {"claims.xlsx": b"PK\x03\x04"},
        lambda d: read_claims(d / "claims.xlsx"),
        InputError,
        ("claims.xlsx",),
    ),
    "claims Parquet that is not Parquet": (
        {"claims.parquet": b"value,low\n1,2\n"},
        lambda d: read_claims(d / "claims.parquet"),
        ReadError,
        ("claims.parquet", "Parquet"),
    ),
}


@pytest.mark.parametrize("name", list(FILE_CASES))
def test_bad_files_raise_errors_that_name_file_and_place(name: str, tmp_path: Path) -> None:
    files, call, error, words = FILE_CASES[name]
    for relative, data in files.items():
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    with pytest.raises(error) as info:
        call(tmp_path)
    assert isinstance(info.value, CasualtiesError)
    message = str(info.value)
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"
    assert info.value.__traceback__ is not None
    # no chained exception to make the traceback deep: the message says it all
    assert info.value.__cause__ is None


def test_binary_files_in_a_corpus_are_skipped_with_a_warning_naming_them(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01" * 100)
    (tmp_path / "c.html").write_bytes(b"%PDF-1.4" + bytes(range(256)))
    with pytest.warns(SkippedInputWarning) as record:
        docs = read_corpus(tmp_path)
    assert [d.source for d in docs] == ["a"]
    messages = sorted(str(w.message) for w in record)
    assert len(messages) == 2
    assert "b.txt" in messages[0] and "binary" in messages[0]
    assert "c.html" in messages[1] and "PDF" in messages[1]


def test_non_utf8_file_is_decoded_unless_strict(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Shelling in Bard\u00e1 \u2013 12 soldiers were killed.".encode("cp1252"))
    assert "Bard\u00e1 \u2013" in read_text(path).text


def test_html_shell_without_text_gives_an_empty_document(tmp_path: Path) -> None:
    path = tmp_path / "shell.html"
    path.write_text(
        "<html><head><script>var x = '12 killed';</script></head><body><nav>Menu</nav>"
        "<div id='app'></div></body></html>",
        encoding="utf-8",
    )
    document = read_text(path)
    assert document.text == ""
    assert extract(document.text) == []


def test_a_huge_single_line_file_reads(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    line = "Officials said 12 soldiers were killed. " * 50_000  # 2 MB, one line
    path.write_text(line, encoding="utf-8")
    assert read_text(path).text == line


# --------------------------------------------------------------------------- arguments


ARG_CASES: dict[str, tuple[Callable[[], object], type[Exception], tuple[str, ...]]] = {
    "extract on bytes": (lambda: extract(b"12 killed"), InputError, ("str", "bytes")),  # type: ignore[arg-type]
    "extract with a bad published": (
        lambda: extract("12 killed", published="yesterday"),
        InputError,
        ("published", "yesterday"),
    ),
    "extract with an unknown profile": (
        lambda: extract("12 killed", profile="mars-2099"),
        ProfileError,
        ("mars-2099",),
    ),
    "reconcile with an unknown rule": (
        lambda: reconcile([], rule="average"),
        InputError,
        ("average",),
    ),
    "reconcile with a bad known_by": (
        lambda: reconcile([], known_by="soon"),
        InputError,
        ("known_by",),
    ),
    "claim with a bad enum": (
        lambda: Claim(
            value=1, low=1, high=1, qualifier="exactly", outcome="killed", quote="1", start=0, end=1
        ),
        InputError,
        ("qualifier", "exactly"),
    ),
    "claim with a negative count": (
        lambda: Claim(
            value=-1,
            low=-1,
            high=-1,
            qualifier="exact",
            outcome="killed",
            quote="1",
            start=0,
            end=1,
        ),
        InputError,
        ("value", "negative"),
    ),
    "claim with a quote not matching its offsets": (
        lambda: Claim(
            value=1, low=1, high=1, qualifier="exact", outcome="killed", quote="12", start=0, end=1
        ),
        InputError,
        ("quote", "'12'"),
    ),
}


@pytest.mark.parametrize("name", list(ARG_CASES))
def test_bad_arguments_raise_errors_that_say_what(name: str) -> None:
    call, error, words = ARG_CASES[name]
    with pytest.raises(error) as info:
        call()
    assert isinstance(info.value, CasualtiesError)
    for word in words:
        assert word in str(info.value), f"{word!r} not in {str(info.value)!r}"


# --------------------------------------------------------------------------- frames


def _frame() -> pd.DataFrame:
    claims = [
        Claim(
            value=28, low=28, high=28, qualifier="exact", outcome="killed", quote="28 died",
            start=0, end=7, source="a", as_of=dt.date(2020, 9, 28),
        ),
        Claim(
            value=None, low=20, high=30, qualifier="range", outcome="wounded",
            quote="20 to 30 hurt", start=10, end=23, source="b", published=dt.date(2020, 10, 1),
        ),
    ]  # fmt: skip
    return to_frame(claims)


def _with(column: str, row: int, value: Any) -> Callable[[pd.DataFrame], pd.DataFrame]:
    def change(frame: pd.DataFrame) -> pd.DataFrame:
        frame = frame.astype(object)
        frame.loc[row, column] = value
        return frame

    return change


FRAME_CASES: dict[str, tuple[Callable[[pd.DataFrame], pd.DataFrame], tuple[str, ...]]] = {
    "missing column": (lambda f: f.drop(columns=["outcome"]), ("outcome",)),
    "missing columns": (lambda f: f.drop(columns=["start", "end"]), ("start", "end")),
    "text in a count": (_with("value", 1, "many"), ("row 1", "value", "many")),
    "fraction in a count": (_with("low", 1, 2.5), ("row 1", "low")),
    "negative count": (_with("high", 1, -4), ("row 1", "high")),
    "low greater than high": (_with("low", 1, 40), ("row 1", "low")),
    "end before start": (_with("start", 0, 9), ("row 0", "end")),
    "unknown outcome": (_with("outcome", 0, "exploded"), ("row 0", "outcome", "exploded")),
    "unparseable date": (_with("as_of", 0, "next tuesday"), ("row 0", "as_of", "next tuesday")),
    "not true or false": (_with("historical", 1, "maybe"), ("row 1", "historical", "maybe")),
}


@pytest.mark.parametrize("name", list(FRAME_CASES))
@pytest.mark.parametrize("reader", ["from_frame", "reconcile"])
def test_bad_frames_raise_frame_errors_naming_row_and_column(name: str, reader: str) -> None:
    change, words = FRAME_CASES[name]
    frame = change(_frame())
    with pytest.raises(FrameError) as info, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if reader == "from_frame":
            from_frame(frame)
        else:
            reconcile(frame)
    assert isinstance(info.value, ValueError)
    for word in words:
        assert word in str(info.value), f"{word!r} not in {str(info.value)!r}"


def test_not_a_frame_is_a_frame_error() -> None:
    with pytest.raises(FrameError, match="DataFrame"):
        from_frame([1, 2])  # type: ignore[arg-type]


# --------------------------------------------------------------------------- lenient mode


def test_lenient_mode_skips_corrupt_rows_and_names_their_lines(tmp_path: Path) -> None:
    frame = _frame()
    path = write_claims(frame, tmp_path / "claims.csv")
    lines = path.read_text(encoding="utf-8").splitlines()
    good = lines[1]
    lines.insert(2, good.replace("28", "x", 1))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(FrameError, match="line 3"):
        read_claims(path)
    with pytest.warns(SkippedInputWarning, match="line 3") as record:
        claims = read_claims(path, lenient=True)
    assert len(record) == 1
    assert claims == from_frame(frame)


# --------------------------------------------------------------------------- CLI


def _cli() -> Any:
    return pytest.importorskip("casualties.cli")


@pytest.mark.parametrize(
    ("files", "argv", "words"),
    [
        ({"b.txt": b"\x00\x01" * 100}, ["extract", "--strict", "{d}/b.txt"], ("b.txt",)),
        ({}, ["extract", "{d}/nowhere"], ("nowhere",)),
        (
            {
                "claims.csv": b"value,low,high,qualifier,outcome,quote,start,end\n"
                b"x,1,1,exact,killed,1,0,1\n"
            },
            ["reconcile", "{d}/claims.csv"],
            ("claims.csv", "line 2"),
        ),
        (
            {"p.toml": b'id = "p"\nwindow = 1\n', "a.txt": GOOD.encode()},
            ["extract", "--profile", "{d}/p.toml", "{d}/a.txt"],
            ("p.toml", "window"),
        ),
    ],
    ids=["binary file, strict", "missing input", "corrupt claims row", "bad profile"],
)
def test_cli_prints_one_line_and_exits_2(
    files: dict[str, bytes],
    argv: list[str],
    words: tuple[str, ...],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cli = _cli()
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    args = [a.format(d=tmp_path) for a in argv]
    code = cli.main(args)
    captured = capsys.readouterr()
    assert code == 2, captured
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("casualties: error:")
    assert "Traceback" not in captured.err
    for word in words:
        assert word in lines[0]
