"""factx side by side with its peers, against the same loopback fake server, back to back.

Run by hand: `.venv/bin/python benchmarks/peers.py [SCENARIO ...]` (default: all of them).
Peers: the idiomatic instructor pattern (`asyncio.gather` under a semaphore, the openai
client's own retries, `max_retries=5`), run in this interpreter; langextract, run in its own
virtualenv (PEERS_VENV, made and filled from PyPI on first use; skipped with a note if that
fails). Every time is measured by the fake server, from the first request it gets to the last
answer it sends, so start-up and imports are left out. Scenarios:

- `latency`: 48 small articles, 1 s per answer, 8 at a time;
- `429`: the same, with every third request answered 429 at once, Retry-After 1 s;
- `limit`: 100 articles, 0.5 s per answer, 8 at a time, the server allowing 10 requests a
  second and answering 429 past that, with the x-ratelimit headers providers send;
- `long`: one 1 MB article in 24,000-character chunks, 1 s per answer, 8 at a time;
- `locate`: locating evidence (one string per ~500 characters, a quarter rewritten) in
  articles of 10 KB to 5 MB whose sentences do not repeat, per KB of CPU time; each timing
  covers 5 MB of text at every size (a 10 KB article 500 times over), best of 7.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from answers import PAY_RISE

from factx.align import Locator, Taken
from factx.batch import extract_paths
from factx.chunking import split
from factx.llm.config import LLMConfig
from factx.llm.extractor import LLMExtractor
from factx.llm.ratelimit import RateLimiter
from factx.testing import FakeOpenAI, RateLimits, Reply, completion

PEERS_VENV = Path(os.environ.get("FACTX_PEERS_VENV", "/tmp/factx-peers"))
CONCURRENCY = 8
#: The locating scenario times this much text at a time, whatever the article's size, and
#: keeps the best of `LOCATE_TIMINGS` timings; CPU time of this process, as rules.py does.
TIMED_TEXT = 5_000_000
LOCATE_TIMINGS = 7
SENTENCE = "Staff at site {n} were offered a 3% pay rise on Monday, the union said."
LX_ANSWER = {"extractions": [{"figure": "3% pay rise", "figure_attributes": {"unit": "percent"}}]}


class Clocked:
    """A fake server's script that answers after `latency`, notes when the first request came
    and the last answer went, and answers 429 to every `fail_every`-th request if set."""

    def __init__(self, payload: dict[str, Any], latency: float, fail_every: int = 0) -> None:
        self.payload = payload
        self.latency = latency
        self.fail_every = fail_every
        self.first = math.inf
        self.last = 0.0
        self.count = 0
        self._lock = threading.Lock()

    def __call__(self, request: dict[str, Any]) -> Reply:
        now = time.monotonic()
        with self._lock:
            self.count += 1
            failing = self.fail_every and self.count % self.fail_every == 0
            self.first = min(self.first, now)
            self.last = max(self.last, now + (0 if failing else self.latency))
        if failing:
            return Reply(429, {"error": {"message": "rate limited"}}, {"retry-after": "1"})
        reply = completion(request, self.payload)
        reply.delay = self.latency
        return reply

    @property
    def seconds(self) -> float:
        return self.last - self.first


def run_factx(url: str, texts: list[str], tmp: Path) -> None:
    """What `factx extract DIR --concurrency 8` does, in this process."""
    for index, text in enumerate(texts):
        (tmp / f"{index:04d}.txt").write_text(text, encoding="utf-8")
    extractor = LLMExtractor(LLMConfig(base_url=url, model="m"), limiter=RateLimiter(CONCURRENCY))
    for result in extract_paths([str(tmp)], extractor, concurrency=CONCURRENCY):
        assert result.status == "ok", result.error


def run_instructor(url: str, texts: list[str], tmp: Path) -> None:
    """The idiomatic pattern: gather under a semaphore, the openai client's own retries; a long
    article split into the same chunks factx uses."""
    import instructor
    import openai

    from factx.schemas import ExtractionDraft

    chunks = [c.text for text in texts for c in split(text, 24_000)]

    async def main() -> None:
        sdk = openai.AsyncOpenAI(base_url=url, api_key="x", max_retries=5)
        client = instructor.from_openai(sdk, mode=instructor.Mode.JSON_SCHEMA)
        gate = asyncio.Semaphore(CONCURRENCY)

        async def one(text: str) -> None:
            async with gate:
                await client.chat.completions.create(
                    model="m",
                    response_model=ExtractionDraft,
                    max_retries=0,
                    messages=[{"role": "user", "content": text}],
                )

        await asyncio.gather(*(one(text) for text in chunks))
        await sdk.close()

    asyncio.run(main())


LANGEXTRACT = """
import json, sys
import langextract as lx
url, path, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
texts = json.load(open(path))
example = lx.data.ExampleData(
    text="Nurses were offered a 4% rise.",
    extractions=[lx.data.Extraction("figure", "4% rise", attributes={"unit": "percent"})],
)
documents = [lx.data.Document(text, document_id=str(i)) for i, text in enumerate(texts)]
results = lx.extract(
    documents, prompt_description="Extract the figures.", examples=[example],
    model_id="gpt-4o-mini", api_key="x", language_model_params={"base_url": url},
    fence_output=False, use_schema_constraints=False, max_char_buffer=24000,
    max_workers=workers, batch_length=1000, show_progress=False,
)
print(sum(len(r.extractions or []) for r in results))
"""


def langextract_python() -> Path | None:
    """The peers' virtualenv interpreter, made on first use; None (said why) if it cannot be."""
    python = PEERS_VENV / "bin" / "python"
    try:
        if not python.exists():
            subprocess.run([sys.executable, "-m", "venv", str(PEERS_VENV)], check=True)
        probe = subprocess.run([str(python), "-c", "import langextract"], capture_output=True)
        if probe.returncode:
            print(f"(installing langextract into {PEERS_VENV} from PyPI)", flush=True)
            subprocess.run(
                [str(python), "-m", "pip", "install", "-q", "langextract"],
                check=True,
                capture_output=True,
            )
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"langextract skipped: it could not be installed into {PEERS_VENV} ({exc})")
        return None
    return python


def run_langextract(url: str, texts: list[str], tmp: Path) -> None:
    python = langextract_python()
    if python is None:
        raise RuntimeError("not installed")
    inputs = tmp / "texts.json"
    inputs.write_text(json.dumps(texts), encoding="utf-8")
    run = subprocess.run(
        [str(python), "-c", LANGEXTRACT, url, str(inputs), str(CONCURRENCY)],
        capture_output=True,
        text=True,
    )
    if run.returncode:
        raise RuntimeError(run.stderr.strip().splitlines()[-1])


Runner = Callable[[str, list[str], Path], None]
PEERS: dict[str, tuple[Runner, dict[str, Any]]] = {
    "factx": (run_factx, PAY_RISE),
    "instructor": (run_instructor, PAY_RISE),
    "langextract": (run_langextract, LX_ANSWER),
}


def side_by_side(
    title: str,
    texts: list[str],
    latency: float,
    ideal: float | None,
    fail_every: int = 0,
    limit: float | None = None,
) -> None:
    print(f"\n{title}")
    times: dict[str, float] = {}
    for name, (runner, payload) in PEERS.items():
        script = Clocked(payload, latency, fail_every)
        limits = RateLimits(requests=limit) if limit else None
        with tempfile.TemporaryDirectory() as tmp, FakeOpenAI(script, limits=limits) as server:
            try:
                runner(server.url, texts, Path(tmp))
            except Exception as exc:  # a peer that fails is reported, not fatal
                print(f"  {name:<12} failed: {str(exc)[:200]}")
                continue
        times[name] = script.seconds
        limited = f", {limits.limited} of {len(server.requests)} answered 429" if limits else ""
        ratio = f" ({script.seconds / ideal:.2f}x ideal {ideal:.1f} s)" if ideal else ""
        print(f"  {name:<12} {script.seconds:6.2f} s{ratio}{limited}")
    peers = {k: v for k, v in times.items() if k != "factx"}
    if "factx" in times and peers:
        best = min(peers, key=peers.__getitem__)
        print(f"  factx / best peer ({best}): {times['factx'] / peers[best]:.2f}")


def articles(count: int) -> list[str]:
    return [SENTENCE.format(n=n) + "\n" for n in range(count)]


def unique_text(chars: int, rng: random.Random) -> str:
    """Prose-like text whose sentences never repeat (every word a fresh number-word)."""
    out: list[str] = []
    size = 0
    while size < chars:
        words = [f"w{rng.randrange(10**9)}" for _ in range(rng.randrange(8, 20))]
        sentence = " ".join(words).capitalize() + ". "
        out.append(sentence)
        size += len(sentence)
    return "".join(out)[:chars]


def locate_all(text: str, evidence: list[str]) -> None:
    """Index `text` and locate every string in it, in order (as grounding does)."""
    locator, taken = Locator(text), Taken()
    for piece in evidence:
        span = locator.locate(piece, taken)
        assert span is not None
        taken.add(span)


def best_of(timings: int, rounds: int, work: Callable[[], None]) -> float:
    """CPU seconds of this process (`time.process_time`: what else runs on a shared machine is
    left out) for one run of `work`: the least over `timings` timings of `rounds` runs each."""
    best = math.inf
    for _ in range(timings):
        started = time.process_time()
        for _ in range(rounds):
            work()
        best = min(best, (time.process_time() - started) / rounds)
    return best


def locate_scenario() -> None:
    print("\nlocating evidence: one string per ~500 characters, a quarter rewritten (µs per KB)")
    rng = random.Random(18)
    rates: list[float] = []
    for size in (10_000, 100_000, 1_000_000, 5_000_000):
        text = unique_text(size, rng)
        evidence = []
        for index, start in enumerate(range(0, len(text) - 200, 500)):
            piece = text[start : start + 120].strip()
            evidence.append(piece.upper() if index % 4 == 3 else piece)
        # every timing covers TIMED_TEXT, small articles run over and over: best-of then
        # picks among equally long timings at every size (one 10 KB run timed alone dodges
        # the interruptions a 5 MB run cannot, which made small articles look cheaper)
        rounds = max(1, TIMED_TEXT // size)
        work = partial(locate_all, text, evidence)
        factx = best_of(LOCATE_TIMINGS, rounds, work) / (size / 1000) * 1e6
        exact = evidence[:: max(1, len(evidence) // 200)]  # spread over the article
        started = time.process_time()
        for piece in exact:  # the locator before: each string searched from the start
            text.find(piece)
        naive = (time.process_time() - started) / len(exact) * len(evidence) / (size / 1000) * 1e6
        rates.append(factx)
        print(
            f"  {size / 1000:>7,.0f} KB: factx {factx:7.1f} µs/KB ({len(evidence):,} strings); "
            f"searching each from the start {naive:9.1f} µs/KB"
        )
    print(f"  factx per KB, largest / smallest: {rates[-1] / rates[0]:.2f}")


SCENARIOS: dict[str, Callable[[], None]] = {
    "latency": lambda: side_by_side(
        "plain latency: 48 articles, 1 s per answer, 8 at a time", articles(48), 1.0, 6.0
    ),
    "429": lambda: side_by_side(
        "a 429 (Retry-After 1 s) on every third request: 48 articles, 1 s, 8 at a time",
        articles(48),
        1.0,
        None,
        fail_every=3,
    ),
    "limit": lambda: side_by_side(
        "server-enforced 10 requests/s with x-ratelimit headers: 100 articles, 0.5 s, 8 at a time",
        articles(100),
        0.5,
        100 / 10,
        limit=10,
    ),
    "long": lambda: side_by_side(
        "one 1 MB article in 24,000-character chunks, 1 s per answer, 8 at a time",
        ["".join(articles(14_000))[:1_000_000]],
        1.0,
        math.ceil(len(split("".join(articles(14_000))[:1_000_000], 24_000)) / CONCURRENCY),
    ),
    "locate": locate_scenario,
}


def main() -> None:
    for name in sys.argv[1:] or list(SCENARIOS):
        SCENARIOS[name]()


if __name__ == "__main__":
    main()
