"""factx: extract grounded, typed facts (claims, figures, positions) from news articles.

The public API is imported lazily so that `import factx` (and `factx --help`) stays fast;
`factx.schemas` never pulls in openai, instructor or httpx.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "extract_text": "factx.pipeline",
    "extract_paths": "factx.pipeline",
    "LLMConfig": "factx.config",
    "LLMExtractor": "factx.llm",
    "RulesExtractor": "factx.rules",
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'factx' has no attribute {name!r}")
