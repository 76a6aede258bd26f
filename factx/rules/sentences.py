"""Paragraphs and sentences of an article, as character spans into the original text.

The offline extractor works sentence by sentence; keeping spans (not copies) means every
piece of evidence it proposes is a verbatim slice of the article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from factx.rules.lexicon import ABBREVIATIONS
from factx.text import Span

#: A sentence's end: stops and closing marks, before white space and what opens a sentence: a
#: capital or a digit, after up to two opening marks (a quote that opens with a quote).
#: '[.!?]' once before '[.!?]*' (not '[.!?]+'): a pattern opening with a character class lets
#: the scan skip to the next stop in C, twice as fast. A full stop with no space after it ends
#: a sentence too where a word of three letters or more runs into a capitalised word
#: ('obstruction.The main party', 'NAYS.We have'), not in 'U.S.' or 'St.Kitts'.
_SPACED = r"[.!?]*[\"”’')\]]*(?=\s+[\"“‘'(\[]{0,2}[A-Z0-9£$€])"
_RUN_ON = r"(?<=[A-Za-z]{3}\.)(?=[A-Z][a-z])"
_END = re.compile(rf"[.!?](?:{_SPACED}|{_RUN_ON})")


class Spans:
    """Sorted, non-overlapping spans with fast overlap tests (quotes inside a long article)."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans, key=lambda s: s.start)
        self._ends = [s.end for s in self.spans]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span shares a character with `[start, end)`."""
        i = bisect.bisect_right(self._ends, start)
        return i < len(self.spans) and self.spans[i].start < end


def _abbreviation_before(text: str, end: int) -> bool:
    m = re.search(r"(\b[\w.]+)\.$", text[max(0, end - 12) : end])
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word  # 'U.S.'


def sentences(text: str, within: Span) -> Iterator[Span]:
    """Sentences of one paragraph; closing quotation marks stay with their sentence."""
    start = within.start
    for m in _END.finditer(text, within.start, within.end):
        stop = text.find(".", m.start(), m.end())
        if stop >= 0 and _abbreviation_before(text, stop + 1):
            continue
        yield Span(start, m.end())
        start = m.end()
        while start < within.end and text[start].isspace():
            start += 1
    if start < within.end:
        yield Span(start, within.end)
