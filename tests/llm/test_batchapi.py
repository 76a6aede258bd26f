"""The Files and Batches APIs: submit, follow, cancel, and a wrong key."""

from __future__ import annotations

from pathlib import Path

import httpx
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


def test_an_upload_streams_from_its_file_and_goes_again_on_a_retry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The request file is read in pieces as it is sent, never held whole; a retried upload
    reads it again from the start."""
    write_articles(tmp_path / "in", 40)
    network = httpx.HTTPTransport
    uploads: list[list[bytes]] = []

    class FirstUploadFails(httpx.BaseTransport):
        def __init__(self) -> None:
            self.inner = network()

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path == "/v1/files":
                uploads.append(list(request.stream))
                if len(uploads) == 1:
                    return httpx.Response(500, json={"error": {"message": "try again"}})
            return self.inner.handle_request(request)

    monkeypatch.setattr(httpx, "HTTPTransport", FirstUploadFails)
    engine = BatchEngine(EMPTY)
    with FakeOpenAI([EMPTY], key=KEY, batches=engine) as server:
        config = configure(server.url)
        manifest = prepare([str(tmp_path / "in")], config, tmp_path / "b")
        batchapi.submit(manifest, config, lambda line: None)
    (file,) = manifest.files
    sent = (tmp_path / "b" / file.name).read_bytes()
    assert file.file_id is not None and engine.files[file.file_id].data == sent
    assert len(uploads) == 2 and b"".join(uploads[0]) == b"".join(uploads[1])
    assert len(sent) > 4 * max(len(chunk) for chunk in uploads[1]), "read in pieces"
