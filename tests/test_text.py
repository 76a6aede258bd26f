"""The comparison form used to locate evidence, and the shortener for messages."""

from __future__ import annotations

import re

import pytest

from factx.text import find_whole, fold, normalise, shorten, words


@pytest.mark.parametrize(
    ("raw", "form"),
    [
        ("“Curly”  quotes", '"curly" quotes'),
        ("it’s a deal", "it's a deal"),
        ("pay – and pensions", "pay - and pensions"),
        ("soft\u00adhyphen", "softhyphen"),
        ("  Leading\nand\ttrailing  ", "leading and trailing"),
        ("wait…", "wait..."),
    ],
)
def test_normalise(raw: str, form: str) -> None:
    assert normalise(raw) == form


def test_fold_keeps_accents_comparable() -> None:
    assert fold("É") == fold("É") and fold("É").startswith("e")


@pytest.mark.parametrize(
    ("text", "limit", "short"),
    [("short", 80, "short"), ("a" * 10, 5, "aaaa…"), ("exactly", 7, "exactly")],
)
def test_shorten(text: str, limit: int, short: str) -> None:
    assert shorten(text, limit) == short


def test_a_word_list_written_as_one_string() -> None:
    assert words(" a b\n a ") == frozenset({"a", "b"})


_TO_END = re.compile(r"\s+\w+$")


@pytest.mark.parametrize(
    ("text", "phrase", "after", "start", "end"),
    [
        ("Unite said", "Unite", None, 0, None),
        ("Unites said, then Unite did", "Unite", None, 0, None),  # a longer word first
        ("the PCS union", "PCS", None, 0, None),
        ("xPCS and PCS", "PCS", None, 0, None),
        ("PCS and PCS", "PCS", None, 1, None),  # the first one starts before the range
        ("PCS and PCSx", "PCS", None, 0, 11),  # the range ends inside a word: a boundary there
        ("J. Smith said", "J.", None, 0, None),  # a phrase ending in a stop
        ("Unite is fully", "Unite", _TO_END, 0, None),
        ("Unite is fully committed", "Unite", _TO_END, 0, None),
        ("Unite and Unite is", "Unite", _TO_END, 0, None),
        ("nobody", "Unite", None, 0, None),
    ],
)
def test_find_whole_finds_what_a_search_would(
    text: str, phrase: str, after: re.Pattern[str] | None, start: int, end: int | None
) -> None:
    """The first place a search for the phrase between word boundaries (or before `after`)
    finds, without a pattern compiled for the phrase."""
    tail = after.pattern if after else r"\b"
    pattern = re.compile(rf"\b{re.escape(phrase)}{tail}")
    m = pattern.search(text, start, len(text) if end is None else end)
    found = (
        find_whole(text, phrase, after, start, end)
        if after
        else find_whole(text, phrase, start=start, end=end)
    )
    assert found == (m.start() if m else None)
