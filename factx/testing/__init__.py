"""A scripted OpenAI-compatible server on 127.0.0.1, for tests and benchmarks (public helper).

`FakeOpenAI` answers each request with the next scripted `Reply`; given a `profile` it also
behaves like a particular provider (see `factx.testing.profiles`): it checks the key where
that provider wants it, refuses what that provider refuses with the status and error body it
documents, and cuts or rejects prompts past its context window. With a `BatchEngine` it also
serves OpenAI's Files and Batches APIs (`factx.testing.batches`).
"""

from factx.testing.batches import BatchEngine, BatchScript
from factx.testing.profiles import PROFILES, Profile
from factx.testing.server import (
    FAULTS,
    Exchange,
    FakeOpenAI,
    RateLimits,
    Reply,
    Step,
    answer,
    completion,
    faulty,
)

__all__ = [
    "FAULTS",
    "BatchEngine",
    "BatchScript",
    "PROFILES",
    "Exchange",
    "FakeOpenAI",
    "Profile",
    "RateLimits",
    "Reply",
    "Step",
    "answer",
    "completion",
    "faulty",
]
