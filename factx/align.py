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
#: Evidence is first searched for this many characters either side of the previous item.
NEAR = 16_384
#: The first ring searched either side of the cursor; each further ring is four times as wide,
#: so a search costs about the distance to what it finds, not the whole `NEAR` window.
RING = 1_024
#: How many candidate windows the fuzzy step aligns, at most, per evidence string.
FUZZY_MAX_WINDOWS = 4

_WORD = re.compile(r"\w+")
#: Printable ASCII but the backtick (which folds to an apostrophe), single spaces inside only;
#: or anything else. Folding plain text only lower-cases it. The quantifiers are possessive:
#: a plain run never needs to give back, and without them the engine keeps a backtracking
#: entry per word, so a long run (a text without line breaks) cost more per KB the longer it was.
_PLAIN = r"[!-_a-~]"
_PLAIN_OR_NOT = re.compile(rf"(?P<plain>{_PLAIN}++(?: {_PLAIN}++)*+)|(?P<other>.)", re.DOTALL)


@dataclass(frozen=True)
class Folded:
    """A text in comparison form, and where its characters came from. A stretch that maps one
    to one is stored once: the folded character at `starts[i]` came from `origins[i]`, and
    those after it up to `starts[i + 1]` from the ones after that. Plain text thus needs no
    per-character table, which would cost more per KB the longer the text."""

    text: str
    starts: list[int]
    origins: list[int]

    def origin(self, index: int) -> int:
        """Where the folded character at `index` came from in the original."""
        i = bisect.bisect_right(self.starts, index) - 1
        return self.origins[i] + index - self.starts[i]

    def position(self, origin: int) -> int:
        """The first folded character that came from `origin` or after it."""
        i = bisect.bisect_left(self.origins, origin)
        if i and origin - self.origins[i - 1] < self._end(i - 1) - self.starts[i - 1]:
            return self.starts[i - 1] + origin - self.origins[i - 1]
        return self.starts[i] if i < len(self.starts) else len(self.text)

    def _end(self, i: int) -> int:
        """Where stretch `i` ends in the folded text."""
        return self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)


def fold_text(text: str) -> Folded:
    """`text` folded character by character (see `factx.text.fold`), runs of white space as one
    space; runs of plain ASCII are copied whole, lower-cased."""
    parts: list[str] = []
    starts: list[int] = []
    origins: list[int] = []
    size = 0

    def came_from(origin: int, length: int) -> None:
        """The next `length` folded characters came one to one from `origin` on."""
        nonlocal size
        if not starts or starts[-1] - origins[-1] != size - origin:
            starts.append(size)
            origins.append(origin)
        size += length

    last = ""
    for run in _PLAIN_OR_NOT.finditer(text):
        if run.lastgroup == "plain":
            parts.append(run.group().lower())
            came_from(run.start(), run.end() - run.start())
            last = "x"
            continue
        index = run.start()
        folded = fold(text[index])
        if folded == " " and last == " " or not folded:
            continue
        parts.append(folded)
        for _ in folded:  # several characters from one: each maps back to it
            came_from(index, 1)
        last = folded[-1]
    return Folded("".join(parts), starts, origins)


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

    Items are searched for near the previous one first (models list them in text order),
    outwards from it, so an item costs about its distance from the one before; beyond that,
    the text is indexed once by its words and only the places holding the evidence's rarest
    whole word are tried, nearest first. So finding an item costs about the same however
    long the article is. `probes` counts the places tried.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.probes = 0
        self._folded: Folded | None = None
        self._indexes: dict[bool, dict[str, list[int]]] = {}

    @property
    def folded(self) -> Folded:
        """The text in comparison form; built on first need (exact matches never need it)."""
        if self._folded is None:
            self._folded = fold_text(self.text)
        return self._folded

    def _index(self, folded: bool) -> dict[str, list[int]]:
        """Where each word starts, in the text or its folded form."""
        if folded not in self._indexes:
            index: dict[str, list[int]] = {}
            for m in _WORD.finditer(self.folded.text if folded else self.text):
                index.setdefault(m.group(), []).append(m.start())
            self._indexes[folded] = index
        return self._indexes[folded]

    def _nearest(self, needle: str, cursor: int, folded: bool, far: bool) -> Iterator[int]:
        """Start of every occurrence of `needle` within `NEAR` characters of `cursor` (a plain
        search), or `far`ther (where the word index says), nearest first."""
        haystack = self.folded.text if folded else self.text
        inner = (m for m in _WORD.finditer(needle) if m.start() > 0 and m.end() < len(needle))
        words = list(inner) if far else []
        if not words:  # near, or no whole word to look up: search on outwards
            reach = (NEAR + 1, len(haystack)) if far else (0, NEAR)
            for start in _scan(haystack, needle, cursor, *reach):
                self.probes += 1
                yield start
            return
        index = self._index(folded)
        word = min(words, key=lambda m: len(index.get(m.group(), ())))
        starts = index.get(word.group(), [])
        offset = word.start()
        after = bisect.bisect_right(starts, cursor + NEAR + offset)
        before = bisect.bisect_left(starts, cursor - NEAR + offset)
        forward = (p - offset for p in starts[after:])
        backward = (p - offset for p in reversed(starts[:before]))
        for start in heapq.merge(forward, backward, key=lambda p: abs(p - cursor)):
            if abs(start - cursor) <= NEAR:
                continue  # found above
            self.probes += 1
            if start >= 0 and haystack.startswith(needle, start):
                yield start

    def _exact(self, evidence: str, taken: Taken, far: bool) -> Located | None:
        """The free exact occurrence nearest `taken.cursor`, near it (or `far`ther)."""
        for start in self._nearest(evidence, taken.cursor, False, far):
            if (start, start + len(evidence)) not in taken.spans:
                return Located(start, start + len(evidence), "exact")
        return None

    def _nearest_exact(self, evidence: str, taken: Taken) -> Located | None:
        """The exact occurrence nearest `taken.cursor` within the scan's first ring, if it is
        free: what `_exact` returns first (the later one on a tie), found by one search each
        way instead of the ring scan's machinery. Most evidence lies just after the item
        before it; None leaves the rest to `_exact`."""
        cursor, size, reach = taken.cursor, len(evidence), min(NEAR + 1, RING)
        ahead = self.text.find(evidence, cursor, cursor + reach - 1 + size)
        bottom = max(0, cursor - reach + 1)
        behind = self.text.rfind(evidence, bottom, cursor - 1 + size) if cursor >= 1 else -1
        nearer_behind = behind >= 0 and (ahead < 0 or cursor - behind < ahead - cursor)
        nearest = behind if nearer_behind else ahead
        if nearest < 0 or (nearest, nearest + size) in taken.spans:
            return None
        self.probes += 1
        return Located(nearest, nearest + size, "exact")

    def _normalised(self, needle: str, taken: Taken, far: bool) -> Located | None:
        """The free occurrence of the normalised `needle` (or of it without the quotes and
        stops at its edges) nearest `taken.cursor`, near it (or `far`ther)."""
        cursor = self.folded.position(taken.cursor)
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
        # from the start with nothing taken, the first exact occurrence is the nearest: what
        # the ring scan below would find first, found by one search
        if not taken.spans and taken.cursor == 0 and 0 <= (at := self.text.find(evidence)) <= NEAR:
            self.probes += 1
            return Located(at, at + len(evidence), "exact")
        if span := self._nearest_exact(evidence, taken):
            return span
        needle = ""  # normalised only once an exact search has failed: most evidence is exact
        for far in (False, True):
            if span := self._exact(evidence, taken, far):
                return span
            needle = needle or normalise(evidence)
            if span := self._normalised(needle, taken, far):
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
        folded = self.folded
        while start < end and folded.text[start] == " ":
            start += 1
        while end > start and folded.text[end - 1] == " ":
            end -= 1
        return Located(folded.origin(start), folded.origin(end - 1) + 1, match, score)

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
            hi = min(len(self.folded.text), bucket * 32 + size + size // 4 + 32)
            result = fuzz.partial_ratio_alignment(needle, self.folded.text[lo:hi])
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


def _scan(haystack: str, needle: str, cursor: int, near: int, far: int) -> Iterator[int]:
    """Every occurrence of `needle` starting `near` to `far` characters from `cursor`, nearest
    first (the later one on a tie), by plain search in rings around the cursor, each four
    times as wide as the one before: the nearest costs about its distance to find."""
    size, end = len(needle), len(haystack)
    inner, width = near, RING
    while inner <= far and (cursor + inner < end or cursor - inner >= 0):
        outer = min(far + 1, inner + width)  # this ring: distances inner .. outer - 1
        ahead: list[int] = []
        found = haystack.find(needle, cursor + inner, cursor + outer - 1 + size)
        while found >= 0:
            ahead.append(found)
            found = haystack.find(needle, found + 1, cursor + outer - 1 + size)
        behind: list[int] = []
        bottom = max(0, cursor - outer + 1)
        top = cursor - max(inner, 1)  # the cursor itself is ahead
        found = haystack.rfind(needle, bottom, top + size) if top >= bottom else -1
        while found >= 0:
            behind.append(found)
            found = haystack.rfind(needle, bottom, found - 1 + size)
        yield from heapq.merge(ahead, behind, key=lambda p: abs(p - cursor))
        inner, width = outer, width * 4


@lru_cache(maxsize=4)
def _locator(text: str) -> Locator:
    return Locator(text)


def locate(evidence: str, text: str) -> Located | None:
    """Find `evidence` in `text` (see `Locator.locate`); the text's index is cached."""
    return _locator(text).locate(evidence)
