"""factx: extract grounded, typed facts (claims, figures, positions) from news articles.

The public API is imported lazily so that `import factx` (and `factx --help`) stays fast;
`factx.schemas` never pulls in openai, instructor or httpx.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factx.articles import (
        Article as Article,
    )
    from factx.articles import (
        read_article as read_article,
    )
    from factx.batch import (
        Summary as Summary,
    )
    from factx.batch import (
        extract_paths as extract_paths,
    )
    from factx.batch import (
        extract_to_file as extract_to_file,
    )
    from factx.errors import (
        FactxError as FactxError,
    )
    from factx.extractor import (
        Drafted as Drafted,
    )
    from factx.extractor import (
        Extractor as Extractor,
    )
    from factx.llm.config import (
        LLMConfig as LLMConfig,
    )
    from factx.llm.extractor import (
        LLMExtractor as LLMExtractor,
    )
    from factx.pipeline import (
        extract_article as extract_article,
    )
    from factx.pipeline import (
        extract_text as extract_text,
    )
    from factx.rules.extractor import (
        RulesExtractor as RulesExtractor,
    )
    from factx.schemas import (
        ArticleResult as ArticleResult,
    )
    from factx.schemas import (
        Claim as Claim,
    )
    from factx.schemas import (
        Figure as Figure,
    )
    from factx.schemas import (
        Position as Position,
    )

__version__ = "0.1.0"

_LAZY = {
    "Article": "factx.articles",
    "read_article": "factx.articles",
    "Summary": "factx.batch",
    "extract_paths": "factx.batch",
    "extract_to_file": "factx.batch",
    "FactxError": "factx.errors",
    "Drafted": "factx.extractor",
    "Extractor": "factx.extractor",
    "LLMConfig": "factx.llm.config",
    "LLMExtractor": "factx.llm.extractor",
    "extract_article": "factx.pipeline",
    "extract_text": "factx.pipeline",
    "RulesExtractor": "factx.rules.extractor",
    "ArticleResult": "factx.schemas",
    "Claim": "factx.schemas",
    "Figure": "factx.schemas",
    "Position": "factx.schemas",
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value  # look it up once
        return value
    raise AttributeError(f"module 'factx' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
