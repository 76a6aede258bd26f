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
from factx.evaluate import (
    Mark,
    _figure_score,
    evaluate,
    load_gold,
    load_marks,
    load_predictions,
    review,
    review_table,
    table,
    token_f1,
)
from factx.names import name_matches
from factx.pipeline import extract_text
from factx.rules.extractor import RulesExtractor
from factx.schemas import ArticleRef, ArticleResult, Provenance
from tests.helpers import ARTICLE, GOLD, SEEDS
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


@pytest.mark.parametrize(
    ("written", "agrees"), [("up to", True), ("within", True), ("range", False)]
)
def test_the_gold_formats_own_qualifiers_are_the_schemas(
    gold: dict[str, dict[str, Any]], written: str, agrees: bool
) -> None:
    predictions = [from_gold(n, g) for n, g in gold.items()]
    for g in gold.values():  # the gold writes 'up to' where the schema says 'at most'
        for f in g["figures"]:
            f["qualifier"] = written if f.get("qualifier") == "at most" else f.get("qualifier")
    accuracy = evaluate(predictions, gold).as_dict()["figures"]["qualifier_accuracy"]
    assert (accuracy == 1.0) is agrees


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
    code = "import sys, factx.evaluate\nprint(','.join(m for m in sys.modules if 'rules' in m))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == ""


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


def test_precision_from_review_marks_counts_the_latest_result_of_each_article() -> None:
    result = extract_text(ARTICLE, RulesExtractor())
    claim, figure = result.claims[0].id, result.figures[0].id
    failed = result.model_copy(update={"status": "failed"})
    marks = {
        claim: Mark("correct"),
        figure: Mark("wrong", "not the right number"),
        "elsewhere": Mark("correct"),
    }
    scored = review([result, failed], marks)  # the failed retry is not counted twice
    data = scored.as_dict()
    assert data["claims"]["precision"] == 1.0 and data["claims"]["records"] == len(result.claims)
    assert data["figures"]["precision"] == 0.0 and data["figures"]["wrong"] == 1
    assert data["positions"]["precision"] is None and data["positions"]["marked"] == 0
    assert scored.matched == {claim, figure}
    assert review_table(scored).splitlines()[1].split()[:2] == ["claims", "1.000"]
    unsure = review([result], {claim: Mark("unsure"), figure: Mark(None, "look again")})
    assert unsure.as_dict()["claims"]["precision"] is None  # unsure is not a judgement


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"verdict": "correct"}', "no 'record_id'"),
        ('{"record_id": "a", "verdict": "maybe"}', "verdict must be one of"),
        ("not json", "Expecting value"),
        ("[1]", "list indices"),
    ],
)
def test_a_bad_marks_line_names_file_and_line(tmp_path: Path, line: str, problem: str) -> None:
    file = tmp_path / "marks.jsonl"
    file.write_text('{"record_id": "a", "verdict": "wrong", "note": "x"}\n\n' + line + "\n")
    with pytest.raises(FactxError, match=rf"marks.jsonl:3: not a review mark \({problem}"):
        load_marks(file)
    file.write_text('{"record_id": "a", "verdict": "wrong"}\n{"record_id": "a", "verdict": null}\n')
    assert load_marks(file)["a"].verdict is None  # the later line wins


@pytest.mark.parametrize(
    ("predicted", "gold_value", "matches"),
    [
        ((2.0, "weeks"), (14.0, "days"), True),  # 'two weeks' is '14 days'
        ((1.0, "years"), (12.0, "months"), True),
        ((48.0, "hours"), (2.0, "days"), True),
        # traps: a different length, or a count of the same number, is no match
        ((2.0, "weeks"), (2.0, "days"), False),
        ((14.0, "count"), (14.0, "days"), False),
    ],
)
def test_durations_are_compared_in_days(
    predicted: tuple[float, str], gold_value: tuple[float, str], matches: bool
) -> None:
    pred = {"value": predicted[0], "unit": predicted[1], "evidence": {"text": "two weeks ago"}}
    gold = {"value": gold_value[0], "unit": gold_value[1], "evidence": "two weeks ago"}
    assert (_figure_score(pred, gold) is not None) is matches
