"""The fake Batch API: uploads kept as sent, statuses one step at a time, bad input refused."""

from __future__ import annotations

import json

import openai

from factx.testing import BatchEngine, BatchScript, FakeOpenAI, answer

REQUEST = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}


def test_the_batch_engine_walks_through_its_statuses_and_keeps_the_upload() -> None:
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
