"""Many articles at once: results streamed in input order, written to a resumable file.

Articles are extracted concurrently (at most `concurrency` at a time) and their lines written
in input order as soon as every earlier article is done; at most `window` finished results
wait in memory, so memory stays flat however many articles there are. Every line is written
with one unbuffered write, so a killed run loses only the articles in flight, and re-running
the same command on the same output file skips the articles it already finished (same article
id, same text, same extractor setup). The output is never something else clobbered: see
`open_output`.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import queue
import stat
import sys
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Protocol

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
from factx.pipeline import aextract_article, failed_result
from factx.schemas import ArticleResult, Usage

#: What identifies an extractor setup: (extractor, model, prompt version).
Setup = tuple[str, str | None, str | None]
#: What makes a finished result reusable: (article id, text hash, *setup).
Key = tuple[str, str, str, str | None, str | None]


def setup_of(extractor: Extractor) -> Setup:
    """The setup of a run about to start, as its results will record it."""
    provenance = extractor.provenance()
    return (extractor.name, provenance.get("model"), provenance.get("prompt_version"))


def setup_of_result(result: ArticleResult) -> Setup:
    """The setup a result was produced with."""
    p = result.provenance
    return (p.extractor, p.model, p.prompt_version)


def result_key(result: ArticleResult) -> Key | None:
    """What makes a finished result reusable: the article (its id and its text's hash: two
    syndicated copies of one text are two articles) and the extractor setup."""
    ref = result.article
    return (ref.id, ref.sha256, *setup_of_result(result)) if ref.sha256 else None


@dataclass
class Summary:
    """What a batch did: counts, every token spent (re-asks included) and its estimated cost."""

    ok: int = 0
    failed: int = 0
    skipped: int = 0
    rejected: int = 0
    usage: Usage = field(default_factory=Usage)
    cost_usd: float | None = 0.0

    def add(self, result: ArticleResult) -> None:
        if result.status == "ok":
            self.ok += 1
        else:
            self.failed += 1
        self.rejected += len(result.rejected)
        self.usage = self.usage + result.provenance.usage
        cost = result.provenance.cost_usd
        self.cost_usd = (
            None
            if self.cost_usd is None or (cost is None and result.provenance.usage.requests)
            else self.cost_usd + (cost or 0.0)
        )

    def line(self) -> str:
        parts = [f"{self.ok} ok", f"{self.failed} failed", f"{self.rejected} items rejected"]
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


class OutputError(FactxError):
    """Writing the output failed mid-run (a full disk, a closed pipe); what was written stays."""


def _write_all(fd: int, data: bytes) -> None:
    """Write every byte with unbuffered writes, so a failure leaves nothing queued to retry."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


class _Lines:
    """Writes result lines to a file descriptor, one `write` per line; an OSError ends the run."""

    name: str
    fd: int

    def write(self, result: ArticleResult) -> None:
        try:
            _write_all(self.fd, (result.model_dump_json() + "\n").encode("utf-8"))
        except OSError as exc:
            raise OutputError(
                f"{self.name}: cannot write ({exc.strerror or exc}); stopped, every line "
                "written before is intact"
            ) from None


class StreamOutput(_Lines):
    """A stream (stdout, a pipe, a terminal, /dev/null): written to, never read or replaced."""

    reusable = others = 0
    notices: list[str]

    def __init__(self, name: str, stream: IO[str] | None = None) -> None:
        self.name = name
        self.notices = []
        self._own = stream is not None
        self._text: IO[str] = stream or sys.stdout
        self._text.flush()
        try:
            self.fd = self._text.fileno()
        except (AttributeError, OSError, ValueError):
            self.fd = -1  # e.g. a notebook's stdout: written as text instead

    def finished(self, article: Article) -> bool:
        return False

    def write(self, result: ArticleResult) -> None:
        if self.fd >= 0:
            super().write(result)
        else:
            self._text.write(result.model_dump_json() + "\n")
            self._text.flush()

    def close(self) -> None:
        if self._own:
            with contextlib.suppress(OSError):
                self._text.close()


def _lock(fd: int) -> bool:
    """Take an advisory lock on `fd` for this process's lifetime; False if another holds it."""
    if sys.platform == "win32":  # no flock: runs are not guarded against each other
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def open_locked(path: Path, name: str) -> int:
    """Open `path` for appending (creating it, never truncating) and lock it; refuse when
    another factx run holds the lock, so two runs never write every article twice."""
    for _ in range(3):
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
        if not _lock(fd):
            os.close(fd)
            raise FactxError(
                f"{name}: another factx run is writing this file; wait for it to finish "
                "or choose another -o"
            )
        held, current = os.fstat(fd), os.stat(path)
        if (held.st_dev, held.st_ino) == (current.st_dev, current.st_ino):
            return fd
        os.close(fd)  # the file was replaced between open and lock: lock the new one
    raise FactxError(f"{name}: the file keeps being replaced; is another run writing it?")


def replace_locked(path: Path, old_fd: int, write: Callable[[int], None]) -> int:
    """Atomically replace `path` (a regular file locked by `old_fd`) with what `write` puts in a
    locked temporary file beside it; returns the new file's descriptor, kept locked.

    The old file's permissions are kept; a crash leaves the old file whole (and a stray
    `.NAME.*.tmp`), never half of each.
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        _lock(fd)
        os.fchmod(fd, stat.S_IMODE(os.fstat(old_fd).st_mode))
        write(fd)
        os.fsync(fd)
        os.replace(tmp, path)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return fd


class Resumable:
    """What an output already holds: the keys of its finished results, against the setup of
    the run about to write to it (None: no run, e.g. an export)."""

    def __init__(self, setup: Setup | None) -> None:
        self.setup = setup
        self.done: set[Key] = set()

    @property
    def reusable(self) -> int:
        """How many finished results this run can skip (same extractor, model and prompt)."""
        return sum(key[2:] == self.setup for key in self.done)

    def finished(self, article: Article) -> bool:
        """Whether an ok result for `article` (id and text) from this run's setup is held."""
        return self.setup is not None and (article.id, article.sha256, *self.setup) in self.done


class ResultFile(_Lines, Resumable):
    """The JSONL output as a regular file, opened to resume: finished lines are kept, failed
    ones redone.

    Resuming refuses a file that is not wholly factx lines; the one exception is a last line
    cut short by a killed run (no newline, after a factx line), which is dropped and said.
    Lines from other models or prompts are kept as they are; only results for the same article
    (id and text), extractor, model and prompt are reused. A second run on the same file is
    refused (an advisory lock), and whatever must be rewritten is written to a temporary file
    and renamed over it.
    """

    def __init__(
        self, path: Path, setup: Setup, resume: bool = True, name: str | None = None
    ) -> None:
        """`setup` is what `setup_of` gives for the run about to write here; `path` must be a
        regular file or not exist yet (see `open_output`)."""
        super().__init__(setup)
        self.path = path
        self.name = name or str(path)
        self.dropped = self.duplicates = self.others = 0
        self.notices: list[str] = []
        self._held: list[int] = []
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.fd = open_locked(path, self.name)
        except OSError as exc:
            raise FactxError(f"{self.name}: cannot write output ({exc.strerror or exc})") from None
        try:
            kept = self._read() if resume else []
            if self.dropped or self.duplicates or not resume and os.fstat(self.fd).st_size:
                self._held.append(self.fd)  # the old file stays locked until this run ends
                data = "".join(line + "\n" for line in kept).encode("utf-8")
                self.fd = replace_locked(path, self.fd, lambda fd: _write_all(fd, data))
        except OSError as exc:
            self.close()
            raise FactxError(f"{self.name}: cannot write output ({exc.strerror or exc})") from None
        except BaseException:
            self.close()
            raise

    def _refuse(self, number: int, what: str) -> FactxError:
        return FactxError(
            f"{self.name}:{number}: {what}; refusing to resume into this file "
            "(choose another -o, or --overwrite to replace it)"
        )

    def _read(self) -> list[str]:
        """The lines to keep; fills `done` and the counts."""
        data = self.path.read_bytes()
        try:
            lines = data.decode("utf-8").split("\n")
        except UnicodeDecodeError:
            raise self._refuse(1, "not a factx result file (not UTF-8)") from None
        torn = lines.pop()  # '' when the file ends with a newline, as every finished line does
        kept: list[str] = []
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                self._keep(ArticleResult.model_validate_json(line), line, kept)
            except ValueError:
                raise self._refuse(number, "not a factx result line") from None
        if torn:
            try:
                self._keep(ArticleResult.model_validate_json(torn), torn, kept)
            except ValueError:
                if not kept:  # nothing says this file is ours: it is someone's data
                    raise self._refuse(len(lines) + 1, "not a factx result line") from None
                self.dropped += 1
                self.notices.append(
                    f"{self.name}: dropped its last line, cut short by a killed run"
                )
        if self.duplicates:
            self.notices.append(
                f"{self.name}: dropped {self.duplicates} duplicate lines (two runs wrote it "
                "at once)"
            )
        return kept

    def _keep(self, result: ArticleResult, line: str, kept: list[str]) -> None:
        if result.status == "failed" and setup_of_result(result) == self.setup:
            self.dropped += 1  # will be tried again
            return
        key = result_key(result)
        if result.status == "ok" and key:
            if key in self.done:
                self.duplicates += 1
                return
            self.done.add(key)
        self.others += setup_of_result(result) != self.setup
        kept.append(line)

    def close(self) -> None:
        for fd in (self.fd, *self._held):
            with contextlib.suppress(OSError):
                os.close(fd)
        self._held = []


class Output(Protocol):
    """Where `extract_to_file` writes: a result file, a database or a stream."""

    name: str
    notices: list[str]

    @property
    def reusable(self) -> int: ...

    @property
    def others(self) -> int: ...

    def finished(self, article: Article) -> bool: ...

    def write(self, result: ArticleResult) -> None: ...

    def close(self) -> None: ...


#: Output paths that are streams whatever they point at (never read, locked or replaced).
STREAM_PREFIXES = ("/dev/", "/proc/")
DATABASE_SUFFIXES = (".db", ".sqlite", ".sqlite3")


def is_stream(output: str | Path) -> bool:
    """Whether `output` is written as a stream: '-', /dev/stdout, a pipe, a terminal, a device."""
    if str(output) == STDIN:
        return True
    try:
        mode = os.stat(output).st_mode
    except OSError:
        return False
    if stat.S_ISFIFO(mode) or stat.S_ISCHR(mode):
        return True
    return stat.S_ISREG(mode) and str(output).startswith(STREAM_PREFIXES)  # stdout to a file


def open_output(output: str | Path | None, setup: Setup, overwrite: bool = False) -> Output:
    """Open where results go: stdout for None or '-'; a stream as it is; a SQLite database
    for .db/.sqlite; otherwise a JSONL result file (resumed unless `overwrite`).

    A symlink is followed, so the file it points at is resumed or replaced, never the link;
    a directory, a block device or a socket is refused.
    """
    if output is None or str(output) == STDIN:
        return StreamOutput("stdout")
    name = str(output)
    if is_stream(output):
        try:
            return StreamOutput(name, open(output, "a", encoding="utf-8"))  # noqa: SIM115
        except OSError as exc:
            raise FactxError(f"{name}: cannot write output ({exc.strerror or exc})") from None
    path = Path(os.path.realpath(output))
    if path.is_dir():
        raise FactxError(f"{name}: is a directory; -o needs a file")
    if path.exists() and not path.is_file():
        raise FactxError(f"{name}: not a regular file, a pipe or a terminal; not written")
    if path.suffix.lower() in DATABASE_SUFFIXES:
        from factx.export import ResultDatabase

        return ResultDatabase(path, setup, resume=not overwrite, name=name)
    return ResultFile(path, setup, resume=not overwrite, name=name)


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

    async def produce() -> None:
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
        worker.join()


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
