"""Collecting a batch: answers into cassettes, extract by replay, the rest finished live."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factx.llm import batchapi
from factx.llm.batches import Manifest, prepare
from factx.llm.cassettes import CassetteStore
from factx.llm.collect import CASSETTES, collect
from factx.llm.config import LLMConfig
from factx.llm.costs import BATCH_DISCOUNT
from factx.testing import BatchEngine, BatchScript, FakeOpenAI
from tests.helpers import BATCH_KEY as KEY
from tests.helpers import (
    EMPTY,
    configure,
    read_lines,
    request_lines,
    write_articles,
)


def test_two_hundred_articles_exactly_once_failures_finished_live(tmp_path: Path) -> None:
    """prepare -> submit -> status -> collect: failed, truncated and missing lines, shuffled,
    over two batches; the synchronous pass finishes them; every article once."""
    write_articles(tmp_path / "in", 200)
    engine = BatchEngine(EMPTY, BatchScript(errors=0.05, truncated=0.05, missing=0.05, seed=1))
    with FakeOpenAI([EMPTY], key=KEY, batches=engine) as server:
        config = configure(server.url)
        manifest = prepare([str(tmp_path / "in")], config, tmp_path / "b", max_lines=150)
        batchapi.submit(manifest, config, lambda line: None)
        assert [f.status for f in manifest.files] == ["validating", "validating"]
        assert not batchapi.status(manifest, config).finished
        engine.step()
        engine.step()
        halfway = batchapi.status(manifest, config)
        assert 0 < halfway.done < halfway.total == 200 and not halfway.finished
        engine.finish()
        assert batchapi.status(manifest, config).finished
        manifest, config = Manifest.load(tmp_path / "b"), configure(server.url)
        results = batchapi.download(manifest, config)
        done = collect(manifest, config, results, tmp_path / "out.jsonl")
    lines = read_lines(tmp_path / "out.jsonl")
    assert len(lines) == 200 and len({line["article"]["id"] for line in lines}) == 200
    assert all(line["status"] == "ok" for line in lines)
    left = done.ledger.unanswered
    assert set(left) == {"HTTP 500", "truncated", "missing"} and done.ledger.answered < 200
    assert done.replayed.ok == done.ledger.answered and done.replayed.failed == sum(left.values())
    assert done.sync is not None and done.sync.ok == sum(left.values())
    assert len(server.requests) == done.sync_usage.requests == sum(left.values())
    per_request = (100 * 0.15 + 20 * 0.60) / 1e6
    assert done.ledger.cost_usd == pytest.approx(
        (done.ledger.answered + left["truncated"]) * per_request * BATCH_DISCOUNT, abs=1e-6
    ), "the batch bills answered and truncated lines at half price"
    assert done.sync_cost_usd == pytest.approx(sum(left.values()) * per_request, abs=1e-6)
    batch_priced = [line for line in lines if line["provenance"]["replayed_from"]]
    assert batch_priced and all(
        line["provenance"]["cost_usd"] == pytest.approx(per_request * BATCH_DISCOUNT, abs=1e-6)
        for line in batch_priced
    )


def test_collect_again_redoes_nothing(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 6)
    engine = BatchEngine(EMPTY, instant=True)
    with FakeOpenAI([EMPTY], key=KEY, batches=engine) as server:
        config = configure(server.url)
        manifest = prepare([str(tmp_path / "in")], config, tmp_path / "b")
        batchapi.submit(manifest, config, lambda line: None)
        results = batchapi.download(manifest, config)
        first = collect(manifest, config, results, tmp_path / "out.jsonl")
        again = collect(
            manifest, config, batchapi.download(manifest, config), tmp_path / "out.jsonl"
        )
    assert first.replayed.ok == 6 and again.replayed.skipped == 6 and server.requests == []
    assert len(read_lines(tmp_path / "out.jsonl")) == 6


@pytest.mark.parametrize(
    ("script", "status"),
    [
        (BatchScript(outcome="expired", shuffle=False), "expired"),
        (BatchScript(outcome="cancelled"), "cancelled"),
        (BatchScript(outcome="failed"), "failed"),
        (BatchScript(no_output_file=True), "completed"),
    ],
)
def test_ended_batches_leave_the_rest_to_the_sync_pass(
    tmp_path: Path, script: BatchScript, status: str
) -> None:
    write_articles(tmp_path / "in", 8)
    engine = BatchEngine(EMPTY, script, instant=True)
    with FakeOpenAI([EMPTY], key=KEY, batches=engine) as server:
        config = configure(server.url)
        manifest = prepare([str(tmp_path / "in")], config, tmp_path / "b")
        batchapi.submit(manifest, config, lambda line: None)
        done = collect(manifest, config, batchapi.download(manifest, config), tmp_path / "o.jsonl")
    assert manifest.files[0].status == status
    answered = {"expired": 4, "cancelled": 4, "failed": 0, "completed": 0}[status]
    assert done.ledger.answered == answered and len(server.requests) == 8 - answered
    assert [line["status"] for line in read_lines(tmp_path / "o.jsonl")] == ["ok"] * 8


def test_without_an_endpoint_the_rest_waits(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 10)
    engine = BatchEngine(EMPTY, BatchScript(errors=0.3, seed=2), instant=True)
    with FakeOpenAI([EMPTY], key=KEY, batches=engine) as server:
        config = configure(server.url)
        manifest = prepare([str(tmp_path / "in")], config, tmp_path / "b")
        batchapi.submit(manifest, config, lambda line: None)
        results = batchapi.download(manifest, config)
    offline = LLMConfig(model="gpt-4o-mini", cassette_mode="replay")
    done = collect(manifest, offline, results, tmp_path / "o.jsonl")
    assert done.sync is None and done.pending == done.replayed.failed > 0


def test_results_from_vllm_run_batch(tmp_path: Path) -> None:
    """`collect --from-file`: lines in any order, a duplicate, a foreign one; priced in full."""
    write_articles(tmp_path / "in", 4)
    config = configure("http://127.0.0.1:9/v1")
    manifest = prepare([str(tmp_path / "in")], config, tmp_path / "b")
    lines = request_lines(tmp_path / "b")
    out = []
    for number, line in enumerate(reversed(lines)):
        body = EMPTY(line["body"]).body  # type: ignore[arg-type]
        response = {"status_code": 200, "request_id": f"vllm-{number}", "body": body}
        out.append({"id": f"vllm-{number}", "custom_id": line["custom_id"], "response": response})
    out.append(out[0])
    out.append({**out[1], "custom_id": "f" * 64})
    results = tmp_path / "results.jsonl"
    results.write_text("".join(json.dumps(line) + "\n" for line in out), encoding="utf-8")
    done = collect(manifest, config, [results], tmp_path / "o.jsonl", price=1.0)
    assert done.ledger.answered == 4 and (done.ledger.duplicates, done.ledger.foreign) == (1, 1)
    assert done.replayed.ok == 4 and done.sync is None
    stored = CassetteStore(tmp_path / "b" / CASSETTES)
    assert len(stored.files()) == 4 and list(stored.check()) == []


@pytest.mark.parametrize(
    ("path", "url", "api"),
    [
        ("/openai", "/chat/completions", "/openai/"),
        ("/openai/v1", "/v1/chat/completions", "/openai/v1/"),
    ],
    ids=["dated", "v1"],
)
def test_azure_batch_prepare_submit_status_collect(
    tmp_path: Path, path: str, url: str, api: str
) -> None:
    """Azure's shapes: files and batches under the resource's /openai (an api-version on the
    dated API), the deployment as each line's model; failed lines finished on the deployment."""
    write_articles(tmp_path / "in", 12)
    engine = BatchEngine(EMPTY, BatchScript(errors=0.25, seed=3))
    with FakeOpenAI(
        [EMPTY], profile="azure", key=KEY, models=("extractor",), batches=engine
    ) as server:
        config = configure(server.origin + path, provider="azure", model="extractor")
        manifest = prepare([str(tmp_path / "in")], config, tmp_path / "b")
        batchapi.submit(manifest, config, lambda line: None)
        assert not batchapi.status(manifest, config).finished
        engine.finish()
        assert batchapi.status(manifest, config).finished
        done = collect(manifest, config, batchapi.download(manifest, config), tmp_path / "o.jsonl")
    lines = request_lines(tmp_path / "b")
    assert {line["url"] for line in lines} == {url}
    assert {line["body"]["model"] for line in lines} == {"extractor"}  # type: ignore[index]
    (batch,) = engine.batches.values()
    assert batch.body["endpoint"] == url and batch.body["completion_window"] == "24h"
    calls = [e for e in server.exchanges if "/files" in e.path or "/batches" in e.path]
    assert calls and all(e.path.startswith(api) and e.headers["api-key"] == KEY for e in calls)
    assert all(("api-version" in e.query) == (api == "/openai/") for e in calls)
    results = read_lines(tmp_path / "o.jsonl")
    assert len(results) == 12 and all(line["status"] == "ok" for line in results)
    failed = done.ledger.unanswered["HTTP 500"]
    assert failed and done.sync is not None and done.sync.ok == failed
    assert len(server.requests) == failed
