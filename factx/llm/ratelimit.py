"""Client-side rate limits shared by every request of a run: the provider's own, read from the
`x-ratelimit-*` headers of its answers, `--rpm`/`--tpm` caps, and the requests in flight.

Providers (OpenAI, Azure, Groq, Together ...) say on every answer how many requests and tokens
may still go out and when the full limit is back (`x-ratelimit-remaining-requests: 59`,
`x-ratelimit-reset-requests: 1s`, and the same for `-tokens`); requests are paced to stay
under that, counting those sent since the answer was written, so limits are kept rather than
learned by hitting them. A 429 makes the request that got it wait its Retry-After (up to a cap,
said on stderr when long) and halves the requests allowed in flight, at most once per limit
window; answers that succeed then let one more in each, doubling the limit per round of answers
back up to `concurrency`. Requests wait their turn first come, first served.
"""

from __future__ import annotations

import asyncio
import math
import re
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass

#: Pause after a 429 that gives no Retry-After.
DEFAULT_PAUSE = 1.0
#: The longest Retry-After honoured unless told otherwise (as `RetryPolicy.max_retry_after`).
MAX_PAUSE = 120.0
#: Pauses at least this long are announced (shorter ones would only clutter stderr).
NOTICE_PAUSE = 5.0
#: Providers count their limits per minute: concurrency is cut at most once in this long,
#: or in the server's own reset time when that is longer.
LIMIT_WINDOW = 60.0
#: Requests in flight at once unless told otherwise (`--concurrency`).
DEFAULT_CONCURRENCY = 8
#: The two things providers limit, as named in their headers.
KINDS = ("requests", "tokens")

_UNIT_SECONDS = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 1e-3, "us": 1e-6, "µs": 1e-6, "ns": 1e-9}
_NUMBER = r"\d+(?:\.\d+)?"
_UNIT = r"ms|us|µs|ns|h|m|s"
_DURATION_PART = re.compile(rf"(?P<number>{_NUMBER})(?P<unit>{_UNIT})")
_DURATION = re.compile(rf"(?:{_NUMBER}(?:{_UNIT}))+")


@dataclass
class Ticket:
    """One request's place in the run: the run totals of requests and tokens gone out up to
    and including it (`mark`), and when it went (`at`). Both are set when its slot opens, and
    again by `RateLimiter.on_wire` once it is really sent: servers count a request as it
    arrives, and a new connection can take a while, or overtake others."""

    amounts: tuple[float, float]
    mark: tuple[float, float]
    at: float
    wired: bool = False


def parse_duration(value: str) -> float | None:
    """Seconds in a reset header: Go-style `1s`, `6m0s`, `12ms`, `1h2m3.5s`, or bare seconds."""
    value = value.strip()
    with suppress(ValueError):
        return max(0.0, float(value))
    if not _DURATION.fullmatch(value):
        return None
    return sum(
        float(m["number"]) * _UNIT_SECONDS[m["unit"]] for m in _DURATION_PART.finditer(value)
    )


@dataclass
class Limit:
    """One `x-ratelimit-*` triple as an answer carried it."""

    limit: float
    remaining: float
    reset: float


def read_limits(headers: Mapping[str, str]) -> dict[str, Limit]:
    """The request and token limits `headers` state in full (limit, remaining and reset);
    partial or placeholder values (Azure sends -1) say nothing."""
    limits: dict[str, Limit] = {}
    for kind in KINDS:
        values = [headers.get(f"x-ratelimit-{part}-{kind}") for part in ("limit", "remaining")]
        reset = headers.get(f"x-ratelimit-reset-{kind}")
        if None in values or reset is None:
            continue
        try:
            limit, remaining = (float(v) for v in values)  # type: ignore[arg-type]
        except ValueError:
            continue
        seconds = parse_duration(reset)
        if limit > 0 and remaining >= 0 and seconds is not None:
            limits[kind] = Limit(limit, remaining, seconds)
    return limits


@dataclass
class _Bucket:
    """A token bucket refilled continuously at `per_minute`, holding at most one second's worth."""

    per_minute: float
    level: float = 0.0
    stamp: float = 0.0

    def __post_init__(self) -> None:
        self.level = self.capacity

    @property
    def capacity(self) -> float:
        return max(1.0, self.per_minute / 60)

    def wait_for(self, amount: float, now: float) -> float:
        """Seconds until `amount` is available (0 if it is now); refills first."""
        self.level = min(self.capacity, self.level + (now - self.stamp) * self.per_minute / 60)
        self.stamp = now
        needed = min(amount, self.capacity) - self.level
        return max(0.0, needed * 60 / self.per_minute)

    def take(self, amount: float) -> None:
        self.level -= amount


@dataclass
class _Budget:
    """What the provider last said of one kind: `left` may go out, counted from the run total
    `mark`, before `reset_at`, when the limit is back; then again every `span`, the time the
    limit takes to refill from empty.

    Everything sent after the reporting request is counted against `left`, though the server
    may already have counted some of it: an overestimate that only ever waits too long, and
    the next answer corrects it. Read as a token bucket (how providers describe their limits,
    and the cautious reading of a fixed window): what goes out before the reset is missing
    from the limit at the reset.
    """

    limit: float
    left: float
    mark: float
    reset_at: float
    span: float
    reported: float  # the run total the report in force was sent after

    @classmethod
    def read(cls, said: Limit, mark: float, sent_at: float) -> _Budget:
        """The budget stated by the answer to the request sent at `sent_at`, after `mark`."""
        used = said.limit - said.remaining
        span = said.reset * said.limit / used if used > 0 else said.reset
        return cls(said.limit, said.remaining, mark, sent_at + said.reset, max(span, 1e-3), mark)

    def wait_for(self, amount: float, now: float, sent: float) -> float:
        """Seconds until `amount` may go out (0 if it may now)."""
        if now >= self.reset_at:
            first = self.mark == self.reported  # the window the report spoke of has ended
            self.left = self.limit - (sent - self.mark) if first else self.limit
            self.mark, self.reset_at = sent, now + self.span
        if self.left - (sent - self.mark) >= min(amount, self.limit):
            return 0.0
        return self.reset_at - now


class RateLimiter:
    """Shared by all requests of a run; `slot()` wraps one HTTP attempt."""

    def __init__(
        self,
        concurrency: int = DEFAULT_CONCURRENCY,
        rpm: float | None = None,
        tpm: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        max_pause: float = MAX_PAUSE,
        notify: Callable[[str], None] | None = None,
        wall: Callable[[], float] = time.time,
    ) -> None:
        """`concurrency` bounds the requests in flight; `rpm`/`tpm` cap what is sent per
        minute whatever the server says. `clock` and `sleep` are injectable so tests run on
        virtual time; by default a wait ends early when something changes. `max_pause` caps
        a Retry-After; `notify` hears about long pauses, ending at a time of day by `wall`."""
        self.max_pause = max_pause
        self.notify = notify
        self.wall = wall
        self.max_in_flight = max(1, concurrency)
        self.allowed = float(self.max_in_flight)
        self.in_flight = 0
        self.clock = clock
        self.caps = {
            kind: _Bucket(cap, stamp=clock())
            for kind, cap in zip(KINDS, (rpm, tpm), strict=True)
            if cap
        }
        self.budgets: dict[str, _Budget] = {}
        self.sent = dict.fromkeys(KINDS, 0.0)  # run totals let through
        self.wired = dict.fromkeys(KINDS, 0.0)  # run totals on the wire (or given up)
        self.throttled = 0  # how many 429s the run met
        self.cut_until = -math.inf
        self.announced_until = -math.inf
        self._sleep = sleep
        self._queue: deque[object] = deque()
        self._changed: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _amounts(self, estimate: int) -> dict[str, float]:
        return {"requests": 1.0, "tokens": float(estimate)}

    def delay(self, estimate: int) -> float:
        """Seconds until a request of about `estimate` tokens may go out by the rate limits."""
        now = self.clock()
        delay = 0.0
        for kind, amount in self._amounts(estimate).items():
            if (cap := self.caps.get(kind)) is not None:
                delay = max(delay, cap.wait_for(amount, now))
            if (budget := self.budgets.get(kind)) is not None:
                delay = max(delay, budget.wait_for(amount, now, self.sent[kind]))
        return delay

    async def _turn(self, me: object, estimate: int) -> None:
        """Wait until `me` is first in line, a request may be in flight and the limits allow."""
        while True:
            if self._queue[0] is me and self.in_flight < int(self.allowed):
                if (delay := self.delay(estimate)) <= 0:
                    return
                await self._pause(delay)
            else:
                await self._event().wait()

    def _event(self) -> asyncio.Event:
        loop = asyncio.get_running_loop()
        if self._changed is None or self._loop is not loop:  # a new run has its own loop
            self._changed, self._loop = asyncio.Event(), loop
        return self._changed

    def _wake(self) -> None:
        """Something changed (a slot freed, a limit read): waiters look again."""
        if self._changed is not None:
            self._changed.set()
            self._changed = None

    async def _pause(self, delay: float) -> None:
        """Sleep `delay` seconds, or until something changes (the default sleep)."""
        if self._sleep is not None:
            await self._sleep(delay)
            return
        with suppress(TimeoutError):
            await asyncio.wait_for(self._event().wait(), timeout=delay)

    @asynccontextmanager
    async def slot(self, estimate: int) -> AsyncIterator[Ticket]:
        """Wait until one more request (of about `estimate` tokens) may go out, then hold it.
        Yields the ticket to `report` its answer's headers with."""
        me = object()
        self._queue.append(me)
        try:
            await self._turn(me, estimate)
        finally:
            self._queue.remove(me)
            self._wake()
        amounts = self._amounts(estimate)
        for kind, amount in amounts.items():
            if (cap := self.caps.get(kind)) is not None:
                cap.take(amount)
            self.sent[kind] += amount
        self.in_flight += 1
        ticket = Ticket(
            (amounts["requests"], amounts["tokens"]),
            (self.sent["requests"], self.sent["tokens"]),
            self.clock(),
        )
        try:
            yield ticket
        finally:
            self.in_flight -= 1
            if not ticket.wired:
                self._count_wired(ticket)
            self._wake()

    def _count_wired(self, ticket: Ticket) -> tuple[float, float]:
        for kind, amount in zip(KINDS, ticket.amounts, strict=True):
            self.wired[kind] += amount
        ticket.wired = True
        return (self.wired["requests"], self.wired["tokens"])

    def on_wire(self, ticket: Ticket) -> None:
        """The request of `ticket` is all sent: it is counted from here, in the order sent."""
        if not ticket.wired:
            ticket.mark, ticket.at = self._count_wired(ticket), self.clock()

    def report(self, headers: Mapping[str, str], ticket: Ticket) -> None:
        """Take in the limits an answer's headers state; `ticket` is what its request's slot
        yielded. What went out after the request counts against what remains, and the reset
        is counted from when it went."""
        for kind, said in read_limits(headers).items():
            index = KINDS.index(kind)
            old = self.budgets.get(kind)
            if old is not None and ticket.mark[index] <= old.reported:
                continue  # no newer than the answer in force
            self.budgets[kind] = _Budget.read(said, ticket.mark[index], ticket.at)
        self._wake()

    def settle(self, estimate: int, actual: int) -> None:
        """Charge the token cap what a request really used, once its usage is known."""
        if (cap := self.caps.get("tokens")) is not None and actual > estimate:
            cap.take(actual - estimate)

    def throttle(self, retry_after: float | None) -> None:
        """A 429: the request that got it waits `retry_after` (at most `max_pause`, announced
        through `notify` when long or capped; the retry loop does the waiting), and fewer
        requests may be in flight: halved at most once per limit window."""
        self.throttled += 1
        asked = DEFAULT_PAUSE if retry_after is None else retry_after
        pause = min(asked, self.max_pause)
        now = self.clock()
        if now + pause > self.announced_until and (pause >= NOTICE_PAUSE or asked > pause):
            self.announced_until = now + pause
            if self.notify is not None:
                until = time.strftime("%H:%M:%S", time.localtime(self.wall() + pause))
                capped = (
                    f"; the server asked for {asked:g} s, capped by --max-retry-after"
                    if asked > pause
                    else ""
                )
                self.notify(f"rate limited (HTTP 429): retrying in {pause:g} s, at {until}{capped}")
        if now >= self.cut_until:
            self.allowed = max(1.0, self.allowed / 2)
            resets = [b.span for b in self.budgets.values()]
            self.cut_until = now + max(LIMIT_WINDOW, pause, *resets)

    def succeeded(self) -> None:
        """An answer: one more request may be in flight (the limit doubles per round)."""
        self.allowed = min(float(self.max_in_flight), self.allowed + 1)
        self._wake()
