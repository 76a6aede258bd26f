"""Estimated cost from token usage, with dated model names and unknown models."""

from __future__ import annotations

import pytest

from factx.llm.costs import PRICES, estimate
from factx.schemas import Usage

USAGE = Usage(requests=1, prompt_tokens=1_000_000, completion_tokens=500_000)


@pytest.mark.parametrize(
    ("model", "dollars"),
    [
        ("gpt-4o-mini", 0.15 + 0.30),
        ("gpt-4o-mini-2024-07-18", 0.15 + 0.30),
        ("gpt-4o", 2.50 + 5.00),
        ("some-local-model", None),
    ],
)
def test_estimate(model: str, dollars: float | None) -> None:
    assert estimate(model, USAGE, PRICES) == (None if dollars is None else pytest.approx(dollars))


def test_a_user_price_overrides_the_table() -> None:
    assert estimate("gpt-4o", USAGE, {**PRICES, "gpt-4o": (1.0, 2.0)}) == pytest.approx(2.0)


def test_batch_answers_cost_half() -> None:
    from factx.llm.costs import BATCH_DISCOUNT, estimate_parts

    full = estimate("gpt-4o-mini", USAGE, PRICES)
    assert full is not None
    parts = [(USAGE, BATCH_DISCOUNT), (USAGE, 1.0)]
    assert estimate_parts("gpt-4o-mini", parts, PRICES) == pytest.approx(full * 1.5)
    assert estimate_parts("some-local-model", parts, PRICES) is None
    assert estimate_parts("gpt-4o-mini", [], PRICES) == 0.0
