"""Throughput against a loopback fake server with a fixed latency per request.

Run by hand: `.venv/bin/python benchmarks/throughput.py [ARTICLES] [LATENCY]` (default 24, 1.0 s).
Times the whole `factx extract` command, process start-up included, at --concurrency 1, 8 and
32; a plain sequential openai + instructor loop (no factx) for comparison; and the ideal
ceil(N / concurrency) x latency.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from answers import PAY_RISE

from factx.testing import FakeOpenAI, answer


def write_articles(directory: Path, count: int) -> None:
    for n in range(count):
        (directory / f"{n:04d}.txt").write_text(
            f"Article {n}. Staff were offered a 3% pay rise.\n", encoding="utf-8"
        )


def timed_cli(directory: Path, url: str, concurrency: int) -> float:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "FACTX_"))}
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "factx",
            "extract",
            str(directory),
            "--base-url",
            url,
            "--model",
            "m",
            "--concurrency",
            str(concurrency),
            "-o",
            str(directory.parent / f"out-{concurrency}.jsonl"),  # not an input
            "--overwrite",
        ],
        check=True,
        env=env,
        capture_output=True,
    )
    return time.perf_counter() - started


def timed_plain_loop(directory: Path, url: str) -> float:
    """What a user would write without factx: one instructor call after another (in-process)."""
    started = time.perf_counter()
    import instructor
    import openai

    from factx.schemas import ExtractionDraft

    client = instructor.from_openai(
        openai.OpenAI(base_url=url, api_key="x"), mode=instructor.Mode.JSON_SCHEMA
    )
    for path in sorted(directory.glob("*.txt")):
        client.chat.completions.create(
            model="m",
            response_model=ExtractionDraft,
            max_retries=0,
            messages=[{"role": "user", "content": path.read_text(encoding="utf-8")}],
        )
    return time.perf_counter() - started


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 24
    latency = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
    with (
        tempfile.TemporaryDirectory() as tmp,
        FakeOpenAI([answer(PAY_RISE, delay=latency)]) as server,
    ):
        directory = Path(tmp) / "articles"
        directory.mkdir()
        write_articles(directory, count)
        print(f"{count} articles, {latency:g} s latency per request, loopback fake server")
        baseline = None
        for concurrency in (1, 8, 32):
            seconds = timed_cli(directory, server.url, concurrency)
            baseline = baseline or seconds
            ideal = math.ceil(count / concurrency) * latency
            print(
                f"factx --concurrency {concurrency:>2}: {seconds:6.2f} s  (ideal {ideal:5.1f} s, "
                f"{baseline / seconds:4.1f}x vs concurrency 1)"
            )
        print(
            "plain sequential instructor loop: "
            f"{timed_plain_loop(directory, server.url):6.2f} s (in-process, no start-up)"
        )


if __name__ == "__main__":
    main()
