"""The figure parser: numbers as written in news text, multiplied out, with unit and qualifier."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from factx.figures import (
    _CURRENCY_SIGN,
    _CURRENCY_SIGNS,
    _QUALIFIER_RE,
    _QUALIFIERS,
    find_figures,
    parse_figure,
    unit_family,
)
from tests.helpers import GOLD

CASES = [
    ("£100m", 100e6, "GBP", None),
    ("£14.1bn", 14.1e9, "GBP", None),
    ("£37,800", 37800, "GBP", None),
    ("$2.5 trillion", 2.5e12, "USD", None),
    ("€10M", 10e6, "EUR", None),
    ("8%", 8, "percent", None),
    ("eight per cent", 8, "percent", None),
    ("90.5%", 90.5, "percent", None),
    ("two million", 2e6, "count", None),
    ("1.4 million", 1.4e6, "count", None),
    ("half a billion pounds", 0.5e9, "GBP", None),
    ("a decade", 10, "years", None),
    ("seven years", 7, "years", None),
    ("24-hour", 24, "hours", None),
    ("1/60th", 1 / 60, "fraction", None),
    ("more than 30,000", 30000, "count", "more than"),
    ("up to two million", 2e6, "count", "at most"),
    ("around a million", 1e6, "count", "approximately"),
    ("A$5m", 5e6, "AUD", None),
    ("50p", 0.5, "GBP", None),
    ("more than 30,000 workers", 30000, "people", "more than"),
    ("two-thirds of members", 2 / 3, "fraction", None),
    ("three quarters", 0.75, "fraction", None),
    ("the pension age will rise to 67", 67, "years", None),
    ("the qualifying age for state pension benefits, from 66", 66, "years", None),
    # durations with an article; a rate ('a year' after an amount) is not one
    ("less than a day of deliberations", 1, "days", "less than"),
    ("after about a year of talks", 1, "years", "approximately"),
    ("for up to a month", 1, "months", "at most"),
    ("a day of strikes", 1, "days", None),
    # a kind of period between the number and its period still counts time
    ("over the two remaining months", 2, "months", None),
    ("for six successive years", 6, "years", None),
    ("it rained for three straight days", 3, "days", None),
    ("the last two-and-a-half years", 2.5, "years", None),
    # fractions and proportions in words
    ("almost a third said no", 1 / 3, "fraction", "approximately"),
    ("nine in ten nurses", 0.9, "fraction", None),
    ("one out of four schools", 0.25, "fraction", None),
    ("1 in 5 adults", 0.2, "fraction", None),
    ("seven-tenths of staff", 0.7, "fraction", None),
    ("half the staff", 0.5, "fraction", None),
    # vague quantities: the stated magnitude, a floor
    ("hundreds of thousands of workers", 1e5, "people", "at least"),
    ("thousands of pounds a year", 1e3, "GBP", "at least"),
    ("Tens of thousands of people", 1e4, "people", "at least"),
    ("several hundred jobs", 100, "count", "at least"),
    # 'a few' and 'a couple of' are at least two
    ("A few hundred suggestions", 200, "count", "at least"),
    ("a couple of thousand pounds", 2000, "GBP", "at least"),
    # ages and age thresholds are years
    ("over-25s", 25, "years", "more than"),
    ("the under-18s", 18, "years", "less than"),
    ("25-year-olds", 25, "years", None),
    # a decade of someone's life is a range of ages
    ("a man in his 20s", 20, "years", "range"),
    ("a woman in her 40's", 40, "years", "range"),
    ("nurses in their early 30s", 30, "years", "range"),
    # compounds in words, and a decimal point with no decimals before the unit
    ("two hundred and fifty thousand", 250000, "count", None),
    ("three and a half million", 3.5e6, "count", None),
    ("served 12 and a half years", 12.5, "years", None),
    ("2 and a quarter million", 2.25e6, "count", None),
    ("a dozen", 12, "count", None),
    ("Inflation reached 6.% in June", 6, "percent", None),
    # currencies written with letters (ISO codes, local abbreviations) and other signs
    ("a bid of GBP44.00 per share", 44, "GBP", None),
    ("EUR 2.5 billion", 2.5e9, "EUR", None),
    ("USD1.2bn", 1.2e9, "USD", None),
    ("a RM50,000 bonus", 50000, "MYR", None),
    ("Rs 500 crore", 5e9, "INR", None),
    ("S$3 million", 3e6, "SGD", None),
    ("₦5,000", 5000, "NGN", None),
    # the leone, new and old, as Sierra Leonean copy writes them
    ("NLe 93 million", 93e6, "SLE", None),
    ("(Old Le 9.3 billion)", 9.3e9, "SLL", None),
    # the cedi: its sign, its abbreviations, and the cent sign written for it before a number
    ("a loaf priced at ¢5", 5, "GHS", None),
    ("the GHc10 bread", 10, "GHS", None),
    ("GH¢ 2.5 million", 2.5e6, "GHS", None),
    ("₵300", 300, "GHS", None),
    # the signs of currencies that have one of their own
    ("a fine of ₪500", 500, "ILS", None),
    ("cut by ₡1.1 billion", 1.1e9, "CRC", None),
    ("₸210,000 a month", 210000, "KZT", None),
    ("₾50 million", 50e6, "GEL", None),
    ("₼300 a month", 300, "AZN", None),
    ("₮500,000", 500000, "MNT", None),
    ("₭10,000", 10000, "LAK", None),
    ("៛5,000", 5000, "KHR", None),
    ("₲2 million", 2e6, "PYG", None),
    ("₨ 5,000", 5000, "INR", None),
    # the cedi where copy lost its sign or wrote its letter
    ("a GH20.0 transport allowance", 20, "GHS", None),
    ("their GH 75.0 each", 75, "GHS", None),
    ("a Gh 500 fine", 500, "GHS", None),
    ("incomes of less than RO400", 400, "OMR", "less than"),  # the Omani rial
    # thousands after a comma and a stray space, where the sign touches the number
    ("rent rose to N7, 500 a month", 7500, "NGN", None),
    ("fined $2, 250 each", 2250, "USD", None),
    # a sign before a decimal gives the sum; the subunit after it only restates it
    ("a rise of KSh0.25 cents per litre", 0.25, "KES", None),
    ("worth US$0.40 cents", 0.4, "USD", None),
    ("a loaf up ¢20 pesewas", 0.2, "GHS", None),  # fifty of the subunit, no decimal
    ("a RO2 million project", 2e6, "OMR", None),
    ("Ghc 1,200 a month", 1200, "GHS", None),
    # a word touching a per cent sign, as some copy runs them together
    ("the 15%sales tax on fuel", 15, "percent", None),
    # power and energy
    ("generate 800,000kw of power", 800000, "kW", None),
    ("a 50MW solar farm", 50, "MW", None),
    ("3 gigawatts of capacity", 3, "GW", None),
    # abbreviated scales as Asian and Australasian copy writes them
    ("$800mil on prisons", 800e6, "USD", None),
    ("NZ$2bil", 2e9, "NZD", None),
    # the Caribbean's and the Pacific's dollars, as their copy writes them
    ("TT$5m", 5e6, "TTD", None),
    ("J$2 billion", 2e9, "JMD", None),
    ("G$500,000", 5e5, "GYD", None),
    ("a FJ$3m grant", 3e6, "FJD", None),
    ("EC$10,000", 1e4, "XCD", None),
    ("RD$13,500 per session", 13500, "DOP", None),
    ("a CI$2 million grant", 2e6, "KYD", None),
    # a code glued to a dollar sign, and the US dollar with full stops
    ("TOP$2.5 million in fuel costs", 2.5e6, "TOP", None),
    ("a SBD$1 million hotel bill", 1e6, "SBD", None),
    ("fell to U.S.$30 per barrel", 30, "USD", None),
    ("2 lakh people", 2e5, "people", None),
    # the lakh as Pakistani and Nepali copy spells it
    ("a fine of Rs 5 lac", 5e5, "INR", None),
    ("15 lacs voters", 15e5, "people", None),
    # the bolívar with its accent, and its Spanish plural
    ("a voucher of 45 bolívares", 45, "VES", None),
    ("raised to 3 bolivares", 3, "VES", None),
    # thousands grouped by spaces, as South African and French copy writes them
    ("caps job cuts at 1 000", 1000, "count", None),
    ("no more than 1 500 workers", 1500, "people", "at most"),
    ("$1 250 000", 1.25e6, "USD", None),
    # kinds of day still count time
    ("within 20 working days", 20, "days", "at most"),
    ("three consecutive weeks", 3, "weeks", None),
    # weights, lengths and areas
    ("500,000 tonnes of rubble", 5e5, "tonnes", None),
    ("a quota of 78,000t of beef", 78000, "tonnes", None),
    ("the 394ft towers", 394, "feet", None),
    ("a 5-mile route", 5, "miles", None),
    ("200 acres of green belt", 200, "acres", None),
    # overtime pay
    ("paid at time and a half", 1.5, "fraction", None),
    ("six and half years in prison", 6.5, "years", None),  # 'a' left out
    # a half or quarter after the unit of time: 'a year and a half', not a year
    ("the second in a year and half", 1.5, "years", None),
    ("talks ran for an hour and a quarter", 1.25, "hours", None),
    ("jailed for two years and a half", 2.5, "years", None),
    ("in a year and half the staff had left", 1, "years", None),
    # an age in apposition to a name; not an item of a list
    ("Jo Lawson, 25, claims", 25, "years", None),
    ("In March, 25, 30 and 40 per cent", 25, "percent", None),
    ("The Bill, 25 pages long", 25, "count", None),
    # hyphens between the number and its unit or scale
    ("a 7.3-percent wage rise", 7.3, "percent", None),
    ("a 73-cents-a-share offer", 0.73, "USD", None),
    ("a $2-million deal", 2e6, "USD", None),
    # currencies named after the number, with a nation between
    ("500 rupees", 500, "INR", None),
    ("a fine of 2,000 cedis", 2000, "GHS", None),
    ("10 billion yen", 10e9, "JPY", None),
    ("5 million Australian dollars", 5e6, "AUD", None),
    ("Two Thousand Ghana Cedis", 2000, "GHS", None),
    # 'm' beside the same length in feet is metres
    ("120m (394ft) turbines", 120, "metres", None),
    # minutes are a duration
    ("passed in 40 minutes", 40, "minutes", None),
    ("a 15-minute debate", 15, "minutes", None),
    # the Kenyan shilling before the number
    ("a Sh36,000 salary increase", 36000, "KES", None),
    ("KSh 5 billion in arrears", 5e9, "KES", None),
    ("pay rose to Shillings 4 million", 4e6, "KES", None),
    ("a fee of 300,000 shillings", 300000, "KES", None),
    ("4 million Ugandan shillings a month", 4e6, "UGX", None),
    ("a loan of 2 billion Tanzanian shillings", 2e9, "TZS", None),
    ("USh4 million for graduates", 4e6, "UGX", None),
    ("TSh 500,000 each", 500000, "TZS", None),
    # a currency in letters touching its number, in lower case or with a full stop
    ("an increase of ksh13 on petrol", 13, "KES", None),
    ("fares rose after prices went up by ksh.13", 13, "KES", None),
    ("KSh.20 a litre", 20, "KES", None),
    ("a fine of rs500", 500, "INR", None),
    ("a budget of ₱5 billion", 5e9, "PHP", None),
    ("5 billion Philippine pesos", 5e9, "PHP", None),
    ("Tk 500 crore for roads", 5e9, "BDT", None),
    ("500 million taka", 5e8, "BDT", None),
    ("200 Jordanian dinars", 200, "JOD", None),
    ("JD200 a month", 200, "JOD", None),
    ("a Dh500 fine", 500, "AED", None),
    ("QR5m in prizes", 5e6, "QAR", None),
    ("5,000 Qatari riyals", 5000, "QAR", None),
    ("Rp 5 billion in aid", 5e9, "IDR", None),
    ("5 billion Pakistani rupees", 5e9, "PKR", None),
    ("5 billion Sri Lankan rupees", 5e9, "LKR", None),
    ("5 million kronor", 5e6, "SEK", None),
    ("50 Trinidad and Tobago dollars", 50, "TTD", None),
    ("5 million US dollars", 5e6, "USD", None),
    ("5,000 CFA francs", 5000, "XOF", None),
    ("a R1-billion budget", 1e9, "ZAR", None),
    ("R36,000 each", 36000, "ZAR", None),
    ("N5bn was released", 5e9, "NGN", None),
    ("P2.5 million in aid", 2.5e6, "PHP", None),
    # 'dozen' scales a number before it; 'per cent' hyphenated
    ("About half a dozen legislators", 6, "people", "approximately"),
    ("three dozen eggs", 36, "count", None),
    ("a two-per-cent-a-year increase", 2, "percent", None),
    # a century scored is a hundred runs (or seats), not a hundred years
    ("hoping to score a century in the house", 100, "count", None),
    ("he hit a half-century", 50, "count", None),
    ("over a century of history", 100, "years", None),
    # a bare 'one' counts a person, a life or a vote; '-strong' counts members
    ("must have one doctor and", 1, "people", None),
    ("it has claimed one life", 1, "people", None),
    ("approved by just one vote", 1, "count", None),
    ("the 24,000-strong association", 24000, "people", None),
    # a year-like number after a qualifier that a year never follows is a count
    ("including more than 2000 heavy vehicles", 2000, "count", "more than"),
    ("nearly 1900 staff", 1900, "people", "approximately"),
    ("they built 1500 houses", 1500, "count", None),  # a count after 'built', no date
    # a full stop after a month's full name ends a sentence: the number is no day
    ("It ended in March. 3 workers left", 3, "people", None),
    # a rate over a few words: not a duration of one year
    ("four million tonnes of coal a year", 4e6, "tonnes", None),
]


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), CASES, ids=[c[0] for c in CASES])
def test_examples(text: str, value: float, unit: str, qualifier: str | None) -> None:
    figure = parse_figure(text)
    assert figure is not None
    assert figure.value == pytest.approx(value, rel=1e-4)
    assert (figure.unit, figure.qualifier) == (unit, qualifier)
    assert text[figure.start : figure.end] == figure.raw


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("6%-8%", 6, 8, "percent"),
        ("6-8%", 6, 8, "percent"),
        ("1.5% to 3.5%", 1.5, 3.5, "percent"),
        ("between 2 and 3 million", 2e6, 3e6, "count"),
        ("between two and three million", 2e6, 3e6, "count"),
        # the scale on the last is not the first's where the first is whole without it
        ("fines ranging from 100,000 to 2 million euros", 1e5, 2e6, "EUR"),
        ("between 500 000 and 1.5 million people", 5e5, 1.5e6, "people"),
        ("aged 16 to 24", 16, 24, "years"),
        ("ranging from 35 to 75%", 35, 75, "percent"),  # a range, not a change 'from'
        ("fines range from £100 to £500", 100, 500, "GBP"),
        # a dash and two digits after a number up to 31 is a range, not a day and a month
        ("people aged 18-24", 18, 24, "years"),
        ("a rise of 10-15 per cent", 10, 15, "percent"),
        ("it takes 5-10 years", 5, 10, "years"),
    ],
)
def test_ranges(text: str, low: float, high: float, unit: str) -> None:
    figure = parse_figure(text)
    assert figure is not None and figure.qualifier == "range"
    assert (figure.low, figure.high, figure.value, figure.unit) == (
        pytest.approx(low),
        pytest.approx(high),
        pytest.approx(low),
        unit,
    )


@pytest.mark.parametrize(
    "text",
    [
        "on November 30, 2012",
        "in 2011-12",
        "the 2012/13 budget",
        "the G20 summit",
        "at the foot of the hill",
        "COVID-19 cases",
        "the covid 19 pandemic",
        "at 10am",
        "on 30th November",
        "in 1998",
        "in about 2000 the mill",
        "some 2019 models",
        "one of them",
        "in his third term in office",  # a place in a series; 'a third term' counts terms
        "the second half of the year",
        "at half-time",
        "the 1990s",
        "music of the 80s",
        "cases heard in the 90’s",  # a decade with an apostrophe
        "built in the 1950's",
        "the third that has been offered",
        "twice a year",
        "the COP26 summit",
        "the R101 road",
        "N95 masks",
        # a number naming a thing; a pair named before
        "Article 50 was triggered",
        "in the matchday 10 encounter",
        "the FTSE 100 firm",
        "Junction 1 of the M32",
        "said Unifor Local 1119 president Jo Lee",  # a proper name's word before the number
        "water from Lake Seven, which feeds",
        "the takeover of the company by Seven Group Holdings",  # capitalised mid-sentence
        "the directors independent of Seven, cited",
        "said that Seven’s bid undervalued it",
        "the Apollo 11 crew",
        "the Radio 4 programme",
        "broadcast on TV 3 news at night",
        "a deal between the two companies",
        "Invoking Order 113(2) of the rules",  # a rule and its sub-rule
        "under section 3(1)",
        "under Article 165 (4) of the Constitution",  # a sub-article after a space
        "grant prayers 2 and 3 of the Application",  # labels listed after a plural
        "under sections 3, 4 and 5",
        "until 5.7.23 when",  # a date in dots
        # clock times, dotted; 'one' naming one of a group
        "until 2 a.m. of the next day",
        "they stopped work between 7 and 11 a.m.",  # a span of clock hours
        "open from 9 to 5pm daily",
        "at 10 p.m. on Friday",
        "one member of the Opposition",
        "one man's view",
        # a day and month in a date; a written 'fraction' of one or more is no share
        "by Sept. 3 the deal",
        "on 24-12-2011",
        "on 24/12/2011",
        "a 24/7 service",
        # an ordinal that places a thing in a series, not time that has run
        "by the third year of the deal",
        "in the second week of March",
        "its fourth proposal this year",
        "entered its fourth-quarter results",
        "a column in Le Monde in 2019",  # 'Le' is a leone before a number only
        # a year older than 1800, dated by a founding or a building
        "Founded in 1708, the guild",
        "a bridge dating back to 1650",
        # a year before a kind of period names the period: a date, not a length of time
        "at the start of the 2015 school year",
        "over the 2019 calendar year",
    ],
)
def test_dates_codes_and_ordinals_are_not_figures(text: str) -> None:
    assert list(find_figures(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a line break ends a headline: its last capitalised word heads no name with the number
        ("Sacked workers protest in Bahrain\nAround 200 people marched.", [(200.0, "people")]),
        ("Media Firms Worried over Share Buying\nForty companies objected.", [(40.0, "count")]),
        # nor does a name with a qualifier between it and the number
        ("The Straits Times said about 4,000 shareholders came.", [(4000.0, "people")]),
        ("Figures from the Straits Times show some 300 workers left.", [(300.0, "people")]),
        # nor does a preposition capitalised in a title-case headline
        ("Oil Price Goes From 100 To $30", [(100.0, "USD"), (30.0, "USD")]),
        ("Teachers Strike With 400 Arrests", [(400.0, "count")]),
        # trap: on one line a capitalised word right before the number still names it
        ("Workers at Lake Seven 200 marched.", []),
    ],
)
def test_a_name_ends_at_a_line_break_or_a_qualifier(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a currency several nations share is that of the nation the article names most
        (
            "Canadian Pacific, the Canadian railway, will save $400 million, more than its U.S."
            " rival.",
            "CAD",
        ),
        ("In Canada, Canadian firms paid $5m to U.S. banks.", "CAD"),
        ("The firm, based in Canada, paid $5m to its U.S. parent.", "USD"),  # a tie: the default
        ("Ugandan teachers were paid Sh400,000.", "UGX"),
        ("Pakistan will spend Rs332bn on health cards.", "PKR"),
        ("The Philippines will spend 5 billion pesos.", "PHP"),
        ("Fijian teachers start on $18,000 a year.", "FJD"),
        ("Guyana's budget adds $5bn for roads.", "GYD"),
        # 'P' is the pula in a story from Botswana, else the Philippine peso
        ("Botswana's meat board pays farmers P1.2 million.", "BWP"),
        ("The Manila firm was fined P1.2 million.", "PHP"),
        # a nation written with the figure, or close to it, wins
        ("In Canada the deal is worth A$5m.", "AUD"),
        ("In Canada it paid $5m (Australian dollars).", "AUD"),
        # Zimbabwe's dollar only where named with it: a bare '$' there is the US dollar
        ("Harare offered 180 million Zimbabwe dollars.", "ZWL"),
        ("Harare, Zimbabwe, offered $21 million.", "USD"),
    ],
)
def test_a_shared_currency_is_the_nations_the_article_names(text: str, unit: str) -> None:
    (figure,) = [f for f in find_figures(text) if f.unit not in ("count", "people")]
    assert figure.unit == unit


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        ("try 5 times", ["5"]),
        ("Cad 3 files", ["3"]),
        ("between 5 and try 6 times", ["between 5", "6"]),  # no range's upper end either
        ("tk 5 boxes", ["5"]),
        ("the US. 5 boxes", ["5"]),  # a full stop that ends a sentence, not an abbreviation
        ("closed SR 520 for 3 nights", ["520", "3"]),  # a state route, not Saudi riyals
        ("Grade R 5 boxes", ["5"]),  # one letter is a currency only before '5m' or '5,000'
    ],
)
def test_a_currency_code_counts_only_in_capitals(text: str, raws: list[str]) -> None:
    assert [(f.raw, f.unit) for f in find_figures(text)] == [(raw, "count") for raw in raws]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a numbered ordinal after 'the' counts the occasions held so far
        ("It was the 12th protest this year.", [("12th protest", 12.0)]),
        ("after the 31st hearing in the case", [("31st hearing", 31.0)]),
        ("the 7th board meeting since May", [("7th board meeting", 7.0)]),
        # traps: the first is no count, a place or a party in a series is none
        ("at the 1st meeting of the board", []),
        ("on the 14th floor", []),
        ("the 2nd respondent said", []),
    ],
)
def test_an_ordinal_counts_the_occasions_held(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(f.raw, f.value) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "raw", "value", "unit"),
    [
        ("The strike has entered its fourth week.", "entered its fourth week", 4, "weeks"),
        ("as the strike enters fourth week", "enters fourth week", 4, "weeks"),
        ("the walkout, now in its 10th day,", "in its 10th day", 10, "days"),
        ("protests went into their second month", "into their second month", 2, "months"),
        ("losses for a third straight year", "third straight year", 3, "years"),
        ("rain for the fifth consecutive day", "fifth consecutive day", 5, "days"),
    ],
)
def test_an_ordinal_counts_time_that_has_run(text: str, raw: str, value: int, unit: str) -> None:
    (figure,) = find_figures(text)
    assert (figure.raw, figure.value, figure.unit) == (raw, value, unit)
    assert text[figure.start : figure.end] == raw


def test_two_ordinal_times_close_together_are_both_found() -> None:
    text = "Workers entered a fifth straight day, into their 2nd week."
    assert [(f.raw, f.value, f.unit) for f in find_figures(text)] == [
        ("entered a fifth straight day", 5, "days"),
        ("into their 2nd week", 2, "weeks"),
    ]


def test_figures_in_a_sentence_are_all_found_in_order() -> None:
    text = "Pay rose 3% in 2012 for 150,000 nurses, costing £1.2bn for two years."
    assert [(f.raw, f.unit) for f in find_figures(text)] == [
        ("3%", "percent"),
        ("150,000", "people"),
        ("£1.2bn", "GBP"),
        ("two years", "years"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tally falls: two figures, not a range
        ("The vote was 217-212", [("217", 217, "count"), ("212", 212, "count")]),
        ("a vote of 316 to 113", [("316", 316, "count"), ("113", 113, "count")]),
        ("MLAs voted 24-22 in favour", [("24", 24, "count"), ("22", 22, "count")]),
        ("Voting 8-7, the court", [("8", 8, "count"), ("7", 7, "count")]),
        # a vote's tally even when the second is larger: the ayes come first
        ("the motion was lost 30-42 after", [("30", 30, "count"), ("42", 42, "count")]),
        ("it passed on a 3-6 vote", [("3", 3, "count"), ("6", 6, "count")]),
        ("The vote was 4-5 against", [("4", 4, "count"), ("5", 5, "count")]),
        # the nil side of a tally counts no one
        ("the commissioners voted 5-0 to rescind", [("5", 5, "count")]),
        ("it passed on a 9-0 vote", [("9", 9, "count")]),
        # a bare 'one' ending a tally is its count
        ("Members voted by eight to one", [("eight", 8, "count"), ("one", 1, "count")]),
        ("passed by 11 votes to one", [("11", 11, "count"), ("one", 1, "count")]),
        ("The jury split ten to one", [("ten", 10, "count"), ("one", 1, "count")]),
        ("They met one to one", []),
        # half a day, an hour; not a reporting half-year
        ("a half-hour debate", [("a half-hour", 0.5, "hours")]),
        ("a half-day strike", [("a half-day", 0.5, "days")]),
        ("in the second half-hour", []),
        ("the half-year results", []),
        # a share of a number in words is one number
        ("a quarter of a million people", [("a quarter of a million", 250000, "people")]),
        (
            "nearly two-thirds of a billion dollars",
            [("nearly two-thirds of a billion dollars", 666666666.6666666, "USD")],
        ),
        ("a quarter of the staff", [("a quarter", 0.25, "fraction")]),
        # one length of time in two units
        ("a 3-year-and-6-month imprisonment", [("3-year-and-6-month", 3.5, "years")]),
        ("a 2-hour-and-30-minute meeting", [("2-hour-and-30-minute", 2.5, "hours")]),
        # a thousands group misprinted with a space; a list's item never opens with a zero
        ("an average of Sh28, 000 a year", [("Sh28, 000", 28000, "KES")]),
        ("items 3, 5 and 7", [("3", 3, "count"), ("5", 5, "count"), ("7", 7, "count")]),
        # a month or weekday before a number is no name
        ("on Friday 200 staff walked out", [("200", 200, "people")]),
        # a count capitalised where a sentence opens, or a sum spelt out in capitals, stays
        ("He left. Seven workers stayed", [("Seven", 7, "people")]),
        (
            "paid GH₵2000 (Two Thousand Ghana Cedis)",
            [("GH₵2000", 2000, "GHS"), ("Two Thousand Ghana Cedis", 2000, "GHS")],
        ),
        # a change, not a range; the second number takes the first one's unit
        ("raise the age from 62 to 64", [("62", 62, "years"), ("64", 64, "years")]),
        ("rose from 3% to 5%", [("3%", 3, "percent"), ("5%", 5, "percent")]),
        # the start of a change takes the unit written once, at its end
        ("rose from 5000 to 15,000 cedis", [("5000", 5000, "GHS"), ("15,000 cedis", 15000, "GHS")]),
        ("one day's strike action a week", [("one day", 1, "days")]),  # 'a week' is the rate
        ("cut from 5 to 3 per cent", [("5", 5, "percent"), ("3 per cent", 3, "percent")]),
        # 'three and three' is no number: a list whose last item carries the unit for all
        (
            "rises of six, three and three per cent a year",
            [("six", 6, "percent"), ("three", 3, "percent"), ("three per cent", 3, "percent")],
        ),
        (
            "cuts of 2, 3 or 4 years",  # alternatives: one range, from the first
            [("2, 3 or 4 years", 2, "years")],
        ),
        # a bare number outside a list keeps its own reading
        ("It won 3 and lost 4%", [("3", 3, "count"), ("4%", 4, "percent")]),
        (
            "£25,200 a year for 300 people a day",
            [("£25,200", 25200, "GBP"), ("300", 300, "people")],
        ),
        ("800,000kw of power a year", [("800,000kw", 800000, "kW")]),  # a rate, too
        (
            "a 24-hour, seven-day a week service",
            [("24-hour", 24, "hours"), ("seven-day", 7, "days")],
        ),
        ("a 77ha solar farm on 5 ha of land", [("77ha", 77, "hectares"), ("5 ha", 5, "hectares")]),
        # a second currency after a slash is a figure of its own; a number after one is not
        ("a deficit of $21.7m/€18.6m", [("$21.7m", 21.7e6, "USD"), ("€18.6m", 18.6e6, "EUR")]),
        ("in the 2019/20 season", []),
    ],
)
def test_lists_tallies_and_changes(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(f.raw, f.value, f.unit) for f in find_figures(text)] == expected


GOLD_FIGURES = [
    item
    for file in sorted(GOLD.glob("*.gold.json"))
    for item in json.loads(file.read_text(encoding="utf-8"))["figures"]
]


@pytest.mark.parametrize("gold", GOLD_FIGURES, ids=[g["evidence"] for g in GOLD_FIGURES])
def test_gold_figure_values(gold: dict) -> None:
    figure = parse_figure(gold["evidence"])
    assert figure is not None
    assert figure.value == pytest.approx(gold["value"], rel=0.01)


SIGNS = {"£": "GBP", "$": "USD", "€": "EUR"}
SCALES = {"": 1, "m": 1e6, "bn": 1e9, " million": 1e6, " billion": 1e9, " trillion": 1e12}


@settings(max_examples=200, deadline=None)
@given(
    amount=st.decimals(min_value="0.1", max_value="999999", places=2),
    sign=st.sampled_from(sorted(SIGNS)),
    scale=st.sampled_from(sorted(SCALES)),
    commas=st.booleans(),
)
def test_generated_amounts_round_trip(amount: object, sign: str, scale: str, commas: bool) -> None:
    number = f"{amount:,}" if commas else f"{amount}"
    text = f"The fund lost {sign}{number}{scale} last year."
    figure = parse_figure(text)
    assert figure is not None, text
    assert figure.unit == SIGNS[sign]
    assert figure.value == pytest.approx(float(amount) * SCALES[scale], rel=1e-9)
    assert text[figure.start : figure.end] == figure.raw


@settings(max_examples=100, deadline=None)
@given(number=st.integers(1, 99), word=st.sampled_from(["per cent", "percent", "%"]))
def test_generated_percentages(number: int, word: str) -> None:
    sep = "" if word == "%" else " "
    figure = parse_figure(f"a rise of {number}{sep}{word} this year")
    assert figure is not None and (figure.value, figure.unit) == (number, "percent")


_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
_ONES += " fifteen sixteen seventeen eighteen nineteen"
ONES = _ONES.split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _under_1000(n: int, british: bool) -> str:
    hundreds, rest = divmod(n, 100)
    words = [f"{ONES[hundreds]} hundred"] if hundreds else []
    if rest and words and british:
        words.append("and")
    if rest >= 20:
        words.append(TENS[rest // 10] + (f"-{ONES[rest % 10]}" if rest % 10 else ""))
    elif rest:
        words.append(ONES[rest])
    return " ".join(words)


def in_words(n: int, british: bool) -> str:
    """English words for 0 < n < 10**12, as a writer would spell them out."""
    parts = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"), (1, "")):
        group, n = divmod(n, scale)
        if group:
            parts.append(f"{_under_1000(group, british)} {name}".strip())
    return " ".join(parts)


@settings(max_examples=300, deadline=None)
@given(number=st.integers(2, 10**12 - 1), british=st.booleans())
def test_numbers_in_words_read_back_to_themselves(number: int, british: bool) -> None:
    words = in_words(number, british)
    text = f"Officials counted {words} on the list."
    figure = parse_figure(text)
    assert figure is not None, text
    assert (figure.value, figure.raw) == (number, words)


@settings(max_examples=200, deadline=None)
@given(number=st.integers(1, 10**12), commas=st.booleans(), decimals=st.integers(0, 2))
def test_numbers_in_digits_read_back_to_themselves(
    number: int, commas: bool, decimals: int
) -> None:
    value = number / 10**decimals
    digits = f"{value:,.{decimals}f}" if commas else f"{value:.{decimals}f}"
    assume(not re.fullmatch(r"1[89]\d\d|20\d\d|2100", digits))  # a year: a date, by design
    figure = parse_figure(f"Officials counted {digits} on the list.")
    assert figure is not None and figure.raw == digits
    assert figure.value == pytest.approx(value, rel=1e-12)


@settings(max_examples=100, deadline=None)
@given(numerator=st.integers(1, 19), denominator=st.integers(2, 100), words=st.booleans())
def test_proportions_read_back_as_fractions(numerator: int, denominator: int, words: bool) -> None:
    if numerator >= denominator:
        numerator, denominator = 1, max(denominator, 2)
    n, m = (
        (in_words(numerator, False), in_words(denominator, False))
        if words
        else (
            numerator,
            denominator,
        )
    )
    figure = parse_figure(f"Surveys found {n} in {m} staff unhappy.")
    assert figure is not None and figure.unit == "fraction"
    assert figure.value == pytest.approx(numerator / denominator)


@pytest.mark.parametrize(
    ("a", "b"),
    [("tons", "tonnes"), ("ft", "feet"), ("meters", "metres"), ("kw", "kW"), ("MW", "megawatts")],
)
def test_a_measure_is_one_unit_under_its_names(a: str, b: str) -> None:
    assert unit_family(a) == unit_family(b) != unit_family("count")


def test_metres_beside_feet_are_not_millions() -> None:
    assert [(f.raw, f.value, f.unit) for f in find_figures("a 377ft (115m) blimp")] == [
        ("377ft", 377, "feet"),
        ("115m", 115, "metres"),
    ]


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        ("The Under-17 World Cup will be held in India.", []),
        ("He coached the Under-21 side and an Over-35 team.", []),
        ("The tournament runs from 11-30 October.", []),
        ("Talks are set for between 3 and 5 March.", []),
        ("The strike runs from 2 to 6 June.", []),
        ("The teachers are owed some GHC50 million.", ["some GHC50 million"]),
        # traps: ages as counts, spans of other things, a day span with no month
        ("The ban covers under-18s.", ["under-18s"]),
        ("Between 3 and 5 workers quit in March.", ["Between 3 and 5"]),
        ("Shifts run 11-12 hours.", ["11-12 hours"]),
    ],
)
def test_age_group_names_and_day_spans_are_no_figures(text: str, raws: list[str]) -> None:
    assert [f.raw for f in find_figures(text)] == raws


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decimal comma before a scale or a percent, as Southern African copy writes it
        ("Sales reached 310,4 million kg this season.", [(310.4e6, "kg")]),
        ("Farmers earned $512,7 million in all.", [(512.7e6, "USD")]),
        ("The levy raised R3,25 billion last year.", [(3.25e9, "ZAR")]),
        ("Turnout rose by 48,2% in the north.", [(48.2, "percent")]),
        ("Prices fell 7,5 per cent.", [(7.5, "percent")]),
        # traps: a thousands group has three digits, a list no scale after it
        ("Some 12,500 workers and 3,450 million litres.", [(12500, "people"), (3.45e9, "litres")]),
        ("Classes 4,5 and 6 closed.", [(4, "count"), (6, "count")]),
        # thousands grouped in lakhs, as South Asian copy writes them
        ("a house now costs Tk2,40,000", [(240000, "BDT")]),
        ("a grant of Rs 1,50,00,000 was approved", [(15e6, "INR")]),
        ("12,00,000 families will benefit", [(1.2e6, "people")]),
    ],
)
def test_decimal_commas_and_lakh_groups(text: str, expected: list[tuple[float, str]]) -> None:
    got = [(f.value, f.unit) for f in find_figures(text)]
    assert got == [(pytest.approx(v, rel=1e-6), u) for v, u in expected]


@pytest.mark.parametrize(
    ("text", "raw", "value", "unit"),
    [
        # shillings as East African copy writes them: 'Shs' and 'shs' before, '/-' after
        ("Ugandan traders pay shs15,000 a month.", "shs15,000", 15000, "UGX"),
        ("Uganda set aside Shs1 billion for the roads.", "Shs1 billion", 1e9, "UGX"),
        ("Tanzania allocated 31bn/- for three ships.", "31bn/-", 31e9, "TZS"),
        ("The Tanzanian board needs 2 billion/- more.", "2 billion/-", 2e9, "TZS"),
        ("Kenyan farmers were paid Sh5,000/- each.", "Sh5,000/-", 5000, "KES"),
        # the taka named before its number, the pula after it
        ("approved a Taka 2,490.96 crore project", "Taka 2,490.96 crore", 24909.6e6, "BDT"),
        # a shared currency named with its nation before the number
        ("the loan of US dollars 2.5 million", "US dollars 2.5 million", 2.5e6, "USD"),
        ("a fee of Kenya shillings 500 a day", "Kenya shillings 500", 500, "KES"),
        ("rent of Namibian dollar 12,50 a unit", "Namibian dollar 12,50", 12.5, "NAD"),
        ("a tariff of N. dollar 7,66 per unit", "N. dollar 7,66", 7.66, "NAD"),
        ("the pension rises by Fifty Pula (P50.00)", "Fifty Pula", 50, "BWP"),
        ("each cost 400 pula", "400 pula", 400, "BWP"),
    ],
)
def test_east_african_south_asian_and_botswana_money(
    text: str, raw: str, value: float, unit: str
) -> None:
    figure = parse_figure(text)
    assert figure is not None
    assert (figure.raw, figure.unit) == (raw, unit)
    assert figure.value == pytest.approx(value, rel=1e-6)


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        # traps: 'shs' and 'taka' as words, a '/-' that is no shilling, a dash in a score
        ("The takas 5 boxes arrived.", ["5"]),
        ("Won 2/-1 on penalties", ["2", "1"]),
        ("shs 5 boxes", ["5"]),
    ],
)
def test_shilling_and_taka_signs_need_their_number(text: str, raws: list[str]) -> None:
    assert [(f.raw, f.unit) for f in find_figures(text)] == [(raw, "count") for raw in raws]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # rising numbers offered as alternatives: one range from the first
        ("The lockout could last two or three months.", [("two or three months", 2, 3)]),
        ("It could go to six, seven, eight months.", [("six, seven, eight months", 6, 8)]),
        ("We need three or four more votes.", [("three or four", 3, 4)]),
        ("Two or three million people marched.", [("Two or three million", 2e6, 3e6)]),
        # traps: 'and' lists several things; falling or far-apart comma lists stay apart
        (
            "Rises of six, three and three per cent.",
            [("six", 6, None), ("three", 3, None), ("three per cent", 3, None)],
        ),
        ("It took 3 or 2 days.", [("3", 3, None), ("2 days", 2, None)]),
        ("Wards 4, 9 each.", [("4", 4, None), ("9", 9, None)]),
        # a bare 'one' opens a range; it stays no figure before a word or 'one' again
        ("It met one or two of the demands.", [("one or two", 1, 2)]),
        ("It takes one to three weeks.", [("one to three weeks", 1, 3)]),
        ("a one to one meeting", []),
        ("One or other of them will go.", []),
        # a share is the second number's alone: the first keeps its own reading
        ("One or two out of 19 is poor.", [("One", 1, None), ("two out of 19", 2 / 19, None)]),
    ],
)
def test_alternatives_are_one_range(
    text: str, expected: list[tuple[str, float, float | None]]
) -> None:
    assert [(f.raw, f.value, f.high) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # floor space, and weights in pounds
        ("It bought a 10,000 sq ft unit.", [("10,000 sq ft", 10000, "sq ft")]),
        ("a 57,000 square feet hospital", [("57,000 square feet", 57000, "sq ft")]),
        ("a 140,000 sq. ft. centre", [("140,000 sq. ft.", 140000, "sq ft")]),
        ("The flats cover 500 square metres.", [("500 square metres", 500, "sq m")]),
        ("They held over 130 lbs of cannabis.", [("over 130 lbs", 130, "lbs")]),
        # Guyana's dollar as Caribbean wire and Guyanese copy write it
        ("The GUY$130 million unit was set up.", [("GUY$130 million", 130e6, "GYD")]),
        ("a GYD$150 million bond", [("GYD$150 million", 150e6, "GYD")]),
        # traps: squares are counted, a word 'guy' is no currency
        ("The town has 12 squares.", [("12", 12, "count")]),
        ("One guy paid 5 dollars.", [("5 dollars", 5, "USD")]),
    ],
)
def test_floor_space_pounds_weight_and_guyanese_dollars(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert [(f.raw, f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She has so far turned it down twice.", [("twice", 2)]),
        ("After twice writing to the trust, he quit.", [("twice", 2)]),
        ("He was jailed thrice.", [("thrice", 3)]),
        ("It met at least twice.", [("at least twice", 2)]),
        # traps: a multiple, a rate or a frequency is no count of times
        ("Costs are twice as high.", []),
        ("The site is twice the size.", []),
        ("The board meets twice a week.", []),
        ("A twice-weekly clinic opened.", []),
    ],
)
def test_twice_and_thrice_count_times(text: str, expected: list[tuple[str, float]]) -> None:
    found = list(find_figures(text))
    assert [(f.raw, f.value) for f in found] == expected
    assert all(f.unit == "count" for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number said again in brackets before its unit, as legal and official copy writes it
        ("He was jailed for five (5) years.", [("five (5) years", 5, "years", None)]),
        ("Pay within thirty (30) days.", [("within thirty (30) days", 30, "days", "at most")]),
        ("a 5 (five) year term", [("5 (five) year", 5, "years", None)]),
        # traps: a sub-part after a label, a list marker after a year, another unit in brackets
        ("Under Article 165 (4) the court may act.", []),
        ("In 2019 (2) the rules changed.", []),
        (
            "£200 million (7%) was cut.",
            [("£200 million", 200e6, "GBP", None), ("7%", 7, "percent", None)],
        ),
    ],
)
def test_a_number_said_again_in_brackets_takes_the_unit_after_it(
    text: str, expected: list[tuple[str, float, str, str | None]]
) -> None:
    assert [(f.raw, f.value, f.unit, f.qualifier) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # the Mauritian rupee, by the nation the story names
        ("Air Mauritius needs 10.3 billion rupees to survive.", "MUR"),
        ("The Mauritian government paid Rs 4.3 billion in aid.", "MUR"),
        ("A fine of MUR 50,000 was imposed.", "MUR"),
        # the Seychelles rupee likewise
        ("The Seychelles bill came to 3,554 rupees.", "SCR"),
        ("Prices rose to 40 Seychellois rupees.", "SCR"),
        # trap: India's rupee stays India's
        ("The Indian state paid Rs 500 crore.", "INR"),
    ],
)
def test_the_mauritian_and_seychelles_rupees(text: str, unit: str) -> None:
    assert [f.unit for f in find_figures(text)] == [unit]


def test_prefix_trees_match_as_longest_first_lists() -> None:
    """The currency signs and qualifiers, written as prefix trees, match what a list of them
    tried longest first matches, wherever one is another's start ('rs.', 'rs', 'r')."""
    for items, tree in ((_CURRENCY_SIGNS, _CURRENCY_SIGN), (_QUALIFIERS, _QUALIFIER_RE)):
        flat = "|".join(
            re.escape(item).replace(r"\ ", r"\s+") for item in sorted(items, key=len, reverse=True)
        )
        for item in items:
            for text in (item, f"{item}5", f"{item}.x", f"{item}  of", item.replace(" ", "\n")):
                ours, listed = re.match(tree, text), re.match(flat, text)
                assert ours and listed and ours.group() == listed.group()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a period's noun before a number the clause ends after, or 'of' follows: a label
        ("On day two of the conference, the union voted.", []),
        ("Four per cent in year one and three per cent in year two.", [4, 3]),
        ("By week 3, talks had stalled.", []),
        # traps: the number counts what follows, or opens a new clause
        ("Every day 500 people queue for care.", [500]),
        ("Last year 300 were laid off.", [300]),
        ("The deal runs for two years.", [2]),
    ],
)
def test_a_period_noun_before_a_number_names_one_period_of_a_series(
    text: str, expected: list[float]
) -> None:
    assert [f.value for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scale word in the plural after a number multiplies it as the singular does
        ("The government spends Sh57 billions on salaries.", [("Sh57 billions", 57e9)]),
        ("He was paid 2 millions.", [("2 millions", 2e6)]),
        ("Two millions were raised.", [("Two millions", 2e6)]),
        # traps: a vague magnitude alone, and one of another
        ("Millions of dollars were spent.", [("Millions of dollars", 1e6)]),
        ("Hundreds of thousands marched.", [("Hundreds of thousands", 1e5)]),
    ],
)
def test_a_plural_scale_word_after_a_number_multiplies_it(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(f.raw, f.value) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a telephone number after a country code's '+' or a word that gives one
        ("Report it by calling +65 6438 5122 or by email.", []),
        ("Call 0800 123 4567 for help.", []),
        ("The hotline: (02) 555 0199.", []),
        ("A fine of S$5,000 applies; call +65 6438 5122.", [5000]),
        # traps: a count after 'call', a space-grouped number, too few digits for a phone
        ("He will call 300 workers back.", [300]),
        ("The union is calling for 1 200 more staff.", [1200]),
        ("It cost +5 per cent more.", [5]),
    ],
)
def test_a_telephone_number_is_not_a_figure(text: str, expected: list[float]) -> None:
    assert [f.value for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ISO code in capitals after the number is its currency
        ("They paid 500 USD each.", [("500 USD", 500, "USD")]),
        ("A loan of 2 million EUR was agreed.", [("2 million EUR", 2e6, "EUR")]),
        ("(1 USD = 14.5164 NAD)", [("1 USD", 1, "USD"), ("14.5164 NAD", 14.5164, "NAD")]),
        ("NAD 50 million was paid.", [("NAD 50 million", 50e6, "NAD")]),
        # traps: the same letters in lower case are a word, and a code touching the next
        # number is that number's
        ("In 2019 try harder.", []),
        ("They want 5 GBP46.50 now.", [("5", 5, "count"), ("GBP46.50", 46.5, "GBP")]),
    ],
)
def test_a_currency_code_after_a_number_is_its_currency(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert [(f.raw, f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a people named in the plural names their nation for a '$' that does not say whose
        ("A judge chided Jamaicans for breaches. He was fined $40,000.", "JMD"),
        ("Namibians paid $5 million more for power.", "NAD"),
        # trap: no nation named at all stays the dollar most written
        ("He was fined $40,000.", "USD"),
    ],
)
def test_a_plural_people_names_the_nation_of_an_unsaid_dollar(text: str, unit: str) -> None:
    assert [f.unit for f in find_figures(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change written 'to X from Y': the bare start takes the unit of the end
        ("EPS rose to 46/- from 34 in Q1.", [(46, "KES"), (34, "KES")]),
        ("The rate fell to 5% from 7 last year.", [(5, "percent"), (7, "percent")]),
        # traps: 'from' without 'to' before the first figure, and a counted noun between
        ("They raised $500 from 20 donors.", [(500, "USD"), (20, "count")]),
        ("It went to 300 people from 200.", [(300, "people"), (200, "count")]),
    ],
)
def test_a_change_written_to_then_from_takes_one_unit(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last day of a span after a month is a date too
        ("Nurses plan a strike May 1-2 at the hospital.", []),
        ("Talks run Nov. 3 to 5 in Ottawa.", []),
        # traps: a span with no month before it, and a month ending its clause
        ("Shifts run 11-12 hours in May.", [("11-12 hours", 11, "range")]),
        ("Agreed in May, it covers 1-2 sites.", [("1-2", 1, "range")]),
        # a range said with 'anywhere' or 'varying' before 'from'
        ("anywhere from 20 to 50 ambulances", [("20 to 50", 20, "range")]),
        ("Stays vary from 2 to 4 days.", [("2 to 4 days", 2, "range")]),
        # trap: 'rose from' opens a change between two figures
        ("Pay rose from 20 to 50 staff.", [("20", 20, None), ("50", 50, None)]),
        # a union's local is a name, not a count; trap: 'local' after the number
        ("said CUPE local 873 president John Strohmaier", []),
        ("It will cut 300 local jobs.", [("300", 300, None)]),
        # digits glued to a unit the parser does not know give no figure, not the first group
        ("The cutter was rotating at 18,000rpm.", []),
        ("It weighs 78,000t.", [("78,000t", 78000, None)]),
    ],
)
def test_day_spans_ranges_from_union_locals_and_glued_units(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert [(f.raw, f.value, f.qualifier) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a qualifier written after the figure
        ("66.1% of patients spent four hours or less in emergency", ["", "at most"]),
        ("Those aged 65 or over, and five or more unions.", ["at least", "at least"]),
        ("A dozen or so staff quit.", ["approximately"]),
        ("Fines of $500 or less apply.", ["at most"]),
        # traps: a qualifier already before the figure stays, and 'or more than' opens the next
        ("up to 10 or more days", ["at most"]),
        ("10 or more than 20 people", ["", "more than"]),
        ("two or three weeks", ["range"]),
    ],
)
def test_a_qualifier_written_after_a_figure(text: str, expected: list[str]) -> None:
    assert [f.qualifier or "" for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a province, state or city names the nation of a '$' where the nation is not named
        ("B.C. Ambulance Service has offered bonuses of up to $4,100.", "CAD"),
        ("Drivers in Auckland will get $20 an hour.", "NZD"),
        ("The Queensland miner will pay $2 million.", "AUD"),
        # traps: a place named as often as another nation is a tie, the dollar most written;
        # a place also common elsewhere names no nation
        ("Ontario and U.S. plants share $5 million.", "USD"),
        ("Victoria's budget adds $5 million.", "USD"),
    ],
)
def test_a_place_names_the_nation_of_an_unsaid_dollar(text: str, unit: str) -> None:
    assert [f.unit for f in find_figures(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # nouns of people make a count a head-count
        ("It fined 900 traders.", "people"),
        ("Police held 14 boys and later freed them.", "people"),
        ("About 4,700 mineworkers struck.", "people"),
        ("The 8 city councilors voted.", "people"),
        # trap: a preposition before the noun of people ends what the number counts
        ("It built 40 stalls for traders.", "count"),
    ],
)
def test_more_nouns_of_people_make_a_head_count(text: str, unit: str) -> None:
    assert [f.unit for f in find_figures(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'over' a length of time after 'for', 'in', 'well', 'little' is more than it
        ("The rally was stopped for over an hour.", "more than"),
        ("He was unemployed for over two years.", "more than"),
        ("They signed in a little over a month.", "more than"),
        ("talks for well over six months now", "more than"),
        # traps: a span of time over which something happens
        ("The bill was debated over two days.", ""),
        ("He was unemployed over two years.", ""),
    ],
)
def test_over_a_length_of_time_after_for_is_more_than_it(text: str, expected: str) -> None:
    assert [f.qualifier or "" for f in find_figures(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number with '-plus' after it is more than it
        ("the 300-plus objections from residents", [("300-plus", "more than")]),
        # trap: 'plus' as a sum added on is no qualifier
        ("He was fined £1,000 plus costs.", [("£1,000", "")]),
    ],
)
def test_a_number_plus_is_more_than_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.raw, f.qualifier or "") for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'pct', as wire copy abbreviates it, is a percent
        ("BAT Kenya pretax profit up 11 pct on higher sales", [(11.0, "percent")]),
        # trap: a word that only starts with 'pct' is no unit
        ("It logged 11 pcts errors.", [(11.0, "count")]),
    ],
)
def test_pct_is_a_percent(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a period compared with the one before is how a rate is measured, not a length of time
        ("On a month-on-month basis, the index fell.", []),
        ("a year-on-year rise and a day-to-day cost", []),
        ("sales on a week-over-week basis", []),
        # traps: one period, and a period with no comparison after it, still count time
        ("It took a month to settle.", [(1.0, "months")]),
        ("a year-long strike", [(1.0, "years")]),
        # 'a' before a plural period is no length: how long is not said
        ("amid a months-long presidential vacuum", []),
        ("after a years-long fight and a days-long standoff", []),
        ("a decade-long fight", [(10.0, "years")]),
    ],
)
def test_a_period_on_period_rate_is_no_duration(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the past decade' and 'the last decade' are ten years gone by
        ("Zimbabwe has used the US dollar for the past decade.", [(10.0, "years")]),
        ("In the last decade, no foreign referee was hired.", [(10.0, "years")]),
        # traps: 'the last year' is a date, and 'the past' alone no figure
        ("The last year was hard for the union.", []),
        ("In the past, referees were local.", []),
    ],
)
def test_the_past_decade_is_ten_years(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'N out of every M' and 'N in every M' are shares, as 'one in ten' is
        ("five out of every 100 adults are infected", [("five out of every 100", 0.05)]),
        ("3 in every 10 homes", [("3 in every 10", 0.3)]),
        # trap: 'every' alone after a number opens no share
        ("5 every week", [("5", 5.0)]),
    ],
)
def test_out_of_every_is_a_share(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(f.raw, f.value) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'between the ages of 15 and 49' is one range of ages
        (
            "adults between the ages of 15 and 49 are infected",
            [("between the ages of 15 and 49", 15.0, "years", "range")],
        ),
        # trap: 'between' with no age after it is the plain range it was
        ("between 3 and 5 million people", [("between 3 and 5 million", 3e6, "people", "range")]),
    ],
)
def test_between_the_ages_of_is_a_range_of_years(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    assert [(f.raw, f.value, f.unit, f.qualifier) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("earned LE16.1 billion, or LE16 a share", [(16.1e9, "EGP"), (16, "EGP")]),
        ("Le 500,000 in fees", [(5e5, "SLL")]),  # the leone, in its own case
        ("le 500 workers", [(500, "people")]),  # trap: a word, no currency
        ("over 100 million tala", [(1e8, "WST")]),
        ("demanded WST160 million", [(1.6e8, "WST")]),
        ("a fine of 5,000 vatu and 300 kina", [(5000, "VUV"), (300, "PGK")]),
        ("40 million pa’anga", [(4e7, "TOP")]),
        ("the TOP 10 players", [(10, "people")]),  # trap: a code that is a word
        ("KZT 2 billion", [(2e9, "KZT")]),
    ],
)
def test_the_worlds_currencies_by_code_and_name(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(pytest.approx(f.value), f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rose by 4.71 percent to 8498.6 points", [(4.71, "percent"), (8498.6, "points")]),
        ("fell 120 pts on Friday", [(120, "points")]),
        ("at one point 5 people left", [(5, "people")]),  # trap: no level
        ("2.5 percentage points", [(2.5, "percent")]),
    ],
)
def test_points_are_a_level_not_a_carried_percent(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        ("a B737-800 dry lease", []),
        ("the A320-200 fleet of 12 jets", ["12"]),
        ("Covid-19 cost 30 jobs", ["30"]),
        ("raised to 5-10 people", ["5-10"]),  # trap: a range, no code
    ],
)
def test_a_model_code_of_letters_and_digits_is_no_figure(text: str, raws: list[str]) -> None:
    assert [f.raw for f in find_figures(text)] == raws


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a small number in brackets opening a list's item numbers it, it counts nothing
        (
            "three standard features: (1) the withdrawal of counts, (2) agreed facts",
            [("three", 3.0)],
        ),
        ("whether the merger will (1) prevent competition, or (2) harm consumers", []),
        # traps: a number said again in brackets, a sum in brackets, a count in brackets
        ("for a period of three (3) years", [("three (3) years", 3.0)]),
        ("a fine (£500) was paid", [("£500", 500.0)]),
        ("the staff (50) were told", [("50", 50.0)]),
    ],
)
def test_a_bracketed_list_marker_is_no_figure(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(f.raw, f.value) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'a quarter million' is a number: of dollars it is money, of people a head-count
        ("fines in excess of a quarter million dollars", [(250000.0, "USD")]),
        ("It cost a quarter million dollars.", [(250000.0, "USD")]),
        ("a quarter million people marched", [(250000.0, "people")]),
        # traps: 'a quarter of' the staff is a share, 'a third term' counts terms
        ("a quarter of staff", [(0.25, "fraction")]),
        ("a third term in office", [(3, "count")]),
    ],
)
def test_a_quarter_million_is_a_number_not_a_share(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a series whose unit is written once: each item goes on with the same preposition and
        # noun ('in year two, four in year three'), so each bare number is in that unit
        (
            "five percent in year one, two percent in year two, four in year three, and five in"
            " year four",
            [(5.0, "percent"), (2.0, "percent"), (4.0, "percent"), (5.0, "percent")],
        ),
        # traps: another noun after the preposition, or a noun after the number, is no series
        ("he got two years in Leeds, 40 in all", [(2.0, "years"), (40.0, "count")]),
        ("10 per cent in Kent, and 40 staff at the depot", [(10.0, "percent"), (40.0, "people")]),
    ],
)
def test_a_unit_written_once_carries_along_a_series(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # respondents, nationals, pilots, riders, complainants and crew are people
        ("535 of the respondents", "people"),
        ("two foreign nationals", "people"),
        ("more than 5,200 pilots", "people"),
        ("20,000 okada riders", "people"),
        ("one complainant who found the calls depressing", "people"),
        ("About 11,000 cabin crew took part", "people"),
        # trap: what is not a person stays a count
        ("535 of the responses", "count"),
    ],
)
def test_more_nouns_of_people_make_head_counts(text: str, unit: str) -> None:
    assert [f.unit for f in find_figures(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Korea's won after a scale word or grouped thousands
        ("ordered to pay 9 billion won ($6.8 million)", [(9e9, "KRW"), (6.8e6, "USD")]),
        ("sought 500,000 won from each", [(500000.0, "KRW")]),
        ("a 2bn won claim", [(2e9, "KRW")]),
        # trap: after a small number 'won' is the verb
        ("Of the 12 candidates, 9 won seats", [(12.0, "people"), (9.0, "count")]),
    ],
)
def test_won_is_money_only_after_a_large_number(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # the nation a story names says whose '$' it is, for every dollar
        ("Saint Lucia's government found $15 million for the hospital.", "XCD"),
        ("In Grenada the union wants $500 more.", "XCD"),
        ("A Solomon Islands court ordered $83,000 to be paid.", "SBD"),
        ("The Cook Islands budget adds $4 million.", "NZD"),
        ("Belize will spend $2 million.", "BZD"),
        # trap: two dollar nations named as often say nothing
        ("In Toronto the city spent $5 million, said a Grenada-born councillor.", "USD"),
    ],
)
def test_a_dollar_belongs_to_the_nation_the_story_names(text: str, unit: str) -> None:
    assert [f.unit for f in find_figures(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time written 'p.m' with no last stop is no pence
        ("held a demonstration today at 12 p.m, demanding more", []),
        ("It cost 12 p. Then more.", [(0.12, "GBP")]),
        # a number after 'per' is a rate's denominator
        ("an EC$10 rise per 1000 gallons", [(10.0, "XCD")]),
        ("4.5 deaths per 100,000 people", [(4.5, "count")]),
        # trap: 'per cent' is the unit of the number before it
        ("up 50 per cent", [(50.0, "percent")]),
        # engine sizes
        ("vehicles with less than 1800cc", [(1800.0, "cc")]),
        # a bare 'one' in a tally; 'no one' is nobody
        ("21 voted in favour and one abstained", [(21.0, "count"), (1.0, "count")]),
        ("No one voted for it and no one abstained.", []),
    ],
)
def test_clock_times_rates_engine_sizes_and_tallies(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'an hour', 'a month' after a sum said again in brackets is the rate's period
        (
            "from $34.50 (£3.42) an hour",
            [(34.5, "USD"), (3.42, "GBP")],
        ),
        ("more than $15,300 (£1,516.59) a month", [(15300.0, "USD"), (1516.59, "GBP")]),
        # trap: a bracket closing no number leaves a length of time
        ("the talks (in Geneva) a month of meetings", [(1.0, "months")]),
    ],
)
def test_a_rate_after_a_sum_in_brackets_is_no_duration(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the pounds of the nations that name theirs so
        ("pay 101 billion Lebanese pounds to hospitals", [(101e9, "LBP")]),
        ("a fine of 5 million Egyptian pounds", [(5e6, "EGP")]),
        ("cost 300 British pounds", [(300.0, "GBP")]),
        ("must save 21.8 million Cyprus pounds a year", [(21.8e6, "CYP")]),
        # a story that names the nation: its pounds are that nation's
        ("Cyprus Airways seeks a 58-million-pound loan.", [(58e6, "CYP")]),
        ("Egypt raised the fee to 50 pounds.", [(50.0, "EGP")]),
        # South Sudan's pound, whose name holds Sudan's
        ("Juba pays 40 South Sudanese pounds a day.", [(40.0, "SSP")]),
        ("Khartoum pays 40 Sudanese pounds a day.", [(40.0, "SDG")]),
        # trap: pounds no nation claims stay sterling
        ("He was fined 500 pounds.", [(500.0, "GBP")]),
    ],
)
def test_a_nations_pounds(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # currencies whose names are English words too: money in a story naming their nation
        ("Armenia's regulator set 41.85 drams per kWh.", [(41.85, "AMD")]),
        ("Bulgaria will spend 700 million leva.", [(700e6, "BGN")]),
        ("Brazilian banks lent 7 million reais.", [(7e6, "BRL")]),
        # traps: no nation named, or an adjective ('real') that is never a currency
        ("He poured 2 drams of whisky.", [(2.0, "count")]),
        ("Brazilian firms face 5 real problems.", [(5.0, "count")]),
    ],
)
def test_a_currency_named_by_a_word_is_money_where_its_nation_is_named(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The request was turned down twice.", [(2.0, "count")]),
        # trap: 'think twice' is hesitating, not counting
        ("Families have to think twice whether to return.", []),
        ("She thought twice about it.", []),
    ],
)
def test_think_twice_counts_nothing(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the kwacha's 'K', Malawi's where the story names Malawi, else Zambia's
        ("fined K20,000 each in Lusaka, Zambia", [(20000.0, "ZMW")]),
        ("In Malawi the court fined him K350, 000.00.", [(350000.0, "MWK")]),
        ("ordered to pay K1.5 million for soiling Malawi Kwacha notes", [(1.5e6, "MWK")]),
        ("fined 500 kwacha in Malawi", [(500.0, "MWK")]),
        ("paid K500,000 in fines", [(500000.0, "ZMW")]),
        # trap: a 'K' before a short number is a name or a code
        ("climbed the K2 summit", []),
    ],
)
def test_the_kwacha_sign(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a floor and a ceiling, as statutes write a term or a fine, are one range
        (
            "a term of no less than five years and not exceeding ten years",
            [(5.0, "years", "range")],
        ),
        (
            "imprisonment for not less than seven years and not exceeding fifteen years",
            [(7.0, "years", "range")],
        ),
        ("at least 20 and up to 40 workers", [(20.0, "people", "range")]),
        ("raised allowances between 35 to 60 percent", [(35.0, "percent", "range")]),
        ("a fine not exceeding $500", [(500.0, "USD", "at most")]),
        ("a panel of not more than three judges", [(3.0, "people", "at most")]),
        # trap: bounds on different nouns are two figures
        (
            "at least 20 workers and up to 40 managers",
            [(20.0, "people", "at least"), (40.0, "people", "at most")],
        ),
    ],
)
def test_a_floor_and_a_ceiling_make_a_range(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert [(f.value, f.unit, f.qualifier) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'number' before a number in words names it, as before digits
        ("outsource shaft number four in Chililabombwe", []),
        ("violated the Act number three of 2015", []),
        # traps: 'the number of' and 'the number by' count on
        ("the number of workers rose to four hundred", [(400.0, "count")]),
        ("cut the number by two thirds", [(2 / 3, "fraction")]),
    ],
)
def test_number_before_a_number_in_words_names_it(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a counting qualifier or 'only' before 'one' says how many
        ("must employ at least one Omani national", [(1.0, "count", "at least")]),
        ("more than one company bid", [(1.0, "count", "more than")]),
        ("just one other medical practice", [(1.0, "count", None)]),
        # traps: 'one of' picks one out; 'about' and 'under' before 'one' are prepositions
        ("only one of them came", []),
        ("at least one of the unions", []),
        ("talked about one issue", []),
        ("all under one roof", []),
    ],
)
def test_a_qualified_one_counts(text: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert [(f.value, f.unit, f.qualifier) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the new shekel and the Rwandan franc as their own copy writes them
        ("raise the minimum monthly wage to NIS 4,500", [(4500.0, "ILS")]),
        ("an addition of NIS 960 million to the hospitals", [(960e6, "ILS")]),
        ("net profit fell to Rwf10.5 billion", [(10.5e9, "RWF")]),
        ("paid Rwf500 each", [(500.0, "RWF")]),
        # trap: 'NIS' is also the Caribbean's National Insurance Scheme
        ("the NIS 2019 report was tabled", []),
    ],
)
def test_the_shekel_and_rwandan_franc_signs(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a small number that opens a line with a full stop or bracket numbers a point
        ("decisions:\n1. To allocate $5 million to the fund.\n2. To raise pay", [(5e6, "USD")]),
        ("He listed:\n3) The union would strike", []),
        # traps: a count or a decimal opening a line counts
        ("3 workers were hurt.\n5 workers died.", [(3.0, "people"), (5.0, "people")]),
        ("Paragraph one.\n2.5 million people marched.", [(2.5e6, "people")]),
    ],
)
def test_a_number_opening_a_line_as_a_point_counts_nothing(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # codes that are no ISO code, written after the number
        ("a budget of 160 billion NIS for the war", [(160e9, "ILS")]),
        ("an increase of 50,849 FRW a month", [(50849.0, "RWF")]),
        ("allocate 5 billion FRW to the SACCO", [(5e9, "RWF")]),
        # trap: 'NIS' after a bare number may be the National Insurance Scheme's name
        ("the 2019 NIS report was tabled", []),
    ],
)
def test_codes_written_after_the_number(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the kwacha's 'K' is the kyat or the kina in a story naming Myanmar or Papua New Guinea
        ("In Yangon, Myanmar, he was fined K1.2 million.", [(1.2e6, "MMK")]),
        ("In Papua New Guinea the firm paid K2 million.", [(2e6, "PGK")]),
        # or only its capital, as a story from there often names it instead
        ("They met in Nay Pyi Taw and set the wage at K4,800.", [(4800.0, "MMK")]),
        ("The council in Port Moresby paid K2 million.", [(2e6, "PGK")]),
        ("Traders in Lilongwe paid K25,000 each.", [(25000.0, "MWK")]),
        # trap: with none of them named it stays Zambia's
        ("He paid K20,000 in fees.", [(20000.0, "ZMW")]),
    ],
)
def test_the_k_sign_of_other_nations(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # currencies of Peru, Czechia, Denmark and Sweden as English copy writes them
        ("The state lost S/108 million in the deal.", [(108e6, "PEN")]),
        ("A Czech driver pays 9,900 crowns a year.", [(9900.0, "CZK")]),
        # the crown of the nation named, by name beside it or most in the story
        ("He asked for 100,000 Slovak crowns.", [(100000.0, "SKK")]),
        ("In Slovakia the bribe was 70,000 crowns.", [(70000.0, "SKK")]),
        ("Sweden's fee rises to 500 crowns.", [(500.0, "SEK")]),
        ("Norway will spend 10 billion crowns.", [(10e9, "NOK")]),
        ("Danish crowns 400 million were paid.", [(400e6, "DKK")]),
        ("They got 500 Danish kroner each.", [(500.0, "DKK")]),
        ("Danish workers will get 5,400 kroner more.", [(5400.0, "DKK")]),
        ("Staff in Sweden get 800 kronor.", [(800.0, "SEK")]),
        # trap: crowns in a story naming no Czech are no money
        ("The club has won three crowns.", [(3.0, "count")]),
    ],
)
def test_local_currencies_named_by_word_or_sign(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # volumes, metric tons and watt-hours are measures, not head-counts
        ("The plant uses 1,000 cubic meters of water.", [(1000.0, "m3")]),
        ("It produced 320,000 metric tons of copper.", [(320000.0, "tonnes")]),
        ("Use will exceed 80 billion watt-hours.", [(80e9, "Wh")]),
        # trap: a plain count stays a count
        ("It built 1,000 homes.", [(1000.0, "count")]),
    ],
)
def test_volumes_and_metric_tons(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a number joined to a label by 'and' or 'or' is a label too
        ("Operators wanted Stage 1 and 2 fares pegged to $1.", [(1.0, "USD")]),
        ("The court cited Article 5 or 6 of the constitution.", []),
        # traps: grouped thousands are never a label; a comma may start a count
        ("It covers phase 1 and 2,000 homes.", [(2000.0, "count")]),
        ("In stage 1, 300 people moved.", [(300.0, "people")]),
    ],
)
def test_labels_joined_by_and_or(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'for a fifth day' has run five days; 'at 1300 hours' is a clock time
        ("Workers stayed off the job for a fifth day.", [(5.0, "days")]),
        ("A vote was set for Monday at 1300 hours.", []),
        # traps: a quarter of an hour is a fraction; 1300 hours of work is a duration
        ("The talks took a quarter hour.", [(0.25, "hours")]),
        ("The strike cost 1300 hours of work.", [(1300.0, "hours")]),
    ],
)
def test_ordinal_days_and_clock_times(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a number of times the rate, or four-fold, is a multiple
        ("Fees may rise up to five times the current rate.", [(5.0, None, "times")]),
        ("Prices increased by 6.9 times over 1995.", [(6.9, None, "times")]),
        ("Bills are set for a five-fold increase.", [(5.0, None, "times")]),
        ("Costs are two to three times as high.", [(2.0, 3.0, "times")]),
        # traps: how often a thing happened is a count; the level a multiple reaches is not
        # the top of a range, nor a multiple itself
        ("The law was amended 26 times since 2006.", [(26.0, None, "count")]),
        ("They tried 5 times to call.", [(5.0, None, "count")]),
        ("Prices rose four fold to 42 cents.", [(4.0, None, "times"), (0.42, None, "USD")]),
    ],
)
def test_multiples(text: str, expected: list[tuple[float, float | None, str]]) -> None:
    assert [(f.value, f.high, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a hyphen suspended after a number lends it the unit of the next ('three- or six-month')
        ("Many are hired on three- or six-month terms.", [(3.0, "months", "range")]),
        ("It signed two- and three-year deals.", [(2.0, "years", None), (3.0, "years", None)]),
        # trap: a dash set off by spaces lends nothing
        ("He scored 3 - and 2 weeks later left.", [(3.0, "count", None), (2.0, "weeks", None)]),
    ],
)
def test_suspended_hyphen_takes_the_later_unit(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert [(f.value, f.unit, f.qualifier) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # seconds are a duration, as minutes are
        ("Each member may speak for 900 seconds.", [(900.0, "seconds")]),
        ("The union ran a 30-second advert.", [(30.0, "seconds")]),
        # trap: 'second' before a hyphen is an ordinal
        ("It won one second-round vote.", []),
    ],
)
def test_durations_in_seconds(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected
    assert all(unit_family(unit) == "duration" for _, unit in expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'one trader said' quotes an unnamed source; it counts nobody
        ('"We cannot pay," one trader said.', []),
        ("One resident told reporters the levy was unfair.", []),
        # traps: one person who did something else, or 'only one' who spoke, is counted
        ("One worker died in the blast.", [(1.0, "people")]),
        ("Only one trader said yes.", [(1.0, "people")]),
    ],
)
def test_one_unnamed_source_is_no_head_count(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # PHP before a number with a scale or grouped thousands is the Philippine peso
        ("The board approved PHP310 million for wages.", [(310e6, "PHP")]),
        ("Generator sets worth PHP 125 million were disallowed.", [(125e6, "PHP")]),
        ("Nurses are paid PHP 38,413 monthly.", [(38413.0, "PHP")]),
        # trap: the language with its version number is no money
        ("The site runs on PHP 8 now.", [(8.0, "count")]),
    ],
)
def test_php_code_before_a_large_number(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a code glued to its digits; the kuna by code and name; dinars named by nation
        ("Workers were offered 300,000RSD a year.", [(300000.0, "RSD")]),
        ("The city will save HRK 400 million annually.", [(400e6, "HRK")]),
        ("The plan cost 400 million kuna.", [(400e6, "HRK")]),
        ("Teachers earn 1,200 Tunisian dinars a month.", [(1200.0, "TND")]),
        # traps: a code in lower case glued to digits is no code; a label keeps no money
        ("It cost 500usd in all.", []),
        ("They flew the 737MAX jets.", []),
    ],
)
def test_glued_codes_kuna_and_national_dinars(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the forint's sign before its number, as Hungarian copy writes it
        ("The fee is Ft 105,000 (€375) per semester.", [(105000.0, "HUF"), (375.0, "EUR")]),
        ("a budget of Ft 1.2 billion", [(1.2e9, "HUF")]),
        # traps: feet after a number stay feet; a place's short form is no money
        ("The wall is 500 ft high.", [(500.0, "feet")]),
        ("He flew to Ft Lauderdale.", []),
    ],
)
def test_the_forint_sign_before_a_number(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # in a Brazilian story 'real' hyphened to its number is the currency
        ("In Brazil a judge set a 500,000-real fine.", [(500000.0, "BRL")]),
        ("Brazilian copy says a 10-real note.", [(10.0, "BRL")]),
        # traps: loose after its number it is an adjective; without Brazil no currency
        ("In Brazil, 3 real options remain.", [(3.0, "count")]),
        ("A 500,000-real fine was set.", [(500000.0, "count")]),
    ],
)
def test_real_hyphened_to_its_number_in_a_brazilian_story(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a one-letter sign before a small number priced per unit is money
        ("Fuel costs R21/litre at the pump.", [(21.0, "ZAR")]),
        ("Traders pay K15/day in levies.", [(15.0, "ZMW")]),
        # traps: a one-letter sign before a small number without a unit is a name or code
        ("They wore N95 masks.", []),
        ("Take the R101 north.", []),
        ("The N17/ELA group was tried.", []),
    ],
)
def test_one_letter_sign_before_a_price_per_unit(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the pataca's code before a large number, and the Baltic currencies by name
        ("Ho was fined MOP18 million.", [(18000000.0, "MOP")]),
        ("The casino paid 2 million patacas.", [(2000000.0, "MOP")]),
        ("It would cost 500 million litas.", [(500000000.0, "LTL")]),
        ("Tickets were 20 lats and 100 kroons.", [(20.0, "LVL"), (100.0, "EEK")]),
        # trap: before a small number the code is a name, as 'PHP 8' is
        ("The MOP 2 squad trained.", [(2.0, "count")]),
    ],
)
def test_pataca_code_and_baltic_currency_names(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the Dutch Caribbean's guilder and Aruba's florin by name; the Dutch guilder by nation
        ("It imposed a fine of three hundred thousand guilders.", [(300000.0, "ANG")]),
        ("The permit costs 100 florins.", [(100.0, "AWG")]),
        ("It once cost 500 Dutch guilders.", [(500.0, "NLG")]),
    ],
)
def test_guilder_and_florin_by_name(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # hours and minutes are a time of day, not two counts
        ("The minister is coming at 10:30 to talk.", []),
        ("At 9:00, 40 nurses walked out.", [(40.0, "people")]),
        # traps: a ratio and a rate a colon misprints stay figures
        ("A ratio of 3:1 was set.", [(3.0, "count"), (1.0, "count")]),
        ("Inflation hit the 4:10% rate.", [(4.0, "count"), (10.0, "percent")]),
    ],
)
def test_hours_and_minutes_are_a_clock_time(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a slash beside a year is a date or a numbered law, never a fraction
        ("The assembly approved law no: 9/2009 then.", []),
        ("Sales in 5/2019 and in 2019/20 fell.", []),
        # trap: a true fraction stays one
        ("Some 3/4 of staff voted.", [(0.75, "fraction")]),
    ],
)
def test_slash_beside_a_year_is_no_fraction(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a tally after the chamber that cast it
        ("The bill cleared Parliament 94–62 on Friday.", [(94.0, "count"), (62.0, "count")]),
        ("It passed the House of Representatives 220-210.", [(220.0, "count"), (210.0, "count")]),
        # traps: a name before a number without a vote stays a name; a label stays a label
        ("She met Parliament 94 staff.", []),
        ("He passed the Route 66-70 stretch.", []),
    ],
)
def test_tally_after_the_chamber_that_voted(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # oil counted in barrels is a measure, not a head-count
        ("The fields hold up to 5 billion barrels of oil.", [(5e9, "barrels")]),
        ("It stored 300,000 bbl of crude.", [(300000.0, "barrels")]),
        # traps: a price per barrel is the money alone; a pork barrel has no number
        ("Oil sold for $80 a barrel.", [(80.0, "USD")]),
        ("They threatened to hold their pork barrel funds.", []),
    ],
)
def test_barrels_of_oil_are_a_measure(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a name in brackets that ends on a number: a broadcaster, a party
        ("ERBIL, Kurdistan Region (Kurdistan 24) – factions walked out.", []),
        ("Talks between Kristina Kallas (Eesti 200) and Mart Võrklaev go on.", []),
        # traps: a bracket going on past the number counts; a day of a month is a date; a sum
        ("Staff (Total 300 workers) walked out.", [(300.0, "people")]),
        ("A fine (Rs 500) was paid.", [(500.0, "INR")]),
    ],
)
def test_number_closing_a_bracketed_name_is_no_figure(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a Region named by its number, in digits, after a number sign or in words
        ("It hit Region 4 hard.", []),
        ("The meeting in the County of Demerara, Region #3. Teachers spoke.", []),
        ("Region three educators are irate.", []),
        # traps: a region in lower case may start a count; a verb before a number counts
        ("In the region 300 jobs went.", [(300.0, "count")]),
        ("It voted to block eight turbines.", [(8.0, "count")]),
    ],
)
def test_region_named_by_its_number_is_no_figure(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the second of two dates joined by 'and' after a month
        ("The union will strike on March 5 and 6, confirming its stand.", []),
        ("Talks were held on Nov. 3 and 4.", []),
        # traps: a day and a count after it; two counts with no month
        ("On March 3 and 4 workers quit.", [(4.0, "people")]),
        ("He got 3 and 4 votes.", [(3.0, "count"), (4.0, "count")]),
    ],
)
def test_second_of_two_dates_is_no_figure(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the last of a series of yearly rates takes the unit written once before it
        (
            "Next year a four percent increase and 3.5 in 2027.",
            [(4.0, "percent"), (3.5, "percent")],
        ),
        ("A 3% rise in 2026 and 4 in 2027.", [(3.0, "percent"), (4.0, "percent")]),
        # or a year heads the next item, of rates or sums
        (
            "Pay will be 173 000 tenge, and in 2023 – 210 000.",
            [(173000.0, "KZT"), (210000.0, "KZT")],
        ),
        ("Inflation was 4% in 2024 and in 2025, 5.", [(4.0, "percent"), (5.0, "percent")]),
        # traps: a count with its noun; no year after the bare number, or a noun after it
        ("It cost $5m, and in 2020 5 people died.", [(5e6, "USD"), (5.0, "people")]),
        (
            "Jobs fell 5 percent and 300 workers in 2025 left.",
            [(5.0, "percent"), (300.0, "people")],
        ),
        ("A 3% rise and 4 in total.", [(3.0, "percent"), (4.0, "count")]),
    ],
)
def test_last_of_yearly_rates_and_sums_takes_their_unit(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'one abstention' is a tally, like 'one vote'
        ("It passed with 18 votes in favor and one abstention.", [(18.0, "count"), (1.0, "count")]),
        # trap: 'one ... of' picks one out of others
        ("It was one abstention of many.", []),
    ],
)
def test_one_abstention_is_counted(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a number joined to a dot and a lower-case word is part of a web address
        ("The lawyer spoke at the 24.kg news agency today.", []),
        # traps: a full stop with a capital after it ends a sentence; a decimal; kilograms
        ("They hired 300.The union said so.", [(300.0, "count")]),
        ("He lost 24 kg.", [(24.0, "kg")]),
        ("It is 3.5 times more.", [(3.5, "times")]),
    ],
)
def test_number_in_a_web_address_is_no_figure(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a decimal spelt as it is said: the whole number, 'point', its tenths
        ("It accounted for 21-point-two percent of the total.", [(21.2, "percent")]),
        ("Prices rose two point five per cent.", [(2.5, "percent")]),
        # ... with its scale after the tenths
        ("They shifted eighteen point two million dollars.", [(18.2e6, "USD")]),
        ("They counted 1 point 5 billion votes.", [(1.5e9, "count")]),
        # traps: 'N-point' before a noun is a count of points; more than one digit of tenths
        ("They set out a 10-point plan.", [(10.0, "count")]),
        ("A 12 point 15 percent gap.", [(12.0, "count"), (15.0, "percent")]),
        ("A 12 point 15 million gap.", [(12.0, "count"), (15e6, "count")]),
    ],
)
def test_decimal_spelt_with_point_is_one_number(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a bare part of a percentage is in percent too
        (
            "Offered 4 of the 6 percent pay raise, they struck.",
            [(4.0, "percent"), (6.0, "percent")],
        ),
        # traps: a part of counted things counts them; a 'part' larger than the whole is none
        ("4 of the 600 workers left.", [(4.0, "people"), (600.0, "people")]),
        ("10 of the 6 percent rise.", [(10.0, "count"), (6.0, "percent")]),
    ],
)
def test_part_of_a_percentage_is_in_percent(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the words after a number say what it counts only up to the sentence's end
        (
            "Beds to close by August rise to 59.\nMore than 100 staff will be hit.",
            [(59.0, "count"), (100.0, "people")],
        ),
        ("The court ordered a fine of 500,000. Police said so.", [(500000.0, "count")]),
        # trap: people named in the same sentence are counted
        ("A total of 59 staff and nurses left.", [(59.0, "people")]),
    ],
)
def test_words_past_the_sentence_end_count_nothing(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'a day' after a sum said again in words in brackets makes it a rate
        (
            "The minimum wage is 3,505 cedis (54 US cents) a day now.",
            [(3505.0, "GHS"), (0.54, "USD")],
        ),
        # trap: 'a day' after a bracket with no number is a length of time
        ("The strike (the third) a day after talks failed.", [(1.0, "days")]),
    ],
)
def test_rate_after_a_sum_restated_in_words(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # Egypt's piaster is a hundredth of its pound, in either spelling
        ("Fuel rose by 75 piasters per litre.", [(0.75, "EGP")]),
        ("The fare went up 50 piastres.", [(0.5, "EGP")]),
        # trap: the pound itself is not scaled down
        (
            "The gas now costs 75 pounds, up from 70 Egyptian pounds.",
            [(75.0, "EGP"), (70.0, "EGP")],
        ),
    ],
)
def test_piasters_are_hundredths_of_the_egyptian_pound(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a name's number spaced off its dash is still part of the name
        ("Funds for the COVID- 19 pandemic were freed.", []),
        ("Sh20 million for COVID-19 units.", [(20000000.0, "KES")]),
        # trap: a number after a dash with no letters before it is still read
        (
            "They won the vote 2- 3 after 19 members walked out.",
            [(2.0, "count"), (3.0, "count"), (19.0, "people")],
        ),
    ],
)
def test_number_spaced_off_a_name_dash_is_no_figure(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # cents are a hundredth of the dollar of the nation the story names, as '$' is
        ("Fiji bus fares rose 7 cents a trip.", [(0.07, "FJD")]),
        ("In Canada, bus fares rose 25 cents a trip.", [(0.25, "CAD")]),
        # trap: with no nation named they stay US cents
        ("Bus fares rose 25 cents a trip.", [(0.25, "USD")]),
    ],
)
def test_cents_of_the_nation_named(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(round(f.value, 6), f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a one-letter sign glued to a small number is money where the story writes it as money
        ("Zambian traders make less than K20 profit a bag.", [(20.0, "ZMW")]),
        ("Hourly pay of K600 and a daily wage of K4,800.", [(600.0, "ZMW"), (4800.0, "ZMW")]),
        ("Fares rose to P20 in the Philippines.", [(20.0, "PHP")]),
        # traps: no other money in that sign and no nation of it; a name after 'the'
        ("The K600 engine was recalled.", []),
        ("Drive the R101 to the plant that cost R2 million.", [(2000000.0, "ZAR")]),
    ],
)
def test_one_letter_sign_glued_to_small_number_where_story_uses_it(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a sign of one nation's currency glued to a small number is money where the story names
        # that nation; the Maltese lira's sign is money wherever it is written
        ("Bread now costs N700 in Lagos.", [(700.0, "NGN")]),
        ("Water will cost SR92 each month across Saudi Arabia.", [(92.0, "SAR")]),
        ("A permit costs R50 in Cape Town.", [(50.0, "ZAR")]),
        ("He was fined Lm25 for each day.", [(25.0, "MTL")]),
        ("The fine of Lm107,625 was cut.", [(107625.0, "MTL")]),
        # traps: no nation named; a name after 'the'
        ("Drivers took SR520 north.", []),
        ("The N95 masks sold out in Nigeria.", []),
    ],
)
def test_a_sign_is_money_in_a_story_naming_its_nation(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'from the present X to Y' is a change with two figures, as 'from X to Y' is
        ("Raise it from the present ₹25,000 to ₹50,000.", [(25000.0, None), (50000.0, None)]),
        ("Pay goes from the 9,600 rupees to 10,000 rupees.", [(9600.0, None), (10000.0, None)]),
        ("Cut lists from the current 1,900 to 1,500 patients.", [(1900.0, None), (1500.0, None)]),
        # trap: 'ranging from the current' stays a range
        ("Fees ranging from the current $20 to $50.", [(20.0, "range")]),
    ],
)
def test_change_from_the_present_level_is_two_figures(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert [(f.value, f.qualifier) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a currency's hundredth named after the number is a hundredth of that nation's money
        ("Tariffs rose from 74 seniti to 83 seniti.", [(0.74, "TOP"), (0.83, "TOP")]),
        ("Jeepney fares in the Philippines rose 35 centavos.", [(0.35, "PHP")]),
        ("Diesel went up by 50 paise a litre in India.", [(0.5, "INR")]),
        ("Bread costs 20 kobo more.", [(0.2, "NGN")]),
        # traps: the whole currency is not a hundredth; a subunit word not after a number
        ("Fares rose by 35 pesos in the Philippines.", [(35.0, "PHP")]),
        ("The seniti coins were withdrawn after 3 years.", [(3.0, "years")]),
    ],
)
def test_currency_hundredths_named_after_a_number(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(round(f.value, 6), f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a whole number and a proper fraction is one number, hyphened, spaced or one character
        ("Workers want a rise of 1-1/2 times.", [(1.5, "count")]),
        ("The term is 2 1/2 years.", [(2.5, "years")]),
        ("Pay rose 3½ per cent.", [(3.5, "percent")]),
        ("He was jailed for 2 ½ years.", [(2.5, "years")]),
        # traps: a year before a fraction is no whole part; an improper fraction is no part
        ("In 2019 1/3 of staff left.", [(0.333333, "fraction")]),
        ("Pay rose 3-5/4 per cent.", []),
    ],
)
def test_mixed_number_is_whole_and_fraction(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(round(f.value, 6), f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # an unnamed source quoted with any verb of speech is no head-count
        ('"It is unfair," one protester lamented.', []),
        ('"We will not stop," one striker declared.', []),
        # trap: one person who does something other than speak is counted
        ("One worker was killed in the blast.", [(1.0, "people")]),
    ],
)
def test_unnamed_source_with_any_speech_verb_is_no_head_count(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'half what' is a share of what a clause names
        ("They earn half what Cambodian workers earn.", [(0.5, "fraction")]),
        # trap: 'half' as a position is no share
        ("They scored in the second half.", []),
    ],
)
def test_half_what_a_clause_names_is_a_share(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # ISO codes that are words too count after a large number, in capitals
        ("The budget is 819 million GEL.", [(819e6, "GEL")]),
        ("It allocates 500 thousand GEL.", [(5e5, "GEL")]),
        ("Fines of 12,000 ALL were paid.", [(12000.0, "ALL")]),
        # traps: a small number, lower case, or a word after a number in words
        ("It cost 45 GEL.", [(45.0, "count")]),
        ("He set up three all party groups.", [(3.0, "count")]),
        ("Pick from the top 10 TOP stories.", [(10.0, "count")]),
    ],
)
def test_word_like_iso_code_after_large_number_is_money(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # North Macedonia's denar, not the dinar
        ("Wages were raised by 2,800 denars.", [(2800.0, "MKD")]),
        ("The minimum wage is 18,000 denars.", [(18000.0, "MKD")]),
        ("The allowance is Mden 26,000 per month.", [(26000.0, "MKD")]),
        # trap: the dinar keeps its code
        ("A fine of 500 dinars.", [(500.0, "KWD")]),
    ],
)
def test_denar_is_macedonian_money(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a length written in a period and the next smaller one, spaced, is one length
        ("He got three years and six months behind bars.", [(3.5, "years")]),
        ("The talks lasted two hours and 30 minutes.", [(2.5, "hours")]),
        # traps: a period the first does not break into, or no period after 'and'
        ("It ran five years and six weeks.", [(5.0, "years"), (6.0, "weeks")]),
        ("Jailed for two years and fined 500 euros.", [(2.0, "years"), (500.0, "EUR")]),
    ],
)
def test_spaced_compound_period_is_one_length(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a share of a long period is one length
        ("Its first recession in a quarter of a century.", [(25.0, "years")]),
        ("It happened half of a decade ago.", [(5.0, "years")]),
        # trap: a share of a thing stays a share
        ("A quarter of the staff left.", [(0.25, "fraction")]),
    ],
)
def test_share_of_long_period_is_one_length(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the leu (plural lei), Romania's or, by nation, Moldova's
        ("A new teacher takes home 2,400 lei a month.", [(2400.0, "RON")]),
        ("Romania will pay 1,000 lei more; Romania agreed.", [(1000.0, "RON")]),
        ("Moldova raised pensions by 500 lei.", [(500.0, "MDL")]),
        # traps: the lari's code before a number is no currency, nor in lower case after a
        # small one
        ("The GEL 5 team lost.", [(5.0, "count")]),
        ("Mix 5 gel packs.", [(5.0, "count")]),
    ],
)
def test_leu_by_nation_and_lari_code_only_after_a_number(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a number after 'Bill' or 'decree' names the act, as 'Article 50' names an article
        ("The amendments rest on Decree #1673 of the government.", []),
        ("They upheld the veto of Bill 11-36, which sought more.", []),
        ("The presidential decree 54 set 300 new posts.", [(300.0, "count")]),
        # traps: a bill in lower case may be a sum, and the decree's own figures still count
        ("It will raise the average bill 12 per cent.", [(12.0, "percent")]),
        ("The decree gives 500 workers a raise.", [(500.0, "people")]),
    ],
)
def test_bill_and_decree_numbers_name_the_act(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # knots measure a boat's speed
        ("He was travelling at 26.3 knots in his speedboat.", [(26.3, "knots")]),
        # trap: the singular is no unit ('a 3 knot tie' counts)
        ("They sold 3 knot ties.", [(3.0, "count")]),
    ],
)
def test_knots_are_a_measure(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # thousands grouped with a dot: a count, or money ending in a nought
        ("There are 391.611 public schools.", [(391611.0, "count")]),
        ("It has 13.945 teachers.", [(13945.0, "people")]),
        ("He paid 12.500 euros.", [(12500.0, "EUR")]),
        # traps: a decimal with a scale, a percent, a measure, a price in thousandths and a
        # currency divided into thousandths
        ("It costs ISK 1.165 billion.", [(1165000000.0, "ISK")]),
        ("It holds a 99.567% stake.", [(99.567, "percent")]),
        ("It weighs 2.500 kg.", [(2.5, "kg")]),
        ("Gas is at $3.459 a gallon.", [(3.459, "USD")]),
        ("A meal costs KD 1.500 each.", [(1.5, "KWD")]),
    ],
)
def test_dot_grouped_thousands(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a label's hyphened second part names the act too, when the pair is no range
        ("With one vetoed portion, House Local Bill 23-1, S1 is now law.", []),
        ("Under Article 12-3 the council pays 40 workers.", [(40.0, "people")]),
        # traps: a score after no label, and a range after a lower-case bill, still count
        ("The motion passed on a 3-1 vote.", [(3.0, "count"), (1.0, "count")]),
        ("It will raise the bill 12-15 per cent.", [(12.0, "percent")]),
    ],
)
def test_hyphened_label_parts_name_the_act(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # Africa's francs outside the CFA zones, by their people or their nation
        ("The budget rises to 4.4 trillion Burundi francs.", [(4.4e12, "BIF")]),
        ("A bag of rice costs 20,000 Congolese francs.", [(20000.0, "CDF")]),
        ("Conakry set fuel at 12,000 Guinean francs a litre.", [(12000.0, "GNF")]),
        # a story that names Burundi: its bare francs are Burundi's
        ("Burundi's deficit is 441.9 billion francs.", [(441.9e9, "BIF")]),
        # trap: Papua New Guinea is no franc nation; francs no nation claims stay Swiss
        ("Papua New Guinea paid 300 francs.", [(300.0, "CHF")]),
    ],
)
def test_african_francs_by_nation(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the CFA franc by the zone the story names: Central Africa's XAF, West Africa's XOF
        ("Gabon's unions seek 300,000 CFA francs a month.", [(300000.0, "XAF")]),
        ("Brazzaville owes 49 billion CFA francs in Congo.", [(49e9, "XAF")]),
        ("Senegal's teachers want 75,000 FCFA.", [(75000.0, "XOF")]),
        ("In Cameroon the fee is 50,000 FCFA.", [(50000.0, "XAF")]),
        ("Ivorian civil servants get 357 billion CFA francs.", [(357e9, "XOF")]),
        # traps: a story naming no zone keeps West Africa's franc, and 'CFA' alone is no money
        ("The bank holds 5 million CFA francs.", [(5e6, "XOF")]),
        ("The CFA fined 13 clubs.", [(13.0, "count")]),
    ],
)
def test_cfa_franc_by_zone_and_fcfa_after_number(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # time added to time: 'more', 'further', 'additional', 'extra' before the period
        ("Teachers must work 3 more hours per week.", [(3.0, "hours")]),
        ("We still have to be paid for three more months.", [(3.0, "months")]),
        ("They extended the break by an additional week.", [(1.0, "weeks")]),
        # traps: 'more' before people or nothing leaves the number as it was
        ("Then 10 more workers joined.", [(10.0, "people")]),
        ("He asked for one more chance.", []),
    ],
)
def test_added_time_keeps_its_period(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'between' and a dash make a range, as 'between' and 'and' do
        ("The demands cost between 7-9 billion FCFA.", [(7e9, "XOF", "range")]),
        ("Prices rose between 10–15 percent.", [(10.0, "percent", "range")]),
        # traps: a dash with no second number, or a fiscal year's, makes no range
        ("Talks between 12 unions - and the state - failed.", [(12.0, "count", None)]),
        ("Between 2019-20 and 2021 the fund grew 5%.", [(5.0, "percent", None)]),
    ],
)
def test_between_with_dash_is_range(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert [(f.value, f.unit, f.qualifier) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # an ordinal before 'time' counts how often; before a period and 'running', how long
        ("This will be the 7th time in the last 10 years.", [(7, "count"), (10.0, "years")]),
        ("It is the second time in four months.", [(2, "count"), (4.0, "months")]),
        # an ordinal term in office counts the terms, as 'time' counts the times
        ("The president won a third term in office.", [(3, "count")]),
        ("Unpaid for the second month running, nurses walked out.", [(2, "months")]),
        ("The strike went on for the third day in a row.", [(3, "days")]),
        # an ordinal day or week of a strike or protest: that long it has run
        ("On the ninth day of protests, teachers closed the avenue.", [(9, "days")]),
        ("It is now the third week of their indefinite strike.", [(3, "weeks")]),
        ("Doctors marched on the 12th day of the walkout.", [(12, "days")]),
        # traps: 'the first time' tells that a thing is new, and an ordinal period without
        # 'running' or an action is a position in a series, as is the first day of one
        ("For the first time, the union struck.", []),
        ("In the second year of the deal prices fell.", []),
        ("On the first day of the strike, buses stopped.", []),
        ("The fifth day of talks ended without a deal.", []),
        ("He is a second-time offender.", []),
        ("In her first term she cut taxes.", []),
        ("In his second term he cut taxes.", []),
        ("Fees rise in the third term of the school year.", []),
        ("It opened a third terminal.", []),
    ],
)
def test_repeat_ordinal_counts_and_running_period_lasts(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the lilangeni's 'E' in a story naming Eswatini; the Lebanese pound's 'LL'
        ("Swazi textile workers earn E1.26 per day.", [(1.26, "SZL")]),
        ("In Eswatini the fine is E1,500.", [(1500.0, "SZL")]),
        ("The ministry asked for LL144 billion.", [(144e9, "LBP")]),
        # the dalasi's 'D' in a story naming the Gambia
        ("In the Gambia a litre now costs about D49.", [(49.0, "GMD")]),
        ("Gambian teachers were promised D250 per Saturday.", [(250.0, "GMD")]),
        ("Banjul set aside D2.5 billion for wages.", [(2.5e9, "GMD")]),
        # the vatu's 'VT' in a story naming Vanuatu; the Saudi riyal's 'SR' as a name's is
        ("In Port Vila a market table costs VT400.", [(400.0, "VUV")]),
        ("The Saudi health budget is SR33 billion.", [(33e9, "SAR")]),
        # traps: an 'E' in a story naming no Eswatini is a code or a lost euro sign, a 'D' in
        # one naming no Gambia a grade, a road or a vitamin
        ("He paid E1,500 for E10 fuel.", []),
        ("Swazi drivers use the E40 road.", []),
        ("She took vitamin D3 and drove the D1 road to D250 depot.", []),
        ("The office is in Burlington, VT 05401.", [(5401.0, "count")]),
        ("Take SR 520 east.", [(520.0, "count")]),
    ],
)
def test_the_lilangeni_dalasi_and_lebanese_pound_signs(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # Uzbekistan's sum: 'soum' anywhere, 'sum' only in a story that names Uzbekistan
        ("He asked for 600,000 soums for this.", [(600000.0, "UZS")]),
        ("An Uzbek court fined him 29 million sums ($11,000).", [(29e6, "UZS"), (11000.0, "USD")]),
        ("Uzbekistan's court imposed fines of 140,000 sums.", [(140000.0, "UZS")]),
        # traps: 'sums' with no Uzbekistan named is no money
        ("Pupils solved 20 sums in class.", [(20.0, "count")]),
    ],
)
def test_uzbek_sum_and_soum_are_money(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # Latin America's pesos by the signs regional and wire copy writes before a number
        ("a Cl$9m (US$13,238) bonus", [(9e6, "CLP"), (13238.0, "USD")]),
        ("paid Ch$500,000 in fines", [(500000.0, "CLP")]),
        ("a MX$1.5 billion plan", [(1.5e9, "MXN")]),
        ("a COL$2 million fund", [(2e6, "COP")]),
        # traps: Liberia's sign stays its own, and a country's name is no sign
        ("Liberia paid L$500 in fees", [(500.0, "LRD")]),
        ("Chile$ 5 was the tag", [(5.0, "count")]),
    ],
)
def test_latin_american_peso_signs(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a currency sign before the number makes it money though a period's noun follows
        ("a $1m working hour bonus", [(1e6, "USD")]),
        ("a Cl$1m working hour bonus", [(1e6, "CLP")]),
        ("a $5 hour wage", [(5.0, "USD")]),
        # trap: with no sign the period is the unit
        ("a 5 hour strike", [(5.0, "hours")]),
    ],
)
def test_currency_sign_wins_over_following_period(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # hours and minutes before 'hours' are a clock time as wire copy writes it
        ("At exactly 19:55 Hours the Speaker adjourned the House.", []),
        ("The talks began at 10:30 hours in the capital.", []),
        # traps: a length of time in hours stays one, and so does a clock time's neighbour
        ("The sitting lasted 55 hours.", [(55.0, "hours")]),
        ("At 9:00, 40 nurses walked out for 12 hours.", [(40.0, "people"), (12.0, "hours")]),
    ],
)
def test_clock_minutes_before_hours_are_no_duration(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a capitalised name spaced off its dash keeps its number
        ("They broke the Covid -19 regulations.", []),
        ("Sh5 million went to Covid -19 wards.", [(5e6, "KES")]),
        # traps: a minus sign after a lower-case word is no name's dash
        ("Growth was -0.3 per cent.", [(0.3, "percent")]),
        ("The tally was yes -300 votes.", [(300.0, "count")]),
    ],
)
def test_dash_spaced_off_a_capitalised_name_is_no_figure(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a stray space after a comma inside a number with further groups
        ("They must pay damages worth 8, 333,000 to the complainant.", [(8333000.0, "count")]),
        ("A budget of Sh28, 000,000 was passed.", [(28e6, "KES")]),
        # traps: a list's items stay apart
        (
            "Fares of 50, 100 and 150 were set.",
            [(50.0, "count"), (100.0, "count"), (150.0, "count")],
        ),
        ("It rose from 12, 500 to 900.", [(12.0, "count"), (500.0, "count")]),
    ],
)
def test_stray_space_inside_a_grouped_number(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a decimal comma after a currency sign: a comma and two digits end no thousands group
        ("Prices are P33/kg (R44,17 and R38,81).", [(33.0, "PHP"), (44.17, "ZAR"), (38.81, "ZAR")]),
        ("Fuel costs $2,97 per litre.", [(2.97, "USD")]),
        ("It sold for €3,50, up from €3,10.", [(3.5, "EUR"), (3.1, "EUR")]),
        # or before a currency named after the number
        ("Milk now costs 1,29 euros a litre.", [(1.29, "EUR")]),
        ("The toll went up to 12,75 dollars.", [(12.75, "USD")]),
        # traps: grouped thousands and lakhs stay whole, and a bare number keeps no cents
        ("A fine of $12,500 was paid.", [(12500.0, "USD")]),
        ("They paid Rs 1,50,000 in fees.", [(150000.0, "INR")]),
        ("the R101 road", []),
        ("a score of 12,50 points", [(12.0, "count")]),
    ],
)
def test_decimal_comma_after_a_currency_sign(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a nation's name between a number and its nation-bound currency
        ("The raise takes pay to 2,000 Peruvian sols a month.", [(2000.0, "PEN")]),
        ("Peru's fee is 300 Peruvian soles.", [(300.0, "PEN")]),
        ("A court fined him 500,000 Brazilian reais.", [(500000.0, "BRL")]),
        ("The levy is 2 million Costa Rican colones.", [(2e6, "CRC")]),
        # traps: the nation's name alone before a noun is no currency
        ("Peru sent 2 Peruvian envoys.", [(2.0, "count")]),
        ("Brazil has 5 Brazilian real problems.", [(5.0, "count")]),
    ],
)
def test_nation_named_before_its_bound_currency(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a weekday with its date in brackets: day and month, not a fraction
        ("The price goes, as of this Tuesday (10/26), from R$ 2.98.", [(2.98, "BRL")]),
        ("Workers met on Friday (27/10) in Jakarta.", []),
        # traps: a fraction elsewhere stays one
        ("Only (2/3) of the staff came.", [(2 / 3, "fraction")]),
        ("On Tuesday 2/3 of the staff came.", [(2 / 3, "fraction")]),
    ],
)
def test_slashed_date_after_a_weekday_is_no_fraction(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a withdrawn ISO code, as copy from before the change writes it, is its currency
        ("The budget lacks LVL 43.96 million.", [(43.96e6, "LVL")]),
        ("a loan of LTL 200 million", [(200e6, "LTL")]),
        ("a deficit of 8.5 million EEK", [(8.5e6, "EEK")]),
        ("fees of ZMK 4,000 a term", [(4000.0, "ZMK")]),
        # traps: in lower case, or another capital word before a number, it is no money
        ("an eek 5 times over", [(5.0, "times")]),
        ("The NHS 5 year plan", [(5.0, "years")]),
    ],
)
def test_withdrawn_iso_code_is_its_currency(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # land in dunums and feddans, and currencies named after the number
        ("The city gave two plots of 78 dunums each.", [(2.0, "count"), (78.0, "dunums")]),
        ("Farmers lost 500 feddans of wheat.", [(500.0, "feddans")]),
        ("Drivers earn 500 gourdes a day.", [(500.0, "HTG")]),
        ("a fine of 1,200 córdobas", [(1200.0, "NIO")]),
        ("Fares rise by 50 bolivianos.", [(50.0, "BOB")]),
        ("a fee of 300 balboas", [(300.0, "PAB")]),
        ("Teachers earn 800 somoni a month.", [(800.0, "TJS")]),
        # trap: a place named like a currency, with no number before it
        ("The Cordoba office closed in 2019.", []),
    ],
)
def test_land_measures_and_currencies_named_after_the_number(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # an age said of a person: after a singular noun of one, or in a clause closing on it
        ("A man, 63, was fined on Monday.", [(63.0, "years")]),
        ("The driver, 45, said he was tired.", [(45.0, "years")]),
        ("The man, who is 56, was granted bail.", [(56.0, "years")]),
        ("People turning 63 now will wait.", [(63.0, "years")]),
        # traps: a list after a plural, a body's clause, a number that goes on
        ("They hired 25 doctors, 11, medical officers.", [(25.0, "people"), (11.0, "people")]),
        ("The union, which is 56, said so.", [(56.0, "count")]),
        ("Of those who were 40 in all, most left.", [(40.0, "count")]),
    ],
)
def test_an_age_said_of_a_person(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a title-case headline's count of people after a capitalised verb is a count
        ("Government to Employ 4000 Health Workers\nThe plan", [(4000.0, "people")]),
        # a unit's two letters written as a name, before another name, are no unit
        ("said Hospital No. 2 Ha Manh Tuan.", []),
        ("Farmers lost 2 ha of rice.", [(2.0, "hectares")]),
        ("Villagers Clear 40 Ha Of Forest", [(40.0, "hectares")]),
        # traps: a name's number, and one a label names
        ("says Unifor Local 1119 members", []),
        ("he told Cayman 27 that teachers", []),
    ],
)
def test_names_after_numbers_and_title_case_counts(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a one-letter sign typed in lower case is money where the story writes it as money
        ("In Zambia oil sells at over k110 per container.", [(110.0, "ZMW", "more than")]),
        ("Rent is K4,800 and water k120 a month.", [(4800.0, "ZMW", None), (120.0, "ZMW", None)]),
        # traps: a story with no such money or nation, and codes and names
        ("Oil sells at over k110 per container.", []),
        ("Staff wear n95 masks on the r5 road.", []),
    ],
)
def test_a_one_letter_sign_in_lower_case(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert [(f.value, f.unit, f.qualifier) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the fils is a thousandth of the story's dinar, a hundredth of the UAE's dirham
        ("The Bahraini shares have a value of 100 fils each.", [(0.1, "BHD")]),
        ("Kuwaiti petrol rose by 5 fils a litre.", [(0.005, "KWD")]),
        ("In the UAE a litre rose by 50 fils.", [(0.5, "AED")]),
        ("Omani petrol is capped at 180 baisa.", [(0.18, "OMR")]),
    ],
)
def test_the_fils_and_the_baisa(text: str, expected: list[tuple[float, str]]) -> None:
    found = [(f.value, f.unit) for f in find_figures(text)]
    assert [unit for _, unit in found] == [unit for _, unit in expected]
    assert [value for value, _ in found] == pytest.approx([value for value, _ in expected])


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a petrol grade is no count; the prices beside it are figures
        ("The price of 92-octane gasoline rose to 5.5 pounds.", [(5.5, "GBP")]),
        ("the 95 octane price", []),
        # trap: a count of things before a word like it
        ("95 stations sold octane boosters", [(95.0, "count")]),
    ],
)
def test_a_petrol_grade_is_no_count(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [  # the peso's 'P' in a story naming Manila or Filipinos, not the Philippines
        ("The minimum fare in Metro Manila goes up from P9 to P10.", "PHP"),
        ("Filipino drivers want a P2 increase.", "PHP"),
    ],
)
def test_the_peso_sign_by_the_philippines_capital_or_people(text: str, unit: str) -> None:
    assert {f.unit for f in find_figures(text)} == {unit}


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # school grades and sections listed in the plural are labels, 'through' joining them
        ("20 are high schools for grades 10 through 12.", [(20.0, "count")]),
        ("Pupils in grades 1 to 6 get 300 meals.", [(300.0, "count")]),
        ("Sections 3 through 5 apply.", []),
    ],
)
def test_grades_and_sections_listed_are_labels(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'top' and a number no noun follows is a rank
        ("The nation is in the top four in Latin America.", []),
        ("The school finished in the top 10.", []),
        # traps: a count of the top ones, and a share
        ("The top 10 earners took 5%.", [(10.0, "count"), (5.0, "percent")]),
        ("the top 15% of performers", [(15.0, "percent")]),
    ],
)
def test_a_rank_in_the_top_is_no_count(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'ranked' before a number is a place in a list, as 'top' is
        ("The country is ranked 12 in the world for press freedom.", []),
        ("The club ranks 3 in the league.", []),
        # trap: a count after the verb's object
        ("They ranked 40 schools last year.", [(40.0, "count")]),
    ],
)
def test_a_rank_after_ranked_is_no_count(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a number's length, an even split and an instrument's number count nothing
        ("The bank sent a 12-digit code to every customer.", []),
        ("She was offered a six-figure salary.", []),
        ("The two firms formed a 50-50 joint venture.", []),
        ("It was set up under Ordinance No. 14 of 1985.", []),
        # traps: counts beside such words
        ("The 50 firms paid a seven-figure sum.", [(50.0, "count")]),
        ("14 of the 2019 recruits quit.", [(14.0, "count")]),
    ],
)
def test_a_length_a_split_or_an_instrument_number_is_no_count(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'the' and a number in words that no noun follows point back to those counted before
        ("The five have been held since May.", []),
        ("The three, all teachers, were freed.", []),
        ("The court freed the four.", []),
        ("The six who resigned were replaced.", []),
        # traps: 'the' and a number before a noun counts it; digits still count
        ("The five teachers have been held.", [(5.0, "people")]),
        ("Of 300 staff, the 40 were paid.", [(300.0, "people"), (40.0, "count")]),
    ],
)
def test_the_few_said_before_are_no_new_count(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a weight or a period in two units is one figure in the first
        ("He was found with 4 grams 69mg of cannabis.", [(4.069, "grams")]),
        ("They seized 2kg and 300 grams of heroin.", [(2.3, "kg")]),
        ("He was jailed for 2 years 6 months.", [(2.5, "years")]),
        ("a 500 mg dose", [(500.0, "mg")]),
        # trap: a count after a period is no part of it
        ("In 2 years 30 workers left.", [(2.0, "years"), (30.0, "people")]),
    ],
)
def test_a_weight_in_two_units_is_one_figure(text: str, expected: list[tuple[float, str]]) -> None:
    found = [(f.value, f.unit) for f in find_figures(text)]
    assert [unit for _, unit in found] == [unit for _, unit in expected]
    assert [value for value, _ in found] == pytest.approx([value for value, _ in expected])


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a bare 'zero' counts a plural noun right after it
        ("The activist urged the store to aim for zero expiries.", [(0.0, "count")]),
        # traps: a noun it qualifies, a compound, a name
        ("The minister promised zero tolerance for graft.", []),
        ("They introduced zero-based budgeting.", []),
        ("It runs Zero Balance Billing.", []),
    ],
)
def test_zero_counts_a_plural_noun(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'the two' before a noun counts it
        ("The court heard the two appeals together.", [(2.0, "count")]),
        ("Police arrested the two suspects on Friday.", [(2.0, "people")]),
        ("The minister met the two unions.", [(2.0, "count")]),
        # traps: the parties to a dealing, and 'the two' with no noun, name a pair
        ("Talks between the two sides resumed.", []),
        ("The deal joins the two companies.", []),
        ("The two have long been at odds.", []),
        ("He thanked the two, who left early.", []),
    ],
)
def test_the_two_counts_a_noun_not_a_pair(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected
