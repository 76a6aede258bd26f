"""The LLM extractor: any OpenAI-compatible chat-completions endpoint, through openai + instructor.

Validation errors and ungrounded items are re-asked by instructor (bounded by `max_retries`);
transport errors are retried below the SDK (`factx.llm.transport`); a reply cut off by the token
limit fails at once with a clear message.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import httpx
import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from instructor.core.hooks import Hooks
from pydantic import ValidationError

from factx.errors import EndpointError, FactxError
from factx.extractor import Check, Drafted
from factx.llm.cassettes import AsyncCassetteTransport, CassetteStore, CassetteTransport, origins
from factx.llm.config import NO_KEY, LLMConfig
from factx.llm.context import TOKEN_LIMITS, article_chars
from factx.llm.costs import estimate_parts
from factx.llm.prompts import Prompt, load_prompt
from factx.llm.providers import diagnose, endpoint, missing_key
from factx.llm.ratelimit import RateLimiter
from factx.llm.secrets import scrub
from factx.llm.transport import AsyncRetryTransport, RetryTransport, Unreachable, Wire, routes
from factx.schemas import ExtractionDraft, Usage, verifying

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
    """The LLM call failed in a way retrying will not fix; `usage` is what it cost all the same."""

    def __init__(
        self, message: str, usage: Usage | None = None, cost_usd: float | None = None
    ) -> None:
        super().__init__(message)
        self.usage = usage or Usage()
        self.cost_usd = cost_usd


_T = TypeVar("_T", httpx.BaseTransport, httpx.AsyncBaseTransport)


def _behind_cassettes(
    config: LLMConfig,
    cassettes: Callable[[CassetteStore, _T | None], _T],
    network: Callable[[], _T],
    store: CassetteStore | None = None,
) -> _T:
    """The network transport `network()` makes, behind the cassette store (`store`, else one
    over `config.cassettes`) unless cassettes are off.

    In replay mode no network transport is made at all: nothing can open a socket.
    """
    if config.cassette_mode == "off":
        return network()
    store = store or CassetteStore(config.cassettes, config.cassette_mode)
    if config.cassette_mode == "replay":
        return cassettes(store, None)
    return cassettes(store, network())


def wire(config: LLMConfig) -> Wire:
    """How requests must look for the configured endpoint (key, query, window, rerouting)."""
    profile = config.profile
    return Wire(
        key=config.api_key,
        key_header=profile.key_header,
        query=endpoint(profile, config.base_url, config.model)[1],
        window=config.window,
        routes=routes(),
        account_headers=profile.name == "openai",
    )


def default_transport(config: LLMConfig, store: CassetteStore | None = None) -> httpx.BaseTransport:
    """The network transport with factx's retries, behind the cassette store unless it is off."""
    return _behind_cassettes(
        config,
        CassetteTransport,
        lambda: RetryTransport(httpx.HTTPTransport(), config.retry, wire(config), config.deadline),
        store,
    )


def default_async_transport(
    config: LLMConfig, limiter: RateLimiter | None = None, store: CassetteStore | None = None
) -> httpx.AsyncBaseTransport:
    """The async twin of `default_transport`; `limiter` is shared by every request of a batch."""
    return _behind_cassettes(
        config,
        AsyncCassetteTransport,
        lambda: AsyncRetryTransport(
            httpx.AsyncHTTPTransport(), config.retry, limiter, wire(config), config.deadline
        ),
        store,
    )


def request_options(config: LLMConfig) -> dict[str, Any]:
    """Per-request options: the token limit under the name the model takes, the temperature
    unless the model refuses one, and `--param` fields (a token-limit name replaces ours)."""
    options: dict[str, Any] = {}
    if not any(name in config.params for name in TOKEN_LIMITS):
        limit = "max_completion_tokens" if config.reasoning else "max_tokens"
        options[limit] = config.max_tokens
    if not (config.reasoning or config.no_temperature):
        options["temperature"] = config.temperature
    if config.params:
        options["extra_body"] = dict(config.params)
    return options


class _Call:
    """One article's request to instructor: its arguments, and the tokens of every attempt."""

    def __init__(self, extractor: LLMExtractor, text: str, check: Check) -> None:
        self.usage = Usage()
        #: Each response's tokens and the share of the list price it cost (batch answers: half).
        self.priced: list[tuple[Usage, float]] = []
        self.replayed = origins()
        self.seen_replays = 0
        self.config = extractor.config
        self.check = check
        self.last_attempt = extractor.config.max_retries + 1
        self.checked = False  # whether an answer has been re-asked about its problems already
        hooks = Hooks()
        hooks.on("completion:response", self.count)
        config = self.config
        self.kwargs: dict[str, Any] = dict(
            model=config.model,
            messages=extractor.prompt.messages(text),
            response_model=ExtractionDraft,
            max_retries=config.max_retries,
            hooks=hooks,
            **request_options(config),
        )

    def count(self, response: Any) -> None:
        tokens = getattr(response, "usage", None)
        usage = Usage(
            requests=1,
            prompt_tokens=getattr(tokens, "prompt_tokens", 0) or 0,
            completion_tokens=getattr(tokens, "completion_tokens", 0) or 0,
            total_tokens=getattr(tokens, "total_tokens", 0) or 0,
        )
        self.usage = self.usage + usage
        # a replayed response was appended to `replayed` just before it got here
        fresh = self.replayed[self.seen_replays :]
        self.seen_replays = len(self.replayed)
        self.priced.append((usage, fresh[-1].price if fresh else 1.0))

    def verify(self, draft: ExtractionDraft) -> list[str]:
        """Problems to re-ask about, once: what the second answer (or the last attempt) still
        gets wrong is rejected, not re-asked again."""
        if self.checked or self.usage.requests >= self.last_attempt:
            return []
        problems = self.check(draft)
        self.checked = bool(problems)
        return problems

    def spent(self) -> tuple[Usage, float | None]:
        """Tokens used so far and their estimated cost."""
        return self.usage, estimate_parts(self.config.model, self.priced, self.config.prices)

    def result(self, draft: ExtractionDraft) -> Drafted:
        replayed = ", ".join(sorted({origin.provenance for origin in self.replayed})) or None
        return Drafted(draft, self.usage, replayed, self.spent()[1])


@contextmanager
def _failures(call: _Call) -> Iterator[None]:
    """Turn what instructor and the SDK raise into one-line `LLMError`s keeping the tokens spent."""
    config = call.config
    try:
        yield
    except IncompleteOutputException:
        raise LLMError(
            f"the model's reply was cut off at max_tokens={config.max_tokens} "
            "(finish_reason=length); raise --max-tokens or split the article (--max-chars)",
            *call.spent(),
        ) from None
    except (InstructorRetryException, openai.OpenAIError) as exc:
        if problem := _endpoint_problem(exc, config):
            raise EndpointError(scrub(problem, [config.api_key])) from None
        if isinstance(exc, InstructorRetryException):
            message = _explain(exc, config.max_retries)
        else:
            message = _factx_cause(exc) or _first_line(exc)
        raise LLMError(scrub(message, [config.api_key]), *call.spent()) from None


class LLMExtractor:
    """Drafts an extraction for one article with an LLM; counts every token, re-asks included.

    `draft` is synchronous (notebooks, the library API); `adraft` is for concurrent batches and
    uses an async client whose requests share `limiter` (default: 8 requests in flight,
    paced by the provider's rate-limit headers). `store` is the cassette store to use
    (default: one over `config.cassettes`, unless cassettes are off).
    """

    name = "llm"

    def __init__(
        self,
        config: LLMConfig,
        prompt: Prompt | None = None,
        transport: httpx.BaseTransport | None = None,
        limiter: RateLimiter | None = None,
        store: CassetteStore | None = None,
    ) -> None:
        if not config.configured:
            raise FactxError(
                "no LLM endpoint configured: set OPENAI_API_KEY (OpenAI) or pass --base-url "
                "(e.g. http://127.0.0.1:11434/v1 for Ollama) and --model"
            )
        profile = config.profile
        if profile.needs_key and not config.api_key and config.cassette_mode != "replay":
            raise FactxError(missing_key(profile))
        self.config = config
        self.prompt = prompt or load_prompt()
        self.mode = config.resolved_mode()
        self.max_chars: int | None = config.max_chars
        if config.window:  # chunk so that instructions, schema, article and answer all fit
            overhead = json.dumps([self.prompt.messages(""), ExtractionDraft.model_json_schema()])
            fits = article_chars(config.window, overhead, config.max_tokens)
            self.max_chars = min(config.max_chars, fits)
        #: Every request of a batch waits its turn here: the limit on requests in flight.
        self.limiter = limiter or RateLimiter()
        self.store = store
        self._transport = transport
        self._client: instructor.Instructor | None = None  # made on first use: a batch needs only
        self._async_client: instructor.AsyncInstructor | None = None  # one of the two

    def _options(self) -> dict[str, Any]:
        """Client options. The SDK holds only a placeholder key: the transport's `Wire` sends
        the real one, in the header the provider wants."""
        config = self.config
        return dict(
            api_key=NO_KEY,
            base_url=endpoint(config.profile, config.base_url, config.model)[0],
            max_retries=0,
            timeout=config.timeout,
        )

    def provenance(self) -> dict[str, Any]:
        return {
            "model": self.config.model,
            "mode": self.mode,
            "prompt_version": self.prompt.version,
        }

    def draft(self, text: str, check: Check) -> Drafted:
        """Ask the model for a draft; `check` lists problems to re-ask about."""
        if self._client is None:
            transport = self._transport or default_transport(self.config, self.store)
            self._client = instructor.from_openai(
                openai.OpenAI(http_client=httpx.Client(transport=transport), **self._options()),
                mode=MODES[self.mode],
            )
        call = _Call(self, text, check)
        with _failures(call), verifying(call.verify):
            return call.result(self._client.chat.completions.create(**call.kwargs))

    async def adraft(self, text: str, check: Check) -> Drafted:
        """`draft` for the event loop of a concurrent batch."""
        if self._async_client is None:
            transport = default_async_transport(self.config, self.limiter, self.store)
            self._async_client = instructor.from_openai(
                openai.AsyncOpenAI(
                    http_client=httpx.AsyncClient(transport=transport), **self._options()
                ),
                mode=MODES[self.mode],
            )
        call = _Call(self, text, check)
        with _failures(call), verifying(call.verify):
            return call.result(await self._async_client.chat.completions.create(**call.kwargs))


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


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: BaseException | None = exc
    while seen is not None:
        yield seen
        seen = seen.__cause__ or seen.__context__


def _endpoint_problem(exc: BaseException, config: LLMConfig) -> str | None:
    """One line naming cause and fix when `exc` is an error every request would meet."""
    for seen in _chain(exc):
        if isinstance(seen, openai.APIStatusError):
            body = seen.body
            said = body.get("message") if isinstance(body, dict) else None
            status: int | None = seen.status_code
            message = str(said) if said else _first_line(seen)
        elif isinstance(seen, Unreachable):
            status, message = None, _first_line(seen)
        else:
            continue
        problem = diagnose(
            status,
            message[:200],
            provider=config.profile,
            model=config.model,
            url=endpoint(config.profile, config.base_url, config.model)[0],
            key_source=config.key_source or ("the key given" if config.api_key else None),
        )
        return problem.line() if problem else None
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
