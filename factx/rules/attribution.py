"""Who said what: quotations with their speakers, and claims reported without quotes.

From the attribution patterns of news prose: 'X said:', '"...," he added', '"...," said the
PCS executive', 'X, the Y of Z, said', 'according to X', reporting verbs ('warned that',
'insist', 'X on Thursday said', 'called it "obscene"', 'is asking why', 'issued a statement
saying'), published studies ('analysis from X shows'), a quote running on across paragraphs or
following a paragraph that reports its speaker, and pronouns, 'Mr X', 'It' and 'They' resolved
to the last full name, organisation or group.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Literal

from factx.figures import find_figures
from factx.names import name_matches
from factx.quotes import Quote, content, paragraph_quotes
from factx.rules.document import Document
from factx.rules.lexicon import (
    ADMITTING_VERBS,
    AFTER_QUOTE_VERBS,
    AIRED_FEELINGS,
    AIRED_LEADS,
    AIRING_VERBS,
    ANNOUNCED_DECISIONS,
    ANNOUNCING_VERBS,
    APPEALING_VERBS,
    APPOSITION_OPENERS,
    AUXILIARIES,
    BARE_PARTICIPLE_REPORTS,
    BLAMING_VERBS,
    CALLED_EVENTS,
    CALLED_FOR_ACTS,
    CALLING_VERBS,
    CHANTING,
    CHARACTERISING_VERBS,
    CLAIMING_VERBS,
    CLAUSE_CONJUNCTIONS,
    CLAUSE_ONLY_PARTICIPLES,
    CLAUSE_REPORTS,
    COLON_LEADS,
    CONNECTIVE_ADVERBS,
    CONSEQUENCE_LINKS,
    CONTRAST_LINKS,
    COPULAS,
    COSTS_ORDERS,
    DECIDED_MATTERS,
    DECIDING_VERBS,
    DECLARED_ACTS,
    DENIED_THINGS,
    DENYING_PARTICIPLES,
    DENYING_VERBS,
    DESCRIBING_VERBS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    DOING_CLAUSE_OPENERS,
    EVIDENCE_NOUNS,
    EVIDENCE_VERBS,
    FEELING_LINKS,
    FINITE_VERBS,
    GROUP_NOUNS,
    INTRODUCTORY_WORDS,
    IRREGULAR_PASTS,
    ISSUED_DOCUMENTS,
    ISSUING_VERBS,
    LABELLING_VERBS,
    LAW_NOUNS,
    LEAD_IN_LINKS,
    LEAD_IN_SUBJECTS,
    LEAD_IN_VERBS,
    LEADING_CONNECTIVES,
    LIKENING_VERBS,
    MEMBERS_ASIDES,
    MODALS,
    NAME_PARTICLES,
    NOT_SOURCE_ENDINGS,
    NOT_SOURCE_WORDS,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    OCCASION_NOUNS,
    OCCASION_PREPOSITIONS,
    OPENING_ADVERBIALS,
    OPINIONS_HELD,
    ORG_NOUNS,
    ORG_PRONOUNS,
    ORG_WORDS,
    OUTLET_VERBS,
    OWNED_RECORDS,
    PARTICIPLE_REPORTS,
    PARTICLES,
    PARTITIVES,
    PASSIVE_AS_VERDICTS,
    PASSIVE_AUXILIARIES,
    PASSIVE_CRITICISMS,
    PASSIVE_VERDICTS,
    PEOPLE_NOUNS,
    PERSON_ROLES,
    PLURAL_OBJECT_PRONOUNS,
    PLURAL_PRONOUNS,
    POSITION_NOUNS,
    POSSESSIVE_DETERMINERS,
    POSSESSIVE_ENDINGS,
    POSTING_PLACES,
    PREPOSITIONS,
    PROGRESSIVE_AUXILIARIES,
    PROGRESSIVE_CHARGES,
    PROGRESSIVE_SPEECH,
    PRONOUN_OF_POSSESSIVE,
    PRONOUNS,
    PUBLISHING_PARTICIPLES,
    QUANTIFIERS,
    QUESTION_WORDS,
    QUESTIONED_GROUNDS,
    QUESTIONING_VERBS,
    QUOTE_FROM_VERBS,
    QUOTING_VERBS,
    RECORD_NOUNS,
    RELATIVE_PRONOUNS,
    REPORT_OPENERS,
    REPORTING_ADVERBS,
    REPORTING_BASES,
    RESTATING_VERBS,
    ROLE_WORDS,
    SECOND_SOURCE_LINKS,
    SENTENCE_TERMS,
    SHOWING_SOURCES,
    SITTING_BODIES,
    SOURCE_CLAUSE_OPENERS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    STATEMENT_CONTENTS,
    STATEMENT_NOUNS,
    STATISTICS_NOUNS,
    STOPWORDS,
    SUBMITTING_VERBS,
    SUBORDINATORS,
    TELLING_VERBS,
    THAT_VERBS,
    TIME_GONE_BY,
    TIME_LEADS,
    TIME_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_LINKS,
    TRAILING_SCORN_VERBS,
    UTTERANCE_NOUNS,
    VERDICT_ACTS,
    VERDICT_ENDINGS,
    VERDICT_VERBS,
    WHERE_SAID_PREPOSITIONS,
    WORDS_OWNERS,
    alternation,
    any_of,
    forms_of,
)
from factx.rules.sentences import Spans
from factx.rules.speakers import (
    APPOSED_DATE,
    BASED_IN,
    DATE_GOING_ON,
    THE_STATEMENT,
    UNNAMED_SOURCE,
    People,
    Speaker,
    actor_like,
    organisation,
    speaker,
)
from factx.schemas import ClaimDraft
from factx.text import Span

_SPEECH = alternation(SPEECH_VERBS)
_CLAIMING = alternation(CLAIMING_VERBS)
#: Both lists as one trie: a word opening items of both is tested once, not once per list; of
#: two items that match, the longer is tried first, as within one list.
_REPORTING = alternation([*SPEECH_VERBS, *CLAIMING_VERBS])
_DESCRIBING = alternation(DESCRIBING_VERBS)
#: The verbs a source may close the claim's words with: those of reporting, and of scorn.
_AFTER_CLAUSE = rf"{_REPORTING}|{alternation(TRAILING_SCORN_VERBS)}"
_FINITE = any_of(FINITE_VERBS)
_AUX = rf"(?:(?:{alternation([*AUXILIARIES, *MODALS])})\s+)?"  # 'has said', 'will say'
#: A progressive of saying: 'is saying', '(has) been warning', 'is accusing the government'.
_PROGRESSIVE = rf"""(?:{alternation(PROGRESSIVE_AUXILIARIES)})\s+
    (?:{alternation(PROGRESSIVE_SPEECH)}
      |(?:{alternation(PROGRESSIVE_CHARGES)})(?=\s+(?!(?:{alternation(PREPOSITIONS)})\b)\w))"""
#: 'that' opening a clause, not pointing at a thing ('denied that motion.', 'accepted
#: that offer.'): a word and a full stop right after it make it a determiner.
_THAT = r"that(?!\s+[\w’'-]+\s*(?:[.;:!?]|$))"
#: Where words were said, between a verb and its 'that': 'on Instagram', 'on its social media
#: platform', 'in a letter to members'.
_WHERE_SAID = rf"(?:\s+(?:{alternation(WHERE_SAID_PREPOSITIONS)})(?:\s+[\w’'-]+){{1,4}}?)?"
#: A verb reporting with 'that' right after it or after where it was said: 'held that',
#: 'posted on Instagram that'.
_THAT_CLAUSE = rf"(?:{alternation(THAT_VERBS)}){_WHERE_SAID}\s+{_THAT}"


def _not_after(words: Iterable[str]) -> str:
    """Negative look-behinds for `words`, one per word length (a look-behind's branches must
    be as long as each other): a lazy source's every possible end tests them all, and one
    test per word (40) cost a sixth of `_REPORTED`'s time."""
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(word)
    looks = []
    for _, group in sorted(by_length.items()):
        whole = [w for w in group if w.isalpha()]  # a contraction's "n't" has no \b before it
        branches = [*([rf"\b(?:{alternation(whole)})"] if whole else []), *set(group) - set(whole)]
        looks.append(f"(?<!{'|'.join(sorted(branches))})")
    return "".join(looks)


#: What a source's phrase never ends with: an article or a preposition ('Lawyers for the
#: [family contended]' is not 'Lawyers for the' and an adverb), or a negation ('Unions have
#: not [ruled out]').
_NOT_SOURCE_END = _not_after(NOT_SOURCE_ENDINGS)
_NOT_QUOTE = r"[^\"“”]"  # any character but a double quotation mark
REPORTING_VERB = re.compile(rf"\b(?:{_REPORTING})\b")
_CHARACTERISING = re.compile(rf"\b(?:{alternation(CHARACTERISING_VERBS)})\b")
#: A quote opening a claim of its own mid-sentence: after a colon or comma, or a verdict named
#: in the source's words ('described the result as "a bizarre twist"').
_INTRODUCED = re.compile(r"[:,]\s*$|\bas\s+(?:the\s+|an?\s+)?$")
#: A reporting verb or participle right before a quote, no comma or colon between: 'Lee said
#: "we won."', 'Lee said that "we won."', '..., he said, adding "all services will stop."'.
_VERB_BEFORE = re.compile(rf"\b(?:{_REPORTING}|{alternation(PARTICIPLE_REPORTS)})\s+(?:that\s+)?$")
_CHANTING = alternation(CHANTING)
#: A crowd's verb or noun right before a quote: 'chanted "No more cuts"', 'chants of "..."'.
_CHANTED_BEFORE = re.compile(rf"\b(?i:{_CHANTING})\s+$")
#: A copula before a quote: a whole clause quoted ('it was "as good as it's going to get"') is
#: the source's claim; a word or two ('they are "heartbroken"') is the sentence's.
_COPULA_BEFORE = re.compile(rf"\b{any_of(COPULAS)}\s+$")
#: Where a lazy source phrase may end: only where the white space after it (or the comma of
#: its apposition, or its closing stop) comes next. Neutral, as what follows the phrase in
#: each pattern demands that character anyway; said once, right after the phrase, it spares
#: the rest of the pattern (its look-behinds, optional groups) at every letter inside a word.
_SPACE_OR_COMMA_NEXT = r"(?=[\s,])"
_SPACE_OR_STOP_NEXT = r"(?=[\s,;:!?.]|$)"
#: A verb that introduces a quote only by a colon (or at its paragraph's end, whose colon the
#: paragraph reading has taken off), or a comma right before the quote: 'He continued: "..."',
#: 'She went on:', 'He continued, "..."'.
_COLON_LEAD = rf"(?:{alternation(COLON_LEADS)})(?=\s*(?::|,?\s*$))"
#: The source before a quote: 'General secretary Mark Serwotka said:' / 'Mr Walker added:'.
_PRE_PATTERN = rf"""
    (?P<who>[^.!?\"“”]*{{lazy}}) \s+ {_AUX} (?:(?:{alternation(REPORTING_ADVERBS)})\s+)?
    (?:{_REPORTING}|{_DESCRIBING}|{_CHANTING}|{_COLON_LEAD}) \b {_NOT_QUOTE}*$
"""
_PRE = re.compile(_PRE_PATTERN.format(lazy="?"), re.VERBOSE)
#: The same, up to the last reporting verb: 'In a clear warning of strikes he added:'.
_PRE_LAST = re.compile(_PRE_PATTERN.format(lazy=""), re.VERBOSE)
#: What the source phrase of `_PRE_PATTERN` never holds: it can only begin after one of these.
_PRE_BREAK = re.compile(r"[.!?\"“”]")


def _search_pre(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)` for `_PRE` or `_PRE_LAST`, tried only where its source phrase can
    begin: where one fails, so does every later start before the next stop or quotation mark
    (the phrase may run from earlier just as well), and a search would try them all, each
    reading on to the text's end."""
    for start in (0, *(m.end() for m in _PRE_BREAK.finditer(text))):
        if found := pattern.match(text, start):
            return found
    return None


#: A full stop after a title ('Rep.'): one look-behind per title, each of fixed width.
_TITLE_STOP = "|".join(rf"(?<=\b{t.capitalize()})" for t in TITLE_ABBREVIATIONS)
#: A character of a source's name or role: no punctuation but an initial's or a title's
#: ('J. Jeffery Raborn', 'Rep. Lou Barletta').
_SOURCE_CHAR = rf"(?:[^,.;:!?\"“”]|(?:(?<=\b[A-Z])|{_TITLE_STOP})\.)"
#: A full stop that ends no title ('Sen.').
_NOT_TITLE_STOP = _not_after(t.capitalize() for t in TITLE_ABBREVIATIONS)
#: An apposition after a source: ', the PCS executive', or a name after its role (', Jane
#: Roe' in 'said the company's chief executive, Jane Roe').
_ROLE_APPOSITION = r"""(?:,\s*(?:(?:the\s+)?[a-z][^,.;:!?\"“”]{2,80}
    |[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}))"""
#: Most characters of a source phrase: long enough for a role in a body's branch and a name
#: ('the Zimbabwe Urban Councils Workers’ Union Gwanda branch chairperson Sipho Ndlovu'), or a
#: name after its verb with what the source spoke for ('said former Finance Minister Dr. Jo
#: Lee on behalf of the minority spokesperson').
_SOURCE_MOST = 100
#: Most words of a source phrase `speaker` reads; a longer one runs on past its source.
_SOURCE_WORDS_MOST = 14
#: Verbs that attribute a quote before them, beyond those that report ('," he continued').
_AFTER_QUOTE = rf"{_REPORTING}|{alternation(AFTER_QUOTE_VERBS)}"
#: What may stand between a quote and its source: a comma or stop, and a dash as copy
#: translated from Russian or Georgian writes it ('", - said Jo Lee').
_AFTER_QUOTE_LEAD = r"^[\s,.]*(?:[–—-]\s+)?"


def _verb_first(verbs: str) -> re.Pattern[str]:
    """The source after a quote and one of `verbs` before it: '," he added.', '," said the PCS
    executive', '," according to the employers' association.'"""
    return re.compile(
        rf"""
        {_AFTER_QUOTE_LEAD} (?:{verbs}) \s+
        (?P<who>{_SOURCE_CHAR}{{2,{_SOURCE_MOST}}}?{_SPACE_OR_STOP_NEXT} {_ROLE_APPOSITION}?)
        \s* (?:[,;:!?]|(?<!\b[A-Z]){_NOT_TITLE_STOP}\.|$
            |(?=\s(?:{alternation(CLAUSE_CONJUNCTIONS)})\s)    # 'said Jo Lee on Monday while'
            |(?=\swho\s))                                      # 'said Jo Lee who chairs ...'
        """,
        re.VERBOSE,
    )


_POST_VERB_FIRST = _verb_first(_AFTER_QUOTE)
#: 'according to' after a quote that opens its sentence names its source as a reporting verb
#: would ('“A sound agreement,” according to the employers.'); after a quote inside a sentence
#: it is the source of the whole sentence, as a reported claim.
_POST_ACCORDING = _verb_first(r"according\s+to")
#: The source after a quote it sent up: '" came from union members in the public galleries.'
_CAME_FROM = re.compile(
    rf"^\s*(?:{alternation(QUOTE_FROM_VERBS)})\s+from\s+(?P<who>[^,.;:!?\"“”]{{2,80}}?)\s*[,.;!?]"
)
#: '," he said', '," Raborn, Reynolds vice president, said', or two appositions ('," Jo Lee,
#: head of the PTUZ, one of two unions, said'); the apposition's closing comma may
#: be missing ('," secretary-general of the union, Jo Lee said'); a long role before the name
#: as the verb-first form allows ('," the Bihar State Non-Gazetted Employees Federation
#: (BSNGEF) General Secretary Manjul Kumar Das said').
_POST_WHO_FIRST = re.compile(
    rf"{_AFTER_QUOTE_LEAD}(?P<who>{_SOURCE_CHAR}{{2,{_SOURCE_MOST}}}?{_SPACE_OR_COMMA_NEXT}"
    rf"(?:,\s*{_SOURCE_CHAR}{{2,80}}?,?){{0,2}})"
    rf"\s+(?:{_AFTER_QUOTE})\b"
)
#: A fronted participle clause before a sentence's source: 'Expressing her surprise at the
#: news, ', 'Citing safety concerns, ' (a capital, then lower case to '-ing'), 'Flanked by
#: ministers, ' (to '-ed' before 'by'); in lower case after a subordinator ('This followed a
#: meeting when, backed by 60 objectors, residents spoke against the plan, claiming ...').
_FRONTED_PARTICIPLE = r"[A-Za-z][a-z]{2,}(?:ing|ed(?=\s+by\b))"
#: A time phrase opening a sentence: 'Last week', 'This morning', 'Late on Friday', 'Two days
#: later', 'Minutes earlier'.
_TIME_WORD = rf"(?i:{alternation(TIME_WORDS)})"
_OPENING_TIME = rf"""(?:(?i:{alternation(TIME_LEADS)})\s+(?:[\w-]+\s+)?{_TIME_WORD}
    |(?:[\w-]+\s+)?{_TIME_WORD}\s+(?:{alternation(TIME_GONE_BY)}))"""
#: One or two introductory phrases before a source, each closed by a comma: 'In a statement,
#: ', 'However, with appeals ahead, ', 'Last week, ', 'Speaking on Tuesday, March 11, 2025, ',
#: 'In a statement issued on May 28, 2025, '.
_INTRODUCTION = rf"""(?:(?:(?i:{alternation(INTRODUCTORY_WORDS)})|{_FRONTED_PARTICIPLE}
    |{_OPENING_TIME})\b[^,;:\"“”]{{0,120}},\s+{DATE_GOING_ON}){{1,2}}"""
#: A time phrase between a source and its verb: 'Shire on Thursday said', 'Tenon this morning
#: advised', 'The firm earlier on Friday confirmed', 'X on Friday night issues', 'The union on
#: Monday, March 3, said'.
_WHEN = rf"""(?:{any_of(TIME_LEADS)}\s+){{1,2}}(?i:{alternation(TIME_WORDS)})
    (?:{APPOSED_DATE}|\s+{any_of(TIME_WORDS)})?"""
#: Sources named as a list: 'Lord Justice Pill, Lord Justice Carnwath and Lord Justice Rimer'.
_CAPITALISED = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}"
_LIST = rf"(?:,\s+{_CAPITALISED}){{1,3}},?\s+and\s+{_CAPITALISED}"
_NAME_LIST = re.compile(rf"{_CAPITALISED}{_LIST}")
#: A later word of a name, with the particles some names hold ('al-Nuaimi', 'van der Berg').
_NAME_WORD = rf"(?:(?:{alternation(NAME_PARTICLES)})(?:\s+|-))*[A-Z][\w’'-]+"
#: A name after its role: 'ASUU President at the University of Lagos, Prof. Kayode Adebayo',
#: 'Registrar of High Court, Tutua' (a surname alone, as a second mention gives it).
_NAME_AFTER_ROLE = rf",\s+(?:[A-Z][a-z]{{1,4}}\.\s+)?[A-Z][\w’'-]+(?:\s+{_NAME_WORD}){{0,3}}"
#: The rest of a role's list of portfolios, before its holder's name: 'Minister of Industry[,
#: Energy and Mining], Omar Paganini'.
_PORTFOLIOS_RUN_ON = rf"(?:,\s+{_CAPITALISED})*,?\s+(?:and|&)\s+{_CAPITALISED}"
#: A line signing the quote before it: '– Steve Eckersley, Head of Enforcement, ICO'.
_SIGNATURE = re.compile(r"[–—-]+\s*(?P<who>[A-Z][^\"“”.!?]{2,120})")
#: A feeling aired about something: 'has expressed deep disappointment with', 'voiced anger
#: at' (not 'expressed their dismay,': about nothing said).
_AIRED = rf"""(?:{alternation(AIRING_VERBS)})\s+(?:(?:{alternation(AIRED_LEADS)})\s+){{0,2}}
    (?:{alternation(AIRED_FEELINGS)})(?=\s+(?:{alternation(FEELING_LINKS)})\b)"""
#: A participle that judges as a verdict's adjective: negated ('unfounded', 'unjustified') or
#: after an adverb ('politically motivated'); not a bare one ('called the meeting postponed').
_JUDGING_PARTICIPLE = r"(?:un[a-z]{3,}ed|[a-z]{3,}ly\s+[a-z]{3,}ed)"
#: A labelling verb's object and the verdict after it, to the clause's end: an adjective
#: ('the proposed tax cut reckless') or a noun phrase ('the scheme a waste of money'); never a
#: person ('called the union official', 'the company's management') nor a time ('called the
#: meeting an hour after the vote').
_PEOPLE_WORDS = alternation(ROLE_WORDS | PERSON_ROLES | GROUP_NOUNS | SOURCE_NOUNS)
_VERDICT_AFTER = rf"""\s+(?:{alternation(DETERMINERS)}|it|them)\s+(?:[\w’'-]+\s+){{0,4}}?
    (?:(?:a|an)\s+(?!(?:{alternation(TIME_WORDS)})\b)[\w’'-]+(?:\s+[\w’'-]+){{0,3}}
      |(?!(?:{_PEOPLE_WORDS})\b)[a-z]+(?<!ment)(?:{alternation(VERDICT_ENDINGS)})
      |{_JUDGING_PARTICIPLE})
    \s*(?:[.,;!?]|$)"""
#: An appeal to someone to act: the verb, whom it asks (never a court or tribunal) and 'to'
#: with a verb ('appealed to the state government to engage'; not 'appealed to the tribunal').
_APPEALED = rf"""(?:{alternation(APPEALING_VERBS)})
    (?!(?:\s+[\w’'-]+){{0,5}}?\s+(?i:{alternation(SITTING_BODIES)})\b)
    (?=(?:\s+[\w’'.-]+){{1,6}}?\s+to\s+(?!(?:{alternation(DETERMINERS)})\b)[a-z]+\b)"""
#: A sentence passed after a verdict's object: 'condemned him to death', 'to ten years'.
_SENTENCED = rf"""\s+(?:[\w’'-]+\s+){{1,4}}?to\s+
    (?:{alternation(SENTENCE_TERMS)}|{alternation(NUMBER_WORDS)}|\d)\b"""
#: A clause in the past with no auxiliary after a claiming verb: its subject, a regular past
#: and what the past governs ('found the company failed to enforce', 'the firm breached its
#: duty'); not 'found the body dumped in a river' (a participle and a place).
_PAST_CLAUSE = rf"""\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){{0,3}}?\s+[a-z]{{3,}}ed
    \s+(?:to\s+[a-z]+|(?:{alternation(DETERMINERS)}))\b"""
#: Every verb `_REPORTED` reports with: one scan for them, whole, rules most sentences out
#: before the full pattern tries every possible end of the source.
_REPORTED_VERB_WORDS = [
    "quoted",
    *LIKENING_VERBS,
    *BLAMING_VERBS,
    *RESTATING_VERBS,
    *ADMITTING_VERBS,
    *CALLING_VERBS,
    *AIRING_VERBS,
    *VERDICT_VERBS,
    *VERDICT_ACTS,
    *DENYING_VERBS,
    *SPEECH_VERBS,
    *CLAIMING_VERBS,
    *CHARACTERISING_VERBS,
    *APPEALING_VERBS,
    *LABELLING_VERBS,
    *QUESTIONING_VERBS,
    *ISSUING_VERBS,
    *PROGRESSIVE_SPEECH,
    *PROGRESSIVE_CHARGES,
    *THAT_VERBS,
    *EVIDENCE_VERBS,
    *OPINIONS_HELD,
]
#: The first words `_REPORTED` can find its verb by (a copula leads into one: 'is asking
#: why'): at each possible end of the source they are tested once before trying each verb.
_REPORTED_HEADS = alternation([*_REPORTED_VERB_WORDS, *COPULAS, *PROGRESSIVE_AUXILIARIES])
#: A ruling for or against a party, no clause after it: an act ('ruled in the labourer's
#: favour', 'ruled against the council'), not a claim ('ruled that the order was unlawful').
_RULED_FOR = r"(?<=ruled)\s+(?:in\s+(?:[\w’'-]+\s+){0,3}?favou?r|against)\b"
#: Dismissing a matter before a court or a body is a decision, not a verdict on a claim ('The
#: Supreme Court dismissed the appeal with costs'; not 'dismissed the claims as baseless').
_DISMISSED_MATTER = rf"""dismissed\s+(?:[\w’'-]+\s+){{0,2}}?
    (?:(?:{alternation(DECIDED_MATTERS)})\b(?!\s+as\b) | (?:{alternation(COSTS_ORDERS)})\b)"""
#: An act declared, after 'declared' and its article: 'declared an indefinite nationwide strike'.
_DECLARED_ACT = rf"""(?:(?<=declared)|(?<=declares)|(?<=declare))
    \s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{alternation(DECLARED_ACTS)})\b"""
#: A plural noun that looks like a verb of saying, its own verb after it: 'The new rules were
#: criticised', 'Their claims have been rejected' ('says are' is never a clause's verb).
_NOUN_BEFORE_VERB = rf"(?<=s)\s+(?:{alternation([*COPULAS, 'have', 'had'])})\b"
#: An aside between spaced dashes after a source: 'Mayor Jo Lee - who ran on the Liberal ticket -'.
_DASHED_ASIDE = r"\s+[–—-](?P<dash>\s+)[^–—;:\"“”]{2,150}?\s+[–—-]"
_REPORTED = re.compile(
    rf"""
    ^(?=[^\"“”]*?\s(?:{alternation(_REPORTED_VERB_WORDS)})\b)    # a verb ahead, before any quote
    (?:{_INTRODUCTION})?                                     # 'In a statement, '
    (?:(?i:{alternation(OPENING_ADVERBIALS)})\s+)?              # 'In particular they'
    (?P<who>[^,;:\"“”]{{2,{_SOURCE_MOST}}}?{_SPACE_OR_COMMA_NEXT}
            (?:(?:,[^,;:\"“”]{{2,120}}){{1,2}},|{_LIST}|{_NAME_AFTER_ROLE}
              |,\s+from\s+[^,;:\"“”]{{2,70}}                # 'Jo Lee, from the UCU said'
              |\s+who\s+[^,;:\"“”]{{2,90}},              # 'Jo Lee who spoke on radio, said'
              |{_DASHED_ASIDE})?)                       # 'Jo Lee - who ran in 2019 - said'
    {_NOT_SOURCE_END}
    (?:\s+{_WHEN})?
    (?:\s+(?:{alternation(CONNECTIVE_ADVERBS)}),)?                # 'Betty Kamya however, noted'
    (?:\s+(?:{alternation(REPORTING_ADVERBS)})(?=\s+{_AUX.removesuffix("?")}))?  # 'earlier had'
    \s+ {_AUX} (?:(?:{alternation(REPORTING_ADVERBS)}|[a-z]+ly)\s+)?
    (?=(?:{_REPORTED_HEADS})\b)                              # most words fail here, at once
    (?!accused\s+of\b)        # a participle: 'figures accused of corruption were arraigned'
    (?: {_SPEECH} (?!\s+(?:{_REPORTING})\b|{_RULED_FOR}|{_NOUN_BEFORE_VERB}|{_DECLARED_ACT})
      | {_PROGRESSIVE}
      | (?:{alternation(COPULAS)}|been) \s+ (?:quoted|cited) \s+ (?:by|in) \s+  # 'was quoted
        [^,;:\"“”]{{1,50}}? \s+ as \s+ saying                #  by Reuters as saying', 'cited'
      | {_THAT_CLAUSE}
      | (?:{alternation(COPULAS)}) \s+ (?:{alternation(OPINIONS_HELD)}) \s+ {_THAT}
        # 'is of the view that'
      | (?:{_CLAIMING})
        (?: (?:,\s*[a-z]+,)? (?:\s+\w+){{0,4}}? (?:\s+{_WHEN},?)?  # 'noted, however, that',
          {_WHERE_SAID}                      # 'noted on its social media platform that'
          \s+ {_THAT}                      # 'assured the public on Monday, March 21, that'
          | \s+ to (?:\s+[\w’'.-]+){{1,4}}? \s+ {_THAT}     # 'reported to the Home Ministry that'
          | (?=\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){{0,5}}?\s+{_FINITE}\b)
          | (?={_PAST_CLAUSE})                           # 'found the company failed to ...'
          | (?=\s+(?:to\s+)?having\b) )                         # 'admitted having broken'
      | (?P<shown>{alternation(EVIDENCE_VERBS)})               # 'Records show (that) ...'
        (?: \s+ {_THAT} | (?=\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){{0,5}}?\s+{_FINITE}\b) )
      | (?P<act>(?!{_DISMISSED_MATTER}){alternation(CHARACTERISING_VERBS)}  # 'accused X of'
          (?!\s+by\b)                        # not a participle: 'the issues highlighted by X'
        | {_AIRED}                                            # 'expressed disappointment'
        | {_APPEALED}                       # 'appealed to all doctors to return', not a court
        | (?:{alternation(VERDICT_VERBS)})(?=\s+(?:[\w’'-]+\s+){{1,5}}?as\s)  # 'condemned X as'
        | (?:{alternation(VERDICT_ACTS)})(?!\s+by\b|{_SENTENCED})  # 'hailed the ruling', not
                                    # 'the plan condemned by residents', 'condemned him to death'
        | (?:{alternation(LIKENING_VERBS)})       # 'likened the bill to', not 'compared well to'
          (?=\s+(?:{alternation(DETERMINERS)}|it|them)\s+(?:[\w’'-]+\s+){{0,4}}?to\s)
        | (?:{alternation(BLAMING_VERBS)})             # 'blames financing issues for the X'
          (?=\s+(?:[\w’'-]+\s+){{1,6}}?(?:for|on)\s)
        | (?<!\sand\s)(?:{alternation(ANNOUNCING_VERBS)})  # 'announced Sunday the suspension'
          (?=\s+(?:[\w’'-]+\s+){{0,2}}?(?:the|its|their|his|her)\s+(?:[\w-]+\s+)?
            (?:{alternation(ANNOUNCED_DECISIONS)})\b
            |\s+(?:a\s+)?plans?\s+to\s)                     # 'announced plans to invest'
        | (?:{alternation(ADMITTING_VERBS)})(?=\s+[a-z]{{2,}}ing\b)   # 'acknowledged leading'
        | (?:{alternation(RESTATING_VERBS)})                  # 'reiterated the firm's stand'
          (?=\s+(?:[\w’'-]+\s+){{0,2}}?(?:{alternation(POSITION_NOUNS)})\b)
        | (?:{alternation(CALLING_VERBS)})          # 'demanded the resignation of X', not 'a vote'
          (?=\s+(?:[\w’'-]+\s+){{0,2}}?(?:{alternation(CALLED_FOR_ACTS)})\s+of\b)
        | called\s+for                  # 'called for reform', not 'for an emergency meeting'
          (?!\s+(?:(?:an?|the)\s+(?:[\w’'-]+\s+){{0,2}}?)?(?:{alternation(CALLED_EVENTS)})\b)
        | (?:{alternation(DENYING_VERBS)})                       # 'rejected the allegations'
          (?=\s+(?:[\w’'-]+\s+){{0,3}}?(?:{alternation(DENIED_THINGS)})\b)
        | (?:{alternation(LABELLING_VERBS)})                     # 'called the offer "obscene"'
          (?=\s+(?:[\w’'-]+\s+){{1,4}}?(?:as\s+)?[\"“‘])
        | (?:{alternation(LABELLING_VERBS)}) (?={_VERDICT_AFTER}) )  # 'called the ban abhorrent'
      | (?:(?:{alternation(COPULAS)})\s+(?=\w+ing\b))?           # 'is asking why', not 'was
        (?:{alternation(QUESTIONING_VERBS)}) \s+ (?:{alternation(QUESTION_WORDS)}  # asked why'
          | the \s+ (?:{alternation(QUESTIONED_GROUNDS)}) \s+ (?:of|for|behind))  # 'questioned
                                                                # the legality of the move'
      | (?:{alternation(ISSUING_VERBS)}) \s+ (?:a|an) \s+ (?:[\w-]+\s+)?  # 'issued a statement
        (?:{alternation(STATEMENT_NOUNS)})                       #  on Friday saying'
        (?=[^;:\"“”]{{0,40}}?\b(?:{alternation(STATEMENT_CONTENTS)})\b) )
    \b (?!\s*[:\"“])                                      # not a quote's introduction
    """,
    re.VERBOSE,
)
#: A source after 'says' or 'said' ending the sentence, no comma before the verb: 'Pay has
#: been cut says union chief Jo Lee.' (`_REPORTED_INVERTED` reads it after a comma), or only a
#: relative clause after it ('..., said Jo Lee, who doubted that demand would fall.').
_SAYS_LAST = re.compile(
    rf"""\s(?:says|said)\s+(?P<who>(?:the\s+)?{_SOURCE_CHAR}{{2,{_SOURCE_MOST}}}?)
    (?:,\s+who\s[^\"“”]+)?\s*[.!?]?$""",
    re.VERBOSE,
)
#: One passing on another's words, then that source, who spoke them: 'The Trinidad Express
#: reported Carlton Gibson, vice president of OWTU as saying that ...', 'Reuters quoted an aide
#: as saying ...' (not the outlet).
_QUOTED_AS_SAYING = re.compile(
    rf"""(?:{_INTRODUCTION})?[^,;:\"“”]{{2,80}}?\s(?:{alternation(QUOTING_VERBS)})\s+
    (?P<who>[^;:\"“”]{{2,120}}?),?\s+as\s+saying\b""",
    re.VERBOSE,
)
#: The same after the words it gives, ending the sentence: '..., the state news agency quoted
#: Jo Lee as saying on Monday.', '..., the statement quoted Jo Lee, its coordinator, as saying.'
_QUOTED_AS_SAYING_AFTER = re.compile(
    rf""",\s+[^,;:\"“”]{{2,80}}?\s(?:{alternation(QUOTING_VERBS)})\s+
    (?P<who>[^;:\"“”]{{2,120}}?),?\s+as\s+saying\b[^,;:\"“”]{{0,60}}$""",
    re.VERBOSE,
)
#: A sentence opening by whose words it gives: 'In his words, ...', 'In the words of the
#: union's leader, ...': the sentence is that source's claim ('In other words' names none).
_IN_WORDS = re.compile(
    rf"""(?i:in)\s+(?:the\s+words\s+of\s+)?
    (?P<who>(?<=of\s){_SOURCE_CHAR}{{2,120}}?|(?i:{alternation(WORDS_OWNERS)})(?=\s+words))
    (?:\s+words)?,\s""",
    re.VERBOSE,
)
#: 'This comes after ...', 'It came as ...': a lead into the news, not its source.
_LEAD_IN = re.compile(
    rf"""^(?i:{alternation(LEAD_IN_SUBJECTS)}) \s+ (?:{alternation(LEAD_IN_VERBS)})
    \s+ (?:{alternation(LEAD_IN_LINKS)}) \s+""",
    re.VERBOSE,
)
_PUBLISHED = alternation([*EVIDENCE_NOUNS, *STATEMENT_NOUNS, *ISSUED_DOCUMENTS])
#: Published evidence or a document and its publisher, who is the source: 'new analysis from
#: the BBC [shows]', 'a survey by the TUC [found]', 'A circular issued by the ministry [says]',
#: "A notice posted on the council's website [asks]".
_PUBLISHED_BY = re.compile(
    rf"""(?:[\w-]+\s+)*? (?i:{_PUBLISHED})
    (?:(?:\s+(?:that|which)\s+(?:was|were))?                 # 'a study that was done by'
       \s+(?:{alternation(PUBLISHING_PARTICIPLES)})(?:\s+[\w-]+){{0,3}}?)? \s+
    (?:(?:from|by|for) \s+ (?P<who>(?:the\s+)?[A-Z][^,.;:\"“”]{{1,50}}?)
      (?:\s+in\s+(?:[A-Z][a-z]+\s+)?\d{{4}}|\s+{_WHEN})?      # 'by the TUC in (May) 2019'
    |on \s+ (?:the\s+)?(?P<site>[A-Za-z][\w.&-]*(?:\s+[\w.&-]+){{0,4}}?)(?:[’']s)?
    \s+(?:official\s+)?(?:{alternation(POSTING_PLACES)})\b[^,;:\"“”]{{0,40}})""",
    re.VERBOSE,
)
#: A source in a clause of its own mid-sentence: a noun phrase of one lower-case word or of
#: capitalised ones (initials too: 'Judge Jessica K. Peterson'), never a passive's auxiliary
#: ('which was announced').
_CLAUSE_WHO = rf"""(?:{any_of(QUANTIFIERS)}\s+)?(?!{any_of(PASSIVE_AUXILIARIES)}\b)
    (?:[a-z]+|[A-Z][\w’'-]*(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]*))*)"""
#: A source reporting mid-sentence, in a clause of its own: '... as unions say the rises are
#: too small' (the claim runs from the source to the sentence's end); absolute 'with' ('were
#: refused, with councillors stating ...') reports for the whole sentence; a relative clause
#: for itself, from 'which' ('the plateau, which environmentalists claim has ...', 'the bypass,
#: the cost of which the county council claims has doubled,') to its end.
#: The source's group says which it is.
_CLAUSE_SOURCE = re.compile(
    rf"""
    \s (?: (?:{alternation(SOURCE_CLAUSE_OPENERS)}) \s+ (?P<who>{_CLAUSE_WHO})
            \s+ (?:{alternation(CLAUSE_REPORTS)})
        | with \s+ (?P<with>{_CLAUSE_WHO}) \s+ {any_of(PARTICIPLE_REPORTS)}
        | (?:(?<=,\s)(?:the\s+[a-z]+\s+of\s+)?which|that)        # 'the cost of which'
          \s+ (?P<which>{_CLAUSE_WHO}(?:\s+{any_of(ORG_NOUNS)})?) \s+ {_AUX} (?:{_REPORTING}) ) \b
    """,
    re.VERBOSE,
)
#: The source a relative clause with 'who' reports for: the clause is its claim, from the
#: source to the clause's end ('Sen. John McCain (Ariz.), who had said he would veto the
#: bill'). Tried only where ', who ' is: it could start at any word.
_WHO_CLAUSE_SOURCE = re.compile(
    rf"""(?<![\w’'-]) (?P<whom>{_CLAUSE_WHO}) (?:\s*\([^()]{{1,20}}\))? ,\s+ who \s+ {_AUX}
    (?:(?:{alternation(REPORTING_ADVERBS)})\s+)? (?:{_REPORTING}) \b""",
    re.VERBOSE,
)
#: A name and its role in a body, in apposition right before the body that ', who' follows:
#: 'Irene O’Brien, vice-chair of [Inverclyde Labour Party], who said': 'who' is the person.
_ROLE_OF_BODY_BEFORE = re.compile(
    r"""(?P<name>(?<![\w’'-])[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}) ,\s+
    (?:(?:the|a|an)\s+)?[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,4}?\s+(?:of|for|at)\s+
    (?:the\s+)?$""",
    re.VERBOSE,
)
#: A sentence's subject before its verb, for 'which it says' / 'which they say' after the main
#: clause: a noun phrase ending in a noun of people or bodies ('The union', 'Local residents')
#: or a run of capitals ('Acme Mining').
_MAIN_SUBJECT = re.compile(
    rf"""(?:{_INTRODUCTION})? (?P<who>(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?
        (?i:{alternation(GROUP_NOUNS | ORG_NOUNS)})
      | (?:the\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*) \s+ [a-z]""",
    re.VERBOSE,
)
#: Where a relative clause ends: its next comma, or the sentence's end.
_CLAUSE_END = re.compile(r",\s|[.!?]?\s*$")
#: A clause of time or cause after a main clause whose subject is no source: a source in it
#: reports for itself ('The walkout occurred after the council said ...', 'a meeting when,
#: backed by objectors, residents spoke ..., claiming').
_SUBORDINATE = re.compile(rf"\s(?:{alternation(SUBORDINATORS)}),?\s+(?=\S)")
#: The people a relative clause reports for: 'The bill frustrated conservatives who argued'.
_RELATIVE_SOURCE = re.compile(r"(?P<who>(?:[A-Z][\w’'.-]*\s+)*[\w’'-]+)\s+who$")
#: A counted group ending a source's phrase: 'The 13 clubs' speak as 'clubs', 'During the
#: talks around 30 clinicians and staff' as 'clinicians and staff' (a source is never a number);
#: a share of a group speaks as the group ('82 per cent of residents': 'residents').
_COUNTED_GROUP = re.compile(
    r"(?:^|\s)(?:the\s+)?\d[\d,.]*(?:\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?|\s+)"
    r"(?P<who>[a-z][a-z\s]*[a-z])$",
    re.I,
)
#: A description, then the body's name in apposition: 'the watchdog, the Consumer Council,',
#: 'Another trade union, the RMT,': the name is the source (`_named_in_apposition`). The
#: description may end in the body it serves: 'Registrar of High Court, Tutua'.
_DESCRIPTION = re.compile(
    rf"[\w’'-]+(?:\s+(?:[a-z][\w’'-]*|[A-Z][\w’'.]*-based))*"
    rf"(?:\s+(?:of|at|for)\s+(?:the\s+)?{_CAPITALISED})?"
)
_APPOSED = rf"(?:the\s+)?{_CAPITALISED}(?:\s+(?:of|for|and|&)\s+{_CAPITALISED})*"
_APPOSED_NAME = re.compile(_APPOSED)
#: A phrase ending in a passive's auxiliary ('The bill is [estimated]'): not a source.
_PASSIVE_END = re.compile(rf"\b(?:{alternation(PASSIVE_AUXILIARIES)})$")
#: ', said the union.', ', reported Malaysiakini.', ', said the Minister of Education, Jo Lee.';
#: not ', told Rudaw’s Naif Ramadhan.', whom a source named before spoke to.
_REPORTED_INVERTED = re.compile(
    rf""",\s* (?!(?:{alternation(forms_of(TELLING_VERBS))})\s)
    (?:{_SPEECH}|{alternation(OUTLET_VERBS)})\s+
    (?P<who>(?:the\s+)?{_SOURCE_CHAR}{{2,{_SOURCE_MOST}}}?{_SPACE_OR_STOP_NEXT}
      (?:{_NAME_AFTER_ROLE})?)
    \s*(?:,|{_NOT_TITLE_STOP}\.|$)""",
    re.VERBOSE,
)
#: Most words between a trailing source's verb and the sentence's end (', a court ruled on
#: Tuesday.', ', the company said in a statement.').
_TRAILING_WORDS = 6
#: A party or a body in parentheses after a source's name, commas and all: ' (Social
#: Democrats, CSSD)'.
_PARTY_ASIDE = r"\s+\([^()\"“”]{1,60}\)"
#: A report going on after a trailing source's verb with a participle and 'that', comma or
#: not: '..., the mayor said, adding that ...', '..., she said stating that ...'; not after a
#: quote closing before the source (`closed`), whose words are a claim of their own.
_GOING_ON = rf"(?(closed)(?!)|,?\s+{any_of(PARTICIPLE_REPORTS)}\s+that\b.*$)"
_REPORTED_TRAILING = re.compile(
    rf"""
    ,(?P<closed>[\"”])?\s* (?!{any_of(PARTICIPLE_REPORTS)}\b)  # not ', contending that X'
    (?P<who>(?:(?:the|a|an)\s+)?[A-Za-z][^,.;:\"“”]{{1,60}}?   # 'the NUT', 'he'
      (?:,\s+[A-Z][^,.;:\"“”]{{1,40}}?,)?           # ', the justice minister, Jo Lee, said'
      (?:{_PARTY_ASIDE})?)                    # 'Jo Lee (Social Democrats, SD) said'
    {_NOT_SOURCE_END}                                  # not ', ... with their [claim].'
    \s+ (?:has\s+|have\s+)? (?:{_AFTER_CLAUSE}|{alternation(EVIDENCE_VERBS)})  # ', data show'
    (?:(?:\s+[^\s,.;:!?\"“”]+){{0,{_TRAILING_WORDS}}} \s* [.!?]?$   # 'in a statement on Monday'
      |{_GOING_ON})                            # ', the mayor said, adding that ...'
    """,
    re.VERBOSE,
)
#: A verdict in quotation marks: '"not competent"'.
_QUOTED_VERDICT = r"[‘“\"][^’”\"]{1,80}[’”\"]"
#: A verdict named with 'as': 'as "fake democracy"', 'as a gimmick', 'as unworkable'.
_AS_VERDICT = rf"as\s+(?:{_QUOTED_VERDICT}|(?:[\w’'-]+\s+){{0,5}}?[\w’'-]+)"
#: The verdict after a passive's verb: with 'as', quoted ('"not competent"') or one word.
_VERDICT_GIVEN = rf"(?:{_AS_VERDICT}|{_QUOTED_VERDICT}|[\w-]+)"
#: Who gave a passive verdict, after 'by': up to the clause's end, 'as' and its verdict, or an
#: 'and' opening a clause of its own ('by provost Jean Jones and the vote was lost'), but two
#: givers joined by 'and' at the clause's end ('by opposition lawmakers and campaigners.') and
#: a role's holder named after it ('by the opposition leader, Kwame Asante.').
_VERDICT_GIVER = r"""[^,;:.\"“”]{2,80}?
    (?:\s+and\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}(?=\s*[,;:.!?]|\s*$)
      |,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}(?=\s*[.!?]|\s*$))?"""
#: A verdict in the passive and who gave it: 'Bringing them to full council was ruled "not
#: competent" by provost Jean Jones' (the claim ends with its giver's name).
_PASSIVE_BY = re.compile(
    rf"""\b(?:{alternation(PASSIVE_AUXILIARIES)}) \s+
    (?: (?:{alternation(PASSIVE_CRITICISMS)}) (?:\s+{_VERDICT_GIVEN})?
      | (?:{alternation(PASSIVE_VERDICTS)}) \s+ {_VERDICT_GIVEN}
      | (?:{alternation(PASSIVE_AS_VERDICTS)}) \s+ {_AS_VERDICT} )
    \s+ by \s+ (?P<who>{_VERDICT_GIVER})
    (?:\s+{_AS_VERDICT}(?=\s*[,;:.!?]|\s*$))?                 # 'by X as unworkable'
    (?=\s*[,;:.!?]|\s+and\s|\s*$)""",
    re.VERBOSE,
)
#: A source made to speak by what the sentence tells: 'The delay prompted X to warn that ...',
#: '..., leading SNP business manager Allan Stubbs to accuse them of ...'.
_PROMPTED_CORE = rf"""(?:{alternation(CONSEQUENCE_LINKS)}) \s+ (?P<who>[^,;:\"“”]{{2,80}}?)
    \s+ to \s+ (?:[a-z]+ly\s+)? (?:{alternation(REPORTING_BASES)})"""
_PROMPTED = re.compile(rf"\b{_PROMPTED_CORE}\b", re.VERBOSE)
#: What every match of `_PROMPTED` holds: searched once in the whole article (`Document.holds`),
#: it spares the search in each sentence of the articles that have none, most of them.
_PROMPTED_ANYWHERE = re.compile(_PROMPTED_CORE, re.VERBOSE)
#: Where or to whom an aside's words were given, after its verb: 'said in a press release',
#: 'told parliament on Tuesday', 'wrote in a letter to members'.
_ASIDE_TRAILER = rf"""(?:\s+(?:{alternation(PREPOSITIONS)})\s[^,;:\"“”.]{{1,50}}?
    |(?<=told)\s+[^,;:\"“”.]{{1,50}}?)?"""
#: A source in parentheses after the claim's first words: 'This cluster of cases, Dr Campbell
#: noted, could be ...', 'Perhaps "running scared", ward councillor Jo Lee suggested, Acme
#: went back ...', 'The need, she said in a press release, is ...' (the claim goes on after
#: the aside, not in a quote).
_PARENTHETICAL = re.compile(
    rf"""^[^,;:]{{2,120}}?,\s+ (?P<who>[^,;:\"“”]{{2,60}}?) \s+ {_AUX} (?:also\s+)?
    (?:{_AFTER_CLAUSE}) {_ASIDE_TRAILER} ,\s+ (?=\w)""",
    re.VERBOSE,
)
_REPORTED_ASIDE = re.compile(
    rf",\s*(?P<who>{alternation(PRONOUNS | ORG_PRONOUNS)})\s+(?:{_REPORTING}),"
)
#: A subject, a name or a 'who' clause in apposition after it and a one-word aside: 'The
#: lawyer, Jo Lee,', 'The Speaker, Jo Lee, however,', 'Jo Lee, who was in court,' (a name is
#: capitalised: not ', which represents ...,').
_APPOSED_SUBJECT = r"""(?P<who>[^,;:\"“”]{2,80}?
      (?:,\s+[A-Z][^,;:\"“”]{2,60},|,\s+who\s+[^,;:\"“”]{2,90},)?)
    (?:(?:,|(?<=,))\s*[a-z]+,)?"""
#: A source whose act is reported with a participle: 'The council welcomed the move, saying
#: that ...', 'Ann Lee hit back, arguing ...', 'Labour MPs cheered, calling on ...'.
#: A verb in the past, regular or not: the main clause's before a participle that reports.
_PAST = rf"(?:[a-z]+ed|{alternation(IRREGULAR_PASTS)}|hit\s+back)"
#: The narrator setting what the speaker did against what they said: ', although he on
#: Thursday tabled a motion'; not what they said with it (', although she might stay').
_NARRATED_CONTRAST = re.compile(
    rf",\s+(?:{alternation(CONTRAST_LINKS)})\s+(?:{alternation(PRONOUNS)})"
    rf"\s+(?:[\w’'-]+\s+){{0,3}}?{_PAST}\b"
)
#: Some of the source's people, before the participle: 'residents left, some shouting "shame"'.
_SOME = rf"(?:{any_of(PARTITIVES)}\s+(?:of\s+them\s+)?)?"
#: A subject and its first verb in the past, for a source acting before it speaks.
_ACTED_FIRST = re.compile(rf"(?P<who>[^,;:]{{2,80}}?)\s+(?:[a-z]+ly\s+)?{_PAST}\b")
_CLAUSE_ONLY = any_of(CLAUSE_ONLY_PARTICIPLES)


def _reporting(participles: Iterable[str]) -> str:
    """Participles that report, those of `CLAUSE_ONLY_PARTICIPLES` only before 'that'."""
    return rf"(?:(?!{_CLAUSE_ONLY}\b){any_of(participles)}|{_CLAUSE_ONLY}(?=\s+that\b))"


_REPORTING_PARTICIPLE = _reporting(PARTICIPLE_REPORTS)
_BARE_REPORTING_PARTICIPLE = _reporting(BARE_PARTICIPLE_REPORTS)
_REPORTED_PARTICIPLE = re.compile(
    rf"""
    ^(?=[^;:]*?(?:,\s+{_SOME}{_REPORTING_PARTICIPLE}|\s{_BARE_REPORTING_PARTICIPLE})\b)
    (?:{_INTRODUCTION})?
    {_APPOSED_SUBJECT}                                  # 'The Speaker, Jo Lee, however,'
    (?:\s+{_WHEN})? (?:\s+(?:{alternation(REPORTING_ADVERBS)}))?  # 'The union on Monday [rejected]'
    \s+ {_AUX} (?:[a-z]+ly\s+)?
    (?: {_PAST} \b
        (?: [^;:]*? ,\s+ {_SOME}{_REPORTING_PARTICIPLE}
          | (?:[^;:]*?\s(?i:{alternation([*TIME_WORDS, *PARTICLES])})|\s+by)? \s+  # 'walked out
            {_BARE_REPORTING_PARTICIPLE} )                   # saying', 'reacted by saying'
      # a decision, its reasons after it, no comma needed: 'voted against it saying they ...';
      # words put before a body: 'tabled a motion at a meeting of X Council claiming ...'
      # (not 'held a man claiming to be a doctor': the object's own claim)
      | {any_of([*DECIDING_VERBS, *SUBMITTING_VERBS])} [^,;:]*? \s
        {_BARE_REPORTING_PARTICIPLE} (?!\s+to\b) ) \b
    """,
    re.VERBOSE,
)
#: A verb of saying coordinated after the subject's first verb: 'Prosecutors sought to portray
#: him as greedy, and said he deceived analysts', 'Lib Dems, however, are against it and claim
#: ...' (an aside between commas may follow the subject).
_COORDINATED_VERB = rf"""\s(?:and|but)\s+(?:(?:{alternation(REPORTING_ADVERBS)})\s+)?
    (?:{_SPEECH}|(?:{_CLAIMING}|{alternation(THAT_VERBS)})\s+that)\b(?!\s*[:\"“]|\s+to\b)"""
_REPORTED_COORDINATED = re.compile(
    rf"""
    ^(?=[^;:\"“”]*?{_COORDINATED_VERB})                          # one scan rules most out
    (?:{_INTRODUCTION})?
    {_APPOSED_SUBJECT} \s+ {_AUX} (?:[a-z]+ly\s+)?
    (?:{_PAST}|{any_of(COPULAS)}) \b [^;:\"“”]*? {_COORDINATED_VERB}
    """,
    re.VERBOSE,
)
#: An apposition after a name: opened by 'the', 'a' or 'one of' ('the chairman of the PUCSL'),
#: by an organisation's name before a role ('Econet chief executive'), or by a role and the
#: body or post it is of ('Minister of Education', 'deputy director of the health department').
_APPOSITION_OPENING = rf"""(?:(?:{alternation(APPOSITION_OPENERS)})\s+[A-Za-z]
    |(?:[A-Z][\w’'&-]+\s+){{1,3}}(?:[a-z]+\s+)?(?:{alternation(ROLE_WORDS)})\b
    |(?:(?i:{alternation(ROLE_WORDS)})\s+){{1,3}}(?:of|for|at)\s)"""
#: A name and its apposition whose closing comma is missing before the reporting verb ('Janaka
#: Ratnayaka, the chairman of the PUCSL said ...'), its role capitalised or not ('Mukasa Mbidde,
#: the National Vice Chairperson for DP says ...', 'Douglas Mboweni, Econet chief executive
#: said ...').
_UNCLOSED_APPOSITION = re.compile(
    rf"""^(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,3}} ,\s+ {_APPOSITION_OPENING}
    [^,;:\"“”]{{0,100}}?) \s+ {_AUX} (?:{_SPEECH}) \b (?!\s*[:\"“])""",
    re.VERBOSE,
)
#: A role, the body it is in and its holder, each closed by a comma but the holder's name,
#: before the verb: 'Permanent Secretary, Ministry of Health, Dr. Jo Lee said', 'Director,
#: Department of Works, Jo Lee said' (as copy in Ghana, Zambia or Nigeria writes a title).
_ROLE_BODY_NAME = re.compile(
    rf"""^(?P<who>(?:[A-Z][\w’'-]*\s+){{0,3}}(?i:{alternation(ROLE_WORDS)}) ,\s+
    {_APPOSED} {_NAME_AFTER_ROLE}) \s+ {_AUX} (?:{_SPEECH}) \b (?!\s*[:\"“])""",
    re.VERBOSE,
)
#: A stray comma between a source ending in a capitalised word and 'says' or 'said' ('Chief
#: executive Weber Lo Wai-pak, said the company ...', 'The management of FC IfeanyiUbah of
#: Nnewi, says it will ...'); read only when no other pattern found a source.
_STRAY_COMMA = re.compile(
    r"""^(?P<who>[^,;:\"“”]{2,80}?\s[A-Z][\w’'-]+) ,\s+ (?:says|said) \b (?!\s*[:\"“])""",
    re.VERBOSE,
)
#: A comma and white space, or white space alone: '(?:,\s+|\s+)' written to open with one
#: character class, so the scan skips the letters between them in C (a quarter faster).
_COMMA_OR_SPACES = r"[,\s](?:(?<=,)\s+|(?<!,)\s*)"
#: ', but Labour MPs ...', ', while Jo Lee said ...': where a second source in the same sentence
#: may start a claim of its own (it does after ', but' and a capital, or where the words after
#: the link report for a source other than 'he' or 'she').
_SECOND_SOURCE = re.compile(rf"{_COMMA_OR_SPACES}(?P<link>{alternation(SECOND_SOURCE_LINKS)})\s+")
_LEADING_LINK = re.compile(rf"^(?:{alternation(SECOND_SOURCE_LINKS)})\s+")
#: A colon introducing a quote: the words before it may report a claim of their own.
_COLON_QUOTE = re.compile(r":\s*[\"“‘']")
#: A participle of reporting introducing a quote after a comma: the words before it may report
#: a claim of their own ('X claimed votes were added, adding, "we had 200 lawmakers."').
_PARTICIPLE_QUOTE = re.compile(rf",\s+{any_of(PARTICIPLE_REPORTS)}(?:,\s*|\s+)[\"“]")
#: A verb of saying joined by 'and' introducing a quote: the words before it report an act of
#: their own ('issued a statement calling the tax unlawful and said "we will sue."', 'said he
#: was disappointed and said that "this will not distract us."').
_AND_SAID = rf"and\s+(?:{_SPEECH})\s*(?:[,:]|\s+that)?\s*[\"“]"
_AND_SAID_QUOTE = re.compile(rf",?\s+{_AND_SAID}")
#: What every match of `_AND_SAID_QUOTE` holds, searched once in the whole article.
_AND_SAID_ANYWHERE = re.compile(_AND_SAID)
#: A finite verb or 'that': what a reporting verb is followed by when it reports a clause.
_FINITE_CLAUSE = re.compile(rf"\b(?:that|cannot|{alternation(FINITE_VERBS)}|\w+n[’']t)\b")
#: An introduction before a quote's source: 'In a point of order to Speaker Bercow, ...'.
_LEADING_INTRODUCTION = re.compile(_INTRODUCTION, re.VERBOSE)
#: A quote's source at the end of a longer phrase: 'In a clear warning of strikes he'.
_LAST_PRONOUN = re.compile(rf"\b(?P<who>{alternation(PRONOUNS)})$")
#: 'the former England Netball chief executive': a role that stands for the last person named.
_DESCRIBED_PERSON = re.compile(rf"^the\s+[^,;:]{{0,60}}\b{any_of(PERSON_ROLES)}$", re.I)
#: A quote, or a quote's last sentence, opening a sentence, its source after it: '"We will
#: ...," [the doctors told]', 'We will ...," [the doctors told]'.
_OPENING_QUOTE = re.compile(r"[\"“]?[^\"“”]+[,.!?][\"”]\s*")
#: The subject of a sentence, for 'They said' in the next one: 'Jurors in Delaware needed', 'In
#: a twist, four other unions—the UPNMG and the GRMA—have'.
_GROUP_SUBJECT = re.compile(
    rf"""
    (?:{_INTRODUCTION})?                                         # 'In a twist, '
    (?P<who>(?:the\s+)?(?:[A-Za-z-]+\s+){{0,2}}                  # 'Four other unions'
            (?i:{alternation(w for w in GROUP_NOUNS | SOURCE_NOUNS if w.endswith("s"))})
            (?:\s+(?:in|of|from|at)\s+(?:the\s+)?[A-Za-z][^;:.]{{0,40}}?)?)
    (?:\s*[—–][^—–;:.]{{1,300}}[—–])?                             # '—the UPNMG and the GRMA—'
    (?:,\s+(?:{alternation(MEMBERS_ASIDES)})\s[^;:.]{{1,300}}?,)?   # ', comprising GNAT, ...,'
    (?:,\s*[a-z]+,)?                                             # 'Workers, however, are'
    (?:\s+|(?<=[—–]))
    (?:[a-z]+ly\s+)? (?!(?:who|which|that)\b)[a-z]+\b            # 'met', 'needed', 'said'
    """,
    re.VERBOSE,
)
#: No publisher named after a record: 'figures released by the ABS' names one, and so do
#: 'records produced by economist George Kosui' (a role in lower case before the name).
_NO_PUBLISHER = r"(?![^,.;:\"“”]{0,60}?\s(?:by|from)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z])"
#: 'according to X' at a word's start: the look-behind after the first letter, not a '\b'
#: before it, so the scan skips to each 'a' in C (twice as fast).
_ACCORDING = re.compile(
    # not 'official figures' nor 'the data', records of no one's ('IMF estimates' are the IMF's),
    # nor 'FIFA rules', which no one says
    rf"[Aa](?<!\w[Aa])ccording to (?!(?:[a-z][\w-]*\s+)?{any_of(RECORD_NOUNS)}\b{_NO_PUBLISHER}"
    rf"|[\w-]+\s+{any_of(RECORD_NOUNS - OWNED_RECORDS)}\b{_NO_PUBLISHER})"
    # 'according to him development stalled': 'him' alone, never 'her' (maybe 'her lawyer');
    # any before a comma ('According to her, the union ...'), not a name in apposition after it
    rf"(?P<who>{any_of(OBJECT_PRONOUNS - POSSESSIVE_DETERMINERS)}(?=\s+[a-z])"
    rf"|{any_of(OBJECT_PRONOUNS)}(?=,)|"
    rf"{_SOURCE_CHAR}{{2,120}}(?![\w’'-])"  # 'official figures': records name no source,
    # but for their publisher ('figures released by the ABS'); the source in whole words, a
    # title's or initial's stop inside ('according to the General Secretary Mr. Kertis Augustus')
    # 'according to the chairman in Ogun State, Comrade X,', 'according to the Minister of
    # Industry, Energy and Mining, Omar Paganini,', '..., the director, Jo Lee.'
    rf"(?:(?:{_PORTFOLIOS_RUN_ON})?{_NAME_AFTER_ROLE}(?=[,.]\s|\.?$))?)"
)
#: Where the report starts after the source of 'according to' with no comma between: a
#: determiner or a subject pronoun after a name or a noun for people ('According to the unions
#: the changes are unfair', 'sources at the Hotel Federation a deal has been reached'); not
#: after a preposition or a verb ('the secretary of the union', 'members who attended the').
_REPORT_AFTER_SOURCE = re.compile(
    rf"""(?<=\s)(?:[A-Z][\w’'.-]*|{any_of(GROUP_NOUNS | SOURCE_NOUNS | ORG_WORDS)})
    (?=\s+(?:{alternation(REPORT_OPENERS)})\s+[\w’'-])""",
    re.VERBOSE,
)
#: A record after 'according to' and whose it is: its owner before it ('IMF estimates', "the
#: court's decision", "the ministry's strategy") or its maker after it ('records produced by
#: economist George Kosui'). The owner or maker is the source.
_OWNED_RECORD = re.compile(
    rf"""(?:the\s+)?(?:(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,3}})(?:[’']s)?
    |(?P<holder>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)[’']s) \s+ {any_of(OWNED_RECORDS)}
    |(?:[\w-]+\s+)?{any_of(OWNED_RECORDS)} (?:\s+{any_of(PUBLISHING_PARTICIPLES)})?
    \s+ (?:by|from) \s+ (?P<maker>(?:the\s+)?(?:[a-z]+\s+){{0,2}}[A-Z].*)""",
    re.VERBOSE,
)
#: A title's stop before a name: 'Mr. Kertis Augustus'.
_TITLED_NAME = re.compile(rf"(?:{_TITLE_STOP})\.\s+[A-Z]")
#: The words some pattern of `_reported` needs to find a source, each after a word boundary:
#: the verbs of `_REPORTED`, the passive verdicts, the bases after 'prompting X to', outlets'
#: verbs, the participles and 'according'. A pattern added to `_reported` adds its words here.
_SOURCE_WORD_LIST = [
    *_REPORTED_VERB_WORDS,
    *PASSIVE_VERDICTS,
    *PASSIVE_CRITICISMS,
    *PASSIVE_AS_VERDICTS,
    *REPORTING_BASES,
    *OUTLET_VERBS,
    *PARTICIPLE_REPORTS,
    *BARE_PARTICIPLE_REPORTS,
    *CLAUSE_REPORTS,
    "according",
    "According",
    "words",
]
#: A sentence holding none of them reports no claim: `reported_claims` passes it by without
#: cutting it into parts and trying every pattern (a third of the sentences, ~40 us each).
_SOURCE_WORDS = re.compile(rf"\b{any_of(_SOURCE_WORD_LIST)}")
#: 'CHICAGO (Reuters) - ', 'WASHINGTON, Dec. 16 (UPI) -- ', 'BUTTERWORTH: ', 'COLOMBO, Sri
#: Lanka (AP) — ', 'DECATUR, Ala. – ', 'Cheltenham, UK, May 28--': where, when and by whom a
#: wire story was filed, not who speaks or acts ('Lima, Dec 7 (EFE) .- ' closes on a stop
#: too). A place in title case needs its region and date, or a wire agency after it ('Santiago
#: (AFP) – '), to be one; a hyphen joining a short part in capitals opens no dateline but a
#: party's or body's name ('PML-N leader', 'ABC-TV').
_DATE = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s*"  # 'Dec. 16', 'March 3,'
#: A wire agency in brackets after a dateline's place: '(AFP)', '(Jiji Press)'.
_AGENCY = r"\([^)]{1,40}\)"
#: A place named in title case, its parts maybe joined by hyphens: 'Port-au-Prince'.
_PLACE = r"[A-Z][a-z]+(?:-[a-z]+)*(?:-[A-Z][a-z]+)?"
DATELINE = re.compile(
    rf"""
    ^(?: [A-Z][A-Z .,']+ (?:[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+\.?)?\s*)?  # 'COLOMBO, Sri Lanka '
         (?:{_DATE})?
       | [A-Z][a-z]+,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,\s*{_DATE}  # 'Cheltenham, UK, May 28'
       | {_PLACE}(?:\s+{_PLACE})?(?:,\s*{_DATE})?\s*(?={_AGENCY}) )  # 'Santiago (AFP)'
    (?:{_AGENCY})?\s*(?:(?!-[A-Z]{{1,3}}\b)\.?[-–—]+|(?<=[A-Z)]):)\s*  # '(EFE) .- '
    """,
    re.VERBOSE,
)


def clause_breaks(*between: str) -> re.Pattern[str]:
    """Where a clause ends: a comma, semicolon or colon and white space, or (tried in turn)
    what each pattern of `between` matches, between white space. Opening with one character
    class (the rest asks what it was), a scan skips in C to the next mark or space instead of
    trying every alternative at every character: twice as fast."""
    words = "".join(rf"|(?<=\s)\s*(?:{pattern})\s+" for pattern in between)
    return re.compile(rf"[,;:\s](?:(?<=[,;:])\s+{words})")


#: Where a clause ends inside a sentence.
CLAUSE_BREAK = clause_breaks(alternation(CLAUSE_CONJUNCTIONS))
#: Words that never open a source, but 'Those' before a participle or 'who' ('Those taking
#: part in the strike', 'Those who attended').
NOT_SOURCES = re.compile(
    rf"^(?:{alternation(NOT_SOURCE_WORDS)})\b(?!(?<=those)\s+(?:[a-z]+(?:ing|ed)|who)\b)", re.I
)


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
    """The first (non-possessive) person named in a phrase, as a speaker; not one inside the
    introduction before its subject ('Speaking to Muscat Daily, an official ...': spoken to).
    A long phrase the name opens is cut at its first clause, past a long apposition."""
    intro = _LEADING_INTRODUCTION.match(phrase)
    after = intro.end() if intro else 0
    names = [n for n in people.names(phrase) if n[0] >= after]
    if not names:
        return None
    who = phrase[names[0][0] :]
    return speaker(
        _within_reach(who) if not phrase[after : names[0][0]].strip() else who, at, people
    )


def _within_reach(who: str) -> str:
    """A source phrase `speaker` can read: past its most words, only the first clause ('Jo Lee,
    president of the Central Organisation of Trade Unions of Pakistan, expressed ...': Jo Lee)."""
    return CLAUSE_BREAK.split(who)[0] if len(who.split()) > _SOURCE_WORDS_MOST else who


def _quote_speaker(doc: Document, quote: Quote, sentence: Span) -> Speaker | None:
    """Who a quote is attributed to in its own sentence: before the marks, or after them (in
    the sentence holding the closing mark, for a quote of several sentences)."""
    text = doc.text
    after = text[quote.end + 1 : doc.sentence_at(quote.end).end] if quote.closed else ""
    if quote.closed and not after.strip() and (bare := _attribution_after(doc, quote.end + 1)):
        after = doc.slice(bare)  # '“... of 30th of June 2023.” Justice Thande stated.'
    # 'according to' names the source only of a quote that opens its sentence
    according = () if text[sentence.start : quote.open_mark].strip() else (_POST_ACCORDING,)
    for pattern in (_POST_VERB_FIRST, _POST_WHO_FIRST, _CAME_FROM, *according):
        m = pattern.match(after)
        if (
            m
            and not NOT_SOURCES.match(m.group("who"))
            or (m and m.group("who").lower() in PRONOUNS | ORG_PRONOUNS)
        ):
            name, _, role = m.group("who").partition(",")  # 'Raborn, Reynolds vice president'
            if not doc.people.names(name) and doc.people.names(role):
                name, role = role, name  # 'the family's lawyer, Tom Ward,'
            found = _source(
                name if pattern is _POST_WHO_FIRST else _within_reach(m.group("who")),
                quote.open_mark,
                doc.people,
            )
            if found and role.strip(" ,") and pattern is _POST_WHO_FIRST:
                role = re.sub(r"^(?:the|a|an)\s+", "", role.strip(" ,"))
                return replace(found, role=role, org=organisation(role))
            if found:
                return found
    before = text[sentence.start : quote.open_mark]
    last = _search_pre(_PRE_LAST, before)  # read once, used twice
    if (
        last
        and _JOINED_CLAUSE.match(tail := CLAUSE_BREAK.split(last["who"])[-1])
        and doc.people.names(tail)
    ):  # 'The GMB said the closure was a blow, and its organiser Kevin Moss said:' Moss
        found = _introducing_source(tail, sentence.start, doc.people)
        if found:
            return found
    for m in (_search_pre(_PRE, before), last):
        if m and (found := _introducing_source(m.group("who"), sentence.start, doc.people)):
            return found
    if before.endswith(": ") and (owner := _OWNED_UTTERANCE.search(before)):
        found = speaker(owner["who"], sentence.start, doc.people)
        if found and actor_like(found.name) and found.name.split()[-1] not in DOCUMENT_NOUNS:
            return found  # 'Dr Lee's message was clear: "..."'; not 'The report's message'
    return _first_person(before, sentence.start, doc.people)


#: A quote closed by a stop inside its marks, then what follows on its line: '.” Jo Lee', and
#: a stop inside a quote the quote ends with ('... say, ‘No more.’” Jo Lee').
_STOPPED_QUOTE_END = re.compile(r"[.!?][’']?[\"”’']$")
#: Most words after the verb of a sentence that only attributes the quote before it ('Jo
#: Lee told a packed hall.'): more is a claim of its own.
_BARE_ATTRIBUTION_WORDS = 5


def _attribution_after(doc: Document, end: int) -> Span | None:
    """The sentence after a quote closed by a stop, on the same line, when it does no more
    than attribute that quote ('“... of June.” Justice Roe stated.', '... Lee told a packed
    hall.'); not one that reports a clause of its own ('Lee said that talks would resume.')."""
    if not _STOPPED_QUOTE_END.search(doc.text, max(0, end - 3), end):
        return None
    start = end
    while doc.text[start : start + 1] in (" ", "\t"):
        start += 1  # spaces on the quote's line, not a new paragraph
    nxt = doc.sentence_at(start)
    text = doc.slice(nxt)
    m = _POST_WHO_FIRST.match(text) if nxt.start > end else None
    if m is None:
        return None
    rest = text[m.end() :].rstrip()
    words = rest.split()
    if (
        not rest.endswith(".")
        or len(words) > _BARE_ATTRIBUTION_WORDS
        or _FINITE_CLAUSE.search(rest)
        or REPORTING_VERB.search(rest)
    ):
        return None
    return nxt


#: A source owning what it says, before a colon opening its quote: 'Dr. Jo Lee's message was
#: unambiguous: ', 'The union's reply was blunt: '.
_OWNED_UTTERANCE = re.compile(
    rf"""(?:^|\s)(?P<who>(?:(?i:the)\s+)?(?:[A-Z][\w.’'-]*\s+){{0,4}}[\w’'-]+?)[’']s
    \s+(?:[a-z]+\s+)?(?:{alternation(UTTERANCE_NOUNS)})\s+(?:{alternation(COPULAS)})
    \s+[^,;:\"“”]{{0,30}}:\s$""",
    re.VERBOSE,
)
#: 'it said' or 'they said' after a quote: a pronoun that may stand for the prose's source.
_POST_PRONOUN = re.compile(
    rf"{_AFTER_QUOTE_LEAD}(?:{alternation([*ORG_PRONOUNS, *PLURAL_PRONOUNS])})"
    rf"\s+(?:{_AFTER_QUOTE})\b"
)
#: A clause joined to the one before it: 'and its organiser Kevin Moss', 'but Jo Lee'.
_JOINED_CLAUSE = re.compile(rf"(?:and|{alternation(SECOND_SOURCE_LINKS)})\s")


def _introducing_source(who: str, position: int, people: People) -> Speaker | None:
    """The source in the words before the verb that introduces a quote ('In a point of order
    to X, Y said:', 'In a clear warning of strikes he added:'); none for a passive."""
    if _PASSIVE_END.search(who):
        return None  # 'The bill is estimated to be "tens of millions"': no source
    intro = _LEADING_INTRODUCTION.match(who)
    who = who[intro.end() :] if intro else who  # 'In a point of order to X, Y said:'
    if who.endswith(" and") and (acted := _ACTED_FIRST.match(who)):
        who = acted["who"]  # 'The council met on Monday and [said "..."]': the council
    pronoun = _LAST_PRONOUN.search(who)  # 'In a clear warning of strikes he added:'
    return speaker(pronoun.group("who") if pronoun else _within_reach(who), position, people)


def _source(phrase: str, position: int, people: People) -> Speaker | None:
    """`speaker`, and 'the former England Netball chief executive' after a quote standing for
    the last person named; 'said the union in a statement' is the union."""
    phrase = _OCCASION_AFTER.sub("", _IN_STATEMENT_AFTER.sub("", phrase))
    if _DESCRIBED_PERSON.match(phrase.strip()):
        role = re.sub(r"^the\s+", "", phrase.strip(), flags=re.I)
        if holder := people.unnamed_holder(role.split()[-1], position):
            return speaker(holder, position, people)  # 'A BHP spokesperson said ...' before
        if name := people.last_before(position):
            return Speaker(name, role, organisation(role), person=True, resolved=True)
    return speaker(phrase, position, people)


def _plural_source(doc: Document, sentence: Span) -> Speaker | None:
    """Who 'They' stands for: the group that is the subject of the sentence before ('Jurors
    in Delaware needed a day. They also said ...')."""
    before = doc.sentence_before(sentence)
    if before.start == before.end:
        return None
    text = doc.slice(before)
    dateline = DATELINE.match(text)  # 'Cheltenham, UK, May 28--Union leaders have reacted'
    # a quote the group gave before ('"We ...," the protesting doctors told the media.')
    opening = _OPENING_QUOTE.match(text) or dateline
    start = opening.end() if opening else 0
    if _ACCORDING.match(text, start):
        return None  # 'According to the workers, the owners shut it': the source, not 'owners'
    m = _GROUP_SUBJECT.match(text, start)
    return Speaker(m.group("who"), resolved=True) if m else None


def _resumes(doc: Document, found: list[tuple[Span, Speaker]], words: Span, who: Speaker) -> bool:
    """Whether a quote opening in lower case resumes the same speaker's quote in its sentence."""
    if not found or not doc.text[words.start].islower():
        return False
    last, last_who = found[-1]
    return last_who.name == who.name and doc.sentence_at(last.start) == doc.sentence_at(words.start)


#: A reporting verb and the clause it reports, before a quote: 'said the rise was all it
#: could give, '.
_REPORTS_CLAUSE = re.compile(
    rf"\b(?:{_REPORTING})\s+(?:that\s+)?[^,;:\"“”]*?{_FINITE_CLAUSE.pattern}"
)
#: What joins the quotes of a list: a comma, 'and', 'or'.
_LISTED = re.compile(r"\s*,?\s*(?:(?:and|or)\s+)?")
#: Punctuation closing a quote or right after it: a quote ended, not a word quoted in passing.
_CLOSING_STOP = re.compile(r"[,.!?]")


#: Most words of a quoted verdict after 'as' that is the sentence's, not a quote of its own
#: ('described it as "extraordinarily insulting"'; not 'as "totally irresponsible towards
#: Europe's farmers"').
_VERDICT_WORDS_MOST = 3
_ARTICLE_FIRST = re.compile(r"(?:a|an|the)\s", re.I)


def quotations(doc: Document) -> list[tuple[Span, Speaker]]:
    """Attributed quotes: one per quoted paragraph; a paragraph continuing a quote keeps
    its speaker."""
    found: list[tuple[Span, Speaker]] = []
    previous: Speaker | None = None  # speaker of the last quoted paragraph, for continuations
    #: paragraphs of a quote that runs on unattributed, waiting for the paragraph that names
    #: its speaker ('"It is strange ... / "Why does ... / "... now," Lim said.')
    waiting: list[Span] = []
    prose: Span | None = None  # the paragraph before, if it quotes no one
    #: whole-paragraph quotes nobody was found for, which a line '– Jo Lee, ICO' may sign
    unsigned: list[Span] = []
    #: the last body (no person) a quote was attributed to, for a later '..., they said.'
    body: Speaker | None = None

    def run_ends() -> None:
        """A quote run on without attribution to its end is the source's the prose before
        it reports ('Lee insisted that ...\n"We have no funding.\n"None at all.')."""
        who = (
            (_prose_source(doc, prose) or _prose_subject(doc, prose)) if prose and waiting else None
        )
        if who is not None:
            found.extend((run, replace(who, resolved=True)) for run in waiting)
        waiting.clear()

    for paragraph, quotes in paragraph_quotes(doc.text):
        current: Speaker | None = None
        text = doc.slice(paragraph)
        signed = _SIGNATURE.fullmatch(text)
        if (
            signed
            and unsigned
            and (who := speaker(signed.group("who"), paragraph.start, doc.people))
        ):
            found.extend((run, who) for run in unsigned)
        if not quotes or not quotes[0].closed or quotes[0].open_mark != paragraph.start:
            unsigned = []
        if not quotes or quotes[0].open_mark != paragraph.start:
            run_ends()
        if not quotes and text.endswith(":") and (m := _search_pre(_PRE, text[:-1] + " ")):
            # 'But Chris Juke, GMB Senior Organiser, said:' introduces the next paragraph; so
            # does 'In a statement, the family said:', once the whole phrase names no source
            phrase = m.group("who")
            at = paragraph.start + m.start("who")  # 'Jo Lee spoke. He said:': her, named before
            previous = speaker(phrase, at, doc.people) or _introducing_source(
                phrase, at, doc.people
            )
            continue
        in_sentence = -1  # where the last quote the sentence reports ended
        spoken = False  # whether a quote here is one of its own, not words quoted in passing
        for quote in quotes:
            words = content(doc.text, quote)
            sentence = doc.sentence_at(quote.open_mark)
            lead = doc.text[sentence.start : quote.open_mark]
            listed = in_sentence > sentence.start
            if listed and _LISTED.fullmatch(doc.text, in_sentence + 1, quote.open_mark):
                in_sentence = quote.end  # 'some shouting "shame", "how do you sleep?"': a list
                continue
            opens_sentence = not lead.strip() or bool(DATELINE.fullmatch(lead))  # 'CHICAGO - "'
            fragment = doc.text[words.start : words.start + 1].islower()  # 'the lowest among'
            # a word quoted in passing, no stop closing it: 'urged X to "immediately" tell'; not
            # a quote that ends its paragraph unstopped ('Moli says “there are laws to follow”')
            in_passing = (
                fragment
                and not _CLOSING_STOP.search(doc.text, quote.end - 1, quote.end + 2)
                and not (quote.closed and not doc.text[quote.end + 1 : paragraph.end].strip())
            )
            clause = _FINITE_CLAUSE.search(doc.slice(words)) or len(doc.slice(words).split()) >= 5
            # a verdict of a word or two, no clause nor article: 'branded the draft as
            # "reformist"' (not 'described the result as "a bizarre twist"', a quote)
            verdict = (
                not clause
                and len(doc.slice(words).split()) <= _VERDICT_WORDS_MOST
                and not _ARTICLE_FIRST.match(doc.text, words.start)
            )
            introduced = (
                opens_sentence
                or lead.strip().lower() in LEADING_CONNECTIVES  # 'But “we have ...,” Lee said.'
                and not in_passing
                or (opener := _INTRODUCED.search(lead))
                and not ((in_passing or verdict) and opener.group().startswith("as"))
                or (_COPULA_BEFORE.search(lead) and len(doc.slice(words).split()) >= 5)
                or _VERB_BEFORE.search(lead)
                and clause
                and not in_passing  # 'X said "We ..."'
                or _CHANTED_BEFORE.search(lead)  # 'Protesters chanted "No more cuts"'
            )
            if (
                fragment
                and (lead.rstrip().endswith(",") or _COPULA_BEFORE.search(lead))
                and _REPORTS_CLAUSE.search(lead)
                and not _FINITE_CLAUSE.search(doc.slice(words))  # 'there is no basis ...'
            ):  # a phrase, no clause: 'X said the rise was all it could give, "given the economy."'
                # or 'X said it would help, ensuring staff are "well-trained, well-paid and safe."'
                in_sentence = quote.end
                continue
            after = doc.text[quote.end + 1 : sentence.end] if quote.closed else ""
            if not introduced and (in_passing or not _POST_VERB_FIRST.match(after)):
                in_sentence = quote.end
                continue  # quoted mid-sentence ('said he will "look into it"'): the sentence's
            spoken = True
            who = _quote_speaker(doc, quote, sentence)
            if who is None and _POST_PRONOUN.match(after):  # '..., it said.', '..., they said.'
                # the source of the prose a run-on quote follows ('It said ...\n"We ...\n"... ,”
                # it said.'), else the body quoted last ('“We ...,” FNU said. ... they said.')
                who = (_prose_source(doc, prose) if waiting and prose else None) or body
            if who is None and opens_sentence:
                who = current or (previous if quote.open_mark == paragraph.start else None)
                named = doc.people.last_before(quote.open_mark, since=paragraph.start)
                if who is None and named:  # 'Jo Lee was defiant. "We will win."'
                    who = Speaker(named, person=True)
                if who is None and quote.closed and (reporting := _reporting_before(doc, sentence)):
                    who = _prose_source(doc, reporting)  # 'The union said it would fight. "We ..."'
                if who is None and prose and quote.closed and quote.open_mark == paragraph.start:
                    who = _prose_source(doc, prose)  # 'Jo Lee says ...\n"We will win."'
                    who = who or _prose_subject(doc, prose)  # 'Jo Lee was unmoved.\n"No."'
                who = replace(who, resolved=True) if who else None
            if who is None and quote.open_mark == paragraph.start:
                (unsigned if quote.closed else waiting).append(words)
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
                if not who.person and not doc.people.names(who.name):
                    body = who
        previous = current
        if not waiting:  # a quote running on unattributed keeps the prose before it; prose may
            # quote words in passing ('Jo Lee said workers “deserve better”.\n“We ...”')
            prose = None if spoken else paragraph
    run_ends()
    return found


def _reporting_before(doc: Document, sentence: Span) -> Span | None:
    """The sentence before `sentence` when both are in one paragraph: a quote opening
    `sentence` with no attribution is the source's that sentence reports for."""
    before = doc.sentence_before(sentence)
    if before.start == before.end or "\n" in doc.text[before.end : sentence.start]:
        return None
    return before


def _prose_source(doc: Document, paragraph: Span) -> Speaker | None:
    """The source the last sentence of a paragraph reports for ('Lee says pay is too low.'):
    a quote opening the next paragraph without attribution is theirs."""
    last = doc.sentence_at(paragraph.end - 1)
    found = _reported(doc, last, _parts(doc, last)[-1])  # '..., but Jo Lee says ...'
    if found is None and _PRONOUN_REPORTS.match(doc.text, last.start):
        # 'The statement said ... \nIt said the club ...': the body the sentence before reports
        before = doc.sentence_before(last)
        body = _reported(doc, before, before) if before.start < before.end else None
        if body and (
            not body[0].person
            and not doc.people.names(body[0].name)
            or THE_STATEMENT.match(doc.text, before.start)  # its owner, who may be a person
        ):
            found = _reported(doc, last, _parts(doc, last)[-1], body[0])
    return found[0] if found else None


#: A sentence whose source is 'It' or 'They', standing for the one before ('It said ...').
_PRONOUN_REPORTS = re.compile(rf"(?:{alternation([*ORG_PRONOUNS, *PLURAL_PRONOUNS])})\s", re.I)


#: Lower-case words that may come before a person's name in a sentence's subject ('Council
#: leader Jane Roe', 'Head coach Dave Lynch').
_SUBJECT_ROLES = ROLE_WORDS | PERSON_ROLES | SOURCE_NOUNS


def _prose_subject(doc: Document, paragraph: Span) -> Speaker | None:
    """The one person the last sentence of a paragraph names, as its subject ('Council leader
    Jane Roe was unmoved.', 'Speaking on Friday, the board's chair Jane Roe apologised.'): a
    quoted paragraph right after it, unattributed, is theirs. None where the sentence names
    more people outside brackets ('Jo Lee met Tom Hill.') or its subject is someone else ('The
    board sacked Jo Lee.')."""
    last = doc.sentence_at(paragraph.end - 1)
    text = doc.slice(last)
    names = [n for n in doc.people.names(text) if not _BRACKETED.search(text, 0, n[0])]
    if len(names) != 1:
        return None
    intro = _LEADING_INTRODUCTION.match(text)
    lead = _BRACKETED_PART.sub(" ", text[intro.end() if intro else 0 : names[0][0]]).split()
    if any(  # an owner may come first: 'The authority's chief manager Jo Lee'
        w.islower() and w not in _SUBJECT_ROLES and not w.endswith(POSSESSIVE_ENDINGS) for w in lead
    ):
        return None
    return Speaker(doc.people.resolve(names[0][2], last.start), person=True)


#: A bracket still open at the end of the text before a name: the name is an aside in it.
_BRACKETED = re.compile(r"\([^()]*$")
#: A bracketed aside in a subject ('Chief Manager (Patient Safety) Dr Sara Ho').
_BRACKETED_PART = re.compile(r"\([^()]*\)")


#: A participle opening a clause: 'while addressing reporters', who spoke, not a second source.
_DOING = re.compile(r"[a-z]{2,}ing\s")


def _parts(doc: Document, sentence: Span) -> list[Span]:
    """A sentence, or its parts when a second source follows ', but' ('Whips branded the vote
    a gesture, but Labour MPs enjoyed their victory, calling on ...') or reports after 'but',
    'while' ('Jo Lee said the site should close, while Tom Hill said ...') or after ', and'
    a clause that reports nothing, or is made to speak (', prompting X to accuse ...') or
    ends a verdict in the passive ('was ruled "not competent" by X and ...')."""
    text = doc.slice(sentence)
    cuts = [sentence.start]
    # most sentences hold no link word: a look for each is cheaper than the pattern's scan,
    # which tries every space
    linked = any(link in text for link in SECOND_SOURCE_LINKS)
    seconds = _SECOND_SOURCE.finditer(doc.text, sentence.start, sentence.end) if linked else ()
    for m in seconds:
        rest = doc.text[m.end() : sentence.end]
        after_but = m.group().startswith(",") and m.group("link") == "but" and rest[:1].isupper()
        doing = m.group("link") in DOING_CLAUSE_OPENERS and _DOING.match(rest)
        r = None if after_but or doing else _REPORTED.match(rest)
        who = r.group("who").strip().lower() if r else ""
        if after_but or (
            who
            and not NOT_SOURCES.match(who)
            and who not in PRONOUNS
            and who not in CONNECTIVE_ADVERBS
        ):
            cuts.append(m.start())  # not 'but he said', 'but also argued': the same source
    cuts.extend(_next_reports(doc, sentence, text))
    if ", and " in text and (coordinate := _coordinate_report(doc, sentence, text)):
        cuts.append(coordinate)
    prompting = " to " in text and doc.holds(_PROMPTED_ANYWHERE)
    prompted = _PROMPTED.finditer(doc.text, sentence.start, sentence.end) if prompting else ()
    for m in prompted:
        comma = doc.text.rfind(",", sentence.start, m.start())
        if comma >= 0 and not doc.text[comma + 1 : m.start()].strip():
            cuts.append(comma)  # '..., leading X to accuse them of ...': X's claim, after theirs
    passives = (
        _PASSIVE_BY.finditer(doc.text, sentence.start, sentence.end) if " by " in text else ()
    )
    for m in passives:
        if doc.text.startswith(" and ", m.end()):
            cuts.append(m.end())  # 'was ruled "not competent" by X | and the vote was lost as'
    cuts = sorted(set(cuts))
    if len(cuts) == 1:
        return [sentence]
    ends = [*cuts[1:], sentence.end]
    return [Span(a, b) for a, b in zip(cuts, ends, strict=True)]


#: Where a clause ends and the next may report for a source of its own: ', ', '; ', ', and '.
_NEXT_CLAUSE = re.compile(r"[,;]\s+(?:and\s+)?(?=[A-Za-z])")
#: A finite verb of a reported clause: an auxiliary, a negation or a regular past ('said costs
#: would rise', 'said it expected'); not 'claiming that with the new deal', a clause cut short.
_CLAUSE_VERB = re.compile(rf"\b(?:cannot|{alternation(FINITE_VERBS)}|\w+n[’']t|[a-z]{{2,}}ed)\b")
#: A source phrase holding a relative pronoun is a clause's ('the future of which the trust').
_RELATIVE_WORD = re.compile(rf"\b{any_of(RELATIVE_PRONOUNS)}\b")
#: A source phrase ending in a relative pronoun with no comma before it ('the ruling which'):
#: the reporting verb after it is the relative clause's, whose subject is a thing just named.
_RESTRICTIVE_RELATIVE_END = re.compile(r"[^,\s]\s+which$")


def _next_reports(doc: Document, sentence: Span, text: str) -> list[int]:
    """Where a sentence of several reports, each with its own source, starts the next ('Rogers
    said it would lose $140 million, Cogeco said it would lose $25 million, and Bell said ...'):
    at a comma or semicolon after a report, before a named source (not 'he', the same one
    going on), its reporting verb and a clause (not ', analysts said, ...')."""
    first = REPORTING_VERB.search(text)
    if first is None:
        return []  # most sentences: no report
    if not REPORTING_VERB.search(text, first.end()):
        # one verb of saying: a second report only after an act before it ('Although X has
        # described the request as unrealistic, Y believed it was ...')
        first = _CHARACTERISING.search(text, 0, first.start())
        if first is None:
            return []
    cuts = []
    start = 0
    for m in _NEXT_CLAUSE.finditer(text, first.end()):  # a report before the cut
        rest = text[m.end() :]
        if not (next_report := _REPORTED.match(rest)) or not rest[next_report.end() :].strip():
            continue
        report = _REPORTED.match(before := text[start : m.start()])
        if not (
            report
            and (  # a clause with its verb runs to the cut, or an act's object, the next
                # source opening its clause (not '..., claiming that with X, ministers had')
                _CLAUSE_VERB.search(before, report.end())
                or report["act"]
                and "," not in before[report.end() :]
                and next_report.start("who") == 0
            )
            and _named_source(report["who"], sentence.start + start, doc.people)
            and _named_source(next_report["who"], sentence.start + m.end(), doc.people)
        ):
            continue
        cuts.append(sentence.start + m.start())
        start = m.end()
    return cuts


#: ', and ' opening a coordinate clause, which may hold a source of its own.
_AND_CLAUSE = re.compile(r",\s+and\s+(?=[A-Za-z])")


def _coordinate_report(doc: Document, sentence: Span, text: str) -> int | None:
    """Where a coordinate clause that reports for a source of its own starts, after ', and'
    and a first clause that reports nothing ('The appeal was filed on Tuesday, and Watts said
    the issues were corrected'); not a list of sources ('The council, and the union said')."""
    for m in _AND_CLAUSE.finditer(text):
        before, rest = text[: m.start()], text[m.end() :]
        if REPORTING_VERB.search(before) or not _CLAUSE_VERB.search(before):
            return None  # the first clause reports, or is no clause: one report, if any
        report = _REPORTED.match(rest)
        if report and _named_source(report["who"], sentence.start + m.end(), doc.people):
            return sentence.start + m.end()
    return None


def _named_source(phrase: str, position: int, people: People) -> bool:
    """Whether a phrase before a reporting verb names a source of its own: not 'he' or 'it'
    (the source before, going on), nor a clause's ('the future of which the trust')."""
    phrase = phrase.strip()
    if "," in phrase or NOT_SOURCES.match(phrase) or _RELATIVE_WORD.search(phrase):
        return False
    if phrase.lower() in PRONOUNS or REPORTING_VERB.match(phrase):
        return False  # 'says his party [believes]': the verb of the source before, going on
    found = _reported_source(phrase, position, people)
    return found is not None and actor_like(found.name)


def reported_claims(
    doc: Document, quoted: Spans, sources: Sequence[tuple[Span, Speaker]] = ()
) -> list[ClaimDraft]:
    """Sentences (or their parts with a source each) that attribute a claim to a source
    without quoting it in full; `sources` are the quotes' own, for an 'It said' after an
    organisation's quote ('"...," the board said. It called on ...')."""
    claims = []
    body: Speaker | None = None  # the organisation that was the last claim's source
    said = 0  # where the last reported claim ended
    ahead = sorted(sources, key=lambda source: source[0].end)
    passed = 0  # how many of them end before the sentence
    for sentence in doc.sentences:
        while passed < len(ahead) and ahead[passed][0].end <= sentence.start:
            span, who = ahead[passed]
            passed += 1
            named_before = body is not None and name_matches(body.name, who.name)
            if said <= span.start and not who.person and not named_before:
                body = who  # an organisation quoted since, not the body named in full before
        before = doc.sentence_before(sentence)
        if body is not None and body.person and said < before.start:
            body = None  # a described person stands for 'he' only in the very next sentence
        if quoted.overlaps(before.start, before.end) and _attribution_after(doc, before.end):
            continue  # '“... of June.” Justice Roe stated.': the quote's source, no claim
        whole = _unquoted(doc, sentence, quoted)
        if whole is None:
            if acted := _act_after_quote(doc, sentence, quoted):
                claims.append(acted)
            continue
        if not _SOURCE_WORDS.search(doc.slice(whole)):
            continue  # no word any source is found by
        for sentence in _parts(doc, whole):
            claimed = _reported_claim(doc, whole, sentence, body)
            if claimed is not None:
                inner = _relative_claim(doc, sentence, claimed)
                if inner and _relayed(claimed, inner):
                    claimed, inner = inner.model_copy(update={"evidence": claimed.evidence}), None
                claims.append(claimed)
                if inner:
                    claims.append(inner)
                # 'It', 'They' never stand for a person, but for a statement of theirs may
                person = bool(doc.people.names(claimed.speaker)) and not THE_STATEMENT.match(
                    doc.text, sentence.start
                )
                # 'The minister said ... He noted ...': a person the sentence described, not
                # named, is who 'he' opening the next sentence stands for, and the one after
                # while each goes on with 'he' ('She said ... She said ...')
                carried = body is not None and claimed.speaker == body.name
                described = not (
                    doc.people.last_before(sentence.end, since=sentence.start)
                    or _PRONOUN_OPENING.match(doc.text, sentence.start)
                    and not carried
                )
                body = (
                    None
                    if person and not described
                    else Speaker(claimed.speaker, org=claimed.speaker_org, person=person)
                )
                said = sentence.end
    return claims


#: A sentence opening with a pronoun ('He noted ...'): its source is not described there.
_PRONOUN_OPENING = re.compile(rf"(?:\w+\s+)?(?i:{alternation(PRONOUNS)})\b")


#: How an act reported with a participle opens: ', adding', ', while also dismissing'.
_ACT_LEAD = r"(?:while\s+)?(?:also\s+)?"
#: A quote's source, then an act of theirs reported with a participle: '," he said, adding that
#: ...', '," said Jo Lee, while also dismissing claims of ...' (the act is a claim of its own).
_ACT_AFTER_QUOTE = re.compile(
    rf"""[\"”] \s*,?\s* (?: (?P<who>{_SOURCE_CHAR}{{2,60}}?) \s+ (?:{_AFTER_QUOTE})
        | (?:{_AFTER_QUOTE}) \s+ (?P<named>{_SOURCE_CHAR}{{2,60}}?) )
    ,\s+ (?P<act> {_ACT_LEAD}
        (?: {any_of(PARTICIPLE_REPORTS)}
          | (?:{alternation(DENYING_PARTICIPLES)})
            (?=\s+(?:[\w’'-]+\s+){{0,3}}?(?:{alternation(DENIED_THINGS)})\b) ) \b .*? )
    [.!?]?\s*$""",
    re.VERBOSE,
)
#: What every match of `_ACT_AFTER_QUOTE` holds: the comma and participle opening its act.
_ACT_OPENING = re.compile(
    rf",\s+{_ACT_LEAD}{any_of([*PARTICIPLE_REPORTS, *DENYING_PARTICIPLES])}\b"
)


def _act_after_quote(doc: Document, sentence: Span, quoted: Spans) -> ClaimDraft | None:
    """The act a quote's source is reported with after it, in the quote's sentence, as a
    claim of its own ('"We will win," she said, adding that the strike would go on.').
    Sought only where an act opens: the full search tries up to 60 characters of source after
    every quotation mark (40 us a sentence), the opening's search passes on at each comma."""
    if not _ACT_OPENING.search(doc.text, sentence.start, sentence.end):
        return None
    m = _ACT_AFTER_QUOTE.search(doc.text, sentence.start, sentence.end)
    if m is None or quoted.overlaps(m.start("act"), m.end("act")):
        return None
    who = speaker(m["who"] or m["named"], m.start(), doc.people)
    if who is None or not actor_like(who.name):
        return None
    return claim("reported", who, m["act"])


#: An outlet's verb right before the clause it relays: 'Malaysiakini reported [that ...]'.
_RELAYING = re.compile(rf"\b(?:{alternation(OUTLET_VERBS)})\s+$")


def _relayed(claimed: ClaimDraft, inner: ClaimDraft) -> bool:
    """Whether a claim only relays another source's ('Malaysiakini reported that Azhar
    responded by saying ...'): the outlet reports what the source said, whose claim it is."""
    at = claimed.evidence.find(inner.evidence)
    return at > 0 and _RELAYING.search(claimed.evidence, 0, at) is not None


def _relative_claim(doc: Document, sentence: Span, claimed: ClaimDraft) -> ClaimDraft | None:
    """A relative clause's own source inside another source's claim: 'X said the minister
    wanted to keep the infirmary, the future of which the trust claims has been uncertain'
    (the clause is the trust's claim too). None for 'which he says' (the same source)."""
    text = doc.slice(sentence)
    if "which" not in text and "that" not in text:
        return None  # no relative clause: most sentences, spared the scan
    for m in _CLAUSE_SOURCE.finditer(text):
        found = m["which"] if m.lastgroup == "which" else None
        if not found or found.lower() in PRONOUNS | ORG_PRONOUNS | PLURAL_PRONOUNS:
            continue
        who = speaker(found, sentence.start + m.start("which"), doc.people)
        if who is None or who.name == claimed.speaker or not actor_like(who.name):
            continue
        end = _CLAUSE_END.search(text, m.end())
        return claim("reported", who, text[m.start() + 1 : end.start() if end else len(text)])
    return None


#: Two sources joined by 'and', the second opening with an article: 'the Labour Party and the
#: CTU', 'Unite and the GMB' (not 'the Department of Health and Social Care').
_JOINED_BODIES = re.compile(r"(?P<first>[^,;:]+?)\s+and\s+(?P<second>(?:the|a|an)\s+[^,;:]+)")
#: The words between 'and' and a second person's name: their role ('and former Speaker').
_AND = re.compile(r"\s+and\s+")
#: What opens a body's name without being part of it: 'Both the police', 'the GMB'.
_BODY_OPENING = re.compile(r"^(?i:both\s+)?(?:(?i:the)\s+)?")


def each_source(doc: Document, claimed: ClaimDraft) -> list[ClaimDraft]:
    """One claim per source when two make it together ('Jo Lee and former Speaker Tom Hill
    stood and demanded that ...', 'the Labour Party and the CTU say ...'), as gold counts
    them: the same evidence, each source its own speaker. (Stances read the claim whole: a
    judgement in it is both sources'.)"""
    speaker_name = claimed.speaker or ""
    bodies = _JOINED_BODIES.fullmatch(speaker_name)
    if bodies and not doc.people.names(speaker_name):
        return [
            claimed.model_copy(update={"speaker": name, "speaker_org": name})
            for name in (_BODY_OPENING.sub("", bodies.group(part)) for part in ("first", "second"))
        ]
    at = claimed.evidence.find(speaker_name) if doc.people.names(speaker_name) else -1
    joined = _AND.match(claimed.evidence, at + len(speaker_name)) if at >= 0 else None
    rest = claimed.evidence[joined.end() :] if joined else ""
    names = doc.people.names(rest)
    if not names or any(w.lower() not in _SUBJECT_ROLES for w in rest[: names[0][0]].split()):
        return [claimed]  # 'Jo Lee and her husband', 'Jo Lee said X and Tom Hill agreed'
    if names[0][2] == speaker_name:  # '... of Head Teachers and Deputy Head Teachers ...': one
        return [claimed]
    other = claimed.model_copy(update={"speaker": names[0][2], "speaker_role": None})
    return [claimed, other]


def _unquoted(doc: Document, sentence: Span, quoted: Spans) -> Span | None:
    """The sentence if it quotes no one, or its words up to a colon that introduces a quote
    ('She said no staff have been told yet: "We know nothing."' reports a claim and quotes
    one), up to 'and said "..."' (an act, then a quote) or up to ', adding "..."' after a
    clause reported; none if it quotes otherwise."""
    if not quoted.overlaps(sentence.start, sentence.end):
        return sentence
    joined = (  # it needs an 'and', which half these sentences lack: its scan cannot skip ahead
        _AND_SAID_QUOTE.search(doc.text, sentence.start, sentence.end)
        if doc.text.find("and", sentence.start, sentence.end) >= 0 and doc.holds(_AND_SAID_ANYWHERE)
        else None
    )
    if joined and not quoted.overlaps(sentence.start, joined.start()):
        return Span(sentence.start, joined.start())
    colon = _COLON_QUOTE.search(doc.text, sentence.start, sentence.end)
    participle = (
        _PARTICIPLE_QUOTE.search(doc.text, sentence.start, sentence.end)
        if colon is None and doc.holds(_PARTICIPLE_QUOTE)
        else None
    )
    if participle:  # '..., he said, adding "..."': the clause reported may come before the verb
        end = participle.start()
        verb = REPORTING_VERB.search(doc.text, sentence.start, end)
        reports = verb is not None and (
            _FINITE_CLAUSE.search(doc.text, verb.end(), end) is not None
            or _FINITE_CLAUSE.search(doc.text, sentence.start, verb.start()) is not None
        )
        if not reports:  # 'Yang accused the government of lying, saying, "..."': an act
            act = _REPORTED.match(doc.text[sentence.start : end].lstrip())
            reports = act is not None and act["act"] is not None
        return (
            Span(sentence.start, end)
            if reports and not quoted.overlaps(sentence.start, end)
            else None
        )
    if colon is None or quoted.overlaps(sentence.start, colon.start()):
        return None
    verb = REPORTING_VERB.search(doc.text, sentence.start, colon.start())
    if verb is None or not _FINITE_CLAUSE.search(doc.text, verb.end(), colon.start()):
        return None  # 'X told BBC News on Tuesday:' only introduces the quote
    return Span(sentence.start, colon.start() + 1)  # the colon: 'X said:' reports nothing


def _reported_claim(
    doc: Document, whole: Span, sentence: Span, body: Speaker | None = None
) -> ClaimDraft | None:
    """The claim a sentence (or part of one, in `whole`) reports, if it names its source."""
    found = _reported(doc, whole, sentence, body)
    return claim("reported", *found) if found else None


#: A word of a title, capitalised.
_TITLE_WORD = r"[A-Z][\w’'-]*"
#: A short name in quote marks that quotes no one ('the “Yelq” faction', 'the vote on “Drug
#: Law”'): up to five words, each capitalised but a title's small words; not a nickname before
#: the name it belongs to ('"Long Hair" Leung Kwok-hung') nor a word quoted ('“weak”').
_QUOTED_NAME = re.compile(
    rf"""([\"“]) ({_TITLE_WORD} (?:\s+(?:{_TITLE_WORD}|(?:{alternation(TITLE_LINKS)})\b)){{0,4}})
    ([\"”]) (?!\s+[A-Z])""",
    re.VERBOSE,
)
#: Stand-ins for its quote marks, which the source patterns stop at: each mark has its own,
#: one character long, so offsets hold and the marks come back (`_with_quote_marks`).
_NAME_MARKS = {"“": "‹", "”": "›", '"': "″"}
_MARKS_BACK = str.maketrans({stand_in: mark for mark, stand_in in _NAME_MARKS.items()})


def _without_name_quotes(text: str) -> str:
    """`text` with the marks around short quoted names stood in for, where it holds no
    stand-in of its own."""
    if not any(stand_in in text for stand_in in _NAME_MARKS.values()):
        return _QUOTED_NAME.sub(lambda m: _NAME_MARKS[m[1]] + m[2] + _NAME_MARKS[m[3]], text)
    return text


def _with_quote_marks(found: tuple[Speaker, str, bool] | None) -> tuple[Speaker, str, bool] | None:
    """A source and its words as the article writes them, quote marks back in place."""
    if found is None:
        return None
    who, words, loose = found
    name, org = who.name.translate(_MARKS_BACK), who.org and who.org.translate(_MARKS_BACK)
    return replace(who, name=name, org=org), words.translate(_MARKS_BACK), loose


def _reported(
    doc: Document, whole: Span, sentence: Span, body: Speaker | None = None
) -> tuple[Speaker, str, bool] | None:
    """The source a sentence (or part of one) reports for, the words it reports and whether
    the source was found by a looser pattern; a short quoted name does not stop the source
    ('the “Yelq” faction')."""
    return _with_quote_marks(_reported_plainly(doc, whole, sentence, body))


def _reported_plainly(
    doc: Document, whole: Span, sentence: Span, body: Speaker | None = None
) -> tuple[Speaker, str, bool] | None:
    """`_reported` on the sentence with short quoted names' marks stood in for; 'It said' and
    'They said' stand for `body`, the organisation or group that was the source before."""
    text = _without_name_quotes(doc.slice(sentence)).lstrip(",; ")
    if dateline := DATELINE.match(text):  # 'BUTTERWORTH: Finance Minister X said ...'
        text = text[dateline.end() :]
    text = text[link.end() :] if (link := _LEADING_LINK.match(text)) else text  # 'while X said'
    aside = _PARENTHETICAL.match(text)
    if aside and (not NOT_SOURCES.match(aside.group("who")) or aside["who"].lower() in PRONOUNS):
        source = _reported_source(aside["who"], sentence.start + aside.start("who"), doc.people)
        if source is not None and actor_like(source.name):
            return source, text.rstrip(), False
    quoted = (
        _QUOTED_AS_SAYING.match(text) or _QUOTED_AS_SAYING_AFTER.search(text)
        if " as saying" in text
        else None
    )
    if quoted and (source := _reported_source(quoted["who"], sentence.start, doc.people)):
        return source, text.rstrip(), False
    words_of = _IN_WORDS.match(text) if " words" in text else None
    if words_of and (
        source := _reported_source(
            PRONOUN_OF_POSSESSIVE.get(words_of["who"].lower(), words_of["who"]),
            sentence.start,
            doc.people,
        )
    ):
        return source, text.rstrip(), False
    m = None
    if lead := _LEAD_IN.match(text):  # 'This comes after Takeda confirmed ...': the statement
        m = _REPORTED.match(text[lead.end() :])
        if m and m.group("act"):
            return None  # 'It came after ministers accused ...': an act as background
        text = text[lead.end() :] if m else text
    m = m or _REPORTED.match(text)
    if m and m["shown"] and not _SHOWING.search(m["who"]):
        m = None  # 'Prices show that ...': only evidence or a record shows for itself
    if m and _RESTRICTIVE_RELATIVE_END.search(m["who"]):
        m = None  # 'X overturned the ruling which had declared ...': the ruling's verb
    subject = m is not None  # a phrase before a reporting verb: a source, or a thing
    if m and (clause := _CLAUSE_SOURCE.search(text, 0, m.end())) and clause.end() == m.end():
        m = None  # 'Drivers strike as unions say ...': the source is in the clause
    who: Speaker | None = None
    if m and _FINITE_CLAUSE.search(m["who"]):
        who = _said_last(doc, sentence, text, m.end("who"))  # 'Pay was cut says Jo Lee.'
        m = None if who is not None else m
    pronoun = m.group("who").strip().lower() if m else ""
    if who is None and pronoun in PRONOUNS and body and _spoke_before(doc, whole, body):
        who = replace(body, resolved=True)  # 'A police spokeswoman said ... She said ...'
    elif who is None and m and not NOT_SOURCES.match(m.group("who").strip()):
        who = _reported_source(m.group("who"), sentence.start, doc.people)
        if who is not None and not actor_like(who.name):
            who = None  # 'The [rules were ...], she told the tribunal.': look for another
    elif who is None:
        who = _standing_for(doc, whole, sentence, pronoun, body)  # 'They also said ...'
    if who is None and pronoun in PARTITIVES and (plural := _plural_source(doc, whole)):
        who = plural  # 'Traders were divided. Some argued ...': some of that group
    if who is None and (
        " by " in text
        and (m := _PASSIVE_BY.search(text))
        or " to " in text
        and doc.holds(_PROMPTED_ANYWHERE)
        and (m := _PROMPTED.search(text))
    ):
        who = _reported_source(m["who"], sentence.start + m.start("who"), doc.people)
        if m.re is _PASSIVE_BY and text[m.end() :].strip(" .!?\n"):
            text = text[: m.end()]  # 'was ruled X by Y [and the vote was lost ...]'
    indirect = who is None
    for pattern in (_REPORTED_INVERTED, _REPORTED_TRAILING, _REPORTED_ASIDE, _ACCORDING):
        if (
            who is None
            and (m := _source_after(pattern, text))
            and not NOT_SOURCES.match(m.group("who"))
        ) or (who is None and m and m.group("who").lower() in PRONOUNS):
            phrase = m.group("who")
            if pattern is _REPORTED_INVERTED:  # ', said the ministry in a statement today.'
                phrase = _OCCASION_AFTER.sub("", phrase)
            elif pattern is _ACCORDING and _TITLED_NAME.search(head := phrase.split(",")[0]):
                phrase = head  # 'according to the General Secretary Mr. Kertis Augustus, Julia
                # Joseph, who ...': the titled name is the source, the next opens the report
            elif (
                pattern is _ACCORDING
                and (inner := _REPORTED.match(text[m.end() :].lstrip(", ")))
                and _reported_source(inner["who"], sentence.start + m.end(), doc.people)
            ):  # 'According to the news agency, Petra, the National Union bloc stressed ...':
                phrase = inner["who"]  # the agency only carried the words; the bloc spoke them
            elif pattern is _ACCORDING and (record := _OWNED_RECORD.fullmatch(phrase)):
                phrase = record["owner"] or record["holder"] or record["maker"]  # 'IMF estimates'
            elif pattern is _ACCORDING and (run_on := _REPORT_AFTER_SOURCE.search(phrase)):
                phrase = phrase[: run_on.end()]  # 'According to the unions [the changes are]'
            at = sentence.start + m.start()
            if pattern is _REPORTED_TRAILING and phrase.lower() in PRONOUNS:
                at = _pronoun_reach(doc, sentence, at)
            who = (
                _standing_for(doc, whole, sentence, "they", body)  # 'According to them,'
                if phrase.lower() in PLURAL_OBJECT_PRONOUNS
                else _reported_source(phrase, at, doc.people)
            )
        elif who is None and m and pattern in (_REPORTED_TRAILING, _REPORTED_ASIDE):
            # '..., it said.', '..., it said, adding ...'
            pronoun = m.group("who").lower()
            # 'CP has not received notice, it said.': the organisation the clause names first
            own = doc.people.last_org_before(sentence.start + m.start(), since=sentence.start)
            owned = own if own and pronoun in ORG_PRONOUNS and organisation(own) else None
            named = Speaker(owned, org=owned) if owned else body
            who = _standing_for(doc, whole, sentence, pronoun, named)
    for pattern in (
        _REPORTED_PARTICIPLE,
        _REPORTED_COORDINATED,
        _UNCLOSED_APPOSITION,
        _ROLE_BODY_NAME,
        _STRAY_COMMA,
    ):
        if who is None and (m := pattern.match(text)):
            who = _reported_source(m.group("who"), sentence.start, doc.people)
            subject = True
    in_clause = _CLAUSE_SOURCE.search(text) if who is None else None  # read once, used twice
    if in_clause and in_clause.lastgroup == "which":
        who = _says_of_its_own(
            doc, sentence, text[: in_clause.start()], in_clause.group("which").lower()
        )
    if (
        who is None
        and (  # '... as unions say ...', 'McCain, who had said ...'
            m := in_clause or (", who " in text and _WHO_CLAUSE_SOURCE.search(text)) or None
        )
        and (group := m.lastgroup)
        and m.group(group).split()[-1].lower() not in STOPWORDS  # not 'as others say'
    ):
        found = m.group(group)
        head = _ROLE_OF_BODY_BEFORE.search(text, 0, m.start(group)) if group == "whom" else None
        found = head["name"] if head else found  # 'Jo Lee, chair of the X Party, who said'
        who = speaker(found, sentence.start, doc.people) or Speaker(found)
        if group in ("which", "whom"):  # the relative clause, and who it is about
            start = m.start() + 1 if group == "which" else head.start() if head else m.start(group)
            end = _CLAUSE_END.search(text, m.end())
            text = text[start : end.start() if end else len(text)]
        elif group == "who":
            text = text[m.start(group) :]
    if who is None or not actor_like(who.name):
        # 'The walkout occurred after the council said ...': a thing before the verb, and a
        # source in the clause after it
        clause = _SUBORDINATE.search(doc.text, sentence.start, sentence.end) if subject else None
        return (
            _reported_plainly(doc, whole, Span(clause.end(), sentence.end), body)
            if clause
            else None
        )
    if _states_what_is(who, text):
        return None
    if who.person and "ough " in text and (contrast := _NARRATED_CONTRAST.search(text)):
        text = text[: contrast.start()]  # what they did after, the narrator's, is no claim
    return who, text.rstrip().removesuffix(":"), indirect


def _said_last(doc: Document, sentence: Span, text: str, after: int) -> Speaker | None:
    """The source after a comma-less 'says'/'said' ending the sentence, when a clause comes
    before it ('Results were well received says council chair Jo Lee.'); not a clause after
    the verb ('said the Government cannot pay')."""
    last = _SAYS_LAST.search(text, after)
    if last is None or _FINITE_CLAUSE.search(last["who"]):
        return None
    who = _OCCASION_AFTER.sub("", last["who"])  # 'says the union on Monday'
    return _reported_source(who, sentence.start + last.start("who"), doc.people)


def _states_what_is(who: Speaker, text: str) -> bool:
    """Whether a source states what is so, claiming nothing (as gold has them): a law
    ('According to the Civil Procedures Law, an appeal is not acceptable'; 'the' before it
    says 'Law' is no surname), or counts showing a number ('The figures show that 415,737
    people are waiting', 'One in seven ..., new figures reveal': a figure, not a claim)."""
    words = who.name.split()
    last = words[-1]
    head = last.lower()
    if any(w.lower() in ORG_WORDS for w in words):
        return False  # 'the Office for National Statistics', 'the Ministry of Law': bodies
    if head in LAW_NOUNS:  # not 'the ACT', a territory
        named = re.search(rf"\bthe\s+{re.escape(who.name)}", text, re.I)
        return not last.isupper() and (not who.person or named is not None)
    if who.person or head not in STATISTICS_NOUNS:
        return False
    return next(find_figures(text.replace(who.name, "", 1)), None) is not None


#: A word naming evidence or a record, the source of what a verb of showing reports.
_SHOWING = re.compile(rf"\b(?i:{alternation(SHOWING_SOURCES)})\b")


def _source_after(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)`, but no trailing source after an introduction alone ('On
    November 7, Judge Lee denied that motion.' reports no clause before the comma), nor after
    a name whose apposition lacks its closing comma ('Jo Lee, the chair of X said ...': Jo Lee
    is the source, not 'the chair of X'), nor after a whole quote no one was found for (a
    quote's words in a clause of the reporter's may close: 'Pay is "very little," he said.')."""
    m = pattern.search(text)
    if (
        m
        and pattern is _REPORTED_TRAILING
        and (
            _LEADING_INTRODUCTION.fullmatch(text, 0, m.start("who"))
            or _UNCLOSED_APPOSITION.match(text)
            or text[m.start() + 1] in '"”'
            and text.lstrip()[:1] in '"“'
        )
    ):
        return None
    return m


#: Where the head of a noun phrase ends: at its first preposition ('spokesman | for the X').
_HEAD_END = re.compile(rf"\s(?:{alternation(PREPOSITIONS)})\s")


def _spoke_before(doc: Document, sentence: Span, body: Speaker) -> bool:
    """Whether 'he' or 'she' opening `sentence` stands for `body`, a person described, not
    named ('A spokesman for the minister'), the source of the sentence before, where no person
    was named as a subject since; or a named person the sentence before described ('The
    minister said ...'), where it named no person."""
    before = doc.sentence_before(sentence)
    if body.person:
        return not doc.people.last_before(sentence.start, since=before.start)
    head = _HEAD_END.split(body.name, maxsplit=1)[0].split()
    if not head or head[-1].lower() not in PERSON_ROLES:
        return False
    return body.name in doc.slice(before) and not doc.people.last_before(
        sentence.start, since=before.start
    )


def _standing_for(
    doc: Document, whole: Span, sentence: Span, pronoun: str, body: Speaker | None
) -> Speaker | None:
    """Who 'They' or 'It' reporting a claim stands for: the group that was the subject of the
    sentence before, else `body` (the organisation or group that was the last claim's source);
    for 'It' the organisation last named as a subject ('Ryanair hit back. It said ...')."""
    who = None
    body = None if body is not None and body.person else body  # 'It', 'They': never a person
    if pronoun in PLURAL_PRONOUNS:
        who = _plural_source(doc, whole) or body
    elif pronoun in ORG_PRONOUNS and body:  # 'Tenon said ... It said ...'
        who = body
    elif pronoun in ORG_PRONOUNS and (org := doc.people.last_org_before(sentence.start)):
        who = Speaker(org, org=org)
    return replace(who, resolved=True) if who else None


def _says_of_its_own(doc: Document, sentence: Span, main: str, pronoun: str) -> Speaker | None:
    """Who 'which he says' / 'which it says' after a main clause (`main`) stands for: its
    subject ('Ogamba backed the decision, which he says will help'; 'The union opposes the
    roster, which it says will ...'). The whole sentence is the claim."""
    if pronoun in PRONOUNS:
        name = doc.people.last_before(sentence.end, since=sentence.start)
        if name is None and (named := doc.people.names(main)):  # 'the sitting at which X
            name = doc.people.resolve(named[-1][2], sentence.start)  # introduced the Bill, ...'
        return Speaker(name, person=True) if name else None
    if pronoun not in ORG_PRONOUNS | PLURAL_PRONOUNS:
        return None
    subject = _MAIN_SUBJECT.match(main)
    found = _reported_source(subject["who"], sentence.start, doc.people) if subject else None
    if pronoun in PLURAL_PRONOUNS and not (found and actor_like(found.name)):
        # 'Workers are worried. Many cut corners, which they say is unsafe': the group before
        found = _plural_source(doc, sentence)
    return found


def _group_of_people(phrase: str) -> bool:
    """Whether a counted phrase is people ('clubs', 'clinicians and staff'), not '3 per cent'."""
    last = phrase.split()[-1].lower()
    return last.endswith("s") or last in PEOPLE_NOUNS


#: Where a source's words were given, before it with no comma: 'In a statement [the union]';
#: some copy drops the article ('GES in statement posted on its Facebook page [said]').
_A_STATEMENT = rf"""(?i:in|on)\s+(?:(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?)?
    (?:{alternation((*STATEMENT_NOUNS, *ISSUED_DOCUMENTS))})"""
_IN_STATEMENT = re.compile(rf"^{_A_STATEMENT}\s+(?=\S)", re.VERBOSE)
#: Where or when a statement after its source was given, a participle before it or not: 'to
#: members', 'issued on Monday', 'posted on its Facebook page'.
_STATEMENT_GIVEN = rf"""(?:\s+[a-z]+ed)?
    (?:\s+(?:{alternation(WHERE_SAID_PREPOSITIONS)})\s+[^,]{{1,40}})?"""
#: The statement after the source ('TIB in its report [said]', 'The police, in a statement,
#: [said]', 'The ministry in a statement issued on Monday [said]'): how the source spoke, not
#: part of it.
_IN_STATEMENT_AFTER = re.compile(
    rf"(?<=\S)[\s,]+{_A_STATEMENT}{_STATEMENT_GIVEN}[\s,]*$", re.VERBOSE
)
#: A participle clause closing a source's phrase ('Ch Nisar while addressing the press conference
#: [said]', '[said] Khan while criticising the opposition'): how the source spoke, not part of it.
_DOING_AFTER = re.compile(
    rf"(?<=\S)\s+(?:{alternation(DOING_CLAUSE_OPENERS)})\s+[a-z]+ing\b[^,;:]*$"
)
#: An occasion, a time or the source's own place closing a source's phrase after a quote
#: ('," said Lee during a press conference held on Thursday', '," said Lee on Monday', ', said
#: Santos in his office'): when and where, not part of the source.
_OCCASION_AFTER = re.compile(
    rf"""(?<=\S)\s+(?:{alternation(OCCASION_PREPOSITIONS)})\s+
    (?:(?:{alternation(POSSESSIVE_DETERMINERS)})\s+[a-z]
      |(?:[\w’'-]+\s+){{0,3}}?(?i:{alternation((*OCCASION_NOUNS, *TIME_WORDS))})\b)
    [^,;:]*$""",
    re.VERBOSE,
)
#: A dashed aside closing a source's phrase: 'Mayor Jo Lee - who ran in 2019 -' [said].
_DASHED_ASIDE_END = re.compile(rf"{_DASHED_ASIDE}$")


#: An age closing the name in apposition: 'Another worker, Prapan[, 49],'.
_AGE_END = re.compile(r",\s*\d{1,3}$")


def _named_in_apposition(phrase: str) -> str | None:
    """The body or person named after a description, between commas ('the watchdog, the
    Consumer Council,' -> 'the Consumer Council'; 'Another worker, Prapan, 49,' -> 'Prapan');
    none when the first part names it already."""
    description, _, rest = phrase.partition(",")
    named = _AGE_END.sub("", rest.strip().removesuffix(",").strip())
    if _DESCRIPTION.fullmatch(description.strip()) and _APPOSED_NAME.fullmatch(named):
        return named if actor_like(named) else None
    return None


#: Before a clause's subject: nothing but capitalised words ('Prime Minister', 'But').
_SUBJECT_OPENING = re.compile(r"(?:[A-Z][\w’'.-]*\s+)*")


def _pronoun_reach(doc: Document, sentence: Span, at: int) -> int:
    """Where 'he' in a trailing '..., he added.' looks back from: the person the clause opens
    with ('Lee will stand, he said'), else the sentences before; a name deeper in the clause
    ('a lifeline for Prime Minister Ingrida Simonyte, he added') is what was said, not who."""
    first = doc.people.first_mention(sentence.start, at)
    subject = first is not None and _SUBJECT_OPENING.fullmatch(doc.text, sentence.start, first)
    return at if subject else sentence.start


def _reported_source(phrase: str, position: int, people: People) -> Speaker | None:
    """The source in the phrase before a reporting verb: none for a passive ('was advised'),
    the publisher of a study ('a survey by the TUC'), a list of names as one source, the
    people a relative clause is about ('conservatives who argued'), a counted group ('The 13
    clubs'), an organisation without its appositions ('The union, which drivers joined,')."""
    phrase = _IN_STATEMENT.sub("", phrase.strip())  # 'In a statement the union [said]'
    phrase = BASED_IN.sub("", phrase)  # 'Toronto-based Magna [said]': Magna, no list of names
    phrase = _IN_STATEMENT_AFTER.sub("", phrase)  # 'The union in a statement [said]'
    phrase = _DOING_AFTER.sub("", phrase)  # 'Jo Lee while talking to reporters [said]'
    if (aside := _DASHED_ASIDE_END.search(phrase)) and (
        _RELATIVE_WORD.match(phrase, aside.end("dash")) or people.names(phrase[: aside.start()])
    ):  # 'Mayor Jo Lee - who ran in 2019 - [said]'; not 'Taoiseach – and Simon Harris – [said]'
        phrase = phrase[: aside.start()]
    if UNNAMED_SOURCE.fullmatch(phrase.rstrip(",")):
        return speaker(phrase, position, people)  # 'A nurse, who asked not to be named,'
    head = phrase.split(",")[0].split(" who ")[0]  # 'X, who spoke before the vote,': X's clause
    if _PASSIVE_END.search(phrase) or _SUBORDINATE.search(head):
        return None  # 'The firm was [advised to settle]', 'Prices rose after the bank [said]'
    if published := _PUBLISHED_BY.fullmatch(phrase):
        who = published["who"] or published["site"]  # 'A survey by the TUC', 'on X's website'
        return speaker(who, position, people)
    if _NAME_LIST.fullmatch(phrase):
        return Speaker(phrase.rstrip(","), person=True)
    if phrase.endswith(" who") and (relative := _RELATIVE_SOURCE.search(phrase)):
        found = relative.group("who")
        if found[0].isupper():
            return speaker(found, position, people)
        return Speaker(found) if found.endswith("s") else None
    if head != phrase.split(",")[0] and phrase.endswith(","):
        phrase = head  # 'Ogamba who was speaking on TV, [said]': a comma closes the clause only
    elif ", which " in phrase and phrase.endswith(","):
        phrase = phrase.split(",")[0]  # 'The lawsuit, which was filed in the 18th Judicial
        # District, [claimed]': the lawsuit, not a name inside the clause about it
    if not people.names(phrase):
        # 'the watchdog, the Consumer Council,': the body named; 'The union, which drivers
        # joined,': the union
        phrase = _named_in_apposition(phrase) or phrase.split(",")[0]
        counted = _COUNTED_GROUP.search(phrase)
        if counted and _group_of_people(counted.group("who")):
            return Speaker(counted.group("who"))
    found = speaker(phrase, position, people)
    if found is None and "," in phrase.rstrip(",") and people.names(head):
        # too long with its clause or apposition: 'Darwen boss and deputy council leader Tony
        # Melia, who had initially protested against the bus lane,' is Tony Melia; so is 'Tony
        # Melia, a member of the council nominated by the party to represent the disabled,'
        return speaker(head, position, people)
    return found
