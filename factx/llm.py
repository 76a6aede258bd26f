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
from typing import Any, Callable
from urllib.parse import urlparse

import httpx
import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from instructor.core.hooks import Hooks
from pydantic import ValidationError

from factx.errors import FactxError
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

    @classmethod
    def from_env(cls, **flags: Any) -> LLMConfig:
        """Flags win over `FACTX_MODEL`, `OPENAI_BASE_URL`, `OPENAI_API_KEY`; None means unset."""
        values = {k: v for k, v in flags.items() if v is not None}
        values.setdefault("model", os.environ.get("FACTX_MODEL") or DEFAULT_MODEL)
        values.setdefault("base_url", os.environ.get("OPENAI_BASE_URL") or None)
        values.setdefault("api_key", os.environ.get("OPENAI_API_KEY") or None)
        return cls(**values)

    @property
    def configured(self) -> bool:
        """Whether an endpoint is given: a key for OpenAI, or a base URL of one's own."""
        return bool(self.api_key or self.base_url)

    def resolved_mode(self) -> str:
        """The instructor mode: `mode` if set; tools for OpenAI's hosts; JSON schema elsewhere."""
        if self.mode:
            if self.mode not in MODES:
                raise FactxError(f"unknown --mode {self.mode!r}; choose from {', '.join(MODES)}")
            return self.mode
        host = urlparse(self.base_url or "https://api.openai.com/v1").hostname or ""
        return "tools" if host.endswith(_OPENAI_HOSTS) else "json_schema"


def default_transport(config: LLMConfig) -> httpx.BaseTransport:
    """The real network transport with factx's retries around it."""
    return RetryTransport(httpx.HTTPTransport(), config.retry)


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
    ) -> tuple[ExtractionDraft, Usage]:
        """Ask the model for a draft; `check` lists problems to re-ask about.

        On the last allowed attempt the check is skipped: the draft is returned as it is and the
        caller rejects what cannot be grounded, instead of losing the whole article.
        """
        usage = Usage()
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
            raise LLMError(_first_line(exc)) from None
        return draft, usage


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:300]


def _explain(exc: InstructorRetryException, max_retries: int) -> str:
    """One line for a failed call: the transport error, or the validation that never passed."""
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

