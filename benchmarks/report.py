"""How quickly a 1,000-article review page opens in headless Chromium, and its memory.

Run by hand: `.venv/bin/python benchmarks/report.py [ARTICLES]` (needs /usr/bin/chromium).
The corpus is the dev-set and seed articles repeated as JSONL records with their own ids,
titles and urls, extracted by the offline rules. Printed: records, page size, render time in
Python, then in Chromium the time from navigation to the index being ready (the page's own
performance.now()) and the JS heap after a garbage collection, when opened and again after a
search and opening an article. Targets (issue 16): under 2 s and under 20 MB.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from factx.batch import extract_paths
from factx.report import HEADLESS_CHROMIUM, render_files
from factx.rules.extractor import RulesExtractor

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"


def corpus(directory: Path, size: int) -> Path:
    """`size` articles as a JSONL corpus, cycling through the repository's real articles."""
    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted([*ROOT.glob("devset/*/*.txt"), *ROOT.glob("seeds/*.txt")])
    ]
    file = directory / "corpus.jsonl"
    with file.open("w", encoding="utf-8") as out:
        for n in range(size):
            record = {
                "id": f"a{n:05d}",
                "title": f"Article {n}: " + texts[n % len(texts)].splitlines()[0][:60],
                "url": f"https://news.example/{n}",
                "text": texts[n % len(texts)],
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return file


def heap_mb(cdp: Any) -> float:
    cdp.send("HeapProfiler.collectGarbage")
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    return float(metrics["JSHeapUsedSize"]) / 1e6


def main(size: int = 1000) -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        source = corpus(directory, size)
        results = directory / "results.jsonl"
        records = 0
        with results.open("w", encoding="utf-8") as out:
            for result in extract_paths([str(source)], RulesExtractor()):
                out.write(result.model_dump_json() + "\n")
                records += sum(
                    len(r)
                    for r in (result.claims, result.figures, result.positions, result.rejected)
                )
        started = time.perf_counter()
        html = render_files([results])
        rendered = time.perf_counter() - started
        page_file = directory / "report.html"
        page_file.write_text(html, encoding="utf-8")
        print(
            f"{size} articles, {records:,} records: page {len(html.encode()) / 1e6:.1f} MB, "
            f"rendered in {rendered:.2f} s (Python)"
        )
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=list(HEADLESS_CHROMIUM))
            for attempt in range(3):  # the first open also warms the browser's caches
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                cdp = page.context.new_cdp_session(page)
                cdp.send("Performance.enable")
                page.goto(page_file.as_uri())
                page.wait_for_selector("body[data-ready]")
                ready = float(page.evaluate("Number(document.body.dataset.ready)")) / 1000
                opened = heap_mb(cdp)
                searched = page.evaluate("""() => {
                    const box = document.getElementById('q'), t0 = performance.now();
                    box.value = 'union';
                    box.dispatchEvent(new Event('input'));
                    return performance.now() - t0;
                }""")
                page.locator("#rows .row").first.click()
                page.wait_for_selector("#article .hl.focus, #article .card.focus")
                used = heap_mb(cdp)
                nodes = page.evaluate("document.getElementsByTagName('*').length")
                print(
                    f"open {attempt + 1}: ready {ready:.2f} s after navigation; JS heap "
                    f"{opened:.1f} MB when opened, {used:.1f} MB after a search "
                    f"({searched:.0f} ms) and opening an article ({nodes} DOM elements)"
                )
                page.close()
            browser.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
