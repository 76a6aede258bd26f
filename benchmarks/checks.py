"""What factx's checks do to strong-model answers: the dev set, replayed from its cassettes.

Run by hand: `.venv/bin/python benchmarks/checks.py`. For devset/tune and devset/heldout
(authored answers in devset/cassettes, replayed offline) it prints the records kept per kind,
figure values per check outcome, the items rejected by reason, the requests per article, and
how many rejected items match a gold item: right answers the checks threw away (target: at
most 1% of the gold-matching items, and at most 1.1 requests per article).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from factx.batch import extract_paths
from factx.evaluate import KINDS, SCORERS, load_gold, pair
from factx.llm.config import LLMConfig
from factx.llm.extractor import LLMExtractor
from factx.schemas import ArticleResult

DEVSET = Path(__file__).resolve().parent.parent / "devset"
LIST_OF = {"claim": "claims", "figure": "figures", "position": "positions"}


def _as_record(item: dict[str, Any]) -> dict[str, Any]:
    """A rejected item in the shape the gold scorers read (evidence as {'text': ...})."""
    return {**item, "evidence": {"text": item.get("evidence") or ""}}


def gold_matches(result: ArticleResult, gold: dict[str, list[dict[str, Any]]]) -> tuple[int, int]:
    """(gold-matching items, of which rejected): kept records and rejected items are paired
    with gold together, so a rejected item counts only where no kept record took its match."""
    matching = rejected = 0
    for kind in KINDS:
        records = [r.model_dump() for r in getattr(result, kind)]
        dropped = [_as_record(r.item) for r in result.rejected if LIST_OF[r.kind] == kind]
        pairs = pair(records + dropped, gold[kind], SCORERS[kind])
        matching += len(pairs)
        rejected += sum(i >= len(records) for i, _ in pairs)
    return matching, rejected


def report(part: str) -> None:
    """Replay one part of the dev set and print what the checks kept and rejected."""
    if not any((DEVSET / part).glob("*.txt")):
        print(f"{part}: no articles (between opening one held-out set and adding the next)")
        return
    extractor = LLMExtractor(LLMConfig(cassette_mode="replay", cassettes=DEVSET / "cassettes"))
    results = list(extract_paths([str(DEVSET / part)], extractor))
    gold = load_gold(DEVSET / part / "gold")
    kept: Counter[str] = Counter()
    checks: Counter[str] = Counter()
    reasons: Counter[tuple[str, str]] = Counter()
    matching = wrongly = requests = 0
    for result in results:
        for kind in KINDS:
            kept[kind] += len(getattr(result, kind))
        checks.update(result.provenance.value_checks)
        reasons.update((r.kind, r.reason) for r in result.rejected)
        requests += result.provenance.usage.requests
        found, dropped = gold_matches(result, gold[Path(result.article.path).name])
        matching, wrongly = matching + found, wrongly + dropped
    failed = sum(r.status != "ok" for r in results)
    print(f"{part}: {len(results)} articles ({failed} failed)")
    print("  kept:", ", ".join(f"{kept[k]} {k}" for k in KINDS))
    print("  figure values:", ", ".join(f"{n} {c}" for c, n in sorted(checks.items())) or "-")
    print(f"  rejected: {sum(reasons.values())}")
    for (kind, reason), n in sorted(reasons.items()):
        print(f"    {n:3d} {kind}: {reason}")
    share = wrongly / matching if matching else 0.0
    print(f"  gold-matching items rejected: {wrongly} of {matching} ({share:.1%})")
    print(f"  requests: {requests} ({requests / max(len(results), 1):.2f} per article)")


if __name__ == "__main__":
    for part in ("tune", "heldout"):
        report(part)
