"""The fake OpenAI-compatible server users can script: replies, scripts, repeatable faults."""

from __future__ import annotations

import json

import httpx
import pytest

from factx.testing import FakeOpenAI, Reply, answer, completion, faulty

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


def test_the_batch_engine_walks_through_its_statuses_and_keeps_the_upload() -> None:
    import openai

    from factx.testing import BatchEngine, BatchScript

    line = {"custom_id": "a", "method": "POST", "url": "/v1/chat/completions", "body": REQUEST}
    data = (json.dumps(line) + "\n").encode()
    engine = BatchEngine(answer({"ok": 1}), BatchScript(shuffle=False))
    with FakeOpenAI([answer({})], batches=engine) as server:
        client = openai.OpenAI(base_url=server.url, api_key="k", max_retries=0)
        uploaded = client.files.create(file=("r.jsonl", data), purpose="batch")
        assert client.files.content(uploaded.id).read() == data
        batch = client.batches.create(
            input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h"
        )
        statuses = [batch.status]
        for _ in range(4):
            engine.step()
            statuses.append(client.batches.retrieve(batch.id).status)
        done = client.batches.retrieve(batch.id)
        (out,) = client.files.content(str(done.output_file_id)).text.splitlines()
    assert statuses == ["validating", "in_progress", "in_progress", "finalizing", "completed"]
    result = json.loads(out)
    assert result["custom_id"] == "a" and result["response"]["status_code"] == 200
    assert done.request_counts is not None and done.request_counts.completed == 1
    assert server.requests == [], "batch lines never reach the chat script"


def test_the_batch_engine_refuses_a_bad_input_file() -> None:
    import openai

    from factx.testing import BatchEngine

    line = {"custom_id": "a", "method": "POST", "url": "/v1/chat/completions", "body": REQUEST}
    data = (json.dumps(line) + "\n") * 2  # the same custom_id twice
    with FakeOpenAI([answer({})], batches=BatchEngine(answer({}), instant=True)) as server:
        client = openai.OpenAI(base_url=server.url, api_key="k", max_retries=0)
        uploaded = client.files.create(file=("r.jsonl", data.encode()), purpose="batch")
        batch = client.batches.create(
            input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h"
        )
    assert batch.status == "failed" and batch.errors is not None
    assert batch.errors.data and batch.errors.data[0].line == 2
