"""Stances read from how a source speaks: a strongly evaluative reported claim ('Campaigners
said the scheme would bring misery') by a source the stance cues gave no position.

The cue rules know how stances are stated; `tone` knows how praise and blame sound. Each such
position is `low` confidence: a reviewer checks it.
"""

from __future__ import annotations

import re

from factx.names import name_matches
from factx.rules.attribution import REPORTING_VERB
from factx.rules.document import Document
from factx.rules.lexicon import (
    CONDITION_OPENERS,
    EVIDENCE_NOUNS,
    MODALS,
    OPPOSING_GROUPS,
    OUTLET_VERBS,
    SANCTION_NOUNS,
    SANCTION_PARTICIPLES,
    SETTING_BESIDE_LINKS,
    SUPPORTING_GROUPS,
    TELLING_VERBS,
    alternation,
    any_of,
    forms_of,
)
from factx.rules.speakers import actor_like
from factx.rules.stances import NEGATION, is_document, is_thing, target_near
from factx.rules.tone import polarity, tone_stance
from factx.schemas import ClaimDraft, PositionDraft, Stance

#: A sanction a rule lays down: 'will be fined', 'could face fines of up to $500'.
_SANCTION = re.compile(
    rf"""\b{any_of(MODALS)}\s+(?:be\s+{any_of(SANCTION_PARTICIPLES)}
          | face\s+(?:[\w’'-]+\s+){{0,2}}?{any_of(SANCTION_NOUNS)})\b""",
    re.I | re.VERBOSE,
)
#: A claim that only supposes: 'X said if the union accepts, it could change the talks', 'If
#: the plant closes, jobs will go, she said': its tone is the supposed event's, not a side.
_SUPPOSING = re.compile(
    rf"(?:^|{REPORTING_VERB.pattern}\s+(?:that\s+)?){any_of(CONDITION_OPENERS)}\s", re.I
)
#: Another's clause set beside a claim, from its comma: ', while Ann Hartley was fuming'.
_OTHERS_CLAUSE = re.compile(rf",\s+{any_of(SETTING_BESIDE_LINKS)}\s+(?=[A-Z])")
#: A group named by its stance: 'Opponents also said ...', 'Supporters say ...'.
_NAMED_BY_STANCE: dict[str, Stance] = {
    **dict.fromkeys(OPPOSING_GROUPS, "oppose"),
    **dict.fromkeys(SUPPORTING_GROUPS, "support"),
}


#: A negation, which VADER reads as turning blame into praise ('will not be cut').
_NEGATION = re.compile(NEGATION, re.I)
#: 'Justice Thande stated.', 'Justice Thande told a pensive court.': a claim that is its
#: attribution alone, with nothing to judge.
_ATTRIBUTION_ONLY = re.compile(
    rf"(?:[\w.’'()-]+\s+){{1,5}}(?:{REPORTING_VERB.pattern}"
    rf"|{any_of(forms_of(TELLING_VERBS))}(?:\s+[\w’'-]+){{1,3}})[.,]?"
)
_OUTLET_VERB = rf"(?:{alternation(OUTLET_VERBS)})"


_OUTLET_AFTER = re.compile(rf"\s+{_OUTLET_VERB}\b")
_OUTLET_BEFORE = re.compile(rf"\b{_OUTLET_VERB}\s+(?:the\s+)?$")
#: A study before its publisher: 'A survey conducted by [the World Bank] showed ...' is what
#: the study found, not a side its publisher takes.
_STUDY_BEFORE = re.compile(
    rf"\b(?i:{alternation(EVIDENCE_NOUNS)})\b[^,.;:]{{0,40}}?\s(?:by|from)\s+(?:the\s+)?$"
)


def _relayed(speaker: str, evidence: str) -> bool:
    """Whether a claim is news an outlet relays ('The News Agency of Nigeria (NAN) reports
    that ...', '..., reported Malaysiakini.') or a study's finding ('A survey by X showed'):
    its source takes no side in it. The speaker is found by `str.find` and the verb tried
    beside it: no pattern compiled per claim."""
    start = evidence.find(speaker) if speaker else -1
    while start >= 0:
        end = start + len(speaker)
        if (
            _OUTLET_AFTER.match(evidence, end)
            or _OUTLET_BEFORE.search(evidence, max(0, start - 40), start)
            or _STUDY_BEFORE.search(evidence, max(0, start - 80), start)
        ):
            return True
        start = evidence.find(speaker, start + 1)
    return False


def _stance_of(speaker: str, evidence: str) -> Stance | None:
    """The stance a claim states: its source's, when the source is named by one ('Critics said
    the scheme would drive up rents'), else its tone; none from a sanction a rule lays down
    ('Violators will be fined, Baker said'), whose tone is the penalty's, not a verdict, or a
    supposition ('said if the union accepts'), nor from praise that is only blame denied
    ('Barnes said the posts will not be cut'), a reassurance, nor from another's clause set
    beside it (', while Ann Hartley was fuming')."""
    named = _NAMED_BY_STANCE.get(speaker.split()[-1].lower()) if speaker else None
    if named or _SANCTION.search(evidence) or _SUPPOSING.search(evidence):
        return named
    evidence = _OTHERS_CLAUSE.split(evidence, maxsplit=1)[0]  # the source's own part
    stance = tone_stance(evidence)
    if (
        stance == "support"
        and (unnegated := _NEGATION.sub("", evidence)) != evidence  # else it scores as praise
        and polarity(unnegated) < 0
    ):
        return None
    return stance


def evaluated_positions(
    doc: Document, claims: list[ClaimDraft], positions: list[PositionDraft]
) -> list[PositionDraft]:
    """One position for each source with none among `positions`: from the first of its claims
    that sounds like praise or blame, about the thing that claim names (or last named)."""
    actors = [p.actor for p in positions]
    #: whether a source already has a position, by the name a claim gives it
    placed: dict[str, bool] = {}
    out: list[PositionDraft] = []
    for claim in claims:
        speaker = claim.speaker
        if claim.kind != "reported" or any(p.evidence in claim.evidence for p in positions):
            continue  # quotes mix praise and blame; a cue's own sentence is its actor's
        if speaker not in placed:
            document = (is_document(speaker) or is_thing(speaker)) if speaker else False
            placed[speaker] = (
                document
                or not actor_like(speaker)
                or any(
                    name_matches(speaker, actor) or name_matches(actor, speaker) for actor in actors
                )
            )
        if placed[speaker] or _ATTRIBUTION_ONLY.fullmatch(claim.evidence):
            continue
        if _relayed(speaker, claim.evidence) or not (stance := _stance_of(speaker, claim.evidence)):
            continue
        start = doc.text.find(claim.evidence)
        target = target_near(doc, start, start + len(claim.evidence)) if start >= 0 else None
        if target:
            out.append(
                PositionDraft(
                    actor=speaker,
                    stance=stance,
                    target=target,
                    evidence=claim.evidence,
                    confidence="low",
                )
            )
            actors.append(speaker)
            placed.clear()  # names that match this one are placed now
    return out
