"""Finding an extractor's evidence in the article: exact, then normalised, then bounded fuzzy.

Offsets always point into the original text, so `text[span.start:span.end]` is what factx shows
as evidence. The model's own idea of where the evidence is is never used.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from factx.schemas import MatchKind
from factx.text import QUOTES, fold, normalise

#: Fuzzy matches below this similarity (0-100) are not accepted.
FUZZY_MIN_SCORE = 90.0
#: Near misses from this similarity on are offered to the model, in a re-ask, as text to copy.
SUGGEST_MIN_SCORE = 60.0
#: Evidence shorter than this is matched exactly or normalised only: a fuzzy hit would be noise.
FUZZY_MIN_CHARS = 16
#: How many candidate windows the fuzzy step aligns, at most, per evidence string.
FUZZY_MAX_WINDOWS = 4

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Span:
    """Where evidence was found: offsets into the original text and how it matched."""

    start: int
    end: int
    match: MatchKind
    score: float | None = None


@dataclass
class Taken:
    """Spans already given to items, and where the last one was (`cursor`): an evidence string
    found in several places takes the free one nearest the item before it."""

    spans: set[tuple[int, int]] = field(default_factory=set)
    cursor: int = 0

    def add(self, span: Span) -> None:
        self.spans.add((span.start, span.end))
        self.cursor = span.start


class Locator:
    """Finds evidence strings in one text; build once per article, call `locate` per item.

    The text is indexed once by its words, so finding an item costs about the same however
    long the article is: only the places holding the evidence's rarest whole word are tried,
    nearest to the previous item first. `probes` counts the places tried.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.probes = 0
        self._folded: tuple[str, list[int]] | None = None
        self._indexes: dict[bool, dict[str, list[int]]] = {}

    @property
    def folded(self) -> str:
        """The text in comparison form; built on first need (exact matches never need it)."""
        return self._fold_text()[0]

    def _fold_text(self) -> tuple[str, list[int]]:
        if self._folded is None:
            chars: list[str] = []
            origin: list[int] = []
            for index, ch in enumerate(self.text):
                folded = fold(ch)
                if folded == " " and chars and chars[-1] == " ":
                    continue
                chars.extend(folded)
                origin.extend([index] * len(folded))
            self._folded = ("".join(chars), origin)
        return self._folded

    def _index(self, folded: bool) -> dict[str, list[int]]:
        """Where each word starts, in the text or its folded form."""
        if folded not in self._indexes:
            index: dict[str, list[int]] = {}
            for m in _WORD.finditer(self.folded if folded else self.text):
                index.setdefault(m.group(), []).append(m.start())
            self._indexes[folded] = index
        return self._indexes[folded]

    def _nearest(self, needle: str, cursor: int, folded: bool) -> Iterator[int]:
        """Start of every occurrence of `needle`, nearest to `cursor` first."""
        haystack = self.folded if folded else self.text
        words = [m for m in _WORD.finditer(needle) if m.start() > 0 and m.end() < len(needle)]
        if not words:  # no whole word to look up: scan out from the cursor
            places = _scan(haystack, needle, cursor)
        else:
            index = self._index(folded)
            word = min(words, key=lambda m: len(index.get(m.group(), ())))
            starts = index.get(word.group(), [])
            offset = word.start()
            split = bisect.bisect_left(starts, cursor + offset)
            forward = (p - offset for p in starts[split:])
            backward = (p - offset for p in reversed(starts[:split]))
            places = heapq.merge(forward, backward, key=lambda p: abs(p - cursor))
        for start in places:
            self.probes += 1
            if start >= 0 and haystack.startswith(needle, start):
                yield start

    def locate(self, evidence: str, taken: Taken | None = None) -> Span | None:
        """Find `evidence` in the text: exact, normalised, then fuzzy; None if not close enough.

        Occurrences already in `taken` (given to earlier items) are passed over, and of the
        others the one nearest `taken.cursor` is chosen, so the same words quoted twice in
        an article map to their two places in order.
        """
        if not evidence or not evidence.strip():
            return None
        taken = taken or Taken()
        for start in self._nearest(evidence, taken.cursor, folded=False):
            if (start, start + len(evidence)) not in taken.spans:
                return Span(start, start + len(evidence), "exact")
        needle = normalise(evidence)
        origin = self._fold_text()[1]
        cursor = bisect.bisect_left(origin, taken.cursor)
        for candidate in (needle, needle.strip(QUOTES + " .,")):
            if candidate:
                for found in self._nearest(candidate, cursor, folded=True):
                    span = self._span(found, found + len(candidate), "normalised")
                    if (span.start, span.end) not in taken.spans:
                        return span
        if len(needle) >= FUZZY_MIN_CHARS:
            return self._fuzzy(needle, FUZZY_MIN_SCORE)
        return None

    def closest(self, evidence: str) -> str | None:
        """The article's own words nearest to evidence that `locate` could not accept, so a
        re-ask can say exactly what to copy; None when nothing is near."""
        needle = normalise(evidence)
        if len(needle) < FUZZY_MIN_CHARS:
            return None
        span = self._fuzzy(needle, SUGGEST_MIN_SCORE)
        if span is None:
            return None
        start, end = span.start, span.end
        while start > 0 and self.text[start - 1].isalnum():  # whole words only
            start -= 1
        while end < len(self.text) and self.text[end].isalnum():
            end += 1
        return self.text[start:end]

    def _span(self, start: int, end: int, match: MatchKind, score: float | None = None) -> Span:
        """Map folded offsets back to the original, trimming white space at the edges."""
        while start < end and self.folded[start] == " ":
            start += 1
        while end > start and self.folded[end - 1] == " ":
            end -= 1
        origin = self._fold_text()[1]
        return Span(origin[start], origin[end - 1] + 1, match, score)

    def _fuzzy(self, needle: str, min_score: float) -> Span | None:
        """Align the needle only around places its words vote for, so long texts stay fast."""
        index = self._index(folded=True)
        votes: Counter[int] = Counter()
        for m in _WORD.finditer(needle):
            positions = index.get(m.group(), ())
            if len(positions) > 50:  # too common to say where the needle is
                continue
            for position in positions:
                votes[(position - m.start()) // 32] += 1
        best: tuple[float, int, int] | None = None
        size = len(needle)
        for bucket, _ in votes.most_common(FUZZY_MAX_WINDOWS):
            lo = max(0, bucket * 32 - size // 4 - 32)
            hi = min(len(self.folded), bucket * 32 + size + size // 4 + 32)
            result = fuzz.partial_ratio_alignment(needle, self.folded[lo:hi])
            if result is None or result.score < min_score:
                continue
            matched = result.dest_end - result.dest_start
            if not 0.8 * size <= matched <= 1.2 * size:
                continue
            if best is None or result.score > best[0]:
                best = (result.score, lo + result.dest_start, lo + result.dest_end)
        if best is None:
            return None
        return self._span(best[1], best[2], "fuzzy", round(best[0], 1))


def _scan(haystack: str, needle: str, cursor: int) -> Iterator[int]:
    """Every place `needle` may start, nearest to `cursor` first, by plain search outwards."""

    def forward() -> Iterator[int]:
        found = haystack.find(needle, cursor)
        while found >= 0:
            yield found
            found = haystack.find(needle, found + 1)

    def backward() -> Iterator[int]:
        found = haystack.rfind(needle, 0, cursor + len(needle) - 1)
        while found >= 0:
            yield found
            found = haystack.rfind(needle, 0, found + len(needle) - 1)

    return heapq.merge(forward(), backward(), key=lambda p: abs(p - cursor))


@lru_cache(maxsize=4)
def _locator(text: str) -> Locator:
    return Locator(text)


def locate(evidence: str, text: str) -> Span | None:
    """Find `evidence` in `text` (see `Locator.locate`); the text's index is cached."""
    return _locator(text).locate(evidence)
