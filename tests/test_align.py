"""Evidence alignment: exact, normalised (mapped back to original offsets), bounded fuzzy."""

from __future__ import annotations

import json

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from factx.align import Locator, locate
from factx.text import normalise
from tests.helpers import GOLD, SEEDS

GOLD_EVIDENCE = [
    (SEEDS / gold["article"], item["evidence"])
    for file in sorted(GOLD.glob("*.gold.json"))
    for gold in [json.loads(file.read_text(encoding="utf-8"))]
    for kind in ("claims", "figures", "positions")
    for item in gold[kind]
]
CURLY = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
STRAIGHT_TO_CURLY = str.maketrans({'"': "“", "'": "’"})


def article(path: object) -> str:
    return path.read_text(encoding="utf-8")  # type: ignore[attr-defined]


@pytest.mark.parametrize(("path", "evidence"), GOLD_EVIDENCE, ids=lambda v: str(v)[:40])
def test_gold_evidence_is_found_exactly(path: object, evidence: str) -> None:
    text = article(path)
    span = locate(evidence, text)
    assert span is not None and span.match == "exact"
    assert text[span.start : span.end] == evidence


@pytest.mark.parametrize(("path", "evidence"), GOLD_EVIDENCE, ids=lambda v: str(v)[:40])
def test_gold_evidence_survives_rewriting(path: object, evidence: str) -> None:
    text = article(path)
    exact = locate(evidence, text)
    variants = {
        "quotes swapped": evidence.translate(CURLY)
        if evidence.translate(CURLY) != evidence
        else evidence.translate(STRAIGHT_TO_CURLY),
        "whitespace collapsed": "  ".join(evidence.split(" ")).replace(" ", "\n", 1),
        "case changed": evidence.upper(),
    }
    for name, variant in variants.items():
        if variant == evidence:
            continue
        span = locate(variant, text)
        assert span is not None, name
        assert (span.start, span.end) == (exact.start, exact.end), name
        assert span.match == "normalised", name
    if len(evidence) >= 20:
        middle = len(evidence) // 2
        typo = (
            evidence[:middle] + ("x" if evidence[middle] != "x" else "y") + evidence[middle + 1 :]
        )
        span = locate(typo, text)
        assert span is not None and span.match == "fuzzy" and span.score is not None
        assert abs(span.start - exact.start) <= 2 and abs(span.end - exact.end) <= 2


def test_text_from_another_article_is_not_found() -> None:
    (first, second) = sorted({p for p, _ in GOLD_EVIDENCE})
    for path, evidence in GOLD_EVIDENCE:
        other = article(second if path == first else first)
        if len(evidence) >= 16 and evidence not in other:
            assert locate(evidence, other) is None, evidence


def test_fuzzy_spans_point_into_the_original() -> None:
    text = "The minister said: “We will not move an inch on this,” before leaving."
    span = locate("We will not move an inch on thsi", text)
    assert span is not None and span.match == "fuzzy"
    assert text[span.start : span.end] == "We will not move an inch on this"


def test_nearest_shows_where_an_ungrounded_quote_comes_closest() -> None:
    text = "Intro. The union said it would never accept a deal that cuts pay. Then more."
    locator = Locator(text)
    invented = "We will never accept a deal that makes workers pay"
    assert locator.locate(invented) is None
    near = locator.nearest(invented)
    assert near is not None and near.match == "fuzzy" and near.score is not None
    assert "never accept a deal that" in text[near.start : near.end]
    assert locator.nearest("3% offer") is None  # no word of it is in the text
    exact = locator.nearest("cuts pay")
    assert exact is not None and exact.match == "exact"


def test_too_short_or_empty_evidence_is_not_guessed() -> None:
    assert locate("", "some text") is None
    assert locate("abc", "xyz article text") is None


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
sentences = st.lists(words, min_size=3, max_size=40).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(text=sentences, data=st.data())
def test_any_substring_is_found_exactly(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    needle = text[start:end]
    assume(needle.strip())  # white space alone is never evidence
    span = locate(needle, text)
    assert span is not None and span.match == "exact"
    assert text[span.start : span.end] == needle


@settings(max_examples=150, deadline=None)
@given(parts=st.lists(words, min_size=4, max_size=20), data=st.data())
def test_normalisation_variants_map_back_to_the_same_span(
    parts: list[str], data: st.DataObject
) -> None:
    quoted = f"“{parts[0]}’s {' '.join(parts[1:])}” — end"
    text = f"Before it. {quoted} After it."
    variant = quoted.replace("“", '"').replace("”", '"').replace("’", "'").replace("—", "-")
    variant = data.draw(st.sampled_from([variant, variant.upper(), variant.replace(" ", "\n  ")]))
    span = locate(variant, text)
    assert span is not None and span.match in ("exact", "normalised")
    assert text[span.start : span.end] == quoted


@settings(max_examples=100, deadline=None)
@given(text=sentences, needle=st.text(alphabet="0123456789QXZ", min_size=16, max_size=40))
def test_unrelated_text_is_not_found(text: str, needle: str) -> None:
    assume(normalise(needle) not in normalise(text))
    assert locate(needle, text) is None
