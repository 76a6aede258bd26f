"""The data contracts: light import, drafts vs records, exported JSON Schema in sync."""

from __future__ import annotations

import json
import sys

import pytest
from pydantic import ValidationError

from factx.schemas import SCHEMA_VERSION, ArticleResult, ExtractionDraft, json_schemas
from tests.helpers import ROOT, modules_loaded_by


def test_import_loads_pydantic_and_the_standard_library_only() -> None:
    loaded = modules_loaded_by("import factx.schemas") - set(sys.stdlib_module_names)
    pydantic = {"pydantic", "pydantic_core", "typing_extensions", "annotated_types"}
    assert loaded - {"typing_inspection"} == {"factx", *pydantic}


def test_committed_schemas_match_the_models() -> None:
    exported = json_schemas()
    on_disk = {
        p.name.removesuffix(".schema.json"): json.loads(p.read_text())
        for p in (ROOT / "schemas").glob("*.schema.json")
    }
    assert on_disk == exported, "schemas/ is stale: run `factx schema --out schemas`"


def test_schemas_carry_their_version() -> None:
    for body in json_schemas().values():
        assert body["x-schema-version"] == SCHEMA_VERSION
        assert body["$schema"].startswith("https://json-schema.org/")


def test_drafts_have_no_offsets_records_do() -> None:
    draft_fields = json.dumps(ExtractionDraft.model_json_schema())
    assert '"start"' not in draft_fields and '"end"' not in draft_fields
    record = json_schemas()["article_result"]
    assert "start" in json.dumps(record)


def test_draft_fields_are_described_for_the_model() -> None:
    schema = ExtractionDraft.model_json_schema()
    for model in schema["$defs"].values():
        for name, prop in model["properties"].items():
            assert prop.get("description"), f"{model['title']}.{name} has no description"


def test_unknown_stance_is_refused() -> None:
    with pytest.raises(ValidationError):
        ExtractionDraft.model_validate(
            {"positions": [{"actor": "A", "stance": "angry", "target": "B", "evidence": "x"}]}
        )


def test_verify_context_turns_problems_into_a_validation_error() -> None:
    payload = {
        "figures": [{"evidence": "3%", "raw": "3%", "value": 3, "unit": "percent", "measures": "m"}]
    }
    with pytest.raises(ValidationError, match="figure wrong"):
        ExtractionDraft.model_validate(payload, context={"verify": lambda d: ["figure wrong"]})
    assert (
        ExtractionDraft.model_validate(payload, context={"verify": lambda d: []}).figures[0].value
        == 3
    )


def test_result_round_trips_through_json() -> None:
    line = {
        "article": {"path": "a.txt", "sha256": "0" * 64, "chars": 10},
        "status": "ok",
        "claims": [
            {
                "kind": "direct",
                "speaker": "A",
                "evidence": {"text": "x", "start": 0, "end": 1, "match": "exact"},
            }
        ],
        "figures": [],
        "positions": [],
        "provenance": {"extractor": "llm", "schema_version": SCHEMA_VERSION, "factx_version": "0"},
        "error": None,
    }
    result = ArticleResult.model_validate(line)
    assert ArticleResult.model_validate_json(result.model_dump_json()) == result
