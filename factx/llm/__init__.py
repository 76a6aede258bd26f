"""The LLM extractor family: any OpenAI-compatible endpoint through openai + instructor.

Light on import: `factx.llm.config` (flags and environment) loads no HTTP stack; the
extractor, transports and cassettes load openai, instructor and httpx when first used.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factx.llm.config import LLMConfig
    from factx.llm.extractor import LLMError, LLMExtractor

_LAZY = {
    "LLMConfig": "factx.llm.config",
    "LLMExtractor": "factx.llm.extractor",
    "LLMError": "factx.llm.extractor",
}
__all__ = ["LLMConfig", "LLMError", "LLMExtractor"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'factx.llm' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
