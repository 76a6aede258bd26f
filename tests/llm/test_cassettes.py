"""Cassettes: record, replay offline, explain misses, never write secrets, catch stale files."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest

from factx.batch import extract_paths
from factx.llm.authoring import unused
from factx.llm.cassettes import (
    AsyncCassetteTransport,
    CassetteError,
    CassetteStore,
    CassetteTransport,
    find_secret,
)
from factx.llm.config import LLMConfig
from factx.llm.extractor import LLMExtractor
from factx.pipeline import extract_text
from factx.schemas import ArticleResult
from factx.testing import FakeOpenAI, Reply, answer
from factx.testing.server import Step
from tests.helpers import ARTICLE, CASSETTES, GOOD, SEED_ARTICLES, llm_extractor

SECRET = "sk-proj-ThisIsAFakeButKeyShapedSecret1234"


def records(result: ArticleResult) -> list[dict[str, object]]:
    return [r.model_dump() for r in (*result.claims, *result.figures, *result.positions)]


def record_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: list[Step]
) -> tuple[ArticleResult, FakeOpenAI]:
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    with FakeOpenAI(script) as server:
        extractor = llm_extractor(
            server.url, api_key=SECRET, cassette_mode="auto", cassettes=tmp_path
        )
        result = extract_text(ARTICLE, extractor)
    return result, server


def test_record_then_replay_with_the_server_gone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorded, server = record_one(tmp_path, monkeypatch, [answer(GOOD)])
    assert recorded.status == "ok" and len(server.requests) == 1
    (file,) = CassetteStore(tmp_path).files()
    text = file.read_text(encoding="utf-8")
    assert SECRET not in text and "authorization" not in text.lower()
    entry = json.loads(text)
    assert entry["meta"]["provenance"] == "test-model"
    assert set(entry["components"]) == {"model", "messages", "schema", "params"}
    monkeypatch.delenv("OPENAI_API_KEY")
    replayed = extract_text(
        ARTICLE,
        LLMExtractor(
            LLMConfig(
                base_url=server.url, model="test-model", cassette_mode="replay", cassettes=tmp_path
            )
        ),
    )
    assert replayed.status == "ok"
    assert records(replayed) == records(recorded)
    assert replayed.provenance.replayed_from == "test-model"
    assert recorded.provenance.replayed_from is None


def replaying(directory: Path) -> LLMExtractor:
    """The extractor `record_one`'s cassettes replay for, with no server behind it."""
    config = LLMConfig(
        model="test-model",
        base_url="http://127.0.0.1:9/v1",
        cassette_mode="replay",
        cassettes=directory,
    )
    return LLMExtractor(config)


def test_auto_mode_does_not_pay_twice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    record_one(tmp_path, monkeypatch, [answer(GOOD)])
    _, server = record_one(tmp_path, monkeypatch, [answer(GOOD)])
    assert server.requests == []


def test_reasks_and_retries_replay_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = json.loads(json.dumps(GOOD))
    bad["figures"][0]["value"] = 999
    script = [Reply(500, {"error": {"message": "x"}}), answer(bad), answer(GOOD)]
    recorded, server = record_one(tmp_path, monkeypatch, script)
    assert len(server.requests) == 3 and recorded.provenance.usage.requests == 2
    assert len(CassetteStore(tmp_path).files()) == 2, "only error-free responses are recorded"
    replayed = extract_text(ARTICLE, replaying(tmp_path))
    assert records(replayed) == records(recorded) and replayed.provenance.usage.requests == 2


def test_replay_miss_names_what_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    record_one(tmp_path, monkeypatch, [answer(GOOD)])
    other = LLMExtractor(
        LLMConfig(
            model="other-model",
            base_url="http://127.0.0.1:9/v1",
            cassette_mode="replay",
            cassettes=tmp_path,
        )
    )
    result = extract_text(ARTICLE, other)
    assert result.status == "failed"
    assert "model changed" in result.error.message and "\n" not in result.error.message
    changed = extract_text(
        ARTICLE + " One more sentence.",
        LLMExtractor(
            LLMConfig(
                model="test-model",
                base_url="http://127.0.0.1:9/v1",
                cassette_mode="replay",
                cassettes=tmp_path,
            )
        ),
    )
    assert (
        "messages changed" in changed.error.message
        and "model" not in changed.error.message.split(":")[1]
    )


def test_empty_store_miss(tmp_path: Path) -> None:
    result = extract_text(
        ARTICLE, LLMExtractor(LLMConfig(cassette_mode="replay", cassettes=tmp_path))
    )
    assert result.status == "failed" and "holds none" in result.error.message


def test_corrupted_cassette_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    record_one(tmp_path, monkeypatch, [answer(GOOD)])
    (file,) = CassetteStore(tmp_path).files()
    file.write_text('{"format": 1, "request": ', encoding="utf-8")
    result = extract_text(
        ARTICLE,
        LLMExtractor(
            LLMConfig(
                model="test-model",
                cassette_mode="replay",
                cassettes=tmp_path,
                base_url="http://127.0.0.1:9/v1",
            )
        ),
    )
    assert result.status == "failed" and result.error.message.startswith(
        f"{file}: corrupted cassette"
    )
    assert list(CassetteStore(tmp_path).check()) == [result.error.message]


def test_refuses_to_write_a_secret_that_reaches_the_body(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MY_SERVICE_TOKEN", "hunter2hunter2")
    with FakeOpenAI([answer(GOOD)]) as server:
        extractor = llm_extractor(server.url, cassette_mode="record", cassettes=tmp_path)
        result = extract_text(ARTICLE + " Password hunter2hunter2.", extractor)
    assert result.status == "failed" and "refusing to write" in result.error.message
    assert "$MY_SERVICE_TOKEN" in result.error.message and "hunter2" not in result.error.message
    assert list(tmp_path.iterdir()) == []


def test_find_secret() -> None:
    assert find_secret(f"x {SECRET} y") == "an 'sk-...' key"
    assert find_secret("Authorization: Bearer abcdefgh12345") == "a 'Bearer ...' token"
    assert find_secret("Bearer bonds and the risk-free rate") is None


def test_check_catches_a_renamed_or_edited_cassette(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record_one(tmp_path, monkeypatch, [answer(GOOD)])
    (file,) = CassetteStore(tmp_path).files()
    assert list(CassetteStore(tmp_path).check()) == []
    entry = json.loads(file.read_text())
    entry["request"]["body"]["model"] = "edited"
    file.write_text(json.dumps(entry))
    (problem,) = CassetteStore(tmp_path).check()
    assert "no longer hashes to its name" in problem


def test_async_transport_replays(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    record_one(tmp_path, monkeypatch, [answer(GOOD)])
    (file,) = CassetteStore(tmp_path).files()
    request = json.loads(file.read_text())["request"]
    store = CassetteStore(tmp_path, "replay")

    async def go() -> httpx.Response:
        async with httpx.AsyncClient(transport=AsyncCassetteTransport(store, None)) as client:
            return await client.post(
                "http://elsewhere.invalid" + request["path"], json=request["body"]
            )

    assert asyncio.run(go()).json()["model"] == "test-model"
    assert store.used == {file.stem}


def test_replay_transport_has_no_network_to_fall_back_on(tmp_path: Path) -> None:
    transport = CassetteTransport(CassetteStore(tmp_path, "auto"), None)
    with httpx.Client(transport=transport) as client, pytest.raises(CassetteError, match="network"):
        client.post("http://127.0.0.1:9/v1/chat/completions", json={})


@pytest.mark.replay
def test_seed_cassettes_replay_offline_without_a_key() -> None:
    import os

    assert os.environ["OPENAI_API_KEY"] == "dummy-key-for-replay"
    results = list(
        extract_paths([str(p) for p in SEED_ARTICLES], LLMExtractor(LLMConfig.from_env()))
    )
    assert [r.status for r in results] == ["ok", "ok"]
    for result in results:
        assert result.provenance.replayed_from == "authored"
        assert len(result.claims) >= 10 and len(result.figures) >= 5 and len(result.positions) >= 5
        assert len(result.rejected) == 1, "each seed answer holds one deliberately bad item"


def test_every_committed_cassette_is_replayed() -> None:
    """Drift: a cassette nothing replays is stale (`factx cassettes prune seeds/` fixes it)."""
    stale, results = unused([str(p) for p in SEED_ARTICLES], LLMConfig(cassettes=CASSETTES))
    assert all(r.status == "ok" for r in results), [r.error for r in results]
    assert stale == [], f"stale cassettes (run `factx cassettes prune seeds/`): {stale}"


def test_committed_cassettes_pass_check_and_are_honest() -> None:
    store = CassetteStore(CASSETTES)
    assert store.files() and list(store.check()) == []
    for file in store.files():
        entry = json.loads(file.read_text(encoding="utf-8"))
        assert entry["meta"]["provenance"] == "authored"
        assert entry["response"]["body"]["model"] == "authored"


def test_new_cassettes_are_sharded_and_flat_ones_still_replay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record_one(tmp_path, monkeypatch, [answer(GOOD)])
    (file,) = CassetteStore(tmp_path).files()
    key = file.stem
    assert file == tmp_path / key[:2] / key[2:4] / f"{key}.json"
    flat = tmp_path / file.name
    file.rename(flat)
    replayed = extract_text(ARTICLE, replaying(tmp_path))
    assert replayed.status == "ok" and list(CassetteStore(tmp_path).check()) == []
    assert CassetteStore(tmp_path).shard() == 1 and CassetteStore(tmp_path).files() == [file]


def test_check_streams_and_finds_a_misplaced_shard(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record_one(tmp_path, monkeypatch, [answer(GOOD)])
    (file,) = CassetteStore(tmp_path).files()
    wrong = tmp_path / "00" / "00" / file.name
    wrong.parent.mkdir(parents=True)
    file.rename(wrong)
    counts: list[int] = []
    (problem,) = CassetteStore(tmp_path).check(counts.append)
    assert "wrong shard" in problem and counts == [1]
