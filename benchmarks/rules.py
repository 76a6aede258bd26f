"""Offline extractor speed: MB of article text per second on one core (target: >= 1 MB/s).

Run by hand: `.venv/bin/python benchmarks/rules.py`. Measures drafting plus grounding, the
whole per-article pipeline except reading files, over the seeds repeated to ~2 MB, both as many
articles and as one long article.
"""

from __future__ import annotations

import time
from pathlib import Path

from factx.pipeline import extract_text
from factx.rules.extractor import RulesExtractor, extract

ROOT = Path(__file__).resolve().parent.parent


def rate(texts: list[str], grounded: bool, repeat: int = 3) -> float:
    """Best MB/s of `repeat` runs: drafting only, or the whole pipeline with grounding.

    Timed in CPU seconds of this process (`time.process_time`), which is what 'one core'
    means: on a shared machine, wall-clock time also counts the waits for a core.
    """
    extractor = RulesExtractor()
    size = sum(len(t.encode()) for t in texts) / 1e6
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        for text in texts:
            extract_text(text, extractor) if grounded else extract(text)
        best = min(best, time.process_time() - started)
    return size / best


def main() -> None:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    many = seeds * (2_000_000 // sum(len(s) for s in seeds))
    one = "\n".join(many[:250])
    for label, texts in (
        (f"{len(many)} articles, {sum(map(len, many)) / 1e6:.1f} MB", many),
        (f"one article of {len(one) / 1e6:.2f} MB", [one]),
    ):
        print(
            f"{label}: drafting {rate(texts, False):.2f} MB/s, "
            f"drafting + grounding {rate(texts, True):.2f} MB/s"
        )


if __name__ == "__main__":
    main()
