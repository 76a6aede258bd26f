"""Finding and reading articles: paths and corpus files to decoded text, with one-line errors.

An input is a text file (.txt/.md: one article), a corpus file (.jsonl: one JSON object per
line; .csv: one row per article, with a header) or '-' for stdin (text unless `Corpus.format`
says otherwise). Directories give their articles and corpus files, sorted; subdirectories too
when `recursive`. A corpus record's text and id come from the fields `Corpus` names; its other
fields are kept as the article's `meta`.

Offsets in factx output are character offsets into the text as decoded here: UTF-8 (a BOM is
dropped; invalid UTF-8 falls back to cp1252 with a warning; UTF-16/32 with a BOM are decoded)
with line endings turned into `\\n`.
"""

from __future__ import annotations

import codecs
import csv
import glob
import hashlib
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import IO, Any, Literal, get_args

from factx.errors import FactxError
from factx.schemas import path_id

ARTICLE_SUFFIXES = (".txt", ".md")
CORPUS_SUFFIXES = (".jsonl", ".csv")
STDIN = "-"

Format = Literal["auto", "text", "jsonl", "csv"]
FORMATS: tuple[str, ...] = get_args(Format)

#: How much of an article is inspected to tell text from binary data.
SNIFF = 8192
#: Share of control characters (or undecodable bytes) above which data is taken for binary.
MAX_CONTROL_SHARE = 0.02
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
#: Byte-order marks, UTF-32 before UTF-16 (whose little-endian mark starts UTF-32's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: File signatures of formats that are not text, whatever their bytes happen to decode as.
_SIGNATURES = {
    b"%PDF-": "PDF",
    b"PK\x03\x04": "ZIP (docx, xlsx, epub ...)",
    b"\x1f\x8b": "gzip",
    b"BZh": "bzip2",
    b"\xfd7zXZ\x00": "xz",
    b"\x89PNG": "PNG",
    b"GIF8": "GIF",
    b"\xff\xd8\xff": "JPEG",
    b"\xd0\xcf\x11\xe0": "MS Office (doc, xls)",
}


class ArticleError(FactxError):
    """An article that cannot be read; `str()` names the file and the problem.

    A corpus record that cannot be used keeps its `id` and `meta`, so its failed result can
    still be joined on.
    """

    def __init__(
        self, path: str, problem: str, id: str | None = None, meta: dict[str, Any] | None = None
    ) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
        self.id = id or path_id(path)
        self.meta = meta or {}


@dataclass(frozen=True)
class Article:
    """An article's decoded text, where it came from, its id and its corpus fields."""

    path: str
    text: str
    warning: str | None = None
    id: str = ""  # derived from `path` when not given
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", path_id(self.path))

    @cached_property
    def sha256(self) -> str:
        """SHA-256 of the text as UTF-8; computed once (resume and the result both need it)."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Corpus:
    """How inputs are found and read: into subdirectories or not, their format, and which
    corpus fields hold the text and the id."""

    format: Format = "auto"
    text_field: str = "text"
    id_field: str = "id"
    recursive: bool = False

    def format_of(self, path: str) -> Format:
        """The format of one input: as chosen, else by suffix (stdin: text)."""
        if self.format != "auto":
            return self.format
        suffix = Path(path).suffix.lower() if path != STDIN else ""
        return "jsonl" if suffix == ".jsonl" else "csv" if suffix == ".csv" else "text"


#: Text files by suffix, corpus files by suffix, stdin as text, fields 'text' and 'id'.
DEFAULT_CORPUS = Corpus()


def _is_glob(raw: str) -> bool:
    return any(c in raw for c in "*?[") and not Path(raw).exists()


def same_file(path: Path, other: Path | None) -> bool:
    try:
        return other is not None and other.exists() and os.path.samefile(path, other)
    except OSError:
        return False


def _listing(directory: Path, recursive: bool, skipped: list[str]) -> Iterator[Path]:
    """A directory's inputs in sorted order; what is not an input goes to `skipped`."""
    for entry in sorted(directory.iterdir()):
        if entry.name.startswith("."):
            skipped.append(str(entry))
        elif entry.is_dir():
            if recursive:
                yield from _listing(entry, recursive, skipped)
            else:
                skipped.append(f"{entry}{os.sep} (a directory; --recursive reads it)")
        elif entry.is_file() and entry.suffix.lower() in ARTICLE_SUFFIXES + CORPUS_SUFFIXES:
            yield entry
        else:
            skipped.append(str(entry))


def expand_paths(
    paths: Iterable[str],
    recursive: bool = False,
    skipped: list[str] | None = None,
    exclude: Path | None = None,
) -> Iterator[str]:
    """Yield input paths: files as given, a directory's .txt/.md/.jsonl/.csv files sorted
    (its subdirectories too when `recursive`), a glob's matches, '-' for stdin.

    Files a directory holds but that are not inputs (other suffixes, hidden, subdirectories
    when not recursive, `exclude` - the output file) are appended to `skipped`. A missing path
    is yielded as given so that reading it fails as that article's error; a directory holding
    no inputs raises, since there is nothing to mark as failed.
    """
    passed = [] if skipped is None else skipped
    for raw in paths:
        if raw != STDIN and _is_glob(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            yield from expand_paths(matches or [raw], recursive, passed, exclude)
            continue
        path = Path(raw)
        if raw == STDIN or not path.is_dir():
            yield raw
            continue
        found = 0
        for file in _listing(path, recursive, passed):
            if same_file(file, exclude):
                passed.append(f"{file} (the output file)")
                continue
            found += 1
            yield str(file)
        if not found:
            raise ArticleError(raw, "directory holds no .txt, .md, .jsonl or .csv inputs")


def _binary(data: bytes) -> str | None:
    """What kind of binary data `data` starts with, or None when it may be text."""
    for signature, name in _SIGNATURES.items():
        if data.startswith(signature):
            return f"a {name} file"
    if b"\x00" in data[:SNIFF]:
        return "NUL bytes"
    return None


def decode(data: bytes, path: str) -> Article:
    """Decode article bytes; refuse empty and binary input (told by content, not by suffix).

    A byte-order mark decides the encoding (UTF-8, UTF-16 or UTF-32); otherwise UTF-8, falling
    back to cp1252 with a warning.
    """
    warning = None
    codec = next((codec for bom, codec in _BOMS if data.startswith(bom)), None)
    if codec is not None:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise ArticleError(path, f"not valid {codec.upper()} (byte {exc.start})") from None
    else:
        if kind := _binary(data):
            raise ArticleError(path, f"looks like a binary file ({kind}), not a text article")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = data.decode("cp1252", errors="replace")
            warning = f"{path}: not valid UTF-8 (byte {exc.start}); decoded as cp1252"
    sample = text[:SNIFF]
    if sample and len(_CONTROL.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        raise ArticleError(
            path, "looks like a binary file (control characters), not a text article"
        )
    return Article(path=path, text=_checked(_lines(text), path), warning=warning)


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _checked(
    text: str, path: str, id: str | None = None, meta: dict[str, Any] | None = None
) -> str:
    if not text.strip():
        problem = "article is empty" if not text else "article is only whitespace"
        raise ArticleError(path, problem, id, meta)
    return text


def _regular(path: str) -> Path:
    """The path of a readable regular file; FIFOs and devices are refused (reading them hangs)."""
    file = Path(path)
    if not file.exists():
        raise ArticleError(path, "no such file")
    if file.is_dir():
        raise ArticleError(path, "is a directory")
    if not file.is_file():
        raise ArticleError(path, "not a regular file (a FIFO, socket or device); not read")
    return file


def read_article(path: str) -> Article:
    """Read one text article from a file path or '-' (stdin)."""
    if path == STDIN:
        return decode(sys.stdin.buffer.read(), STDIN)
    try:
        data = _regular(path).read_bytes()
    except OSError as exc:
        raise ArticleError(path, f"cannot read: {exc.strerror or exc}") from None
    return decode(data, path)


def _record(data: dict[str, Any], where: str, corpus: Corpus) -> Article:
    """One corpus record as an article: its text field, its id (else `where`), the rest as meta."""
    given = data.get(corpus.id_field)
    id = str(given) if given not in (None, "") else None
    meta = {k: v for k, v in data.items() if k not in (corpus.text_field, corpus.id_field)}
    text = data.get(corpus.text_field)
    if not isinstance(text, str):
        problem = (
            f"no {corpus.text_field!r} field (choose it with --text-field)"
            if text is None
            else f"field {corpus.text_field!r} is not a string"
        )
        raise ArticleError(where, problem, id, meta)
    return Article(path=where, text=_checked(_lines(text), where, id, meta), id=id or "", meta=meta)


def _open_binary(path: str) -> AbstractContextManager[IO[bytes]]:
    """The input's bytes; stdin is left open for whoever reads it next."""
    return nullcontext(sys.stdin.buffer) if path == STDIN else _regular(path).open("rb")


def _jsonl(path: str, corpus: Corpus) -> Iterator[Article | ArticleError]:
    with _open_binary(path) as stream:
        for number, raw in enumerate(stream, 1):
            where = f"{path}#{number}"
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                if not line.strip():
                    continue
                data = json.loads(line)
                if not isinstance(data, dict):
                    raise ArticleError(where, "not a JSON object")
                yield _record(data, where, corpus)
            except UnicodeDecodeError as exc:
                yield ArticleError(where, f"not valid UTF-8 (byte {exc.start})")
            except json.JSONDecodeError as exc:
                yield ArticleError(where, f"not valid JSON ({exc.msg}, column {exc.colno})")
            except ArticleError as exc:
                yield exc


def _csv(path: str, corpus: Corpus) -> Iterator[Article | ArticleError]:
    csv.field_size_limit(2**31 - 1)  # an article is a long field
    with _open_binary(path) as raw:
        stream = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        rows = csv.DictReader(stream)
        number = 0
        try:
            if corpus.text_field not in (rows.fieldnames or ()):
                columns = ", ".join(rows.fieldnames or ()) or "none"
                yield ArticleError(
                    path, f"no {corpus.text_field!r} column (columns: {columns}; see --text-field)"
                )
                return
            for number, row in enumerate(rows, 1):
                fields = {k: v for k, v in row.items() if k is not None}
                try:
                    yield _record(fields, f"{path}#{number}", corpus)
                except ArticleError as exc:
                    yield exc
        except UnicodeDecodeError:
            yield ArticleError(
                f"{path}#{number + 1}", "not valid UTF-8; the rest of it is not read"
            )
        except csv.Error as exc:
            yield ArticleError(f"{path}#{number + 1}", f"bad CSV ({exc}); the rest is not read")
        finally:
            stream.detach()  # closing the wrapper would close stdin


def read_articles(path: str, corpus: Corpus = DEFAULT_CORPUS) -> Iterator[Article | ArticleError]:
    """Every article one input holds, in order; an unreadable one is yielded as its error."""
    try:
        match corpus.format_of(path):
            case "jsonl":
                yield from _jsonl(path, corpus)
            case "csv":
                yield from _csv(path, corpus)
            case _:
                yield read_article(path)
    except ArticleError as exc:
        yield exc
    except OSError as exc:
        yield ArticleError(path, f"cannot read: {exc.strerror or exc}")


def count_articles(paths: Iterable[str], corpus: Corpus = DEFAULT_CORPUS) -> int | None:
    """How many articles `paths` (already expanded) hold, without decoding them; None when a
    corpus arrives on stdin (it cannot be read twice)."""
    total = 0
    for path in paths:
        fmt = corpus.format_of(path)
        if path == STDIN and fmt != "text":
            return None
        if fmt == "text" or not Path(path).is_file():
            total += 1  # one article, or one failure
        else:
            try:
                with open(path, "rb") as stream:
                    if fmt == "jsonl":
                        total += sum(1 for line in stream if line.strip())
                    else:
                        text = io.TextIOWrapper(stream, "utf-8", errors="replace", newline="")
                        total += max(0, sum(1 for _ in csv.reader(text)) - 1)
            except (OSError, csv.Error):
                total += 1  # it will fail as one article
    return total


def find_article(path: str, roots: list[Path]) -> Article | None:
    """Re-read an article named in a result line: at its path, else by file name under `roots`."""
    for candidate in [Path(path), *(root / Path(path).name for root in roots)]:
        if candidate.is_file():
            try:
                return read_article(str(candidate))
            except ArticleError:
                return None
    return None
