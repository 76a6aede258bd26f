"""Letters outside ASCII read as their base letter, one character for one.

The rules find names by their capitals (`[A-Z]`), so 'Agnė Širinskienė', 'Özdemir' or 'Élysée'
would be cut or missed, and quotes by English quotation marks, so «guillemets» would hide them.
They read a folded copy of the text instead ('Agne Sirinskiene', “guillemets”): the same
length, so every offset holds, and every string they draft is restored from the original.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TypeVar

from pydantic import BaseModel

from factx.quotes import GUILLEMETS
from factx.schemas import ExtractionDraft
from factx.text import CharTable

#: Letters with no decomposition into a base letter and accents, as their nearest ASCII letter.
_UNDECOMPOSED = {
    "ø": "o",
    "Ø": "O",
    "ł": "l",
    "Ł": "L",
    "đ": "d",
    "Đ": "D",
    "ı": "i",
    "ß": "s",
    "ð": "d",
    "Ð": "D",
    "þ": "t",
    "Þ": "T",
}
_WORD = re.compile(r"\w+")
#: A run of characters outside ASCII: the only places folding has anything to do.
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_Item = TypeVar("_Item", bound=BaseModel)


def _base_letter(char: str) -> str:
    """An accented letter's base letter, a guillemet as an English quotation mark, every other
    character itself (dashes and English quotation marks stay)."""
    base = unicodedata.normalize("NFD", char)
    if base[0].isascii() and base[0].isalpha() and all(map(unicodedata.combining, base[1:])):
        return base[0]
    return _UNDECOMPOSED.get(char) or GUILLEMETS.get(char, char)


_FOLDS = CharTable(_base_letter)


def fold(text: str) -> str:
    """`text` with each accented letter as its base letter ('Šimonytė' as 'Simonyte') and each
    guillemet as an English quotation mark."""
    if text.isascii():
        return text
    return _NON_ASCII.sub(lambda m: m.group().translate(_FOLDS), text)


def restore(draft: ExtractionDraft, text: str, folded: str) -> ExtractionDraft:
    """`draft`, read from `folded`, with every string as `text` writes it: a span of the folded
    text is the same span of the original; a name the rules built from words ('Estonian
    government') is restored word by word."""
    if folded == text:
        return draft
    words = {folded[m.start() : m.end()]: m.group() for m in _WORD.finditer(text)}

    def original(value: str) -> str:
        at = folded.find(value)
        if at >= 0:
            return text[at : at + len(value)]
        return _WORD.sub(lambda m: words.get(m.group(), m.group()), value)

    def restored(items: list[_Item]) -> list[_Item]:
        return [
            item.model_copy(
                update={k: original(v) for k, v in item.__dict__.items() if isinstance(v, str)}
            )
            for item in items
        ]

    return draft.model_copy(
        update={
            "claims": restored(draft.claims),
            "figures": restored(draft.figures),
            "positions": restored(draft.positions),
        }
    )
