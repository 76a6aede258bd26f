"""The rules over every real article (dev set and seeds): speakers and actors are names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factx.rules.extractor import extract
from tests.helpers import REAL_ARTICLES

#: What a speaker or actor must never be: a number or percentage, a time word, a bare pronoun.
#: The test's own lists, so that editing the rules' lexicon cannot make this test pass.
_NUMBER = re.compile(r"\d")
_TIME = {"today", "yesterday", "tomorrow", "hours", "hour", "days", "day", "weeks", "week"}
_TIME |= {"months", "month", "years", "year", "monday", "tuesday", "wednesday", "thursday"}
_TIME |= {"friday", "saturday", "sunday"}
_PRONOUNS = {"i", "you", "he", "she", "it", "we", "they", "him", "her", "them", "us", "this"}
#: ('one' is also a pronoun: '"...," one said' names an unnamed member as written)
_NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
_NUMBER_WORDS |= {"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"}
_NUMBER_WORDS |= {"eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty"}
_NUMBER_WORDS |= {"seventy", "eighty", "ninety", "hundred"}
#: The words of a tally around its counts: 'twenty-two', 'twelve against and seven'.
_TALLY_WORDS = {"one", "against", "for", "in", "favour", "favor", "abstained", "and"}


def test_there_are_real_articles() -> None:
    assert len(REAL_ARTICLES) >= 18


@pytest.mark.parametrize("path", REAL_ARTICLES, ids=lambda p: p.name)
def test_no_speaker_or_actor_is_a_number_time_word_or_pronoun(path: Path) -> None:
    draft = extract(path.read_text(encoding="utf-8"))
    names = [c.speaker for c in draft.claims] + [p.actor for p in draft.positions]
    for name in names:
        words = name.lower().split()
        assert not _NUMBER.search(name), name
        assert words and words[-1] not in _TIME and words[0] not in _TIME, name
        assert not (len(words) == 1 and words[0] in _NUMBER_WORDS), name
        # 'US' in capitals is the country, not the pronoun.
        assert not (len(words) == 1 and words[0] in _PRONOUNS and not name.isupper()), name
        parts = set(re.split(r"[\s-]+", name.lower()))
        assert not (parts & _NUMBER_WORDS and parts <= _NUMBER_WORDS | _TALLY_WORDS), name


@pytest.mark.parametrize("path", REAL_ARTICLES, ids=lambda p: p.name)
def test_every_record_has_a_confidence(path: Path) -> None:
    draft = extract(path.read_text(encoding="utf-8"))
    for record in (*draft.claims, *draft.figures, *draft.positions):
        assert record.confidence in ("high", "medium", "low")
