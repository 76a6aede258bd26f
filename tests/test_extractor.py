"""Choosing the extractor: the library decides, and the rules path loads no HTTP stack."""

from __future__ import annotations

import pytest

from factx.errors import FactxError
from factx.extractor import choose_extractor
from factx.llm.config import LLMConfig


@pytest.mark.parametrize(
    ("backend", "config", "chosen", "warned"),
    [
        (None, LLMConfig(), "rules", True),
        ("rules", LLMConfig(), "rules", False),
        ("rules", LLMConfig(base_url="http://127.0.0.1:9/v1"), "rules", False),
        (None, LLMConfig(base_url="http://127.0.0.1:9/v1"), "llm", False),
        (None, LLMConfig(cassette_mode="replay"), "llm", False),
        ("llm", LLMConfig(api_key="sk-test-key"), "llm", False),
    ],
)
def test_backend_choice(backend: str | None, config: LLMConfig, chosen: str, warned: bool) -> None:
    said: list[str] = []
    assert choose_extractor(backend, config, warn=said.append).name == chosen
    assert bool(said) == warned


def test_the_llm_extractor_chunks_and_the_rules_do_not() -> None:
    llm = choose_extractor("llm", LLMConfig(base_url="http://127.0.0.1:9/v1", max_chars=5000))
    assert llm.max_chars == 5000
    assert choose_extractor("rules", LLMConfig()).max_chars is None


@pytest.mark.parametrize("backend", ["gpt", "LLM", ""])
def test_unknown_backend_is_one_line(backend: str) -> None:
    with pytest.raises(FactxError, match="unknown --backend"):
        choose_extractor(backend, LLMConfig())


def test_llm_without_an_endpoint_says_what_to_set() -> None:
    with pytest.raises(FactxError, match="OPENAI_API_KEY"):
        choose_extractor("llm", LLMConfig())
