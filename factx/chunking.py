"""Splitting long articles for the model: on paragraph, else sentence, boundaries, with overlap.

Each chunk keeps its offset in the article, so records found in it are shifted back to
article offsets; the overlap means a quote cut by one boundary is whole in the next chunk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Characters of context each chunk repeats from the end of the one before.
OVERLAP = 400
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+")


@dataclass(frozen=True)
class Chunk:
    """`text` is `article[start:start + len(text)]`."""

    start: int
    text: str


def _cut(text: str, lo: int, hi: int, fallback: int) -> int:
    """Where to cut in `text[lo:hi]`: after a paragraph, else a sentence, else `fallback`."""
    paragraph = text.rfind("\n", lo, hi)
    if paragraph > lo:
        return paragraph + 1
    sentences = list(_SENTENCE_END.finditer(text, lo, hi))
    return sentences[-1].end() if sentences else fallback


def split(text: str, max_chars: int | None, overlap: int = OVERLAP) -> list[Chunk]:
    """The article as chunks of at most `max_chars` characters (one chunk if it fits or None)."""
    if max_chars is None or len(text) <= max_chars:
        return [Chunk(0, text)]
    overlap = min(overlap, max_chars // 4)
    chunks = []
    start = 0
    while True:
        if len(text) - start <= max_chars:
            chunks.append(Chunk(start, text[start:]))
            return chunks
        end = _cut(text, start + max_chars // 2, start + max_chars, start + max_chars)
        chunks.append(Chunk(start, text[start:end]))
        # the next chunk starts at a boundary inside the last `overlap` characters of this one
        start = _cut(text, end - overlap, end - 1, end - overlap) if end - overlap > start else end
