"""Paragraphs and sentences as spans of the original text."""

from __future__ import annotations

import pytest

from factx.rules.sentences import Spans, sentences
from factx.text import Span, paragraphs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two.", ["One.", "Two."]),
        ("Mr Walker said so. He left.", ["Mr Walker said so.", "He left."]),
        ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
        ('"We won." She smiled.', ['"We won."', "She smiled."]),
        ("It rose 2.5 per cent. Then fell.", ["It rose 2.5 per cent.", "Then fell."]),
        ("Talks end on Jan. 5 at noon.", ["Talks end on Jan. 5 at noon."]),
        ("Is it over? No.", ["Is it over?", "No."]),
        # a digit before a stop is no initial, unlike a letter ('J. Smith')
        ("It was carried 7-3. Councillors left.", ["It was carried 7-3.", "Councillors left."]),
        ("The vote was 5. Then it fell.", ["The vote was 5.", "Then it fell."]),
        ("Led by J. Smith, it won.", ["Led by J. Smith, it won."]),
        # an abbreviated role before a name ends no sentence ('Ag.' is acting)
        (
            "Ag. CEO Tom Hill spoke. Det. Supt. Ann Lee left.",
            ["Ag. CEO Tom Hill spoke.", "Det. Supt. Ann Lee left."],
        ),
        # a councillor's abbreviated title ends no sentence
        (
            "The plan passed, said Coun. Ann Lee. Cllr. Tom Hill left.",
            ["The plan passed, said Coun. Ann Lee.", "Cllr. Tom Hill left."],
        ),
        ("no capital. after this", ["no capital. after this"]),
        # a quote opening with a quote starts a sentence
        (
            "He spoke. \"'Felon Joe' rings well,\" he said.",
            ["He spoke.", "\"'Felon Joe' rings well,\" he said."],
        ),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in sentences(text, Span(0, len(text)))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\n\n  b  \n", ["a", "b"]),
        ("\n\n", []),
        ("one line", ["one line"]),
    ],
)
def test_paragraphs(text: str, expected: list[str]) -> None:
    assert [text[p.start : p.end] for p in paragraphs(text)] == expected


@pytest.mark.parametrize(
    ("start", "end", "overlaps"),
    [(0, 5, False), (5, 11, True), (12, 15, True), (20, 25, False), (29, 40, True)],
)
def test_spans_overlap(start: int, end: int, overlaps: bool) -> None:
    assert Spans([Span(30, 35), Span(10, 20)]).overlaps(start, end) is overlaps


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full stop with no space after it still ends a sentence before a capitalised word
        (
            "The House resumed amid the protest.The main party continued its obstruction.",
            ["The House resumed amid the protest.", "The main party continued its obstruction."],
        ),
        (
            "The vote was 176 AYES, 81 NAYS.We have won.",
            ["The vote was 176 AYES, 81 NAYS.", "We have won."],
        ),
        # traps: initials, short abbreviations and domain names run on
        ("He flew to the U.S.Army base.", ["He flew to the U.S.Army base."]),
        ("See Mr.Smith at graphic.com.gh today.", ["See Mr.Smith at graphic.com.gh today."]),
    ],
)
def test_stop_without_space(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in sentences(text, Span(0, len(text)))] == expected
