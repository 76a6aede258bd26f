"""Scoring predictions against gold annotations (format: seeds/gold/README.md).

Records are paired one-to-one within each article, greedily by score: claims when the
speaker matches (full name, alias or surname, or a phrase holding one of them as whole words;
titles ignored) and the evidence overlaps with token F1 >= 0.5; figures when the value agrees
within 1% (durations compared in days: 'two weeks' is '14 days') and the unit family agrees;
positions when the actor matches and the stance is equal. Precision, recall and F1 are
micro-averaged over articles.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factx.articles import find_article
from factx.errors import FactxError
from factx.figures import in_unit, unit_family
from factx.names import name_matches, tokens
from factx.schemas import ArticleResult, Claim, Figure, Position

KINDS = ("claims", "figures", "positions")
MIN_TOKEN_F1 = 0.5
VALUE_TOLERANCE = 0.01
#: Qualifiers the gold format allows beside the schema's, as the schema says them.
GOLD_QUALIFIERS = {"up to": "at most", "within": "at most"}


def token_f1(a: str, b: str) -> float:
    """Overlap of two texts as the F1 of their word multisets."""
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    precision, recall = common / sum(ta.values()), common / sum(tb.values())
    return 2 * precision * recall / (precision + recall)


def _claim_score(pred: dict[str, Any], gold: dict[str, Any]) -> float | None:
    if not name_matches(pred.get("speaker"), gold["speaker"], gold.get("speaker_aliases") or ()):
        return None
    overlap = token_f1(pred["evidence"]["text"], gold["evidence"])
    return overlap if overlap >= MIN_TOKEN_F1 else None


def _figure_score(pred: dict[str, Any], gold: dict[str, Any]) -> float | None:
    value = in_unit(float(pred["value"]), pred["unit"], gold["unit"])  # 'two weeks' is '14 days'
    expected = float(gold["value"])
    if not math.isclose(value, expected, rel_tol=VALUE_TOLERANCE, abs_tol=1e-9):
        return None
    if unit_family(pred["unit"]) != unit_family(gold["unit"]):
        return None
    return 1.0 + token_f1(pred["evidence"]["text"], gold["evidence"])  # evidence breaks ties


def _actor(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    return name_matches(pred.get("actor"), gold["actor"], gold.get("actor_aliases") or ())


def _position_score(pred: dict[str, Any], gold: dict[str, Any]) -> float | None:
    if pred.get("stance") != gold.get("stance") or not _actor(pred, gold):
        return None
    return 1.0 + token_f1(pred["evidence"]["text"], gold["evidence"])


def _actor_score(pred: dict[str, Any], gold: dict[str, Any]) -> float | None:
    """Pairing for the stance confusion matrix: same actor, whatever the stance."""
    if not _actor(pred, gold):
        return None
    return token_f1(pred["evidence"]["text"], gold["evidence"]) + token_f1(
        pred.get("target", ""), gold.get("target", "")
    )


SCORERS: dict[str, Callable[[dict[str, Any], dict[str, Any]], float | None]] = {
    "claims": _claim_score,
    "figures": _figure_score,
    "positions": _position_score,
}


def pair(
    predicted: list[dict[str, Any]], gold: list[dict[str, Any]], score: Callable[..., float | None]
) -> list[tuple[int, int]]:
    """One-to-one pairs (predicted index, gold index), best scores first."""
    candidates = sorted(
        (
            (s, i, j)
            for i, p in enumerate(predicted)
            for j, g in enumerate(gold)
            if (s := score(p, g)) is not None
        ),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs)


@dataclass
class Counts:
    """True positives, predicted and gold counts for one record type."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.predicted, self.gold = (
            self.tp + other.tp,
            self.predicted + other.predicted,
            self.gold + other.gold,
        )

    def scores(self) -> dict[str, float | int]:
        precision = self.tp / self.predicted if self.predicted else 0.0
        recall = self.tp / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
        }


@dataclass
class Agreement:
    """Field-level agreement on matched pairs: how many compared, how many agreed."""

    compared: int = 0
    agreed: int = 0

    def add(self, agreed: bool) -> None:
        self.compared += 1
        self.agreed += agreed

    def accuracy(self) -> float | None:
        return round(self.agreed / self.compared, 4) if self.compared else None


@dataclass
class Evaluation:
    """Everything `factx eval` reports."""

    totals: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    articles: list[dict[str, Any]] = field(default_factory=list)
    speaker_org: Agreement = field(default_factory=Agreement)
    figure_unit: Agreement = field(default_factory=Agreement)
    figure_qualifier: Agreement = field(default_factory=Agreement)
    target_overlap: list[float] = field(default_factory=list)
    stance_confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    evidence_checked: int = 0
    evidence_fabricated: int = 0
    unverifiable: int = 0
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {kind: self.totals[kind].scores() for kind in KINDS}
        out["claims"]["speaker_org_accuracy"] = self.speaker_org.accuracy()
        out["figures"]["unit_accuracy"] = self.figure_unit.accuracy()
        out["figures"]["qualifier_accuracy"] = self.figure_qualifier.accuracy()
        out["positions"]["target_overlap"] = (
            round(sum(self.target_overlap) / len(self.target_overlap), 4)
            if self.target_overlap
            else None
        )
        out["positions"]["stance_confusion"] = {
            f"{gold}->{pred}": n for (gold, pred), n in sorted(self.stance_confusion.items())
        }
        out["fabricated_evidence_rate"] = (
            round(self.evidence_fabricated / self.evidence_checked, 4)
            if self.evidence_checked
            else None
        )
        out["evidence_checked"] = self.evidence_checked
        out["articles"] = self.articles
        out["warnings"] = self.warnings
        return out


def load_gold(directory: Path) -> dict[str, dict[str, Any]]:
    """Gold files (*.json) by article file name."""
    files = sorted(directory.glob("*.json")) if directory.is_dir() else []
    if not files:
        raise FactxError(f"{directory}: no gold files (*.json)")
    gold = {}
    for file in files:
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            name = data["article"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise FactxError(f"{file}: not a gold file ({exc})") from None
        gold[Path(name).name] = {kind: list(data.get(kind) or []) for kind in KINDS}
    return gold


def load_predictions(file: Path) -> list[ArticleResult]:
    """The result lines factx wrote; a bad line is an error naming the file and line."""
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise FactxError(f"{file}: cannot read predictions ({exc.strerror or exc})") from None
    results = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                results.append(ArticleResult.model_validate_json(line))
            except ValueError as exc:
                first = str(exc).splitlines()[0]
                raise FactxError(f"{file}:{number}: not a factx result line ({first})") from None
    return results


def by_setup(predictions: list[ArticleResult]) -> dict[str, list[ArticleResult]]:
    """Predictions split by the setup that made them (extractor, model, prompt), in order of
    first appearance: a file holding a rules run and an LLM run is two runs to score."""
    setups: dict[str, list[ArticleResult]] = {}
    for line in predictions:
        p = line.provenance
        parts = [p.extractor, p.model, f"prompt {p.prompt_version}" if p.prompt_version else None]
        setups.setdefault(" ".join(filter(None, parts)), []).append(line)
    return setups or {"": []}


def evaluate(
    predictions: list[ArticleResult],
    gold: dict[str, dict[str, Any]],
    articles: Sequence[Path] = (),
) -> Evaluation:
    """Score `predictions` against `gold`; `articles` are extra places to find article texts."""
    result = Evaluation()
    predicted = {}
    for line in predictions:
        name = Path(line.article.path).name
        if name not in gold:
            result.warnings.append(f"no gold for {line.article.path}; not scored")
            continue
        predicted[name] = line
    for name, expected in sorted(gold.items()):
        prediction = predicted.get(name)
        records = {
            kind: [r.model_dump() for r in getattr(prediction, kind)] if prediction else []
            for kind in KINDS
        }
        if prediction is None:
            result.warnings.append(f"no prediction for {name}; its gold counts as missed")
        row: dict[str, Any] = {
            "article": name,
            "status": prediction.status if prediction else "missing",
        }
        for kind in KINDS:
            pairs = pair(records[kind], expected[kind], SCORERS[kind])
            counts = Counts(tp=len(pairs), predicted=len(records[kind]), gold=len(expected[kind]))
            result.totals[kind].add(counts)
            row[kind] = counts.scores()
            _fields(result, kind, [(records[kind][i], expected[kind][j]) for i, j in pairs])
        for i, j in pair(records["positions"], expected["positions"], _actor_score):
            result.stance_confusion[
                (expected["positions"][j]["stance"], records["positions"][i]["stance"])
            ] += 1
        if prediction is not None:
            _check_evidence(result, prediction, list(articles))
        result.articles.append(row)
    return result


def _fields(
    result: Evaluation, kind: str, matched: list[tuple[dict[str, Any], dict[str, Any]]]
) -> None:
    for pred, gold in matched:
        if kind == "claims" and gold.get("speaker_org"):
            result.speaker_org.add(name_matches(pred.get("speaker_org"), gold["speaker_org"]))
        elif kind == "figures":
            result.figure_unit.add(pred["unit"] == gold["unit"])
            if qualifier := gold.get("qualifier"):
                qualifier = GOLD_QUALIFIERS.get(qualifier, qualifier)
                result.figure_qualifier.add(pred.get("qualifier") == qualifier)
        elif kind == "positions":
            result.target_overlap.append(
                token_f1(pred.get("target") or "", gold.get("target") or "")
            )


def _check_evidence(result: Evaluation, prediction: ArticleResult, roots: list[Path]) -> None:
    """Count records whose evidence is not the article's text at its offsets."""
    records: list[Claim | Figure | Position] = [
        *prediction.claims,
        *prediction.figures,
        *prediction.positions,
    ]
    if not records:
        return
    article = find_article(prediction.article.path, roots)
    if article is None:
        result.unverifiable += len(records)
        result.warnings.append(
            f"{prediction.article.path}: article not found; evidence not verified"
        )
        return
    for record in records:
        result.evidence_checked += 1
        result.evidence_fabricated += (
            article.text[record.evidence.start : record.evidence.end] != record.evidence.text
        )


def table(evaluation: Evaluation) -> str:
    """The report as plain text: totals, field agreement, then a row per article."""
    data = evaluation.as_dict()
    lines = [f"{'':10}{'precision':>10}{'recall':>8}{'f1':>8}{'tp':>6}{'pred':>6}{'gold':>6}"]
    for kind in KINDS:
        s = data[kind]
        lines.append(
            f"{kind:10}{s['precision']:>10.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}"
            f"{s['tp']:>6}{s['predicted']:>6}{s['gold']:>6}"
        )

    def show(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.3f}"

    lines += [
        "",
        f"speaker organisation accuracy {show(data['claims']['speaker_org_accuracy'])}; "
        f"figure unit accuracy {show(data['figures']['unit_accuracy'])}; "
        f"qualifier accuracy {show(data['figures']['qualifier_accuracy'])}; "
        f"position target overlap {show(data['positions']['target_overlap'])}",
        "stance confusion (gold->predicted): "
        + (
            ", ".join(f"{k} {v}" for k, v in data["positions"]["stance_confusion"].items())
            or "none"
        ),
        f"fabricated evidence rate {show(data['fabricated_evidence_rate'])} "
        f"({data['evidence_checked']} records checked)",
        "",
        f"{'article':36}{'claims f1':>10}{'figures f1':>11}{'positions f1':>13}  status",
    ]
    for row in data["articles"]:
        lines.append(
            f"{row['article'][:35]:36}{row['claims']['f1']:>10.3f}"
            f"{row['figures']['f1']:>11.3f}{row['positions']['f1']:>13.3f}  {row['status']}"
        )
    return "\n".join(lines)


# --------------------------------------------------------------------------- review marks

VERDICTS = ("correct", "wrong", "unsure")
#: Record kinds a review scores; marks on rejected items are counted, not scored.
REVIEWED = ("claims", "figures", "positions")


@dataclass(frozen=True)
class Mark:
    """A reviewer's verdict on one record (from the review page's export), and their note."""

    verdict: str | None
    note: str = ""


def load_marks(file: Path) -> dict[str, Mark]:
    """Marks exported by the review page (JSONL: record_id, verdict, note) by record id; a
    later line for the same record wins. A bad line is an error naming the file and line."""
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        problem = getattr(exc, "strerror", None) or exc
        raise FactxError(f"{file}: cannot read marks ({problem})") from None
    marks = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            record_id, verdict = data["record_id"], data.get("verdict")
            if not isinstance(record_id, str) or verdict not in (*VERDICTS, None):
                raise ValueError(f"verdict must be one of {', '.join(VERDICTS)} or null")
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            problem = f"no {exc}" if isinstance(exc, KeyError) else str(exc).splitlines()[0]
            raise FactxError(f"{file}:{number}: not a review mark ({problem})") from None
        marks[record_id] = Mark(verdict, str(data.get("note") or ""))
    return marks


def latest(results: Iterable[ArticleResult]) -> list[ArticleResult]:
    """Per article id the last ok result, else the last one (a resumed file may hold several),
    in order of first appearance."""
    chosen: dict[str, ArticleResult] = {}
    for result in results:
        kept = chosen.get(result.article.id)
        if kept is None or result.status == "ok" or kept.status != "ok":
            chosen[result.article.id] = result
    return list(chosen.values())


@dataclass
class Verdicts:
    """How many records of one kind there are and what the reviewer said of them."""

    records: int = 0
    verdicts: Counter[str] = field(default_factory=Counter)

    def scores(self) -> dict[str, Any]:
        """Precision is correct / (correct + wrong): 'unsure' and unmarked records are left out."""
        correct, wrong = self.verdicts["correct"], self.verdicts["wrong"]
        judged = correct + wrong
        return {
            "precision": round(correct / judged, 4) if judged else None,
            **{verdict: self.verdicts[verdict] for verdict in VERDICTS},
            "marked": sum(self.verdicts.values()),
            "records": self.records,
        }


@dataclass
class Review:
    """Precision from a reviewer's marks for one extractor setup, per record kind."""

    kinds: dict[str, Verdicts] = field(default_factory=lambda: {k: Verdicts() for k in REVIEWED})
    rejected_marked: int = 0
    matched: set[str] = field(default_factory=set)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {kind: self.kinds[kind].scores() for kind in REVIEWED}
        out["rejected_marked"] = self.rejected_marked
        return out


def review(predictions: list[ArticleResult], marks: dict[str, Mark]) -> Review:
    """Score one setup's records by the marks on their ids (an article's last ok result)."""
    result = Review()
    for line in latest(predictions):
        for kind in REVIEWED:
            for record in getattr(line, kind):
                result.kinds[kind].records += 1
                mark = marks.get(record.id)
                if mark is not None:
                    result.matched.add(record.id)
                    if mark.verdict:
                        result.kinds[kind].verdicts[mark.verdict] += 1
        for item in line.rejected:
            if item.id in marks:
                result.matched.add(item.id)
                result.rejected_marked += 1
    return result


def review_table(review: Review) -> str:
    """A review's precision per kind as plain text."""
    head = f"{'':10}{'precision':>10}{'correct':>9}{'wrong':>7}{'unsure':>8}{'marked':>8}"
    lines = [head + f"{'records':>9}"]
    for kind in REVIEWED:
        counts = review.kinds[kind].scores()
        precision = "n/a" if counts["precision"] is None else f"{counts['precision']:.3f}"
        lines.append(
            f"{kind:10}{precision:>10}{counts['correct']:>9}{counts['wrong']:>7}"
            f"{counts['unsure']:>8}{counts['marked']:>8}{counts['records']:>9}"
        )
    lines.append("precision = correct / (correct + wrong); unsure and unmarked records left out")
    if review.rejected_marked:
        lines.append(f"{review.rejected_marked} marks on rejected items (not scored)")
    return "\n".join(lines)
