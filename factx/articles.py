"""Finding and reading articles: paths to decoded text, with one-line errors for bad input.

Offsets in factx output are character offsets into the text as decoded here: UTF-8 (a BOM is
dropped; invalid UTF-8 falls back to cp1252 with a warning) with line endings turned into `\\n`.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from factx.errors import FactxError

ARTICLE_SUFFIXES = (".txt", ".md")
STDIN = "-"


class ArticleError(FactxError):
    """An article that cannot be read; `str()` names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class Article:
    """An article's decoded text and where it came from."""

    path: str
    text: str
    warning: str | None = None

    @cached_property
    def sha256(self) -> str:
        """SHA-256 of the text as UTF-8; computed once (resume and the result both need it)."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def expand_paths(paths: list[str]) -> Iterator[str]:
    """Yield article paths: files as given, a directory's .txt/.md files sorted, '-' for stdin.

    A missing path is yielded as given so that reading it fails as that article's error;
    a directory holding no articles raises, since there is nothing to mark as failed.
    """
    for raw in paths:
        path = Path(raw)
        if raw != STDIN and path.is_dir():
            found = sorted(
                p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
            )
            if not found:
                raise ArticleError(raw, "directory holds no .txt or .md articles")
            yield from (str(p) for p in found)
        else:
            yield raw


def decode(data: bytes, path: str) -> Article:
    """Decode article bytes; refuse empty and binary input, fall back to cp1252 for non-UTF-8."""
    if b"\x00" in data[:8192]:
        raise ArticleError(path, "looks like a binary file (NUL bytes), not a text article")
    warning = None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = data.decode("cp1252", errors="replace")
        warning = f"{path}: not valid UTF-8 (byte {exc.start}); decoded as cp1252"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(path, "article is empty" if not text else "article is only whitespace")
    return Article(path=path, text=text, warning=warning)


def read_article(path: str) -> Article:
    """Read one article from a file path or '-' (stdin)."""
    if path == STDIN:
        return decode(sys.stdin.buffer.read(), STDIN)
    file = Path(path)
    if not file.exists():
        raise ArticleError(path, "no such file")
    if file.is_dir():
        raise ArticleError(path, "is a directory")
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise ArticleError(path, f"cannot read: {exc.strerror or exc}") from None
    return decode(data, path)


def find_article(path: str, roots: list[Path]) -> Article | None:
    """Re-read an article named in a result line: at its path, else by file name under `roots`."""
    for candidate in [Path(path), *(root / Path(path).name for root in roots)]:
        if candidate.is_file():
            try:
                return read_article(str(candidate))
            except ArticleError:
                return None
    return None
