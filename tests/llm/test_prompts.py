"""Prompt files: rendered static-first, versioned by content, example consistent with the rules."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from factx.errors import FactxError
from factx.grounding import ground, problems
from factx.llm.prompts import PROMPT_FILES, load_prompt
from factx.schemas import ExtractionDraft
from tests.helpers import ROOT, SEED_ARTICLES


def test_article_comes_last_and_static_part_is_identical() -> None:
    prompt = load_prompt(ROOT / "prompts")
    one, two = prompt.messages("Article one."), prompt.messages("Article two.")
    assert one[0] == two[0], "the system message must not depend on the article"
    assert one[-1]["role"] == "user" and "Article one." in one[-1]["content"]
    assert "{article}" not in one[-1]["content"]
    assert prompt.example_article.strip() in one[0]["content"]


def test_example_answer_validates_and_grounds_in_example_article() -> None:
    prompt = load_prompt(ROOT / "prompts")
    draft = ExtractionDraft.model_validate_json(prompt.example_answer)
    assert problems(draft, prompt.example_article) == []
    grounded = ground(draft, prompt.example_article)
    assert grounded.rejected == []
    assert grounded.claims and grounded.figures and grounded.positions


def test_example_is_not_taken_from_the_seeds() -> None:
    example = load_prompt(ROOT / "prompts").example_article
    for seed in SEED_ARTICLES:
        text = seed.read_text(encoding="utf-8")
        for sentence in example.split(". "):
            if len(sentence) > 30:
                assert sentence not in text


def test_version_changes_with_content(tmp_path: Path) -> None:
    for name in PROMPT_FILES:
        shutil.copy(ROOT / "prompts" / name, tmp_path / name)
    before = load_prompt(tmp_path).version
    assert before == load_prompt(ROOT / "prompts").version
    (tmp_path / "system.md").write_text("Different instructions.", encoding="utf-8")
    load_prompt.cache_clear()
    assert load_prompt(tmp_path).version != before


def test_broken_prompt_dir_names_the_file(tmp_path: Path) -> None:
    for name in PROMPT_FILES:
        shutil.copy(ROOT / "prompts" / name, tmp_path / name)
    (tmp_path / "article.md").write_text("no slot here", encoding="utf-8")
    load_prompt.cache_clear()
    with pytest.raises(FactxError, match="article.md: template has no"):
        load_prompt(tmp_path)
    (tmp_path / "system.md").unlink()
    load_prompt.cache_clear()
    with pytest.raises(FactxError, match="system.md: cannot read"):
        load_prompt(tmp_path)


def test_system_prompt_carries_the_annotation_conventions() -> None:
    system = load_prompt(ROOT / "prompts").system.lower()
    for rule in ("verbatim", "dates", "paragraph"):
        assert rule in system
    json.loads(load_prompt(ROOT / "prompts").example_answer)
