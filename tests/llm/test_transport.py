"""Transport retries, driven by httpx.MockTransport (no sockets)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from factx.llm.config import RetryPolicy
from factx.llm.transport import (
    AsyncRetryTransport,
    RetryTransport,
    Unreachable,
    retry_after,
    retrying,
)

FAST = RetryPolicy(attempts=3, initial_wait=0.001, max_wait=0.01, jitter=0.001)


def scripted(
    *responses: httpx.Response | Exception,
) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        step = responses[min(len(seen), len(responses) - 1)]
        seen.append(request)
        if isinstance(step, Exception):
            raise step
        return step

    return httpx.MockTransport(handler), seen


def post(transport: httpx.BaseTransport) -> httpx.Response:
    with httpx.Client(transport=transport) as client:
        return client.post("http://127.0.0.1/v1/chat/completions", json={})


def test_retry_after_forms() -> None:
    assert retry_after(httpx.Response(429, headers={"retry-after": "7"})) == 7
    assert (
        retry_after(httpx.Response(429, headers={"retry-after-ms": "250", "retry-after": "9"}))
        == 0.25
    )
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    assert 25 < retry_after(httpx.Response(429, headers={"retry-after": later})) <= 30
    assert retry_after(httpx.Response(429, headers={"retry-after": "soon"})) is None
    assert retry_after(httpx.Response(429)) is None


@pytest.mark.parametrize("status", [429, 500, 502, 503, 529])
def test_retryable_status_then_success(status: int) -> None:
    transport, seen = scripted(
        httpx.Response(status, json={}), httpx.Response(200, json={"ok": True})
    )
    assert post(RetryTransport(transport, FAST)).json() == {"ok": True}
    assert len(seen) == 2


def test_client_errors_are_not_retried() -> None:
    transport, seen = scripted(httpx.Response(400, json={"error": "bad"}))
    assert post(RetryTransport(transport, FAST)).status_code == 400
    assert len(seen) == 1


def test_last_error_response_is_handed_back_after_the_last_attempt() -> None:
    transport, seen = scripted(httpx.Response(503, json={"error": "down"}))
    assert post(RetryTransport(transport, FAST)).status_code == 503
    assert len(seen) == 3


def test_network_errors_are_retried_then_raised() -> None:
    transport, seen = scripted(httpx.ReadError("reset"))
    with pytest.raises(httpx.ReadError):
        post(RetryTransport(transport, FAST))
    assert len(seen) == 3


def test_a_refused_connection_is_final_until_the_endpoint_has_answered() -> None:
    transport, seen = scripted(httpx.ConnectError("connection refused"))
    with pytest.raises(Unreachable, match="connection refused"):
        post(RetryTransport(transport, FAST))
    assert len(seen) == 1, "a dead or mistyped URL is not retried"
    flaky, seen = scripted(
        httpx.Response(200, json={}), httpx.ConnectError("refused"), httpx.Response(200, json={})
    )
    retry = RetryTransport(flaky, FAST)
    post(retry)
    assert post(retry).status_code == 200 and len(seen) == 3, "once it answered, it is retried"


def test_broken_json_body_is_retried() -> None:
    broken = httpx.Response(200, content=b'{"choi', headers={"content-type": "application/json"})
    transport, seen = scripted(broken, httpx.Response(200, json={"ok": 1}))
    assert post(RetryTransport(transport, FAST)).json() == {"ok": 1}


def test_retry_after_is_honoured_but_capped() -> None:
    policy = RetryPolicy(
        attempts=2, initial_wait=0.001, max_wait=0.01, jitter=0.001, max_retry_after=0.05
    )
    slept: list[float] = []
    retry = retrying(policy, sleep=slept.append)
    transport, _ = scripted(
        httpx.Response(429, headers={"retry-after": "3600"}), httpx.Response(200, json={})
    )

    def attempt() -> httpx.Response:
        from factx.llm.transport import check

        with httpx.Client(transport=transport) as client:
            response = client.post("http://127.0.0.1/x")
            return check(response)

    retry(attempt)
    assert slept == [0.05]


def test_async_transport_retries() -> None:
    seen: list[int] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(1)
        return httpx.Response(500 if len(seen) == 1 else 200, json={"n": len(seen)})

    async def go() -> httpx.Response:
        async with httpx.AsyncClient(
            transport=AsyncRetryTransport(httpx.MockTransport(handler), FAST)
        ) as client:
            return await client.post("http://127.0.0.1/x")

    assert asyncio.run(go()).json() == {"n": 2}
