"""Finding an extractor's evidence in the article: exact, then normalised, then bounded fuzzy.

Offsets always point into the original text, so `text[span.start:span.end]` is what factx shows
as evidence. The model's own idea of where the evidence is is never used.
"""

from __future__ import annotations

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
class Located:
    """Where evidence was found: offsets into the original text and how it matched."""

    start: int
    end: int
    match: MatchKind
    score: float | None = None


@dataclass
class Taken:
    """Spans already given to items, and where each evidence string's next occurrence may be."""

    spans: set[tuple[int, int]] = field(default_factory=set)
    next_at: dict[str, int] = field(default_factory=dict)

    def add(self, evidence: str, span: Located) -> None:
        self.spans.add((span.start, span.end))
        if span.match == "exact":
            self.next_at[evidence] = span.start + 1


class Locator:
    """Finds evidence strings in one text; build once per article, call `locate` per item."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: tuple[str, list[int]] | None = None
        self._words: dict[str, list[int]] | None = None

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

    def locate(self, evidence: str, taken: Taken | None = None) -> Located | None:
        """Find `evidence` in the text: exact, normalised, then fuzzy; None if not close enough.

        Occurrences already in `taken` (given to earlier items) are passed over, so the same
        words quoted twice in an article map to their two places in order.
        """
        if not evidence or not evidence.strip():
            return None
        taken = taken or Taken()
        for start in _occurrences(self.text, evidence, taken.next_at.get(evidence, 0)):
            if (start, start + len(evidence)) not in taken.spans:
                return Located(start, start + len(evidence), "exact")
        needle = normalise(evidence)
        for candidate in (needle, needle.strip(QUOTES + " .,")):
            if candidate:
                for found in _occurrences(
                    self.folded, candidate, taken.next_at.get(f"\0{candidate}", 0)
                ):
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

    def nearest(self, evidence: str) -> Located | None:
        """Where the text comes closest to `evidence`, however far it is (a fuzzy span with its
        score): shows a reviewer what an item that could not be grounded was probably after."""
        if not evidence.strip():
            return None
        return self.locate(evidence) or self._fuzzy(normalise(evidence), 0.0)

    def _span(self, start: int, end: int, match: MatchKind, score: float | None = None) -> Located:
        """Map folded offsets back to the original, trimming white space at the edges."""
        while start < end and self.folded[start] == " ":
            start += 1
        while end > start and self.folded[end - 1] == " ":
            end -= 1
        origin = self._fold_text()[1]
        return Located(origin[start], origin[end - 1] + 1, match, score)

    def _word_index(self) -> dict[str, list[int]]:
        if self._words is None:
            self._words = {}
            for m in _WORD.finditer(self.folded):
                self._words.setdefault(m.group(), []).append(m.start())
        return self._words

    def _fuzzy(self, needle: str, min_score: float) -> Located | None:
        """Align the needle only around places its words vote for, so long texts stay fast."""
        index = self._word_index()
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


def _occurrences(haystack: str, needle: str, start: int = 0) -> Iterator[int]:
    """Start of every occurrence of `needle` from `start`, first to last."""
    found = haystack.find(needle, start)
    while found >= 0:
        yield found
        found = haystack.find(needle, found + 1)


@lru_cache(maxsize=4)
def _locator(text: str) -> Locator:
    return Locator(text)


def locate(evidence: str, text: str) -> Located | None:
    """Find `evidence` in `text` (see `Locator.locate`); the text's index is cached."""
    return _locator(text).locate(evidence)
