"""Splitting long articles: boundaries, overlap, offsets."""

from __future__ import annotations

import pytest

from factx.chunking import split

PARAGRAPH = "Nurses in Leeds rejected the 3% pay offer. Ann Lee said it was too little.\n"


@pytest.mark.parametrize(
    ("text", "max_chars", "count"),
    [
        ("short", None, 1),
        ("short", 1000, 1),
        (PARAGRAPH * 40, 1000, 4),
        (PARAGRAPH.replace("\n", " ") * 40, 1000, 4),  # no paragraphs: cut at sentences
        ("x" * 5000, 1000, 7),  # no boundary at all: cut at the limit
    ],
)
def test_chunks_cover_the_text_within_the_limit(text: str, max_chars: int, count: int) -> None:
    chunks = split(text, max_chars)
    assert len(chunks) >= count
    assert all(text[c.start : c.start + len(c.text)] == c.text for c in chunks)
    assert chunks[0].start == 0 and chunks[-1].start + len(chunks[-1].text) == len(text)
    assert all(len(c.text) <= (max_chars or len(text)) for c in chunks)
    starts = [c.start for c in chunks]
    assert starts == sorted(set(starts)), "every chunk moves forward"


def test_chunks_overlap_and_cut_after_paragraphs() -> None:
    text = PARAGRAPH * 40
    chunks = split(text, 1000)
    for before, after in zip(chunks, chunks[1:], strict=False):
        assert after.start < before.start + len(before.text), "consecutive chunks overlap"
        assert before.text.endswith("\n") and text[after.start - 1] == "\n"
