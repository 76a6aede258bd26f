"""What an extractor is: anything that drafts an extraction from article text.

Both families (`factx.llm`, `factx.rules`) implement `Extractor`; the pipeline grounds what
they propose. Kept apart from the pipeline so that extractors never import the orchestrator.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from factx.errors import FactxError
from factx.schemas import ExtractionDraft, Usage

if TYPE_CHECKING:
    from factx.llm.config import LLMConfig
    from factx.llm.ratelimit import RateLimiter

BACKENDS = ("llm", "rules")

#: Lists the problems of a draft (empty when it grounds cleanly): what a re-ask is about.
Check = Callable[[ExtractionDraft], list[str]]


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

    #: Short name written into provenance ('llm', 'rules').
    name: str
    #: Articles longer than this are split into chunks before drafting (None: never).
    max_chars: int | None

    def provenance(self) -> dict[str, Any]:
        """What identifies this extractor's setup in a result (model, mode, prompt version)."""
        ...

    def draft(self, text: str, check: Check) -> Drafted:
        """Draft an extraction of `text`; `check` lists what a re-ask should fix."""
        ...


def choose_extractor(
    backend: str | None,
    config: LLMConfig,
    limiter: RateLimiter | None = None,
    warn: Callable[[str], None] | None = None,
) -> Extractor:
    """The extractor for `backend`; with none named, the LLM if an endpoint is configured (or
    cassettes replayed), else the offline rules, saying so through `warn`.

    Each family is imported only when chosen: the rules path loads no HTTP stack.
    """
    if backend not in (None, *BACKENDS):
        raise FactxError(f"unknown --backend {backend!r}; choose from {', '.join(BACKENDS)}")
    if backend == "rules" or (backend is None and not config.configured):
        if backend is None and warn is not None:
            warn(
                "no LLM endpoint configured: using the offline rules extractor "
                "(set OPENAI_API_KEY or --base-url and --model to extract with an LLM)"
            )
        from factx.rules.extractor import RulesExtractor

        return RulesExtractor()
    from factx.llm.extractor import LLMExtractor

    return LLMExtractor(config, limiter=limiter)
