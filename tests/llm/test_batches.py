"""Batch engines: prepare the exact requests, submit, follow, collect, finish the rest live."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factx.errors import FactxError
from factx.llm import batchapi
from factx.llm.batches import ARTICLES, Manifest, open_batch, prepare
from factx.llm.cassettes import CassetteStore, fingerprint
from factx.llm.collect import CASSETTES, collect
from factx.llm.config import LLMConfig
from factx.llm.costs import BATCH_DISCOUNT
from factx.testing import BatchEngine, BatchScript, FakeOpenAI, answer
from tests.helpers import ARTICLE, FAST_RETRY, GOOD, draft, read_lines, write_articles

KEY = "batch-test-key-0123456789"
EMPTY = answer(draft())


def configure(url: str, **extra: Any) -> LLMConfig:
    settings: dict[str, Any] = {"api_key": KEY, "model": "gpt-4o-mini", "retry": FAST_RETRY}
    return LLMConfig(base_url=url, **{**settings, **extra})


def request_lines(directory: Path) -> list[dict[str, object]]:
    return [
        line for file in sorted(directory.glob("requests-*.jsonl")) for line in read_lines(file)
    ]


def test_prepare_writes_the_requests_extract_sends(tmp_path: Path) -> None:
    """Each line is what the live stack posts, custom_id its cassette fingerprint."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with FakeOpenAI([answer(GOOD)]) as server:
        config = configure(server.url)
        manifest = prepare([str(tmp_path / "a.txt")], config, tmp_path / "batch")
        recorded = tmp_path / "recorded"
        from factx.llm.extractor import LLMExtractor
        from factx.pipeline import extract_text

        live = LLMExtractor(configure(server.url, cassette_mode="record", cassettes=recorded))
        extract_text(ARTICLE, live, path=str(tmp_path / "a.txt"))
    (line,) = request_lines(tmp_path / "batch")
    assert line["method"] == "POST" and line["url"] == "/v1/chat/completions"
    assert line["body"] == server.requests[0], "the body the endpoint got, byte for byte"
    (cassette,) = CassetteStore(recorded).files()
    assert line["custom_id"] == cassette.stem
    assert manifest.requests == 1 and manifest.setup["model"] == "gpt-4o-mini"


def test_prepare_splits_files_dedupes_and_chunks(tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "in", 5)
    (tmp_path / "in" / "copy.txt").write_text(paths[0].read_text(), encoding="utf-8")
    long = " ".join(f"Sentence {n} says the union rejected the offer." for n in range(120))
    (tmp_path / "in" / "long.txt").write_text(long, encoding="utf-8")
    config = configure("http://127.0.0.1:9/v1", max_chars=2000)
    manifest = prepare([str(tmp_path / "in")], config, tmp_path / "b", max_lines=3)
    lines = request_lines(tmp_path / "b")
    ids = [line["custom_id"] for line in lines]
    assert len(ids) == len(set(ids)), "a custom_id is unique"
    assert [f.lines for f in manifest.files] == [3] * (len(ids) // 3) + [len(ids) % 3] * bool(
        len(ids) % 3
    )
    articles = {Path(a["path"]).name: a for a in read_lines(tmp_path / "b" / ARTICLES)}
    assert articles["copy.txt"]["requests"] == articles["0000.txt"]["requests"]
    assert len(articles["long.txt"]["requests"]) > 1, "chunked as extract chunks it"
    assert manifest.articles == 7 and manifest.requests == len(ids) == 5 + len(
        articles["long.txt"]["requests"]
    )
    with pytest.raises(FactxError, match="already holds prepared requests"):
        prepare([str(tmp_path / "in")], config, tmp_path / "b")


def test_window_fitted_requests_still_file_under_their_fingerprint(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 1)
    config = configure("http://127.0.0.1:9/v1", context_window=8192)
    manifest = prepare([str(tmp_path / "in")], config, tmp_path / "b")
    (line,) = request_lines(tmp_path / "b")
    assert line["body"]["max_tokens"] < 8192 == manifest.limits["max_tokens"], "fitted on the wire"
    canonical = manifest.canonical(line["custom_id"], line["body"])
    assert canonical is not None and fingerprint(canonical) == line["custom_id"]


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


def test_a_running_batch_is_not_collected_and_cancel_stops_it(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 4)
    engine = BatchEngine(EMPTY)
    with FakeOpenAI([EMPTY], key=KEY, batches=engine) as server:
        config = configure(server.url)
        manifest = prepare([str(tmp_path / "in")], config, tmp_path / "b")
        batchapi.submit(manifest, config, lambda line: None)
        engine.step()
        with pytest.raises(FactxError, match="still in_progress"):
            batchapi.download(manifest, config)
        assert batchapi.cancel(manifest, config).files[0].status == "cancelling"
        engine.step()
        assert batchapi.status(manifest, config).finished
        assert manifest.files[0].status == "cancelled"


def test_watch_polls_until_every_batch_ends(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 3)
    engine = BatchEngine(EMPTY, step_on_retrieve=True)
    slept: list[float] = []
    with FakeOpenAI([EMPTY], key=KEY, batches=engine) as server:
        config = configure(server.url)
        manifest = prepare([str(tmp_path / "in")], config, tmp_path / "b")
        batchapi.submit(manifest, config, lambda line: None)
        seen: list[str] = []
        batchapi.watch(manifest, config, lambda p: seen.append(p.lines()[-1]), 5.0, slept.append)
    assert seen[-1].startswith("3/3 requests done") and "all finished" in seen[-1]
    assert slept == [5.0] * (len(seen) - 1) and len(seen) == 4


def test_the_key_goes_to_the_batch_api_and_a_wrong_one_is_one_line(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 1)
    with FakeOpenAI([EMPTY], key=KEY, batches=BatchEngine(EMPTY)) as server:
        config = configure(server.url)
        manifest = prepare([str(tmp_path / "in")], config, tmp_path / "b")
        wrong = configure(server.url, api_key="wrong-key-0123456789abc")
        with pytest.raises(FactxError, match="uploading .*HTTP 401") as caught:
            batchapi.submit(manifest, wrong, lambda line: None)
    assert "wrong-key" not in str(caught.value) and manifest.files[0].file_id is None


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


def test_open_batch_keeps_the_prepared_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_articles(tmp_path / "in", 1)
    prepare(
        [str(tmp_path / "in")],
        configure("http://127.0.0.1:9/v1", model="gpt-4.1", max_tokens=2000),
        tmp_path / "b",
    )
    monkeypatch.setenv("FACTX_API_KEY", KEY)
    manifest, config = open_batch(tmp_path / "b")
    assert (config.model, config.max_tokens, config.base_url) == (
        "gpt-4.1",
        2000,
        "http://127.0.0.1:9/v1",
    )
    assert config.api_key == KEY and manifest.articles == 1
    _, moved = open_batch(tmp_path / "b", base_url="http://127.0.0.1:10/v1")
    assert moved.base_url == "http://127.0.0.1:10/v1" and moved.model == "gpt-4.1"
    with pytest.raises(FactxError, match="no manifest.json"):
        open_batch(tmp_path)
