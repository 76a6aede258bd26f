"""Stances read from the tone of a source's reported claim, for sources no cue gave one."""

from __future__ import annotations

import pytest

from factx.rules.document import Document
from factx.rules.evaluations import evaluated_positions
from factx.rules.extractor import extract


def evaluated(text: str) -> list[tuple[str, str, str, str | None]]:
    return [
        (p.actor, p.stance, p.target, p.confidence)
        for p in extract(text).positions
        if p.confidence == "low"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # blame
            "Campaigners said the scheme would bring misery and heartbreak to the valley.\n",
            [("Campaigners", "oppose", "the scheme", "low")],
        ),
        (  # praise
            "Parents said the new school plan was brilliant news for families.\n",
            [("Parents", "support", "the new school plan", "low")],
        ),
        (  # negated praise is blame
            "Mayor Jo Lee said the deal was not good for the city.\n",
            [("Jo Lee", "oppose", "the deal", "low")],
        ),
        (  # the thing judged is named before the claim
            "The bypass plan went on show on Monday.\n\n"
            "Local people said it was a terrible, damaging idea.\n",
            [("Local people", "oppose", "The bypass plan", "low")],
        ),
        # a plain report of fact carries no stance
        ("The minister said the plan would be published on Monday.\n", []),
        # quotes mix praise and blame: the cue rules read the stances in them
        ('"The plan is misery," said Jo Lee.\n', []),
        # the tone is the council's act, reported by the mayor: the council's stance alone
        ("The Riverton Council rejected the bridge plan, Mayor Ann Lee said.\n", []),
        # nothing named that the claim could be about
        ("Jo Lee said she was delighted and thrilled.\n", []),
        # a document states things but holds no stance
        ("According to a BBC report, the bill was a disaster for families.\n", []),
        ("The Riverton Constitution states that the bill is a terrible idea.\n", []),
        (
            "The budget will cause a terrible, painful recession next year, according to a"
            " central bank forecast.\n",
            [],
        ),
        # what a claim opens by conceding is not what its tone is about
        (
            "Despite the strike, chief executive Anna Lee reassured customers that stores would"
            " remain open.\n",
            [],
        ),
        (
            "Despite the walkout, Mayor Jo Lee said the new school plan was brilliant news for"
            " families.\n",
            [("Jo Lee", "support", "the new school plan", "low")],
        ),
        # a group named by its stance holds that stance, whatever its claim's tone
        (
            "The tower plan went to the council on Monday.\n\n"
            "Opponents also said the tower was a matter of personal taste.\n",
            [("Opponents", "oppose", "The tower plan", "low")],
        ),
        (
            "The stadium plan went on show.\n\nSupporters said it would be built by 2030.\n",
            [("Supporters", "support", "The stadium plan", "low")],
        ),
        # a sanction a rule lays down is the rule's content, not its speaker's verdict
        ("The smoking ban starts in May. Violators will be fined, Baker said.\n", []),
        (
            "The curfew starts on Friday. Offenders could face fines of up to $500, police said.\n",
            [],
        ),
        (
            "The ban starts in May. Anyone caught will be prosecuted, the council warned.\n",
            [],
        ),
    ],
)
def test_a_reported_claims_tone_is_its_sources_stance(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert evaluated(text) == expected


def test_a_source_with_a_cued_stance_gets_none_from_tone() -> None:
    text = "The union rejected the offer.\n\nThe union said the offer was an awful insult.\n"
    assert [(p.actor, p.stance) for p in extract(text).positions] == [("The union", "oppose")]


def test_one_position_per_source_from_its_first_evaluative_claim() -> None:
    text = (
        "Jo Lee said the merger was a great opportunity for staff.\n\n"
        "Jo Lee said the merger was a terrible mistake.\n"
    )
    assert [(p.actor, p.stance) for p in extract(text).positions] == [("Jo Lee", "support")]


def test_no_claims_no_positions() -> None:
    assert evaluated_positions(Document.read("Nothing here.\n"), [], []) == []


@pytest.mark.parametrize(
    "text",
    [
        # hardship described names nothing it is about: 'pay' here is a verb
        "Union official Jo Lee said many nurses were struggling to pay their rent.\n",
        "Jo Lee said families were finding it terribly hard to cope and to pay the bills.\n",
    ],
)
def test_a_target_word_used_as_a_verb_is_no_target(text: str) -> None:
    assert evaluated(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # news an outlet relays is no side the outlet takes
        (
            "The News Agency of Riverton (NAR) reports that the strike was called off over the"
            " terrible, disgraceful offer.\n",
            [],
        ),
        (
            "The walkout was a disgrace and a terrible blow to the strike, reported the Riverton"
            " Herald.\n",
            [],
        ),
        # an attribution with nothing said in it carries no tone to judge
        (
            'The hearing on the offer went well.\n\n"We will allow the appeal." Justice Mary Lee'
            " stated.\n",
            [],
        ),
        (
            'The talks on the deal went on.\n\n"We will allow it." Judge Ann Ford told a'
            " relieved court.\n",
            [],
        ),
        # praise that is only blame denied is a reassurance, not a stance
        ("Mayor Jo Lee said the library cuts would not harm or hurt anyone.\n", []),
        # a supposition's tone is the supposed event's, not its source's side
        (
            "Union leader Kofi Mensah said if the board accepts the wonderful offer, members"
            " will gain greatly.\n",
            [],
        ),
        (
            "Councillor Jane Ross said that if the plan succeeds, the town centre will thrive.\n",
            [],
        ),
        # trap: a claim with no condition keeps its tone
        (
            "Councillor Jane Ross said the plan was a wonderful, brilliant success for the town"
            " centre.\n",
            [("Jane Ross", "support", "the plan", "low")],
        ),
        # a source that says it, not relays it, takes the side its words take
        (
            "The Riverton Herald said the stadium plan would bring misery and heartbreak to"
            " fans.\n",
            [("Riverton Herald", "oppose", "the stadium plan", "low")],
        ),
        # an unnamed source, a wire or a document passes news on, taking no side
        (
            "Informed sources said the stadium plan would bring misery and heartbreak to fans.\n",
            [],
        ),
        (
            "The state news agency said the stadium plan was a wonderful, brilliant success.\n",
            [],
        ),
        ("The document said the merger plan was a terrible, disastrous failure.\n", []),
        # a study's finding is no side its publisher takes
        (
            "A survey conducted by the Riverton Institute showed the stadium plan would bring"
            " misery and heartbreak to fans.\n",
            [],
        ),
    ],
)
def test_no_tone_stance_from_relays_attributions_things_or_denials(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert evaluated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a decision or claim judged groundless or arbitrary is opposed
        (
            "The husband of one of the teachers said the decision was arbitrary.",
            [("The husband of one of the teachers", "oppose", "the decision")],
        ),
        (
            "Sioridze argues the conviction is unfounded.",
            [("Sioridze", "oppose", "the conviction")],
        ),
        ("The minister said the claims were baseless.", [("The minister", "oppose", "the claims")]),
        # trap: the word before a noun judges nothing said
        ("He said the arbitrary rules were fine.", []),
    ],
)
def test_groundless_and_arbitrary_are_judgements_against(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(p.actor, p.stance, p.target) for p in extract(text).positions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr Brown's job as mayor is to deliver the budget. Deputy Mayor Penny Hulse said the "
            "meeting needed to be really clear about what it was doing, while Ann Hartley was "
            "fuming at the parochial behaviour of her left-wing colleagues.",
            [],
        ),
        # trap: the source's own blame before the clause set beside it is still read
        (
            "Mr Brown's job as mayor is to deliver the budget. Deputy Mayor Penny Hulse said the "
            "meeting was a shambles and a disgrace, while Ann Hartley stayed home.",
            [("Penny Hulse", "oppose", "the budget", "low")],
        ),
    ],
)
def test_no_tone_stance_from_another_named_clause_set_beside_a_claim(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert evaluated(text) == expected
