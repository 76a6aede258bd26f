"""LLM settings from flags and environment: light to import, clear when wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from factx.errors import FactxError
from factx.llm.config import DEFAULT_MAX_CHARS, LLMConfig
from tests.helpers import modules_loaded_by


def test_importing_the_config_loads_no_http_stack() -> None:
    heavy = {"openai", "instructor", "httpx", "httpcore", "tenacity"}
    assert not modules_loaded_by("import factx.llm.config") & heavy


@pytest.mark.parametrize(
    ("config", "configured"),
    [
        (LLMConfig(), False),
        (LLMConfig(api_key="k"), True),
        (LLMConfig(base_url="http://127.0.0.1:11434/v1"), True),
        (LLMConfig(cassette_mode="replay"), True),
        (LLMConfig(cassette_mode="auto"), False),
    ],
)
def test_configured(config: LLMConfig, configured: bool) -> None:
    assert config.configured is configured


def test_environment_fills_what_flags_leave_open(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("FACTX_CASSETTES", str(tmp_path))
    monkeypatch.setenv("FACTX_CASSETTE_MODE", "auto")
    config = LLMConfig.from_env(max_chars=None)
    assert (config.cassettes, config.cassette_mode) == (tmp_path, "auto")
    assert config.max_chars == DEFAULT_MAX_CHARS


def test_a_bad_price_file_names_the_file(tmp_path: Path) -> None:
    prices = tmp_path / "prices.json"
    prices.write_text('{"m": "cheap"}', encoding="utf-8")
    with pytest.raises(FactxError, match=r"prices\.json: not a price table"):
        LLMConfig.from_env(prices=prices)
