"""The fake OpenAI-compatible server users can script: replies, scripts, repeatable faults."""

from __future__ import annotations

import httpx
import pytest

from factx.testing import FakeOpenAI, RateLimits, Reply, answer, completion, faulty
from factx.testing.server import go_duration

REQUEST = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}


def post(url: str, body: dict[str, object]) -> httpx.Response:
    with httpx.Client(timeout=5) as client:
        return client.post(f"{url}/chat/completions", json=body)


def test_script_steps_in_order_and_the_last_repeats() -> None:
    with FakeOpenAI([Reply(500, {"error": {"message": "boom"}}), answer({"ok": 1})]) as server:
        statuses = [post(server.url, REQUEST).status_code for _ in range(3)]
    assert statuses == [500, 200, 200] and server.requests == [REQUEST] * 3


def test_answers_come_back_as_a_tool_call_when_tools_are_offered() -> None:
    tools = [{"type": "function", "function": {"name": "Draft", "parameters": {}}}]
    with FakeOpenAI([answer({"claims": []})]) as server:
        body = post(server.url, {**REQUEST, "tools": tools}).json()
    call = body["choices"][0]["message"]["tool_calls"][0]["function"]
    assert call == {"name": "Draft", "arguments": '{"claims": []}'}
    assert body["choices"][0]["finish_reason"] == "tool_calls"


def test_completion_estimates_usage_when_asked() -> None:
    reply = completion(REQUEST, "x" * 40, usage=None)
    assert isinstance(reply.body, dict) and reply.body["usage"]["completion_tokens"] == 10


def test_a_dropped_connection_is_a_transport_error() -> None:
    with FakeOpenAI([Reply(drop=True)]) as server, pytest.raises(httpx.TransportError):
        post(server.url, REQUEST)


def test_faults_are_repeatable_and_bounded_per_request() -> None:
    def run() -> list[int]:
        script = faulty(answer({}), rate=0.5, kinds=("429", "500"), seed=3, max_per_request=2)
        with FakeOpenAI(script) as server:
            return [post(server.url, {**REQUEST, "n": n % 5}).status_code for n in range(15)]

    first = run()
    assert first == run(), "the same requests meet the same faults"
    assert {429, 500} & set(first) and first[10:] == [200] * 5, "two faults each at most"


def test_rate_limits_answer_429_with_the_headers_providers_send() -> None:
    limits = RateLimits(requests=3, tokens=1000, clock=lambda: 0.0)  # time stands still
    with FakeOpenAI([answer({})], limits=limits) as server:
        answers = [post(server.url, REQUEST) for _ in range(5)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429, 429]
    assert [a.headers["x-ratelimit-remaining-requests"] for a in answers] == [
        "2",
        "1",
        "0",
        "0",
        "0",
    ]
    first, limited = answers[0].headers, answers[3].headers
    assert (
        first["x-ratelimit-limit-requests"] == "3"
        and first["x-ratelimit-reset-requests"] == "334ms"
    )
    assert first["x-ratelimit-limit-tokens"] == "1000"
    assert int(first["x-ratelimit-remaining-tokens"]) < 1000
    assert limited["retry-after-ms"] == "334" and limited["retry-after"] == "1"
    assert limits.limited == 2 and len(server.requests) == 5


@pytest.mark.parametrize(
    ("seconds", "text"), [(0.012, "12ms"), (1.0, "1s"), (1.5, "1.5s"), (360.0, "6m0s")]
)
def test_reset_durations_are_written_as_providers_write_them(seconds: float, text: str) -> None:
    assert go_duration(seconds) == text
