"""The review page: one self-contained HTML file to search, filter, step through and mark
every record of a corpus against its article, for one run or several side by side.

The page embeds its data as JSON and builds an article's DOM only when it is opened
(`report_assets/page.js`), so 1,000 articles open quickly; it loads nothing from the network.
Article texts are re-read from where the results say they came from (a file, or record N of a
corpus file), next to the results file, or under `articles` directories; an article whose text
cannot be found, or has changed since extraction, is shown without it and said so. Filters are
built from the records' enumerated fields (Literal or bool in `factx.schemas`), so a field
added there becomes a filter without touching this module.
"""

from __future__ import annotations

import importlib
import json
import re
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from factx.align import Locator
from factx.articles import DEFAULT_CORPUS, STDIN, Article, ArticleError, Corpus, read_articles
from factx.evaluate import by_setup, latest, load_predictions
from factx.schemas import (
    ArticleRef,
    ArticleResult,
    Claim,
    Evidence,
    Figure,
    Position,
    Rejected,
)

Notify = Callable[[str], None]
Runs = Mapping[str, Iterable[ArticleResult]]

#: Record types on the page, in the order the filters list them.
TYPES = ("claim", "figure", "position", "rejected")
#: Free-text fields still worth filtering on: their vocabulary is small in practice.
EXTRA_FACETS = ("unit", "reason")
#: Filters in this order first; other enumerated fields follow in schema order.
FACET_ORDER = (
    "kind",
    "stance",
    "unit",
    "match",
    "value_check",
    "confidence",
    "qualifier",
    "reason",
)
#: A field with more distinct values than this is left to the search, not made a filter.
FACET_MAX_VALUES = 40
#: Articles without text named one by one on stderr; the rest are counted.
NAMED_MISSING = 5
#: Corpus fields longer than this are cut on the page (an `html` field must not bloat it).
META_CHARS = 300
_CORPUS_RECORD = re.compile(r"(?P<file>.+)#(?P<number>\d+)")
#: Flags for opening pages in a headless Chromium that reaches for no network (Playwright's
#: `launch(args=...)`; the tests, benchmarks/report.py and docs/screenshots.py use them).
HEADLESS_CHROMIUM = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


# --------------------------------------------------------------------------- article texts


@dataclass
class Texts:
    """Finds the text each result was extracted from: at its recorded path, relative to the
    results file's directory, or by name under `roots`; a corpus record (`FILE#N`) by reading
    its corpus file once with the same reader as extraction."""

    roots: Sequence[Path] = ()
    corpus: Corpus = DEFAULT_CORPUS
    given: Mapping[str, str] = field(default_factory=dict)  # texts by article id
    _corpora: dict[Path, dict[str, Article | ArticleError]] = field(default_factory=dict)

    def _candidates(self, path: str) -> Iterator[Path]:
        given = Path(path)
        yield given
        for root in self.roots:
            if not given.is_absolute():
                yield root / given
            yield root / given.name

    def _record(self, file: Path, number: str) -> Article | ArticleError:
        key = file.resolve()
        if key not in self._corpora:
            self._corpora[key] = {
                item.path.rpartition("#")[2]: item for item in read_articles(str(file), self.corpus)
            }
        return self._corpora[key].get(number) or ArticleError(
            f"{file}#{number}", "no such record in the corpus file"
        )

    def find(self, ref: ArticleRef) -> tuple[str | None, str | None]:
        """(text, None) when the article is found unchanged, else (None, why not)."""
        path = ref.path
        record = _CORPUS_RECORD.fullmatch(path)
        found: Article | ArticleError | None = None
        if ref.id in self.given:
            found = Article(path=path, text=self.given[ref.id])
        elif path == STDIN or (record and record["file"] == STDIN):
            return None, f"{path}: read from stdin, so its text cannot be read again"
        elif record and not Path(path).is_file():
            file = next((c for c in self._candidates(record["file"]) if c.is_file()), None)
            found = self._record(file, record["number"]) if file else None
        else:
            file = next((c for c in self._candidates(path) if c.is_file()), None)
            found = next(read_articles(str(file), self.corpus), None) if file else None
        if found is None:
            where = ", ".join(str(r) for r in self.roots)
            return None, f"{path}: article text not found" + (
                f" (looked there and under {where}; --articles DIR names another place)"
                if where
                else " (--articles DIR names where the articles are)"
            )
        if isinstance(found, ArticleError):
            return None, str(found)
        if ref.sha256 and found.sha256 != ref.sha256:
            return None, (
                f"{path}: the article has changed since extraction (its SHA-256 differs), "
                "so its highlights would be wrong"
            )
        return found.text, None


# --------------------------------------------------------------------------- runs


def load_runs(files: Sequence[Path]) -> dict[str, list[ArticleResult]]:
    """Every extractor setup in `files` as one run, labelled by its setup (extractor, model,
    prompt); the file name is added when two files hold the same setup."""
    runs: dict[str, list[ArticleResult]] = {}
    for file in files:
        for label, results in by_setup(load_predictions(file)).items():
            name = label or "results"
            if name in runs:
                name = f"{name} ({file.name})"
            runs[name] = results
    return runs


# --------------------------------------------------------------------------- facets


def _is_enumerated(annotation: Any) -> bool:
    """A Literal or bool annotation, optional or not."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        return len(options) == 1 and _is_enumerated(options[0])
    return annotation is bool or typing.get_origin(annotation) is typing.Literal


def facet_fields() -> list[str]:
    """The record fields the page filters on: every enumerated field of a record or its
    evidence (stance, kind, match, confidence, value_check ...) and `unit`."""
    names: list[str] = []
    for model in (Claim, Figure, Position, Evidence, Rejected):
        for name, info in model.model_fields.items():
            if name not in names and (name in EXTRA_FACETS or _is_enumerated(info.annotation)):
                names.append(name)
    ordered = [name for name in FACET_ORDER if name in names]
    return ordered + [name for name in names if name not in ordered]


def _value(value: Any) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    return str(value).lower() if isinstance(value, bool) else str(value)


# --------------------------------------------------------------------------- page data


class _Offsets:
    """Python (code point) offsets to the browser's (UTF-16) ones: they differ after any
    character outside the Basic Multilingual Plane (emoji, some CJK)."""

    def __init__(self, text: str) -> None:
        self.shift: list[int] | None = None
        if any(ord(ch) > 0xFFFF for ch in text):
            self.shift = [0]
            for ch in text:
                self.shift.append(self.shift[-1] + (ord(ch) > 0xFFFF))

    def __call__(self, offset: int) -> int:
        return offset if self.shift is None else offset + self.shift[offset]


@dataclass
class _Page:
    """The JSON the page script reads, built article by article."""

    runs: list[str]
    texts: Texts
    facets: list[str] = field(default_factory=facet_fields)
    articles: list[dict[str, Any]] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    values: dict[str, dict[str, None]] = field(default_factory=dict)  # ordered sets

    def add_article(self, by_run: list[ArticleResult | None]) -> None:
        ref = next(r for r in by_run if r is not None).article
        text, problem = self.texts.find(ref)
        if problem:
            self.missing.append(problem)
        index = len(self.articles)
        self.articles.append(
            {
                "id": ref.id,
                "path": ref.path,
                "meta": {k: _meta(v) for k, v in ref.meta.items()},
                "text": text,
                "missing": problem,
                "runs": [_run_summary(r) for r in by_run],
            }
        )
        offsets = _Offsets(text or "")
        locator = Locator(text) if text is not None else None
        merged: dict[str, dict[str, Any]] = {}
        for run, result in enumerate(by_run):
            for kind, record_id, dumped in _records(result) if result else ():
                entry = merged.setdefault(
                    record_id, {"id": record_id, "a": index, "t": kind, "r": [], "d": []}
                )
                entry["r"].append(run)
                entry["d"].append(dumped)
        for entry in merged.values():
            self.records.append(self._finish(entry, text, offsets, locator))

    def _finish(
        self, entry: dict[str, Any], text: str | None, to16: _Offsets, locator: Locator | None
    ) -> dict[str, Any]:
        """Spans to highlight, evidence the page cannot slice from the text, facet values."""
        spans: list[tuple[int, int]] = []
        if entry["t"] == "rejected":
            proposed = str(entry["d"][0]["item"].get("evidence") or "")
            near = locator.nearest(proposed) if locator else None
            if near is not None:
                spans.append((near.start, near.end))
                entry["near"] = {"match": near.match, "score": near.score}
            # its own reason, and the proposal's fields (its `kind` is the record type's)
            sources = [s for d in entry["d"] for s in ({"reason": d["reason"]}, d["item"])]
        else:
            spans = [(e["start"], e["end"]) for e in _evidences(entry["d"][0])]
            for evidence in (dumped["evidence"] for dumped in entry["d"]):
                if text is None:
                    break
                if text[evidence["start"] : evidence["end"]] == evidence["text"]:
                    del evidence["text"]  # the page slices it from the article
                else:
                    evidence["mismatch"] = True
            sources = [s for dumped in entry["d"] for s in (dumped, dumped["evidence"])]
        if text is not None:
            entry["s"] = [[to16(start), to16(end)] for start, end in spans if end <= len(text)]
        found: dict[str, list[str]] = {
            "record": [entry["t"]],
            "run": [self.runs[run] for run in entry["r"]],
            "presence": [self._presence(entry["r"])] if len(self.runs) > 1 else [],
        }
        for name in self.facets:
            found[name] = [v for source in sources if (v := _value(source.get(name))) is not None]
        entry["f"] = {name: values for name, values in found.items() if values}
        for name, values in entry["f"].items():
            self.values.setdefault(name, {}).update(dict.fromkeys(values))
        return entry

    def _presence(self, runs: list[int]) -> str:
        if len(runs) == len(self.runs):
            return "in every run"
        if len(runs) == 1:
            return f"only in {self.runs[runs[0]]}"
        return "in some runs"

    def data(self, title: str) -> dict[str, Any]:
        """Everything the page script reads; facet values are numbered, records refer to them."""
        first = {"record": list(TYPES), "run": self.runs}
        facets = [
            {"name": name, "values": _ordered(list(self.values[name]), first.get(name))}
            for name in ["record", "run", "presence", *self.facets]
            if 0 < len(self.values.get(name, ())) <= FACET_MAX_VALUES
        ]
        numbers = {f["name"]: {v: n for n, v in enumerate(f["values"])} for f in facets}
        for entry in self.records:
            values = entry["f"]
            entry["f"] = [
                sorted({numbers[f["name"]][v] for v in values.get(f["name"], ())}) for f in facets
            ]
        return {
            "title": title,
            "runs": self.runs,
            "facets": facets,
            "articles": self.articles,
            "records": self.records,
        }


def _ordered(values: list[str], preferred: list[str] | None) -> list[str]:
    first = [v for v in preferred or () if v in values]
    return first + sorted(v for v in values if v not in first)


def _meta(value: Any) -> Any:
    if isinstance(value, str) and len(value) > META_CHARS:
        return value[: META_CHARS - 1] + "…"
    return value if isinstance(value, str | int | float | bool) or value is None else str(value)


def _evidences(dumped: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """A record's evidence first, then any other evidence it carries (a claim's `quotes`)."""
    yield dumped["evidence"]
    for name, value in dumped.items():
        if name == "evidence":
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict) and {"text", "start", "end"} <= item.keys():
                yield item


def _records(result: ArticleResult) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(type, id, fields) for every record and rejection of a result; a record written before
    records had ids gets one that is unique on the page."""
    groups: list[tuple[str, Sequence[BaseModel]]] = [
        ("claim", result.claims),
        ("figure", result.figures),
        ("position", result.positions),
        ("rejected", result.rejected),
    ]
    for kind, records in groups:
        for n, record in enumerate(records):
            dumped = record.model_dump(mode="json", exclude_none=True)
            record_id = dumped.pop("id", "") or f"{result.article.id}:{kind}:{n}"
            yield kind, record_id, dumped


def _run_summary(result: ArticleResult | None) -> dict[str, Any] | None:
    if result is None:
        return None
    p = result.provenance
    about = [
        f"extractor {p.extractor}",
        f"model {p.model}" if p.model else "",
        f"prompt {p.prompt_version}" if p.prompt_version else "",
        f"{p.usage.requests} requests, {p.usage.total_tokens:,} tokens" if p.usage.requests else "",
        f"replayed from {p.replayed_from}" if p.replayed_from else "",
    ]
    return {
        "status": result.status,
        "about": " · ".join(a for a in about if a),
        "error": f"{result.error.type}: {result.error.message}" if result.error else None,
        "warnings": result.warnings,
    }


# --------------------------------------------------------------------------- the page


def _asset(name: str) -> str:
    return resources.files("factx").joinpath("report_assets", name).read_text(encoding="utf-8")


def _script_json(data: Any) -> str:
    """JSON safe inside a <script> element: no '<', so no '</script>' or '<!--' in it."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def render(
    results: Iterable[ArticleResult] | Runs,
    articles: Sequence[Path] = (),
    title: str = "factx review",
    corpus: Corpus = DEFAULT_CORPUS,
    notify: Notify | None = None,
    texts: Mapping[str, str] | None = None,
) -> str:
    """The review page. `results` is one file's results (each extractor setup in it is a run)
    or runs by label, shown side by side; `articles` are more places to find article texts,
    `texts` the texts themselves by article id (say, of `extract_text` results). Articles
    whose text cannot be found are said on the page and to `notify`."""
    runs = dict(results) if isinstance(results, Mapping) else by_setup(list(results))
    labels = [label or "results" for label in runs]
    chosen = [latest(r) for r in runs.values()]
    by_id: dict[str, list[ArticleResult | None]] = {}
    for run, results_of_run in enumerate(chosen):
        for result in results_of_run:
            by_id.setdefault(result.article.id, [None] * len(chosen))[run] = result
    page = _Page(labels, Texts(articles, corpus, texts or {}))
    for by_run in by_id.values():
        page.add_article(by_run)
    if notify:
        for problem in page.missing[:NAMED_MISSING]:
            notify(f"warning: {problem}")
        if len(page.missing) > NAMED_MISSING:
            notify(f"warning: {len(page.missing) - NAMED_MISSING} more articles without text")
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{_asset('page.css')}</style></head><body>"
        "<noscript>This review page needs JavaScript.</noscript>"
        f'<script type="application/json" id="factx-data">{_script_json(page.data(title))}</script>'
        f"<script>{_asset('page.js')}</script></body></html>\n"
    )


def render_files(
    files: Sequence[Path],
    articles: Sequence[Path] = (),
    corpus: Corpus = DEFAULT_CORPUS,
    notify: Notify | None = None,
) -> str:
    """The review page for result files: each setup in them is a run; article texts are also
    looked for next to the results files."""
    roots = [*articles, *dict.fromkeys(f.parent for f in files)]
    title = "factx review: " + ", ".join(f.name for f in files)
    return render(load_runs(files), roots, title, corpus, notify)


def show(
    results: Iterable[ArticleResult] | Runs,
    articles: Sequence[Path] = (),
    texts: Mapping[str, str] | None = None,
    height: int = 720,
) -> Any:
    """The review page inline in a notebook (IPython's HTML, in an iframe so its script and
    styles stay its own); without IPython, the page's HTML as a string. Arguments as `render`."""
    page = render(results, articles, texts=texts)
    try:
        display = importlib.import_module("IPython.display")
    except ImportError:
        return page
    frame = (
        f'<iframe srcdoc="{escape(page, quote=True)}" '
        f'style="width:100%;height:{height}px;border:1px solid #ddd"></iframe>'
    )
    return display.HTML(frame)
