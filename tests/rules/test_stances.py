"""Who stands where on what: actor, stance and target from cues, negation and conditions."""

from __future__ import annotations

import pytest

from factx.rules.extractor import extract
from tests.helpers import RIVERTON


def positions_of(text: str) -> list[tuple[str, str, str]]:
    return [(p.actor, p.stance, p.target) for p in extract(text).positions]


@pytest.mark.parametrize(
    "expected",
    [
        ("Teachers in Riverton", "oppose", "a 2.5% pay offer"),
        ("Union leaders", "oppose", "the cuts"),
        ("The Parents Forum", "support", "the decision to keep talking"),
        ("Other unions", "undecided", "the offer"),
        ("Anne Cole", "neutral", "the dispute"),
    ],
)
def test_riverton_positions(expected: tuple[str, str, str]) -> None:
    assert expected in positions_of(RIVERTON)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board will not back the merger.\n", [("The board", "oppose", "the merger")]),
        (
            'Jo Doe, leader of the Fire Brigades Union, said: "We will not accept this offer."\n',
            [("Fire Brigades Union", "oppose", "this offer")],
        ),
        (
            "Unison will ballot its members on the new offer.\n",
            [("Unison", "undecided", "the new offer")],
        ),
        ("The council rejected it.\n", []),  # 'it' with nothing before it
        (
            "SPRINGFIELD (Wire) - State lawmakers on Tuesday approved a plan to cut pension "
            "benefits.\n",
            [("State lawmakers", "support", "a plan to cut pension benefits")],
        ),
        (
            "Nurses will strike next week over a pay rise of 1.5 per cent.\n",
            [("Nurses", "oppose", "a pay rise of 1.5 per cent")],
        ),
        (
            "Jo Black, the federation's president, said members were angry and the new terms "
            "were not deemed acceptable.\n",
            [("Jo Black", "oppose", "the new terms")],
        ),
        (
            "The Ontario Nurses' Association said it would fight the bill.\n",
            [("The Ontario Nurses' Association", "oppose", "the bill")],
        ),
        ("The weather was mild.\n", []),
        ("The company denied the allegations.\n", [("The company", "oppose", "the allegations")]),
        ("The senator voted for the bill.\n", [("The senator", "support", "the bill")]),
        (
            "The union urged members to accept the deal.\n",
            [("The union", "support", "the deal")],
        ),
        (
            "Ryanair hit back at the union.\n",
            [("Ryanair", "oppose", "the union")],
        ),
        (
            "About 1,100 members voted against the deal.\n",
            [("members", "oppose", "the deal")],
        ),
    ],
)
def test_positions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union will back the deal if ministers drop the rise in the pension age.\n",
            ("The union", "conditional", "the deal", "ministers drop the rise in the pension age"),
        ),
        (
            "The college gave a cautious welcome to the proposals.\n",
            ("The college", "conditional", "the proposals", None),
        ),
    ],
)
def test_conditional_stances_carry_their_condition(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    found = [(p.actor, p.stance, p.target, p.condition) for p in extract(text).positions]
    assert expected in found


@pytest.mark.parametrize(
    ("text", "confidence"),
    [
        ("The union rejected the offer.\n", "high"),
        ('Ann Lee said: "We reject the plans."\n', "medium"),  # first person in a quote
        ('Ann Lee said: "The plans are unfair."\n', "low"),  # a judgement in a quote
    ],
)
def test_confidence_of_positions(text: str, confidence: str) -> None:
    assert [p.confidence for p in extract(text).positions] == [confidence]
