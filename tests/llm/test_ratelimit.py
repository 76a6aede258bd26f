"""The run-wide rate limiter on virtual time: caps, the provider's headers, 429s, in-flight."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from factx.llm.config import RetryPolicy
from factx.llm.ratelimit import LIMIT_WINDOW, Limit, RateLimiter, parse_duration, read_limits
from factx.llm.transport import AsyncRetryTransport
from factx.testing import FakeOpenAI, RateLimits, answer


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


def test_a_429_makes_no_one_else_wait() -> None:
    time = VirtualTime()
    shared = limiter(time, concurrency=4)
    shared.throttle(0.5)
    assert shared.throttled == 1 and shared.allowed == 2
    assert starts(shared, time, 2) == [0.0, 0.0], "only the request that got it waits"


def test_concurrency_is_cut_once_per_limit_window_and_doubles_back() -> None:
    time = VirtualTime()
    shared = limiter(time, concurrency=16)
    for _ in range(5):  # a burst of 429s within one window: one cut
        shared.throttle(1.0)
    assert shared.allowed == 8 and shared.throttled == 5
    for _ in range(8):  # one round of answers doubles it
        shared.succeeded()
    assert shared.allowed == 16
    time.now += LIMIT_WINDOW
    shared.throttle(None)
    assert shared.allowed == 8, "a later window may cut again"


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
    assert shared.announced_until == 1120.0 and shared.allowed == 2
    (note,) = notes
    assert "retrying in 120 s, at" in note
    assert "asked for 3600 s, capped by --max-retry-after" in note


def test_short_pauses_are_quiet_and_overlapping_ones_are_announced_once() -> None:
    time, notes = VirtualTime(), []
    shared = noted(time, notes)
    shared.throttle(0.5)
    shared.throttle(None)
    assert notes == []
    shared.throttle(30)
    shared.throttle(20)  # ends before the pause already announced
    assert len(notes) == 1 and shared.announced_until == 30.0 and shared.throttled == 4


def test_waiters_go_first_come_first_served() -> None:
    time = VirtualTime()
    shared = limiter(time, concurrency=1)
    order: list[int] = []

    async def one(n: int) -> None:
        async with shared.slot(1):
            order.append(n)
            await asyncio.sleep(0)

    async def go() -> None:
        await asyncio.gather(*(one(n) for n in range(8)))

    asyncio.run(go())
    assert order == list(range(8))


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("1s", 1.0),
        ("6m0s", 360.0),
        ("12ms", 0.012),
        ("1h2m3.5s", 3723.5),
        ("0.5", 0.5),
        ("17", 17.0),
        ("soon", None),
        ("1x", None),
        ("", None),
    ],
)
def test_reset_durations_as_providers_write_them(text: str, seconds: float | None) -> None:
    assert parse_duration(text) == (pytest.approx(seconds) if seconds is not None else None)


def headers(kind: str, limit: str, remaining: str, reset: str) -> dict[str, str]:
    return {
        f"x-ratelimit-limit-{kind}": limit,
        f"x-ratelimit-remaining-{kind}": remaining,
        f"x-ratelimit-reset-{kind}": reset,
    }


def test_only_whole_limits_are_read() -> None:
    both = {
        **headers("requests", "60", "59", "1s"),
        **headers("tokens", "150000", "149984", "6m0s"),
    }
    assert read_limits(both) == {
        "requests": Limit(60, 59, 1.0),
        "tokens": Limit(150000, 149984, 360.0),
    }
    assert read_limits({"x-ratelimit-remaining-requests": "3"}) == {}, "no limit, no reset"
    assert read_limits(headers("tokens", "-1", "-1", "0")) == {}, "Azure's placeholders"
    assert read_limits(headers("requests", "ten", "3", "1s")) == {}


def test_requests_are_paced_by_what_the_server_says_remains() -> None:
    time = VirtualTime()
    shared = limiter(time, concurrency=8)

    async def go() -> list[float]:
        out = []
        async with shared.slot(1) as ticket:
            pass
        # the server counted it: two more may go now, all 5 are back in 2 s
        shared.report(headers("requests", "5", "2", "2s"), ticket)
        for _ in range(8):
            async with shared.slot(1):
                out.append(time.now)
        return out

    # the two sent before the reset are missing from it; 3 refill in 2 s, so 5 in 10/3 s
    refilled = pytest.approx(2 + 10 / 3)
    assert asyncio.run(go()) == [0.0, 0.0, 2.0, 2.0, 2.0, refilled, refilled, refilled]


def test_requests_sent_after_the_answer_count_against_what_remains() -> None:
    time = VirtualTime()
    shared = limiter(time, concurrency=8)

    async def go() -> list[float]:
        tickets = []
        for _ in range(3):  # all out before any answer is read
            async with shared.slot(1) as ticket:
                tickets.append(ticket)
        shared.report(headers("requests", "10", "3", "1s"), tickets[1])
        shared.report(headers("requests", "10", "9", "1s"), tickets[0])  # older: ignored
        out = []
        for _ in range(3):
            async with shared.slot(1):
                out.append(time.now)
        shared.report(headers("tokens", "100", "0", "2s"), tickets[2])
        async with shared.slot(10):
            out.append(time.now)
        return out

    # 3 remained after the second request and one went since: two may go before the reset
    assert asyncio.run(go()) == [0.0, 0.0, 1.0, 2.0], "no tokens till 2 s after the third went"


def test_a_token_request_larger_than_the_limit_waits_for_the_full_limit() -> None:
    time = VirtualTime()
    shared = limiter(time, concurrency=8)

    async def go() -> list[float]:
        async with shared.slot(10) as ticket:
            pass
        shared.report(headers("tokens", "100", "90", "1s"), ticket)
        out = []
        async with shared.slot(500):
            out.append(time.now)
        return out

    assert asyncio.run(go()) == [1.0]


def test_what_went_on_the_wire_after_an_answered_request_counts_against_it() -> None:
    time = VirtualTime()
    shared = limiter(time, concurrency=8)

    async def go() -> list[float]:
        async with shared.slot(1) as first, shared.slot(1) as second:
            shared.on_wire(second)  # a fresh connection held the first one back
            shared.on_wire(first)
            shared.report(headers("requests", "10", "3", "1s"), second)
        out = []
        for _ in range(3):
            async with shared.slot(1):
                out.append(time.now)
        return out

    assert asyncio.run(go()) == [0.0, 0.0, 1.0], "3 remained when the second arrived"


def test_a_server_enforced_limit_is_kept_not_hit() -> None:
    limits = RateLimits(requests=20)
    shared = RateLimiter(concurrency=8)
    policy = RetryPolicy(attempts=5, initial_wait=0.01, max_wait=0.1, jitter=0.01)

    async def go(url: str) -> list[int]:
        transport = AsyncRetryTransport(httpx.AsyncHTTPTransport(), policy, shared)
        async with httpx.AsyncClient(transport=transport, timeout=10) as client:
            answers = await asyncio.gather(
                *(client.post(f"{url}/chat/completions", json={"n": n}) for n in range(60))
            )
        return [a.status_code for a in answers]

    with FakeOpenAI([answer({})], limits=limits) as server:
        statuses = asyncio.run(go(server.url))
    assert statuses == [200] * 60
    assert limits.limited / len(server.requests) < 0.05, "paced by the headers, not by 429s"
