"""Tests for factx.rules.folding: accented letters read as ASCII, guillemets as English
quotation marks, drafts restored."""

from __future__ import annotations

import pytest

from factx.rules.folding import fold, restore
from factx.schemas import ClaimDraft, ExtractionDraft, PositionDraft


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Agnė Širinskienė", "Agne Sirinskiene"),
        ("Özdemir and Çelik in İzmir", "Ozdemir and Celik in Izmir"),
        ("Søren Ørsted, Łukasz Đoković", "Soren Orsted, Lukasz Dokovic"),
        ("Élysée", "Elysee"),
        # guillemets, which the rules would not take for quotation marks
        ("«It was unfair,» said Yotopoulos.", "“It was unfair,” said Yotopoulos."),
        ("‹non›", "‘non’"),
        # trap: quotation marks, dashes and signs are not letters and stay as written
        ("“It is €5 – no more,” she said.", "“It is €5 – no more,” she said."),
        ("plain ASCII", "plain ASCII"),
    ],
)
def test_fold_reads_accented_letters_as_base_letters_and_guillemets_as_english_marks(
    text: str, folded: str
) -> None:
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


def test_restore_gives_spans_and_built_names_as_the_original_writes_them() -> None:
    text = "Agnė Širinskienė said the Seimas would reject Šimonytė’s plan."
    folded = fold(text)
    draft = ExtractionDraft(
        claims=[ClaimDraft(speaker="Agne Sirinskiene", evidence=folded[:-1], kind="reported")],
        positions=[
            PositionDraft(
                actor="Seimas", stance="oppose", target="Simonyte plan", evidence=folded[17:]
            )
        ],
    )
    restored = restore(draft, text, folded)
    assert restored.claims[0].speaker == "Agnė Širinskienė"
    assert restored.claims[0].evidence == text[:-1]
    assert restored.positions[0].target == "Šimonytė plan"  # built from words, not a span
    assert restored.positions[0].evidence == text[17:]
