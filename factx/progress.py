"""Progress on stderr: a rich bar on a terminal, a quiet line now and then when not.

Per-article errors and warnings are printed as lines either way, above the bar.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from factx.schemas import ArticleResult

#: Without a terminal, a progress line at most this often (seconds), and at the end.
QUIET_EVERY = 10.0


class Progress:
    """Counts finished articles and shows how the run is going."""

    def __init__(
        self, total: int | None, say: Callable[[str], None], terminal: bool | None = None
    ) -> None:
        """`total` is None when not known beforehand (a corpus on stdin)."""
        self.total = total
        self.say = say
        self.done = self.failed = 0
        self.started = self._last = time.monotonic()
        self._bar = None
        if sys.stderr.isatty() if terminal is None else terminal:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
            from rich.progress import Progress as Bar

            self._bar = Bar(
                TextColumn("factx"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[failed]} failed"),
                TextColumn("{task.fields[rate]}/s"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("articles", total=total, failed=0, rate="0.0")

    def note(self, line: str) -> None:
        """A line that must stay visible (an error, a warning)."""
        if self._bar is not None:
            self._bar.console.print(f"factx: {line}", markup=False, highlight=False)
        else:
            self.say(line)

    def advance(self, result: ArticleResult) -> None:
        self.done += 1
        self.failed += result.status == "failed"
        now = time.monotonic()
        rate = self.done / max(now - self.started, 1e-9)
        if self._bar is not None:
            self._bar.update(self._task, advance=1, failed=self.failed, rate=f"{rate:.1f}")
        elif now - self._last >= QUIET_EVERY and (self.total is None or self.done < self.total):
            self._last = now
            of = "" if self.total is None else f"/{self.total}"
            self.say(f"{self.done}{of} articles, {self.failed} failed, {rate:.1f}/s")

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
