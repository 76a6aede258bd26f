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
from factx.normalise import ground, problems
from factx.schemas import ArticleRef, ArticleResult, ErrorInfo, ExtractionDraft, Provenance, Usage


@dataclass
class Drafted:
    """An extractor's draft for one article and what it cost."""

    draft: ExtractionDraft
    usage: Usage = field(default_factory=Usage)
    #: Where replayed responses came from ('authored' or a model), None when live.
    replayed_from: str | None = None


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
        provenance=_provenance(extractor),
        error=ErrorInfo(type=kind, message=message),
        warnings=[article.warning] if article and article.warning else [],
    )


def extract_article(article: Article, extractor: Extractor) -> ArticleResult:
    """Extract one article; any error becomes a `failed` result naming the problem."""
    try:
        drafted = extractor.draft(article.text, partial(problems, text=article.text))
        grounded = ground(drafted.draft, article.text)
    except Exception as exc:  # one article's failure must not end the batch
        return failed_result(article.path, exc, extractor, article)
    return ArticleResult(
        article=ArticleRef(path=article.path, sha256=article.sha256, chars=len(article.text)),
        status="ok",
        claims=grounded.claims,
        figures=grounded.figures,
        positions=grounded.positions,
        rejected=grounded.rejected,
        provenance=_provenance(
            extractor, usage=drafted.usage, replayed_from=drafted.replayed_from,
            rejected=grounded.rejected_counts(),
        ),  # fmt: skip
        warnings=[article.warning] if article.warning else [],
    )


def extract_text(text: str, extractor: Extractor, path: str = "<text>") -> ArticleResult:
    """Extract from a string (e.g. in a notebook)."""
    return extract_article(Article(path=path, text=text), extractor)


def extract_paths(paths: Iterable[str], extractor: Extractor) -> Iterator[ArticleResult]:
    """Extract every article under `paths` (files, directories, '-'), one result per article."""
    for path in expand_paths(list(paths)):
        try:
            article = read_article(path)
        except ArticleError as exc:
            yield failed_result(path, exc, extractor)
            continue
        yield extract_article(article, extractor)
