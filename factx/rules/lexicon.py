"""Every word list and cue table of the offline rules, in one place.

The other rules modules build their regular expressions from these lists (see `alternation`
and `verb_forms`), so widening what the rules recognise means editing data here, not patterns
there. The lists describe the shape of English news prose (titles, reporting verbs, stance
verbs, the nouns of groups and of things argued about); none names a particular person,
outlet or dispute.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

from factx.figures import MONTH_NAMES as MONTH_NAMES  # the one lists, shared with figures
from factx.figures import MONTHS as MONTHS
from factx.figures import PEOPLE_NOUNS as PEOPLE_NOUNS
from factx.figures import WEEKDAYS as WEEKDAYS
from factx.text import words


def wordlist(text: str) -> tuple[str, ...]:
    """An ordered word list written as one white-space separated string."""
    return tuple(text.split())


def alternation(items: Iterable[str]) -> str:
    """A regex alternation of literal words and phrases, spaces as `\\s+`, written as a trie:
    items sharing a beginning share its test ('reject(?:ing|ed|s)?'), so the regex engine does
    not try each item in turn; where one item extends another the longer is tried first.

    Safe inside `re.VERBOSE` patterns: no literal spaces survive.
    """
    return _trie(sorted({" ".join(item.split()) for item in items}))


def _trie(suffixes: list[str]) -> str:
    """The trie of some sorted suffixes ('' ends an item here)."""
    ends = "" in suffixes
    children: dict[str, list[str]] = {}
    for suffix in suffixes:
        if suffix:
            children.setdefault(suffix[0], []).append(suffix[1:])
    branches = [
        (r"\s+" if first == " " else re.escape(first)) + _trie(rest)
        for first, rest in sorted(children.items(), key=lambda c: (-max(map(len, c[1])), c[0]))
    ]
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    return f"(?:{'|'.join(branches)})" + ("?" if ends else "")


def any_of(items: Iterable[str]) -> str:
    """`alternation` as one non-capturing group."""
    return f"(?:{alternation(items)})"


def openings(pattern: str, flags: int = 0, length: int = 4) -> str:
    """A look-ahead for the letters any match of `pattern` can open with (up to `length`
    characters, white space between words included: 'to scrap' needs 'to s', not just 'to',
    and "'m" before white space needs the space, so 'more' does not pass):
    put before a long alternation, it lets the regex engine pass over a word none of the
    alternatives can start with after one test, instead of trying each alternative on it.

    Derived from the parsed pattern, so it can only over-accept: where an opening is not plain
    letters or a `\\s+` between them (a class, `\\w`, a case-blind group), the characters
    before it are all it demands.
    """
    if flags & re.IGNORECASE:
        return ""
    found = _Openings(length).read(_parser.parse(pattern, flags))
    return "" if "" in found else f"(?={_trie(sorted(found))})"


#: The body of `\s+` as the regex parser reads it.
_SPACES = [(_constants.IN, [(_constants.CATEGORY, _constants.CATEGORY_SPACE)])]


class _Openings:
    """The letters the matches of a parsed pattern can open with, up to `length` of them.

    A state is a pair of sets: openings that may still grow, and openings that are complete
    (long enough, or followed by something that is not a letter)."""

    def __init__(self, length: int) -> None:
        self.length = length

    def read(self, parsed: Any) -> set[str]:
        growing, done = self._sequence(parsed, {""})
        return growing | done

    def _sequence(self, items: Any, growing: set[str]) -> tuple[set[str], set[str]]:
        done: set[str] = set()
        for op, av in items:
            if not growing:
                break
            grown, stopped = self._item(op, av, growing)
            done |= stopped | {g for g in grown if len(g) >= self.length}
            growing = {g for g in grown if len(g) < self.length}
        return growing, done

    def _item(self, op: Any, av: Any, growing: set[str]) -> tuple[set[str], set[str]]:
        if op is _constants.LITERAL and chr(av).isalpha():
            return {g + chr(av) for g in growing}, set()
        if (
            op is _constants.MAX_REPEAT
            and av[0] >= 1
            and list(av[2]) == _SPACES
            and "" not in growing
        ):
            return {g + " " for g in growing}, set()  # `alternation` writes ' ' as `\s+`
        if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
            return growing, set()  # zero width: a look-around only narrows what matches
        if op is _constants.SUBPATTERN and not av[1] & re.IGNORECASE:
            return self._sequence(av[3], growing)
        if op is _constants.BRANCH:
            grown: set[str] = set()
            done: set[str] = set()
            for branch in av[1]:
                more, stopped = self._sequence(branch, growing)
                grown, done = grown | more, done | stopped
            return grown, done
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            least, most, body = av
            grown, done = self._sequence(body, growing)
            if most != 1:  # a second round may follow: what it opens with is unknown
                grown, done = set(), done | grown
            return grown | (growing if least == 0 else set()), done
        return set(), growing  # anything else: what came before is the whole opening


_VOWELS = "aeiou"


def verb_forms(base: str) -> tuple[str, ...]:
    """A regular verb's forms: base, -s, -ed, -ing ('reject', 'oppose', 'slam', 'deny')."""
    if base in IRREGULAR_VERBS:
        return (base, *IRREGULAR_VERBS[base])
    if base.endswith("e"):
        return base, base + "s", base + "d", base[:-1] + "ing"
    if base.endswith(("s", "sh", "ch", "x", "z")):  # 'dismiss', 'push', 'march'
        return base, base + "es", base + "ed", base + "ing"
    if base.endswith("y") and base[-2:-1] not in _VOWELS:
        return base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"
    if (
        len(base) <= 4
        and base[-1] not in _VOWELS + "wxy"
        and base[-2] in _VOWELS
        and base[-3] not in _VOWELS
    ):
        return base, base + "s", base + base[-1] + "ed", base + base[-1] + "ing"
    return base, base + "s", base + "ed", base + "ing"


#: Past participles that are not the past tense ('withdrew', 'withdrawn').
PAST_PARTICIPLES = {
    "withdraw": "withdrawn",
    "take": "taken",
    "fall": "fallen",
    "throw": "thrown",
    "speak": "spoken",
}


def participles_of(bases: Iterable[str]) -> list[str]:
    """The past participle of every verb in `bases` ('scrapped', 'withdrawn', 'spoken out')."""
    out = []
    for base in bases:
        head, _, rest = base.partition(" ")
        out.append(f"{PAST_PARTICIPLES.get(head) or verb_forms(head)[2]} {rest}".strip())
    return out


def plurals_of(nouns: Iterable[str]) -> list[str]:
    """Each noun with its plural ('party', 'parties'), spelt as a verb's -s form is; a noun
    already plural stays as it is."""
    return [form for noun in nouns for form in (noun, verb_forms(noun)[1])[: 1 + (noun[-1] != "s")]]


def forms_of(bases: Iterable[str]) -> list[str]:
    """Every form of every verb in `bases` (phrasal verbs inflect their first word)."""
    out: list[str] = []
    for base in bases:
        head, _, rest = base.partition(" ")
        out += [f"{form} {rest}".strip() for form in verb_forms(head)]
    return out


#: Forms `verb_forms` would get wrong: (third person, past, -ing).
IRREGULAR_VERBS: dict[str, tuple[str, str, str]] = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing"),
    "hit back": ("hits back", "hit back", "hitting back"),
    "hit": ("hits", "hit", "hitting"),
    "see": ("sees", "saw", "seeing"),
    "put": ("puts", "put", "putting"),
    "speak": ("speaks", "spoke", "speaking"),
    "come": ("comes", "came", "coming"),
    "fight": ("fights", "fought", "fighting"),
    "stand": ("stands", "stood", "standing"),
    "uphold": ("upholds", "upheld", "upholding"),
    "strike": ("strikes", "struck", "striking"),
    "throw": ("throws", "threw", "throwing"),
    "fall": ("falls", "fell", "falling"),
    "go": ("goes", "went", "going"),
    "take": ("takes", "took", "taking"),
    "withdraw": ("withdraws", "withdrew", "withdrawing"),
    "scrap": ("scraps", "scrapped", "scrapping"),
    "seek": ("seeks", "sought", "seeking"),
    "swear": ("swears", "swore", "swearing"),
    "forecast": ("forecasts", "forecast", "forecasting"),
    "hold": ("holds", "held", "holding"),
    "break": ("breaks", "broke", "breaking"),
    "read": ("reads", "read", "reading"),
    "shut": ("shuts", "shut", "shutting"),
    # a stressed last syllable doubles its consonant ('submitted', 'rebutted')
    "submit": ("submits", "submitted", "submitting"),
    "permit": ("permits", "permitted", "permitting"),
    "admit": ("admits", "admitted", "admitting"),
    "rebut": ("rebuts", "rebutted", "rebutting"),
    "annul": ("annuls", "annulled", "annulling"),
}


def finite_forms(bases: Iterable[str]) -> list[str]:
    """The forms of `verb_forms` a subject takes directly: base, -s and past, not -ing."""
    return [form for form in forms_of(bases) if not form.split()[0].endswith("ing")]


def ing_forms(bases: Iterable[str]) -> list[str]:
    """The -ing forms of `verb_forms`, for a progressive ('is saying', 'has been warning')."""
    return [form for form in forms_of(bases) if form.split()[0].endswith("ing")]


# --- sentences -------------------------------------------------------------------------------

#: Titles written with a full stop inside a source's name ('Rep. Lou Barletta', 'Gov. Ruiz').
TITLE_ABBREVIATIONS = wordlist(
    "mr mrs ms dr prof st gen col lt sgt capt gov sen rep rev hon"
    " ag asst supt insp det maj cpl brig"  # 'Ag. CEO' (acting), 'Det. Supt.'
    " coun cllr"  # councillors: 'said Coun. Brad Lee.'
)
#: Words that end with a full stop without ending a sentence: the titles, and more.
ABBREVIATIONS = frozenset(TITLE_ABBREVIATIONS) | words(
    """
    sir mt no nos co corp inc ltd plc jr sr vs etc approx est dept univ fig vol ma
    jan feb mar apr jun jul aug sep sept oct nov dec
    """
)

# --- names, people and organisations ----------------------------------------------------------

#: Honorifics before a name ('Mr Walker', 'Dame Jane Roberts').
TITLES = words("mr mrs ms miss dr sir lord lady dame prof professor baroness baron rev")
#: Titles and pronouns that tell a person's sex, for 'she said' after a man was named last.
SEXED_TITLES = {"m": words("mr sir lord baron"), "f": words("mrs ms miss lady dame baroness")}
SEXED_PRONOUNS = {"m": words("he him his himself"), "f": words("she her hers herself")}
#: Particles inside names, in either case ('Ursula von der Leyen', Irish 'Seán Ó Fearghaíl',
#: Portuguese 'Matias dos Santos').
NAME_PARTICLES = words("de van von der bin al da du le la ó dos das do di del della")
#: Adjectives of a body's reach: in a name ('National Union of Teachers'), never its last word;
#: before a role they are the role's ('Unite National Officer').
ORG_ADJECTIVES = words("federal national royal international")
#: Parties' names, which in lower case are plain words ('labor reforms', 'conservative estimates').
PARTY_WORDS = words(
    "labour labor conservative conservatives democrat democrats republicans tory tories greens"
)
#: Capitalised words that make a name an organisation's, not a person's.
ORG_WORDS = (
    ORG_ADJECTIVES
    | PARTY_WORDS
    | words(
        """
    union unions office service services government ministry department institute council party
    association treasury trust committee commission bank board agency college university
    federation confederation congress society authority executive parliament assembly senate
    court group club foundation coalition cabinet fund organisation organization company
    corporation network league alliance forum centre center hospital school police army navy
    administration bureau conference convention church chamber movement academy consortium
    guild caucus panel co ltd plc inc corp llc limited holdings estate nv bv ag gmbh monitor watch
    observatory municipality tribunal secretariat directorate inspectorate cooperative
    co-operative exchange syndicate
    """
    )
)
#: Capitalised words of titles and roles ('Finance Secretary John Swinney').
ROLE_WORDS = words(
    """
    secretary minister chancellor chief director president leader chairman chairwoman chair head
    chairperson convener convenor general deputy shadow prime finance justice health education
    home foreign spokesman spokeswoman spokesperson mayor governor senator premier treasurer
    commissioner officer manager editor economist analyst representative mp mep councillor councilor
    assistant vice acting former member holder cllr coun whip speaker judge prosecutor magistrate
    coroner inspector detective sergeant superintendent coach captain constable legislator
    lawmaker negotiator ceo
    """
)
#: Roles that speak for another: 'for' after them names whom ('a spokesman for Jo Lee'), not
#: the seat or portfolio the role is for ('the MP for Lake Central').
SPEAKING_ROLES = words("spokesman spokeswoman spokesperson")
#: Verbs a title-case headline puts after its subject ('Health Minister Says Fee Was an
#: Error', 'Union Urges Talks'): never a word of a person's name.
HEADLINE_VERBS = words(
    "says tells warns urges vows denies slams blasts rejects calls asks seeks is was are were has"
)
#: Role words that also name departments ('Department for Education'), kept at a name's end.
PORTFOLIOS = words("finance justice health education home foreign")
#: The small words inside a role's portfolio ('Minister for Law and Parliamentary Affairs').
PORTFOLIO_LINKS = ("for", "of", "and", "the")
#: The small words a title leaves in lower case ('“Law On Trade and Services”').
TITLE_LINKS = words("of and on for the in to a an")
#: Words of time: never an actor or a speaker ('Hours', 'Today').
TIME_WORDS = (
    WEEKDAYS
    | MONTH_NAMES
    | words(
        """
        today yesterday tomorrow tonight hours hour days day weeks week months month years year
        minutes decades morning afternoon evening night weekend
        """
    )
)
#: Words that open a time phrase between a subject and its verb ('Tenon this morning advised',
#: 'The board late on Friday rejected').
TIME_LEADS = ("this", "last", "next", "earlier", "later", "late", "early", "on")
#: Words after a stretch of time that date an event by it ('Two days later', 'Hours earlier').
TIME_GONE_BY = ("later", "earlier", "ago")
#: ... and before a subject, 'in' too ('In February the union rejected'; after a subject, 'in'
#: places it: 'Teachers in Victoria').
OPENING_TIME_LEADS = (*TIME_LEADS, "in")
#: A period before a subject's verb, after its preposition and 'the' ('The union over the past
#: year has called for', 'Teachers in recent weeks have rejected').
PERIOD_PREPOSITIONS = ("over", "in", "for", "during", "throughout")
PERIOD_LEADS = ("past", "last", "previous", "recent")
#: Words that start sentences or phrases and are never part of a name.
STOPWORDS = (
    words(
        """
        a an the and but or so if when while as at in on of for to from by with after before
        since this that these those there their they he she it we i you his her its our your
        my meanwhile however also other others some many most all both each every any no not
        today yesterday tomorrow last next
        """
    )
    | WEEKDAYS
    | MONTH_NAMES
)
#: Pronouns that stand for the last person named.
PRONOUNS = words("he she")
#: The same as the object of a preposition ('according to him'): the last person named too.
OBJECT_PRONOUNS = words("him her")
#: Every personal pronoun: never an actor or a speaker on its own.
ALL_PRONOUNS = words("i you he she it we they me him her us them this that these those who")
#: Pronouns that stand as a clause's subject: 'whether they support the strike or not'.
SUBJECT_PRONOUNS = words("i you he she it we they")
#: Indefinite pronouns: no one in particular ('anyone who asks for exemption'), never an actor.
INDEFINITE_PRONOUNS = words("anyone anybody everyone everybody someone somebody nobody")
#: Words that stand for a noun named before ('The first, which proposed a rotating presidency',
#: 'Neither is presiding', 'with the rest abstaining'): a phrase they end, in lower case or
#: alone, names no actor ('The Second' may be a name's end). Not 'one': '"...," one said' is
#: an unnamed source.
SUBSTITUTE_WORDS = words("first second third former latter other neither either rest remainder")
#: Adverbs that can stand before a verb where a subject would ('but rather support'): alone,
#: never an actor.
VERB_ADVERBS = words("rather instead also even")
#: Relative pronouns: a source phrase holding one is a clause, not a name ('the firm, which').
RELATIVE_PRONOUNS = words("which who whom whose")
#: Words that open a clause or a relative, never a name: a phrase opening with one ('or a
#: third party announces', 'whose international brands') names no actor.
CLAUSE_OPENERS = RELATIVE_PRONOUNS | words("and or nor but")
#: Prepositions: an actor never opens with one ('with no Republicans').
PREPOSITIONS = words(
    "with without in on at by for from of to into over under about against after before since"
    " during amid throughout"
)
#: Words that open a preposition of two words ('according to organisers', 'due to the
#: strike', 'thanks to the union'): a phrase they open names no actor.
PREPOSITION_LEADS = words("according owing due thanks")
#: Phrases that add company to a subject between commas ('The union, along with other groups,
#: rejected'): an aside, not the subject.
ACCOMPANYING_LEADS = ("along with", "together with", "alongside", "joined by")
#: Possessive determiners, which may open a described source ('his lawyer', 'its owners'), and
#: the pronoun each is the possessive of ('his statement': he).
PRONOUN_OF_POSSESSIVE = {"his": "he", "her": "she", "its": "it", "their": "they", "our": "we"}
POSSESSIVE_DETERMINERS = frozenset(PRONOUN_OF_POSSESSIVE)
#: A word's possessive ending ('Department’s'), either apostrophe: tested with `str.endswith`,
#: which a search for "[’']s$" costs six times over (the rules test 40-70 words an article).
POSSESSIVE_ENDINGS = ("’s", "'s")
#: Pronouns that stand for the last organisation named ('," it added').
ORG_PRONOUNS = words("it")
#: Roles that, after 'the', stand for the last person named ('said the minister').
PERSON_ROLES = words(
    """
    minister secretary chancellor director president leader chairman chairwoman chair
    chairperson convener convenor spokesman spokeswoman spokesperson mayor governor senator
    premier treasurer commissioner executive officer manager boss chief founder judge justice
    official organiser organizer legislator lawmaker negotiator
    """
)
#: Words opening an apposition to a name whose closing comma is missing before the verb ('Jo
#: Lee, the chair of X said', 'Ann Oduya, one of the winners told ...').
APPOSITION_OPENERS = (*wordlist("the a an"), "one of")
#: Nouns for anyone in public office, which after 'the' stand for the person named last when
#: the article gave no one that word ('Minister Vicente Zeballos said ...', then 'the official
#: indicated'; 'Giorgi Sioridze ...', then 'The politician emphasized').
OFFICE_HOLDER_NOUNS = words("official politician")
#: Nouns that, after 'the', stand for the last organisation named with that noun in it, or
#: the last organisation at all ('the union', 'the company').
ORG_NOUNS = words(
    """
    union company firm group government ministry department council board authority agency
    airline carrier bank club party association federation trust hospital university
    regulator watchdog retailer supermarket business employer organisation organization body
    commission committee coalition
    """
)
#: Words that may open a source ('Some Republicans', 'Other unions', 'The union').
QUANTIFIERS = words("a an the some many several other others most few all both")
#: Nouns that make a lower-case phrase a plausible source or actor ('union leaders', 'ministers').
GROUP_NOUNS = words(
    """
    ministers minister unions union leaders leader officials official government executive
    spokesman spokeswoman spokesperson members workers employers critics experts economists
    analysts campaigners bosses staff teachers nurses doctors employees committee council source
    sources aides adviser advisers chiefs negotiators representatives management association
    federation company firm department ministry agency group body board trust authority party
    tribunal court judge judges jury jurors regulator watchdog police prosecutors lawyers
    investigators researchers paper newspaper report study survey statement filing residents
    protesters organisers organizers owners shareholders investors lawmakers legislators
    senators voters states countries nations governments minority majority mps meps mlas mcas
    coalition
    """
)
#: How a vote counted in full ends for what was put to it ('The motion was defeated by 30 votes
#: to 28'): the body that voted opposes or backs it.
OUTCOMES_AGAINST = ("defeated", "rejected", "lost", "voted down", "thrown out")
OUTCOMES_FOR = ("carried", "passed", "approved", "adopted")
#: Bodies that vote, as the last word of their name ('Blackburn with Darwen Council', the
#: 'Legislative Assembly'): the one a counted vote was taken in.
VOTING_BODIES = wordlist(
    "council assembly parliament senate legislature congress committee board house"
)
#: Bodies that direct others, as the last word of their name ('the Competition Commission of
#: India', 'the Environmental Protection Authority'): who gave a directive told in the passive
#: ('The companies have been directed to cease and desist').
DIRECTING_BODIES = wordlist(
    "commission court tribunal authority regulator ministry agency board council department"
)
#: 'The court found that the council | acted unlawfully | by approving the extension': wrongs a
#: ruling finds in an act, and the verbs of finding (the finder opposes the act's object).
FAULTS = (
    "erred",
    "breached the law",
    "broke the law",
    "acted unlawfully",
    "acted illegally",
    "acted ultra vires",
    "was wrong",
    "were wrong",
    "misdirected itself",
)
FINDING_VERBS = wordlist("held holds found finds decided decides ruled rules concluded declared")
#: 'a motion claiming the proposals failed to': what a motion says, before its claim.
CLAIMING_FORMS = wordlist("claiming arguing saying stating alleging contending asserting")
#: Participles that, joined to a name before a noun, say the name backs it ('a Beijing-backed
#: package', 'the Labor-endorsed candidate'); not 'funded' or 'owned', which say who pays.
#: 'the council-approved scheme' alike.
BACKED_PARTICIPLES = ("backed", "supported", "endorsed", "approved")
#: Single offices and bodies named in lower case that act as agents ('appealed by the state
#: attorney general', 'vetoed by the governor', 'rejected by the speaker', 'turned down by the
#: cabinet'): one holder, so no plural 's' is needed to name them.
OFFICE_HOLDERS = (
    "speaker",
    "chairman",
    "chairwoman",
    "chairperson",
    "inspector",
    "registrar",
    "referee",
    "cabinet",
    "panel",
    "legislature",
    "parliament",
    "senate",
    "attorney general",
    "attorney-general",
    "solicitor general",
    "prosecutor",
    "governor",
    "mayor",
    "president",
    "premier",
    "commissioner",
    "ombudsman",
    "coroner",
    "magistrate",
    "sheriff",
    "auditor general",
    "auditor-general",
)
#: Adverbs that may open an apposition before its article ('Jo Lee, also a police officer,',
#: 'X, himself a former minister,').
APPOSITION_ADVERBS = wordlist("also now once formerly himself herself itself themselves")
#: Those who make or trade a product, heads of a group after a nation's name ('Domestic Costa
#: Rican rice producers', 'British steel makers'): the whole phrase is the actor.
PRODUCER_NOUNS = words("producers growers makers manufacturers exporters importers")
#: Nouns of people and bodies that speak in news, beyond `GROUP_NOUNS` and `PERSON_ROLES`:
#: a lower-case source made of them is one ('the electoral commission', 'one witness', 'the
#: head teacher', 'engineers'). Used for sources only, never for a stance's actor.
SOURCE_NOUNS = words(
    """
    commission inquiry service administration bureau office panel opposition prosecution
    defence defense counsel charity charities campaign institute foundation organisation
    organization authorities coroner prosecutor attorney attorneys lawyer solicitor barrister
    defendant plaintiff claimant victim victims witness witnesses family families relatives
    neighbour neighbours neighbor neighbors friend friends mother father wife husband son
    daughter people person teacher headteacher principal coach manager captain player players
    doctor nurse surgeon expert officer officers detective detectives inspector sheriff deputy
    scientist scientists engineer engineers economist spokesperson owner landlord tenants
    customers passengers fans supporters students parents patients councillor councilor councillors
    councilors politicians activists trustees governors directors trader traders vendor
    vendors merchant merchants shopkeeper shopkeepers contractor contractors magistrate
    magistrates bishop bishops operator operators developer developers provider providers
    manufacturer manufacturers broadcaster insurer insurers supplier suppliers mum mums dad dads
    grandmother grandfather pensioner pensioners widow widower unionist unionists plaintiffs
    defendants claimants appellant appellants applicant applicants petitioner petitioners
    farmers miners drivers
    """
)
#: Words that end a company's name, never a person's ('Koch Industries', 'British Airways',
#: 'Hang Lung Properties', 'Bathurst Resources'): three capitalised words are not a name then;
#: nor a news outlet's ('Guardian Media', 'Alliance News', 'Tobago Guardian').
COMPANY_NAME_ENDINGS = words(
    """
    properties industries resources airways airlines motors mines developments enterprises
    ventures investments foods logistics pharmaceuticals energy media news guardian times
    herald gazette tribune telegraph chronicle observer
    """
)
#: Nations that end an organisation's name, never a person's ('Badminton England', 'Swim
#: Ireland', 'Tennis Australia', 'Historic England'), nor a place that is one ('New Zealand').
NATION_NAMES = words(
    "england scotland wales ireland britain america canada australia zealand africa europe"
)
#: Words that end a place's name, never a person's ('Glentworth Street', 'Newcastle Airport',
#: 'Jamaica House', 'Freeport Container Port', 'Zadar County'); not 'Hall', 'Park' or 'Lane',
#: surnames too.
PLACE_NOUNS = words(
    "road street avenue drive square port fort harbour airport stadium station bridge house"
    " island islands county district province region"
)
#: Words that end a festival's name, never a person's ('Lunar New Year', 'Chinese New Year').
FESTIVAL_ENDINGS = words("year")
#: Words that end the name of a bill, a meeting or a plan, never a person's ('the Maladina
#: Bill', 'the Annual General Meeting', 'the Local Plan'): 'he' never stands for one.
NAMED_THING_ENDINGS = words(
    "bill meeting summit amendment agreement programme program plan policy budget"
)
#: Places named in two or more capitalised words, which read like a person's first name and
#: surname ('Hong Kong', 'Sri Lanka', 'Kuala Lumpur'): matched whole, so 'Alice Kong' is a person.
MULTIWORD_PLACES = frozenset(
    (
        "hong kong",
        "sri lanka",
        "costa rica",
        "puerto rico",
        "saudi arabia",
        "sierra leone",
        "el salvador",
        "papua new guinea",
        "burkina faso",
        "south korea",
        "north korea",
        "south sudan",
        "east timor",
        "united arab emirates",
        "cape verde",
        "ivory coast",
        "san marino",
        "new york",
        "new delhi",
        "los angeles",
        "san francisco",
        "las vegas",
        "kuala lumpur",
        "abu dhabi",
        "buenos aires",
        "tel aviv",
        "cape town",
        "phnom penh",
        "addis ababa",
        "port moresby",
    )
)
#: Kinds of place a local body or office belongs to, between a place's name and a role
#: ('Great Glen parish council chairman', 'Lower Hutt city councillor', 'Meru county governor').
AREA_NOUNS = words(
    """
    parish city county town borough district ward state village regional provincial municipal
    metropolitan local community
    """
)
#: Parts of an organisation between its name and a role ('Punjab chapter president', 'Unifor
#: Local 1119 president', 'the union's Scotland branch secretary').
BRANCH_NOUNS = words("chapter branch division region section unit lodge wing area chapel")
#: Acronyms of places, not organisations.
PLACE_ACRONYMS = words("UK US EU UN")
#: Legislators' titles (written in capitals) after the seat they hold ('Kabula County MP James
#: Kakooza', 'Rajya Sabha MP Digvijaya Singh', 'North Side MLA Ezzard Miller', 'Kitutu Central
#: ward MCA Alfred Monyenye': a Kenyan county assembly member).
SEAT_TITLES = wordlist("mp mep mla mna mpa mpp msp mca")
#: The verbs of saying a source 'goes on to' after speaking once ('went on to say', 'He went on
#: to add that ...'): the same source, a further claim; not 'went on to claim damages'.
GONE_ON_TO = wordlist("say add argue warn insist explain note stress suggest allege")
#: Participles that put a group's leader in apposition ('the legal team, led by Dr X,').
LEADING_PARTICIPLES = ("led", "headed", "chaired", "fronted")
#: Adverbs that link a sentence to the one before, before or after its subject ('Meanwhile,
#: the union said', 'Opposition councillors meanwhile said'): no part of the subject.
CONNECTIVE_ADVERBS = words(
    "meanwhile however now yet still also hence thus therefore recently earlier later separately"
)
#: Adverbs that open a sentence, set off by a comma, which name no side of a list after them
#: ('Moreover, | the Greens and Labour voted against'; not 'Labour, | the Greens and').
OPENING_ADVERBS = words(
    "moreover furthermore indeed nevertheless nonetheless besides additionally instead overall"
    " finally initially subsequently consequently accordingly similarly likewise again"
)
#: Adverbs of repetition after a subject ('Labour once more ignored', 'The board once again'),
#: and 'once' left of 'again' when a later pattern takes that word.
REPEATING_ADVERBS = ("once more", "once again", "once")
#: Words that open an attribution phrase without being part of the source ('But the union').
LEADING_CONNECTIVES = words("but and so") | CONNECTIVE_ADVERBS

# --- attribution --------------------------------------------------------------------------------

#: Reporting verbs that copy sometimes runs into the name before them, losing the space
#: ('Nicholas Maduroannounced that'): a name is read without one where the article also
#: writes it alone.
GLUED_VERBS = wordlist("said announced stated added explained declared noted warned")
#: Verbs that report speech whatever follows them.
SPEECH_VERBS = wordlist(
    "said says say added adds warned warns warn claimed claims claim insisted insists insist "
    "argued argues argue stated states explained explains declared declares replied replies "
    "stressed stresses maintained maintains believes believe wrote writes told tells "
    "ruled rules alleged alleges testified testifies contended contends "
    "countered counters responded responds commented comments remarked asserted asserts "
    "argued observed thinks think"
) + (
    "pointed out",
    "points out",
    # a claim with its noun object ('pointed to a cut in speaking time', 'The ministers pointed
    # to tools such as job retention schemes')
    "pointed to",
    "points to",
    "hit back",
    "hits back",
    # verbs of saying a news report may put anywhere a 'said' goes, in every finite form a
    # subject takes ('cautioned', 'emphasises', 'Critics contend'): bases that are verbs only,
    # so a noun ('the rules', 'a report') is not read as one
    *finite_forms(
        wordlist(
            "explain allege contend assert emphasise emphasize affirm reckon retort tell testify"
        )
    ),
    # the reporting verb in a longer phrase ('went on to say', 'was quoted as saying')
    *(f"{go} on to {verb}" for go in ("go", "goes", "went") for verb in GONE_ON_TO),
    *(f"{be} quoted as saying" for be in ("is", "are", "was", "were", "has been", "had been")),
)
#: Likening one thing to another is a claim ('likened the bill to a blank cheque', 'compared
#: the offer to a pay cut'): the verbs, before their object and 'to'.
LIKENING_VERBS = tuple(finite_forms(wordlist("liken compare")))
#: Blaming is a claim with its object and what it is blamed for or on ('blames financing
#: issues for the closure', 'blamed the cuts on underinvestment').
BLAMING_VERBS = tuple(finite_forms(("blame",)))
#: The -ing forms of the verbs of saying, after a progressive's auxiliary ('is saying',
#: 'have been warning', 'was telling').
PROGRESSIVE_SPEECH = (
    "saying",
    *ing_forms(
        wordlist(
            """add warn claim insist argue explain maintain allege contend assert caution
            emphasise emphasize stress tell testify predict suggest urge"""
        )
    ),
    *ing_forms(("call on",)),  # an appeal in progress: 'is calling on the minister to'
)
#: The -ing forms of charges and challenges, after a progressive's auxiliary and before their
#: object ('is accusing the government of', 'was challenging the statutes that'; not 'are
#: challenging for aid workers', an adjective).
PROGRESSIVE_CHARGES = tuple(
    ing_forms(wordlist("accuse blame challenge dispute criticise criticize condemn"))
)
#: The finite forms of 'be' ('the plans are unfair', 'was quoted by'); the lists of 'be' below
#: add to them what each reading needs.
COPULAS = ("are", "is", "was", "were")
#: Auxiliaries of a progressive reporting verb ('is saying', 'has been warning').
PROGRESSIVE_AUXILIARIES = (*COPULAS, "been")
#: Verbs of a news outlet's reporting that may follow the claim, before the outlet ('..., reported
#: Malaysiakini.', '..., reports the state news agency.').
OUTLET_VERBS = ("reported", "reports")
#: An opinion held, after a copula and before its clause: a claim ('The opposition was of
#: the opinion that ...', 'The union is of the view that ...').
OPINIONS_HELD = ("of the opinion", "of the view", "of the belief")
#: Verbs by which one passes on another's words, before that source and 'as saying' ('The
#: Express reported Jo Lee as saying that ...', 'Reuters quoted an aide as saying ...').
QUOTING_VERBS = wordlist("reported reports quoted quotes cited cites")
#: Verbs that report a claim only when a clause follows ('confirmed that ...').
CLAIMING_VERBS = wordlist(
    "announced announces admitted admits noted notes urged urges suggested suggests confirmed "
    "confirms acknowledged acknowledges conceded concedes revealed reveals reiterated reiterates "
    "estimated estimates predicted predicts promised promises vowed vows complained complains "
    "accused accuses found finds concluded concludes signalled signaled indicated indicates "
    "disclosed discloses feared fears hoped hopes expects expected reported reports "
    # verbs of belief: a claim with the clause they hold ('He believed housing should not ...')
    "believed thought felt reckons reckoned suspects suspect suspected"
) + (
    # verbs whose object may be a noun as well as a clause ('denied the claims', 'assured
    # parliament that'): a claim only with the clause. Every finite form of each.
    *finite_forms(
        wordlist(
            """pledge deny assure reassure inform remind notify forecast speculate calculate
            hint imply certify tweet clarify acknowledge predict suggest fear concede reiterate
            admit recall caution maintain underline underscore swear brief boast brag lament"""
        )
    ),
)
#: Verbs of admitting or denying, a claim with a gerund as their object ('acknowledged
#: leading the movement', 'denied taking the money'); not 'found missing files', an act.
ADMITTING_VERBS = tuple(finite_forms(wordlist("admit acknowledge concede deny confess")))
#: The prepositions opening where words were said, between a reporting verb and its 'that':
#: 'posted on Instagram that', 'noted in a letter to members that'.
WHERE_SAID_PREPOSITIONS = wordlist("on in to at via")
#: Verbs that report a claim only with 'that' right after them or after where it was said
#: ('posted on Instagram that'): their other senses take a noun and a relative clause ('held
#: a ballot that', 'recorded a loss that').
THAT_VERBS = tuple(
    finite_forms(
        wordlist(
            """post hold charge record determine threaten stipulate specify submit mention
            agree accept guarantee dispute recognise recognize demand intervene opine aver
            posit share worry propose recommend"""
        )
    )
) + tuple(finite_forms(("serve notice", "give notice", "break the news")))  # 'served notice that'
#: Restating a position is a claim ('reiterated the firm's stand on', 'reaffirmed its
#: commitment to'): the verbs, and the positions that may follow them within a few words.
RESTATING_VERBS = tuple(finite_forms(wordlist("reiterate reaffirm restate")))
POSITION_NOUNS = wordlist(
    "stand stance position commitment call calls demand demands support opposition view views"
)
#: Verdicts in the passive, their giver after 'by' ('was ruled "not competent" by the provost',
#: 'was described as "reckless" by X'): participles that judge what they are said of.
PASSIVE_VERDICTS = wordlist(
    """ruled described called branded labelled labeled termed dubbed deemed declared condemned
    slammed criticised criticized hailed praised"""
)
#: Those that judge with no verdict named after them ('was criticised by farmers' groups as
#: unworkable', 'was condemned by church leaders'; not 'was ruled by the military').
PASSIVE_CRITICISMS = wordlist(
    """condemned slammed criticised criticized hailed praised derided decried denounced
    lambasted ridiculed mocked"""
)
#: Those that judge only with 'as' and the verdict ('was dismissed as a gimmick by X'; not 'was
#: dismissed by the judge', an act).
PASSIVE_AS_VERDICTS = wordlist("dismissed rejected derided ridiculed mocked")
#: What makes a person speak, before them and 'to' ('prompting X to accuse them', 'The delay led
#: X to warn'): the source and their act are the claim.
CONSEQUENCE_LINKS = wordlist("prompting prompted leading led forcing forced causing caused")
#: Reporting verbs in the base form, after 'to' ('prompting X to accuse', 'led X to warn').
REPORTING_BASES = wordlist(
    """say warn claim insist argue accuse call describe brand criticise criticize condemn
    question demand declare state complain allege label slam blast dismiss deny reject"""
)
#: Verbs that attribute a characterisation or an appeal: a reported claim with their object
#: ('branded the vote an empty gesture', 'accused the union of', 'called on BA to').
CHARACTERISING_VERBS = (
    # every form a subject takes: a plural's too ('Critics accuse the government of')
    *finite_forms(
        wordlist(
            """brand describe accuse urge criticise criticize slam blast defend advise
            apologise apologize"""
        )
    ),
    *finite_forms(("call on",)),
    "dismissed",
    "voiced concern",
    "voiced concerns",
    "expressed concern",
    "expressed concerns",
    "raised concerns",
    "highlighted",
    "highlights",
    # a grievance with what it is about ('complained of the delays', 'complains about pay')
    *(f"{verb} {about}" for verb in finite_forms(("complain",)) for about in ("of", "about")),
)
#: Verdicts on a deed or a decision: a claim with their object alone ('condemned the ruling',
#: 'hailed the court's decision', 'denounced the ministry for ...'), but a sentence passed
#: ('condemned him to death', 'to ten years'; `SENTENCE_TERMS`).
VERDICT_ACTS = tuple(finite_forms(wordlist("condemn denounce hail decry deplore lambast")))
#: What a court condemns someone to, beside a number of years: 'to death', 'to life in prison'.
SENTENCE_TERMS = wordlist("death life prison jail exile hard")
#: Appealing to someone to act is a claim, with whom it asks and the act ('appealed to all
#: striking doctors to return to work', 'encouraged the teachers to keep'); not an appeal to a
#: court ('appealed to the High Court to overturn the ban'), which `SITTING_BODIES` rules out.
APPEALING_VERBS = ("appealed to", "appeals to", "encouraged", "encourages")
#: Airing a feeling about something is a claim with its object ('has expressed disappointment
#: with the lack of funding', 'voiced anger at'): the verbs, in the forms a subject takes, the
#: words that may come between ('deep', 'their') and the feelings.
AIRING_VERBS = tuple(finite_forms(wordlist("express voice raise air")))
AIRED_LEADS = wordlist(
    "their its his her serious grave deep strong some great real the a similar general"
)
#: A feeling or a view aired ('expressed relief at', 'voiced the view that', 'expressed
#: general support for').
AIRED_FEELINGS = wordlist(
    "disappointment dismay anger concern concerns doubts fears frustration alarm outrage "
    "regret sadness sorrow reservations objections reluctance fury displeasure disgust "
    "opposition dissatisfaction optimism hope hopes relief satisfaction confusion gratitude "
    "appreciation support view opinion"
)
#: What links an aired feeling to what it is about ('disappointment with', 'anger at',
#: 'opposition to').
FEELING_LINKS = wordlist("at with over about that on regarding to toward towards")
#: Verbs that pass a verdict with 'as' ('condemned the vote as fraudulent', 'hailed it as a
#: breakthrough'): a claim when 'as' follows their object.
#: Naming something as something is one too ('referred to the closure as part of a programme',
#: 'characterised the budget as a betrayal').
VERDICT_VERBS = tuple(
    finite_forms(
        wordlist(
            """condemn denounce hail praise slam blast decry characterise characterize portray
            depict"""
        )
    )
) + ("referred to", "refers to", "refer to")
#: Denying what was alleged is a claim ('He rejected corruption allegations', 'denied any
#: wrongdoing'): the verbs and what they deny (not 'denied the charges', a plea in court).
DENYING_VERBS = tuple(finite_forms(wordlist("deny reject dismiss refute rebut")))
#: Their -ing forms, for a denial after a quote's source ('," he said, while also dismissing
#: claims of ...').
DENYING_PARTICIPLES = tuple(ing_forms(wordlist("deny reject dismiss refute rebut")))
#: 'denied (that) the mine would harm': denying, with no noun, a verdict that follows.
VERDICT_DENIALS = ("deny", "denies", "denied")
DENIED_THINGS = wordlist(
    """allegation allegations accusation accusations claim claims suggestion suggestions
    report reports rumour rumours rumor rumors wrongdoing"""
)
#: Verbs that attribute a quote right before them, though they report nothing elsewhere
#: ('," McDonnell continued', '," she recalled', '," he joked', '," the statement read').
AFTER_QUOTE_VERBS = tuple(
    finite_forms(
        wordlist(
            "continue recall joke quip laugh shout conclude ask exclaim lament sigh plead scoff "
            "boast muse fume read share reason criticise criticize slam blast lambast"
        )
    )
)
#: Verbs that attribute the quote after them only through a colon ('He continued: "..."', 'She
#: went on: "..."'), as they attribute one before them.
COLON_LEADS = (*AFTER_QUOTE_VERBS, "went on", "goes on")
#: Finite verbs that show a clause follows a reporting verb without 'that'.
FINITE_VERBS = wordlist(
    "is was were are would will shall had has have could should did can may might must"
)
#: Verbs and participles that attribute a characterisation ('described it as', 'calling it').
DESCRIBING_VERBS = wordlist(
    "hailed hails described describes describing called calling branded branding dismissed "
    "labelled termed saying adding warning insisting claiming"
)
#: Auxiliaries between a source and its reporting verb ('has said').
AUXILIARIES = ("has", "had", "have")
#: Modals before a reporting verb ('will say', 'would argue').
MODALS = ("will", "would", "could", "can", "may", "might", "should", "must")
#: Verbs of opinion, which make a judgement after them their subject's ('felt the offer was
#: fair') but report no claim of their own.
OPINION_VERBS = wordlist(
    "feel feels felt believed thought consider considers considered held holds"  # a court's
)
#: Nouns ending in '-ly', which an adverb's shape would take ('the Zuma family').
LY_NOUNS = words("family assembly ally rally supply monopoly tally bully")
#: Adverbs between a source and its reporting verb ('also said', 'previously warned'), or
#: before its auxiliary ('The CBCP earlier had issued').
REPORTING_ADVERBS = (
    "earlier",
    "also",
    "again",
    "previously",
    "today",
    "yesterday",
    "later",
    "then",
    "already",
    "now",
    "further",
    "instead",
)
#: Verbs that attach a label in quotation marks to what they name ('called the offer
#: "obscene"', 'dubbed it a "stitch-up"').
LABELLING_VERBS = wordlist(
    "called calls labelled labels labeled termed terms dubbed dubs described describes"
)
#: Endings of adjectives that pass a verdict after a labelling verb's object, no quotation
#: marks ('called the proposed ban abhorrent', 'labelled the plan unlawful').
VERDICT_ENDINGS = wordlist("ful less ous ible able ive ic al ary ory ant ent")
#: Verbs of asking, before 'why', 'whether', 'how' or 'what' ('questioned why', 'asks what').
#: 'questioned the seriousness of the plan', 'questioning the legitimacy of the commission': a
#: doubt cast on a thing named after its determiner opposes it.
DOUBTING_FORMS = wordlist("questioned questions questioning disputed disputes disputing")
QUESTIONING_VERBS = wordlist(
    "questioned questions questioning queried queries querying asked asks asking wondered "
    "wonders wondering"
)
#: Words that open the question such a verb reports.
QUESTION_WORDS = ("why", "whether", "how", "what")
#: The grounds of a thing such a verb may doubt, before 'of', 'for' or 'behind': a claim that
#: they are wanting ('questioned the legality of the move', 'queried the rationale for it').
QUESTIONED_GROUNDS = wordlist(
    "justification legality rationale wisdom need necessity logic basis validity fairness "
    "propriety constitutionality legitimacy motive motives sincerity sense"
)
#: What a study's publisher shows ('new analysis from the BBC shows', 'a survey by the TUC
#: found'): the nouns of published evidence and the verbs of what it shows.
EVIDENCE_NOUNS = wordlist(
    "analysis research figures data study survey report poll review audit forecast projection"
)
#: Records that say what is so without anyone saying it: 'according to official figures', 'to
#: the timetable' names no source (a report or a study may: 'according to a BBC report').
RECORD_NOUNS = words("figures data statistics estimates records timetable schedule policy rules")
#: What a named body or person holds as its own finding, after 'according to' and its owner
#: ('according to IMF estimates', "according to the court's decision", 'according to the
#: ministry's strategy'): the owner is the source of what follows.
OWNED_RECORDS = words(
    "figures data statistics estimates estimate records decision decisions calculations strategy"
)
#: Written records that are the source of what they show ('Records show that ...', 'Documents
#: seen by the BBC show', 'Minutes of the meeting reveal that').
WRITTEN_RECORDS = wordlist(
    "records documents papers files filings emails minutes memos letters transcripts logs"
)
#: What a phrase before a verb of showing must name to be its source: evidence or records.
SHOWING_SOURCES = frozenset((*EVIDENCE_NOUNS, *RECORD_NOUNS, *WRITTEN_RECORDS))
#: What was done to published evidence before its publisher is named ('figures released on
#: Monday by the ABS', 'a survey commissioned by the TUC').
PUBLISHING_PARTICIPLES = wordlist(
    "released published issued compiled commissioned produced posted provided supplied "
    "conducted carried done undertaken"
)
#: Where a body posts what it publishes, after its name ("posted on the council's website").
POSTING_PLACES = wordlist("website site webpage page portal account")
EVIDENCE_VERBS = wordlist(
    "shows show showed found finds suggests suggest suggested reveals reveal revealed "
    "indicates indicate indicated"
)
#: Verbs of scorn that report the words before them when they close a sentence after a fronted
#: clause ('The plan is a sham, Jo Lee blasted on Monday.'); not 'Jo Lee blasted the plan'.
TRAILING_SCORN_VERBS = tuple(finite_forms(wordlist("blast slam lambast fume scoff")))
#: Issuing a statement ('issued a statement on Friday saying that ...').
ISSUING_VERBS = wordlist(
    "issued issues released releases published publishes wrote writes written sent sends"
)
STATEMENT_NOUNS = wordlist("statement letter report note release communique")
#: Occasions a source spoke at, after its name behind a quote ('," said Lee during a press
#: conference', '," said Amazazi at a rally in Rabat'): where the words were given, not who.
OCCASION_NOUNS = wordlist(
    """conference briefing interview meeting hearing rally session sitting debate event
    ceremony summit forum speech address launch gathering"""
)
#: Prepositions that open such an occasion or a time after a source's name ('on Monday').
OCCASION_PREPOSITIONS = ("during", "at", "on", "in", "after", "before", "following")
#: Participles naming who put their name to a statement for its owner ('a statement signed by
#: its spokesperson Jo Lee, the Ministry said'): the signatory is not the statement's owner.
SIGNING_PARTICIPLES = wordlist("signed countersigned")
#: What a source says, owned by the source before a colon that opens their quote ('Lee's
#: message was clear: "..."', 'The union's response was blunt: "..."').
UTTERANCE_NOUNS = wordlist("message words response reply answer retort warning verdict reaction")
#: Documents a court, a regulator or a party issues, which state what their issuer found or
#: alleges ('The 120-page order states that ...', '..., the indictment alleges.'): sources.
ISSUED_DOCUMENTS = wordlist(
    """order orders judgment judgement judgments ruling rulings verdict indictment affidavit
    petition complaint filing memo memorandum directive circular notice invitation"""
)
#: Laws and their parts: they state what is so, no one's claim ('According to the Civil
#: Procedures Law, ...', 'Article 109 of the Constitution states that ...').
LAW_NOUNS = wordlist(
    "law laws act constitution code statute statutes regulation regulations rules article section"
)
#: Counts and tallies: what they show is a figure, not a claim ('The figures show that 415,737
#: people are waiting'; not 'official data showed the move burdened users').
STATISTICS_NOUNS = wordlist("figures statistics numbers data estimates")
#: Who passes news on and takes no side in it: an unnamed source ('sources say', 'an informed
#: source told'), a wire or agency ('SITA newswire', 'the state-run National News Agency'), a
#: document ('The document said Cabinet decided'): a phrase they end is never an actor.
RELAYING_SOURCES = ("source", "sources", "newswire", "news agency", "document")
#: Texts that state things but hold no stance of their own ('the Maldives Constitution
#: states', 'according to a BBC report'): the tone of what they say is no one's position.
DOCUMENT_NOUNS = frozenset(
    (*EVIDENCE_NOUNS, *STATEMENT_NOUNS, *WRITTEN_RECORDS, *ISSUED_DOCUMENTS, *LAW_NOUNS)
)
#: Matters a court or a body decides: dismissing one is an act, not a verdict on a claim
#: ('The Supreme Court dismissed the appeal'; not 'dismissed the claims as baseless').
DECIDED_MATTERS = wordlist(
    """appeal appeals petition petitions case cases application applications lawsuit suit
    charges charge motion bail plea challenge"""
)
#: A court's order on costs after what it dismissed: whatever is dismissed with one ('Justice
#: Dube dismissed it with costs') is a matter before it, not a claim denied.
COSTS_ORDERS = ("with costs", "without costs", "with no order as to costs")
#: Words opening an aside after a group that lists or counts its members ('The unions,
#: comprising GNAT, NAGRAT and TEWU, demanded ...'): no part of the group's name.
MEMBERS_ASIDES = ("comprising", "including", "representing", "made up of", "consisting of")
#: Industrial and public acts that are declared, not said ('declared an indefinite nationwide
#: strike', 'had declared a two-day nationwide mass protest'); 'declared that' still reports.
DECLARED_ACTS = wordlist(
    """strike strikes walkout walkouts protest protests boycott boycotts lockout dispute
    disputes shutdown holiday emergency"""
)
#: What a statement says or asks after its noun ('a statement saying', 'a statement which
#: said', 'a pastoral letter urging lawmakers to').
STATEMENT_CONTENTS = (
    *wordlist("saying stating urging calling warning demanding asking"),
    *("which said", "that said", "which says", "that says"),
)
#: Phrases that lead a sentence into its news without being its source ('This comes after
#: the firm confirmed ...', 'It came as ministers said ...').
LEAD_IN_SUBJECTS = ("this", "that", "it", "the move", "the news", "the decision")
LEAD_IN_VERBS = ("comes", "came")
LEAD_IN_LINKS = ("after", "as", "amid", "days after", "a day after", "hours after", "weeks after")
#: Adverbials that open a sentence without a comma before its source ('In particular they').
OPENING_ADVERBIALS = ("in particular", "in addition", "in response", "instead", "separately")
#: Clause openers after which a source may report a claim mid-sentence ('... as unions say the
#: rises are too small').
SOURCE_CLAUSE_OPENERS = ("as", "because", "while", "since")
#: Present-tense reporting verbs for such a clause.
CLAUSE_REPORTS = wordlist("say says argue argues insist insists warn warns claim claims")
#: Words that open an introductory phrase before a sentence's source ('In a statement issued
#: on Monday, President Ruiz said ...', 'Speaking to reporters, ...'): prepositions, an
#: infinitive's 'to' ('To make matters worse, the attorney said ...'), linking adverbs,
#: sentence adverbs ('Reportedly, X said ...') and past participles; a fronted -ing clause is
#: any -ing word (`attribution`). A fronted condition too ('If the board hears the petitions,
#: Sy said that ...'; 'Unless a deal is reached, the company said, ...'). A day alone too
#: ('Today, the union staged a sit-in, saying ...').
INTRODUCTORY_WORDS = wordlist(
    "in on at to after before during earlier later meanwhile however but and separately also "
    "today yesterday tonight "
    "if unless "
    "when speaking writing asked responding addressing elsewhere instead still yet since "
    "furthermore moreover additionally nonetheless nevertheless with despite amid outside "
    "inside following under as even reportedly allegedly consequently currently similarly "
    "previously subsequently finally notably initially ultimately significantly importantly"
)
#: Participles that report what a source said while doing something else ('welcomed the move,
#: saying ...', 'hit back, arguing ...', 'cheered, calling on the minister to ...').
PARTICIPLE_REPORTS = wordlist(
    "saying adding arguing warning insisting claiming noting stressing calling accusing "
    "describing branding stating explaining admitting conceding acknowledging alleging "
    "suggesting blaming citing demanding urging maintaining contending asserting declaring "
    "emphasising emphasizing complaining protesting reiterating shouting chanting observing "
    "announcing confirming revealing mentioning recalling labelling labeling"
) + ("pointing out",)
#: Those that report without a comma before them, right after the main verb, its particle or
#: a time ('30 staff walked out saying they had not been listened to', 'suspended the board on
#: Friday citing interference'); after a noun they describe it ('banners saying no to war').
BARE_PARTICIPLE_REPORTS = wordlist("saying citing claiming arguing insisting demanding")
#: Those that report words only before 'that': 'demanding that arrears be paid' reports what
#: was said, 'demanding a salary increase' names what is wanted (a position, not a claim).
CLAUSE_ONLY_PARTICIPLES = wordlist("demanding")
#: Decisions by a vote or a ruling, after which such a participle gives the reasons wherever it
#: comes, a comma or not ('councillors voted nine to two against the application saying they
#: did not want to lose farmland').
DECIDING_VERBS = wordlist("voted rejected refused approved overturned dismissed upheld")
#: Acts that put words before a body or the public (a motion tabled, a suit filed, a protest
#: staged): a bare participle after their object and its place gives those words ('tabled a
#: motion at a meeting of X Council claiming the proposals failed', 'staged a protest outside
#: the hospital demanding that arrears be paid').
SUBMITTING_VERBS = wordlist("tabled filed lodged submitted moved brought staged held signed")
#: A crowd's words quoted after their verb or noun ('Protesters chanted "No more cuts"',
#: 'chants of "No justice, no peace!" came from ...'): the quote is theirs, a clause or not.
#: Not the -ing forms: 'some shouting "shame"' reports for the sentence's group.
CHANTING = (
    *wordlist("chant chants chanted shout shouts shouted"),
    *("chants of", "cries of", "shouts of", "chorus of", "chant of", "cry of"),
)
#: Verbs that give a quote before them its source ('"Shame!" came from the gallery').
QUOTE_FROM_VERBS = ("came", "rang out", "went up", "erupted", "could be heard")
#: Particles that end a phrasal verb ('walked out', 'hit back').
PARTICLES = wordlist("out back off away up down over")
#: The past tenses and participles of irregular verbs, for a main clause before a participle
#: that reports ('Acme withdrew its offer, stating ...', 'has taken ..., saying'): the closed
#: class of English, less forms that are mostly nouns or names ('cut', 'bid', 'Rose').
IRREGULAR_PASTS = wordlist(
    """
    arose awoke became began begun bent bit bled blew broke broken bred brought built burnt
    bought caught chose chosen clung came crept dealt dug did done drew drawn drank drove
    driven ate eaten fell fallen fed fought found fled flung flew flown forbade forgot
    forgotten forgave forgiven froze frozen got gotten gave given went gone grew grown hung
    had heard hid hidden held kept knelt knew known laid led leapt learnt left lent lit lost
    made meant met paid rode ridden rang rung risen rose ran sought sold sent shook shaken shone
    shot shown shut sang sung sank sunk sat slept slid spoke spoken sped spent spun sprang
    stood stuck struck swore sworn swept swam swung took taken taught tore torn told thought
    threw thrown understood undertook upheld woke wore worn won withdrew withdrawn withheld
    wrote written
    """
)
#: Irregular participles that mostly modify a noun ('paid staff', 'frozen pay', 'a known risk').
ADJECTIVAL_PASTS = wordlist(
    "paid frozen broken hidden given known built left led held sworn spoken driven grown lit"
)
#: Determiners after which a past form modifies the noun that follows, not a verb ending a
#: subject ('the unionized workers', 'its elected members').
PARTICIPLE_DETERMINERS = wordlist("the a an its their his her our these those")
#: Pronouns that stand for the group last named as a subject ('They also said').
PLURAL_PRONOUNS = words("they")
#: The same as the object of a preposition ('according to them'): that group too.
PLURAL_OBJECT_PRONOUNS = words("them")
#: Possessives that say whose words a sentence gives ('In his words, ...'): a person's.
WORDS_OWNERS = words("his her")
#: Conjunctions after which a second source may report in the same sentence ('X said ...,
#: while Y said ...', '... but councillors say ...').
SECOND_SOURCE_LINKS = ("but", "while", "whereas")
#: Conjunctions that open a new clause inside a sentence.
CLAUSE_CONJUNCTIONS = ("as", "while", "because", "but", "whereas", "although", "after")
#: Conjunctions of contrast after which the narrator may set what a source did against what
#: they said ('X said a recount would be legal, although he tabled a motion against it').
CONTRAST_LINKS = ("although", "though", "even though")
#: Conjunctions that set another's clause beside a claim ('X said the meeting needed to be
#: clear, while Ann Hartley was fuming'): the clause after them is the narrator's, not X's.
SETTING_BESIDE_LINKS = ("while", "whereas")
#: Counts in words, as partitives ('Three of the four largest unions').
NUMBER_WORDS = wordlist(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
)
#: Words a source's phrase never ends with: an article or a preposition ('Lawyers for the',
#: 'The move comes amid [reports that]': a noun after a preposition is no reporting verb), or a
#: negation ('Unions have not [ruled out]', 'The minister did not [say]'): what a source did
#: not say is no claim.
NOT_SOURCE_ENDINGS = (
    *("the", "a", "an", "of", "for", "to", "at", "by", "with", "from"),
    *("amid", "amidst", "despite", "after", "about", "among", "amongst"),
    *("not", "never", "n't", "n’t"),
    # a possessive before a noun that looks like a verb: 'decided to keep on with their [claim]'
    # (not 'her', also an object: 'Lawyers representing her said')
    *("his", "its", "their", "our", "my", "your"),
    *NUMBER_WORDS,  # 'The six [states said]': a count is no source, its noun is
    # an adjective before a noun that looks like a verb: 'The main [claim of the strikers is]'
    *("main", "key", "central", "latest"),
)
#: Nouns of happenings: an event never speaks ('The walkout occurred after the Speaker ...
#: declared', 'The delay happened because the contractor said'), nor takes a stance ('a
#: resolution was passed to condemn'): a phrase whose head is one names no source or actor.
EVENT_NOUNS = wordlist(
    """
    walkout walkouts strike strikes protest protests boycott boycotts demonstration
    demonstrations picket pickets rally rallies march marches meeting meetings debate debates
    vote votes sitting session delay delays incident incidents accident accidents crash crashes
    fire fires outage outages closure closures shutdown move decision row dispute resolution
    resolutions motion motions cuts hearing hearings crisis crises shortage shortages
    """
)
#: Nouns of matters under discussion: an issue takes no stance ('The union says the key issue
#: is a company plan to ...'); a phrase whose head is one names no source or actor.
MATTER_NOUNS = wordlist("issue issues problem problems question questions matter matters")
#: Nouns of things, states and outcomes, which hold no stance: a phrase whose head is one
#: names no actor ('The system seemed to accept only a Yes vote', 'the real threat is the
#: government's attempt to force', 'the money be approved').
INERT_NOUNS = wordlist(
    """
    threat threats system systems request requests conviction convictions requirement
    requirements safeguard safeguards agenda schedule money machine machines statements
    situation outcome outcomes process result results fears measures debt debts
    """
)
#: Conjunctions that open a clause of time or cause after a main clause: when the main
#: clause's subject is no source, a source in that clause may report for itself ('The
#: protest was staged after the council said ...').
SUBORDINATORS = ("after", "because", "when", "before", "until", "once")
#: Conjunctions that open a clause fronted before a sentence's subject ('While he liked the
#: project, Hodge voted against it'): the name after its comma is the sentence's subject.
FRONTED_CLAUSE_OPENERS = (*SUBORDINATORS, *CONTRAST_LINKS, "while", "whereas", "since", "if")
#: Conjunctions that open a participle clause closing a source's phrase ('Jo Lee while
#: addressing reporters [said]', '[said] Lee while criticising it'): when they spoke, not who.
DOING_CLAUSE_OPENERS = words("while whilst when")
#: Pronouns that stand for an unnamed member of a group the article named ('," one said',
#: 'Another added'): a described source, as 'a trader' is.
INDEFINITE_SOURCES = ("one", "another")
#: Words that open one unnamed member of a group as a source ('a worker', 'one resident').
SINGLE_MEMBER_OPENINGS = words("a an one another")
#: Words that open a phrase which is never a source ('It said', 'What ...', 'According to the
#: new rules, ...': there 'rules' is no reporting verb).
NOT_SOURCE_WORDS = wordlist(
    "it this that there these those which what who they we i you if when according"
)
#: Processes said to be under way, never the holder of a stance ('X said discussions are now
#: underway to rally all the forces demanding to revoke the hike': X holds it).
PROCESS_SUBJECTS = wordlist("discussions efforts preparations consultations moves")

# --- stances ------------------------------------------------------------------------------------

#: 'refused to condemn': refusal stems, and what is refused, for a `neutral` stance.
NEUTRAL_REFUSALS = (
    "refus",
    "declin",
    "fail",
    "chose not",
    "chooses not",
    "opted not",
    "did not want",  # 'said he did not want to comment on the issue'
    "does not want",
    "did not wish",
    "does not wish",
)
#: 'will abstain from the vote', 'recused himself from the discussion': taking neither side.
ABSTAINING_VERBS = ("abstain", "recuse")
NEUTRAL_ACTS = (
    "condemn",
    "criticise",
    "criticize",
    "comment",
    "respond",
    "take sides",
    "endorse",
    "say",
    "speculate",
)
#: 'would accept ... if': modals and verbs of a `conditional` stance, and condition words.
#: 'voted to continue with its earlier decision to reject the application': backing a decision
#: to undo a thing opposes the thing.
DECISION_NOUNS = ("decision", "decisions")
#: 'the rejection was triggered by a letter': a stance named as a noun is an act, never its
#: holder (who rejected is named elsewhere).
STANCE_ACTS = wordlist("rejection rejections approval approvals refusal refusals endorsement")
#: 'the council's decision to refuse permission': decisions against a thing; undoing one backs it.
REFUSING_DECISIONS = wordlist("refuse reject block deny")
#: Acts named as nouns that say what their owner means to do: "the Speaker's decision to declare
#: the seats vacant", "the government's intention to launch the sale": the owner backs the act.
PLANNED_ACTS = wordlist("decision move bid plan plans proposal proposals intention intentions")
#: Acts named as nouns, whose owner holds the stance of what they do: "the council's decision
#: to block the turbines", "Labour's move to scrap", "the board's bid to overturn".
ACT_NOUNS = (*PLANNED_ACTS, *wordlist("attempt effort efforts refusal"))
#: 'our primary goal is to reach an agreement', 'the only solution is to build': a goal or a
#: remedy stated is backed.
GOAL_NOUNS = ("goal", "aim", "priority", "objective", "solution", "answer", "remedy")
#: 'we are ready to go on strike if necessary', 'announced plans to turn the protest into a
#: hartal if the Government does not resign': readiness to act on a condition is conditional.
READY_WORDS = ("ready", "prepared", "willing", "plans", "planning")
#: 'gave conditional support to the removal': backing given on terms.
QUALIFYING_WORDS = ("conditional", "qualified")
#: 'has temporarily suspended its strike', 'the conditional suspension of the strike': action
#: halted for now, to resume if terms fail, is a stance on a condition (not 'suspended the strike').
PROVISIONAL_WORDS = ("temporarily", "conditionally", "temporary", "conditional")
#: What a provisional suspension halts: industrial action ('the ongoing action'), not 'activities'.
SUSPENDED_ACTIONS = ("strike", "strikes", "industrial action", "action", "boycott", "protest")
#: 'this is not the right time to raise prices': a moment judged wrong for an act opposes it.
TIMELY_WORDS = ("right", "best", "appropriate", "proper", "ideal")
CONDITIONAL_MODALS = ("would", "will", "could")
CONDITIONAL_VERBS = ("accept", "support", "back", "agree to", "call off")
#: Words that introduce a condition clause.
CONDITION_OPENERS = (
    "if",
    "provided",
    "provided that",
    "as long as",
    "so long as",
    "on condition that",
    "in the absence of",
    "depending on",
    "dependent on",
    "contingent on",
    "subject to",
    "in return for",  # 'will accept the cut in return for keeping the retirement age'
    "in exchange for",
    "unless",
)
#: The openers a commitment or a change is made on ('will accept if', 'ready to strike
#: provided'): all but 'unless', which threatens rather than sets terms.
CONDITION_WORDS = tuple(w for w in CONDITION_OPENERS if w != "unless")
#: 'fees could be hiked depending on the situation': a change that may be made, on a condition.
CHANGED_PARTICIPLES = wordlist(
    "raised increased hiked cut reduced lowered extended lifted eased relaxed revised reviewed"
)
#: `undecided`: things put to a vote, and the verbs of weighing them.
BALLOTED_THINGS = ("offer", "deal", "proposal", "proposals", "agreement", "plan", "plans")
CONSIDERED_THINGS = wordlist(
    "offer deal proposal proposals plan plans decision ruling verdict judgment judgement report "
    "findings options appeal"
)
POSSESSIVES_FOR_CUES = ("the", "any", "an", "this", "their", "its", "his", "her", "our")
WEIGHING_STEMS = ("consider", "study", "weigh", "review")
BALLOT_STEMS = ("consult", "ballot")
UNDECIDED_WORDS = ("undecided", "not yet decided", "non-committal", "noncommittal")
#: 'before deciding whether to appeal': a choice still open (stems).
WHETHER_STEMS = ("decid", "consider", "weigh", "debat", "mull")
#: 'are yet to give direction on whether fares will change': a decision not yet taken or told.
YET_TO_ACTS = (
    "decide",
    "give direction",
    "give a direction",
    "take a position",
    "take a stand",
    "take a stance",
    "make a decision",
    "make a final decision",
    "say whether",
    "indicate whether",
    "announce whether",
)
#: 'was speaking with other companies about appealing the decision': a step talked over.
TALKING_VERBS = ("talk", "speak", "consult")
#: 'The regulator has not commented': no side taken yet (as 'declined to comment').
NOT_COMMENTED = (
    "has not commented",
    "have not commented",
    "had not commented",
    "has not yet commented",
    "has not responded",
    "have not responded",
    "had not responded",
    "has not yet responded",
    "did not comment",
    "did not respond",
    "did not immediately respond",
)
#: 'could challenge the decision', 'may appeal': an act that is only possible, not taken.
POSSIBILITY_MODALS = ("could", "may", "might")
#: 'Teachers are divided over the proposals': a group of two minds.
DIVIDED_WORDS = ("divided", "split")
#: 'no final decision has been taken': a decision not yet made.
DECISIONS_MADE = ("taken", "made", "reached")
#: 'held off announcing strike dates': putting a decision off.
DEFERRING_VERBS = ("hold off", "held off", "holding off", "holds off", "put off", "puts off")
#: 'are awaiting approval from the Ministry to proceed with their ballot': what a side waits
#: for before it acts, its own stance still open.
AWAITED_DECISIONS = wordlist("approval decision outcome ruling verdict permission go-ahead")
#: 'deferred a decision on the plan': verbs that put a decision off (stems).
DELAYING_STEMS = ("defer", "postpon", "delay")
#: 'are furious about the changes', 'was angry at': moods that oppose what they are about.
#: 'The plan has angered residents': verbs whose object is the one who opposes the subject.
ANGERING_VERBS = wordlist("angered infuriated enraged outraged dismayed alarmed upset incensed")
OPPOSE_MOODS = (
    *ANGERING_VERBS,
    *wordlist("furious angry unhappy concerned worried frustrated disappointed"),
    "up in arms",
)
MOOD_LINKS = ("about", "at", "over", "with", "by", "that")
#: 'is highly critical of the decision': a state against what follows (not 'critical to the
#: plan' or 'it is critical that', which say a thing is needed).
CRITICAL_STATES = ("critical of",)
SUPPORT_MOODS = wordlist("delighted pleased happy thrilled satisfied encouraged heartened")
#: 'the offer fell (far) short of what was needed': a verdict on the thing that falls short.
SHORTFALL_VERBS = ("fall",)
#: 'Critics of the plan say ...': groups named by their stance on what follows 'of'.
OPPOSING_GROUPS = wordlist("critics opponents detractors")
SUPPORTING_GROUPS = wordlist("supporters backers proponents advocates")
#: 'is a fierce critic of', 'has long been a supporter of': one actor named by its stance.
STANCE_HOLDERS = {
    "oppose": wordlist("critic opponent"),
    "support": wordlist("supporter backer proponent advocate champion"),
}
#: 'granted planning permission for', 'gave the thumbs up to': approval given.
PERMITTING_VERBS = wordlist("grant grants granted granting give gives gave given giving")
#: 'signed the bill into law'.
ENACTING_VERBS = ("sign",)
#: 'distanced herself from the remarks'.
DISTANCING_VERBS = ("distance",)
REFLEXIVES = words("myself himself herself itself ourselves themselves")
#: 'walked out in protest at the decision'.
PROTEST_LINKS = ("at", "over", "against")
PERMISSIONS = (
    "permission",
    "approval",
    "consent",
    "clearance",  # 'granted clearance for the merger', a regulator's word
    "authorisation",
    "authorization",
    "the go-ahead",
    "the green light",
    "the thumbs up",
    "the thumbs-up",
    "the nod",
    "the injunction",  # a court's grants: 'granted the injunction', 'granted bail'
    "an injunction",
    "bail",
)
#: 'won support from local firms', 'drew criticism from doctors': a stance received from an
#: actor named after 'from'; the verbs that receive it and the nouns of each stance.
RECEIVING_VERBS = wordlist(
    "won wins drew draws drawn attracted attracts receive received receives faced faces gained "
    "gains got gets enjoyed enjoys had has have met come comes came coming secured secures earned "
    "earns garnered garners generated generates sparked sparks provoked provokes prompted "
    "prompts triggered triggers"
)
#: 'despite protests from staff', 'sparked by complaints from consumers': words before a
#: stance received, in place of a verb.
RECEIVING_LEADS = wordlist("despite amid following after by")
#: What opens a concession ('despite planning officers recommending the scheme').
CONCESSIVES = ("despite", "in spite of", "notwithstanding")
SUPPORT_RECEIVED = wordlist("support backing praise endorsement")
OPPOSITION_RECEIVED = wordlist(
    "criticism opposition objections objection condemnation backlash complaints anger protests "
    "resistance outcry fire pushback"
)
#: 'staged a walkout over pay': staging an action against something.
STAGING_VERBS = ("stage",)
#: 'took part in a demonstration against', 'held a protest against', 'vowed to continue their
#: strike against': taking part in an action against something opposes it.
PARTAKING_VERBS = (
    "take part in",
    "participate in",
    "hold",
    "continue",
    "launch",
    "mount",
    "organise",
    "organize",
)
#: `oppose`: verbs, what is refused, what is voted for, and actions against.
OPPOSE_VERBS = (
    "deride",  # 'The proposal was derided as "fake democracy" by opposition lawmakers'
    "reject",
    "oppose",
    "condemn",
    "criticise",
    "criticize",
    "accuse",
    "dismiss",
    "object to",
    "disagree with",  # 'disagreed with the ruling' (not 'disagree on the figures': two sides)
    "rule out",
    "hit back",
    "quash",
    "turn down",
    "overturn",
    "reverse",
    "overrule",
    "suspend",
    "veto",
    "strike down",
    "throw out",
    "hit out at",
    "hit out against",  # 'lashed out against the decision', as 'lashed out at'
    "lash out at",
    "push back on",  # 'Council pushed back on the mayor's proposed increase'
    "brush aside",  # 'Councillors have also brushed aside objections'
    "lash out against",
    "take aim at",
    "pour cold water on",
    "boycott",
    "blast",
    "lambast",
    "decry",
    "complain about",  # 'have complained about the water shortage'
    "complain over",
    "complain of",
    "castigate",
    "excoriate",
    "cry foul over",
    "cry foul",
    "dissent",  # 'with Commissioner Janet Hill dissenting'
    # rulings and bodies that undo: 'the court junked the petition', 'annulled the results'
    "junk",
    "nullify",
    "annul",
    "invalidate",
    "disqualify",
    "scrap",
    # protest acts: 'MPs from the government bench jeered them'
    "jeer",
    "boo",
    "heckle",
)
#: 'MPs passed the bill', 'the Senate adopted the amendments': a legislature's vote for what it
#: passes.
PASSING_VERBS = ("pass", "clear", "adopt")
#: What passing or clearing approves: laws, and deals ('the regulator cleared the takeover').
LEGISLATION = wordlist(
    "bill bills motion amendment amendments measure budget law resolution takeover merger "
    "acquisition deal plans"
)
#: Heads a number names a piece of legislation after ('Bill 124', 'Proposition 65'), written
#: capitalised, and the codes written in capitals before one ('HR 5735', 'SB 35').
NUMBERED_LAWS = wordlist("bill act proposition measure resolution ordinance")
NUMBERED_LAW_CODES = wordlist("hr h.r. sb hb ab")
#: 'withdrew its support for the government', 'pulled their backing from': support taken back.
WITHDRAWING_VERBS = ("withdraw", "pull")
WITHDRAWN_STANCES = ("support", "backing", "endorsement")
#: 'pulled out of the tour', 'withdrew from the talks': leaving something opposes it (each verb
#: with its own particle: not 'pulled from the shelves'; not a race: 'withdrew from the poll').
LEAVING_VERBS = {"withdraw": "from", "pull": "out of"}
#: 'contested the ruling' opposes it; 'contest the election' only runs in it.
CONTESTING_VERBS = ("contest",)
#: What is contested by standing in it, not by opposing it.
CONTESTED_RACES = wordlist(
    "election elections by-election poll polls race primary primaries seat seats ward "
    "constituency presidency leadership nomination"
)
#: 'protested against the closure', 'warned against cuts': verbs that oppose with 'against'.
AGAINST_VERBS = (
    "protest",
    "warn",
    "caution",  # 'cautioned the government against removing the subsidy'
    "argue",
    "lobby",
    "rule",
    "march",
    "rally",
    "speak out",
    "speak",  # 'residents spoke against the plan'
    "come out",
    "fight",
    "petition",
    "push back",
    "side",
    "go",  # 'went against the recommendation of its officers'
    "recommend",  # 'recommending against the takeover'
    "advise",  # 'the council advised against the scheme'
    "counsel",
    "decide",  # 'the National Assembly had also decided against it'
    "demonstrate",  # 'the police also demonstrate against poor conditions'
)
#: 'raising slogans against the tax hike', 'chanted slogans against privatisation'.
SLOGAN_VERBS = ("chant", "raise", "shout")
#: 'we saw no need for the strike': a need denied (with 'there is no need to') opposes the thing.
NEEDLESS_SEEING = ("see", "sees", "saw", "seen", "seeing")
#: 'there is no need to panic', 'no need for alarm': a feeling calmed, nothing opposed.
NEEDLESS_FEELINGS = wordlist("alarm concern concerns panic panicking worry worrying fear")
#: 'there is no reason for Nestlé to close this facility': grounds denied, as a need is.
NEEDLESS_GROUNDS = ("reason", "justification")
#: 'stressed the need for reform', 'underscored the need to act': a need pressed backs the thing.
NEED_STRESSING = wordlist("stress emphasise emphasize underscore underline reiterate highlight")
#: 'the urgent need for', 'a pressing need to': how a need is weighed, no stance of its own.
NEED_WEIGHTS = wordlist("urgent pressing dire great real clear critical")
#: 'was against the changes', 'remain opposed': verbs of being, before 'against'.
#: ('m, 're: the cue scan reads "I'm", "we're" as their last letters, a word of their own)
BEING_VERBS = (*COPULAS, *wordlist("be been am m re remain remains remained"))
#: 'We’re disappointed', 'I’m opposed', 'we’ve rejected': what a first-person pronoun's
#: contraction adds after its apostrophe.
PRONOUN_CONTRACTIONS = wordlist("re m ve ll d")
#: Words that strengthen a state without changing it ('is very disappointed').
INTENSIFIERS = wordlist("very so really extremely most just simply")
#: 'will appeal the ruling', 'appealing it': an appeal with its object.
APPEAL_OBJECTS = ("the", "it", "this", "that", "a", "an", "its", "their")
#: 'will not appeal the decision', 'we will not be lodging any form of appeal against': a
#: commitment not to appeal, against appealing (the dev set's gold: oppose).
DECLINING_LEADS = ("will not", "would not", "shall not", "won't", "won’t", "wouldn't", "wouldn’t")
DECLINED_APPEALS = (
    "appeal",
    "challenge",
    "be appealing",
    "be challenging",
    "lodge an appeal",
    "lodge any appeal",
    "be lodging an appeal",
    "be lodging any appeal",
    "be lodging any form of appeal",
)
#: A call for someone to be held to account is a claim with its object ('demanded the
#: resignation of three ministers', 'called for the immediate arrest of those involved'): the
#: verbs, in the forms a subject takes, and the acts called for, before 'of'.
CALLING_VERBS = ("called for", "calls for", "demanded", "demands")
#: Gatherings and votes a body calls for, which organise an act rather than claim anything
#: ('called for an emergency meeting', 'called for the strike', 'called for a voice vote').
CALLED_EVENTS = wordlist(
    "meeting meetings discussion discussions talks strike strikes vote votes ballot walkout"
    " protest protests demonstration rally boycott session"
)
CALLED_FOR_ACTS = wordlist(
    "resignation resignations arrest arrests removal release sacking dismissal ouster impeachment"
)
#: 'vowed not to resume duties until their demands are met': acts withheld until a condition
#: is met, a commitment on that condition.
WITHHELD_ACTS = wordlist("resume return sign accept end suspend lift")
#: 'will continue their strike until wages are paid', 'keep up the sit-in unless': an action
#: kept going on a condition, a conditional stance on going on with it.
CONTINUING_VERBS = ("continue", "keep up", "carry on")
#: 'called on Mr Osborne to resign', 'demanded his resignation': calls for someone to go.
DEMANDING_VERBS = ("call on", "calls on", "called on", "calling on", "urge", "urged", "urging")
DEPARTURES = ("resign", "quit", "step down", "stand down", "go")
RESIGNATION_CALLS = ("called for", "calls for", "calling for", "demanded", "demands", "demanding")
#: 'demanded the bill be repealed', 'insisted that the order be withdrawn': verbs before a
#: mandative subjunctive, a call to undo its subject.
MANDATING_VERBS = (*RESIGNATION_CALLS, *forms_of(("insist",)))
#: 'demanded his resignation', 'demanding an apology': redress called for, against whoever
#: is to give it.
DEMANDED_REDRESS = wordlist("resignation apology")
#: 'is united against the plan': words of a common state before its side.
UNITED_WORDS = wordlist("united unanimous solidly firmly")
#: 'will press ahead with the reforms', 'is determined to push through the plan': carrying a
#: plan on supports it.
PRESSING_ON = (
    "press ahead with",
    "push ahead with",
    "forge ahead with",
    "go ahead with",
    "press on with",
    "push through",
    "work towards",
    "work toward",
)
#: 'cannot afford to pay wage increases': the means denied, so the thing opposed.
UNAFFORDABLE = ("cannot", "can't", "could not", "couldn't", "can no longer", "unable to")
#: 'repeated its call for mediation', 'their renewed demand for an inquiry': nouns of a call.
CALL_NOUNS = wordlist("call calls demand demands plea pleas appeal appeals")
#: 'refused to respond to their request', 'failed to respond to its demand': an appeal left
#: unanswered is turned down, no abstention from it.
REQUEST_NOUNS = (*CALL_NOUNS, *wordlist("request requests"))
#: 'calls from the Opposition for the Bill not to be rushed', 'pressure from teachers to raise
#: salaries': urging named by its noun, whose makers back what it urges.
URGING_NOUNS = wordlist("calls demands pleas pressure")
#: What opens the object of 'demanded' when it demands a thing ('demanded a public inquiry').
DEMANDED_OPENERS = wordlist("a an more better fair higher")
#: What is asked for to be told, not for a stance: 'sought an explanation from the minister',
#: 'demanded a full account of the spending'.
INFORMATION_ASKED = wordlist(
    "explanation explanations clarification account answer answers details information update "
    "briefing comment response views opinions feedback"
)
#: Acts of asking to be told, as `INFORMATION_ASKED` is the thing asked: 'sought to clarify the
#: situation with the director' seeks an answer, not the situation.
INFORMATION_VERBS = wordlist("clarify ascertain understand verify")
#: 'demanded to know why', 'demanding to see the minutes': an answer demanded, not an act.
ANSWER_DEMANDS = wordlist("know see hear learn meet speak talk")
#: What opens the object of 'demanded' or 'sought' but not of 'want' ('demanded the
#: reinstatement of', 'are demanding that the state buy'; not 'wanted the bickering to stop').
DEMANDED_ONLY = wordlist("the that")
#: Words before 'demanding' that make it an adjective, not a verb with a bare object ('a
#: demanding job', 'in demanding conditions'; not 'is demanding responsible spending').
DEMANDING_AS_ADJECTIVE = wordlist("a an the more most very less so too in under")
#: Words that list what a noun 'demands' holds ('pressing various demands including
#: recognition'): after them 'demands' is no verb.
DEMANDS_LISTED = ("including", "include", "such as", "like")
#: What opens an amount demanded, before its digits ('demanded $15 an hour', 'demanding Rs. 500
#: more'): currency signs touching the number, or the rupee's abbreviation.
AMOUNT_SIGNS = ("$", "£", "€")
AMOUNT_ABBREVIATIONS = ("rs",)
#: Endings of the nouns that name an act demanded ('demanded immediate payment', 'demanding
#: responsible spending', 'demanded restoration'; not 'demanded machines').
DEMANDED_ACT_ENDINGS = wordlist("ment ments ing ion ions ance ence ity ure")
#: 'demanded a public inquiry', 'want an annual pay rise': verbs (stems) of a demand.
DEMANDING_STEMS = ("demand", "want")
#: Verb forms of a demand that may take a clause ('are demanding that the state buy soybean');
#: not 'demand' or 'demands', nouns as often as verbs ('seven demands that condition').
DEMANDING_THAT = wordlist("demanded demanding requested requesting proposed proposing")
#: Those of them that are a cue only before such a clause ('requested that the court suspend
#: the strike', 'proposed that expenses should be raised'): the act asked for is backed.
CLAUSE_REQUESTS = wordlist("requested requesting proposed proposing")
#: 'demanded the withdrawal of the bill', 'unite to demand for a withdrawal of the hike': calls
#: to undo something oppose it.
UNDOING_CALLS = (
    *RESIGNATION_CALLS,
    *("demand", "demand for", "sought", "seeking", "seeks", "urged", "urging", "urges"),
)
UNDOING_NOUNS = wordlist(
    "withdrawal scrapping repeal abolition cancellation reversal suspension rollback roll-back "
    "revocation"
)
#: 'welcomed the Bill's collapse', 'hailed the defeat of the motion': a thing's downfall, whose
#: welcome opposes the thing.
DOWNFALL_NOUNS = (*UNDOING_NOUNS, *wordlist("collapse defeat failure rejection demise"))
#: 'demanded an end to the project', 'called for a halt to the cuts': backing an ending opposes
#: what it would end.
ENDING_NOUNS = wordlist("end halt stop")
#: Announcing or confirming a decision or its outcome is a claim, whatever stands between the
#: verb and the noun ('announced Sunday the suspension of its strike', 'confirmed the job
#: losses yesterday', 'confirmed the strike', 'confirmed his dismissal'); not 'announced the
#: signing', an event, nor 'confirmed the appointment'.
ANNOUNCING_VERBS = wordlist("announced announces confirmed confirms")
ANNOUNCED_DECISIONS = (
    *UNDOING_NOUNS,
    *wordlist("end closure closures postponement resumption lifting losses redundancies"),
    *wordlist("ruling verdict strike strikes talks discussions dismissal layoffs"),
)
#: 'has announced a zero tariff increase', 'announced a three-year reform package': a new
#: measure a body announces (with 'a', not 'the': its own, not one reported) is one it backs.
ANNOUNCED_MEASURES = wordlist(
    "increase increases rise hike cut cuts reduction allocation package tender measures "
    "changes reform reforms freeze subsidy subsidies"
)
#: 'reluctance to support', 'refused to approve': words that turn a support cue into opposition.
UNWILLING_WORDS = (
    "reluctance to",
    "reluctant to",
    "unwilling to",
    "refusal to",
    "no plans to",
    *(f"{verb} to" for verb in ("refused", "refuses", "refusing", "refuse")),
    *(f"{verb} to" for verb in ("declined", "declines", "declining", "decline")),
)
#: 'would be able to withdraw from it', 'have the right to appeal', 'lose his chance to
#: contest', 'the period to appeal rulings', 'three months to appeal': a means open to
#: someone (or closed), not a stance taken.
ABILITY_LEADS = (
    "able to",
    *(f"{noun} to" for noun in ("right", "chance", "opportunity", "period", "deadline")),
    *(f"{noun} to" for noun in ("window", "power", "days", "weeks", "months")),
)
#: 'the government failed to approve the clearance', 'was unable to back the plan': an act not
#: done, so no stance is taken on its object (neither for nor against it).
FAILING_LEADS = (
    *(f"{verb} to" for verb in ("fail", "fails", "failed", "failing")),
    "unable to",
)
#: 'workers had to vote for the plan', 'the majority needed to pass the bill': what is required
#: of someone, not their stance ('we need to review the laws' is one: not here).
OBLIGATION_LEADS = ("has to", "have to", "had to", "having to", "needed to", "required to")
#: 'did not want to accept the decision', 'does not intend to back it': a will negated before
#: the cue's 'to', so the cue is turned as by a negation right before it.
WILLING_VERBS = tuple(finite_forms(("want", "wish", "intend")))
OPPOSE_EXTRA_FORMS = (
    "rejection of",
    "refusal of",  # 'recommended refusal of the application'
    "slam",
    "slams",
    "slammed",
    "blocked",
    "banned",  # 'banned the march', 'was banned by the authorities' (not 'a ban', 'work bans')
    "denied",
    "denies",
    "sued",
    "voted down",
    "appeal against",
    "appealed against",
    "appealing against",
    "will appeal",
    "would appeal",
    "lodged an appeal",
    "lodged a formal appeal",
    # 'filed an appeal of the ruling': the ruling appealed (not 'filed an appeal for donations')
    "filed an appeal of",
    "files an appeal of",
    "filing an appeal of",
    "hit back at",
    "hits back at",
    "challenged",
    "will challenge",  # not 'challenge' alone: a noun, and a word in names
    "would challenge",
    "could challenge",  # possible, not taken: `undecided`
    "may challenge",
    "might challenge",
    "opposition to",
    "objection to",
    "objections to",
    "railing against",
    "rail against",
    "campaign against",
    "campaigned against",
    "campaigning against",
    "calls to reject",
    "called to reject",
    "calling for the rejection of",
    "thrown out",
    "disputed",  # 'dispute' and 'disputes' are mostly nouns
    "faulted",  # 'faulted the judgment'; 'fault' is mostly a noun ('at fault')
    "faulting",
    "voided",  # 'void' is mostly an adjective: 'the patents were void'
    "voiding",
    # 'the council has voted no confidence in the minister', 'people have no confidence in him'
    *(f"{verb} no confidence in" for verb in wordlist("vote votes voted voting have has had")),
)
#: 'expressed their dismay', 'voiced concerns': feelings that oppose what they are about, and
#: the verbs (stems) that air them.
OPPOSE_FEELINGS = wordlist(
    "dismay disappointment anger opposition reluctance concern concerns doubts fears worries "
    "worry objections reservations frustration alarm outrage displeasure dissatisfaction "
    "discontent discontentment"
)
AIRING_STEMS = ("express", "voic", "rais", "air", "hav", "has", "had")  # 'have concerns'
#: 'has expressed an interest in buying the plant': stems that air an interest, which backs
#: the thing (not 'has an interest in', a stake).
INTEREST_STEMS = ("express", "show", "signal", "register")
#: 'showed little interest in': amounts that deny the interest aired.
SCANT_WORDS = ("little", "no", "scant", "less")
#: Words between an airing verb and its feeling ('raised serious concerns').
FEELING_LEADS = ("their", "its", "his", "her", "serious", "grave", "deep", "strong", "some")
OPPOSE_STEMS = ("denounc",)
#: 'refused to accept it', 'refusing to budge': acts whose refusal opposes, whatever follows.
REFUSED_ACTS = (
    "accept",
    "sign",
    "go along with",
    "back",
    "support",
    "agree",
    "endorse",
    "budge",  # 'is offering 2.5 per cent and refusing to budge': against the demand
    "back down",
    "stay",  # a court's refusal: 'declined to stay the order' ('to grant bail' is a grant)
    "allow",
    "approve",
    "recognise",  # 'refused to recognise the union'
    "recognize",
    "grant",  # 'refused to grant their request', 'refused to grant leave to proceed'
)
#: 'refused to take part in the session': taking part refused, a boycott of what follows (read
#: like any other act refused, only with a determined object).
REFUSED_PARTAKING = ("take part in", "participate in")
#: What opens the object of any other act refused, which the refusal opposes ('refused to
#: entertain a petition', 'refused to honour the agreement'); not a possessive, the refuser's
#: own ('refused to take its seats'), nor none ('refused to engage in time').
REFUSED_OBJECT_DETERMINERS = wordlist("the a an this these those any")
#: 'includes support for childcare', 'offers support to families': verbs whose object is a
#: stance noun as a thing given, not anyone's stance.
PROVIDING_VERBS = wordlist("provide offer include give need get access")
#: 'A group called X', 'an organisation known as X': the name that follows is the actor.
NAMING_PARTICIPLES = ("called", "named", "known as", "calling itself", "calling themselves")
#: 'voted to strike', 'voted for industrial action': a vote for a walkout, against what it is
#: over; with nothing named it is over, a vote for the walkout itself.
VOTED_WALKOUTS = ("to strike", "for strike action", "for industrial action")
VOTES_AGAINST = ("against", "to reject", *VOTED_WALKOUTS)
STRIKE_ACTIONS = (
    "strike",
    "down tools",
    "walk out",
    "walk off the job",
)
#: 'put up barricades to stop the rally', 'deployed troops to prevent the strike': an act done to
#: stop something opposes it.
BLOCKING_VERBS = ("stop", "prevent", "block", "halt", "thwart", "foil")
#: 'accused the government of failing to uphold the terms': verbs that charge someone with an
#: act, which is the charged one's, not a stance of the one who charges.
CHARGING_VERBS = ("accuse",)
#: 'blocked Murree Road', 'blocking traffic': ways and passage that protesters block, an act
#: done where they protest, not a stance on the road (what they protest is said elsewhere).
BLOCKED_WAYS = wordlist(
    "road roads street streets highway highways motorway carriageway traffic junction bridge "
    "entrance entrances gate gates access railway tracks"
)
#: 'warned farmers will shut down markets if their demands are ignored': a warning whose
#: condition follows states a conditional stance.
WARNING_FORMS = ("warned", "warns", "threatened", "threatens")
#: 'warned of the dangers of a general strike': the harm a warning names is what it is against.
WARNING_VERBS = ("warn",)
WARNED_DANGERS = ("dangers", "perils")
#: 'are gearing up for an indefinite strike': getting ready for an action.
PREPARING_FOR = (
    "gear up for",
    "gearing up for",
    "geared up for",
    "gears up for",
    "prepare for",
    "prepares for",
    "preparing for",
    "prepared for",
)
#: Prepositions opening a time, count or medium between a passive verdict and its agent
#: ('rejected for the second time by', 'approved on Monday by', 'criticised in a post by').
ADJUNCT_PREPOSITIONS = wordlist("for on at during after in")
#: Words that open a bare time phrase between a passive verdict and its agent ('criticised the
#: same night by', 'rejected last week by').
BARE_TIME_LEADS = ("the same", "last", "this")
#: 'The ruling was overturned in the Federal Court': bodies that act where they sit.
SITTING_BODIES = ("court", "tribunal")
STRIKE_LEADS = ("will", "would", "to", "plan to", "threaten to", "threatens to", "threatened to")
#: Leads that only say a strike is coming ('will launch a three-day strike', 'would go on strike'):
#: with no grievance after the strike, they back the strike itself.
STRIKE_PLAIN_LEADS = ("will", "would", "plan to")
#: 'an earlier ruling in favour of Eversheds': decisions whose side is their own, not a stance of
#: the one who names them.
DECIDED_THINGS = wordlist(
    "ruling rulings decision decisions verdict judgment judgement order award"
)
#: 'approved and released a check for P1.5 million': money paid out, whose approval is an act of
#: office, not a stance.
PAID_THINGS = wordlist("check checks cheque cheques voucher vouchers disbursement")
#: 'has served notice of a strike', 'issued strike notice': warning that a strike will start.
NOTICE_VERBS = ("serve", "issue")
#: 'to go on an indefinite strike', 'will embark on a strike': verbs that start one.
STRIKE_STARTS = ("take", "go on", "embark on", "begin", "start", "launch")
#: 'declared an indefinite strike', 'has embarked on a nationwide strike', 'commenced the
#: strike', 'called a strike', 'announced a general strike': verbs that start one with no modal
#: before them.
STRIKE_OPENERS = (
    "declare",
    "embark on",
    "commence",
    "launch",
    "start",
    "initiate",
    "stage",
    "call",
    "announce",
)
#: 'will go on strike', 'will launch a three-day strike': verbs that start one after a lead
#: that only says it is coming (`STRIKE_PLAIN_LEADS`).
STRIKE_COMING = (*STRIKE_OPENERS, "go on", "begin")
#: What a strike is said to be over ('over pay', 'to protest the cuts', 'demanding higher
#: pay', 'to express their discontent with'): the stance is then on that, not on the strike.
STRIKE_GRIEVANCES = wordlist(
    "over against protest protests protesting demanding express expressing"
)
#: What a strike over which is for it: 'a strike over demands for the allowance'.
STRIKE_CLAIMS = wordlist("demand demands call calls claim claims")
#: 'voted to authorise a strike', 'authorized strike action': stems that back a strike.
AUTHORISING_STEMS = ("authoris", "authoriz")
#: 'our plans to make November 30 the biggest strike': plans whose object is a strike.
STRIKE_NOUNS = (
    "strike",
    "strikes",
    "walkout",
    "walkouts",
    "industrial action",
    "strike action",
    "stoppage",
)
#: Nouns a strike noun only qualifies: 'launched a strike ballot', 'called a strike vote'
#: name a ballot or a fund, not the strike.
STRIKE_QUALIFIED = wordlist("ballot ballots vote votes fund funds mandate committee")
#: 'called off their strike', 'has withdrawn the strike', 'moved to delay the strike': verbs that
#: end or hold one back, a stance against it (not 'end': 'agreed to end the strike' backs a
#: settlement).
STRIKE_ENDERS = ("call off", "withdraw", "postpone", "delay")
#: 'threatened strike action over the plans': a threat is a stance against what it is over.
THREATENING_VERBS = ("threaten",)
FIGHT_VERBS = ("fight", "challenge", "resist", "block", "sue", "appeal")
#: 'vowed to scrap the tax', 'will reverse the cuts': undoing something opposes it (not 'end'
#: or 'stop': 'whether to end the dispute' seeks a settlement).
UNDOING_VERBS = ("scrap", "abandon", "reverse", "shelve", "ditch", "overturn", "cancel", "repeal")
FIGHT_LEADS_EXACT = ("will", "to", "would")
FIGHT_LEADS_STEMS = ("vow", "pledg", "threaten", "promis", "mov", "decid")  # 'moved to cancel'
#: 'is fighting the closure', 'fought the plan': the verbs of a fight under way or past.
FIGHTING_FORMS = ("fighting", "fought", "resisting", "resisted", "challenging", "suing")
LEGAL_ACTIONS = (
    "lawsuit",
    "legal challenge",
    "challenge",
    "legal action",
    "judicial review",
    "case",
    "petition",
    "suit",
    "complaint",
    "writ",
)
#: 'threatened legal action over', 'brought a legal challenge to': verbs that start a case.
SUING_VERBS = ("file", "launch", "bring", "threaten", "take", "mount", "lodge")
#: 'a plea filed by X against', 'an appeal by Forest and Bird against': a case and its maker,
#: named after 'by'.
FILING_PASTS = ("filed", "lodged", "brought", "launched", "mounted")
FILED_NOUNS = ("appeal", "challenge", "petition", "plea", "complaint", "objection", "lawsuit")
#: 'said the move is (meant) to protect patrons', 'the rules aim to protect consumers': a
#: measure's purpose as someone states it, when the purpose is a good (not 'is to cut jobs').
PURPOSE_PARTICIPLES = ("meant", "designed", "intended", "aimed")
PURPOSE_VERBS = wordlist(
    "protect safeguard ensure improve help save keep reduce curb tackle prevent stop promote "
    "encourage boost support"
)
#: 'the recommendation of the planning officers to grant permission': advice and whose it is.
ADVICE_NOUNS = ("recommendation", "advice")
#: 'all Labour, Conservative and Independent members said no', 'voted no to the merger'.
SAYING_NO = ("say", "vote")
#: 'was ruled "not competent" by provost Jean Jones', 'was found unconstitutional by a labour
#: board': verdicts given in the passive, and those found only in rulings.
RULING_PASTS = ("ruled", "found", "declared", "held")
RULED_AGAINST = ("out of order", "not competent", "incompetent", "inadmissible", "ultra vires")
#: 'the judge said the application lacks merit': a court's verdict against what it weighed.
MERIT_LACKING = ("lack merit", "lacks merit", "lacked merit", "lacking merit", "lacks any merit")
JUDGEMENTS_AGAINST = (
    "insufficient",
    "inadequate",
    "excessive",
    "unreasonable",
    "unjust",
    "unlawful",
    "illegal",
    "unconstitutional",
    "invalid",  # 'held that the decision was invalid'
    "without merit",  # 'the claims were without merit'
    "devoid of merit",
    "void",
    "null and void",
    "undemocratic",
    "discriminatory",
    "misleading",
    "irresponsible",
    "outrageous",
    "abhorrent",
    "obscene",
    "absurd",
    "ridiculous",
    "disgraceful",
    "shameful",
    "appalling",
    "pointless",
    "meaningless",
    "defective",
    "a scandal",
    "a disgrace",
    "an insult",
    "a betrayal",
    "an affront",
    "a slap in the face",
    "a kick in the teeth",
    "wrong",
    "the wrong decision",
    "the wrong thing",
    "the wrong choice",
    "the wrong approach",
    "unfair",
    "unacceptable",
    "not acceptable",
    "not enough",
    "not necessary",
    "unnecessary",
    "unjustified",
    "unworkable",
    "unrealistic",
    "unaffordable",
    "unsustainable",
    "untenable",
    "impractical",
    "arbitrary",  # 'said the decision was arbitrary'
    "unfounded",  # 'argues the conviction is unfounded'
    "baseless",
    "groundless",
    "the wrong one",
    "flawed",
    "misguided",
    "a mistake",
    "a disaster",
    "disastrous",
    "premature",
    "reckless",
    "inappropriate",
    "unwise",
)
#: 'insisted the cuts were necessary': verdicts that support the thing judged.
JUDGEMENTS_SUPPORTING = (
    "necessary",
    "essential",
    "vital",
    "justified",
    "the right decision",
    "the right thing",
    "the right one",
    "the right choice",
    "the right approach",
    "good news",
    "a step in the right direction",
    "a step forward",
    "a positive step",
    "a positive move",
    "a positive development",
    "a lifeline",
    "balanced",
    "fair",
    "reasonable",
    "acceptable",
    "in the best interests of",
)
JUDGING_VERBS = ("judged", "deemed", "considered", "seen")
JUDGEMENTS_FOR = ("acceptable", "fair", "enough", "good enough")
#: 'told reporters the council would': verbs whose first object is whom they address.
TELLING_VERBS = ("tell",)
#: 'Speaking to Muscat Daily', 'spoke to Reuters': verbs whose object after 'to' is whom they
#: address.
ADDRESSING_VERBS = ("speak to", "talk to")
#: 'reacted with fury to the news', 'responded angrily to': verbs whose manner is a verdict on
#: what they answer.
REACTING_VERBS = ("react", "respond")
#: 'branded the plan a disgrace': a verdict against its object, but with 'as' a label whose
#: tone is the verdict ('branded the draft as "reformist"' is no blame).
BRANDING_VERBS = ("brand",)
#: 'called the proposal "obscene"', 'branded the plan a disgrace': verbs that name a verdict
#: on their object.
NAMING_VERBS = (
    *forms_of(BRANDING_VERBS),
    "call",
    "calls",
    "called",
    "calling",
    "label",
    "labelled",
    "labeled",
    "term",
    "termed",
    "describe",
    "described",
    "describing",
)
#: Sanctions a rule lays down ('Violators will be fined', 'Offenders face up to five years in
#: jail'): what the rule does to those who break it, whose tone is no one's verdict on the rule.
SANCTION_PARTICIPLES = wordlist(
    "fined jailed imprisoned prosecuted penalised penalized punished charged banned suspended"
)
SANCTION_NOUNS = wordlist("fine fines penalty penalties prosecution jail prison imprisonment")
#: Accounts of an offence, whose acts are evidence, not stances ('Records show that X and Y
#: approved the payment', 'The court heard that the mayor signed the contract'): the sources
#: and the verbs that lead such an account.
ACCOUNT_SOURCES = wordlist("records documents evidence indictment prosecutors prosecution")
ACCOUNT_VERBS = wordlist("show shows showed indicate indicates indicated allege alleges alleged")
#: Verdict words of news that a general sentiment lexicon (VADER) lacks, with a valence on its
#: scale (-4 .. 4): what a side calls a thing it scorns or welcomes.
NEWS_VALENCES = {
    **dict.fromkeys(wordlist("gimmick gimmicks ploy ploys stunt stunts sham charade"), -2.0),
    **dict.fromkeys(wordlist("whitewash smokescreen"), -2.0),
    **dict.fromkeys(wordlist("lifeline"), 2.0),
    # a side taken or won, not praise: 'in favour of the bill', 'counted in the government's
    # favour' (the cue rules read 'in favour of' as support where an actor takes the side)
    **dict.fromkeys(wordlist("favour favor"), 0.0),
    # plain speaking, not praise: 'made it very clear to them that we cannot allow', 'was very
    # clear that ... I wanted to know'
    **dict.fromkeys(wordlist("clear"), 0.0),
}
#: Idioms of verdict, read as the one word each means, since a word-by-word lexicon misreads
#: them ('a slap in the face' is not a slap's tone).
VERDICT_IDIOMS = {
    "slap in the face": "insult",
    "kick in the teeth": "insult",
    "daylight robbery": "robbery",
    "step in the right direction": "improvement",
    "breath of fresh air": "relief",
}
#: 'viewed the move as a gimmick', 'sees the outcome as positive': verbs of how a side sees its
#: object, a verdict when 'as' and a label follow (the label's tone is the stance).
VIEWING_VERBS = tuple(forms_of(("view", "regard", "see", "perceive", "consider", "deem")))
#: 'Efforts to get comment from X proved futile', 'Attempts to reach the union failed': an
#: attempt as a subject names what was tried, never a source or an actor.
ATTEMPT_NOUNS = wordlist("effort efforts attempt attempts")
#: 'a three-year battle to reverse the decision': efforts whose aim (an URGED_ENDINGS verb)
#: opposes their object.
EFFORT_NOUNS = wordlist(
    "battle battles fight fights campaign campaigns bid bids effort efforts "
    "attempt attempts move moves"
)
#: 'joined the strike', 'joined protests': actions against something that an actor joins.
JOINED_ACTIONS = wordlist(
    "strike strikes walkout walkouts protest protests boycott "
    "demonstration demonstrations picket pickets"
)
#: 'staged protests demanding a pay rise': the participle names what the action is for, so
#: the action backs it rather than opposing something.
ACTION_PURPOSES = ("demanding", "calling for", "seeking", "to demand", "to call for")
#: 'pressed for a meeting', 'pushing for it', 'asked for a 19-year sentence': advocacy (stems
#: before 'for') supports its object.
ADVOCATING_STEMS = ("push", "press", "campaign", "lobb", "argu", "fight", "appeal", "ask")
#: 'is shutting down its Mississauga facility', 'will close their stores': a body closing its
#: own sites backs the closure (the verbs, and the sites they close).
CLOSING_VERBS = ("close", "close down", "shut", "shut down", "axe")
CLOSED_SITES = wordlist(
    """
    plant plants factory factories facility facilities mill mills mine mines store stores shop
    shops branch branches outlet outlets office offices site sites operation operations unit units
    ward wards school schools hospital hospitals clinic clinics centre centres center centers depot
    depots warehouse warehouses restaurant restaurants hotel hotels doors
    """
)
#: 'traders closed their shops to protest the taxes', 'shut their shops in protest': a closing
#: done as a protest is a stand against something else, no backing of the closure.
PROTEST_CLOSING_LINKS = ("in protest", "to protest", "as a protest", "in a protest", "against")
#: 'has made a revised proposal', 'tabled a motion': putting something forward supports it.
PROPOSING_VERBS = (
    "made",
    "makes",
    "make",
    "submitted",
    "tabled",
    "lodged",
    "put forward",
    "presented",
    "unveiled",
)
PROPOSALS = wordlist(
    "offer offers proposal proposals bid bids motion motions amendment amendments plan plans"
)
#: 'Some suggested a voluntary ban', 'proposed an alternative': an idea put forward with 'a' or
#: 'an' is backed (not 'suggested the plan was flawed', a clause without 'that').
SUGGESTING_VERBS = ("suggest", "propose")
#: 'has agreed a £1.7m package': 'agree' with a direct object.
AGREEING_FORMS = ("agree", "agrees", "agreed")
#: 'reached an agreement with the ministry', 'Unite signed the deal', 'struck a pay deal': each
#: party to a settled accord backs it (not 'failed to reach an agreement': see the cue).
CONCLUDING_VERBS = ("reach", "sign", "strike", "seal", "clinch")
#: Accords a party reaches or signs.
ACCORDS = wordlist("agreement agreements deal deals accord settlement")
#: 'signed an order extending the term', 'the President signed the Resolution': acts of office
#: a signer puts into force, and so backs.
SIGNED_DOCUMENTS = wordlist(
    "decree decrees resolution resolutions order orders contract contracts award memorandum "
    "protocol regulation regulations ordinance bill bills law"
)
#: 'said the bill would help': a verdict on what something will do (the thing judged is the
#: target, the one judging the actor).
VERDICT_MODALS = ("will", "would", "could", "can")
#: 'the closure should be stopped': what ought to be undone is opposed by whoever says so.
DEONTIC_MODALS = ("should", "must", "ought to", "needs to", "need to")
#: 'cannot be implemented by a government', 'must be approved by the council': a passive after
#: these supposes an act or requires it; its agent takes no stance.
SUPPOSING_MODALS = (*POSSIBILITY_MODALS, *DEONTIC_MODALS, "can", "cannot", "can't")
#: 'should go ahead', 'should have been approved': a verdict that a thing be let happen supports
#: it ('should never have been passed', 'must not go ahead' oppose it).
ALLOWED_OUTCOMES = (
    "go ahead",
    "proceed",
    "passed",
    "approved",
    "allowed",
    "granted",
    "adopted",
    "made it",
)
#: 'must be applauded for their hard work', 'should be commended': praise owed is a verdict for
#: the one praised (in the passive, after a modal of obligation).
PRAISING_VERBS = ("applaud", "commend", "praise", "congratulate", "thank", "salute", "credit")
#: 'can be rectified by the government moving the patients': a remedy put forward (participles).
REMEDYING_PASTS = wordlist("solved resolved rectified fixed remedied addressed tackled cured")
#: 'the drought made the subsidy essential': what a need makes a measure (single words).
NEEDED_WORDS = wordlist("essential necessary vital imperative indispensable")
#: 'I don't think we could substantiate a refusal', 'cannot justify refusing it': verbs that give
#: grounds for a refusal (negated, the thing refused is backed).
JUSTIFYING_VERBS = ("substantiate", "justify", "defend", "sustain")
#: 'found the development acceptable', 'deemed the scheme unlawful': verbs that give their object
#: a verdict, and the verdicts for it beyond `JUDGEMENTS_SUPPORTING`.
DEEMING_VERBS = wordlist("found finds deemed deems judged judges declared declares")
JUDGEMENTS_ALLOWING = wordlist("suitable appropriate lawful valid constitutional sound")
#: 'it was not clear the bid would bring value for money', 'questioned whether the cut would
#: boost growth': doubt about what a thing will do, which turns praise of it into blame.
DOUBTS = (
    "not clear",
    "unclear",
    "doubtful",
    "not convinced",
    "unconvinced",
    "not sure",
    "sceptical",
    "skeptical",
    "questioned whether",
    "questions whether",
    "questioning whether",
    "doubted whether",
    "doubts whether",
    "doubted that",
)
#: 'look no further than the appalling delays', 'these savage cuts': blame put in an adjective
#: before the thing blamed (after a determiner; the speaker's verdict on it).
ATTRIBUTIVE_BLAME = wordlist(
    "appalling disastrous shambolic chaotic savage botched draconian disgraceful shameful "
    "outrageous reckless callous scandalous"
)
#: 'His views were not shared by most of the 70 people in attendance': what a side holds, which
#: a crowd that does not share it holds against.
HELD_VIEWS = wordlist("view views opinion opinions position stance optimism enthusiasm")
#: 'Residents fear the quarry will bring lorries': fearing what a thing will do opposes it.
FEARING_VERBS = wordlist("fear fears feared")
#: 'deserve huge credit for their bravery': what praise owed is called.
DESERVED_PRAISE = wordlist("credit praise thanks recognition congratulations")
#: 'vowed to defend him from going to prison', 'protect farmers from cheap imports': what a
#: side shields someone from, it opposes (not 'defended the plan from the outset': a time;
#: not 'against', which a title is defended against in sport).
SHIELDING_VERBS = wordlist("defend protect shield safeguard")
#: 'have been fighting to save the plant', 'battled to stop the closure': a fight for a purpose,
#: whose verb says the side (to keep a thing backs it, to undo one opposes it).
STRIVING_FORMS = wordlist("fighting fought battling battled campaigning campaigned struggling")
#: 'fighting to save the jobs', 'battling to keep the ward open': what a fight keeps, it backs.
KEEPING_VERBS = (*SHIELDING_VERBS, *wordlist("save keep preserve retain"))
SHIELDED_TIMES = wordlist("outset start beginning")
HELPING_VERBS = (
    "help",
    "benefit",
    "boost",
    "improve",
    "strengthen",
    "protect",
    "safeguard",
    "bring value",  # 'would bring value for money'
    "deliver value",
    "provide value",
    "represent value",
    "offer value",
)
HARMING_VERBS = (
    "hurt",
    "harm",
    "damage",
    "undermine",
    "threaten",
    "destroy",
    "devastate",
    "weaken",
    "hit",
    "cripple",
    "jeopardise",
    "jeopardize",
    "derail",
    "hinder",
    "wreck",
)
#: Stance verbs that also name a job before a post noun ('school support staff', 'refuse
#: collectors'): a post, no stance, unless a verb's lead comes first ('will support staff').
POST_MODIFIERS = wordlist("support refuse")
POST_NOUNS = wordlist(
    "staff worker workers assistant assistants officer officers collector collectors collection"
)
#: What leads such a word as a verb before a post noun, beside modals and pronouns.
POST_VERB_LEADS = wordlist("to not also and or")
#: `support`: verbs (all forms), and phrases.
SUPPORT_VERBS = (
    "tolerate",  # 'will not tolerate such conduct': said negated, to oppose
    "welcome",
    "hail",
    "approve",
    "endorse",
    "praise",
    "support",
    "defend",
    "stand by",
    "side with",
    "rally behind",
    "rally round",
    "rally around",
    "applaud",
    "commend",
    "laud",
    "echo",  # 'Their concerns were echoed by Councillor Jane Ward': agreeing with what is said
    "come out in favour of",
    "come out in favor of",
    "recommend",
    "rubber-stamp",
    "propose",
    "uphold",
    "affirm",  # 'The Court of Appeal affirmed the finding'
    # carrying a measure out: 'implemented a 66 percent increase', 'began enforcing the ban'
    "implement",
    "enforce",
    "roll out",
    "reinstate",
    "ratify",
    "believe in",
    "agree with",  # 'agreed with the Minister's appraisal'; negated, 'does not agree with', opposes
)
#: 'has imposed a wage freeze', 'imposed price controls on': a measure put in force, backed.
IMPOSING_VERBS = ("impose",)
#: 'imposed a heavy defeat on the president': a loss dealt, no measure put in force.
IMPOSED_SETBACKS = plurals_of(wordlist("defeat setback blow humiliation"))
#: 'back' is a verb in 'backed', 'backs' and 'back the deal', not in 'hit back'; 'backing' in
#: 'backing the deal', not in 'remove backing from'.
BACK_FORMS = ("backs", "backed")
SUPPORT_PHRASES = (
    "agree to",
    "agrees to",
    "agreed to",
    "sign up to",
    "signs up to",
    "signed up to",
    "voted for",
    "vote for",
    "votes for",
    "voted in favour of",
    "voted in favor of",
    "voted in favour",
    "voted in favor",
    "voted to approve",
    "voted to accept",
    "in favour of",
    "in favor of",
    "committed to",
    "keen to",
    "keen on",
    "gave the go-ahead",
    "give the go-ahead",
    "gives the go-ahead",
    "given the go-ahead",
    "gave the green light",
    "give the green light",
    "given the green light",
    "signed off on",
    "support for",
    "backing for",
    "backing to",
    "with backing from",
    "with the backing of",
    "with support from",
    "with the support of",
    # an objection denied backs the thing: 'said it has no objection to the proposal'
    "no objection to",
    "no objections to",
)
#: 'directed the minister to expedite the distribution', 'ordered the ministry to halt': a
#: directive to a body that can act states the stance of whoever gives it (in the passive,
#: 'was ordered to pay', the stance is not the subject's).
DIRECTING_VERBS = wordlist(
    "directed directs directing ordered orders ordering instructed instructs instructing"
)
#: Whom a body directs as its own people, which states its stance ('the union instructed its
#: members to reject the offer'), unlike a person a court orders ('ordered Black to report').
DIRECTED_MEMBERS = wordlist("members workers staff employees teachers nurses doctors drivers")
#: 'the RCN, whose members rejected the offer': those through whom a body takes its stance, so
#: the body is the actor (not 'the firm, whose workers rejected it': workers are not the firm).
SPEAKING_MEMBERS = wordlist("members leaders leadership executive delegates mps councillors")
#: 'urged members to accept the deal': appeals that support what they urge.
URGING_VERBS = (
    "urge",
    "urged",
    "urges",
    "urging",
    "encourage",
    "encouraged",
    "encourages",
    "called on",
    "calls on",
    "call on",
    "calling on",
    "called upon",
    "calls upon",
    "call upon",
    "calling upon",
    "lobbied",
    "lobbies",
    "lobbying",
    "pressed",
    "asked",  # 'asked the court to pass a stiffer sentence'
    "asks",
    "asking",
    "persuaded",
    "told",  # 'Parents told the board to drop the plan' ('tell' reports: past only)
    "pleaded with",  # 'pleaded with Government to step in and assist farmers'
    "pleads with",
    "pleading with",
    "requested",  # 'requested the nurses to call off the strike'
    "requests",
    "requesting",
    "appealed to",  # 'appealed to the Prime Minister to revisit his decision'
    "appeals to",
    "appealing to",
    "advise",
    "advised",
    "advises",
    "advising",
    "petitioned",  # 'petitioned the government to provide nurses with protective equipment'
    "petitions",
    "petitioning",
    *DIRECTING_VERBS,
)
#: 'recommended that shareholders reject the offer': the stance in the clause is the
#: recommender's.
RECOMMENDING_VERBS = (
    "recommend",
    "recommended",
    "recommends",
    "recommending",
    "urged",
    "urges",
    "advised",
    "advises",
    "proposed",
    "proposes",
    "demanded",
    "demands",
    "insist",  # 'The doctors insist that the government implements the CBA': the doctors'
    "insists",
    "insisted",
    "insisting",
)
#: 'is seeking to increase its stake': an aim the actor supports.
SEEKING_FORMS = ("seek", "seeks", "seeking", "sought")
#: 'said it wanted to maintain the infirmary': wanting to keep something supports it.
WANTING_FORMS = ("want", "wants", "wanted", "wanting")
#: 'wants the allowance raised from 40 to 70 per cent', 'want the bonuses owed to staff to be
#: paid before': a thing wanted done, its participle then one of these, backs the change.
WANTED_DONE_LINKS = wordlist("to from before by in at")
#: 'hoped that the group would end the strike': a hope that another ends a thing opposes it.
HOPING_FORMS = ("hope", "hopes", "hoped", "hoping")
#: 'plans to open a bigger school', 'promised to increase allowances', 'intend to start
#: levying': an intent (stems) to make a change supports the change.
INTENDING_STEMS = ("plan", "promis", "pledg", "vow", "intend")
#: 'promised an upward review of salaries', 'pledged $5 million': what a body promises to give
#: it backs.
PROMISING_PASTS = ("promised", "pledged")
#: 'decided to close the plant', 'resolved to sell the land': a choice made to make a change.
DECIDING_FORMS = wordlist(
    "decide decides decided deciding resolve resolves resolved opt opts opted chose chooses"
)
#: The changes a body sets out to make ('want to close it', 'plans to cut 1,000 jobs').
INTENDED_CHANGES = (
    *wordlist(
        "close shut open build cut axe raise increase reduce introduce sell buy expand extend "
        "merge hire invest demolish relocate privatise privatize acquire purchase renegotiate "
        "revise reform restructure reopen replace modernise modernize upgrade deploy release "
        "provide use resume retrench allocate establish slash transfer freeze continue implement"
        " suspend nationalise nationalize employ recruit downgrade start begin launch impose levy"
        " charge pay"
    ),
    "take over",  # 'plans to take over the firm', 'offered $4.3 billion to take over CSR'
    "lay off",  # 'plans to lay off 120 workers'
    "set up",
)
#: 'want their salaries reviewed.': changes whose participle alone, ending the clause, says what
#: is wanted done (not 'wanted the matter settled': an outcome, no change backed).
WANTED_CHANGES = (*INTENDED_CHANGES, "review", "restore", "pay")
#: 'the government had raised domestic fuel prices', 'has increased tariffs on imported goods',
#: 'have set the farm gate price': a body that changes or sets what it charges or pays backs it
#: (its object one of these).
RAISING_PASTS = wordlist("raised increased hiked lowered reduced slashed set fixed")
RAISED_CHARGES = wordlist(
    "price prices tariff tariffs fee fees fare fares rate rates tax taxes levy levies charges"
    " budget salaries wages allowances"
)
#: 'offered $4.3 billion to take over CSR': an offer, its price, then the change it would buy.
OFFERING_FORMS = ("offer", "offers", "offered", "bid", "bids")
#: 'had offered teachers a 4% pay raise', 'offered workers a 25 per cent pay increase': what a
#: side offers in pay it backs, as its own proposal.
OFFERED_RISES = wordlist("increase increases rise rises raise raises hike hikes increment")
#: 'allowed airlines to raise fares', 'decided to allow the club to pay in instalments': who
#: lets others act backs the act.
ALLOWING_VERBS = ("allow", "permit")
#: What is raised or opened that is no change: 'want to raise awareness', 'plans to open talks',
#: 'vowed to continue until': a going on with no object.
NO_CHANGE_OBJECTS = ("awareness", "concerns", "questions", "the issue", "talks", "up", "until")
URGED_ACTS = (
    "accept",
    "pass",
    "ratify",
    "strengthen",
    "fund",
    "back",
    "support",
    "approve",
    "vote for",
    "endorse",
    "return to",
    "come back to",
    "resume",
    "stick to",
    "adopt",
    "keep",
    "maintain",
)
#: Whom an appeal to act addresses when the act it urges is a stance on policy: a body or
#: office that can act ('urged the government to work with the firm'); an appeal to the public
#: ('urged drivers to avoid the area') is advice, not a stance. Names qualify too (capitals).
URGED_AUTHORITIES = (
    *ORG_NOUNS,
    *wordlist(
        "authorities province state city ministers minister treasury administration premier "
        "president mayor governor management employers companies councils governments "
        "officials departments court judge tribunal"
    ),
    # 'called on union leaders not to take the teachers to the streets': those who lead a body
    *wordlist("leader leadership bosses"),
)
#: 'urged the council to scrap the scheme': appeals that oppose what they would end.
URGED_ENDINGS = (
    "scrap",
    "drop",
    "abandon",
    "reverse",
    "withdraw",
    "halt",
    "shelve",
    "ditch",
    "reject",
    "block",
    "overturn",
    "rethink",
    "reconsider",
    "revisit",
    "change course",
    "vote against",
    "end",
    "put an end to",
    "move away from",  # 'urged them to move away from the traditional teaching'
    "stop",
    "cease",
    "cancel",
    "call off",
    "postpone",  # 'requested the association to postpone their strike'
    "quash",  # 'called on the appeals chamber to quash the verdict'
    "revoke",  # 'urged the ministry to revoke the licence'
)
#: Undoing a decision or a law, read only as a gerund after a cue of support ('voted in favour
#: of revoking the decision', 'backed repealing the law': against the decision, the law); 'voted
#: to rescind the rate' stays the vote's own act (the dev set's gold: support of rescinding).
ANNULLING_VERBS = ("revoke", "rescind", "annul", "quash", "repeal", "abolish")
#: 'told the board of health to butt out': told to keep out of things, whom it addresses is
#: opposed (the act takes no object to be the target).
WITHDRAWALS = ("butt out", "back off", "back down", "stay out", "keep out", "get out")
#: 'refuses to back down on reforms', 'would not back down from its demands': the ground held
#: after a retreat refused is backed (a bare 'refused to back down' opposes the other side).
HELD_GROUND_LINKS = ("on", "from", "over")
#: 'went to court to force the company to pay': whom an actor sets out to force is opposed
#: (only after 'to', an aim: 'The pandemic forced the firm to close' is no one's stance).
FORCING_VERBS = ("force", "compel", "pressure", "pressurise", "pressurize", "press")
#: What one is forced to give up ('to pay', 'to reinstate'); forcing a choice open ('to compel
#: the Speaker to allow a secret ballot') is no stance against whom it addresses.
FORCED_ACTS = ("pay", "repay", "refund", "compensate", "reinstate", "honour", "honor", "settle")
#: 'A Labour motion to suspend standing orders', 'An SNP Group amendment calling for': a motion
#: a named side moves, whose movers hold the stance its proposal states.
MOVED_NOUNS = wordlist("motion motions amendment amendments resolution resolutions")
#: What a moved motion's proposal opens with: 'to', 'for', 'calling for', 'seeking'.
MOVED_LINKS = ("to", "for", "calling for", "seeking")
#: 'a motion of no confidence in the chairman': a motion against whom it names.
NO_CONFIDENCE = ("of no confidence in", "of no-confidence in", "of censure on", "to censure")
#: 'The amendment, moved by Senator Jane Doe': putting a motion forward, in the passive.
MOVING_VERBS = ("moved", "tabled", "brought", "proposed", "put forward", "sponsored", "introduced")
SUPPORT_ACCEPT = ("accept",)
#: 'pleaded guilty to the charge' accepts the charge; 'pleaded not guilty' contests it.
PLEADING_VERBS = ("plead",)
#: Determiners after which a bare 'back' is the verb ('back the deal').
BACK_OBJECTS = ("the", "a", "an", "its", "their", "his", "her", "this", "these", "those")
#: Verbs whose particle a bare 'back' is ('pay back the loans', 'knocked back the application',
#: 'win back their jobs'): no backing of what follows.
BACK_PARTICLE_VERBS = words(
    """
    pay pays paid paying bring brings brought bringing give gives gave given giving win wins won
    winning get gets got getting knock knocks knocked knocking cut cuts cutting scale scaled
    roll rolls rolled rolling hold holds held holding set sets setting claw clawed clawing
    """
)
#: 'X's opposition to Y', 'their support for Y': nouns of stance, whose possessor is the actor.
STANCE_NOUNS = (
    "opposition",
    "objection",
    "objections",
    "support",
    "backing",
    "rejection",
    "refusal",
    "stance",  # "Coveney’s firm stance against the EU offer"
    "stand",
)
#: 'was rejected by', 'has been blocked by': the auxiliaries of a passive stance.
PASSIVE_AUXILIARIES = (*COPULAS, "be", "been", "being")
#: Negation before a cue.
NEGATIONS = ("not", "never", "neither", "no longer", "cannot")
#: Nouns of what positions are taken on ('the offer', 'the bill').
#: ('the 40% increment': a pay rise, as much of Africa and Asia write it.)
TARGET_NOUNS = wordlist(
    "offer offers deal deals proposal proposals plan plans reform reforms change changes strike "
    "strikes action agreement agreements settlement contract contracts cuts cut increase "
    "increases rise bill legislation policy policies scheme schemes pay contributions talks "
    "terms package decision concessions claim ballot budget merger walkout ultimatum vote motion "
    "ruling verdict measure closure closures claims allegations accusations findings report "
    "takeover hike hikes judgment judgement increment increments sentence sentences"
)
#: Determiners that open a noun phrase.
DETERMINERS = words("the a an any this that these those its their his her our")
#: Words that open a report right after its source with no comma between ('According to the
#: unions the changes are unfair', 'According to Jo Lee there are ...'); not 'that', relative.
REPORT_OPENERS = (DETERMINERS - {"that"}) | SUBJECT_PRONOUNS | {"there"}
OBJECT_DETERMINERS = (
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "this",
    "these",
    "those",
    "any",
)
#: Words that end an object noun phrase when they follow it.
OBJECT_ENDERS = wordlist(
    "from of on in to for that which who with and but as over amid despite after because by"
)
#: Words that never open an object without a determiner ('backed away', 'rejected outright').
NOT_OBJECTS = (
    STOPWORDS
    | PREPOSITIONS
    | TIME_WORDS
    | ALL_PRONOUNS
    | words("away back down off out up outright again what whether how why where who which")
)
#: Words a target noun phrase never reaches back over.
TARGET_STOP = words(
    """
    to with of on for against at from by up along and or but rejected reject rejects refused
    accept accepted welcomed welcome backed back hailed opposed oppose condemned is are was were
    be been has have had will would put decided said under over in into about than that which
    """
)
#: Words after a 'on/of ...' tail that end it.
TAIL_ENDERS = ("and", "but", "as", "while", "if", "unless", "which", "that", "because", "to")
#: Verbs and adverbs that end the subject of a stance ('The union has', 'Nurses today').
SUBJECT_ENDERS = wordlist(
    "have has had will would could should may might must can is are was were be today "
    "yesterday also now still appeared appear appears seemed decided continue continues "
    "continued went remain remains remained stay stays stayed plans intends wants aims seeks "
    "hopes expects vows pledges threatens promises instead later earlier already even sought "
    "seeking seek plan planned threatened confirmed again then did do does voted say said gave "
    "gives give offered expressed issued made makes took takes during"
)
#: Conjunctions that join a second predicate to its clause's subject: 'The union welcomed the
#: offer, but rejected the timetable' (the union's too).
COORDINATORS = ("and", "but", "yet")
#: Connectives that open a clause before its subject.
CLAUSE_LEADS = (
    "also",  # 'Also in February the group offered'
    "otherwise",
    "but",
    "and",
    "so",
    "meanwhile",
    "however",
    "yet",
    "now",
    "with",
    "while",
    "whereas",
    "although",
    "though",
    "because",
    "since",
    "after",
    "before",
    "when",
    "where",  # 'in Australia, where investors have rejected offers': the investors
    "once",
    "as",
    "therefore",
    "thus",
    "hence",  # ', hence calling on the government': no subject of its own
)
#: 'a number of', 'some of the': quantifiers before an actor.
#: Endings of adjectives, which alone name no actor ('financial', 'legislative', 'public').
ADJECTIVE_ENDINGS = ("al", "ive", "ous", "ic", "ful", "ary", "able", "ible")
#: Quantifiers that float after their subject or stand for it: 'X and Y, the only students on
#: the council, both voted against'; 'Both voted against' (the two just named).
FLOATING_QUANTIFIERS = ("both", "all", "each")
#: Bodies and offices whose names list a portfolio after 'of', commas and all ('the Ministry of
#: Education, Science and Technology', 'the Chamber of Commerce, Enterprise and Industry'); not
#: 'Council', whose 'of' names a place a list may go on from ('the Council of Europe, Germany').
PORTFOLIO_BODIES = wordlist(
    """
    ministry ministries minister department secretary chamber chambers union
    """
)
#: Lower-case words before a body's name in a list of bodies, which the name does not keep
#: ('The GFF and the local Georgetown Football Association').
LISTED_BODY_MODIFIERS = ("local", "national", "regional", "provincial", "rival")
#: Subjects too general to hold a stance of their own: 'people are unable to afford the
#: medication', 'the people had spoken', 'no one has complained'.
UNSPECIFIED_PEOPLE = ("people", "the people", "many people", "some people", "no one")
#: Subjects that name both sides of a dispute at once ('the two sides agreed to discuss it
#: later', 'both sides decided against the move'): a joint act, no one side's stance.
BOTH_SIDES = ("both sides", "the two sides", "the sides", "the two", "the pair")
ACTOR_QUANTIFIERS = (
    "a number of",
    "a group of",
    "a majority of",
    "the majority of",
    "a minority of",
)
PARTITIVES = ("some", "many", "most", "several", "all", "both", "each")
#: What counts votes where a passive's agent stands ('approved by a large majority', 'passed by
#: majority', 'rejected by a narrow margin'): a tally, no body that holds a stance.
VOTE_MARGINS = ("majority", "minority", "margin")
#: Words before a count that opens a subject ('About 11,000 cabin crew', 'Another 95 Republicans').
COUNT_LEADS = (
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "over",
    "more than",
    "at least",
    "another",
    "a further",
    "only",
    "just",
    "a total of",  # 'A total of 835 members of the union voted to reject'
)
#: Relative pronouns that open an object relative clause ('which Shire rejected').
OBJECT_RELATIVES = ("which", "whom", "that")

# --- figures ------------------------------------------------------------------------------------

#: Words that end the noun phrase a figure counts ('4,000 staff in ...').
NOUN_PHRASE_STOP = words(
    """
    in at on for to from by with and or but than which who that would will was were is are have
    has had a an the of as across into over under up down after before since until during its
    their his her our this these those it they he she we without about per through between
    among against within via like near off out
    """
)
#: Words before 'X to Y' that make it a change and the level it reaches, not a range
#: ('pay rises by $2,500 to $17,500', 'shares rose $2.74 to $24.02').
CHANGE_WORDS = words(
    """
    by rise rises rose risen rising raise raises raised raising increase increases increased
    increasing cut cuts cutting reduce reduces reduced reducing fall falls fell fallen falling
    drop drops dropped dropping climb climbs climbed climbing jump jumps jumped jumping grow
    grows grew grown growing gain gains gained gaining lose loses lost losing up down
    ease eases eased easing leap leaps leapt leaped leaping surge surges surged surging soar
    soars soared soaring dip dips dipped dipping slip slips slipped slipping edge edges edged
    edging plunge plunges plunged plunging tumble tumbles tumbled tumbling decline declines
    declined declining
    """
)
#: Words right before a bare sum that make it money the story names no currency for ('nurses
#: earn 1600', 'damages worth 8,333,000'), and nouns of money that 'of' joins to one ('damages
#: of more than 36 million', 'the debt owed to teachers of 181 billion').
MONEY_LEADS = wordlist("worth earn earns earned earning costing")
MONEY_NOUNS = wordlist("damages debt debts arrears compensation")
#: Places whose size 'of' gives as the people living there ('a landlocked country of 13.2
#: million', 'a total population of about 300').
PEOPLED_PLACES = wordlist("population country nation island city town village")
#: Prepositions that introduce where a figure applies ('in Scotland').
PLACE_PREPOSITIONS = ("in", "of", "for", "across", "at", "from")
