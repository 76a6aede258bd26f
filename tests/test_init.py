"""The public API: what `import factx` offers, lazily, and that every name resolves."""

from __future__ import annotations

import pytest

import factx
from tests.helpers import modules_loaded_by

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
    heavy = {"openai", "instructor", "httpx", "pydantic", "typer", "rich"}
    assert not modules_loaded_by("import factx") & heavy
