"""Quotations in news text: straight, curly, single marks and guillemets, and quotes that run
on.

A paragraph whose opening mark is never closed continues a quote into the next paragraph
(which, by news convention, opens with a mark again, or goes on without one to a closing
mark). Apostrophes (it's, unions') are told apart from single quotation marks by what stands
around them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factx.text import Span, paragraphs

#: Guillemets, each as the curly mark it opens or closes a quote as: English-language outlets in
#: Europe and Central Asia print them ('«This trial was unfair,» said ...').
GUILLEMETS = {"«": "“", "»": "”", "‹": "‘", "›": "’"}


def _and_guillemets(marks: str) -> str:
    """`marks` and the guillemets that stand for any of them."""
    return marks + "".join(g for g, mark in GUILLEMETS.items() if mark in marks)


_OPEN_DOUBLE, _CLOSE_DOUBLE = _and_guillemets("“„"), _and_guillemets("”")
_OPEN_SINGLE, _CLOSE_SINGLE = _and_guillemets("‘'"), _and_guillemets("’'")
_MARKS = re.compile(f'["{_OPEN_DOUBLE}{_CLOSE_DOUBLE}{_OPEN_SINGLE}{_CLOSE_SINGLE}]')
_DOUBLE = re.compile(f'["{_OPEN_DOUBLE}{_CLOSE_DOUBLE}]')


@dataclass(frozen=True)
class Quote:
    """The words inside one pair of marks (or up to the paragraph's end if never closed)."""

    start: int
    end: int
    open_mark: int
    closed: bool


def _around(text: str, i: int) -> tuple[str, str]:
    """The characters before and after position `i` (a space beyond either end)."""
    return (text[i - 1] if i > 0 else " "), (text[i + 1] if i + 1 < len(text) else " ")


def _opens_single(text: str, i: int) -> bool:
    before, after = _around(text, i)
    return not before.isalnum() and after.isalpha()


def _opens_with_closing_mark(text: str, i: int) -> bool:
    """A closing double mark used as an opening one, as some publishing systems print them
    ('”This will enable ...,” the statement said'): white space before it, a word after."""
    before, after = _around(text, i)
    return text[i] == "”" and (before.isspace() or before in "(—–") and after.isalnum()


def _doubled_single(text: str, i: int) -> bool:
    """Two closing single marks standing for a double one, as some copy closes a quote
    ('... the League,’’ it said')."""
    return text[i] in "’'" and text[i + 1 : i + 2] == text[i]


def _doubled_opening(text: str, i: int) -> bool:
    """Two single marks standing for an opening double one, as some copy opens a quote
    ('‘‘We will not back down,’’ he said', or '‘’We will ...'): a word after both."""
    before, after = _around(text, i)[0], _around(text, i + 1)[1]
    return text[i : i + 2] in ("‘’", "‘‘") and not before.isalnum() and after.isalnum()


def _reopens(text: str, opened: int, i: int) -> bool:
    """A straight mark opening a new quote inside a curly one never closed ('“He came. "The
    fine is too harsh," he added'): white space before it, a word after."""
    before, after = _around(text, i)
    return text[opened] != '"' and text[i] == '"' and before.isspace() and after.isalnum()


#: A plural's possessive mark inside a single-quoted quote: 's' before it, a word in lower
#: case after it ('the employers' court'), and a closing mark with its punctuation still to come.
_PLURAL_POSSESSIVE = re.compile(r"(?<=s)['’] [a-z](?=[^'’\n]*(?:[,.;:!?]['’]|['’][,.;:!?]))")


def _closes_single(text: str, i: int, end: int) -> bool:
    before, after = _around(text, i)
    return (
        not after.isalpha() and not before.isspace() and not _PLURAL_POSSESSIVE.match(text, i, end)
    )


def quotes_in(text: str, paragraph: Span) -> list[Quote]:
    """Quotes in one paragraph, in order; single marks only outside double ones."""
    found: list[Quote] = []
    opened: int | None = None
    kind, start = "", 0
    for mark in _MARKS.finditer(text, paragraph.start, paragraph.end):
        i, ch = mark.start(), mark.group()
        if opened is None:
            if ch == '"' or ch in _OPEN_DOUBLE or _opens_with_closing_mark(text, i):
                opened, kind, start = i, "double", i + 1
            elif _doubled_opening(text, i):
                opened, kind, start = i, "double", i + 2
            elif ch in _OPEN_SINGLE and _opens_single(text, i):
                opened, kind, start = i, "single", i + 1
        elif i < start:  # the second of two marks opening a quote
            continue
        elif kind == "double" and _reopens(text, opened, i):
            found.append(Quote(start, i, opened, False))  # the first never closed
            opened, start = i, i + 1
        elif (
            kind == "double"
            and (ch == '"' or ch in _CLOSE_DOUBLE or _doubled_single(text, i))
            or kind == "single"
            and ch in _CLOSE_SINGLE
            and _closes_single(text, i, paragraph.end)
        ):
            found.append(Quote(start, i, opened, True))
            opened = None
    # runs on into the next paragraph (a curly opening single mark is never an apostrophe)
    if opened is not None and (kind == "double" or text[opened] == "‘"):
        found.append(Quote(start, paragraph.end, opened, False))
    return [q for q in found if text[q.start : q.end].strip()]


def _run_on_close(text: str, paragraph: Span) -> int | None:
    """Where a curly quote run on from the paragraph before closes in this one, when this one
    does not open with a mark again ('“Instead of ...\nBest even ... budget,” they said.'):
    the first closing mark no opening mark in it pairs with. None for a straight mark, whose
    side cannot be told, or a paragraph that opens with a mark (the usual way)."""
    if text[paragraph.start] in f'"{_OPEN_DOUBLE}{_OPEN_SINGLE}':
        return None
    depth = 0
    for mark in _DOUBLE.finditer(text, paragraph.start, paragraph.end):
        if mark.group() == '"':
            return None
        if mark.group() not in _CLOSE_DOUBLE:
            depth += 1
        elif depth:
            depth -= 1
        else:
            return mark.start()
    return None


#: Most paragraphs without a mark a curly quote runs through before the one it closes in
#: (a letter's numbered points: '“... as follows:\ni. ...\nii. ...,” the ministry stated').
_RUN_THROUGH_MOST = 3


def _closes_later(text: str, following: list[Span]) -> bool:
    """Whether a curly quote running into the first of `following` goes on through it and
    closes in a later one: no marks before that paragraph, and not too far."""
    for paragraph in following[: _RUN_THROUGH_MOST + 1]:
        if _DOUBLE.search(text, paragraph.start, paragraph.end):
            return _run_on_close(text, paragraph) is not None
    return False


def _runs_on(text: str, quotes: tuple[Quote, ...]) -> bool:
    """Whether a paragraph's last quote is a curly one left open, to run into the next."""
    if not quotes or quotes[-1].closed:
        return False
    mark = quotes[-1].open_mark
    return text[mark] in _OPEN_DOUBLE or _doubled_opening(text, mark)


@lru_cache(maxsize=1)
def paragraph_quotes(text: str) -> tuple[tuple[Span, tuple[Quote, ...]], ...]:
    """Every paragraph of `text` with its quotes. Kept for the last text read: the offline
    extractor and then grounding read the same article, and each needs both (one text only,
    so no article is ever answered from another's reading)."""
    found: list[tuple[Span, tuple[Quote, ...]]] = []
    listed = paragraphs(text)
    running = False
    for index, paragraph in enumerate(listed):
        close = _run_on_close(text, paragraph) if running else None
        if close is not None:  # its words up to the mark are the run-on quote's
            rest = quotes_in(text, Span(close + 1, paragraph.end))
            quotes = (Quote(paragraph.start, close, paragraph.start, True), *rest)
            running = _runs_on(text, quotes)
        elif running and _closes_later(text, listed[index:]):  # all of it is the quote's
            quotes = (Quote(paragraph.start, paragraph.end, paragraph.start, False),)
        else:
            quotes = tuple(quotes_in(text, paragraph))
            running = _runs_on(text, quotes)
        found.append((paragraph, quotes))
    return tuple(found)


def content(text: str, quote: Quote) -> Span:
    """The quoted words without surrounding white space."""
    start, end = quote.start, quote.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)
