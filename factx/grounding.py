"""Turning an extractor's draft into grounded output records, or into rejections with reasons.

Every item's evidence is located in the article by code (`factx.align`). Then, per kind:
a claim's speaker and a position's actor must be named in the article, and a direct claim's
evidence must lie inside quotation marks; a figure's value is re-read from its evidence by the
figure parser (the value policy: same value -> 'verified', no number read where the model's is
-> 'unverified' and kept, a different value or unit family -> rejected). The same checks feed
the re-ask (`problems`, saying what to fix) and the final records (`ground`), where twins (a
direct quote inside a reported claim of the same speaker, overlapping positions) merge.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, TypeVar

from pydantic import BaseModel

from factx.align import Located, Locator, Taken
from factx.figures import (
    COUNT_UNITS,
    MULTIPLE,
    ParsedFigure,
    find_figures,
    in_unit,
    unit_family,
    verifiable_unit,
)
from factx.names import HONORIFICS, NameIndex, name_matches
from factx.quotes import paragraph_quotes
from factx.schemas import (
    Claim,
    ClaimDraft,
    Evidence,
    ExtractionDraft,
    Figure,
    FigureDraft,
    Position,
    PositionDraft,
    RecordKind,
    Rejected,
    RejectReason,
)
from factx.text import shorten

#: A figure's value may differ from the parsed one by this fraction before it counts as wrong.
VALUE_TOLERANCE = 0.01
#: A vague quantity ('thousands') agrees with values from its magnitude up to this many times it.
VAGUE_SPAN = 10
#: A direct claim needs at least this share of its characters inside quotation marks.
MIN_QUOTED_SHARE = 0.5
#: Rejections of figures whose value check failed (the evidence itself was found).
VALUE_REJECTIONS = frozenset({"number not in evidence", "value differs", "unit differs"})

_ALNUM = re.compile(r"[^\W_]")
_NOT_ALNUM = re.compile(r"[\W_]+")
#: Where a sentence ends: a stop before a space or the line's end, never after an honorific
#: or an initial ('Mr. Sowe', 'J. Smith').
_NOT_AFTER_TITLE = "".join(rf"(?<!\b{word.capitalize()})" for word in sorted(HONORIFICS))
_SENTENCE_END = re.compile(rf"{_NOT_AFTER_TITLE}(?<!\b[A-Z])[.!?](?=\s|$)|\n")


def _alnum_count(text: str, start: int, end: int) -> int:
    """How many letters and digits `text[start:end]` holds: the length less its other runs
    (a scan for runs, not a list of every letter: twice as fast)."""
    return end - start - sum(map(len, _NOT_ALNUM.findall(text, start, end)))


class Rejection(Exception):
    """Why an item cannot be passed on as a result, and what the extractor could do about it."""

    def __init__(self, reason: RejectReason, detail: str, fix: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
        self.fix = fix


@dataclass
class Grounded:
    """The records built from a draft and the items rejected on the way."""

    claims: list[Claim] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)

    def rejected_counts(self) -> dict[RecordKind, int]:
        counts: dict[RecordKind, int] = {}
        for item in self.rejected:
            counts[item.kind] = counts.get(item.kind, 0) + 1
        return counts

    def value_checks(self) -> dict[str, int]:
        """Figures by value-check outcome: 'verified', 'unverified', 'rejected'."""
        counts: Counter[str] = Counter(figure.value_check for figure in self.figures)
        counts["rejected"] = sum(item.reason in VALUE_REJECTIONS for item in self.rejected)
        return {outcome: n for outcome, n in sorted(counts.items()) if n}


class _Article:
    """One article as the checks see it: its locator, quoted passages and the names it holds."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.locator = Locator(text)
        self.names = NameIndex(text).names

    def rest_of_sentence(self, end: int) -> str:
        """The words after `end` to the end of its sentence (', prosecutor X told reporters.'):
        none when `end` closes a sentence."""
        stop = _SENTENCE_END.search(self.text, max(end - 1, 0))
        return self.text[end : stop.start() if stop else len(self.text)]

    @cached_property
    def quoted(self) -> list[tuple[int, int]]:
        """Every passage inside quotation marks (quotes running on across paragraphs included)."""
        return [(q.start, q.end) for _, quotes in paragraph_quotes(self.text) for q in quotes]

    def quoted_share(self, evidence: Evidence | Located) -> float:
        """How much of the evidence (letters and digits) lies inside quotation marks."""
        start, end = evidence.start, evidence.end
        if not _ALNUM.search(self.text, start, end):
            return 0.0
        first = bisect.bisect_right(self._quote_ends, start)
        if (
            first < len(self.quoted)
            and self.quoted[first][0] <= start
            and end <= self.quoted[first][1]
        ):
            return 1.0  # inside one passage (passages never overlap): all of it is quoted
        inside = 0
        for lo, hi in itertools.islice(self.quoted, first, None):
            if lo >= end:
                break
            inside += _alnum_count(self.text, max(lo, start), min(hi, end))
        return inside / _alnum_count(self.text, start, end)

    @cached_property
    def _quote_ends(self) -> list[int]:
        return [end for _, end in self.quoted]


#: How many more places of a quote's words are tried for one inside quotation marks.
_QUOTED_TRIES = 4


def _evidence(
    article: _Article, evidence: str, what: str, taken: Taken, quoted: bool = False
) -> Evidence:
    """Locate evidence, at its next place not yet given to an item of this kind, else at any:
    one phrase may hold two figures ('217-212'); twins it makes merge later. With `quoted`,
    a place inside quotation marks comes first: a headline often repeats a quote's words."""
    locator = article.locator
    span = locator.locate(evidence, taken) or locator.locate(evidence, Taken(cursor=taken.cursor))
    if quoted and span is not None:
        span = _quoted_place(article, evidence, span, taken)
    if span is None:
        closest = article.locator.closest(evidence)
        fix = (
            f"copy the article's exact words instead: {closest!r}"
            if closest
            else "copy it character for character from the article, or leave the item out"
        )
        raise Rejection(
            "evidence not found", f"{what} not found in the article: {shorten(evidence)!r}", fix
        )
    taken.add(span)
    text = article.text[span.start : span.end]
    return Evidence(text=text, start=span.start, end=span.end, match=span.match, score=span.score)


def _quoted_place(article: _Article, evidence: str, span: Located, taken: Taken) -> Located:
    """`span`, or the nearest other place of the same words that lies inside quotation marks
    where `span` does not."""
    passed = Taken(set(taken.spans), taken.cursor)
    place: Located | None = span
    for _ in range(_QUOTED_TRIES):
        if place is None or article.quoted_share(place) >= MIN_QUOTED_SHARE:
            return place or span
        passed.add(place)
        passed.cursor = taken.cursor
        place = article.locator.locate(evidence, passed)
    return span


def _source(article: _Article, name: str, evidence: Evidence) -> None:
    """A claim's speaker or a position's actor must be someone the article names."""
    if not article.names(name):
        exact = "" if evidence.match == "exact" else f" (the article's words: {evidence.text!r})"
        raise Rejection(
            "speaker not in article",
            f"{name!r} is not named in the article",
            f"name the source as the article does{exact}, or leave the item out",
        )


def _fields(draft: BaseModel, *skip: str) -> dict[str, Any]:
    """A draft's fields but `skip`, for the record made from it: its values as they are (a
    draft holds plain values only), what `model_dump` gives at a third of the cost."""
    return {name: value for name, value in vars(draft).items() if name not in skip}


def _claim(draft: ClaimDraft, article: _Article, taken: Taken) -> Claim:
    what = "quote" if draft.kind == "direct" else "claim"
    evidence = _evidence(article, draft.evidence, what, taken, quoted=draft.kind == "direct")
    _source(article, draft.speaker, evidence)
    kind = draft.kind
    if kind == "direct" and article.quoted_share(evidence) < MIN_QUOTED_SHARE:
        attributed = evidence.text + article.rest_of_sentence(evidence.end)
        if not NameIndex(attributed).names(draft.speaker):
            raise Rejection(
                "not a quote",
                f"{shorten(evidence.text)!r} is not inside quotation marks in the article",
                "give the words inside the quotation marks, or make it a reported claim whose "
                "evidence is the sentence that reports it",
            )
        # the sentence naming its source, or words printed without their marks before it
        # ('We are not content, prosecutor X told reporters.'), labelled as a quote
        kind = "reported"
    return Claim(**_fields(draft, "evidence", "kind"), kind=kind, evidence=evidence)


def _position(draft: PositionDraft, article: _Article, taken: Taken) -> Position:
    evidence = _evidence(article, draft.evidence, "position evidence", taken)
    _source(article, draft.actor, evidence)
    return Position(**_fields(draft, "evidence"), evidence=evidence)


def _family(unit: str) -> str:
    """Unit families for the value check: a share is one whether written as percent or not."""
    family = unit_family(unit)
    return "share" if family in ("percent", "fraction") else family


def _drafted_value(reading: ParsedFigure, draft: FigureDraft) -> float:
    """The draft's value in the reading's unit ('90 percent' against a read 0.9 'fraction', '14
    days' against 'two weeks'), as `factx eval` compares them."""
    if reading.unit == "fraction" and draft.unit == "percent":
        return draft.value / 100
    if reading.unit == "percent" and draft.unit == "fraction":
        return draft.value * 100
    return in_unit(draft.value, draft.unit, reading.unit)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=VALUE_TOLERANCE, abs_tol=1e-9)


def _agreed_value(reading: ParsedFigure, draft: FigureDraft) -> float | None:
    """The value of the reading the draft agrees with (a range's low or high end), if any."""
    value = _drafted_value(reading, draft)
    if reading.vague:
        low = reading.value * (1 - VALUE_TOLERANCE)
        return reading.value if low <= value < reading.value * VAGUE_SPAN else None
    for candidate in (reading.value, reading.high):
        if candidate is not None and _close(candidate, value):
            return candidate
    return None


def _same_family(reading: ParsedFigure, draft: FigureDraft) -> bool:
    """A bare number ('count', or a multiple) says nothing of its unit: the draft's is then
    taken."""
    return reading.unit in ("count", MULTIPLE) or _family(reading.unit) == _family(draft.unit)


def _counted_parts(
    reading: ParsedFigure, text: str, raw: Located, draft: FigureDraft
) -> list[ParsedFigure]:
    """A proportion's two numbers also count something ('three out of five proposals'): a
    draft counting one of them is checked against that number's own reading."""
    if not (reading.proportion and unit_family(draft.unit) == "count"):
        return [reading]
    return [
        replace(part, start=part.start + raw.start, end=part.end + raw.start)
        for part in find_figures(text[raw.start : raw.end])
    ]


#: A space misprinted inside a number after its point or comma ('N9. 1 million').
_SPACED_NUMBER = re.compile(r"(?<=\d[.,])\s(?=\d)")


def _closed_up(text: str, raw: Located) -> list[ParsedFigure]:
    """The one number the model's `raw` spans, read with a space misprinted inside it closed
    up: the model read 'N9. 1 million' as 9.1 million where the text alone reads '1 million'."""
    written = text[raw.start : raw.end]
    closed = _SPACED_NUMBER.sub("", written)
    readings = list(find_figures(closed)) if closed != written else []
    return [replace(readings[0], raw=written)] if len(readings) == 1 else []


def _figure(draft: FigureDraft, article: _Article, taken: Taken) -> Figure:
    evidence = _evidence(article, draft.evidence, "figure evidence", taken)
    readings = list(find_figures(evidence.text))
    raw = Locator(evidence.text).locate(draft.raw) if draft.raw.strip() else None
    where = f" (the article's words: {evidence.text!r})" if evidence.match != "exact" else ""
    if raw is not None:
        candidates = [
            part
            for r in readings
            if r.start < raw.end and raw.start < r.end
            for part in _counted_parts(r, evidence.text, raw, draft)
        ]
        # no number the parser reads where the model's is, or a unit whose values it cannot
        # verify ('120m' in metres, '78,000t' in tonnes): keep the model's value, unverified
        if not candidates or not verifiable_unit(draft.unit):
            return Figure(
                **_fields(draft, "evidence", "raw"),
                raw=evidence.text[raw.start : raw.end],
                evidence=evidence,
                value_check="unverified",
            )
    elif not readings:
        raise Rejection(
            "number not in evidence",
            f"{draft.raw!r} is not in the evidence {shorten(evidence.text)!r}",
            f"give raw exactly as the evidence writes the number, or evidence that holds it{where}",
        )
    else:
        candidates = readings
    agreeing = [(r, v) for r in candidates if (v := _agreed_value(r, draft)) is not None]
    if not agreeing and raw is not None and (closed := _closed_up(evidence.text, raw)):
        agreeing = [(r, v) for r in closed if (v := _agreed_value(r, draft)) is not None]
    matched = next(((r, v) for r, v in agreeing if _same_family(r, draft)), None)
    if matched is None:
        if agreeing:
            reading = agreeing[0][0]
            raise Rejection(
                "unit differs",
                f"{reading.raw!r} is in {reading.unit}, not {draft.unit}",
                f"give unit {reading.unit!r}{where}",
            )
        reading = min(candidates, key=lambda r: abs(r.value - draft.value))
        raise Rejection(
            "value differs",
            f"{reading.raw!r} reads as {reading.value:g} {reading.unit}, "
            f"not {draft.value:g} {draft.unit}",
            f"give value {reading.value:g}, or raw and evidence for the number you mean{where}",
        )
    reading, value = matched
    whole = value == reading.value  # else the draft is a range's upper end alone
    return Figure(
        raw=reading.raw if whole or raw is None else evidence.text[raw.start : raw.end],
        value=value,
        high=reading.high if whole else None,
        # the draft's unit where the evidence alone cannot tell it: a bare number, or '$5m'
        # in a currency several nations share (the draft read the article around it)
        unit=draft.unit
        if reading.unit in (*COUNT_UNITS, MULTIPLE) or reading.nation_unsaid
        else reading.unit,
        qualifier=(reading.qualifier if whole else None) or draft.qualifier,
        measures=draft.measures,
        applies_to=draft.applies_to,
        evidence=evidence,
        confidence=draft.confidence,
        vague=reading.vague,
    )


_BUILDERS: tuple[tuple[RecordKind, str, Callable[[Any, _Article, Taken], BaseModel]], ...] = (
    ("claim", "claims", _claim),
    ("figure", "figures", _figure),
    ("position", "positions", _position),
)


_Attempt = list[tuple[RecordKind, str, int, BaseModel, BaseModel | Rejection]]


def _attempt(draft: ExtractionDraft, article: _Article) -> _Attempt:
    """Try to ground each item: (kind, list name, index, draft item, record or rejection)."""
    out: _Attempt = []
    for kind, attr, build in _BUILDERS:
        taken = Taken()  # spans given to earlier items of this kind
        for index, item in enumerate(getattr(draft, attr)):
            try:
                out.append((kind, attr, index, item, build(item, article, taken)))
            except Rejection as exc:
                out.append((kind, attr, index, item, exc))
    return out


_Record = TypeVar("_Record", Claim, Position)


def _collapse(
    records: list[_Record],
    absorbed: Callable[[_Record, list[_Record]], bool],
    longest_first: Callable[[_Record], Any] = lambda r: 0,
) -> list[_Record]:
    """The records not `absorbed` by a kept one their evidence overlaps, in their own order.

    One sweep in text order, longest first where they start together (ties by
    `longest_first`): only the kept records still open at a start can overlap it.
    """
    kept: list[_Record] = []
    open_: list[_Record] = []
    for record in sorted(
        records, key=lambda r: (r.evidence.start, -r.evidence.end, longest_first(r))
    ):
        open_ = [k for k in open_ if k.evidence.end > record.evidence.start]
        if not absorbed(record, open_):
            kept.append(record)
            open_.append(record)
    order = {id(r): i for i, r in enumerate(records)}
    return sorted(kept, key=lambda r: order[id(r)])


def _claim_twin(claim: Claim, overlapping: list[Claim]) -> bool:
    """A claim inside another of the same speaker is no claim of its own: a direct quote inside
    a reported claim joins that claim's `quotes`; any other such twin is dropped."""
    home = next(
        (
            k
            for k in overlapping
            if claim.evidence.end <= k.evidence.end and name_matches(claim.speaker, k.speaker)
        ),
        None,
    )
    if home is not None and claim.kind == "direct" and home.kind == "reported":
        home.quotes.append(claim.evidence)
    return home is not None


def _position_twin(position: Position, overlapping: list[Position]) -> bool:
    """Positions of the same actor and stance whose evidence overlaps are one position."""
    return any(
        k.stance == position.stance and name_matches(position.actor, k.actor) for k in overlapping
    )


class Grounding:
    """Grounds drafts in one text (an article or a chunk of it): the text is indexed once, and
    what checking a draft found (for a re-ask) is kept to ground that same draft with."""

    def __init__(self, text: str) -> None:
        self.article = _Article(text)
        self._checked: tuple[ExtractionDraft, _Attempt] | None = None

    def problems(self, draft: ExtractionDraft) -> list[str]:
        """What to fix for the items that would be rejected, naming each by list and index."""
        self._checked = (draft, _attempt(draft, self.article))
        return [
            f"{attr}[{index}]: {result}; {result.fix}"
            for _, attr, index, _, result in self._checked[1]
            if isinstance(result, Rejection)
        ]

    def ground(self, draft: ExtractionDraft) -> Grounded:
        """Ground every item of `draft`; what cannot be grounded is rejected, with why."""
        checked, self._checked = self._checked, None  # used once: merging twins changes records
        results = checked[1] if checked and checked[0] is draft else _attempt(draft, self.article)
        out = Grounded()
        for kind, attr, _, item, result in results:
            if isinstance(result, Rejection):
                out.rejected.append(
                    Rejected(
                        kind=kind,
                        reason=result.reason,
                        detail=result.detail,
                        item=item.model_dump(),
                    )
                )
            else:
                getattr(out, attr).append(result)
        out.claims = _collapse(out.claims, _claim_twin, lambda c: c.kind == "direct")
        out.positions = _collapse(out.positions, _position_twin)
        return out


def ground(draft: ExtractionDraft, text: str) -> Grounded:
    """Ground every item of `draft` in `text`; what cannot be grounded is rejected, with why."""
    return Grounding(text).ground(draft)


def problems(draft: ExtractionDraft, text: str) -> list[str]:
    """What to fix for the items of `draft` that `text` would reject (see `Grounding`)."""
    return Grounding(text).problems(draft)
