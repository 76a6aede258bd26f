"""The offline extractor family: claims, figures and positions from the patterns of news prose.

Every word list and cue table lives in `lexicon`; the other modules build their patterns
from it. Nothing here imports an HTTP stack.
"""

from __future__ import annotations

from factx.rules.extractor import RulesExtractor

__all__ = ["RulesExtractor"]
