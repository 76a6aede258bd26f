"""The offline extractor: claims, figures and positions from the patterns of news prose.

No model and no network: quotation marks and attribution ('X said:', '"...," he added',
'X, the Y of Z, said'), reporting verbs, the figure parser and stance cues ('rejected',
'welcomed', 'will put the offer to members'). It proposes the same drafts an LLM does, so its
output goes through the same grounding, and it is the baseline every LLM run should beat.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from factx.extractor import Check, Drafted
from factx.figures import (
    DURATION_UNITS,
    ParsedFigure,
    counts_people,
    find_figures,
    home_currency,
    parse_figure,
    unit_family,
)
from factx.rules.attribution import claim, each_source, quotations, reported_claims
from factx.rules.document import Document
from factx.rules.evaluations import evaluated_positions
from factx.rules.folding import fold, restore
from factx.rules.lexicon import (
    CHANGE_WORDS,
    MONEY_LEADS,
    MONEY_NOUNS,
    MONTHS,
    NOUN_PHRASE_STOP,
    ORG_WORDS,
    PEOPLED_PLACES,
    PERSON_ROLES,
    PLACE_PREPOSITIONS,
    ROLE_WORDS,
    STOPWORDS,
    alternation,
)
from factx.rules.sentences import Spans
from factx.rules.speakers import Speaker
from factx.rules.stances import positions
from factx.schemas import ClaimDraft, ExtractionDraft, FigureDraft
from factx.text import Span

RULES_VERSION = "1"

#: A word after a figure: "days'", '-strong'; a dash before no letter ('81-15', ' - ') is not.
_WORD = re.compile(r"(?:[A-Za-z’']|-(?=[A-Za-z]))+")
_PLACE = re.compile(
    rf"""
    \s+ (?:{alternation(PLACE_PREPOSITIONS)}) \s+ (?:the\s+)?
    (?!(?i:{alternation(MONTHS)})\b)                       # 'in May' is a date, not a place
    (?P<place>[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*)
    """,
    re.VERBOSE,
)


def _plural(word: str) -> bool:
    """Whether a word reads as a plural noun ('servants', 'calls'; not 'gas', 'class')."""
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss")


def _noun_phrase_after(text: str, start: int, limit: int) -> int:
    """End of the short noun phrase right after a figure ('workers', 'formal meetings')."""
    end = start
    for count, m in enumerate(_WORD.finditer(text, start, limit)):
        word = m.group()
        if (
            count >= 4
            or word.lower() in NOUN_PHRASE_STOP
            or word.endswith("ing")
            or text[end : m.start()].strip()
        ):
            break
        end = m.end()
        if _plural(word):
            break  # a plural noun ends the phrase: 'public servants (took ...)'
    return end


_TO = re.compile(r"\s+to\s+")
#: What parts a proportion's two numbers when it counts out of a whole: '88 out of 122'.
#: 'out of' between the two numbers of '88 out of 122 members', each of which counts; 'five out
#: of every 100' is a rate, a share only.
_OUT_OF = re.compile(r"\s+out\s+of\s+(?!every\b)", re.IGNORECASE)
#: After a duration, what makes it a point in time: 'a year ago', 'a day later', 'a week prior',
#: 'days earlier'.
_AGO = re.compile(r"\s+(?:(?P<ago>ago|later)|earlier|prior(?!\s+to\b))\b")
#: A duration of one period ('a year', 'almost a week', 'half an hour'): before 'ago' or 'later'
#: it dates an event, where a count of periods measures the time gone by ('last raised 19 years
#: ago', 'appealed three days later').
_ONE_PERIOD = re.compile(r"\b(?:an?|one)\s+\S+$", re.IGNORECASE)
_CODE = re.compile(r"0\d")
#: A magnitude counted in a few of it: 'a few hundred', 'a couple of thousand'.
_A_FEW = re.compile(r"a\s+(?:few|couple)\b", re.IGNORECASE)
#: An equals sign after a sum of money: the unit a rate of exchange prices ('(One Barbados
#: dollar=US$0.50 cents)', '(US$1=J$155)'), not a sum the story gives.
_EQUALS_AFTER = re.compile(r"\s*=")
#: The brackets around a figure said again: '8% (eight percent)'.
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_CLOSE_BRACKET = re.compile(r"\s*\)")
_CLAUSE_SPLIT = re.compile(r"[,;:]\s+")
#: 'of' after a figure: it counts part of what follows ('eight of the country's provinces'),
#: which the parser has read, not the noun of an earlier figure; 'of which' and 'of them' point
#: back to that noun ('7,000 positions, almost 2,000 of which').
_PARTITIVE = re.compile(r"\s+of\b(?!\s+(?:which|whom|whose|them|these|those)\b)", re.IGNORECASE)
#: What a figure with no noun after it measures: 'a rise of', 'the number of', 'cut by'.
_OF_BEFORE = re.compile(r"(?:\b(?:a|an|the)\s+)?([\w’'-]+)\s+(?:of|by)\s+(?:\w+\s+)?$")


def _last_words_start(text: str, count: int) -> int:
    """Where the last `count` white-space separated words of `text` begin, or a little before:
    a search for a pattern of at most that many words, anchored at the end, can start there
    instead of trying every earlier position of a long clause."""
    parts = text.rsplit(None, count)
    return len(parts[0]) if len(parts) > count else 0


def _part(whole: ParsedFigure, start: int, end: int) -> list[ParsedFigure]:
    """The figure in `whole.raw[start:end]` ('$2,500' of 'by $2,500 to $17,500'), placed back
    in the article; a dollar whose nation neither says keeps the one the whole took from the
    article (read alone, '$2,500' is the dollar most written); a bare bound of a range whose
    unit comes once after both ('fell by 0.14 to 1 percent') keeps that unit and its scale."""
    part = parse_figure(whole.raw[start:end])
    if part is None:
        return []
    offset = whole.start + start
    part = replace(part, start=part.start + offset, end=part.end + offset)
    bound = whole.low if start == 0 else whole.high
    if whole.qualifier == "range" and part.unit == "count" != whole.unit and bound is not None:
        return [replace(part, value=bound, unit=whole.unit)]
    unit = whole.unit if part.nation_unsaid and whole.nation_unsaid else part.unit
    return [replace(part, unit=unit)]


#: A million: from this scale a sum counting no things is money the article gives ('33.1
#: billion').
_MILLION = 1e6
#: Right before a bare number, what makes it a sum of money (`MONEY_LEADS`, `MONEY_NOUNS`).
_MONEY_BEFORE = re.compile(
    rf"\b(?:{alternation(MONEY_LEADS)}|(?:{alternation(MONEY_NOUNS)})(?:\s+[\w’'-]+){{0,3}}\s+of)"
    r"\s+$",
    re.IGNORECASE,
)
#: A sum must reach this to be money by the words before it: not 'earn 5 points'.
_MONEY_FLOOR = 100
#: Right before a bare number, a place it gives the people of ('a country of 13.2 million').
_PEOPLED_BEFORE = re.compile(rf"\b(?:{alternation(PEOPLED_PLACES)})\s+of\s+$", re.IGNORECASE)


def _figures(text: str) -> Iterator[ParsedFigure]:
    """The parser's figures that are quantities the article gives, as the rules report them: no
    bare magnitude ('millions of dollars', 'thousands of workers', 'several hundred protesters'
    say many, not how many, and annotators mostly leave them out; 'a few hundred people' gives
    a count, at least two hundred), no 'a year ago' (a date; '19 years ago' counts the years
    since), no code with a leading zero ('No. 09-00080'), no unit a rate of exchange prices
    ('US$1' of '(US$1=J$155)'); 'by $2,500 to $17,500' is two figures (a change and the level it
    reaches), not a range, where the upper end is over twice the lower (`_level_reached`); '88
    out of 122 members' is two counts (how many did it, and the whole), where 'one in ten staff'
    is a share; a figure said again in brackets ('an 8% (eight percent) rise') is one figure."""
    previous: ParsedFigure | None = None
    for figure in find_figures(text):
        skip = (
            figure.vague
            and not _A_FEW.match(figure.raw)
            or _point_in_time(text, figure)
            or _CODE.match(figure.raw)
            or _exchange_rate(text, figure)
            or previous is not None
            and _restated(text, previous, figure)
        )
        previous = figure
        if skip:
            continue
        cut = _TO.search(figure.raw) if figure.qualifier == "range" else None
        whole = _OUT_OF.search(figure.raw) if figure.proportion else None
        if whole:
            yield from _part(figure, 0, whole.start())
            yield from _part(figure, whole.end(), len(figure.raw))
        elif cut and _after_change(text, figure.start) and _level_reached(figure):
            yield from _part(figure, 0, cut.start())
            yield from _part(figure, cut.end(), len(figure.raw))
        else:
            yield figure


def _point_in_time(text: str, figure: ParsedFigure) -> bool:
    """'a week prior', 'days earlier', 'a year ago', 'a day later': a duration that dates an
    event; a count of periods before 'ago' or 'later' is the time gone by ('their last increase
    six years ago')."""
    if figure.unit not in DURATION_UNITS:
        return False
    ago = _AGO.match(text, figure.end)
    return bool(ago and (not ago.group("ago") or _ONE_PERIOD.search(figure.raw)))


def _restated(text: str, previous: ParsedFigure, figure: ParsedFigure) -> bool:
    """Whether a figure in brackets right after another says the same again ('8% (eight
    percent)', 'N50,000 (fifty thousand naira)'); a sum in another currency ('£83m (€119m)')
    or of another kind ('£200 million (7%)') is a figure of its own."""
    return (
        figure.unit == previous.unit
        and math.isclose(figure.value, previous.value)
        and bool(_OPEN_BRACKET.fullmatch(text, previous.end, figure.start))
        and bool(_CLOSE_BRACKET.match(text, figure.end))
    )


def _exchange_rate(text: str, figure: ParsedFigure) -> bool:
    """The unit sum before an equals sign in a rate of exchange ('€1 = 7.41 kuna'): it names the
    currency priced; the sum after the sign is the rate, a figure the story gives."""
    return unit_family(figure.unit) == "money" and bool(_EQUALS_AFTER.match(text, figure.end))


def _level_reached(figure: ParsedFigure) -> bool:
    """Whether the upper end of 'rose by X to Y' can be the level a change of X reaches: more
    than twice X, so the change is under half of it ('rose $2.74 to $24.02'); ends closer than
    that are a range of the change ('increase by 5% to 10%', 'cut 6,000 to 7,000 jobs')."""
    low, high = figure.low, figure.high
    return low is None or high is None or high > 2 * low


def _after_change(text: str, start: int) -> bool:
    """Whether a change word comes right before `start` ('rose 5% to'), 'by' among them
    ('rose by £2,500 to', 'extend the retirement age by one year to 61'); whether its ends are
    a change and a level is `_level_reached` ('short of funds by $80m to $100m' is a range)."""
    words = text[max(0, start - 48) : start].lower().split()
    return bool(words) and words[-1] in CHANGE_WORDS


def _money_unsaid(
    text: str, figure: ParsedFigure, noun: str, money: list[ParsedFigure]
) -> str | None:
    """The currency of a bare sum that counts no things: one in millions or more ('the deficit
    is projected at 33.1 billion', 'approves 292 billion supplementary budget'), as budget and
    company copy drops the sign the article wrote on its other sums, or one that words of money
    lead ('nurses earn 1600', 'damages of more than 36 million'). That sign is the one nearest
    before, or else the first after; in an article with no money, a sum words of money lead is
    in the currency of the nation it names (`home_currency`), else it keeps the count."""
    if figure.unit != "count" or figure.vague:
        return None
    if any(_plural(word) for word in noun.split()):
        return None  # '22 million nuisance calls' counts calls
    led = figure.value >= _MONEY_FLOOR and _MONEY_BEFORE.search(
        text, max(0, figure.start - 60), figure.start
    )
    if money and (led or figure.scale >= _MILLION):
        before = [m for m in money if m.start < figure.start]
        return (before[-1] if before else money[0]).unit
    return home_currency(text) if led else None


def _peopled(text: str, figure: ParsedFigure) -> bool:
    """Whether a bare number gives how many people live in the place just before it ('a
    landlocked country of 13.2 million', 'a population of about 300'): people, not a sum."""
    return bool(_PEOPLED_BEFORE.search(text, max(0, figure.start - 24), figure.start))


def figure_drafts(doc: Document) -> list[FigureDraft]:
    """Every figure the parser finds, with the noun phrase it counts and who it applies to."""
    out: list[FigureDraft] = []
    previous: tuple[Span, str, str] | None = None  # sentence, noun, unit of the last counted figure
    figures = list(_figures(doc.text))
    money = [f for f in figures if unit_family(f.unit) == "money"]
    for figure in figures:
        sentence = doc.sentence_at(figure.start)
        end = _noun_phrase_after(doc.text, figure.end, sentence.end or figure.end)
        noun = doc.text[figure.end : end].strip()
        unit = figure.unit
        if unit == "count" and (
            counts_people(noun.lower().split()) or not noun and _peopled(doc.text, figure)
        ):
            unit = "people"
        elif currency := _money_unsaid(doc.text, figure, noun, money):
            unit = currency
        if (
            not noun
            and unit == "count"
            and previous
            and previous[0] == sentence
            and not _PARTITIVE.match(doc.text, figure.end)
        ):
            noun, unit = previous[1], previous[2]  # '1m workers, including 150,000 in Scotland'
        if noun and unit in ("count", "people"):
            previous = (sentence, noun, unit)
        clause = _CLAUSE_SPLIT.split(doc.text[sentence.start : figure.start])[-1]
        of = _OF_BEFORE.search(clause, _last_words_start(clause, 4))
        measures = noun or (of.group(1) if of else " ".join(clause.split()[-6:])) or figure.raw
        place = _PLACE.match(doc.text, end, sentence.end or end)
        out.append(
            FigureDraft(
                evidence=doc.text[figure.start : max(end, figure.end)],
                raw=figure.raw,
                value=figure.value,
                unit=unit,
                qualifier=figure.qualifier,
                measures=measures,
                applies_to=place.group("place") if place else None,
                # 'high' when the figure counts a noun right after it, 'medium' when what it
                # measures was guessed from the words before it
                confidence="high" if noun else "medium",
            )
        )
    return out


def extract(text: str) -> ExtractionDraft:
    """Draft every claim, figure and position in `text` with the offline rules, which read
    accented letters as their base letters (`factx.rules.folding`)."""
    folded = fold(text)
    return restore(_extract(folded), text, folded)


def _extract(text: str) -> ExtractionDraft:
    """The rules' drafts for `text`, read as it is."""
    doc = Document.read(text)
    quoted = quotations(doc)
    title = doc.headline
    reported = reported_claims(doc, Spans([*(span for span, _ in quoted), *title]), quoted)
    quoted = _with_organisations(quoted, reported)
    claims = [
        *(claim("direct", who, doc.slice(span)) for span, who in quoted),
        *(each for claimed in reported for each in each_source(doc, claimed)),
    ]
    claims = [_own_body(doc, c) for c in claims]
    cued = positions(doc, quoted, skip=title, reported=reported)
    return ExtractionDraft(
        claims=claims,
        figures=figure_drafts(doc),
        positions=[*cued, *evaluated_positions(doc, claims, cued)],
    )


def _with_organisations(
    quoted: list[tuple[Span, Speaker]], reported: list[ClaimDraft]
) -> list[tuple[Span, Speaker]]:
    """Quotes whose speaker the article tied to an organisation elsewhere ('PSNC chief
    executive Sue Sharpe said ...', then '"We cannot accept them," Ms Sharpe wrote'): the
    speaker keeps that organisation, so 'we' in the quote is the organisation's stance."""
    orgs: dict[str, str] = {}
    for c in reported:
        if c.speaker_org:
            orgs.setdefault(c.speaker, c.speaker_org)
    for _, who in quoted:
        if who.org:
            orgs.setdefault(who.name, who.org)
    return [
        (
            span,
            replace(who, org=orgs[who.name])
            if who.person and not who.org and who.name in orgs
            else who,
        )
        for span, who in quoted
    ]


#: A proper name's words: capitalised, or the small words inside one ('Bank of England').
_NAME_WORD = re.compile(r"[A-Z0-9][\w’'&.-]*|of|for|and|the|&")


def _own_body(doc: Document, claim: ClaimDraft) -> ClaimDraft:
    """A body that speaks under its own name ('Shire PLC said', 'the GMB said', 'Tenon said')
    is its own organisation; a person, a description ('the union') or a pronoun is not."""
    name = claim.speaker or ""
    if claim.speaker_org or not name[:1].isupper() or doc.people.names(name):
        return claim
    words = name.split()
    if words[0].lower() in STOPWORDS or not all(_NAME_WORD.fullmatch(w) for w in words):
        return claim
    if all(w.lower() in ROLE_WORDS or w.lower() in PERSON_ROLES for w in words):
        return claim  # 'The President said', 'The Chief Justice': a person's title, no body
    if len(words) == 1 and not (
        name.isupper() or name.lower() in ORG_WORDS or doc.people.is_organisation(name)
    ):
        return claim  # 'Lee' may be a surname the article never gave in full
    return claim.model_copy(update={"speaker_org": name})


class RulesExtractor:
    """The `Extractor` for `--backend rules`: deterministic, offline, milliseconds per article."""

    name = "rules"

    def __init__(self, max_chars: int | None = None) -> None:
        #: The rules read any length in one piece; a limit only bounds memory per draft.
        self.max_chars = max_chars

    def provenance(self) -> dict[str, Any]:
        return {"model": f"factx-rules-{RULES_VERSION}"}

    def draft(self, text: str, check: Check) -> Drafted:
        return Drafted(extract(text))
