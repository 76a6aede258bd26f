"""A big corpus through a batch engine: prepare + collect against plain cassette replay.

Run by hand: `.venv/bin/python benchmarks/batch.py [--articles N]` (default 10,000).
The fake Batch API (an instant batch, every line answered) runs in this process; each phase
runs in a child process of its own, which prints its time and its peak RSS (VmHWM):
- prepare: the requests, built by the real openai + instructor stack, into request files;
- submit: upload and create the batch (not part of the speed target; the upload streams from
  disk, so its peak RSS stays flat however big the request file);
- collect: download the output, file every answer as a cassette, extract in replay;
- replay: `extract` in cassette replay over the same articles, from the store collect filled.
Target: prepare + collect within 2x of replay, each phase under 200 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
KEY = "benchmark-key-0123456789"
MODEL = "gpt-4o-mini"


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def phase(name: str, directory: Path, url: str) -> None:
    """One phase, in this (child) process: prints `{"seconds", "rss_mb", ...}`."""
    from factx.batch import extract_to_file
    from factx.llm import batchapi
    from factx.llm.batches import open_batch, prepare
    from factx.llm.collect import CASSETTES, collect
    from factx.llm.config import LLMConfig
    from factx.llm.extractor import LLMExtractor

    os.environ["FACTX_API_KEY"] = KEY  # as a user would give it
    config = LLMConfig(base_url=url, api_key=KEY, model=MODEL)
    inputs = [str(directory / "articles")]
    started = time.perf_counter()
    extra: dict[str, object] = {}
    if name == "prepare":
        manifest = prepare(inputs, config, directory / "batch")
        extra = {"requests": manifest.requests, "files": len(manifest.files)}
    elif name == "submit":
        manifest, config = open_batch(directory / "batch", base_url=url)
        batchapi.submit(manifest, config, lambda line: None)
        extra = {"upload_mb": round(sum(file.bytes for file in manifest.files) / 2**20)}
    elif name == "collect":
        manifest, config = open_batch(directory / "batch", base_url=url)
        done = collect(manifest, config, batchapi.download(manifest, config), directory / "b.jsonl")
        extra = {"ok": done.replayed.ok, "sync": done.sync is not None}
    else:
        _, prepared = open_batch(directory / "batch", base_url=url)
        replay = replace(
            prepared, cassette_mode="replay", cassettes=directory / "batch" / CASSETTES
        )
        summary = extract_to_file(inputs, LLMExtractor(replay), directory / "r.jsonl")
        extra = {"ok": summary.ok}
    seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "rss_mb": peak_rss_mb(), **extra}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        phase(args.phase, args.dir, args.url)
        return

    from factx.testing import BatchEngine, FakeOpenAI, answer
    from tests.helpers import draft, write_articles

    empty = answer(draft())
    with (
        tempfile.TemporaryDirectory() as tmp,
        FakeOpenAI([empty], key=KEY, batches=BatchEngine(empty, instant=True)) as server,
    ):
        directory = Path(tmp)
        write_articles(directory / "articles", args.articles)
        figures = {}
        for name in ("prepare", "submit", "collect", "replay"):
            out = subprocess.run(
                [sys.executable, __file__, "--phase", name, "--dir", tmp, "--url", server.url],
                capture_output=True,
                text=True,
                check=True,
            )
            figures[name] = json.loads(out.stdout.strip().splitlines()[-1])
            print(name, figures[name], flush=True)
    n = args.articles
    batch = figures["prepare"]["seconds"] + figures["collect"]["seconds"]
    replay = figures["replay"]["seconds"]
    print(
        f"{n} articles: prepare + collect {n / batch:.0f} articles/s "
        f"(prepare {n / figures['prepare']['seconds']:.0f}/s, "
        f"collect {n / figures['collect']['seconds']:.0f}/s); "
        f"plain replay {n / replay:.0f} articles/s; ratio {batch / replay:.2f}x"
    )
    print(
        "peak RSS: "
        + ", ".join(f"{name} {fig['rss_mb']:.0f} MB" for name, fig in figures.items())
        + f" (submit uploaded {figures['submit']['upload_mb']} MB)"
    )
    print(
        "load average (1, 5, 15 min) at the end: " + ", ".join(f"{x:.1f}" for x in os.getloadavg())
    )


if __name__ == "__main__":
    main()
