"""Many articles at once: concurrent extraction, results streamed in input order.

Articles are extracted concurrently (at most `concurrency` at a time) and their results
handed on in input order as soon as every earlier article is done; at most 4 × concurrency
finished results wait in memory, so memory stays flat however many articles there are.
`extract_to_file` writes them where `factx.output.open_output` says, skipping the articles
that output already holds (same article id, same text, same extractor setup).
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from factx.articles import (
    DEFAULT_CORPUS,
    STDIN,
    Article,
    ArticleError,
    Corpus,
    expand_paths,
    read_articles,
    same_file,
)
from factx.errors import EndpointError, FactxError
from factx.extractor import Extractor
from factx.output import (
    is_stream,
    open_output,
    setup_of,
)
from factx.pipeline import aextract_article, failed_result
from factx.schemas import ArticleResult, Usage


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


@dataclass
class Inputs:
    """The input files of a run and what directories held that is not an input."""

    files: list[str]
    skipped: list[str]


def list_inputs(
    paths: Iterable[str], corpus: Corpus = DEFAULT_CORPUS, output: str | Path | None = None
) -> Inputs:
    """Expand `paths` (directories, globs) into input files; refuse an input that is the output
    file itself (resuming would read its own lines back, --overwrite would destroy it)."""
    target = None if output is None or is_stream(output) else Path(output)
    skipped: list[str] = []
    files = list(expand_paths(paths, corpus.recursive, skipped, exclude=target))
    for file in files:
        if target is not None and file != STDIN and same_file(Path(file), target):
            raise FactxError(f"{file} is both an input and the output (-o); choose another -o")
    return Inputs(files, skipped)


#: How many articles must fail the same endpoint way, with nothing else finished, to stop a run.
FAIL_FAST_AFTER = 3


@dataclass
class FailFast:
    """Watches the first results of a run: when they all fail with the same `EndpointError`
    (a refused key, an unknown model, a dead URL), every other article would too."""

    after: int = FAIL_FAST_AFTER
    cause: str | None = None
    count: int = 0
    spoiled: bool = False  # something else finished first: never stop this run

    def see(self, result: ArticleResult) -> None:
        error = result.error
        if error is not None and error.type == "ArticleError":
            return  # a bad input file says nothing about the endpoint
        if (
            error is None
            or error.type != EndpointError.__name__
            or self.cause
            not in (
                None,
                error.message,
            )
        ):
            self.spoiled = True
            return
        self.cause = error.message
        self.count += 1

    @property
    def tripped(self) -> bool:
        return not self.spoiled and self.count >= self.after

    def error(self) -> FactxError | None:
        """The run-stopping error, if the run should stop (or, at its end, failed only so)."""
        if self.spoiled or not self.count:
            return None
        articles = "article" if self.count == 1 else f"{self.count} articles"
        return FactxError(f"{self.cause} (run stopped: the first {articles} failed so)")


async def run(
    paths: Iterable[str],
    extractor: Extractor,
    write: Callable[[ArticleResult], None],
    concurrency: int = 8,
    skip: Callable[[Article], bool] | None = None,
    corpus: Corpus = DEFAULT_CORPUS,
) -> Summary:
    """Extract every article under `paths` (read as `corpus` says), up to `concurrency` at
    once; `write` gets each result in input order. Articles for which `skip(article)` is true
    are counted, not redone; a second article with an id already seen fails.

    At most `4 × concurrency` finished results wait in memory, so memory stays flat however
    many articles there are. Cancelling (Ctrl-C) writes what has finished, in order, and
    re-raises. When the first articles all fail with the same endpoint error (`FailFast`),
    no further article starts; what finished is written and a `FactxError` names the cause.
    """
    summary = Summary()
    gate = asyncio.Semaphore(max(1, concurrency))
    window = max(1, concurrency) * 4
    pending: deque[asyncio.Future[ArticleResult | None]] = deque()
    first_seen: dict[str, str] = {}  # article id -> where it was first read
    watch = FailFast()

    async def one(article: Article) -> ArticleResult | None:
        async with gate:
            if watch.tripped:
                return None  # never started: the endpoint would fail it too
            result = await aextract_article(article, extractor)
            watch.see(result)
            return result

    def emit(result: ArticleResult | None) -> None:
        if result is not None:
            summary.add(result)
            write(result)

    def start(item: Article | ArticleError) -> asyncio.Future[ArticleResult | None] | None:
        if isinstance(item, ArticleError):
            return _ready(failed_result(item.path, item, extractor))
        if (first := first_seen.setdefault(item.id, item.path)) != item.path:
            problem = f"duplicate article id {item.id!r} (first used by {first})"
            error = ArticleError(item.path, problem, item.id, item.meta)
            return _ready(failed_result(item.path, error, extractor, item))
        if skip is not None and skip(item):
            summary.skipped += 1
            return None
        return asyncio.ensure_future(one(item))

    try:
        for path in expand_paths(paths, corpus.recursive):
            for item in read_articles(path, corpus):
                if watch.tripped:
                    break
                if (future := start(item)) is not None:
                    pending.append(future)
                while pending and (pending[0].done() or len(pending) >= window):
                    emit(await pending.popleft())
            if watch.tripped:
                break
        while pending:
            emit(await pending.popleft())
        if stop := watch.error():
            raise stop
    finally:
        try:
            while pending and pending[0].done() and not pending[0].cancelled():
                emit(pending.popleft().result())  # finished before the interrupt: keep it
        finally:
            for future in pending:
                future.cancel()
    return summary


def _ready(result: ArticleResult) -> asyncio.Future[ArticleResult | None]:
    future: asyncio.Future[ArticleResult | None] = asyncio.get_running_loop().create_future()
    future.set_result(result)
    return future


def extract_paths(
    paths: Iterable[str],
    extractor: Extractor,
    concurrency: int = 8,
    corpus: Corpus = DEFAULT_CORPUS,
) -> Iterator[ArticleResult]:
    """Extract every article under `paths` (files, corpus files, directories, globs, '-'),
    `concurrency` at a time, yielding one result per article in input order.

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

    running: list[tuple[asyncio.AbstractEventLoop, asyncio.Task[None]]] = []

    async def produce() -> None:
        if (task := asyncio.current_task()) is not None:
            running.append((asyncio.get_running_loop(), task))
        if stop.is_set():  # closed before this task could be cancelled
            return
        try:
            await run(paths, extractor, keep, concurrency, corpus=corpus)
        except asyncio.CancelledError:
            return
        except BaseException as exc:  # handed to the consumer, raised there
            put(exc)
            return
        put(None)

    worker = threading.Thread(
        target=lambda: asyncio.run(produce()), name="factx-extract-paths", daemon=True
    )
    worker.start()
    try:
        while (item := results.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        _cancel(running)
        worker.join()


def _cancel(running: list[tuple[asyncio.AbstractEventLoop, asyncio.Task[None]]]) -> None:
    """Cancel the run on its own loop, so requests in flight stop now rather than when they
    answer (a Ctrl-C or an early `break` does not wait on a slow endpoint)."""
    for loop, task in running:
        with contextlib.suppress(RuntimeError):  # the loop has already finished and closed
            loop.call_soon_threadsafe(task.cancel)


def extract_to_file(
    paths: Iterable[str],
    extractor: Extractor,
    output: str | Path | None,
    *,
    overwrite: bool = False,
    concurrency: int = 8,
    corpus: Corpus = DEFAULT_CORPUS,
    on_result: Callable[[ArticleResult], None] | None = None,
    notify: Callable[[str], None] | None = None,
) -> Summary:
    """What `factx extract` does: extract `paths` into `output` (see `open_output`: JSONL, a
    SQLite database, or stdout when None), resuming what it already holds of the same setup
    unless `overwrite`.

    `on_result` sees every result as it is written; `notify` gets one-line notices about the
    output (what resuming found). A Ctrl-C keeps every line written before it; a failed write
    (a full disk) raises `OutputError` and keeps them too.
    """
    files = list_inputs(paths, corpus, output).files
    sink = open_output(output, setup_of(extractor), overwrite)
    say = notify or (lambda _: None)
    try:
        for notice in sink.notices:
            say(notice)
        if sink.reusable:
            say(f"resuming {sink.name}: {sink.reusable} articles already done")
        if sink.others:
            say(
                f"{sink.name} also holds {sink.others} results from another extractor, model "
                "or prompt; they are kept (use --overwrite or another -o to start afresh)"
            )

        def write(result: ArticleResult) -> None:
            sink.write(result)
            if on_result:
                on_result(result)

        return asyncio.run(run(files, extractor, write, concurrency, sink.finished, corpus))
    finally:
        sink.close()
