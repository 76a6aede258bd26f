"""Where and how to call the model: flags and environment, with nothing heavy imported.

Kept apart from `factx.llm` so that the CLI can decide between the LLM and the offline rules
(and print `--help`) without importing openai or instructor.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

from factx.errors import FactxError
from factx.llm.costs import PRICES, load_prices

DEFAULT_MODEL = "gpt-4o-mini"
#: Articles longer than this are split into chunks for the model (about 6,000 tokens each).
DEFAULT_MAX_CHARS = 24_000
#: instructor modes by name (mapped to `instructor.Mode` in `factx.llm`).
MODES = ("tools", "json_schema", "json", "md_json")
#: Hosts that serve OpenAI's own API (tool calling is their most reliable structured mode).
_OPENAI_HOSTS = ("api.openai.com", ".openai.azure.com", ".cognitiveservices.azure.com")
#: The key sent to servers that need none (local servers, replayed cassettes).
NO_KEY = "no-key-needed"

CassetteMode = Literal["off", "record", "replay", "auto"]
CASSETTE_MODES: tuple[CassetteMode, ...] = ("off", "record", "replay", "auto")


@dataclass(frozen=True)
class RetryPolicy:
    """How many attempts, how long to back off, and the longest Retry-After honoured."""

    attempts: int = 6
    initial_wait: float = 1.0
    max_wait: float = 60.0
    jitter: float = 1.0
    max_retry_after: float = 300.0


@dataclass(frozen=True)
class LLMConfig:
    """Where and how to call the model. `from_env` fills what flags leave open."""

    model: str = DEFAULT_MODEL
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    mode: str | None = None
    max_retries: int = 2
    timeout: float = 120.0
    temperature: float = 0.0
    max_tokens: int = 8192
    max_chars: int = DEFAULT_MAX_CHARS
    retry: RetryPolicy = RetryPolicy()
    cassette_mode: CassetteMode = "off"
    cassettes: Path = Path("cassettes")
    prices: dict[str, tuple[float, float]] = field(default_factory=lambda: dict(PRICES), repr=False)

    @classmethod
    def from_env(cls, **flags: Any) -> LLMConfig:
        """Flags win over `FACTX_MODEL`, `OPENAI_BASE_URL`, `OPENAI_API_KEY`,
        `FACTX_CASSETTE_MODE`, `FACTX_CASSETTES` and `FACTX_PRICES` (a price file).

        A flag given as None counts as unset."""
        values = {k: v for k, v in flags.items() if v is not None}
        values.setdefault("model", os.environ.get("FACTX_MODEL") or DEFAULT_MODEL)
        values.setdefault("base_url", os.environ.get("OPENAI_BASE_URL") or None)
        values.setdefault("api_key", os.environ.get("OPENAI_API_KEY") or None)
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
    def configured(self) -> bool:
        """Whether an endpoint is given (a key for OpenAI, or a base URL of one's own) or
        every answer comes from cassettes."""
        return bool(self.api_key or self.base_url) or self.cassette_mode == "replay"

    def resolved_mode(self) -> str:
        """The instructor mode: `mode` if set; tools for OpenAI's hosts; JSON schema elsewhere."""
        if self.mode:
            if self.mode not in MODES:
                raise FactxError(f"unknown --mode {self.mode!r}; choose from {', '.join(MODES)}")
            return self.mode
        host = urlparse(self.base_url or "https://api.openai.com/v1").hostname or ""
        return "tools" if host.endswith(_OPENAI_HOSTS) else "json_schema"
