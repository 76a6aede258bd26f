"""A self-contained HTML review page: each article with every record's evidence highlighted.

One file, no network: inline CSS and a few lines of inline script (click a record to jump to
its evidence). Overlapping evidence is cut into segments at every record boundary; each
segment lists the records covering it in `data-ids`, so a reviewer (or a test) can check that
a record's highlighted text is exactly its evidence.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from html import escape
from pathlib import Path

from factx.articles import Article, find_article
from factx.schemas import ArticleResult, Claim, Figure, Position
from factx.text import shorten

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{padding:12px 24px;background:#263238;color:#fff}
header h1{font-size:18px;margin:0}
nav{padding:8px 24px;border-bottom:1px solid #ddd;background:#fff}
nav ol{margin:4px 0;padding-left:20px;columns:2}
article{margin:16px 24px;padding:16px;background:#fff;border:1px solid #ddd;border-radius:6px}
article h2{font-size:16px;margin:0 0 4px}
.meta{font-size:12px;color:#666;margin-bottom:8px}
.failed{color:#b71c1c}
.cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px}
.text{white-space:pre-wrap;font-family:Georgia,serif;line-height:1.7}
.hl{border-radius:2px}
.hl.claim{background:#fff59d}
.hl.figure{background:#b3e5fc;font-weight:600}
.hl.position{box-shadow:inset 0 -3px 0 #e57373}
.hl.claim.position{box-shadow:inset 0 -3px 0 #e57373}
.hl.focus{outline:2px solid #263238}
.records h3{font-size:13px;text-transform:uppercase;color:#555;margin:12px 0 4px}
.records ul{list-style:none;margin:0;padding:0}
.records li{padding:4px 6px;margin:2px 0;border-left:4px solid #ccc;cursor:pointer;font-size:13px}
.records li.claim{border-color:#fbc02d}.records li.figure{border-color:#0288d1}
.records li.position{border-color:#e57373}.records li.rejected{border-color:#9e9e9e;cursor:default}
.match{font-size:11px;color:#888}
.legend span{padding:0 6px;margin-right:6px}
"""

_SCRIPT = """
document.addEventListener('click', function (event) {
  var item = event.target.closest('li[data-record]');
  if (!item) return;
  var id = item.getAttribute('data-record');
  document.querySelectorAll('.hl.focus').forEach(function (el) { el.classList.remove('focus'); });
  var first = null;
  document.querySelectorAll('.hl[data-ids]').forEach(function (el) {
    if (el.getAttribute('data-ids').split(' ').indexOf(id) >= 0) {
      el.classList.add('focus');
      if (!first) first = el;
    }
  });
  if (first) first.scrollIntoView({block: 'center'});
});
"""

Record = Claim | Figure | Position


def _records(result: ArticleResult, index: int) -> list[tuple[str, str, Record]]:
    """(id, kind, record) for every record of an article; ids are unique on the page."""
    groups: tuple[tuple[str, list[Record]], ...] = (
        ("claim", list(result.claims)),
        ("figure", list(result.figures)),
        ("position", list(result.positions)),
    )
    return [
        (f"a{index}-{kind[0]}{n}", kind, record)
        for kind, records in groups
        for n, record in enumerate(records)
    ]


def highlighted(text: str, records: list[tuple[str, str, Record]]) -> str:
    """The article as HTML with each record's evidence span wrapped in highlight segments."""
    spans = [
        (r.evidence.start, r.evidence.end, rid, kind)
        for rid, kind, r in records
        if 0 <= r.evidence.start < r.evidence.end <= len(text)
    ]
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    parts = []
    for start, end in itertools.pairwise(cuts):
        covering = [(rid, kind) for s, e, rid, kind in spans if s <= start and end <= e]
        chunk = escape(text[start:end])
        if covering:
            kinds = " ".join(sorted({kind for _, kind in covering}))
            ids = " ".join(rid for rid, _ in covering)
            parts.append(
                f'<span class="hl {kinds}" data-ids="{ids}" data-start="{start}">{chunk}</span>'
            )
        else:
            parts.append(chunk)
    return "".join(parts)


def _describe(kind: str, record: Record) -> str:
    if isinstance(record, Claim):
        who = ", ".join(x for x in (record.speaker_role, record.speaker_org) if x)
        head = (
            f"<b>{escape(record.speaker)}</b>{f' ({escape(who)})' if who else ''} · {record.kind}"
        )
    elif isinstance(record, Figure):
        high = record.high
        value = _number(record.value) + (f"–{_number(high)}" if high is not None else "")
        qualifier = f"{record.qualifier} " if record.qualifier else ""
        head = (
            f"<b>{escape(record.raw)}</b> = {qualifier}{value} {escape(record.unit)}"
            f" · {escape(record.measures)}"
        )
        if record.applies_to:
            head += f" · {escape(record.applies_to)}"
    else:
        condition = f" if {escape(record.condition)}" if record.condition else ""
        head = f"<b>{escape(record.actor)}</b> {record.stance} {escape(record.target)}{condition}"
    evidence = record.evidence
    score = f" {evidence.score:g}" if evidence.score is not None else ""
    quoted = escape(shorten(evidence.text, 140))
    return f'{head}<br><span class="match">{evidence.match}{score}: “{quoted}”</span>'


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) and abs(value) < 1e15 else f"{value:,.6g}"


def _article(result: ArticleResult, index: int, article: Article | None) -> str:
    records = _records(result, index)
    p = result.provenance
    usage = p.usage
    meta = (
        f"{result.status} · extractor {escape(p.extractor)} · model {escape(p.model or '-')}"
        f" · prompt {escape(p.prompt_version or '-')} · schema {escape(p.schema_version)}"
        f" · {usage.requests} requests, {usage.total_tokens:,} tokens"
        + (f" · replayed from {escape(p.replayed_from)}" if p.replayed_from else "")
    )
    body = [
        f'<article id="article-{index}" data-path="{escape(result.article.path)}">',
        f"<h2>{escape(result.article.path)}</h2>",
        f'<div class="meta">{meta}</div>',
    ]
    if result.error:
        body.append(
            f'<p class="failed">{escape(result.error.type)}: {escape(result.error.message)}</p>'
        )
    for warning in result.warnings:
        body.append(f'<p class="meta">warning: {escape(warning)}</p>')
    if article is None:
        shown = '<p class="failed">article text not found; evidence cannot be shown in place</p>'
    elif result.article.sha256 and article.sha256 != result.article.sha256:
        shown = (
            '<p class="failed">the article file has changed since extraction; '
            "highlights would be wrong</p>"
        )
    else:
        shown = f'<div class="text">{highlighted(article.text, records)}</div>'
    items = []
    for kind, title in (("claim", "Claims"), ("figure", "Figures"), ("position", "Positions")):
        mine = [(rid, r) for rid, k, r in records if k == kind]
        items.append(f"<h3>{title} ({len(mine)})</h3><ul>")
        items += [
            f'<li class="{kind}" data-record="{rid}">{_describe(kind, r)}</li>' for rid, r in mine
        ]
        items.append("</ul>")
    if result.rejected:
        items.append(f"<h3>Rejected ({len(result.rejected)})</h3><ul>")
        items += [
            f'<li class="rejected">{escape(r.kind)}: {escape(r.reason)}'
            f"{escape(': ' + r.detail) if r.detail else ''}</li>"
            for r in result.rejected
        ]
        items.append("</ul>")
    body.append(
        f'<div class="cols">{shown}<div class="records">{"".join(items)}</div></div></article>'
    )
    return "\n".join(body)


def render(
    results: Iterable[ArticleResult], articles: Sequence[Path] = (), title: str = "factx review"
) -> str:
    """The whole review page for `results`; `articles` are extra places to find article texts."""
    results = list(results)
    index = "".join(
        f'<li><a href="#article-{i}">{escape(r.article.path)}</a> — {r.status}, '
        f"{len(r.claims)} claims, {len(r.figures)} figures, {len(r.positions)} positions"
        + (f", {len(r.rejected)} rejected" if r.rejected else "")
        + "</li>"
        for i, r in enumerate(results)
    )
    sections = "\n".join(
        _article(r, i, find_article(r.article.path, list(articles))) for i, r in enumerate(results)
    )
    legend = (
        '<span class="hl claim">claim</span><span class="hl figure">figure</span>'
        '<span class="hl position">position</span>'
    )
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{_STYLE}</style></head><body>"
        f'<header><h1>{escape(title)}</h1><div class="legend">{legend}</div></header>'
        f"<nav><b>{len(results)} articles</b><ol>{index}</ol></nav>{sections}"
        f"<script>{_SCRIPT}</script></body></html>\n"
    )
