"""The figure parser: numbers as written in news text, multiplied out, with unit and qualifier."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factx.figures import find_figures, parse_figure
from tests.helpers import GOLD

CASES = [
    ("£100m", 100e6, "GBP", None),
    ("£14.1bn", 14.1e9, "GBP", None),
    ("£37,800", 37800, "GBP", None),
    ("$2.5 trillion", 2.5e12, "USD", None),
    ("€10M", 10e6, "EUR", None),
    ("8%", 8, "percent", None),
    ("eight per cent", 8, "percent", None),
    ("90.5%", 90.5, "percent", None),
    ("two million", 2e6, "count", None),
    ("1.4 million", 1.4e6, "count", None),
    ("half a billion pounds", 0.5e9, "GBP", None),
    ("a decade", 10, "years", None),
    ("seven years", 7, "years", None),
    ("24-hour", 24, "hours", None),
    ("1/60th", 1 / 60, "fraction", None),
    ("more than 30,000", 30000, "count", "more than"),
    ("up to two million", 2e6, "count", "at most"),
    ("around a million", 1e6, "count", "approximately"),
    ("A$5m", 5e6, "AUD", None),
    ("50p", 0.5, "GBP", None),
    ("more than 30,000 workers", 30000, "people", "more than"),
    ("two-thirds of members", 2 / 3, "fraction", None),
    ("three quarters", 0.75, "fraction", None),
    ("the pension age will rise to 67", 67, "years", None),
]


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), CASES, ids=[c[0] for c in CASES])
def test_examples(text: str, value: float, unit: str, qualifier: str | None) -> None:
    figure = parse_figure(text)
    assert figure is not None
    assert figure.value == pytest.approx(value, rel=1e-4)
    assert (figure.unit, figure.qualifier) == (unit, qualifier)
    assert text[figure.start : figure.end] == figure.raw


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("6%-8%", 6, 8, "percent"),
        ("6-8%", 6, 8, "percent"),
        ("1.5% to 3.5%", 1.5, 3.5, "percent"),
        ("between 2 and 3 million", 2e6, 3e6, "count"),
    ],
)
def test_ranges(text: str, low: float, high: float, unit: str) -> None:
    figure = parse_figure(text)
    assert figure is not None and figure.qualifier == "range"
    assert (figure.low, figure.high, figure.value, figure.unit) == (
        pytest.approx(low),
        pytest.approx(high),
        pytest.approx(low),
        unit,
    )


@pytest.mark.parametrize(
    "text",
    [
        "on November 30, 2012",
        "in 2011-12",
        "the 2012/13 budget",
        "the G20 summit",
        "COVID-19 cases",
        "at 10am",
        "on 30th November",
        "in 1998",
        "one of them",
    ],
)
def test_dates_codes_and_ordinals_are_not_figures(text: str) -> None:
    assert list(find_figures(text)) == []


def test_figures_in_a_sentence_are_all_found_in_order() -> None:
    text = "Pay rose 3% in 2012 for 150,000 nurses, costing £1.2bn for two years."
    assert [(f.raw, f.unit) for f in find_figures(text)] == [
        ("3%", "percent"),
        ("150,000", "people"),
        ("£1.2bn", "GBP"),
        ("two years", "years"),
    ]


GOLD_FIGURES = [
    item
    for file in sorted(GOLD.glob("*.gold.json"))
    for item in json.loads(file.read_text(encoding="utf-8"))["figures"]
]


@pytest.mark.parametrize("gold", GOLD_FIGURES, ids=[g["evidence"] for g in GOLD_FIGURES])
def test_gold_figure_values(gold: dict) -> None:
    figure = parse_figure(gold["evidence"])
    assert figure is not None
    assert figure.value == pytest.approx(gold["value"], rel=0.01)


SIGNS = {"£": "GBP", "$": "USD", "€": "EUR"}
SCALES = {"": 1, "m": 1e6, "bn": 1e9, " million": 1e6, " billion": 1e9, " trillion": 1e12}


@settings(max_examples=200, deadline=None)
@given(
    amount=st.decimals(min_value="0.1", max_value="999999", places=2),
    sign=st.sampled_from(sorted(SIGNS)),
    scale=st.sampled_from(sorted(SCALES)),
    commas=st.booleans(),
)
def test_generated_amounts_round_trip(amount: object, sign: str, scale: str, commas: bool) -> None:
    number = f"{amount:,}" if commas else f"{amount}"
    text = f"The fund lost {sign}{number}{scale} last year."
    figure = parse_figure(text)
    assert figure is not None, text
    assert figure.unit == SIGNS[sign]
    assert figure.value == pytest.approx(float(amount) * SCALES[scale], rel=1e-9)
    assert text[figure.start : figure.end] == figure.raw


@settings(max_examples=100, deadline=None)
@given(number=st.integers(1, 99), word=st.sampled_from(["per cent", "percent", "%"]))
def test_generated_percentages(number: int, word: str) -> None:
    sep = "" if word == "%" else " "
    figure = parse_figure(f"a rise of {number}{sep}{word} this year")
    assert figure is not None and (figure.value, figure.unit) == (number, "percent")
