"""Who is speaking or acting: people's names, described sources and organisations in news text.

Works from the shape of English news prose (capitalised names, titles, appositive roles,
acronyms), never from lists of particular people or outlets. Pronouns and surname mentions
('he added', 'Mr Walker said') resolve to the last full name the article gave before them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from factx.rules.lexicon import (
    ADDRESSING_VERBS,
    ALL_PRONOUNS,
    AREA_NOUNS,
    ATTEMPT_NOUNS,
    AUXILIARIES,
    BRANCH_NOUNS,
    CLAIMING_VERBS,
    CLAUSE_OPENERS,
    COMPANY_NAME_ENDINGS,
    CONNECTIVE_ADVERBS,
    CONSEQUENCE_LINKS,
    CONTRAST_LINKS,
    COPULAS,
    DETERMINERS,
    EVENT_NOUNS,
    EVIDENCE_NOUNS,
    FESTIVAL_ENDINGS,
    FRONTED_CLAUSE_OPENERS,
    GLUED_VERBS,
    GROUP_NOUNS,
    HEADLINE_VERBS,
    INDEFINITE_PRONOUNS,
    INDEFINITE_SOURCES,
    IRREGULAR_PASTS,
    ISSUED_DOCUMENTS,
    ISSUING_VERBS,
    LAW_NOUNS,
    LEADING_CONNECTIVES,
    LEADING_PARTICIPLES,
    MATTER_NOUNS,
    MODALS,
    MONTHS,
    MULTIWORD_PLACES,
    NAME_PARTICLES,
    NAMED_THING_ENDINGS,
    NAMING_PARTICIPLES,
    NATION_NAMES,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    OFFICE_HOLDER_NOUNS,
    ORG_ADJECTIVES,
    ORG_NOUNS,
    ORG_PRONOUNS,
    ORG_WORDS,
    PARTITIVES,
    PASSIVE_AUXILIARIES,
    PERSON_ROLES,
    PLACE_ACRONYMS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    PORTFOLIO_LINKS,
    PORTFOLIOS,
    POSSESSIVE_DETERMINERS,
    POSSESSIVE_ENDINGS,
    PREPOSITION_LEADS,
    PREPOSITIONS,
    PRONOUN_OF_POSSESSIVE,
    PRONOUNS,
    QUANTIFIERS,
    RELATIVE_PRONOUNS,
    REPORTING_ADVERBS,
    ROLE_WORDS,
    SEAT_TITLES,
    SEXED_PRONOUNS,
    SEXED_TITLES,
    SIGNING_PARTICIPLES,
    SINGLE_MEMBER_OPENINGS,
    SOURCE_NOUNS,
    SPEAKING_ROLES,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
    STOPWORDS,
    SUBSTITUTE_WORDS,
    TELLING_VERBS,
    TIME_WORDS,
    TITLE_ABBREVIATIONS,
    TITLES,
    VERB_ADVERBS,
    WRITTEN_RECORDS,
    alternation,
    any_of,
    forms_of,
)
from factx.text import find_whole

#: Letters of names, accented ones too ('Seán Ó Fearghaíl', 'Jørgen'): Latin-1's capitals and
#: small letters beside ASCII's.
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
#: A capitalised word: 'Walker', 'McDonald', "O'Neill", 'Smith-Jones'. Written so that each
#: word splits one way only: '[a-z]*[A-Z]?[a-z]+' would let a long run of capitalised words
#: that fails at its end ('Unions Reject Final Pay Offer ...') backtrack exponentially.
_CAP = (
    rf"(?:(?<![\w’'])[{_UPPER}](?:[{_LOWER}]*(?:[’'][{_UPPER}]?|[{_UPPER}]))?[{_LOWER}]+"
    rf"(?:-[{_UPPER}]?[{_LOWER}]+)*)"
)
#: White space inside a name: never a line break, which ends a headline or a paragraph
#: ('Judge Mary Hale Dismisses Lawsuit\nHale threw out ...').
_IN_NAME = r"[^\S\n]+"
_NAME_PART = rf"""
    {_IN_NAME} (?:(?i:{alternation(NAME_PARTICLES)})(?:{_IN_NAME}|-)){{0,2}}  # 'de la', 'al-'
    (?:[A-Z]\.{_IN_NAME})?                         # a middle initial
    {_CAP}
"""
#: A last part of a name in capitals, after its other parts: a clan or family name ('Lakshya
#: Bahadur KC', 'Hari Prasad BK'), a generation ('Robert Hale III', 'Jo Lee Jr') or a given
#: name of one letter ('Tran Van A'); never one before a capitalised word ('Reliance Industries
#: CEO Mukesh Ambani': a role before the next name) nor an initial ('Jo A. Lee').
_LAST_CAPITALS = r"[A-Z]{2,3}|Jr\.?|Sr\.?"
_NAME_END = rf"""(?: {_IN_NAME} (?:{_LAST_CAPITALS}|[A-HJ-Z](?![.’'-]))
    (?![\w’'-]|\s+[A-Z]|\.\w) )?"""
_TITLE = alternation(t.capitalize() for t in TITLES)
#: Words that count what follows them, never a first name: 'Forty Japanese', 'Several Kenyan'.
_COUNTING_WORDS = frozenset({*NUMBER_WORDS, *QUANTIFIERS})
#: An initial written onto the name after it, as Mongolian copy writes names: 'G.Chuluubaatar'.
_GLUED_INITIAL = re.compile(r"[A-Z]\.[A-Z]")
#: An acronym in the plural ('MPs', 'NGOs'): a group, never a person's name.
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
#: A title and a name, or two or more capitalised words (single words are never a person).
_NAME = re.compile(
    rf"""
    (?=[{_UPPER}])\b                              # a capital first: the scan skips the rest fast
    (?: (?:{_TITLE})\.?{_IN_NAME} {_CAP} (?:{_NAME_PART})*
       | (?:(?<![\w.])[A-Z]\.{_IN_NAME})?                     # 'J. Jeffery Raborn'
         {_CAP} (?:{_NAME_PART})+ {_NAME_END}
       | (?<![\w.])[A-Z]\.{_CAP} (?:{_NAME_PART})* )       # 'G.Chuluubaatar'
    """,
    re.VERBOSE,
)
#: A verb after a source's words ('The association rejected the plan'), not an -ed word that
#: describes the noun of people after it ('One unnamed source', 'concerned residents') or before
#: it, with its object ('Parents opposed to the closure', 'staff employed by the firm').
_VERB_AFTER_SOURCE = re.compile(
    rf"""\s+(?=(?:[a-z]+ed|has|have|had|will|would|also)\b)
    (?![a-z]+ed\s+(?:{alternation(GROUP_NOUNS | PERSON_ROLES | SOURCE_NOUNS | ORG_NOUNS)})\b)
    (?![a-z]+ed\s+(?:{alternation(PREPOSITIONS)})\s+(?:{alternation(DETERMINERS)})\s+[a-z-]+$)""",
    re.VERBOSE,
)
#: Capitalised words and acronyms that run together as an organisation's name ('CUPE Ontario',
#: "Ontario Nurses' Association", 'Department for Education').
_ORG_TOKEN = rf"(?:{_CAP}(?![A-Z])(?:[’']s?(?=\s))?|(?<![\w’'])[A-Z][A-Z&]{{1,7}}\b)"
_ORG_RUN = re.compile(rf"{_ORG_TOKEN}(?:\s+(?:of\s+|and\s+|for\s+)?{_ORG_TOKEN})*")
_ORG_AFTER = re.compile(r"[’']s?\s+([A-Z][a-z]+)")
#: The rest of a body's name after 'and', ending in the kind of body ('Nottingham North [and East
#: Clinical Commissioning Group]', 'Sierra Leone Medical [and Dental Association]').
_ORG_AND_REST = re.compile(
    rf"\s+and\s+(?:{_CAP}\s+){{1,3}}(?:{alternation(w.capitalize() for w in ORG_WORDS)})\b"
)
#: A role word, hyphenated or not ('chief', 'secretary-treasurer').
_ROLE = rf"(?:{alternation(ROLE_WORDS | PERSON_ROLES)})(?:-[a-z]+)?"
#: What may stand between an organisation's name and a role: the kind of body or place, the
#: body's part or number ('Local 1119', 'District 6'), the rest of its name after 'and' ('[Textiles
#: Clothing] and Footwear Union national and state secretary Michele O'Neil'), in a run joined
#: by 'and' ('national and state').
_ORG_QUALIFIER = rf"""(?:(?:{alternation(AREA_NOUNS | ORG_WORDS | BRANCH_NOUNS)})
    |\d[\d-]*|(?:and|of|for)\s+(?:{_CAP}\s+){{0,3}}(?i:{alternation(ORG_WORDS)}))"""
#: What follows an organisation's or a place's name, never a person's: an ampersand ('Goodyear
#: Tire & Rubber'), or a role in lower case, after the kind of body or place it serves, and the
#: name of who holds it ('Sri Lanka Cricket chief Shammi Silva', 'Great Glen parish council
#: chairman Bill Glasper', 'West Midlands police chief constable Craig Guildford'), or a group
#: of people of that place or body ('Great Glen residents'); or a legislator's title in
#: capitals and the holder's name ('Kabula County MP James Kakooza': the seat, not a person);
#: or a number, the body's numbered part ('United Steelworkers Local 9700', 'Unifor Local 1119
#: President Don'), never a count ('Jo Lee 2.5 per cent').
#: A full stop, then a name of two or more words: after a title abbreviation ('Independent
#: Sen. Kyrsten Sinema'), the title's holder follows (not 'economist Amartya Sen. He said').
_TITLE_NEXT = re.compile(rf"\.{_IN_NAME}{_CAP}{_NAME_PART}", re.VERBOSE)
_ORG_FOLLOWERS = re.compile(
    rf"""\s*& | \s+ (?:{_ORG_QUALIFIER}\s+(?:and\s+)?){{0,3}} (?:{_ROLE}\s+(?:and\s+)?){{1,2}} [A-Z]
    | \s+ \d[\d-]*[A-Z]?\b (?![.,]\d|\s*(?:%|per\s*cent))       # 'Local 9700', 'Local 1119'
    | \s+ (?:{alternation(w for w in GROUP_NOUNS if w.endswith("s"))})\b  # 'Great Glen residents'
    | \s+ (?:(?:{alternation(AREA_NOUNS)})\s+)? (?:{alternation(t.upper() for t in SEAT_TITLES)})
      \s+ [A-Z]                               # 'Kassanda South MP Simeo', 'Kitutu Central ward MCA'
    """,
    re.VERBOSE,
)
#: An organisation's name running on past 'and' ('Department of Health and [Social Care]').
_ORG_BEFORE = re.compile(
    rf"\b(?i:{alternation(ORG_WORDS)})\s+(?:of|for)\s+(?:[A-Z][\w’'-]*\s+)+and\s+$"
)
#: A portfolio and its partner, which name a department or committee ('Health & [Social
#: Care]', 'Education and [Skills]'), not a person.
_PORTFOLIO_AND = re.compile(
    rf"(?<![\w-])(?:{alternation(w.capitalize() for w in PORTFOLIOS)})\s+(?:&|and)$"
)
#: A body's name going on after 'of' or 'for' ('Office for [National Statistics]', 'Institute
#: for [Fiscal Studies]', 'Ministry of [Home Affairs]'): the capitalised words are its name's.
_ORG_OF = re.compile(
    rf"\b(?:{alternation(w.capitalize() for w in ORG_WORDS)})\s+(?:of|for)\s+(?:the\s+)?$"
)
_ACRONYM = re.compile(r"\b[A-Z][A-Z&]{1,7}\b")
#: A role held of or for a body or place named in one word before the holder's name ('Leader
#: of the [House] Mukhtar Abbas Naqvi', 'Minister of [State] Ravi Kumar'), or in two words
#: and no name after them ('the MP for [Molepolole South]', 'Minister of [Home Affairs]').
_ROLE_OF = re.compile(
    rf"""\b(?i:(?:{alternation(ROLE_WORDS - SPEAKING_ROLES)})\s+(?:of|for)
    |(?:{alternation(SPEAKING_ROLES)})\s+of)\s+(?:the\s+)?$""",
    re.VERBOSE,
)
#: Quoted words: a closed quote, or one running on to its paragraph's end ('"It is strange').
#: Each alternative opens with its own mark, so the scan skips to the next mark at C speed.
_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”|"[^"”\n]*$|“[^"”\n]*$', re.MULTILINE)
#: What may close a sentence after its stop: '." ', '.’ '.
_CLOSING_MARKS = "\"”’'"
#: The start of the sentence a name is in, looking back from it.
#: One alternative per stop, each opening with its character: the scan then skips to the next
#: stop or line break at C speed ('[.!?]' opening one alternative would not let it).
_SENTENCE_START = re.compile(
    "(?:"
    + "|".join([*(rf"\{stop}[{_CLOSING_MARKS}]?\s+" for stop in ".!?"), r"\n"])
    + r")(?=[^.!?\n]*$)"
)
_REPORTED_BY = re.compile(rf"\b(?:{alternation([*SPEECH_VERBS, *CLAIMING_VERBS])})\b")
#: Words between a reporting verb and the name of its own source ('said the union's general
#: secretary Jo Lee'); a name after any other word is what was said, not who said it.
_SOURCE_WORDS = DETERMINERS | ROLE_WORDS | PERSON_ROLES | ORG_WORDS | {"of", "for"}
#: A sentence opening with an organisation's name as its subject: 'Ryanair hit back', 'The
#: Competition and Markets Authority said'.
_CONNECTIVE = alternation(w.capitalize() for w in LEADING_CONNECTIVES)
_SUBJECT_ORG = re.compile(
    rf"""
    (?=[A-Z])                                      # a capital first: the scan skips the rest fast
    (?:^|(?<=[.!?]\s)|(?<=\n))
    (?:(?:{_CONNECTIVE}),?\s+(?:the\s+)?(?=[A-Z])|The\s+)?     # 'But the RPA criticised'
    (?P<org>{_ORG_TOKEN}(?:\s+(?:of\s+|and\s+|for\s+)?{_ORG_TOKEN})*)
    (?=(?:\s+\([A-Z]{{2,}}\))?\s+[a-z])                  # '(RPA) criticised'
    """,
    re.VERBOSE | re.MULTILINE,
)
_LEADING_CONNECTIVE = re.compile(
    rf"^(?:{alternation((*LEADING_CONNECTIVES, *CONTRAST_LINKS))})\b[,\s]*", re.I
)
#: A body named right after a quote it gave, before its verb: '...,” the Ministry of Finance
#: stated.' It is named as a sentence's subject is, for a later 'the Ministry' or 'It'.
_QUOTE_ORG = re.compile(
    rf"""(?<=[,.!?])[\"”]\s+(?:the\s+)?
    (?P<org>{_ORG_TOKEN}(?:\s+(?:of\s+|and\s+|for\s+)?{_ORG_TOKEN})*)(?=\s+[a-z])""",
    re.VERBOSE,
)
#: A connective after a source, before its verb: 'Opposition councillors meanwhile [said]'.
_TRAILING_CONNECTIVE = re.compile(rf"[,\s]+(?:{alternation(CONNECTIVE_ADVERBS)})$")


@dataclass(frozen=True)
class Speaker:
    """A source or actor as the article names it."""

    name: str
    role: str | None = None
    org: str | None = None
    person: bool = False
    #: Named only indirectly here ('he', 'the union', 'Mr Walker'), resolved from earlier text.
    resolved: bool = False


#: Where one sentence ends and the next begins.
_BOUNDARY = re.compile(r"[.!?][\"”’']?\s|\n")
#: A pronoun of one person opening a sentence as its subject: 'He made', 'She also said'.
_PRONOUN_SUBJECT = re.compile(r"(?P<pronoun>He|She)\s+[a-z]")
#: A role right before a name, after up to two words of its own ('PTI leader', 'union chief').
_ROLE_BEFORE_NAME = rf"(?:[\w’'-]+\s+){{0,2}}?(?i:{alternation(ROLE_WORDS)})\s+"
#: A preposition (and article, and role: 'along with PTI leader'), capitalised too where it
#: opens a sentence ('At Shire Hall yesterday Peter Bungard'), right before a name, or a
#: fronted -ing word ('Criticizing Nawaz Sharif, Raja Basharat said'): the name is its object,
#: not a subject; nor is a name in brackets ('Association (Rawalpindi Chapter), Arshad Awan').
_OBJECT_BEFORE = re.compile(
    rf"""(?:\b(?i:{alternation(PREPOSITIONS)})\s+(?:(?:the|a|an)\s+)?(?:{_ROLE_BEFORE_NAME})?
    |\b[A-Za-z]{{2,}}[a-z]ing\s+|\()$""",
    re.VERBOSE,
)
#: How far before a name `_OBJECT_BEFORE` looks, for a role of three words after its preposition.
_OBJECT_WINDOW = 60
#: A word opening a sentence, after any connective: a surname there is the sentence's
#: subject ('Lawson finished second', 'But Doyle called ...').
_OPENING_WORD = re.compile(
    rf"""(?=[A-Z]) (?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’']\s)) (?:(?:{_CONNECTIVE}),?\s+)?
    (?P<word>[A-Z][\w’'-]*[a-z])\b (?![’'-]|\s[A-Z])""",
    re.VERBOSE | re.MULTILINE,
)
#: A capitalised word right before a reporting verb, not after another word of a name: its
#: subject ('..., Sitharaman said'), or an adverb before it ('Wamalwa instead said').
_SURNAME_REPORTING = re.compile(
    rf"(?<![\w’'-])(?<![A-Za-z]\s)(?P<word>[A-Z][\w’'-]*[a-z])\s+"
    rf"(?=(?:(?:{alternation(REPORTING_ADVERBS)})\s+)?{_REPORTED_BY.pattern})"  # 'X also said'
)
#: What opens a clause or phrase fronted before a sentence's subject, after any connective: a
#: conjunction ('While he liked it'), a preposition ('In the presser') or an -ing word ('However,
#: responding to the criticisms').
_FRONTED_OPENER = rf"""(?:(?:{_CONNECTIVE}),?\s+)?
    (?i:{alternation((*FRONTED_CLAUSE_OPENERS, *PREPOSITIONS))}|[a-z]{{2,}}ing)"""
#: A surname right after a clause fronted before it, as its sentence's subject: 'While he liked
#: the project, [Hodge] voted against it', 'In the presser, [Sanaullah] also slammed PTI'.
_AFTER_FRONTED_CLAUSE = re.compile(
    rf"""(?=[A-Z]) (?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’']\s))
    {_FRONTED_OPENER} \s [^,.;:!?\"“”\n]{{2,150}}, \s+
    (?P<word>[A-Z][\w’'-]*[a-z])\b (?![’'-]|\s[A-Z]) (?=\s+[a-z])""",
    re.VERBOSE | re.MULTILINE,
)
#: A word in lower case, not inside a word ('trial', not the 'rial' of 'Trial').
_LOWER_CASE_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]*")
#: What a sentence or line may start after: a line break, or a stop, a closing mark if any, and
#: a white space. It opens with one character class, so the scan skips to the next stop in C.
_STOP = re.compile(r"[.!?\n](?:(?<=\n)|[\"”’']?\s)")


def sentence_starts(text: str) -> list[int]:
    """Every position a sentence or line may start at: the text's start, after a line break,
    after a stop and a white space ('. '), or a stop, a closing mark and a white space ('." ')."""
    return sorted({0, *(m.end() for m in _STOP.finditer(text))})


def occurrences(text: str, words: Iterable[str]) -> list[int]:
    """Where any of `words` occurs in `text`, in order: a few `str.find` calls show which
    stretches of an article can hold one, so a rule need only read those."""
    found = []
    for word in filter(None, words):
        at = text.find(word)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + 1)
    return sorted(found)


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that can only match at one of `starts` (sorted,
    e.g. `sentence_starts`): tried there alone, not at every character."""
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)):
            end = m.end()
            yield m


#: Words a person's name never holds: 'Department', 'Secretary'.
_NOT_IN_NAMES = ORG_WORDS | ROLE_WORDS
#: Words a person's name never ends with: a law's ('the Companies Act', 'the Maldives
#: Constitution'), but 'Law', a surname too ('Jude Law'); a place's ('Wentworth Street'); a
#: festival's ('the Lunar New Year holiday'); a bill's, a meeting's or a plan's ('the Maladina
#: Bill', 'the Annual General Meeting').
_NOT_LAST_IN_NAMES = (
    NATION_NAMES
    | PLACE_NOUNS
    | FESTIVAL_ENDINGS
    | NAMED_THING_ENDINGS
    | (set(LAW_NOUNS) - {"law", "laws"})
)


def _person_word(token: str) -> bool:
    """Whether a capitalised word is a person's title or role ('Dr', 'Secretary', 'Judge')."""
    word = token.rstrip(".").lower()
    return word in TITLES or word in ROLE_WORDS or word in PERSON_ROLES


def _describes_person(token: str) -> bool:
    """Whether a capitalised word opening a name says who the person is, not what they are
    called ('Mum', 'Pensioner', 'Campaigner'): a noun of one person ('Councillors A, B and C'
    is a title of each)."""
    word = token.lower()
    return not word.endswith("s") and (word in SOURCE_NOUNS or f"{word}s" in GROUP_NOUNS)


def _fronted_participle(tokens: list[str]) -> bool:
    """Whether a capitalised -ing word opens a name, not as a title ('Criticizing Nawaz Sharif,
    he said'; not 'Managing Director Jo Lee'): the clause's verb, the name its object."""
    first = tokens[0]
    verb = len(first) > 5 and first.endswith("ing") and first[1:].islower()
    return verb and not _person_word(tokens[1])


def _a_thing(determined: bool, tokens: list[str]) -> bool:
    """Whether two capitalised words after an article name a thing, not a person: 'the
    National Insurance increase', 'the Anambra Warriors'; not 'the Health Secretary Jo Lee',
    nor 'the National Assembly Shahbaz Sharif' (a body's words, then a full name)."""
    return determined and len(tokens) <= 2 and not any(map(_person_word, tokens))


def _split_role(tokens: list[str]) -> tuple[list[str], list[str]]:
    """The title before a name ('Finance Secretary', 'Treasury Board President') apart from
    the name after it: everything up to the last role or organisation word."""
    last = len(tokens) - 1
    while last >= 0 and tokens[last].lower() not in _NOT_IN_NAMES:
        last -= 1
    return tokens[: last + 1], tokens[last + 1 :]


def _org_runs_on(text: str, start: int) -> bool:
    """Whether the capitalised words at `start` go on an organisation's name (`_ORG_BEFORE`),
    or a portfolio's ('Health & Social Care', 'Education and Skills'). Only words right after
    'and' or '&' and white space can: that is tested first, as the pattern itself would be
    tried at each of the 60 places before them."""
    before = text[max(0, start - 60) : start]
    stripped = before.rstrip()
    return (
        len(stripped) < len(before)
        and stripped.endswith(("and", "&"))
        and (
            _PORTFOLIO_AND.search(stripped) is not None
            or _ORG_BEFORE.search(text, start - len(before), start) is not None
        )
    )


#: Role words that only a holder has, not a department: not a portfolio ('Home', 'Health'),
#: which names departments too ('Ministry of Home Affairs').
_HOLDERS_ROLES = ROLE_WORDS - PORTFOLIOS


def _org_named_after(text: str, start: int) -> bool:
    """Whether the capitalised words at `start` name the body before them (`_ORG_OF`: 'the
    Office for National Statistics'); only words right after 'of', 'for' or 'the' can."""
    before = text[max(0, start - 40) : start]
    return before.rstrip().endswith(("of", "for", "the")) and _ORG_OF.search(before) is not None


def _role_of_body(text: str, start: int) -> bool:
    """Whether the capitalised words at `start` follow a role and 'of' or 'for' (`_ROLE_OF`),
    so that the first of them names the body or place the role is of; only words right after
    'of', 'for' or 'the' can."""
    before = text[max(0, start - 30) : start]
    return before.rstrip().endswith(("of", "for", "the")) and _ROLE_OF.search(before) is not None


def _unowned(word: str) -> str:
    """A word without its possessive ending: 'Department’s' -> 'Department'."""
    return word[:-2] if word.endswith(POSSESSIVE_ENDINGS) else word


#: An acronym in parentheses, after the name it abbreviates: '(ACCC)', '(Defra)', '(RoSPA)'.
_ACRONYM_IN_PARENTHESES = re.compile(r"\((?P<acronym>[A-Z][A-Za-z]{1,9})\)")
#: Capitals in parentheses ending a source's phrase: its initials, whatever they abbreviate.
_TRAILING_ACRONYM = re.compile(r"\s+(?P<acronym>\([A-Z]{2,9}\))$")
#: The capitalised words of a name and the small words or commas joining them, read backwards
#: from before an acronym ('Australian Competition and Consumer Commission ', 'Citizenship by
#: Investment Program ').
_NAME_WORD = re.compile(r"(?P<word>[A-Z][\w’'-]*|and|of|for|the|on|by|in|&)[\s,]*$")
#: Most words of a name an acronym abbreviates.
_ACRONYM_WORDS_MOST = 12


def _abbreviates(acronym: str, words: list[str]) -> bool:
    """Whether `acronym` is made of the opening letters of the capitalised `words` in turn,
    one or more of each ('ACCC' of 'Australian Competition Consumer Commission', 'RoSPA' of
    'Royal Society Prevention Accidents', 'Defra' of 'Department Environment Food Rural
    Affairs')."""
    if not words:
        return not acronym
    word = words[0].lower()
    return any(
        acronym[:n].lower() == word[:n] and _abbreviates(acronym[n:], words[1:])
        for n in range(1, min(len(word), len(acronym)) + 1)
    )


def acronymed_names(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each organisation's name in `text[start:end]` that its acronym follows
    in parentheses ('the Canadian Radio-television and Telecommunications Commission (CRTC)'):
    the longest run of capitalised words, joined by small words or commas, that the acronym
    abbreviates, to the closing parenthesis. No person is named inside one."""
    end = len(text) if end is None else end
    found = []
    at = text.find("(", start, end)
    while at >= 0:
        if m := _ACRONYM_IN_PARENTHESES.match(text, at, end):
            words: list[re.Match[str]] = []
            before = at
            while len(words) < _ACRONYM_WORDS_MOST and (
                word := _NAME_WORD.search(text, max(start, before - 40), before)
            ):
                words.insert(0, word)
                before = word.start()
            capitalised = [w for w in words if w["word"][0].isupper()]
            for i, first in enumerate(capitalised):
                if _abbreviates(m["acronym"], [w["word"] for w in capitalised[i:]]):
                    found.append((first.start(), m.end()))
                    break
        at = text.find("(", at + 1, end)
    return found


#: A name run into the reporting verb after it ('Maduroannounced'): the name and the verb.
_GLUED_VERB = re.compile(rf"(?P<name>[A-Z][a-z’'-]{{2,}}?)(?:{alternation(GLUED_VERBS)})")


def _unglued(word: str, text: str) -> str:
    """`word` without a reporting verb run into it where `text` also writes the name alone
    ('Maduroannounced', with 'Maduro said' later): lost spaces make no new person."""
    glued = _GLUED_VERB.fullmatch(word)
    if glued and find_whole(text, glued["name"]) is not None:
        return glued["name"]
    return word


def person_names(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, name) of every person's name in `text[start:end]`: 'Mr Walker',
    'Len McCluskey'; none inside an organisation's name that an acronym follows."""
    out = []
    acronymed = acronymed_names(text, start, end) if "(" in text else []
    for m in _NAME.finditer(text, start, len(text) if end is None else end):
        if any(m.start() < b and a < m.end() for a, b in acronymed):
            continue  # 'the Australian Competition and Consumer Commission (ACCC)'
        tokens = m.group().split()
        determined = bool(_ARTICLE_BEFORE.search(text, max(0, m.start() - 16), m.start()))
        while tokens and tokens[0].lower() in STOPWORDS:
            determined = determined or bool(_ARTICLE.fullmatch(tokens[0] + " "))
            tokens = tokens[1:]
        if verbs := [i for i, t in enumerate(tokens) if t.lower() in HEADLINE_VERBS]:
            tokens = tokens[: verbs[0]]  # 'Health Minister Jo Lee Says Fee Was': the subject
        if tokens:
            tokens[-1] = _unglued(tokens[-1], text)
        if tokens and tokens[0].lower() in _COUNTING_WORDS:
            tokens = tokens[1:]  # 'Forty Japanese media companies', 'Several Kenyan unions'
        if len(tokens) > 1 and _role_of_body(text, m.start()):
            if len(tokens) == 2:
                continue  # 'the MP for Molepolole South': the seat or portfolio, no one's name
            tokens = tokens[1:]  # 'Leader of the House Mukhtar Abbas Naqvi': 'House' is the body
            determined = False  # and 'the' is the body's, not the name's
        if based := [i for i, t in enumerate(tokens) if t.endswith("-based")]:
            tokens = tokens[based[-1] + 1 :]  # 'North American-based Linamar': where it is
        if owned := [i for i, t in enumerate(tokens[:-1]) if t.endswith(POSSESSIVE_ENDINGS)]:
            tokens = tokens[owned[-1] + 1 :]  # "Britain's Andy Murray", "Haryana's Karnal": whose
        if len(tokens) > 2 and (_describes_person(tokens[0]) or _fronted_participle(tokens)):
            tokens = tokens[1:]  # 'Mum Samantha Warrington': who she is, then her name
        if len(tokens) > 2 and tokens[-1].isupper() and tokens[-1].lower() in ROLE_WORDS:
            tokens = tokens[:-1]  # 'Jo Lee MP': a role after the name, not part of it
        role, rest = _split_role(tokens)
        if rest and rest[-1].endswith(POSSESSIVE_ENDINGS):
            continue  # 'Mr Alexander’s Labour shadow': the possessor is not the subject
        if (org := _ORG_AFTER.match(text, m.end())) and org.group(1).lower() in ORG_WORDS:
            continue  # "the Ontario Nurses' Association": part of an organisation's name
        if _ORG_AND_REST.match(text, m.end()):
            continue  # 'Sierra Leone Medical and Dental Association': one body's name
        if _ORG_FOLLOWERS.match(text, m.end()):
            continue  # 'Sri Lanka Cricket chief Shammi Silva': the organisation he leads
        if _TITLE_NEXT.match(text, m.end()) and rest and rest[-1].lower() in TITLE_ABBREVIATIONS:
            continue  # 'Independent Sen. Kyrsten Sinema': the title opens the next name
        held = any(t.lower().split("-")[0] in _HOLDERS_ROLES for t in tokens)
        if not held and (_org_runs_on(text, m.start()) or _org_named_after(text, m.start())):
            # a body's name going on: 'Department of Health and Social Care', 'Health & Social
            # Care', 'Office for National Statistics', 'Ministry of Home Affairs' (a portfolio
            # names the body); not 'Council of Governors Chairman X', 'Health and Social Care
            # Minister X', whose holder is named
            continue
        titled = (
            bool(rest) and rest[0].rstrip(".").lower() in TITLES or bool(role) and len(rest) == 1
        )
        names = [t for t in rest if t.rstrip(".").lower() not in TITLES]
        bare = [_unowned(t).lower() for t in names]  # "Customs Department's"
        if not names or bare[-1] in _NOT_LAST_IN_NAMES or any(t in _NOT_IN_NAMES for t in bare):
            continue
        if (
            len(tokens) == 2
            and _fronted_participle(tokens)
            and _PLURAL_ACRONYM.fullmatch(names[-1])
        ):
            continue  # 'Addressing MPs, the minister said': whom he spoke to, not his name
        if " ".join(bare) in MULTIWORD_PLACES:
            continue  # 'Hong Kong', 'Sri Lanka': a place, not a first name and a surname
        one = len(names) < 2 and not _GLUED_INITIAL.match(names[0])  # 'G.Chuluubaatar' is two
        if one and not titled or _a_thing(determined, tokens):
            continue
        name = " ".join(rest) if len(rest) > 1 or not role else f"{role[-1]} {rest[0]}"
        offset = m.start() + m.group().rfind(name)
        out.append((offset, offset + len(name), name))
    return out


#: A last part of a name that may not be the family name a later mention uses: what
#: `_NAME_END` reads ('Robert Hale III', 'Martin Hale KC', 'Tran Van A').
_NAME_SUFFIX = re.compile(rf"(?:{_LAST_CAPITALS}|[A-Z])$")


def surnames(name: str) -> list[str]:
    """The words a later mention may name a person by alone: the last word of their name, and
    the one before a last part in capitals ('Martin Hale KC' -> 'KC', 'Hale'; 'Lakshya Bahadur
    KC' is 'KC' in Nepal)."""
    words = name.split()
    if len(words) > 2 and _NAME_SUFFIX.match(words[-1]):
        # a letter alone ('Tran Van A') is never a mention of its own
        return [words[-2]] if len(words[-1]) == 1 else [words[-1], words[-2]]
    return words[-1:]


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether `position` falls strictly inside one of `spans` (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (position, position)) - 1
    return i >= 0 and spans[i][0] < position < spans[i][1]


#: A determiner right before a word: 'the claims', 'his comments' are nouns, not reporting
#: verbs ('the alleged fraud' stays a participle, whose object is spoken of).
_DETERMINED = re.compile(rf"\b(?:{alternation(DETERMINERS)})\s+$", re.I)


def _last_stop(text: str, floor: int, end: int) -> int:
    """Where `_SENTENCE_START` can first match in `text[floor:end]`: at the last stop or line
    break (its `$` passes a line break at `end`), or at a stop before it that only a closing
    mark and white space follow. Searched from `floor`, the pattern would read on to `end`
    after every stop it passes."""
    at = max(text.rfind("\n", floor, end - 1), *(text.rfind(stop, floor, end) for stop in ".!?"))
    while at > floor and (text[at].isspace() or text[at] in _CLOSING_MARKS):
        at -= 1
    return max(at, floor)


#: A verb of telling or speaking to right before a name ('told the Muscat Daily', 'Speaking to
#: Reuters'): the name is whom a source addressed, never the source 'he' later stands for.
_ADDRESSED = re.compile(
    rf"\b(?i:{alternation(forms_of([*TELLING_VERBS, *ADDRESSING_VERBS]))})\s+(?:the\s+)?$"
)
#: How far before a name `_ADDRESSED` looks: 'speaking to the '.
_ADDRESSED_WINDOW = 20

#: A verb right after a name: the name is the subject of a clause ('said President Jo Lee had
#: met them'), not a source after its verb ('..., said Jo Lee.').
_CLAUSE_VERB_AFTER = re.compile(rf"\s+(?:{alternation((*AUXILIARIES, *MODALS, *COPULAS))})\b")


def _spoken_of(text: str, start: int, end: int) -> bool:
    """Whether the name at `start` (to `end`) is part of what its sentence reports ('Lim said
    PAS backs Prime Minister Dr Mahathir', 'He said President Jo Lee had met them') or whom
    it was told to, not its source: 'he' later never stands for it. Not after 'prompting' or
    'leading', where it is the subject of its own act."""
    if _ADDRESSED.search(text, max(0, start - _ADDRESSED_WINDOW), start):
        return True  # 'told Muscat Daily', 'Speaking to Reuters': addressed
    floor = max(0, start - 300)
    opening = _SENTENCE_START.search(text, _last_stop(text, floor, start), start)
    verbs = [
        v
        for v in _REPORTED_BY.finditer(text, opening.end() if opening else floor, start)
        if v.group().endswith("ed")
        or not _DETERMINED.search(text, max(0, v.start() - 8), v.start())
    ]
    between = text[verbs[-1].end() : start].split() if verbs else []
    if any(w in CONSEQUENCE_LINKS for w in between):
        return False  # 'stated its opposition, leading SNP business manager X to accuse them'
    if verbs and _CLAUSE_VERB_AFTER.match(text, end):
        return True  # 'He said President Jo Lee had met them': the subject of what he said
    return any(not w[0].isupper() and _unowned(w.strip(",")) not in _SOURCE_WORDS for w in between)


#: A word in lower case: between a role and a name, it says the role is not theirs; not the
#: small words of a portfolio ('Minister for Law and Parliamentary Affairs Raja Basharat').
_LOWER_WORD = re.compile(rf"(?<![\w’'-])(?!(?:{alternation(PORTFOLIO_LINKS)})\b)[a-z]+\b")


#: An unnamed holder of a role, introduced by 'a' and the organisation it speaks for: 'A BHP
#: spokesperson', 'a Unite regional officer'; not 'a spokesperson' (no organisation named).
_UNNAMED_HOLDER = re.compile(
    rf"\b[Aa]n?\s+(?P<who>(?:[A-Z][\w&.’'-]*\s+){{1,3}}(?:[a-z]+\s+)?"
    rf"(?P<role>{alternation(PERSON_ROLES)}))\b"
)


class People:
    """Every person named in an article, for resolving 'he' and 'Mr Walker' to a full name."""

    def __init__(self, text: str, story: int = 0) -> None:
        """Index the people `text` names; `story` is where its story starts, after a headline
        (whose capitals may be a verb's: 'Federal Judge Dismisses Lawsuit')."""
        self._text = text
        self._story = story
        #: `person_names` of the phrases the rules asked about, by phrase
        self._names: dict[str, list[tuple[int, int, str]]] = {}
        #: full names by surname, in order of first mention: (start, full name)
        self._by_surname: dict[str, list[tuple[int, str]]] = {}
        self._mentions: list[tuple[int, str]] = []
        quoted = [m.span() for m in _QUOTED.finditer(text)]
        found = person_names(text)
        # the words of the story after a headline, read only when the headline names someone
        told = set(_SPELLED.findall(text, story)) if found and found[0][0] < story else set()
        for start, end, name in found:
            if _inside(quoted, start):
                continue  # a name inside a quote is talked about, not talking
            if name.split()[-1].lower() in COMPANY_NAME_ENDINGS:
                continue  # 'Hang Lung Properties, Chairman Ronnie Chan, ...': never 'he'
            if start < story and not _named_again(told, name):
                continue  # 'Judge Dismisses Lawsuit' in a headline: no one the story names
            if _titled(name):
                name = self.full_name(name, start)
            else:
                name = _untitled(name)
                for family in surnames(name):
                    self._by_surname.setdefault(family, []).append((start, name))
            if not _spoken_of(text, start, end):
                self._mentions.append((start, name))
        # both sentence-opening patterns open with a capital letter
        starts = sentence_starts(text)
        #: where the story's second sentence starts: a 'he said' before it may name no one yet
        self._second_sentence = next((s for s in starts if text[story:s].strip()), len(text))
        self._openings = [s for s in starts if "A" <= text[s : s + 1] <= "Z"]
        self._named = {start for start, _, _ in found}
        self._mentions.extend(self._surname_mentions(text, quoted, self._named, self._openings))
        self._mentions.sort()
        self._starts = [s for s, _ in self._mentions]
        #: each person's sex where a title or the pronouns of a sentence naming only them tell it
        self._sex = _sexes(
            text, [(start, name, self.resolve(name, start)) for start, _, name in found], starts
        )

    @cached_property
    def _orgs(self) -> list[tuple[int, str]]:
        """Organisations that open a sentence as its subject ('Ryanair hit back'), in order:
        read on first need, as most articles never ask for one (`last_org_before`,
        `is_organisation`)."""
        orgs = []
        # a body after a quote, named by a word of bodies ('Ministry'): not a person's name
        quoted = [
            m for m in _QUOTE_ORG.finditer(self._text) if any(map(_org_word, m["org"].split()))
        ]
        subjects = matches_at(_SUBJECT_ORG, self._text, self._openings)
        for m in sorted((*subjects, *quoted), key=lambda m: m.start()):
            org = m.group("org").rstrip("’'")
            first = org.split()[0].lower()
            if (
                first in STOPWORDS
                or first in TIME_WORDS
                or first in GROUP_NOUNS  # 'Unions said', not 'Ministry of Health'
                and len(org.split()) == 1
                or first in NUMBER_WORDS  # 'Two hundred employees', 'One month later'
                or first in INDEFINITE_SOURCES
                or first.endswith(("ing", "ly", "ed"))
                or m.start("org") in self._named
                or org in self._by_surname  # 'Finan described ...': a person named before
                or " " not in org
                and first in self._lower_case_words  # 'Trial lawyers ...', then 'the trial'
            ):
                continue
            orgs.append((m.start("org"), organisation(org) or org))
        return orgs

    @cached_property
    def _lower_case_words(self) -> frozenset[str]:
        """The words the text writes in lower case: a one-word subject among them ('Trial
        lawyers praised ...', with 'the trial' later) is a word, not an organisation."""
        return frozenset(_LOWER_CASE_WORD.findall(self._text))

    @cached_property
    def _org_starts(self) -> list[int]:
        return [s for s, _ in self._orgs]

    def names(self, phrase: str) -> list[tuple[int, int, str]]:
        """`person_names(phrase)`, remembered: the rules ask about the same phrase often (a
        source's name as a speaker, an actor, a claim's source). Do not change the list."""
        found = self._names.get(phrase)
        if found is None:
            found = self._names[phrase] = person_names(phrase)
        return found

    def _surname_mentions(
        self, text: str, quoted: list[tuple[int, int]], named: set[int], starts: list[int]
    ) -> list[tuple[int, str]]:
        """'Lawson finished second': a surname alone opening a sentence or after a clause
        fronted ('While he liked it, Hodge voted against it'), or right before a reporting
        verb ('Referring to the members, Sitharaman said'), after the article gave the full
        name, mentions that person as the sentence's subject (not inside a quote, nor as a
        possessor: "Lawson's agent")."""
        if not self._by_surname:
            return []
        found = []
        # a surname before a reporting verb opens with the surname: tried where one occurs
        reporting = {
            at: m
            for at in occurrences(text, self._by_surname)
            if (m := _SURNAME_REPORTING.match(text, at))
        }
        words = [
            *matches_at(_OPENING_WORD, text, starts),
            *matches_at(_AFTER_FRONTED_CLAUSE, text, starts),
            *reporting.values(),
        ]
        for m in words:
            start = m.start("word")
            if m.group("word") not in self._by_surname or start in named:
                continue
            if _inside(quoted, start):
                continue
            full = self.full_name(m.group("word"), start)
            if full != m.group("word"):
                found.append((start, full))
        return found

    def is_organisation(self, name: str) -> bool:
        """Whether the article opens a sentence with `name` as an organisation ('Tenon said')."""
        return any(org == name for _, org in self._orgs)

    def last_org_before(
        self, position: int, noun: str | None = None, fallback: bool = True, since: int = 0
    ) -> str | None:
        """The organisation named last before `position` as a sentence's subject; with a
        `noun` ('union'), the last one whose name holds it, else (with `fallback`) the last;
        with `since`, only one named from there on."""
        i = bisect.bisect_left(self._org_starts, position)
        if noun:
            for j in range(i - 1, max(-1, i - 50), -1):  # the last few dozen, not all
                if noun in self._orgs[j][1].lower().split():
                    return self._orgs[j][1]
        return self._orgs[i - 1][1] if i and fallback and self._org_starts[i - 1] >= since else None

    def first_mention(self, start: int, end: int) -> int | None:
        """Where the first person mentioned between `start` and `end` is mentioned, if any."""
        i = bisect.bisect_left(self._starts, start)
        return self._starts[i] if i < len(self._starts) and self._starts[i] < end else None

    def _other_sex(self, name: str, sex: str | None) -> bool:
        """Whether `name` is known to be of the other sex than `sex` ('she' is not him)."""
        return bool(sex) and self._sex.get(name, sex) != sex

    def last_before(self, position: int, since: int = 0, sex: str | None = None) -> str | None:
        """The person mentioned last before `position` (for 'he said'), by full name if known:
        of several in one sentence, the first, its subject; with `since`, only a mention from
        there on; with `sex` ('she said'), none known to be of the other."""
        i = bisect.bisect_left(self._starts, position) - 1
        while i >= 0 and self._other_sex(self._mentions[i][1], sex):
            i -= 1  # 'Jo Lee met Mr Tom Hill. She said': not him
        last = i
        while i > 0 and not _BOUNDARY.search(self._text, self._starts[i - 1], self._starts[i]):
            i -= 1  # 'Lawson finished second to Luvo Manyonga. He said': the subject, first
            if self._other_sex(self._mentions[i][1], sex):
                continue
            floor = max(0, self._starts[i] - _OBJECT_WINDOW)
            if not _OBJECT_BEFORE.search(self._text, floor, self._starts[i]):
                last = i  # not 'in a statement by the White House, Barack Obama said'
        if last < 0 or self._starts[last] < since:
            return None
        opening = self._pronoun_opening(self._starts[last], position, sex)
        if opening is not None:  # 'He met X there. He said': the 'he' before, not X
            return self.last_before(opening, since, sex) or self._mentions[last][1]
        return self._mentions[last][1]

    def _pronoun_opening(self, mention: int, position: int, sex: str | None) -> int | None:
        """Where the sentence holding `mention` starts, when a pronoun of `sex` opens it as
        its subject and `position` is past its end: a name later in it is not who 'he'
        goes on to stand for ('He spoke in Bo where President X opened a clinic. He said')."""
        i = bisect.bisect_right(self._openings, mention) - 1
        if i < 0:
            return None
        opening = self._openings[i]
        subject = _PRONOUN_SUBJECT.match(self._text, opening, mention)
        if not subject or _BOUNDARY.search(self._text, mention, position) is None:
            return None
        pronoun = subject["pronoun"].lower()
        return opening if sex is None or pronoun in SEXED_PRONOUNS[sex] else None

    def unnamed_holder(self, role: str, position: int) -> str | None:
        """The last 'A BHP spokesperson' holding `role` before `position`, no person named
        since: whom 'the spokesperson added' after a quote stands for, not someone named earlier."""
        found = None
        for m in _UNNAMED_HOLDER.finditer(self._text, 0, position):
            if m["role"].lower() == role.lower():
                found = m
        if found is None or self.last_before(position, since=found.start()):
            return None
        return found["who"]

    def first_after(self, position: int, sex: str | None = None) -> str | None:
        """The person named next, in the same paragraph or the one after, for a 'he said' in a
        story's first sentence: the speaker named after the quote opening it ('"...," he
        said.', then 'Riku Aalto, the chairman, ...'); with `sex`, none known to be of the other."""
        i = bisect.bisect_left(self._starts, position)
        if i > 0 or i == len(self._starts) or position >= self._second_sentence:
            return None  # someone named before, no one after, or not the story's first sentence
        if self._text.count("\n", position, self._starts[i]) > 1:
            return None  # named further on: no longer the opening's speaker
        name = self._mentions[i][1]
        return None if self._other_sex(name, sex) else name

    def described(self, position: int, noun: str, earlier: bool = False) -> str | None:
        """The person given the role `noun` near their mention, in its line ('Judge Ellen
        Park', 'Jo Lee, a spokeswoman for X'), for 'The judge said': a role stands for the
        person the article gave that role, not for whoever came last. The last such mention
        before `position`, else (unless `earlier`) the first after it ("Kenya's sports
        minister said ...", then 'Sports Minister Ruth Wanjiru'). A role after the name is
        theirs only after a comma ('Jo Lee, a spokeswoman'; not 'Sri Lanka sports minister')."""
        word = re.compile(rf"\b{re.escape(noun)}\b", re.I)
        i = bisect.bisect_left(self._starts, position)
        before = reversed(self._mentions[max(0, i - 20) : i])
        stop = _BOUNDARY.search(self._text, position)
        after = stop.end() if stop else len(self._text)  # past the role asked about
        later = [] if earlier else self._mentions[i : i + 20]
        for start, name in (*before, *later):
            line_start = self._text.rfind("\n", 0, start) + 1
            line_end = self._text.find("\n", start)
            end = min(start + 120, line_end if line_end >= 0 else len(self._text))
            if start < position:
                end = min(end, position)  # never the role asked about
            else:
                line_start = max(line_start, after)
            for role in word.finditer(self._text, max(line_start, start - 60), end):
                if role.start() < start and _LOWER_WORD.search(self._text, role.end(), start):
                    continue  # 'Prime Minister X launched Y Card': the role is X's, not Y's
                # 'Jo Lee, a spokeswoman'; not 'Cole took the case. He said, ..., the judge'
                between = self._text[start : role.start()]
                apposed = between.startswith(f"{name},") and not _BOUNDARY.search(between)
                if role.start() < start + len(name) or apposed:
                    return name  # not 'Sri Lanka sports minister': the name modifies the role
        return None

    def statement_owners(self, position: int, noun: str) -> Iterator[tuple[str, int]]:
        """Who may own the statement that 'the statement' at `position` stands for, and where
        they are named, from the last one mentioned before back: those the article says whose
        it is ('a statement by X', "X's statement", 'X said in a statement', 'In a statement,
        X said')."""
        text = self._text
        floor = max(0, position - _OWNER_WINDOW)
        for m in reversed(list(_statement_mention(noun).finditer(text, floor, position))):
            owner = m["owner"]
            if owner.lower() in PRONOUN_OF_POSSESSIVE:
                yield PRONOUN_OF_POSSESSIVE[owner.lower()], m.start()
            elif owner.endswith(POSSESSIVE_ENDINGS):
                yield owner[:-2], m.start()
            elif by := _BY_OWNER.match(text, m.end()):
                yield by["who"], by.start("who")
            else:
                stop = _LAST_BOUNDARY.search(text, floor, m.start())
                before = text[stop.end() if stop else floor : m.start()]
                if subject := _OWNER_BEFORE.search(before):
                    yield subject["who"], m.start()
                elif before.strip().lower() == "in" and (
                    after := _OWNER_AFTER.match(text, m.end())
                ):
                    yield after["who"], after.start("who")

    def resolve(self, name: str, position: int) -> str:
        """A person as named at `position`, at their fullest: 'Mr Walker' -> 'Simon Walker',
        'Dr Vishal Sharma' -> 'Vishal Sharma'."""
        return self.full_name(name, position) if _titled(name) else _untitled(name)

    def by_given_name(self, word: str, position: int) -> str | None:
        """The last full name before `position` that opens with `word` ('Azhar' -> 'Azhar Azizan
        Harun'), for a person named again by a given name, as many articles do."""
        found = [
            (start, name)
            for named in self._by_surname.values()
            for start, name in named
            if start < position and name.split()[0] == word and len(name.split()) > 1
        ]
        return max(found)[1] if found else None

    def full_name(self, mention: str, position: int) -> str:
        """'Mr Walker' -> 'Simon Walker': the last full name with that surname before `position`,
        else the first one after it; the mention as given if the article never names them in
        full."""
        named = self._by_surname.get(mention.split()[-1])
        if not named:
            return mention
        i = bisect.bisect_left(named, (position, ""))
        return named[i - 1][1] if i else named[0][1]


#: A word, for the pronouns of a sentence.
_WORD = re.compile(r"[A-Za-z]+")


def _sexes(text: str, named: list[tuple[int, str, str]], starts: list[int]) -> dict[str, str]:
    """The sex ('m' or 'f') of people named in `text` ((start, as named, full name), in order),
    where a title says it ('Ms Jane Akers', 'Mr Holness') or a sentence naming only them has
    pronouns of one sex only, outside quotes ('The Chair did not let Brittas finish his
    speech since he ...': the surname alone counts). `starts`: where its sentences start."""
    sexes: dict[str, str] = {}
    for _, as_named, full in named:
        title = as_named.split()[0].rstrip(".").lower()
        for sex, titles in SEXED_TITLES.items():
            if title in titles:
                sexes.setdefault(full, sex)
    families = {family: full for _, _, full in named for family in surnames(full)}
    ends = [*starts[1:], len(text)]
    # only a sentence holding a surname can name one person: the others are not read
    for i in sorted({bisect.bisect_right(starts, at) - 1 for at in occurrences(text, families)}):
        prose = _QUOTED.sub(" ", text[starts[i] : ends[i]])
        words = _WORD.findall(prose)
        people = {families[w] for w in words if w in families}
        if len(people) != 1:
            continue
        lowered = {w.lower() for w in words}
        told = [sex for sex, pronouns in SEXED_PRONOUNS.items() if lowered & pronouns]
        if len(told) == 1:
            sexes.setdefault(people.pop(), told[0])
    return sexes


#: Words a name never ends with: 'Working with a joint workforce to', 'saying that it', 'The
#: Bill — which' (a relative clause's opening, 'the decision of the CAT which affirmed it').
_NEVER_LAST = (
    PREPOSITIONS | DETERMINERS | ALL_PRONOUNS | INDEFINITE_PRONOUNS | TIME_WORDS | RELATIVE_PRONOUNS
)
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=4096)
def actor_like(phrase: str) -> bool:
    """Whether a phrase can name a person, organisation or group: not a number, a percentage,
    a time word, a bare pronoun or quantifier ('all'), a quotation or a quote's close run on
    ('”the press service'), a phrase opening with a preposition, a conjunction or a relative
    pronoun ('or a third party', 'whose brands') or ending with a preposition, determiner,
    pronoun or possessive ('Impey’s [comments]'), a lone -ing word, nor a happening or a thing
    ('The walkout'). Remembered: the rules ask again and again about the same few sources of
    an article (two calls in three repeat one)."""
    words = phrase.split()
    if not words or _DIGIT.search(phrase) or phrase[0] in "\"“”‘’'(":
        return False
    first, last = words[0].lower(), words[-1].lower().strip(".,")
    # 'the WHO', 'the US': names; so is a name's last part of one capital ('Tran Van A')
    acronym = words[-1].isupper() and (
        len(words[-1]) > 1 or len(words) > 2 and all(w[:1].isupper() for w in words[-3:-1])
    )
    # 'Minutes of the meeting show': a record, not a time ('Minutes later')
    record = first in WRITTEN_RECORDS and (len(words) == 1 or words[1] == "of")
    if first in PREPOSITIONS or first in PREPOSITION_LEADS or words[0] in CLAUSE_OPENERS:
        return False  # a clause's opener in lower case ('whose brands'; 'Which Way' a name)
    if first in TIME_WORDS and not record:
        return False
    if first in ATTEMPT_NOUNS and len(words) > 2 and words[1] == "to" and words[2].islower():
        return False  # 'Efforts to get comment from X proved futile': an attempt, no one
    if last in _NEVER_LAST and not acronym and not (record and len(words) == 1):
        return False
    if last.endswith(POSSESSIVE_ENDINGS):
        return False
    if last in SUBSTITUTE_WORDS and (len(words) == 1 or words[-1].islower()):
        return False  # 'The first, which proposed', 'Neither is': what they stand for is before
    if _no_speaker(words, [word.lower() for word in words]):
        return False  # 'a resolution', 'The cuts to mental health provision'
    return acronym or not (
        len(words) == 1
        and (
            first in ALL_PRONOUNS
            or first in INDEFINITE_PRONOUNS
            or first in VERB_ADVERBS
            or first in PARTITIVES
            or first.endswith("ing")
            and first not in ISSUED_DOCUMENTS  # 'The ruling says': a document
        )
    )


def _untitled(name: str) -> str:
    """'Dr Vishal Sharma' -> 'Vishal Sharma': the title goes when a full name follows it."""
    words = name.split()
    return (
        " ".join(words[1:]) if len(words) > 2 and words[0].rstrip(".").lower() in TITLES else name
    )


#: A word as a name spells it: 'O’Neill', 'Sanwo-Olu'.
_SPELLED = re.compile(r"\w[\w’'-]*")


def _named_again(told: set[str], name: str) -> bool:
    """Whether a story whose words are `told` names `name` again, by any word of it but a
    title."""
    return any(w in told for w in _SPELLED.findall(name) if w.lower() not in TITLES)


def _titled(name: str) -> bool:
    """'Mr Walker', 'Senator Abetz': a surname to resolve to the full name given elsewhere."""
    words = name.split()
    title = words[0].lower()
    return len(words) == 2 and (
        title.rstrip(".") in TITLES
        or title in ROLE_WORDS
        or title.endswith(".")
        and title[:-1] in TITLE_ABBREVIATIONS  # 'Gov. Lopez', 'Sen. Diaz'
    )


#: Role words that may not end an organisation's name ('LibDem Chief Secretary'), nor may
#: adjectives of its reach ('Unite National [Officer]').
_TRAILING_ROLES = _HOLDERS_ROLES | ORG_ADJECTIVES
_GROUP_AFTER = re.compile(r"\s+(unions?|party|parties)\b")
_ORG_NAME = rf"({_CAP}(?:\s+(?:of|for|and)?\s*{_CAP})*)"
#: 'of the Institute of Directors', 'at Unite': an organisation named after a preposition.
_OF_ORG = re.compile(rf"\b(?:of|for|at)\s+(?:the\s+)?{_ORG_NAME}")
#: A role of the body named after it: 'member of the Senedd', 'president of the Republic'.
_ROLE_OF_THE = re.compile(
    rf"\b(?i:{alternation(ROLE_WORDS | PERSON_ROLES)})\s+of\s+the\s+({_ORG_RUN.pattern})"
)


def _org_word(word: str) -> bool:
    """Whether a word makes a name an organisation's ('Union', 'Council')."""
    return word.lower() in ORG_WORDS


def _role_opening(words: list[str]) -> bool:
    """Whether a name's first word is a role's, not the body's: a portfolio is the body's
    before a word of bodies ('Home Office', 'Finance Ministry'; not 'Health Minister')."""
    first = words[0].lower()
    return first in ROLE_WORDS and not (
        first in PORTFOLIOS and len(words) > 1 and _org_word(words[1])
    )


def _portfolio_last(words: list[str]) -> bool:
    """Whether a name ends in a portfolio that no 'of', 'for' or 'and' joins to it: the role's
    ('Greens [Education] spokesperson'; 'Department of Education' keeps it)."""
    return (
        len(words) > 1 and words[-1].lower() in PORTFOLIOS and words[-2] not in ("of", "for", "and")
    )


#: The rest of an organisation's name after its kind of body, past 'of the' or 'for the':
#: "Catholic Bishops' Conference | of the Philippines", 'Trade Union | for the Public and
#: Welfare Sector' (a run of capitals stops at 'the').
_NAME_GOES_ON = re.compile(rf"\s+(?:of|for)\s+the\s+{_ORG_RUN.pattern}")


def _run_named(phrase: str, cap: re.Match[str]) -> str | None:
    """The organisation a run of capitalised words names: without the article or role opening
    it and the role closing it, with the rest of its name after 'of the'."""
    words = cap.group().split()
    body = any(_org_word(w) for w in words)  # 'Unite National [Officer]': Unite
    while words and (words[0].lower() in STOPWORDS or _role_opening(words)):
        words = words[1:]
    whole = len(words)
    while words and (words[-1].lower() in _TRAILING_ROLES or _portfolio_last(words)):
        words = words[:-1]
    if not words or not (body or len(words) >= 2 or cap.start() > 0):
        return None
    end = cap.end()
    more = _NAME_GOES_ON.match(phrase, end) if len(words) == whole else None
    if more and _org_word(words[-1]):
        words, end = [*words, *more.group().split()], more.end()
    group = _GROUP_AFTER.match(phrase, end)
    named = " ".join(words).rstrip("’'")
    return named + (f" {group.group(1)}" if group and not named.isupper() else "")


def organisation(phrase: str) -> str | None:
    """The organisation a phrase names: 'of the Institute of Directors', 'the TUC',
    'Cabinet Office', 'member of the Senedd' (after a place that is no body); a name that
    holds 'of' is whole ('Congress of South African Trade Unions', not its last part)."""
    m = _OF_ORG.search(phrase)
    crossing = m and next(
        (r for r in _ORG_RUN.finditer(phrase) if r.start() < m.start() < r.end()), None
    )
    if crossing and (named := _run_named(phrase, crossing)):
        return named
    if m and any(_org_word(w) for w in m.group(1).split()):
        return m.group(1)
    if (m := _ROLE_OF_THE.search(phrase)) and not any(
        _org_word(w) for w in phrase[: m.start()].split()
    ):
        return m.group(1)
    for cap in _ORG_RUN.finditer(phrase):
        if named := _run_named(phrase, cap):
            return named
    acronyms = [a for a in _ACRONYM.findall(phrase) if a not in PLACE_ACRONYMS]
    return acronyms[0] if acronyms else None


#: An age in apposition: 'Ellis, 34,'.
_AGE = re.compile(r",\s*\d{1,3}\b,?")
#: A modifier led by a number before a noun ('The 120-page order', 'a 24-year-old nurse'): a
#: source is never a number, and gold names it by its noun (not 'the 45-year-old' alone).
_COUNTED_MODIFIER = re.compile(r"(?<![\w’'-])\d[\d,.]*-[a-z]+(?:-[a-z]+)*\s+(?=[a-z])")
#: A body's numbered part closing its name ('United Steelworkers Local 9700'): gold names the
#: body without it, and a source is never a number.
_NUMBERED_PART = re.compile(r"\b(?P<body>[A-Z][\w’'-]*)\s+\d[\d-]*[A-Z]?$")

#: Where a body is based, opening its name: 'North American-based Linamar', 'Toronto-based
#: Magna' (the body is the name after it; 'the London-based charity' keeps its article).
BASED_IN = re.compile(r"^(?:[A-Z][\w’'.]*\s+){0,3}[A-Z][\w’'.]*-based\s+(?=[A-Z])")


def _clean(phrase: str) -> str:
    """A source's phrase without its age, counted modifier, numbered part, base, quotes and
    connectives."""
    phrase = _COUNTED_MODIFIER.sub("", _AGE.sub("", phrase)).strip(" ,;:—–-\"“”‘’'")
    phrase = _NUMBERED_PART.sub(r"\g<body>", phrase)
    phrase = BASED_IN.sub("", phrase)
    phrase = _TRAILING_CONNECTIVE.sub("", _LEADING_CONNECTIVE.sub("", phrase))
    return phrase.strip(" ,")


#: 'the union', 'The former minister': a source described, not named.
_DESCRIBED = re.compile(r"(?i:the)\s+(?:(?:former|new|acting)\s+)?(?P<words>[a-z][a-z -]*)")
#: 'The Governor', 'The Health Minister': a role written as a title, held by a person the
#: article named with it ('The Governor of the Bank of Ghana, Dr. Johnson Asiama').
_TITLED_ROLE = re.compile(r"(?i:the)\s+(?P<words>[A-Z][a-z-]+(?:\s+[A-Z][a-z-]+){0,2})")
#: 'The Ministry', 'The Council': a body named in full before, by the one capitalised noun.
_THE_BODY = re.compile(rf"(?i:the)\s+(?P<noun>{alternation(n.capitalize() for n in ORG_NOUNS)})")
#: "Sri Lanka's sports minister", "the state's attorney general": a role in a place or body,
#: held by a person the article names elsewhere.
_POSSESSED_ROLE = re.compile(r"(?:the\s+)?[A-Za-z][\w .-]{0,40}?[’']s\s+(?P<words>[a-z][a-z -]*)")
#: A group and who leads it, in apposition: "Yameen's legal team, led by Dr X,": the group
#: speaks.
_LED_BY = re.compile(rf",\s+(?:{alternation(LEADING_PARTICIPLES)})\s+by\s")
#: Capitalised names, each closed by a comma, before a source's name: the places an
#: introduction ended with ('Speaking in Lailuba, Meru County, Mr Munya said'), and any title
#: of the source in capitals ('in Ibadan, Oyo State, Governor Seyi Makinde').
_PLACES_BEFORE = re.compile(
    rf"""(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,\s+)+
    (?:(?i:{alternation(TITLES | ROLE_WORDS)})\.?\s+)*""",
    re.VERBOSE,
)
#: A role for someone else, then a comma before the name in apposition: 'counsel to [A B],
#: [Barrister C D]', 'the union's chairman in Ogun State, [Comrade E F]' (the role's holder),
#: its title or description read apart ('Barrister').
_ROLE_FOR_ANOTHER = re.compile(
    rf"(?i:\b(?:{alternation(PERSON_ROLES | SOURCE_NOUNS)})\b)[^,]*,\s+(?:[A-Z][a-z]+\s+)?$"
)
#: A role after the body or place it serves, right before the holder's name, opening the
#: phrase or an apposition: 'Tata Steel CEO [Rajiv Menon]', 'Curran Law Firm attorney [David
#: Hokit]', "NTUC's deputy, West Coast GRC MP [Patrick Tay]" (the body is no person's name);
#: a body's role in the possessive, one lower-case word before it: "Oilfields Workers’ Trade
#: Union’s branch secretary [Shaffick Hyatali]".
_BODY_ROLE = re.compile(
    rf"(?:^|,\s+)(?:[A-Z][\w’'&.-]*\s+){{1,6}}(?:(?<=[’']s\s)[a-z-]+\s+)?"
    rf"(?:[A-Z]{{2,4}}|(?i:{alternation(ROLE_WORDS | PERSON_ROLES | SOURCE_NOUNS)}))\s+$"
)
#: A place or body's name as the object of a preposition in the source's apposition, right
#: after it ('the MP for [Molepolole South]') or after a place and a comma ('in Aweil,
#: [Northern Bar-el Ghazal State]', an area's name then): where the source is, not who.
_PLACE_OBJECT = re.compile(
    rf"""\b(?:{alternation(PLACE_PREPOSITIONS)})\s+(?:the\s+)?
    (?P<chain>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,\s+)?$""",
    re.VERBOSE,
)
#: Words of a role someone holds, a seat's title among them ('also the MP for ...').
_HOLDER_WORDS = ROLE_WORDS | PERSON_ROLES | frozenset(SEAT_TITLES)
#: One capitalised word, a surname alone, heading a phrase before its apposition ('Kwelagobe,').
_SURNAME_HEAD = re.compile(r"(?P<head>[A-Z][a-z’'-]+),\s+(?P<apposition>.+)")
#: A phrase opening with a preposition, no comma closing it, before the subject's name: the
#: time and place it spoke ('In a speech in Mandeville Manchester on Sunday night [Mr Holness]').
_FRONTED = re.compile(rf"(?i:{alternation(PREPOSITIONS)})\s")
#: An apposition that names only the body its holder is with: 'X, from the Unite union,', 'X,
#: of the Law Society,', 'X, at Tesco,'.
_BODY_ONLY = re.compile(r"(?:from|of|at)\s")
#: A body or person described, then named: 'A group called', 'an organisation known as'.
DESCRIBED_THEN_NAMED = rf"(?i:an?|the)\s+(?:[a-z-]+\s+){{1,3}}?{any_of(NAMING_PARTICIPLES)}\s+"
#: A body described, then its name: 'A group called Parents for Safe Streets', 'an
#: organisation known as the Ratepayers Alliance': the name, whole (capitals and all).
_CALLED = re.compile(
    rf"{DESCRIBED_THEN_NAMED}(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:[a-z]{2,4}\s+)?[A-Z][\w’'-]*)*)"
)
#: 'his statement', "the company's letter": a statement speaks for whoever made it.
_OWN_STATEMENT = re.compile(
    rf"(?P<owner>(?i:{alternation(POSSESSIVE_DETERMINERS)})|.+?[’']s)\s+(?:[a-z]+\s+)?"
    rf"(?i:{alternation(STATEMENT_NOUNS)})"
)
#: 'the statement', 'the letter': a statement named before, which speaks for its owner.
THE_STATEMENT = re.compile(rf"(?i:the)\s+(?P<noun>{alternation(STATEMENT_NOUNS)})")
#: How far back the owner of 'the statement' may have been named.
_OWNER_WINDOW = 1500
#: What may stand before a statement's noun when its owner is named: 'a', "the union's", 'the'
#: ('the statement released by the party').
_STATEMENT_OWNER = (
    rf"(?P<owner>(?i:an?|the|{alternation(POSSESSIVE_DETERMINERS)})"
    r"|(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,5}[\w-]+[’']s)"
)
#: An owner after the statement: 'a statement by its chief executive, Tom Hale', 'a letter
#: from the board'; one name in apposition runs on.
_BY_OWNER = re.compile(
    rf"\s+(?:(?!(?:{alternation(SIGNING_PARTICIPLES)})\s)[a-z]+\s+)?(?:by|from)\s+"
    r"(?P<who>[^,.;:\"“”()]{2,80}?"
    r"(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,3})?)(?=[,.;:\"“”()]|\s+(?:on|said|says)\b|$)"
)
#: A statement with its owner after it, as a whole source: 'a statement issued by the ministry
#: [said]', '[reads] the letter from the union on Monday': the owner speaks.
_STATEMENT_FIRST = re.compile(
    rf"(?i:an?|the)\s+(?:[a-z]+\s+)?(?i:{alternation(STATEMENT_NOUNS)})(?=\s+[a-z]+\s)"
)
_OWNER_VERBS = alternation([*SPEECH_VERBS, *ISSUING_VERBS])
#: The owner as the subject before the verb: '..., the tribunal said in a', 'The union
#: released a', 'Mayor Ana Ruiz said on Monday in a'; with 'in', any act ('The club made the
#: disclosure in a', 'The ministry confirmed the cuts in a').
_OWNER_BEFORE = re.compile(
    rf"""(?:^|[,;]\s+)(?P<who>[^,;:\"“”]{{2,80}}?)\s+(?:[a-z]+ly\s+)?
    (?:(?:{_OWNER_VERBS})(?:\s+[^,;:\"“”]{{0,40}}?)?\s+
    |(?:[a-z]+ed|{alternation(IRREGULAR_PASTS)})\s+(?:[^,;:\"“”]{{0,40}}?\s+)?in\s+)$""",
    re.VERBOSE,
)
#: A date set off by commas after a weekday, mid-sentence: 'The union on Monday[, March 3,]
#: rejected', 'protested on Wednesday[, October 24, 2024,] against'.
APPOSED_DATE = rf",\s+(?i:{alternation(MONTHS)})\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?,"
#: A date going on after a comma: 'on Tuesday, [March 11, 2025, ]', 'on May 28, [2025, ]'.
DATE_GOING_ON = r"(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|(?<=\d,\s)\d{4}),\s+)?"
#: 'In a statement, the union said', 'In a letter to staff on Monday, Jo Lee wrote', 'In a
#: statement released on Wednesday, May 28, the Ministry expressed': the subject of the clause
#: the statement introduces, whatever it did in it.
_OWNER_AFTER = re.compile(
    rf"""[^,;:\"“”]{{0,60}},\s+{DATE_GOING_ON}(?P<who>[^,;:\"“”]{{2,60}}?)\s+(?:[a-z]+ly\s+)?
    (?:{_OWNER_VERBS}|[a-z]+ed|{alternation(IRREGULAR_PASTS)})\b""",
    re.VERBOSE,
)
#: The last sentence boundary in a stretch of text.
_LAST_BOUNDARY = re.compile(r"(?:[.!?][\"”’']?\s|\n)(?!.*(?:[.!?][\"”’']?\s|\n))", re.S)


@lru_cache(maxsize=16)
def _statement_mention(noun: str) -> re.Pattern[str]:
    """A mention of a statement by its noun, with what stands before it ('a', "X's")."""
    return re.compile(rf"\b{_STATEMENT_OWNER}\s+(?:[a-z-]+\s+)?{noun}\b")


#: A source left unnamed and the clause saying so: 'A worker, who declined to be named', 'a
#: nurse, who asked not to be identified' (as gold gives them: the clause is all that tells
#: the source apart).
UNNAMED_SOURCE = re.compile(r"(?i:an?|one)\s+[a-z][a-z -]{1,40},\s+who\s+[a-z][^,;:]{2,80}")
#: 'the 45-year-old': a person described by their age, who was named before.
_AGED = re.compile(r"(?i:the)\s+\d{1,3}-year-old")
#: Nouns that make a lower-case phrase a source: people, bodies, and documents that state what
#: their issuer found ('the judgment states', 'the report said').
_SOURCE_NOUNS = GROUP_NOUNS | PERSON_ROLES | SOURCE_NOUNS | ORG_NOUNS
_SOURCE_NOUNS |= {*ISSUED_DOCUMENTS, *EVIDENCE_NOUNS, *WRITTEN_RECORDS}
_WHO = re.compile(r"^who\s+")
#: A title or description between an apposition's role and the name: 'Leader of the group,
#: [Councillor] Jo Lee', 'counsel to the claimant, [Barrister] Jo Lee': the role is before it.
_TITLE_AFTER_COMMA = re.compile(r"(?<=\S),\s+[A-Z][a-z]+$")
_POSSESSOR = re.compile(r"^.*[’']s\s+")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
#: An article right before a capitalised run, or a number between: 'the 1% National Insurance
#: [increase]', 'the John Lewis [store]' name things, not people.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|an?)\s+(?:[$£€]?\d[\d.,]*%?\s+)?$", re.I)
_THE = re.compile(r"^the\s+", re.I)
#: Words a described source never opens with ('some workers', 'his lawyer' may).
_NOT_OPENING = STOPWORDS - QUANTIFIERS - POSSESSIVE_DETERMINERS


#: Most words in a described source ('a spokesman for the Department of Health'), unless it
#: is a source with modifiers or two sources (`_modified_source`).
_DESCRIBED_WORDS_MOST = 8
#: Most words in the head of a source before its modifiers ('A union [at a factory in ...]').
_HEAD_WORDS_MOST = 4
#: Prepositions that tie a role to the body it serves ('executive of', 'spokesman for').
_OWNING_PREPOSITIONS = frozenset({"of", "for"})


def _source_words(words: list[str]) -> bool:
    """Whether words can describe a source: a noun of people or bodies, singular or plural
    ('farmers' groups'), one member of a group (`_group_member`), or a capital."""
    return _group_member(words) or any(
        (noun := w.lower().strip(",’'")) in _SOURCE_NOUNS
        or noun.endswith("s")
        and noun[:-1] in _SOURCE_NOUNS
        or w[:1].isupper()
        for w in words
    )


#: Most words in one unnamed member of a group ('a tearful young worker').
_MEMBER_WORDS_MOST = 4


def _group_member(words: list[str]) -> bool:
    """Whether words name one unnamed member of a group that speaks ('a tearful worker', 'one
    resident': of 'workers', 'residents'), opened by 'a' or 'one' with no preposition, so
    never a body's adjective ('the state media') or a relation ('a relative of a patient')."""
    lowered = [w.lower() for w in words]
    return (
        1 < len(lowered) <= _MEMBER_WORDS_MOST
        and lowered[0] in SINGLE_MEMBER_OPENINGS
        and not any(w in PREPOSITIONS for w in lowered)
        and f"{lowered[-1]}s" in _SOURCE_NOUNS
    )


def _modified_source(phrase: str, lowered: list[str]) -> bool:
    """Whether a long phrase is one source with modifiers after a short head ('A UNION at a
    Remploy factory in the Valleys', 'Campaigners against the erection of a wind farm'), or
    two sources ('the Labour Party and the Council of Trade Unions (CTU)'). Not a role and
    the body it serves ('The executive of the Public and Commercial Services union'): 'of' and
    'for' say whose source it is, and an 'and' after them joins the body's name."""
    head = next((i for i, w in enumerate(lowered) if w in PREPOSITIONS), len(lowered))
    first, _, second = phrase.partition(" and ")
    if second and len(first.split()) <= head:  # no preposition before the 'and'
        return all(
            len(part.split()) <= _DESCRIBED_WORDS_MOST and _source_words(part.split())
            for part in (first, second)
        )
    return (
        0 < head <= _HEAD_WORDS_MOST
        and lowered[head] not in _OWNING_PREPOSITIONS
        and any(w in _SOURCE_NOUNS for w in lowered[:head])
    )


def _body_name(phrase: str) -> bool:
    """Whether a phrase is one body's name, however long: every word capitalised but the small
    words inside it ('the National Board of the Trade Union of Nurses and Midwives')."""
    name = _THE.sub("", phrase)
    return name[:1].isupper() and name[-1:].isalpha() and not _LOWER_WORD.search(name)


def _no_speaker(words: list[str], lowered: list[str]) -> bool:
    """Whether a phrase names a happening or a matter ('The walkout', 'the key issue') or ends
    in a passive's auxiliary ('The protest was [staged]'), its head being the word before any
    preposition or 'who' ('Those who attended the meeting' is a source), and holds no noun of
    people or bodies and no capital but an opening 'The' ('CAMPAIGNERS fighting the closure'
    is a source)."""
    head = next((i for i, w in enumerate(lowered) if w in PREPOSITIONS or w == "who"), len(lowered))
    last = lowered[max(0, head - 1)]
    unheard = last in EVENT_NOUNS or last in MATTER_NOUNS or last in PASSIVE_AUXILIARIES
    return unheard and not any(
        w in _SOURCE_NOUNS or word[:1].isupper() and w not in STOPWORDS
        for word, w in zip(words, lowered, strict=True)
    )


def _place_object(phrase: str, found: tuple[int, int, str]) -> bool:
    """Whether a name in a source's phrase is the place or body its apposition names ('the MP
    for Molepolole South', 'in Aweil, Northern Bar-el Ghazal State'), not the source."""
    m = _PLACE_OBJECT.search(phrase, 0, found[0])
    return m is not None and (not m["chain"] or found[2].split()[-1].lower() in AREA_NOUNS)


def _named_head(phrase: str, position: int, people: People) -> Speaker | None:
    """The source a surname alone heads, its role in the apposition after it ('Kwelagobe, also
    the MP for Molepolole South'): the person, not the place the role is for."""
    lone = _SURNAME_HEAD.fullmatch(phrase)
    if lone is None or lone["head"].lower() in STOPWORDS:
        return None
    role = _ARTICLE.sub("", _LEADING_CONNECTIVE.sub("", lone["apposition"]))
    if not any(w.lower() in _HOLDER_WORDS for w in role.split()):
        return None
    return Speaker(people.full_name(lone["head"], position), role, person=True)


def speaker(phrase: str, position: int, people: People) -> Speaker | None:
    """Read a source out of an attribution phrase ('General secretary Mark Serwotka',
    'Simon Walker, director-general of the Institute of Directors', 'he', 'A PCS spokesman')."""
    phrase = _clean(phrase)
    if not phrase or len(phrase.split()) > 14:
        return None
    lowered_phrase = phrase.lower()
    if lowered_phrase in PRONOUNS or lowered_phrase in OBJECT_PRONOUNS:  # 'according to him'
        sex = next(s for s, pronouns in SEXED_PRONOUNS.items() if lowered_phrase in pronouns)
        name = people.last_before(position, sex=sex) or people.first_after(position, sex)
        return Speaker(name, person=True, resolved=True) if name else None
    if acronymed_names(name := _THE.sub("", phrase)) == [(0, len(name))]:
        return Speaker(name, org=name)  # 'the Royal Society for the Prevention of ... (RoSPA)'
    if (
        (initials := _TRAILING_ACRONYM.search(phrase))
        and (initialled := speaker(phrase[: initials.start()], position, people))
        and not initialled.person
    ):  # 'the Swedish Association of Local Authorities and Regions (SKL)': initials of the
        # body's name in its own language; the body as named in English, with them
        return replace(initialled, name=f"{initialled.name} {initials['acronym']}")
    if UNNAMED_SOURCE.fullmatch(phrase):
        return Speaker(phrase)  # 'a worker, who declined to be named'
    if lowered_phrase in INDEFINITE_SOURCES:
        return Speaker(phrase)  # '," one said': an unnamed member of a group, as written
    if lowered_phrase in ORG_PRONOUNS:
        org = people.last_org_before(position)
        return Speaker(org, org=org, resolved=True) if org else None
    if called := _CALLED.fullmatch(phrase):  # 'A group called Parents for Safe Streets'
        name = called["name"]
        if [n for _, _, n in people.names(name)] == [name]:
            return Speaker(name, person=True)  # 'A man named Jo Lee'
        return Speaker(name, org=name)
    if own := _OWN_STATEMENT.fullmatch(phrase):  # '," his statement said': his
        owner = _unowned(own["owner"])
        return speaker(PRONOUN_OF_POSSESSIVE.get(owner.lower(), owner), position, people)
    if named := THE_STATEMENT.fullmatch(phrase):  # '," the statement said': who issued it
        for who, at in people.statement_owners(position, named["noun"].lower()):
            if found := speaker(who, at, people):
                return replace(found, resolved=True)
    noun = _STATEMENT_FIRST.match(phrase)
    by_owner = _BY_OWNER.match(phrase, noun.end()) if noun else None
    if by_owner and (issuer := speaker(by_owner["who"], position, people)):
        return replace(issuer, resolved=True)  # 'a statement issued by the ministry': its owner
    if led := _LED_BY.search(phrase):  # "Yameen's legal team, led by Dr X,": the team
        return speaker(phrase[: led.start()], position, people)
    lower_described = _DESCRIBED.fullmatch(phrase)
    titled = None if lower_described else _TITLED_ROLE.fullmatch(phrase)
    described = lower_described or titled
    holder = described or _POSSESSED_ROLE.fullmatch(phrase)
    role = holder.group("words").split()[-1].lower() if holder else ""
    name = (
        # 'the prime minister': who was given that whole role, else any minister; 'The
        # Governor' only for one introduced with that title before, not a later namesake
        (holder and people.described(position, holder.group("words").strip(), bool(titled)))
        or people.described(position, role, bool(titled))
        if role in PERSON_ROLES
        else None
    )
    bare_holder = lower_described and lower_described["words"] in OFFICE_HOLDER_NOUNS
    if not name and (bare_holder or _AGED.fullmatch(phrase)):
        name = people.last_before(position)  # 'the 45-year-old', 'the official': the last named
    if name:  # 'The judge', "Kenya's sports minister": the person named in that role
        return Speaker(name, _THE.sub("", phrase), person=True, resolved=True)
    body = described.group("words") if described else ""
    if capitalised := _THE_BODY.fullmatch(phrase):
        body = capitalised["noun"].lower()  # 'The Ministry', after 'the Ministry of Finance'
    if body in ORG_NOUNS:
        org = people.last_org_before(position, body, fallback=False)
        if org:
            return Speaker(org, org=org, resolved=True)
    names = people.names(phrase)
    fronted = None
    head = phrase.partition(", who ")[0]  # 'X, who represents Y': X's names, not Y's
    last = sum(end <= len(head) for _, end, _ in names) - 1
    if (
        last >= 0
        and head.endswith(names[last][2])
        and (
            _PLACES_BEFORE.fullmatch(before := phrase[: names[last][0]])
            or (fronted := _FRONTED.match(before))
            or last > 0
            and (_ROLE_FOR_ANOTHER.search(before) or _BODY_ROLE.search(before))
        )
    ):  # 'in Lailuba, Meru County, Mr Munya': the places where he spoke; 'counsel to A, B': B;
        # 'Tata Steel CEO Rajiv Menon', 'Curran Law Firm attorney David Hokit': the holder
        names = names[last:]
    if names and _place_object(phrase, names[0]):  # 'X, the MP for Y': X, not the place Y
        held = [n for n in people.names(phrase) if n[1] <= names[0][0]]
        names = [n for n in held if not _place_object(phrase, n)][-1:]
    if not names and (surnamed := _named_head(phrase, position, people)):
        return surnamed  # 'Kwelagobe, also the MP for Molepolole South': no name but his
    if names:
        start, end, name = names[0]
        full = people.resolve(name, position)
        apposition = phrase[end:].strip(" ,") if phrase[end:].lstrip().startswith(",") else ""
        # 'of the Bakers, Food and ... Union (BFAWU)' is one apposition, naming the body
        acronymed = acronymed_names(apposition)
        after = apposition if acronymed else apposition.rsplit(", ", 1)[-1]  # 'X, D-Va., who'
        after = _WHO.sub("", after)  # 'X, who chairs the committee,'
        before = "" if fronted else phrase[:start].strip(" ,")  # a fronted phrase: no role
        before = _POSSESSOR.sub("", before)  # 'Mr Alexander’s Labour shadow' -> 'Labour shadow'
        before = _ARTICLE.sub("", _TITLE_AFTER_COMMA.sub("", before))
        role = (_ARTICLE.sub("", after) if after else before) or None
        if role and len(role.split()) > 10:
            role = None
        org = organisation(role or "")
        if acronymed:
            org = apposition[acronymed[0][0] : acronymed[0][1]].replace(", (", " (")
        if role and _BODY_ONLY.match(role):
            role = None  # 'X, from the Unite union,': no role, only the body
        return Speaker(full, role, org, person=True)
    words = phrase.split()
    if words[0].lower() == "those" and len(words) > 1 and words[1].endswith(("ing", "ed", "who")):
        return Speaker(phrase)  # 'Those taking part in the walkout', 'Those who attended'
    # 'The association rejected the plan and'; a relative clause describing the source stays
    # whole ('members who attended the meeting', 'staff who asked not to be named')
    head, who, clause = phrase.partition(" who ")
    phrase = _VERB_AFTER_SOURCE.split(head)[0] + (who + clause if who else "")
    words = phrase.split()
    if not words:
        return None
    if _titled(phrase) and (full := people.full_name(phrase, position)) != phrase:
        return Speaker(full, person=True, resolved=True)  # 'Gov. Lopez', named in full before
    if len(words) == 1 and (full := people.full_name(words[0], position)) != words[0]:
        return Speaker(full, person=True)  # a surname alone, as in "Quinn told reporters"
    first, joined, second = phrase.partition(" and ")
    if joined and all(
        len(part.split()) == 1 and people.full_name(part, position) != part
        for part in (first, second)
    ):  # 'Emenyi and Amirize added': two people named before, no body
        full = people.full_name(first, position) + joined + people.full_name(second, position)
        return Speaker(full, person=True)
    lowered = [w.lower().strip(",") for w in words]
    if not _source_words(words) or lowered[0] in _NOT_OPENING or _no_speaker(words, lowered):
        return None
    if len(words) > _DESCRIBED_WORDS_MOST and not (
        _modified_source(phrase, lowered) or _body_name(phrase)
    ):
        return None
    name = _THE.sub("", phrase)  # "a source close to ..." stays indefinite
    role = lowered[-1] if lowered[-1] in GROUP_NOUNS and lowered[-1].startswith("spokes") else None
    return Speaker(name, role, organisation(phrase) or (name if name.isupper() else None))
