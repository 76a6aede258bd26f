"""The public API: what `import factx` offers, lazily, and that every name resolves."""

from __future__ import annotations

import subprocess
import sys

import pytest

import factx
from tests.helpers import ROOT

EXPORTED = {
    "__version__",
    "Article",
    "ArticleResult",
    "Claim",
    "Drafted",
    "Extractor",
    "FactxError",
    "Figure",
    "LLMConfig",
    "LLMExtractor",
    "Position",
    "RulesExtractor",
    "Summary",
    "extract_article",
    "extract_paths",
    "extract_text",
    "extract_to_file",
    "read_article",
}


def test_exported_names() -> None:
    assert set(factx.__all__) == EXPORTED
    assert set(dir(factx)) == EXPORTED


@pytest.mark.parametrize("name", sorted(EXPORTED))
def test_every_exported_name_resolves(name: str) -> None:
    assert getattr(factx, name) is not None


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        factx.nope  # noqa: B018


def test_import_factx_loads_nothing_heavy() -> None:
    code = (
        "import sys, factx\n"
        "heavy = ('openai', 'instructor', 'httpx', 'pydantic', 'typer', 'rich')\n"
        "print(','.join(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == ""
