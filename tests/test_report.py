"""The review page: its data (texts found, runs merged, filters, rejected items) and, in a real
headless Chromium, search, filters, keyboard review, marks that survive a reload and the export."""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factx.articles import Corpus
from factx.batch import extract_paths
from factx.llm.config import LLMConfig
from factx.llm.extractor import LLMExtractor
from factx.pipeline import extract_text
from factx.report import HEADLESS_CHROMIUM, facet_fields, load_runs, render, render_files, show
from factx.rules.extractor import RulesExtractor
from factx.schemas import ArticleResult
from tests.helpers import ARTICLE, SEED_ARTICLES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def page_data(page: str) -> dict[str, Any]:
    found = re.search(r'<script type="application/json" id="factx-data">(.*?)</script>', page)
    assert found is not None
    data: dict[str, Any] = json.loads(found.group(1))
    return data


def facet(data: dict[str, Any], name: str) -> tuple[int, list[str]]:
    """(index, values) of a filter on the page."""
    for index, item in enumerate(data["facets"]):
        if item["name"] == name:
            return index, item["values"]
    raise AssertionError(f"no {name} filter")


def rules_results(paths: list[Path]) -> list[ArticleResult]:
    return list(extract_paths([str(p) for p in paths], RulesExtractor()))


def llm_results() -> list[ArticleResult]:
    return list(extract_paths([str(p) for p in SEED_ARTICLES], LLMExtractor(LLMConfig.from_env())))


def test_page_is_self_contained_and_article_text_cannot_break_out(tmp_path: Path) -> None:
    text = '<script>alert(1)</script> <!-- Staff said "we reject the 5% offer </b>now".\n'
    article = tmp_path / "a.txt"
    article.write_text(text)
    page = render(rules_results([article]))
    assert page.count("</script>") == 2  # the data's and the page script's own
    assert "<script>alert" not in page and "<!-- Staff" not in page
    assert not re.search(r'(?:src|href)="(?:https?:)?//', page) and "<link" not in page
    assert page_data(page)["articles"][0]["text"] == text


def test_missing_or_changed_article_is_said_on_the_page_and_to_stderr(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Nurses rejected the 3% offer.\n")
    results = rules_results([article])
    article.write_text("Nurses accepted the 4% offer.\n")
    said: list[str] = []
    data = page_data(render(results, notify=said.append))
    assert "has changed since extraction" in data["articles"][0]["missing"]
    assert data["articles"][0]["text"] is None and len(said) == 1 and "changed" in said[0]
    article.unlink()
    said.clear()
    data = page_data(render(results, notify=said.append))
    assert "article text not found" in data["articles"][0]["missing"] and "not found" in said[0]
    # without the article, the page still carries each record's evidence to show
    figure = next(r for r in data["records"] if r["t"] == "figure")
    assert figure["d"][0]["evidence"]["text"] == "3% offer" and "s" not in figure


def test_text_is_found_next_to_the_results_or_under_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "run")
    results = tmp_path / "run" / "results.jsonl"
    results.write_text("".join(r.model_dump_json() + "\n" for r in rules_results([Path("a.txt")])))
    monkeypatch.chdir(tmp_path)  # a.txt is no longer where the results say
    assert page_data(render_files([results]))["articles"][0]["text"] == ARTICLE
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    (tmp_path / "run" / "a.txt").rename(moved / "a.txt")
    assert page_data(render_files([results]))["articles"][0]["missing"]
    assert page_data(render_files([results], [moved]))["articles"][0]["text"] == ARTICLE


def test_corpus_records_are_read_again_from_their_corpus_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "news.jsonl"
    rows = [
        {"id": "n1", "title": "Dock strike", "url": "https://example.org/1", "text": ARTICLE},
        {"id": "n2", "title": "Budget", "text": "The council said the 2% rise was fair."},
    ]
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    results = rules_results([Path("news.jsonl")])
    assert [r.article.path for r in results] == ["news.jsonl#1", "news.jsonl#2"]
    monkeypatch.chdir(tmp_path.parent)  # found again under --articles (or next to the results)
    data = page_data(render(results, [tmp_path]))
    assert [a["text"] for a in data["articles"]] == [ARTICLE, rows[1]["text"]]
    assert data["articles"][0]["meta"] == {"title": "Dock strike", "url": "https://example.org/1"}
    said: list[str] = []
    data = page_data(
        render(results, [tmp_path], corpus=Corpus(text_field="body"), notify=said.append)
    )
    assert "no 'body' field" in data["articles"][0]["missing"] and len(said) == 2


def test_filters_are_the_records_enumerated_fields_with_counts_per_value() -> None:
    assert {"kind", "stance", "unit", "match", "confidence", "qualifier"} <= set(facet_fields())
    data = page_data(render(rules_results(SEED_ARTICLES[:1])))
    names = [f["name"] for f in data["facets"]]
    assert names[:2] == ["record", "run"] and "presence" not in names  # one run
    stance, stances = facet(data, "stance")
    record, types_ = facet(data, "record")
    for rec in data["records"]:
        assert [types_[v] for v in rec["f"][record]] == [rec["t"]]
        if rec["t"] == "position":
            assert [stances[v] for v in rec["f"][stance]] == [rec["d"][0]["stance"]]
        else:
            assert rec["f"][stance] == []


@pytest.mark.replay
def test_two_runs_side_by_side_tell_records_present_in_one_only() -> None:
    rules, llm = rules_results(SEED_ARTICLES), llm_results()
    data = page_data(render({"rules": rules, "llm": llm}))
    assert data["runs"] == ["rules", "llm"]
    presence, values = facet(data, "presence")
    ids = {
        run: {r.id for result in results for r in [*result.claims, *result.figures]}
        for run, results in (("rules", rules), ("llm", llm))
    }
    seen = set()
    for rec in data["records"]:
        runs = [data["runs"][r] for r in rec["r"]]
        expected = "in every run" if len(runs) == 2 else f"only in {runs[0]}"
        assert [values[v] for v in rec["f"][presence]] == [expected]
        if rec["t"] in ("claim", "figure"):
            assert {run for run in ids if rec["id"] in ids[run]} == set(runs)
            seen.add(expected)
    assert seen == {"in every run", "only in rules", "only in llm"}


@pytest.mark.replay
def test_rejected_items_show_the_proposal_the_reason_and_the_nearest_text() -> None:
    results = llm_results()
    data = page_data(render(results))
    rejected = [r for r in data["records"] if r["t"] == "rejected"]
    assert len(rejected) == sum(len(r.rejected) for r in results) > 0
    reason, reasons = facet(data, "reason")  # a filter: reasons are codes
    assert {reasons[v] for r in rejected for v in r["f"][reason]} == {
        item.reason for r in results for item in r.rejected
    }
    for rec in rejected:
        proposed = rec["d"][0]
        assert proposed["reason"] and proposed["item"]["evidence"]
        start, end = rec["s"][0]
        nearest = data["articles"][rec["a"]]["text"][start:end]
        words = set(re.findall(r"\w+", proposed["item"]["evidence"].lower()))
        assert words & set(re.findall(r"\w+", nearest.lower())), nearest
        assert rec["near"]["match"] in ("exact", "normalised", "fuzzy")


def test_offsets_on_the_page_count_as_the_browser_does() -> None:
    text = "🙂 Fans cheered. More than 1,200 workers are affected. 🎉 The 4% offer stands."
    data = page_data(render([extract_text(text, RulesExtractor())], texts={"<text>": text}))
    utf16 = text.encode("utf-16-le")
    figures = [r for r in data["records"] if r["t"] == "figure"]
    assert len(figures) == 2
    for rec in figures:
        start, end = rec["s"][0]
        shown = utf16[2 * start : 2 * end].decode("utf-16-le")
        ev = rec["d"][0]["evidence"]
        assert "text" not in ev and shown == text[ev["start"] : ev["end"]]


def test_runs_from_files_are_labelled_by_setup_and_by_file_when_alike(tmp_path: Path) -> None:
    lines = "".join(r.model_dump_json() + "\n" for r in rules_results(SEED_ARTICLES[:1]))
    (tmp_path / "a.jsonl").write_text(lines)
    (tmp_path / "b.jsonl").write_text(lines)
    runs = load_runs([tmp_path / "a.jsonl", tmp_path / "b.jsonl"])
    (first, second) = runs
    assert first.startswith("rules") and second == f"{first} (b.jsonl)"


def test_show_is_inline_html_in_a_notebook_and_the_page_elsewhere(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    results = [extract_text(ARTICLE, RulesExtractor())]
    monkeypatch.setitem(sys.modules, "IPython.display", None)  # not installed
    page = show(results)
    assert isinstance(page, str) and page.startswith("<!doctype html>")
    display = types.ModuleType("IPython.display")
    display.HTML = lambda html: ("displayed", html)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "IPython.display", display)
    shown, html = show(results)
    assert shown == "displayed" and html.startswith("<iframe srcdoc=")
    assert "&lt;!doctype html&gt;" in html and "<script" not in html


# --------------------------------------------------------------------------- in Chromium

needs_browser = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("FACTX_REQUIRE_BROWSER"),
    reason="no chromium here (.ci/run installs it)",
)


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=list(HEADLESS_CHROMIUM))
        yield browser
        browser.close()


@pytest.fixture
def open_page(chromium: Any, tmp_path: Path) -> Iterator[Any]:
    """Opens a rendered page in a fresh browser context; fails on any script error or any
    request that is not the file itself."""
    problems: list[str] = []
    context = chromium.new_context(accept_downloads=True, viewport={"width": 1400, "height": 900})

    def opener(html: str) -> Any:
        file = tmp_path / "report.html"
        file.write_text(html, encoding="utf-8")
        page = context.new_page()
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.on("dialog", lambda dialog: problems.append(f"dialog: {dialog.message}"))
        page.on(
            "request",
            lambda r: None if r.url.startswith(("file:", "blob:")) else problems.append(r.url),
        )
        page.goto(file.as_uri())
        page.wait_for_selector("body[data-ready]")
        return page

    yield opener
    context.close()
    assert problems == []


@pytest.mark.browser
@pytest.mark.replay
@needs_browser
def test_highlights_are_each_records_evidence_in_its_article(open_page: Any) -> None:
    from playwright.sync_api import expect

    results = rules_results(SEED_ARTICLES) + llm_results()
    page = open_page(render(results))
    expected: dict[str, tuple[str, int]] = {}
    for result in results:
        for record in [*result.claims, *result.figures, *result.positions]:
            expected[record.id] = (record.evidence.text, record.evidence.start)
    rejected = {item.id for result in results for item in result.rejected}
    shown: dict[str, dict[str, Any]] = {}
    for path in sorted({r.article.path for r in results}):
        page.locator(".row", has_text=path).first.click()
        shown.update(
            page.evaluate("""() => {
            const out = {};
            for (const el of document.querySelectorAll('#article .hl[data-ids]')) {
                for (const id of el.dataset.ids.split(' ')) {
                    out[id] = out[id] || {text: '', start: Number(el.dataset.start)};
                    out[id].text += el.textContent;
                }
            }
            return out;
        }""")
        )
    assert {k: (v["text"], v["start"]) for k, v in shown.items() if k not in rejected} == expected
    assert rejected and rejected <= shown.keys()  # their nearest text is there to focus
    target = next(iter(expected))
    page.locator(f'.row[data-id="{target}"]').click()
    focused = page.locator("#article .hl.focus").first
    assert target in (focused.get_attribute("data-ids") or "").split()
    expect(focused).to_be_in_viewport()


@pytest.mark.browser
@needs_browser
def test_search_filters_keys_marks_and_export(open_page: Any, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    results = rules_results(SEED_ARTICLES)
    total = sum(len(r.claims) + len(r.figures) + len(r.positions) for r in results)
    page = open_page(render(results))
    rows = page.locator("#rows .row")
    expect(page.locator("#count")).to_have_text(f"{total} of {total} records")

    page.fill("#q", "serwotka")  # search narrows the list
    expect(page.locator("#count")).not_to_have_text(f"{total} of {total} records")
    for text in rows.all_inner_texts():
        assert "serwotka" in text.lower()
    page.fill("#q", "")
    expect(rows).to_have_count(total)

    claims = sum(len(r.claims) for r in results)
    page.locator('fieldset[data-name="record"] label', has_text="figure").click()
    expect(rows).to_have_count(sum(len(r.figures) for r in results))  # a filter hides records
    expect(page.locator("#rows .row.claim")).to_have_count(0)
    claim_count = page.locator('fieldset[data-name="record"] label', has_text="claim")
    expect(claim_count.locator(".c")).to_have_text(str(claims))  # counts for the other choices
    page.locator('fieldset[data-name="record"] label', has_text="figure").click()
    expect(rows).to_have_count(total)

    rows.first.click()
    selected = page.locator("#rows .row.sel")
    first = selected.get_attribute("data-id")
    page.keyboard.press("j")  # j/k move
    expect(selected).not_to_have_attribute("data-id", first or "")
    second = selected.get_attribute("data-id")
    page.keyboard.press("k")
    expect(selected).to_have_attribute("data-id", first or "")
    page.keyboard.press("j")
    page.keyboard.press("Enter")  # opens it highlighted in its article
    expect(page.locator(f'#article .card.focus[data-id="{second}"]')).to_have_count(1)

    page.keyboard.press("2")  # wrong
    page.keyboard.press("n")
    page.keyboard.type("speaker is someone else")
    page.keyboard.press("Enter")
    marked = page.locator(f'#rows .row[data-id="{second}"]')
    expect(marked).to_have_attribute("data-verdict", "wrong")
    page.reload()
    page.wait_for_selector("body[data-ready]")
    expect(marked).to_have_attribute("data-verdict", "wrong")  # the mark survives a reload
    expect(page.locator("#count")).to_have_text(f"{total} of {total} records")
    page.locator('fieldset[data-name="your mark"] label', has_text="wrong").click()
    expect(rows).to_have_count(1)

    with page.expect_download() as download:
        page.click("#export")
    exported = Path(download.value.path()).read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in exported] == [
        {"record_id": second, "verdict": "wrong", "note": "speaker is someone else"}
    ]


@pytest.mark.browser
@pytest.mark.replay
@needs_browser
def test_side_by_side_lists_a_record_present_in_one_run_only(open_page: Any) -> None:
    from playwright.sync_api import expect

    rules, llm = rules_results(SEED_ARTICLES), llm_results()
    page = open_page(render({"rules": rules, "llm": llm}))
    page.locator('fieldset[data-name="presence"] label', has_text="only in llm").click()
    row = page.locator("#rows .row").first
    expect(row.locator(".tag.only")).to_have_text("only in llm")
    record_id = row.get_attribute("data-id")
    assert record_id not in {r.id for result in rules for r in [*result.claims, *result.figures]}
    row.click()
    llm_column = page.locator('#article .run[data-run="1"]')
    expect(llm_column.locator(f'.card.only[data-id="{record_id}"]')).to_have_count(1)
    expect(page.locator(f'#article .run[data-run="0"] .card[data-id="{record_id}"]')).to_have_count(
        0
    )


@pytest.mark.browser
@needs_browser
def test_hostile_text_and_corpus_fields_stay_text_in_the_browser(
    open_page: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from playwright.sync_api import expect

    text = '<img src=x onerror=alert(1)> Staff said "we reject the 5% offer </script>".'
    row = {"id": "h1", "title": "<b onmouseover=alert(2)>T</b>", "url": "javascript:alert(3)"}
    (tmp_path / "c.jsonl").write_text(json.dumps({**row, "text": text}) + "\n")
    monkeypatch.chdir(tmp_path)
    page = open_page(render(rules_results([Path("c.jsonl")])))
    page.locator("#rows .row").first.click()
    expect(page.locator("#article .text")).to_have_text(text)
    expect(page.locator("#article h2")).to_have_text(row["title"])
    expect(page.locator("#article a")).to_have_count(0)  # only http(s) urls become links
    expect(page.locator("#article .meta").last).to_contain_text("url: javascript:alert(3)")
