"""Scoring against gold: perfect on the gold itself, zero recall on nothing, one-to-one pairing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from factx.align import locate
from factx.errors import FactxError
from factx.evaluate import evaluate, load_gold, load_predictions, table, token_f1
from factx.names import name_matches
from factx.schemas import ArticleRef, ArticleResult, Provenance
from tests.helpers import GOLD, SEEDS
from tests.helpers import run_factx as factx


def evidence(text: str, article: str) -> dict[str, Any]:
    span = locate(text, article)
    assert span is not None
    return {
        "text": article[span.start : span.end],
        "start": span.start,
        "end": span.end,
        "match": span.match,
    }


def from_gold(name: str, gold: dict[str, Any], keep: bool = True) -> ArticleResult:
    """A prediction line made from the gold itself (or with no records)."""
    path = SEEDS / name
    text = path.read_text(encoding="utf-8")
    claims = [
        {
            "kind": c["kind"],
            "speaker": c["speaker"],
            "speaker_org": c.get("speaker_org"),
            "evidence": evidence(c["evidence"], text),
        }
        for c in gold["claims"]
    ]
    figures = [
        {
            "raw": f["evidence"],
            "value": f["value"],
            "unit": f["unit"],
            "qualifier": f.get("qualifier"),
            "measures": f["measures"],
            "evidence": evidence(f["evidence"], text),
        }
        for f in gold["figures"]
    ]
    positions = [
        {
            "actor": p["actor"],
            "stance": p["stance"],
            "target": p["target"],
            "evidence": evidence(p["evidence"], text),
        }
        for p in gold["positions"]
    ]
    return ArticleResult.model_validate(
        {
            "article": ArticleRef(path=str(path), sha256=None, chars=len(text)).model_dump(),
            "status": "ok",
            "claims": claims if keep else [],
            "figures": figures if keep else [],
            "positions": positions if keep else [],
            "provenance": Provenance(extractor="rules", factx_version="test").model_dump(),
        }
    )


@pytest.fixture
def gold() -> dict[str, dict[str, Any]]:
    return load_gold(GOLD)


def test_gold_scored_against_itself_is_perfect(gold: dict[str, dict[str, Any]]) -> None:
    scores = evaluate([from_gold(n, g) for n, g in gold.items()], gold).as_dict()
    for kind in ("claims", "figures", "positions"):
        assert (scores[kind]["precision"], scores[kind]["recall"], scores[kind]["f1"]) == (
            1.0,
            1.0,
            1.0,
        )
    assert (
        scores["claims"]["speaker_org_accuracy"] == 1.0
        and scores["figures"]["unit_accuracy"] == 1.0
    )
    assert scores["fabricated_evidence_rate"] == 0.0
    assert all(
        v == 0
        for k, v in scores["positions"]["stance_confusion"].items()
        if k.split("->")[0] != k.split("->")[1]
    )


def test_empty_predictions_have_zero_recall(gold: dict[str, dict[str, Any]]) -> None:
    scores = evaluate([from_gold(n, g, keep=False) for n, g in gold.items()], gold).as_dict()
    for kind in ("claims", "figures", "positions"):
        assert scores[kind]["recall"] == 0.0 and scores[kind]["gold"] > 0


def test_missing_article_counts_as_missed(gold: dict[str, dict[str, Any]]) -> None:
    name, first = next(iter(gold.items()))
    result = evaluate([from_gold(name, first)], gold)
    assert result.as_dict()["claims"]["recall"] < 1.0
    assert any("no prediction for" in w for w in result.warnings)


def test_pairing_is_one_to_one(gold: dict[str, dict[str, Any]]) -> None:
    name, first = next(iter(gold.items()))
    doubled = from_gold(name, first)
    doubled.figures = doubled.figures + doubled.figures
    scores = evaluate([doubled], {name: first}).as_dict()["figures"]
    assert scores["tp"] == len(first["figures"]) and scores["precision"] == 0.5


def test_wrong_values_and_stances_do_not_match(gold: dict[str, dict[str, Any]]) -> None:
    name, first = next(iter(gold.items()))
    wrong = from_gold(name, first)
    for figure in wrong.figures:
        figure.value *= 1.05
    assert all(p["stance"] != "neutral" for p in first["positions"])
    for position in wrong.positions:
        position.stance = "neutral"
    scores = evaluate([wrong], {name: first}).as_dict()
    assert scores["figures"]["tp"] == 0 and scores["positions"]["tp"] == 0
    assert any(
        k.split("->")[0] != k.split("->")[1] for k in scores["positions"]["stance_confusion"]
    )


def test_fabricated_evidence_is_counted(gold: dict[str, dict[str, Any]]) -> None:
    name, first = next(iter(gold.items()))
    forged = from_gold(name, first)
    forged.claims[0].evidence.text = "words the article never had"
    scores = evaluate([forged], {name: first}).as_dict()
    assert 0 < scores["fabricated_evidence_rate"] < 1


def test_token_f1() -> None:
    assert token_f1("the offer was rejected", "The offer was rejected.") == 1.0
    assert token_f1("abc", "xyz") == 0.0


def test_bad_prediction_line_names_file_and_line(tmp_path: Path) -> None:
    file = tmp_path / "p.jsonl"
    file.write_text('{"article": {}}\n')
    with pytest.raises(FactxError, match=r"p.jsonl:1: not a factx result line"):
        load_predictions(file)


def test_eval_command_on_the_replayed_seeds(tmp_path: Path) -> None:
    out = tmp_path / "seeds.jsonl"
    assert factx("extract", "seeds/", "--cassette-mode", "replay", "-o", str(out)).returncode == 0
    run = factx("eval", str(out), "--gold", "seeds/gold")
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[0].split() == ["precision", "recall", "f1", "tp", "pred", "gold"]
    assert (
        "000_c77f903431b060af.txt" in run.stdout and "fabricated evidence rate 0.000" in run.stdout
    )
    as_json = json.loads(factx("eval", str(out), "--gold", "seeds/gold", "--json").stdout)
    assert set(as_json["claims"]) >= {"precision", "recall", "f1"}


def test_table_has_a_row_per_article(gold: dict[str, dict[str, Any]]) -> None:
    text = table(evaluate([from_gold(n, g) for n, g in gold.items()], gold))
    assert all(name in text for name in gold) and "stance confusion" in text


def test_the_scorer_never_loads_the_rules_word_lists() -> None:
    run = subprocess.run(
        [sys.executable, "-c", "import sys, factx.evaluate; print(sorted(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "factx.evaluate" in run.stdout and "factx.rules" not in run.stdout


@pytest.mark.parametrize(
    ("predicted", "gold_name", "expected"),
    [
        ("Dr Jane Roberts", "Jane Roberts", True),
        ("Mx Sam Lee", "Sam Lee", True),
        ("Professor Roberts", "Jane Roberts", True),
        ("Dr Jane Roberts", "Jane Smith", False),
    ],
)
def test_honorifics_are_ignored(predicted: str, gold_name: str, expected: bool) -> None:
    assert name_matches(predicted, gold_name) is expected
