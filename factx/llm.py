"""The LLM extractor: any OpenAI-compatible chat-completions endpoint, through openai + instructor.

Validation errors and ungrounded items are re-asked by instructor (bounded by `max_retries`);
transport errors are retried below the SDK (`factx.transport`); a reply cut off by the token
limit fails at once with a clear message.
"""

from __future__ import annotations

import json
import logging
from typing import Any, Callable

import httpx
import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from instructor.core.hooks import Hooks
from pydantic import ValidationError

from factx.cassettes import CassetteStore, CassetteTransport, origins
from factx.config import NO_KEY, LLMConfig
from factx.errors import FactxError
from factx.pipeline import Drafted
from factx.prompts import Prompt, load_prompt
from factx.schemas import ExtractionDraft, Usage
from factx.transport import RetryTransport

MODES = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}
# instructor logs every failed attempt at ERROR; factx reports failures itself, once.
logging.getLogger("instructor").addHandler(logging.NullHandler())
logging.getLogger("instructor").propagate = False


class LLMError(FactxError):
    """The LLM call failed in a way retrying will not fix."""


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

