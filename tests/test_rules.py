"""The offline extractor on invented articles: quotes, attribution, reported claims, figures, stances."""

from __future__ import annotations

from pathlib import Path

import pytest

from factx.batch import extract_paths
from factx.pipeline import extract_text
from factx.rules.extractor import RulesExtractor, extract
from tests.helpers import SEED_ARTICLES

ARTICLE = """Teachers in Riverton have rejected a 2.5% pay offer from the city council.
Maria Lopez, general secretary of the Riverton Teachers Association, said: "This offer is an insult to every classroom in the city.
"Our members have waited three years for a fair settlement and they will not wait any longer."
"We are ready to talk," she added, "but not at any price."
The council's finance director, Peter Hall, told reporters that the budget could not stretch further.
Mr Hall said the deal was "the best we can possibly manage this year".
According to the association, more than 4,000 staff would take part in a walkout.
Union leaders warned the cuts were unfair.
The Parents Forum welcomed the decision to keep talking.
Other unions will put the offer to their members next week.
The mayor, Anne Cole, declined to comment on the dispute.
‘We will not be bullied,’ said Ms Lopez.
"""


def records() -> dict:
    draft = extract(ARTICLE)
    return {"claims": draft.claims, "figures": draft.figures, "positions": draft.positions}


def claim_by_text(fragment: str):  # type: ignore[no-untyped-def]
    matches = [c for c in records()["claims"] if fragment in c.evidence]
    assert matches, f"no claim contains {fragment!r}"
    return matches[0]


def test_direct_quote_with_named_speaker_role_and_organisation() -> None:
    claim = claim_by_text("This offer is an insult")
    assert (claim.kind, claim.speaker) == ("direct", "Maria Lopez")
    assert claim.speaker_role == "general secretary of the Riverton Teachers Association"
    assert claim.speaker_org == "Riverton Teachers Association"
    assert not claim.evidence.startswith('"') and not claim.evidence.endswith('"')


def test_quote_running_on_to_the_next_paragraph_keeps_the_speaker() -> None:
    assert claim_by_text("Our members have waited three years").speaker == "Maria Lopez"


def test_quote_split_by_attribution_and_pronoun() -> None:
    assert claim_by_text("We are ready to talk").speaker == "Maria Lopez"
    assert claim_by_text("but not at any price").speaker == "Maria Lopez"


def test_single_curly_quotes_and_title_surname_resolve_to_the_full_name() -> None:
    claim = claim_by_text("We will not be bullied")
    assert (claim.kind, claim.speaker) == ("direct", "Maria Lopez")


def test_quoted_phrase_after_a_speech_cue_is_a_claim() -> None:
    assert claim_by_text("the best we can possibly manage").speaker == "Peter Hall"


def test_reported_claims() -> None:
    told = claim_by_text("told reporters that the budget")
    assert (told.kind, told.speaker) == ("reported", "Peter Hall")
    according = claim_by_text("According to the association")
    assert according.kind == "reported" and "association" in according.speaker.lower()
    warned = claim_by_text("Union leaders warned")
    assert warned.speaker == "Union leaders"


def test_figures_with_what_they_count() -> None:
    figures = {f.raw: f for f in records()["figures"]}
    assert figures["2.5%"].unit == "percent" and figures["2.5%"].value == 2.5
    staff = figures["more than 4,000"]
    assert (staff.value, staff.unit, staff.qualifier, staff.measures) == (
        4000,
        "people",
        "more than",
        "staff",
    )
    assert figures["three years"].unit == "years" and figures["three years"].value == 3


@pytest.mark.parametrize(
    ("actor", "stance", "target"),
    [
        ("Teachers in Riverton", "oppose", "a 2.5% pay offer"),
        ("Union leaders", "oppose", "the cuts"),
        ("The Parents Forum", "support", "the decision to keep talking"),
        ("Other unions", "undecided", "the offer"),
        ("Anne Cole", "neutral", "the dispute"),
    ],
)
def test_positions(actor: str, stance: str, target: str) -> None:
    found = [(p.actor, p.stance, p.target) for p in records()["positions"]]
    assert (actor, stance, target) in found, found


def test_negated_support_is_opposition() -> None:
    draft = extract(
        "The union said it would not accept the new contract.\nThe board will not back the merger.\n"
    )
    assert {(p.actor, p.stance) for p in draft.positions} >= {("The board", "oppose")}


def test_dates_are_not_figures() -> None:
    draft = extract("On 30 November 2011, 2 million workers struck, according to the TUC.\n")
    assert [(f.raw, f.value) for f in draft.figures] == [("2 million", 2e6)]


def test_every_record_is_grounded_exactly(tmp_path: Path) -> None:
    (tmp_path / "riverton.txt").write_text(ARTICLE, encoding="utf-8")
    paths = [str(tmp_path / "riverton.txt"), *map(str, SEED_ARTICLES)]
    for path, result in zip(paths, extract_paths(paths, RulesExtractor())):
        text = Path(path).read_text(encoding="utf-8")
        assert result.status == "ok" and result.rejected == []
        assert result.provenance.extractor == "rules"
        assert result.claims and result.figures and result.positions
        for record in (*result.claims, *result.figures, *result.positions):
            assert record.evidence.match == "exact"
            assert text[record.evidence.start : record.evidence.end] == record.evidence.text


def test_text_without_facts_gives_empty_lists() -> None:
    result = extract_text("The weather was mild.\n", RulesExtractor())
    assert result.status == "ok" and (result.claims, result.figures, result.positions) == (
        [],
        [],
        [],
    )


def test_conditional_stances_carry_their_condition() -> None:
    draft = extract(
        "The union will back the deal if ministers drop the rise in the pension age.\nThe college gave a cautious welcome to the proposals.\n"
    )
    found = {(p.actor, p.stance, p.target, p.condition) for p in draft.positions}
    assert (
        "The union",
        "conditional",
        "the deal",
        "ministers drop the rise in the pension age",
    ) in found
    assert ("The college", "conditional", "the proposals", None) in found


WIRE = """SPRINGFIELD (Wire) - State lawmakers on Tuesday approved a plan to cut pension benefits, the Teachers Federation of Springfield says.
Governor Ana Ruiz told reporters the plan would save $2bn over ten years.
"We have no choice," Governor Ruiz said.
Some economists said the cuts did not go far enough.
Nurses will strike next week over a pay rise of 1.5 per cent.
"""


def test_wire_story_patterns() -> None:
    draft = extract(WIRE)
    claims = {c.evidence[:20]: c for c in draft.claims}
    assert claims["Governor Ana Ruiz to"].speaker == "Ana Ruiz", "'told reporters' without 'that'"
    assert claims["We have no choice,"].speaker == "Ana Ruiz", (
        "role + surname resolves to the full name"
    )
    assert claims["SPRINGFIELD (Wire) -"].speaker == "Teachers Federation of Springfield", (
        "', X says.' at the end"
    )
    assert claims["Some economists said"].speaker == "Some economists"
    positions = {(p.actor, p.stance, p.target) for p in draft.positions}
    assert ("State lawmakers", "support", "a plan to cut pension benefits") in positions, (
        "dateline and weekday are not the actor"
    )
    assert ("Nurses", "oppose", "a pay rise of 1.5 per cent") in positions


def test_judgement_reported_of_a_target_is_the_speakers_stance() -> None:
    draft = extract(
        "Jo Black, the federation's president, said members were angry and the new terms were not deemed acceptable.\n"
    )
    assert ("Jo Black", "oppose", "the new terms") in {
        (p.actor, p.stance, p.target) for p in draft.positions
    }


def test_trailing_attribution_estimates_and_people_counts() -> None:
    draft = extract(
        "Teachers will walk out on Thursday in a row over pay, the NUT has confirmed.\n"
        "The Department for Education estimated that 3,000 schools could close, affecting around 450,000 pupils.\n"
    )
    speakers = {c.evidence[:8]: (c.speaker, c.speaker_org) for c in draft.claims}
    assert speakers["Teachers"] == ("NUT", "NUT")
    assert speakers["The Depa"] == ("Department for Education", "Department for Education")
    assert {(f.value, f.unit) for f in draft.figures} == {(3000, "count"), (450000, "people")}


def test_titles_roles_and_possessive_acronyms() -> None:
    draft = extract(
        'Dr Vishal Sharma, who chairs the BMA\'s consultants committee, said: "Patients will pay the price."\n'
        "A survey of 5,200 consultants was published.\n"
    )
    (quote,) = [c for c in draft.claims if c.kind == "direct"]
    assert (quote.speaker, quote.speaker_role, quote.speaker_org) == (
        "Vishal Sharma",
        "chairs the BMA's consultants committee",
        "BMA",
    )
    assert [(f.value, f.unit) for f in draft.figures] == [(5200, "people")]


def test_post_quote_roles_titles_and_organisation_names() -> None:
    draft = extract(
        '"This is an attack on workers," said Fred Hahn, president of CUPE Ontario, on Monday.\n'
        "Treasury Board President Prabmeet Sarkaria said the government would not back down.\n"
        '"We have to protect taxpayers," Sarkaria told reporters.\n'
        "The Ontario Nurses' Association said it would fight the bill.\n"
        "The province says the cap would save C$1.2 billion over three years.\n"
    )
    by_start = {c.evidence[:12]: (c.speaker, c.speaker_role, c.speaker_org) for c in draft.claims}
    assert by_start["This is an a"] == ("Fred Hahn", "president of CUPE Ontario", "CUPE Ontario")
    assert by_start["We have to p"][0] == "Prabmeet Sarkaria"
    assert by_start["The Ontario "][0] == "Ontario Nurses' Association"
    assert ("The Ontario Nurses' Association", "oppose", "the bill") in {
        (p.actor, p.stance, p.target) for p in draft.positions
    }
    years = [f for f in draft.figures if f.unit == "years"]
    assert [(f.value, f.qualifier) for f in years] == [(3, None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            'Jo Doe, leader of the Fire Brigades Union, said: "We will not accept this offer."\n',
            ("Fire Brigades Union", "oppose", "this offer"),
        ),
        (
            "Unison will ballot its members on the new offer.\n",
            ("Unison", "undecided", "the new offer"),
        ),
        ("The council rejected it.\n", None),
    ],
)
def test_first_person_negation_and_objects_after_the_cue(
    sentence: str, expected: tuple[str, str, str] | None
) -> None:
    found = [(p.actor, p.stance, p.target) for p in extract(sentence).positions]
    assert found == ([expected] if expected else []), "'it' with nothing before it has no target"
