"""Cassette upkeep that needs the LLM stack: authoring fixture cassettes, finding unused ones.

Authored cassettes are made by the real openai + instructor stack in record mode, answered by
the local fake server from hand-written answer files, and marked `authored`, so they are
exactly the requests factx sends and never pass for a real model's output.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx

from factx.articles import expand_paths, read_article
from factx.errors import FactxError
from factx.llm.cassettes import AUTHORED, CassetteStore, CassetteTransport
from factx.llm.config import LLMConfig
from factx.llm.extractor import LLMExtractor
from factx.llm.transport import RetryTransport
from factx.pipeline import extract_article
from factx.schemas import ArticleResult
from factx.testing import FakeOpenAI, answer


def read_answers(file: Path) -> tuple[str, list[dict[str, Any]]]:
    """An answers file: `{"article": NAME, "attempts": [draft, ...]}`; the last attempt repeats."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        article, attempts = data["article"], data["attempts"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise FactxError(f"{file}: not a readable answers file ({exc})") from None
    if not isinstance(attempts, list) or not attempts:
        raise FactxError(f"{file}: 'attempts' must be a non-empty list of answers")
    return article, attempts


def author(answers: Path, articles: Path, config: LLMConfig) -> list[ArticleResult]:
    """Record `authored` cassettes for every answers file in `answers` (articles in `articles`)."""
    files = sorted(answers.glob("*.json"))
    if not files:
        raise FactxError(f"{answers}: no answers files (*.json)")
    results = []
    for file in files:
        name, attempts = read_answers(file)
        article = read_article(str(articles / name))
        # tokens estimated, model named 'authored': nothing in the body poses as a real model's
        with FakeOpenAI([answer(a, usage=None, model=AUTHORED) for a in attempts]) as server:
            store = CassetteStore(
                config.cassettes, "record", provenance=AUTHORED, note=f"answers from {file}"
            )
            transport = CassetteTransport(
                store, RetryTransport(httpx.HTTPTransport(), config.retry)
            )
            # the mode the real endpoint would get, not the one a local server gets
            local = replace(
                config, base_url=server.url, mode=config.resolved_mode(), cassette_mode="record"
            )
            extractor = LLMExtractor(local, transport=transport)
            results.append(extract_article(article, extractor))
    return results


def unused(paths: Iterable[str], config: LLMConfig) -> tuple[list[Path], list[ArticleResult]]:
    """Replay the extraction of `paths`; return the cassettes it never used, and its results."""
    store = CassetteStore(config.cassettes, "replay")
    extractor = LLMExtractor(
        replace(config, cassette_mode="replay"), transport=CassetteTransport(store, None)
    )
    results = [extract_article(read_article(path), extractor) for path in expand_paths(list(paths))]
    return [file for file in store.files() if file.stem not in store.used], results
