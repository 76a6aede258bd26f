"""Names of people and organisations, and sources read out of attribution phrases."""

from __future__ import annotations

import re

import pytest

from factx.rules import speakers
from factx.rules.speakers import (
    People,
    actor_like,
    matches_at,
    organisation,
    person_names,
    sentence_starts,
    speaker,
)
from tests.helpers import REAL_ARTICLES


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("General secretary Mark Serwotka said", ["Mark Serwotka"]),
        ("Mr Walker added", ["Mr Walker"]),
        ("Finance Secretary John Swinney", ["John Swinney"]),
        ("Mr Alexander’s Labour shadow", []),
        ("the Ontario Nurses' Association", []),
        ("The Department for Education said", []),
        ("Jan de Vries spoke", ["Jan de Vries"]),
        ("Walker said", []),
        ("Social Democrat MP Jo Lee said", ["Jo Lee"]),  # the party is no one's name
        ("The Jordan Teachers’ Syndicate said", []),  # a syndicate is a union
        ("lawyer J. Ann Lee said", ["J. Ann Lee"]),
        ("with Rowing Ireland launching a petition", []),  # an organisation
        ("in the U.S. Ann Lee said", ["Ann Lee"]),
        ("at the Riverton Council’s Summer Fair", []),  # an organisation's, not a person
        # an organisation before the role and name of who holds it, or an ampersand
        ("Sri Lanka Cricket chief Shammi Silva said", ["Shammi Silva"]),
        ("Netball Scotland president Ann Lee said", ["Ann Lee"]),
        ("Goodyear Tire & Rubber president Jo Lee", ["Jo Lee"]),
        # the body's number or branch, a hyphenated role, roles joined by 'and', the rest of
        # the body's name after 'and': all before the person, none a person
        ("says Teamsters Local 987 secretary-treasurer Gail Brennan.", ["Gail Brennan"]),
        ("said Unifor Local 1119 President Don Rheaume.", ["Don Rheaume"]),
        ("United Steelworkers District 6 director Carl Ostrowski said", ["Carl Ostrowski"]),
        ("Pakistan Medical Association Punjab chapter president Dr Ali Shah said", ["Dr Ali Shah"]),
        (
            "Textiles Clothing and Footwear Union national and state secretary Jo Lee said",
            ["Jo Lee"],
        ),
        ("Jo Lee and Unite regional secretary Tom Hill said", ["Jo Lee", "Tom Hill"]),
        # a place, the kind of body or place, and a role before the name: the place is none
        ("Great Ayton parish council chairman Bill Foster said", ["Bill Foster"]),
        ("Lower Hutt city councillor Ana Rua said", ["Ana Rua"]),
        ("West Midlands police chief constable Craig Guildford said", ["Craig Guildford"]),
        ("North Yorkshire county council leader Carl Les said", ["Carl Les"]),
        ("More than 50 angry Great Glen residents left", []),  # the place's people
        ("The Catholic Bishops’ Conference said", []),
        # a role, a title and a name: the person is the name, never the role
        ("Cabinet Member for Housing Councillor Matthew Bennett said", ["Matthew Bennett"]),
        ("Portfolio Holder for Planning Cllr Anne Dale said", ["Anne Dale"]),
        ("Deputy Leader of the Council Councillor Joan Price said", ["Joan Price"]),
        ("Member of Parliament Jo Roe said", ["Jo Roe"]),
        # a capitalised court, police or sports role before a name is no part of it
        ("Judge Sarah Lee said", ["Sarah Lee"]),
        ("Detective Inspector Ian Hart said", ["Ian Hart"]),
        ("Coach Dave Lynch said", ["Dave Lynch"]),
        # a company's legal suffix makes its name an organisation's
        ("Acme Ltd said", []),
        ("Northgate Holdings confirmed", []),
        # an organisation's name running on past 'and', across any white space, is no person
        ("The Department of Health and Social Care said", []),
        ("the Ministry of Housing and\n  Rural Affairs said", []),
        ("Jo Lee and Ann Roe said", ["Jo Lee", "Ann Roe"]),
        # a particle joined to the surname by a hyphen
        ("a spokesman, Ahmed al-Rashid, said", ["Ahmed al-Rashid"]),
        ("Ayman bin-Said and Jan de Vries", ["Ayman bin-Said", "Jan de Vries"]),
        # a body's branch and a chairperson or convener before the name: the body is none
        (
            "The Nurses' and Midwives' Union Kisumu branch chairperson Grace Otieno said",
            ["Grace Otieno"],
        ),
        ("the Workers’ Union Gwanda branch chairperson Sipho Ndlovu said", ["Sipho Ndlovu"]),
        ("Unite Fife area convener Jo Lee said", ["Jo Lee"]),
        # a body's name that its acronym follows in parentheses holds no person
        ("The Australian Competition and Consumer Commission (ACCC) said", []),
        ("The Department for Environment, Food and Rural Affairs (Defra) said", []),
        ("the Royal Society for the Prevention of Accidents (RoSPA) said", []),
        ("Jo Lee of the Council of Trade Unions (CTU) said", ["Jo Lee"]),
        ("Consumer Commission chief Jo Lee (CC) said", ["Jo Lee"]),  # the run before is hers
        # capitalised words after a body's 'of' or 'for' go on its name; a role and a name don't
        ("the Office for National Statistics said", []),
        ("the Institute for Fiscal Studies said", []),
        ("Council of Governors Chairman Peter Munya said", ["Peter Munya"]),
        ("a spokesman for Jo Lee said", ["Jo Lee"]),
        # a last part in capitals: a clan or family name, a generation, a one-letter given
        # name, a post-nominal; a role in capitals after the name is none of it, and one
        # before the next name is that name's role
        ("chairman Lakshya Bahadur KC said", ["Lakshya Bahadur KC"]),
        ("Ward chairman Hari Prasad BK said", ["Hari Prasad BK"]),
        ("official Tran Van A said", ["Tran Van A"]),
        ("developer Robert Hale III said", ["Robert Hale III"]),
        ("said Martin Okafor Jr, the party's chief", ["Martin Okafor Jr"]),
        ("Jo Lee MP said", ["Jo Lee"]),
        ("Reliance Industries CEO Mukesh Ambani said", ["Reliance Industries", "Mukesh Ambani"]),
        ("lawyer Jo A. Lee said", ["Jo A. Lee"]),
        ("Koninklijke Philips NV said", []),  # a company's legal form
        # two particles, a hyphenated given name
        ("campaigner Ana de la Cruz said", ["Ana de la Cruz"]),
        ("leader Kim Jong-un said", ["Kim Jong-un"]),
        ("director Ahmed bin Khalid said", ["Ahmed bin Khalid"]),
        # a role 'of' a body named in one word: the word is the body's, not a first name
        ("Deputy Leader of the House Rana Pratap Singh said", ["Rana Pratap Singh"]),
        ("Speaker of the Assembly Mary Banda said", ["Mary Banda"]),
        ("Minister of State Ravi Menon said", ["Ravi Menon"]),
        ("Leader of the Opposition Tom Oduya said", ["Tom Oduya"]),
        ("a friend of Jo Lee said", ["Jo Lee"]),  # no role: the name stays whole
        ("Minister of Finance Ama Owusu said", ["Ama Owusu"]),
        # who a person is, before the name, and 'Coun' (a councillor's title): not the name
        ("Mum Kerry Ann Jones said", ["Kerry Ann Jones"]),
        ("Pensioner Doris Hale told the meeting", ["Doris Hale"]),
        ("Campaigner Tom Price said", ["Tom Price"]),
        ("Coun Mary Hollis said", ["Mary Hollis"]),
        ("Professor Paul Nurse said", ["Professor Paul Nurse"]),  # a noun of people last
        ("Nurse Ratched said", ["Nurse Ratched"]),  # two words: the noun is the title
        # where a body is based is no part of a name
        ("Canadian-based Linamar said", []),
        ("North American-based Magna Steyr said", ["Magna Steyr"]),
        # a body's head word ends the name: no person inside it
        ("The Public Service Accountability Monitor said", []),
        ("Human Rights Watch said", []),
        ("the Employment Relations Tribunal ruled", []),
        ("Tribunal chairman John Ohaga said", ["John Ohaga"]),  # trap: the body's officer
        # a bill's, a meeting's or a plan's name is no person's
        ("protesters want the so-called Harbour Bill dropped", []),
        ("Speaking at the Annual General Meeting, she said", []),
        ("the council adopted the Riverside Local Plan", []),
        ("Bill Thompson said", ["Bill Thompson"]),  # trap: a given name first
        # a verb run into the name, the name written alone elsewhere: the name without it
        ("Anna Koroleva announced the cut. Koroleva said", ["Anna Koroleva"]),
        ("Mayor Ruth Hallsaid it would open. Hall added", ["Ruth Hall"]),
        ("Jan Bertold spoke first.", ["Jan Bertold"]),  # trap: no verb at its end
        ("Karl Hansaid spoke first.", ["Karl Hansaid"]),  # trap: 'Han' never alone
    ],
)
def test_person_names(text: str, names: list[str]) -> None:
    assert [name for _, _, name in person_names(text)] == names


@pytest.mark.parametrize(
    ("phrase", "org"),
    [
        ("director-general of the Institute of Directors", "Institute of Directors"),
        ("the TUC", "TUC"),
        ("a Cabinet Office spokesman", "Cabinet Office"),
        ("president of CUPE Ontario", "CUPE Ontario"),
        ("chairs the BMA's consultants committee", "BMA"),
        ("a spokesman", None),
        # an adjective of a body's reach before a role is the role's, not the body's name
        ("GMB National Officer", "GMB"),
        ("Unison International Officer", "Unison"),
        ("National Union of Teachers general secretary", "National Union of Teachers"),
        ("Royal College of Nursing", "Royal College of Nursing"),
        # a portfolio before a role is the role's; before a body's word or after 'of', the body's
        ("Greens Health spokesperson", "Greens"),
        ("Plaid Cymru Education spokesman", "Plaid Cymru"),
        ("a spokesperson for the Finance Minister", None),
        ("Home Office minister", "Home Office"),
        ("the Finance Ministry", "Finance Ministry"),
        ("Scottish Department of Health official", "Scottish Department of Health"),
        ("High Court Judge Justice", "High Court"),
        # a role of the body after a place that is no body: the body
        ("Alyn and Deeside member of the Senedd", "Senedd"),
        ("Kisumu West member of the National Assembly", "National Assembly"),
        ("Labour member of the Senedd", "Labour"),  # a party is a body: kept
        ("Secretary of State", None),  # no 'the': a role's name, no body
        # a mixed-case abbreviation ('LoP') holds no organisation's name
        ("the LoP", None),
        ("the MoD", None),
    ],
)
def test_organisation(phrase: str, org: str | None) -> None:
    assert organisation(phrase) == org


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Unite", True),
        ("the nurses' union", True),
        ("Some 90.5% of those who", False),  # a number
        ("Hours", False),  # a time word
        ("they", False),  # a bare pronoun
        ("all", False),  # a bare quantifier: 'all of which it rejected'
        ("both", False),
        ("all staff", True),
        ("arguing", False),  # a lone -ing word
        ("Lawyers for the", False),  # ends with a determiner
        ("the WHO", True),  # an acronym, though it spells a pronoun
        ("US", True),
        ("those who", False),
        ("The walkout", False),  # a happening or a thing
        ("a resolution", False),
        ("The cuts to mental health provision", False),
        ("the Strike Committee", True),  # named
        ("campaigners against the closure", True),
        ("Impey’s", False),  # a possessive: 'Impey’s [comments come after ...]'
        ("Drivers for Auckland's", False),
        ("the Drivers' Union", True),  # a plural's apostrophe closes a name
        ("the key issue", False),  # a matter: 'the key issue is a company plan to ...'
        ("The main problem", False),
        ("The issue committee", True),  # a body: its head is no matter
        # a preposition of two words opens no actor
        ("according to organisers", False),
        ("due to the strike", False),
        ("Owing to delays", False),
        # what stands for the rest of a group named before; a quote's close run on
        ("the rest", False),
        ("the remainder", False),
        ("”the spokesman", False),
        # a clause's or a relative's opening word names no one
        ("or a rival bidder", False),
        ("whose main brands", False),
        ("but the minister", False),
        ("Or Else Theatre", True),  # capitalised: a name's word
    ],
)
def test_actor_like(phrase: str, expected: bool) -> None:
    assert actor_like(phrase) is expected


ARTICLE = "Simon Walker, director-general of the Institute of Directors, spoke. Then he left."
#: Two people named in full, then by surname together.
PAIR = "The statement was signed by its chairman, Ade Okon, and its secretary, Bola Eze. "


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # an apposition naming only the body: no role, the body as organisation
        ("Brian Hale, from the Unite union", (None, "Unite union")),
        ("Jo Lee, of the Law Society", (None, "Law Society")),
        ("Ana Ruiz, at Tesco", (None, "Tesco")),
        ("Ana Ruiz, a nurse at Tesco", ("nurse at Tesco", "Tesco")),  # a role: kept
        # a body's name holding a comma, closed by its acronym, is one name
        (
            "Ian Dale, the president of the Bakers, Food and Allied Workers Union (BFAWU)",
            (
                "president of the Bakers, Food and Allied Workers Union (BFAWU)",
                "Bakers, Food and Allied Workers Union (BFAWU)",
            ),
        ),
        (
            "Ann Obi, from the Medical, Dental and Allied Staff Union (MDASU)",
            (None, "Medical, Dental and Allied Staff Union (MDASU)"),
        ),
        # a title between the apposition's role and the name is no part of the role
        (
            "Leader of the Labour group on the council, Councillor Ben Ames",
            ("Leader of the Labour group on the council", "Labour"),
        ),
        ("counsel to the defendant, Barrister Ada Obi", ("counsel to the defendant", None)),
        ("chairman of the Rotary Club, Dr Sam Ode", ("chairman of the Rotary Club", "Rotary Club")),
    ],
)
def test_speaker_role_and_organisation(
    phrase: str, expected: tuple[str | None, str | None]
) -> None:
    found = speaker(phrase, 0, People(phrase))
    assert found and (found.role, found.org) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # two people named before, by surname together: both, and no organisation
        ("Okon and Eze", ("Ade Okon and Bola Eze", None)),
        # not two people: a body named by two words ('Marks and Spencer' is no one named)
        ("Marks and Spencer", ("Marks and Spencer", "Marks and Spencer")),
        ("Okon and Spencer", ("Okon and Spencer", "Okon and Spencer")),
    ],
)
def test_two_people_by_surname(phrase: str, expected: tuple[str, str | None]) -> None:
    found = speaker(phrase, len(PAIR), People(PAIR + phrase + " said it was over."))
    assert found and (found.name, found.org) == expected


@pytest.mark.parametrize(
    ("phrase", "position", "expected"),
    [
        (
            "Simon Walker, director-general of the Institute of Directors",
            0,
            ("Simon Walker", "director-general of the Institute of Directors", True),
        ),
        ("he", len(ARTICLE), ("Simon Walker", None, True)),
        ("Mr Walker", len(ARTICLE), ("Simon Walker", None, True)),
        ("Walker", len(ARTICLE), ("Simon Walker", None, True)),
        ("A PCS spokesman", 0, ("A PCS spokesman", "spokesman", False)),  # stays indefinite
        ("Union leaders", 0, ("Union leaders", None, False)),
        # a connective after the source is no part of it
        ("Union leaders meanwhile", 0, ("Union leaders", None, False)),
        ("Local councillors, however", 0, ("Local councillors", None, False)),
        ("Campaigners also", 0, ("Campaigners", None, False)),
        ("it", 0, None),
        ("the weather", 0, None),
        ("the club", 0, ("club", None, False)),  # a body's noun, in lower case too
        # a long source: a short head and its modifiers, or two sources
        (
            "A UNION at a car plant in the Valleys",
            0,
            ("A UNION at a car plant in the Valleys", None, False),
        ),
        (
            "Campaigners against the erection of a wind farm",
            0,
            ("Campaigners against the erection of a wind farm", None, False),
        ),
        (
            "the Labour Party and the Council of Trade Unions (CTU)",
            0,
            ("Labour Party and the Council of Trade Unions (CTU)", None, False),
        ),
        # a role and the body it serves is no long source ('and' joins the body's name)
        ("The executive of the Public and Commercial Services union (PCS)", 0, None),
        ("The decision to close the plant at the edge of the town", 0, None),
        # a role for someone named, then the person in apposition who holds it
        (
            "counsel to Ade Umar Bello, Barrister Sani Musa",
            0,
            # the description before the name (a noun of people) is not kept in it
            ("Sani Musa", "counsel to Ade Umar Bello", True),
        ),
        ("A lawyer for Jo Lee, Tom Hill", 0, ("Tom Hill", "lawyer for Jo Lee", True)),
        # a role spelt the American way, capitals before it: the person named after it
        (
            "Specially Elected councilor, Mr Tom Hill",
            0,
            ("Tom Hill", "Specially Elected councilor", True),
        ),
        (
            "the union's chairman in Ogun State, Comrade Ade Bello",
            0,
            ("Comrade Ade Bello", "chairman in Ogun State", True),
        ),
        # a body described, then its name: the name whole, a person's too
        (
            "A group called Parents for Safe Streets",
            0,
            ("Parents for Safe Streets", None, False),
        ),
        (
            "an organisation known as the Ratepayers Alliance",
            0,
            ("Ratepayers Alliance", None, False),
        ),
        ("A man named Tom Hill", 0, ("Tom Hill", None, True)),
        # no role before the comma: the role is after the name, which is the source
        ("Jo Lee, counsel to Tom Hill", 0, ("Jo Lee", "counsel to Tom Hill", True)),
        # a statement speaks for whoever made it: 'his' for the last man, a body for its own
        ("his statement", len(ARTICLE), ("Simon Walker", None, True)),
        ("his written statement", len(ARTICLE), ("Simon Walker", None, True)),
        ("the club's letter", 0, ("club", None, False)),
        # a source left unnamed, and the clause that says so
        (
            "A worker, who declined to be named",
            0,
            ("A worker, who declined to be named", None, False),
        ),
        # a body named whole before its acronym, however long or joined by 'and'
        (
            "The Securities and Exchange Board of India (SEBI)",
            0,
            ("Securities and Exchange Board of India (SEBI)", None, False),
        ),
        (
            "the Royal Society for the Prevention of Accidents (RoSPA)",
            0,
            ("Royal Society for the Prevention of Accidents (RoSPA)", None, False),
        ),
        # a body's name with no acronym is one source too, however long
        (
            "the National Board of the Trade Union of Nurses and Midwives",
            0,
            ("National Board of the Trade Union of Nurses and Midwives", None, False),
        ),
        # trap: a long described source in lower case still runs on past any source
        ("the executive of the Public and Commercial Services union", 0, None),
    ],
)
def test_speaker(phrase: str, position: int, expected: tuple[str, str | None, bool] | None) -> None:
    found = speaker(phrase, position, People(ARTICLE))
    assert (found and (found.name, found.role, found.person)) == expected


@pytest.mark.parametrize(
    ("name", "families"),
    [
        ("Jo Lee", ["Lee"]),
        ("Martin Hale KC", ["KC", "Hale"]),  # a post-nominal, or a Nepali clan name
        ("Robert Hale III", ["III", "Hale"]),
        ("Tran Van A", ["Van"]),  # one letter alone names no one
    ],
)
def test_surnames(name: str, families: list[str]) -> None:
    assert speakers.surnames(name) == families


def test_people_resolve_surnames_to_the_nearest_full_name() -> None:
    text = "Alan Walker spoke. Mr Walker left. Simon Walker arrived. Mr Walker sat."
    people = People(text)
    assert people.full_name("Mr Walker", text.index("Mr Walker left")) == "Alan Walker"
    assert people.full_name("Mr Walker", text.index("Mr Walker sat")) == "Simon Walker"
    assert people.full_name("Mr Nobody", 0) == "Mr Nobody"


def test_a_long_title_case_headline_is_read_in_one_pass() -> None:
    # a run of capitalised words that no lower-case word follows once took exponential time
    headline = " ".join(["Unions Reject Final Pay Offer As Strike Looms"] * 8)
    people = People(f"{headline}. Ryanair hit back at the union.")
    assert people.last_org_before(len(headline) + 30) == "Ryanair"


@pytest.mark.parametrize(
    ("text", "before", "expected"),
    [
        (  # a name inside what was said is not who 'he' is
            "Ann Lee said the council would back Mayor Tom Reid in the vote next week. He said "
            "more.",
            "He said more",
            "Ann Lee",
        ),
        (  # nor is a name in a quote that runs on to its paragraph's end
            'Ann Lee spoke.\n"We met Tom Reid and his team.\n"They agreed," she said.',
            "she said",
            "Ann Lee",
        ),
        (  # a source named just after an inverted verb is one
            '"We will win," said union leader Jo Bell. He left.',
            "He left",
            "Jo Bell",
        ),
        (  # of several people in the sentence before, its subject: a surname opening it
            "Ann Lee was banned. Lee finished behind Jo Bell Smith in May. He said more.",
            "He said more",
            "Ann Lee",
        ),
        (  # a name after a preposition is no subject
            "In a note sent by the Town Hall office, Mayor Tom Reid spoke. He said more.",
            "He said more",
            "Tom Reid",
        ),
        (  # a surname inside a sentence is no mention of its own
            "Ann Lee spoke. Her lawyer Jo Bell said Lee would appeal. He said more.",
            "He said more",
            "Jo Bell",
        ),
        (  # a reporting verb's form after a determiner is a noun: 'the claims' report nothing
            "The claims were rejected by Health Minister Sara Obi. She said more.",
            "She said more",
            "Sara Obi",
        ),
        (
            "His comments were backed by Jo Bell. She said more.",
            "She said more",
            "Jo Bell",
        ),
        (  # a seat after a role is no one 'he' stands for: the holder named before it
            "Obi, also the MP for Lake Central, spoke. Ann Obi left. Tom Reid, the MP for Kano "
            "West, came. He said more.",
            "He said more",
            "Tom Reid",
        ),
        (  # a participle after one still reports: 'the alleged victim' is talked about
            "Ann Lee spoke. The alleged victim Jo Bell was named. She said more.",
            "She said more",
            "Ann Lee",
        ),
    ],
)
def test_pronouns_stand_for_sources_not_people_talked_about(
    text: str, before: str, expected: str
) -> None:
    assert People(text).last_before(text.index(before)) == expected


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("One. Two", [0, 5]),
        ('"No," he said." Then', [0, 16]),
        ("Top\nNext! And? Then", [0, 4, 10, 15]),
        ("U.S.A and 3.5 per cent.", [0]),
        ("Ends.", [0]),
        ("Ends. ", [0, 6]),
        ("A.\n\nB", [0, 3, 4]),  # a stop then line breaks: after each break
        ('A."\nB ?! C', [0, 4, 9]),  # a closing mark then a break; '?!' starts after the '!'
        ("A.\u00a0B!\u2003C.’\u2028D", [0, 3, 6, 10]),  # any white space, as str.isspace
        ("A.’x B", [0]),  # a closing mark not followed by white space
    ],
)
def test_sentence_starts(text: str, starts: list[int]) -> None:
    assert sentence_starts(text) == starts


@pytest.mark.parametrize("pattern", [speakers._SUBJECT_ORG, speakers._OPENING_WORD])
def test_sentence_opening_scans_find_what_a_scan_of_every_character_finds(
    pattern: re.Pattern[str],
) -> None:
    for path in REAL_ARTICLES:
        text = path.read_text(encoding="utf-8")
        every = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in matches_at(pattern, text, sentence_starts(text))] == every


@pytest.mark.parametrize(
    "text",
    [
        "He said. Jo Lee spoke",
        'He said." \n\nJo Lee spoke',  # a stop, a mark, breaks: the sentence opens at the stop
        "He said! Jo Lee spoke\n",  # a line break at the end: '$' passes it
        "Dr. Who met Mr. Jo Lee",
        "no stop at all before Jo Lee",
        "U.S. envoy!’\u00a0\u2028Jo Lee",
    ],
)
def test_a_sentence_start_looked_for_from_the_last_stop_is_the_one_found_from_the_floor(
    text: str,
) -> None:
    for end in range(len(text) + 1):
        for floor in range(end + 1):
            whole = speakers._SENTENCE_START.search(text, floor, end)
            near = speakers._SENTENCE_START.search(text, speakers._last_stop(text, floor, end), end)
            assert (near and near.span()) == (whole and whole.span())


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a role opening a sentence stands for the person the article gave that role
        ("Health Minister Sara Obi toured the ward. ", "The minister", ("Sara Obi", True)),
        ("Jo Lee, a spokeswoman for Acme, spoke. ", "The spokeswoman", ("Jo Lee", True)),
        # not for whoever was named last, in another role: the role itself is the source
        ("Gary Allen, of the UCU, spoke. ", "The spokesperson", ("spokesperson", False)),
        ("", "the minister", ("minister", False)),
        # the whole role first: 'the prime minister' is not the health minister named last
        (
            "Prime Minister Jo Lee spoke. Health Minister Sara Obi toured the ward. ",
            "The prime minister",
            ("Jo Lee", True),
        ),
        ("Jo Lee, the general secretary, spoke. ", "The secretary", ("Jo Lee", True)),
        # a role before a name is theirs only with no word in lower case between
        (
            "Prime Minister Jo Lee launched Sehat Insaf Card. ",
            "The prime minister",
            ("Jo Lee", True),
        ),
        ("Minister Jo Lee launched Sehat Insaf Card. ", "The minister", ("Jo Lee", True)),
        # a person described by their age was named before
        ("Tom Ward, 45, was convicted. ", "The 45-year-old", ("Tom Ward", True)),
        # nouns of people and bodies that speak, in lower case
        ("", "the electoral commission", ("electoral commission", False)),
        ("", "one witness", ("one witness", False)),
        ("", "engineers", ("engineers", False)),
        ("", "the head teacher", ("head teacher", False)),
        ("", "the weather", None),
    ],
)
def test_described_sources(text: str, phrase: str, expected: tuple[str, bool] | None) -> None:
    found = speaker(phrase, len(text), People(text + phrase + " said so."))
    assert (found and (found.name, found.resolved)) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("criticising the 1% National Insurance increase when he", []),
        ("The Anambra Warriors made the disclosure", []),
        ("workers at the Ocean Terminal said", []),
        # traps: a role or title after the article, a longer run, 'that' before a name
        ("the Health Secretary Jo Lee said", ["Jo Lee"]),
        ("Leader of the House Mukhtar Abbas Naqvi said", ["Mukhtar Abbas Naqvi"]),
        ("He said that John Smith would resign", ["John Smith"]),
        ("met the Rev John Smith", ["Rev John Smith"]),
        ("Leader of the Opposition in the National Assembly Ann Obi said", ["Ann Obi"]),
        ("a member of the Labour Party Sam Reid, who", ["Sam Reid"]),
    ],
)
def test_two_capitalised_words_after_an_article_name_no_person(text: str, names: list[str]) -> None:
    assert [n for _, _, n in person_names(text)] == names


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("Two hundred employees were told. Unite said workers were angry.", ["Unite"]),
        ("Seven members missed the vote. Labour said it was a scandal.", ["Labour"]),
        ("One month later the plant shut. Ford said it had no choice.", ["Ford"]),
        ("Another firm bid. Tesco said it would not.", ["Tesco"]),
    ],
)
def test_a_count_opening_a_sentence_is_no_organisation(text: str, orgs: list[str]) -> None:
    assert [org for _, org in People(text)._orgs] == orgs


@pytest.mark.parametrize(
    ("phrase", "name"),
    [  # a body or place, then a role, then the holder's name: the holder speaks
        ("Curran Law Firm attorney David Hokit", "David Hokit"),
        ("Curran Law Firm attorney David Hokit, who represents the family", "David Hokit"),
        ("Riverside Hospital surgeon Amina Diallo", "Amina Diallo"),
        ("the union's deputy, West Coast GRC MP Patrick Tay", "Patrick Tay"),
        ("Coun. Brad Lee", "Brad Lee"),
        # traps: a person then a role and a name is left as it was; a who-clause's name is
        # not the speaker's
        ("Jo Lee and Labour leader Tom Hill", "Tom Hill"),
        ("David Hokit, who represents Mary Jones", "David Hokit"),
        ("Jo Lee", "Jo Lee"),
    ],
)
def test_role_between_body_and_name(phrase: str, name: str) -> None:
    found = speaker(phrase, 0, People(phrase + " said it was over."))
    assert found and found.name == name


@pytest.mark.parametrize(
    ("text", "names"),
    [  # accented letters and the Irish 'Ó' belong to a name
        ("Minister Seán Ó Fearghaíl said", ["Seán Ó Fearghaíl"]),
        ("General Secretary Phil Ní Sheaghdha said", ["Phil Ní Sheaghdha"]),
        ("chief executive Jørgen Huno Rasmussen said", ["Jørgen Huno Rasmussen"]),
        # traps: one accented word is no person, nor a lone 'Ó' before a lower-case word
        ("members of Fórsa said", []),
        ("Sean Ó said", []),
    ],
)
def test_accented_names(text: str, names: list[str]) -> None:
    assert [n for _, _, n in person_names(text)] == names


@pytest.mark.parametrize(
    ("phrase", "name"),
    [  # a watchdog named as a monitor or an observatory is a body, not a person
        ("The Public Service Accountability Monitor", "Public Service Accountability Monitor"),
        ("the Regional Health Observatory", "Regional Health Observatory"),
        # trap: a monitor by role before a person's name
        ("Election monitor Jo Lee", "Jo Lee"),
    ],
)
def test_monitor_and_observatory_name_bodies(phrase: str, name: str) -> None:
    found = speaker(phrase, 0, People(phrase + " said it was over."))
    assert found and found.name == name


@pytest.mark.parametrize(
    ("text", "names"),
    [  # a place named in two capitalised words is no person's first name and surname
        ("The main union of Hong Kong said it would strike.", []),
        ("The largest party of Sri Lanka said it would not.", []),
        ("The mayor of New York said so.", []),
        # traps: a person sharing a word with a place; a person beside a place
        ("Lawmaker Alice Kong said the rise was unfair.", ["Alice Kong"]),
        ("Hong Kong lawmaker Alice Kong said the rise was unfair.", ["Alice Kong"]),
        # a seat or a portfolio after a role and 'of' or 'for', no one's name after it
        ("Ann Obi, the MP for Lake Central, said the rise was unfair.", ["Ann Obi"]),
        ("The Minister of Home Affairs, Tom Reid, said so.", ["Tom Reid"]),
        ("The Minister for Rural Roads Tom Reid said so.", ["Roads Tom Reid"]),
        # a role's acronym after a body's name is no last part of a person's name
        ("The Water Authority CEO and chair of the board, Jo Bell, said so.", ["Jo Bell"]),
    ],
)
def test_places_of_two_words_are_no_person(text: str, names: list[str]) -> None:
    assert [name for _, _, name in People(text).names(text)] == names


@pytest.mark.parametrize(
    ("text", "who"),
    [  # a company's name ending in 'Properties' or 'Industries' is never who 'he' is
        ('Hang Lung Properties, Chairman Ronnie Chan, believes it.\n"No," he said.', "Ronnie Chan"),
        ('Koch Industries, owner Jo Lee said, will sell.\n"No," he said.', "Jo Lee"),
        # traps: a person named alone; a company's word opening a role before a name
        ('Ronnie Chan believes it.\n"No," he said.', "Ronnie Chan"),
        ('Industries Minister Jo Lee believes it.\n"No," he said.', "Jo Lee"),
    ],
)
def test_company_is_never_he(text: str, who: str) -> None:
    assert People(text).last_before(text.index(" he "), sex="m") == who


@pytest.mark.parametrize(
    ("text", "names"),
    [  # 'negotiator', 'legislator' and 'lawmaker' are roles, never part of a name
        ("the union's Chief Negotiator, Robert Rabasimane said", ["Robert Rabasimane"]),
        ("Chief Legislator Jo Lee said", ["Jo Lee"]),
        # trap: a chief by title before a one-word name is still a name
        ("Chief Obafemi said", ["Chief Obafemi"]),
    ],
)
def test_negotiator_and_legislator_are_roles(text: str, names: list[str]) -> None:
    assert [n for _, _, n in person_names(text)] == names


@pytest.mark.parametrize(
    ("text", "who"),
    [  # 'The legislator', 'the lawmaker' stand for the person given that role
        ("Unionist legislator Lam Chun-sing spoke. The legislator said so.", "Lam Chun-sing"),
        ("Lawmaker Jo Lee spoke. The lawmaker said so.", "Jo Lee"),
        # trap: the person named last was given another role
        ("Union leader Jo Lee spoke. The legislator said so.", None),
    ],
)
def test_legislator_stands_for_who_was_given_the_role(text: str, who: str | None) -> None:
    phrase = "The legislator" if "legislator said" in text else "The lawmaker"
    found = speaker(phrase, text.index(phrase), People(text))
    assert (found.name if found and found.resolved else None) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [  # a name in brackets is not the sentence's subject, whom 'he' stands for
        (
            "President of the Chemists Association (Rawalpindi Chapter), Arshad Awan spoke. "
            "He warned.",
            "Arshad Awan",
        ),
        # trap: with no brackets, the first of several names is still the subject
        ("Jo Lee met Tom Hill on Monday. He warned.", "Jo Lee"),
    ],
)
def test_a_name_in_brackets_is_not_the_subject(text: str, who: str) -> None:
    assert People(text).last_before(text.index("He warned")) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [  # a sentence a pronoun opens goes on about whom it stands for: a name later in it is
        # an object, not who the next 'he' is
        ("Jo Lee spoke. He visited the school where Tom Hill teaches. He warned.", "Jo Lee"),
        ("Ann Lee spoke. She opened the clinic with Mary Hill. She warned.", "Ann Lee"),
        # traps: the pronoun of the other sex; a name opening the sentence; no one named before
        ("Ms Jo Lee spoke. She met Mr Tom Hill there. He warned.", "Tom Hill"),
        ("Jo Lee spoke. Tom Hill met him there. He warned.", "Tom Hill"),
        ("He visited the school where Tom Hill teaches. He warned.", "Tom Hill"),
    ],
)
def test_a_pronoun_subject_carries_to_the_next_sentence(text: str, who: str) -> None:
    sex = "f" if text.endswith("She warned.") else "m"
    assert People(text).last_before(text.rindex("warned"), sex=sex) == who


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # an indefinite pronoun or a lone adverb before a verb names no one
        ("anyone", False),
        ("Everyone", False),
        ("rather", False),
        # traps: a name holding the word, and a group after it, are actors
        ("The Everyone Party", True),
        ("rather few members", True),
    ],
)
def test_indefinite_pronouns_and_adverbs_are_no_actors(phrase: str, expected: bool) -> None:
    assert actor_like(phrase) is expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a phrase ending in an indefinite pronoun names no one: 'ignore anyone (who asks)'
        ("ignore anyone", False),
        # trap: a group whose name ends in a noun is one
        ("Anyone Can Cook Group", True),
    ],
)
def test_phrase_ending_in_indefinite_pronoun(phrase: str, expected: bool) -> None:
    assert actor_like(phrase) is expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a relative pronoun alone opens a clause, it names no one
        ("which", False),
        ("whom", False),
        # trap: a name that opens with the same word is still a name
        ("Which Way Forward", True),
    ],
)
def test_relative_pronoun_is_no_actor(phrase: str, expected: bool) -> None:
    assert actor_like(phrase) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a name right after a reporting verb and before a verb opens what was said
        (
            "Kassim Majaliwa spoke. He said President John Magufuli had met the council. He "
            "said more.",
            "Kassim Majaliwa",
        ),
        ("Jo Lee spoke. She said Mary Hill would retire. She said more.", "Jo Lee"),
        # traps: a source after its verb; a name with no verb after it
        ("Pay will fall, said Mary Hill, who chairs the board. She said more.", "Mary Hill"),
        ("Jo Lee spoke. The board thanked Mary Hill. She said more.", "Mary Hill"),
    ],
)
def test_a_name_opening_what_was_said_is_no_later_pronoun(text: str, expected: str) -> None:
    sex = "m" if " He " in text else "f"
    assert People(text).last_before(text.rindex(" said more"), sex=sex) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [  # a headline's capitals name no one the story does not name again
        (
            "Federal Judge Dismisses Lawsuit\nThe city won the case on Monday. ",
            "The judge",
            ("judge", False),
        ),
        # trap: a headline's name the story repeats is the person in that role
        (
            "Judge Mary Hale dismisses lawsuit\nHale threw out the case on Monday. ",
            "The judge",
            ("Mary Hale", True),
        ),
        # a role after a comma in the sentence after a name is not that person's
        (
            "Jo Lee took the case. She said, before the ruling, the judge would agree. ",
            "The judge",
            ("judge", False),
        ),
        # trap: in the name's own sentence, after a comma, the role is theirs
        ("Jo Lee, the judge in the case, spoke. ", "The judge", ("Jo Lee", True)),
    ],
)
def test_roles_not_given_to_a_headline_or_another_sentence(
    text: str, phrase: str, expected: tuple[str, bool]
) -> None:
    found = speaker(phrase, len(text), People(text + phrase + " said so.", story=text.find("\n")))
    assert (found and (found.name, found.resolved)) == expected


@pytest.mark.parametrize(
    ("text", "owner"),
    [  # 'In a statement ..., X <did>': the subject owns it, a date between or whatever it did
        (
            "In a statement released on Wednesday, May 28, the Ministry expressed concern. ",
            "Ministry",
        ),
        ("In a statement issued on May 28, 2025, the union criticised the plan. ", "union"),
        ("In a statement, the union said pay was low. ", "union"),
        # a signatory signs for the statement's owner, who is named after
        (
            "In a statement signed by its spokesperson Jo Lee, the Ministry expressed concern. ",
            "Ministry",
        ),
        # traps: 'by' names the owner; 'from' does, whoever signed it
        ("In a statement by its spokesperson Jo Lee, the Ministry expressed concern. ", "Jo Lee"),
        ("A statement from the board, signed by its chair Jo Lee, was published. ", "board"),
    ],
)
def test_statement_owner_after_its_introduction(text: str, owner: str) -> None:
    phrase = "The statement"
    found = speaker(phrase, len(text), People(text + phrase + " said so."))
    assert found and (found.name, found.resolved) == (owner, True)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # an attempt as a subject is no actor
        ("Efforts to get", False),
        ("Attempts to reach the union", False),
        # traps: a body named by its campaign, and efforts without 'to'
        ("The Campaign to Protect Rural England", True),
        ("Efforts Group", True),
    ],
)
def test_attempt_is_no_actor(phrase: str, expected: bool) -> None:
    assert actor_like(phrase) is expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a title abbreviation before a full name opens that name, not the one before it
        ("Independent Sen. Kyrsten Sinema voted for it.", ["Kyrsten Sinema"]),
        # trap: the same word ending a sentence is a surname ('Sen')
        ("The prize went to economist Amartya Sen. He thanked the jury.", ["Amartya Sen"]),
        # a company's name ends in 'Co.': no person
        ("General Motors Co. employees voted for it.", []),
        # trap: a surname that starts with 'Co' is still a name
        ("Jo Cox voted for it.", ["Jo Cox"]),
    ],
)
def test_title_or_company_abbreviation_ends_no_name(text: str, names: list[str]) -> None:
    assert [n for _, _, n in person_names(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a fronted -ing word is the clause's verb, not a first name
        ("Criticizing Nawaz Sharif, Raja Basharat said", ["Nawaz Sharif", "Raja Basharat"]),
        # traps: an -ing word of a title stays out of the name as a title does, and an -ing
        # first name of a two-word name stays in it
        ("Managing Director Jo Lee said", ["Jo Lee"]),
        ("Sterling Moss said", ["Sterling Moss"]),
        # a fronted -ing word before a plural acronym: whom it addressed, no name
        ("Addressing MPs, the Deputy Minister said", []),
        # trap: a group with a party's name is no participle
        ("Labour MPs said", ["Labour MPs"]),
    ],
)
def test_fronted_participle_opens_no_name(text: str, names: list[str]) -> None:
    assert [name for _, _, name in person_names(text)] == names


@pytest.mark.parametrize(
    ("text", "who"),
    [  # 'he' after a sentence whose first name is an object (of 'along with' and a role, or
        # of a fronted -ing word): its subject, named after the comma
        (
            "Addressing reporters along with party leader Ijaz Chaudhry, Raja Basharat said so. ",
            "Raja Basharat",
        ),
        ("Criticizing Nawaz Sharif, Raja Basharat said so. ", "Raja Basharat"),
        # traps: a role with no preposition before it leaves the first name the subject, and
        # a time before a name makes no object of it
        ("Managing Director Jo Lee told Tom Hill so. ", "Jo Lee"),
        ("On Monday Jo Lee told Tom Hill so. ", "Jo Lee"),
    ],
)
def test_he_skips_a_name_that_is_an_object(text: str, who: str) -> None:
    found = speaker("he", len(text), People(text + "He said it was wrong."))
    assert found and found.name == who


@pytest.mark.parametrize(
    ("text", "who"),
    [  # 'the minister' is the one given a role whose portfolio has small words in it
        ("Minister for Law and Parliamentary Affairs Raja Basharat spoke. ", "Raja Basharat"),
        ("Minister of State for Health Jo Lee spoke. ", "Jo Lee"),
        # trap: a verb in lower case between the role and a name still says the role is not
        # that name's ('Minister Jo Lee praised Tom Hill': the minister is Jo Lee)
        ("Minister Jo Lee praised Tom Hill at length. ", "Jo Lee"),
    ],
)
def test_role_with_a_portfolio_before_the_name(text: str, who: str) -> None:
    found = speaker("The minister", len(text), People(text + "The minister said so."))
    assert found and who in found.name


@pytest.mark.parametrize(
    ("text", "who"),
    [  # 'The Ministry' is the body named in full before, after a quote it gave as well as
        # opening a sentence
        ("\u201cWe will pay,\u201d the Ministry of Finance stated. ", "Ministry of Finance"),
        ("The Ministry of Health rejected it. ", "Ministry of Health"),
        # traps: a person named after a quote is no body, and no body named leaves the noun
        ("\u201cWe will pay,\u201d Finance Minister Jo Lee stated. ", "Ministry"),
        ("Jo Lee rejected it. ", "Ministry"),
    ],
)
def test_the_capitalised_body_noun_is_the_body_named_before(text: str, who: str) -> None:
    found = speaker("The Ministry", len(text), People(text + "The Ministry said so."))
    assert found and found.name == who


@pytest.mark.parametrize(
    ("text", "names"),
    [  # a portfolio after a body's 'of' is the body's name, not a person's
        ("The Ministry of Home Affairs said so.", []),
        ("The Department of Health said so.", []),
        # trap: a role word that is no portfolio makes the words after it a holder's name
        ("Council of Governors Chairman Jo Lee said so.", ["Jo Lee"]),
    ],
)
def test_a_portfolio_after_a_bodys_of_names_no_person(text: str, names: list[str]) -> None:
    assert [name for _, _, name in person_names(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [  # a portfolio and its partner after '&' or 'and' name a body, not a person
        ("Health & Social Care will fight it.", []),
        ("Health and Social Care rejected it.", []),
        # traps: a holder named after the portfolio's role, and two people joined by 'and'
        ("Health and Social Care Minister Alfred Cannan backed it.", ["Alfred Cannan"]),
        ("Jo Lee and Tom Hill rejected it.", ["Jo Lee", "Tom Hill"]),
    ],
)
def test_a_portfolio_and_its_partner_name_no_person(text: str, names: list[str]) -> None:
    assert [name for _, _, name in person_names(text)] == names


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [  # a phrase ending in a relative pronoun opens a clause about a thing: no actor
        ("The Bill — which", False),
        ("The union, which", False),
        # trap: an acronym that spells one is a name
        ("the WHO", True),
    ],
)
def test_no_actor_ends_with_a_relative_pronoun(phrase: str, expected: bool) -> None:
    assert actor_like(phrase) is expected


@pytest.mark.parametrize(
    ("phrase", "who"),
    [  # one unnamed member of a group that speaks, its noun singular ('workers': 'a worker')
        ("a worker", "a worker"),
        ("a tearful worker", "a tearful worker"),
        ("one resident", "one resident"),
        ("an employee", "an employee"),
        # traps: a definite singular ('the state media'), a relation with a preposition ('a
        # relative of a patient') and a noun of no group ('a tearful moment') are no source
        ("the state", None),
        ("a relative of a patient", None),
        ("a tearful moment", None),
    ],
)
def test_one_unnamed_member_of_a_group_is_a_source(phrase: str, who: str | None) -> None:
    found = speaker(phrase, 0, People(phrase))
    assert (found.name if found else None) == who


@pytest.mark.parametrize(
    ("text", "names"),
    [  # an initial written onto the name, as Mongolian copy writes names
        ("Minister of Education G.Chuluubaatar received them.", ["G.Chuluubaatar"]),
        ("Speaker G.Zandanshatar said so.", ["G.Zandanshatar"]),
        # traps: a single capitalised word, and capitals after a stop and a space
        ("Chuluubaatar received them.", []),
        ("It rose in the U.S. Stocks fell.", []),
    ],
)
def test_an_initial_glued_to_a_name_makes_a_person(text: str, names: list[str]) -> None:
    assert [name for _, _, name in person_names(text)] == names


@pytest.mark.parametrize(
    ("phrase", "who"),
    [  # a number or quantifier counts the group after it: no first name
        ("Forty Japanese media companies", "Forty Japanese media companies"),
        ("Several Kenyan unions", "Several Kenyan unions"),
        # trap: a person's two capitalised names stay a person
        ("Forty Japanese media companies and Jo Lee", "Jo Lee"),
    ],
)
def test_a_counted_group_is_no_person(phrase: str, who: str) -> None:
    found = speaker(phrase, 0, People(phrase))
    assert found is not None and found.name == who


@pytest.mark.parametrize(
    ("text", "names"),
    [  # a place's word ends a place's name, never a person's
        ("Police closed Glentworth Street on Monday.", []),
        ("The minister spoke at Jamaica House yesterday.", []),
        ("Twenty workers at the Freeport Container Port were let go.", []),
        ("Flights to Newcastle Airport resumed.", []),
        ("The hospital of Tolna County is in debt.", []),
        ("Patients in the Ulsan District waited.", []),
        # nor does a gathering's word end a person's name
        ("Speaking at the Annual General Meeting, the chair was calm.", []),
        # traps: 'Hall', 'Park' and 'Lane' are surnames too
        ("Trevor Hall said it was wrong.", ["Trevor Hall"]),
        ("Jo Park said it was wrong.", ["Jo Park"]),
        ("Nathan Lane said it was wrong.", ["Nathan Lane"]),
    ],
)
def test_a_place_word_ends_no_person_name(text: str, names: list[str]) -> None:
    assert [name for _, _, name in person_names(text)] == names


@pytest.mark.parametrize(
    ("text", "who"),
    [  # a news outlet's name is no one 'she' stands for
        ("Jo Lee quit. Guardian Media said she left. She added it was unfair.", "Jo Lee"),
        ("Jo Lee quit. Alliance News said she left. She added it was unfair.", "Jo Lee"),
        # trap: a person named after the outlet is who 'she' stands for
        ("Jo Lee quit. Guardian Media said Ann Hill left. She added it was unfair.", "Ann Hill"),
    ],
)
def test_a_news_outlet_is_no_one_a_pronoun_stands_for(text: str, who: str) -> None:
    assert People(text).last_before(text.index("She")) == who


@pytest.mark.parametrize(
    ("text", "phrase", "who"),
    [  # a role written as a title stands for the person introduced with it before
        (
            "The Governor of the Bank of Ghana, Dr. Johnson Asiama, urged firms to use it. ",
            "The Governor",
            "Johnson Asiama",
        ),
        (
            "The Minister of Health, Kwabena Mintah Akandoh, announced the plan. ",
            "The Health Minister",
            "Kwabena Mintah Akandoh",
        ),
        # traps: a title named only later is no one yet, and a title of no person stays as given
        ("Rain fell. ", "The Minister", "Minister"),
        ("The Bank of Ghana, led by Jo Lee, met. ", "The Monetary Board", "Monetary Board"),
    ],
)
def test_a_titled_role_stands_for_the_person_introduced_with_it(
    text: str, phrase: str, who: str
) -> None:
    article = text + phrase + " said it was over. Minister Tom Hill left."
    found = speaker(phrase, len(text), People(article))
    assert found is not None and found.name == who


@pytest.mark.parametrize(
    ("text", "names"),
    [  # a seat, then a legislator's title in capitals and the holder: only the holder is a person
        ("Kabula County MP James Kakooza says he will inform the president.", ["James Kakooza"]),
        ("North Side MLA Ezzard Miller said the plan was wrong.", ["Ezzard Miller"]),
        ("Rajya Sabha MP Digvijaya Singh took part.", ["Digvijaya Singh"]),
        # traps: the title after a name, with no name after it, and a title in lower case
        ("Chris Evans MP said employees had false hope.", ["Chris Evans"]),
        ("Jo Lee, an MP since 2010, spoke.", ["Jo Lee"]),
    ],
)
def test_a_seat_before_a_legislators_title_is_no_person(text: str, names: list[str]) -> None:
    assert [name for _, _, name in person_names(text)] == names


@pytest.mark.parametrize(
    ("text", "who"),
    [  # a paper told or spoken to is no one 'he' stands for
        ("A senior official told Muscat Daily the firm would pay. He", None),
        ("Speaking to Reuters, a spokesman said the firm would pay. He", None),
        # traps: a name after another 'to', and the teller before the one told
        ("The award went to Tom Hill. He", "Tom Hill"),
        ("Jo Lee told Tom Hill the firm would pay. He", "Jo Lee"),
    ],
)
def test_a_name_told_or_spoken_to_is_not_he(text: str, who: str | None) -> None:
    assert People(text).last_before(len(text) - 2) == who


@pytest.mark.parametrize(
    ("text", "names"),
    [  # a number right after capitalised words is a body's numbered part, never a person's name
        ("The United Steelworkers Local 9700 said staff were locked out.", []),
        ("Members of Unifor Local 41-O voted.", []),
        # traps: a name with an age after a comma, and a count before a name, stay people
        ("Jo Lee, 45, said staff were locked out.", ["Jo Lee"]),
        ("Pay rose 4 per cent, Jo Lee said.", ["Jo Lee"]),
    ],
)
def test_a_number_after_capitalised_words_numbers_a_body(text: str, names: list[str]) -> None:
    assert [name for _, _, name in person_names(text)] == names


@pytest.mark.parametrize(
    ("phrase", "who"),
    [  # a body's numbered part is left out of the source's name, which holds no number
        ("The United Steelworkers Local 9700", "United Steelworkers Local"),
        ("Unifor Local 41-O", "Unifor Local"),
        # trap: a number inside the phrase, not closing a name, stays
        ("Ward 3 councillors", "Ward 3 councillors"),
    ],
)
def test_a_numbered_part_is_left_out_of_a_source(phrase: str, who: str) -> None:
    found = speaker(phrase, 0, People(phrase + " said it was over."))
    assert found is not None and found.name == who


@pytest.mark.parametrize(
    ("text", "who"),
    [  # a surname after a clause fronted before it is the sentence's subject, the 'he' after it
        (
            "Councillor Jo Hodge spoke first. Tom Sieben backed the plan. While he liked the"
            " project, Hodge voted against it. He said it was too big.",
            "Jo Hodge",
        ),
        (
            "Jo Hodge spoke first. Tom Sieben backed the plan. Although the plan was cheap,"
            " Hodge turned it down. He said it was too big.",
            "Jo Hodge",
        ),
        # trap: a surname inside the fronted clause is not the subject after its comma
        (
            "Jo Hodge spoke first. Tom Sieben backed the plan. While Hodge waited outside, the"
            " vote was held. He said it was too big.",
            "Tom Sieben",
        ),
    ],
)
def test_a_surname_after_a_fronted_clause_is_the_subject(text: str, who: str) -> None:
    assert People(text).last_before(text.rindex("He said")) == who


@pytest.mark.parametrize(
    ("text", "names"),
    [  # a festival's name is no person's, so 'she' after it is the woman named before
        ("Staff may strike over the Lunar New Year holiday, Dora Lai said.", ["Dora Lai"]),
        ("at the Customs Department’s Chinese New Year open house, Jo Lee said", ["Jo Lee"]),
        # trap: a surname that is also a word of the calendar, not 'Year', stays a name
        ("Stockwell Day said the vote was lost.", ["Stockwell Day"]),
    ],
)
def test_a_festivals_name_is_no_person(text: str, names: list[str]) -> None:
    assert [name for _, _, name in person_names(text)] == names


@pytest.mark.parametrize(
    ("text", "org"),
    [  # a one-word subject the text also writes in lower case is a word, not an organisation
        ("Trial lawyers praised the ruling. The trial took a week. It said", None),
        ("Conditions were imposed on the deal. The conditions are strict. It said", None),
        # traps: a one-word name never written in lower case, and a name of two words, stay
        ("Tenon rejected the bid. The bid was low. It said", "Tenon"),
        (
            "Competition Tribunal approved it. The competition is fierce. It said",
            "Competition Tribunal",
        ),
    ],
)
def test_a_capitalised_word_written_lower_case_elsewhere_is_no_organisation(
    text: str, org: str | None
) -> None:
    assert People(text).last_org_before(text.rindex("It said")) == org


@pytest.mark.parametrize(
    ("phrase", "name", "org"),
    [  # a phrase opening with a preposition, no comma: where and when the subject spoke
        ("In a speech in Mandeville Manchester on Sunday night Mr Holness", "Mr Holness", None),
        ("In a speech in Mandeville on Sunday night Mr Holness", "Mr Holness", None),
        # a body's role in the possessive before its holder's name: the holder
        (
            "Oilfields Workers’ Trade Union’s branch secretary Shaffick Hyatali",
            "Shaffick Hyatali",
            None,
        ),
        # traps: a name before its body, the body after a preposition, stays the source
        ("Mary Jones of Unite", "Mary Jones", None),
        ("Shaffick Hyatali of the Oilfields Workers’ Trade Union", "Shaffick Hyatali", None),
    ],
)
def test_a_fronted_phrase_or_a_possessive_body_before_the_name(
    phrase: str, name: str, org: str | None
) -> None:
    found = speaker(phrase, 0, People(phrase))
    assert found is not None
    assert (found.name, found.org) == (name, org)


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [  # a statement with its owner after it: the owner speaks
        ("", "a statement issued by the Health Ministry", "Health Ministry"),
        (
            "The Party of Regions opposed the sale. ",
            "the statement released by the party on Thursday",
            "Party of Regions",
        ),
        # trap: a statement with no owner after it, and none named before, stays the statement
        ("", "the statement released on Thursday", "statement"),
    ],
)
def test_a_statement_with_its_owner_after_it(text: str, phrase: str, name: str) -> None:
    whole = text + phrase
    found = speaker(phrase, len(text), People(whole))
    assert (found.name if found else None) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [  # 'he said' in a story's first sentence, the speaker named next
        (
            "“Enterprises are attacking unions,” he declared.\nThe federation has become a"
            " power, states Riku Aalto, the chairperson.",
            "Riku Aalto",
        ),
        (
            "Nurses Address Troubles\nThe pay rise is “very little,” he said. Citing data, Lajos"
            " Kórozs, a lawmaker, said nurses earned little.",
            "Lajos Kórozs",
        ),
        # traps: a 'he' after the first sentence, or a name two paragraphs on, stands for no one
        (
            "The school sacked six teachers. He accused the school. Later Sattam Al-Sultani spoke.",
            None,
        ),
        (
            "“Enterprises are attacking unions,” he declared.\nThe federation met.\nIt has become"
            " a power, states Riku Aalto.",
            None,
        ),
    ],
)
def test_he_opening_a_story_is_the_person_named_next(text: str, name: str | None) -> None:
    he = re.search(r"\b[Hh]e\b", text)
    assert he is not None
    people = People(text, story=text.find("\n") + 1 if text.startswith("Nurses") else 0)
    found = speaker("he", he.start(), people)
    assert (found.name if found else None) == name


@pytest.mark.parametrize(
    ("phrase", "name"),
    [  # a seat, the kind of area it is and a legislator's title before the holder's name
        ("Kitutu Central ward MCA Alfred Monyenye", "Alfred Monyenye"),
        ("Kassanda South county MP Simeo Nsubuga", "Simeo Nsubuga"),
        ("Kitutu Central MCA Jane Doe", "Jane Doe"),
        # traps: a place and its area with no title and holder after stays the source
        ("Kitutu Central ward", "Kitutu Central"),
        ("Kitutu Central MCA", "Kitutu Central MCA"),
    ],
)
def test_an_area_noun_between_a_seat_and_its_title(phrase: str, name: str) -> None:
    found = speaker(phrase, 0, People(phrase))
    assert found is not None
    assert found.name == name


@pytest.mark.parametrize(
    ("phrase", "org"),
    [  # a name that holds 'of' or 'for (the)' after its kind of body is read whole
        (
            "The Congress of South African Trade Unions (COSATU) in Gauteng",
            "Congress of South African Trade Unions",
        ),
        ("the Ministry of Labour and Pension System", "Ministry of Labour and Pension System"),
        (
            "The Catholic Bishops’ Conference of the Philippines",
            "Catholic Bishops’ Conference of the Philippines",
        ),
        (
            "The Trade Union for the Public and Welfare Sector",
            "Trade Union for the Public and Welfare Sector",
        ),
        # traps: a role or a group before 'of' names the body after it; no body word, no run on
        ("Chairman of Barclays Bank", "Barclays Bank"),
        ("members of the Canadian Union of Public Employees", "Canadian Union of Public Employees"),
        ("member of the Institute of Directors", "Institute of Directors"),
        ("Isaac Ssemakadde of the Uganda Law Society", "Uganda Law Society"),
    ],
)
def test_organisation_name_holding_of_is_whole(phrase: str, org: str) -> None:
    assert organisation(phrase) == org


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [  # an ordinal or 'neither' standing for a thing named before is no actor
        ("The first", False),
        ("The second", False),
        ("Neither", False),
        ("the latter", False),
        # traps: the word inside a name, a noun after it, and 'one' of an unnamed source
        ("The First Minister", True),
        ("Neither party", True),
        ("one", True),
    ],
)
def test_substitute_word_is_no_actor(phrase: str, expected: bool) -> None:
    assert actor_like(phrase) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a name after a sentence-opening preposition is its object, not the sentence's subject
        (
            "At Shire Hall yesterday chief executive Peter Bungard apologised. He said",
            "Peter Bungard",
        ),
        ("In Jo Lee's view, Tom Hill was wrong. He said", "Tom Hill"),
        # traps: with no preposition before it, the first name is still the subject
        ("Jo Lee thanked Tom Hill. He said", "Jo Lee"),
        ("Yesterday Jo Lee met Tom Hill. He said", "Jo Lee"),
    ],
)
def test_name_after_opening_preposition_is_no_subject(text: str, expected: str) -> None:
    assert People(text).last_before(text.index("He said")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'the official', 'the politician': the person named last, when no one was given the word
        ("Minister Vicente Zeballos spoke.\nthe official", "Vicente Zeballos"),
        ("Party representative Giorgi Sioridze spoke.\nThe politician", "Giorgi Sioridze"),
        # traps: one given the word is still chosen; a qualified holder is no bare one
        ("Jo Lee, a council official, spoke; Tom Hill spoke too.\nthe official", "Jo Lee"),
        ("Giorgi Sioridze spoke.\nthe union official", "union official"),
    ],
)
def test_bare_office_holder_noun_stands_for_last_named(text: str, expected: str) -> None:
    phrase = text.rsplit("\n", 1)[1]
    found = speaker(phrase, text.index(phrase), People(text))
    assert found is not None
    assert found.name == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [  # a title-case headline's verb ends its subject; it is no word of a name
        ("Health Minister Says Dispensary Fee Was a Clerical Error", []),
        ("Union Leader Urges Members to Strike", []),
        # trap: a name in such a headline is still read
        ("Health Minister Jo Lee Says Fee Was an Error", ["Jo Lee"]),
    ],
)
def test_a_headline_verb_is_no_part_of_a_name(text: str, names: list[str]) -> None:
    assert [n for _, _, n in person_names(text)] == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'the Minister' is whoever the article gave that role right after a name and a comma
        ("Jo Lee, the health minister, spoke.\nthe minister", "Jo Lee"),
        (
            "Minister Tom Hill spoke. Jo Lee asked, and praised the minister.\nthe minister",
            "Tom Hill",
        ),
        # trap: a role later in someone else's sentence, after a clause, is not theirs
        (
            "Minister Tom Hill spoke. Jo Lee queried it, and asked the minister.\nthe minister",
            "Tom Hill",
        ),
    ],
)
def test_a_role_after_a_name_is_theirs_only_in_apposition(text: str, expected: str) -> None:
    phrase = text.rsplit("\n", 1)[1]
    found = speaker(phrase, text.index(phrase), People(text))
    assert found is not None
    assert found.name == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the place a source's apposition names is where the source is, not who speaks
        ("Kwelagobe, also the MP for Molepolole South", "Kwelagobe"),
        ("Judge Abraham Majur in Aweil, Northern Bar-el Ghazal State", "Abraham Majur"),
        ("Gomolemo Kwelagobe spoke.\nKwelagobe, the MP for Molepolole South", "Gomolemo Kwelagobe"),
        # traps: a titled holder after a place is the source; a body's own name stays whole
        ("The union's chairman in Ogun State, Comrade Jo Lee", "Comrade Jo Lee"),
        ("Jo Lee, the mayor of Riverton", "Jo Lee"),
        (
            "The National Association of Head Teachers and Deputy Head Teachers of England",
            "National Association of Head Teachers and Deputy Head Teachers of England",
        ),
    ],
)
def test_place_in_apposition_is_not_the_source(text: str, expected: str) -> None:
    phrase = text.rsplit("\n", 1)[-1]
    found = speaker(phrase, text.index(phrase), People(text))
    assert found is not None
    assert found.name == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # initials of a body's name in its own language still leave the body, with them
        (
            "the Swedish Association of Local Authorities and Regions (SKL)",
            ("Swedish Association of Local Authorities and Regions (SKL)", False),
        ),
        # an adverb linking the sentence to the one before is no part of the source
        (
            "Recently the Association of Pharmaceutical Enterprises of Greece (SFEE)",
            ("Association of Pharmaceutical Enterprises of Greece (SFEE)", False),
        ),
        ("Earlier the union", ("union", False)),
        # trap: a person's body in parentheses is not read as the person's initials
        ("union leader Jo Lee (PCS)", ("Jo Lee", True)),
    ],
)
def test_initials_and_linking_adverbs_around_a_source(
    phrase: str, expected: tuple[str, bool]
) -> None:
    found = speaker(phrase, 0, People(phrase))
    assert found is not None
    assert (found.name, found.person) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the words before 'and' open a body's name that ends in the kind of body
        ("Nottingham North and East Clinical Commissioning Group announced the closure.", []),
        ("The Sierra Leone Medical and Dental Association said the strike goes on.", []),
        # traps: two people, and a person beside a body the article names
        ("Anna Smith and John Brown said the strike goes on.", ["Anna Smith", "John Brown"]),
        ("Anna Smith and the Teachers Union said the strike goes on.", ["Anna Smith"]),
    ],
)
def test_body_name_running_on_past_and_is_no_person(text: str, names: list[str]) -> None:
    assert [n for _, _, n in person_names(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [  # Portuguese, Spanish and Italian particles inside a name
        ("Program Manager Matias dos Santos said", ["Matias dos Santos"]),
        ("Minister Maria das Dores said", ["Maria das Dores"]),
        ("Judge Ana Paula do Rosario said", ["Ana Paula do Rosario"]),
        ("coach Roberto di Matteo said", ["Roberto di Matteo"]),
        # trap: a particle before a lower-case word joins nothing
        ("Jo Lee said they do not", ["Jo Lee"]),
    ],
)
def test_romance_name_particles(text: str, names: list[str]) -> None:
    assert [n for _, _, n in person_names(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [  # a possessor before a name says whose the person or place is; it is not the name
        ("Britain's Andy Murray said he was tired.", ["Andy Murray"]),
        ("Kenya’s Raila Odinga said the vote was rigged.", ["Raila Odinga"]),
        ("Farmers squatted in Haryana's Karnal, locked in a showdown.", []),
        # trap: a possessive at the end still owns what follows, not a name
        ("Mr Alexander’s Labour shadow said", []),
    ],
)
def test_possessor_before_a_name_is_not_part_of_it(text: str, names: list[str]) -> None:
    assert [n for _, _, n in person_names(text)] == names


@pytest.mark.parametrize(
    ("text", "who"),
    [  # a surname after a fronted phrase (a preposition's, an -ing word's, after a connective)
        # is the sentence's subject, the 'he' after it; not a full name further on
        (
            "Jo Hodge spoke first. Tom Sieben backed the plan. In the debate, Hodge also"
            " attacked Sieben's party. He said it was too big.",
            "Jo Hodge",
        ),
        (
            "Chief Justice Jo Hodge spoke. Tom Sieben was jailed. However, responding to the"
            " critics, Hodge challenged police to show Sieben's guilt. He said it was unproven.",
            "Jo Hodge",
        ),
        # trap: a surname inside the fronted phrase is not the subject after its comma
        (
            "Jo Hodge spoke first. Tom Sieben backed the plan. In a letter to Hodge, the"
            " residents attacked the plan. He said it was too big.",
            "Tom Sieben",
        ),
    ],
)
def test_a_surname_after_a_fronted_phrase_is_the_subject(text: str, who: str) -> None:
    assert People(text).last_before(text.rindex("He said")) == who
