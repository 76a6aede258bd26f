"""The Files and Batches APIs: submit, follow, cancel, and a wrong key."""

from __future__ import annotations

from pathlib import Path

import pytest

from factx.errors import FactxError
from factx.llm import batchapi
from factx.llm.batches import prepare
from factx.testing import BatchEngine, FakeOpenAI
from tests.helpers import BATCH_KEY as KEY
from tests.helpers import (
    EMPTY,
    configure,
    write_articles,
)


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
