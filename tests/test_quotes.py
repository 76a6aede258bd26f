"""Quotation marks: straight, curly, single, guillemets, apostrophes, quotes running on."""

from __future__ import annotations

import pytest

from factx.quotes import content, paragraph_quotes, quotes_in
from factx.text import Span, paragraphs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said: "We will win." Then left.', [("We will win.", True)]),
        ("“Curly,” she said, “marks.”", [("Curly,", True), ("marks.", True)]),
        ("‘Single marks,’ he said.", [("Single marks,", True)]),
        ("The unions' offer isn't 'final', it's said.", [("final", True)]),
        ('"This runs on', [("This runs on", False)]),
        ('She said "  " and left.', []),
        ("No quotes at all.", []),
        (  # a closing mark printed as the opening one
            "”We will appeal,” the firm said of the ”unjust” ruling.",
            [("We will appeal,", True), ("unjust", True)],
        ),
        # two closing single marks closing a double one
        ("“We will abide by the rules,’’ it said.", [("We will abide by the rules,", True)]),
        ("\"We will abide,'' it said.", [("We will abide,", True)]),
        # two single marks opening a double one
        ("‘‘We will not back down,’’ he said.", [("We will not back down,", True)]),
        ("It noted that ‘’Our members’ pay is late.”", [("Our members’ pay is late.", True)]),
        ("The ‘‘", []),
        ("“The club’s ‘final’ offer stands.”", [("The club’s ‘final’ offer stands.", True)]),
        # guillemets, double and single
        ("«This was unfair,» he said.", [("This was unfair,", True)]),
        ("He spoke of « political puppets ».", [("political puppets", True)]),
        ("«He called it ‹theft›, » she said.", [("He called it ‹theft›,", True)]),
        ("‹Non,› dit-il.", [("Non,", True)]),
        # a straight mark opening a quote inside a curly one never closed
        (
            '“He came to apologise. "The fine is too harsh," he added.',
            [("He came to apologise.", False), ("The fine is too harsh,", True)],
        ),
        ('“Yes," he said, "we will."', [("Yes,", True), ("we will.", True)]),
        # a plural's possessive inside single marks, its closing mark still to come
        (
            "‘The ball is back in the employers’ court,’ the union said.",
            [("The ball is back in the employers’ court,", True)],
        ),
        ("'The unions' offer is final,' he said.", [("The unions' offer is final,", True)]),
        # traps: a plural's mark with no closing mark after it closes there
        ("He praised the 'workers' and left.", [("workers", True)]),
    ],
)
def test_quotes_in_a_paragraph(text: str, expected: list[tuple[str, bool]]) -> None:
    found = quotes_in(text, Span(0, len(text)))
    words = [content(text, q) for q in found]
    assert [
        (text[w.start : w.end], q.closed) for w, q in zip(words, found, strict=True)
    ] == expected


def test_paragraph_quotes_gives_each_paragraph_its_quotes_whichever_text_came_before() -> None:
    first = 'Intro line.\n\n"We will win," she said.\n"It runs on\n"and ends here."'
    second = 'Other text.\n"Not the first one," he said.'
    for text in (first, second, first):
        assert paragraph_quotes(text) == tuple(
            (p, tuple(quotes_in(text, p))) for p in paragraphs(text)
        )
    assert [len(quotes) for _, quotes in paragraph_quotes(first)] == [0, 1, 1, 1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a curly quote run on into a paragraph that does not open with a mark again: its words
        # up to the first closing mark no opening mark pairs with are the quote's
        (
            "“We will fight.\nBest to give what Jo calls a “fair” deal,” they said.",
            [[("We will fight.", False)], [("Best to give what Jo calls a “fair” deal,", True)]],
        ),
        # traps: a paragraph that opens with a mark again is read as ever; a straight mark's
        # side cannot be told; a quote closed in its own paragraph runs on into nothing
        (
            "“We will fight.\n“And win,” they said.",
            [[("We will fight.", False)], [("And win,", True)]],
        ),
        (
            '“We will fight.\nBest to act now," they said.',
            [[("We will fight.", False)], [("they said.", False)]],  # read as before
        ),
        (
            "“We will fight,” she said.\nThey called it “unfair”.",
            [[("We will fight,", True)], [("unfair", True)]],
        ),
        # through paragraphs without a mark (a letter's numbered points) to the one it closes in
        (
            "“We approve as follows:\ni. pay from May, and\nii. fuel to December,” it stated.",
            [
                [("We approve as follows:", False)],
                [("i. pay from May, and", False)],
                [("ii. fuel to December,", True)],
            ],
        ),
        (  # opened by two single marks, run on through a paragraph without a mark
            "It noted that ‘’Pay is late.\nWe regret it.\nIt will be paid,” it said.",
            [[("Pay is late.", False)], [("We regret it.", False)], [("It will be paid,", True)]],
        ),
        # traps: never closed within three more paragraphs; a paragraph between with a mark
        (
            "“We will fight.\nOne.\nTwo.\nThree.\nFour.\nFive,” they said.",
            [[("We will fight.", False)], [], [], [], [], []],
        ),
        # a list after a closed quote is no quote
        (
            "“We agreed,” it said.\n1. Pay rises.\n2. Fuel is paid.",
            [[("We agreed,", True)], [], []],
        ),
        (
            "“We will fight.\nOne.\n“Two,” he said.\nThree,” they said.",
            [[("We will fight.", False)], [], [("Two,", True)], []],
        ),
    ],
)
def test_a_quote_run_on_into_a_paragraph_without_a_mark(
    text: str, expected: list[list[tuple[str, bool]]]
) -> None:
    found = [
        [(text[(w := content(text, q)).start : w.end], q.closed) for q in quotes]
        for _, quotes in paragraph_quotes(text)
    ]
    assert found == expected
