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
            "WASHINGTON, Dec. 16 (UPI) -- The Senate voted narrowly Thursday to approve a "
            "$20 billion measure.\n",
            [("The Senate", "support", "a $20 billion measure")],
        ),
        (
            "NEW YORK, March 3 (AP) - The company denied the allegations.\n",
            [("The company", "oppose", "the allegations")],
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
        (  # an apposition between the actor and its cue
            "The union, which represents 5,000 staff, rejected the offer.\n",
            [("The union", "oppose", "the offer")],
        ),
        (  # a passive: the agent is the actor, the subject the target
            "A merger of Acme and Bolt has been blocked by the Competition Authority.\n",
            [("Competition Authority", "oppose", "A merger of Acme and Bolt")],
        ),
        (
            "The case was brought by two drivers, with backing from the GMB union.\n",
            [("GMB union", "support", "The case")],
        ),
        (  # a participle clause takes the subject of the clause before it
            "Labour MPs cheered, calling on the chancellor to resign over the vote.\n",
            [("Labour MPs", "oppose", "the vote")],
        ),
        ("BA accused the union of bullying staff.\n", [("BA", "oppose", "the union")]),
        (
            "Union bosses held off announcing a strike.\n",
            [("Union bosses", "undecided", "a strike")],
        ),
        (
            "The House voted narrowly on Thursday to approve the bill.\n",
            [("The House", "support", "the bill")],
        ),
        (  # a denied subject opposes
            "The vote was 217-212, with no Republicans supporting the measure.\n",
            [("Republicans", "oppose", "the measure")],
        ),
        (
            "Some Democrats expressed reluctance to support the bill.\n",
            [("Some Democrats", "oppose", "the bill")],
        ),
        (  # two people named as one subject: a position each
            "Jo Lee and Al Roe, who had spent hours in talks, urged MPs to back the motion.\n",
            [("Jo Lee", "support", "the motion"), ("Al Roe", "support", "the motion")],
        ),
        (  # a verdict reported by someone: they are the actor, the thing judged the target
            "In a statement, President Ann Ruiz said the bill would help families.\n",
            [("Ann Ruiz", "support", "the bill")],
        ),
        ("The bill would help families.\n", []),  # nobody gives the verdict
        ("Dr Meldrum tinged his praise with concerns.\n", []),  # 'his praise' is a noun
        (
            'Jo Lee, the chief executive, said she was "disappointed" by the decision.\n',
            [("Jo Lee", "oppose", "the decision")],
        ),
        (
            "The firm said it would be appealing the ruling.\n",
            [("The firm", "oppose", "the ruling")],
        ),
        (
            "A majority of cabin crew rejected a new pay offer.\n",
            [("cabin crew", "oppose", "a new pay offer")],
        ),
        (  # several positions of one actor when the targets differ
            "The union rejected the pay offer and opposed the closure of the depot.\n",
            [
                ("The union", "oppose", "the pay offer"),
                ("The union", "oppose", "the closure of the depot"),
            ],
        ),
        (
            "The union rejected the offer and rejected it again.\n",
            [("The union", "oppose", "the offer")],
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
        (  # any support cue with a condition right after it
            "The union is committed to the deal if no jobs are lost.\n",
            ("The union", "conditional", "the deal", "no jobs are lost"),
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
