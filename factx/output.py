"""Where results go: a JSONL result file that resumes, a stream, or (via `export`) SQLite.

`open_output` decides from the path. A result file is only ever a regular file holding
factx lines: it is locked against a second run, resumed line by line (a line torn by a kill
is dropped and said), replaced only through a temporary file and a rename, and never taken
for something else's file. Every line is one unbuffered write, so a killed run loses only
the articles in flight.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Protocol

from factx.articles import (
    STDIN,
    Article,
)
from factx.errors import FactxError
from factx.extractor import Extractor
from factx.schemas import ArticleResult

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
