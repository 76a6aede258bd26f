"""The document: paragraphs, sentences and the sentence holding a position."""

from __future__ import annotations

import re

import pytest

from factx.rules.document import Document

TEXT = "First one. Second one.\n\nThird paragraph here."


@pytest.mark.parametrize(
    ("position", "sentence"),
    [(0, "First one."), (12, "Second one."), (30, "Third paragraph here."), (10, "")],
)
def test_sentence_at(position: int, sentence: str) -> None:
    doc = Document.read(TEXT)
    assert doc.slice(doc.sentence_at(position)) == sentence


def test_segments_and_people() -> None:
    doc = Document.read("Anna Berg spoke. She left.\nMr Berg stayed.")
    assert [doc.slice(p) for p in doc.paragraphs] == [
        "Anna Berg spoke. She left.",
        "Mr Berg stayed.",
    ]
    assert len(doc.sentences) == 3
    assert doc.people.last_before(20) == "Anna Berg"


@pytest.mark.parametrize(
    ("pattern", "held"),
    [(r"Second\s+one", True), (r"one\.\s+Third", True), (r"Fourth", False)],
)
def test_holds_searches_the_whole_text(pattern: str, held: bool) -> None:
    doc = Document.read(TEXT)
    assert doc.holds(re.compile(pattern)) is held  # across sentences and paragraphs too
    assert doc.holds(re.compile(pattern)) is held  # asked again: the same answer
