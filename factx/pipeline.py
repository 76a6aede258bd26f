"""The extraction pipeline: article -> extractor draft -> grounding -> one `ArticleResult`.

This is the library API the CLI and notebooks call. A failure inside one article becomes that
article's `status: failed` result; it never stops the batch or loses finished results.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import Any, Callable, Iterable, Iterator, Protocol

from factx import __version__
from factx.articles import Article, ArticleError, expand_paths, read_article
from factx.chunking import Chunk, split
from factx.grounding import Grounded, ground, problems
from factx.schemas import ArticleRef, ArticleResult, ErrorInfo, ExtractionDraft, Provenance, Usage


@dataclass
class Drafted:
    """An extractor's draft for one article and what it cost."""

    draft: ExtractionDraft
    usage: Usage = field(default_factory=Usage)
    #: Where replayed responses came from ('authored' or a model), None when live.
    replayed_from: str | None = None
    #: Estimated dollars, when the extractor has a price (0 for the offline rules).
    cost_usd: float | None = 0.0


class Extractor(Protocol):
    """Anything that drafts an extraction from article text (the LLM, the offline rules)."""

    name: str

    def provenance(self) -> dict[str, Any]: ...

    def draft(self, text: str, check: Callable[[ExtractionDraft], list[str]]) -> Drafted: ...


def _provenance(extractor: Extractor, **extra: Any) -> Provenance:
    return Provenance(extractor=extractor.name, factx_version=__version__, **extractor.provenance(), **extra)


def failed_result(path: str, error: BaseException, extractor: Extractor, article: Article | None = None) -> ArticleResult:
    """The result line for an article that could not be extracted."""
    kind = "ArticleError" if isinstance(error, ArticleError) else type(error).__name__
    message = error.problem if isinstance(error, ArticleError) else str(error) or kind
    return ArticleResult(
        article=ArticleRef(path=path, sha256=article.sha256 if article else None,
                           chars=len(article.text) if article else None),
        status="failed",
        provenance=_provenance(
            extractor, usage=getattr(error, "usage", None) or Usage(), cost_usd=getattr(error, "cost_usd", 0.0)
        ),
        error=ErrorInfo(type=kind, message=message),
        warnings=[article.warning] if article and article.warning else [],
    )


def _merge(parts: list[tuple[Chunk, Grounded]]) -> Grounded:
    """Records of all chunks at article offsets; one record per kind and span."""
    if len(parts) == 1 and parts[0][0].start == 0:
        return parts[0][1]  # the whole article in one piece: nothing to move or merge
    merged = Grounded()
    seen: set[tuple[str, int, int, str]] = set()
    rejected: set[str] = set()
    for chunk, grounded in parts:
        for attr in ("claims", "figures", "positions"):
            for record in getattr(grounded, attr):
                start, end = record.evidence.start + chunk.start, record.evidence.end + chunk.start
                key = (attr, start, end, getattr(record, "speaker", "") or getattr(record, "actor", ""))
                if key not in seen:
                    seen.add(key)
                    moved = record.evidence.model_copy(update={"start": start, "end": end})
                    getattr(merged, attr).append(record.model_copy(update={"evidence": moved}))
        for item in grounded.rejected:
            if (as_json := item.model_dump_json()) not in rejected:
                rejected.add(as_json)
                merged.rejected.append(item)
    return merged


def _assemble(article: Article, extractor: Extractor, parts: list[tuple[Chunk, Drafted]]) -> ArticleResult:
    """Ground each chunk's draft in its chunk and put the article's result together."""
    grounded = _merge([(chunk, ground(drafted.draft, chunk.text)) for chunk, drafted in parts])
    usage = sum((drafted.usage for _, drafted in parts), Usage())
    costs = [drafted.cost_usd for _, drafted in parts]
    replayed = sorted({d.replayed_from for _, d in parts if d.replayed_from})
    return ArticleResult(
        article=ArticleRef(path=article.path, sha256=article.sha256, chars=len(article.text)),
        status="ok",
        claims=grounded.claims,
        figures=grounded.figures,
        positions=grounded.positions,
        rejected=grounded.rejected,
        provenance=_provenance(
            extractor, usage=usage, replayed_from=", ".join(replayed) or None,
            cost_usd=None if None in costs else round(sum(costs), 6),  # type: ignore[arg-type]
            rejected=grounded.rejected_counts(),
        ),  # fmt: skip
        warnings=[article.warning] if article.warning else [],
    )


def _check(text: str) -> Callable[[ExtractionDraft], list[str]]:
    return partial(problems, text=text)


def extract_article(article: Article, extractor: Extractor, max_chars: int | None = None) -> ArticleResult:
    """Extract one article (in chunks of `max_chars` if longer); any error becomes a `failed` result."""
    try:
        chunks = split(article.text, max_chars)
        return _assemble(article, extractor, [(c, extractor.draft(c.text, _check(c.text))) for c in chunks])
    except Exception as exc:  # one article's failure must not end the batch
        return failed_result(article.path, exc, extractor, article)


async def aextract_article(article: Article, extractor: Extractor, max_chars: int | None = None) -> ArticleResult:
    """`extract_article` for an event loop: uses the extractor's `adraft` when it has one."""
    try:
        parts = []
        adraft = getattr(extractor, "adraft", None)
        for chunk in split(article.text, max_chars):
            check = _check(chunk.text)
            parts.append((chunk, await adraft(chunk.text, check) if adraft else extractor.draft(chunk.text, check)))
        return _assemble(article, extractor, parts)
    except Exception as exc:  # one article's failure must not end the batch
        return failed_result(article.path, exc, extractor, article)


def extract_text(text: str, extractor: Extractor, path: str = "<text>", max_chars: int | None = None) -> ArticleResult:
    """Extract from a string (e.g. in a notebook)."""
    return extract_article(Article(path=path, text=text), extractor, max_chars)


def extract_paths(paths: Iterable[str], extractor: Extractor, max_chars: int | None = None) -> Iterator[ArticleResult]:
    """Extract every article under `paths` (files, directories, '-'), one result per article."""
    for path in expand_paths(list(paths)):
        try:
            article = read_article(path)
        except ArticleError as exc:
            yield failed_result(path, exc, extractor)
            continue
        yield extract_article(article, extractor, max_chars)
