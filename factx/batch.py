"""Many articles at once: results streamed in input order, written to a resumable file.

Articles are extracted concurrently (at most `concurrency` at a time) and their lines written
in input order as soon as every earlier article is done; at most `window` finished results
wait in memory, so memory stays flat however many articles there are. Every line is flushed
when written, so a killed run loses only the articles in flight, and re-running the same
command on the same output file skips the articles it already finished.
"""

from __future__ import annotations

import asyncio
import os
import queue
import sys
import tempfile
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from factx.articles import Article, ArticleError, expand_paths, read_article
from factx.errors import FactxError
from factx.extractor import Extractor
from factx.pipeline import aextract_article, failed_result
from factx.schemas import ArticleResult, Usage

#: What identifies an extractor setup: (extractor, model, prompt version).
Setup = tuple[str, str | None, str | None]
Key = tuple[str, str, str | None, str | None]


def setup_of(extractor: Extractor) -> Setup:
    """The setup of a run about to start, as its results will record it."""
    provenance = extractor.provenance()
    return (extractor.name, provenance.get("model"), provenance.get("prompt_version"))


def _setup(result: ArticleResult) -> Setup:
    p = result.provenance
    return (p.extractor, p.model, p.prompt_version)


def result_key(result: ArticleResult) -> Key | None:
    """What makes a finished result reusable: the article's text and the extractor setup."""
    return (result.article.sha256, *_setup(result)) if result.article.sha256 else None


@dataclass
class Summary:
    """What a batch did: counts, every token spent (re-asks included) and its estimated cost."""

    ok: int = 0
    failed: int = 0
    skipped: int = 0
    rejected: int = 0
    value_checks: Counter[str] = field(default_factory=Counter)
    usage: Usage = field(default_factory=Usage)
    cost_usd: float | None = 0.0

    def add(self, result: ArticleResult) -> None:
        if result.status == "ok":
            self.ok += 1
        else:
            self.failed += 1
        self.rejected += len(result.rejected)
        self.value_checks.update(result.provenance.value_checks)
        self.usage = self.usage + result.provenance.usage
        cost = result.provenance.cost_usd
        self.cost_usd = (
            None
            if self.cost_usd is None or (cost is None and result.provenance.usage.requests)
            else self.cost_usd + (cost or 0.0)
        )

    def line(self) -> str:
        parts = [f"{self.ok} ok", f"{self.failed} failed", f"{self.rejected} items rejected"]
        if self.value_checks:
            checks = self.value_checks
            parts.append(
                f"figure values {checks['verified']} verified, {checks['unverified']} unverified, "
                f"{checks['rejected']} rejected"
            )
        if self.skipped:
            parts.append(f"{self.skipped} already done")
        if self.usage.requests:
            u = self.usage
            parts.append(
                f"{u.requests} requests, {u.total_tokens:,} tokens "
                f"({u.prompt_tokens:,} prompt + {u.completion_tokens:,} completion)"
            )
            parts.append(
                "cost unknown for this model" if self.cost_usd is None else f"~${self.cost_usd:.4f}"
            )
        return ", ".join(parts)


class ResultFile:
    """The JSONL output, opened to resume: finished lines are kept, failed ones redone.

    A line cut short by a killed run is dropped. Lines from other models or prompts are kept
    as they are; only results for the same article, extractor, model and prompt are reused.
    """

    def __init__(self, path: Path, setup: Setup, resume: bool = True) -> None:
        """`setup` is what `setup_of` gives for the run about to write here."""
        self.path = path
        self.setup = setup
        self.done: set[Key] = set()
        self.dropped = 0
        self.others = 0  # lines from another extractor, model or prompt: kept as they are
        kept: list[str] = []
        if resume and path.exists():
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                raise FactxError(f"{path}: cannot resume from this output file ({exc})") from None
            for number, line in enumerate(lines, 1):
                try:
                    result = ArticleResult.model_validate_json(line)
                except ValueError:
                    if number < len(lines):  # only the last line may be cut short by a kill
                        raise FactxError(
                            f"{path}:{number}: not a factx result line; refusing to resume into "
                            "this file (choose another -o, or --overwrite to replace it)"
                        ) from None
                    self.dropped += 1
                    continue
                if result.status == "failed" and _setup(result) == setup:
                    self.dropped += 1  # will be tried again
                    continue
                if result.status == "ok" and (key := result_key(result)):
                    self.done.add(key)
                self.others += _setup(result) != setup
                kept.append(line)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if self.dropped or not resume or not path.exists():
                self._replace(kept)
            self.stream: IO[str] = path.open("a", encoding="utf-8")
        except OSError as exc:
            raise FactxError(f"{path}: cannot write output ({exc.strerror or exc})") from None

    def _replace(self, lines: list[str]) -> None:
        fd, tmp = tempfile.mkstemp(
            dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp"
        )
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.writelines(line + "\n" for line in lines)
        os.replace(tmp, self.path)

    @property
    def reusable(self) -> int:
        """How many finished results this run can skip (same extractor, model and prompt)."""
        return sum(key[1:] == self.setup for key in self.done)

    def finished(self, article: Article) -> bool:
        """Whether this file already holds an ok result for `article` from the same run setup."""
        return (article.sha256, *self.setup) in self.done

    def write(self, result: ArticleResult) -> None:
        self.stream.write(result.model_dump_json() + "\n")
        self.stream.flush()

    def close(self) -> None:
        self.stream.close()


async def run(
    paths: Iterable[str],
    extractor: Extractor,
    write: Callable[[ArticleResult], None],
    concurrency: int = 8,
    skip: Callable[[Article], bool] | None = None,
) -> Summary:
    """Extract every article under `paths`, up to `concurrency` at once; `write` gets each
    result in input order. Articles for which `skip(article)` is true are counted, not redone.

    At most `4 × concurrency` finished results wait in memory, so memory stays flat however
    many articles there are. Cancelling (Ctrl-C) writes what has finished, in order, and
    re-raises.
    """
    summary = Summary()
    gate = asyncio.Semaphore(max(1, concurrency))
    window = max(1, concurrency) * 4
    pending: deque[asyncio.Future[ArticleResult]] = deque()

    async def one(article: Article) -> ArticleResult:
        async with gate:
            return await aextract_article(article, extractor)

    def emit(result: ArticleResult) -> None:
        summary.add(result)
        write(result)

    try:
        for path in expand_paths(list(paths)):
            try:
                article = read_article(path)
            except ArticleError as exc:
                pending.append(_ready(failed_result(path, exc, extractor)))
            else:
                if skip is not None and skip(article):
                    summary.skipped += 1
                    continue
                pending.append(asyncio.ensure_future(one(article)))
            while pending and (pending[0].done() or len(pending) >= window):
                emit(await pending.popleft())
        while pending:
            emit(await pending.popleft())
    finally:
        try:
            while pending and pending[0].done() and not pending[0].cancelled():
                emit(pending.popleft().result())  # finished before the interrupt: keep it
        finally:
            for future in pending:
                future.cancel()
    return summary


def _ready(result: ArticleResult) -> asyncio.Future[ArticleResult]:
    future: asyncio.Future[ArticleResult] = asyncio.get_running_loop().create_future()
    future.set_result(result)
    return future


def extract_paths(
    paths: Iterable[str], extractor: Extractor, concurrency: int = 8
) -> Iterator[ArticleResult]:
    """Extract every article under `paths` (files, directories, '-'), `concurrency` at a time,
    yielding one result per article in input order.

    The work runs on an event loop in a helper thread, so this works the same in a script and
    in a notebook whose own loop is running. Closing the iterator early stops the work.
    """
    results: queue.Queue[ArticleResult | BaseException | None] = queue.Queue(
        maxsize=max(1, concurrency) * 4
    )
    stop = threading.Event()

    def put(item: ArticleResult | BaseException | None) -> bool:
        while not stop.is_set():
            try:
                results.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def keep(result: ArticleResult) -> None:
        if not put(result):
            raise asyncio.CancelledError  # the consumer has gone: stop the run

    async def produce() -> None:
        try:
            await run(paths, extractor, keep, concurrency)
        except asyncio.CancelledError:
            return
        except BaseException as exc:  # handed to the consumer, raised there
            put(exc)
            return
        put(None)

    worker = threading.Thread(target=lambda: asyncio.run(produce()), daemon=True)
    worker.start()
    try:
        while (item := results.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join()


def extract_to_file(
    paths: Iterable[str],
    extractor: Extractor,
    output: Path | None,
    *,
    overwrite: bool = False,
    concurrency: int = 8,
    on_result: Callable[[ArticleResult], None] | None = None,
    notify: Callable[[str], None] | None = None,
) -> Summary:
    """What `factx extract` does: extract `paths` into `output` as JSONL (stdout when None),
    resuming a file that already holds results of the same setup unless `overwrite`.

    `on_result` sees every result as it is written; `notify` gets one-line notices about the
    output file (what resuming found). A Ctrl-C keeps every line written before it.
    """
    sink = ResultFile(output, setup_of(extractor), resume=not overwrite) if output else None
    if sink and notify and sink.reusable:
        notify(f"resuming {output}: {sink.reusable} articles already done")
    if sink and notify and sink.others:
        notify(
            f"{output} also holds {sink.others} lines from another extractor, model or prompt; "
            "they are kept (use --overwrite or another -o to start afresh)"
        )

    def write(result: ArticleResult) -> None:
        if sink:
            sink.write(result)
        else:
            sys.stdout.write(result.model_dump_json() + "\n")
            sys.stdout.flush()
        if on_result:
            on_result(result)

    try:
        return asyncio.run(
            run(paths, extractor, write, concurrency, sink.finished if sink else None)
        )
    finally:
        if sink:
            sink.close()
