"""The run-wide rate limiter on virtual time: buckets, the 429 pause, in-flight limits."""

from __future__ import annotations

import asyncio

from factx.llm.ratelimit import RateLimiter


class VirtualTime:
    """A clock that moves only when the limiter sleeps; records every sleep."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)  # let other requests run, as a real sleep would


def limiter(time: VirtualTime, **options: float) -> RateLimiter:
    return RateLimiter(clock=time.clock, sleep=time.sleep, **options)  # type: ignore[arg-type]


def starts(limiter_: RateLimiter, time: VirtualTime, count: int, tokens: int = 1) -> list[float]:
    """When each of `count` requests, sent one after another, was let through."""

    async def go() -> list[float]:
        out = []
        for _ in range(count):
            async with limiter_.slot(tokens):
                out.append(time.now)
        return out

    return asyncio.run(go())


def test_request_bucket_holds_one_seconds_worth_then_refills() -> None:
    time = VirtualTime()
    assert starts(limiter(time, concurrency=8, rpm=120), time, 4) == [0.0, 0.0, 0.5, 1.0]


def test_token_bucket_paces_large_requests() -> None:
    time = VirtualTime()
    # 600 tokens a minute: 10 a second, so requests of 10 tokens go out once a second.
    assert starts(limiter(time, concurrency=8, tpm=600), time, 3, tokens=10) == [0.0, 1.0, 2.0]


def test_settle_charges_what_a_request_really_used() -> None:
    time = VirtualTime()
    shared = limiter(time, concurrency=8, tpm=600)
    starts(shared, time, 1, tokens=1)
    shared.settle(1, 10)  # it used ten, not one: the bucket is empty
    assert starts(shared, time, 1, tokens=1) == [0.1]  # a tenth of a second refills one


def test_a_429_pauses_every_later_request_for_its_retry_after() -> None:
    time = VirtualTime()
    shared = limiter(time, concurrency=4)
    shared.throttle(0.5)
    assert shared.throttled == 1 and shared.allowed == 2
    assert starts(shared, time, 2) == [0.5, 0.5]


def test_a_429_without_retry_after_pauses_a_second() -> None:
    time = VirtualTime()
    shared = limiter(time, concurrency=4)
    shared.throttle(None)
    assert starts(shared, time, 1) == [1.0]


def test_throttle_and_recovery_arithmetic() -> None:
    shared = RateLimiter(concurrency=8)
    shared.throttle(0.0)
    shared.throttle(0.0)
    assert shared.allowed == 2
    for _ in range(100):
        shared.succeeded()
    assert shared.allowed == 8


def test_in_flight_requests_are_bounded_by_what_is_allowed() -> None:
    time = VirtualTime()
    shared = limiter(time, concurrency=2)
    seen: list[int] = []

    async def one() -> None:
        async with shared.slot(1):
            seen.append(shared.in_flight)
            await asyncio.sleep(0)

    async def go() -> None:
        await asyncio.gather(*(one() for _ in range(6)))

    asyncio.run(go())
    assert len(seen) == 6 and max(seen) == 2 and shared.in_flight == 0


def noted(time: VirtualTime, notes: list[str]) -> RateLimiter:
    return RateLimiter(
        4, clock=time.clock, sleep=time.sleep, max_pause=120, notify=notes.append, wall=lambda: 0
    )


def test_a_long_retry_after_is_capped_and_announced() -> None:
    time, notes = VirtualTime(), []
    time.now = 1000.0
    shared = noted(time, notes)
    shared.throttle(3600)
    assert shared.paused_until == 1120.0 and shared.allowed == 2
    (note,) = notes
    assert "pausing all requests for 120 s, until" in note
    assert "asked for 3600 s, capped by --max-retry-after" in note
    assert starts(shared, time, 1) == [1120.0]


def test_short_pauses_are_quiet_and_overlapping_ones_are_announced_once() -> None:
    time, notes = VirtualTime(), []
    shared = noted(time, notes)
    shared.throttle(0.5)
    shared.throttle(None)
    assert notes == [] and shared.paused_until == 1.0
    shared.throttle(30)
    shared.throttle(20)  # ends before the pause already announced
    assert len(notes) == 1 and shared.paused_until == 30.0 and shared.throttled == 4
