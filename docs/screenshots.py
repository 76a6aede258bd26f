"""Make the review page's screenshots in docs/review.md: docs/report-index.png and
docs/report-article.png.

Run by hand: `.venv/bin/python docs/screenshots.py` (needs /usr/bin/chromium; offline: the
seed articles through the rules and, replayed from cassettes/, the LLM path, side by side).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from factx.batch import extract_paths
from factx.llm.config import LLMConfig
from factx.llm.extractor import LLMExtractor
from factx.report import HEADLESS_CHROMIUM, render
from factx.rules.extractor import RulesExtractor

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def main() -> None:
    from playwright.sync_api import sync_playwright

    seeds = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    llm = LLMExtractor(LLMConfig(cassette_mode="replay", cassettes=ROOT / "cassettes"))
    runs = {
        "rules": list(extract_paths(seeds, RulesExtractor())),
        "llm (replayed)": list(extract_paths(seeds, llm)),
    }
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        page_file = Path(tmp) / "report.html"
        page_file.write_text(render(runs, [ROOT / "seeds"], "factx review: seeds"), "utf-8")
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium", args=list(HEADLESS_CHROMIUM)
        )
        page = browser.new_page(viewport={"width": 1280, "height": 720})
        page.goto(page_file.as_uri())
        page.wait_for_selector("body[data-ready]")
        for key in ("1", "j", "1", "j", "2", "n"):  # a review under way
            page.keyboard.press(key)
        page.keyboard.type("the quote runs on; speaker is right")
        page.keyboard.press("Enter")
        page.keyboard.press("j")
        page.screenshot(path=str(DOCS / "report-index.png"))
        page.locator('fieldset[data-name="record"] label', has_text="position").click()
        page.locator("#rows .row").first.click()  # a position at the top of its article
        page.wait_for_selector("#article .hl.focus")
        page.evaluate("document.getElementById('article').scrollTop = 0")
        page.screenshot(path=str(DOCS / "report-article.png"))
        browser.close()
    for name in ("report-index.png", "report-article.png"):
        print(f"{DOCS / name}: {(DOCS / name).stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
