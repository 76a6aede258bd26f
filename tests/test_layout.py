"""The design, checked: data flows one way, and each family stays in its room."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.helpers import ROOT

PACKAGE = ROOT / "factx"
#: Modules that choose between the families or show them to users, and so may name them.
CHOOSERS = {"cli", "extractor", "__init__"}


def module_imports(file: Path) -> set[str]:
    """The factx modules `file` imports when it is loaded (not inside functions, not for
    type checking only)."""
    found: set[str] = set()
    for node in ast.parse(file.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        for inner in ast.walk(node) if not isinstance(node, ast.FunctionDef) else ():
            if isinstance(inner, ast.ImportFrom) and inner.module:
                found.add(inner.module)
            elif isinstance(inner, ast.Import):
                found.update(alias.name for alias in inner.names)
    return {name for name in found if name.startswith("factx")}


CORE = sorted(p for p in PACKAGE.glob("*.py") if p.stem not in CHOOSERS)


@pytest.mark.parametrize("file", CORE, ids=lambda p: p.stem)
def test_the_core_imports_neither_family(file: Path) -> None:
    families = {m for m in module_imports(file) if m.startswith(("factx.llm", "factx.rules"))}
    assert not families, f"{file.name} imports {families}"


@pytest.mark.parametrize("file", sorted((PACKAGE / "rules").glob("*.py")), ids=lambda p: p.stem)
def test_the_rules_import_nothing_of_the_llm(file: Path) -> None:
    assert not {m for m in module_imports(file) if m.startswith("factx.llm")}


@pytest.mark.parametrize("file", sorted((PACKAGE / "llm").glob("*.py")), ids=lambda p: p.stem)
def test_the_llm_imports_nothing_of_the_rules(file: Path) -> None:
    assert not {m for m in module_imports(file) if m.startswith("factx.rules")}


@pytest.mark.parametrize(
    "step", ["articles", "chunking", "align", "grounding", "figures", "text", "names", "quotes"]
)
def test_pipeline_steps_import_no_tools(step: str) -> None:
    tools = {"factx.evaluate", "factx.report", "factx.cli", "factx.batch", "factx.pipeline"}
    assert not module_imports(PACKAGE / f"{step}.py") & tools
