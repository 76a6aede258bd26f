"""Per-article cost of the pipeline itself, and peak memory of long batches.

Run by hand: `.venv/bin/python benchmarks/overhead.py`.
- Replay: the seed articles through the real openai + instructor stack from cassettes/
  (SDK parsing, validation, re-asks, grounding, cassette lookup): milliseconds per article.
- Peak memory (max RSS of the `factx extract` process) for growing batches, offline rules and
  the LLM path against a zero-latency loopback server: it should stay flat as N grows.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from answers import PAY_RISE

from factx.batch import extract_paths
from factx.llm.config import LLMConfig
from factx.llm.extractor import LLMExtractor
from factx.testing import FakeOpenAI, answer

ROOT = Path(__file__).resolve().parent.parent


def replay_overhead(rounds: int = 20) -> float:
    seeds = [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    extractor = LLMExtractor(LLMConfig(cassette_mode="replay", cassettes=ROOT / "cassettes"))
    list(extract_paths(seeds, extractor))  # warm up: imports, schema caches
    started = time.perf_counter()
    for _ in range(rounds):
        assert all(r.status == "ok" for r in extract_paths(seeds, extractor))
    return (time.perf_counter() - started) / (rounds * len(seeds))


def peak_rss_mb(args: list[str]) -> float:
    """Peak RSS of a `factx extract` run, read from the kernel's high-water mark (VmHWM) while it
    runs (rusage would count the forked parent's memory too)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "FACTX_"))}
    proc = subprocess.Popen(
        [sys.executable, "-m", "factx", "extract", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    peak = 0
    while proc.poll() is None:
        try:
            status = Path(f"/proc/{proc.pid}/status").read_text()
            peak = max(peak, int(status.split("VmHWM:")[1].split()[0]))
        except (OSError, IndexError, ValueError):
            pass
        time.sleep(0.02)
    assert proc.returncode == 0, args
    return peak / 1024


def main() -> None:
    per_article = replay_overhead()
    print(
        "replay (seed articles, 3 exchanges each incl. re-asks): "
        f"{1000 * per_article:.1f} ms per article"
    )
    with tempfile.TemporaryDirectory() as tmp, FakeOpenAI([answer(PAY_RISE)]) as server:
        for count in (1_000, 10_000):
            directory = Path(tmp) / str(count)
            directory.mkdir()
            for n in range(count):
                (directory / f"{n:05d}.txt").write_text(
                    f"Article {n}. Union members rejected a 3% pay rise, "
                    "said Ann Lee, the union's secretary.\n",
                    encoding="utf-8",
                )
            rules = peak_rss_mb(
                [str(directory), "--backend", "rules", "-o", str(directory / "rules.jsonl")]
            )
            line = f"{count:>6} articles: rules peak {rules:5.0f} MB"
            if count <= 1_000 or "--all" in sys.argv:
                llm = peak_rss_mb(
                    [
                        str(directory),
                        "--base-url",
                        server.url,
                        "--model",
                        "m",
                        "--concurrency",
                        "32",
                        "-o",
                        str(directory / "llm.jsonl"),
                    ]
                )
                line += f", llm (fake server, concurrency 32) peak {llm:5.0f} MB"
            print(line)


if __name__ == "__main__":
    main()
