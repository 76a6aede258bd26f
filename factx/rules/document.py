"""An article as the offline rules see it: text, paragraphs, sentences and the people named.

Built once per article and shared by the attribution, figure and stance rules.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from factx.quotes import paragraph_quotes
from factx.rules.sentences import sentences
from factx.rules.speakers import People
from factx.text import Span

#: Most words in a headline: a longer first line is the story's first paragraph.
HEADLINE_WORDS = 20


def _headline(text: str, paragraphs: list[Span]) -> list[Span]:
    """The headline and standfirst, if the text opens with them: short paragraphs with no
    closing punctuation (two at most) before the story. Headlines compress ('Tenon tells
    shareholders to reject offer'); the story says the same in full, so the rules read it."""
    found: list[Span] = []
    for paragraph in paragraphs[:2]:
        line = text[paragraph.start : paragraph.end].rstrip()
        if not line or line[-1] in ".!?\"”’'" or len(line.split()) > HEADLINE_WORDS:
            break
        found.append(paragraph)
    return found if len(found) < len(paragraphs) else []


@dataclass
class Document:
    """What every rule needs: the text, its paragraphs and sentences, and the people in it."""

    text: str
    people: People
    paragraphs: list[Span]
    sentences: list[Span] = field(default_factory=list)
    #: the headline and standfirst the text opens with, if any (`_headline`)
    headline: list[Span] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    _held: dict[re.Pattern[str], bool] = field(default_factory=dict)

    @classmethod
    def read(cls, text: str) -> Document:
        """Segment `text` and index the people it names."""
        paras = [paragraph for paragraph, _ in paragraph_quotes(text)]
        title = _headline(text, paras)
        found = cls(
            text,
            People(text, story=title[-1].end if title else 0),
            paras,
            [s for p in paras for s in sentences(text, p)],
            title,
        )
        found._starts = [s.start for s in found.sentences]
        return found

    def sentence_at(self, position: int) -> Span:
        """The sentence holding `position` (an empty span if it falls between sentences)."""
        i = bisect.bisect_right(self._starts, position) - 1
        if i >= 0 and position < self.sentences[i].end:
            return self.sentences[i]
        return Span(position, position)

    def sentence_before(self, sentence: Span) -> Span:
        """The sentence before `sentence` (an empty span where there is none)."""
        i = bisect.bisect_left(self._starts, sentence.start) - 1
        return self.sentences[i] if i >= 0 else Span(sentence.start, sentence.start)

    def slice(self, span: Span) -> str:
        """The text of a span."""
        return self.text[span.start : span.end]

    def holds(self, pattern: re.Pattern[str]) -> bool:
        """Whether `pattern` matches anywhere in the text, searched once per article. A rule
        whose every match contains a match of `pattern` need not search the sentences of an
        article that has none (one search of the text costs less than one per sentence)."""
        held = self._held.get(pattern)
        if held is None:
            held = self._held[pattern] = pattern.search(self.text) is not None
        return held
