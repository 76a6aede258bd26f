"""Grounding drafts: records get offsets and parsed values; what fails is rejected with a reason."""

from __future__ import annotations

import pytest

from factx.batch import extract_paths
from factx.grounding import ground, problems
from factx.llm.config import LLMConfig
from factx.llm.extractor import LLMExtractor
from factx.schemas import ExtractionDraft
from tests.helpers import SEED_ARTICLES, draft

TEXT = (
    "Ministers offered a 3% rise to “more than 4,000 nurses”, a deal worth £1.2bn over five years."
)


def figure(evidence: str, raw: str, value: float, unit: str, **extra: object) -> dict:
    return {
        "evidence": evidence,
        "raw": raw,
        "value": value,
        "unit": unit,
        "measures": "m",
        **extra,
    }


def test_value_and_qualifier_come_from_the_parser() -> None:
    result = ground(
        ExtractionDraft.model_validate(
            draft(
                figures=[
                    figure("£1.2bn", "£1.2bn", 1.2e9, "GBP"),
                    figure("more than 4,000 nurses", "more than 4,000", 4000, "people"),
                ]
            )
        ),
        TEXT,
    )
    money, nurses = result.figures
    assert (money.value, money.unit, money.raw) == (1.2e9, "GBP", "£1.2bn")
    assert (nurses.value, nurses.unit, nurses.qualifier) == (4000, "people", "more than")
    assert TEXT[money.evidence.start : money.evidence.end] == "£1.2bn"


@pytest.mark.parametrize(
    ("item", "reason"),
    [
        (
            figure("£1.2bn", "£1.2bn", 1.2e6, "GBP"),
            "figure value wrong: '£1.2bn' reads as 1.2e+09, not 1.2e+06",
        ),
        (figure("a 3% rise", "3%", 3, "GBP"), "figure unit wrong: '3%' is in percent, not GBP"),
        (figure("Ministers offered", "3", 3, "count"), "no number found in figure evidence"),
        (figure("a 9% rise", "9%", 9, "percent"), "figure evidence not found in the article"),
    ],
)
def test_bad_figures_are_rejected_with_the_reason(item: dict, reason: str) -> None:
    parsed = ExtractionDraft.model_validate(draft(figures=[item]))
    result = ground(parsed, TEXT)
    assert result.figures == [] and result.rejected[0].reason.startswith(reason)
    assert result.rejected[0].item == parsed.figures[0].model_dump()
    assert problems(parsed, TEXT) == [f"figures[0]: {result.rejected[0].reason}"]


def test_fuzzy_direct_quote_is_reported_as_fuzzy_never_exact() -> None:
    claim = {"kind": "direct", "speaker": "A", "evidence": "more than 4,000 nursse"}
    (record,) = ground(ExtractionDraft.model_validate(draft(claims=[claim])), TEXT).claims
    assert record.evidence.match == "fuzzy" and record.evidence.score is not None
    assert TEXT[record.evidence.start : record.evidence.end] == record.evidence.text


def test_curly_quotes_align_as_normalised() -> None:
    claim = {"kind": "direct", "speaker": "A", "evidence": '"more than 4,000 nurses"'}
    (record,) = ground(ExtractionDraft.model_validate(draft(claims=[claim])), TEXT).claims
    assert (
        record.evidence.match == "normalised" and record.evidence.text == "“more than 4,000 nurses”"
    )


@pytest.mark.replay
def test_seed_replay_rejects_exactly_the_planted_items_and_grounds_the_rest() -> None:
    results = {
        p.name: r
        for p, r in zip(
            SEED_ARTICLES,
            extract_paths([str(p) for p in SEED_ARTICLES], LLMExtractor(LLMConfig.from_env())),
            strict=True,
        )
    }
    (quote,) = results["000_c77f903431b060af.txt"].rejected
    assert quote.kind == "claim" and quote.reason.startswith(
        "quote not found in the article: 'We will not be bullied"
    )
    (number,) = results["002_90e3eb37dee77e4a.txt"].rejected
    assert (
        number.kind == "figure"
        and number.reason == "figure value wrong: '£37,800' reads as 37800, not 37000"
    )
    for path, result in zip(SEED_ARTICLES, results.values(), strict=True):
        text = path.read_text(encoding="utf-8")
        assert result.provenance.rejected == {results[path.name].rejected[0].kind: 1}
        for record in (*result.claims, *result.figures, *result.positions):
            assert text[record.evidence.start : record.evidence.end] == record.evidence.text
    matches = {c.evidence.match for r in results.values() for c in r.claims}
    assert matches == {"exact", "normalised", "fuzzy"}, "the seed answers exercise every alignment"
