"""Fitting a request into a context window: estimates, room for the answer, refusals."""

from __future__ import annotations

import pytest

from factx.llm.context import (
    CHARS_PER_TOKEN,
    MIN_REPLY,
    ContextOverflow,
    article_chars,
    estimate_tokens,
    fit,
    reply_room,
)


@pytest.mark.parametrize(("text", "tokens"), [("", 0), ("abc", 1), ("abcd", 2), ("x" * 300, 100)])
def test_estimates_round_up(text: str, tokens: int) -> None:
    assert estimate_tokens(text) == tokens


@pytest.mark.parametrize(
    ("window", "max_tokens", "room"),
    [(128_000, 8192, 8192), (16_384, 8192, 4096), (4096, 8192, MIN_REPLY)],
)
def test_reply_room_is_at_most_a_quarter_of_the_window(
    window: int, max_tokens: int, room: int
) -> None:
    assert reply_room(window, max_tokens) == room


def test_articles_get_what_the_instructions_and_the_answer_leave() -> None:
    overhead = "x" * 3000  # 1,000 tokens
    assert article_chars(16_384, overhead, 8192) == (16_384 - 1000 - 4096) * CHARS_PER_TOKEN


def test_a_window_too_small_for_the_instructions_says_how_to_raise_it() -> None:
    with pytest.raises(ContextOverflow, match="OLLAMA_CONTEXT_LENGTH"):
        article_chars(4096, "x" * 12_000, 8192)


def test_fit_lowers_the_token_limit_to_the_room_left() -> None:
    body = {"messages": [{"role": "user", "content": "x" * 3000}], "max_tokens": 100_000}
    fitted = fit(body, 8192)
    assert MIN_REPLY <= fitted["max_tokens"] < 8192 and body["max_tokens"] == 100_000


def test_fit_refuses_a_prompt_that_leaves_no_room() -> None:
    body = {"messages": [{"role": "user", "content": "x" * 30_000}], "max_tokens": 10}
    with pytest.raises(ContextOverflow):
        fit(body, 8192)
