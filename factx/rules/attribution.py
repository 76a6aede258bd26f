"""Who said what: quotations with their speakers, and claims reported without quotes.

From the attribution patterns of news prose: 'X said:', '"...," he added', '"...," said the
PCS executive', 'X, the Y of Z, said', 'according to X', reporting verbs ('warned that',
'insist'), a quote running on across paragraphs, and pronouns or 'Mr X' resolved to the last
full name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from factx.quotes import Quote, content, quotes_in
from factx.rules.document import Document
from factx.rules.lexicon import (
    AUXILIARIES,
    CHARACTERISING_VERBS,
    CLAIMING_VERBS,
    CLAUSE_CONJUNCTIONS,
    DESCRIBING_VERBS,
    FINITE_VERBS,
    GROUP_NOUNS,
    INTRODUCTORY_WORDS,
    NOT_SOURCE_WORDS,
    ORG_PRONOUNS,
    PARTICIPLE_REPORTS,
    PERSON_ROLES,
    PLURAL_PRONOUNS,
    PRONOUNS,
    REPORTING_ADVERBS,
    SPEECH_VERBS,
    alternation,
    any_of,
)
from factx.rules.sentences import Spans
from factx.rules.speakers import (
    People,
    Speaker,
    actor_like,
    organisation,
    person_names,
    speaker,
)
from factx.schemas import ClaimDraft
from factx.text import Span

_SPEECH = alternation(SPEECH_VERBS)
_CLAIMING = alternation(CLAIMING_VERBS)
_REPORTING = f"{_SPEECH}|{_CLAIMING}"
_DESCRIBING = alternation(DESCRIBING_VERBS)
_FINITE = any_of(FINITE_VERBS)
_AUX = rf"(?:(?:{alternation(AUXILIARIES)})\s+)?"
_NOT_QUOTE = r"[^\"“”]"  # any character but a double quotation mark
REPORTING_VERB = re.compile(rf"\b(?:{_REPORTING})\b")
_CUE = re.compile(rf"\b(?:{_REPORTING}|{_DESCRIBING})\b")
#: The source before a quote: 'General secretary Mark Serwotka said:' / 'Mr Walker added:'.
_PRE_PATTERN = rf"""
    (?P<who>[^.!?\"“”]*{{lazy}}) \s+ {_AUX} (?:also\s+|again\s+)?
    (?:{_REPORTING}|{_DESCRIBING}) \b {_NOT_QUOTE}*$
"""
_PRE = re.compile(_PRE_PATTERN.format(lazy="?"), re.VERBOSE)
#: The same, up to the last reporting verb: 'In a clear warning of strikes he added:'.
_PRE_LAST = re.compile(_PRE_PATTERN.format(lazy=""), re.VERBOSE)
#: A character of a source's name or role: no punctuation but an initial's ('J. Jeffery Raborn').
_SOURCE_CHAR = r"(?:[^,.;:!?\"“”]|(?<=\b[A-Z])\.)"
_ROLE_APPOSITION = r"(?:,\s*(?:the\s+)?[a-z][^,.;:!?\"“”]{2,80})"  # ', the PCS executive'
#: The source after a quote: '," he added.' / '," said the PCS executive'.
_POST_VERB_FIRST = re.compile(
    rf"""
    ^[\s,.]* (?:{_REPORTING}) \s+
    (?P<who>{_SOURCE_CHAR}{{2,80}}? {_ROLE_APPOSITION}?)
    \s* (?:[,;:!?]|(?<!\b[A-Z])\.|$)
    """,
    re.VERBOSE,
)
_POST_WHO_FIRST = re.compile(  # '," he said', '," Raborn, Reynolds vice president, said'
    rf"^[\s,.]*(?P<who>{_SOURCE_CHAR}{{2,80}}?(?:,\s*{_SOURCE_CHAR}{{2,80}}?,)?)"
    rf"\s+(?:{_REPORTING})\b"
)
#: Reported speech: 'PCS said unions ...', 'UK ministers insist that ...'.
_INTRODUCTION = rf"(?i:{alternation(INTRODUCTORY_WORDS)})\b[^,;:\"“”]{{0,80}},\s+"
#: Any verb a reported claim turns on: one scan for it rules most sentences out before the
#: full pattern tries every possible end of the source.
_ANY_REPORTED_VERB = alternation([*SPEECH_VERBS, *CLAIMING_VERBS, *CHARACTERISING_VERBS])
_REPORTED = re.compile(
    rf"""
    ^(?=[^\"“”]*?\s(?:{_ANY_REPORTED_VERB}))                 # a verb ahead, before any quote
    (?:{_INTRODUCTION})?                                     # 'In a statement, '
    (?P<who>[^,;:\"“”]{{2,80}}? (?:(?:,[^,;:\"“”]{{2,70}}){{1,2}},)?)  # source, appositions
    \s+ {_AUX} (?:(?:{alternation(REPORTING_ADVERBS)}|[a-z]+ly)\s+)?
    (?: {_SPEECH}
      | (?:{_CLAIMING}) (?:\s+\w+){{0,3}}? \s+ that
      | (?:{_CLAIMING}) (?=\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){{0,3}}?\s+{_FINITE}\b)
      | {alternation(CHARACTERISING_VERBS)} )
    \b (?!\s*[:\"“])                                      # not a quote's introduction
    """,
    re.VERBOSE,
)
_REPORTED_INVERTED = re.compile(  # ', said the union.'
    rf",\s*(?:{_REPORTING})\s+(?P<who>(?:the\s+)?[^,.;:\"“”]{{2,60}}?)\s*(?:,|\.|$)"
)
#: Most words between a trailing source's verb and the sentence's end (', a court ruled on
#: Tuesday.', ', the company said in a statement.').
_TRAILING_WORDS = 6
_REPORTED_TRAILING = re.compile(
    rf"""
    ,\s* (?P<who>(?:(?:the|a|an)\s+)?[A-Za-z][^,.;:\"“”]{{2,60}}?)   # 'the NUT', 'a tribunal'
    \s+ (?:has\s+|have\s+)? (?:{_REPORTING})
    (?:\s+[^\s,.;:!?\"“”]+){{0,{_TRAILING_WORDS}}} \s* [.!?]?$   # 'in a statement on Monday'
    """,
    re.VERBOSE,
)
_REPORTED_ASIDE = re.compile(rf",\s*(?P<who>{alternation(PRONOUNS)})\s+(?:{_REPORTING}),")
#: A source whose act is reported with a participle: 'The council welcomed the move, saying
#: that ...', 'Ann Lee hit back, arguing ...', 'Labour MPs cheered, calling on ...'.
_REPORTED_PARTICIPLE = re.compile(
    rf"""
    ^(?=[^;:]*?,\s+{any_of(PARTICIPLE_REPORTS)}\b)              # one scan rules most out
    (?:{_INTRODUCTION})?
    (?P<who>[^,;:\"“”]{{2,80}}?) \s+ {_AUX} (?:[a-z]+ly\s+)?
    (?:[a-z]+ed|hit\s+back) \b [^;:]*? ,\s+ {any_of(PARTICIPLE_REPORTS)} \b
    """,
    re.VERBOSE,
)
#: A relative clause after a source that is not a person ('The union, which X is part of,').
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|that|whose|where)\b[^,]*,?\s*$")
#: ', but Labour MPs ...': a second source in the same sentence starts a claim of its own.
_SECOND_SOURCE = re.compile(r",\s+but\s+(?=[A-Z])")
#: An introduction before a quote's source: 'In a point of order to Speaker Bercow, ...'.
_LEADING_INTRODUCTION = re.compile(_INTRODUCTION)
#: A quote's source at the end of a longer phrase: 'In a clear warning of strikes he'.
_LAST_PRONOUN = re.compile(rf"\b(?P<who>{alternation(PRONOUNS)})$")
#: 'the former England Netball chief executive': a role that stands for the last person named.
_DESCRIBED_PERSON = re.compile(rf"^the\s+[^,;:]{{0,60}}\b{any_of(PERSON_ROLES)}$", re.I)
#: The subject of a sentence, for 'They said' in the next one: 'Jurors in Delaware needed'.
_GROUP_SUBJECT = re.compile(
    rf"""
    (?P<who>(?:the\s+)?(?i:{alternation(w for w in GROUP_NOUNS if w.endswith("s"))})
            (?:\s+(?:in|of|from|at)\s+[A-Z][^;:.]{{0,40}}?)?)
    \s+ (?:[a-z]+ly\s+)? (?:[a-z]+ed|have|had|were|are|said)\b
    """,
    re.VERBOSE,
)
_ACCORDING = re.compile(r"\b[Aa]ccording to (?P<who>[^,.;:\"“”]{2,60})")
#: 'CHICAGO (Reuters) - ', 'WASHINGTON, Dec. 16 (UPI) -- ', 'BUTTERWORTH: ': where, when and
#: by whom a wire story was filed, not who speaks or acts.
DATELINE = re.compile(
    r"""
    ^[A-Z][A-Z .,']+
    (?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s*)?          # 'Dec. 16', 'March 3,'
    (?:\([^)]{1,40}\))?\s*(?:[-–—]+|(?<=[A-Z)]):)\s*
    """,
    re.VERBOSE,
)
#: Where a clause ends inside a sentence.
CLAUSE_BREAK = re.compile(rf"(?:[,;:]\s+|\s+(?:{alternation(CLAUSE_CONJUNCTIONS)})\s+)")
NOT_SOURCES = re.compile(rf"^(?:{alternation(NOT_SOURCE_WORDS)})\b", re.I)


def claim(
    kind: Literal["direct", "reported"], who: Speaker, evidence: str, indirect: bool = False
) -> ClaimDraft:
    """A claim draft from a speaker and the words attributed to them. Confidence: 'high' when
    the source is named in the claim's own sentence by an explicit pattern ('X said'),
    'medium' when it was resolved from earlier text ('he', 'the union', a quote running on)
    or found by a looser pattern (`indirect`: 'according to X', ', X said.' at the end)."""
    return ClaimDraft(
        kind=kind,
        speaker=who.name,
        speaker_role=who.role,
        speaker_org=who.org,
        evidence=evidence,
        confidence="medium" if who.resolved or indirect else "high",
    )


def _first_person(phrase: str, at: int, people: People) -> Speaker | None:
    """The first (non-possessive) person named in a phrase, as a speaker."""
    names = person_names(phrase)
    return speaker(phrase[names[0][0] :], at, people) if names else None


def _quote_speaker(doc: Document, quote: Quote, sentence: Span) -> Speaker | None:
    """Who a quote is attributed to in its own sentence: before the marks, or after them (in
    the sentence holding the closing mark, for a quote of several sentences)."""
    text = doc.text
    after = text[quote.end + 1 : doc.sentence_at(quote.end).end] if quote.closed else ""
    for pattern in (_POST_VERB_FIRST, _POST_WHO_FIRST):
        m = pattern.match(after)
        if (
            m
            and not NOT_SOURCES.match(m.group("who"))
            or (m and m.group("who").lower() in PRONOUNS | ORG_PRONOUNS)
        ):
            name, _, role = m.group("who").partition(",")  # 'Raborn, Reynolds vice president'
            found = _source(
                name if pattern is _POST_WHO_FIRST else m.group("who"), quote.open_mark, doc.people
            )
            if found and role.strip(" ,") and pattern is _POST_WHO_FIRST:
                role = re.sub(r"^(?:the|a|an)\s+", "", role.strip(" ,"))
                return replace(found, role=role, org=organisation(role))
            if found:
                return found
    before = text[sentence.start : quote.open_mark]
    for pattern in (_PRE, _PRE_LAST):
        m = pattern.search(before)
        if not m:
            continue
        who = m.group("who")
        intro = _LEADING_INTRODUCTION.match(who)
        who = who[intro.end() :] if intro else who  # 'In a point of order to X, Y said:'
        pronoun = _LAST_PRONOUN.search(who)  # 'In a clear warning of strikes he added:'
        clause = (
            pronoun.group("who")
            if pronoun
            else CLAUSE_BREAK.split(who)[0]
            if len(who.split()) > 14
            else who
        )
        found = speaker(clause, sentence.start, doc.people)
        if found:
            return found
    return _first_person(before, sentence.start, doc.people)


def _source(phrase: str, position: int, people: People) -> Speaker | None:
    """`speaker`, and 'the former England Netball chief executive' after a quote standing for
    the last person named."""
    if _DESCRIBED_PERSON.match(phrase.strip()) and (name := people.last_before(position)):
        role = re.sub(r"^the\s+", "", phrase.strip(), flags=re.I)
        return Speaker(name, role, organisation(role), person=True, resolved=True)
    return speaker(phrase, position, people)


def _plural_source(doc: Document, sentence: Span) -> Speaker | None:
    """Who 'They' stands for: the group that is the subject of the sentence before ('Jurors
    in Delaware needed a day. They also said ...')."""
    before = doc.sentence_at(sentence.start - 2)  # past the space between sentences
    if before.start == before.end:
        return None
    m = _GROUP_SUBJECT.match(doc.slice(before))
    return Speaker(m.group("who"), resolved=True) if m else None


def _resumes(doc: Document, found: list[tuple[Span, Speaker]], words: Span, who: Speaker) -> bool:
    """Whether a quote opening in lower case resumes the same speaker's quote in its sentence."""
    if not found or not doc.text[words.start].islower():
        return False
    last, last_who = found[-1]
    return last_who.name == who.name and doc.sentence_at(last.start) == doc.sentence_at(words.start)


def quotations(doc: Document) -> list[tuple[Span, Speaker]]:
    """Attributed quotes: one per quoted paragraph; a paragraph continuing a quote keeps
    its speaker."""
    found: list[tuple[Span, Speaker]] = []
    previous: Speaker | None = None  # speaker of the last quoted paragraph, for continuations
    #: paragraphs of a quote that runs on unattributed, waiting for the paragraph that names
    #: its speaker ('"It is strange ... / "Why does ... / "... now," Lim said.')
    waiting: list[Span] = []
    for paragraph in doc.paragraphs:
        current: Speaker | None = None
        quotes = quotes_in(doc.text, paragraph)
        text = doc.slice(paragraph)
        if not quotes or quotes[0].open_mark != paragraph.start:
            waiting = []
        if not quotes and text.endswith(":") and (m := _PRE.search(text[:-1] + " ")):
            # 'But Chris Juke, GMB Senior Organiser, said:' introduces the next paragraph
            previous = speaker(m.group("who"), paragraph.start, doc.people)
            continue
        for quote in quotes:
            words = content(doc.text, quote)
            sentence = doc.sentence_at(quote.open_mark)
            lead = doc.text[sentence.start : quote.open_mark]
            opens_sentence = not lead.strip()
            introduced = opens_sentence or re.search(r"[:,]\s*$", lead)
            if (
                not introduced
                and (len(doc.slice(words).split()) < 5 or not _CUE.search(lead))
                and not (
                    quote.closed and _POST_VERB_FIRST.match(doc.text[quote.end + 1 : sentence.end])
                )
            ):  # a phrase quoted mid-sentence, not attributed right after it
                continue
            who = _quote_speaker(doc, quote, sentence)
            if who is None and opens_sentence:
                who = current or (previous if quote.open_mark == paragraph.start else None)
                named = doc.people.last_before(quote.open_mark, since=paragraph.start)
                if who is None and named:  # 'Jo Lee was defiant. "We will win."'
                    who = Speaker(named, person=True)
                who = replace(who, resolved=True) if who else None
            if who is None and not quote.closed and quote.open_mark == paragraph.start:
                waiting.append(words)
                continue
            if who is not None and actor_like(who.name):
                found.extend((run, replace(who, resolved=True)) for run in waiting)
                waiting = []
                if _resumes(doc, found, words, who):
                    # '"The reason," Mr Coupe said, "was to lower prices."': one quote, one claim
                    found[-1] = (Span(found[-1][0].start, words.end), found[-1][1])
                else:
                    found.append((words, who))
                current = who
        previous = current
    return found


def _parts(doc: Document, sentence: Span) -> list[Span]:
    """A sentence, or its parts when a second source follows ', but' ('Whips branded the vote
    a gesture, but Labour MPs enjoyed their victory, calling on ...')."""
    if doc.text.find(", but ", sentence.start, sentence.end) < 0:
        return [sentence]  # most sentences: no regex needed
    found = _SECOND_SOURCE.finditer(doc.text, sentence.start, sentence.end)
    cuts = [sentence.start, *(m.start() for m in found)]
    ends = [*cuts[1:], sentence.end]
    return [Span(a, b) for a, b in zip(cuts, ends, strict=True)]


def reported_claims(doc: Document, quoted: Spans) -> list[ClaimDraft]:
    """Sentences (or their parts with a source each) that attribute a claim to a source
    without quoting it in full."""
    claims = []
    body: Speaker | None = None  # the organisation that was the last claim's source
    for whole in doc.sentences:
        if quoted.overlaps(whole.start, whole.end):
            continue
        for sentence in _parts(doc, whole):
            claimed = _reported_claim(doc, whole, sentence, body)
            if claimed is not None:
                claims.append(claimed)
                person = claimed.speaker_org is None and bool(person_names(claimed.speaker))
                body = None if person else Speaker(claimed.speaker, org=claimed.speaker_org)
    return claims


def _reported_claim(
    doc: Document, whole: Span, sentence: Span, body: Speaker | None = None
) -> ClaimDraft | None:
    """The claim a sentence (or part of one, in `whole`) reports, if it names its source;
    'It said' stands for `body`, the organisation that was the source of the claim before."""
    text = doc.slice(sentence).lstrip(", ")
    if dateline := DATELINE.match(text):  # 'BUTTERWORTH: Finance Minister X said ...'
        text = text[dateline.end() :]
    if text.startswith("but "):
        text = text[4:]
    who: Speaker | None = None
    m = _REPORTED.match(text)
    if m and not NOT_SOURCES.match(m.group("who").strip()):
        source = m.group("who")
        if not person_names(source):  # 'The union, which drivers joined,': the union
            source = _RELATIVE_CLAUSE.sub("", source)
        who = speaker(source, sentence.start, doc.people)
    elif m and m.group("who").strip().lower() in PLURAL_PRONOUNS:
        who = _plural_source(doc, whole)  # 'They also said ...'
    elif m and m.group("who").strip().lower() in ORG_PRONOUNS and body:
        who = replace(body, resolved=True)  # 'Tenon said ... It said ...'
    indirect = who is None
    for pattern in (_REPORTED_INVERTED, _REPORTED_TRAILING, _REPORTED_ASIDE, _ACCORDING):
        if (
            who is None and (m := pattern.search(text)) and not NOT_SOURCES.match(m.group("who"))
        ) or (who is None and m and m.group("who").lower() in PRONOUNS):
            who = speaker(m.group("who"), sentence.start + m.start(), doc.people)
    if who is None and (m := _REPORTED_PARTICIPLE.match(text)):  # '..., saying that'
        who = speaker(m.group("who"), sentence.start, doc.people)
    if who is None or not actor_like(who.name):
        return None
    return claim("reported", who, text.rstrip(), indirect)
