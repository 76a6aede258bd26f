"""Small builders shared by tests."""

from __future__ import annotations

from typing import Any

from factx.llm.config import LLMConfig, RetryPolicy
from factx.llm.extractor import LLMExtractor

FAST_RETRY = RetryPolicy(attempts=3, initial_wait=0.01, max_wait=0.05, jitter=0.01)


def llm_extractor(url: str, **config: Any) -> LLMExtractor:
    """An extractor pointed at a fake server, with retries that do not sleep long."""
    config.setdefault("retry", FAST_RETRY)
    return LLMExtractor(LLMConfig(base_url=url, model="test-model", **config))


def draft(
    claims: list[dict[str, Any]] = (),
    figures: list[dict[str, Any]] = (),
    positions: list[dict[str, Any]] = (),
) -> dict[str, Any]:  # type: ignore[assignment]
    return {"claims": list(claims), "figures": list(figures), "positions": list(positions)}
