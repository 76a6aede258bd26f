"""Client-side rate limits shared by every request of a run: RPM, TPM, and backing off together.

A 429 pauses the whole run for the Retry-After the server asked for (up to a cap, saying on
stderr how long and until when) and halves how many requests may be in flight; each success
then lets one more back in, up to the configured concurrency (additive increase,
multiplicative decrease). So one rate-limited request slows every worker down instead of all
of them hammering the endpoint at once.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass

#: Pause after a 429 that gives no Retry-After.
DEFAULT_PAUSE = 1.0
#: The longest Retry-After honoured unless told otherwise (as `RetryPolicy.max_retry_after`).
MAX_PAUSE = 120.0
#: Pauses at least this long are announced (shorter ones would only clutter stderr).
NOTICE_PAUSE = 5.0


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


class RateLimiter:
    """Shared by all requests of a run; `slot()` wraps one HTTP attempt."""

    def __init__(
        self,
        concurrency: int,
        rpm: float | None = None,
        tpm: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        max_pause: float = MAX_PAUSE,
        notify: Callable[[str], None] | None = None,
        wall: Callable[[], float] = time.time,
    ) -> None:
        """`clock` and `sleep` are injectable so tests run on virtual time; by default a wait
        ends early when another request finishes. `max_pause` caps a Retry-After; `notify`
        hears about long pauses, with the time of day by `wall` when they end."""
        self.max_pause = max_pause
        self.notify = notify
        self.wall = wall
        self.max_in_flight = max(1, concurrency)
        self.allowed = float(self.max_in_flight)
        self.in_flight = 0
        self.paused_until = 0.0
        self.clock = clock
        self.requests = _Bucket(rpm, stamp=clock()) if rpm else None
        self.tokens = _Bucket(tpm, stamp=clock()) if tpm else None
        self.throttled = 0  # how many 429s the run met
        self._sleep = sleep
        self._changed = asyncio.Condition()

    async def _wait(self, estimate: int) -> None:
        while True:
            now = self.clock()
            delay = self.paused_until - now
            if self.in_flight >= int(self.allowed):
                delay = max(delay, 0.05)
            for bucket, amount in ((self.requests, 1), (self.tokens, estimate)):
                if bucket is not None:
                    delay = max(delay, bucket.wait_for(amount, now))
            if delay <= 0:
                break
            await self._pause(delay)
        for bucket, amount in ((self.requests, 1), (self.tokens, estimate)):
            if bucket is not None:
                bucket.take(amount)
        self.in_flight += 1

    async def _pause(self, delay: float) -> None:
        """Sleep `delay` seconds, or until a request finishes (the default sleep)."""
        if self._sleep is not None:
            await self._sleep(delay)
            return
        async with self._changed:
            with suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), timeout=delay)

    @asynccontextmanager
    async def slot(self, estimate: int) -> AsyncIterator[None]:
        """Wait until one more request (of about `estimate` tokens) may go out, then hold it."""
        await self._wait(estimate)
        try:
            yield
        finally:
            self.in_flight -= 1
            async with self._changed:
                self._changed.notify_all()

    def settle(self, estimate: int, actual: int) -> None:
        """Charge the token budget what a request really used, once its usage is known."""
        if self.tokens is not None and actual > estimate:
            self.tokens.take(actual - estimate)

    def throttle(self, retry_after: float | None) -> None:
        """A 429: everyone waits `retry_after` (at most `max_pause`), and fewer requests may be
        in flight. A long or capped pause is announced through `notify`."""
        self.throttled += 1
        asked = retry_after or DEFAULT_PAUSE
        pause = min(asked, self.max_pause)
        now = self.clock()
        if now + pause > self.paused_until:
            self.paused_until = now + pause
            if self.notify is not None and (pause >= NOTICE_PAUSE or asked > pause):
                until = time.strftime("%H:%M:%S", time.localtime(self.wall() + pause))
                capped = (
                    f"; the server asked for {asked:g} s, capped by --max-retry-after"
                    if asked > pause
                    else ""
                )
                self.notify(
                    f"rate limited (HTTP 429): pausing all requests for {pause:g} s, "
                    f"until {until}{capped}"
                )
        self.allowed = max(1.0, self.allowed / 2)

    def succeeded(self) -> None:
        """A success lets in-flight requests grow back (by one per `allowed` successes)."""
        self.allowed = min(float(self.max_in_flight), self.allowed + 1 / self.allowed)
