"""Parsing numbers as written in news text: '£14.1bn', 'eight per cent', 'a decade'.

`find_figures` scans a text for every figure (dates are skipped); `parse_figure` reads the first
one. Both give the value multiplied out, a unit (ISO 4217 code for money, 'percent', 'people',
'count', durations, 'fraction'), the qualifier and, for ranges, the bounds. A bare number whose
unit the text does not say is a 'count'. Vague quantities ('tens of thousands') give their
stated magnitude, marked `vague`.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from factx.schemas import Qualifier
from factx.text import words

_ONES = {
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
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_UNITS = {**_ONES, **_TENS}
#: Words that multiply what comes before them inside a number written in words.
_SCALE_WORDS = {"dozen": 12, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALES = {
    "dozen": 12,  # 'half a dozen', '3 dozen'
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
    # in the plural after a number, as some East African and South Asian copy writes them
    # ('Sh57 billions', '2 millions')
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
    "trn": 1e12,
    # as Asian, Australasian and wire copy abbreviates them ('$800mil', 'RM2.5bil', '5 mln')
    "mil": 1e6,
    "mln": 1e6,
    "bil": 1e9,
    "bln": 1e9,
    # Indian English ('Rs 500 crore', '2 lakh people')
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    # the lakh as Pakistani and Nepali copy often spells it ('Rs 5 lac', '64 lacs')
    "lac": 1e5,
    "lacs": 1e5,
}
#: Denominators of fractions in words ('two-thirds', 'seven-tenths', 'a quarter').
_DENOMINATORS = {
    "half": 2,
    "halve": 2,
    "third": 3,
    "quarter": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "twentieth": 20,
    "fiftieth": 50,
    "hundredth": 100,
    "thousandth": 1000,
}
#: Ordinal words, for time that has passed ('the strike entered its fourth week').
_ORDINALS = {
    "first": 1,
    "second": 2,
    "fourth": 4,
    **{word: n for word, n in _DENOMINATORS.items() if word not in ("half", "halve", "quarter")},
}
#: Words that count how many times a thing happened ('turned down twice').
_TIMES = {"twice": 2, "thrice": 3}
#: Vague quantities: the magnitude each word states ('hundreds of thousands' is 100 * 1000).
_VAGUE_WORDS = {
    "tens": 10,
    "dozens": 12,
    "hundreds": 100,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
}
#: 'a few' and 'a couple of' hundred or million: at least two of them ('a few hundred' is at
#: least 200).
_AT_LEAST_TWO = dict.fromkeys(("few", "couple"), 2)
_QUALIFIERS: dict[str, Qualifier] = {
    "more than": "more than",
    "over": "more than",
    "above": "more than",
    "in excess of": "more than",
    "upwards of": "more than",
    "just over": "more than",
    "older than": "more than",
    "at least": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "not less than": "at least",
    "a minimum of": "at least",
    "less than": "less than",
    "fewer than": "less than",
    "under": "less than",
    "below": "less than",
    "just under": "less than",
    "younger than": "less than",
    "up to": "at most",
    "at most": "at most",
    "no more than": "at most",
    "not more than": "at most",
    "not exceeding": "at most",  # legal copy: 'a fine not exceeding K50,000'
    "a maximum of": "at most",
    "as many as": "at most",
    "within": "at most",
    "around": "approximately",
    "about": "approximately",
    "approximately": "approximately",
    "roughly": "approximately",
    "nearly": "approximately",
    "almost": "approximately",
    "close to": "approximately",
    "some": "approximately",
    "an estimated": "approximately",
    "estimated": "approximately",
    "between": "range",
    "between the ages of": "range",  # 'between the ages of 15 and 49'
}
#: Qualifiers written after a figure: 'four hours or less', '65 or over', 'a dozen or so',
#: '300-plus'.
_TRAILING_QUALIFIERS: dict[str, Qualifier] = {
    **dict.fromkeys(("or less", "or fewer", "or under", "or below", "or lower"), "at most"),
    **dict.fromkeys(("or younger", "or shorter"), "at most"),
    **dict.fromkeys(("or more", "or over", "or above", "or higher", "or greater"), "at least"),
    **dict.fromkeys(("or older", "or longer"), "at least"),
    "or so": "approximately",
    "-plus": "more than",
}
#: Before 'over' and a length of time, what makes it 'more than' ('for over an hour', 'in a
#: little over a month', 'well over six months') rather than a span ('a 3% rise over two years').
_OVER_IS_MORE = re.compile(r"\b(?:for|in|after|well|little)\s+$", re.IGNORECASE)
#: Qualifiers that a year never follows: 'more than 2000' counts ('in about 2000' may not).
_COUNTING_QUALIFIERS = frozenset(
    {"more than", "in excess of", "upwards of", "at least", "no fewer than", "no less than"}
    | {"a minimum of", "less than", "fewer than", "no more than", "a maximum of", "as many as"}
    | {"roughly", "nearly", "almost", "approximately", "an estimated", "estimated"}
)
#: What a vague quantity's magnitude is: a floor ('tens of thousands' is at least 10,000).
VAGUE_QUALIFIER: Qualifier = "at least"
#: Currencies written with letters before the number: ISO 4217 codes as financial and wire
#: copy writes them ('GBP46.50', 'EUR 5m'; the codes also after it, '14.5 NAD', '500 USD') and
#: local abbreviations ('RM50,000', 'Rs 500').
#: They count only in the case given here: 'try 5 times' holds no Turkish lira. Every code in
#: use, and some withdrawn, but those that are also words or common names with numbers in
#: capitals (ALL, TOP, CUP, PEN, SOS, BOB, GEL, AMD, CVE, COP26), which are left out; PHP
#: ('PHP 8') and MOP count as names do (`_NAMES_TOO`), as Philippine and Macanese copy write
#: them ('PHP310 million', 'MOP18 million').
# fmt: off
_ISO_CODES = (
    "USD", "EUR", "GBP", "JPY", "CHF", "CNY", "AUD", "CAD", "NZD", "HKD", "SGD", "INR", "ZAR",
    "SEK", "NOK", "DKK", "MYR", "BRL", "MXN", "RUB", "KRW", "TRY", "PLN", "IDR", "THB", "AED",
    "SAR", "NGN", "KES", "EGP", "ILS", "CZK", "HUF", "RON", "ARS", "CLP", "PKR", "BDT", "GHS",
    "UGX", "TZS", "LKR", "NPR", "VND", "QAR", "KWD", "BHD", "OMR", "JOD", "MAD", "ETB",
    "ZMW", "RWF", "XOF", "XAF", "JMD", "TTD", "UAH", "MUR", "NAD", "SLE", "SLL",
    # Europe and Central Asia
    "ISK", "BGN", "RSD", "MKD", "BAM", "MDL", "BYN", "GIP", "KZT", "UZS", "AZN", "KGS", "TJS",
    "TMT", "HRK",  # the kuna, still written for figures before the euro ('HRK 400 million')
    # the Middle East and North Africa
    "IRR", "IQD", "LBP", "SYP", "YER", "AFN", "LYD", "TND", "DZD", "MRU", "SDG",
    # Asia and the Pacific
    "TWD", "KPW", "MNT", "KHR", "LAK", "MMK", "BND", "BTN", "MVR", "PGK", "SBD", "VUV", "WST",
    "FJD", "XPF", "PHP",
    # Africa
    "SCR", "MGA", "MZN", "AOA", "SSP", "DJF", "ERN", "GMD", "GNF", "LRD", "BIF", "CDF", "MWK",
    "SZL", "LSL", "BWP", "ZWL", "KMF", "STN", "SHP",
    # the Americas
    "XCD", "BBD", "BSD", "BZD", "GYD", "SRD", "HTG", "DOP", "CRC", "GTQ", "HNL", "NIO", "PAB",
    "PYG", "UYU", "VES", "KYD", "BMD", "ANG", "AWG", "FKP",
    # withdrawn, still written for figures from before the change ('LVL 43.96 million'): the
    # Baltic and other currencies the euro replaced, and the old kwacha, bolivar, leu and lira
    "LVL", "LTL", "EEK", "SKK", "CYP", "ZMK", "VEF", "ROL", "TRL",
)
# fmt: on
_LETTER_CURRENCIES = {
    **{code: code for code in _ISO_CODES},
    "RM": "MYR",
    "Rs": "INR",
    "Rs.": "INR",
    "GHc": "GHS",
    "GHC": "GHS",  # the cedi's old code, still written ('GHC50 million')
    # the cedi where Ghanaian copy lost its sign ('GH50.0 allowance', 'Gh 2000 fine') or wrote
    # its letter ('Ghc 2,000')
    "GH": "GHS",
    "Gh": "GHS",
    "Ghc": "GHS",
    # East African shillings as their copy writes them ('Sh36,000', 'KSh 5 billion', 'USh 4m',
    # 'Shillings 4 million'); a shilling of no nation is read as Kenya's, the one most written
    "Sh": "KES",
    "KSh": "KES",
    "Ksh": "KES",
    "Shilling": "KES",
    "Shillings": "KES",
    "USh": "UGX",
    "Ush": "UGX",
    "TSh": "TZS",
    "Tsh": "TZS",
    "Shs": "KES",  # Ugandan and Kenyan copy ('Shs15,000', 'shs1 billion')
    # Gulf, South Asian and South-East Asian copy ('Dh500', 'QR5m', 'Tk 500 crore', 'Rp 5bn');
    # 'SR', which US copy writes for state routes ('SR 520'), only as a name is (`_NAMES_TOO`)
    "SR": "SAR",
    "Dh": "AED",
    "Dhs": "AED",
    "QR": "QAR",
    "KD": "KWD",
    "RO": "OMR",  # the Omani rial as Omani copy writes it ('less than RO600', 'RO5 million')
    "BD": "BHD",
    "JD": "JOD",
    "Tk": "BDT",
    "Taka": "BDT",  # Bangladeshi wire copy names it before the number ('Taka 500 crore')
    "Rp": "IDR",
    "LE": "EGP",  # the Egyptian pound as Egyptian copy writes it ('LE1.2 billion')
    # the new shekel as Israeli copy writes it ('NIS 960 million', 'NIS 4,500'); also a name
    # (the Caribbean's National Insurance Scheme: 'the NIS 2019 report'), see `_NAMES_TOO`
    "NIS": "ILS",
    "MOP": "MOP",  # the pataca; a name too ('MOP 2'), see `_NAMES_TOO`
    "Rwf": "RWF",  # the Rwandan franc as Rwandan copy writes it ('Rwf10.5 billion')
    "Ft": "HUF",  # the forint as Hungarian copy writes it before the number ('Ft 105,000')
    "Mden": "MKD",  # the denar as Macedonian copy writes it ('Mden 18,000 per month')
    # the Sierra Leonean leone since its redenomination, and before it ('NLe 93 million (Old
    # Le 9.3 billion)')
    "NLe": "SLE",
    "Le": "SLL",
    # one capital letter, as South African, Nigerian and Philippine copy writes the rand, the
    # naira and the peso ('R1-billion', 'N5bn', 'P2.5 million'): see `_currency_as_written`
    "R": "ZAR",
    "N": "NGN",
    "P": "PHP",
    # the kwacha as Zambian and Malawian copy writes it ('K20,000', 'K1.5 million'); Malawi's,
    # or Myanmar's kyat or Papua New Guinea's kina, where the story names that nation most
    # (`_SHARED_SIGNS`)
    "K": "ZMW",
    # the lilangeni as Swazi copy writes it ('E1.26 per day') and the dalasi as Gambian copy
    # does ('about D54 a litre'), money only where the story names their nation
    # (`_NATION_ONLY_SIGNS`); the Lebanese pound as Lebanese copy does ('LL144 billion')
    "E": "SZL",
    "D": "GMD",
    "VT": "VUV",  # the vatu as Vanuatu's copy writes it ('VT400'); 'VT' is Vermont too
    "LL": "LBP",
    "Lm": "MTL",  # the Maltese lira, as Maltese copy writes sums from before the euro ('Lm25')
}
#: West Africa's CFA franc, the one most written: 'FCFA' and 'CFA francs' where a story names
#: neither zone's nations.
_CFA_MOST_WRITTEN = "XOF"
#: Codes that are no ISO code, as copy writes them after the number ('160 billion NIS', '50,849
#: FRW').
#: The CFA franc as West and Central African copy writes it after a number ('50,000 FCFA', '13.4
#: billion FCfa'): its zone's code is the one the story names (`_cfa_code`).
_CODES_AFTER = {"NIS": "ILS", "FRW": "RWF", "FCFA": _CFA_MOST_WRITTEN}
#: ISO codes left out of `_ISO_CODES` for being words too, read after a number with a scale or
#: grouped thousands only (`_CODES_AFTER_NUMBER`), in capitals ('819 million GEL', '12,000 ALL';
#: not 'three all party', 'top 10 TOP').
_WORD_CODES_AFTER = frozenset({"GEL", "ALL", "PEN", "TOP", "BOB", "CVE"})
#: Signs in capitals that are names too: like a one-letter sign, each counts only before a
#: number with a scale or grouped thousands (`_currency_as_written`).
_NAMES_TOO = frozenset({"NIS", "PHP", "MOP", "SR"})
#: Signs that are money only in a story naming their nation, even before grouped thousands: 'E'
#: is also the euro where a page lost the '€' ('E1,500') and a code ('E10 fuel'), 'D' a grade, a
#: road or a vitamin ('D3'), 'VT' Vermont ('VT 05401').
_NATION_ONLY_SIGNS = frozenset({"E", "D", "VT"})
#: Every currency sign, in lower case as the scan reads it (the case check is
#: `_currency_as_written`).
_CURRENCY_SIGNS = {
    **{written.lower(): code for written, code in _LETTER_CURRENCIES.items()},
    # a code glued to a dollar sign, as Pacific and Caribbean copy writes its dollars
    # ('TOP$2.5 million', 'SBD$1 million'), and the US dollar with its nation's full stops
    # ('U.S.$30 per barrel')
    **{f"{code.lower()}$": code for code in (*_ISO_CODES, *_WORD_CODES_AFTER)},
    "u.s.$": "USD",
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
    "s$": "SGD",
    "r$": "BRL",
    # Peru's sol as Peruvian copy writes it before a number ('S/108 million', 'S/.20')
    "s/": "PEN",
    "s/.": "PEN",
    # the dollars of the Caribbean and the Pacific, as their own copy writes them ('TT$5m',
    # 'J$2 billion', 'G$500,000', 'GYD$150 million', 'FJ$3m'); not 'B$', which is the
    # Bahamas' and Brunei's
    "tt$": "TTD",
    "j$": "JMD",
    "ja$": "JMD",
    "g$": "GYD",
    "gy$": "GYD",
    "gyd$": "GYD",
    "guy$": "GYD",  # as Caribbean wire copy writes it ('GUY$130 million')
    "bds$": "BBD",
    "ec$": "XCD",
    "bz$": "BZD",
    "fj$": "FJD",
    "f$": "FJD",
    "n$": "NAD",
    "n. dollar": "NAD",  # as Namibian copy abbreviates it ('N. dollar 12,47 per unit')
    "l$": "LRD",
    "z$": "ZWL",
    "nt$": "TWD",
    "ws$": "WST",
    # the Dominican peso and the Cayman dollar as their own copy writes them ('RD$13,500',
    # 'CI$2 million')
    "rd$": "DOP",
    "ci$": "KYD",
    # Latin America's pesos as wire and regional copy writes them ('Cl$9m', 'Ch$500,000',
    # 'MX$1.5 billion', 'COL$2 million')
    "cl$": "CLP",
    "ch$": "CLP",
    "clp$": "CLP",
    "mx$": "MXN",
    "mex$": "MXN",
    "col$": "COP",
    "$": "USD",
    "₦": "NGN",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₱": "PHP",
    "৳": "BDT",
    "₫": "VND",
    "₴": "UAH",
    # the signs of the shekel, colón, tenge, lari, manat, tugrik, kip, riel and guarani, and the
    # rupee sign South Asian copy writes for any nation's rupee (`_SHARED_SIGNS`)
    "₪": "ILS",
    "₡": "CRC",
    "₸": "KZT",
    "₾": "GEL",
    "₼": "AZN",
    "₮": "MNT",
    "₭": "LAK",
    "៛": "KHR",
    "₲": "PYG",
    "₨": "INR",
    # the cedi's sign, and the cent sign Ghanaian copy writes for it before a number ('¢5')
    "₵": "GHS",
    "gh₵": "GHS",
    "gh¢": "GHS",
    "¢": "GHS",
}
#: Characters that are currency signs on their own (not letters: 'R5m' opens at its 'R' only
#: where a figure is near).
_SIGN_CHARS = "".join(s for s in _CURRENCY_SIGNS if len(s) == 1 and not s.isalpha())
#: Hundredths that copy names after a number ('35 centavos', '50 paise', '9 seniti'); the
#: centavo and the paisa are a hundredth of whichever nation's peso or rupee the story is in.
_HUNDREDTHS = {
    "centavo": "MXN",
    **dict.fromkeys(("paisa", "paise"), "INR"),
    "seniti": "TOP",
    "kobo": "NGN",
    "toea": "PGK",
    "thebe": "BWP",
    "ngwee": "ZMW",
    "tambala": "MWK",
    "pesewa": "GHS",
    "satang": "THB",
}
#: Thousandths named after the number: the Gulf's fils ('100 fils' is BD0.1), a thousandth of
#: whichever nation's dinar the story is in, and Oman's baisa. The UAE's fils is a hundredth
#: of its dirham (`_money`).
_THOUSANDTHS = {"fils": "KWD", **dict.fromkeys(("baisa", "baiza"), "OMR")}
#: Currencies named after the number ('500 rupees'), singular; a plural 's' is read too.
_CURRENCY_WORDS = {
    "pound": "GBP",
    "pence": "GBP",
    "p": "GBP",
    "dollar": "USD",
    "cent": "USD",
    # Egypt's pound is 100 piasters ('75 piasters per litre'); British copy spells it 'piastre'
    "piaster": "EGP",
    "piastre": "EGP",
    "euro": "EUR",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "rand": "ZAR",
    "naira": "NGN",
    "cedi": "GHS",
    "ringgit": "MYR",
    "franc": "CHF",
    "rouble": "RUB",
    "ruble": "RUB",
    "lira": "TRY",
    "shekel": "ILS",
    "shilling": "KES",
    "peso": "MXN",
    "dinar": "KWD",
    "denar": "MKD",  # North Macedonia's ('2,800 denars'), not the dinar
    "dirham": "AED",
    "riyal": "SAR",
    "rial": "OMR",
    "taka": "BDT",
    "pula": "BWP",
    "kwacha": "ZMW",
    "birr": "ETB",
    "baht": "THB",
    "rupiah": "IDR",
    "krona": "SEK",
    "kronor": "SEK",
    "krone": "NOK",
    "kroner": "NOK",
    "zloty": "PLN",
    "forint": "HUF",
    "hryvnia": "UAH",
    "kuna": "HRK",
    "dong": "VND",
    # Korea's won, only after a large number ('9 billion won', '500,000 won'; not '9 won seats')
    "won": "KRW",
    # the world's other currencies with a name of their own; those that are English words too
    # after a number ('sol', 'kip', 'dram', 'lev') are `_NATION_BOUND_CURRENCIES`
    "leone": "SLL",
    "tala": "WST",
    "vatu": "VUV",
    "soum": "UZS",  # Uzbekistan's sum ('100,000 soums')
    "kina": "PGK",
    "pa'anga": "TOP",
    "pa’anga": "TOP",
    "ngultrum": "BTN",
    "riel": "KHR",
    "kyat": "MMK",
    "tugrik": "MNT",
    "rufiyaa": "MVR",
    "afghani": "AFN",
    "tenge": "KZT",
    "manat": "AZN",
    "lari": "GEL",
    # Romania's and Moldova's leu, plural lei ('2,400 lei')
    "leu": "RON",
    "lei": "RON",
    "kwanza": "AOA",
    "metical": "MZN",
    "dalasi": "GMD",
    "ariary": "MGA",
    "lilangeni": "SZL",
    "loti": "LSL",
    "lempira": "HNL",
    "quetzal": "GTQ",
    "guarani": "PYG",
    # the bolívar, with or without its accent, and its Spanish plural ('45 bolívares')
    **dict.fromkeys(("bolivar", "bolívar", "bolivares", "bolívares"), "VES"),
    "pataca": "MOP",
    # the Baltic currencies before the euro, which copy of their years still gives ('500
    # million litas', '20 lats', '100 kroons')
    "litas": "LTL",
    "lats": "LVL",
    "kroon": "EEK",
    # the Dutch Caribbean's guilder (Curaçao, Sint Maarten) and Aruba's florin; the guilder of
    # the Netherlands before the euro by its nation (`_NATIONAL_CODES`)
    "guilder": "ANG",
    "florin": "AWG",
    # the Americas' and Central Asia's others ('500 gourdes', '1,200 córdobas', '50 bolivianos')
    "gourde": "HTG",
    **dict.fromkeys(("cordoba", "córdoba"), "NIO"),
    "balboa": "PAB",
    "boliviano": "BOB",
    "somoni": "TJS",
    **_HUNDREDTHS,
    **_THOUSANDTHS,
}
_SUBUNITS = frozenset(("pence", "p", "cent", "piaster", "piastre", *_HUNDREDTHS))
#: The nations whose currency English copy calls the crown, and its code in each: Slovakia's is
#: the koruna it had until the euro ('100,000 Slovak crowns').
_CROWN_NATIONS = {
    **dict.fromkeys(("czech", "czechia"), "CZK"),
    **dict.fromkeys(("slovak", "slovakia"), "SKK"),
    **dict.fromkeys(("swedish", "sweden"), "SEK"),
    **dict.fromkeys(("norwegian", "norway"), "NOK"),
    **dict.fromkeys(("danish", "denmark"), "DKK"),
}
#: Currencies whose names are English words too after a number ('5 real problems', '38 drams
#: of whisky'): money only in a story that names their nation, each with its plural.
_NATION_BOUND_CURRENCIES = {
    **dict.fromkeys(("dram", "drams"), ("AMD", ("armenia", "armenian"))),
    **dict.fromkeys(("lev", "leva"), ("BGN", ("bulgaria", "bulgarian"))),
    **dict.fromkeys(("lek", "leke", "lekë"), ("ALL", ("albania", "albanian"))),
    **dict.fromkeys(("kip", "kips"), ("LAK", ("laos", "lao"))),
    **dict.fromkeys(("som", "soms"), ("KGS", ("kyrgyzstan", "kyrgyz"))),
    # Uzbekistan's sum as 'sum' ('29 million sums'); spelt 'soum' it is `_CURRENCY_WORDS`
    **dict.fromkeys(("sum", "sums"), ("UZS", ("uzbekistan", "uzbek"))),
    **dict.fromkeys(("sol", "soles", "sols"), ("PEN", ("peru", "peruvian"))),
    # the koruna, krona and krone as English and wire copy from Prague, Bratislava and the
    # Nordic capitals names them ('9,900 crowns'), whose nation is the one the story names
    # most (`_NATIONAL_CODES`); not a sports title
    **dict.fromkeys(("crown", "crowns"), ("CZK", tuple(_CROWN_NATIONS))),
    # 'real' only joined to its number, as a compound before a noun ('a 500,000-real fine');
    # loose it is an adjective ('5 real problems'), see `_JOINED_ONLY`
    **dict.fromkeys(("reais", "real"), ("BRL", ("brazil", "brazilian"))),
    **dict.fromkeys(("colon", "colones"), ("CRC", ("costa rica", "costa rican"))),
}
#: Nation-bound currency words that are money only hyphened to their number ('500,000-real').
_JOINED_ONLY = frozenset({"real"})
#: Each nation of `_NATION_BOUND_CURRENCIES` and the currency words its naming makes money.
_BOUND_BY_NATION = {
    nation: [word for word, (_, nations) in _NATION_BOUND_CURRENCIES.items() if nation in nations]
    for _, nations in _NATION_BOUND_CURRENCIES.values()
    for nation in nations
}
#: Any of those nations, as lower-cased text names it.
_BOUND_NATIONS = re.compile(rf"\b(?:{'|'.join(sorted(_BOUND_BY_NATION))})\b")
#: Nations whose dollar is theirs only where named with it ('430 Zimbabwe dollars'): a bare '$'
#: in their stories is mostly the US dollar, in which they also pay ('180 million Zimbabwe
#: dollars ($21 million)'), so they tell no '$' apart (`_HOME_CODES`).
_NAMED_ONLY_NATIONS = frozenset({"zimbabwean", "zimbabwe"})
#: Currencies that several nations name alike: each nation's own code, by the nation written
#: before the currency's name ('5 million Australian dollars'; 'Two Thousand Ghana Cedis' and
#: '500 Indian rupees' name their currency's one nation). Without a nation, `_CURRENCY_WORDS`
#: gives the code most written.
_NATIONAL_CODES = {
    "dollar": {
        **dict.fromkeys(("australian", "australia"), "AUD"),
        **dict.fromkeys(("canadian", "canada"), "CAD"),
        "new zealand": "NZD",
        "hong kong": "HKD",
        "singapore": "SGD",
        **dict.fromkeys(("jamaican", "jamaica"), "JMD"),
        "trinidad and tobago": "TTD",
        **dict.fromkeys(("fijian", "fiji"), "FJD"),
        **dict.fromkeys(("guyanese", "guyana"), "GYD"),
        **dict.fromkeys(("barbadian", "barbados"), "BBD"),
        **dict.fromkeys(("bahamian", "bahamas"), "BSD"),
        **dict.fromkeys(("namibian", "namibia"), "NAD"),
        **dict.fromkeys(("belizean", "belize"), "BZD"),
        **dict.fromkeys(("bermudian", "bermuda"), "BMD"),
        **dict.fromkeys(("caymanian", "cayman islands"), "KYD"),
        **dict.fromkeys(("solomon islands", "solomon islanders"), "SBD"),
        **dict.fromkeys(("bruneian", "brunei"), "BND"),
        **dict.fromkeys(_NAMED_ONLY_NATIONS, "ZWL"),
        # the Eastern Caribbean dollar's eight members, each as its own copy names it
        **dict.fromkeys(("eastern caribbean", "east caribbean", "antigua", "antiguan"), "XCD"),
        **dict.fromkeys(("dominica", "grenada", "grenadian", "montserrat", "anguilla"), "XCD"),
        **dict.fromkeys(("saint lucia", "st lucia", "st. lucia", "lucian"), "XCD"),
        **dict.fromkeys(("saint kitts", "st kitts", "st. kitts", "kittitian", "nevis"), "XCD"),
        **dict.fromkeys(("saint vincent", "st vincent", "st. vincent", "vincentian"), "XCD"),
        # the nations that use another's dollar as their own
        **dict.fromkeys(("cook islands", "niue"), "NZD"),
        **dict.fromkeys(("kiribati", "tuvalu", "nauru"), "AUD"),
        "us": "USD",
        "u.s.": "USD",
        "american": "USD",
        "united states": "USD",
    },
    "shilling": {
        **dict.fromkeys(("kenyan", "kenya"), "KES"),
        **dict.fromkeys(("ugandan", "uganda"), "UGX"),
        **dict.fromkeys(("tanzanian", "tanzania"), "TZS"),
    },
    "rupee": {
        **dict.fromkeys(("indian", "india"), "INR"),
        **dict.fromkeys(("pakistani", "pakistan"), "PKR"),
        **dict.fromkeys(("sri lankan", "sri lanka"), "LKR"),
        **dict.fromkeys(("nepali", "nepalese", "nepal"), "NPR"),
        **dict.fromkeys(("mauritian", "mauritius"), "MUR"),
        **dict.fromkeys(("seychellois", "seychelles"), "SCR"),
    },
    "peso": {
        **dict.fromkeys(("mexican", "mexico"), "MXN"),
        # the Philippines also by its people and its capital, which Manila copy names instead
        # ('the minimum fare in Metro Manila goes up from P9 to P10')
        **dict.fromkeys(("philippine", "philippines", "filipino", "manila"), "PHP"),
        **dict.fromkeys(("argentine", "argentina"), "ARS"),
        **dict.fromkeys(("chilean", "chile"), "CLP"),
        # the nation whose own currency is written with the peso's 'P' (the pula), for the
        # sign: 'P33/kg' in a story from Botswana is pula
        "botswana": "BWP",
    },
    "pound": {
        **dict.fromkeys(("british", "sterling"), "GBP"),
        **dict.fromkeys(("egyptian", "egypt"), "EGP"),
        **dict.fromkeys(("lebanese", "lebanon"), "LBP"),
        **dict.fromkeys(("syrian", "syria"), "SYP"),
        # South Sudan's before Sudan's, whose name is inside it ('50 South Sudanese pounds')
        **dict.fromkeys(("south sudanese", "south sudan"), "SSP"),
        **dict.fromkeys(("sudanese", "sudan"), "SDG"),
        # the Cyprus pound, the island's money until 2008, in the older stories that name it
        **dict.fromkeys(("cypriot", "cyprus"), "CYP"),
    },
    "guilder": {"dutch": "NLG"},
    "dinar": {
        "kuwaiti": "KWD",
        "bahraini": "BHD",
        "jordanian": "JOD",
        **dict.fromkeys(("tunisian", "tunisia"), "TND"),
        **dict.fromkeys(("algerian", "algeria"), "DZD"),
        **dict.fromkeys(("libyan", "libya"), "LYD"),
        **dict.fromkeys(("iraqi", "iraq"), "IQD"),
        **dict.fromkeys(("serbian", "serbia"), "RSD"),
    },
    # each nation also by its capital, which a story from there often names instead
    # ('in Nay Pyi Taw on March 5')
    "kwacha": {
        **dict.fromkeys(("zambian", "zambia", "lusaka"), "ZMW"),
        **dict.fromkeys(("malawian", "malawi", "lilongwe"), "MWK"),
        # the nations whose own currency is written with the kwacha's 'K' (the kyat, the kina),
        # for the sign: 'K1.2 million' in a story from Myanmar is kyats
        **dict.fromkeys(("myanmar", "burmese", "burma", "nay pyi taw", "naypyidaw"), "MMK"),
        **dict.fromkeys(("papua new guinea", "port moresby"), "PGK"),
    },
    # one nation's, for its sign: 'E' is money in a story that names Eswatini, 'D' in one
    # that names the Gambia, 'VT' in one that names Vanuatu
    "lilangeni": dict.fromkeys(("eswatini", "swaziland", "swazi", "mbabane", "manzini"), "SZL"),
    "dalasi": dict.fromkeys(("gambia", "gambian", "banjul"), "GMD"),
    "vatu": dict.fromkeys(("vanuatu", "port vila"), "VUV"),
    "riyal": {"saudi": "SAR", "qatari": "QAR", "omani": "OMR"},
    "dirham": {"emirati": "AED", "uae": "AED", "moroccan": "MAD"},
    # Africa's francs outside the CFA zones, by their people or nation ('4.4 trillion Burundi
    # francs'); not 'Guinea', which 'Papua New Guinea' and 'Equatorial Guinea' end with, nor
    # 'Congo', whose Brazzaville half pays in CFA francs
    "franc": {
        "swiss": "CHF",
        "rwandan": "RWF",
        "cfa": _CFA_MOST_WRITTEN,
        **dict.fromkeys(("burundi", "burundian"), "BIF"),
        "congolese": "CDF",
        "guinean": "GNF",
        **dict.fromkeys(("djibouti", "djiboutian"), "DJF"),
        **dict.fromkeys(("comoros", "comorian"), "KMF"),
    },
    "krona": {"swedish": "SEK"},
    **dict.fromkeys(("crown", "crowns"), _CROWN_NATIONS),
    "krone": {"norwegian": "NOK", "danish": "DKK"},
    # the plurals as copy writes them ('500 Danish kroner'), and the nation a story names
    "kroner": {
        **dict.fromkeys(("norwegian", "norway"), "NOK"),
        **dict.fromkeys(("danish", "denmark"), "DKK"),
    },
    "kronor": {"swedish": "SEK", "sweden": "SEK"},
    **dict.fromkeys(
        ("leu", "lei"),
        {
            **dict.fromkeys(("romanian", "romania"), "RON"),
            **dict.fromkeys(("moldovan", "moldova"), "MDL"),
        },
    ),
}

#: Signs several nations write their currency with, by the currency's name ('$' is many
#: nations' dollar, 'Rs' many nations' rupee).
_SHARED_SIGNS = {
    "$": "dollar",
    **dict.fromkeys(("sh", "shs", "shilling", "shillings"), "shilling"),
    **dict.fromkeys(("rs", "rs.", "₨"), "rupee"),
    "k": "kwacha",
    "p": "peso",
    "e": "lilangeni",
    "d": "dalasi",
    "vt": "vatu",
    # the cent, a hundredth of whichever nation's dollar the story is in ('a cent an hour')
    "cent": "dollar",
    "centavo": "peso",
    **dict.fromkeys(("paisa", "paise"), "rupee"),
    "fils": "dinar",
}


def _as_written(nation: str) -> str:
    """How a nation is capitalised in running text: 'New Zealand', 'U.S.', 'Trinidad and
    Tobago'."""
    if len(nation.replace(".", "")) <= 3:
        return nation.upper()
    return " ".join(w if w in ("and", "of") else w.capitalize() for w in nation.split())


def _mentions(nations: Iterable[str]) -> re.Pattern[str]:
    """Any of `nations` as an article names them, longest first ('New Zealand', 'U.S.'), a
    people's name also in the plural ('Jamaicans', 'Canadians')."""
    written = sorted((_as_written(n) for n in nations), key=len, reverse=True)
    return re.compile(rf"(?<![\w.])(?P<nation>{'|'.join(map(re.escape, written))})s?(?!\w)")


#: Places whose name in a story names its dollar's nation where the story never names the nation
#: ('$5m' in a story from Ontario is CAD): provinces, states and cities not also common names
#: elsewhere (not 'Victoria', 'Perth', 'Windsor', 'Vancouver', 'Hamilton', 'Sydney').
_DOLLAR_PLACES = {
    **dict.fromkeys(("ontario", "quebec", "québec", "british columbia", "b.c.", "alberta"), "CAD"),
    **dict.fromkeys(("manitoba", "saskatchewan", "nova scotia", "new brunswick"), "CAD"),
    **dict.fromkeys(("newfoundland", "toronto", "ottawa", "montreal", "calgary"), "CAD"),
    **dict.fromkeys(("edmonton", "winnipeg", "mississauga"), "CAD"),
    **dict.fromkeys(("queensland", "new south wales", "nsw", "tasmania", "melbourne"), "AUD"),
    **dict.fromkeys(("brisbane", "canberra"), "AUD"),
    **dict.fromkeys(("nz", "auckland", "wellington", "christchurch"), "NZD"),
}
#: The CFA franc's two zones, by the nations (and capitals) a story names: Central Africa's
#: franc (XAF) and West Africa's (XOF), both written 'CFA francs' or 'FCFA'. Not 'Congolese'
#: (the Congolese franc is the DR Congo's) nor names _as_written miscapitalises ("Côte d'Ivoire").
_CFA_ZONES = {
    **dict.fromkeys(("cameroon", "cameroonian", "yaoundé", "yaounde", "douala"), "XAF"),
    **dict.fromkeys(("gabon", "gabonese", "libreville", "chad", "chadian"), "XAF"),
    **dict.fromkeys(("congo", "brazzaville", "central african republic", "bangui"), "XAF"),
    **dict.fromkeys(("equatorial guinea", "malabo"), "XAF"),
    **dict.fromkeys(("senegal", "senegalese", "dakar", "ivory coast", "ivorian"), "XOF"),
    **dict.fromkeys(("abidjan", "mali", "malian", "bamako", "burkina faso", "burkinabe"), "XOF"),
    **dict.fromkeys(("ouagadougou", "niger", "nigerien", "niamey", "benin", "beninese"), "XOF"),
    **dict.fromkeys(("cotonou", "togo", "togolese", "lomé"), "XOF"),
}
#: The nations, and for the dollar the places, that say whose a shared currency is; for the CFA
#: franc, which zone's.
_HOME_CODES = {
    **{
        currency: {
            **{n: code for n, code in codes.items() if n not in _NAMED_ONLY_NATIONS},
            **(_DOLLAR_PLACES if currency == "dollar" else {}),
        }
        for currency, codes in _NATIONAL_CODES.items()
    },
    "cfa": _CFA_ZONES,
}
#: Each shared currency's nations as an article names them ('Canadian', 'U.S.', 'Uganda').
_NATION_MENTIONS = {currency: _mentions(codes) for currency, codes in _HOME_CODES.items()}


@lru_cache(maxsize=16)
def _home_code(text: str, currency: str) -> str | None:
    """The code of the nation an article names most often among those sharing a currency
    ('$' in a story naming Canada three times and the U.S. once is CAD, one naming Ontario
    twice CAD); none on a tie."""
    codes = _HOME_CODES[currency]
    counts = Counter(
        codes[m.group("nation").lower()] for m in _NATION_MENTIONS[currency].finditer(text)
    ).most_common(2)
    if not counts or len(counts) == 2 and counts[0][1] == counts[1][1]:
        return None
    return counts[0][0]


def home_currency(text: str) -> str | None:
    """The currency of the one nation a story names among those sharing a currency's name
    ('Sri Lanka' for the rupee, 'Cameroon' for the CFA franc): the money a sum it writes with no
    currency is in; none where it names several or none."""
    codes = {code for currency in _HOME_CODES if (code := _home_code(text, currency))}
    return codes.pop() if len(codes) == 1 else None


def _cfa_code(text: str) -> str:
    """The CFA franc a story means: Central Africa's (XAF) where it names that zone's nations
    most ('300,000 CFA francs' in Gabon), else West Africa's (XOF), the one most written."""
    return _home_code(text, "cfa") or _CFA_MOST_WRITTEN


#: The nations that tell a shared currency apart ('Kenyan' for the shilling).
_SHARED_NATIONS = frozenset(nation for nations in _NATIONAL_CODES.values() for nation in nations)
#: Nations written between a number and its currency, a nation-bound one's too ('2,000 Peruvian
#: soles', '500,000 Brazilian reais').
_CURRENCY_NATIONS = sorted(
    {*_SHARED_NATIONS, *_BOUND_BY_NATION, "ghana", "nigerian"},
    key=len,
    reverse=True,
)
_DURATIONS = {
    "year": ("years", 1),
    "month": ("months", 1),
    "week": ("weeks", 1),
    "day": ("days", 1),
    "hour": ("hours", 1),
    "minute": ("minutes", 1),
    "second": ("seconds", 1),
    "decade": ("years", 10),
    "century": ("years", 100),
    "centurie": ("years", 100),
}
#: Nouns of people: a count of them is a head-count ('300 workers'). The one list of them, for
#: the figure parser and the rules.
PEOPLE_NOUNS = words(
    """
    people workers members staff employees servants teachers nurses doctors pensioners officers
    firefighters lecturers strikers protesters civil staffers personnel porters cleaners
    midwives paramedics residents voters retirees savers individuals men women adults children
    students academics police soldiers troops drivers pupils patients parents families
    households passengers consumers customers clients taxpayers claimants veterans consultants
    medics surgeons physicians pharmacists dentists carers engineers journalists scientists
    lawyers judges miners farmers shareholders investors fans councillors politicians activists
    lawmakers legislators mps mlas senators democrats republicans candidates delegates officials
    defendants co-defendants suspects victims prisoners inmates detainees refugees migrants
    players athletes cricketers footballers volunteers visitors tourists applicants graduates
    apprentices trainees contractors managers executives civilians boys girls traders
    mineworkers councilors smokers nonsmokers electors tenants landlords homeowners
    respondents nationals pilots riders complainants crew villagers citizens inhabitants
    landowners protestors demonstrators
    """
)
#: One of these after a bare 'one' makes it a count ('one doctor and one nurse', 'claimed one
#: life', 'by one vote'), unless 'of' or a possessive follows ('one member of the panel').
_ONE_PERSON = frozenset(
    {n[:-1] for n in PEOPLE_NOUNS if n.endswith("s") and not n.endswith("ves")}
    | {"man", "woman", "child", "person", "life"}
)
#: One person a bare number after a comma gives the age of ('a Singaporean man, 63,').
_AGED_PERSON = _ONE_PERSON | words("teenager mother father")
#: Units of head-counts and other counts; of durations.
COUNT_UNITS = frozenset({"count", "people"})
#: Each unit of duration in days, so that 'two weeks' and '14 days' compare as one length.
DAYS_IN = {
    "years": 365.25,
    "months": 365.25 / 12,
    "weeks": 7.0,
    "days": 1.0,
    "hours": 1 / 24,
    "minutes": 1 / 1440,
    "seconds": 1 / 86400,
}
DURATION_UNITS = frozenset(DAYS_IN)


def in_unit(value: float, unit: str, target: str) -> float:
    """`value` in `unit` said in `target`: a length of time in another unit of time is the same
    length ('14 days' is 2 weeks); any other value is as it is."""
    if unit in DAYS_IN and target in DAYS_IN:
        return value * DAYS_IN[unit] / DAYS_IN[target]
    return value


_SINGLE_PERIODS = {"year", "month", "week", "day", "hour"}
#: A period or weight and the next smaller unit that can follow it in one compound
#: ('3-year-and-6-month'), with how many of the smaller make the larger.
_COMPOUND_PARTS = {
    "years": ("months", 12),
    "weeks": ("days", 7),
    "days": ("hours", 24),
    "hours": ("minutes", 60),
    # a weight in two units, as court copy gives drugs ('4 grams 69mg', '2kg and 300 grams')
    "kg": ("grams", 1000),
    "grams": ("mg", 1000),
}
#: Between the two parts of such a compound, hyphened or spaced ('3-year-and-6-month', 'three
#: years and six months'), or a space before the second's digits ('2 years 6 months').
_COMPOUND_AND = re.compile(r"-and-|\s+and\s+|\s+(?=\d)")
#: Periods 'half' and 'a half' measure ('a half-day strike', 'half a day'); a 'half-year' is
#: more often a reporting period ('half-year results') than a length of time.
_HALF_PERIODS = frozenset({"hour", "day", "minute"})
#: Before 'a century': a score of a hundred ('scored a century', 'hit his first century').
_SCORE_VERB = r"(?:scor|hit|mak|notch)\w*"
_SCORED = re.compile(rf"\b{_SCORE_VERB}\s+(?:(?:his|her|their)\s+(?:first\s+)?)?$", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\bage[ds]?\s+(?:of\s+)?$", re.IGNORECASE)
#: A person's age said of them in a clause or a turn of life: 'the man, who is 56,', 'people
#: turning 63'; a bare number closing the clause, as an age does.
_AGE_CLAUSE_BEFORE = re.compile(r"\b(?:who\s+(?:is|was)|turn(?:s|ed|ing)?)\s+$", re.IGNORECASE)
_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:now|next|this|last)\b")
#: 'the pension age will rise to 67', 'the qualifying age for social security benefits, from
#: 63': an age named a few words before the number.
_AGE_NEAR = re.compile(r"\bage\b[^.;:\d]{0,44}$", re.IGNORECASE)
#: 'Jo Lee, ' right before a number: the number, closed by a comma, is the person's age.
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z][\w’'-]*,\s$")
#: A person in the singular before the comma does as a name does: 'a Singaporean man, 63, was
#: fined', 'the driver, 45,'; not a plural in a list ('25 doctors, 11 nurses').
_PERSON_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(_AGED_PERSON))}),\s$",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r",(?!\s*\d)")  # not a list: '25, 30 and 40 per cent'
#: Nouns a number after which names a thing rather than counting ('Article 50', 'junction 1',
#: 'matchday 10', 'Radio 4', 'TV 1', 'the FTSE 100', a union's branch: 'CUPE local 873'), and the
#: acts a legislature or government numbers ('Bill 10', 'Decree #1673'; a bill in lower case may
#: be a sum: 'raise the bill 12 per cent').
_LABEL_NOUNS = (
    "article|section|clause|chapter|paragraph|page|rule|schedule|part|stage|phase|level|tier|"
    "grade|category|division|band|round|game|match|matchday|gameweek|junction|exit|"
    "route|flight|platform|gate|terminal|ward|room|radio|tv|channel|number|no\\.|ftse|windows|"
    "order|prayer|local|(?-i:R)egion|(?-i:B)ill|decree"
)
#: Those a list of labels follows in the plural ('sections 3 and 4', 'prayers 2 and 3', 'grades
#: 10 through 12'): not those whose plural is also a verb ('the crowd numbers 300', 'orders 40
#: buses').
_LISTED_LABELS = "articles|sections|clauses|chapters|paragraphs|pages|schedules|prayers|grades"
#: One label and its sub-parts: '165', '3A', '165 (4)', '3(1)(a)'.
_LABEL_REF = r"\d+[a-z]?(?:\s?\(\w{1,4}\))*"
_LABEL_LIST = rf"(?:{_LABEL_REF}(?:,\s*|\s+(?:and|or|to|through)\s+))*"
#: Labels joined after a singular noun, which names each ('Stage 1 and 2 fares', 'Article 5 or
#: 6'): not after a comma, which may start a count ('in stage 1, 300 people').
_LABEL_PAIR = rf"(?:{_LABEL_REF}\s+(?:and|or)\s+)+"
#: Such a noun before the number, also with a number sign ('Region #3'), after any labels listed
#: or opening a sub-part ('Article 165 (4)') or its hyphened second part ('Bill 23-1'), or a
#: bracket right after a word: 'Order 113(2)', 's.3(1)'.
_LABEL_BEFORE = re.compile(
    rf"\b(?:(?:{_LABEL_NOUNS})(?:\s+|\s*#\s?)(?:{_LABEL_REF}\s?\(|{_LABEL_PAIR}|\d+-)?"
    rf"|(?:{_LISTED_LABELS})\s+{_LABEL_LIST})$"
    r"|\w\($",
    re.IGNORECASE,
)
#: 'number' or a 'Region' before a number in words: a name or a rank ('shaft number four', 'Act
#: number three of 2015', 'the number one priority', 'Region three educators'), as `_LABEL_NOUNS`
#: is before digits.
_NUMBER_WORD_LABEL = re.compile(r"\b(?:number|(?-i:R)egion)\s+$", re.IGNORECASE)
#: A period's noun right before a number the clause ends after, or 'of' follows: one period of
#: a series named by its number ('on day two of the conference', 'three per cent in year two'),
#: not a count ('every day 500 people', 'last year 300 were laid off').
_PERIOD_LABEL_BEFORE = re.compile(r"\b(?:day|week|month|year)\s+$", re.IGNORECASE)
_PERIOD_LABEL_AFTER = re.compile(r"\s+of\b|\s*(?:[^\w\s-]|$)")
#: 'top' or 'ranked' before a number that no noun follows: a rank ('is in the top four in Latin
#: America', 'finished in the top 10.', 'is ranked 64 in the world'), not a count ('the top 10
#: earners').
_RANK_BEFORE = re.compile(r"\b(?:top|rank(?:ed|s)?)\s+$", re.IGNORECASE)
_RANK_AFTER = re.compile(r"\s*(?:[^\w\s-]|$)|\s+(?:in|of|among|on|at|for|worldwide)\b")
#: 'the' just before a number or sign: 'the two sides' (a pair named before, not a count; 'the
#: two' before another noun counts it: 'the two unions'), 'The five have been held' (those
#: counted before), 'the R101' (a name or model, not money).
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
#: The parties to a dealing, which 'the two' names as a pair.
_PAIR_NOUNS = "sides|men|women|companies|businesses|entities|firms|groups|leaders|countries|nations"
#: What follows 'the two' where it names a pair: a party's noun, or no noun at all ('The two
#: have long been at odds', 'the two, who').
_PAIR_AFTER = re.compile(
    rf"\s+(?:(?:{_PAIR_NOUNS})\b|(?:both|have|had|are|were|will|would|also|still)\b)"
    r"|\s*(?:[^\w\s-]|$)",
    re.IGNORECASE,
)
#: A telephone number: digit groups after a country code's '+' or a word that gives one ('+65 6438
#: 5122', 'call 0800 123 4567', 'hotline: (02) 555 0199'); its groups are not figures.
_PHONE_RUN = re.compile(r"\d{1,4}\)?(?:[ -]\(?\d{2,4}\)?){1,4}(?![\d,])")
_PHONE_BEFORE = re.compile(
    r"(?:\+|\b(?:call(?:ing)?|dial(?:ling)?|(?:tele)?phone|tel|hotline|helpline|fax)"
    r"(?:\s+(?:on|at))?[\s:.]*\(?)$",
    re.IGNORECASE,
)
_PHONE_DIGITS = 7
#: A length given in feet beside it: '120m (394ft)', '377ft (115m)' are metres, not millions.
_FEET_AFTER = re.compile(r"\s*\(\s*[\d,.]+\s*(?:ft|feet)\b")
_FEET_BEFORE = re.compile(r"(?<![a-z])(?:ft|feet)\s*\(\s*$")
#: Month names, their abbreviations and weekdays (lower case), for telling dates from figures;
#: the one list of them, shared with the rules.
MONTH_NAMES = words(
    "january february march april may june july august september october november december"
)
MONTHS = MONTH_NAMES | words("jan feb mar apr jun jul aug sep sept oct nov dec")
WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")
_MONTH = "|".join(sorted(MONTHS, key=lambda w: (-len(w), w)))  # 'january' before 'jan'
#: The end of a word in lower case (or a comma) and the space after it on the same line:
#: mid-sentence, where a line break ends a headline or a paragraph ('Sacked workers protest in
#: Bahrain' over 'Around 200 people protested').
_AFTER_WORD = r"[a-z,][ \t]+"
#: A capitalised word in mid-sentence right before a number makes it part of a name ('says
#: Unifor Local 1119', 'in Lake Seven'), as does one opening a bracket the number closes
#: ('(Kurdistan 24)', '(Eesti 200)'); a month or a weekday does not ('on Friday 200 staff',
#: '(March 24)').
_NAME_HEAD_BEFORE = re.compile(
    rf"(?:{_AFTER_WORD}|(?P<bracket>\())(?:[A-Z][\w’'&-]*[ \t]+)*(?P<head>[A-Z][a-z]+)[ \t]+$"
)
_BRACKET_CLOSES = re.compile(r"\s*\)")
#: Capitalised words after the number ending in a noun of people: a title-case headline's count
#: ('Government to Employ 4000 Health Workers'), where a name's number ends it ('Local 1119').
_TITLE_COUNTS_PEOPLE = re.compile(
    rf"[ \t]+(?:[A-Z][a-z]+[ \t]+){{0,2}}(?=[A-Z])(?i:{'|'.join(sorted(PEOPLE_NOUNS))})\b"
)
#: Nor does a preposition capitalised in a title-case headline ('Oil Price Goes From 100 To
#: $30', 'Strike Enters Day 3 With 400 Arrests').
_TITLE_PREPOSITIONS = words("from to by with for at in on of into than over under after against")
_NOT_NAME_HEADS = MONTHS | WEEKDAYS | _TITLE_PREPOSITIONS
#: A word ending right before a number: a number word capitalised there is a name ('the bid by
#: Seven', 'independent of Seven, cited'), as a count is written in lower case mid-sentence.
_WORD_ENDS_BEFORE = re.compile(rf"{_AFTER_WORD}$")


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of lower-case `words` that prefers the longest ('sixteen' over
    'six'), written as a tree of shared prefixes ('s(?:ix(?:t(?:een|y))?|even...)'): the engine
    reads each letter once instead of trying every word in turn. A space is any white space."""
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}  # a word ends here
    return _branches(tree)


def _branches(node: dict[str, Any]) -> str:
    """The regex of a prefix tree's node: its branches, the end of a word (if one ends there)
    tried last, so a longer word always wins."""
    branches = [
        (r"\s+" if letter == " " else re.escape(letter)) + _branches(child)
        for letter, child in sorted(node.items())
        if letter
    ]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    return f"(?:{'|'.join(branches)})" + ("?" if "" in node else "")


_SEP = r"[\s-]+"
#: Spaces that group thousands ('1 000', and the no-break and narrow no-break spaces).
_GROUP_SPACE = "[ \u00a0\u202f]"
#: Digits without what groups them: commas and the spaces of `_GROUP_SPACE`.
_UNGROUPED = str.maketrans("", "", ", \u00a0\u202f")
_UNDER_100 = rf"(?:(?:{_alternatives(_TENS)})(?:{_SEP}(?:{_alternatives(list(_ONES)[1:10])}))?"
_UNDER_100 += rf"|{_alternatives(_ONES)})"
#: The parts of one said after a number ('12 and a half', 'two hours and a quarter').
_PARTS_OF_ONE = {"half": 0.5, "quarter": 0.25}
#: Fractions printed as one character, as a whole number's part ('2½ per cent').
_VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_AND_A = rf"{_SEP}and{_SEP}(?:an?{_SEP})?"  # 'and half' too
_AND_A_HALF = rf"(?:{_AND_A}(?:{'|'.join(_PARTS_OF_ONE)}))"
_HUNDREDS = (
    rf"(?:(?:{_UNDER_100}|an?){_SEP}hundred(?:{_SEP}(?:and{_SEP})?{_UNDER_100})?|{_UNDER_100})"
)
_GROUP = rf"(?:{_HUNDREDS}|an?){_AND_A_HALF}?{_SEP}(?:{_alternatives(_SCALE_WORDS)})"
#: A number in words: 'seventeen', 'two hundred and fifty thousand', 'two-and-a-half'.
_WORDNUM = (
    rf"{_GROUP}(?:{_SEP}(?:and{_SEP})?{_GROUP})*(?:{_SEP}(?:and{_SEP})?{_HUNDREDS})?"
    rf"|{_HUNDREDS}{_AND_A_HALF}?"
    rf"|time{_AND_A_HALF}"  # 'time and a half': pay at 1.5 times the rate
)
_FRACTION_WORD = rf"(?:{_alternatives(_DENOMINATORS)})s?"
_VAGUE = (
    r"(?:(?:tens|hundreds|dozens)\s+of\s+)?"
    r"(?:dozens|hundreds|thousands|millions|billions|trillions)"
    rf"|(?:several|a\s+few|a\s+couple\s+of)\s+(?:{_alternatives(_SCALE_WORDS)}|hundred)"
)
#: A thousands group after a comma and a stray space ('Sh28, 000', 'worth 8, 333,000'): a
#: list's next item never opens with a zero, nor runs on in a group of its own.
_MISPRINTED_GROUP = rf",{_GROUP_SPACE}(?:(?=0)\d{{3}}(?!\d)|\d{{3}}(?=,\d{{3}}(?!\d)))"
#: Thousands after a comma and a stray space in a sum whose sign touches it ('N5, 500'): no
#: list runs on from a sign.
_SIGNED_SPACED_GROUP = rf"(?<=[a-z{_SIGN_CHARS}])\d{{1,3}},{_GROUP_SPACE}\d{{3}}(?![\d,])"
#: A number with grouped thousands ('36,000', '1 000', 'K100, 000').
_GROUPED = re.compile(rf"\d(?:,|{_GROUP_SPACE}|(?={_MISPRINTED_GROUP}),{_GROUP_SPACE})\d{{3}}")
#: Thousands grouped in lakhs as South Asian copy writes them ('2,40,000', '1,50,00,000').
_LAKH_GROUPS = r"\d{1,2}(?:,\d{2})+,\d{3}(?!\d)"
#: A decimal comma, as Southern African copy writes it before a scale or a percent ('221,8
#: million kg', 'R2,5 billion', '65,5%'): never a thousands group, which has three digits.
_DECIMAL_NEXT = r"million|billion|trillion|bn|m\b|%|per\s?cent|percent"
_DECIMAL_COMMA_DIGITS = r"\d{1,3},\d{1,2}"
_DECIMAL_COMMA = rf"{_DECIMAL_COMMA_DIGITS}(?=\s?(?:{_DECIMAL_NEXT}))"
_DECIMAL_COMMA_NUMBER = re.compile(_DECIMAL_COMMA_DIGITS)
#: A decimal comma after a currency sign, as Southern African and Latin American copy prices
#: goods ('R44,17 per kg', 'UY $ 2,97 per litre'), or before a currency named after the number
#: ('12,47 dollars', '5,50 euros a litre'): a comma and two digits end no thousands group. Only
#: in `_FIGURE_RE`, whose 'cur' group holds the sign; a price so written makes a one-letter sign
#: money (`_currency_as_written`).
_CENTS_DIGITS = r"\d{1,3},\d{2}(?!\d|,\d)"
_NAMED_AFTER = rf"(?=\s?(?:{_alternatives(_CURRENCY_WORDS)})s?(?![a-z]))"
_CENTS_COMMA = rf"(?(cur){_CENTS_DIGITS}|{_CENTS_DIGITS}{_NAMED_AFTER})"
_CENTS = re.compile(_CENTS_DIGITS)
#: Thousands grouped with a dot, as copy from continental Europe, Latin America and
#: francophone Africa writes them ('391.611 public schools', '50.000 FCFA'): one dot and three
#: digits, read so only for a count, which holds no thousandths, or a sum of money ending in a
#: nought (not '$3.459 a gallon').
_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}\.\d{3}")
#: Currencies divided into thousandths, whose '1.500' may be one and a half ('KD 1.500').
_THOUSANDTHS_CURRENCIES = frozenset({"KWD", "BHD", "OMR", "JOD", "TND", "LYD", "IQD"})
#: Between the two numbers of a share: 'nine in ten', '1 out of 4', 'five out of every 100'.
_RATIO_JOIN = r"\s+(?:in|out\s+of)\s+(?:every\s+)?"
_RATIO_SPLIT = re.compile(_RATIO_JOIN, re.IGNORECASE)
#: A period compared with the one before ('month-on-month', 'year-over-year', 'day-to-day'):
#: how a rate is measured, not a length of time.
_NOT_PER_PERIOD = r"(?!-(?:on|over|to)-)"
#: Words that add time to time already spent, between a number and its period: 'three more
#: months', '3 more hours per week', 'an additional week'.
_ADDED = r"(?:more|further|additional|extra)"
#: 'a year', 'an hour' and 'the past decade': one period, as long as its noun says ('the last
#: year' is a date, where 'the past decade' is ten years gone by). The noun is singular: 'a
#: months-long vacuum' gives no length.
_ONE_PERIOD_OPENING = (
    rf"an?(?={_SEP}(?:{_ADDED}{_SEP})?(?:decade|year|month|week|day|hour|century)\b"
    rf"{_NOT_PER_PERIOD})"
    rf"|the\s+(?:past|last)(?={_SEP}decade\b)"
)
_YEAR = r"(?:1[89]|20)\d\d"
#: The M of 'N in M': a number, never a year ('5 in 2019').
_DENOMINATOR = rf"(?:(?!{_YEAR}\b)\d+|{_HUNDREDS})"
#: A slash beside a year is a date or a number of that year, never a fraction: a fiscal year
#: ('2019/20'), a month ('5/2019') or a law's or case's number ('law no. 9/2009').
_SLASHED_YEAR = re.compile(rf"{_YEAR}/\d\d(?:\d\d)?|\d+/{_YEAR}")
#: A weekday and its date in brackets, as Brazilian and Indonesian copy writes it ('this Tuesday
#: (10/26)', 'on Friday (27/10)'): the slash joins day and month, not a fraction.
_WEEKDAY_BRACKET = re.compile(rf"\b(?:{'|'.join(sorted(WEEKDAYS))})\s*\($", re.IGNORECASE)
#: A whole number and a proper fraction, joined by a hyphen or space or printed as one
#: character, glued or spaced: '1-1/2 times', '2 1/2 years', '3½ per cent', '2 ½ years'.
_MIXED = rf"(?!{_YEAR}\b)\d+(?:[- ]\d/\d{{1,2}}(?![\d/])|[ ]?[{''.join(_VULGAR_FRACTIONS)}])"
_MIXED_PARTS = re.compile(r"(\d+)[- ]?(?:(\d)/(\d+)|(.))")
_NUMBER = rf"""
    (?P<mixed>{_MIXED})
  | (?P<frac>\d+/\d+(?:st|nd|rd|th)?)
  | (?P<ratio>(?:\d+|{_UNDER_100}){_RATIO_JOIN}{_DENOMINATOR})
  | (?P<wordfrac>(?:{_UNDER_100}|an?){_SEP}{_FRACTION_WORD})
  | (?P<vague>{_VAGUE})
  | (?P<halved>\d+{_AND_A_HALF})       # '12 and a half years'
  | (?P<digits>{_LAKH_GROUPS}|{_DECIMAL_COMMA}|{_CENTS_COMMA}
              | \d{{1,3}}(?:,\d{{3}}|{_MISPRINTED_GROUP})+(?:\.\d+)?
              | {_SIGNED_SPACED_GROUP}
              | \d{{1,3}}(?:{_GROUP_SPACE}\d{{3}})+(?!\d)    # '1 000', '7 100': space-grouped
              | \d+(?:\.\d+|\.(?=%))?(?!,\d{{3}}))  # never '18' of '18,000rpm'
  | (?P<times>{_alternatives(_TIMES)})
  | (?P<words>{_WORDNUM})
  | (?P<article>half\s+an?|half|{_ONE_PERIOD_OPENING})
"""
_QUALIFIER_RE = _alternatives(_QUALIFIERS)
#: One of `_TRAILING_QUALIFIERS` right after a figure; 'or more than 20' opens the next figure.
_TRAILING_QUALIFIER = re.compile(
    rf"(?:\s+|(?=-))(?P<trail>{_alternatives(_TRAILING_QUALIFIERS)})\b(?!\s+than\b)",
    re.IGNORECASE,
)
_CURRENCY_SIGN = (
    f"{_alternatives(s for s in _CURRENCY_SIGNS if s not in _SIGN_CHARS)}|[{_SIGN_CHARS}]"
)
_SCALE_ABBREVIATION = (
    r"dozen|hundred|thousands?|millions?|billions?|trillions?|lakhs?|lacs?|crores?|"
    r"mil|mln|bil|bln|bn|mn|trn|tn|m|b|k"
)
#: 'second' only where no hyphen follows ('900 seconds', a '30-second advert'; not 'one
#: second-round vote', where it is an ordinal).
_DURATION = r"year|month|week|day|hour|minute|second(?=s?(?![\w-]))|decade|centur(?:y|ie)"
#: Units of weight, length and area, each to the unit a figure in it is given in.
_MEASURES = {
    **dict.fromkeys(("t", "tonne", "tonnes", "ton", "tons"), "tonnes"),
    **dict.fromkeys(("metric ton", "metric tons", "metric tonnes"), "tonnes"),
    # volumes of water and gas ('1,000 cubic meters', '5m3')
    **dict.fromkeys(("cubic metres", "cubic meters", "cubic metre", "cubic meter"), "m3"),
    **dict.fromkeys(("m3", "m³"), "m3"),
    **dict.fromkeys(("kg", "kilo", "kilos", "kilogram", "kilograms"), "kg"),
    # drugs as court copy weighs them ('4 grams 69mg of cannabis')
    **dict.fromkeys(("gram", "grams", "gramme", "grammes"), "grams"),
    **dict.fromkeys(("mg", "milligram", "milligrams"), "mg"),
    **dict.fromkeys(("km", "kilometre", "kilometres", "kilometer", "kilometers"), "km"),
    **dict.fromkeys(("metre", "metres", "meter", "meters"), "metres"),
    **dict.fromkeys(("ft", "feet"), "feet"),
    **dict.fromkeys(("mile", "miles"), "miles"),
    "knots": "knots",  # a boat's speed ('travelling at 26.3 knots'); the singular is a tie
    # floor space as property and business copy gives it ('a 10,000 sq ft unit')
    **dict.fromkeys(("sq ft", "sq. ft.", "sqft", "square feet", "square foot"), "sq ft"),
    **dict.fromkeys(("sq m", "sqm", "square metres", "square meters", "square metre"), "sq m"),
    **dict.fromkeys(("acre", "acres"), "acres"),
    **dict.fromkeys(("ha", "hectare", "hectares"), "hectares"),
    # land as Levantine and Egyptian copy measures it ('two plots, 78 dunums', '500 feddans')
    **dict.fromkeys(("dunum", "dunums", "dunam", "dunams", "donum", "donums"), "dunums"),
    **dict.fromkeys(("feddan", "feddans"), "feddans"),
    **dict.fromkeys(("lb", "lbs"), "lbs"),  # weights in pounds ('130 lbs of cannabis')
    **dict.fromkeys(("litre", "litres", "liter", "liters"), "litres"),
    # oil and fuel as energy copy counts it ('up to 5 billion barrels', '300,000 bbl')
    **dict.fromkeys(("barrel", "barrels", "bbl"), "barrels"),
    **dict.fromkeys(("kw", "kilowatt", "kilowatts"), "kW"),
    **dict.fromkeys(("watt-hour", "watt-hours"), "Wh"),  # national totals ('80 billion watt-hours')
    **dict.fromkeys(("kwh", "kilowatt-hour", "kilowatt-hours"), "kWh"),
    **dict.fromkeys(("mw", "megawatt", "megawatts"), "MW"),
    **dict.fromkeys(("mwh", "megawatt-hour", "megawatt-hours"), "MWh"),
    **dict.fromkeys(("gw", "gigawatt", "gigawatts"), "GW"),
    **dict.fromkeys(("gwh", "gigawatt-hour", "gigawatt-hours"), "GWh"),
    # a stock index's level and a score ('closed at 8,498.6 points'); not the singular, which
    # is rarely a level ('at one point')
    **dict.fromkeys(("points", "pts"), "points"),
    "cc": "cc",  # an engine's size, as vehicle taxes and duties give it ('under 1800cc')
}
#: The unit of a multiple ('five times the rate', 'four-fold'): a bare number, as a count is.
MULTIPLE = "times"
#: After 'times', the words that make it a multiple ('times the rate', 'times over 1995', 'times
#: as many'), where 'amended 26 times since' counts how often.
_COMPARED = "the|as|over|more|higher|greater|larger|bigger|than"
_MEASURE_WORDS = "|".join(
    re.escape(w) for w in sorted((w for w in _MEASURES if w != "t"), key=len, reverse=True)
)
#: A slash and a unit of measure or time right after a number: a price per unit ('P33/kg'),
#: which a one-letter currency sign counts before (`_currency_as_written`).
_PER_UNIT_AFTER = re.compile(rf"/(?:{_MEASURE_WORDS}|{_DURATION})(?![a-z])", re.IGNORECASE)
#: Right after a number too large to count votes or wins: a scale word or grouped thousands.
_AFTER_LARGE = r"(?:(?<=illion\s)|(?<=bn\s)|(?<=\d,\d{3}\s))"
_CURRENCY_WORD = "|".join(
    # 'p' is pence, but not in a clock time ('10 p.m.', '12 p.m,')
    r"p(?!\.m\b)" if word == "p" else rf"{_AFTER_LARGE}won" if word == "won" else f"{word}s?"
    for word in sorted(_CURRENCY_WORDS, key=len, reverse=True)
)
_CURRENCY_NATION = "|".join(
    re.escape(nation).replace(r"\ ", r"\s+") for nation in _CURRENCY_NATIONS
)
#: A shared currency named with its nation before the number, as African and Asian wire copy
#: writes it ('US dollars 2.5 million', 'Kenya shillings 500', 'Namibian dollar 12,47'): in
#: `_FIGURE_RE`'s 'cur' group, as a sign is.
_NAMED_NATION = _alternatives(sorted(_SHARED_NATIONS))
_NAMED_CURRENCY = rf"{_alternatives(_NATIONAL_CODES)}s?(?![a-z])"
_NAMED_BEFORE = rf"(?P<bnation>{_NAMED_NATION})\s+(?P<bword>{_NAMED_CURRENCY})"
#: Every code read after its number, lower-cased as the scan reads it ('500 USD', '5m NIS');
#: a word too only right after a large number ('819 million GEL', not 'three all party').
_CODES_AFTER_NUMBER = (
    _alternatives(code.lower() for code in (*_ISO_CODES, *_CODES_AFTER))
    + rf"|(?:{_AFTER_LARGE}|(?<=thousand\s)){_alternatives(c.lower() for c in _WORD_CODES_AFTER)}"
)
#: Kinds of day and week that still count time: '20 working days', 'five school weeks', 'the
#: two remaining months'.
_DAY_KINDS = r"(?:working|business|calendar|school|full|consecutive|successive|straight|remaining)"
#: The full stop some copy writes after a currency in letters, touching its number ('KSh.20').
_ABBREVIATION_DOT = r"(?:(?<=[a-z])\.(?=\d))?"
#: A number said again in brackets before its unit, as legal and official copy writes it ('five
#: (5) years', 'thirty (30) days').
_RESTATED = rf"\s?\(\s*(?:\d[\d,]*|{_UNDER_100})\s*\)"
#: After 'half', the words that make it a share of what follows ('half of', 'half the staff',
#: 'half what they earn').
_SHARE_OF = r"\s+(?:of|the|its|their|his|her|our|all|them|those|these|what)\b"
#: A half or quarter after a unit of time ('a year and a half'), not a share of what follows
#: ('within a year and half the staff left').
_TIME_AND_A_HALF = rf"{_AND_A_HALF}(?!{_SHARE_OF})"
#: A slash before a figure only when a currency sign opens it, a second currency
#: ('$21.7m/€18.6m'); not a number after one ('3/4', '2019/20').
_NOT_AFTER_SLASH = rf"(?:(?<!/)|(?=[{_SIGN_CHARS}]))"
_FIGURE_RE = rf"""
    (?<![\w.,{_SIGN_CHARS}]){_NOT_AFTER_SLASH}
    (?:(?P<qual>{_QUALIFIER_RE})(?P<qualsep>\s+|-))?
    (?P<cur>{_NAMED_BEFORE}|{_CURRENCY_SIGN})?{_ABBREVIATION_DOT}\s?
    (?:{_NUMBER})
    (?P<restated>{_RESTATED})?
    (?:(?P<scalesp>\s*|-)(?P<scale>{_SCALE_ABBREVIATION})(?![a-z]))?
    (?P<unit>
        (?:\s*|-)(?P<pct>%|per[\s-]*cent|percent|pct?(?![a-z])|percentage\s+points?)
      | [\s-]+(?:{_ADDED}\s+)?(?:(?P<kind>{_DAY_KINDS})\s+)?
        (?P<dur>{_DURATION})s?(?P<durhalf>{_TIME_AND_A_HALF})?
        (?:[\s-]+olds?|-long)?(?![a-z]){_NOT_PER_PERIOD}
      | (?:\s+of)?(?:\s*|-)(?:(?P<nation>{_CURRENCY_NATION})\s+)?
        (?P<curword>{_CURRENCY_WORD}BOUND_WORDS)(?![a-z])  # BOUND_WORDS: `_Patterns.compile`
      | (?P<slash>/-)  # shillings as East African copy writes them: '28 billion/-', '2bn/-'
      | (?P<ages>(?<=\d)['’]?s)(?![a-z])  # with an apostrophe too: 'the 90’s', 'her 40's'
      | (?:\s*|-)(?P<measure>{_MEASURE_WORDS}|(?<=\d)t)(?![a-z])
      | (?:\s+|-)(?P<multiple>fold|times(?=\s+(?:{_COMPARED})\b))
      | (?:\s|(?<=\d))  # the code after a space, or glued to its digits ('300,000RSD')
        (?P<code>{_CODES_AFTER_NUMBER})(?![a-z])
    )?
    (?:(?<=%)(?=[a-z])|(?![\w%]))  # a word may touch a per cent sign ('the 20%withholding tax')
"""
#: A comma, or a hyphen right after a number whose unit a later one carries ('three- or six-month
#: terms', 'two- and three-year deals'); not a dash set off by spaces ('won 3 - and 2 weeks').
_SUSPENDED = r"[,-]?"
#: Between the items of a list: 'six, three and three', '2, 3 or 4'.
_LIST_JOIN = re.compile(rf",\s*|{_SUSPENDED}\s+(?:and|or)\s+")
#: Between numbers offered as alternatives: 'two or three', 'six, seven, eight'.
_ALTERNATIVE_JOIN = re.compile(rf",\s*|{_SUSPENDED}\s+or\s+")
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to)\s*", re.IGNORECASE)
#: After 'between' and a number: 'and', or 'to' or a dash as some copy writes it ('between 35
#: to 60%', 'between 7-9 billion FCFA').
_AND_JOIN = re.compile(r"\s+(?:and|to)\s+|\s*[-–]\s*", re.IGNORECASE)
#: A ceiling after a floor, as statutes give a term or a fine: 'no less than five years and
#: not exceeding ten years', 'at least 20 and up to 40'.
_CEILINGS = [q for q, bound in _QUALIFIERS.items() if bound == "at most" and q != "within"]
_CEILING_JOIN = re.compile(rf"\s+and\s+(?:{_alternatives(_CEILINGS)})\s+", re.IGNORECASE)
#: Words of a vote right before or after a pair: 'voted 24-22', 'lost 30-42', 'a 5-4 vote'.
_VOTE_WORDS = "vot(?:e|es|ed|ing)|lost|won|carried|defeated|passed|cleared|rejected|approved|margin"
_TALLY_BEFORE = re.compile(rf"\b(?:{_VOTE_WORDS})\s+(?:(?:was|were|by|of|an?)\s+)*$", re.IGNORECASE)
#: A tally after the body that cast it ('passed the Senate 68-32', 'cleared Parliament 94–62'):
#: the capitalised words before the number name the chamber, not the number.
_CHAMBER = r"(?:the\s+)?[A-Z][\w’'-]*\s+(?:(?:of\s+)?[A-Z][\w’'-]*\s+)*"
_TALLY_BODY_BEFORE = re.compile(rf"\b(?i:{_VOTE_WORDS})\s+{_CHAMBER}$")
_TALLY_SECOND = re.compile(r"\s?[-–]\s?\d")
_TALLY_AFTER = re.compile(
    r"\d+\s+(?:vote|votes|ballot|decision|majority|split|verdict)\b", re.IGNORECASE
)
#: Words naming the level a change starts from: 'from the present ₹25,000 to ₹50,000'.
_NOW_WORDS = "present|current|existing"
#: 'from 62 to 64' (also 'from the current 62 to 64', 'from the 62') is a change between two
#: figures, not a range; 'ranging from 35 to 75%', 'varying from 2 to 4' and 'anywhere from 20
#: to 50' are.
_FROM_BEFORE = re.compile(
    r"\b(?P<ranging>(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere)\s+)?from\s+"
    rf"(?:the\s+)?(?:(?:{_NOW_WORDS})\s+)?$",
    re.IGNORECASE,
)
#: A month before a day: a full stop only after a short name ('Sept. 3'), for after a full name it
#: ends a sentence ('in March. 3 workers left').
_MONTH_SHORT = "|".join(sorted(MONTHS - MONTH_NAMES, key=lambda w: (-len(w), w)))
_MONTH_WRITTEN = rf"(?:(?:{_MONTH})|(?:{_MONTH_SHORT})\.)"
#: Before a year older than `_is_date` reads bare, what dates a thing by it ('Founded in 1638',
#: 'built in 1420', 'dating from 1750').
_FOUNDED_BEFORE = re.compile(
    r"\b(?:(?:founded|established|built|formed|created)\s+in"
    r"|dat(?:ing|es|ed)\s+(?:from|back\s+to))\s+$",
    re.IGNORECASE,
)
_DATE_BEFORE = re.compile(rf"{_MONTH_WRITTEN}\s+$", re.IGNORECASE)
_DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\b", re.IGNORECASE)
#: The first day of a span and what joins it to the last, after a month ('May 1-2', 'Nov. 3 to
#: 5'): the last day is a date too. Not 'and': 'on March 3 and 4 workers quit' may count.
_MONTH_DAY = rf"\b{_MONTH_WRITTEN}\s+\d{{1,2}}(?:st|nd|rd|th)?"
_DAY_SPAN_END = re.compile(
    rf"{_MONTH_DAY}(?:\s*[-–]\s*|\s+(?:to|until|through)\s+)$",
    re.IGNORECASE,
)
#: A month's day and 'and' before a day the clause ends on: two dates ('a strike on March 5 and
#: 6, confirming'), where 'March 3 and 4 workers' goes on to what 4 counts.
_DAY_PAIR_END = re.compile(rf"{_MONTH_DAY}\s+and\s+$", re.IGNORECASE)
_DAY_ENDS_CLAUSE = re.compile(r"(?:st|nd|rd|th)?\s*(?:[,.;:)]|$)")
#: A name or model code ending in a dash right before a number: 'COVID-19', 'A-1', and a code of
#: letters and digits, 'B737-800', 'A320-200', whose first part the figure scan never reads; copy
#: sometimes spaces the number off the dash ('COVID- 19 pandemic') or the dash off a capitalised
#: name ('Covid -19 regulations'; not 'growth of -0.3%'), or leaves the dash out ('the covid 19
#: pandemic').
_CODE_BEFORE = re.compile(r"[A-Za-z](?:\w*\d)?- ?$|\b[A-Z]\w* -$|\b(?i:covid) $")
#: A small bare number in brackets that opens an item of a list: '(1) the withdrawal of most
#: counts, (2) agreed facts', 'whether the merger will (1) prevent': a marker, not a count.
_MARKER_OPEN = re.compile(r"(?:^|[\s:;,])\($")
_MARKER_CLOSE = re.compile(r"\)\s+[a-z]")
_MARKER_MAX = 20
#: After a small bare number that opens a line: a full stop or bracket and a word, as statements
#: number their points ('1. To allocate 5 billion FRW', '2) The union'): a marker, not a count.
_LINE_MARKER_CLOSE = re.compile(r"[.)][ \t]+[A-Za-z]")
#: What joins the first day or hour of a span to its last ('11-30 October', '7 to 11 a.m.').
_DAY_SPAN = re.compile(r"(?:[-–]|\s+(?:to|and|until)\s+)\d{1,2}(?![\d.,])")
#: What follows a year or date skipped as one: '2011-12', '3/2011'.
_YEAR_TAIL = re.compile(r"(?:/|-|–)\d{2,4}\b")
#: What makes a number up to 31 a day or month: '/12', '/2011', '-2011', '-12-2011', a second
#: dotted part ('5.7.23', read as 5.7 and '.23'); a dash and two digits alone is a tally or a
#: range ('voted 24-22', 'aged 18-24'), not a date.
_DAY_TAIL = re.compile(r"/\d{2,4}\b|[-–](?:\d{4}|\d{1,2}[-–/]\d{2,4})\b|\.\d{1,4}\b")
#: After 'a third', 'half': what makes it a share ('a third of staff', 'half the') rather
#: than a position ('a third term', 'half-time'): 'of', a determiner, or the end of the phrase.
_SHARE_AFTER = re.compile(rf"{_SHARE_OF}|\s*(?:[^\w\s-]|$)", re.IGNORECASE)
#: Before 'half': a position ('the second half', 'the first half of the year').
_HALF_POSITION = re.compile(r"\b(?:the|first|second|latter|former)\s+$", re.IGNORECASE)
#: After a share in words, what makes it a share of a number in words ('a quarter of a
#: million') or of a long period ('a quarter of a century'), not of a thing ('a quarter of the
#: staff').
_OF_A_SCALE = re.compile(rf"\s+of\s+(an?\s+(?:{_alternatives(_SCALE_WORDS)}|century|decade)\b)")
_NUMBER_WORDS = _alternatives([*_UNITS, *_SCALE_WORDS, *_VAGUE_WORDS, "hundred"])
#: Verbs of speech after 'one' and a person: an unnamed source quoted ('one trader said', 'one
#: resident told reporters'), who is not a head-count of one.
_SOURCE_VERBS = words(
    "said says told tells added explained complained recalled noted insisted lamented declared"
    " stated argued remarked commented stressed replied"
)
_ONE_COUNTED = re.compile(
    rf"\s+(?:{_alternatives([*_ONE_PERSON, 'vote', 'voted', 'abstained', 'abstention'])})\b"
    rf"(?!\s+of\b|['’]s\b|\s+(?:{_alternatives(_SOURCE_VERBS)})\b)",
    re.IGNORECASE,
)
#: Before a number: 'per', which makes it the denominator of a rate ('EC$10 per 1000 gallons',
#: '4.5 per 100,000 people'), not a quantity given.
_PER_BEFORE = re.compile(r"\bper\s+$", re.IGNORECASE)
#: After a bare 'zero', a plural noun in lower case, which it counts ('aim for zero expiries');
#: not a noun it qualifies ('zero tolerance', 'zero-based budgeting').
_ZERO_COUNTED = re.compile(r"[ \t]+[a-z]{2,}[^s\W]s\b")
#: Before a bare 'one': 'no', which makes it nobody ('no one voted').
_NO_ONE = re.compile(r"\bno\s+$", re.IGNORECASE)
#: Before a bare 'one': 'only' or 'just', which count it ('just one other practice').
_ONLY_ONE = re.compile(r"\b(?:only|just)\s+$", re.IGNORECASE)
#: After a bare 'one': 'of', which picks one out of a group ('one of them') rather than counting.
_ONE_OF = re.compile(r"\s+of\b", re.IGNORECASE)
#: A number other than 'one', in digits or words, beside a bare 'one' (`_ONE_OR_MORE`, `_TALLY_TO`).
_OTHER_NUMBER = rf"(?:\d+|\b(?!one\b)(?:{_UNDER_100})\b)"
#: After a bare 'one': a larger number it is offered against ('one or two', 'one to three
#: weeks'), which makes it the low end of a range.
_ONE_OR_MORE = re.compile(rf"\s+(?:or|to)\s+{_OTHER_NUMBER}", re.IGNORECASE)
#: Before a bare 'one': the other side of a tally ('voted by eight to one', '11 votes to one').
_TALLY_TO = re.compile(rf"{_OTHER_NUMBER}\s+(?:votes?\s+)?to\s+$", re.IGNORECASE)
#: Before 'a year', 'a week': what makes it a rate ('£25,200 a year', 'three per cent a year',
#: '300 people a day', '800kw of power a year', 'four million tonnes of coal a year', 'twice a
#: week'): a number and at most three words, or a frequency word; a sum said again in brackets
#: sits between ('$34.50 (£3.42) an hour', '3,505 cedis (54 US cents) a day').
_RATE_BEFORE = re.compile(
    rf"(?:(?:\d|\b(?:{_NUMBER_WORDS})\b)[\d,.%]*[a-z-]*\)?(?:\s+[a-z’']+){{0,3}}\)?"
    r"|\b(?:once|twice|thrice|times|per|each))\s*$",
    re.IGNORECASE,
)
#: After 'twice' or 'thrice', what makes it a multiple or a rate ('twice as many', 'twice the
#: size', 'twice a week', 'twice-weekly'), not a count of times.
_TIMES_MULTIPLY = re.compile(
    r"-|\s+(?:as|the|that|this|its|their|his|her|a|an|per|over|daily|weekly|monthly|yearly)\b",
    re.IGNORECASE,
)
#: A dot and a lower-case word joined to a number: it is part of a web address ('24.kg', '9.com'),
#: where a sentence's full stop has a space or a capital after it.
_WEB_NAME_AFTER = re.compile(r"\.[a-z]{2,}\b")
#: A petrol grade after its number: '92-octane gasoline', 'the 95 octane price'.
_GRADE_AFTER = re.compile(r"[\s-]octane\b", re.IGNORECASE)
#: A number's length in digits ('a 10-digit figure', 'a six-figure salary'): how big another
#: number is, not a count.
_DIGITS_LONG_AFTER = re.compile(r"-(?:digit|figure)s?\b", re.IGNORECASE)
#: Half and half: 'a 50-50 joint venture', 'a 50-50 chance' share evenly; neither half counts.
_EVEN_SPLIT_AFTER = re.compile(r"-50\b")
_EVEN_SPLIT_BEFORE = re.compile(r"\b50-$")
#: A year after 'of' numbers an instrument of that year ('Order No. 27 of 1972', 'Act 5 of
#: 2019'), as a bill's number names it: not a count.
_OF_YEAR_AFTER = re.compile(r"\s+of\s+(?:18|19|20)\d\d\b(?![\d,])")
#: After 'the' and a number in words, what shows no noun follows: it names people or things said
#: before ('The five have been held since May', 'the three, Ruoho, Packalen'), no new count.
_NO_NOUN_AFTER = re.compile(
    r"\s*[,.;:]|\s+(?:had|have|has|were|are|was|is|will|would|who|could|did|must)\b"
)
#: A unit's abbreviation of two letters written as a name is ('Ha', 'Km') before another
#: capitalised word: a name after a number ('Hospital No. 2 Ha Manh Tuan said'), no unit; not
#: before a title-case headline's preposition ('Clears 40 Ha Of Forest').
_NAME_NOT_UNIT = re.compile(
    rf"[A-Z][a-z]\s+(?!(?i:{'|'.join(sorted(_TITLE_PREPOSITIONS))})\b)[A-Z]"
)
#: Between a bare part and the whole it is part of ('4 of the 6 percent').
_PART_OF = re.compile(r"\s+of\s+(?:the|its|their|a)\s+", re.IGNORECASE)
#: 'point' between a whole number and its tenths as copy spells a decimal out ('21-point-two
#: percent'), and the values a single digit of tenths takes.
_POINT_JOIN = re.compile(r"[\s-]point[\s-]", re.IGNORECASE)
_DIGIT_VALUES = frozenset(range(10))
#: Before 'twice' in the idiom for hesitating ('have to think twice whether'): no count.
_THINK_BEFORE = re.compile(r"\bth(?:ink|inks|inking|ought)\s+$", re.IGNORECASE)
#: Between 'from 62' and a bare '64': the second takes the unit of the first.
_TO_JOIN = re.compile(r"\s*(?:to|-|–)\s*$", re.IGNORECASE)
#: The same change written the other way round: 'rose to 46/- from 34'.
_FROM_JOIN = re.compile(r"\s+from\s+", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
#: Between 'two percent' and a bare 'four' in a series whose items each end on the same
#: preposition and noun ('two percent in year two, four in year three'): the unit is written
#: once.
_SERIES_PREPOSITIONS = "in|for|on|at|by"
_SERIES_HEAD = rf"\s+(?P<head>(?:{_SERIES_PREPOSITIONS})\s+[a-z]+)\b"
_SERIES_JOIN = re.compile(rf"{_SERIES_HEAD}[^\d,;.()]{{0,20}},\s+(?:and\s+)?", re.IGNORECASE)
_SERIES_NEXT = re.compile(_SERIES_HEAD, re.IGNORECASE)
#: Between a percentage and a bare number that a year follows: the last of a series of yearly
#: rates, whose unit is written once ('next year a four percent increase and 3.5 in 2027', 'a
#: 3% rise in 2026 and 4 in 2027').
_YEARLY_SERIES_JOIN = re.compile(rf"(?:\s+(?:[a-z]+|{_YEAR})){{0,3}},?\s+and\s+", re.IGNORECASE)
_IN_YEAR_AFTER = re.compile(rf"\s+in\s+{_YEAR}\b")
#: Between a sum or a rate and a bare number that a year heads: the next item of a yearly series
#: whose unit is written once ('173 000 tenge, and in 2023 – 210 000', '4% in 2024 and in 2025,
#: 5').
_YEAR_LED_JOIN = re.compile(
    rf"(?:\s+in\s+{_YEAR})?,?\s+(?:and\s+)?(?:in|by|for)\s+{_YEAR}\s*(?:[,:–—-]\s*)?",
    re.IGNORECASE,
)
_CANDIDATE_WORDS = _alternatives(
    [*_UNITS, *_SCALE_WORDS, *_VAGUE_WORDS, *_DENOMINATORS, *_TIMES]
    + ["hundred", "several", "few", "couple"]
)
_CANDIDATE_RE = (
    rf"[\d{_SIGN_CHARS}]|\b(?:{_CANDIDATE_WORDS}"
    rf"|{_ONE_PERIOD_OPENING})"
    r"s?\b"
)
#: A word start a figure can open at, before or at its candidate: a qualifier, a currency
#: sign, a digit, a number word, 'a' ('a quarter', 'a few hundred'), 'time and a half' or 'the
#: past decade'.
#: Finding these before a candidate with this cheap pattern spares the full one at most word
#: starts.
_OPENING_RE = rf"""(?<![\w{_SIGN_CHARS}])
    (?=(?:{_QUALIFIER_RE})(?:\s+|-)|{_CURRENCY_SIGN}|{_NAMED_NATION}\s+{_NAMED_CURRENCY}\s?\d
      |\d|an?[\s-]|{_CANDIDATE_WORDS}|time{_AND_A_HALF}|{_ONE_PERIOD_OPENING})"""


#: An ordinal that counts the time something has run: after 'enter' or 'in its', or with 'straight'
#: ('entered its fourth week', 'now into their 10th day', 'for a third straight year').
_ELAPSED_ORDINAL = rf"(?:{'|'.join(_ORDINALS)}|\d+(?:st|nd|rd|th))"
_ELAPSED_LEAD = (
    r"(?:enter(?:s|ed|ing)?(?:\s+(?:its|their|the|a))?|in(?:to)?\s+(?:its|their)|for\s+a"
    r"(?=\s+\w+\s+(?:day|week|month|year)\b))\s+"  # 'for a fifth day'; not 'third straight'
)
_IN_A_ROW = r"(?:straight|consecutive|successive)\s+"
_PERIOD = r"(?:day|week|month|year)(?![\w-])"
#: After a period, what makes its ordinal a run of them ('for the second month running').
_RUNNING = r"\s+(?:running|in\s+a\s+row)\b"
#: An ordinal that counts how often a thing has happened ('the 7th time', 'for the second
#: time'); not 'the first time', which tells that it is new, not how often.
_REPEAT_ORDINAL = rf"(?!first\b|1st\b){_ELAPSED_ORDINAL}"
_TIME = r"time(?![\w-])"
#: A term in office that 'a' and an ordinal count ('re-elected for a third term'); 'his second
#: term' and 'the third term' of a school year are a place in a series.
_TERM = r"term(?![\w-])"
#: 'time' or 'term' where an ordinal may stand before it (every ordinal ends so: 'second',
#: 'third', '7th'), found apart from the periods: its literal opening keeps the scan fast.
_ORDINAL_TIME = r" t(?:ime|erm)(?<=(?:st|nd|rd|th) t(?:ime|erm))(?![\w-])"
#: Industrial and street action, whose day an ordinal numbers ('on the ninth day of protests',
#: 'the third week of the indefinite strike'): that long it has run.
_ACTION = (
    r"(?:strike|protest|walkout|sit-in|stoppage|shutdown|boycott|lockout|demonstration"
    r"|picket|agitation)s?|industrial\s+action"
)
_OF_ACTION = rf"\s+of\s+(?:(?:the|their|its)\s+)?(?:[a-z-]+\s+)?(?:{_ACTION})\b"
_ELAPSED_RE = rf"""
    \b(?:{_ELAPSED_LEAD}(?P<ord>{_ELAPSED_ORDINAL})\s+(?:{_IN_A_ROW})?
    | (?P<run>{_ELAPSED_ORDINAL})\s+{_IN_A_ROW}
    | (?P<trail>{_ELAPSED_ORDINAL})\s+(?={_PERIOD}{_RUNNING})
    | (?P<of>{_REPEAT_ORDINAL})\s+(?={_PERIOD}{_OF_ACTION})
    | (?P<nth>{_REPEAT_ORDINAL})\s+(?={_TIME})
    | an?\s+(?P<term>{_REPEAT_ORDINAL})\s+(?={_TERM}))
    (?P<dur>{_PERIOD}|{_TIME}|{_TERM})(?(trail){_RUNNING})(?(of){_OF_ACTION})
"""
#: An occasion that a numbered ordinal after 'the' counts ('the 23rd collapse of a meeting',
#: 'the 48th hearing', 'the 5th coordination meeting'): that many have been held. Other nouns
#: after such an ordinal place a thing in a series ('the 14th floor', 'the 2nd respondent').
_OCCASION = rf"(?:{_ACTION}|hearing|meeting|collapse|attempt|adjournment|postponement)s?"
_OCCASION_RE = re.compile(
    rf"\bthe\s+(?P<nth>(?!1st\b)\d+)(?:st|nd|rd|th)\s+(?:[a-z-]+\s+)?{_OCCASION}(?![\w-])"
)
#: How far before its period an elapsed-time phrase may start ('entering their eleventh '), and
#: may run on after it (' in a row', ' of their indefinite strike').
_ELAPSED_REACH = 40
_RUNNING_REACH = 40


@dataclass(frozen=True)
class _Patterns:
    """The scan's patterns in one case mode: plain ones run on lower-cased text (several times
    faster than IGNORECASE), IGNORECASE ones on text that lower-casing would lengthen."""

    #: Where a figure may be: a digit, a currency sign or a number word. Scanning for these
    #: first and running the full pattern only around them keeps long texts fast.
    candidate: re.Pattern[str]
    opening: re.Pattern[str]
    figure: re.Pattern[str]
    #: Where time counted by an ordinal may end (a period's noun), and the phrase itself.
    period: re.Pattern[str]
    repeat: re.Pattern[str]
    elapsed: re.Pattern[str]

    @classmethod
    def compile(cls, flags: int, bound: frozenset[str] = frozenset()) -> _Patterns:
        """The patterns in one case mode, reading as currencies also the nation-bound words
        `bound` (`_NATION_BOUND_CURRENCIES`)."""
        words = "".join(
            f"|(?<=\\d-){re.escape(word)}" if word in _JOINED_ONLY else f"|{re.escape(word)}"
            for word in sorted(bound, key=len, reverse=True)
        )
        return cls(
            re.compile(_CANDIDATE_RE, flags),
            re.compile(_OPENING_RE, flags | re.VERBOSE),
            re.compile(_FIGURE_RE.replace("BOUND_WORDS", words), flags | re.VERBOSE),
            re.compile(_PERIOD, flags),
            re.compile(_ORDINAL_TIME, flags),
            re.compile(_ELAPSED_RE, flags | re.VERBOSE),
        )


_LOWER_CASE = _Patterns.compile(0)
_ANY_CASE = _Patterns.compile(re.IGNORECASE)


@lru_cache(maxsize=64)
def _bound_patterns(flags: int, bound: frozenset[str]) -> _Patterns:
    """The patterns for a story naming the nations of the currencies `bound`, compiled once
    (~15 ms, ~0.25 MB each): room for the few dozen sets a world-wide corpus brings."""
    return _Patterns.compile(flags, bound)


#: How far before a candidate a figure may start ('approximately US$ ...').
_LEAD = 40
_CLOCK_AFTER = re.compile(r"^(?:[.:]\d\d)?\s*(?:(?:am|pm|gmt|bst)\b|[ap]\.m\b)", re.IGNORECASE)
#: A time of day in hours and minutes without 'am' ('coming at 10:30'): the hour before the colon
#: and the minutes after it; not a rate a colon misprints ('the 4:10% rate') or a ratio ('3:1').
_CLOCK_MINUTES = re.compile(r":[0-5]\d(?![\d%:])")
_CLOCK_HOUR = re.compile(r"(?<!\d)(?:[01]?\d|2[0-4]):$")
_WORD_SPLIT = re.compile(r"[\s,-]+")
#: A time of day in four digits ('1300 hours') and the words that set a time before it.
_MILITARY_TIME = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_AT_TIME_BEFORE = re.compile(r"\b(?:at|from|until|till|by|before|after|since)\s+$", re.I)
_WHITE_SPACE = re.compile(r"\s+")
_LOWER_WORD = re.compile(r"[a-z]+")
_FOUR_DIGITS = re.compile(r"\d{4}")
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_HALF_SUFFIX = re.compile(rf"{_AND_A}({'|'.join(_PARTS_OF_ONE)})", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedFigure:
    """A figure read from text: `value` multiplied out (lower bound of a range), with its unit.

    `vague` marks a stated magnitude ('thousands'), not an exact number. `nation_unsaid` marks
    a currency several nations share whose figure does not say whose ('$5m'): its code was
    taken from the text around it, or is the one most written. `proportion` marks a share
    written as two numbers ('three out of five'), each of which also counts something.
    """

    raw: str
    value: float
    unit: str
    scale: float = 1.0
    qualifier: Qualifier | None = None
    low: float | None = None
    high: float | None = None
    start: int = 0
    end: int = 0
    vague: bool = False
    nation_unsaid: bool = False
    proportion: bool = False


def words_to_number(words: str) -> tuple[float, float] | None:
    """A number written in words and the scale word it ends on ('two million' -> 2e6, 1e6)."""
    text = _HALF_SUFFIX.sub(lambda m: f" +{m.group(1).lower()}", words.lower())
    total = current = 0.0
    scale = 1.0
    for word in _WORD_SPLIT.split(text.strip()):
        scale = 1.0
        if word in ("and", ""):
            continue
        if word in ("a", "an", "time"):
            current = 1.0
        elif word.startswith("+") and word[1:] in _PARTS_OF_ONE:  # '+half', as written above
            current += _PARTS_OF_ONE[word[1:]]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _SCALE_WORDS:
            scale = _SCALE_WORDS[word]
            total += (current or 1) * scale
            current = 0.0
        elif word in _UNITS:
            current += _UNITS[word]
        else:
            return None
    return total + current, scale


def _plain_number(text: str) -> float | None:
    """Digits or words, for the parts of a proportion ('nine in ten', '1 in 4')."""
    text = text.replace(",", "")
    if text.replace(".", "", 1).isdigit():
        return float(text)
    read = words_to_number(text)
    return read[0] if read else None


def _base_number(m: re.Match[str]) -> tuple[float, float] | None:
    """The number before any scale abbreviation, and the scale word it ends on."""
    if frac := m.group("frac"):
        num, den = re.match(r"(\d+)/(\d+)", frac).groups()  # type: ignore[union-attr]
        # a share is less than one: '24/7' (always) is not
        return (int(num) / int(den), 1.0) if int(num) < int(den) else None
    if mixed := m.group("mixed"):  # '1-1/2', '2½'
        whole, num, den, glyph = _MIXED_PARTS.match(mixed).groups()  # type: ignore[union-attr]
        if glyph:
            return int(whole) + _VULGAR_FRACTIONS[glyph], 1.0
        return (int(whole) + int(num) / int(den), 1.0) if int(num) < int(den) else None
    if ratio := m.group("ratio"):  # 'nine in ten', '1 out of 4'
        parts = _RATIO_SPLIT.split(ratio)
        num, den = (_plain_number(part) for part in parts)
        return (num / den, 1.0) if num and den and num < den else None
    if wordfrac := m.group("wordfrac"):  # 'two-thirds', 'seven-tenths', 'a quarter'
        *numerator, denominator = _WORD_SPLIT.split(wordfrac.lower())
        num = _plain_number(" ".join(numerator))
        return (num / _DENOMINATORS[denominator.removesuffix("s")], 1.0) if num else None
    if vague := m.group("vague"):
        value = 1.0
        for word in _LOWER_WORD.findall(vague.lower()):
            value *= (
                _VAGUE_WORDS.get(word)
                or _SCALE_WORDS.get(word)
                or _SCALES.get(word)
                or _AT_LEAST_TWO.get(word, 1)
            )
        return value, 1.0
    if halved := m.group("halved"):
        whole, part = _HALF_SUFFIX.split(halved)[:2]
        return int(whole) + _PARTS_OF_ONE[part.lower()], 1.0
    if digits := m.group("digits"):
        if _DECIMAL_COMMA_NUMBER.fullmatch(digits):
            return float(digits.replace(",", ".")), 1.0
        return float(digits.translate(_UNGROUPED).rstrip(".")), 1.0
    if times := m.group("times"):
        return _TIMES[times.lower()], 1.0
    if words := m.group("words"):
        return words_to_number(words)
    article = _WHITE_SPACE.sub(" ", m.group("article").lower())
    return (0.5 if article.startswith("half") else 1.0), 1.0


def _qualifier_words(m: re.Match[str]) -> str:
    """The qualifier a figure opens with, lower case, single-spaced ('more than'), or ''."""
    return _WHITE_SPACE.sub(" ", (m.group("qual") or "").lower())


def _year_number(m: re.Match[str], number: float) -> bool:
    """Whether a figure's digits read as a year ('in 1998'); not after a qualifier that counts
    ('more than 2000 lorries')."""
    return bool(
        _FOUR_DIGITS.fullmatch(m.group("digits") or "")
        and 1800 <= number <= 2100
        and _qualifier_words(m) not in _COUNTING_QUALIFIERS
    )


def _is_date(text: str, m: re.Match[str], number: float) -> bool:
    """Years as dates, days of months, clock times and year spans are not figures; a year
    before a kind of period names that period ('the 2015 school year')."""
    if m.group("kind") and _year_number(m, number):
        return True
    if m.group("cur") or m.group("scale") or m.group("unit"):
        return False
    if m.group("frac"):
        return bool(
            _SLASHED_YEAR.fullmatch(m.group("frac"))
            or _WEEKDAY_BRACKET.search(text, max(0, m.start() - 14), m.start())
        )
    digits = m.group("digits")
    if not digits:
        return False
    before = text[max(0, m.start("digits") - 12) : m.start("digits")]
    after = text[m.end("digits") : m.end("digits") + 24]
    if _FOUR_DIGITS.fullmatch(digits):
        if 1800 <= number <= 2100:
            return _qualifier_words(m) not in _COUNTING_QUALIFIERS  # 'more than 2000 lorries'
        if _FOUNDED_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            return True  # 'Founded in 1638': an older year, dated by its founding
    if number <= 31 and (_DATE_BEFORE.search(before) or _DATE_AFTER.match(after)):
        return True
    if number <= 31 and (span := _DAY_SPAN.match(after)):
        rest = after[span.end() :]
        if _DATE_AFTER.match(rest) or (number <= 24 and _CLOCK_AFTER.match(rest)):
            return True  # 'between 3 and 5 March', 'from 7 to 11 a.m.': a span's first day or hour
    if number <= 31 and _DAY_SPAN_END.search(text, max(0, m.start() - 24), m.start("digits")):
        return True  # 'May 1-2', 'Nov. 3 to 5': the last day of a span
    if (
        number <= 31
        and _DAY_ENDS_CLAUSE.match(after)
        and _DAY_PAIR_END.search(text, max(0, m.start() - 24), m.start("digits"))
    ):
        return True  # 'on March 5 and 6,': the second of two dates
    if number <= 24 and _CLOCK_MINUTES.match(after):
        return True
    if len(digits) == 2 and _CLOCK_HOUR.search(before) and not _CLOCK_MINUTES.match(after):
        return True
    return bool(_CLOCK_AFTER.match(after) or (number <= 31 and _DAY_TAIL.match(after)))


def _is_ordinal(text: str, m: re.Match[str]) -> bool:
    """'3rd', '30th': positions, not quantities."""
    if m.group("frac") or m.group("unit") or m.group("scale"):
        return False
    return bool(_ORDINAL_SUFFIX.match(text[m.end() : m.end() + 3]))


def _currency_word(m: re.Match[str]) -> str:
    """The currency's name as the figure writes it, singular: 'rupee', 'pence'."""
    if m.group("slash"):
        return "shilling"
    word = (m.group("curword") or m.group("bword") or "").lower()
    if word in _CURRENCY_WORDS or word in _NATION_BOUND_CURRENCIES:
        return word  # 'pence', 'leva'
    return word[:-1]  # 'rupees'


def _shared_unsaid(m: re.Match[str]) -> str | None:
    """The currency several nations share that a figure is in, where its own words do not say
    whose ('$5m', 'Sh400', '40 rupees'; not 'US$5m', '40 Indian rupees')."""
    if sign := (m.group("cur") or "").lower():
        shared = _SHARED_SIGNS.get(sign)
    else:
        word = _currency_word(m)  # 'rupee', and 'cent', whose dollar is shared
        shared = _SHARED_SIGNS.get(word, word)
    return shared if not m.group("nation") and shared in _NATIONAL_CODES else None


def _money(text: str, m: re.Match[str]) -> tuple[str, float] | None:
    """The currency of a money figure and the multiplier of a subunit (pence, cents)."""
    if code := m.group("code"):
        if code.upper() == "FCFA":
            return _cfa_code(text), 1.0
        return _CODES_AFTER.get(code.upper(), code.upper()), 1.0
    word = _currency_word(m)
    written = text[m.start("cur") : m.end("cur")]
    sign = written.lower()
    if not (sign or word):
        return None
    nation = _WHITE_SPACE.sub(" ", (m.group("nation") or m.group("bnation") or "").lower())
    code = (
        _LETTER_CURRENCIES.get(written)  # 'LE' is Egypt's pound, 'Le' the leone
        or _CURRENCY_SIGNS.get(sign)
        or _NATIONAL_CODES.get(word, {}).get(nation)
        or _CURRENCY_WORDS.get(word)
        or _NATION_BOUND_CURRENCIES.get(word, ("USD",))[0]
    )
    if shared := _shared_unsaid(m):
        code = _nation_named(text, m, shared) or code
    elif nation == "cfa":
        code = _cfa_code(text)
    if word in _THOUSANDTHS:
        if _home_code(text, "dirham") == "AED":
            return "AED", 0.01  # '50 fils' in a story from the Emirates
        return code, 0.001
    # a sign before a decimal gives the sum in its currency, the subunit after it only restating
    # it ('E0.14 cents per hour', 'US$0.50 cents'); '¢50 pesewas' is fifty of the subunit
    restated = bool(sign) and "." in (m.group("digits") or "")
    return code, 0.01 if word in _SUBUNITS and not restated else 1.0


def _nation_named(text: str, m: re.Match[str], currency: str) -> str | None:
    """Whose currency a figure in a shared one is, where the figure does not say: a nearby
    phrase naming it ('$5m (Australian dollars)'), else the nation the article names most."""
    near = text[max(0, m.start() - 300) : m.end() + 300].lower()
    named = (c for n, c in _HOME_CODES[currency].items() if f"{n} {currency}" in near)
    return next(named, None) or _home_code(text, currency)


def _unit(text: str, m: re.Match[str], number: float) -> tuple[str, float]:
    """The unit and any multiplier the unit implies (decades, pence)."""
    if m.group("pct"):
        return "percent", 1.0
    if (dur := m.group("dur")) and not m.group("cur"):  # "a $5 hour wage" is money
        if dur.lower().startswith("centur") and _SCORED.search(
            text, max(0, m.start() - 24), m.start()
        ):
            return "count", _DURATIONS[dur.lower()][1]  # 'scored a century': runs, not years
        return _DURATIONS[dur.lower()]
    if m.group("ages"):
        return "years", 1.0
    if measure := m.group("measure"):
        return _MEASURES[measure.lower()], 1.0
    if m.group("multiple"):
        return MULTIPLE, 1.0
    if (m.group("frac") or m.group("wordfrac") or m.group("ratio")) and not m.group("scale"):
        return "fraction", 1.0  # 'a quarter million dollars' is money, not a share
    if (m.group("words") or "").lower().startswith("time"):
        return "fraction", 1.0  # 'time and a half': a multiple of the usual rate
    if m.group("times"):
        return "count", 1.0  # 'twice, workers said': the times, whoever follows
    if (m.group("article") or "").lower() == "half":
        return "fraction", 1.0
    if money := _money(text, m):
        return money
    before = text[max(0, m.start() - 52) : m.start()]
    qualified = text[m.start() : m.end("qualsep")] if m.group("qual") else ""
    if _AGE_BEFORE.search(before[-12:]) or (_AGE_NEAR.search(before) and 16 <= number <= 120):
        return "years", 1.0
    if _AGE_BEFORE.search(qualified):  # 'between the ages of 15 and 49'
        return "years", 1.0
    named = _NAME_BEFORE.search(before) or _PERSON_BEFORE.search(before)
    if named and _AGE_AFTER.match(text, m.end()) and 1 <= number <= 120:
        return "years", 1.0  # 'Lawson, 25, claims': an age in apposition to a name
    if (
        _AGE_CLAUSE_BEFORE.search(before[-16:])
        and _CLAUSE_ENDS_AFTER.match(text, m.end())
        and 16 <= number <= 120
    ):
        return "years", 1.0
    after = _SENTENCE_ENDS.split(text[m.end() : m.end() + 48], maxsplit=1)[0]
    following = _LOWER_WORD.findall(after.lower())[:3]
    first = following[:1]  # 'one doctor', '24,000-strong'
    people = counts_people(following) or _ONE_PERSON.intersection(first)
    return ("people" if people or first == ["strong"] else "count"), 1.0


#: The end of a sentence, past which no word says what a number counts ('a fine of 500,000.
#: Police said').
_SENTENCE_ENDS = re.compile(r"[.!?](?:\s|$)|\n")
#: Prepositions that end the noun phrase a number counts ('182 complaints from consumers');
#: not 'of' ('300 of the drivers').
_PHRASE_ENDS = words("from to for in at by with on against over about per after before")


def counts_people(following: Iterable[str]) -> bool:
    """Whether the lower-case words after a number name people: a noun of people before any
    preposition but 'of' ('300 nurses', '517 of the union drivers'; not '182 complaints from
    consumers')."""
    for word in following:
        if word in _PHRASE_ENDS:
            return False
        if word in PEOPLE_NOUNS:
            return True
    return False


def _not_a_quantity(text: str, m: re.Match[str], number: float) -> bool:
    """'a teacher', 'one of them', 'a third term', '£25,200 a year', 'per 1000 gallons', dates,
    codes, ordinals."""
    bare = not (m.group("scale") or m.group("unit") or m.group("cur"))
    article = (m.group("article") or "").lower()
    wordfrac = (m.group("wordfrac") or "").lower()
    if wordfrac.startswith("a") and m.group("dur") and wordfrac.split()[-1] in _ORDINALS:
        return True  # 'a fifth day' is the fifth, not a fifth of one (`_elapsed_in`)
    if (article == "half" or wordfrac.startswith("a")) and not (
        m.group("qual")
        or m.group("scale")  # 'a quarter million people'
        or (m.group("dur") or "").lower() in _HALF_PERIODS
        or _SHARE_AFTER.match(text, m.end())
    ):
        return True
    if article == "half" and _HALF_POSITION.search(text, max(0, m.start() - 8), m.start()):
        return True  # 'a third of staff', 'almost a third' are shares; 'a third term' is not
    if article in ("a", "an") and bare:
        return True
    if (
        m.group("dur")
        and _MILITARY_TIME.fullmatch(m.group("digits") or "")
        and (_AT_TIME_BEFORE.search(text, max(0, m.start() - 8), m.start()))
    ):
        return True  # 'at 1300 hours', 'from 0600 hours': a clock time as wire copy writes it
    if (
        m.group("dur")
        and len(m.group("digits") or "") == 2
        and _CLOCK_HOUR.search(text, max(0, m.start("digits") - 6), m.start("digits"))
    ):
        return True  # '19:55 hours': the minutes of a clock time, not a length of time
    if m.group("ages") and (m.group("qualsep") or "") != "-" and not _decade_of_life(text, m):
        return True  # 'the 1990s'; only 'over-25s', 'under-18s', 'in his 20s' are ages
    if m.group("qualsep") == "-" and text[m.start("qual")].isupper() and not m.group("ages"):
        return True  # 'the Under-17 World Cup', 'an Over-50 league': an age group's name
    if (
        article in ("a", "an")
        and not m.group("qual")
        and (m.group("dur") or "").lower() in _SINGLE_PERIODS
        and _RATE_BEFORE.search(text, max(0, m.start() - 40), m.start())
    ):
        return True  # '£25,200 a year', 'twice a week': rates, not durations
    if not m.group("cur") and _PER_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return True
    if m.group("times") and (
        _TIMES_MULTIPLY.match(text, m.end())
        or _THINK_BEFORE.search(text, max(0, m.start() - 10), m.start())
    ):
        return True  # 'twice as many', 'twice the size', 'twice-weekly', 'think twice'
    if bare and m.group("words") and number <= 1:
        word = m.group("words").lower()
        return not (
            word == "one"
            and _one_counted(text, m)
            or word == "zero"
            and _ZERO_COUNTED.match(text, m.end())
        )
    measure = m.group("measure") or ""
    if len(measure) == 2 and _NAME_NOT_UNIT.match(text, m.start("measure")):
        return True  # '2 Ha Manh Tuan': a name, where '2 ha' is two hectares
    if bare and m.group("digits") and _GRADE_AFTER.match(text, m.end()):
        return True  # '92-octane gasoline': a grade, not a count
    if bare and m.group("digits") and _WEB_NAME_AFTER.match(text, m.end()):
        return True  # 'at 24.kg news agency': a web address
    if bare and _unsaid_split_or_size(text, m):
        return True
    if (
        bare
        and m.group("words")
        and _THE_BEFORE.search(text, max(0, m.start() - 5), m.start())
        and _NO_NOUN_AFTER.match(text, m.end())
    ):
        return True  # 'The five have been held': those counted before, no new count
    if bare and _named_or_paired(text, m):
        return True
    if bare and number <= _MARKER_MAX and _list_marker(text, m):
        return True
    return _is_date(text, m, number) or _is_ordinal(text, m)


def _unsaid_split_or_size(text: str, m: re.Match[str]) -> bool:
    """'a 10-digit figure', 'a six-figure salary', 'a 50-50 venture', 'Order 27 of 1972': a
    number's length, an even split or an instrument's number, none of them a count."""
    digits = m.group("digits") or ""
    return bool(
        _DIGITS_LONG_AFTER.match(text, m.end())
        or digits == "50"
        and (
            _EVEN_SPLIT_AFTER.match(text, m.end())
            or _EVEN_SPLIT_BEFORE.search(text, max(0, m.start() - 4), m.start())
        )
        or digits
        and _OF_YEAR_AFTER.match(text, m.end())
    )


def _list_marker(text: str, m: re.Match[str]) -> bool:
    """'(1) the withdrawal of most counts, (2) agreed facts', and '1. To allocate' opening a
    line: digits that open an item of a list number the item; they count nothing."""
    if not m.group("digits"):
        return False
    if _MARKER_OPEN.search(text, max(0, m.start() - 2), m.start()):
        return bool(_MARKER_CLOSE.match(text, m.end()))
    line_start = text.rfind("\n", 0, m.start()) + 1
    return not text[line_start : m.start()].strip() and bool(
        _LINE_MARKER_CLOSE.match(text, m.end())
    )


def _one_counted(text: str, m: re.Match[str]) -> bool:
    """A bare 'one' counts what follows it ('one nurse', 'by one vote', 'one abstained'), opens a
    range ('one or two') or ends a tally; 'no one' counts nobody. A counting qualifier or 'only'
    before it says how many ('at least one senator', 'just one would do'), but not 'one of'."""
    if _NO_ONE.search(text, max(0, m.start() - 4), m.start()):
        return False
    if _qualifier_words(m) in _COUNTING_QUALIFIERS or _ONLY_ONE.search(
        text, max(0, m.start() - 6), m.start()
    ):
        return not _ONE_OF.match(text, m.end())
    return bool(
        _ONE_COUNTED.match(text, m.end())
        or _ONE_OR_MORE.match(text, m.end())
        or _TALLY_TO.search(text, max(0, m.start() - 30), m.start())
    )


def _named_or_paired(text: str, m: re.Match[str]) -> bool:
    """'Article 50', 'Local 1119', 'Lake Seven', 'the bid by Seven', 'day two of', 'number
    four': a name, not a count; 'the two sides': a pair named before."""
    digits = m.group("digits") or ""
    # a label is never written with grouped thousands: 'phase 1 and 2,000 homes' counts homes
    if (
        digits
        and not _GROUPED.search(digits)
        and _LABEL_BEFORE.search(text, max(0, m.start() - 40), m.start())
    ):
        return True
    words = text[m.start("words") : m.end("words")] if m.group("words") else ""
    if words.istitle() and _WORD_ENDS_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        return True
    if words and _NUMBER_WORD_LABEL.search(text, max(0, m.start() - 8), m.start()):
        return True
    if _PERIOD_LABEL_BEFORE.search(text, max(0, m.start() - 8), m.start()) and (
        _PERIOD_LABEL_AFTER.match(text, m.end())
    ):
        return True
    if _RANK_BEFORE.search(text, max(0, m.start() - 8), m.start()) and (
        _RANK_AFTER.match(text, m.end())
    ):
        return True
    # a qualifier between a capitalised word and the number parts them ('the Straits Times
    # about 4,000'): a name runs into its number
    qualified = m.group("qual") and text[m.start()].islower()
    name = None if qualified else _NAME_HEAD_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if name and name["bracket"] and not _BRACKET_CLOSES.match(text, m.end()):
        name = None  # '(Total 300 workers)': the bracket goes on past the number
    if name and name.group("head").lower() not in _NOT_NAME_HEADS:
        return not (
            _TITLE_COUNTS_PEOPLE.match(text, m.end())
            or _TALLY_SECOND.match(text, m.end())
            and _TALLY_BODY_BEFORE.search(text, max(0, m.start() - 40), m.start())
        )
    before = text[max(0, m.start() - 12) : m.start()]
    return (
        (m.group("words") or "").lower() == "two"
        and bool(_THE_BEFORE.search(before))
        and bool(_PAIR_AFTER.match(text, m.end()))
    )


def _read(text: str, m: re.Match[str]) -> ParsedFigure | None:
    """One regex match (on `text` or its lower-cased copy) as a figure, or None when it is not
    a quantity."""
    base = _base_number(m)
    if base is None:
        return None
    number, word_scale = base
    if _not_a_quantity(text, m, number):
        return None
    if (restated := m.group("restated")) and _plain_number(restated.strip(" ()")) != number:
        return None  # 'Article 165 (4)': a sub-part, not the number said again
    if half := m.group("durhalf"):  # 'a year and a half', 'two hours and a quarter'
        number += _PARTS_OF_ONE[_HALF_SUFFIX.split(half)[1].lower()]
    scale_word = (m.group("scale") or "").lower()
    if scale_word in ("m", "b", "k") and m.group("scalesp") and not m.group("cur"):
        return None  # '5 m' is metres or a stray letter, not millions
    if scale_word == "m" and _in_metres(text, m):
        scale_word = ""
        unit, multiplier = "metres", 1.0
    else:
        unit, multiplier = _unit(text, m, number)
    scale = _SCALES.get(scale_word, 1.0)
    if not scale_word and _dot_thousands(m.group("digits"), unit):
        number *= 1000
    qual = _qualifier_words(m)
    # 'over three years' is a span of time ('during'), not 'more than three years'; 'for over
    # an hour', 'well over six months' are more
    more = _OVER_IS_MORE.search(text, max(0, m.start() - 10), m.start())
    span = qual == "over" and m.group("dur") and not more
    qualifier = None if span else _QUALIFIERS.get(qual)
    vague = bool(m.group("vague"))
    low: float | None = None
    high: float | None = None
    if m.group("ages") and not qual:  # 'in his 20s': twenty to twenty-nine
        qualifier, low, high = "range", number, number + 9
    return ParsedFigure(
        raw=text[m.start() : m.end()],
        value=number * scale * multiplier,
        unit=unit,
        scale=scale if scale_word else word_scale,
        qualifier=qualifier or (VAGUE_QUALIFIER if vague else None),
        low=low,
        high=high,
        start=m.start(),
        end=m.end(),
        vague=vague,
        nation_unsaid=_shared_unsaid(m) is not None,
        proportion=bool(m.group("ratio")),
    )


#: Before a decade written with an 's': a person's decade of life ('a man in his 20s', 'workers
#: in their early 30s'), not the years of a century ('in the 1990s').
_DECADE_OF_LIFE_BEFORE = re.compile(
    r"\b(?:in|into)\s+(?:his|her|their|my|our|your)\s+(?:(?:early|mid|late)[\s-]+)?$",
    re.IGNORECASE,
)


def _decade_of_life(text: str, m: re.Match[str]) -> bool:
    """Whether a number with an 's' is a decade of someone's life ('in his 20s'): an age."""
    digits = m.group("digits") or ""
    return len(digits) == 2 and bool(
        _DECADE_OF_LIFE_BEFORE.search(text, max(0, m.start() - 24), m.start())
    )


def _dot_thousands(digits: str | None, unit: str) -> bool:
    """Whether `digits` group thousands with a dot ('13.945 teachers'), not a decimal point:
    a count, or money ending in a nought in a currency without thousandths ('12.500 euros')."""
    if not digits or not _DOT_THOUSANDS.fullmatch(digits):
        return False
    family = unit_family(unit)
    money = family == "money" and digits.endswith("0") and unit not in _THOUSANDTHS_CURRENCIES
    return family == "count" or money


def _in_metres(text: str, m: re.Match[str]) -> bool:
    """'120m (394ft)', '377ft (115m)': an 'm' beside the same length in feet is metres."""
    if m.group("cur") or m.group("unit"):
        return False
    return bool(
        _FEET_AFTER.match(text, m.end())
        or _FEET_BEFORE.search(text, max(0, m.start() - 12), m.start())
    )


def _range_end(
    text: str, scan: str, figure: re.Pattern[str], first: ParsedFigure
) -> ParsedFigure | None:
    """The upper bound of '6%-8%', '1.5% to 3.5%', 'between 2 and 3 million' or 'no less than
    five years and not exceeding ten years', if present.

    A pair that falls ('217-212', 'by 316 to 113') is a tally of two figures, and 'from 62 to
    64' a change between two: neither is a range.
    """
    between = first.qualifier == "range"
    if first.vague or (not between and _change_from(text, first)):
        return None
    join = (_AND_JOIN if between else _RANGE_JOIN).match(text, first.end)
    if not join and first.qualifier == "at least":
        join = _CEILING_JOIN.match(text, first.end)
    if not join or (not between and _vote_tally(text, first, join)):
        return None
    m = figure.match(scan, join.end())
    if not m or m.group("qual") or not _currency_as_written(text, m):
        return None
    second = _read(text, m)
    if second is None or first.unit not in (*COUNT_UNITS, second.unit) and second.unit != "count":
        return None
    if first.unit == MULTIPLE != second.unit:
        return None  # 'rose four-fold to 42': the level reached, not a range's top
    if second.unit == "count":  # 'aged 16 to 24', '£5 to 10': the unit written once
        second = replace(second, unit=first.unit)
    ranged = _spanning(text, first, second)
    return None if not between and second.value <= ranged.value else ranged


def _spanning(text: str, first: ParsedFigure, last: ParsedFigure) -> ParsedFigure:
    """The range from `first` to `last`, in `last`'s unit, its value the lower bound; a scale
    written on the last alone is both's ('two to three million'), unless the first is whole
    without it ('100,000 to 2 million')."""
    low = first.value * (last.scale if last.scale != 1.0 and first.scale == 1.0 else 1.0)
    if low > last.value:
        low = first.value
    return replace(
        last,
        raw=text[first.start : last.end],
        value=low,
        qualifier="range",
        low=low,
        high=last.value,
        start=first.start,
    )


def _figure_from(
    text: str, scan: str, figure: re.Pattern[str], at: int | None
) -> ParsedFigure | None:
    """The figure read from `at` on, if there is one: the second part of a figure written in
    two ('3-year-and-6-month', 'a quarter of a million', 'two point five')."""
    m = figure.match(scan, at) if at is not None else None
    return _read(text, m) if m else None


def _compound_measure(
    text: str, scan: str, figure: re.Pattern[str], first: ParsedFigure
) -> ParsedFigure | None:
    """'a 3-year-and-6-month sentence', 'three years and six months', '4 grams 69mg': one
    length of time or weight written in two units, in the first."""
    part = _COMPOUND_PARTS.get(first.unit)
    join = _COMPOUND_AND.match(scan, first.end) if part is not None else None
    if part is None or join is None:
        return None
    second = _figure_from(text, scan, figure, join.end())
    if second is None or second.unit != part[0] or second.qualifier:
        return None
    value = first.value + second.value / part[1]
    return replace(first, raw=text[first.start : second.end], value=value, end=second.end)


def _share_of_scale(
    text: str, scan: str, figure: re.Pattern[str], first: ParsedFigure
) -> ParsedFigure | None:
    """'a quarter of a million people', 'a quarter of a century': a share of a scale word or
    of a long period is one number (250,000; 25 years)."""
    of = _OF_A_SCALE.match(scan, first.end) if first.unit == "fraction" else None
    second = _figure_from(text, scan, figure, of.start(1) if of else None)
    if second is None or second.qualifier:
        return None
    return replace(
        second,
        raw=text[first.start : second.end],
        value=first.value * second.value,
        qualifier=first.qualifier,
        start=first.start,
    )


def _spoken_decimal(
    text: str, scan: str, figure: re.Pattern[str], first: ParsedFigure
) -> ParsedFigure | None:
    """'21-point-two percent', 'eighteen point two million dollars': a decimal written as it is
    said, one number in the unit and scale of its tenths."""
    whole = first.unit == "count" and first.scale == 1 and first.value.is_integer()
    point = _POINT_JOIN.match(scan, first.end) if whole and not first.qualifier else None
    second = _figure_from(text, scan, figure, point.end() if point else None)
    tenths = second.value / second.scale if second else None
    if second is None or second.qualifier or tenths not in _DIGIT_VALUES:
        return None
    return replace(
        second,
        raw=text[first.start : second.end],
        value=(first.value + tenths / 10) * second.scale,
        start=first.start,
    )


def _part_of_percentage(
    text: str, scan: str, figure: re.Pattern[str], first: ParsedFigure
) -> ParsedFigure | None:
    """'offered 4 of the 6 percent pay raise': a bare part of a percentage is in percent too."""
    of = _PART_OF.match(scan, first.end) if first.unit == "count" else None
    whole = _figure_from(text, scan, figure, of.end() if of else None)
    if whole is None or whole.unit != "percent" or not first.value < whole.value:
        return None
    return replace(first, unit="percent")


def _trailing_qualifier(text: str, figure: ParsedFigure) -> ParsedFigure | None:
    """'four hours or less', '65 or over': a figure with no qualifier before it, and the one
    written after it, which the figure then takes in."""
    after = _TRAILING_QUALIFIER.match(text, figure.end) if figure.qualifier is None else None
    if after is None:
        return None
    qualifier = _TRAILING_QUALIFIERS[_WHITE_SPACE.sub(" ", after.group("trail").lower())]
    end = after.end()
    return replace(figure, raw=text[figure.start : end], qualifier=qualifier, end=end)


def _phone_number_end(text: str, start: int) -> int | None:
    """Where a telephone number starting at `start` ends, if one does: its digit groups would
    otherwise read as counts ('+65 6438 5122' is not 65, 6438 and 5122)."""
    run = _PHONE_RUN.match(text, start)
    if run is None or sum(c.isdigit() for c in run.group()) < _PHONE_DIGITS:
        return None
    return run.end() if _PHONE_BEFORE.search(text, max(0, start - 16), start) else None


def _figure_at(
    text: str, scan: str, patterns: _Patterns, candidate: re.Match[str], floor: int
) -> re.Match[str] | None:
    """The figure covering a candidate, trying the word starts just before it first (those a
    figure can open with), so that a qualifier or currency prefix ('more than', 'US$') is part
    of the match."""
    starts = []
    for opening in patterns.opening.finditer(scan, max(floor, candidate.start() - _LEAD)):
        if opening.start() >= candidate.start():
            break
        starts.append(opening.start())
    for start in [*starts, candidate.start()]:
        m = patterns.figure.match(scan, start)
        if m and m.end() > candidate.start() and _currency_as_written(text, m):
            return m
    return None


#: A one-letter sign the story writes as money somewhere: touching grouped thousands or a scale
#: ('K4,800', 'R1.5 million', 'N5bn'), by the sign.
_SIGN_AS_MONEY = {
    sign: re.compile(
        rf"(?<![\w.]){sign}(?:\d{{1,3}}(?:,|{_GROUP_SPACE})\d{{3}}"
        rf"|[\d.]+\s?(?:{_SCALE_ABBREVIATION})\b)"
    )
    for sign in _LETTER_CURRENCIES
    if len(sign) == 1
}
#: Signs of one nation's currency, by that nation as a story names it: a story naming it writes
#: its sign as money, before a small number too ('N500' in Nigeria, 'SR92' in Saudi Arabia).
_SIGN_HOMES = {
    "N": _mentions(("nigeria", "nigerian", "lagos", "abuja")),
    "R": _mentions(("south africa", "south african", "johannesburg", "cape town", "pretoria")),
    "SR": _mentions(("saudi", "riyadh", "jeddah")),
}


@lru_cache(maxsize=64)
def _sign_is_money(text: str, sign: str) -> bool:
    """Whether a story writes a sign as money: a one-letter sign before grouped thousands or a
    scale elsewhere ('K4,800'), or any naming a nation whose currency the sign writes ('Zambia'
    for K, 'Nigeria' for N)."""
    shared = _SHARED_SIGNS.get(sign.lower())
    written = _SIGN_AS_MONEY.get(sign)
    home = _SIGN_HOMES.get(sign)
    return (
        bool(written and written.search(text))
        or bool(home and home.search(text))
        or (shared is not None and _home_code(text, shared) is not None)
    )


def _glued_small_money(text: str, m: re.Match[str], written: str) -> bool:
    """'less than K20', 'K600 an hour', 'SR92': a sign glued to a small number, money where
    the story writes that sign as money elsewhere or names its nation (`_sign_is_money`)."""
    return (
        text[m.end("cur") : m.end("cur") + 1].isdigit()
        and not _THE_BEFORE.search(text, max(0, m.start("cur") - 8), m.start("cur"))
        and _sign_is_money(text, written)
    )


def _currency_as_written(text: str, m: re.Match[str]) -> bool:
    """False when the match opens with a currency written in letters in another case than
    currencies are ('try 5 times', 'usd'): then it is a word, not a currency. A currency of one
    letter, or one that is also a name, counts only before a number with a scale or grouped
    thousands ('R1-billion', 'R36,000', 'K100, 000', 'NIS 4,500'), a price per unit
    ('P33/kg') or cents after a decimal comma ('R44,17'), not in a name or code ('the R101',
    'N95 masks', 'the NIS 2019 report'), or glued to a small number where the story writes it
    as money or names its nation ('K20', 'SR92'). A sign of two or more letters all in lower case
    counts where it touches its number ('ksh13', 'ksh.13'). A code after the number counts in
    capitals only ('14.5 NAD'; not 'in 2019 try'), one that is also a name as a sign does."""
    if m.group("code"):
        code = text[m.start("code") : m.end("code")]
        grouped = m.group("scale") or _GROUPED.search(text, m.start(), m.end())
        if not code.isupper() or (code in _NAMES_TOO and not grouped):
            return False
    written = text[m.start("cur") : m.end("cur")]
    if not written.rstrip(".").isalpha():
        return True
    if written in _NATION_ONLY_SIGNS and _home_code(text, _SHARED_SIGNS[written.lower()]) is None:
        return False
    if len(written) == 1 and written.islower():
        # 'over k110 per container': a sign in lower case, as a story that writes it as money
        # elsewhere also types it, glued to its number
        return written.upper() in _LETTER_CURRENCIES and _glued_small_money(
            text, m, written.upper()
        )
    if len(written) == 1 or written in _NAMES_TOO:
        return written in _LETTER_CURRENCIES and bool(
            m.group("scale")
            or _GROUPED.search(text, m.end("cur"), m.end())
            or ", " in (m.group("digits") or "")  # 'N5, 500' (`_SIGNED_SPACED_GROUP`)
            or _PER_UNIT_AFTER.match(text, m.end())
            or _CENTS.match(text, m.end("cur"))
            or (
                (len(written) == 1 or written in _SIGN_HOMES)
                and _glued_small_money(text, m, written)
            )
        )
    touching = text[m.end("cur") : m.end("cur") + 2].lstrip(".")[:1].isdigit()
    return written in _LETTER_CURRENCIES or (written.islower() and touching)


def _elapsed_in(text: str, scan: str, patterns: _Patterns) -> Iterator[ParsedFigure]:
    """Time counted by an ordinal ('entered its fourth week' has run four weeks), which
    `_figures_in` skips as a position in a series. The raw figure keeps the words that make it a
    length of time, so its evidence alone reads the same."""
    periods = patterns.period.finditer(scan)
    repeats = patterns.repeat.finditer(scan)  # ' time', ending where its period would
    for period in heapq.merge(periods, repeats, key=lambda p: p.end()):
        reach = max(0, period.start() - _ELAPSED_REACH)
        found = patterns.elapsed.finditer(scan, reach, period.end() + _RUNNING_REACH)
        m = next((m for m in found if m.end("dur") == period.end()), None)
        if m is None:  # the phrase that ends at this period, not an earlier one in reach
            continue
        ordinal = next(filter(None, m.group("ord", "run", "trail", "of", "nth", "term"))).lower()
        value = _ORDINALS.get(ordinal) or int(ordinal[:-2])
        dur = m.group("dur").lower()
        # 'the 7th time', 'a third term': how often
        unit = _DURATIONS[dur][0] if dur in _DURATIONS else "count"
        yield ParsedFigure(text[m.start() : m.end()], value, unit, start=m.start(), end=m.end())


def _occasions_in(text: str, scan: str) -> Iterator[ParsedFigure]:
    """Occasions a numbered ordinal counts ('the 24th demonstration'), which `_figures_in`
    skips as a position in a series: how many have been held, the raw figure keeping its noun."""
    for m in _OCCASION_RE.finditer(scan):
        start = m.start("nth")
        yield ParsedFigure(
            text[start : m.end()], int(m.group("nth")), "count", start=start, end=m.end()
        )


def _offered_range(text: str, listed: list[ParsedFigure]) -> list[ParsedFigure]:
    """Rising numbers offered as alternatives, as one range from the first: 'two or three
    months', 'six, seven, eight months' (commas alone only between numbers one apart). A list
    with 'and' counts several things ('six, three and three per cent'): each stays."""
    pairs = list(zip(listed, listed[1:], strict=False))
    joins = [text[a.end : b.start] for a, b in pairs]
    if (
        not pairs
        or any(f.qualifier or f.vague for f in listed)
        or not all(_ALTERNATIVE_JOIN.fullmatch(join) for join in joins)
        or not all(a.value < b.value for a, b in pairs)
        or "or" not in joins[-1]
        and any(b.value - a.value != 1 for a, b in pairs)
    ):
        return listed
    return [_spanning(text, listed[0], listed[-1])]


def find_figures(text: str) -> Iterator[ParsedFigure]:
    """Every figure in `text`, in order; dates and years used as dates are skipped. Bare
    numbers listed before one with a unit take its unit ('six, three and three per cent'), as
    does the start of a change ('from 5000 to 15,000 cedis'); numbers offered as alternatives
    are one range ('two or three months')."""
    listed: list[ParsedFigure] = []  # bare numbers of a list whose unit may come at its end
    scan, patterns = _scan_of(text)
    figures = _figures_in(text, scan, patterns)
    # mostly none: then no merge to pay for
    elapsed = sorted(
        (*_elapsed_in(text, scan, patterns), *_occasions_in(text, scan)), key=lambda f: f.start
    )
    for figure in heapq.merge(figures, elapsed, key=lambda f: f.start) if elapsed else figures:
        if (
            listed
            and not figure.proportion  # 'one or two out of 19': the share is the second's alone
            and (
                _LIST_JOIN.fullmatch(text, listed[-1].end, figure.start)
                or _change_between(text, listed[-1], figure)
            )
        ):
            if figure.unit == "count":
                listed.append(figure)
                continue
            yield from _offered_range(
                text, [*(replace(f, unit=figure.unit) for f in listed), figure]
            )
            listed = []
            continue
        yield from _offered_range(text, listed)
        listed = []
        if figure.unit == "count":
            listed.append(figure)
        else:
            yield figure
    yield from _offered_range(text, listed)


def _change_between(text: str, first: ParsedFigure, second: ParsedFigure) -> bool:
    """'from 5000 to 15,000': the two ends of a change, written with one unit."""
    return bool(_TO_JOIN.match(text[first.end : second.start]) and _change_from(text, first))


def _vote_tally(text: str, first: ParsedFigure, join: re.Match[str]) -> bool:
    """Whether a dash-joined pair is a vote's result ('lost 30-42', 'a 2-3 vote'), which is a
    tally of two figures even when the second is larger."""
    if "to" in join.group().lower():
        return False  # 'by 30 to 42' is read by the falling-pair rule alone
    return bool(
        _TALLY_BEFORE.search(text, max(0, first.start - 24), first.start)
        or _TALLY_AFTER.match(text, join.end())
    )


def _change_from(text: str, first: ParsedFigure) -> bool:
    """Whether 'from' right before a figure opens a change ('rose from 62'), not a range."""
    m = _FROM_BEFORE.search(text, max(0, first.start - 32), first.start)
    return m is not None and not m.group("ranging")


def _scan_of(text: str) -> tuple[str, _Patterns]:
    """The text to scan and the patterns for it: lower-cased, unless that moves offsets."""
    lowered = text.lower()
    bound = frozenset(w for n in _BOUND_NATIONS.findall(lowered) for w in _BOUND_BY_NATION[n])
    if len(lowered) == len(text):  # offsets agree (no 'İ'-like characters that grow when lowered)
        return lowered, _bound_patterns(0, bound) if bound else _LOWER_CASE
    return text, _bound_patterns(re.IGNORECASE, bound) if bound else _ANY_CASE


def _figures_in(text: str, scan: str, patterns: _Patterns) -> Iterator[ParsedFigure]:
    """Every figure in `text` (`scan` is it as `patterns` read it), in order, each on its own."""
    position = 0
    previous: ParsedFigure | None = None
    while candidate := patterns.candidate.search(scan, position):
        if phone_end := _phone_number_end(text, candidate.start()):
            position = phone_end
            continue
        m = _figure_at(text, scan, patterns, candidate, position)
        if m is None:
            position = candidate.end()
            continue
        position = m.end()
        if _CODE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # 'COVID-19', 'A-1': part of a name
        figure = _read(text, m)
        if figure is None:
            if m.group("digits") and (tail := _YEAR_TAIL.match(text, m.end())):
                position = tail.end()
            continue
        ranged = _range_end(text, scan, patterns.figure, figure)
        if ranged is not None:
            figure, position = ranged, ranged.end
        elif figure.qualifier == "range" and figure.high is None:  # 'between', no second figure
            figure = replace(figure, qualifier=None)
        joined = (
            _compound_measure(text, scan, patterns.figure, figure)
            or _share_of_scale(text, scan, patterns.figure, figure)
            or _spoken_decimal(text, scan, patterns.figure, figure)
        )
        if joined is not None:
            figure, position = joined, joined.end
        figure = _part_of_percentage(text, scan, patterns.figure, figure) or figure
        trailed = _trailing_qualifier(text, figure)
        if trailed is not None:
            figure, position = trailed, trailed.end
        if previous is not None and _tally_nil(text, previous, figure):
            continue  # 'voted 5-0': no one voted against
        if (
            previous is not None
            and figure.unit == "count"
            and previous.unit != MULTIPLE  # 'rose four-fold to 42': 42 is no multiple
            and _unit_carried(text, previous, figure)
        ):
            figure = replace(figure, unit=previous.unit)  # 'from 62 to 64' (ages)
        previous = figure
        yield figure


def _tally_nil(text: str, previous: ParsedFigure, figure: ParsedFigure) -> bool:
    """Whether a figure is the nil side of a vote's tally ('voted 5-0'), which counts nothing."""
    join = _RANGE_JOIN.fullmatch(text, previous.end, figure.start)
    return figure.value == 0 and join is not None and _vote_tally(text, previous, join)


def _unit_carried(text: str, previous: ParsedFigure, figure: ParsedFigure) -> bool:
    """Whether a bare figure is the other end of a change whose unit `previous` wrote ('from
    62 to 64', 'rose to 46/- from 34') or the next item of its series ('two percent in year
    two, four in year three', 'a four percent increase and 3.5 in 2027')."""
    between = text[previous.end : figure.start]
    return bool(
        _TO_JOIN.match(between)
        or _FROM_JOIN.fullmatch(between)
        and _TO_BEFORE.search(text, max(0, previous.start - 4), previous.start)
        or _series_item(between, _SERIES_NEXT.match(text, figure.end))
        or previous.unit == "percent"
        and _YEARLY_SERIES_JOIN.fullmatch(between)
        and _IN_YEAR_AFTER.match(text, figure.end)
        or (previous.unit == "percent" or unit_family(previous.unit) == "money")
        and _YEAR_LED_JOIN.fullmatch(between)
    )


def _series_item(between: str, following: re.Match[str] | None) -> bool:
    """Whether the words `between` two figures close one item of a series and the next item
    goes on with the same preposition and noun ('in year two, four in year three')."""
    series = _SERIES_JOIN.fullmatch(between)
    return bool(series and following and following["head"].lower() == series["head"].lower())


def parse_figure(text: str) -> ParsedFigure | None:
    """The first figure written in `text` ('£100m', 'eight per cent', 'up to two million')."""
    return next(find_figures(text), None)


_VERIFIABLE = frozenset({"count", "duration", "money", "percent", "fraction", MULTIPLE})


def verifiable_unit(unit: str) -> bool:
    """Whether the parser can verify a value in this unit. Not in a measure: it reads
    '500,000 tonnes' for the rules, but '120m' may be metres or a million, so a model's value
    in metres or tonnes is kept unverified, as one in a unit it does not know at all."""
    return unit_family(unit) in _VERIFIABLE


def unit_family(unit: str) -> str:
    """Units that measure the same kind of thing: money, percent, counts, durations, fractions,
    and each measure under its names ('ft', 'feet')."""
    if unit in COUNT_UNITS:
        return "count"
    if unit in DURATION_UNITS:
        return "duration"
    if len(unit) == 3 and unit.isupper():
        return "money"
    return _MEASURES.get(unit.lower(), unit)  # 'tons' and 'tonnes' are one unit
