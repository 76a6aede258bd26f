"""One article through the pipeline: article -> extractor draft -> grounding -> `ArticleResult`.

A failure inside one article becomes that article's `status: failed` result; it never stops
a batch or loses finished results. Long articles are split as the extractor asks
(`Extractor.max_chars`), the same from the library and the CLI.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections import Counter
from typing import Any

from factx import __version__
from factx.articles import Article, ArticleError
from factx.chunking import Chunk, split
from factx.extractor import Drafted, Extractor
from factx.grounding import Grounded, Grounding
from factx.schemas import (
    ArticleRef,
    ArticleResult,
    ErrorInfo,
    Provenance,
    Usage,
    path_id,
)


def _provenance(extractor: Extractor, **extra: Any) -> Provenance:
    return Provenance(
        extractor=extractor.name, factx_version=__version__, **extractor.provenance(), **extra
    )


def failed_result(
    path: str, error: BaseException, extractor: Extractor, article: Article | None = None
) -> ArticleResult:
    """The result line for an article that could not be extracted."""
    kind = "ArticleError" if isinstance(error, ArticleError) else type(error).__name__
    message = error.problem if isinstance(error, ArticleError) else str(error) or kind
    usage = getattr(error, "usage", None) or Usage()
    # an ArticleError carries a corpus record's id and meta when there is no article
    source = article or (error if isinstance(error, ArticleError) else None)
    return ArticleResult(
        article=ArticleRef(
            id=source.id if source else path_id(path),
            path=path,
            sha256=article.sha256 if article else None,
            chars=len(article.text) if article else None,
            meta=source.meta if source else {},
        ),
        status="failed",
        provenance=_provenance(extractor, usage=usage, cost_usd=getattr(error, "cost_usd", 0.0)),
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
                who = getattr(record, "speaker", "") or getattr(record, "actor", "")
                key = (attr, start, end, who)
                if key not in seen:
                    seen.add(key)
                    moved = record.evidence.model_copy(update={"start": start, "end": end})
                    getattr(merged, attr).append(record.model_copy(update={"evidence": moved}))
        for item in grounded.rejected:
            if (as_json := item.model_dump_json()) not in rejected:
                rejected.add(as_json)
                merged.rejected.append(item)
    return merged


def record_id(article_id: str, kind: str, where: str) -> str:
    """A record's stable id: a hash of its article's id, its kind and where its evidence is."""
    return hashlib.sha256(f"{article_id}\n{kind}\n{where}".encode()).hexdigest()[:16]


def _give_ids(grounded: Grounded, article_id: str) -> None:
    """Give every record and rejection its id; a second record on the same span gets '-2'.
    Set in place, not copied: the records are this result's own, made for it by grounding."""
    seen: Counter[str] = Counter()

    def unique(base: str) -> str:
        seen[base] += 1
        return base if seen[base] == 1 else f"{base}-{seen[base]}"

    for item in grounded.rejected:
        where = f"{item.kind}:{item.item.get('evidence', item.reason)}"
        item.id = unique(record_id(article_id, "rejected", where))
    for kind, records in (
        ("claim", grounded.claims),
        ("figure", grounded.figures),
        ("position", grounded.positions),
    ):
        for record in records:
            where = f"{record.evidence.start}:{record.evidence.end}"
            record.id = unique(record_id(article_id, kind, where))


def _assemble(
    article: Article, extractor: Extractor, parts: list[tuple[Chunk, Grounding, Drafted]]
) -> ArticleResult:
    """Ground each chunk's draft in its chunk (reusing what its last check found) and put the
    article's result together."""
    grounded = _merge([(chunk, grounding.ground(d.draft)) for chunk, grounding, d in parts])
    _give_ids(grounded, article.id)
    usage = sum((drafted.usage for _, _, drafted in parts), Usage())
    costs = [drafted.cost_usd for _, _, drafted in parts]
    replayed = sorted({d.replayed_from for _, _, d in parts if d.replayed_from})
    known = [cost for cost in costs if cost is not None]
    return ArticleResult(
        article=ArticleRef(
            id=article.id,
            path=article.path,
            sha256=article.sha256,
            chars=len(article.text),
            meta=article.meta,
        ),
        status="ok",
        claims=grounded.claims,
        figures=grounded.figures,
        positions=grounded.positions,
        rejected=grounded.rejected,
        provenance=_provenance(
            extractor,
            usage=usage,
            replayed_from=", ".join(replayed) or None,
            cost_usd=round(sum(known), 6) if len(known) == len(costs) else None,
            rejected=grounded.rejected_counts(),
            value_checks=grounded.value_checks(),
        ),
        warnings=[article.warning] if article.warning else [],
    )


def extract_article(article: Article, extractor: Extractor) -> ArticleResult:
    """Extract one article (in chunks if the extractor asks); any error is a `failed` result."""
    try:
        chunks = [(c, Grounding(c.text)) for c in split(article.text, extractor.max_chars)]
        parts = [(c, g, extractor.draft(c.text, g.problems)) for c, g in chunks]
        return _assemble(article, extractor, parts)
    except Exception as exc:  # one article's failure must not end the batch
        return failed_result(article.path, exc, extractor, article)


async def aextract_article(article: Article, extractor: Extractor) -> ArticleResult:
    """`extract_article` for an event loop: the chunks of one article are drafted together when
    the extractor has an async `adraft` (the rate limiter bounds the requests in flight)."""
    try:
        chunks = [(c, Grounding(c.text)) for c in split(article.text, extractor.max_chars)]
        adraft = getattr(extractor, "adraft", None)
        if adraft is None:
            drafts = [extractor.draft(c.text, g.problems) for c, g in chunks]
        else:
            drafts = await asyncio.gather(*(adraft(c.text, g.problems) for c, g in chunks))
        parts = [(c, g, d) for (c, g), d in zip(chunks, drafts, strict=True)]
        return _assemble(article, extractor, parts)
    except Exception as exc:  # one article's failure must not end the batch
        return failed_result(article.path, exc, extractor, article)


def extract_text(text: str, extractor: Extractor, path: str = "<text>") -> ArticleResult:
    """Extract from a string (e.g. in a notebook)."""
    return extract_article(Article(path=path, text=text), extractor)
