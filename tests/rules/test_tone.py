"""The tone of a phrase as a stance: praise supports, blame opposes, the rest states none."""

from __future__ import annotations

import pytest

from factx.rules.tone import MIN_POLARITY, polarity, tone_stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("excellent news for families", "support"),
        ("a great step forward", "support"),
        ("wholly unacceptable", "oppose"),
        ("a bizarre twist", "oppose"),
        ("not a good deal", "oppose"),  # negation turns praise round
        ("a campaign gimmick", "oppose"),  # verdict words of news the lexicon lacked
        ("a cynical ploy", "oppose"),
        ("a publicity stunt", "oppose"),
        ("a slap in the face for staff", "oppose"),  # an idiom, read as what it means
        ("a kick in the teeth for savers", "oppose"),
        ("a measure for the 21st century", None),
        ("the meeting on Tuesday", None),
    ],
)
def test_tone_stance(text: str, stance: str | None) -> None:
    assert tone_stance(text) == stance


def test_the_threshold_sits_between_the_stances() -> None:
    assert polarity("a bizarre twist") <= -MIN_POLARITY < 0 < MIN_POLARITY


@pytest.mark.parametrize(
    "text",
    [  # a side taken or won is no praise: the cue rules read sides, not the tone
        "three votes were counted in the government's favour",
        "the court ruled in favor of the landlord",
    ],
)
def test_favour_is_a_side_not_praise(text: str) -> None:
    assert tone_stance(text) is None


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # 'clear' is plain speaking, not praise
        ("very clear to them that we cannot allow any clearance for any takeover", None),
        ("striking workers have delivered a clear message", None),
        # trap: praise beside it still supports
        ("made it clear that the deal is excellent news", "support"),
    ],
)
def test_clear_is_plain_speaking(text: str, stance: str | None) -> None:
    assert tone_stance(text) == stance
