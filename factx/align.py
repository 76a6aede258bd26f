"""Finding an extractor's evidence in the article: exact, then normalised, then bounded fuzzy.

Offsets always point into the original text, so `text[span.start:span.end]` is what factx shows
as evidence. The model's own idea of where the evidence is is never used.
"""

from __future__ import annotations

import bisect
import heapq
import re
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence
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
#: Evidence is first searched for this many characters either side of the previous item.
NEAR = 16_384
#: How many candidate windows the fuzzy step aligns, at most, per evidence string.
FUZZY_MAX_WINDOWS = 4

_WORD = re.compile(r"\w+")
#: Printable ASCII but the backtick (which folds to an apostrophe), single spaces inside only;
#: or anything else. Folding plain text only lower-cases it.
_PLAIN = r"[!-_a-~]"
_PLAIN_OR_NOT = re.compile(rf"(?P<plain>{_PLAIN}+(?: {_PLAIN}+)*)|(?P<other>.)", re.DOTALL)


@dataclass(frozen=True)
class Located:
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

    def add(self, span: Located) -> None:
        self.spans.add((span.start, span.end))
        self.cursor = span.start


class Locator:
    """Finds evidence strings in one text; build once per article, call `locate` per item.

    Items are searched for near the previous one first (models list them in text order);
    beyond that, the text is indexed once by its words and only the places holding the
    evidence's rarest whole word are tried, nearest first. So finding an item costs about
    the same however long the article is. `probes` counts the places tried.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.probes = 0
        self._folded: tuple[str, Sequence[int]] | None = None
        self._indexes: dict[bool, dict[str, list[int]]] = {}

    @property
    def folded(self) -> str:
        """The text in comparison form; built on first need (exact matches never need it)."""
        return self._fold_text()[0]

    def _fold_text(self) -> tuple[str, Sequence[int]]:
        """The folded text and, for each of its characters, where it came from in the text.
        Runs of plain ASCII are copied whole, lower-cased."""
        if self._folded is None:
            parts: list[str] = []
            origin = array("q")
            last = ""
            for run in _PLAIN_OR_NOT.finditer(self.text):
                if run.lastgroup == "plain":
                    parts.append(run.group().lower())
                    origin.extend(range(run.start(), run.end()))
                    last = "x"
                    continue
                for index in range(run.start(), run.end()):
                    folded = fold(self.text[index])
                    if folded == " " and last == " ":
                        continue
                    if folded:
                        parts.append(folded)
                        origin.extend([index] * len(folded))
                        last = folded[-1]
            self._folded = ("".join(parts), origin)
        return self._folded

    def _index(self, folded: bool) -> dict[str, list[int]]:
        """Where each word starts, in the text or its folded form."""
        if folded not in self._indexes:
            index: dict[str, list[int]] = {}
            for m in _WORD.finditer(self.folded if folded else self.text):
                index.setdefault(m.group(), []).append(m.start())
            self._indexes[folded] = index
        return self._indexes[folded]

    def _nearest(self, needle: str, cursor: int, folded: bool, far: bool) -> Iterator[int]:
        """Start of every occurrence of `needle` within `NEAR` characters of `cursor` (a plain
        search), or `far`ther (where the word index says), nearest first."""
        haystack = self.folded if folded else self.text
        if not far:
            for start in _scan(haystack, needle, cursor, NEAR):
                self.probes += 1
                yield start
            return
        words = [m for m in _WORD.finditer(needle) if m.start() > 0 and m.end() < len(needle)]
        if not words:  # no whole word to look up: search on outwards
            places: Iterator[int] = _scan(haystack, needle, cursor)
        else:
            index = self._index(folded)
            word = min(words, key=lambda m: len(index.get(m.group(), ())))
            starts = index.get(word.group(), [])
            offset = word.start()
            after = bisect.bisect_right(starts, cursor + NEAR + offset)
            before = bisect.bisect_left(starts, cursor - NEAR + offset)
            forward = (p - offset for p in starts[after:])
            backward = (p - offset for p in reversed(starts[:before]))
            places = heapq.merge(forward, backward, key=lambda p: abs(p - cursor))
        for start in places:
            if abs(start - cursor) <= NEAR:
                continue  # found above
            self.probes += 1
            if start >= 0 and haystack.startswith(needle, start):
                yield start

    def _first_free(self, evidence: str, needle: str, taken: Taken, far: bool) -> Located | None:
        """The free occurrence nearest `taken.cursor` near it (or `far`ther): exact, then
        normalised."""
        for start in self._nearest(evidence, taken.cursor, False, far):
            if (start, start + len(evidence)) not in taken.spans:
                return Located(start, start + len(evidence), "exact")
        cursor = bisect.bisect_left(self._fold_text()[1], taken.cursor)
        for candidate in (needle, needle.strip(QUOTES + " .,")):
            if candidate:
                for found in self._nearest(candidate, cursor, True, far):
                    span = self._span(found, found + len(candidate), "normalised")
                    if (span.start, span.end) not in taken.spans:
                        return span
        return None

    def locate(self, evidence: str, taken: Taken | None = None) -> Located | None:
        """Find `evidence` in the text: exact, normalised, then fuzzy; None if not close enough.

        Occurrences already in `taken` (given to earlier items) are passed over, and of the
        others the one nearest `taken.cursor` is chosen, so the same words quoted twice in
        an article map to their two places in order; near the cursor a normalised match is
        preferred to an exact one far away.
        """
        if not evidence or not evidence.strip():
            return None
        taken = taken or Taken()
        needle = normalise(evidence)
        for far in (False, True):
            if span := self._first_free(evidence, needle, taken, far):
                return span
        if len(needle) >= FUZZY_MIN_CHARS:
            return self._fuzzy(needle, FUZZY_MIN_SCORE)
        return None

    def nearest(self, evidence: str) -> Located | None:
        """Where the text comes closest to `evidence`, however far it is (a fuzzy span with its
        score): shows a reviewer what an item that could not be grounded was probably after."""
        if not evidence.strip():
            return None
        return self.locate(evidence) or self._fuzzy(normalise(evidence), 0.0)

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

    def _span(self, start: int, end: int, match: MatchKind, score: float | None = None) -> Located:
        """Map folded offsets back to the original, trimming white space at the edges."""
        while start < end and self.folded[start] == " ":
            start += 1
        while end > start and self.folded[end - 1] == " ":
            end -= 1
        origin = self._fold_text()[1]
        return Located(origin[start], origin[end - 1] + 1, match, score)

    def _fuzzy(self, needle: str, min_score: float) -> Located | None:
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


def _scan(haystack: str, needle: str, cursor: int, reach: int | None = None) -> Iterator[int]:
    """Every occurrence of `needle` starting within `reach` of `cursor` (None: anywhere),
    nearest first, by plain search outwards."""
    size = len(needle)
    top = len(haystack) if reach is None else cursor + reach + size
    bottom = 0 if reach is None else max(0, cursor - reach)

    def forward() -> Iterator[int]:
        found = haystack.find(needle, cursor, top)
        while found >= 0:
            yield found
            found = haystack.find(needle, found + 1, top)

    def backward() -> Iterator[int]:
        found = haystack.rfind(needle, bottom, cursor + size - 1)
        while found >= 0:
            yield found
            found = haystack.rfind(needle, bottom, found + size - 1)

    return heapq.merge(forward(), backward(), key=lambda p: abs(p - cursor))


@lru_cache(maxsize=4)
def _locator(text: str) -> Locator:
    return Locator(text)


def locate(evidence: str, text: str) -> Located | None:
    """Find `evidence` in `text` (see `Locator.locate`); the text's index is cached."""
    return _locator(text).locate(evidence)
