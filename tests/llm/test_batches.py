"""Preparing batch request files: the exact requests extract sends, split and chunked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factx.batch import extract_to_file
from factx.errors import FactxError
from factx.llm.batches import ARTICLES, open_batch, prepare
from factx.llm.cassettes import CassetteStore, fingerprint
from factx.llm.extractor import LLMExtractor
from factx.llm.prompts import Prompt
from factx.testing import FakeOpenAI, answer
from tests.helpers import (
    ARTICLE,
    EMPTY,
    GOOD,
    configure,
    read_lines,
    request_lines,
    write_articles,
)
from tests.helpers import BATCH_KEY as KEY


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


#: Articles whose text the JSON escaping and the prompt template must leave as it is.
AWKWARD = {
    "quotes.txt": 'She said "we won\'t sign" and left.\nA back\\slash, a tab\there.',
    "unicode.txt": "Zürich – 東京 😀 naïve\u2028next, \u00a0nbsp, and the end.",
    "braces.txt": "The {{article}} stays, so do {article}, {{ }} and {0} as written.",
    "long.txt": " ".join(f"Sentence {n} says «the offer» was {{final}}." for n in range(150)),
}


def _bodies_prepared_and_sent(tmp_path: Path, **settings: Any) -> tuple[list[bytes], list[bytes]]:
    """The body bytes of each prepared line, and those `extract` posted for the same articles."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in AWKWARD.items():
        (folder / name).write_text(text, encoding="utf-8")
    with FakeOpenAI([EMPTY]) as server:
        config = configure(server.url, max_chars=2000, **settings)
        prepare([str(folder)], config, tmp_path / "batch")
        live = LLMExtractor(configure(server.url, cassette_mode="off", max_chars=2000, **settings))
        summary = extract_to_file([str(folder)], live, tmp_path / "out.jsonl")
    assert summary.ok == len(AWKWARD)
    prepared = []
    for file in sorted((tmp_path / "batch").glob("requests-*.jsonl")):
        for line in file.read_bytes().splitlines():
            prepared.append(line[line.index(b'"body": ') + len(b'"body": ') : -1])
    return sorted(prepared), sorted(exchange.raw for exchange in server.exchanges)


@pytest.mark.parametrize(
    "settings",
    [
        {"mode": "tools"},
        {"mode": "json"},
        {"mode": "md_json"},
        {"mode": "json_schema"},
        {"mode": "tools", "context_window": 16384},
    ],
    ids=["tools", "json", "md_json", "json_schema", "fitted"],
)
def test_prepared_bodies_are_byte_for_byte_what_extract_sends(
    tmp_path: Path, settings: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    drafts = []
    draft = LLMExtractor.draft
    monkeypatch.setattr(
        LLMExtractor, "draft", lambda self, *args: drafts.append(1) or draft(self, *args)
    )
    prepared, sent = _bodies_prepared_and_sent(tmp_path, **settings)
    assert len(prepared) > len(AWKWARD), "the long article is chunked"
    assert prepared == sent
    assert len(drafts) == 2, "the stack made the placeholder's and the probe's requests only"


def test_a_prompt_that_rewrites_the_article_gets_every_request_from_the_stack(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When splicing the text in would not give the stack's request, the stack makes each."""
    messages = Prompt.messages
    monkeypatch.setattr(Prompt, "messages", lambda self, text: messages(self, text.upper()))
    prepared, sent = _bodies_prepared_and_sent(tmp_path)
    assert "ZÜRICH".encode() in b"".join(sent) and prepared == sent


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
