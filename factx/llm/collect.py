"""Collecting a batch's results: answers into the cassette store, then the normal extraction.

Each answer in the result files (OpenAI's output and error files, or the file `vllm run-batch`
wrote) is filed in the batch directory's cassette store under its `custom_id`, the request's
fingerprint. Then `extract` runs over the same articles in replay mode: grounding, checks,
JSONL or SQLite output, resume and the summary are the ones `extract` has. Whatever the batch
did not answer usably — a failed or expired line, one cut off by the token limit, a line that
never came back, a re-ask the first answer needs — fails its article in that pass; a second,
synchronous pass over the normal endpoint redoes exactly those articles (the output resumes:
nothing is written twice), replaying the batch answers they do have. Lines may come in any
order, twice, or not at all: each request is settled once, by its best line.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from factx.batch import Summary, extract_to_file
from factx.errors import FactxError
from factx.llm.batches import Manifest, read_request, request_index
from factx.llm.cassettes import CassetteStore, usage_of
from factx.llm.config import LLMConfig
from factx.llm.costs import BATCH_DISCOUNT, estimate_parts
from factx.llm.extractor import LLMExtractor
from factx.llm.ratelimit import RateLimiter
from factx.schemas import ArticleResult, Usage

#: The batch directory's own cassette store.
CASSETTES = "cassettes"


@dataclass
class Ledger:
    """What the result files held: the requests answered, and what went wrong with the rest."""

    requests: int = 0
    answered: int = 0
    #: Why the other requests were not answered usably (`missing`: no line at all).
    unanswered: Counter[str] = field(default_factory=Counter)
    duplicates: int = 0
    #: Lines whose custom_id is none of these requests' (another batch's results).
    foreign: int = 0
    #: Every token the engine spent (truncated answers too: they are billed).
    usage: Usage = field(default_factory=Usage)
    cost_usd: float | None = 0.0

    def line(self) -> str:
        left = ", ".join(f"{n} {why}" for why, n in sorted(self.unanswered.items()))
        parts = [f"{self.answered}/{self.requests} requests answered"]
        if left:
            parts.append(f"not usable: {left}")
        if self.duplicates or self.foreign:
            parts.append(f"{self.duplicates} duplicate and {self.foreign} foreign lines ignored")
        parts.append(f"{self.usage.total_tokens:,} tokens")
        parts.append("cost unknown" if self.cost_usd is None else f"~${self.cost_usd:.4f}")
        return ", ".join(parts)


@dataclass
class Collected:
    """What `collect` did: the batch's ledger and the two extraction passes."""

    ledger: Ledger
    replayed: Summary
    #: The synchronous pass (None when nothing needed it, or no endpoint was configured).
    sync: Summary | None = None
    #: The live requests of the synchronous pass and their cost at the list price.
    sync_usage: Usage = field(default_factory=Usage)
    sync_cost_usd: float | None = 0.0
    #: Articles that still need the synchronous pass (no endpoint was configured for it).
    pending: int = 0


_OK = "ok"


def _verdict(line: dict[str, Any]) -> tuple[str, dict[str, Any] | None]:
    """What a result line says: `ok` and the answer, or why it is not usable (and the body
    when the engine billed one). vLLM may give the completion itself as `response`."""
    error, response = line.get("error"), line.get("response")
    if error or not isinstance(response, dict):
        code = error.get("code") if isinstance(error, dict) else None
        return str(code or "failed"), None
    body = response.get("body") if "body" in response else response
    status = response.get("status_code", 200)
    if status != 200 or not isinstance(body, dict):
        return f"HTTP {status}", None
    choices = body.get("choices") or [{}]
    if choices[0].get("finish_reason") == "length":
        return "truncated", body
    return _OK, body


def file_answers(
    manifest: Manifest, results: Iterable[Path], store: CassetteStore, price: float
) -> Ledger:
    """File every usable answer in `results` into `store` (at `price`, the share of the list
    price it cost) and count the rest."""
    index = request_index(manifest)
    ledger = Ledger(requests=len(index))
    settled: dict[str, str] = {}
    billed: set[str] = set()
    for file in results:
        try:
            stream = file.open("r", encoding="utf-8")
        except OSError as exc:
            raise FactxError(f"{file}: cannot read results ({exc.strerror or exc})") from None
        with stream:
            for number, text in enumerate(stream, 1):
                if not text.strip():
                    continue
                try:
                    line = json.loads(text)
                    custom_id = str(line["custom_id"])
                except (ValueError, KeyError, TypeError):
                    raise FactxError(f"{file}:{number}: not a batch result line") from None
                if custom_id not in index:
                    ledger.foreign += 1
                    continue
                verdict, body = _verdict(line)
                if body is not None and custom_id not in billed:
                    billed.add(custom_id)
                    ledger.usage = ledger.usage + usage_of(body)
                if settled.get(custom_id) == _OK:
                    ledger.duplicates += 1
                    continue
                settled[custom_id] = verdict
                if verdict == _OK and body is not None and store.find(custom_id) is None:
                    request = read_request(manifest, index[custom_id])
                    canonical = manifest.canonical(custom_id, request["body"])
                    if canonical is None:
                        raise FactxError(f"{file}:{number}: {custom_id} is not its request's hash")
                    store.write(canonical, body, pretty=False, batch=file.name, price=price)
    for custom_id in index:
        verdict = settled.get(custom_id, "missing")
        if verdict == _OK:
            ledger.answered += 1
        else:
            ledger.unanswered[verdict] += 1
    return ledger


def collect(
    manifest: Manifest,
    config: LLMConfig,
    results: list[Path],
    output: str | Path | None,
    *,
    price: float = BATCH_DISCOUNT,
    concurrency: int = 8,
    limiter: RateLimiter | None = None,
    on_result: Callable[[ArticleResult], None] | None = None,
    notify: Callable[[str], None] | None = None,
) -> Collected:
    """File the answers in `results`, extract the prepared articles from them into `output`,
    then redo what they left undone over `config`'s endpoint, if it has one. `config` is the
    one `open_batch` gives (the settings the requests were made with)."""
    directory = manifest.directory / CASSETTES
    store = CassetteStore(directory, "replay", explain=False)
    ledger = file_answers(manifest, results, store, price)
    ledger.cost_usd = estimate_parts(config.model, [(ledger.usage, price)], config.prices)
    corpus = manifest.corpus_of()
    replay = LLMExtractor(replace(config, cassette_mode="replay"), store=store)
    replayed = extract_to_file(
        manifest.paths,
        replay,
        output,
        corpus=corpus,
        concurrency=concurrency,
        on_result=on_result,
        notify=notify,
    )
    done = Collected(ledger, replayed)
    if not done.replayed.failed:
        return done
    if not (config.api_key or config.base_url):
        done.pending = done.replayed.failed
        return done
    live = CassetteStore(directory, "auto", explain=False)
    sync = LLMExtractor(replace(config, cassette_mode="auto"), limiter=limiter, store=live)
    done.sync = extract_to_file(
        manifest.paths, sync, output, corpus=corpus, on_result=on_result, concurrency=concurrency
    )
    done.sync_usage = live.live
    done.sync_cost_usd = estimate_parts(config.model, [(live.live, 1.0)], config.prices)
    return done
