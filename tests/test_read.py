"""Reading files, folders and manifests into documents (texts written for these tests)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from casualties.errors import CasualtiesError, ManifestError, ReadError, SkippedInputWarning
from casualties.read import find_published, iter_corpus, read_corpus, read_manifest, read_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
D = dt.date


# --- single files -----------------------------------------------------------------------


def test_txt(tmp_path: Path) -> None:
    file = tmp_path / "night_report.txt"
    file.write_text("Shelling went on overnight.\n\nTwo houses burned.\n", encoding="utf-8")
    doc = read_text(file)
    assert doc.text == "Shelling went on overnight.\n\nTwo houses burned.\n"
    assert doc.source == "night_report"
    assert doc.published is None and doc.outlet is None and doc.title is None


def test_md_is_read_as_it_is(tmp_path: Path) -> None:
    file = tmp_path / "notes.md"
    file.write_text("# Day 3\n\n* 12 soldiers killed\n", encoding="utf-8")
    assert read_text(file).text == "# Day 3\n\n* 12 soldiers killed\n"


def test_arguments_win(tmp_path: Path) -> None:
    file = tmp_path / "a.txt"
    file.write_text("Published: 2020-10-01\nText.", encoding="utf-8")
    doc = read_text(file, published="2020-10-05", source="x1", outlet="Wire", title="T")
    assert (doc.published, doc.source, doc.outlet, doc.title) == (D(2020, 10, 5), "x1", "Wire", "T")
    assert read_text(file, published=D(2020, 10, 6)).published == D(2020, 10, 6)
    with pytest.raises(ReadError, match="not a date"):
        read_text(file, published="5 Oct")


def test_crlf_becomes_newline(tmp_path: Path) -> None:
    file = tmp_path / "a.txt"
    file.write_bytes(b"One line.\r\nAnother.\rLast.")
    assert read_text(file).text == "One line.\nAnother.\nLast."


def test_utf8_bom(tmp_path: Path) -> None:
    file = tmp_path / "bom.txt"
    file.write_bytes("\ufeffThe ministry’s count rose.".encode())
    assert read_text(file).text == "The ministry’s count rose."


def test_utf16_with_bom(tmp_path: Path) -> None:
    file = tmp_path / "wide.txt"
    file.write_bytes("Fighting resumed in Füzuli.".encode("utf-16"))
    assert read_text(file).text == "Fighting resumed in Füzuli."


def test_cp1252(tmp_path: Path) -> None:
    file = tmp_path / "legacy.txt"
    text = "“Nine soldiers died,” the ministry said – a café was hit.\n" * 3
    file.write_bytes(text.encode("cp1252"))
    assert read_text(file).text == text


def test_cp1252_strict_is_an_error(tmp_path: Path) -> None:
    file = tmp_path / "legacy.txt"
    file.write_bytes("“Nine soldiers died.”".encode("cp1252"))
    with pytest.raises(ReadError, match=r"legacy\.txt: not UTF-8 \(byte 0x93 at offset 0\)"):
        read_text(file, strict=True)


def test_other_encoding_is_detected(tmp_path: Path) -> None:
    file = tmp_path / "cyrillic.txt"
    text = (
        "Министерство обороны сообщило, что за сутки погибли одиннадцать военнослужащих. "
        "Обстрелы продолжались всю ночь, жители прятались в подвалах.\n"
    ) * 3
    file.write_bytes(text.encode("cp1251"))
    assert read_text(file).text == text


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"Casualty list\x00\x00\x01\x02 binary tail", "NUL bytes"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (bytes(range(1, 32)) * 20 + b"some text", "control codes"),
    ],
    ids=["nul", "pdf", "control"],
)
def test_binary_is_an_error(tmp_path: Path, content: bytes, why: str) -> None:
    file = tmp_path / "scan.txt"
    file.write_bytes(content)
    with pytest.raises(ReadError, match=why) as info:
        read_text(file)
    assert "scan.txt" in str(info.value)
    assert isinstance(info.value, OSError) and isinstance(info.value, CasualtiesError)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"nothere\.txt: no such file"):
        read_text(tmp_path / "nothere.txt")


def test_empty_file(tmp_path: Path) -> None:
    file = tmp_path / "empty.txt"
    file.write_bytes(b"")
    assert read_text(file).text == ""


# --- HTML ------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head>
  <title>Toll rises in the south</title>
  <meta property="article:published_time" content="2020-10-12T08:30:00Z">
  <style>p { color: red; }</style>
  <script>var count = 999; document.write("killed 999");</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header><h1>Toll rises   in the south</h1></header>
<article>
  <p>Officials said <b>eleven</b> soldiers
     were killed overnight.</p>
  <p>Residents&nbsp;sheltered in basements &amp; metro stations.<br>Power was cut.</p>
  <ul><li>12 soldiers killed</li><li>30 wounded</li></ul>
  <table><tr><td>Killed</td><td>12</td></tr></table>
  <noscript>Enable JavaScript</noscript>
</article>
<aside>Related: 400 killed in an earlier war</aside>
<footer>Copyright 2020</footer>
</body></html>
"""


def test_html(tmp_path: Path) -> None:
    file = tmp_path / "page.html"
    file.write_text(PAGE, encoding="utf-8")
    doc = read_text(file)
    assert doc.text == (
        "Toll rises in the south\n\n"
        "Officials said eleven soldiers were killed overnight.\n\n"
        "Residents sheltered in basements & metro stations.\nPower was cut.\n\n"
        "12 soldiers killed\n\n30 wounded\n\n"
        "Killed 12"
    )
    assert doc.title == "Toll rises in the south"
    assert doc.published == D(2020, 10, 12)
    assert doc.source == "page"


def test_htm_with_time_tag_and_given_title(tmp_path: Path) -> None:
    file = tmp_path / "story.htm"
    file.write_text(
        "<p><time datetime='2020-10-20'>Oct 20</time></p><p>Two died.</p>", encoding="utf-8"
    )
    doc = read_text(file, title="Given")
    assert doc.published == D(2020, 10, 20)
    assert doc.title == "Given"
    assert doc.text == "Oct 20\n\nTwo died."


def test_html_dateline_in_text(tmp_path: Path) -> None:
    file = tmp_path / "wire.html"
    file.write_text(
        "<p>YEREVAN, Oct. 3, 2020 (AP) — Sirens sounded.</p><pre>keep   this</pre>",
        encoding="utf-8",
    )
    doc = read_text(file)
    assert doc.published == D(2020, 10, 3)
    assert doc.text.endswith("keep   this")


# --- publication dates ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2020-10-19 Separately, the ministry said more.", D(2020, 10, 19)),
        ("date: 2020-10-19\n\nBody.", D(2020, 10, 19)),
        ("WASHINGTON, Oct. 5, 2020 (AP) — Diplomats met.", D(2020, 10, 5)),
        ("BAKU, Azerbaijan, 5 October 2020 (Reuters) - Shelling resumed.", D(2020, 10, 5)),
        ("October 29, 2020 —\nFighting continued.", D(2020, 10, 29)),
        ("Via a news wire\nThursday 29 October 2020 13:08 GMT\nBody", D(2020, 10, 29)),
        ("Headline here\n\nPublished: 2020-10-19\n\nBody.", D(2020, 10, 19)),
        ("Published: Updated: 28 Sep 2020\nBody.", D(2020, 9, 28)),
        ("Updated: Oct 20, 2020\nPublished: Oct 19, 2020\nBody.", D(2020, 10, 19)),
        ("Last updated: Oct 20, 2020\nBody.", D(2020, 10, 20)),
        ("By A. Writer | Sept. 28, 2020\nBody.", D(2020, 9, 28)),
        ("Posted on 1st November 2020\nBody.", D(2020, 11, 1)),
        ("2020-11-02 09:15\nBody.", D(2020, 11, 2)),
        ("Monday, Nov. 2, 2020\nBody.", D(2020, 11, 2)),
        ("October 29, 2020 was a day of heavy shelling.", None),
        ("The war of 1994 ended on May 12, 1994, with a truce.", None),
        ("Stay up to date with the news.\nNo date here.", None),
        ("Published: Updated:\nEnable Read mode", None),
        ("Published: 2020-13-45\nBody.", None),
        ("x" * 650 + "\nPublished: 2020-10-19", None),
    ],
)
def test_find_published(text: str, expected: dt.date | None) -> None:
    assert find_published(text) == expected


def test_header_date_is_used_when_none_given(tmp_path: Path) -> None:
    file = tmp_path / "a.txt"
    file.write_text(" date 2020-10-19 Separately, officials spoke.", encoding="utf-8")
    assert read_text(file).published == D(2020, 10, 19)


# --- manifests --------------------------------------------------------------------------


def _corpus(tmp_path: Path, manifest: str, files: tuple[str, ...] = ("a.txt", "b.txt")) -> Path:
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"Report {name}. Nine were hurt.", encoding="utf-8")
    path = tmp_path / "manifest.csv"
    path.write_text(manifest, encoding="utf-8")
    return path


def test_manifest(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    path = _corpus(
        tmp_path,
        'file,published,outlet,title\na.txt,2020-10-05,Wire One,First\nsub/c.txt,,"Outlet, Two",\n',
        files=("a.txt", "sub/c.txt"),
    )
    (tmp_path / "sub" / "c.txt").write_text("Published: 2020-10-07\nText.", encoding="utf-8")
    docs = read_manifest(path)
    assert [(d.source, d.published, d.outlet, d.title) for d in docs] == [
        ("a", D(2020, 10, 5), "Wire One", "First"),
        ("c", D(2020, 10, 7), "Outlet, Two", None),
    ]


def test_manifest_only_file_column_and_source_column(tmp_path: Path) -> None:
    path = _corpus(tmp_path, "file,source\na.txt,story-1\nb.txt,\n")
    assert [d.source for d in read_manifest(path)] == ["story-1", "b"]


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        ("name,published\na.txt,2020-10-05\n", r"line 1, column file: missing"),
        ("", r"is empty"),
        ("file,published\na.txt,2020-10-05\nb.txt,2020-10-06\n\nb.txt,2020-13-45\n", None),
        (
            "file,published\na.txt,2020-10-05\n\nb.txt,2020-13-45\n",
            r"line 4, column published: '2020-13-45' is not a date",
        ),
        (
            "file,published\na.txt,5 Oct 2020\n",
            r"line 2, column published: '5 Oct 2020' is not a date",
        ),
        ("file\na.txt\nmissing.txt\n", r"line 3, column file: 'missing.txt' not found"),
        (
            "file\na.txt\nb.txt\na.txt\n",
            r"line 4, column file: 'a.txt' is already listed on line 2",
        ),
        ("file,title\n,Untitled\n", r"line 2, column file: empty"),
        (
            'file,title\na.txt,"A title\nover two lines"\nnope.txt,x\n',
            r"line 4, column file: 'nope.txt'",
        ),
    ],
    ids=[
        "no file column",
        "empty",
        "dup+bad",
        "bad date",
        "not iso",
        "missing",
        "duplicate",
        "blank file",
        "multiline",
    ],
)
def test_manifest_errors(tmp_path: Path, manifest: str, message: str | None) -> None:
    path = _corpus(tmp_path, manifest)
    if message is None:  # the duplicate on line 5 is found before its date is read
        message = r"line 5, column file: 'b.txt' is already listed on line 3"
    with pytest.raises(ManifestError, match=message) as info:
        read_manifest(path)
    assert str(path) in str(info.value)
    assert isinstance(info.value, ValueError)


def test_manifest_missing(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="no such manifest"):
        read_manifest(tmp_path / "manifest.csv")


def test_manifest_with_binary_file_raises(tmp_path: Path) -> None:
    path = _corpus(tmp_path, "file\na.txt\nb.txt\n")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    with pytest.raises(ReadError, match=r"b\.txt: looks binary"):
        read_manifest(path)


# --- corpora ----------------------------------------------------------------------------


def test_folder_without_manifest(tmp_path: Path) -> None:
    for name in (
        "b.txt",
        "a.md",
        "sub/c.html",
        "sub/d.htm",
        "notes.csv",
        "x.json",
        ".hidden/e.txt",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("<p>Text.</p>" if "htm" in name else "Text.", encoding="utf-8")
    docs = read_corpus(tmp_path)
    assert [d.source for d in docs] == ["a", "b", "c", "d"]
    assert all(d.text == "Text." for d in docs)


def test_folder_with_manifest_reads_only_listed_files(tmp_path: Path) -> None:
    _corpus(tmp_path, "file,published\nb.txt,2020-10-06\n")
    docs = read_corpus(tmp_path)
    assert [(d.source, d.published) for d in docs] == [("b", D(2020, 10, 6))]


def test_single_file_manifest_and_list(tmp_path: Path) -> None:
    manifest = _corpus(tmp_path, "file,published\na.txt,2020-10-05\n")
    assert [d.source for d in read_corpus(tmp_path / "b.txt")] == ["b"]
    assert [d.published for d in read_corpus(manifest)] == [D(2020, 10, 5)]
    docs = read_corpus([tmp_path / "b.txt", str(manifest)])
    assert [d.source for d in docs] == ["b", "a"]


def test_explicit_manifest_supplies_metadata(tmp_path: Path) -> None:
    meta = tmp_path / "meta"
    meta.mkdir()
    (meta / "list.csv").write_text("file,outlet\n../a.txt,Wire\n", encoding="utf-8")
    _corpus(tmp_path, "file\n")  # an empty manifest.csv that the explicit one overrides
    docs = read_corpus([tmp_path / "a.txt", tmp_path / "b.txt"], manifest=meta / "list.csv")
    assert [(d.source, d.outlet) for d in docs] == [("a", "Wire"), ("b", None)]
    docs = read_corpus(tmp_path, manifest=meta / "list.csv")
    assert [(d.source, d.outlet) for d in docs] == [("a", "Wire"), ("b", None)]


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file or folder"):
        read_corpus(tmp_path / "nowhere")


def test_binary_file_is_skipped_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Readable report.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x00\x00\x01\x02")
    with pytest.warns(SkippedInputWarning, match=r"skipped .*b\.txt: looks binary"):
        docs = read_corpus(tmp_path)
    assert [d.source for d in docs] == ["a"]
    with pytest.warns(SkippedInputWarning, match=r"b\.txt"):
        assert [d.source for d in iter_corpus(tmp_path)] == ["a"]


def test_binary_file_strict_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Readable report.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x00\x00\x01\x02")
    with pytest.raises(ReadError, match=r"b\.txt: looks binary"):
        read_corpus(tmp_path, strict=True)
    docs = iter_corpus(tmp_path, strict=True)
    assert next(docs).source == "a"
    with pytest.raises(ReadError, match=r"b\.txt"):
        next(docs)


def test_iter_corpus_is_lazy_and_checks_manifest_first(tmp_path: Path) -> None:
    _corpus(tmp_path, "file\na.txt\nmissing.txt\n")
    docs = iter_corpus(tmp_path)  # nothing happens until iteration starts
    with pytest.raises(ManifestError, match="line 3"):
        next(docs)


# --- the seed articles ------------------------------------------------------------------


def test_seeds() -> None:
    docs = read_corpus(SEEDS)
    assert [(d.source, d.published, d.outlet) for d in docs] == [
        ("000_03cae69d11642416", D(2020, 11, 2), "RFE/RL"),
        ("001_3d03c7cd54260cbd", D(2020, 10, 19), "Associated Press"),
        ("002_d568364d6ed7874f", D(2020, 10, 29), "The Independent (AP wire)"),
        ("003_af9771fe82327d0d", D(2020, 10, 23), None),
        ("004_c581fe545c0f88e6", D(2020, 9, 28), "Al Arabiya"),
    ]
    assert docs[0].title == "Nagorno-Karabakh Says Military Death Toll Rises Despite Cease-Fire"
    assert docs[1].title is None
    assert "1,177" in docs[0].text
    assert [d.source for d in iter_corpus(str(SEEDS))] == [d.source for d in docs]


def test_seed_dates_in_the_texts_agree_with_the_manifest() -> None:
    docs = {d.source: d for d in read_corpus(SEEDS)}
    for source in ("001_3d03c7cd54260cbd", "002_d568364d6ed7874f"):
        assert find_published(docs[source].text) == docs[source].published


def _plan_peak(path: Path) -> tuple[int, int]:
    """Files planned by iter_corpus and the traced peak memory of planning them all."""
    import tracemalloc

    from casualties.read import _plan

    tracemalloc.start()
    try:
        count = sum(1 for _ in _plan(path, None))
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("with_manifest", [False, True])
def test_planning_a_corpus_holds_no_entry_per_file(tmp_path: Path, with_manifest: bool) -> None:
    """Streaming a corpus must not keep a record per file: planning 4,000 files costs a few
    hundred KB (a sorted name or a hash a file), not the ~500 bytes a file of path objects."""
    rows = ["file,published"]
    for i in range(4000):
        (tmp_path / f"doc{i:05d}.txt").write_text("Talks resumed.", encoding="utf-8")
        rows.append(f"doc{i:05d}.txt,2024-01-{i % 28 + 1:02d}")
    if with_manifest:
        (tmp_path / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    count, peak = _plan_peak(tmp_path)
    assert count == 4000
    assert peak < 4000 * 200, f"planning used {peak / 4000:.0f} bytes a file"
