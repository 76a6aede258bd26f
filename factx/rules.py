"""The offline extractor: claims, figures and positions from the patterns of news prose.

No model and no network: quotation marks and attribution ('X said:', '"...," he added',
'X, the Y of Z, said'), reporting verbs, the figure parser and stance cues ('rejected',
'welcomed', 'will put the offer to members'). It proposes the same drafts an LLM does, so its
output goes through the same grounding, and it is the baseline every LLM run should beat.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from factx.figures import PEOPLE_NOUNS, find_figures
from factx.pipeline import Drafted
from factx.quotes import Quote, content, quotes_in
from factx.schemas import ClaimDraft, ExtractionDraft, FigureDraft, PositionDraft, Stance
from factx.sentences import Span, Spans, paragraphs, sentences
from factx.speakers import PRONOUNS, People, Speaker, organisation, person_names, speaker

RULES_VERSION = "1"

#: Verbs that report speech whatever follows them.
_SPEECH = (
    r"said|says|say|added|adds|warned|warns|warn|claimed|claims|claim|insisted|insists|insist|"
    r"argued|argues|argue|stated|states|explained|explains|declared|declares|replied|replies|"
    r"stressed|stresses|maintained|maintains|believes|believe|pointed out|points out|wrote|writes|"
    r"told|tells"
)
#: Verbs that report a claim only when a clause follows ('confirmed that ...', 'told MPs that ...').
_CLAIMING = (
    r"announced|announces|admitted|admits|noted|notes|urged|urges|suggested|suggests|"
    r"confirmed|confirms|acknowledged|acknowledges|conceded|concedes|revealed|reveals|reiterated|"
    r"reiterates|predicted|predicts|promised|promises|vowed|vows|complained|complains|accused|accuses"
)
_REPORTING = f"{_SPEECH}|{_CLAIMING}"
_DESCRIBING = r"hailed|hails|described|describes|describing|called|calling|branded|branding|dismissed|labelled|termed|saying|adding|warning|insisting|claiming"
_VERB = re.compile(rf"\b(?:{_REPORTING})\b")
_CUE = re.compile(rf"\b(?:{_REPORTING}|{_DESCRIBING})\b")
#: The source before a quote: 'General secretary Mark Serwotka said:' / 'Mr Walker added:'.
_PRE = re.compile(rf"(?P<who>[^.!?\"“”]*?)\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|again\s+)?(?:{_REPORTING}|{_DESCRIBING})\b[^\"“”]*$")
#: The source after a quote: '," he added.' / '," said the PCS executive'.
_POST_VERB_FIRST = re.compile(rf"^[\s,.]*(?:{_REPORTING})\s+(?P<who>[^,.;:!?\"“”]{{2,80}}?)\s*(?:[,.;:!?]|$)")
_POST_WHO_FIRST = re.compile(rf"^[\s,.]*(?P<who>[^,.;:!?\"“”]{{2,80}}?)\s+(?:{_REPORTING})\b")
#: Reported speech: 'PCS said unions ...', 'UK ministers insist that ...'.
_REPORTED = re.compile(
    rf"^(?P<who>[^,;:\"“”]{{2,80}}?(?:,[^,;:\"“”]{{2,70}},)?)\s+(?:has\s+|have\s+|had\s+)?"
    rf"(?:also\s+|again\s+|previously\s+|today\s+|yesterday\s+)?"
    rf"(?:{_SPEECH}|(?:{_CLAIMING})(?:\s+\w+){{0,3}}?\s+that)\b(?!\s*[:\"“])"
)
_REPORTED_INVERTED = re.compile(rf",\s*(?:{_REPORTING})\s+(?P<who>(?:the\s+)?[^,.;:\"“”]{{2,60}}?)\s*(?:,|\.|$)")
_REPORTED_TRAILING = re.compile(rf",\s*(?P<who>(?:the\s+)?[A-Z][^,.;:\"“”]{{2,60}}?)\s+(?:{_SPEECH})\s*[.!?]?$")
_REPORTED_ASIDE = re.compile(rf",\s*(?P<who>he|she)\s+(?:{_REPORTING}),")
_ACCORDING = re.compile(r"\b[Aa]ccording to (?P<who>[^,.;:\"“”]{2,60})")
_NOT_SOURCES = re.compile(r"^(?:it|this|that|there|these|those|which|what|who|they|we|i|you|if|when)\b", re.I)

#: Stance cues, strongest first: where two overlap, the earlier alternative wins.
_CUE_PATTERNS: list[tuple[Stance, str]] = [
    ("neutral", r"\b(?:refus\w*|declin\w*|fail\w*) to (?:condemn|criticise|criticize|comment|take sides|endorse)\b"),
    ("conditional", r"\bcautious(?:ly)? welcom\w*|\b(?:would|will|could) (?:accept|support|back|agree to)\b(?=[^.]{0,80}\b(?:if|provided|as long as|so long as|on condition)\b)"),
    ("undecided", (
        r"\bput (?:the |any |an |this |their |its )?(?:\w+ )?(?:offer|deal|proposals?|agreement|plans?) to (?:a )?(?:ballot|vote|(?:its |their )?members)\b"
        r"|\b(?:consult\w*|ballot\w*) (?:its |their )?members\b(?! (?:to|for) strike)"
        r"|\b(?:consider\w*|study\w*|weigh\w*|review\w*) (?:the |an |any |its |their )?(?:\w+ )?(?:offer|deal|proposals?|plans?)\b"
        r"|\b(?:yet to decide|undecided|not yet decided)\b")),
    ("oppose", (
        r"\b(?:reject(?:s|ed|ing)?|rejection of|oppos(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc\w*|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|slam(?:s|med)?)\b"
        r"|\brefus\w* to (?:accept|sign|go along with|back|support|agree|endorse)\b"
        r"|\bvot\w* (?:against|to reject|to strike|for (?:strike|industrial) action)\b"
        r"|\bballoted? (?:\w+ ){0,2}(?:to|for) strike\b"
        r"|\b(?:will|would|to|plan to|threaten(?:s|ed)? to) (?:strike|walk out|walk off the job|take (?:strike|industrial) action)\b"
        r"|\b(?:vow\w*|pledg\w*|threaten\w*) to (?:fight|challenge|resist|block|sue)\b|\bfile (?:a )?(?:lawsuit|legal challenge)\b"
        r"|\b(?:are|is|was|were) (?:unfair|unacceptable|not acceptable|not enough)\b")),
    ("support", (
        r"\b(?:welcom(?:e|es|ed|ing)|accept(?:s|ed|ing)?|back(?:s|ed|ing)|back(?= (?:the|a|an|its|their|his|her|this|these|those)\b)|hail(?:s|ed|ing)?|approv(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|support(?:s|ed|ing)?|agree(?:s|d)? to|sign(?:s|ed)? up to)\b")),
]
_CUES = re.compile("|".join(f"(?P<{stance}>{pattern})" for stance, pattern in _CUE_PATTERNS))
#: The condition of a conditional stance: 'if ministers drop the age rise'.
_CONDITION = re.compile(r"[^.;]*?\b(?:if|provided(?: that)?|as long as|so long as|on condition that|unless)\s+(?P<condition>[^.;:!?]{3,120}?)\s*(?=[.;:!?]|$)")
_NEGATION = re.compile(r"\b(?:not|never|no longer|n[o']t)\s+(?:\w+\s+)?$|n[’']t\s+(?:\w+\s+)?$")
_TARGET_NOUNS = (
    "offer|offers|deal|deals|proposal|proposals|plan|plans|reform|reforms|change|changes|strike|strikes|"
    "action|agreement|agreements|settlement|contract|cuts|cut|increase|increases|rise|bill|legislation|"
    "policy|policies|scheme|schemes|pay|contributions|talks|terms|package|decision|concessions|claim|"
    "ballot|budget|merger|walkout|ultimatum"
)
_OBJECT = re.compile(r"\s*(?:on\s+|about\s+|over\s+)?(?P<np>(?:the|a|an|its|their|his|her|this|these|those|any)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)(?=\s+(?:from|of|on|in|to|for|that|which|who|with|and|but|as)\b|[,.;:!?]|$)")
#: How far back (characters) 'it' may refer to an earlier target.
_LOOKBACK = 1500
_TARGET_NOUN = re.compile(rf"\b(?:{_TARGET_NOUNS})\b")
_COMPOUND = re.compile(rf" (?:{_TARGET_NOUNS})\b")
_WORD_OR_QUOTED = re.compile(r"[“\"][^”\"]{1,40}[”\"]|[\w’'£$€%-]+(?:\.\d+[\w%]*)?")
_TARGET_STOP = frozenset(
    "to with of on for against at from by up along and or but rejected reject rejects refused accept "
    "accepted welcomed welcome backed back hailed opposed oppose condemned is are was were be been "
    "has have had will would put decided said under over in into about than that which".split()
)
_DETERMINERS = frozenset("the a an any this that these those its their his her our new".split())
_TAIL = re.compile(r"\s+(?:on|of|for|to)\s+(?:(?:\d+(?:\.\d+)?%?|[\w’'-]+)\s*){1,4}?(?=[,.;:!?](?:\s|$)|\s+(?:and|but|as|while|if|unless|which|that|because|to)\b|$)")
_SUBJECT_STOP = re.compile(
    r"(?:^|\s+)(?:have|has|had|will|would|could|should|may|might|must|can|is|are|was|were|be|today|"
    r"yesterday|also|now|still|appeared|appear|appears|seemed|decided|continue|continued|went|plan|"
    r"planned|threatened|confirmed|again|then|did|do|does|voted|say|said|gave|gives|give|offered|"
    r"expressed|issued|made|makes|took|takes)\b.*$"
    r"|(?:\s+on)?\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$"
    r"|(?<=\w)\s+[a-z]+ed\b.*$"
)
#: 'CHICAGO (Reuters) - ': where and by whom, not who acts.
_DATELINE = re.compile(r"^[A-Z][A-Z .,']+(?:\([^)]{1,40}\))?\s*[-–—]+\s*")
_CLAUSE = re.compile(r"(?:[,;:]\s+|\s+(?:as|while|because|but|whereas|although|after)\s+)")
_WORD = re.compile(r"[A-Za-z’'-]+")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_PLACE = re.compile(rf"\s+(?:in|of|for|across|at|from)\s+(?:the\s+)?(?!(?:{_MONTHS})\b)([A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*)")
_NP_STOP = frozenset(
    "in at on for to from by with and or but than which who that would will was were is are have has "
    "had a an the of as across into over under up down after before since until during its their his "
    "her our this these those it they he she we".split()
)


@dataclass
class _Article:
    """What every rule needs: the text, its paragraphs and sentences, and the people in it."""

    text: str
    people: People
    paragraphs: list[Span]
    sentences: list[Span] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    _cues: tuple[list[re.Match[str]], list[int]] | None = None

    @classmethod
    def read(cls, text: str) -> _Article:
        paras = paragraphs(text)
        found = cls(text, People(text), paras, [s for p in paras for s in sentences(text, p)])
        found._starts = [s.start for s in found.sentences]
        return found

    def sentence_at(self, position: int) -> Span:
        i = bisect.bisect_right(self._starts, position) - 1
        if i >= 0 and position < self.sentences[i].end:
            return self.sentences[i]
        return Span(position, position)

    def cues(self) -> tuple[list[re.Match[str]], list[int]]:
        """Every stance cue in the article and where each starts, found in one pass."""
        if self._cues is None:
            lowered = self.text.lower()
            scan = lowered if len(lowered) == len(self.text) else self.text  # 'Rejecting' too
            matches = list(_CUES.finditer(scan))
            self._cues = (matches, [m.start() for m in matches])
        return self._cues

    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]


def _claim(kind: str, who: Speaker, evidence: str) -> ClaimDraft:
    return ClaimDraft(kind=kind, speaker=who.name, speaker_role=who.role, speaker_org=who.org, evidence=evidence)  # type: ignore[arg-type]


def _first_person(phrase: str, at: int, people: People) -> Speaker | None:
    """The first (non-possessive) person named in a phrase, as a speaker."""
    names = person_names(phrase)
    return speaker(phrase[names[0][0] :], at, people) if names else None


def _quote_speaker(doc: _Article, quote: Quote, sentence: Span) -> Speaker | None:
    """Who a quote is attributed to in its own sentence: before the marks, or after them."""
    text = doc.text
    after = text[quote.end + 1 : sentence.end] if quote.closed else ""
    for pattern in (_POST_VERB_FIRST, _POST_WHO_FIRST):
        m = pattern.match(after)
        if m and not _NOT_SOURCES.match(m.group("who")) or (m and m.group("who").lower() in PRONOUNS):
            found = speaker(m.group("who"), quote.end, doc.people)
            if found:
                return found
    before = text[sentence.start : quote.open_mark]
    m = _PRE.search(before)
    if m:
        clause = _CLAUSE.split(m.group("who"))[0] if len(m.group("who").split()) > 14 else m.group("who")
        found = speaker(clause, sentence.start, doc.people)
        if found:
            return found
    return _first_person(before, sentence.start, doc.people)


def quotations(doc: _Article) -> list[tuple[Span, Speaker]]:
    """Attributed quotes: one per quoted paragraph; a paragraph continuing a quote keeps its speaker."""
    found: list[tuple[Span, Speaker]] = []
    previous: Speaker | None = None  # speaker of the last quoted paragraph, for continuations
    for paragraph in doc.paragraphs:
        current: Speaker | None = None
        for quote in quotes_in(doc.text, paragraph):
            words = content(doc.text, quote)
            sentence = doc.sentence_at(quote.open_mark)
            lead = doc.text[sentence.start : quote.open_mark]
            opens_sentence = not lead.strip()
            if not (opens_sentence or re.search(r"[:,]\s*$", lead)):  # a phrase quoted mid-sentence
                if len(doc.slice(words).split()) < 5 or not _CUE.search(lead):
                    continue
            who = _quote_speaker(doc, quote, sentence)
            if who is None and opens_sentence:
                who = current or (previous if quote.open_mark == paragraph.start else None)
            if who is not None:
                found.append((words, who))
                current = who
        previous = current
    return found


def reported_claims(doc: _Article, quoted: Spans) -> list[ClaimDraft]:
    """Sentences that attribute a claim to a source without quoting it in full."""
    claims = []
    for sentence in doc.sentences:
        if quoted.overlaps(sentence.start, sentence.end):
            continue
        text = doc.slice(sentence)
        who: Speaker | None = None
        m = _REPORTED.match(text)
        if m and not _NOT_SOURCES.match(m.group("who").strip()):
            who = speaker(m.group("who"), sentence.start, doc.people)
        for pattern in (_REPORTED_INVERTED, _REPORTED_TRAILING, _REPORTED_ASIDE, _ACCORDING):
            if who is None and (m := pattern.search(text)) and not _NOT_SOURCES.match(m.group("who")):
                who = speaker(m.group("who"), sentence.start + m.start(), doc.people)
            elif who is None and m and m.group("who").lower() in PRONOUNS:
                who = speaker(m.group("who"), sentence.start + m.start(), doc.people)
        if who is not None:
            claims.append(_claim("reported", who, text.rstrip()))
    return claims


def _noun_phrase_after(text: str, start: int, limit: int) -> int:
    """End of the short noun phrase right after a figure ('workers', 'formal meetings')."""
    end = start
    for count, m in enumerate(_WORD.finditer(text, start, limit)):
        word = m.group()
        if count >= 4 or word.lower() in _NP_STOP or word.endswith("ing") or text[end : m.start()].strip():
            break
        end = m.end()
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            break  # a plural noun ends the phrase: 'public servants (took ...)'
    return end


def figures(doc: _Article) -> list[FigureDraft]:
    """Every figure the parser finds, with the noun phrase it counts and who it applies to."""
    out: list[FigureDraft] = []
    previous: tuple[Span, str, str] | None = None  # sentence, noun, unit of the last counted figure
    for figure in find_figures(doc.text):
        sentence = doc.sentence_at(figure.start)
        end = _noun_phrase_after(doc.text, figure.end, sentence.end or figure.end)
        noun = doc.text[figure.end : end].strip()
        unit = figure.unit
        if unit == "count" and any(w.lower() in PEOPLE_NOUNS for w in noun.split()):
            unit = "people"
        if not noun and unit == "count" and previous and previous[0] == sentence:
            noun, unit = previous[1], previous[2]  # '1m workers, including 150,000 in Scotland'
        if noun and unit in ("count", "people"):
            previous = (sentence, noun, unit)
        clause = re.split(r"[,;:]\s+", doc.text[sentence.start : figure.start])[-1]
        of = re.search(r"(?:\b(?:a|an|the)\s+)?([\w’'-]+)\s+(?:of|by)\s+(?:\w+\s+)?$", clause)
        measures = noun or (of.group(1) if of else " ".join(clause.split()[-6:])) or figure.raw
        place = _PLACE.match(doc.text, end, sentence.end or end)
        out.append(FigureDraft(
            evidence=doc.text[figure.start : max(end, figure.end)], raw=figure.raw, value=figure.value,
            unit=unit, qualifier=figure.qualifier, measures=measures,
            applies_to=place.group(1) if place else None,
        ))  # fmt: skip
    return out


def _subject(doc: _Article, sentence: Span, cue_start: int) -> tuple[str, int] | None:
    """The actor before a stance cue: its clause's subject, pronouns resolved; (name, start)."""
    prefix = doc.text[sentence.start : cue_start]
    dateline = _DATELINE.match(prefix)
    if dateline:
        sentence = Span(sentence.start + dateline.end(), sentence.end)
        prefix = prefix[dateline.end() :]
    pieces = _CLAUSE.split(prefix)
    clause = pieces[-1] if pieces[-1].strip() else prefix
    offset = sentence.start + prefix.rfind(clause)
    phrase = _SUBJECT_STOP.sub("", _VERB.split(clause)[0]).strip(" ,")
    lead = re.match(r"^(?:but|and|so|meanwhile|however|yet|now)\b[,\s]*", phrase, re.I)
    if lead:
        offset += lead.end()
        phrase = phrase[lead.end() :]
    if not phrase:
        return None  # the clause opens with its verb ('..., had rejected'): subject too far back
    lowered = phrase.lower()
    if lowered in PRONOUNS:
        name = doc.people.last_before(offset)
        return (name, offset) if name else None
    if lowered in ("they", "we", "it") or _NOT_SOURCES.match(phrase):
        if clause is prefix or len(pieces) < 2:
            return None
        return _subject(doc, sentence, sentence.start + len(pieces[0]))
    quantifier = re.match(r"^(?:a number of|a group of|(?:some|many|most|several|all|both|each) of)\s+(?:the\s+)?", phrase, re.I)
    if quantifier:
        offset += quantifier.end()
        phrase = phrase[quantifier.end() :]
    names = [n for _, _, n in person_names(phrase)]
    if names:
        return doc.people.full_name(names[0], offset) if names[0].split()[0].rstrip(".").lower() in ("mr", "mrs", "ms", "dr") else names[0], offset
    words = phrase.split()
    if len(words) <= 7:
        return phrase, offset
    org = organisation(phrase)
    return (org, offset) if org else None


def _target(doc: _Article, start: int, limit: int, cue_start: int) -> tuple[str | None, int]:
    """What a stance is about: the noun phrase after the cue ('the Government's final offer'),
    or for 'it' and cues with no object ('balloted to strike'), the last such phrase before it."""
    window = doc.text[start:limit]
    pronoun = re.match(r"\s*\b(?:it|them|this)\b", window)
    noun = None if pronoun else _TARGET_NOUN.search(doc.text, start, limit)
    if noun is None or len(doc.text[start : noun.start()].split()) > 10:
        obj = None if pronoun else _OBJECT.match(window)
        if obj:  # an object that is not a known target noun: 'welcomed the news'
            return obj.group("np"), start + obj.end()
        earlier = list(_TARGET_NOUN.finditer(doc.text, max(0, cue_start - _LOOKBACK), cue_start))
        if not earlier:
            return None, start + (pronoun.end() if pronoun else 0)
        return _phrase(doc.text, earlier[-1])[0], start + (pronoun.end() if pronoun else 0)
    phrase, end = _phrase(doc.text, noun, floor=start)
    return phrase, end


def _evaluated(doc: _Article, sentence: Span, cue_start: int) -> str | None:
    """The thing judged in 'X said the plans were unfair': the words between verb and cue,
    else the last target noun phrase just before the cue."""
    before = doc.text[sentence.start : cue_start]
    parts = _VERB.split(before)
    target = re.sub(r"^\s*(?:that\s+)?", "", parts[-1]).strip(" ,")
    if len(parts) > 1 and 0 < len(target.split()) <= 8:
        return target
    nouns = list(_TARGET_NOUN.finditer(doc.text, max(sentence.start, cue_start - 60), cue_start))
    return _phrase(doc.text, nouns[-1], floor=sentence.start)[0] if nouns else None


def _phrase(text: str, noun: re.Match[str], floor: int = 0) -> tuple[str, int]:
    """The noun phrase around a target noun: from its determiner to a short 'on/of ...' tail."""
    begin = noun.start()
    for m in reversed(list(_WORD_OR_QUOTED.finditer(text, max(floor, noun.start() - 80), noun.start()))):
        word = m.group().lower()
        if word in _TARGET_STOP or text[m.end() : begin].strip():
            break
        begin = m.start()
        if word in _DETERMINERS:
            break
    end = noun.end()
    while compound := _COMPOUND.match(text, end):  # 'pay offer', 'strike action'
        end = compound.end()
    tail = _TAIL.match(text, end)
    if tail:
        end = tail.end()
    return text[begin:end].strip(" ,"), end


def _stance(doc: _Article, stance: Stance, m: re.Match[str], floor: int) -> Stance | None:
    """The cue's stance after negation ('will not accept' opposes); None if the cue is negated away."""
    negated = _NEGATION.search(doc.text[max(floor, m.start() - 25) : m.start()])
    if not negated:
        return stance
    return "oppose" if stance == "support" else None


def _cues(doc: _Article, within: Span, skip: Spans) -> Iterator[tuple[Stance, re.Match[str]]]:
    """Stance cues in a stretch of text, with their stance after negation."""
    matches, starts = doc.cues()
    for m in matches[bisect.bisect_left(starts, within.start) : bisect.bisect_left(starts, within.end)]:
        if m.end() > within.end or skip.overlaps(m.start(), m.start() + 1):
            continue
        final = _stance(doc, m.lastgroup, m, within.start)  # type: ignore[arg-type]
        if final is not None:
            yield final, m


def _what(doc: _Article, stance: Stance, m: re.Match[str], sentence: Span) -> tuple[str | None, int]:
    """The target of a cue and where its evidence ends."""
    if m.group().startswith(("are ", "is ", "was ", "were ")):  # 'the plans are unfair'
        return _evaluated(doc, sentence, m.start()), m.end()
    # an 'undecided' cue holds its object ('put the offer to members'); others are followed by it
    after_verb = m.start() + len(m.group().split()[0]) if stance == "undecided" else m.end()
    return _target(doc, after_verb, sentence.end, m.start())


def positions(doc: _Article, quoted: list[tuple[Span, Speaker]]) -> list[PositionDraft]:
    """Actor + stance cue + target in narrative sentences, and first-person stances in quotes."""
    out: list[PositionDraft] = []
    seen: set[tuple[str, str, str]] = set()

    def add(actor: str, stance: Stance, target: str | None, start: int, end: int, limit: int) -> None:
        key = (actor.lower(), stance, (target or "").lower())
        if not target or key in seen:
            return
        seen.add(key)
        condition = None
        if stance == "conditional" and (m := _CONDITION.match(doc.text, end, limit) or _CONDITION.search(doc.text, start, limit)):
            condition, end = m.group("condition"), max(end, m.end())
        evidence = doc.text[start:end].strip(" ,")
        out.append(PositionDraft(actor=actor, stance=stance, target=target, condition=condition, evidence=evidence))

    spans = Spans([span for span, _ in quoted])
    for sentence in doc.sentences:
        for stance, m in _cues(doc, sentence, spans):
            subject = _subject(doc, sentence, m.start())
            if subject is not None:
                target, end = _what(doc, stance, m, sentence)
                add(subject[0], stance, target, subject[1], max(end, m.end()), sentence.end)
    for span, who in quoted:
        for stance, m in _cues(doc, span, Spans([])):
            sentence = Span(max(span.start, doc.sentence_at(m.start()).start), span.end)
            lead = doc.text[sentence.start : m.start()]
            first_person = re.search(r"\b(?:[Ww]e|I|[Oo]ur \w+)\s+(?:\w+\s+){0,2}$", lead)
            judged = m.group().startswith(("are ", "is ", "was ", "were "))
            if first_person or judged:
                target, end = _what(doc, stance, m, sentence)
                start = sentence.start + first_person.start() if first_person else m.start()
                if judged and target and doc.text.rfind(target, sentence.start, m.start()) >= 0:
                    start = doc.text.rfind(target, sentence.start, m.start())
                add(who.org or who.name, stance, target, start, max(end, m.end()), span.end)
    return out


def extract(text: str) -> ExtractionDraft:
    """Draft every claim, figure and position in `text` with the offline rules."""
    doc = _Article.read(text)
    quoted = quotations(doc)
    return ExtractionDraft(
        claims=[
            *(_claim("direct", who, doc.slice(span)) for span, who in quoted),
            *reported_claims(doc, Spans([span for span, _ in quoted])),
        ],
        figures=figures(doc),
        positions=positions(doc, quoted),
    )


class RulesExtractor:
    """The `Extractor` for `--backend rules`: deterministic, offline, milliseconds per article."""

    name = "rules"

    def provenance(self) -> dict[str, Any]:
        return {"model": f"factx-rules-{RULES_VERSION}"}

    def draft(self, text: str, check: Callable[[ExtractionDraft], list[str]]) -> Drafted:
        return Drafted(extract(text))
