"""How praise and blame sound: the polarity of a phrase from VADER, a general-purpose
sentiment lexicon with rules for negation and intensifiers, not from any article, widened by
the few verdict words and idioms of news it lacks (`lexicon.NEWS_VALENCES`, `VERDICT_IDIOMS`)."""

from __future__ import annotations

import re
from functools import lru_cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from factx.rules.lexicon import NEWS_VALENCES, VERDICT_IDIOMS, alternation
from factx.schemas import Stance

#: VADER's compound score (-1 .. 1) a phrase must reach, either way, to state a stance.
MIN_POLARITY = 0.3
_IDIOM = re.compile(rf"\b(?:{alternation(VERDICT_IDIOMS)})\b", re.I)


@lru_cache(maxsize=1)
def _analyzer() -> SentimentIntensityAnalyzer:
    analyzer = SentimentIntensityAnalyzer()
    analyzer.lexicon.update(NEWS_VALENCES)
    return analyzer


def polarity(text: str) -> float:
    """How positive (up to 1) or negative (down to -1) `text` sounds."""
    plain = _IDIOM.sub(lambda m: VERDICT_IDIOMS[" ".join(m.group().lower().split())], text)
    return float(_analyzer().polarity_scores(plain)["compound"])


def tone_stance(text: str) -> Stance | None:
    """`support` for praise, `oppose` for blame, None for a phrase that is neither enough."""
    score = polarity(text)
    return "support" if score >= MIN_POLARITY else "oppose" if score <= -MIN_POLARITY else None
