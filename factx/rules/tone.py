"""How praise and blame sound: the polarity of a phrase from VADER, a general-purpose
sentiment lexicon with rules for negation and intensifiers, not from any article."""

from __future__ import annotations

from functools import lru_cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from factx.schemas import Stance

#: VADER's compound score (-1 .. 1) a phrase must reach, either way, to state a stance.
MIN_POLARITY = 0.3


@lru_cache(maxsize=1)
def _analyzer() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def polarity(text: str) -> float:
    """How positive (up to 1) or negative (down to -1) `text` sounds."""
    return float(_analyzer().polarity_scores(text)["compound"])


def tone_stance(text: str) -> Stance | None:
    """`support` for praise, `oppose` for blame, None for a phrase that is neither enough."""
    score = polarity(text)
    return "support" if score >= MIN_POLARITY else "oppose" if score <= -MIN_POLARITY else None
