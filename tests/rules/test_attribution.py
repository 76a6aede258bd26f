"""Who said what: quotes with their speakers, and claims reported without quotes."""

from __future__ import annotations

import pytest

from factx.rules.extractor import extract
from tests.helpers import RIVERTON


def claims_of(text: str) -> list[tuple[str, str, str]]:
    return [(c.kind, c.speaker, c.evidence) for c in extract(text).claims]


def first_claim(text: str, fragment: str) -> tuple[str, str, str | None, str | None]:
    matches = [c for c in extract(text).claims if fragment in c.evidence]
    assert matches, f"no claim contains {fragment!r}"
    c = matches[0]
    return c.kind, c.speaker, c.speaker_role, c.speaker_org


@pytest.mark.parametrize(
    ("fragment", "kind", "who"),
    [
        ("This offer is an insult", "direct", "Maria Lopez"),
        ("Our members have waited three years", "direct", "Maria Lopez"),  # runs on
        ("We are ready to talk", "direct", "Maria Lopez"),  # '," she added,'
        ("but not at any price", "direct", "Maria Lopez"),
        ("We will not be bullied", "direct", "Maria Lopez"),  # single curly, 'Ms Lopez'
        ("the best we can possibly manage", "direct", "Peter Hall"),  # quoted phrase after 'said'
        ("told reporters that the budget", "reported", "Peter Hall"),
        ("According to the association", "reported", "association"),
        ("Union leaders warned", "reported", "Union leaders"),
    ],
)
def test_riverton_claims(fragment: str, kind: str, who: str) -> None:
    found = first_claim(RIVERTON, fragment)
    assert (found[0], found[1]) == (kind, who)


def test_quote_keeps_role_and_organisation_without_marks() -> None:
    quote = [c for c in extract(RIVERTON).claims if "is an insult" in c.evidence][0]
    assert (quote.speaker_role, quote.speaker_org) == (
        "general secretary of the Riverton Teachers Association",
        "Riverton Teachers Association",
    )
    assert not quote.evidence.startswith('"') and not quote.evidence.endswith('"')


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        (
            "Governor Ana Ruiz told reporters the plan would save $2bn.\n",
            "Governor Ana Ruiz",
            ("reported", "Ana Ruiz", "Governor", None),
        ),
        (
            'Governor Ana Ruiz spoke.\n"We have no choice," Governor Ruiz said.\n',
            "We have no choice",
            ("direct", "Ana Ruiz", None, None),
        ),
        (
            "SPRINGFIELD (Wire) - Lawmakers approved a plan, the Teachers Federation says.\n",
            "Lawmakers approved",  # the dateline is not part of the claim
            ("reported", "Teachers Federation", None, "Teachers Federation"),
        ),
        (
            "Teachers will walk out on Thursday in a row over pay, the NUT has confirmed.\n",
            "Teachers will",
            ("reported", "NUT", None, "NUT"),
        ),
        (
            "The Department for Education estimated that 3,000 schools could close.\n",
            "The Department",
            ("reported", "Department for Education", None, "Department for Education"),
        ),
        (
            "Dr Vishal Sharma, who chairs the BMA's consultants committee, said: "
            '"Patients pay."\n',
            "Patients pay",
            ("direct", "Vishal Sharma", "chairs the BMA's consultants committee", "BMA"),
        ),
        (
            '"This is an attack," said Fred Hahn, president of CUPE Ontario, on Monday.\n',
            "This is an attack",
            ("direct", "Fred Hahn", "president of CUPE Ontario", "CUPE Ontario"),
        ),
        (
            "Treasury Board President Prabmeet Sarkaria spoke.\n"
            '"We have to protect taxpayers," Sarkaria told reporters.\n',
            "We have to protect",
            ("direct", "Prabmeet Sarkaria", None, None),
        ),
        (  # a quote of two sentences, attributed after its closing mark
            '"We remain committed to talks. Only talks will settle this," Ms Kay Ono said.\n',
            "Only talks will settle",
            ("direct", "Kay Ono", None, None),
        ),
        (  # a lower-case source after the claim, with words after its verb
            "Drivers are workers, not self-employed, a tribunal ruled on Friday.\n",
            "Drivers are workers",
            ("reported", "a tribunal", None, None),
        ),
        (
            "The plant will close in May, the company said in a statement.\n",
            "The plant will close",
            ("reported", "company", None, None),
        ),
        (  # an introductory phrase before the source
            "In a statement issued on Monday, Governor Ana Ruiz said the bill would help.\n",
            "In a statement",
            ("reported", "Ana Ruiz", "Governor", None),
        ),
        (  # two appositions between the source and the verb
            "Rep. Gerry Connolly, D-Va., who voted against the bill, said it cost too much.\n",
            "Rep. Gerry Connolly",
            ("reported", "Gerry Connolly", "voted against the bill", None),
        ),
        (  # a dateline with a colon: where the story was filed, then its source
            "RIVERTON: Transport Minister Ana Ruiz said the bridge would reopen in May.\n",
            "Transport Minister Ana Ruiz said",
            ("reported", "Ana Ruiz", "Transport Minister", None),
        ),
        (  # a quote over three paragraphs, attributed only at its end
            '"The plan is strange.\n"Why back it now?\n"It makes no sense," Ann Lee said.\n',
            "Why back it now",
            ("direct", "Ann Lee", None, None),
        ),
        (  # 'It said' after an organisation's claim: the organisation
            "The Riverton Council said the bid was too low.\nIt said the board would meet.\n",
            "It said the board",
            ("reported", "Riverton Council", None, "Riverton Council"),
        ),
        (  # a phrase quoted mid-sentence with its source right after it, initials and all
            'The fine is "grossly unfair and excessive," said company lawyer J. Ann Lee.\n',
            "grossly unfair",
            ("direct", "J. Ann Lee", "company lawyer", None),
        ),
        (  # a source after a quote with a role in apposition
            '"We will appeal," Lee, the company\'s general counsel, said in a statement.\n',
            "We will appeal",
            ("direct", "Lee", "company's general counsel", None),
        ),
        (  # a quote resumed after its attribution stays one claim
            'Mike Coupe spoke.\n"The reason to merge," Mr Coupe said, "was lower prices."\n',
            "The reason to merge",
            ("direct", "Mike Coupe", None, None),
        ),
        (  # an introduction naming someone else before the source of a quote
            'In a letter to Governor Ann Ruiz, council leader Tom Bell said: "We need more '
            'money for roads."\n',
            "We need more money",
            ("direct", "Tom Bell", "council leader", None),
        ),
        (  # a pronoun source at the end of an introductory phrase
            "Jo Black, the union leader, spoke first.\n"
            'In a clear warning to the board she added: "We will not give up our pensions."\n',
            "We will not give up",
            ("direct", "Jo Black", None, None),
        ),
        (  # a capitalised organisation inside a described role: still the last person named
            "Ann Ruiz ran the club for ten years.\n"
            '"It has been a privilege to serve," said the former Riverton Rovers chief '
            "executive.\n",
            "a privilege",
            (
                "direct",
                "Ann Ruiz",
                "former Riverton Rovers chief executive",
                "Riverton Rovers",
            ),
        ),
        (  # a relative clause after an organisation source is not part of its name
            "The Riverton union, which the drivers joined, said the firm had stalled on talks.\n",
            "The Riverton union",
            ("reported", "Riverton union", None, None),
        ),
        (  # 'They' stands for the group that was the subject just before
            "Jurors in Springfield deliberated for two days. They also said the firm had acted "
            "in bad faith.\n",
            "They also said",
            ("reported", "Jurors in Springfield", None, None),
        ),
        (  # a source's act, then what it said in a participle clause
            "The council welcomed the plan, saying it would create jobs.\n",
            "The council welcomed",
            ("reported", "council", None, None),
        ),
        (  # an explicit 'according to' outranks the subject of a participle clause
            "Members rejected the deal, saying it fell short, according to Reuters.\n",
            "Members rejected",
            ("reported", "Reuters", None, None),
        ),
    ],
)
def test_attribution_patterns(
    text: str, fragment: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    assert first_claim(text, fragment) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The weather was mild.\n",
        "It said nothing.\n",
        'The word "resilience" was everywhere.\n',
        'Jo Lee spoke.\n"We will win this."\n',  # named in another paragraph, not this one
    ],
)
def test_no_claim(text: str) -> None:
    assert claims_of(text) == []


def test_a_second_source_after_but_makes_a_claim_of_its_own() -> None:
    text = "Whips branded the vote a stunt, but Labour MPs celebrated, calling on the minister.\n"
    assert claims_of(text) == [
        ("reported", "Whips", "Whips branded the vote a stunt"),
        ("reported", "Labour MPs", "Labour MPs celebrated, calling on the minister."),
    ]


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        (
            'Ann Lee said:\n"We will win this.\n',
            "We will win",
            ("Ann Lee", "medium"),
        ),
        ('"We will win," said Ann Lee.\n', "We will win", ("Ann Lee", "high")),
        (
            'Ann Lee spoke.\n"We will win," said the former union chief executive.\n',
            "We will win",
            ("Ann Lee", "medium"),
        ),
        (
            'Ryanair hit back at the union.\n"This is ill-timed," it added.\n',
            "ill-timed",
            ("Ryanair", "medium"),
        ),
        ("Ann Lee revealed the firm was losing money.\n", "Ann Lee", ("Ann Lee", "high")),
        (
            'Mike Coupe spoke.\n"The reason to merge," Mr Coupe said, "was lower prices."\n',
            "was lower prices",
            ("Mike Coupe", "high"),
        ),
        (  # an unattributed quote after a sentence naming someone in its paragraph
            'Union leader Jo Lee was defiant. "We will win this."\n',
            "We will win",
            ("Jo Lee", "medium"),
        ),
    ],
)
def test_speakers_resolved_and_confidence(
    text: str, fragment: str, expected: tuple[str, str]
) -> None:
    found = [(c.speaker, c.confidence) for c in extract(text).claims if fragment in c.evidence]
    assert found == [expected]
