"""Names: whether two names are the same source, and whether an article names a source."""

from __future__ import annotations

import pytest

from factx.names import NameIndex, name_matches, tokens


@pytest.mark.parametrize(
    ("predicted", "gold_name", "aliases", "expected"),
    [
        ("Mr Serwotka", "Mark Serwotka", (), True),
        ("Serwotka", "Mark Serwotka", (), True),
        ("Mark Smith", "Mark Serwotka", (), False),
        ("sections of Unite", "Unite", ("sections of Unite",), True),
        ("the TUC", "TUC", (), True),
        ("", "TUC", (), False),
        ("Alan Walker", "Simon Walker", (), False),
        ("the PCS union", "PCS", (), True),
        ("leaders of Unite", "Unite", (), True),
        ("a BA spokesman", "British Airways", ("BA",), True),
        ("Unite the Union", "Unison", (), False),
        ("PCSU", "PCS", (), False),  # whole words only
        ("the Royal College of Nursing", "Royal College", (), True),
        ("Royal Mail", "Royal College", (), False),
    ],
)
def test_name_matching(
    predicted: str, gold_name: str, aliases: tuple[str, ...], expected: bool
) -> None:
    assert name_matches(predicted, gold_name, aliases) is expected


ARTICLE = (
    "Members of the Royal College of Nursing (RCN) voted to strike. Pat Cullen, its general "
    "secretary, said the offer was an insult. A Department of Health spokeswoman said talks "
    "would go on. Mrs Cullen added that union leaders were united."
)


@pytest.mark.parametrize(
    ("source", "named"),
    [
        ("Pat Cullen", True),
        ("Cullen", True),
        ("Ms Cullen", True),  # another honorific for the same person
        ("Royal College of Nursing", True),
        ("RCN", True),
        ("the RCN", True),
        ("a Department of Health spokeswoman", True),
        ("union leaders", True),
        ("Boris Johnson", False),
        ("the prime minister", False),
        ("NHS Employers", False),
        # a description in sentence case: its first capital is the answer's, not the article's
        ("Unionised members", True),
        ("Union leaders", True),
        ("Sean Jones", False),
        ("Royal Mail", False),
    ],
)
def test_an_article_names_a_source(source: str, named: bool) -> None:
    assert NameIndex(ARTICLE).names(source) is named


def test_one_index_answers_every_question_as_a_fresh_one() -> None:
    asked = ["Pat Cullen", "Boris Johnson", "RCN", "Pat Cullen", "Boris Johnson", "union leaders"]
    index = NameIndex(ARTICLE)
    assert [index.names(n) for n in asked] == [NameIndex(ARTICLE).names(n) for n in asked]
    assert [index.names(n) for n in asked] == [True, False, True, True, False, True]


def test_tokens_are_lower_case_words() -> None:
    assert tokens("Mr O'Neill, the PCS's chief") == ["mr", "o", "neill", "the", "pcs", "s", "chief"]
