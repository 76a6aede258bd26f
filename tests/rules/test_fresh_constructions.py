"""Constructions unseen articles exposed: sources after 'in a statement', 'According to X
rules', capitalised things after an article, counts opening a sentence, age-group names and
spans of days in figures."""

from __future__ import annotations

import pytest

from factx.figures import find_figures
from factx.rules.extractor import extract
from factx.rules.speakers import People, person_names


def speakers_of(text: str) -> list[str]:
    return [c.speaker for c in extract(text).claims]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("TIB in its report said the share of businessmen is higher.", ["TIB"]),
        ("The ministry in a statement on Sunday said the roads would reopen.", ["ministry"]),
        ("The union in its letter to members said pay talks had failed.", ["union"]),
        ("The police, in a statement, said two men were arrested.", ["police"]),
        ("In a ruling the High Court said the law was void.", ["High Court"]),
        ("The court in its judgment said the levy was unlawful.", ["court"]),
        # traps: a statement that is the claim's subject, a source with no statement
        ("According to the union, pay talks have failed.", ["union"]),
        ("The officer said the statement was false.", ["officer"]),
    ],
)
def test_statement_after_the_source_is_not_part_of_it(text: str, who: list[str]) -> None:
    assert speakers_of(text) == who


@pytest.mark.parametrize(
    "text",
    [
        "According to FIFA rules, federations must be free from political interference.",
        "According to the new rules, clubs must register players by June.",
        "According to league rules, a club may field five foreign players.",
    ],
)
def test_according_to_rules_is_no_source_saying_rules(text: str) -> None:
    assert speakers_of(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("criticising the 1% National Insurance increase when he", []),
        ("The Anambra Warriors made the disclosure", []),
        ("workers at the Ocean Terminal said", []),
        # traps: a role or title after the article, a longer run, 'that' before a name
        ("the Health Secretary Jo Lee said", ["Jo Lee"]),
        ("Leader of the House Mukhtar Abbas Naqvi said", ["House Mukhtar Abbas Naqvi"]),
        ("He said that John Smith would resign", ["John Smith"]),
        ("met the Rev John Smith", ["Rev John Smith"]),
    ],
)
def test_two_capitalised_words_after_an_article_name_no_person(text: str, names: list[str]) -> None:
    assert [n for _, _, n in person_names(text)] == names


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("Two hundred employees were told. Unite said workers were angry.", ["Unite"]),
        ("Seven members missed the vote. Labour said it was a scandal.", ["Labour"]),
        ("One month later the plant shut. Ford said it had no choice.", ["Ford"]),
        ("Another firm bid. Tesco said it would not.", ["Tesco"]),
    ],
)
def test_a_count_opening_a_sentence_is_no_organisation(text: str, orgs: list[str]) -> None:
    assert [org for _, org in People(text)._orgs] == orgs


def test_it_never_stands_for_a_count() -> None:
    text = (
        "Two hundred employees at a car plant have been told it will shut, a union says.\n"
        "It said the decision followed a review."
    )
    assert "Two" not in speakers_of(text)


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        ("The Under-17 World Cup will be held in India.", []),
        ("He coached the Under-21 side and an Over-35 team.", []),
        ("The tournament runs from 11-30 October.", []),
        ("Talks are set for between 3 and 5 March.", []),
        ("The strike runs from 2 to 6 June.", []),
        ("The teachers are owed some GHC50 million.", ["some GHC50 million"]),
        # traps: ages as counts, spans of other things, a day span with no month
        ("The ban covers under-18s.", ["under-18s"]),
        ("Between 3 and 5 workers quit in March.", ["Between 3 and 5"]),
        ("Shifts run 11-12 hours.", ["11-12 hours"]),
    ],
)
def test_age_group_names_and_day_spans_are_no_figures(text: str, raws: list[str]) -> None:
    assert [f.raw for f in find_figures(text)] == raws
