"""The document: paragraphs, sentences and the sentence holding a position."""

from __future__ import annotations

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
