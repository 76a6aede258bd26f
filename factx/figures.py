"""Deterministic parsing of numbers as written in news text: '£14.1bn', 'eight per cent', 'a decade'.

`find_figures` scans a text for every figure (dates are skipped); `parse_figure` reads the first
one. Both give the value multiplied out, a unit (ISO 4217 code for money, 'percent', 'people',
'count', durations, 'fraction'), the qualifier and, for ranges, the bounds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factx.schemas import Qualifier

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
}
_QUALIFIERS: dict[str, Qualifier] = {
    "more than": "more than",
    "over": "more than",
    "above": "more than",
    "in excess of": "more than",
    "at least": "at least",
    "less than": "less than",
    "fewer than": "less than",
    "under": "less than",
    "below": "less than",
    "up to": "at most",
    "at most": "at most",
    "as many as": "at most",
    "within": "at most",
    "around": "approximately",
    "about": "approximately",
    "approximately": "approximately",
    "roughly": "approximately",
    "nearly": "approximately",
    "almost": "approximately",
    "some": "approximately",
    "an estimated": "approximately",
    "estimated": "approximately",
    "between": "range",
}
_CURRENCY_SIGNS = {
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "us$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "nz$": "NZD",
    "hk$": "HKD",
    "$": "USD",
}
_CURRENCY_WORDS = {
    "pound": "GBP",
    "pence": "GBP",
    "p": "GBP",
    "dollar": "USD",
    "cent": "USD",
    "euro": "EUR",
}
_SUBUNITS = {"pence", "p", "cent"}
_DOLLAR_NATIONS = {
    "australian": "AUD",
    "canadian": "CAD",
    "new zealand": "NZD",
    "hong kong": "HKD",
    "singapore": "SGD",
}
_DURATIONS = {
    "year": ("years", 1),
    "month": ("months", 1),
    "week": ("weeks", 1),
    "day": ("days", 1),
    "hour": ("hours", 1),
    "decade": ("years", 10),
    "century": ("years", 100),
    "centurie": ("years", 100),
}
PEOPLE_NOUNS = frozenset(
    [
        "people",
        "workers",
        "members",
        "staff",
        "employees",
        "servants",
        "teachers",
        "nurses",
        "doctors",
        "pensioners",
        "officers",
        "firefighters",
        "lecturers",
        "strikers",
        "protesters",
        "civil",
        "staffers",
        "personnel",
        "porters",
        "cleaners",
        "midwives",
        "paramedics",
        "residents",
        "voters",
        "employees",
        "retirees",
        "savers",
        "individuals",
        "men",
        "women",
        "adults",
        "children",
        "students",
        "academics",
        "police",
        "soldiers",
        "troops",
        "drivers",
        "pupils",
        "patients",
        "parents",
        "families",
        "households",
        "passengers",
        "consumers",
        "taxpayers",
        "claimants",
        "veterans",
        "consultants",
        "medics",
        "surgeons",
        "physicians",
        "carers",
        "engineers",
        "journalists",
        "scientists",
        "lawyers",
        "judges",
        "miners",
    ]
)
_SINGLE_PERIODS = {"year", "month", "week", "day", "hour"}
_AGE_BEFORE = re.compile(r"\bage[ds]?\s+(?:of\s+)?$", re.IGNORECASE)
#: 'the pension age will rise to 67': an age named a few words before the number.
_AGE_NEAR = re.compile(r"\bage\b[^.;:\d]{0,30}$", re.IGNORECASE)
_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "nine": 9}
_DENOMINATORS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
#: Month names and abbreviations (lower case), for telling dates from figures.
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)

_WORDNUM = r"(?:{u})(?:(?:[\s-]+(?:and\s+)?)(?:{u}|hundred))*".format(
    u="|".join(sorted(_UNITS, key=len, reverse=True))
)
_NUMBER = rf"""
    (?P<frac>\d+/\d+(?:st|nd|rd|th)?)
  | (?P<wordfrac>(?:one|two|three|four|five|nine)[\s-](?:half|halve|third|quarter|fifth|tenth)s?)
  | (?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
  | (?P<words>{_WORDNUM})
  | (?P<article>half\s+an?|a\s+(?:quarter|third)|half
      | an?(?=[\s-]+(?:hundred|thousand|million|billion|trillion|decade|year|month|week|day|hour|centur)))
"""
_QUALIFIER_RE = "|".join(q.replace(" ", r"\s+") for q in sorted(_QUALIFIERS, key=len, reverse=True))
_FIGURE = re.compile(
    rf"""
    (?<![\w.,/$£€¥])
    (?:(?P<qual>{_QUALIFIER_RE})\s+)?
    (?P<cur>us\$|au?\$|ca?\$|nz\$|hk\$|\$|£|€|¥|₹)?\s?
    (?:{_NUMBER})
    (?:(?P<scalesp>\s*)(?P<scale>hundred|thousand|million|billion|trillion|bn|mn|trn|tn|m|b|k)(?![a-z]))?
    (?P<unit>
        \s*(?P<pct>%|per\s*cent|percent|pc(?![a-z])|percentage\s+points?)
      | [\s-]+(?P<dur>year|month|week|day|hour|decade|centur(?:y|ie))s?(?:[\s-]+old|-long)?(?![a-z])
      | \s*(?P<curword>pounds?|pence|p|dollars?|euros?|cents?)(?![a-z])
    )?
    (?![\w%])
    """,
    re.IGNORECASE | re.VERBOSE,
)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to)\s*", re.IGNORECASE)
_AND_JOIN = re.compile(r"\s+and\s+", re.IGNORECASE)
_DATE_BEFORE = re.compile(rf"(?:{MONTHS})\.?\s+$", re.IGNORECASE)
_DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\b", re.IGNORECASE)
_CODE_BEFORE = re.compile(r"[A-Za-z]-$")
_YEAR_TAIL = re.compile(r"(?:/|-|–)\d{2,4}\b")
_OF = re.compile(r"\s+of\b")
#: Where a figure may be: a digit, a currency sign or a number word. Scanning for these first
#: and running the full pattern only around them keeps long texts fast.
_CANDIDATE_RE = rf"[\d$£€¥₹]|\b(?:{'|'.join(sorted(_UNITS, key=len, reverse=True))}|half|an?(?=[\s-]+(?:hundred|thousand|million|billion|trillion|decade|year|month|week|day|hour|centur|quarter|third)))\b"
_CANDIDATE = re.compile(_CANDIDATE_RE)  # run on lower-cased text: much faster than IGNORECASE
_CANDIDATE_ANY_CASE = re.compile(_CANDIDATE_RE, re.IGNORECASE)
#: How far before a candidate a figure may start ('approximately US$ ...').
_LEAD = 40
_WORD_START = re.compile(r"(?<![\w$£€¥₹])[\w$£€¥₹]")
_CLOCK_AFTER = re.compile(r"^(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|gmt|bst)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedFigure:
    """A figure read from text: `value` multiplied out (lower bound of a range), with its unit."""

    raw: str
    value: float
    unit: str
    scale: float = 1.0
    qualifier: Qualifier | None = None
    low: float | None = None
    high: float | None = None
    start: int = 0
    end: int = 0


def _words_to_number(words: str) -> float | None:
    total = 0.0
    for word in re.split(r"[\s-]+", words.lower()):
        if word == "and":
            continue
        if word == "hundred":
            total = (total or 1) * 100
        elif word in _UNITS:
            total += _UNITS[word]
        else:
            return None
    return total


def _base_number(m: re.Match[str]) -> float | None:
    """The number before scale: digits, number words, fractions or 'a'/'half'."""
    if frac := m.group("frac"):
        num, den = re.match(r"(\d+)/(\d+)", frac).groups()  # type: ignore[union-attr]
        return int(num) / int(den) if int(den) else None
    if wordfrac := m.group("wordfrac"):  # 'two-thirds'
        num, den = re.split(r"[\s-]", wordfrac.lower())
        return _NUMERATORS[num] / _DENOMINATORS[den.rstrip("s")]
    if digits := m.group("digits"):
        return float(digits.replace(",", ""))
    if words := m.group("words"):
        return _words_to_number(words)
    article = re.sub(r"\s+", " ", m.group("article").lower())
    return {"a quarter": 0.25, "a third": 1 / 3, "half": 0.5, "half a": 0.5, "half an": 0.5}.get(
        article, 1.0
    )


def _is_date(text: str, m: re.Match[str], number: float) -> bool:
    """Years as dates, days of months, clock times and year spans are not figures."""
    if m.group("cur") or m.group("scale") or m.group("unit"):
        return False
    if m.group("frac"):
        return bool(re.fullmatch(r"(?:1[89]|20)\d\d/\d\d(?:\d\d)?", m.group("frac")))
    digits = m.group("digits")
    if not digits:
        return False
    before = text[max(0, m.start("digits") - 12) : m.start("digits")]
    after = text[m.end("digits") : m.end("digits") + 24]
    if re.fullmatch(r"\d{4}", digits) and 1800 <= number <= 2100:
        return True
    if number <= 31 and (_DATE_BEFORE.search(before) or _DATE_AFTER.match(after)):
        return True
    return bool(_CLOCK_AFTER.match(after) or (number <= 31 and _YEAR_TAIL.match(after)))


def _is_ordinal(text: str, m: re.Match[str]) -> bool:
    """'3rd', '30th': positions, not quantities."""
    if m.group("frac") or m.group("unit") or m.group("scale"):
        return False
    return bool(re.match(r"(?:st|nd|rd|th)\b", text[m.end() : m.end() + 3], re.IGNORECASE))


def _unit(text: str, m: re.Match[str], end: int, number: float) -> tuple[str, float]:
    """The unit and any multiplier the unit implies (decades, pence)."""
    if m.group("pct"):
        return "percent", 1.0
    if dur := m.group("dur"):
        return _DURATIONS[dur.lower()]
    if (
        m.group("frac")
        or m.group("wordfrac")
        or re.fullmatch(r"a\s+(?:quarter|third)|half", (m.group("article") or "").lower())
    ):
        return "fraction", 1.0
    word = (m.group("curword") or "").lower().rstrip("s")
    sign = (m.group("cur") or "").lower()
    if sign or word:
        code = _CURRENCY_SIGNS.get(sign) or _CURRENCY_WORDS.get(word, "USD")
        if code == "USD" and sign in (
            "$",
            "",
        ):  # '$5m (Australian dollars)': the text says otherwise
            near = text[max(0, m.start() - 300) : end + 300].lower()
            code = next((c for n, c in _DOLLAR_NATIONS.items() if f"{n} dollar" in near), code)
        return code, 0.01 if word in _SUBUNITS else 1.0
    before = text[max(0, m.start() - 40) : m.start()]
    if _AGE_BEFORE.search(before[-12:]) or (_AGE_NEAR.search(before) and 16 <= number <= 120):
        return "years", 1.0
    following = re.findall(r"[a-z]+", text[end : end + 48].lower())[:3]
    return ("people" if PEOPLE_NOUNS.intersection(following) else "count"), 1.0


def _read(text: str, m: re.Match[str]) -> ParsedFigure | None:
    """One regex match as a figure, or None when it is a date, a code or a bare 'a'/'one'."""
    number = _base_number(m)
    if number is None:
        return None
    bare = not (m.group("scale") or m.group("unit") or m.group("cur"))
    article = (m.group("article") or "").lower()
    if article and bare and not (article != "a" and _OF.match(text, m.end())):
        return None  # 'a teacher'; but 'a third of staff', 'half of members' are shares
    if article in ("a", "an") and (m.group("dur") or "").lower() in _SINGLE_PERIODS:
        return None  # '£25,200 a year' is a rate, not a duration
    if bare and m.group("words") and number <= 1:
        return None
    if _is_date(text, m, number) or _is_ordinal(text, m):
        return None
    scale_word = (m.group("scale") or "").lower()
    if scale_word in ("m", "b", "k") and m.group("scalesp") and not m.group("cur"):
        return None  # '5 m' is metres or a stray letter, not millions
    scale = _SCALES.get(scale_word, 1.0)
    unit, multiplier = _unit(text, m, m.end(), number)
    value = number * scale * multiplier
    qual = re.sub(r"\s+", " ", (m.group("qual") or "").lower())
    # 'over three years' is a span of time ('during'), not 'more than three years'
    qualifier = None if qual == "over" and m.group("dur") else _QUALIFIERS.get(qual)
    return ParsedFigure(
        raw=m.group(0),
        value=value,
        unit=unit,
        scale=scale,
        qualifier=qualifier,
        start=m.start(),
        end=m.end(),
    )


def _range_end(text: str, first: ParsedFigure) -> ParsedFigure | None:
    """The upper bound of '6%-8%', '1.5% to 3.5%' or 'between 2 and 3 million', if present."""
    joiner = _AND_JOIN if first.qualifier == "range" else _RANGE_JOIN
    join = joiner.match(text, first.end)
    if not join:
        return None
    m = _FIGURE.match(text, join.end())
    if not m or m.group("qual"):
        return None
    second = _read(text, m)
    if second is None or (first.unit not in ("count", "people") and second.unit != first.unit):
        return None
    return second


def _figure_at(text: str, candidate: re.Match[str], floor: int) -> re.Match[str] | None:
    """The figure covering a candidate, trying the word starts just before it first, so that
    a qualifier or currency prefix ('more than', 'US$') is part of the match."""
    lo = max(floor, candidate.start() - _LEAD)
    for start in [w.start() for w in _WORD_START.finditer(text, lo, candidate.start())] + [
        candidate.start()
    ]:
        m = _FIGURE.match(text, start)
        if m and m.end() > candidate.start():
            return m
    return None


def find_figures(text: str) -> Iterator[ParsedFigure]:
    """Every figure in `text`, in order; dates and years used as dates are skipped."""
    position = 0
    lowered = text.lower()
    if len(lowered) == len(text):  # offsets agree (no 'İ'-like characters that grow when lowered)
        scan, scanner = lowered, _CANDIDATE
    else:
        scan, scanner = text, _CANDIDATE_ANY_CASE
    while candidate := scanner.search(scan, position):
        m = _figure_at(text, candidate, position)
        if m is None:
            position = candidate.end()
            continue
        position = m.end()
        if _CODE_BEFORE.search(text, max(0, m.start() - 2), m.start()):
            continue  # 'COVID-19', 'A-1': part of a name
        figure = _read(text, m)
        if figure is None:
            if m.group("digits") and (tail := _YEAR_TAIL.match(text, m.end())):
                position = tail.end()
            continue
        second = _range_end(text, figure)
        if second is not None:
            first_value = figure.value
            if second.scale != 1.0 and figure.scale == 1.0:  # '2 and 3 million'
                first_value *= second.scale
            figure = ParsedFigure(
                raw=text[figure.start : second.end],
                value=first_value,
                unit=second.unit,
                scale=second.scale,
                qualifier="range",
                low=first_value,
                high=second.value,
                start=figure.start,
                end=second.end,
            )
            position = second.end
        elif figure.qualifier == "range":  # 'between' with no second figure
            figure = ParsedFigure(**{**figure.__dict__, "qualifier": None})
        yield figure


def parse_figure(text: str) -> ParsedFigure | None:
    """The first figure written in `text` ('£100m', 'eight per cent', 'up to two million')."""
    return next(find_figures(text), None)


#: Units of head-counts and other counts; of durations.
COUNT_UNITS = frozenset({"count", "people"})
DURATION_UNITS = frozenset({"years", "months", "weeks", "days", "hours"})


def unit_family(unit: str) -> str:
    """Units that measure the same kind of thing: money, percent, counts, durations, fractions."""
    if unit in COUNT_UNITS:
        return "count"
    if unit in DURATION_UNITS:
        return "duration"
    if len(unit) == 3 and unit.isupper():
        return "money"
    return unit
