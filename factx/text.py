"""Small text helpers shared by the pipeline steps and the tools.

`normalise` gives the comparison form evidence is located in (quotes, dashes, white space,
case and accents' encoding unified); `fold` does the same for one character, so a caller can
keep offsets into the original text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

QUOTES = "\"'"
_CHAR_MAP = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u0060\u00b4", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    "\u2026": "...",
    **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff", ""),
}


@lru_cache(maxsize=4096)
def fold(ch: str) -> str:
    """One character in its comparison form (quotes, dashes, case and accents' encoding unified)."""
    mapped = _CHAR_MAP.get(ch)
    if mapped is not None:
        return mapped
    if ch.isspace():
        return " "
    return unicodedata.normalize("NFD", ch).lower()


class CharTable(dict[int, str]):
    """A character mapping as a `str.translate` table: each character mapped once by
    `convert`, then looked up at C speed (about seven times faster than mapping character by
    character)."""

    #: Characters remembered at most, so text of every script cannot grow the table unbounded.
    LIMIT = 4096

    def __init__(self, convert: Callable[[str], str]) -> None:
        super().__init__()
        self._convert = convert

    def __missing__(self, code: int) -> str:
        converted = self._convert(chr(code))
        if len(self) < self.LIMIT:
            self[code] = converted
        return converted


_FOLD_TABLE = CharTable(fold)
_SPACES = re.compile(" {2,}")


def normalise(text: str) -> str:
    """The comparison form of a string: folded characters, runs of white space as one space."""
    return _SPACES.sub(" ", text.translate(_FOLD_TABLE)).strip()


def words(text: str) -> frozenset[str]:
    """A word list written as one white-space separated string."""
    return frozenset(text.split())


#: A word boundary: where `find_whole` checks a phrase starts and, by default, ends.
WORD_BOUNDARY = re.compile(r"\b")


def find_whole(
    text: str,
    phrase: str,
    after: re.Pattern[str] = WORD_BOUNDARY,
    start: int = 0,
    end: int | None = None,
) -> int | None:
    """Where `phrase` first occurs in `text[start:end]` at a word boundary and before what
    `after` matches (another boundary unless told): what a search for `\\bPHRASE` and `after`
    finds, without compiling a pattern for each phrase (a name, a source)."""
    end = len(text) if end is None else end
    at = text.find(phrase, start, end)
    while at >= 0:
        if WORD_BOUNDARY.match(text, at, end) and after.match(text, at + len(phrase), end):
            return at
        at = text.find(phrase, at + 1, end)
    return None


def shorten(text: str, limit: int = 80) -> str:
    """`text` cut to `limit` characters with an ellipsis, for reasons and review pages."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class Span:
    """A stretch of the article: `text[start:end]`."""

    start: int
    end: int


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines of the article, trimmed of surrounding white space."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        stripped = line.strip()
        if stripped:
            start = m.start() + line.index(stripped)
            out.append(Span(start, start + len(stripped)))
    return out
