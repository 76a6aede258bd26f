"""The comparison form used to locate evidence, and the shortener for messages."""

from __future__ import annotations

import pytest

from factx.text import fold, normalise, shorten, words


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
