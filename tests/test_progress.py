"""Progress: quiet lines when stderr is not a terminal, a rich bar when it is."""

from __future__ import annotations

import io

import pytest

from factx import progress
from factx.pipeline import extract_text
from factx.progress import Progress
from factx.rules.extractor import RulesExtractor


def test_quiet_lines_without_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "QUIET_EVERY", 0.0)
    said: list[str] = []
    bar = Progress(3, said.append, terminal=False)
    result = extract_text("Nurses rejected the 3% offer.", RulesExtractor())
    for _ in range(3):
        bar.advance(result)
    bar.note("error: x.txt: broken")
    bar.close()
    assert said[0].startswith("1/3 articles, 0 failed") and said[-1] == "error: x.txt: broken"
    assert not any(line.startswith("3/3") for line in said), "the summary line says the end"


def test_bar_on_a_terminal_keeps_notes_visible(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.StringIO()
    monkeypatch.setattr("sys.stderr", stream)
    bar = Progress(2, lambda line: None, terminal=True)
    bar.note("warning: y.txt: decoded as cp1252")
    bar.advance(extract_text("Nurses rejected the 3% offer.", RulesExtractor()))
    bar.close()
    assert "warning: y.txt: decoded as cp1252" in stream.getvalue()
