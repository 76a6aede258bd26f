"""Turning an extractor's draft into grounded output records, or into rejections with reasons.

Every item's evidence is located in the article by code (`grounding.locate`); a figure's value
and unit come from the figure parser applied to the located evidence, not from the model.
The same per-item checks feed the re-ask (`problems`) and the final records (`ground`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from factx.align import Locator, Span, Taken
from factx.figures import COUNT_UNITS, ParsedFigure, find_figures, unit_family
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
)
from factx.text import normalise, shorten

#: A figure's value may differ from the parsed one by this fraction before it counts as wrong.
VALUE_TOLERANCE = 0.01


class Rejection(Exception):
    """Why an item cannot be passed on as a result."""


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


def _evidence(locator: Locator, evidence: str, what: str, taken: Taken) -> Evidence:
    span = locator.locate(evidence, taken)
    if span is None:
        raise Rejection(f"{what} not found in the article: {shorten(evidence)!r}")
    taken.add(evidence, span)
    text = locator.text[span.start : span.end]
    return Evidence(text=text, start=span.start, end=span.end, match=span.match, score=span.score)


def _claim(draft: ClaimDraft, locator: Locator, taken: Taken) -> Claim:
    evidence = _evidence(
        locator, draft.evidence, "quote" if draft.kind == "direct" else "claim", taken
    )
    return Claim(**draft.model_dump(exclude={"evidence"}), evidence=evidence)


def _position(draft: PositionDraft, locator: Locator, taken: Taken) -> Position:
    evidence = _evidence(locator, draft.evidence, "position evidence", taken)
    return Position(**draft.model_dump(exclude={"evidence"}), evidence=evidence)


def _pick(parsed: list[ParsedFigure], draft: FigureDraft, span: Span, text: str) -> ParsedFigure:
    """The parsed figure the draft's `raw` points at; else the one nearest the draft's value."""
    raw = normalise(draft.raw)
    for figure in parsed:
        if raw and raw in normalise(text[span.start + figure.start : span.start + figure.end]):
            return figure
    for figure in parsed:
        if normalise(text[span.start + figure.start : span.start + figure.end]) in raw:
            return figure
    return min(parsed, key=lambda f: abs(f.value - draft.value))


def _figure(draft: FigureDraft, locator: Locator, taken: Taken) -> Figure:
    evidence = _evidence(locator, draft.evidence, "figure evidence", taken)
    span = Span(evidence.start, evidence.end, evidence.match)
    parsed = list(find_figures(evidence.text))
    if not parsed:
        raise Rejection(f"no number found in figure evidence: {shorten(evidence.text)!r}")
    figure = _pick(parsed, draft, span, locator.text)
    if not math.isclose(figure.value, draft.value, rel_tol=VALUE_TOLERANCE, abs_tol=1e-9):
        raise Rejection(
            f"figure value wrong: {figure.raw!r} reads as {figure.value:g}, not {draft.value:g}"
        )
    if unit_family(figure.unit) != unit_family(draft.unit):
        raise Rejection(f"figure unit wrong: {figure.raw!r} is in {figure.unit}, not {draft.unit}")
    # The parser cannot see an elided noun ('150,000 in Scotland'): keep the model's 'people'.
    unit = draft.unit if {draft.unit, figure.unit} == COUNT_UNITS else figure.unit
    return Figure(
        raw=figure.raw,
        value=figure.value,
        high=figure.high,
        unit=unit,
        qualifier=figure.qualifier or draft.qualifier,
        measures=draft.measures,
        applies_to=draft.applies_to,
        evidence=evidence,
        confidence=draft.confidence,
    )


_BUILDERS: tuple[tuple[RecordKind, str, Callable[[Any, Locator, Taken], BaseModel]], ...] = (
    ("claim", "claims", _claim),
    ("figure", "figures", _figure),
    ("position", "positions", _position),
)


def _attempt(
    draft: ExtractionDraft, text: str
) -> Iterator[tuple[RecordKind, str, int, BaseModel, BaseModel | Rejection]]:
    """Try to ground each item: (kind, list name, index, draft item, record or rejection)."""
    locator = Locator(text)
    for kind, attr, build in _BUILDERS:
        taken = Taken()  # spans given to earlier items of this kind
        for index, item in enumerate(getattr(draft, attr)):
            try:
                yield kind, attr, index, item, build(item, locator, taken)
            except Rejection as exc:
                yield kind, attr, index, item, exc


def ground(draft: ExtractionDraft, text: str) -> Grounded:
    """Ground every item of `draft` in `text`; what cannot be grounded is rejected, with why."""
    out = Grounded()
    for kind, attr, _, item, result in _attempt(draft, text):
        if isinstance(result, Rejection):
            out.rejected.append(Rejected(kind=kind, reason=str(result), item=item.model_dump()))
        else:
            getattr(out, attr).append(result)
    return out


def problems(draft: ExtractionDraft, text: str) -> list[str]:
    """Why items would be rejected, naming each item by list and index, for a re-ask."""
    return [
        f"{attr}[{index}]: {result}"
        for _, attr, index, _, result in _attempt(draft, text)
        if isinstance(result, Rejection)
    ]
