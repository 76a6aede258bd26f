"""The LLM extractor: any OpenAI-compatible chat-completions endpoint, through openai + instructor.

Validation errors and ungrounded items are re-asked by instructor (bounded by `max_retries`);
transport errors are retried below the SDK (`factx.transport`); a reply cut off by the token
limit fails at once with a clear message.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlparse

import httpx
import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from instructor.core.hooks import Hooks
from pydantic import ValidationError

from factx.cassettes import CASSETTE_MODES, CassetteMode, CassetteStore, CassetteTransport, origins
from factx.errors import FactxError
from factx.pipeline import Drafted
from factx.prompts import Prompt, load_prompt
from factx.schemas import ExtractionDraft, Usage
from factx.transport import RetryPolicy, RetryTransport

DEFAULT_MODEL = "gpt-4o-mini"
MODES = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}
#: Hosts that serve OpenAI's own API (tool calling is their most reliable structured mode).
_OPENAI_HOSTS = ("api.openai.com", ".openai.azure.com", ".cognitiveservices.azure.com")
# instructor logs every failed attempt at ERROR; factx reports failures itself, once.
logging.getLogger("instructor").addHandler(logging.NullHandler())
logging.getLogger("instructor").propagate = False

#: The key sent to servers that need none (local servers, replayed cassettes).
NO_KEY = "no-key-needed"


class LLMError(FactxError):
    """The LLM call failed in a way retrying will not fix."""


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
    retry: RetryPolicy = RetryPolicy()
    cassette_mode: CassetteMode = "off"
    cassettes: Path = Path("cassettes")

    @classmethod
    def from_env(cls, **flags: Any) -> LLMConfig:
        """Flags win over `FACTX_MODEL`, `OPENAI_BASE_URL`, `OPENAI_API_KEY`,
        `FACTX_CASSETTE_MODE` and `FACTX_CASSETTES`; None means unset."""
        values = {k: v for k, v in flags.items() if v is not None}
        values.setdefault("model", os.environ.get("FACTX_MODEL") or DEFAULT_MODEL)
        values.setdefault("base_url", os.environ.get("OPENAI_BASE_URL") or None)
        values.setdefault("api_key", os.environ.get("OPENAI_API_KEY") or None)
        values.setdefault("cassette_mode", os.environ.get("FACTX_CASSETTE_MODE") or "off")
        values.setdefault("cassettes", Path(os.environ.get("FACTX_CASSETTES") or "cassettes"))
        if values["cassette_mode"] not in CASSETTE_MODES:
            raise FactxError(
                f"unknown cassette mode {values['cassette_mode']!r}; choose from {', '.join(CASSETTE_MODES)}"
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


def default_transport(config: LLMConfig) -> httpx.BaseTransport:
    """The network transport with factx's retries, behind the cassette store unless it is off.

    In replay mode no network transport exists at all: nothing can open a socket.
    """
    if config.cassette_mode == "replay":
        return CassetteTransport(CassetteStore(config.cassettes, "replay"), None)
    network = RetryTransport(httpx.HTTPTransport(), config.retry)
    if config.cassette_mode == "off":
        return network
    return CassetteTransport(CassetteStore(config.cassettes, config.cassette_mode), network)


class LLMExtractor:
    """Drafts an extraction for one article with an LLM; counts every token, re-asks included."""

    name = "llm"

    def __init__(
        self,
        config: LLMConfig,
        prompt: Prompt | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if not config.configured:
            raise FactxError(
                "no LLM endpoint configured: set OPENAI_API_KEY (OpenAI) or pass --base-url "
                "(e.g. http://127.0.0.1:11434/v1 for Ollama) and --model"
            )
        self.config = config
        self.prompt = prompt or load_prompt()
        self.mode = config.resolved_mode()
        http_client = httpx.Client(transport=transport or default_transport(config))
        client = openai.OpenAI(
            api_key=config.api_key or NO_KEY,
            base_url=config.base_url,
            max_retries=0,
            timeout=config.timeout,
            http_client=http_client,
        )
        self.client = instructor.from_openai(client, mode=MODES[self.mode])

    def provenance(self) -> dict[str, Any]:
        return {"model": self.config.model, "mode": self.mode, "prompt_version": self.prompt.version}

    def draft(
        self, text: str, check: Callable[[ExtractionDraft], list[str]]
    ) -> Drafted:
        """Ask the model for a draft; `check` lists problems to re-ask about.

        On the last allowed attempt the check is skipped: the draft is returned as it is and the
        caller rejects what cannot be grounded, instead of losing the whole article.
        """
        usage = Usage()
        replayed = origins()
        last_attempt = self.config.max_retries + 1

        def count(response: Any) -> None:
            nonlocal usage
            tokens = getattr(response, "usage", None)
            usage = usage + Usage(
                requests=1,
                prompt_tokens=getattr(tokens, "prompt_tokens", 0) or 0,
                completion_tokens=getattr(tokens, "completion_tokens", 0) or 0,
                total_tokens=getattr(tokens, "total_tokens", 0) or 0,
            )

        def verify(draft: ExtractionDraft) -> list[str]:
            return [] if usage.requests >= last_attempt else check(draft)

        hooks = Hooks()
        hooks.on("completion:response", count)
        try:
            draft = self.client.chat.completions.create(
                model=self.config.model,
                messages=self.prompt.messages(text),  # type: ignore[arg-type]
                response_model=ExtractionDraft,
                max_retries=self.config.max_retries,
                context={"verify": verify},
                hooks=hooks,
                temperature=self.config.temperature,
                max_tokens=self.config.max_tokens,
            )
        except IncompleteOutputException:
            raise LLMError(
                f"the model's reply was cut off at max_tokens={self.config.max_tokens} "
                "(finish_reason=length); raise --max-tokens or split the article"
            ) from None
        except InstructorRetryException as exc:
            raise LLMError(_explain(exc, self.config.max_retries)) from None
        except openai.OpenAIError as exc:
            raise LLMError(_factx_cause(exc) or _first_line(exc)) from None
        return Drafted(draft, usage, ", ".join(sorted(set(replayed))) or None)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:300]


def _factx_cause(exc: BaseException) -> str | None:
    """The message of a factx error (e.g. a cassette miss) the SDK wrapped as a connection error."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, FactxError):
            return _first_line(seen)
        seen = seen.__cause__ or seen.__context__
    return None


def _explain(exc: InstructorRetryException, max_retries: int) -> str:
    """One line for a failed call: the transport error, or the validation that never passed."""
    if found := _factx_cause(exc):
        return found
    cause = exc.__cause__
    if isinstance(cause, openai.APIStatusError):
        return f"endpoint answered HTTP {cause.status_code}: {_first_line(cause)}"
    if isinstance(cause, openai.OpenAIError):
        return f"{type(cause).__name__}: {_first_line(cause)}"
    if isinstance(cause, json.JSONDecodeError) and not exc.failed_attempts:
        return f"endpoint sent a malformed JSON body: {_first_line(cause)}"
    last = exc.failed_attempts[-1].exception if exc.failed_attempts else cause
    if isinstance(last, ValidationError) and last.errors():
        error = last.errors()[0]
        where = ".".join(str(part) for part in error["loc"])
        detail = f"{where}: {error['msg']}" if where else error["msg"]
    else:
        detail = _first_line(last or exc)
    return f"no valid answer after {max_retries + 1} attempts: {_first_line(ValueError(detail))}"

