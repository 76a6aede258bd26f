"""The run-wide pause after a 429: capped, and announced with how long and until when."""

from __future__ import annotations

from factx.llm.ratelimit import RateLimiter


def limiter(notes: list[str], now: list[float]) -> RateLimiter:
    return RateLimiter(
        4, max_pause=120, notify=notes.append, clock=lambda: now[0], wall=lambda: 0.0
    )


def test_a_long_retry_after_is_capped_and_announced() -> None:
    notes: list[str] = []
    now = [1000.0]
    rl = limiter(notes, now)
    rl.throttle(3600)
    assert rl.paused_until == 1120.0 and rl.allowed == 2
    (note,) = notes
    assert "pausing all requests for 120 s, until" in note
    assert "asked for 3600 s, capped by --max-retry-after" in note


def test_short_pauses_are_quiet_and_overlapping_ones_are_announced_once() -> None:
    notes: list[str] = []
    now = [0.0]
    rl = limiter(notes, now)
    rl.throttle(0.5)
    rl.throttle(None)
    assert notes == [] and rl.paused_until == 1.0
    rl.throttle(30)
    rl.throttle(20)  # ends before the pause already announced
    assert len(notes) == 1 and rl.paused_until == 30.0 and rl.throttled == 4
