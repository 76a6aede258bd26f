"""Who stands where on what: actor, stance cue and target, from narrative and quotes.

Stance cues are verbs and phrases ('rejected' -> oppose, 'welcomed' -> support, 'will put the
offer to members' -> undecided, 'cautious welcome' or '... if ...' -> conditional, 'refused to
condemn' -> neutral), negation flips support to opposition, the actor is the subject of the
cue's clause (pronouns resolved) and the target the noun phrase it governs ('it' = the last).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from factx.names import name_matches
from factx.rules.attribution import DATELINE, NOT_SOURCES, REPORTING_VERB, clause_breaks
from factx.rules.document import Document
from factx.rules.lexicon import (
    ABILITY_LEADS,
    ABSTAINING_VERBS,
    ACCOMPANYING_LEADS,
    ACCORDS,
    ACCOUNT_SOURCES,
    ACCOUNT_VERBS,
    ACT_NOUNS,
    ACTION_PURPOSES,
    ACTOR_QUANTIFIERS,
    ADJECTIVAL_PASTS,
    ADJECTIVE_ENDINGS,
    ADJUNCT_PREPOSITIONS,
    ADVICE_NOUNS,
    ADVOCATING_STEMS,
    AGAINST_VERBS,
    AGREEING_FORMS,
    AIRING_STEMS,
    ALL_PRONOUNS,
    ALLOWED_OUTCOMES,
    ALLOWING_VERBS,
    AMOUNT_ABBREVIATIONS,
    AMOUNT_SIGNS,
    ANGERING_VERBS,
    ANNOUNCED_MEASURES,
    ANNOUNCING_VERBS,
    ANNULLING_VERBS,
    ANSWER_DEMANDS,
    APPEAL_OBJECTS,
    APPOSITION_ADVERBS,
    ATTRIBUTIVE_BLAME,
    AUTHORISING_STEMS,
    AUXILIARIES,
    AWAITED_DECISIONS,
    BACK_FORMS,
    BACK_OBJECTS,
    BACK_PARTICLE_VERBS,
    BACKED_PARTICIPLES,
    BALLOT_STEMS,
    BALLOTED_THINGS,
    BARE_TIME_LEADS,
    BEING_VERBS,
    BLOCKED_WAYS,
    BLOCKING_VERBS,
    BOTH_SIDES,
    BRANCH_NOUNS,
    BRANDING_VERBS,
    CALL_NOUNS,
    CHANGED_PARTICIPLES,
    CHARGING_VERBS,
    CLAIMING_FORMS,
    CLAUSE_CONJUNCTIONS,
    CLAUSE_LEADS,
    CLAUSE_REQUESTS,
    CLOSED_SITES,
    CLOSING_VERBS,
    CONCESSIVES,
    CONCLUDING_VERBS,
    CONDITION_OPENERS,
    CONDITION_WORDS,
    CONDITIONAL_MODALS,
    CONDITIONAL_VERBS,
    CONNECTIVE_ADVERBS,
    CONSIDERED_THINGS,
    CONTESTED_RACES,
    CONTESTING_VERBS,
    CONTINUING_VERBS,
    COORDINATORS,
    COPULAS,
    COUNT_LEADS,
    CRITICAL_STATES,
    DECIDED_THINGS,
    DECIDING_FORMS,
    DECISION_NOUNS,
    DECISIONS_MADE,
    DECLINED_APPEALS,
    DECLINING_LEADS,
    DEEMING_VERBS,
    DEFERRING_VERBS,
    DELAYING_STEMS,
    DEMANDED_ACT_ENDINGS,
    DEMANDED_ONLY,
    DEMANDED_OPENERS,
    DEMANDED_REDRESS,
    DEMANDING_AS_ADJECTIVE,
    DEMANDING_STEMS,
    DEMANDING_THAT,
    DEMANDING_VERBS,
    DEMANDS_LISTED,
    DENIED_THINGS,
    DEONTIC_MODALS,
    DEPARTURES,
    DESERVED_PRAISE,
    DETERMINERS,
    DIRECTED_MEMBERS,
    DIRECTING_BODIES,
    DIRECTING_VERBS,
    DISTANCING_VERBS,
    DIVIDED_WORDS,
    DOCUMENT_NOUNS,
    DOUBTING_FORMS,
    DOUBTS,
    DOWNFALL_NOUNS,
    EFFORT_NOUNS,
    ENACTING_VERBS,
    ENDING_NOUNS,
    EVENT_NOUNS,
    FAILING_LEADS,
    FAULTS,
    FEARING_VERBS,
    FEELING_LEADS,
    FIGHT_LEADS_EXACT,
    FIGHT_LEADS_STEMS,
    FIGHT_VERBS,
    FIGHTING_FORMS,
    FILED_NOUNS,
    FILING_PASTS,
    FINDING_VERBS,
    FINITE_VERBS,
    FLOATING_QUANTIFIERS,
    FORCED_ACTS,
    FORCING_VERBS,
    GOAL_NOUNS,
    GROUP_NOUNS,
    HARMING_VERBS,
    HELD_GROUND_LINKS,
    HELD_VIEWS,
    HELPING_VERBS,
    HOPING_FORMS,
    IMPOSED_SETBACKS,
    IMPOSING_VERBS,
    INERT_NOUNS,
    INFORMATION_ASKED,
    INFORMATION_VERBS,
    INTENDED_CHANGES,
    INTENDING_STEMS,
    INTENSIFIERS,
    INTEREST_STEMS,
    IRREGULAR_PASTS,
    JOINED_ACTIONS,
    JUDGEMENTS_AGAINST,
    JUDGEMENTS_ALLOWING,
    JUDGEMENTS_FOR,
    JUDGEMENTS_SUPPORTING,
    JUDGING_VERBS,
    JUSTIFYING_VERBS,
    KEEPING_VERBS,
    LEAVING_VERBS,
    LEGAL_ACTIONS,
    LEGISLATION,
    LISTED_BODY_MODIFIERS,
    LY_NOUNS,
    MANDATING_VERBS,
    MATTER_NOUNS,
    MERIT_LACKING,
    MODALS,
    MOOD_LINKS,
    MOVED_LINKS,
    MOVED_NOUNS,
    MOVING_VERBS,
    NAMING_VERBS,
    NEED_STRESSING,
    NEED_WEIGHTS,
    NEEDED_WORDS,
    NEEDLESS_FEELINGS,
    NEEDLESS_GROUNDS,
    NEEDLESS_SEEING,
    NEGATIONS,
    NEUTRAL_ACTS,
    NEUTRAL_REFUSALS,
    NO_CHANGE_OBJECTS,
    NO_CONFIDENCE,
    NOT_COMMENTED,
    NOT_OBJECTS,
    NOTICE_VERBS,
    NUMBER_WORDS,
    NUMBERED_LAW_CODES,
    NUMBERED_LAWS,
    OBJECT_DETERMINERS,
    OBJECT_ENDERS,
    OBJECT_RELATIVES,
    OBLIGATION_LEADS,
    OFFERED_RISES,
    OFFERING_FORMS,
    OFFICE_HOLDERS,
    OPENING_ADVERBS,
    OPENING_TIME_LEADS,
    OPINION_VERBS,
    OPPOSE_EXTRA_FORMS,
    OPPOSE_FEELINGS,
    OPPOSE_MOODS,
    OPPOSE_STEMS,
    OPPOSE_VERBS,
    OPPOSING_GROUPS,
    OPPOSITION_RECEIVED,
    ORG_ADJECTIVES,
    ORG_NOUNS,
    ORG_WORDS,
    OUTCOMES_AGAINST,
    OUTCOMES_FOR,
    PAID_THINGS,
    PARTAKING_VERBS,
    PARTICIPLE_DETERMINERS,
    PARTITIVES,
    PARTY_WORDS,
    PASSING_VERBS,
    PASSIVE_AUXILIARIES,
    PEOPLE_NOUNS,
    PERIOD_LEADS,
    PERIOD_PREPOSITIONS,
    PERMISSIONS,
    PERMITTING_VERBS,
    PERSON_ROLES,
    PLANNED_ACTS,
    PLEADING_VERBS,
    PORTFOLIO_BODIES,
    POSSESSIVE_DETERMINERS,
    POSSESSIVES_FOR_CUES,
    POSSIBILITY_MODALS,
    POST_MODIFIERS,
    POST_NOUNS,
    POST_VERB_LEADS,
    PRAISING_VERBS,
    PREPARING_FOR,
    PREPOSITIONS,
    PRESSING_ON,
    PROCESS_SUBJECTS,
    PRODUCER_NOUNS,
    PROMISING_PASTS,
    PRONOUN_CONTRACTIONS,
    PRONOUN_OF_POSSESSIVE,
    PRONOUNS,
    PROPOSALS,
    PROPOSING_VERBS,
    PROTEST_CLOSING_LINKS,
    PROTEST_LINKS,
    PROVIDING_VERBS,
    PROVISIONAL_WORDS,
    PURPOSE_PARTICIPLES,
    PURPOSE_VERBS,
    QUALIFYING_WORDS,
    QUESTION_WORDS,
    QUESTIONING_VERBS,
    RAISED_CHARGES,
    RAISING_PASTS,
    REACTING_VERBS,
    READY_WORDS,
    RECEIVING_LEADS,
    RECEIVING_VERBS,
    RECOMMENDING_VERBS,
    REFLEXIVES,
    REFUSED_ACTS,
    REFUSED_OBJECT_DETERMINERS,
    REFUSED_PARTAKING,
    REFUSING_DECISIONS,
    RELATIVE_PRONOUNS,
    RELAYING_SOURCES,
    REMEDYING_PASTS,
    REPEATING_ADVERBS,
    REQUEST_NOUNS,
    RESIGNATION_CALLS,
    RESTATING_VERBS,
    ROLE_WORDS,
    RULED_AGAINST,
    RULING_PASTS,
    SAYING_NO,
    SCANT_WORDS,
    SEEKING_FORMS,
    SHIELDED_TIMES,
    SHIELDING_VERBS,
    SHORTFALL_VERBS,
    SIGNED_DOCUMENTS,
    SITTING_BODIES,
    SLOGAN_VERBS,
    SPEAKING_MEMBERS,
    SPEECH_VERBS,
    STAGING_VERBS,
    STANCE_ACTS,
    STANCE_HOLDERS,
    STANCE_NOUNS,
    STOPWORDS,
    STRIKE_ACTIONS,
    STRIKE_CLAIMS,
    STRIKE_COMING,
    STRIKE_ENDERS,
    STRIKE_GRIEVANCES,
    STRIKE_LEADS,
    STRIKE_NOUNS,
    STRIKE_OPENERS,
    STRIKE_PLAIN_LEADS,
    STRIKE_QUALIFIED,
    STRIKE_STARTS,
    STRIVING_FORMS,
    SUBJECT_ENDERS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    SUGGESTING_VERBS,
    SUING_VERBS,
    SUPPORT_ACCEPT,
    SUPPORT_MOODS,
    SUPPORT_PHRASES,
    SUPPORT_RECEIVED,
    SUPPORT_VERBS,
    SUPPORTING_GROUPS,
    SUPPOSING_MODALS,
    SUSPENDED_ACTIONS,
    TAIL_ENDERS,
    TALKING_VERBS,
    TARGET_NOUNS,
    TARGET_STOP,
    TELLING_VERBS,
    THREATENING_VERBS,
    TIME_LEADS,
    TIME_WORDS,
    TIMELY_WORDS,
    UNAFFORDABLE,
    UNDECIDED_WORDS,
    UNDOING_CALLS,
    UNDOING_NOUNS,
    UNDOING_VERBS,
    UNITED_WORDS,
    UNSPECIFIED_PEOPLE,
    UNWILLING_WORDS,
    URGED_ACTS,
    URGED_AUTHORITIES,
    URGED_ENDINGS,
    URGING_NOUNS,
    URGING_VERBS,
    VERDICT_DENIALS,
    VERDICT_MODALS,
    VIEWING_VERBS,
    VOTE_MARGINS,
    VOTED_WALKOUTS,
    VOTES_AGAINST,
    VOTING_BODIES,
    WANTED_CHANGES,
    WANTED_DONE_LINKS,
    WANTING_FORMS,
    WARNED_DANGERS,
    WARNING_FORMS,
    WARNING_VERBS,
    WEEKDAYS,
    WEIGHING_STEMS,
    WHETHER_STEMS,
    WILLING_VERBS,
    WITHDRAWALS,
    WITHDRAWING_VERBS,
    WITHDRAWN_STANCES,
    WITHHELD_ACTS,
    YET_TO_ACTS,
    alternation,
    any_of,
    forms_of,
    ing_forms,
    openings,
    participles_of,
    plurals_of,
)
from factx.rules.sentences import Spans
from factx.rules.speakers import (
    APPOSED_DATE,
    DESCRIBED_THEN_NAMED,
    Speaker,
    acronymed_names,
    actor_like,
    organisation,
    speaker,
)
from factx.rules.tone import tone_stance
from factx.schemas import ClaimDraft, Confidence, PositionDraft, Stance
from factx.text import Span, find_whole

_DET = rf"(?:{any_of(POSSESSIVES_FOR_CUES)}\s+)?"
#: A word of whom an appeal addresses, a name's acronym among them: 'urged | the Academic Staff
#: Union of Universities (ASUU) | to reconsider' (cues are read in lower case); never 'that',
#: which opens what was said ('told BNS that they had decided not to back it').
_ADDRESSEE = r"(?:(?!that\s|for\s)(?:[\w’'.-]+|\([A-Za-z]{2,}\))\s+)"
_ADVERB = rf"(?:(?:[a-z]+ly|{any_of(INTENSIFIERS)})\s+)?"  # 'deeply', 'very'
_TIME_WORD = rf"(?:{alternation(TIME_WORDS)})"
#: A time said between a verb and its object: 'announced (this Tuesday) an increase'.
_WHEN_AFTER = rf"(?:(?:{any_of(TIME_LEADS)}\s+)?{_TIME_WORD}\s+)?"
_OBJECT_DETERMINER = rf"{any_of(OBJECT_DETERMINERS)}\s+"
_AGAINST = any_of(JUDGEMENTS_AGAINST)
_MERITLESS = any_of(MERIT_LACKING)
#: 'calls' as a noun no one in the clause makes: 'faces calls for', 'amid calls for', 'detained
#: for calls for' (its subject is not the caller).
_NOUN_CALLS = "".join(
    rf"(?<!\b{word}\scalls\sfor)" for word in (*PREPOSITIONS, *RECEIVING_LEADS, *RECEIVING_VERBS)
)
#: 'would help', 'will not hurt': a verdict on what the thing judged will do.
_VERDICT = rf"{any_of(VERDICT_MODALS)}\s+(?:\w+\s+)?"
#: A copula before a verdict: 'is', or one cut short after 'it' or 'that' ("it's wrong",
#: "that's unfair"; not "Grab's illegal acts", a possessive).
_COPULA = rf"(?:{any_of(COPULAS)}\s+|(?:it|that)[’']s\s+)"
#: A modal copula before a verdict against ('would be irresponsible'); not before one for: 'will
#: be necessary' foresees a need ('further action will be necessary'), not a side taken.
_MODAL_COPULA = rf"{_VERDICT}be\s+"
#: A strike named after the verb that starts it: 'an indefinite nationwide strike', 'this strike'
#: (its words no stop words: not 'a campaign against the strike').
_STRIKE_NAMED = rf"""(?:(?:an?|the|its|their|this|that)\s+)?
    (?:(?!{any_of(STOPWORDS)}\s)[a-z\d-]+\s+){{0,3}}?   # 'the 4-day strike'
    {any_of(STRIKE_NOUNS)}\b(?!\s+{any_of(STRIKE_QUALIFIED)}\b)"""
#: A strike's object that is what its strikers claim: '(over) their demands for pay'.
_OVER_CLAIMS = rf"\s+(?:[\w’'-]+\s+)?{any_of(STRIKE_CLAIMS)}\b"
#: A strike started with no modal before it: 'declared an indefinite strike', 'has embarked on
#: a nationwide strike', 'commenced the strike'.
_STRIKE_OPENED = rf"{any_of(forms_of(STRIKE_OPENERS))}\s+{_STRIKE_NAMED}"
#: A grievance after a strike, within its sentence ('to protest the cuts', 'over pay'; not
#: 'over demands for the allowance', which backs the demands).
_GRIEVED = rf"[^.;]{{0,60}}?\b(?!over{_OVER_CLAIMS}){any_of(STRIKE_GRIEVANCES)}\b"
#: A strike said to be coming, by a lead that threatens nothing ('will launch a strike'), with
#: no grievance or condition after it ('will strike if the offer is not improved' is a threat).
_PLAIN_STRIKE = rf"""{any_of(STRIKE_PLAIN_LEADS)}\s+{any_of(STRIKE_COMING)}\s+{_STRIKE_NAMED}
    (?!{_GRIEVED})(?![^.;]*?\b{any_of(CONDITION_OPENERS)}\b)"""
#: 'the cuts are hurting children', 'the fees have crippled small firms': a verdict on what the
#: thing judged is doing or has done (not 'have been hit by': the subject is who suffers; not
#: 'It is devastating news': an adjective).
_HARMING_NOW = (
    rf"(?:(?<!it\s)(?<!this\s)(?<!that\s)(?:is|are|was|were)\s+(?:already\s+|now\s+|still\s+)?"
    rf"{any_of(f for f in forms_of(HARMING_VERBS) if f.endswith('ing'))}"
    rf"|(?:has|have)\s+(?:already\s+)?{any_of(participles_of(HARMING_VERBS))})\b"
    rf"(?!\s+by\b|\s*[,.;:!?]|\s+{any_of(PREPOSITIONS)}\b"  # 'It is devastating for': a feeling
    rf"|\s+(?:[\w-]+\s+)?{any_of(STRIKE_NOUNS)}\b)"  # 'have threatened strike action': a threat
)
#: 'should be scrapped', 'must not be stopped': a verdict that the thing judged be undone.
_TO_UNDO = rf"{any_of(DEONTIC_MODALS)}\s+(?:not\s+)?be\s+{any_of(participles_of(URGED_ENDINGS))}\b"
#: A stance as a state: 'is against the plan', 'are fighting the closure', 'are furious about',
#: 'is critical of'.
_STATE = rf"""(?:against|{any_of(FIGHTING_FORMS)}(?!\s+to\b)  # not 'is fighting to save it'
    |{any_of(OPPOSE_MOODS)}\s+{any_of(MOOD_LINKS)}
    |{any_of(CRITICAL_STATES)})\b"""
#: What may stand between a copula and a state: 'fiercely', 'very', 'united'.
_BEFORE_STATE = rf"{_ADVERB}(?:{any_of(UNITED_WORDS)}\s+)?"
_BEING = rf"{any_of(BEING_VERBS)}\s+{_BEFORE_STATE}{_STATE}"  # 'is (fiercely/united) against'
_PLEASED = rf"{any_of(SUPPORT_MOODS)}\s+{any_of(MOOD_LINKS)}\b"  # 'pleased with'
_NOT_PLEASED = rf"not\s+{_ADVERB}{_PLEASED}"  # 'not (fully) satisfied with': against it
#: Leaving something, each verb in any form with its own particle: 'pulled out of', 'withdrew
#: from'.
_LEAVING = "(?:{})".format(
    "|".join(
        any_of(forms_of([verb])) + r"\s+" + particle.replace(" ", r"\s+")
        for verb, particle in LEAVING_VERBS.items()
    )
)
#: 'the majority of residents are in favour': a stance as a state, its object named before
#: (after a verb of being, `_BEING_BEFORE`).
_IN_FAVOUR_STATE = r"in\s+favou?r\b(?!\s+of\b)"
_BEING_BEFORE = re.compile(rf"\b{any_of(BEING_VERBS)}\s+(?:[a-z]+ly\s+|all\s+)?$")
#: 'should go ahead', 'should never have been passed', 'must not be allowed': a verdict that a
#: thing be let happen, or praised ('must be applauded for') (not 'should be allowed to strike'
#: nor 'should have allowed the parties to meet': whom it lets).
_LET_HAPPEN = (
    rf"{any_of(DEONTIC_MODALS)}\s+(?:{alternation(NEGATIONS)}\s+)?(?:have\s+)?(?:been\s+|be\s+)?"
    rf"{any_of([*ALLOWED_OUTCOMES, *participles_of(PRAISING_VERBS)])}\b"
    rf"(?!(?<=allowed)\s+to\b|\s+(?:{any_of(OBJECT_DETERMINERS)}|them|him|us)\b)"
)
#: 'the officers deserve huge credit': praise owed to the thing judged.
_DESERVING = rf"deserve[sd]?\s+(?:[a-z]+\s+)?{any_of(DESERVED_PRAISE)}\b"
#: 'the shortage can be rectified by the ministry hiring nurses': a remedy put forward, backed by
#: whoever says so (the act after 'by' is the target).
_REMEDIED = (
    rf"{any_of(VERDICT_MODALS)}\s+(?:only\s+|easily\s+)?be\s+{any_of(REMEDYING_PASTS)}\s+by\b"
)
#: 'the drought made the proposed subsidy essential': a measure a need makes necessary, backed
#: by whoever says so.
_MADE_NEEDED = (
    rf"(?:make|makes|made|making)\s+(?P<needed>{_OBJECT_DETERMINER}(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+)"
    rf"\s+{any_of(NEEDED_WORDS)}\b"
)


def _deemed(group: str) -> str:
    """A verb giving its object a verdict, the object captured as `group`: 'found | the
    development | acceptable'; the verdict follows it."""
    return (
        rf"{any_of(DEEMING_VERBS)}\s+(?P<{group}>{_OBJECT_DETERMINER}(?:[\w’'-]+\s+){{0,4}}?"
        rf"[\w’'-]+)\s+(?:to\s+be\s+)?"
    )


#: 'I don't think we could substantiate a refusal', 'cannot see any grounds on which we could
#: refuse it': grounds for a refusal, which oppose; negated, they back what would be refused.
_REFUSAL_GROUNDS = rf"""
    (?:{any_of(forms_of(JUSTIFYING_VERBS))}
      | see\s+(?:any\s+|no\s+)?(?:grounds?|reasons?)\s+(?:to|for|on\s+which\s+(?:\w+\s+){{1,2}}?))
    \s*(?:a\s+|the\s+|any\s+)?(?:refus|reject|object)\w*
"""
#: A negation: 'not', 'never', 'cannot', "don't".
NEGATION = rf"\b(?:{alternation(NEGATIONS)})\b|n[’']t\b"
#: A negation before grounds for a refusal, in its clause: 'I don't think we could'.
_NEGATED_GROUNDS = re.compile(rf"(?:{NEGATION}|\bno\b)[^.;:!?]{{0,40}}$")
#: Doubt about what a thing will do, before a verdict on it: 'it was not clear the bid would'.
_DOUBTED = re.compile(rf"\b{any_of(DOUBTS)}\b[^.;:!?]{{0,160}}$", re.I)
#: Words that end the thing blamed: 'the appalling delays | that continue'.
_NOT_NOUN = any_of(
    [*PREPOSITIONS, *MODALS, *AUXILIARIES, *RELATIVE_PRONOUNS, *COPULAS, "and", "or", "has", "have"]
)
#: Blame in an adjective before the thing blamed, and that thing: 'appalling delays'.
_BLAMED = (
    rf"{any_of(ATTRIBUTIVE_BLAME)}\s+[a-z][\w’'-]*(?:\s+(?!{_NOT_NOUN}\b)[a-z][\w’'-]*){{0,2}}"
)
#: What must come before such blame: a determiner ('the appalling delays', 'these savage cuts').
_BLAME_DETERMINER = re.compile(r"\b(?:the|this|these|those|their|its|such)\s+$", re.I)
#: A view a crowd does not share, and the crowd: 'His views were not shared by most of the 70
#: people in attendance' (the crowd takes the other side of his stance).
_NOT_SHARED = re.compile(
    rf"""\b(?P<owner>his|her|their|its)\s+{any_of(HELD_VIEWS)}\s+(?:was|were|is|are)\s+not\s+
    shared\s+by\s+(?:{any_of([*ACTOR_QUANTIFIERS, *PARTITIVES])}\s+(?:of\s+)?)?
    (?:the\s+)?(?:[\d,]+\s+)?                      # 'most of the 70 | people in attendance'
    (?P<crowd>[a-z][\w’'-]*(?:\s+(?:in|at|of)\s+(?:the\s+)?[a-z][\w’'-]*)?)""",
    re.I | re.VERBOSE,
)
#: What every match of `_NOT_SHARED` holds, searched once in the article (`Document.holds`); no
#: `\b` first, which would make the regex engine try the pattern at every character.
_SHARED = re.compile(r"not\s+shared\s+by\b", re.I)
_FLIPPED: dict[Stance, Stance] = {"support": "oppose", "oppose": "support"}
#: 'the move is (meant) to protect', 'the rules aim to protect': a purpose stated for a measure.
_PURPOSE = (
    rf"(?:{any_of(COPULAS)}\s+(?:{any_of(PURPOSE_PARTICIPLES)}\s+)?|aim(?:s|ed)?\s+)"
    rf"to\s+{any_of(PURPOSE_VERBS)}\b"
)
#: 'goes far enough' (negated: 'did not go far enough'): a verdict on a measure's reach.
_FAR_ENOUGH = r"go(?:es)?\s+(?:quite\s+)?far\s+enough\b"
#: 'there was no need to remove him', 'saw no need for the strike', "There's no reason for
#: Nestlé to close": a verdict against what is not needed, named after it (not 'no need to
#: panic': a feeling calmed; nor 'no reason to believe': a reason is one for, only).
_NEEDLESS = (
    rf"\s+no\s+(?:need|{any_of(NEEDLESS_GROUNDS)}(?=\s+for\b))\s+(?P<needless>for|to)\b"
    rf"(?!\s+(?:any\s+)?{any_of(NEEDLESS_FEELINGS)}\b)"
)
_THERE_IS = rf"there(?:\s+(?:{_VERDICT}be|{any_of(COPULAS)})|[’']s)"
#: 'stressed the (urgent) need for reform', 'there was need to act': a need pressed or stated
#: backs the thing needed, named after it as with `_NEEDLESS`.
_NEED_PRESSED = (
    rf"\s+(?:(?:an?|the|their|its|his|her|our)\s+)?(?:{any_of(NEED_WEIGHTS)}\s+)?"
    rf"need\s+(?P<needful>for|to)\b"
)
_SHORT = rf"{any_of(forms_of(SHORTFALL_VERBS))}\s+(?:far\s+|well\s+)?short(?:\s+of)?\b"
#: A share of a group or a vote ('51 per cent of', '97% against'); as the share of a vote
#: between its verb and its side ('voted 97 per cent against'), a margin.
_SHARE = r"[\d.,]+\s*(?:%|per\s*cent)\s+"
#: An amount asked for, money or a share: '20 percent more pay', '$15 an hour'.
_AMOUNT = rf"(?:{any_of(AMOUNT_SIGNS)}|{any_of(AMOUNT_ABBREVIATIONS)}\.?\s*)?\d"
_MARGIN = rf"(?:{_SHARE})?"
#: A number in words, compounds too ('Eighty-one').
_NUMBER_WORD = rf"{any_of(NUMBER_WORDS)}(?:-(?:one|{any_of(NUMBER_WORDS)}))?"
#: A count of votes in figures or words: '30', 'eight', 'twenty-two'.
_TALLY_COUNT = rf"(?:\d[\d,]*|{_NUMBER_WORD}|one)"
#: The count of a vote between its verb and its side: 'voted 52-48 to confirm', '326 to 290'.
_TALLY = rf"(?:(?:by\s+)?{_TALLY_COUNT}\s*(?:-|to)\s*{_TALLY_COUNT}\s+)?"


def _body_named(nouns: tuple[str, ...]) -> str:
    """A pattern for a body's name on one line that ends in one of `nouns` (capitalised), with
    an 'of X' after it: 'Blackburn with Darwen Council', 'Competition Commission of India'."""
    return (
        rf"(?<![\w’'-])(?!(?:The|A|An)\s)(?:[A-Z][\w’'-]*[ ](?:(?:of|with|and|for)[ ])?){{0,5}}"
        rf"{any_of(noun.capitalize() for noun in nouns)}\b"
        rf"(?:[ ](?:of|for)[ ](?:the[ ])?[A-Z][\w-]*(?:[ ][A-Z][\w-]*)*)?"
    )


def _last_named(pattern: re.Pattern[str], doc: Document, start: int, end: int) -> str | None:
    """The last name `pattern` finds in `doc.text[start:end]`: the body named last before."""
    return next(reversed([found.group() for found in pattern.finditer(doc.text, start, end)]), None)


#: A body that votes, by its name: 'Blackburn with Darwen Council', 'Legislative Assembly'.
_VOTING_BODY = _body_named(VOTING_BODIES)
#: A vote taken, up to the 'to' of what it decided: 'voted unanimously to', 'voted 52-48 to'
#: (not the noun: 'a vote to end').
_VOTED = rf"(?<!a\s)(?<!the\s)vot(?:e|es|ed|ing)\s+{_MARGIN}{_TALLY}(?:[a-z]+ly\s+)?"
#: The walkout a vote is for, at the end of its cue ('voted to strike': 'strike').
_VOTED_WALKOUT = re.compile(
    rf"vot\w*\b.*\b(?:to|for)\s+"
    rf"(?P<action>{alternation(w.split(maxsplit=1)[1] for w in VOTED_WALKOUTS)})$"
)
#: 'is a (long-time) critic of': one actor named by its stance; the words before the noun.
_HOLDER = r"(?:an?\s+)?(?:[a-z-]+\s+){0,2}?"
_BEING_A = rf"{any_of(BEING_VERBS)}\s+{_HOLDER}"
_HELD = rf"{_HOLDER}{any_of([w for nouns in STANCE_HOLDERS.values() for w in nouns])}\s+of\b"
#: What receives a stance and the words before its noun: 'won', 'has drawn fierce', 'despite 300'.
_RECEIVED = (
    rf"(?:{any_of(RECEIVING_VERBS)}\s+(?:[a-z]+\s+){{0,2}}?"
    rf"|{any_of(RECEIVING_LEADS)}\s+(?:[\w-]+\s+){{0,2}}?)"  # 'despite 300 objections from'
)
#: A stand taken, up to its side: 'has taken a (firm) stand | against', 'took a stance | for'.
_TAKING_A_STAND = r"(?:take|takes|took|taken|taking)\s+an?\s+(?:[a-z]+\s+)?(?:stand|stance)\s+"
#: A call as a noun: 'repeated its call for', 'their renewed demand for'.
_CALL_NOUN = rf"(?<=\s)(?:its|their|his|her|a)\s+(?:[a-z]+\s+)?{any_of(CALL_NOUNS)}\s+for"
#: Not a demand to be told: 'sought an explanation', 'demanded the details'; nor an amount
#: compared: 'a labourer who seeks more than that'.
_NOT_ANSWERS = rf"(?!\s+(?:[\w’'-]+\s+){{0,2}}?{any_of(INFORMATION_ASKED)}\b|\s+more\s+than\b)"
#: Any act refused with an object after it, but one a neutral refusal names ('refused to
#: comment'), 'be' ('declined to be named') and a grant of permission, a backing cue of its own
#: that the refusal turns ('refused to grant permission for the extension': against the
#: extension); a grant of anything else is the thing refused ('refused to grant the increase').
_REFUSED_ACT = (
    rf"(?!(?:{any_of(NEUTRAL_ACTS)}|be)\b"
    rf"|{any_of(PERMITTING_VERBS)}\s+(?:[\w’'-]+\s+){{0,3}}?{any_of(PERMISSIONS)}\b)"
    rf"(?:{any_of(REFUSED_PARTAKING)}|[a-z]+)"
    rf"(?=\s+{any_of(REFUSED_OBJECT_DETERMINERS)}\s)"
)
#: A plea in court: 'pleaded (not) guilty to'.
_PLEADED = rf"{any_of(forms_of(PLEADING_VERBS))}\s+"
#: A retreat refused with the ground named: 'refuses to back down on reforms', 'would not back
#: down from its demands' (backs what it holds).
_HELD_GROUND = rf"back\s+down\s+{any_of(HELD_GROUND_LINKS)}\b"
_HOLDING_GROUND = rf"(?:(?:refus|declin)\w*\s+to|not|never)\s+{_HELD_GROUND}"
#: An appeal left unanswered, turned down: 'refused to respond to | their request'.
_UNANSWERED = (
    rf"{any_of(NEUTRAL_REFUSALS)}\w*\s+to\s+respond"
    rf"(?=\s+to\s+(?:[\w’'-]+\s+){{0,2}}?{any_of(REQUEST_NOUNS)}\b)"
)
_NEUTRAL = rf"""
    (?!{_UNANSWERED}){any_of(NEUTRAL_REFUSALS)}\w*\s+to\s+{any_of(NEUTRAL_ACTS)}\b  # 'refused
        # to comment'
  | {any_of(forms_of(ABSTAINING_VERBS))}(?:\s+{any_of(REFLEXIVES)}(?:\s+from)?)?\b  # 'will
        # abstain', 'recused himself from'
  | {any_of(NOT_COMMENTED)}\b                               # 'has not commented on'
  | either\s+(?:for|in\s+support(?:\s+of)?|in\s+favou?r(?:\s+of)?)\s+or\s+against\b
        # 'would not be voting either in support or against the motion': no side taken
"""
#: 'could be hiked depending on the situation': a change that may be made on a condition (a
#: verdict on the thing changed, held by whoever says so).
_CHANGED = (
    rf"{any_of({*CONDITIONAL_MODALS, *POSSIBILITY_MODALS})}\s+be\s+{any_of(CHANGED_PARTICIPLES)}\b"
)
_CHANGED_ON = rf"{_CHANGED}(?=[^.;]{{0,60}}\b{any_of(CONDITION_WORDS)}\b)"
_CONDITIONAL = rf"""
    {_CHANGED_ON}
  |
    cautious(?:ly)?\s+welcom\w*
  | {any_of(QUALIFYING_WORDS)}\s+{any_of(WITHDRAWN_STANCES)}\b  # 'gave conditional support to'
  | {any_of(PROVISIONAL_WORDS)}\s+(?:{any_of(forms_of(["suspend"]))}|suspension\s+of)
        (?=\s+{_DET}(?:[\w’'-]+\s+){{0,2}}?{any_of(SUSPENDED_ACTIONS)}\b)  # 'temporarily
        # suspended its indefinite strike action': halted for now, on terms
  | there\s+(?:has|had|have|would\s+have)\s+to\s+be\b(?=[^.;]{{0,100}}\bbefore\b)  # 'said
        # there had to be talks before the bill went ahead': a precondition
  | {any_of(CONDITIONAL_MODALS)}\s+{any_of(CONDITIONAL_VERBS)}\b
    (?=[^.]{{0,80}}\b{any_of(CONDITION_WORDS)}\b)            # a condition follows
  | {any_of(READY_WORDS)}\s+to\b(?=[^.;]{{0,80}}\b{any_of(CONDITION_WORDS)}\b)  # 'ready to
        # go on strike if necessary'
  | (?P<until>(?:{any_of(FIGHT_LEADS_STEMS)}\w*\s+not\s+to|{any_of(DECLINING_LEADS)})\s+
        (?:{any_of(WITHHELD_ACTS)}|be\s+{any_of(ing_forms(WITHHELD_ACTS))})\b
        (?=[^.;]{{0,80}}\buntil\b)  # 'vowed not to resume duties until their demands are
        # met', 'will not be resuming duty until': a commitment on a condition
      | {any_of(forms_of(CONTINUING_VERBS))}\b(?=\s+(?:with\s+)?(?:[\w’'-]+\s+){{0,2}}?
        {any_of(STRIKE_NOUNS)}\b[^.;]{{0,80}}?\b(?:until|unless)\b))  # 'will continue their
        # strike until wages are paid': going on with it on a condition
  | (?P<warned>{any_of(WARNING_FORMS)})\b(?!\s+of\b)  # 'warned farmers will shut down
    (?=[^.;]{{0,120}}\b{any_of(CONDITION_OPENERS)}\b)  # markets if ignored'
"""
_UNDECIDED = rf"""
    put\s+{_DET}(?:\w+\s+)?{any_of(BALLOTED_THINGS)}\s+to\s+(?:a\s+)?
        (?:ballot|vote|(?:its\s+|their\s+)?members)\b      # 'put the offer to members'
  | {any_of(BALLOT_STEMS)}\w*\s+(?:its\s+|their\s+)?members\b
        (?!\s+(?:to|for)\s+strike)                         # 'ballot members', not for a strike
  | {any_of(WEIGHING_STEMS)}\w*\s+{_DET}(?:\w+\s+)?{any_of(CONSIDERED_THINGS)}\b
        (?!\s+(?:as|to\s+be)\s)                   # not 'considering the judgment as unlawful'
  | {any_of(UNDECIDED_WORDS)}\b
  | yet\s+to\s+{any_of(YET_TO_ACTS)}\b                         # 'are yet to give direction'
  | {any_of(WHETHER_STEMS)}\w*\s+whether\s+to\s+[a-z]+\b        # 'deciding whether to appeal'
  | {any_of(forms_of(TALKING_VERBS))}\s+(?:with|to)\s+(?:[\w’'-]+\s+){{1,5}}?about\s+
        (?:whether\s+to\s+)?(?:appeal|challeng)\w*\b     # 'speaking with others about appealing'
  | {any_of(DIVIDED_WORDS)}\s+(?:over|on)\b                 # 'divided over the proposals'
  | no\s+(?:final\s+)?decisions?\s+(?:has|have|had)\s+(?:yet\s+)?been\s+{any_of(DECISIONS_MADE)}\b
  | not\s+(?:yet\s+)?{any_of(DECISIONS_MADE)}\s+(?:a|any|its|their)\s+(?:final\s+)?decision\b
        # 'have not reached a decision about the strikes': a choice still open
  | (?P<kept_open>(?:not|never)\s+(?:yet\s+)?rul(?:e|es|ed|ing)\s+out)\b  # 'is not ruling out
        # pay rises': a
        (?!\s+(?:[\w-]+\s+)?{any_of(STRIKE_NOUNS)}\b)  # choice kept open, its object after
        # it (a strike not ruled out is a threat, read with what it is over)
  | {any_of(DEFERRING_VERBS)}\b                          # 'held off announcing strikes'
  | await(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){{0,2}}?{any_of(AWAITED_DECISIONS)}\b  # 'are awaiting
        # approval from the Ministry to proceed with their secret ballot'
  | {any_of(DELAYING_STEMS)}\w*\s+(?:a|its|their|any|the)\s+(?:final\s+)?decision\b
"""
#: The subject of a mandative clause before its bare verb: 'that the government (withdraw)'
#: (no finite verb or 'not': 'that the plan will not end jobs' is a claim, not a call).
_BIDDEN = rf"(?:(?!{any_of(FINITE_VERBS)}\b|not\b)[\w’'.-]+\s+){{1,4}}?"
#: An undoing bidden, with the 'from' it leaves ('to withdraw from the Green Deal'), so that a
#: named thing after it is its object.
_UNDOING_BID = rf"{any_of(URGED_ENDINGS)}(?:\s+from)?\b"
#: 'school support staff', 'refuse collectors': a post named, not a stance (a verb's lead
#: before it makes the word a verb again: 'will support staff', 'to refuse workers'). The words
#: are tested first, so that most cue openings fail before the lookbehinds run.
_NOT_VERB_LEAD = "".join(rf"(?<!\b{w}\s)" for w in (*MODALS, *ALL_PRONOUNS, *POST_VERB_LEADS))
#: 'demanding' after a word that makes it an adjective ('a demanding job') is no cue.
_NOT_ADJECTIVE_LEAD = "".join(rf"(?<!\b{w}\s)" for w in DEMANDING_AS_ADJECTIVE)
#: Not the noun 'demands' after its owner ('their demands include', "the union's demands
#: for"): the verb has a subject before it ('COSATU demands urgent intervention').
_NOT_OWNED_LEAD = "".join(
    [*(rf"(?<!\b{w}\s)" for w in POSSESSIVES_FOR_CUES), r"(?<![’']\s)", r"(?<![’']s\s)"]
)
#: 'demands' as a verb: not owned, nor listing what the noun holds ('various demands including').
_DEMANDS_VERB = rf"{_NOT_OWNED_LEAD}demands(?!\s+{any_of(DEMANDS_LISTED)}\b)"
_POST = rf"(?={any_of(POST_MODIFIERS)}\s+{any_of(POST_NOUNS)}\b){_NOT_VERB_LEAD}(?<![a-z]ly\s)"
_OPPOSE = rf"""
    (?P<ruled>{any_of(RULING_PASTS)}\s+(?:to\s+be\s+)?[‘']?      # 'was ruled "not competent"
        (?:{_AGAINST}|{any_of(RULED_AGAINST)})[’']?)(?=\s+by\s)  # by provost Jean Jones'
  | {any_of([*forms_of(SAYING_NO)])}\s+[‘']?no[’']?(?=\s*[.,;]|\s+to\b)  # 'members said no'
  | (?!{_POST})(?:{alternation([*forms_of(OPPOSE_VERBS), *OPPOSE_EXTRA_FORMS])}
      |{any_of(OPPOSE_STEMS)}\w*)\b
  | {any_of(forms_of(SHIELDING_VERBS))}\s+(?:[\w’'-]+\s+){{1,4}}?from\b  # 'defend
        (?!\s+(?:the\s+)?(?:{_TIME_WORD}|{any_of(SHIELDED_TIMES)})\b)  # him from going to
        # prison': what is kept off
  | {any_of(DOUBTING_FORMS)}(?=\s+(?:the|their|its|his|her)\s)  # 'questioned the legitimacy
        # of the commission'
  | {any_of(forms_of(BRANDING_VERBS))}\b(?!\s+(?:[\w’'-]+\s+){{1,4}}?as\s)  # 'branded the plan a
        # disgrace'; 'branded the plan as ...' is the label's (`_LABELLED`)
  | {any_of(forms_of(CONTESTING_VERBS))}\b                     # 'contested the ruling', not
        (?!\s+(?:[\w’'-]+\s+){{0,3}}?{any_of(CONTESTED_RACES)}\b)  # 'to contest the (May
        # 2025) election'
  | {any_of(AIRING_STEMS)}\w*\s+(?:{any_of(FEELING_LEADS)}\s+){{0,2}}{any_of(OPPOSE_FEELINGS)}\b
        (?:\s+(?:with|at)(?=\s+{_OBJECT_DETERMINER}))?  # 'frustration with the delays': the link
        # the object finder does not pass over
  | (?:{any_of(NAMING_VERBS)}|{any_of(VIEWING_VERBS)})  # 'branded the plan illegal', 'Considering
        (?=\s+(?:(?:[\w’'-]+\s+){{1,4}}?(?:as\s+)?|as\s+)  # the judgment as unlawful', 'was
        [\"“‘']?(?P<named>{_AGAINST})\b)                    # described as unworkable by'
  | (?:{any_of(EFFORT_NOUNS)}|{any_of(STRIVING_FORMS)})\s+to\s+{any_of(URGED_ENDINGS)}\b  # 'a
        # battle to reverse', 'have been fighting to stop'
  | work(?:s|ed|ing)?\s+to\s+end(?=\s+(?:[\w’'-]+\s+){{0,2}}?{any_of(STRIKE_NOUNS)}\b)  # 'was
        # working to end the strike'
  | {any_of(forms_of(STRIKE_ENDERS))}(?=\s+{_STRIKE_NAMED})  # 'called off their strike'
  | {any_of(UNAFFORDABLE)}\s+afford(?:\s+to\s+[a-z]+)?\b  # 'cannot afford (to pay) increases'
  | {_UNANSWERED}                                          # 'refused to respond to their request'
  | join\w*\s+(?P<joined>(?:\w+\s+){{0,2}}?{any_of(JOINED_ACTIONS)})\b  # 'joined the strike'
  | {any_of(forms_of(STAGING_VERBS))}\s+(?:an?\s+)?(?:[\w-]+\s+)?  # 'staged a walkout'
        {any_of(JOINED_ACTIONS)}\b
        (?!\s+(?:[\w,’'-]+\s+){{0,3}}?{any_of(ACTION_PURPOSES)}\b)  # not one 'demanding a
        # pay rise': what it is for is backed (`_SUPPORT`)
  | {any_of(forms_of(PARTAKING_VERBS))}\s+(?:(?:a|{any_of(POSSESSIVES_FOR_CUES)})\s+)?
        (?:[\w-]+\s+)?{any_of(JOINED_ACTIONS)}(?=\s+against\b)   # 'took part in a
        # demonstration against', 'continue their strike against' (not 'held a strike ballot')
  | (?:refus|declin)(?:e|es|ed|ing)\s+(?:[\w’'-]+\s+){{0,2}}?{any_of(PERMISSIONS)}  # 'declined
        \s+(?:for|to)\b           # clearance for the merger': against what it would allow
  | (?:refus|declin)\w*\s+to\s+(?!{_HELD_GROUND})  # 'declined to stay the order', 'refused
        (?:{any_of(REFUSED_ACTS)}|{_REFUSED_ACT})\b  # to entertain a petition': against it
  | {any_of(FEARING_VERBS)}\s+(?:that\s+)?(?P<feared>{_OBJECT_DETERMINER}(?:[\w’'-]+\s+){{0,3}}?
        [\w’'-]+)\s+(?:will|would|could|may|might)\b          # 'fear the quarry will bring'
  | (?P<blamed>{_BLAMED})                     # 'look no further than the appalling delays'
  | (?P<refusal>{_REFUSAL_GROUNDS})                  # 'could substantiate a refusal'
  | {_deemed("deemed_against")}{_AGAINST}\b              # 'found the scheme unlawful'
  | {any_of(DEEMING_VERBS)}\s+(?:{_AGAINST}|{any_of(RULED_AGAINST)})\b,?  # 'declared
        (?=\s+{_OBJECT_DETERMINER})            # unconstitutional(,) the Speaker's decision'
  | (?!{_POST})refus(?:e|es|ed|ing)\b(?!\s+to\b)              # 'refused the application'
  | refusal\s+to\s+(?!{any_of(NEUTRAL_ACTS)}\b)[a-z]+\b     # 'their refusal to open the
        # hospital': a refusal is against what it refuses to do
  | {_TAKING_A_STAND}against\b                        # 'has taken a firm stand against'
  | (?<=\s)(?:stand|stance)\s+against\b     # "Coveney’s firm stance against": a stance as a noun
  | zero\s+tolerance\s+(?:for|of|towards?)\b            # 'has zero tolerance for bribery'
  | {any_of([*forms_of(AGAINST_VERBS), *participles_of(AGAINST_VERBS)])}  # 'marched on X against'
        \s+(?:[\w’'-]+(?:{APPOSED_DATE})?\s+){{0,4}}?against\b  # 'on Monday, March 3, against'
  | {_BEING}                                               # 'the union is against the plan'
  | {_PLEADED}not\s+guilty\b(?:\s+to\b)?      # 'pleaded not guilty to the charges'
  | {any_of(forms_of(SLOGAN_VERBS))}\s+(?:[a-z]+\s+)?slogans\s+against\b  # 'raising slogans
        # against the tax hike'
  | (?:{_THERE_IS}|{any_of(NEEDLESS_SEEING)}){_NEEDLESS}  # 'said there was no need for the
        # strike', 'we saw no need for it'
  | {any_of(BEING_VERBS)}\s+{_ADVERB}{_NOT_PLEASED}         # 'they were not satisfied with'
  | {_SHORT}                                               # 'the offer fell short of'
  | {any_of(forms_of(WARNING_VERBS))}\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?{any_of(WARNED_DANGERS)}
        \s+of\b                                 # 'warning of the (grave) dangers of a strike'
  | (?:{any_of(URGING_VERBS)}|{any_of(WANTING_FORMS)})  # '... to scrap', 'wants the
        \s+{_ADDRESSEE}{{0,5}}?to\s+{_UNDOING_BID}  # minister to reconsider'
  | {any_of(SEEKING_FORMS)}\s+to\s+{any_of(HARMING_VERBS)}\b  # 'sought to undermine it': a
        # harm sought opposes what it harms
  | {any_of(HOPING_FORMS)}\s+that\s+(?:[\w’'-]+\s+){{1,4}}?(?:would|will)\s+  # 'hoped that
        {any_of(URGED_ENDINGS)}\b(?=\s+{_OBJECT_DETERMINER})   # the group would end the strike'
  | {any_of(MANDATING_VERBS)}\s+that\s+{_BIDDEN}{_UNDOING_BID}  # 'demanding that the
        # government withdraw from the Green Deal': an undoing bidden opposes what it undoes
  | not\s+(?:the|a)\s+(?:{any_of(TIMELY_WORDS)}\s+)?(?:time|moment)\s+to\s+  # 'this is not
        (?!{any_of(URGED_ENDINGS)}\b)[a-z]+\b         # the right time to raise prices'
  | {any_of(URGING_VERBS)}\s+(?P<withdrawn>(?:[\w’'.-]+\s+){{1,4}}?)to\s+  # 'told the board of
        {any_of(WITHDRAWALS)}\b                                    # health to butt out'
  | (?<=\sto\s){any_of(FORCING_VERBS)}\s+(?P<forced>(?:[\w’'.-]+\s+){{1,4}}?)to\s+
        {any_of(FORCED_ACTS)}\b
        # 'went to court to force the company to pay'
  | vot\w*\s+{_MARGIN}(?:[a-z]+\s+){{0,2}}?{any_of(VOTES_AGAINST)}\b   # 'voted narrowly against'
  | {_VOTED}to\s+{any_of(URGED_ENDINGS)}\b                        # 'voted 40-2 to scrap'
  | turn(?:s|ed|ing)?\s+(?:it|them|this|that)\s+down\b           # 'voted to turn it down'
  | (?<!of\s)appeal(?:s|ed|ing)?(?=\s+{any_of(APPEAL_OBJECTS)}\b)  # 'will be appealing it'
        # (not 'the Court of Appeal the decision')
  | protest(?:s|ed|ing)?(?=\s+{_OBJECT_DETERMINER})        # 'walked out, protesting the'
  | appealed(?=\s+by\b)                                   # 'subsequently appealed by the DPP'
  | {any_of(DECLINING_LEADS)}\s+{any_of(DECLINED_APPEALS)}\b(?!\s+for\b)  # 'will not appeal
        # the decision' (not 'would not appeal for calm': a plea)
  | (?P<filed_by>{any_of([*FILING_PASTS, *FILED_NOUNS])})  # 'a plea filed by X
        (?=\s+by\s+[^.;:]{{1,80}}?\s+against\b)         # against', 'an appeal by X against'
  | {any_of([*DEMANDING_VERBS, *RESIGNATION_CALLS])}\s+(?P<departing>(?:[\w’'.-]+\s+){{1,5}}?)
        to\s+{any_of(DEPARTURES)}\b(?!\s+ahead\b)      # 'called for the minister to resign',
        # 'called on Health Minister Adel al-Adawy to resign'
  | {any_of(RESIGNATION_CALLS)}{_NOUN_CALLS}
        (?=\s+(?:[\w’'-]+\s+){{1,3}}?{any_of(DEMANDED_REDRESS)}\b)
        # the one to go or to say sorry: 'demanded his resignation', 'demanding an apology'
  | (?:{any_of(RESIGNATION_CALLS)}{_NOUN_CALLS}|{_CALL_NOUN})
        \s+(?P<undone>(?:[\w’'.-]+\s+){{1,4}}?)to\s+
        (?:{any_of(URGED_ENDINGS)}|be\s+{any_of(participles_of(URGED_ENDINGS))})\b  # 'calling
        # for the bypass to be scrapped', 'his call for the Government to change course'
  | {any_of(MANDATING_VERBS)}\s+(?:that\s+)?   # 'demanded the bill be repealed': no verb of
        (?P<mandated>(?:(?!{any_of(FINITE_VERBS)}\b)[\w’'.-]+\s+){{1,4}}?)be\s+  # its own
        {any_of(participles_of([*URGED_ENDINGS, *UNDOING_VERBS]))}\b
  | (?:{any_of(UNDOING_CALLS)}|{_CALL_NOUN})\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+)?
        {any_of(UNDOING_NOUNS)}\s+of\b  # 'its demand for (complete) scrapping of the NPS',
        # 'demand for a withdrawal of the hike': against the NPS, the hike
  | {any_of(RESIGNATION_CALLS)}\s+to\s+{any_of([*URGED_ENDINGS, *ANNULLING_VERBS])}\b  # 'are
        # demanding to revoke the tariff hike'
  | {_VERDICT}{any_of(HARMING_VERBS)}\b                      # 'said the plan would hurt'
  | {_HARMING_NOW}                               # 'the cuts are hurting children'
  | {_TO_UNDO}                                   # 'said the closure should be stopped'
  | balloted?\s+(?:\w+\s+){{0,2}}(?:to|for)\s+strike\b
  | (?!{_PLAIN_STRIKE})  # not 'will launch a strike' with no grievance: that backs the strike
    {any_of(STRIKE_LEADS)}\s+(?:{any_of(STRIKE_ACTIONS)}    # 'to take (indefinite) strike action'
        |{any_of(STRIKE_STARTS)}\s+(?:an?\s+)?(?:[a-z-]+\s+)?{any_of(STRIKE_NOUNS)})\b
        # 'threatened to go on an indefinite strike', 'decided to embark on a strike'
  | {any_of(forms_of(NOTICE_VERBS))}\s+(?:(?:a|its|their)\s+)?(?:[\w-]+\s+)?  # 'served notice of a
        (?:notice\s+of\s+(?:an?\s+)?(?:[\w-]+\s+)?{any_of(STRIKE_NOUNS)}   # strike', 'issued
          |{any_of(STRIKE_NOUNS)}\s+notices?)\b                         # strike notice'
  | {any_of(PREPARING_FOR)}\s+(?:an?\s+)?(?:[\w-]+\s+)?{any_of(STRIKE_NOUNS)}\b  # 'gearing up
        # for an indefinite strike'
  | (?<!it\s)(?:are|is|were|was)\s+striking\b(?!\s+that)    # 'nurses are striking today'
  | {_STRIKE_OPENED}(?=\s+(?:over|against)\b(?!{_OVER_CLAIMS}))  # 'declared a strike over pay'
  | (?<=\w\s)to\s+{any_of(BLOCKING_VERBS)}\b              # 'put up barricades to stop the rally'
        (?!\s+(?:[\w’'-]+\s+){{1,4}}?(?:from\s+)?(?:going|falling|slipping)\b)  # not 'to prevent
        # the session from going waste': keeping a thing going, no stance on anything
  | (?!{_PLAIN_STRIKE})  # not 'plan to begin a strike' with no grievance: that backs it
    plans?\s+(?:for|to)\s+(?:[\w’'-]+\s+){{0,5}}?{any_of(STRIKE_NOUNS)}\b
  | (?:{any_of(FIGHT_LEADS_EXACT)}|{any_of(FIGHT_LEADS_STEMS)}\w*\s+to)\s+
        {any_of([*FIGHT_VERBS, *UNDOING_VERBS])}\b            # 'vowed to scrap', 'will fight'
  | (?P<opposed_from>{_RECEIVED}{any_of(OPPOSITION_RECEIVED)}\s+from)\b  # 'drew criticism from'
  | (?P<angered>{any_of(ANGERING_VERBS)})\b                # 'the plan has angered residents'
  | (?P<opposers>{any_of(OPPOSING_GROUPS)})\s+of\b         # 'Critics of the bill say'
  | {_BEING_A}{any_of(STANCE_HOLDERS["oppose"])}\s+of\b               # 'is a fierce critic of'
  | (?:{any_of(forms_of(SUING_VERBS))}\s+(?:an?\s+)?(?:[\w-]+\s+){{0,3}}?{any_of(LEGAL_ACTIONS)}
        (?:\s+(?:at|in|before|with)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,4}}?[\w’'-]+)?  # 'filed a
        # fundamental rights case at the Supreme Court against', 'a lawsuit challenging'
    | {any_of(forms_of(THREATENING_VERBS))}\s+{any_of(STRIKE_NOUNS)})  # 'threatened strikes'
        (?=\s+(?:against|over|challenging)\b|(?<=challenge)\s+to\b)
  | {any_of(forms_of(DISTANCING_VERBS))}\s+{any_of(REFLEXIVES)}\s+from\b
  | {any_of([*forms_of(WITHDRAWING_VERBS), "withdrawn"])}\s+{_DET}   # 'withdrew its support for'
        {any_of(WITHDRAWN_STANCES)}\s+(?:for|from|of)\b
  | {_LEAVING}\b(?!\s+(?:[\w’'-]+\s+){{0,3}}?{any_of(CONTESTED_RACES)}\b)  # 'pulled out of
        # the tour' (not 'withdrew from the race')
  | in\s+protest\s+{any_of(PROTEST_LINKS)}\b                # 'walked out in protest at'
  | {_MERITLESS}\b                                   # 'said the application lacks merit'
  | (?:{_COPULA}|{_MODAL_COPULA}){_ADVERB}{_AGAINST}\b  # 'the plans are (grossly) unfair',
        # "it's wrong", 'would be irresponsible'
        (?!\s+(?:in|by)\s+[a-z]+ing\b)          # (not 'was wrong in rejecting': a fault found)
  | \bit\s+(?:{_VERDICT}be|{any_of(COPULAS)})\s+{_ADVERB}[\"“‘']?{_AGAINST}[\"”’']?\s+to\b
        (?!\s+{_OBJECT_DETERMINER})                       # 'it would be wrong to close'
  | (?<!it\s)(?<!there\s){any_of(COPULAS)}\s+{_ADVERB}not\s+{_ADVERB}[\"“‘']?
        (?:{any_of(JUDGING_VERBS)}\s+(?:as\s+)?)?{any_of(JUDGEMENTS_FOR)}\b  # 'were not deemed
        (?!\s+for\s+(?:[\w’'-]+\s+){{1,4}}?to\s)  # acceptable', 'is just not good enough' (not
        # 'there is not enough time', 'not good enough for the match to go ahead': a degree)
"""
#: Not right after a verb that puts the act off: 'held off | announcing further strike dates'.
#: (Verbose patterns drop the space inside 'held off', so the words join on `\s`.)
_NOT_DEFERRED = "".join("(?<!\\b" + r"\s".join(verb.split()) + r"\s)" for verb in DEFERRING_VERBS)
#: Right after an act named as a noun: "the Speaker's decision | to declare".
_AFTER_PLANNED = "|".join(rf"(?<=\s{noun}\s)" for noun in PLANNED_ACTS)
#: Verbs that are stance cues of their own after 'to' ('decision to scrap', 'plan to back'):
#: those read the owner's stance themselves.
_CUED_ACTS = any_of(
    [
        *OPPOSE_VERBS,
        *SUPPORT_VERBS,
        *URGED_ENDINGS,
        *UNDOING_VERBS,
        *BLOCKING_VERBS,
        *FIGHT_VERBS,
        *REFUSING_DECISIONS,
    ]
)
#: What follows such a 'to' that is no act of the owner's: a cue's own verb, a negation, or
#: the object of 'to' as a preposition ('its proposals to the government').
_NOT_PLANNED_ACT = (
    rf"(?:{_CUED_ACTS}|{any_of(OBJECT_DETERMINERS)}|{any_of(ALL_PRONOUNS)}|not)\b"
    rf"|{any_of(OPPOSE_STEMS)}"
)
#: Not right after a passive's auxiliary: 'was | agreed on in February' is no one's stance.
_NOT_PASSIVE = "".join(rf"(?<!\b{w}\s)" for w in PASSIVE_AUXILIARIES)
_SUPPORTING = [*forms_of(SUPPORT_VERBS), *forms_of(SUPPORT_ACCEPT), *SUPPORT_PHRASES, *BACK_FORMS]
#: 'back' as a verb before its object ('back the deal'), not a particle ('pay back the loans').
_BACK_VERB = "".join(rf"(?<!\b{w}\s)" for w in sorted(BACK_PARTICLE_VERBS)) + (
    rf"back(?:ing)?(?=\s{any_of(BACK_OBJECTS)}\b)"
)
_SUPPORT = rf"""
    (?!{_POST})(?:{alternation(_SUPPORTING)}|{_BACK_VERB})\b
        (?!\s+{any_of(REFLEXIVES)}\b)  # not 'defended himself': no thing backed
  | {any_of(URGING_VERBS)}\s+{_ADDRESSEE}{{0,5}}?to\s+{any_of(URGED_ACTS)}\b
  | {any_of(forms_of(IMPOSING_VERBS))}\b(?!\s+(?:(?:up)?on|by|{any_of(MODALS)})\b)  # 'imposed
        # a wage freeze', not 'the fine imposed on the firm (by the terms of the deal)' nor 'the
        # prices imposed may cause hunger': a measure named before its verb is no one's stance
        (?!\s+(?:an?\s+)?(?:[a-z]+\s+)?{any_of(IMPOSED_SETBACKS)}\b)  # nor 'imposing a defeat'
  | {any_of(STRIVING_FORMS)}\s+to\s+{any_of(KEEPING_VERBS)}(?=\s+{_OBJECT_DETERMINER})  # 'fighting
        # to save the plant', not 'fought to keep warm'
  | (?:{any_of(URGING_VERBS)}|(?P<hoped>{any_of(HOPING_FORMS)})(?:\s+that)?)
        \s+(?P<addressee>{_ADDRESSEE}{{1,5}}?)(?(hoped)would|(?:not\s+)?to)\s+
        (?!{any_of([*URGED_ENDINGS, *OPPOSE_VERBS])}\b|not\b)(?P<act>[a-z]+)\b  # 'urged the
        # government to work with', 'asked the court to pass', 'hoped the government would
        # implement the model': a call or hope for an authority's act backs the act (one to
        # dismiss or reject is the act's own cue)
  | vot\w*\s+{_MARGIN}(?:(?!either\s)[a-z]+\s+){{0,2}}?   # 'voted 93.6% in favour'
        (?:to\s+(?:approve|accept|back|pass)|for|in\s+favou?r)\b
  | vot(?:e|es|ed|ing)\s+with\b(?!\s+(?:a|an|his|her|their|its|our|my|your|\d\S*)\s)  # 'I am
        (?!\s+the\s+[\w-]+\s+of\b)    # voting with the opposition', 'voted with Labour' (not
        (?![^.;,]{{0,40}}\sto\s+[a-z])  # 'with a show of hands', 'with their feet', 'with the
        # help of', nor 'vote with the opposition to block the bill': the act is the stance
  | {_VOTED}to                                             # 'voted (326 to 290) to
        (?=\s+(?!(?:[a-z]+\s+){{0,3}}?{any_of([*STRIKE_ACTIONS, *STRIKE_NOUNS])}\b)
          (?!{any_of(AGAINST_VERBS)}\b)[a-z])       # raise fees', not to strike or to protest;
        # a cue after it ('voted to refuse') is the stance
  | {any_of(forms_of(PASSING_VERBS))}                        # 'MPs passed the bill'
        (?=\s+(?:{_OBJECT_DETERMINER})?(?:[\w’'-]+\s+){{0,3}}?{any_of(LEGISLATION)}\b
          | \s+by\s)                                             # 'was passed by the Senate'
  | (?<!before\s)(?<!after\s)(?<!without\s)     # not a rule's 'notice before launching a strike'
    {_NOT_DEFERRED}                             # nor 'held off announcing further strikes'
    (?:(?={_PLAIN_STRIKE}){any_of(STRIKE_PLAIN_LEADS)}\s+{any_of(STRIKE_COMING)}  # 'will launch
        |{any_of(forms_of(STRIKE_OPENERS))})        # a strike' (on no condition), 'declared
    \s+(?P<struck>{_STRIKE_NAMED})                  # a strike',
        (?!{_GRIEVED}|\s+off\b)  # not one over pay (one over demands for the allowance backs
        # them), nor 'called the strike off'
  | {any_of(forms_of(NOTICE_VERBS))}\s+(?P<noticed>(?:(?:a|its|their)\s+)?(?:[\w-]+\s+){{0,2}}?
        {any_of(STRIKE_NOUNS)})\s+notices?\b(?![^.;]*?\b(?:to|on)\s)(?!{_GRIEVED})  # 'has
        # issued a 7-day nationwide strike notice' (not one over pay or to the county): the strike
  | {_VERDICT}{any_of(HELPING_VERBS)}\b                      # 'said the bill would help'
  | (?:{any_of(forms_of(NEED_STRESSING))}|{_THERE_IS}){_NEED_PRESSED}  # 'stressed the need for
        # reform', 'said there was need for two officers'
  | {_HOLDING_GROUND}                                  # 'refuses to back down on reforms'
  | {_PLEADED}guilty\s+to\b                    # 'pleaded guilty to the charge'
  | {_LET_HAPPEN}                                      # 'said the project should go ahead'
  | {_DESERVING}                                 # 'the staff deserve credit for their work'
  | (?P<remedy>{_REMEDIED})                      # 'can be rectified by the government moving'
  | {_MADE_NEEDED}                                # 'made the proposed pay raise essential'
  | {_FAR_ENOUGH}                                  # 'said the amendment did not go far enough'
  | {_PURPOSE}                                 # 'said the move is to protect patrons from'
  | {any_of(GOAL_NOUNS)}\s+(?:is|was|remains)\s+to\s+         # 'our primary goal is to reach
        (?!{any_of(URGED_ENDINGS)}\b)[a-z]+\b                 # an agreement'
  | (?P<advice>{any_of(ADVICE_NOUNS)})\s+of              # 'the recommendation of the planning
        (?=\s+(?:[\w’'-]+\s+){{1,4}}?to\s+(?P<advised>       # officers to grant permission'
            (?!{any_of(URGED_ENDINGS)}\b)[a-z]+(?:\s+[\w’'-]+){{0,3}}))
  | {_COPULA}{any_of(JUDGEMENTS_SUPPORTING)}\b        # 'said the cuts were necessary', "it's fair"
  | {_deemed("deemed_for")}{any_of([*JUDGEMENTS_SUPPORTING, *JUDGEMENTS_ALLOWING])}\b  # 'found
        # the development acceptable'
  | {any_of(COPULAS)}\s+{_ADVERB}welcome\b(?!\s+to\b)  # 'is very welcome', not 'are welcome to'
  | {any_of(SEEKING_FORMS)}(?=\s+to\s+(?!{any_of([*URGED_ENDINGS, *INFORMATION_VERBS])}\b))
        (?!\s+to\s+{any_of(HARMING_VERBS)}\b)  # 'is seeking to buy', not 'sought to clarify
        # the situation' (an answer sought) or 'sought to undermine it' (a harm, `_OPPOSE`)
  | {any_of(ADVOCATING_STEMS)}\w*\s+for\b{_NOT_ANSWERS}   # 'pressed for a meeting', not 'asked
        # for comment': information sought
  | {any_of(forms_of(PRESSING_ON))}\b        # 'will press ahead with', 'continue to work towards'
        (?!\s+(?:[\w’'-]+\s+){{0,5}}?{any_of(STRIKE_NOUNS)}\b)  # not strikes (strike cues)
  | (?P<call>call(?:s|ed|ing)\s+for{_NOUN_CALLS}    # 'called for the bypass', not for strikes
      | {_CALL_NOUN}                                 # 'renewed its call for an inquiry'
    )\b(?!\s+(?:\w+\s+){{0,2}}{any_of(STRIKE_NOUNS)}\b)
  | {any_of(DEMANDING_STEMS)}(?:s|ed|ing)?(?=\s+{any_of(DEMANDED_OPENERS)}\s)  # 'want a rise'
        {_NOT_ANSWERS}
  | (?:demand(?:s|ed|ing)?|{any_of(SEEKING_FORMS)})             # 'seeking a revision',
        (?=\s+(?:{any_of([*DEMANDED_OPENERS, *DEMANDED_ONLY])}\s  # 'demanded the reinstatement'
        |{_AMOUNT}))                                         # 'demanded 20 percent more pay'
        {_NOT_ANSWERS}
  | (?:{_NOT_ADJECTIVE_LEAD}demand(?:ed|ing)|(?<=\sto\s)demand|{_DEMANDS_VERB})  # 'demands
        # urgent intervention', 'demanded immediate payment of', 'is demanding responsible
        # spending', 'protests to demand salary equality', 'demanding their back pay': a
        (?=\s+(?:{any_of(POSSESSIVE_DETERMINERS)}\s+)?(?!{any_of(STOPWORDS)}\b)
        (?:[a-z\d][\w%-]*\s+){{0,2}}?
        (?:{any_of(TARGET_NOUNS)}|[a-z]+{any_of(DEMANDED_ACT_ENDINGS)})\b)  # bare object, not
        {_NOT_ANSWERS}                                 # 'demanded to know'
  | demand(?:ed|ing)(?=\s+to\s+(?:be\s+)?(?P<bid>       # 'demanded to increase salaries',
        (?!{any_of([*INFORMATION_VERBS, *ANSWER_DEMANDS])}\b)[a-z]+))  # 'demanded to be
        # transferred to the federal payroll': the act demanded (not 'demanded to know')
  | {any_of(WANTING_FORMS)}(?=\s+to\s+{any_of(URGED_ACTS)}\b)   # 'wanted to maintain'
  | {any_of(WANTING_FORMS)}(?=\s+(?:the|its|their)\s+(?:[\w’'.-]+\s+){{1,8}}?  # 'want the
        (?:to\s+be\s+[a-z]+ed\b                 # 1.50 dollars increased to 10', 'want the wage
          |[a-z]+ed\s+{any_of(WANTED_DONE_LINKS)}\b  # to be increased', 'want their salaries
          |{any_of(participles_of(WANTED_CHANGES))}\s*[.;]))  # reviewed.': a change wanted
  | (?<!the\s)(?<!its\s)(?<!their\s)(?<!no\s)(?<![’']s\s)  # 'plans to open a school',
        (?:{any_of([*WANTING_FORMS, *DECIDING_FORMS])}|{any_of(INTENDING_STEMS)}\w*)  # 'decided
        # to close it', not a noun's: 'the plans to', 'the company's plans to'
        (?=\s+to\s+{_ADVERB}(?P<intended>{any_of(INTENDED_CHANGES)})\b  # 'decided to
          (?!\s+{any_of(NO_CHANGE_OBJECTS)}\b))                       # temporarily suspend'
  | (?<!the\s)(?<!its\s)(?<!their\s)(?<!been\s){any_of(PROMISING_PASTS)}  # 'promised an
        (?=\s+(?:an?\s|{_AMOUNT}|[a-z]{{2,3}}\d))     # upward review', 'promised shs1 billion'
  | (?<!the\s)(?<!its\s)(?<!their\s)(?<![’']s\s){any_of(DECIDING_FORMS)}  # 'decided to grant
        (?=\s+to\s+{_ADVERB}(?!{_NOT_PLANNED_ACT}|be\b)(?P<decided>[a-z]+)\b  # the club the
          (?!\s+{any_of(NO_CHANGE_OBJECTS)}\b))  # possibility to pay': any act chosen is
        # backed (a cue's own verb reads itself; not 'opted to open talks')
  | (?<!the\s)(?<!been\s){any_of(CLAUSE_REQUESTS)}(?=\s+that\s)  # 'requested that the court
        # force the doctors to suspend the strike': the act requested
  | (?<!\bto\s)(?<!\bthe\s)(?<!\ba\s){any_of(RAISING_PASTS)}  # 'had raised domestic fuel,
        (?=\s+(?:(?!{any_of(PREPOSITIONS)}\b)[\w,’'-]+\s+){{0,5}}?{any_of(RAISED_CHARGES)}\b)
        # water and electricity prices', 'have set the farm gate price' (not 'to set the fees':
        # the verb governing the infinitive is the cue; nor 'a set fee')
  | (?<!the\s)(?<!its\s)(?<!an\s)(?<!been\s){any_of(OFFERING_FORMS)}  # 'had offered teachers
        (?:\s+(?!an?\s|the\s|{any_of(PREPOSITIONS)}\s)[a-z’'-]+){{0,2}}?  # a 4% pay raise':
        (?=\s+(?:an?\s+|(?=\d))(?:[^.;,]|[.,](?=\d)){{0,30}}?\b{any_of(OFFERED_RISES)}\b)
        # the rise offered, 'a 16.7% increase', '4 percent salary increment' (not 'an offer of
        # a rise', nor 'having been offered' one)
  | (?<!the\s)(?<!its\s)(?<!an\s){any_of(OFFERING_FORMS)}   # 'offered $4.3 billion to take
        (?=\s+(?:[\w$€£.,’'-]+\s+){{0,5}}?to\s+(?P<offered>{any_of(INTENDED_CHANGES)})\b)  # over'
  | (?<!have\s)(?:{any_of(participles_of(ALLOWING_VERBS))}
      |(?:(?<=\bto\s)|(?<=not\s)){any_of(ALLOWING_VERBS)})
        (?=\s+(?P<allowed>(?!to\s)(?:[\w’'.-]+\s+){{1,5}}?to\s+[a-z]))  # 'allowed airlines to
        # raise fares', 'decided to allow', 'will not allow' (not 'should have allowed', 'will
        # allow schools to': what a thing makes possible)
  | {any_of(PROPOSING_VERBS)}(?=\s+{_OBJECT_DETERMINER}(?:[\w’'-]+\s+){{0,3}}?{any_of(PROPOSALS)}\b)
  | (?<!the\s)(?<!\ba\s)(?<!\bto\s){any_of(forms_of(CLOSING_VERBS))}  # 'is shutting down its
        (?=\s+(?:its|their)\s+(?:[\w’'-]+\s+){{0,3}}?{any_of(CLOSED_SITES)}\b)  # facility'; not
        # 'threatened to close their shops': the verb governing the infinitive is the cue
        (?!\s+(?:[\w’'-]+\s+){{1,8}}?{any_of(PROTEST_CLOSING_LINKS)}\b)  # nor a closing in protest
  | {any_of(forms_of(SUGGESTING_VERBS))}(?=\s+an?\s)          # 'Some suggested a voluntary ban'
  | {any_of(ANNOUNCING_VERBS)}(?=\s+{_WHEN_AFTER}an?\s+(?:[\w%.,-]+\s+){{0,3}}?
        {any_of(ANNOUNCED_MEASURES)}\b)  # 'announced a zero tariff increase', 'announced a
        # three-year reform package', 'announced this Tuesday an increase'
  | {any_of(AGREEING_FORMS)}(?=\s+{_OBJECT_DETERMINER}(?!{_TIME_WORD}\b)\S)  # 'agreed a package'
  | {_NOT_PASSIVE}{any_of(AGREEING_FORMS)}\s+(?:up)?on(?=\s+(?:{_OBJECT_DETERMINER})?
        (?!{_TIME_WORD}\b|{any_of(STOPWORDS)}\b|{any_of(QUESTION_WORDS)}\b)[a-z])  # 'agreed on
        # payment terms', not 'agreed on Monday' (a time), 'agreed on how to' (a question), nor
        # 'was agreed on' (a passive)
  | (?<!to\s)(?<!not\s)(?<!never\s){any_of(forms_of(CONCLUDING_VERBS))}  # 'reached an
        (?=\s+(?:an?|the)\s+(?:[\w’'-]+\s+){{0,2}}?{any_of(ACCORDS)}\b)  # agreement', 'signed
        # the deal' (not 'failed to reach an agreement', 'did not sign the deal')
  | (?<!to\s)(?<!not\s)(?<!never\s){any_of(forms_of(ENACTING_VERBS))}  # 'signed an order
        (?=\s+(?:an?|the)\s+(?:[\w’'-]+\s+){{0,2}}?(?i:{any_of(SIGNED_DOCUMENTS)})\b)  # extending
        # the term', 'signed the corresponding Resolution' (not 'refused to sign the decree')
  | {_TAKING_A_STAND}(?:for|in\s+favou?r\s+of)\b       # 'has taken a strong stand for'
  | {any_of(RESTATING_VERBS)}\s+(?:[\w’'-]+\s+){{0,2}}?commitment\s+to\b  # 'reaffirmed the
        # government's commitment to the wage increase'
  | thr(?:ow|ows|ew|own|owing)\s+(?:his|her|their|its|our)\s+(?:full\s+)?
        (?:weight|support)\s+behind\b
  | {any_of(forms_of(ENACTING_VERBS))}                        # 'signed the bill into law'
        (?=\s+(?:[\w’'-]+\s+){{1,4}}?into\s+law\b)
  | (?P<supported_from>{_RECEIVED}{any_of(SUPPORT_RECEIVED)}\s+(?:from|of))\b  # 'won support from'
  | (?P<called_from>{any_of(URGING_NOUNS)}\s+from)     # 'calls from the Opposition for the Bill
        (?=\s+[^.;:]{{1,80}}?\s+(?:for|to)\s)          # not to be rushed': its makers back it
  | (?P<supporters>{any_of(SUPPORTING_GROUPS)})\s+of\b     # 'Supporters of the scheme'
  | {any_of(BEING_VERBS)}\s+{_ADVERB}{_PLEASED}              # 'We are delighted with'
  | (?P<favour>{_IN_FAVOUR_STATE})                      # 'most residents are in favour'
  | {_BEING_A}{any_of(STANCE_HOLDERS["support"])}\s+of\b              # 'has been a supporter of'
  | {any_of(PERMITTING_VERBS)}\s+(?:[\w’'-]+\s+){{0,3}}?{any_of(PERMISSIONS)}\b  # 'granted consent'
  | (?:(?<=was\s)|(?<=were\s)|(?<=been\s))granted(?=\s+by\s)  # 'was granted by Justice X'
  | (?<=\sbe\s)granted\b         # 'recommended that permission be granted': read with the advice
  | {any_of(INTEREST_STEMS)}\w*\s+(?:an?\s+)?(?!{any_of(SCANT_WORDS)}\s)(?:[a-z]+\s+)?
        interest\s+in\b           # 'expressed (keen) interest in taking over the library'
                                    # (not 'showed little interest in')
  | {any_of(AUTHORISING_STEMS)}\w*(?=\s+(?:an?\s+)?(?:[\w-]+\s+)?{any_of(STRIKE_NOUNS)}\b)
        # 'voted to authorise a strike': backing the strike, not 'authorised officers to act'
  | (?P<planned>(?:{_AFTER_PLANNED})to)(?=\s+(?!{_NOT_PLANNED_ACT})[a-z]+\b)  # "the
        # government's decision to raise fees": the owner's act, backed (only with an owner
        # named, see `positions`), not 'their proposals to the government'
"""
#: Stance cues, strongest first: where two overlap, the earlier alternative wins.
_CUE_PATTERNS: list[tuple[Stance, str]] = [
    ("neutral", _NEUTRAL),
    ("conditional", _CONDITIONAL),
    ("undecided", _UNDECIDED),
    ("oppose", _OPPOSE),
    ("support", _SUPPORT),
]
_STANCE_OF: dict[str, Stance] = {stance: stance for stance, _ in _CUE_PATTERNS}
#: What ends a label before its clause does: a clause of its own, its subject and verb after a
#: conjunction ('a gimmick | as councillors were responsible'; not 'as good as it gets').
_LABEL_END = (
    rf"{any_of(CLAUSE_CONJUNCTIONS)}\s+(?:[\w’'-]+\s+){{1,3}}?{any_of([*COPULAS, *AUXILIARIES])}\b"
)
#: Not a plural noun ('called the victims and witnesses to'), though '-ous', '-ss' may end it.
_NOT_PLURAL = r"(?![a-z]+[^su]s\b)"
#: A label given to what a naming verb names ('described the result as "a bizarre twist"',
#: "called the offer 'insulting'"): its stance is the label's tone, so it comes last. (The cue
#: scan blanks double quotation marks, so only single ones open a label without 'as'; a bare
#: label may stand in double ones: 'called the offer "strong and beneficial" for'.)
_LABELLED = rf"""
    (?:{any_of(NAMING_VERBS)}(?!\s+(?:for|on|off|in|out|up|back)\b)
      | {any_of(VIEWING_VERBS)}(?!\s+{any_of(COPULAS)}\b)    # 'viewed the move as', not 'seen
        (?=\s+(?:[\w’'-]+\s+){{1,4}}?as\s))                # is as good as it gets'
    (?=\s+(?:[\w’'-]+\s+){{0,4}}?                     # none: 'was hailed as a landmark by'
      (?:(?:as\s+[‘']?|[‘'])(?P<label>[^.;:!?\"“”‘’]{{2,60}}?)
          (?=\s+{_LABEL_END}|\s+by\s|[.;:!?\"“”‘’]|\s*,\s+[a-z]+ing\b|$)  # ', praising': a clause
        | (?P<bare>[a-z]+(?=\s?[.,;])                  # 'called the proposed ban abhorrent.',
          | {_NOT_PLURAL}[a-z]+\s+and\s+{_NOT_PLURAL}[a-z]+  # 'called the budget vindictive
            (?=\s*[.,;]|\s+{any_of(PREPOSITIONS)}\s)))  # and deceitful in parliament'
    )
"""
#: A manner of answering ('reacted with fury to the job cuts', 'responded angrily to'): its
#: stance is the manner's tone.
_REACTED = rf"""
    {any_of(forms_of(REACTING_VERBS))}
    \s+ (?P<manner>with\s+(?:[a-z]+\s+){{0,2}}?[a-z]+|[a-z]+ly) \s+ to\b
"""
_CUE_ALTERNATIVES = "|".join(
    f"(?P<{group}>{pattern})"
    for group, pattern in [*_CUE_PATTERNS, ("labelled", _LABELLED), ("reacted", _REACTED)]
)
# Every cue starts a word: saying so once, up front, instead of a `\b` opening each alternative,
# lets the regex engine skip an alternative on its first letter (a `\b` first defeats that);
# the openings of all cues, tested next, pass over most words in one test. Eight characters
# reach into a cue's second word ('to s' for 'to scrap'): 'to', 'is' and 'will' open cues,
# and eight pass half as many words on to the full pattern as four did.
#: A cue word that opens a compound is none ('veto-proof'), nor one that closes it ('co-accused').
_CUE_START, _CUE_END = r"(?<!\w)(?<!\w-)", r"(?!-\w)"
_CUES = re.compile(
    rf"{_CUE_START}(?=[A-Za-z]){openings(_CUE_ALTERNATIVES, re.VERBOSE, 8)}(?:{_CUE_ALTERNATIVES})"
    + _CUE_END,
    re.VERBOSE,
)
#: 'providing' as a condition: after a comma, before a clause with a verb of its own
#: (', providing the traffic situation is resolved'; not ', providing the funds for roads'); its
#: verb may be a bare present after a subject with its determiner (', providing the developer
#: pays for a new road'), never a word after a preposition ('the funds for roads').
_PROVIDING_SUBJECT = rf"{_OBJECT_DETERMINER}(?:(?!{any_of(PREPOSITIONS)}\b)[a-z’'-]+\s+){{1,2}}?"
_PROVIDING = rf"""(?<=,\s)providing(?=\s+(?:that\s+)?
    (?:(?:[\w’'-]+\s+){{1,8}}?{any_of(FINITE_VERBS)}
      |{_PROVIDING_SUBJECT}(?!{any_of(PREPOSITIONS)}\b)[a-z]+s
        \s+(?:{_OBJECT_DETERMINER}|(?:for|to|all|every|up)\s))\b)  # 'pays for', 'keeps all'
"""
#: The condition of a conditional stance: 'if ministers drop the age rise'.
_CONDITION_CLAUSE = rf"""
    \b(?:{any_of(CONDITION_OPENERS)}|{_PROVIDING}) \s+ (?P<condition>[^.;:!?]{{3,120}}?)
    \s* (?=[.;:!?]|$)
"""
#: 'stood by their earlier position', 'defended its stance': a side's own view, not a thing
#: it backs (what the view is follows it: 'of rejecting the Bill').
_OWN_VIEW = re.compile(
    rf"{any_of(PRONOUN_OF_POSSESSIVE)}\s+(?:[\w-]+\s+)?{any_of(HELD_VIEWS)}", re.I
)
#: An opposition someone holds, as a supported target: 'Their concerns', 'the objections of
#: residents' (whoever backs it opposes too).
_OPPOSITION_HELD = re.compile(
    rf"(?:(?:their|his|her|its|the|these|those|such)\s+)?(?:[\w’'-]+\s+)?"
    rf"{any_of([*OPPOSE_FEELINGS, *OPPOSITION_RECEIVED])}(?:\s+of\s+[\w’' -]{{1,40}})?",
    re.I,
)
#: Undoing as a gerund: 'rejecting the bid', 'revoking the decision'.
_UNDOING = any_of(ing_forms([*URGED_ENDINGS, *ANNULLING_VERBS]))
#: A decision to undo something, or undoing it, as a supported target: the thing undone is
#: opposed ('its decision to reject the bid', 'recommended rejecting the bid').
_DECISION_TO_UNDO = re.compile(
    rf"(?:(?:[\w’'-]+\s+){{0,3}}?{any_of(DECISION_NOUNS)}\s+to\s+{any_of(URGED_ENDINGS)}"
    rf"|{_UNDOING})\s+(?P<undone>\S.*)"
)
#: A thing's downfall, the thing its owner: "the Bill's (sudden) collapse".
_FALLEN = rf"[’']s?\s+(?:[a-z]+\s+)?{any_of(DOWNFALL_NOUNS)}"
_DOWNFALL = re.compile(rf"(?P<undone>\S.*?){_FALLEN}")
#: An ending backed, as a target ('an (immediate) end'), then what it ends: '| to the project'.
_ENDING = re.compile(rf"(?:an?\s+)?(?:[a-z]+\s+)?{any_of(ENDING_NOUNS)}")
_ENDED = re.compile(
    rf"\s+to\s+(?P<ended>(?:[\w’'-]+\s+){{0,5}}?[\w’'-]+)"
    rf"(?=\s+(?:{any_of([*RELATIVE_PRONOUNS, *PREPOSITIONS])}|that|and|or)\b|\s*[.;:!?,]|\s*$)"
)
#: A downfall owned by the target noun before it: 'welcomed the bill| ’s collapse'.
_FALLEN_AFTER = re.compile(rf"{_FALLEN}\b")
#: A decision against a thing, as an opposed target, or right after one ending in the decision:
#: the thing refused is backed ("overturned the council's decision | to block the turbines").
_REFUSED = rf"\s+to\s+{any_of(REFUSING_DECISIONS)}\s+(?P<refused>[^.;:!?,]+)"
_DECISION_TO_REFUSE = re.compile(rf"(?:[\w’'-]+\s+){{0,4}}?{any_of(DECISION_NOUNS)}(?:{_REFUSED})?")
_TO_REFUSE = re.compile(_REFUSED)
#: A condition after the words right here, in the same clause.
_CONDITION = re.compile(rf"[^.;]*? {_CONDITION_CLAUSE}", re.VERBOSE)
#: The first condition anywhere: what searching `_CONDITION` finds (its condition and end),
#: without the words before it, which a search would read again from every character.
_CONDITION_ANYWHERE = re.compile(_CONDITION_CLAUSE, re.VERBOSE)
#: 'blocked Murree Road', 'blocking traffic': a way blocked in a protest, no stance on it.
#: The way must end its phrase: not 'blocked the highway funding bill'.
_WAY_BLOCKED = re.compile(
    rf"""block(?:s|ed|ing)?\s+(?:off\s+)?(?:[\w’'-]+\s+){{0,3}}?{any_of(BLOCKED_WAYS)}
    (?=\s*(?:[.,;:!?)]|$)|\s+(?:{alternation([*PREPOSITIONS, "and", "or", "as"])})\b)""",
    re.I | re.VERBOSE,
)
#: A cue that ends in 'against': the cue right after it is what it is against.
_AGAINST_END = re.compile(r"\bagainst$")
#: A negation right before a cue, one word at most between ('did not (formally) oppose', "won't
#: back", 'no objection to') or a will ('did not want to accept'): the cue's stance is turned.
#: (`NEGATION` finds one anywhere.)
_WILLED = rf"(?:{any_of(WILLING_VERBS)}\s+to\s+)?"
_NEGATED_BEFORE = re.compile(
    rf"\b(?:{alternation(NEGATIONS)}|n[o']t)\s+(?:\w+\s+)?{_WILLED}$"
    rf"|n[’']t\s+(?:\w+\s+)?{_WILLED}$"
    r"|\bno\s+$"  # 'no objection to', 'no support for'
)
_POSSIBLE_CUE = re.compile(rf"{any_of(POSSIBILITY_MODALS)}\s(?!not\b)")  # not 'could not afford'
_POSSIBLE = re.compile(rf"\b{any_of(POSSIBILITY_MODALS)}\s+(?:still\s+|yet\s+|also\s+)?$")
_NOT_TO = re.compile(r"\bnot\s+to\b")
_UNDO = re.compile(_TO_UNDO)
_NEGATED_VERDICT = re.compile(
    rf"{any_of([*VERDICT_MODALS, *DEONTIC_MODALS])}\s+(?:{alternation(NEGATIONS)})\s"
)
#: 'recommended that shareholders reject': the clause states the recommender's stance.
_RECOMMENDED = re.compile(rf"\b{any_of(RECOMMENDING_VERBS)}\s+that\s+$")
#: 'recommended that permission be granted', 'recommends that the application be refused': a
#: passive in the advice states the adviser's stance on its subject.
#: Whom advice is given to, before the clause it gives: 'recommended | to the Tribunal | that'.
_ADVISED = r"to\s+(?:[\w’'-]+\s+){1,4}?"
_RECOMMENDED_PASSIVE = re.compile(
    rf"\b{any_of(RECOMMENDING_VERBS)}\s+(?:{_ADVISED})?"  # 'to the Tribunal'
    rf"that\s+(?P<thing>(?:[\w’'-]+\s+){{1,6}}?)"
    rf"(?:{any_of(DEONTIC_MODALS)}\s+)?be\s+$",
    re.I,
)
_UNWILLING = re.compile(rf"\b{any_of(UNWILLING_WORDS)}\s+$", re.I)
#: 'able to withdraw', 'had to vote for', 'failed to approve': a means open, a duty laid or an
#: act not done, no stance taken (not 'not able to accept', which refuses).
_ABLE = re.compile(
    rf"(?<!not\s)\b{any_of([*ABILITY_LEADS, *OBLIGATION_LEADS, *FAILING_LEADS])}\s+$"
)
#: A verdict cue ('are unfair', 'would help'): the thing judged is the target, not the actor.
_JUDGED = re.compile(
    rf"""(?:{any_of(COPULAS)}\s  # not 'upset by', 'not satisfied with': the stance's own
            (?!\s*{_BEFORE_STATE}(?:{_STATE}|{_PLEASED}|{_NOT_PLEASED})|{_HELD})
          | {_MODAL_COPULA}{_ADVERB}{_AGAINST}\b
          | {_SHORT}
          | {_VERDICT}{any_of([*HELPING_VERBS, *HARMING_VERBS])}\b | {_HARMING_NOW}
          | {_TO_UNDO} | {_LET_HAPPEN} | {_DESERVING} | {_FAR_ENOUGH} | {_PURPOSE} | {_CHANGED}
          | {_REMEDIED} | {_MADE_NEEDED} | {_BLAMED} | {_MERITLESS}
          | {_THERE_IS}(?:{_NEEDLESS}|{_NEED_PRESSED}))""",
    re.VERBOSE,
)
#: A common-noun owner before a named agent ('by the authority’s Plaid Cymru group', 'by the
#: council's Labour group'): the group named acts, not its owner.
_POSSESSOR = r"[a-z]+[’']s\s+(?=[A-Z])"
#: Whose people or body an agent is: 'by the union', 'by their colleagues', 'by our members'.
_AGENT_DETERMINER = any_of(("the", *sorted(POSSESSIVE_DETERMINERS)))
#: What a named owner or place's body is called after the name: "AHG’s shareholders",
#: "Tanzania's parliament", 'the Kenyan parliament' (not 'Kenyan president William Ruto').
_NAMED_BODY = rf"(?:{any_of(GROUP_NOUNS)}|{any_of(OFFICE_HOLDERS)}(?!\s+[A-Z]))\b"
#: A body's part named by a place's adjective, before the body: 'the Thuringian branch of the
#: far-right' (the body acts; the adjective alone is no one).
_BRANCH_OF = rf"""[A-Z][\w’'-]*\s+{any_of(BRANCH_NOUNS)}\s+of\s+(?:the\s+)?
    (?:(?!{any_of(STOPWORDS)}\s)[a-z-]+\s+){{0,2}}?(?=[A-Z])"""
#: People or bodies named by a plural noun: 'parties', 'soft drink makers', 'officials'.
_PEOPLE_PLURAL = rf"""(?:{any_of(plurals_of(GROUP_NOUNS | ORG_NOUNS | PEOPLE_NOUNS))}
    |[a-z]+(?:er|or|ist|ant|ent|ian|ial|ate)s)\b"""
#: The agent of a passive stance ('blocked by the Competition and Markets Authority', 'backed
#: by unions') or of 'with backing from the GMB union'.
_AGENT = re.compile(
    rf"""
    \s* (?:{_SHARE}of\s+)? (?:{any_of([*PARTITIVES, *ACTOR_QUANTIFIERS])}\s+(?:of\s+)?)?
    (?:{_AGENT_DETERMINER}\s+)? (?:{_POSSESSOR})?        # 'most of the', 'a number of
    (?:(?:(?!{any_of(STOPWORDS)}\s)[a-z]+\s+){{1,3}}?(?=[A-Z][\w’'-]*\s+[A-Z]))?  # 'city mayor'
    (?:{_BRANCH_OF})?           # 'the Thuringian branch of the far-right | Alternative for Germany'
    (?P<agent> [A-Z][\w’'&-]* (?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w’'&-]*)*
               (?:\s+{any_of(ORG_NOUNS)}\b                          # "the GMB union"
                | (?<=[’']s)\s+{_NAMED_BODY}              # "AHG’s shareholders"
                | (?:\s+[a-z]+)?\s+{_NAMED_BODY}  # 'Connecticut elected officials'
                | \s+{_PEOPLE_PLURAL})?                          # 'Kazakh authorities'
             | (?:[a-z]+[’']?\s+){{0,3}}                              # "the farmers' union",
               (?:{any_of(OFFICE_HOLDERS)}\b                  # 'the state attorney general'
                 |{_PEOPLE_PLURAL}) )                 # 'political parties', 'drink makers'
    """,
    re.VERBOSE,
)
#: What leads a passive's agent: 'by', or 'in' before a court ('overturned in the Federal Court').
_SITTING = any_of(body.capitalize() for body in SITTING_BODIES)
#: A label between a passive verdict and its agent: ' as "fake democracy"', " 'unfair'".
_LABEL_BEFORE_BY = re.compile(
    r"\s+(?:as\s+[\"“‘']?|[\"“‘'])[^.;:!?\"“”‘’]{1,60}?[\"”’']?(?=\s+by\s)"
)
_BY = re.compile(rf"\s+(?:by|in(?=\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){{1,5}}?{_SITTING}\b))\s+")
#: A time, medium or manner between a passive verdict and its agent: ' for the second time',
#: ' on Monday', ' in a statement', ' the same night', ' unanimously'; no figure in it
#: ('suspended for 6 months by': a sanction's term, the agent's order).
_ADJUNCT = rf"""(?:{any_of(ADJUNCT_PREPOSITIONS)}(?:\s+[^\W\d][\w-]*){{1,4}}?|[a-z]+ly
    |{any_of(BARE_TIME_LEADS)}\s+{_TIME_WORD}\b)"""
#: Up to two of them ('was criticised in a Facebook post | the same night | by Lim Tean').
_ADJUNCT_BEFORE_BY = re.compile(rf"(?:\s+{_ADJUNCT}){{1,2}}?(?=\s+by\s)", re.VERBOSE)
_RELATIVE_PRONOUN = re.compile(r"which|that")
#: A cue word written with a capital mid-sentence before another capital: part of a name
#: ('proceed to Welcome Rotonda'), after a lower-case word (not a title-case headline).
_NAMED_CUE = re.compile(r"[A-Z][\w’'-]*\s+[A-Z]")
_LOWER_BEFORE = re.compile(r"[a-z]\s+$")
#: A capitalised word right before a cue word written with a capital: the cue is a name's
#: word ('The National Campaign for Defending Students’ Rights', 'the Citizens Against Tolls').
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w’'-]* +$")  # on its line: not 'Title\nRejecting'
#: A passive's subject that is a restrictive relative, its antecedent before it: 'a strike |
#: which' (was backed by the union).
_RELATIVE_END = re.compile(r"\s(?:which|that)$")
#: A permission given and its noun: 'grant | consent', 'gave | the go-ahead'.
_PERMISSION = re.compile(
    rf"{any_of(PERMITTING_VERBS)}\s+(?P<given>(?:[\w’'-]+\s+){{0,3}}?{any_of(PERMISSIONS)})"
)
#: What makes a passive participle an aside: 'as | recommended by planning officers'.
_AS_BEFORE = re.compile(r"\bas\s+$")
#: A passive only supposed or required, before its participle: 'cannot | be implemented by'.
_SUPPOSED_PASSIVE = re.compile(rf"\b{any_of(SUPPOSING_MODALS)}(?:\s+not|\s+only)?\s+be\s+$")
#: A permission cue in the passive, its agent after it: 'was given the go-ahead | by the board'.
_GIVEN = re.compile(rf"{any_of(w for w in PERMITTING_VERBS if w.endswith(('ed', 'en')))}\s")
#: Whose stance a sentence names after it ('Voting against the petition were Justices A, B and
#: C', 'Those who voted for it were'): what comes before the cue, and what after its object.
#: (A sentence may also open after 'Jr.', which hides its break: 'Velasco Jr. Voting against'.)
_INVERTED_LEAD = re.compile(r"(?:.*\.\s+)?(?:(?:among\s+)?those\s+(?:who\s+)?)?", re.I | re.S)
_INVERTED = re.compile(
    r"\s+(?P<object>[^,.;:!?]{1,80}?),?\s+(?:were|was)\s+(?P<listed>[^;:!?]+?)\.?\s*$"
)
#: What joins a second agent to the first: 'from parents | and | teachers', 'by X | and by | Y'.
_AGENT_JOIN = re.compile(r",?\s+and(?:\s+by)?\b|,(?=\s+(?:the\s+)?[A-Z])")
#: Where a motion may be named: its noun, with or without a word boundary after it.
_MOTION_WORD = re.compile(rf"(?i:{any_of(MOVED_NOUNS)})")
_MOTION_NOUN = rf"{_MOTION_WORD.pattern}\b"
#: Letters a case-blind pattern takes for an ASCII letter but `str.lower` does not lower to it:
#: dotless i, dotted capital I, long s, the Kelvin sign.
_FOLDED_TO_ASCII = "\u0131\u0130\u017f\u212a"
_PROPOSAL = (
    rf"(?:{any_of(MOVED_LINKS)}\s+(?!{_OBJECT_DETERMINER})|{any_of(NO_CONFIDENCE)}\s)"  # not 'to
    r"[^.;:!?,()]{1,120}"  # the bill': what it amends
)
#: A motion and its movers: named before it ('A Labour motion to suspend standing orders', 'An
#: SNP Group amendment calling for') or after it, in the passive ('The amendment, moved by
#: Senator Jane Doe', 'a motion of no confidence in the chair, tabled by the Green group'). The
#: movers hold the stance its proposal states, whether the motion passed or fell.
_MOTION = re.compile(
    rf"""
    (?:\b(?:An?|The)\s+)? (?P<movers>(?:(?!(?:An?|The)\s)[A-Z][\w’'&-]*\s+){{1,4}}?) {_MOTION_NOUN}
        \s+ (?P<proposal>{_PROPOSAL})                       # 'A Labour motion to suspend'
  | {_MOTION_NOUN} \s* (?P<of>{_PROPOSAL})? ,?\s+ (?P<moving>{any_of(MOVING_VERBS)}) \s+ by \s+
        # 'The amendment, moved by'
    """,
    re.VERBOSE,
)
#: A proposal that undoes or censures: its movers oppose what it names ('a motion to scrap the
#: plan', 'calling for the levy to be dropped', 'of no confidence in the chairman').
_AGAINST_PROPOSAL = re.compile(
    rf"""(?:{any_of(NO_CONFIDENCE)}
  | {any_of(MOVED_LINKS)}\s+(?:[\w’'-]+\s+){{0,4}}?(?:to\s+|be\s+)?
        (?:{any_of(URGED_ENDINGS)}|{any_of(participles_of(URGED_ENDINGS))}))\b""",
    re.VERBOSE | re.I,
)
#: A body or office addressed by its common noun: 'the provincial authorities', 'the minister'.
_BODY = re.compile(rf"(?:[\w’'-]+\s+){{0,2}}(?i:{any_of(URGED_AUTHORITIES)})s?\s+")
#: Whom an appeal to act addresses, for it to state a stance: a body or office that can act
#: ('the government', 'the provincial authorities') or one named ('Cricket Australia').
_AUTHORITY = re.compile(
    rf"""(?:(?i:the|its|their)\s+)?
    (?:(?:[A-Z][\w’'.-]*|of|and)\s+)*[A-Z][\w’'.-]*\s+       # a name: 'Cricket Australia'
    (?:\([A-Z]{{2,}}\)\s+)?                                    # its acronym: '(PN)'
  | {_BODY.pattern}
    """,
    re.VERBOSE,
)
_DIRECTING = frozenset(DIRECTING_VERBS)
#: A body's own people as whom it directs: 'its members', 'teachers'.
_DIRECTED_MEMBERS = re.compile(rf"(?:(?:its|their|all|the)\s+)?{any_of(DIRECTED_MEMBERS)}")
_RECOMMENDING = frozenset(RECOMMENDING_VERBS)
#: Advice given to someone in a clause: 'recommended | to the Tribunal that the merger be
#: approved'. The one advised is no target; the clause states the stance (`_RECOMMENDED...`).
_ADVISED_THAT = re.compile(rf"\s+{_ADVISED}that\s")
#: What a court orders a party to do as a remedy: 'ordered the employer | to pay' (no stance).
_REMEDY = re.compile(rf"(?:to\s+)?{any_of(FORCED_ACTS)}\b")
#: The 'or' between two acts offered as a choice: 'to approve | or | deny', 'accept | or | reject'.
_ALTERNATIVE = re.compile(r"\s+or\s+(?:to\s+)?[a-z]+\b(?<!\snot)")
#: A pronoun subject (and modal) after 'whether': 'whether they | support', 'whether it will |'.
_ASKED_SUBJECT = rf"{any_of(SUBJECT_PRONOUNS)}\s+(?:{any_of(MODALS)}\s+)?"
#: What makes the act after it a question or a right, not a stance: 'whether (or not) to',
#: 'whether they (will)', 'the (legal) right to', 'eligible to', the other of a choice
#: ('approve or | reject').
_UNASKED = re.compile(
    rf"\b(?:whether\s+(?:or\s+not\s+)?(?:to\s+|{_ASKED_SUBJECT})?"
    r"|the\s+(?:[a-z]+\s+)?right\s+(?:to\s+)?"
    r"|eligible\s+(?:to\s+)?"
    r"|[a-z]+\s+or\s+(?:to\s+)?)$"
)
#: Where a clause stops: a mark, but not a comma or point inside a number ('1,000', '4.5%').
_CLAUSE_STOP = r"(?:[;:!?()]|(?<!\d)[.,]|[.,](?!\d))"
_IN_CLAUSE = rf"(?:(?!{_CLAUSE_STOP})[\s\S])"
#: The act an appeal urges, to the end of its clause: 'work with the company to protect jobs',
#: 'cut around 1,000 jobs'.
_ACT = re.compile(rf"[a-z]+(?:{_IN_CLAUSE}{{0,80}}?(?={_CLAUSE_STOP}|$)|{_IN_CLAUSE}{{0,80}}\b)")
#: A judgement on a clause put after it: 'it was vital | that the trust reopened the unit'.
_EXTRAPOSED = re.compile(r"\s+that\s+")
#: Where the act held to a condition ends: "will continue the strike | until wages are paid".
_UNTIL = re.compile(r",?\s+(?:until|unless)\b")
#: What urging named by its noun urges, after its makers: 'pressure from teachers | to raise',
#: 'calls from X for the Bill | not to be rushed'.
_URGED_ACT = re.compile(r"\s+to\s+(?=[a-z])")
_NOT_TO_AFTER = re.compile(r"\s+not\s+to\b")
_FOR_AFTER = re.compile(r"\s+for\s")
_IT_BEFORE = re.compile(r"\bit\s+$", re.I)
_JUDGED_CLAUSE = re.compile(r"[^.;:!?,()]{1,120}")
#: A past participle cue, alone or with its particle: 'rejected', 'turned down', 'ruled out'.
_PARTICIPLE = re.compile(rf"(?:[a-z]+ed|{alternation(IRREGULAR_PASTS)})(?:\s+(?:down|out|off|up))?")
#: A condition just after a cue makes its stance `conditional` ('will back it if ...').
#: Not 'unless' ('will strike unless ...' states a threat), nor 'subject to' ('approved the plans
#: subject to a contribution' grants them, with terms).
_NEAR_CONDITIONS = set(CONDITION_OPENERS) - {"unless", "subject to"}
_CONDITION_NEAR = re.compile(
    rf"""[^.;]{{0,80}}?(?<!even\s)(?<!as\s)
    \b(?:{any_of(_NEAR_CONDITIONS)}|{_PROVIDING})\s""",
    re.I | re.VERBOSE,
)
#: A determiner that makes the one-word cue after it a noun or an adjective ('his praise',
#: 'their support', 'the proposed cuts').
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their|its|our|my|your|the|a|an)\s+$", re.I)
#: A stance noun ('opposition to'): the possessive before it names the actor ('Labour's').
_STANCE_NOUN = re.compile(rf"{any_of(STANCE_NOUNS)}\b", re.I)
#: A verb giving a stance noun as a thing, and the words up to it: 'offers | support',
#: 'includes access to free mental health | support', 'including dental insurance, tuition
#: assistance, | support' (no verb of its own between: 'provides funding and the union will |').
_PROVIDED = re.compile(
    rf"\b{any_of(forms_of(PROVIDING_VERBS))}\s+"
    rf"(?:(?!{any_of(SUBJECT_ENDERS)}\b)[\w’'-]+,?\s+){{0,10}}$",
    re.I,
)
#: A cue that is a noun: a stance noun, or one in '-ment' ('argument for').
_NOUN_CUE = re.compile(rf"{_STANCE_NOUN.pattern}|[a-z]+ment\b", re.I)
_POSSESSIVE_END = re.compile(r"[’']s?$")
#: A possessive and the adjectives between it and a noun cue: "the university's main | argument".
_OWNER_END = re.compile(r"[’']s?(?:\s+[a-z]+){0,2}$")
#: A named owner right before a noun cue, in mid-clause: 'amid | the BNP’s | opposition to',
#: 'comes as | Labour’s | support for': the stance is the owner's, not the clause subject's.
_NAMED_OWNER_END = re.compile(
    r"(?:\b[Tt]he\s+)?[A-Z][\w&.-]*(?:\s+(?:of\s+)?[A-Z][\w&.-]*){0,4}[’']s?\s+(?:[a-z]+\s+)?$"
)
_WHEN_WORD = rf"(?:{alternation(d.capitalize() for d in WEEKDAYS)}|(?i:{alternation(TIME_WORDS)}))"
#: A time between an auxiliary and its participle: 'on Sunday', 'yesterday', 'late last week'.
_WHEN_BETWEEN = rf"(?:{any_of(TIME_LEADS)}\s+){{0,2}}{_WHEN_WORD}"
#: The auxiliary of a passive just before its cue ('was rejected', 'has been widely backed',
#: 'was then passed', 'was on Sunday granted').
_PASSIVE_ADVERB = rf"(?:[a-z]+ly|then|also|later|since|{_WHEN_BETWEEN})"
_PASSIVE_BEFORE = re.compile(rf"\b{any_of(PASSIVE_AUXILIARIES)}\s+(?:{_PASSIVE_ADVERB}\s+)?$")
#: A passive's subject ends at its first auxiliary ('The plan | has been rejected by').
_FROM_AUXILIARY = re.compile(rf"\s+{any_of([*PASSIVE_AUXILIARIES, *FINITE_VERBS])}\b.*$", re.DOTALL)
_CONTENT_WORD = re.compile(r"[a-z’'-]{4,}")
#: Target nouns, and after 'the' those of legislation capitalised as Commonwealth reports write
#: them ('the Bill was passed with 149 MPs voting in favour'; not 'passed University of X Bill').
_TARGET_NOUNS = (
    rf"{alternation(TARGET_NOUNS)}|(?<=[Tt]he\s)"
    f"{any_of(noun.capitalize() for noun in TARGET_NOUNS if noun in LEGISLATION)}"
)
#: Legislation named by its number: 'Bill 124', 'Bill C-69', 'Senate Bill 35', 'HR 5735'.
_LAW_HEADS = [*(w.capitalize() for w in NUMBERED_LAWS), *(w.upper() for w in NUMBERED_LAW_CODES)]
_NUMBERED_LAW = rf"(?:[A-Z][\w’'-]*\s+)?{any_of(_LAW_HEADS)}\s+[A-Z]?-?\d[\d-]*"
#: A word of an object, figures with their decimals, thousands and per cent among them ('the
#: 1.5% levy', 'the N30,000 minimum wage').
_OBJECT_WORD = r"[\w’'-]+(?:[.,]\d+)*%?"
_OBJECT = re.compile(
    rf"""
    \s* (?:on\s+|about\s+|over\s+|regarding\s+|for\s+|against\s+
         |to\s+(?=(?:[a-z]+\s+)?{_OBJECT_DETERMINER}))?
    (?P<np> (?:(?<=to\s)[a-z]+\s+(?={_OBJECT_DETERMINER}))?  # 'proposing to enter a ...'
            (?:{_OBJECT_DETERMINER}|{_WHEN_WORD}[’']s\s+)    # or 'today's', 'Tuesday's'
            (?P<determined>) (?:{_OBJECT_WORD}\s+(?:\([A-Z]{{2,}}\)\s+)?){{0,3}}?
            {_OBJECT_WORD} (?:\s+\([A-Z]{{2,}}\))?                # 'the Football Federation
                                                             # (FKF) national elections'
          | (?!{any_of(NOT_OBJECTS)}\b)(?![a-z]+ly\b)        # a bare noun: 'denied wrongdoing'
            [a-z][\w’'-]+ (?:\s+[a-z][\w’'-]+){{0,2}}
          | {_NUMBERED_LAW}
          | (?!{_WHEN_WORD}\b)                               # a name: 'in favour of Masimo',
            [A-Z][\w’'-]* (?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){{0,3}}  # 'Uber's argument',
                                                             # 'University of Layyah Bill'
            (?:(?<=’s|'s)\s+[a-z][\w’'-]+)? )
    (?=\s+{any_of(OBJECT_ENDERS)}\b|[,.;:!?](?=\s|$)|$
      |(?(determined)\s+{any_of(CONDITION_OPENERS)}\s|(?!)))  # 'agreed to the sale | provided the
        # buyer keeps all staff' (not a bare verb: 'willing to sell if the price was right')
    """,
    re.VERBOSE,
)
_DETERMINED = re.compile(_OBJECT_DETERMINER)
_PREPOSITIONS_NOT_TO = set(PREPOSITIONS) - {"to"}
#: An object with its determiner, ended by a preposition: 'a public inquiry | into the fire'.
_HEADED = re.compile(
    rf"\s*(?P<np>{_OBJECT_DETERMINER}(?:[\w’'-]+\s+){{0,2}}?[\w’'-]+)"
    rf"(?=\s+{any_of(_PREPOSITIONS_NOT_TO)}\b)"
)
#: The words between a verb and a stance noun that leads its object: "welcomed the council's".
_LEADS_CUE = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}")
#: 'rejected it', 'welcomed this.': an object that points back ('this offer' does not).
_PRONOUN_OBJECT = re.compile(
    r"\s*\b(?:it|them)\b|\s*\bthis\b(?=\s*(?:[,.;:!?]|$)|\s+(?:and|but|as|because|if)\b)"
)
#: Characters between an actor and its stance cue: up to NEAR is 'high' confidence, up to FAR
#: 'medium', beyond it 'low' ('The union, which ..., has ... rejected').
NEAR, FAR = 60, 150
#: How far back (characters) 'it' may refer to an earlier target.
_LOOKBACK = 1500
_TARGET_NOUN = re.compile(rf"\b(?:{_TARGET_NOUNS})\b")
_COMPOUND = re.compile(rf" (?:{_TARGET_NOUNS})\b")
_WORD_OR_QUOTED = re.compile(r"[“\"][^”\"]{1,40}[”\"]|[\w’'£$€%-]+(?:\.\d+[\w%]*)?")
_TAIL = re.compile(
    rf"""
    \s+ (?:on|of|for|to) \s+ (?!{_WHEN_WORD}\b|condition\b)  # not 'on Tuesday', 'for now',
                                                      # 'on condition that'
    (?:(?:\d+(?:\.\d+)?%?|[\w’'-]+)\s*){{1,4}}?
    (?=[,.;:!?](?:\s|$)|\s+{any_of(TAIL_ENDERS)}\b|$)
    """,
    re.VERBOSE,
)
#: Irregular pasts that end a subject ('Estate residents lost their battle, arguing against'),
#: less those that often modify a noun ('paid staff', 'frozen pay', 'built homes').
_FINITE_PASTS = [w for w in IRREGULAR_PASTS if w not in ADJECTIVAL_PASTS]
_PAST_WORD = rf"(?:[a-z]+ed|{alternation(_FINITE_PASTS)})"
_NOT_AFTER_DETERMINER = "".join(
    rf"(?<!\b{w})" for d in PARTICIPLE_DETERMINERS for w in (d, d.capitalize())
)
#: A past form between a determiner and a group noun names the group, it ends no subject: 'the
#: unionized workers' (not 'The prolonged | adjournment').
_DETERMINED_GROUP = rf"""(?:{_NOT_AFTER_DETERMINER}|(?!\s+{_PAST_WORD}\s+
    (?i:{alternation(GROUP_NOUNS | PEOPLE_NOUNS)})\b))"""
_SUBJECT_STOP = re.compile(
    rf"""
    (?:^|(?=[\s“"‘]))  # where any of them can start: one test passes over the other characters
    (?:
    (?:^|\s+) {any_of(SUBJECT_ENDERS)} \b.*$
  | \s+ (?:[a-z]+n[’']t|cannot) \b.*$                          # 'The union doesn’t', 'cannot'
  | (?:\s+on)? \s+ (?:{alternation(d.capitalize() for d in WEEKDAYS)}) \b.*$
  | \s+ (?:in|since) \s+ \d{{4}} \b.*$                                   # 'in 2006'
  | \s+ {any_of(TIME_LEADS)} \s+ (?:\w+\s+)? (?i:{alternation(TIME_WORDS)}) \b.*$  # 'this morning'
  | \s+ {any_of(PERIOD_PREPOSITIONS)} \s+ (?:the\s+)? {any_of(PERIOD_LEADS)} \s+ (?:\w+\s+)?
    (?i:{alternation(TIME_WORDS)}) \b.*$                               # 'over the past year'
  | (?<=[\w)]) (?<!\band) (?<!\bor) {_DETERMINED_GROUP} \s+ {_PAST_WORD} \b.*$  # "(MPs) walked out"
  | (?<=[\w)]) \s+ {any_of(ADJECTIVAL_PASTS)} \s+ (?:an?|the|their|its|his|her|our) \s .*$  # 'The
        # union held a rally': a past that may be an adjective, a verb before its object
  | (?:(?<=\band)|(?<=\bor)) \s+ {_PAST_WORD} \b    # ', and ordered INEC to'; not 'angry and
    (?!\s+[\w’'-]+(?:\s+{any_of(FINITE_VERBS)})?\s*$) .*$  # agitated | farmers (have)': one noun
  | \s* [“"‘] .*$                                  # 'Leung “impliedly accepted”': a quote
  | \s+ who \s .*$                       # 'Ogamba who was speaking during an interview,'
  | (?<=[a-z]s) \s+ [a-z]{{2,}}ing \s+ (?=[a-z].*[A-Z]) .*$  # 'unions | representing staff at X'
    )
    """,
    re.VERBOSE | re.DOTALL,
)
_CLAUSE_LEAD = re.compile(rf"^{any_of(CLAUSE_LEADS)}\b[,\s]*", re.I)
#: 'A group called X', 'an organisation known as X': what opens a subject named after it.
_CALLED = re.compile(rf"\s*{DESCRIBED_THEN_NAMED}(?=[A-Z])")
#: What opens a concession's subject: 'despite | planning officers recommending the scheme'.
_CONCESSIVE_LEAD = re.compile(rf"(?i:{alternation(CONCESSIVES)})\s+[^,.;:!?]{{1,80}},\s*")
_CONCESSIVE = re.compile(rf"(?i:{alternation(CONCESSIVES)})\s+")
#: A name with its acronym inside: 'A Federal Capital Territory (FCT) High Court'.
_ACRONYMED = re.compile(
    r"(?:(?i:an?|the)\s+)?(?P<name>(?:[A-Z][\w’'-]*\s+)+\([A-Z]{2,}\)(?:\s+[A-Z][\w’'-]*)+)"
    r"(?<!s)(?!\w)"  # not '(ANC) MPs': those of the body
)
_QUANTIFIER = re.compile(
    rf"^(?:{any_of(ACTOR_QUANTIFIERS)}|{any_of([*PARTITIVES, *NUMBER_WORDS])}\s+of)\s+(?:the\s+)?",
    re.I,
)
#: A count or share opening a group: 'About 11,000', 'Eighty-one percent of the 3,300'.
_COUNT = (
    rf"(?:[\d,.]+%?|{_NUMBER_WORD})\s+"
    rf"(?:(?:of|out\s+of|per\s*cent\s+of)\s+(?:the\s+)?(?:\d[\d,]*\s+)?)?"
)
#: A count in a tally and the side it is on: 'twelve against', 'four abstained', 'one'.
_SIDED_COUNT = rf"{_TALLY_COUNT}(?:\s+(?:against|for|in\s+favou?r|abstain(?:ed|ing)))?"
#: A bare count or share left as the actor by a tally ('one rejected', '57 per cent rejected it',
#: 'twenty-two voted in favour', 'twelve against and seven abstained').
_COUNT_ONLY = re.compile(
    rf"(?:[\d.,]+\s*)?(?:%|per\s*cent)|{_SIDED_COUNT}(?:,?\s+and\s+{_SIDED_COUNT})*", re.I
)
_UNSPECIFIED_PEOPLE = frozenset((*UNSPECIFIED_PEOPLE, *BOTH_SIDES))
_IN_FAVOUR = ("in favour", "in favor")
_PAID_AFTER = re.compile(
    rf"\s+(?:and\s+[a-z]+\s+)?(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?{any_of(PAID_THINGS)}\b"
)
_DECIDED_BEFORE = re.compile(rf"\b{any_of(DECIDED_THINGS)}\s+$", re.I)
#: A count in words right before its noun: part of the name ('Three PUCSL commissioners').
_COUNT_WORD = re.compile(rf"{_NUMBER_WORD}\s+", re.I)
#: 'The 400 representatives' -> 'representatives': 'the' before a count in digits leads too.
_COUNTED = re.compile(rf"^(?:{any_of(COUNT_LEADS)}\s+|the\s+(?=\d))?{_COUNT}", re.I)
#: A second counted group joined to the first: 'Democrats and 150 Republicans'.
_COUNTED_AFTER_AND = re.compile(rf"(?<=\sand\s)(?:{any_of(COUNT_LEADS)}\s+)?{_COUNT}", re.I)
#: 'who' as the subject of the cue's clause: 'people who have agreed', ', who had filed', or
#: 'whose' and the members a body speaks through: ', whose members rejected'.
_SUBJECT_RELATIVE = re.compile(
    rf"(?:^|\s)(?:who|whose\s+{any_of(SPEAKING_MEMBERS)})\b(?=(?:\s+\S+){{0,3}}\s*$)"
)
#: The noun phrase that ends a text, after its last preposition or verb-like word.
_LAST_PHRASE = re.compile(  # the longest lead, so 'he observed | some people', not all four
    rf"^(?:.*\b(?:{any_of(PREPOSITIONS)}|and|but|[a-z]+ed|is|are|was|were|be)\s+)?"
    rf"((?:(?!{any_of(PREPOSITIONS)}\b)[\w’'-]+\s+){{0,3}}?[\w’'-]+)$",
    re.DOTALL,
)
#: What opens a relative clause whose subject follows: its pronoun ('which Shire rejected'),
#: or a noun set beside the thing ('mediation, a move the governing body has rejected').
_RELATIVE = re.compile(
    rf"^(?:{any_of(OBJECT_RELATIVES)}\s+(?=\S)"
    r"|(?:a|an)\s+[a-z]+\s+(?=(?:the\s+)?[A-Z]|the\s+[a-z]))"
)
#: What opens a relative clause that has no subject of its own (', which did not support',
#: ', which hoped to'): its verb, or nothing.
_NO_SUBJECT = re.compile(
    rf"(?:{any_of([*SUBJECT_ENDERS, *NEGATIONS])}|[a-z]+ly|[a-z]+ed|[a-z]+s)\b|\s*$"
)
#: A group named by where or whom it belongs to: 'Jurors in Delaware', 'Staff at Acme', 'The
#: workers of Namib Mills' (the workers, not the company they work for).
_GROUP_OF = re.compile(
    rf"(?:[Tt]he\s+)?(?i:{alternation(GROUP_NOUNS | PEOPLE_NOUNS)})\s+(?:in|at|from|of|for)\s+"
    r"(?:the\s+)?[A-Z]"
)
#: A group named by a common noun, then a place it is at: 'workers at three distribution centres
#: in Victoria', 'police personnel put up barricades at Regional Park' (the group, not the place).
_GROUP_THEN_PLACE = re.compile(
    rf"(?P<head>(?:[A-Za-z][\w’'-]*\s+){{0,2}}(?i:{alternation(GROUP_NOUNS | PEOPLE_NOUNS)}))\b"
    rf"(?:\s+[a-z][\w’'-]*)*?\s+(?:in|at|from|across|near|outside)\s"
)
#: A capitalised word: a place named after a group's preposition.
_NAMED_WORD = re.compile(r"\b[A-Z]")
#: A character of a list of places: none opens a named body ('Unions in Victoria, and the
#: Premier') or a relative clause ('Shareholders in Acme, which opposes').
_PLACE_CHAR = rf"(?:(?!\bthe\s+[A-Z]|\b{any_of(RELATIVE_PRONOUNS)}\b)[^.;:!?()])"
#: A group placed by a list of places, up to its verb: 'Traders in Kiptere town, Belgut
#: constituency, and Kericho county | have', 'workers at three centres in Victoria and one in
#: New South Wales | will' (the list's last place is no actor), or up to the cue.
_PLACED_LIST = (
    rf"(?P<head>(?:[A-Za-z][\w’'-]*\s+){{0,2}}?(?i:{alternation(GROUP_NOUNS | PEOPLE_NOUNS)}))"
    rf"\s+(?:in|at|across|from)\s+"
    rf"(?P<places>{_PLACE_CHAR}{{1,120}}?(?:,|\sand\s){_PLACE_CHAR}{{1,60}}?)"
)
_PLACED_GROUP = re.compile(  # at the clause's start: 'Starting Thursday, workers at'
    rf"(?:^|(?<=,\s)){_PLACED_LIST}(?=\s+(?:{any_of(FINITE_VERBS)}|[a-z]+ed)\b|\s*$)"
)
_PLACED_GROUP_NAME = re.compile(_PLACED_LIST)
_THAT_END = re.compile(r"\sthat\s+$")
#: 'argued that there had to be': 'that' after a verb of saying opens its clause; it is no
#: relative pronoun standing for the words before it.
_REPORTED_THAT = re.compile(rf"{REPORTING_VERB.pattern}\s+that\s+$")
#: A thing named by a common noun of what stances are on ('changes', 'the new rules'): no actor.
_THING = re.compile(rf"(?:(?i:the|these|those|such)\s+)?(?:[a-z-]+\s+){{0,2}}(?:{_TARGET_NOUNS})")
#: Adverbs after a subject: 'Union members narrowly', 'Opposition councillors meanwhile',
#: 'Labour once more'.
_TRAILING_ADVERB = re.compile(
    rf"(?:\s+(?:(?!{any_of(LY_NOUNS)}\b)[a-z]+ly|{any_of(CONNECTIVE_ADVERBS)}"
    rf"|{any_of(REPEATING_ADVERBS)}))+$"
)
_TRAILING_PARTICIPLE = re.compile(r"\s+[a-z]+ing$")
#: A clause joined by 'and' or 'but' to one with a verb of its own, and the subject it opens:
#: 'an agreement has not been reached and | the nurses decided', or a name set off from its
#: verb by an apposition ('talks stalled and | Unite, which represents 50 staff, accepted');
#: not a verb alone ('the court dismissed the appeal and ruled': the first clause's subject).
_VERB_OR_PAST = rf"(?:{any_of(FINITE_VERBS)}|[a-z]+ed)"
#: Not a manner adverb, which opens a second verb, not a subject ('and vehemently rejected').
_NOT_ADVERB = rf"(?!(?!{any_of(LY_NOUNS)}\s)[a-z]+ly\s)"
_JOINED_CLAUSE = re.compile(
    rf"\b{_VERB_OR_PAST}\b.*?\s(?:and|but)\s+{_NOT_ADVERB}(?!{_VERB_OR_PAST}\s+$)"
    rf"(?=(?:[\w’'-]+\s+){{1,4}}?(?:{_VERB_OR_PAST}\s+(?:[a-z]+\s+)?)?$"
    r"|(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}$)",  # '... and Unite, which ...,
    re.DOTALL,
)
#: 'and' or 'or' ending the words before a cue: the cue is the second of two joined verbs ('will
#: recognise it as a full member and | reinstate'), whose subject those words are not.
_JOINED_VERB_END = re.compile(r"\s(?:and|or)$")
#: A lone adjective, no subject: 'financial' in 'financial support and advice'.
_ADJECTIVE = re.compile(rf"[a-z]+{any_of(ADJECTIVE_ENDINGS)}")
#: Nouns in '-al', '-ive' that head an actor ('the executive', 'the official'), no adjective.
_ACTOR_HEADS = GROUP_NOUNS | PEOPLE_NOUNS | ROLE_WORDS | ORG_NOUNS | ORG_WORDS
#: What joins people's names in a list: a comma or 'and', with the next one's title ('and
#: Vice President', ', Justice', after 'Sr.': '., Ma.').
_JOIN_TITLED = re.compile(
    rf"\.?(?:,|,?\s*and)(?:\s+(?:[A-Z][\w.’'-]*|{any_of(ROLE_WORDS | PERSON_ROLES)})){{0,4}}"
)
#: Where a list of groups splits: 'the mayor, the police chief and local business owners';
#: a passive's agents each after 'by' ('opposed by residents and by the mayor').
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?(?:by\s+)?|\s+and\s+(?:by\s+)?")
_LEADING_THE = re.compile(r"^[Tt]he\s+")
#: Capitalised words: a name, or one item of a portfolio ('Food Security').
_TITLE_WORDS = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
#: One body named 'X of A and B' or 'X of A, B and C' in capitals ('Rochester Union of Nurses
#: and Allied Professionals', 'Ministry of Economy, Industry and Trade'): its 'and' and commas
#: join no list.
_OF_A_AND_B = re.compile(
    rf"""(?:[Tt]he\s+)?{_TITLE_WORDS}\s+(?:of|for)\s+(?:the\s+)?{_TITLE_WORDS}
    (?:,\s+{_TITLE_WORDS})*,?\s+and\s+{_TITLE_WORDS}""",
    re.VERBOSE,
)
#: 'Both' opening a list of two: 'Both the NDP and the Green Party expressed support'.
_LEADING_BOTH = re.compile(r"^[Bb]oth\s+(?=.+\sand\s)")
#: A quantifier after a subject: 'the union and the association | both welcomed'.
_FLOATING_END = re.compile(rf"\s+{any_of(FLOATING_QUANTIFIERS)}$")
#: One member of a list of groups: a party or body named in one plural word or an acronym
#: ('Liberals', 'SNP'; not 'Marks and Spencer': one name), or a common noun phrase ending in a
#: group, people or role noun or a plural ('opposition MPs', 'local business owners').
_GROUP_MEMBER = re.compile(
    rf"""[A-Z][a-z’'-]+s|[A-Z]{{2,}}
  | (?:[\w’'-]+\s+){{0,3}}(?:[\w’'-]+s|{any_of(GROUP_NOUNS | PEOPLE_NOUNS | ROLE_WORDS)})""",
    re.VERBOSE,
)
#: A clause piece that is one member of a list going on in the next: 'The mayor', 'Jo Lee'.
_LIST_MEMBER = re.compile(
    rf"(?:[Tt]he\s+)?(?:{_GROUP_MEMBER.pattern}|(?:[A-Z][\w.’'-]*\s+){{1,4}}[A-Z][\w.’'-]*)",
    re.VERBOSE,
)
#: A body named in one word, a member of a list ('Labour, | the Greens and the Liberals').
_ONE_WORD_BODY = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w’'-]+")
#: A group named as another's or as the rest ('its members', 'other partners'), no side of its
#: own beside the body named before it.
_OWNED_OR_OTHER = re.compile(r"(?:his|her|their|its|our|my|other)\s", re.I)
#: Words that open a clause, set off by a comma, and name no member of a list.
_CONNECTIVES = frozenset((*CLAUSE_LEADS, *CONNECTIVE_ADVERBS, *OPENING_ADVERBS))
#: Two bodies named in full: 'the Labour Party and the Council of Trade Unions (CTU)', 'Unite
#: and the GMB' (not 'Marks and Spencer': one name).
_NAMED = r"[A-Z][\w’'&.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'&.-]*)*(?:\s+\([A-Z]{2,}\))?"
#: Sides named before the noun they share: 'Labour, Conservative and Independent members'.
_SHARED_HEAD = re.compile(
    r"(?P<sides>[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*)*,?\s+and\s+[A-Z][\w’'-]*)\s+(?P<head>[a-z]+s)"
)
_LAST_SIDE = re.compile(r"(?<!\S)[A-Z][\w’'-]*\s*$")  # 'all Labour': where the list opens
_PLACE_BEFORE = re.compile(rf"\b{any_of(_PREPOSITIONS_NOT_TO)}\s+$", re.I)
_SIDE_JOIN = re.compile(r",?\s+and\s+|,\s+")
#: Bodies named in full in a list: 'Unite and the GMB', 'the NFU, the Country Land and Business
#: Association and the Soil Association', 'the Greens, the Liberal Democrats and Plaid Cymru':
#: split at a comma ('and', 'the' after it) or at 'and the'; a name may hold 'and' between
#: capitals ('Country Land and Business Association'), so a plain 'and' splits only the last.
_NAMED_IN_LIST = re.compile(rf"{_NAMED}(?:\s+and\s+{_NAMED})?")
_LISTED_MODIFIER = rf"(?:{any_of(LISTED_BODY_MODIFIERS)}\s+)?"  # 'and the local GFA': the GFA
_NAMED_SPLIT = re.compile(
    rf",\s+(?:and\s+)?(?:the\s+{_LISTED_MODIFIER})?|\s+and\s+the\s+{_LISTED_MODIFIER}"
)


#: A comma before a closing quotation mark, read as a clause break.
_QUOTED_COMMA = re.compile(r",[”\"](?=\s)")
#: A weekday and the date set off after it, mid-sentence: 'The union on | Monday, March 3,'.
_WEEKDAY_DATE = re.compile(rf"(?<=[a-z]\son\s)(?i:{alternation(WEEKDAYS)}){APPOSED_DATE}")
#: Where a clause ends before a cue: at a clause break, and at 'that', 'by which' or 'before' a
#: name, which open a clause with a subject of its own ('make no mistake that Unite is
#: committed', 'the deal that workers rejected', 'a deadline by which Deltic had to make an
#: offer', 'the stock had traded at $8.80 before Great Pacific made its offer').
_PIECE_BREAK = clause_breaks(
    alternation(CLAUSE_CONJUNCTIONS),
    "that",
    "when",
    r"before(?=\s+(?:the\s+)?[A-Z])",
    rf"{any_of(PREPOSITIONS)}\s+(?:which|whom)",
)
#: A clause piece that is a condition ('unless the board agrees to'): what follows in it is
#: supposed, not a stance anyone has taken.
_SUPPOSED = re.compile(
    rf"\b{any_of(set(CONDITION_OPENERS) - {'provided', 'in the absence of', 'subject to'})}\s",
    re.I,
)
#: What leads an account of an offence: 'Records show that', 'The court heard that',
#: 'Prosecutors alleged', 'according to the indictment'.
_ACCOUNT = re.compile(
    rf"""\b(?:{any_of(ACCOUNT_SOURCES)}\s+{any_of(ACCOUNT_VERBS)}
          | court\s+(?:heard|was\s+told)
          | according\s+to\s+(?:the\s+)?(?:charge\s+sheet|{any_of(ACCOUNT_SOURCES)}))\b
          | \ballegedly\s+$""",
    re.I | re.VERBOSE,
)
#: A clause piece that only leads into the cue: 'has', 'has also', 'arguing' (its subject is
#: in an earlier piece).
_LEAD_ONLY = re.compile(
    rf"(?:(?:{any_of([*SUBJECT_ENDERS, *FLOATING_QUANTIFIERS])}|[a-z]+ly|[a-z]+ing)\b\s*)*"
)
#: A clause piece that is an adverbial before the cue: ', in a special en banc session today,',
#: ', along with other groups,'.
_ADVERBIAL = re.compile(rf"{any_of([*_PREPOSITIONS_NOT_TO, *ACCOMPANYING_LEADS])}\s")
#: The subject of a participle cue after 'with', 'from', 'by' or 'despite': 'with Chairman X |
#: voting against', 'submissions from people | supporting the application', 'despite the High
#: Court | suspending the Act'.
_PARTICIPLE_SUBJECT = re.compile(
    r"\b(?:with|from|by|among|despite|in\s+spite\s+of)\s+(?!no\s)"
    r"(?P<np>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+$"
)
_ING = re.compile(r"[a-z]+ing\b")
#: A quote that opens the sentence and closes right before the cue ('“..., except wages,”
#: criticised the former deputy'): the cue reports it, its source after it, so no actor stands
#: before it (not 'The union, which called it “an insult,” rejected').
_QUOTE_CLOSED_BEFORE = re.compile(r"\s*[\"“][^\"“”]*[,!?][\"”]\s*$")
#: An object going on after its noun into an 'of' phrase and a participle describing it
#: ('the shortage | of NHS dentists accepting'): the participle is no cue of its own.
_OBJECT_GOES_ON = re.compile(r"\s+of\s+(?:[\w’'.-]+\s+){1,4}")
#: A body named by 'the' and its common noun: 'the council', 'the company'.
_THE_BODY = re.compile(rf"the\s+({alternation(ORG_NOUNS)})")
_THE_NAMED = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}")
#: A time phrase opening a clause piece ('last Wednesday agreed'): no part of a subject.
_TIME_PHRASE = re.compile(
    rf"^\s*(?:(?i:{any_of(CLAUSE_LEADS)})\s+)?"  # 'Also in February the group offered'
    rf"(?:(?i:{any_of(OPENING_TIME_LEADS)})\s+){{0,2}}{_WHEN_WORD}\b[,\s]*"
)
#: 'we were wrong': a speaker judging themselves, not a stance on something.
_SELF_JUDGED = re.compile(r"\b(?:[Ww]e|I|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he)\s+$")
#: An apposition between an actor and its verb: ', which represents 5,000 staff,', ', 52,',
#: ', D-Va.,' (a name's apposition opening with 'the' is checked against the piece before it).
_APPOSITION = re.compile(r"(?:which|who|whose|where|including)\b|\d|[A-Z][\w.’'-]*$")
#: A list ending a relative clause between a subject and its verb ('Tomuriesa, who is also
#: shadow minister for Treasury, | Health and Forest, called'): its items are the clause's.
_LIST_ITEM = r"(?:[\w’'.&-]+\s+){0,3}[\w’'.&-]+"
_LIST_ITEM_ONLY = re.compile(_LIST_ITEM)
_LIST_END = re.compile(rf"{_LIST_ITEM}\s+(?:and|or)\s+{_LIST_ITEM}")
_RELATIVE_OPENING = re.compile(rf"{any_of(RELATIVE_PRONOUNS)}\b")
#: An aside of some of the subject doing something: '300 supporters, | some carrying placards, |
#: staged a protest' (the supporters staged it).
_PARTITIVE_ASIDE = re.compile(rf"{any_of(PARTITIVES)}\s+[a-z]+ing\b")
#: A clause piece that is only a conjunction (and adverbs) before its verb: ', but (also)
#: rejected': the predicate shares the subject of the piece before.
_COORDINATED_ONLY = re.compile(rf"{any_of(COORDINATORS)}\s*{_LEAD_ONLY.pattern}")
#: A clause opening with its verb ('lobbied MPs to back', 'saying that it was'): its subject
#: is the sentence's.
_OPENS_WITH_VERB = re.compile(  # 'rejected', 'calling', 'began' (an irregular past), "won't"
    rf"(?:[a-z]+(?:ed|ing)|{any_of(IRREGULAR_PASTS)}|[a-z]+n[’']t|(?:did|does|do)\s+not)\b"
)
_ENDS_WITH_NAME = re.compile(r"[A-Z][\w.’'-]*\)?$")
#: An adverb that may open an apposition: 'Jo Lee, | also | a police officer,'.
_APPOSITION_ADVERB = rf"(?:{any_of(APPOSITION_ADVERBS)}\s+)?"
#: An apposition after a name: 'X, the leader of ...', a bare role, capitalised or not ('Brian
#: Ssemanda, chairman of traders at the Pentagon City building, accused'; 'Joel Ssenyonyi, Leader
#: of the Opposition, said') or a place's superlative ('SCI, India's largest shipping line,'),
#: which names no actor of its own.
_APPOSED = re.compile(
    rf"{_APPOSITION_ADVERB}(?:the|a|an)\s"
    rf"|(?i:{any_of(ROLE_WORDS | PERSON_ROLES)})\s+(?:of|for|at)\b"
    r"|[A-Z][\w.-]*[’']s\s+[a-z]"
)
#: An indefinite apposition whose closing comma is missing ('Mirriam Mbewe, a trader along
#: Lumumba Road has expressed concern'): it describes the name before; a place in it is no actor.
_INDEFINITE_APPOSITION = re.compile(rf"{_APPOSITION_ADVERB}an?\s+[a-z]")
#: The owner named before a target ('the YDA’s demand'): no one stands against their own.
_TARGET_OWNER = re.compile(r"(?:the\s+)?(?P<owner>[A-Z][^’']*?)[’']s\s")
#: A break before a clause piece that opens a subordinate clause, with a subject of its own.
_SUBORDINATE_BREAK = re.compile(rf"\b{any_of(SUBORDINATORS)}\b")
#: A naming verb and its object ending a clause piece: the next piece, after 'as', is the label
#: it gives ('Lawmakers branded the draft | as "reformist", | commending'), no subject.
_NAMING_END = re.compile(
    rf"\b(?:{any_of(NAMING_VERBS)}|{any_of(VIEWING_VERBS)})\s+(?:[\w’'-]+\s+){{0,3}}[\w’'-]+$"
)
#: The speaker of a quote as the subject of its cue: 'We will not accept', 'Our members
#: rejected', 'We met the mediator and remain committed to' (a verb joined by 'and'), 'We’ve
#: rejected', 'We’|re disappointed' (a contraction, or its apostrophe before a cue it opens),
#: 'We can’t accept' (a negated auxiliary before it).
_FIRST_PERSON = re.compile(
    rf"\b(?:(?:[Ww]e|I)(?:[’']{any_of(PRONOUN_CONTRACTIONS)})?|[Oo]ur \w+)"
    r"(?:\s+(?:(?:\w+(?:n[’']t)?\s+){0,2}(?:to\s+)?|[^.;:!?,\"“”]*?\s+and\s+(?:\w+\s+){0,2})"
    r"|[’'])$"
)
_OWNED = re.compile(r"(?:his|her|their|its|our|my)\s", re.I)
_DENIED = re.compile(r"^no\s+")  # 'with no Republicans supporting it'
#: What makes the verb after it a stance owed and not taken: 'the two should have supported the
#: report' (they did not; not 'should have been approved', a verdict on the thing).
_OWED_BEFORE = re.compile(r"\b(?:should|ought\s+to)\s+have\s+$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_BREAK_IN = re.compile(r"[,;:]")
#: A one-word name and its reporting verb right before a reported clause: 'Azhar said that | he'.
_REPORTER_END = re.compile(
    rf"(?<![\w’'-])(?P<who>[A-Z][a-z]+)\s+{REPORTING_VERB.pattern}\s+(?:that\s+)?$"
)
#: The subject of a clause reported without 'that': 'said | members had voted to', 'said | 80% of
#: staff would' (a time phrase or an addressee first is no subject: 'told reporters').
_INNER_SUBJECT = re.compile(
    rf"""\s+ (?!{any_of([*PREPOSITIONS, *TIME_LEADS, *ALL_PRONOUNS])}\b)
    (?P<np> [^\s,;:]+ (?:\s+[^\s,;:]+){{0,6}}? )
    \s+ {any_of(FINITE_VERBS)} \b""",
    re.VERBOSE,
)
#: A reported clause's subject right before the cue, when people named in the plural in lower
#: case: 'X said (the union) members | rejected', 'said workers | voted for', or a body that
#: votes or sits: 'said the General Assembly | voted against' (not 'said the government |
#: cannot afford': the speaker's own side; not 'said in the House': no subject).
_INNER_GROUP = re.compile(
    rf"\s+(?P<np>(?:the\s+)?(?:[a-z-]+\s+){{0,2}}"
    rf"{any_of(w for w in GROUP_NOUNS | PEOPLE_NOUNS if w.endswith('s'))}"
    rf"|(?!{any_of([*PREPOSITIONS, *TIME_LEADS])}\b)(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?i:{any_of([*VOTING_BODIES, *SITTING_BODIES])}))\s*"
)
#: What follows a participle that has no object: a preposition ('suspended for six months').
_NO_OBJECT = re.compile(rf"\s+{any_of(_PREPOSITIONS_NOT_TO)}\b")
#: What comes before a participle used as an adjective ('concerns about proposed changes').
_PREPOSITION_BEFORE = re.compile(rf"\b{any_of(_PREPOSITIONS_NOT_TO)}\s+$")
#: A parenthesis closing a name, or standing between two: 'Jo Roe (R-Minn.)', ' (Ill.) and'.
_ASIDE_END = re.compile(r"^\s*\([^()]{1,30}\)|\s*\([^()]{1,30}\)$")
_TELLING = frozenset(forms_of(TELLING_VERBS))
_URGING = frozenset(URGING_VERBS)
#: A one-word cue in '-s' and a finite verb right after it: the cue is the subject's plural
#: noun ('bakery brands have', 'the backs were'), not a verb.
_PLURAL_NOUN = re.compile(r"[a-z]+s")
#: A gerund after 'by': the means of the stance before it.
_MEANS = re.compile(r"[a-z]+ing")
_BY_BEFORE = re.compile(r"\bby\s+$")
#: A possessive after a name, and what it owns: "Zuma's family", 'Lee’s lawyers'.
_OWNER = re.compile(r"[’']s\s+[a-z]")
#: After a name, common nouns that make it a group's: 'Great Glen parish council', 'Estate
#: residents'; the whole phrase is the actor, not the place.
_NAMED_GROUP = re.compile(
    rf"(?:\s+[a-z-]+){{0,2}}?\s+{any_of([*ORG_WORDS, *PEOPLE_NOUNS, *PRODUCER_NOUNS])}"
)
_FINITE_AFTER = re.compile(rf"\s+{any_of(FINITE_VERBS)}\b")
#: A short object and then its clause's verb: 'for students | will', 'for the party | has'.
_OBJECT_THEN_VERB = re.compile(
    rf"(?:\s+(?!{any_of(OBJECT_RELATIVES)}\b)[\w’'-]+){{1,4}}?\s+{any_of(FINITE_VERBS)}\b"
)
#: A person or group named by a pronoun ('X said they would'; 'it' is for `_subject` to read).
_PRONOUN_LEAD = re.compile(rf"(?:{alternation(PRONOUNS)}|they|we)\b", re.I)


@dataclass(frozen=True)
class Subject:
    """The actor of a stance cue: its name, where it starts, and whether it was denied ('no
    Republicans supporting')."""

    name: str
    start: int
    denied: bool = False


def _commas_out(m: re.Match[str]) -> str:
    """The match with its commas blanked, offsets kept."""
    return m.group().replace(",", " ")


@lru_cache(maxsize=1)
def _pieces(prefix: str) -> tuple[tuple[int, str], ...]:
    """The clauses of a sentence's text before a cue, with their offsets. The last reading is
    kept: a cue's own clause is read first, then (most often) its subject's, from one text.
    A comma before a closing quotation mark breaks too ('as "timid," opposition MPs urged');
    a date's commas after a weekday do not ('The union on Monday, March 3, rejected')."""
    masked = _WEEKDAY_DATE.sub(_commas_out, _QUOTED_COMMA.sub(", ", prefix))
    breaks = list(_PIECE_BREAK.finditer(masked))
    starts = [0, *(m.end() for m in breaks)]
    ends = [*(m.start() for m in breaks), len(prefix)]
    return tuple((a, prefix[a:b]) for a, b in zip(starts, ends, strict=True))


def _subject_piece(pieces: tuple[tuple[int, str], ...], prefix: str) -> int:
    """Which clause holds the subject: the last, unless the cue opens its clause ('..., has
    rejected', '..., calling on'); then the one before, over appositions ('The union, which
    represents 5,000 staff, rejected') and clauses that open with their verb too ('Bosses
    served notice, but don't plan to pay, instead proposing'); an adverbial opens none ('the
    Supreme Court, in a special session today, junked'), nor a subordinate clause's subject
    ('called the strike after | an official committee, comprising ..., rejected')."""
    i = len(pieces) - 1
    last = _TIME_PHRASE.sub("", pieces[i][1].strip())
    opens = _LEAD_ONLY.fullmatch(last) or _OPENS_WITH_VERB.match(last)
    if i == 0 or not (opens or _COORDINATED_ONLY.fullmatch(last)):
        return i
    i -= 1
    while i > 0:
        listed = _relative_list(pieces, i)
        if listed:
            i = listed
            continue
        piece = pieces[i][1].strip()
        before_end = pieces[i - 1][0] + len(pieces[i - 1][1])
        if _SUBORDINATE_BREAK.search(prefix, before_end, pieces[i][0]):
            break
        described = pieces[i - 1][1].strip()  # a name, not a place ('In London, | the mayor')
        named = (
            _APPOSED.match(piece) and _ENDS_WITH_NAME.search(described)
        ) and not _ADVERBIAL.match(described.lower())
        verb_first = _OPENS_WITH_VERB.match(_CLAUSE_LEAD.sub("", piece))
        aside = _CLAUSE_LEAD.fullmatch(piece)  # 'Lib Dems, however, are against'
        label = _NAMING_END.search(pieces[i - 1][1])  # 'branded the draft | as "reformist",'
        if not (
            _APPOSITION.match(piece)
            or _PARTITIVE_ASIDE.match(piece)
            or named
            or verb_first
            or aside
            or label
            or _ADVERBIAL.match(piece)
        ):
            break
        i -= 1
    return i


def _relative_list(pieces: tuple[tuple[int, str], ...], i: int) -> int:
    """The piece of the relative clause whose list piece `i` ends ('who is minister for A, | B
    and C,'), or 0: the list's items name no actor, the clause's antecedent does."""
    if not _LIST_END.fullmatch(pieces[i][1].strip()):
        return 0
    j = i - 1
    while j > 0 and not _RELATIVE_OPENING.match(piece := pieces[j][1].strip()):
        if not _LIST_ITEM_ONLY.fullmatch(piece):
            return 0
        j -= 1
    return j


def _subject(doc: Document, sentence: Span, cue_start: int, again: bool = False) -> Subject | None:
    """The actor before a stance cue, but a group for a place in the list placing it ('Traders
    in A, B and C county have taken to the streets': the traders, not C county)."""
    found = _clause_subject(doc, sentence, cue_start, again)
    placed = _PLACED_GROUP.search(doc.text[sentence.start : cue_start])
    if found and placed and found.name in placed["places"]:
        return Subject(placed.group().strip(" ,"), sentence.start + placed.start(), found.denied)
    return found


def _clause_subject(
    doc: Document, sentence: Span, cue_start: int, again: bool = False
) -> Subject | None:
    """The actor before a stance cue: its clause's subject, pronouns resolved (`again`: read
    once more from a clause's start, 'it' or 'shareholders', not from the cue)."""
    prefix = doc.text[sentence.start : cue_start]
    if _QUOTE_CLOSED_BEFORE.fullmatch(prefix):
        return None
    dateline = DATELINE.match(prefix)
    if dateline:
        sentence = Span(sentence.start + dateline.end(), sentence.end)
        prefix = prefix[dateline.end() :]
    after = _PARTICIPLE_SUBJECT.search(prefix) if _ING.match(doc.text, cue_start) else None
    np, at = (after["np"], sentence.start + after.start("np")) if after else ("", 0)
    counted = _COUNTED.match(np)
    if counted and not _COUNT_WORD.fullmatch(counted.group()):  # 'passed with 148 MPs voting
        np, at = np[counted.end() :], at + counted.end()  # for': the MPs
    if after and actor_like(np):  # 'with Chairman X voting against': X
        names = doc.people.names(np)
        if names and _name_list(np, names):  # 'with Senators A and B voting against'
            return Subject(np[names[0][0] : names[-1][1]], at + names[0][0])
        if names and names[-1][1] == len(np):
            return Subject(doc.people.resolve(names[-1][2], at), at + names[-1][0])
        if _GROUP_MEMBER.fullmatch(np) or _THE_NAMED.fullmatch(np):
            return Subject(np, at)  # 'despite the High Court suspending
    noun_cue = _NOUN_CUE.match(doc.text, cue_start)  # 'opposition to', 'argument for'
    owner = _NAMED_OWNER_END.search(prefix) if noun_cue else None
    if owner and owner.start():
        return Subject(_OWNER_END.sub("", owner.group().rstrip()), sentence.start + owner.start())
    pieces = _pieces(prefix)
    relative_who = _SUBJECT_RELATIVE.search(pieces[-1][1])
    if relative_who and relative_who.start():  # 'people who have agreed to': the people
        at, clause = pieces[-1]
        return _antecedent(doc, clause[: relative_who.start()], sentence.start + at)
    if relative_who and len(pieces) > 1:  # 'Ann Lee, who had filed a lawsuit': Ann Lee
        at, clause = pieces[-2]
        return _antecedent(doc, clause, sentence.start + at)
    if (
        len(pieces) > 1
        and _LEAD_ONLY.fullmatch(last_piece := pieces[-1][1].strip())
        and _THAT_END.search(prefix, 0, pieces[-1][0])
        and not _REPORTED_THAT.search(prefix, 0, pieces[-1][0])
        and not (again and not last_piece)
        and last_piece.partition(" ")[0].lower() not in ALL_PRONOUNS  # 'that it will appeal'
    ):  # 'the union that has rejected it': the union; 'changes that would block': no one
        at, clause = pieces[-2]
        found = _antecedent(doc, clause, sentence.start + at)
        return None if found is None or _THING.fullmatch(found.name) else found
    chosen = _subject_piece(pieces, prefix)
    at, clause = pieces[chosen]
    tail = _FLOATING_END.sub("", clause.strip())
    if _group_list(tail) or _lists_names(doc, tail) or _named_list(tail) or _mixed_list(tail):
        # 'The mayor, the police chief and local business owners': one list, over its commas
        first = chosen
        while first and _list_member(member := pieces[first - 1][1].strip()):
            if not actor_like(member):
                break  # 'In London, the mayor and'
            first -= 1
        at, clause = pieces[first][0], prefix[pieces[first][0] : at + len(clause)]
    side = _LAST_SIDE.search(pieces[chosen - 1][1]) if chosen and _shared_head(tail) else None
    if side and not _PLACE_BEFORE.search(pieces[chosen - 1][1], 0, side.start()):
        # 'all Labour, | Conservative and Independent members': from the first side on (not
        # 'In London, | Labour and Green councillors')
        end = at + len(clause)
        at = pieces[chosen - 1][0] + side.start()
        clause = prefix[at:end]
    if chosen and _RECOMMENDED.search(prefix, 0, at):  # 'X recommended that members reject'
        return _subject(doc, sentence, sentence.start + at, again=True)
    offset = sentence.start + at
    when = _TIME_PHRASE.match(clause)  # 'Earlier this week the union rejected'
    if when:
        offset += when.end()
        clause = clause[when.end() :]
    joined = _JOINED_CLAUSE.search(clause)
    if joined and not _LEAD_ONLY.fullmatch(clause, joined.end()):
        # 'an agreement has not been reached and the nurses decided to strike' (not 'ordered
        # him to pay a fine and perpetually disqualified him': the verbs share a subject)
        offset += joined.end()
        clause = clause[joined.end() :]
    verb = REPORTING_VERB.search(clause)  # the subject ends before its reporting verb
    inner = (  # not after 'told': 'told reporters the council would' names whom first
        _INNER_SUBJECT.match(clause, verb.end()) if verb and verb.group() not in _TELLING else None
    )
    if verb and not inner and verb.group() not in _TELLING:
        inner = _INNER_GROUP.fullmatch(clause, verb.end())  # 'said workers | voted for a strike'
    if inner and inner["np"].lower() not in ALL_PRONOUNS and not _OWNED.match(inner["np"]):
        # 'The union said members had voted to reject': the reported clause's own subject ('Moe
        # said his government will oppose': his government's stance is Moe's, read before)
        offset += inner.start("np")
        clause, verb = inner["np"], None
    called = _CALLED.match(clause)
    if called:  # 'A group called Philadelphians Against the Grocery Tax issued': the name
        offset += called.end()
        clause = clause[called.end() :]
    phrase = _SUBJECT_STOP.sub("", clause[: verb.start()] if verb else clause).strip(" ,")
    concessive = _CONCESSIVE.match(phrase)
    if concessive:  # 'Despite planning officers recommending the scheme': the officers
        offset += concessive.end()
        phrase = phrase[concessive.end() :]
    acronymed = _ACRONYMED.match(phrase)
    if acronymed:  # 'A Federal Capital Territory (FCT) High Court sitting at': the court
        return Subject(acronymed["name"], offset + acronymed.start("name"))
    if called and actor_like(phrase):
        return Subject(phrase, offset)  # the name as written, 'for' and all
    phrase = _FLOATING_END.sub("", phrase)
    if noun_cue:  # "the union's (main) opposition to": the union
        phrase = _OWNER_END.sub("", phrase)
    lead = _CLAUSE_LEAD.match(phrase)
    if lead:
        offset += lead.end()
        phrase = phrase[lead.end() :]
    if not phrase:
        # '..., the TUC general secretary, said the plans were unacceptable': the one who said it
        said = REPORTING_VERB.search(prefix)
        if (
            said
            and len(pieces) > 1
            and not prefix[: said.start()].rstrip().endswith((".", "!", "?"))
        ):
            who = speaker(prefix[: said.start()], sentence.start, doc.people)
            # 'Ogamba who was speaking during an interview, asserted': Ogamba
            return Subject(_SUBJECT_STOP.sub("", who.name), sentence.start) if who else None
        return None
    relative = _RELATIVE.match(phrase)
    if relative and chosen and _LEAD_ONLY.fullmatch(phrase, relative.end()):
        # ', which unanimously voted against': the clause has no subject of its own, so the
        # thing it is said of holds the stance
        at, clause = pieces[chosen - 1]
        return _antecedent(doc, clause, sentence.start + at)
    if relative and chosen:  # ', which Shire rejected', ', a move the board rejected': Shire
        offset += relative.end()
        phrase = phrase[relative.end() :]
    lowered = phrase.lower()
    # 'it has rejected': the organisation last named, if named more than once lately (a
    # one-off capitalised subject may be a common word: 'Full reasons are to follow'), or
    # by a name of several words or an acronym opening the sentence before ('But the Rugby
    # Players' Association criticised ... It said it was opposed')
    org = doc.people.last_org_before(offset) if lowered == "it" else None
    if org and (
        doc.text.count(org, max(0, offset - _LOOKBACK), offset) > 1
        or (len(org.split()) > 1 or org.isupper())
        and doc.people.last_org_before(offset, since=doc.sentence_before(sentence).start) == org
    ):
        return Subject(org, offset)
    if lowered in PRONOUNS:
        # 'Azhar said that he had allowed': the reporter, named by a given name alone
        reporter = _REPORTER_END.search(doc.text, sentence.start, offset)
        given = reporter and doc.people.by_given_name(reporter["who"], reporter.start())
        name = given or doc.people.last_before(offset)
        return Subject(name, offset) if name else None
    the_body = _THE_BODY.fullmatch(lowered)
    named_body = the_body and doc.people.last_org_before(offset, the_body[1], fallback=False)
    if named_body:  # 'the council was speaking with ...': Gwanda Town Council
        return Subject(named_body, offset)
    if lowered == "both":
        # 'Both voted against': the two people the sentence before names; 'X and Y, both of
        # whom threw their support behind': the two just named
        whom = doc.text.startswith(" of whom", offset + len(phrase))
        before = Span(sentence.start, offset) if whom else doc.sentence_before(sentence)
        named = doc.people.names(doc.text[before.start : before.end])
        return Subject(f"{named[-2][2]} and {named[-1][2]}", offset) if len(named) > 1 else None
    if (
        lowered in ("they", "we", "it", *PROCESS_SUBJECTS)
        or NOT_SOURCES.match(phrase)
        or _OWNED.match(phrase)
    ):
        # 'Mr Swinney said that his Government opposed': the owner, in the clause before
        if chosen == 0 or _PRONOUN_LEAD.match(phrase) and REPORTING_VERB.search(prefix, 0, at):
            # 'X says they have agreed that teachers go back and teach as they keep pushing
            # for': the people of a reported clause are its source's (read by the caller)
            return None
        return _subject(doc, sentence, sentence.start + at, again=True)
    denied = _DENIED.match(phrase)
    if denied:
        offset += denied.end()
        phrase = phrase[denied.end() :]
    quantifier = _QUANTIFIER.match(phrase)
    if quantifier:
        offset += quantifier.end()
        phrase = phrase[quantifier.end() :]
    if _GROUP_OF.match(phrase) and len(_ASIDE_END.sub("", phrase).split()) <= 7:
        return Subject(phrase, offset, bool(denied))  # 'Jurors in Delaware', 'Workers at Acme'
    if _named_list(phrase) or _group_list(phrase) or _shared_head(phrase):
        return Subject(phrase, offset)  # 'the Labour Party and the CTU': `_actors` splits them
    names = doc.people.names(phrase)
    if (
        chosen
        and _INDEFINITE_APPOSITION.match(phrase)
        and prefix[: pieces[chosen][0]].rstrip().endswith(",")  # not 'X as a candidate'
    ):
        described_at, described = pieces[chosen - 1][0], pieces[chosen - 1][1].rstrip()
        named = doc.people.names(described)
        if named and named[-1][1] == len(described):
            start = sentence.start + described_at + named[-1][0]
            return Subject(doc.people.resolve(named[-1][2], start), start, bool(denied))
    count = _COUNTED.match(phrase) if names else None  # '41,000 teachers in British Columbia'
    placed = _GROUP_THEN_PLACE.match(phrase, count.end() if count else 0) if names else None
    if placed and names[0][0] >= placed.end():  # 'workers at ... in Victoria': the workers
        return Subject(placed["head"], offset + placed.start(), bool(denied))
    if _name_list(phrase, names):
        return Subject(phrase[names[0][0] : names[-1][1]], offset)  # 'Jo Lee and Al Roe': both
    if (
        names
        and (_OWNER.match(phrase, names[0][1]) or _NAMED_GROUP.fullmatch(phrase, names[0][1]))
        and len(phrase.split()) <= 7
    ):
        return Subject(phrase, offset, bool(denied))  # "Zuma's family": the family, not Zuma
    org = organisation(phrase) if names else None
    if names and not (  # 'members of the Canadian Union of Public Employees': not a person
        org and names[0][2] != org and names[0][2] in org and ORG_WORDS & set(org.lower().split())
    ):
        return Subject(doc.people.resolve(names[0][2], offset), offset, bool(denied))
    counted = _COUNTED.match(phrase)  # 'About 11,000 cabin crew' -> 'cabin crew'
    if counted and (quantifier or not _COUNT_WORD.fullmatch(counted.group())):
        # 'Three commissioners' stays, not 'Two of the | three unions'
        offset += counted.end()
        phrase = _COUNTED_AFTER_AND.sub("", phrase[counted.end() :])
    phrase = _TRAILING_ADVERB.sub("", phrase)
    participle = _TRAILING_PARTICIPLE.search(phrase)
    if participle and prefix.rstrip().endswith(participle.group().strip()):
        phrase = phrase[: participle.start()]  # '40 Greens voting | in favour', not 'funding'
    words = phrase.split()
    if not words or not actor_like(phrase) or _ADJECTIVE.fullmatch(phrase):
        return None  # 'health services, financial support and advice': no one supports
    if _JOINED_VERB_END.search(phrase):
        return None  # 'will recognise it as a full member and reinstate': a second verb's
    if _ADJECTIVE.fullmatch(words[-1]) and words[-1] not in _ACTOR_HEADS:
        return None  # 'a loss of legal support for workers': the cue a noun after its adjective
    if _THING.fullmatch(phrase):
        return None  # 'Senate amendments, changes that would block any pensions': a thing
    if phrase.lower() in _UNSPECIFIED_PEOPLE:
        return None  # 'people are unable to afford the medication': no one in particular (not
        # 'people supporting the application', 'people who have agreed': named by what they do);
        # 'the two sides agreed': both sides at once
    if len(words) <= 7:
        return Subject(phrase, offset, bool(denied))
    placed = _GROUP_THEN_PLACE.match(phrase)
    if placed and _NAMED_WORD.search(phrase, placed.end()) and not _PLACED_GROUP_NAME.match(phrase):
        # 'Miners in the western Georgian town of X': the miners, not the place's adjective
        # ('representatives from the trade unions and ...' names no place; 'workers at three
        # centres in A and one in B' is one group, its places listed: both left whole)
        return Subject(placed["head"], offset + placed.start(), bool(denied))
    org = organisation(phrase)
    return Subject(org, offset, bool(denied)) if org else None


#: What a motion claims, after it: 'a motion (at a meeting of X) | claiming | the proposals |
#: "failed to demonstrate ..."'.
_CLAIMED = re.compile(
    rf"""[^.;:!?]{{0,80}}?\b{any_of(CLAIMING_FORMS)}\s+(?:that\s+)?
    (?P<claimed>(?:[\w’'-]+\s+){{0,4}}?[\w’'-]+)\s+[\"“]?
    (?P<verdict>(?:{any_of(FINITE_VERBS)}|[a-z]+ed|fails|breaches)\b[^.;:!?]{{0,80}})""",
    re.VERBOSE,
)
#: A verdict against in a claim: 'failed to demonstrate', 'breached the law', 'was unlawful'.
_CLAIMED_AGAINST = re.compile(rf"\b(?:fail\w*|breach\w*|{_AGAINST})\b")


def _motion_claim(
    doc: Document, target: str | None, end: int, sentence: Span
) -> tuple[Stance, str, int] | None:
    """The stance a motion backed by its movers states by what it claims ('tabled a motion
    claiming the proposals failed to demonstrate key principles': against the proposals), the
    thing claimed about and where the claim ends; None for a motion claiming nothing read."""
    if not target or not _MOTION_WORD.fullmatch(target.split()[-1]):
        return None
    claim = _CLAIMED.match(doc.text, end, sentence.end)
    if not claim:
        return None
    verdict = claim["verdict"]
    stance = "oppose" if _CLAIMED_AGAINST.search(verdict) else tone_stance(verdict)
    return (stance, claim["claimed"], claim.end()) if stance else None


#: A finding that someone did wrong by an act, just before the act's cue: 'decided that | the
#: appellate court breached the law by | accepting', 'found that the council acted unlawfully in'.
_FAULTED = re.compile(
    rf"\b{any_of(FINDING_VERBS)}\s+that\s+(?:[\w’'-]+\s+){{1,6}}?{any_of(FAULTS)}\s+(?:in|by)\s+$"
)


def _fault_found(
    doc: Document, stance: Stance, m: re.Match[str], sentence: Span
) -> tuple[Stance, int] | None:
    """The stance of one who found fault in the act a cue names ('The court found that the
    council acted unlawfully by approving the extension': against the extension) and where the
    finding's verb starts; None if no fault is found in it."""
    if stance not in ("support", "oppose"):
        return None
    faulted = _FAULTED.search(doc.text, max(sentence.start, m.start() - 90), m.start())
    if not faulted:
        return None
    return ("oppose" if stance == "support" else "support"), faulted.start()


_APOSTROPHE = re.compile(r"[’']")
#: An act named as a noun with its owner, just before the cue of what it does: "East Lindsey
#: District Council’s decision | to block", "the hospital's refusal to | release".
_OWNED_ACT = re.compile(
    rf"""(?<![\w’'-])(?P<owner>(?:[A-Z][\w’'-]*\s+(?:(?:of|and|for)\s+)?){{0,5}}[A-Z][\w’'-]*?
      |(?<=[Tt]he\s)[a-z]+)
    [’']s?\s+(?:[a-z]+\s+)?{any_of(ACT_NOUNS)}\s+(?:to\s+)?$""",
    re.VERBOSE,
)
#: The same act owned by a pronoun: 'pointing to | its refusal to | reopen the school'.
_OWNED_BY_PRONOUN = re.compile(
    rf"\b(?:its|their)\s+(?:[a-z]+\s+)?{any_of(ACT_NOUNS)}\s+(?:to\s+)?$", re.I
)
_PRONOUN_OWNER = re.compile(r"\b(?:its|their)\s+$", re.I)
_ACT_NOUNS = frozenset(ACT_NOUNS)
#: A body named by its common noun, for a pronoun that owns an act: 'the ministry', 'government'.
_BODY_NOUN = re.compile(rf"(?i:the\s+)?(?i:{any_of(URGED_AUTHORITIES)})\b")


def _planner(doc: Document, m: re.Match[str], sentence: Span) -> bool:
    """Whether a body or person is named as owning the planned act before a 'to' ("the
    Speaker's decision | to"); a court's decision to do a thing is its ruling, no stance."""
    owned = _OWNED_ACT.search(doc.text, max(sentence.start, m.start() - 100), m.start())
    return owned is not None and owned["owner"].split()[-1].lower() not in SITTING_BODIES


def _act_owner(doc: Document, m: re.Match[str], sentence: Span) -> Subject | None:
    """Who owns an act named as a noun just before a cue ("East Lindsey District Council's
    decision to | block"): the name before it, or for 'its' or 'their' the body named last
    before it in the sentence ('accusing government of ... with their refusal to | open');
    None where no act is named so."""
    near = max(sentence.start, m.start() - 100)
    if _APOSTROPHE.search(doc.text, near, m.start()):  # most cues have no possessive before
        owned = _OWNED_ACT.search(doc.text, near, m.start())
        if owned:
            return Subject(owned["owner"], owned.start("owner"))
    pronoun = _OWNED_BY_PRONOUN.search(doc.text, near, m.start()) or (
        _PRONOUN_OWNER.search(doc.text, near, m.start())
        if m.group().partition(" ")[0] in _ACT_NOUNS  # 'their | refusal to open'
        else None
    )
    bodies = [*_BODY_NOUN.finditer(doc.text, sentence.start, pronoun.start())] if pronoun else []
    return Subject(bodies[-1].group(), bodies[-1].start()) if bodies else None


#: The verb of a main clause after an opening participle clause: '..., the union | said',
#: '..., the Attorney General X | lodged', '..., Cllr Jo Lee | said as well as ...' (a verb of
#: saying, not only a past in -ed, else a later clause's verb takes its subject).
_MAIN_VERB = re.compile(rf"\s(?:[a-z]+ed|{any_of(FINITE_VERBS)}|{any_of(SPEECH_VERBS)})\b")
_OPENING_PARTICIPLE = re.compile(r"[A-Za-z]+ing\s")
#: The comma that closes an opening clause, a closing quotation mark may come first ('Blasting
#: the plans as "unconscionable," a group of lawmakers urged').
_CLAUSE_COMMA = re.compile(r",[”\"’']?\s+")


def _opening_participle_subject(doc: Document, m: re.Match[str], sentence: Span) -> Subject | None:
    """The actor of a participle clause that opens a sentence: the main clause's subject after
    its comma ('Considering the judgment unlawful, the Attorney General X lodged an appeal':
    X); None if the cue opens no such clause."""
    if not _OPENING_PARTICIPLE.match(doc.text, m.start()):
        return None
    comma = _CLAUSE_COMMA.search(doc.text, m.end(), sentence.end)
    if comma is None:
        return None
    verb = _MAIN_VERB.search(doc.text, comma.end(), sentence.end)
    return _subject(doc, Span(comma.end(), sentence.end), verb.start() + 1) if verb else None


def _antecedent_thing(doc: Document, start: int, text: str) -> str | None:
    """What a relative clause after `text` is about: its last target noun phrase, else its
    last word ('mediation' in 'has called for mediation, a move the board rejected')."""
    noun = _last_target_noun(doc.text, start, start + len(text.rstrip()))
    if noun:
        return _phrase(doc.text, noun, floor=start)[0]
    last = re.search(r"[\w’'-]+$", text.rstrip(" ,"))
    return last.group() if last else None


def _heads_subject(doc: Document, m: re.Match[str], sentence: Span) -> bool:
    """Whether a stance noun's phrase is the subject of a verb after its object ('Financial
    support for students will rise'), owned by no one ("Labour's support for it has waned")."""
    if " " not in m.group() or not _STANCE_NOUN.match(m.group()):
        return False
    return bool(_OBJECT_THEN_VERB.match(doc.text, m.end(), sentence.end)) and not (
        _POSSESSIVE_END.search(doc.text[sentence.start : m.start()].rstrip())
    )


def _name_list(text: str, names: list[tuple[int, int, str]]) -> bool:
    """Whether `text` names a list of people ending in 'and': 'Jo Lee and Al Roe', 'Jo Lee (Ill.)
    and Al Roe (N.Y.)', 'Jo Lee and Vice President Al Roe', 'Justices A, B and C'."""
    gaps = [
        _ASIDE_END.sub("", text[a[1] : b[0]]).strip()
        for a, b in zip(names, names[1:], strict=False)
    ]
    return len(names) > 1 and "and" in gaps[-1] and all(_JOIN_TITLED.fullmatch(gap) for gap in gaps)


def _lists_names(doc: Document, text: str) -> bool:
    """`_name_list` of `text` and the names in it. Such a list ends in 'and': a text with no
    'and' (most subjects) is not read for names."""
    return "and" in text and _name_list(text, doc.people.names(text))


def _shared_head(name: str) -> list[str]:
    """Each side of 'Labour, Conservative and Independent members' with the noun they share
    ('Labour members', ...), or none if `name` is not such a list."""
    shared = _SHARED_HEAD.fullmatch(_LEADING_THE.sub("", name.strip()))
    if not shared:
        return []
    return [f"{side} {shared['head']}" for side in _SIDE_JOIN.split(shared["sides"])]


def _named_list(name: str) -> list[str]:
    """The bodies a list names in full ('Unite and the GMB', 'the Greens, the Liberal Democrats
    and Plaid Cymru'), or none if it is not such a list ('Marks and Spencer': one name)."""
    parts = _NAMED_SPLIT.split(_LEADING_THE.sub("", name.strip()))
    if len(parts) < 2:
        return []
    if " and " not in "".join(_NAMED_SPLIT.findall(name)) and " and " in parts[-1]:
        parts[-1:] = parts[-1].rsplit(" and ", 1)  # 'A, B and C': the last 'and' splits too
    return parts if all(_NAMED_IN_LIST.fullmatch(part) for part in parts) else []


def _list_member(piece: str) -> bool:
    """Whether a clause piece is one member of a list going on in the next: 'The mayor', 'Jo
    Lee', or a body named in one word ('Labour, | the Greens and'), not a connective ('However,
    | Labour and the Greens')."""
    return bool(
        _LIST_MEMBER.fullmatch(piece)
        or _ONE_WORD_BODY.fullmatch(piece)
        and piece.lower() not in _CONNECTIVES
        and not piece.endswith("ly")
    )


def _body_in_full(part: str) -> bool:
    """Whether a list's part names a body in full, its last word one of a body ('the Green
    Party', 'Social Democrats', 'Government'), or its word before 'of' ('the Ministry of
    Finance'), or an acronym ('GSEE'); not a person ('Jo Lee') nor a word that opens a sentence
    ('Tired and frustrated residents')."""
    last = part.rsplit(maxsplit=1)[-1]
    head = part.split(" of ", 1)[0].rsplit(maxsplit=1)[-1]
    return bool(_NAMED_IN_LIST.fullmatch(part)) and (
        last.lower() in ORG_WORDS or head.lower() in ORG_WORDS or last.isupper() and len(last) > 1
    )


def _mixed_list(name: str) -> list[str]:
    """The sides of a list mixing bodies named in full and groups named by a common noun ('Sinn
    Féin, Labour, the Green Party and independent councillors'), or none if it is not one."""
    if " and " not in name:
        return []
    parts = [_LEADING_THE.sub("", part) for part in _LIST_JOIN.split(name.strip())]
    named = [_body_in_full(part) for part in parts]
    common = [
        not is_named
        and part[:1].islower()
        and bool(_GROUP_MEMBER.fullmatch(part))
        and not _OWNED_OR_OTHER.match(part)  # 'Unite and its members': one side
        for part, is_named in zip(parts, named, strict=True)
    ]
    sides = all(a or b for a, b in zip(named, common, strict=True))
    if sides and any(named) and all(actor_like(part) for part in parts):
        return parts
    return []


def _group_list(name: str) -> list[str]:
    """The groups a list names ('The Liberals and Greens', 'parents and teachers', 'the mayor,
    the police chief and local business owners'), or none if it is not such a list."""
    if " and " not in name or _OF_A_AND_B.fullmatch(name.strip()):
        return []
    parts = [_LEADING_THE.sub("", part) for part in _LIST_JOIN.split(name.strip())]
    if all(_GROUP_MEMBER.fullmatch(part) and actor_like(part) for part in parts):
        return parts
    return []


def _antecedent(doc: Document, text: str, offset: int) -> Subject | None:
    """Whom 'who' stands for: the person named last in `text`, else its last noun phrase
    ('people' in 'calls made to people who')."""
    text = _ASIDE_END.sub("", text.rstrip(" ,"))  # 'Sen. Jo Roe (R-Minn.), who'
    names = doc.people.names(text)
    if names and names[-1][1] == len(text):
        return Subject(doc.people.resolve(names[-1][2], offset), offset + names[-1][0])
    last = _LAST_PHRASE.search(text)
    if not last:
        return None
    lead = _CLAUSE_LEAD.match(last.group(1))  # 'Otherwise | the labourer who seeks'
    phrase = last.group(1)[lead.end() :] if lead else last.group(1)
    at = offset + last.start(1) + (lead.end() if lead else 0)
    return Subject(phrase, at) if actor_like(phrase) else None


#: An undoing right after a cue, before its thing: 'backed | scrapping | the plan'.
_UNDOING_LEAD = re.compile(rf"\s+(?P<undoing>{_UNDOING})\s+")
#: The naming lead of an object: 'condemned | what it termed, “| the shocking behaviour”',
#: 'slammed | what he called | a betrayal'.
_WHAT_NAMED = re.compile(
    rf"\s+what\s+(?:{any_of(ALL_PRONOUNS)}|the\s+[a-z]+)\s+{any_of(NAMING_VERBS)}"
    rf"(?:\s+as)?\s*,?\s*[“\"‘']?(?=\s*[\w“\"‘'])",
    re.I,
)


def _target(
    doc: Document, start: int, limit: int, cue_start: int, within: int | None = None
) -> tuple[str | None, int]:
    """What a stance is about: the noun phrase after the cue ('the Government's final offer'),
    or for 'it' and cues with no object ('balloted to strike'), the last such phrase before it.
    `within` keeps the phrase inside the cue ('put the offer to members')."""
    named = _WHAT_NAMED.match(doc.text, start, limit)
    if named:  # 'condemned what it termed, “the shocking behaviour” of': the thing so named
        start = named.end()
    window = doc.text[start:limit]
    pronoun = _PRONOUN_OBJECT.match(window)
    noun = None if pronoun else _TARGET_NOUN.search(doc.text, start, limit)
    obj = None if pronoun else _OBJECT.match(window)
    far = noun is None or len(doc.text[start : noun.start()].split()) > 10
    # an object that is not a known target noun ('welcomed the news'), or one with its own
    # determiner that ends before the first target noun ('against the bypass and claim')
    if obj and (
        far
        or _DETERMINED.match(obj.group("np"))
        and noun is not None
        and noun.start() >= start + obj.end()
        and not doc.text.startswith(" of ", start + obj.end())  # 'the Ministry of X's offer'
    ):
        return obj.group("np"), start + obj.end()
    if noun is None or far:
        earlier = _last_target_noun(doc.text, max(0, cue_start - _LOOKBACK), cue_start)
        headed = None if pronoun or obj else _HEADED.match(window)
        if headed:  # 'an independent inquiry | into the killings'
            return headed.group("np"), start + headed.end()
        if earlier is None:
            return None, start + (pronoun.end() if pronoun else 0)
        return _phrase(doc.text, earlier)[0], start + (pronoun.end() if pronoun else 0)
    phrase, end = _phrase(doc.text, noun, floor=start, limit=within)
    undoing = _UNDOING_LEAD.match(doc.text, start)
    if undoing and doc.text.startswith(phrase, undoing.end()):
        # 'supported scrapping the plan': the undoing is read with its thing (then opposed)
        phrase = doc.text[undoing.start("undoing") : undoing.end()] + phrase
    return phrase, end


#: An action threatened: 'will go on strike', 'would walk out', 'to take strike action'.
_THREATENED = re.compile(
    rf"""\b(?:will|would|to)\s+(?:[a-z]+\s+){{0,2}}?
    (?:{any_of(STRIKE_ACTIONS)}|{any_of(STRIKE_STARTS)}\s+(?:an?\s+)?(?:[a-z-]+\s+)?
      {any_of(STRIKE_NOUNS)})\b""",
    re.VERBOSE,
)
#: A condition right after the action threatened, 'unless' too: 'will strike | if the offer is
#: not improved', 'will go on hunger strike | unless their demands are met' (not a clause later:
#: 'will strike over the cuts, which would hurt patients if').
_CONDITION_ON_THREAT = re.compile(
    rf"(?:\s+[\w’'-]+){{0,3}}?,?\s+(?:{any_of(CONDITION_OPENERS)})\s", re.I
)
#: A sentence opening with its condition: 'If the government does not withdraw it, ...'.
_IF_FIRST = re.compile(r"\s*If\s[^,.;]{3,160},")


def _threat_on_condition(doc: Document, start: int, end: int, limit: int) -> bool:
    """Whether the words at `start:end` threaten an action on a condition said beside them
    ('will strike if the offer is not improved', 'If X, the union will walk out'): a
    conditional stance, not a plain one against. The condition may follow the action inside
    the words ('will strike if the offer is not improved', read up to 'the offer')."""
    threat = _THREATENED.search(doc.text, start, end)
    if not threat:
        return False
    sentence = doc.sentence_at(start)
    return bool(
        _CONDITION_ON_THREAT.match(doc.text, threat.end(), limit)
        or _CONDITION_NEAR.match(doc.text, end, limit)
        or _IF_FIRST.match(doc.text, sentence.start, start)
    )


#: Where the look back for the last target noun starts, before it tries all of `_LOOKBACK`.
_NEAR_LOOKBACK = 200


def _last_target_noun(text: str, start: int, end: int) -> re.Match[str] | None:
    """The last target noun in `text[start:end]`, looked for in the last `_NEAR_LOOKBACK`
    characters first. Target nouns are single words (a test says so), matched whole: what a
    scan from nearer finds is what a scan from `start` finds there, and anything else the
    longer scan finds lies before it."""
    near = max(start, end - _NEAR_LOOKBACK)
    for begin in (near, start) if near > start else (start,):
        found = list(_TARGET_NOUN.finditer(text, begin, end))
        if found:
            return found[-1]
    return None


#: A target noun that is a verb after 'to' ('struggling to pay their rent'; not 'to cuts').
_INFINITIVE = re.compile(r"\bto\s+[a-z]+(?<!s)$")


def target_near(doc: Document, start: int, end: int) -> str | None:
    """What words at `start:end` are about: the first target noun phrase in them, else the
    last one before them (as for 'it'); never what they open by conceding ('Despite the
    strike, the chief executive reassured customers' is not about the strike)."""
    despite = _CONCESSIVE_LEAD.match(doc.text, start, end)  # 'Despite the strike, X said'
    named = _TARGET_NOUN.finditer(doc.text, despite.end() if despite else start, end)
    noun = next(
        (n for n in named if not _INFINITIVE.search(doc.text, max(0, n.start() - 4), n.end())), None
    ) or (None if despite else _last_target_noun(doc.text, max(0, start - _LOOKBACK), start))
    return _phrase(doc.text, noun)[0] if noun else None


#: A verdict denied, right before the thing judged: 'denied (that) | the mine would harm': the
#: denier holds the reverse stance (not 'denied claims that', a claim denied, read as such).
_DENIED_VERDICT = re.compile(
    rf"\b{any_of(VERDICT_DENIALS)}\s+(?!(?:any\s+)?{any_of(DENIED_THINGS)}\b)"
    rf"(?:that\s+)?(?:[\w’'-]+\s+){{1,4}}$"
)
#: A verb that states a judgement as someone's: one that reports it, or one of opinion ('CP
#: felt its offer is fair').
_JUDGING_VERB = re.compile(
    rf"{REPORTING_VERB.pattern}|\b{any_of(OPINION_VERBS)}\b"
    rf"|\b{any_of(QUESTIONING_VERBS)}\s+whether\b"  # 'questioned whether the cut would help'
)
#: A negated auxiliary between the thing judged and its cue: 'the amendment | did not | go'.
_NEGATED_END = re.compile(rf"\s+(?:[a-z]+\s+(?:{alternation(NEGATIONS)})|[a-z]+n[’']t)$")
#: 'it was confident (that)', 'it was not clear': the speaker's frame before the thing judged.
_FRAME = re.compile(rf"^{any_of(ALL_PRONOUNS)}\s+{any_of(BEING_VERBS)}\s+(?:not\s+)?[a-z]+\s+")


def _evaluated(doc: Document, sentence: Span, cue_start: int) -> str | None:
    """The thing judged in 'X said the plans were unfair' or '"The sentence is unfair"': the
    words between verb (or quote) and cue, else the last target noun phrase just before the
    cue (or before 'it', if further back)."""
    before = doc.text[sentence.start : cue_start]
    parts = _JUDGING_VERB.split(before)
    target = re.split(r"\b(?:and|but|while|whereas|that)\s+", parts[-1])[-1].strip(" ,")
    target = _FRAME.sub("", _NEGATED_END.sub("", target))
    pronoun = target.lower() in ALL_PRONOUNS  # 'it': the thing last named, maybe before
    if 0 < len(target.split()) <= 8 and not pronoun:  # in a quote, no reporting verb is needed
        return target
    floor = cue_start - _LOOKBACK if pronoun else max(sentence.start, cue_start - 60)
    noun = _last_target_noun(doc.text, max(0, floor), cue_start)
    return _phrase(doc.text, noun, floor=doc.sentence_at(noun.start()).start)[0] if noun else None


#: A capitalised word and the space before an 'of' ('Bank of').
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'-]*\s$")


def _of_in_name(text: str, word: re.Match[str]) -> bool:
    """Whether `word` is the 'of' inside a name ('the Bank of England’s decision', 'the Court of
    Appeal decision'), which a target phrase reads through back to its determiner."""
    return (
        word.group() == "of"
        and text[word.end() + 1 : word.end() + 2].isupper()
        and bool(_CAPITAL_BEFORE.search(text, max(0, word.start() - 30), word.start()))
    )


def _phrase(
    text: str, noun: re.Match[str], floor: int = 0, limit: int | None = None
) -> tuple[str, int]:
    """The noun phrase around a target noun: from its determiner to a short 'on/of ...' tail;
    with a `limit`, only compounds up to it ('the pay offer') and no tail."""
    begin = noun.start()
    for m in reversed(
        list(_WORD_OR_QUOTED.finditer(text, max(floor, noun.start() - 80), noun.start()))
    ):
        word = m.group().lower()
        if text[m.end() : begin].strip() or word in TARGET_STOP and not _of_in_name(text, m):
            break
        begin = m.start()
        if word in DETERMINERS:
            break
    end = noun.end()
    while compound := _COMPOUND.match(
        text, end, len(text) if limit is None else limit
    ):  # 'pay offer'
        end = compound.end()
    tail = _TAIL.match(text, end) if limit is None else None
    if tail:
        end = tail.end()
    fallen = _FALLEN_AFTER.match(text, end) if limit is None else None
    if fallen:  # "the bill's collapse": the downfall is the phrase's head
        end = fallen.end()
    return text[begin:end].strip(" ,"), end


#: A grievance right after a strike joined: 'joined the strike | over pay'.
_GRIEVED_AFTER = re.compile(_GRIEVED)
_STRIKE_NOUN = re.compile(rf"\b{any_of(STRIKE_NOUNS)}$")


def _joined_strike(doc: Document, m: re.Match[str]) -> bool:
    """Whether a cue joins a strike that is over nothing named, neither after it nor before
    ('went on strike ... Senior doctors joined the strike'): joining it then backs the strike,
    where one joined after 'cuts to overtime pay' is against the cuts."""
    joined = m.group("joined")
    if not joined or not _STRIKE_NOUN.search(joined) or _GRIEVED_AFTER.match(doc.text, m.end()):
        return False
    earlier = _last_target_noun(doc.text, max(0, m.start() - _LOOKBACK), m.start())
    return earlier is None or earlier.group() in STRIKE_NOUNS


#: A cue that names a strike itself ('will stage a strike', 'to go on strike').
_STRIKE_IN_CUE = re.compile(rf"\b{any_of(STRIKE_NOUNS)}\b")
#: An object that is only a strike ('a strike', 'their indefinite strike'), no grievance.
_STRIKE_ONLY = re.compile(_STRIKE_NAMED, re.VERBOSE)


def _strike_backed(m: re.Match[str], target: str | None) -> bool:
    """Whether a strike cue's object is only the strike it starts ('was to go on strike'),
    which its strikers back, not oppose: gold reads a strike as backed by who strikes."""
    return bool(target and _STRIKE_IN_CUE.search(m.group()) and _STRIKE_ONLY.fullmatch(target))


def _stance(doc: Document, stance: Stance, m: re.Match[str], floor: int) -> Stance | None:
    """The cue's stance after negation ('will not accept', 'reluctance to support' oppose);
    None if the cue is negated away."""
    if _joined_strike(doc, m):
        stance = "support"
    before = doc.text[max(floor, m.start() - 25) : m.start()]
    led = before + m.group()[:3] if m.group().startswith("to ") else before  # 'have | to appeal'
    if m.group("until"):  # 'vowed not to resume until': the negation is the commitment's
        return stance
    if _ABLE.search(led):
        return None  # 'would be able to withdraw from it', 'had to vote for': no stance taken
    if m.group("refusal"):  # 'I don't think we could substantiate a refusal': backed
        negated = _NEGATED_GROUNDS.search(doc.text, max(floor, m.start() - 60), m.start())
        return "support" if negated else stance
    if (
        stance == "support"
        and _JUDGED.match(m.group())
        and _DOUBTED.search(doc.text, max(floor, m.start() - 200), m.start())
    ):
        return "oppose"  # 'it was not clear the bid would bring value for money'
    if _NEGATED_VERDICT.match(m.group()) and _UNDO.match(m.group()):
        return "support"  # 'must not be dropped'
    if stance != "neutral" and _NOT_TO.search(m.group()):  # 'advised them not to accept'
        return "oppose" if stance == "support" else "support" if stance == "oppose" else None
    if (
        stance in ("oppose", "support")
        and (_POSSIBLE.search(before) or _POSSIBLE_CUE.match(m.group()))
        and not _JUDGED.match(m.group())
    ):
        return "undecided"  # 'could appeal the decision': possible, not taken
    if not (
        _NEGATED_BEFORE.search(before)
        or _UNWILLING.search(before)
        or _NEGATED_VERDICT.match(m.group())  # 'would not help': the word inside negates
        and bool(_JUDGED.match(m.group()))  # ('could not afford' states its own side)
    ):
        return stance
    return "oppose" if stance == "support" else None


#: A verb bidding an act in a clause after it ('demanded that the state buy'), not 'that' of
#: a time ('the fee proposed that year').
_BIDDING_THAT = re.compile(rf"{any_of(DEMANDING_THAT)}\s+that\s+(?!{_TIME_WORD}\b)", re.I)


def _all_cues(text: str) -> tuple[list[re.Match[str]], list[int]]:
    """Every stance cue in the article and where each starts, found in one pass, reading
    through double quotation marks ('was "disappointed" by the decision')."""
    lowered = text.lower()  # 'Rejecting' too
    scanned = lowered if len(lowered) == len(text) else text
    for mark in '"“”':  # cues are read through double quotation marks
        scanned = scanned.replace(mark, " ")
    matches = list(_CUES.finditer(scanned))
    return matches, [m.start() for m in matches]


def _rulings_side(doc: Document, m: re.Match[str]) -> bool:
    """Whether a cue is the side a ruling named just before it took ('an earlier ruling in
    favour of Eversheds'), not a stance of the one who names the ruling."""
    return m.group().startswith(_IN_FAVOUR) and bool(
        _DECIDED_BEFORE.search(doc.text, max(0, m.start() - 12), m.start())
    )


#: An act charged, right before it: 'accused centrist lawmakers of | passing the law'.
_CHARGED_WITH = re.compile(
    rf"\b{any_of(forms_of(CHARGING_VERBS))}\s+(?:[\w’'-]+\s+){{1,8}}?of\s+"
    rf"(?:[\w’'-]+\s+){{0,2}}$",
    re.I,
)


def _cues(
    doc: Document, cues: tuple[list[re.Match[str]], list[int]], within: Span, skip: Spans
) -> Iterator[tuple[Stance, re.Match[str]]]:
    """Stance cues in a stretch of text, with their stance after negation."""
    matches, starts = cues
    first, last = bisect.bisect_left(starts, within.start), bisect.bisect_left(starts, within.end)
    stated = False  # whether a stance was read in this stretch yet
    for i in range(first, last):
        m = matches[i]
        if m.end() > within.end or skip.overlaps(m.start(), m.start() + 1):
            continue
        if _CHARGED_WITH.search(doc.text, max(within.start, m.start() - 120), m.start()):
            continue  # 'accused centrist lawmakers of passing the law': the act is the
            # accused's, no stance of the accuser (who opposes the accused)
        if (
            i
            and matches[i - 1].end() == m.start() - 1
            and _AGAINST_END.search(matches[i - 1].group())
        ):
            continue  # 'warned the firm against going ahead with its plans': the act warned
            # against is the object of the cue before, not a stance of its own
        then = matches[i + 1] if i + 1 < len(matches) else None
        gap = doc.text[m.end() : then.start()] if then else ""
        if _ALTERNATIVE.match(doc.text, m.end()) or _UNASKED.search(
            doc.text, max(0, m.start() - 24), m.start()
        ):
            continue  # 'given 30 days to approve or deny', 'vote on whether to accept', 'the
            # right to strike': a choice or a question put, or a right held, no stance taken
        warned = m.group("warned")  # 'warned that ... if ...': the warning is the stance
        if (
            then
            and not warned
            and not _rulings_side(doc, then)  # 'welcomed the decision in favour of': welcomed
            and not then.group().startswith("with ")  # 'approved the plan with the support
            # of X': X's backing is no object of the approval
            and (
                " " not in m.group()
                and (" " in then.group() and _LEADS_CUE.fullmatch(gap) or gap == " to ")
                or m.group().endswith(" to")
                and gap == " "
            )
        ):
            # 'recommended rejection of the offer', 'agreed to suspend the strike': the stance
            # is its object's
            continue
        if _NAMED_CUE.match(doc.text, m.start()) and _LOWER_BEFORE.search(
            doc.text, max(0, m.start() - 4), m.start()
        ):
            continue  # 'will proceed to Welcome Rotonda': a cue word inside a name
        if doc.text[m.start()].isupper() and _NAME_WORD_BEFORE.search(
            doc.text, max(0, m.start() - 30), m.start()
        ):
            continue  # 'The National Campaign for Defending Students’ Rights': a name's word
        if m.group().startswith("vote") and _THE_BEFORE.search(doc.text, m.start() - 4, m.start()):
            continue  # 'took no part in the vote for the bills': a noun, no vote cast for them
        if _OWED_BEFORE.search(doc.text, max(0, m.start() - 16), m.start()):
            continue  # 'should have supported the report': a stance owed, not taken
        if then and m.group() in _RECOMMENDING and _LEADS_CUE.fullmatch(gap):
            continue  # 'recommend members reject the deal': the advice's stance is its object's
        if m.group() in _RECOMMENDING and _ADVISED_THAT.match(doc.text, m.end()):
            continue  # 'recommended to the Tribunal that the merger be approved': the clause's
        if (
            " " not in m.group()
            and _POSSESSIVE_BEFORE.search(doc.text, m.start() - 8, m.start())
            and not m.group("filed_by")  # 'an appeal by X against' names its maker
        ):
            continue  # 'tinged his praise with concerns': a noun, not a stance verb
        if _STANCE_NOUN.match(m.group()) and _PROVIDED.search(
            doc.text, max(within.start, m.start() - 80), m.start()
        ):
            continue  # 'includes tuition assistance, support for childcare': a thing given
        if _PARTICIPLE.fullmatch(m.group()) and _PREPOSITION_BEFORE.search(
            doc.text, max(0, m.start() - 12), m.start()
        ):
            continue  # 'concerns about proposed changes': an adjective, not a stance verb
        if m.group().startswith("block") and _WAY_BLOCKED.match(doc.text, m.start()):
            continue  # 'blocked the highway': where they protested, not what
        if " " not in m.group() and _PAID_AFTER.match(doc.text, m.end()):
            continue  # 'approved and released a check': money paid out, not a stance
        if m.group("blamed") and not _BLAME_DETERMINER.search(
            doc.text, max(0, m.start() - 8), m.start()
        ):
            continue  # 'savage cuts' with no determiner: a quoted name, a headline, no verdict
        if m.group("favour") and not _BEING_BEFORE.search(
            doc.text, max(0, m.start() - 24), m.start()
        ):
            continue  # '40 in favour and 2 against': a count, read with the vote
        if _rulings_side(doc, m):
            continue  # 'appealed an earlier ruling in favour of Eversheds': the ruling's side
        if _PLURAL_NOUN.fullmatch(m.group()) and _FINITE_AFTER.match(doc.text, m.end()):
            continue  # 'other bakery brands have refused': a plural noun, not a stance verb
        if (
            " " not in m.group()
            and doc.text.startswith(" that ", m.end())
            and not warned
            and not _BIDDING_THAT.match(doc.text, m.start())  # 'demanded that the state buy'
        ):
            continue  # 'accepted that its plans were flawed': a concession, not a stance
        if m.group("addressee") and not _AUTHORITY.fullmatch(
            doc.text, m.start("addressee"), m.end("addressee")
        ):
            continue  # 'urged drivers to avoid the area': advice to the public, not a stance
        head, _, rest = m.group().partition(" ")
        addressee = rest.rpartition(" to ")[0]  # none in the passive: 'was ordered to halt'
        if head in _DIRECTING and (
            addressee
            and not _BODY.fullmatch(addressee + " ")
            and not _DIRECTED_MEMBERS.fullmatch(addressee)
            and not (
                _DETERMINED.match(addressee)
                and _REMEDY.match(doc.text, m.start("act") if m.group("act") else m.end())
            )
        ):
            continue  # 'ordered Black to report to prison', 'ordered Smith to pay costs': a
            # sentence passed, not a stance ('ordered the employer to pay the labourer': a
            # remedy awarded against a party backs the payment)
        by = _BY_BEFORE.search(doc.text, max(0, m.start() - 4), m.start())
        if stated and by and _MEANS.fullmatch(m.group()):
            continue  # 'passed the bill by suspending the rules': how, not a second stance
        meant = _STANCE_OF.get(m.lastgroup or "") or tone_stance(
            m.group("label") or m.group("bare") or m.group("manner")
        )
        final = _stance(doc, meant, m, within.start) if meant else None
        if final is not None:
            stated = True
            yield final, m


def _what(
    doc: Document, stance: Stance, m: re.Match[str], sentence: Span
) -> tuple[str | None, int]:
    """The target of a cue and where its evidence ends."""
    if undone := m.group("undone") or m.group("mandated"):  # 'called for the bypass to be
        # scrapped', 'demanded the bill be repealed': the bypass, the bill; 'for the
        # Government to change course' names whom, not what
        return None if _AUTHORITY.fullmatch(undone) else undone.strip(), m.end()
    if m.group("struck") and not _threat_on_condition(doc, m.start(), m.end(), sentence.end):
        return m.group("struck"), m.end()  # 'declared an indefinite strike': the strike itself
        # (one threatened on a condition is about what the condition names)
    if m.group("noticed"):
        return m.group("noticed"), m.end()  # 'issued a 7-day strike notice': the strike itself
    if stance == "support" and _joined_strike(doc, m):
        return m.group("joined"), m.end()  # 'joined the strike': the strike itself
    if m.group("departing"):  # 'called for the minister to resign': the minister, as written
        return doc.text[m.start("departing") : m.end("departing")].strip(), m.end()
    if addressed := m.group("withdrawn") or m.group("forced"):  # 'told the board of health
        return addressed.strip(), m.end()  # to butt out', 'to force the company to pay'
    if m.group("feared"):  # 'fear the quarry will bring lorries': the quarry
        return m.group("feared"), m.end()
    if m.group("blamed"):  # 'the appalling delays': the thing blamed
        return m.group(), m.end()
    if deemed := m.group("deemed_for") or m.group("deemed_against"):
        return deemed, m.end()  # 'found the development acceptable': the development
    if m.group("needed"):  # 'made the proposed pay raise essential': the pay raise
        return m.group("needed"), m.end()
    if m.group("remedy"):  # 'can be rectified by the government moving the patients': the act
        act = _ACT.match(doc.text, m.end() + 1, sentence.end)
        return (act.group().rstrip(" ,"), act.end()) if act else (None, m.end())
    if m.group("until"):  # 'vowed not to resume duties until ...': the act withheld
        until = _UNTIL.search(doc.text, m.end(), sentence.end)
        verb = m.end() - len(m.group().rsplit(maxsplit=1)[-1])
        return (doc.text[verb : until.start()], until.start()) if until else (None, m.end())
    if m.group("allowed"):  # 'allowed Hamrun Spartans to pay the fine': who acts, and the act
        act = _ACT.match(doc.text, m.end("allowed") - 1, sentence.end)
        if act:
            return doc.text[m.start("allowed") : act.end()].rstrip(" ,"), act.end()
    acted = next(
        (group for group in ("act", "intended", "decided", "offered", "bid") if m.group(group)),
        None,
    )
    if acted:  # 'urged the government to work with the firm', 'plans to open a school': the act
        act = _ACT.match(doc.text, m.start(acted), sentence.end)
        if act:
            return act.group().rstrip(" ,"), act.end()
    extraposed = _EXTRAPOSED.match(doc.text, m.end(), sentence.end)
    if extraposed and _BIDDING_THAT.match(doc.text, m.start()):
        # 'are demanding that the state buy soybean': the act demanded
        act = _ACT.match(doc.text, extraposed.end(), sentence.end)
        return (act.group().rstrip(" ,"), act.end()) if act else (None, m.end())
    if extraposed and _IT_BEFORE.search(doc.text, max(sentence.start, m.start() - 4), m.start()):
        # 'it was vital that the trust reopened the hospital': the clause judged
        judged = _JUDGED_CLAUSE.match(doc.text, extraposed.end(), sentence.end)
        if judged:
            return judged.group().strip(), judged.end()
    if "to" in (m.group("needless"), m.group("needful")):  # 'there was no need to remove
        # Babar', 'stressed the need to act': the act
        act = _ACT.match(doc.text, m.end() + 1, sentence.end)
        return (act.group().rstrip(" ,"), act.end()) if act else (None, m.end())
    if _JUDGED.match(m.group()) and not (m.group("needless") or m.group("needful")):
        # 'the plans are unfair', 'the bill would help' (what is (not) needed follows its cue)
        return _evaluated(doc, sentence, m.start()), m.end()
    warning = _CONDITION.match(doc.text, m.end(), sentence.end) if m.group("warned") else None
    if warning:  # 'warned teachers would walk out if the arrears are not paid': what it hangs on
        return warning["condition"], m.end()
    after_verb = m.start() + len(m.group().split()[0])
    if (
        stance == "undecided"
        and "decision" not in m.group()  # 'no decision has been taken on': object after
        and not m.group("kept_open")  # 'not ruling out pay rises': after, too
        and _TARGET_NOUN.search(doc.text, after_verb, m.end())
    ):
        # 'put the offer to members': the object is inside the cue
        return _target(doc, after_verb, m.end(), m.start(), within=m.end())
    target, end = _target(doc, m.end(), sentence.end, m.start())  # 'ballot members on the offer'
    verdict = m.group("bare") or m.group("named")
    if (
        target
        and verdict
        and (cut := max(target.rfind(f" {verdict}"), target.rfind(f" “{verdict}"))) > 0
    ):
        target = target[:cut]  # 'called the ban abhorrent': the ban, not its label
    permission = None if target else _PERMISSION.match(m.group())
    if permission:  # 'voted to grant consent as recommended': no thing named, the consent
        return permission["given"], end
    return target, end


def _refused(doc: Document, target: str, end: int) -> tuple[str, int] | None:
    """What a decision named as `target` refused (in it, or after it where the evidence ends
    at `end`), so that opposing the decision backs that thing, and where the evidence then
    ends; None for another target."""
    decision = _DECISION_TO_REFUSE.fullmatch(target)
    if decision is None:
        return None
    if decision["refused"]:
        return decision["refused"].strip(), end
    after = _TO_REFUSE.match(doc.text, end)
    return (after["refused"].strip(), after.end("refused")) if after else None


def _listed(doc: Document, m: re.Match[str], sentence: Span) -> tuple[str, list[str]] | None:
    """What a cue opening a sentence is about and the people listed after it, each holding the
    stance ('Voting against the petition were Justices A, B and C', 'Those who voted for the
    motion were X and Y'); None if the sentence is not so built."""
    if not _INVERTED_LEAD.fullmatch(doc.text, sentence.start, m.start()):
        return None
    after = _INVERTED.match(doc.text, m.end(), sentence.end)
    if not after:
        return None
    names = list(doc.people.names(after["listed"]))
    while len(names) > 1 and not _name_list(after["listed"], names):
        names.pop()  # 'A, B and C Jr. Voting against it were D': the list ends at C
    return (
        (after["object"], [doc.people.resolve(name, sentence.start) for *_, name in names])
        if names
        else None
    )


def _confidence(distance: int) -> Confidence:
    """How sure a narrative stance is, from how far its cue stands from its actor."""
    return "high" if distance <= NEAR else "medium" if distance <= FAR else "low"


#: A passive's agent that only counts votes: 'majority', 'a narrow majority', 'a two-thirds margin'
#: (not 'the Minority', a caucus by name).
_MARGIN_AGENT = re.compile(rf"(?:[a-z][\w-]*\s+){{0,3}}{any_of(VOTE_MARGINS)}")


def _agent(doc: Document, m: re.Match[str]) -> tuple[str, int] | None:
    """The actor named after a cue: 'blocked by the CMA', 'with backing from the GMB union',
    'drew criticism from doctors'."""
    at = m.end()
    if (
        _PARTICIPLE.fullmatch(m.group())
        and not m.group("angered")
        or m.group("ruled")
        or m.group("filed_by")
        or _GIVEN.match(m.group())
        and _PASSIVE_BEFORE.search(doc.text, max(0, m.start() - 30), m.start())
    ):
        by = _BY.match(doc.text, at)
        for before in (_LABEL_BEFORE_BY, _ADJUNCT_BEFORE_BY):
            if not by and (lead := before.match(doc.text, at)):
                by = _BY.match(doc.text, lead.end())  # 'derided as "fake democracy" | by',
                # 'rejected for the second time | by'
        if not by:
            return None
        at = by.end()
    elif not (
        m.group().startswith("with ")  # 'with backing from', 'with the support of'
        or m.group("supported_from")  # 'won support from', 'drew criticism from'
        or m.group("called_from")  # 'calls from the Opposition for'
        or m.group("opposed_from")
        or m.group("angered")  # 'has angered residents'
        or m.group("advice")  # 'the recommendation of the planning officers to grant'
    ):
        return None
    found = _AGENT.match(doc.text, at)
    if not found:
        return None
    end = found.end()
    while (joined := _AGENT_JOIN.match(doc.text, end)) and (
        more := _AGENT.match(doc.text, joined.end())
    ):  # 'from parents and teachers', 'by the Liberal Democrats and the Greens'
        end = more.end()
    agent = doc.text[found.start("agent") : end]
    if _MARGIN_AGENT.fullmatch(agent):  # 'approved by a large majority': a tally, no actor
        return None
    return agent, end


#: A name joined to a participle of backing before what it backs: 'a Beijing-backed reform
#: package' (not 'state-owned', 'World Bank-funded': no stance); a body named in lower case
#: backs alike ('a board-backed plan'); a sentence's opening 'But' is no part of the name
#: ('But Beijing-backed newspaper').
_BACKED_BY = re.compile(
    rf"""(?<![\w-]) (?!(?:The|A|An|{alternation(w.capitalize() for w in COORDINATORS)})\s)
    (?P<backer>[A-Z][\w’'&.]*(?:\s+[A-Z][\w’'&.]*){{0,3}}|{any_of(ORG_NOUNS)})
    -{any_of(BACKED_PARTICIPLES)} \s+ (?P<backed>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){{0,3}})""",
    re.VERBOSE,
)
_BACKED_WORD = re.compile(rf"-{any_of(BACKED_PARTICIPLES)}\s")


def _backed_by(doc: Document, sentence: Span) -> Iterator[tuple[str, str, int, int]]:
    """Each name that backs what follows it in a compound ('a Beijing-backed reform package':
    Beijing backs the package), with that thing (its words up to a target noun) and where the
    compound starts and ends; a backed person, force or mission ('a US-backed dictator', 'a
    UN-backed mission') names who is meant, no measure taken a side on."""
    for m in _BACKED_BY.finditer(doc.text, sentence.start, sentence.end):
        noun = _TARGET_NOUN.search(doc.text, m.start("backed"), m.end("backed"))
        if noun is None:
            continue
        end = noun.end()
        while compound := _COMPOUND.match(doc.text, end, m.end("backed")):
            end = compound.end()  # 'reform package'
        yield m["backer"], doc.text[m.start("backed") : end], m.start("backer"), end


#: A vote counted in full, the outcome before it: 'was defeated | by 30 votes to 28'.
_TALLIED = rf"by\s+(?:a\s+vote\s+of\s+)?{_TALLY_COUNT}(?:\s+votes?)?\s*(?:to|-)\s*{_TALLY_COUNT}\b"
_COUNTED_VOTE = re.compile(_TALLIED)
_OUTCOME = re.compile(
    rf"""(?:(?P<against>{any_of(OUTCOMES_AGAINST)})|{any_of(OUTCOMES_FOR)})\s+
    (?:(?:its|their|a)\s+(?:[a-z]+\s+){{1,2}}?)?    # 'passed | its second reading | in the House
    (?:(?:in|at)\s+(?:the\s+)?(?P<body_before>{_VOTING_BODY})\s+)?  # of Commons | by 326 votes
    {_TALLIED}                                                       # to 290'
    (?:\s+(?:in|at|of)\s+(?:the\s+)?(?P<body>{_VOTING_BODY}))?""",
    re.VERBOSE,
)
_VOTING_BODY_NAMED = re.compile(_VOTING_BODY)


def _vote_outcomes(
    doc: Document, sentence: Span
) -> Iterator[tuple[str, Stance, str | None, int, int]]:
    """Each vote counted in full in a sentence ('The motion was defeated by 30 votes to 28'):
    the body it was taken in (named after the count, else the last named before), its side,
    what was put to it, and where the outcome starts and ends."""
    for m in _OUTCOME.finditer(doc.text, sentence.start, sentence.end):
        body = m["body"] or m["body_before"]
        if body is None:
            body = _last_named(_VOTING_BODY_NAMED, doc, max(0, m.start() - _LOOKBACK), m.start())
        if body:
            stance: Stance = "oppose" if m["against"] else "support"
            yield body, stance, _passive_target(doc, sentence, m.start()), m.start(), m.end()


def _motion_words(text: str) -> Spans:
    """Every motion noun in `text` (case-blind), so `_MOTION` reads only the sentences holding
    one. Most articles name no motion: a `str.find` on the lower-cased text shows it, where the
    case-blind pattern alone would try every character."""
    lowered = text.lower()
    if not any(noun in lowered for noun in MOVED_NOUNS) and not any(
        letter in text for letter in _FOLDED_TO_ASCII
    ):
        return Spans([])
    return Spans([Span(*m.span()) for m in _MOTION_WORD.finditer(text)])


def _motion_movers(doc: Document, motion: re.Match[str]) -> tuple[str, int] | None:
    """Who moved a motion and where its evidence ends: the name before it ('A Labour motion')
    or the agent after 'moved by'."""
    if motion["movers"]:
        movers = _POSSESSIVE_END.sub("", motion["movers"].strip())  # "Labour's motion"
        return None if re.fullmatch(_WHEN_WORD, movers) else (movers, motion.end())
    found = _AGENT.match(doc.text, motion.end())
    return (found["agent"], found.end()) if found else None


def _passive(doc: Document, m: re.Match[str], floor: int) -> bool:
    """Whether a participle cue is a passive ('was rejected', 'has been backed by a majority',
    'have been turned down'), not a state ('is opposed to', 'was disappointed with')."""
    before = doc.text[max(floor, m.start() - 30) : m.start()]
    if _GIVEN.match(m.group()):  # 'was on Sunday granted bail', 'has been given permission to
        return bool(_PASSIVE_BEFORE.search(before))  # appeal': given to the subject, not by it
    head = m.group().split()[0]
    directed = head != m.group() and head in _URGING  # 'was ordered to halt the works'
    return (
        bool(_PARTICIPLE.fullmatch(m.group()) or directed and _PARTICIPLE.fullmatch(head))
        and bool(_PASSIVE_BEFORE.search(before))
        and not doc.text.startswith(" to ", m.end())
    )


#: A body that directs, by its name: 'Competition Commission of India', 'Supreme Court'.
_DIRECTING_BODY = re.compile(_body_named(DIRECTING_BODIES))


def _directed(doc: Document, m: re.Match[str], sentence: Span) -> str | None:
    """Who gave a directive told in the passive with no agent ('The seven companies have been
    directed to cease and desist from such activities'): the directing body named last in the
    sentences before (the regulator or court whose order it is); None for any other cue."""
    head, _, rest = m.group().partition(" ")
    if not (rest and head in _DIRECTING and _passive(doc, m, sentence.start)):
        return None
    if _BY.search(doc.text, m.end(), sentence.end):
        return None  # 'was ordered by the court to halt': its agent is read as such
    return _last_named(_DIRECTING_BODY, doc, max(0, sentence.start - _LOOKBACK), m.start())


def _reduced_passive(doc: Document, m: re.Match[str], floor: int) -> bool:
    """Whether a participle cue opens an aside with no object ('The player, suspended for six
    months, said'): a passive, its subject the one it was done to."""
    return (
        bool(_PARTICIPLE.fullmatch(m.group()))
        and doc.text[max(floor, m.start() - 2) : m.start()] == ", "
        and bool(_NO_OBJECT.match(doc.text, m.end()))
    )


def _described(doc: Document, m: re.Match[str], floor: int) -> bool:
    """Whether a participle cue and its 'by' follow straight on from a target noun they describe
    ('the reforms proposed by the government'): a reduced relative clause, about that noun."""
    if not (_PARTICIPLE.fullmatch(m.group()) and _BY.match(doc.text, m.end())):
        return False
    noun = _last_target_noun(doc.text, max(floor, m.start() - _NEAR_LOOKBACK), m.start())
    return noun is not None and not doc.text[noun.end() : m.start()].strip()


def _passive_target(doc: Document, sentence: Span, cue_start: int) -> str | None:
    """What a passive stance is about: its clause's subject ('A £12 billion merger ...'), in a
    clause reported without 'that' the reported one's ('the firm said | its bid secured')."""
    prefix = doc.text[sentence.start : cue_start]
    pieces = _pieces(prefix)
    chosen = _subject_piece(pieces, prefix)
    at, clause = pieces[chosen]
    if chosen and _RELATIVE_PRONOUN.fullmatch(_FROM_AUXILIARY.sub("", clause).strip()):
        # 'The finance bill, which was passed by': the bill
        return _antecedent_thing(doc, sentence.start + pieces[chosen - 1][0], pieces[chosen - 1][1])
    if chosen > 1 and not _FROM_AUXILIARY.sub("", " " + clause).strip(" ,"):
        named, apposed = pieces[chosen - 2][1], pieces[chosen - 1][1].strip()
        if _APPOSED.match(apposed) and _ENDS_WITH_NAME.search(named.strip()):
            clause = named  # 'Mr Patu, the nominee for the post, has been rejected': Mr Patu
    verb = REPORTING_VERB.search(clause)
    if verb and verb.group() not in _TELLING:
        clause = clause[verb.end() :]
    clause = _FROM_AUXILIARY.sub("", clause).strip(" ,")
    if relative := _RELATIVE_END.search(clause):  # 'their demand which was supported by'
        head = clause[: relative.start()]
        return _antecedent_thing(doc, doc.text.rindex(head, sentence.start, cue_start), head)
    return _CLAUSE_LEAD.sub("", clause) or None


def _named_body(doc: Document, name: str, quote: Span) -> bool:
    """Whether a subject inside a quote names an organisation or group by a proper name
    ('The Government', 'Unite', named outside the quote too), not a person, who is talked
    about there, not talking."""
    if not name[:1].isupper() or doc.people.names(name):
        return False
    if organisation(name) or name.isupper():
        return True
    return (
        find_whole(doc.text, name, end=quote.start) is not None
        or find_whole(doc.text, name, start=quote.end) is not None
    )


#: White space and at most two words, each before white space, to the end of a text.
_FEW_WORDS_TO_END = re.compile(r"\s+(?:\w+\s+){0,2}$")


#: A portfolio body's name up to the last comma of its list, before a subject that is only the
#: list's last items: 'The Ministry of Education, | Science and Technology welcomed'.
_PORTFOLIO_BODY = any_of(body.title() for body in PORTFOLIO_BODIES)
_PORTFOLIO_HEAD = re.compile(
    rf"(?:\b[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+)*?{_PORTFOLIO_BODY}\s+of\s+{_TITLE_WORDS}"
    rf"(?:(?:,\s*{_TITLE_WORDS})+\s+and\s+|(?:,\s*{_TITLE_WORDS})*,\s*(?:and\s+)?)$"
)
#: The last items of a portfolio, as a subject reads them ('Science and Technology'), and the
#: body's acronym after them ('Science and Culture (SBAShK)').
_PORTFOLIO_TAIL = re.compile(
    rf"(?:and\s+)?{_TITLE_WORDS}(?:\s+(?:and|&)\s+{_TITLE_WORDS})?(?:\s+\([A-Z][A-Za-z]+\))?"
)
#: How far before a subject a portfolio body's name may start, in characters.
_PORTFOLIO_REACH = 150


def _portfolio_named(doc: Document, subject: Subject) -> Subject | None:
    """The whole name of a body whose portfolio list a subject only ends ('Science and
    Technology' of 'the Ministry of Education, Science and Technology'), one actor; a person
    set off by commas ends none ('the Minister of Health, Jo Lee, said')."""
    # the name may end the subject's words: 'Equality and | Law Reform'
    at = doc.text.find(subject.name, subject.start, subject.start + _PORTFOLIO_REACH)
    end = at + len(subject.name)
    if (
        at < 0
        or not _PORTFOLIO_TAIL.fullmatch(doc.text, subject.start, end)
        or doc.text.startswith(",", end)
    ):
        return None
    head = _PORTFOLIO_HEAD.search(doc.text, max(0, subject.start - _PORTFOLIO_REACH), subject.start)
    if head is None:
        return None
    return Subject(doc.text[head.start() : end], head.start(), subject.denied)


#: Room after a name for its acronym in parentheses: ' (CTUSAB)'.
_ACRONYM_ROOM = 13


def _abbreviated(doc: Document, name: str) -> bool:
    """Whether the article follows `name` with the acronym of all of it ('The Congress of Trade
    Unions and Staff Associations of Barbados (CTUSAB)'): one body's name, its 'and' no list."""
    at = doc.text.find(f"{name} (")
    if at < 0:
        return False
    end = at + len(name)
    return any(
        b > end and doc.text[at:a].strip().lower() in ("", "the")
        for a, b in acronymed_names(doc.text, at, end + _ACRONYM_ROOM)
    )


def _actors(doc: Document, name: str) -> list[str]:
    """The actors a subject names: 'Jo Lee and Al Roe' is two, so is 'Democrats and
    Republicans'; 'Justices A, B and C' three; 'Both the NDP and the Green Party' two; not a
    body's name that its acronym follows ('Trade Unions and Staff Associations (TUSA)')."""
    name = _LEADING_BOTH.sub("", name)
    if _PLACED_GROUP_NAME.fullmatch(name):  # 'workers at centres in A and one in B': one
        return [name]
    if " and " in name and _abbreviated(doc, name):
        return [name]
    names = doc.people.names(name)
    if _name_list(name, names):
        return [found for _, _, found in names]
    if _OF_A_AND_B.fullmatch(name):  # 'the Ministry of Economy, Industry and Trade': one body
        return [name]
    return (
        _named_list(name) or _group_list(name) or _mixed_list(name) or _shared_head(name) or [name]
    )


def _said(doc: Document, reported: list[ClaimDraft]) -> list[tuple[Span, str]]:
    """Where each reported claim stands in the text, with its source."""
    out = []
    for claim in reported:
        at = doc.text.find(claim.evidence)
        if at >= 0:
            out.append((Span(at, at + len(claim.evidence)), claim.speaker))
    return out


#: A phrase that names one who passes news on: 'Several sources', 'SITA newswire'.
_RELAYING = re.compile(rf"\b{any_of(RELAYING_SOURCES)}$", re.I)


def is_document(name: str) -> bool:
    """Whether a source is a text, which states things but holds no stance ('the Act'), or one
    that passes news on ('informed sources', 'the news agency')."""
    return name.split()[-1].lower() in DOCUMENT_NOUNS or bool(_RELAYING.search(name))


#: Heads of phrases naming a thing, a text, a case brought or a happening, which holds no stance
#: ('The lawsuit claimed the tax rate was not valid': its filer's).
_THING_HEADS = frozenset(
    (*TARGET_NOUNS, *LEGISLATION, *DOCUMENT_NOUNS, *EVENT_NOUNS, *STANCE_ACTS)
    + (*MATTER_NOUNS, *INERT_NOUNS)
    + tuple(w for w in LEGAL_ACTIONS if " " not in w)
)
#: Where a phrase's head ends: a preposition or a relative ('the plan to close the ward', 'X
#: through a statement').
_HEAD_END = frozenset((*PREPOSITIONS, *RELATIVE_PRONOUNS, "that", "through", "via"))
#: Words naming a body or a role, whose thing ('a court decision') speaks for it.
_MAKERS = frozenset((*ORG_WORDS, *PERSON_ROLES))
#: Makers only when capitalised ('a Labour motion'), not 'labor reforms' or 'national plans'.
_NAMED_MAKERS = frozenset((*ORG_ADJECTIVES, *PARTY_WORDS))


def _maker(word: str) -> bool:
    """Whether a word names a body or a role that makes a thing; a party's name or a body's
    reach only as written in a name (capitalised)."""
    lowered = word.lower()
    return lowered in _MAKERS and (word[:1].isupper() or lowered not in _NAMED_MAKERS)


def is_thing(name: str) -> bool:
    """Whether an actor is a thing, a text or a happening, its head a common noun of one ('the
    acquisition is not deemed approved', 'Subsequent filings renewed the motion', "CCSD's
    complaint", 'Measures ranged from' as a sentence opens), or one that passes news on
    ('Several sources'); not one its maker is named in ('a statement by the union', 'A court
    decision'), which speaks for the maker."""
    words = name.split()
    at = next((i for i, w in enumerate(words) if w.lower() in _HEAD_END), len(words))
    head = words[max(0, at - 1)].strip(".,")
    if at <= 1 and head[1:].islower():  # 'Measures ranged from': capitalised as it opens
        head = head.lower()  # a sentence, a common noun still
    by_maker = at < len(words) and words[at].lower() in ("by", "from")
    made = any(_maker(w) for w in words[: max(0, at - 1)])
    thing = head.islower() and head in _THING_HEADS and not by_maker and not made
    return thing or bool(_RELAYING.search(name))  # 'Several sources told': news passed on


def _sayer(doc: Document, sources: list[tuple[Span, str]], at: int) -> Subject | None:
    """The source of the reported claim a judgement stands in ('Nick Smith, Blaenau Gwent MP,
    said the closure should be stopped'), read as the claim's source was."""
    for span, name in sources:
        if span.start <= at < span.end:
            named = doc.text.find(name, span.start, at)
            if named < 0:
                return Subject(name, span.start)
            the = _THE_BEFORE.search(doc.text, span.start, named)  # 'The company', as written
            return (
                Subject(doc.text[the.start() : named] + name, the.start())
                if the
                else Subject(name, named)
            )
    return None


def _not_shared_by(
    doc: Document,
    m: re.Match[str],
    out: list[PositionDraft],
    add: Callable[[str, Stance, str | None, int, int, int, Confidence], None],
) -> None:
    """The crowd that does not share someone's view takes the other side of that person's
    last stance before it ('Baker said the ban would protect patrons. His views were not
    shared by most of the 70 people in attendance')."""
    owner = doc.people.last_before(m.start()) if m["owner"].lower() in ("his", "her") else None
    if owner is None:
        return
    held = next(
        (
            p
            for p in reversed(out)
            if p.stance in _FLIPPED
            and name_matches(p.actor, owner)
            and 0 <= doc.text.find(p.evidence) < m.start()
        ),
        None,
    )
    if held is not None:
        add(m["crowd"], _FLIPPED[held.stance], held.target, m.start(), m.end(), m.end(), "medium")


def positions(
    doc: Document,
    quoted: list[tuple[Span, Speaker]],
    skip: list[Span] | None = None,
    reported: list[ClaimDraft] | None = None,
) -> list[PositionDraft]:
    """Actor + stance cue + target in narrative sentences (outside `skip`: a headline); in
    quotes, first-person stances (the speaker's), judgements, and stances of an organisation
    named as the subject. A judgement in a `reported` claim is its source's."""
    out: list[PositionDraft] = []
    #: per stance, each position's actor (lower case, padded) and target words, by index in out
    seen: dict[str, list[tuple[str, set[str], int]]] = {}

    def add(
        actor: str,
        stance: Stance,
        target: str | None,
        start: int,
        end: int,
        limit: int,
        confidence: Confidence,
        name: bool = False,
    ) -> None:
        if not target or not (name or actor_like(actor) and not is_thing(actor)):
            return  # 'the acquisition is not deemed approved': a thing; a `name` is an actor
            # however it ends ('Beijing')
        owner = _TARGET_OWNER.match(target)
        if owner and name_matches(actor, owner["owner"], ()):
            return  # 'However, it rejected the YDA's demand': 'it' is not the YDA, whose demand
            # it is (a pronoun resolved to the last name before it, the wrong one)
        if _COUNT_ONLY.fullmatch(actor):
            return  # 'five speakers in support and two opposing it', 'one rejected', '57 per
            # cent rejected it': a number, not who holds the stance
        if stance == "support" and _OWN_VIEW.fullmatch(target):
            return  # 'stand by their earlier position': their own view, no thing backed
        if stance == "support" and (undoing := _DECISION_TO_UNDO.fullmatch(target)):
            stance, target = "oppose", undoing["undone"]  # 'its decision to reject the bid'
        elif stance == "support" and (downfall := _DOWNFALL.fullmatch(target)):
            stance, target = "oppose", downfall["undone"]  # "welcomed the Bill's collapse"
        elif (
            stance == "support"
            and _ENDING.fullmatch(target)
            and (ended := _ENDED.match(doc.text, end))
        ):  # 'demanded an end to the project': against the project
            stance, target, end = "oppose", ended["ended"], ended.end("ended")
        if stance == "oppose" and (refused := _refused(doc, target, end)):
            stance, target, end = "support", *refused  # 'overturned its decision to block the mast'
        if stance == "support" and _OPPOSITION_HELD.fullmatch(target):
            # 'Their concerns were supported by X', 'echoed the objections': X opposes too,
            # what the concerns are about
            held = _last_target_noun(doc.text, max(0, start - _LOOKBACK), start)
            stance, target = "oppose", _phrase(doc.text, held)[0] if held else target
        if stance == "support" and _CONDITION_NEAR.match(doc.text, end, limit):
            stance = "conditional"  # 'will back the deal if ministers drop the age rise'
        elif stance in ("oppose", "support") and _threat_on_condition(doc, start, end, limit):
            stance = "conditional"  # 'will go on strike if the offer is not improved'
        # one position per actor and stance, or more when their targets share no word; 'crew'
        # (a headline) and 'cabin crew' (the story) are one actor, named at its fullest
        about = set(_CONTENT_WORD.findall(target.lower()))
        named = f" {actor.lower()} "
        earlier = seen.setdefault(stance, [])
        twin = next(
            (
                (k, index)
                for k, (other_name, other, index) in enumerate(earlier)
                if (named in other_name or other_name in named)
                and (about & other or not about or not other)
            ),
            None,
        )
        if twin is not None and len(named) <= len(earlier[twin[0]][0]):
            return
        condition = None
        if stance == "conditional" and (
            m := _CONDITION.match(doc.text, end, limit)
            or _CONDITION_ANYWHERE.search(doc.text, start, limit)
        ):
            condition, end = m.group("condition"), max(end, m.end())
        evidence = doc.text[start:end].strip(" ,")
        draft = PositionDraft(
            actor=actor,
            stance=stance,
            target=target,
            condition=condition,
            evidence=evidence,
            confidence=confidence,
        )
        if twin is None:
            earlier.append((named, about, len(out)))
            out.append(draft)
        else:  # the fuller name replaces its twin
            earlier[twin[0]] = (named, about, twin[1])
            out[twin[1]] = draft

    spans = Spans([*(span for span, _ in quoted), *(skip or [])])
    sources = _said(doc, reported or [])
    cues = _all_cues(doc.text)
    moved = _motion_words(doc.text)
    backed = doc.holds(_BACKED_WORD)
    counted = doc.holds(_COUNTED_VOTE)
    for sentence in doc.sentences:
        for body, side, thing, start, end in _vote_outcomes(doc, sentence) if counted else ():
            if not spans.overlaps(start, end):  # 'The motion was defeated by 30 votes to 28'
                add(body, side, thing, start, end, sentence.end, "medium")
        for backer, thing, start, end in _backed_by(doc, sentence) if backed else ():
            if not spans.overlaps(start, end):  # 'a Beijing-backed reform package'
                add(backer, "support", thing, start, end, sentence.end, "medium", name=True)
        in_sentence = moved.overlaps(sentence.start, sentence.end)
        for motion in (
            _MOTION.finditer(doc.text, sentence.start, sentence.end) if in_sentence else ()
        ):
            if spans.overlaps(motion.start(), motion.end()):
                continue
            movers = _motion_movers(doc, motion)
            if movers is None:
                continue
            proposal = motion["proposal"] or motion["of"]
            stance: Stance = (
                "oppose" if proposal and _AGAINST_PROPOSAL.match(proposal) else "support"
            )
            target = (
                _FROM_AUXILIARY.sub("", proposal)
                if motion["proposal"]
                else _passive_target(doc, sentence, motion.start("moving"))
            )
            for actor in _actors(doc, movers[0]):
                add(actor, stance, target, motion.start(), movers[1], sentence.end, "medium")
        taken = sentence.start  # where the last stance's object ends
        for stance, m in _cues(doc, cues, sentence, spans):
            if (
                m.start() < taken
                and (" " not in m.group() or doc.text.endswith(" to ", 0, m.start()))
                and not m.group("filed_by")  # 'rejected an appeal by X against': X's own
            ):
                # 'opposed the proposed agreement', 'quashed a decision to grant consent': words
                # of an object, not a cue
                continue
            if (
                taken > sentence.start
                and _ING.match(doc.text, m.start())
                and _OBJECT_GOES_ON.fullmatch(doc.text, taken, m.start())
            ):
                continue  # 'voiced concerns over the shortage | of NHS dentists | accepting new
                # patients': a participle describing the object's noun, no one's stance
            advised = _RECOMMENDED_PASSIVE.search(
                doc.text, max(sentence.start, m.start() - 80), m.start()
            )
            adviser = _subject(doc, sentence, advised.start()) if advised else None
            if advised and adviser:  # 'the inspector recommended that permission be granted'
                thing = advised["thing"].strip()
                for actor in _actors(doc, adviser.name):
                    add(actor, stance, thing, adviser.start, m.end(), sentence.end, "medium")
                continue
            agent = _agent(doc, m)
            if agent is None and m.group().startswith("with "):
                continue  # 'passed the law with the support of the far-right': the backer is
                # named after the cue, never the clause's subject
            if agent is not None and _SUPPOSED_PASSIVE.search(doc.text, sentence.start, m.start()):
                continue  # 'cannot be implemented by a government': no one's stance
            if agent is not None:  # 'has been blocked by the CMA'
                urged = _URGED_ACT.match(doc.text, agent[1]) if m.group("called_from") else None
                if m.group("called_from") and not (urged or _FOR_AFTER.match(doc.text, agent[1])):
                    continue  # 'pressure from X on lawmakers by threatening': nothing urged
                if urged:  # 'pressure from teachers | to raise salaries'
                    act = _ACT.match(doc.text, urged.end(), sentence.end)
                    target, end = (act.group().rstrip(" ,"), act.end()) if act else (None, 0)
                    agent = (agent[0], max(end, agent[1]))
                elif m.group("filed_by") or m.group("called_from"):  # 'a plea filed by X
                    # against the extension', 'calls from X for the Bill'
                    target, end = _target(doc, agent[1], sentence.end, m.start())
                    if m.group("called_from") and _NOT_TO_AFTER.match(doc.text, end):
                        stance = "oppose"  # 'for the Bill not to be rushed': against its act
                    agent = (agent[0], max(end, agent[1]))
                elif _described(doc, m, sentence.start):  # 'reforms proposed by the government'
                    prefix = doc.text[sentence.start : m.start()]
                    target = _antecedent_thing(doc, sentence.start, prefix)
                else:
                    target = m.group("advised") or _passive_target(doc, sentence, m.start())
                aside = _AS_BEFORE.search(doc.text, max(0, m.start() - 4), m.start())
                for actor in _actors(doc, agent[0]):  # 'as recommended by officers, providing
                    # ...': an aside's agent takes no condition of the clause it stands in
                    limit = agent[1] if aside else sentence.end
                    add(actor, stance, target, m.start(), agent[1], limit, "medium")
                if m.group("advised"):  # 'to approve the scheme' is the advice's, no cue
                    taken = m.end("advised")
                continue
            directive = _directed(doc, m, sentence)
            if directive:  # 'The companies have been directed to cease and desist': the body
                target, end = _what(doc, stance, m, sentence)  # named before gave the order
                act = None if target else _ACT.search(doc.text, m.end(), sentence.end)
                if act:  # 'to halt | discharges into the river'
                    target, end = act.group().rstrip(" ,"), act.end()
                add(directive, stance, target, m.start(), max(end, m.end()), sentence.end, "low")
                continue
            if (
                m.group("angered")
                or m.group("opposed_from")
                or m.group("supported_from")
                or _passive(doc, m, sentence.start)
                or _reduced_passive(doc, m, sentence.start)
                or _described(doc, m, sentence.start)  # 'the plan proposed by the developer'
            ):
                # 'The offer was rejected': its subject is what was rejected; 'upset the odds'
                # names no one angered, 'drew criticism from all sides' no one critical
                continue
            prefix = doc.text[sentence.start : m.start()]
            listed = _listed(doc, m, sentence)
            if listed:  # 'Voting against the petition were Justices A, B and C'
                for actor in listed[1]:
                    add(actor, stance, listed[0], m.start(), sentence.end, sentence.end, "medium")
                continue
            clause = _pieces(prefix)[-1][1]
            if m.group("blamed"):
                continue  # 'the disastrous results' in a report may be the reporter's words
            if _SUPPOSED.search(clause):
                continue  # 'unless the board agrees to waive': supposed, not taken
            if _ACCOUNT.search(prefix):
                continue  # 'Records show that X and Y approved the payment': evidence, no stance
            judging, trailing, denial = m.start(), False, False
            if _JUDGED.match(m.group()):
                said = [*_JUDGING_VERB.finditer(prefix)]
                denial = bool(_DENIED_VERDICT.search(prefix))
                sayer = None if said else _sayer(doc, sources, m.start())
                if not said and (
                    sayer is None
                    or is_document(sayer.name)
                    or doc.text.find(sayer.name, m.end(), sentence.end) < 0
                ):
                    continue  # 'The plans are unfair': the plans are judged, not judging
                # 'X said the issue was that the rate was unfair': the one who said it; 'The
                # plans are unfair, X said': the source of the claim the cue stands in
                trailing = not said
                judging = sentence.start + said[-1].start() if said else m.start()
            if m.group("planned") and not _planner(doc, m, sentence):
                continue  # 'the decision to raise fees', 'its decision to': no owner named
            faulted = _fault_found(doc, stance, m, sentence)
            if faulted:  # 'The highest court decided that the appellate court breached the
                stance, judging = faulted  # law by accepting the appeal': the finder's side
            judged = judging < m.start() or trailing
            subject = (
                (_sayer(doc, sources, m.start()) if judged else None)
                or _act_owner(doc, m, sentence)
                or _subject(doc, sentence, judging)
            )  # "overturned East Lindsey District Council's decision to block": the council's
            if (
                subject is None
                and not judged
                and _PRONOUN_LEAD.match(REPORTING_VERB.split(clause)[-1].strip())
            ):
                subject = _sayer(doc, sources, m.start())  # 'X said they would challenge it'
            dateline = DATELINE.match(prefix)  # 'BOSTON - Blasting the plans, lawmakers'
            if subject is None and not prefix[dateline.end() if dateline else 0 :].strip(" “\"‘'"):
                subject = _opening_participle_subject(doc, m, sentence)
            if subject is None and (m.group("opposers") or m.group("supporters")):
                # 'Critics of the bill say ...': the group named by its stance is the actor
                target, end = _target(doc, m.end(), sentence.end, m.start())
                actor = doc.text[m.start() : end].strip(" ,")
                add(actor, stance, target, m.start(), sentence.end, sentence.end, "medium")
                continue
            if subject is None or subject.denied and stance != "support":
                continue
            portfolio = _portfolio_named(doc, subject)
            subject = portfolio or subject
            final: Stance = "oppose" if subject.denied else stance  # 'no Republicans backing'
            if denial:  # 'denied the mine would harm the river': for the mine
                final = _FLIPPED.get(final, final)
            target, end = _what(doc, stance, m, sentence)
            walkout = _VOTED_WALKOUT.match(m.group()) if final == "oppose" else None
            if walkout and not target:  # 'voted to strike.': nothing it is over, so a vote
                # for the walkout itself (a target found further on is left to stand: gold
                # reads 'balloted to strike' as against what the dispute is over)
                final, target, end = "support", walkout["action"], max(end, m.end())
            if final == "oppose" and _strike_backed(m, target):
                final = "support"  # 'the union will stage a strike': no grievance named, so
                # the strikers back their strike
            claim = _motion_claim(doc, target, end, sentence) if final == "support" else None
            if claim:  # 'tabled a motion claiming the proposals failed to': against them
                final, target, end = claim
            pieces = _pieces(prefix)
            relative = _RELATIVE.match(clause.strip())
            if (
                len(pieces) > 1
                and relative
                and not _NO_SUBJECT.match(relative.string[relative.end() :])
            ):  # 'mediation, a move the board has rejected': what the clause is about (not
                # ', which wants to build': the relative is the subject)
                at, before = pieces[-2]
                target = _antecedent_thing(doc, sentence.start + at, before) or target
            if _heads_subject(doc, m, sentence):
                continue  # 'Financial support for students will rise': a subject, no stance
            if target and not _BREAK_IN.search(doc.text, m.end(), end):
                taken = end  # the object's words are no cues ('proposed' in 'the proposed deal')
            near = _confidence(abs(m.start() - subject.start))
            start, end = min(subject.start, m.start()), max(end, m.end())
            main = _MAIN_VERB.search(doc.text, subject.start, sentence.end)
            if subject.start > m.start() and main:  # 'Rejecting the offer, the union said': to
                end = max(end, main.start())  # the union
            for actor in [subject.name] if portfolio else _actors(doc, subject.name):
                add(actor, final, target, start, end, sentence.end, near)
    if doc.holds(_SHARED):
        for not_shared in _NOT_SHARED.finditer(doc.text):
            _not_shared_by(doc, not_shared, out, add)
    for span, who in quoted:
        for stance, m in _cues(doc, cues, span, Spans([])):
            if m.group("call") or m.group("addressee"):
                # 'we have called for talks', 'Unite calls on ministers to enter into real
                # negotiations': a call recounted, not the stance
                continue
            sentence = Span(max(span.start, doc.sentence_at(m.start()).start), span.end)
            lead = doc.text[sentence.start : m.start()]
            if _SUPPOSED.search(_pieces(lead)[-1][1]):
                continue  # 'if the Scottish Government does not implement': supposed, not taken
            faulted = _fault_found(doc, stance, m, sentence)
            found_by = _subject(doc, sentence, faulted[1]) if faulted else None
            if faulted and found_by:  # a finding told in a quote: '"The highest court decided
                # that the appellate court breached the law by accepting the appeal"'
                target, end = _what(doc, stance, m, sentence)
                add(found_by.name, faulted[0], target, found_by.start, end, span.end, "low")
                continue
            pronoun = _FIRST_PERSON.search(lead)
            first_person = (
                pronoun.start()
                if pronoun
                else find_whole(lead, who.org or who.name, _FEW_WORDS_TO_END)
            )
            # 'We will not accept', 'Unite is fully committed to' said by Unite's leader
            judged = bool(_JUDGED.match(m.group()))
            if judged and _SELF_JUDGED.search(lead):
                continue  # 'we were wrong'
            if first_person is not None or judged:
                target, end = _what(doc, stance, m, sentence)
                start = m.start() if first_person is None else sentence.start + first_person
                judged_at = (
                    doc.text.rfind(target, sentence.start, m.start()) if judged and target else -1
                )
                if judged_at >= 0:
                    start = judged_at
                elif judged and first_person is None:  # 'it is vital', 'it' named further back
                    start = sentence.start
                sure: Confidence = "low" if first_person is None else "medium"
                # 'we' speaks for the speaker's organisation; a judgement is the speaker's own
                holder = who.name if judged else who.org or who.name
                if m.group("blamed") and any(p.actor == holder and p.stance == stance for p in out):
                    continue  # blame in an adjective adds no stance to one the speaker holds
                add(holder, stance, target, start, max(end, m.end()), span.end, sure)
            elif (named := _subject(doc, sentence, m.start())) and _named_body(
                doc, named.name, span
            ):
                # '"Unite is fully committed to ...," he said': the body named holds the stance
                target, end = _what(doc, stance, m, sentence)
                add(named.name, stance, target, named.start, max(end, m.end()), span.end, "low")
    return out
