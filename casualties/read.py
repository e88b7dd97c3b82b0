"""Files, folders and manifests → :class:`~casualties.records.Document`.

Plain text (``.txt``, ``.md``) is read as it is; HTML (``.html``, ``.htm``) is turned into
text with paragraph breaks kept as blank lines. Encodings: UTF-8 (with or without a byte
order mark) or UTF-16/32 with one; anything else is guessed, unless ``strict`` asks for
UTF-8. When no publication date is given, a date header ("date 2020-10-19",
"Published: ...") or a dateline ("WASHINGTON, Oct. 5, 2020 (AP) —") near the top of the
text supplies it.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import datetime as dt
import errno
import os
import re
import stat
import warnings
from collections.abc import Iterable, Iterator
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import TypeAlias

import regex

from .errors import ManifestError, ReadError, SkippedInputWarning
from .lexicon import compile_pattern, load_toml
from .records import Document

__all__ = ["find_published", "iter_corpus", "read_corpus", "read_manifest", "read_text"]

StrPath: TypeAlias = str | os.PathLike[str]

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
MANIFEST_NAME = "manifest.csv"
# Datelines and date headers are looked for only this far into a text.
DATE_WINDOW = 600

# ---------------------------------------------------------------------------------------
# Decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
)
# Share of control characters (or undecodable bytes) above which a file is not text.
_MAX_NONTEXT = 0.05
# Below this share of non-ASCII bytes, a file that decodes as cp1252 is taken to be cp1252
# (English text with curly quotes) rather than handed to encoding detection, which guesses
# badly on such short, mostly-ASCII inputs.
_CP1252_MAX_NONASCII = 0.05


def _decode(data: bytes, path: Path, *, strict: bool) -> str:
    """Text of ``data``; raises :class:`ReadError` for binary or (``strict``) non-UTF-8 data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                reason = f"not valid {encoding} despite its byte order mark ({exc.reason})"
                raise ReadError(f"{path}: {reason}") from None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise ReadError(f"{path}: looks binary, not text ({kind})")
    if b"\x00" in data:
        raise ReadError(f"{path}: looks binary, not text (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if strict:
            raise ReadError(
                f"{path}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                "pass strict=False to guess its encoding"
            ) from None
    nonascii = sum(1 for byte in data if byte > 0x7F)
    if nonascii <= _CP1252_MAX_NONASCII * len(data):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    guessed = _detect(data)
    if guessed is not None:
        return guessed
    return data.decode("cp1252", errors="replace")


def _detect(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional: without it, cp1252 is the fallback
        return None
    best = from_bytes(data).best()
    return None if best is None else str(best)


# control codes other than whitespace, C1 controls, and the replacement character
_NONTEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


def _check_text(text: str, path: Path) -> None:
    sample = text[:100_000]
    if not sample:
        return
    odd = len(_NONTEXT.findall(sample))
    if odd > _MAX_NONTEXT * len(sample):
        share = f"{odd} of {len(sample)} characters are control codes or undecodable"
        raise ReadError(f"{path}: looks binary, not text ({share})")


# ---------------------------------------------------------------------------------------
# HTML

_DROP = frozenset(
    {
        "script", "style", "noscript", "template", "nav", "svg", "math", "head", "iframe",
        "aside", "footer", "button", "select", "object", "canvas",
    }
)  # fmt: skip
_BLOCK = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5",
        "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "blockquote", "pre",
        "figure", "figcaption", "hr", "address", "details", "summary", "form", "fieldset",
        "body", "caption",
    }
)  # fmt: skip
_VOID = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr",
    }
)  # fmt: skip
_DATE_META = frozenset(
    {
        "article:published_time", "og:published_time", "datepublished", "pubdate",
        "publishdate", "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
    }
)  # fmt: skip
_SPACES = re.compile(r"\s+")
_LINE_EDGES = re.compile(r"[ \t]*\n[ \t]*")
_MANY_BREAKS = re.compile(r"\n{3,}")
_ISO_PREFIX = regex.compile(r"\s*((?:19|20)\d\d)-(\d\d)-(\d\d)")


class _HTMLText(HTMLParser):
    """Collects the visible text of a page, with blank lines at block boundaries."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.dropping: list[str] = []  # open elements whose content is dropped
        self.pre = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.published: dt.date | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta" or tag == "time":
            self._date_from(tag, dict(attrs))
        if tag == "title" and "svg" not in self.dropping:
            self.in_title = True
        if self.dropping:
            if tag == self.dropping[-1] or (tag in _DROP and tag not in _VOID):
                self.dropping.append(tag)
            return
        if tag in _DROP:
            self.dropping.append(tag)
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")
            if tag == "pre":
                self.pre += 1
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if self.dropping:
            if tag == self.dropping[-1]:
                self.dropping.pop()
            return
        if tag in _BLOCK:
            self.parts.append("\n\n")
            if tag == "pre" and self.pre:
                self.pre -= 1

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        if self.dropping:
            return
        self.parts.append(data if self.pre else _SPACES.sub(" ", data))

    def _date_from(self, tag: str, attrs: dict[str, str | None]) -> None:
        if self.published is not None:
            return
        if tag == "time":
            raw = attrs.get("datetime")
        else:
            key = (
                attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or ""
            ).lower()
            raw = attrs.get("content") if key in _DATE_META else None
        match = _ISO_PREFIX.match(raw or "")
        if match is not None:
            self.published = _make_date(*(int(g) for g in match.groups()))

    def text(self) -> str:
        text = "".join(self.parts).replace("\u00a0", " ")
        text = _LINE_EDGES.sub("\n", text)
        text = _MANY_BREAKS.sub("\n\n", text)
        return text.strip()

    def title(self) -> str | None:
        title = _SPACES.sub(" ", "".join(self.title_parts)).strip()
        return title or None


# Malformed declarations ("<![ x", "<![\n", found by fuzzing) make the standard library's
# parser raise AssertionError instead of reading them as text, as browsers do; on a second
# pass every declaration but comments and the doctype is escaped to be read as text.
_DECLARATION = re.compile(r"<!(?!--)(?!doctype\b)", re.IGNORECASE)


def _html_to_text(html: str) -> tuple[str, str | None, dt.date | None]:
    """The visible text of ``html``, its ``<title>`` and its publication date from meta tags."""
    parser = _HTMLText()
    try:
        parser.feed(html)
        parser.close()
    except AssertionError:  # a malformed declaration: read it as text, and parse again
        parser = _HTMLText()
        parser.feed(_DECLARATION.sub("&lt;!", html))
        parser.close()
    return parser.text(), parser.title(), parser.published


# ---------------------------------------------------------------------------------------
# Dates in the text

_DATE_LINE = r"""
    ^ [ \t]* (?: [*#>•\-]+ [ \t]* )?                 # markdown marks, bullets
    (?: [^\n]*? [|·] [ \t]* )?                        # "By A. Writer | ..."
    (?:
        (?P<label> \L<labels> ) \b [ \t]* :? [ \t]*
        (?: [^\n\d]{0,40}? )                          # "Published: Updated: 28 Sep 2020"
      | (?-i: \p{Lu}[\p{Lu}\p{M} .'’/\-]*\p{Lu}       # WASHINGTON, / BAKU, Azerbaijan,
              (?: ,[ \t]+ \p{Lu}[\p{L} .]*? )? ) [ \t]* , [ \t]*
    )?
    (?: \L<weekdays> \b \.? ,? [ \t]+ )?
    (?<![\w])
    (?:
        (?P<iy> (?:19|20)\d\d ) [\-/] (?P<im> \d{1,2} ) [\-/] (?P<id> \d{1,2} )
      | (?P<m1> \L<months> ) \b \.? [ \t]+ (?P<d1> \d{1,2} ) (?:st|nd|rd|th)? ,? [ \t]+
        (?P<y1> (?:19|20)\d\d )
      | (?P<d2> \d{1,2} ) (?:st|nd|rd|th)? [ \t]+ (?:of[ \t]+)? (?P<m2> \L<months> ) \b \.? ,?
        [ \t]+ (?P<y2> (?:19|20)\d\d )
    )
    (?![\w])
    (?P<tail> [^\n]* )
"""
# What may follow an unlabelled date for it to be a dateline rather than prose: nothing,
# a time, a zone, "(AP)", a dash, a comma or a separator.
_DATELINE_TAIL = regex.compile(
    r"\s* (?: $ | [,(—–|/\-] | \d{1,2}[:.]\d\d | at\b | GMT | UTC )",
    regex.VERBOSE | regex.IGNORECASE,
)


@cache
def _date_pattern() -> regex.Pattern[str]:
    data = load_toml("read_months")
    labels = data["labels"]
    return compile_pattern(
        _DATE_LINE,
        regex.IGNORECASE | regex.MULTILINE,
        months=list(data["months"]),
        weekdays=list(data["weekdays"]["names"]),
        labels=[*labels["published"], *labels["updated"]],
    )


@cache
def _updated_labels() -> frozenset[str]:
    return frozenset(load_toml("read_months")["labels"]["updated"])


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_published(text: str) -> dt.date | None:
    """The publication date stated near the top of ``text`` (its first 600 characters): a
    header ("date 2020-10-19", "Published: Oct. 5, 2020") or a dateline ("WASHINGTON,
    Oct. 5, 2020 (AP) —", "Thursday 29 October 2020 13:08 GMT"); None when there is none.
    An "Updated:" date is used only when nothing else is found.

    >>> find_published(" date 2020-10-19 Separately, the ministry said ...")
    datetime.date(2020, 10, 19)
    >>> find_published("BAKU, Sept. 28, 2020 (AP) — Fighting went on.")
    datetime.date(2020, 9, 28)
    >>> find_published("October 29, 2020 was a quiet day.") is None
    True
    """
    months = load_toml("read_months")["months"]
    fallback: dt.date | None = None
    for match in _date_pattern().finditer(text[:DATE_WINDOW]):
        label = match.group("label")
        if label is None and _DATELINE_TAIL.match(match.group("tail")) is None:
            continue
        if match.group("iy"):
            date = _make_date(
                int(match.group("iy")), int(match.group("im")), int(match.group("id"))
            )
        else:
            month = months[(match.group("m1") or match.group("m2")).lower()]
            day = int(match.group("d1") or match.group("d2"))
            date = _make_date(int(match.group("y1") or match.group("y2")), month, day)
        if date is None:
            continue
        if label is not None and _SPACES.sub(" ", label.lower()) in _updated_labels():
            fallback = fallback or date
            continue
        return date
    return fallback


# ---------------------------------------------------------------------------------------
# Files


def read_text(
    path: StrPath,
    *,
    published: dt.date | str | None = None,
    source: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    strict: bool = False,
) -> Document:
    """Read one ``.txt``, ``.md`` or ``.html`` file into a :class:`Document`.

    ``source`` defaults to the file's stem; ``published`` (a date or "YYYY-MM-DD") to a date
    found in the page's meta tags or near the top of the text (:func:`find_published`); an
    HTML file's ``<title>`` gives ``title`` when none is passed. Files that are not UTF-8
    have their encoding guessed, unless ``strict`` is true, which makes them an error.
    Raises :class:`ReadError`, naming the file, for missing, binary or undecodable files.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "report.txt").write_text("BAKU, Oct. 5, 2020 — Shelling went on.")
    >>> doc = read_text(folder / "report.txt")
    >>> doc.source, doc.published
    ('report', datetime.date(2020, 10, 5))
    """
    file = path if type(path) is _PATH else Path(path)  # (a Path is kept, not parsed again)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise ReadError(f"{file}: no such file") from None
    except IsADirectoryError:
        raise ReadError(f"{file}: is a folder, not a file") from None
    except OSError as exc:
        raise ReadError(f"{file}: cannot be read ({exc.strerror or exc})") from None
    text = _decode(data, file, strict=strict)
    _check_text(text, file)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta_date: dt.date | None = None
    if file.suffix.lower() in HTML_SUFFIXES:
        text, html_title, meta_date = _html_to_text(text)
        title = title if title is not None else html_title
    date = _as_date(published, file) if published is not None else None
    if date is None:
        date = meta_date or find_published(text)
    return Document(
        text=text,
        published=date,
        source=source if source is not None else file.stem,
        outlet=outlet,
        title=title,
    )


def _as_date(value: dt.date | str, file: Path) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    date = _parse_iso(value)
    if date is None:
        raise ReadError(f"{file}: published {value!r} is not a date (expected YYYY-MM-DD)")
    return date


_ISO_DATE = regex.compile(r"\s*(\d{4})-(\d{2})-(\d{2})\s*")


def _parse_iso(raw: str) -> dt.date | None:
    match = _ISO_DATE.fullmatch(raw)
    if match is None:
        return None
    return _make_date(*(int(g) for g in match.groups()))


# ---------------------------------------------------------------------------------------
# Manifests


@dataclasses.dataclass(frozen=True, slots=True)
class _Entry:
    """One file to read, with what a manifest says about it."""

    path: Path
    published: dt.date | None = None
    outlet: str | None = None
    title: str | None = None
    source: str | None = None


def _parse_manifest(manifest: Path) -> list[_Entry]:
    """The manifest's rows, checked: columns, dates, files that exist, no duplicates."""
    return list(_manifest_entries(manifest))


def _manifest_entries(manifest: Path) -> Iterator[_Entry]:
    """The manifest's rows one at a time, each checked as it is read (columns, dates, files
    that exist, no duplicates); memory stays flat in the number of rows but for one small
    hash per row, kept to find duplicates."""
    try:
        handle = manifest.open(newline="", encoding="utf-8-sig")
    except FileNotFoundError:
        raise ManifestError(f"{manifest}: no such manifest file") from None
    except OSError as exc:
        raise ManifestError(f"{manifest}: cannot be read ({exc.strerror or exc})") from None
    with handle:
        rows = _numbered_rows(csv.reader(handle))
        try:
            first = next(rows, None)
            if first is None:
                raise ManifestError(f"{manifest}: is empty; expected a header with a 'file' column")
            _, header = first
            columns = [name.strip().lower() for name in header]
            if "file" not in columns:
                found = ", ".join(repr(c) for c in columns) or "none"
                raise ManifestError(
                    f"{manifest}: line 1, column file: missing (columns found: {found})"
                )
            folder = manifest.parent
            seen: dict[int, int] = {}  # hash of the resolved path -> its line
            for line, row in rows:
                yield _manifest_entry(manifest, folder, columns, line, row, seen)
        except UnicodeDecodeError as exc:
            raise ManifestError(f"{manifest}: not UTF-8 ({exc.reason})") from None
        except csv.Error as exc:
            raise ManifestError(f"{manifest}: not a readable CSV file ({exc})") from None


def _manifest_entry(
    manifest: Path,
    folder: Path,
    columns: list[str],
    line: int,
    row: list[str],
    seen: dict[int, int],
) -> _Entry:
    cells = {name: (row[i].strip() if i < len(row) else "") for i, name in enumerate(columns)}
    name = cells["file"]
    if not name:
        raise ManifestError(f"{manifest}: line {line}, column file: empty")
    file = folder / name
    if not file.is_file():
        raise ManifestError(f"{manifest}: line {line}, column file: {name!r} not found in {folder}")
    # abspath, not resolve(): resolving costs a stat a path part, on every row
    key = hash(os.path.normcase(os.path.abspath(file)))  # noqa: PTH100
    if key in seen:
        raise ManifestError(
            f"{manifest}: line {line}, column file: {name!r} is already listed on line {seen[key]}"
        )
    seen[key] = line
    published = None
    if cells.get("published"):
        published = _parse_iso(cells["published"])
        if published is None:
            raise ManifestError(
                f"{manifest}: line {line}, column published: {cells['published']!r} is not a "
                "date (expected YYYY-MM-DD)"
            )
    return _Entry(
        file,
        published,
        cells.get("outlet") or None,
        cells.get("title") or None,
        cells.get("source") or None,
    )


def _numbered_rows(reader: Iterator[list[str]]) -> Iterator[tuple[int, list[str]]]:
    """Non-blank rows with the line each starts on."""
    line = 1
    for row in reader:
        if any(cell.strip() for cell in row):
            yield line, row
        line = reader.line_num + 1  # type: ignore[attr-defined]


def _read_entry(entry: _Entry, strict: bool) -> Document:
    return read_text(
        entry.path,
        published=entry.published,
        source=entry.source,
        outlet=entry.outlet,
        title=entry.title,
        strict=strict,
    )


def read_manifest(path: StrPath) -> list[Document]:
    """Read the files a manifest CSV lists, with its ``published``, ``outlet`` and ``title``.

    The CSV needs a ``file`` column (paths relative to the manifest's folder); ``published``
    (YYYY-MM-DD), ``outlet``, ``title`` and ``source`` are optional, and a blank
    ``published`` falls back to the date in the text. Raises :class:`ManifestError` naming
    the manifest, line and column of a bad row, and :class:`ReadError` for a file that
    cannot be read (``read_corpus(..., strict=False)`` skips those instead).

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Shelling went on.")
    >>> _ = (folder / "manifest.csv").write_text("file,published,outlet\\na.txt,2020-10-05,AP\\n")
    >>> [(d.source, d.published, d.outlet) for d in read_manifest(folder / "manifest.csv")]
    [('a', datetime.date(2020, 10, 5), 'AP')]
    """
    return [_read_entry(entry, strict=True) for entry in _parse_manifest(Path(path))]


# ---------------------------------------------------------------------------------------
# Corpora


def _folder_files(folder: Path) -> list[str]:
    """The readable files under ``folder`` as sorted relative POSIX paths (strings: a
    folder of a million articles costs tens of MB here, not hundreds)."""
    suffixes = TEXT_SUFFIXES | HTML_SUFFIXES
    names: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        base = Path(root).relative_to(folder).as_posix()
        prefix = "" if base == "." else base + "/"
        for name in files:
            if name.startswith(".") or Path(name).suffix.lower() not in suffixes:
                continue
            if not Path(root, name).is_file():
                continue  # a broken link
            names.append(prefix + name)
    names.sort()
    return names


def _plan(path: StrPath | Iterable[StrPath], manifest: StrPath | None) -> Iterator[_Entry]:
    """Every file to read, in order. Everything is checked (manifests parsed, paths looked
    up) before the first entry is returned, so a bad manifest fails at once rather than
    midway; the entries themselves are produced one at a time."""
    paths: list[StrPath] = [path] if isinstance(path, str | os.PathLike) else list(path)
    meta = None
    # resolve() costs a stat a path part: each path is resolved once, not once a pass (the
    # memo is kept only with a manifest, whose entries are held in memory anyway)
    memo: dict[Path, Path] = {}
    if manifest is not None:
        meta = {_resolved(entry.path, memo): entry for entry in _manifest_entries(Path(manifest))}
    for _ in _plan_entries(paths, meta, memo):
        pass  # the checking pass
    return _plan_entries(paths, meta, memo)


def _resolved(path: Path, memo: dict[Path, Path]) -> Path:
    found = memo.get(path)
    if found is None:
        found = memo[path] = path.resolve()
    return found


_PATH = type(Path())
_MISSING = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)


def _mode(path: Path) -> int:
    """``path.stat().st_mode``, 0 when there is nothing there: one stat answers both
    ``is_dir()`` and ``is_file()`` (which ignore the same errors)."""
    try:
        return path.stat().st_mode
    except OSError as exc:
        if exc.errno not in _MISSING:
            raise
        return 0
    except ValueError:
        return 0


def _plan_entries(
    paths: list[StrPath], meta: dict[Path, _Entry] | None, memo: dict[Path, Path] | None = None
) -> Iterator[_Entry]:
    for item in paths:
        target = item if type(item) is _PATH else Path(item)
        mode = _mode(target)
        if stat.S_ISDIR(mode):
            listed = target / MANIFEST_NAME
            if meta is None and listed.is_file():
                yield from _manifest_entries(listed)
            else:
                for name in _folder_files(target):
                    yield _with_meta(_Entry(target / name), meta, memo)
        elif stat.S_ISREG(mode):
            if target.suffix.lower() == ".csv":
                yield from (_with_meta(entry, meta, memo) for entry in _manifest_entries(target))
            else:
                yield _with_meta(_Entry(target), meta, memo)
        else:
            raise ReadError(f"{target}: no such file or folder")


def _with_meta(
    entry: _Entry, meta: dict[Path, _Entry] | None, memo: dict[Path, Path] | None = None
) -> _Entry:
    if meta is None:
        return entry
    resolved = entry.path.resolve() if memo is None else _resolved(entry.path, memo)
    return meta.get(resolved, entry)


def iter_corpus(
    path: StrPath | Iterable[StrPath],
    *,
    manifest: StrPath | None = None,
    strict: bool = False,
) -> Iterator[Document]:
    """Yield the documents of a corpus one at a time (see :func:`read_corpus`).

    Manifests are checked and paths looked up before the first document is read, so a
    bad manifest fails at once rather than midway.

    >>> docs = iter_corpus("seeds")
    >>> next(docs).source
    '000_03cae69d11642416'
    """
    for entry in _plan(path, manifest):
        try:
            document = _read_entry(entry, strict)
        except ReadError as exc:
            if strict:
                raise
            warnings.warn(f"skipped {exc}", SkippedInputWarning, stacklevel=2)
            continue
        yield document


def read_corpus(
    path: StrPath | Iterable[StrPath],
    *,
    manifest: StrPath | None = None,
    strict: bool = False,
) -> list[Document]:
    """Read a corpus: a folder, a single file, a manifest CSV, or a list of these.

    A folder is read through its ``manifest.csv`` when it has one, and otherwise as every
    ``.txt``, ``.md``, ``.html`` and ``.htm`` file in it and its subfolders, sorted by
    path. ``manifest`` names a manifest that supplies dates, outlets and titles for the
    files read from ``path`` (matched by path). A binary or undecodable file is skipped
    with a :class:`SkippedInputWarning` naming it and saying why; with ``strict=True`` it
    raises :class:`ReadError` instead, as does any file that is not UTF-8.

    >>> docs = read_corpus("seeds")
    >>> len(docs), docs[0].published, docs[0].outlet
    (5, datetime.date(2020, 11, 2), 'RFE/RL')
    """
    documents: list[Document] = []
    for entry in _plan(path, manifest):
        try:
            documents.append(_read_entry(entry, strict))
        except ReadError as exc:
            if strict:
                raise
            warnings.warn(f"skipped {exc}", SkippedInputWarning, stacklevel=2)
    return documents
