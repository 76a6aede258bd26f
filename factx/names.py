"""How the sources and actors of news are named, and whether two names are the same one.

Shared by the checks (is a claim's speaker named in the article at all?) and the scorer (does
a predicted speaker match the gold one?). Its honorifics list is its own, so changing what the
rules extractor recognises never changes how a source is checked or scored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property, lru_cache

from factx.text import find_whole

_TOKEN = re.compile(r"\w+")
#: Honorifics ignored in names.
HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "sir",
        "lord",
        "lady",
        "dame",
        "prof",
        "professor",
        "baroness",
        "baron",
        "rev",
    ]
)


def tokens(text: str) -> list[str]:
    """The lower-cased words of `text`."""
    return _TOKEN.findall(text.lower())


@lru_cache(maxsize=4096)
def _name(text: str | None) -> tuple[str, ...]:
    """A name's words for comparing (no honorifics, no leading 'the'); the same few names are
    compared over and over, so each is read once."""
    words = tuple(w for w in tokens(text or "") if w not in HONORIFICS)
    return words[1:] if words[:1] == ("the",) else words


def _contains(phrase: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether `name` occurs in `phrase` as whole words, in order and together."""
    n = len(name)
    return any(phrase[i : i + n] == name for i in range(len(phrase) - n + 1))


def name_matches(predicted: str | None, gold: str, aliases: Iterable[str] = ()) -> bool:
    """Same name, one of the aliases, the same surname, or a phrase that contains the name or
    an alias as whole words ('the PCS union' ~ 'PCS', 'leaders of Unite' ~ 'Unite'); titles and
    a leading 'the' are ignored."""
    mine = _name(predicted)
    if not mine:
        return False
    for candidate in (gold, *aliases):
        theirs = _name(candidate)
        if theirs and (
            mine == theirs
            or mine[-1] == theirs[-1]
            and (len(mine) == 1 or len(theirs) == 1 or mine[0] == theirs[0])
            or _contains(mine, theirs)
        ):
            return True
    return False


_SMALL_WORDS = frozenset({"the", "a", "an", "of", "for", "and", "to", "in", "on", "at", "s", "by"})
#: A run of capitalised words in an article ('Royal College of Nursing'), for its initials.
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|&)\s+)?[A-Z][\w'’-]*)+")
_PARENTHESES = re.compile(r"\(([^()]*)\)")
#: A word opening with a capital; an acronym ('PCS', 'NHSBT'). Each pattern opens with the
#: capital and then looks behind for the word start (`\b[A-Z]` written so), which lets the
#: scan skip to the next capital instead of trying every position: twice as fast.
_WORD_START_CAPITAL = r"[A-Z](?<!\w[A-Z])"
_CAPITALISED = re.compile(rf"{_WORD_START_CAPITAL}[\w'’-]*")
_ACRONYM = re.compile(rf"{_WORD_START_CAPITAL}[A-Za-z]*[A-Z]\b")


def _stem(word: str) -> str:
    """'unions' and 'union', 'leaders' and 'leader' compare equal."""
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words).upper()


class NameIndex:
    """The names one article holds, indexed once, for asking whether it names a source."""

    def __init__(self, text: str) -> None:
        self.text = text
        #: what `names` answered, by name: an article's sources are asked about again and again
        self._answers: dict[str, bool] = {}

    # Each index below is built on first need: most sources are named in full, and finding
    # those needs only the article's words in order.

    @cached_property
    def _words(self) -> list[str]:
        """Its words in order, lower-cased."""
        return tokens(self.text)

    @cached_property
    def _lowered(self) -> str:
        """Its text in lower case: the case its words are listed in."""
        return self.text.lower()

    def _written(self, words: list[str]) -> bool:
        """Whether `words` (lower case, whole words each) stand in the text one space apart
        and whole: then they are in `_sequence` too, which most sources are found in without
        listing every word of the article."""
        return all(_TOKEN.fullmatch(w) for w in words) and (
            find_whole(self._lowered, " ".join(words)) is not None
        )

    @cached_property
    def _sequence(self) -> str:
        """Its words in order as one string, each between spaces (a phrase is a substring)."""
        return f" {' '.join(self._words)} "

    @cached_property
    def _stems(self) -> set[str]:
        """The stems of its words."""
        return {_stem(w) for w in set(self._words)}

    @cached_property
    def _capitalised(self) -> set[str]:
        """Its capitalised words, lower-cased."""
        return {w.lower() for w in _CAPITALISED.findall(self.text)}

    @cached_property
    def _acronyms(self) -> set[str]:
        """Its acronyms, and the initials of its runs of capitalised words."""
        acronyms = set(_ACRONYM.findall(self.text))
        for run in _CAPITALISED_RUN.finditer(self.text):
            parts = tokens(run.group())
            acronyms.add(_initials(parts))
            acronyms.add(_initials([w for w in parts if w not in _SMALL_WORDS]))
        return acronyms

    def _sentence_case(self, pairs: list[tuple[str, str]]) -> bool:
        """Whether a description's first capital is only the answer's sentence case ('Public
        objectors'): the article never writes that word with a capital."""
        return len(pairs) > 1 and pairs[0][0] not in self._capitalised

    def names(self, name: str) -> bool:
        """Whether the article names this source: its full name, its surname, its acronym, or
        the words of a described source ('a Cabinet Office spokesman', 'union leaders')."""
        answer = self._answers.get(name)
        if answer is None:
            answer = self._answers[name] = self._names(name)
        return answer

    def _names(self, name: str) -> bool:
        """`names`, worked out."""
        inner = _PARENTHESES.findall(name)
        for alternative in (_PARENTHESES.sub(" ", name), *inner):
            original = re.findall(r"\w+", alternative)
            pairs = [(w.lower(), w) for w in original if w.lower() not in HONORIFICS]
            if pairs[:1] and pairs[0][0] == "the":
                pairs = pairs[1:]
            words = [w for w, _ in pairs]
            if not words:
                continue
            capital = [o[0].isupper() for _, o in pairs]
            capital[0] = capital[0] and not self._sentence_case(pairs)
            kept = [(w, up) for w, up in zip(words, capital, strict=True) if w not in _SMALL_WORDS]
            proper = [w for w, up in kept if up]
            common = [w for w, up in kept if not up]
            if (
                self._written(words)
                or f" {' '.join(words)} " in self._sequence
                or any(len(o) > 1 and o.isupper() and o in self._acronyms for _, o in pairs)
                or proper
                and proper[-1] in self._capitalised
                or len(proper) > 1
                and _initials(proper) in self._acronyms
                or all(_stem(w) in self._stems for w in proper)
                and (proper or common)
                and 2 * sum(_stem(w) in self._stems for w in common) >= len(common)
            ):
                return True
        return False
