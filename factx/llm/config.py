"""Where and how to call the model: flags and environment, with nothing heavy imported.

Kept apart from `factx.llm` so that the CLI can decide between the LLM and the offline rules
(and print `--help`) without importing openai or instructor.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from factx.errors import FactxError
from factx.llm.costs import PRICES, load_prices
from factx.llm.providers import Provider, check_url, detect, find_key, is_reasoning

DEFAULT_MODEL = "gpt-4o-mini"
#: Articles longer than this are split into chunks for the model (about 6,000 tokens each).
DEFAULT_MAX_CHARS = 24_000
#: instructor modes by name (mapped to `instructor.Mode` in `factx.llm`).
MODES = ("tools", "json_schema", "json", "md_json")
#: The key sent to servers that need none (local servers, replayed cassettes).
NO_KEY = "no-key-needed"

CassetteMode = Literal["off", "record", "replay", "auto"]
CASSETTE_MODES: tuple[CassetteMode, ...] = ("off", "record", "replay", "auto")


def parse_params(items: Iterable[str]) -> dict[str, Any]:
    """`--param KEY=VALUE` pairs as request-body fields; VALUE is read as JSON when it is
    JSON (`3`, `true`, `{"num_ctx": 8192}`), else kept as text."""
    params: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise FactxError(f"--param {item!r}: expected KEY=VALUE, e.g. reasoning_effort=low")
        try:
            params[key.strip()] = json.loads(value)
        except ValueError:
            params[key.strip()] = value
    return params


@dataclass(frozen=True)
class RetryPolicy:
    """How many attempts, how long to back off, and the longest Retry-After honoured (a
    server asking for an hour gets this many seconds, and the run says so)."""

    attempts: int = 6
    initial_wait: float = 1.0
    max_wait: float = 60.0
    jitter: float = 1.0
    max_retry_after: float = 120.0


@dataclass(frozen=True)
class LLMConfig:
    """Where and how to call the model. `from_env` fills what flags leave open."""

    model: str = DEFAULT_MODEL
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    mode: str | None = None
    max_retries: int = 2
    timeout: float = 120.0
    #: Longest time one response may take in all (`timeout` bounds each read only).
    deadline: float = 600.0
    temperature: float = 0.0
    max_tokens: int = 8192
    #: A profile name from `factx.llm.providers` (default: recognised from `base_url`).
    provider: str | None = None
    #: Where the key came from (e.g. `$ANTHROPIC_API_KEY`), named in errors.
    key_source: str | None = None
    #: Extra request-body fields (`--param KEY=VALUE`); a token-limit name replaces factx's own.
    params: dict[str, Any] = field(default_factory=dict)
    #: Never send a temperature (some models accept only their default).
    no_temperature: bool = False
    #: The model's context window in tokens (default: the profile's assumption, if any).
    context_window: int | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    retry: RetryPolicy = RetryPolicy()
    cassette_mode: CassetteMode = "off"
    cassettes: Path = Path("cassettes")
    prices: dict[str, tuple[float, float]] = field(default_factory=lambda: dict(PRICES), repr=False)

    def __post_init__(self) -> None:
        if self.base_url is not None:
            check_url(self.base_url)

    @classmethod
    def from_env(cls, api_key_env: str | None = None, **flags: Any) -> LLMConfig:
        """Flags win over `FACTX_MODEL`, `OPENAI_BASE_URL`, `FACTX_CASSETTE_MODE`,
        `FACTX_CASSETTES` and `FACTX_PRICES` (a price file). The key comes from `$api_key_env`,
        else `FACTX_API_KEY`, else the provider's own variable (`OPENAI_API_KEY` for OpenAI's
        host only; see `factx.llm.providers.find_key`).

        A flag given as None counts as unset."""
        values = {k: v for k, v in flags.items() if v is not None}
        values.setdefault("model", os.environ.get("FACTX_MODEL") or DEFAULT_MODEL)
        values.setdefault("base_url", os.environ.get("OPENAI_BASE_URL") or None)
        if "api_key" not in values:
            provider = detect(values["base_url"], values.get("provider"))
            if key := find_key(provider, api_key_env):
                values["api_key"], values["key_source"] = key.value, key.source
        values.setdefault("cassette_mode", os.environ.get("FACTX_CASSETTE_MODE") or "off")
        values.setdefault("cassettes", Path(os.environ.get("FACTX_CASSETTES") or "cassettes"))
        prices = values.pop("prices", None) or os.environ.get("FACTX_PRICES")
        values["prices"] = load_prices(Path(prices) if prices else None)
        if values["cassette_mode"] not in CASSETTE_MODES:
            choices = ", ".join(CASSETTE_MODES)
            raise FactxError(
                f"unknown cassette mode {values['cassette_mode']!r}; choose from {choices}"
            )
        return cls(**values)

    @property
    def profile(self) -> Provider:
        """The provider profile: the one named, else recognised from the base URL."""
        return detect(self.base_url, self.provider)

    @property
    def reasoning(self) -> bool:
        """Whether the model is a reasoning model (no temperature, `max_completion_tokens`)."""
        return is_reasoning(self.model)

    @property
    def window(self) -> int | None:
        """The context window to fit requests in: declared, else the profile's assumption."""
        return self.context_window or self.profile.context_window

    @property
    def configured(self) -> bool:
        """Whether an endpoint is given (a key for OpenAI, or a base URL of one's own) or
        every answer comes from cassettes."""
        return bool(self.api_key or self.base_url) or self.cassette_mode == "replay"

    def resolved_mode(self) -> str:
        """The instructor mode: `mode` if set, else the provider profile's."""
        if self.mode:
            if self.mode not in MODES:
                raise FactxError(f"unknown --mode {self.mode!r}; choose from {', '.join(MODES)}")
            return self.mode
        return self.profile.mode
