"""Transport retries for LLM calls: 429 (honouring Retry-After), 5xx, timeouts, dropped connections.

They sit in the httpx transport under the `openai` client (whose own retries are switched off),
so every request the SDK or instructor makes is retried the same way, with tenacity's
exponential backoff and jitter. A 200 whose body is not JSON counts as a dropped connection.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from contextlib import nullcontext, suppress
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

from factx.llm.config import RetryPolicy
from factx.llm.ratelimit import RateLimiter

RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504, 529})
TRANSIENT_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


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


class RetryTransport(httpx.BaseTransport):
    """Retries the wrapped transport's requests according to a `RetryPolicy`."""

    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy | None = None) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        def attempt() -> httpx.Response:
            response = self.inner.handle_request(request)
            response.read()
            return check(response)

        return retrying(self.policy)(attempt)

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of `RetryTransport`, optionally sharing a `RateLimiter` with the whole run."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy | None = None,
        limiter: RateLimiter | None = None,
    ) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy()
        self.limiter = limiter

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        estimate = len(request.content) // 4  # about four characters a token

        async def attempt() -> httpx.Response:
            async with self.limiter.slot(estimate) if self.limiter else nullcontext():
                response = await self.inner.handle_async_request(request)
                await response.aread()
            if self.limiter is not None:
                self._inform(self.limiter, response, estimate)
            return check(response)

        return await AsyncRetrying(**_options(self.policy))(attempt)

    @staticmethod
    def _inform(limiter: RateLimiter, response: httpx.Response, estimate: int) -> None:
        if response.status_code == 429:
            limiter.throttle(retry_after(response))
        elif response.status_code == 200:
            limiter.succeeded()
            with suppress(ValueError, KeyError, TypeError):
                limiter.settle(estimate, int(response.json()["usage"]["total_tokens"]))

    async def aclose(self) -> None:
        await self.inner.aclose()
