"""Transport retries, driven by httpx.MockTransport (no sockets)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from factx.errors import FactxError
from factx.llm.config import RetryPolicy
from factx.llm.context import ContextOverflow, estimate_tokens
from factx.llm.transport import (
    AsyncRetryTransport,
    DeadlineExceeded,
    RetryTransport,
    Unreachable,
    Wire,
    retry_after,
    retrying,
    routes,
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


class Ticking(httpx.SyncByteStream):
    """A body arriving one byte per read, each read two seconds later by `clock`."""

    def __init__(self, clock: list[float], size: int) -> None:
        self.clock = clock
        self.size = size
        self.sent = 0

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(self.size):
            self.clock[0] += 2.0
            self.sent += 1
            yield b" "


def test_a_trickling_body_fails_at_the_deadline_not_the_read_timeout() -> None:
    clock = [0.0]
    body = Ticking(clock, size=100)
    transport, seen = scripted(httpx.Response(200, stream=body))
    retry = RetryTransport(transport, RetryPolicy(attempts=1), deadline=5, clock=lambda: clock[0])
    with pytest.raises(DeadlineExceeded, match="5 s deadline"):
        post(retry)
    assert body.sent == 3, "stopped at the first byte past 5 s, not after all 100"


def test_wire_sends_the_key_the_query_and_the_route() -> None:
    wire = Wire(
        key="secret-key-value",
        key_header="api-key",
        query={"api-version": "v1"},
        routes=routes("res.openai.azure.com=http://127.0.0.1:9"),
    )
    request = httpx.Request(
        "POST",
        "https://res.openai.azure.com/openai/deployments/d/chat/completions",
        headers={"authorization": "Bearer no-key-needed"},
        json={"model": "d"},
    )
    sent = wire.prepare(request)
    assert (
        str(sent.url) == "http://127.0.0.1:9/openai/deployments/d/chat/completions?api-version=v1"
    )
    assert sent.headers["host"] == "res.openai.azure.com"
    assert sent.headers["api-key"] == "secret-key-value" and "authorization" not in sent.headers
    bearer = Wire(key="k-123456789").prepare(request)
    assert bearer.headers["authorization"] == "Bearer k-123456789"
    with pytest.raises(FactxError, match="FACTX_CONNECT_TO"):
        routes("api.openai.com=ftp://x")


@pytest.mark.parametrize(("account_headers", "kept"), [(False, set()), (True, {"org-1", "proj-1"})])
def test_wire_sends_openai_account_headers_only_to_openai(
    account_headers: bool, kept: set[str]
) -> None:
    account = {"OpenAI-Organization": "org-1", "OpenAI-Project": "proj-1", "x-other": "y"}
    request = httpx.Request("POST", "http://h/v1", headers=account, json={})
    sent = Wire(account_headers=account_headers).prepare(request).headers
    assert {sent.get(name) for name in account} - {"y", None} == kept
    assert sent["x-other"] == "y"


def test_wire_fits_the_token_limit_into_the_window() -> None:
    request = httpx.Request(
        "POST", "http://h/v1", json={"messages": "x" * 3000, "max_tokens": 8192}
    )
    sent = json.loads(Wire(window=4096).prepare(request).content)
    assert sent["max_tokens"] == 4096 - estimate_tokens(json.dumps({"messages": "x" * 3000}))
    with pytest.raises(ContextOverflow, match="context window of 1,500"):
        Wire(window=1500).prepare(request)


def test_error_bodies_are_scrubbed_before_anyone_sees_them() -> None:
    echo = {"error": {"message": "bad key the-canary-9f8e7d6c and sk-abcdefghijklmnopqrst"}}
    transport, _ = scripted(httpx.Response(401, json=echo))
    response = post(RetryTransport(transport, FAST, Wire(key="the-canary-9f8e7d6c")))
    assert response.status_code == 401
    assert "canary" not in response.text and "sk-abc" not in response.text
    assert response.text.count("[redacted]") == 2
