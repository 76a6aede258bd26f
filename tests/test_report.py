"""The HTML review page: self-contained, escaped, and highlights where the offsets say."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from factx.batch import extract_paths
from factx.llm.config import LLMConfig
from factx.llm.extractor import LLMExtractor
from factx.pipeline import extract_text
from factx.report import highlighted, render
from factx.rules.extractor import RulesExtractor
from factx.schemas import ArticleResult
from tests.helpers import SEED_ARTICLES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def seed_results() -> list[ArticleResult]:
    return list(extract_paths([str(p) for p in SEED_ARTICLES], RulesExtractor()))


def test_overlapping_evidence_is_cut_into_segments() -> None:
    text = "Unions rejected the 3% offer today."
    result = extract_text(text, RulesExtractor())
    from factx.report import _records

    html = highlighted(text, _records(result, 0))
    segments = re.findall(
        r'<span class="hl ([a-z ]+)" data-ids="([^"]+)" data-start="(\d+)">([^<]*)</span>', html
    )
    assert any("figure" in kinds and "position" in kinds for kinds, _, _, _ in segments)
    assert re.sub(r"<[^>]+>", "", html) == text


def test_article_text_is_escaped_and_page_is_self_contained(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        '<script>alert(1)</script> Staff said "we reject the 5% offer <b>now</b>".\n'
    )
    page = render(extract_paths([str(article)], RulesExtractor()))
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    assert not re.search(r'(?:src|href)="(?:https?:)?//', page) and "<link" not in page


def test_missing_or_changed_article_is_said_not_mis_highlighted(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Nurses rejected the 3% offer.\n")
    (result,) = extract_paths([str(article)], RulesExtractor())
    article.write_text("Nurses accepted the 4% offer.\n")
    assert "has changed since extraction" in render([result])
    article.unlink()
    assert "article text not found" in render([result])


@pytest.mark.browser
@pytest.mark.replay
@pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("FACTX_REQUIRE_BROWSER"),
    reason="no chromium here (.ci/run installs it)",
)
def test_page_in_a_real_browser(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    results = seed_results() + list(
        extract_paths([str(p) for p in SEED_ARTICLES], LLMExtractor(LLMConfig.from_env()))
    )
    page_file = tmp_path / "report.html"
    page_file.write_text(render(results), encoding="utf-8")
    expected = {}
    for index, result in enumerate(results):
        for kind, records in (("c", result.claims), ("f", result.figures), ("p", result.positions)):
            for n, record in enumerate(records):
                expected[f"a{index}-{kind}{n}"] = (record.evidence.text, record.evidence.start)
    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        page = browser.new_page()
        page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.on(
            "request",
            lambda request: (
                None if request.url.startswith("file:") else problems.append(request.url)
            ),
        )
        page.goto(page_file.as_uri())
        shown = page.evaluate("""() => {
            const out = {};
            for (const el of document.querySelectorAll('.hl[data-ids]')) {
                for (const id of el.dataset.ids.split(' ')) {
                    out[id] = out[id] || {text: '', start: Number(el.dataset.start)};
                    out[id].text += el.textContent;
                }
            }
            return out;
        }""")
        target = next(iter(expected))
        page.click(f'li[data-record="{target}"]')
        focused = page.evaluate("""() => {
            const el = document.querySelector('.hl.focus');
            if (!el) return null;
            const box = el.getBoundingClientRect();
            return {ids: el.dataset.ids, visible: box.top >= 0 && box.bottom <= window.innerHeight};
        }""")
        browser.close()
    assert problems == []
    assert {k: (v["text"], v["start"]) for k, v in shown.items()} == expected
    assert focused and target in focused["ids"].split() and focused["visible"]
