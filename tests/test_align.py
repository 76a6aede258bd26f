"""Evidence alignment: exact, normalised (mapped back to original offsets), bounded fuzzy."""

from __future__ import annotations

import bisect
import json
import random

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from factx import align
from factx.align import NEAR, Located, Locator, Taken, fold_text, locate
from factx.text import fold, normalise
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


def brute_nearest(text: str, needle: str, cursor: int) -> int | None:
    """Every occurrence by plain search; the nearest to `cursor`, later ones first on a tie."""
    places = [i for i in range(len(text)) if text.startswith(needle, i)]
    return min(places, key=lambda p: (abs(p - cursor), p < cursor), default=None)


few_words = st.sampled_from(["ab", "ba", "abc", "c", "a"])  # much repetition, partial overlaps


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(few_words, min_size=2, max_size=40), data=st.data())
def test_the_occurrence_nearest_the_previous_item_is_chosen(
    parts: list[str], data: st.DataObject
) -> None:
    text = " ".join(parts)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, min(len(text), start + 12)))
    needle = text[start:end]
    assume(needle.strip())
    cursor = data.draw(st.integers(0, len(text)))
    ring = data.draw(st.sampled_from([1, 2, 5, align.RING]))  # narrow: hits across rings
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(align, "RING", ring)
        span = Locator(text).locate(needle, Taken(cursor=cursor))
    assert span is not None and span.match == "exact"
    assert span.start == brute_nearest(text, needle, cursor)


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(few_words, min_size=2, max_size=40), data=st.data())
def test_the_nearest_free_occurrence_is_chosen(parts: list[str], data: st.DataObject) -> None:
    text = " ".join(parts)
    start = data.draw(st.integers(0, len(text) - 1))
    needle = text[start : data.draw(st.integers(start + 1, min(len(text), start + 6)))]
    assume(needle.strip())
    places = [i for i in range(len(text)) if text.startswith(needle, i)]
    taken = set(data.draw(st.lists(st.sampled_from(places), max_size=len(places) - 1)))
    cursor = data.draw(st.integers(0, len(text)))
    ring = data.draw(st.sampled_from([1, 2, 5, align.RING]))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(align, "RING", ring)
        span = Locator(text).locate(needle, Taken({(p, p + len(needle)) for p in taken}, cursor))
    free = [p for p in places if p not in taken]
    assert span is not None and span.match == "exact"
    assert span.start == min(free, key=lambda p: (abs(p - cursor), p < cursor))


def test_an_exact_match_near_beats_a_normalised_one_nearer() -> None:
    filler = "Filler words go here. " * 200  # 4,400 characters: past the first rings
    text = f"Intro. The Union said no. {filler}Then the union said no. {filler}"
    start = text.index("the union said no.")
    assert start < align.NEAR
    span = Locator(text).locate("the union said no.", Taken(cursor=0))
    assert span == Located(start, start + len("the union said no."), "exact")


def test_past_the_near_window_the_nearest_occurrence_is_still_found() -> None:
    filler = "x " * align.NEAR
    text = f"{filler}%% {filler}%% {filler}"  # '%%' holds no word to look up
    first, second = text.index("%%"), text.rindex("%%")
    assert Locator(text).locate("%%", Taken(cursor=0)) == Located(first, first + 2, "exact")
    assert Locator(text).locate("%%", Taken(cursor=len(text))) == Located(
        second, second + 2, "exact"
    )


def test_repeated_evidence_goes_to_its_places_in_order() -> None:
    text = "Ann said no. Bob said yes. Ann said no. Cy said maybe. Ann said no."
    locator, taken = Locator(text), Taken()
    places = []
    for _ in range(3):
        span = locator.locate("Ann said no.", taken)
        assert span is not None
        taken.add(span)
        places.append(span.start)
    assert places == [0, 27, 55]
    # the item before was found at 40: of five places, the one nearest it
    assert locator.locate("said", Taken(cursor=40)) == Located(43, 47, "exact")


def sentences_of(count: int, seed: int) -> list[str]:
    words = [f"w{n}" for n in random.Random(seed).sample(range(10**6), count * 12)]
    return [" ".join(words[i : i + 12]) + "." for i in range(0, len(words), 12)]


@pytest.mark.parametrize("count", [10, 100, 10_000])
def test_finding_each_item_tries_one_place_however_long_the_article(count: int) -> None:
    sentences = sentences_of(count, count)
    text = " ".join(sentences)
    locator, taken = Locator(text), Taken()
    for sentence in sentences:
        span = locator.locate(sentence, taken)
        assert span is not None and text[span.start : span.end] == sentence
        taken.add(span)
    assert locator.probes == count, "one place tried per item: linear in the article"


def test_repeated_text_costs_no_more_per_item() -> None:
    sentences = sentences_of(20, 1)
    text = " ".join(sentences * 200)  # the same story 200 times over
    locator, taken = Locator(text), Taken()
    for _ in range(200):
        for sentence in sentences:
            span = locator.locate(sentence, taken)
            assert span is not None
            taken.add(span)
    assert len(taken.spans) == 4000 and locator.probes == 4000


def fold_char_by_char(text: str) -> tuple[str, list[int]]:
    """The folded text built one character at a time, the plain way."""
    chars: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        folded = fold(ch)
        if folded == " " and chars and chars[-1] == " ":
            continue
        chars.extend(folded)
        origin.extend([index] * len(folded))
    return "".join(chars), origin


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("aB1 .\n\t`'’“é—…\u00ad\u200bZ_-")), max_size=60))
def test_the_folded_text_and_its_origins_match_folding_char_by_char(text: str) -> None:
    folded = fold_text(text)
    chars, origin = fold_char_by_char(text)
    assert folded.text == chars
    assert [folded.origin(i) for i in range(len(chars))] == origin
    # and back: the first folded character from each original offset on
    assert [folded.position(i) for i in range(len(text) + 1)] == [
        bisect.bisect_left(origin, i) for i in range(len(text) + 1)
    ]


@pytest.mark.parametrize("before", [0, 10, 3_000, NEAR, NEAR + 1, 3 * NEAR])
def test_from_the_start_the_first_exact_occurrence_is_found(before: int) -> None:
    text = "x " * (before // 2) + "y" * (before % 2) + "the offer, and the offer again"
    locator = Locator(text)
    span = locator.locate("the offer")
    assert span is not None and (span.start, span.match) == (text.index("the offer"), "exact")
    assert locator.locate("the offer", Taken(spans={(span.start, span.end)})) == Located(
        span.start + 15, span.end + 15, "exact"
    )
