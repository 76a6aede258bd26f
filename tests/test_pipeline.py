"""One article through the pipeline: chunking and merging, failures as results."""

from __future__ import annotations

import asyncio

from factx.articles import Article
from factx.chunking import split
from factx.extractor import Check, Drafted
from factx.pipeline import aextract_article, extract_text
from factx.rules.extractor import RulesExtractor


def test_long_article_is_split_and_merged_at_article_offsets() -> None:
    paragraph = (
        "Nurses in Leeds rejected the 3% pay offer, said Ann Lee, the union's regional secretary.\n"
    )
    text = "".join(f"Section {n}. " + paragraph for n in range(40))
    chunks = split(text, 1000)
    assert len(chunks) > 3 and all(len(c.text) <= 1000 for c in chunks)
    assert all(text[c.start : c.start + len(c.text)] == c.text for c in chunks)
    assert chunks[0].start == 0 and chunks[-1].start + len(chunks[-1].text) == len(text)
    whole = extract_text(text, RulesExtractor())
    chunked = extract_text(text, RulesExtractor(max_chars=1000))
    for record in (*chunked.claims, *chunked.figures, *chunked.positions):
        assert text[record.evidence.start : record.evidence.end] == record.evidence.text
    key = lambda r: (r.evidence.start, r.evidence.end)  # noqa: E731
    assert sorted(map(key, chunked.figures)) == sorted(map(key, whole.figures)), (
        "overlaps are not doubled"
    )


class Exploding:
    """An extractor whose every draft fails, to show a failure stays inside its article."""

    name = "exploding"
    max_chars = None

    def provenance(self) -> dict[str, str]:
        return {"model": "boom-1"}

    def draft(self, text: str, check: Check) -> Drafted:
        raise RuntimeError("the model fell over")


def test_an_extractor_error_becomes_a_failed_result() -> None:
    result = extract_text("Nurses rejected the 3% offer.", Exploding(), path="a.txt")
    assert result.status == "failed" and result.error is not None
    assert (result.error.type, result.error.message) == ("RuntimeError", "the model fell over")
    assert result.article.path == "a.txt" and result.article.chars == 29
    assert (result.provenance.extractor, result.provenance.model) == ("exploding", "boom-1")


def test_the_extractor_decides_the_chunk_size() -> None:
    text = "Nurses in Leeds rejected the 3% pay offer, said Ann Lee.\n" * 60
    seen: list[int] = []

    class Counting(RulesExtractor):
        def draft(self, text: str, check: Check) -> Drafted:
            seen.append(len(text))
            return super().draft(text, check)

    extract_text(text, Counting())
    assert seen == [len(text)], "the rules read the whole article at once by default"
    seen.clear()
    extract_text(text, Counting(max_chars=1000))
    assert len(seen) > 3 and max(seen) <= 1000


def test_the_chunks_of_one_article_are_drafted_together() -> None:
    text = "Nurses in Leeds rejected the 3% pay offer, said Ann Lee.\n" * 60
    running: list[int] = []
    peak: list[int] = [0]

    class Concurrent(RulesExtractor):
        async def adraft(self, text: str, check: Check) -> Drafted:
            running.append(1)
            peak[0] = max(peak[0], len(running))
            await asyncio.sleep(0)  # a request on the wire: the others go meanwhile
            running.pop()
            return self.draft(text, check)

    extractor = Concurrent(max_chars=1000)
    chunks = split(text, 1000)
    result = asyncio.run(aextract_article(Article(path="a.txt", text=text), extractor))
    assert peak[0] == len(chunks) > 3, "every chunk in flight at once (the limiter bounds them)"
    assert result.model_dump() == extract_text(text, extractor, path="a.txt").model_dump()
