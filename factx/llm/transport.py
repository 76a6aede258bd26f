"""What goes on the wire for LLM calls, and retries: 429 (honouring Retry-After up to a cap),
5xx, timeouts, dropped connections.

They sit in the httpx transport under the `openai` client (whose own retries are switched off),
so every request the SDK or instructor makes is retried the same way, with tenacity's
exponential backoff and jitter. A 200 whose body is not JSON counts as a dropped connection.
The `Wire` puts the key where the provider wants it (the SDK itself never holds it), adds the
provider's query parameters, fits the request into the context window (a streamed upload goes
as it is, never held in memory), and scrubs key-like strings from error bodies before anything
above can keep them. Each response must arrive in full within a deadline, however slowly its
bytes trickle in.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import nullcontext, suppress
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from functools import partial
from typing import Any

import httpx
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
)
from tenacity.wait import wait_exponential, wait_random

from factx.errors import FactxError
from factx.llm.config import RetryPolicy
from factx.llm.context import fit
from factx.llm.ratelimit import RateLimiter, Ticket
from factx.llm.secrets import scrub

RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504, 529})
TRANSIENT_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
#: `HOST[:PORT]=URL[,...]`: send requests for HOST to URL instead, keeping the Host header and
#: so the provider profile (curl's --connect-to, with a scheme: for tunnels and tests).
CONNECT_TO = "FACTX_CONNECT_TO"
Clock = Callable[[], float]


class DeadlineExceeded(httpx.ReadTimeout, FactxError):
    """A response still incomplete at the deadline (bytes may have kept trickling in)."""


class Unreachable(FactxError):
    """The endpoint could not be connected to before it ever answered: not worth retrying."""


def routes(spec: str | None = None) -> dict[str, httpx.URL]:
    """Parse `FACTX_CONNECT_TO` (or `spec`): `{"host[:port]": URL}`."""
    spec = os.environ.get(CONNECT_TO, "") if spec is None else spec
    table: dict[str, httpx.URL] = {}
    for item in filter(None, (part.strip() for part in spec.split(","))):
        origin, _, target = item.partition("=")
        url = httpx.URL(target)
        if not origin or url.scheme not in ("http", "https") or not url.host:
            raise FactxError(f"{CONNECT_TO}: {item!r} is not HOST[:PORT]=http(s)://ADDRESS[:PORT]")
        table[origin.lower()] = url
    return table


#: Headers the openai SDK fills from `$OPENAI_ORG_ID` and `$OPENAI_PROJECT_ID`.
ACCOUNT_HEADERS = ("openai-organization", "openai-project")


@dataclass
class Wire:
    """How requests must look for one endpoint (see the module docstring)."""

    key: str | None = field(default=None, repr=False)
    #: `authorization` sends `Bearer KEY`; any other header name gets the bare key.
    key_header: str = "authorization"
    query: dict[str, str] = field(default_factory=dict)
    window: int | None = None
    routes: dict[str, httpx.URL] = field(default_factory=dict)
    #: Only OpenAI itself gets the SDK's `OpenAI-Organization`/`OpenAI-Project` headers (read
    #: from `$OPENAI_ORG_ID`/`$OPENAI_PROJECT_ID`): they name the user's account elsewhere.
    account_headers: bool = False

    def prepare(self, request: httpx.Request) -> httpx.Request:
        """The request as this endpoint wants it: key, query, rerouting, fitted body."""
        headers = httpx.Headers(request.headers)
        headers.pop("authorization", None)  # the SDK's placeholder: the key is ours to send
        if not self.account_headers:
            for name in ACCOUNT_HEADERS:
                headers.pop(name, None)
        if self.key:
            header = self.key_header
            headers[header] = f"Bearer {self.key}" if header == "authorization" else self.key
        url = request.url.copy_merge_params(self.query) if self.query else request.url
        origin = f"{url.host}:{url.port}" if url.port else url.host
        target = self.routes.get(origin) or self.routes.get(url.host)
        if target is not None:
            url = url.copy_with(scheme=target.scheme, host=target.host, port=target.port)
        body: dict[str, Any]
        try:
            body = {"content": self.fitted(request.content)}
        except httpx.RequestNotRead:  # an upload streamed from its file, re-read at each try
            body = {"stream": request.stream}
        else:
            if body["content"] is not request.content:
                headers.pop("content-length", None)
        return httpx.Request(
            request.method, url, headers=headers, extensions=request.extensions, **body
        )

    def fitted(self, content: bytes) -> bytes:
        """A request body as it is sent: a JSON body's token limit fitted into the window
        (`content` itself when there is no window or nothing to fit)."""
        if self.window and content:
            with suppress(ValueError):
                body = json.loads(content)
                if isinstance(body, dict):
                    return json.dumps(fit(body, self.window)).encode()
        return content

    def clean(self, response: httpx.Response) -> httpx.Response:
        """An error response with key-like strings scrubbed from its (already read) body."""
        if response.status_code < 400:
            return response
        text = response.content.decode("utf-8", errors="replace")
        if (scrubbed := scrub(text, [self.key])) == text:
            return response
        headers = httpx.Headers(response.headers)
        for name in ("content-length", "content-encoding"):
            headers.pop(name, None)
        return httpx.Response(
            response.status_code,
            headers=headers,
            content=scrubbed.encode(),
            extensions=response.extensions,
        )


class _Deadline(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that raises `DeadlineExceeded` once `clock()` passes `until`."""

    def __init__(self, stream: Any, until: float, seconds: float, clock: Clock) -> None:
        self.stream = stream
        self.until = until
        self.seconds = seconds
        self.clock = clock

    def _check(self) -> None:
        if self.clock() > self.until:
            raise DeadlineExceeded(
                f"the response was not complete within the {self.seconds:g} s deadline (--deadline)"
            )

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.stream:
            self._check()
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.stream:
            self._check()
            yield chunk

    def close(self) -> None:
        self.stream.close()

    async def aclose(self) -> None:
        await self.stream.aclose()


class RetryableResponse(Exception):
    """A response worth another try; kept so the last one can be handed to the SDK as it came."""

    def __init__(self, response: httpx.Response, why: str) -> None:
        super().__init__(why)
        self.response = response


def retry_after(response: httpx.Response) -> float | None:
    """Seconds the server asked us to wait (`retry-after-ms`, `Retry-After` seconds or date)."""
    if (ms := response.headers.get("retry-after-ms")) is not None:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


def check(response: httpx.Response) -> httpx.Response:
    """Raise `RetryableResponse` for a status worth retrying or a 200 whose JSON is broken.

    The body must already be read.
    """
    if response.status_code in RETRY_STATUSES:
        raise RetryableResponse(response, f"HTTP {response.status_code}")
    if response.status_code == 200 and "json" in response.headers.get("content-type", ""):
        try:
            json.loads(response.content)
        except ValueError:
            raise RetryableResponse(response, "malformed JSON body") from None
    return response


def _wait(policy: RetryPolicy, state: RetryCallState) -> float:
    """Exponential backoff with jitter, or the server's Retry-After up to the policy's cap."""
    backoff = wait_exponential(multiplier=policy.initial_wait, max=policy.max_wait)
    jittered = (backoff + wait_random(0, policy.jitter))(state)
    error = state.outcome.exception() if state.outcome else None
    if isinstance(error, RetryableResponse):
        asked = retry_after(error.response)
        if asked is not None:
            return min(asked, policy.max_retry_after)
    return jittered


def _give_up(state: RetryCallState) -> httpx.Response:
    """After the last attempt: hand the last response to the SDK, or re-raise the error."""
    error = state.outcome.exception() if state.outcome else None
    if isinstance(error, RetryableResponse):
        return error.response
    assert error is not None  # tenacity gives up only after an attempt failed
    raise error


def _options(policy: RetryPolicy) -> dict[str, Any]:
    return dict(
        stop=stop_after_attempt(policy.attempts),
        wait=partial(_wait, policy),
        retry=retry_if_exception_type((RetryableResponse, *TRANSIENT_ERRORS)),
        retry_error_callback=_give_up,
    )


def retrying(policy: RetryPolicy, sleep: Callable[[float], None] = time.sleep) -> Retrying:
    """The retry loop for one synchronous request; `sleep` is injectable for tests."""
    return Retrying(sleep=sleep, **_options(policy))


class _Sender:
    """What the sync and async retry transports share: preparing a request for the wire,
    the deadline on its response, and cleaning the response up for the layers above."""

    def __init__(
        self, policy: RetryPolicy | None, wire: Wire | None, deadline: float | None, clock: Clock
    ) -> None:
        self.policy = policy or RetryPolicy()
        self.wire = wire or Wire()
        self.deadline = deadline
        self.clock = clock
        self.reached = False  # whether the endpoint ever answered (see `unreachable`)

    def start(self, request: httpx.Request) -> tuple[httpx.Request, float]:
        return self.wire.prepare(request), self.clock()

    def limit(self, response: httpx.Response, started: float) -> None:
        """Bound reading `response` by the deadline counted from `started`."""
        self.reached = True
        if self.deadline is not None:
            response.stream = _Deadline(
                response.stream, started + self.deadline, self.deadline, self.clock
            )

    def finish(self, response: httpx.Response) -> httpx.Response:
        return check(self.wire.clean(response))

    def unreachable(self, error: httpx.ConnectError) -> Exception:
        """A refused connection or failed DNS look-up is final until the endpoint has answered
        once (a dead or mistyped URL); afterwards it is retried like any dropped connection."""
        if self.reached:
            return error
        return Unreachable(str(error) or type(error).__name__)


class RetryTransport(httpx.BaseTransport):
    """Retries the wrapped transport's requests according to a `RetryPolicy`, sending them as
    `wire` says, each response bounded by `deadline` seconds."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy | None = None,
        wire: Wire | None = None,
        deadline: float | None = None,
        clock: Clock = time.monotonic,
    ) -> None:
        self.inner = inner
        self.sender = _Sender(policy, wire, deadline, clock)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        sender = self.sender

        def attempt() -> httpx.Response:
            sent, started = sender.start(request)
            try:
                response = self.inner.handle_request(sent)
            except httpx.ConnectError as exc:
                raise sender.unreachable(exc) from exc
            sender.limit(response, started)
            response.read()
            return sender.finish(response)

        return retrying(sender.policy)(attempt)

    def close(self) -> None:
        self.inner.close()


def _on_wire(limiter: RateLimiter, ticket: Ticket) -> Callable[[str, Any], Awaitable[None]]:
    """An httpcore trace telling `limiter` when the request of `ticket` is all sent."""

    async def trace(event: str, info: Any) -> None:
        if event.endswith("send_request_body.complete"):
            limiter.on_wire(ticket)

    return trace


def _inform(limiter: RateLimiter, response: httpx.Response, estimate: int, ticket: Ticket) -> None:
    """Tell the run's limiter what an answer says of the rate limits: its headers, a 429, a
    success and the tokens it really used."""
    limiter.report(response.headers, ticket)
    if response.status_code == 429:
        limiter.throttle(retry_after(response))
    elif response.status_code == 200:
        limiter.succeeded()
        with suppress(ValueError, KeyError, TypeError):
            limiter.settle(estimate, int(response.json()["usage"]["total_tokens"]))


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of `RetryTransport`, optionally sharing a `RateLimiter` with the whole run."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy | None = None,
        limiter: RateLimiter | None = None,
        wire: Wire | None = None,
        deadline: float | None = None,
        clock: Clock = time.monotonic,
    ) -> None:
        self.inner = inner
        self.sender = _Sender(policy, wire, deadline, clock)
        self.limiter = limiter

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        estimate = len(request.content) // 4  # about four characters a token
        sender = self.sender
        limiter = self.limiter

        async def attempt() -> httpx.Response:
            async with limiter.slot(estimate) if limiter else nullcontext(None) as ticket:
                sent, started = sender.start(request)
                if limiter is not None and ticket is not None:
                    sent.extensions = {**sent.extensions, "trace": _on_wire(limiter, ticket)}
                try:
                    response = await self.inner.handle_async_request(sent)
                except httpx.ConnectError as exc:
                    raise sender.unreachable(exc) from exc
                sender.limit(response, started)
                await response.aread()
            if limiter is not None and ticket is not None:
                _inform(limiter, response, estimate, ticket)
            return sender.finish(response)

        return await AsyncRetrying(**_options(sender.policy))(attempt)

    async def aclose(self) -> None:
        await self.inner.aclose()
