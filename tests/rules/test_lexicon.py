"""The lexicon's helpers: verb forms and alternations built from word lists."""

from __future__ import annotations

import re

import pytest

from factx.rules import lexicon
from factx.rules.lexicon import (
    alternation,
    any_of,
    forms_of,
    openings,
    verb_forms,
    wordlist,
)


@pytest.mark.parametrize(
    ("base", "forms"),
    [
        ("reject", ("reject", "rejects", "rejected", "rejecting")),
        ("oppose", ("oppose", "opposes", "opposed", "opposing")),
        ("slam", ("slam", "slams", "slammed", "slamming")),
        ("deny", ("deny", "denies", "denied", "denying")),
        ("say", ("say", "says", "said", "saying")),
        ("back", ("back", "backs", "backed", "backing")),
        ("hail", ("hail", "hails", "hailed", "hailing")),
        ("dismiss", ("dismiss", "dismisses", "dismissed", "dismissing")),
        ("march", ("march", "marches", "marched", "marching")),
        ("fight", ("fight", "fights", "fought", "fighting")),
    ],
)
def test_verb_forms(base: str, forms: tuple[str, ...]) -> None:
    assert verb_forms(base) == forms


def test_phrasal_verbs_inflect_their_first_word() -> None:
    assert forms_of(["sign up to"]) == [
        "sign up to",
        "signs up to",
        "signed up to",
        "signing up to",
    ]


@pytest.mark.parametrize(
    ("items", "text", "match"),
    [
        (["say", "says"], "she says so", "says"),
        (["walk out", "walk"], "they walk   out", "walk   out"),
        (["a.b"], "axb a.b", "a.b"),
        (["reject", "rejected", "rejection of"], "its rejection  of it", "rejection  of"),
        (["rejected", "reject"], "they rejected it", "rejected"),
        (["hit", "hit back", "hits"], "hit back at", "hit back"),
        (["5", "50"], "paid 50 now", "50"),
    ],
)
def test_alternation_prefers_the_longest_and_escapes(
    items: list[str], text: str, match: str
) -> None:
    found = re.search(rf"\b{any_of(items)}\b", text, re.VERBOSE)
    assert found is not None and found.group() == match


def test_alternation_survives_verbose_mode() -> None:
    assert re.fullmatch(alternation(["pointed out"]), "pointed out", re.VERBOSE)


@pytest.mark.parametrize(
    ("pattern", "text", "opens"),
    [
        (r"reject(?:ed|s)?|back", "rejects", True),
        (r"reject(?:ed|s)?|back", "backing", True),
        (r"reject(?:ed|s)?|back", "rebuts", False),
        (r"refus\w*\s+to", "refusal", True),
        (r"no\s+deal", "no  deal", True),  # white space between words is read through
        (r"no\s+deal", "no way", False),
        (r"no\s+deal", "not", False),
        (r"no\s*deal", "nobody", True),  # the letters before anything else are all it demands
        (r"no\s+deal", "nay", False),
        (r"\s+no", " no", True),  # a pattern opening with white space demands nothing
        (r"m\s+\w+", "more", False),  # white space closing an opening is demanded too
        (r"m\s+\w+", "m  any", True),
        (r"(?:his\s+)?praise", "praised", True),
        (r"(?:his\s+)?praise", "his praise", True),
        (r"(?:his\s+)?praise", "pride", False),
        (r"(?:ab)+c", "abab", True),
        (r"(?<!\w)(?=[a-z])vote", "voter", True),
        (r"(?<!\w)(?=[a-z])vote", "veto", False),
        (r"[a-z]+ly|cut", "x", True),  # a class opens one alternative: any word may match
        (r"(?i:cut)", "CUT", True),
    ],
)
def test_openings_only_pass_over_what_cannot_match(pattern: str, text: str, opens: bool) -> None:
    assert bool(re.match(openings(pattern), text)) is opens


def test_an_ordered_word_list() -> None:
    assert wordlist("b a b") == ("b", "a", "b")


@pytest.mark.parametrize(
    "name",
    [name for name in dir(lexicon) if name.isupper() and not name.startswith("_")],
)
def test_every_list_is_lower_case_words_without_stray_space(name: str) -> None:
    value = getattr(lexicon, name)
    items = value.keys() if isinstance(value, dict) else value
    for item in items:
        assert item == " ".join(item.split()), f"{name}: {item!r}"
        if name != "PLACE_ACRONYMS":
            assert item == item.lower(), f"{name}: {item!r}"


@pytest.mark.parametrize(
    ("nouns", "expected"),
    [
        (("party",), ["party", "parties"]),
        (("union",), ["union", "unions"]),
        # trap: a noun already plural gets no second 's'
        (("workers",), ["workers"]),
    ],
)
def test_plurals_of_nouns(nouns: tuple[str, ...], expected: list[str]) -> None:
    assert lexicon.plurals_of(nouns) == expected
