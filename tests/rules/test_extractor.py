"""The whole offline extractor: figures with what they count, exact grounding, empty input."""

from __future__ import annotations

from pathlib import Path

import pytest

from factx.batch import extract_paths
from factx.grounding import ground
from factx.pipeline import extract_text
from factx.rules.document import Document
from factx.rules.extractor import RulesExtractor, extract, figure_drafts
from factx.schemas import ExtractionDraft
from tests.helpers import RIVERTON, SEED_ARTICLES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            RIVERTON,
            [
                ("2.5%", 2.5, "percent", None),
                ("three years", 3, "years", None),
                ("more than 4,000", 4000, "people", "more than"),
            ],
        ),
        (
            "On 30 November 2011, 2 million workers struck, according to the TUC.\n",
            [("2 million", 2e6, "people", None)],
        ),
        (
            "Ministers said 3,000 schools could close, affecting around 450,000 pupils.\n",
            [("3,000", 3000, "count", None), ("around 450,000", 450000, "people", "approximately")],
        ),
        (
            "The province says the cap would save C$1.2 billion over three years.\n",
            [("C$1.2 billion", 1.2e9, "CAD", None), ("over three years", 3, "years", None)],
        ),
        (  # a change and the level it reaches, not a range
            "The offer raises pay by $2,500 to $17,500 a year.\n",
            [("$2,500", 2500, "USD", None), ("$17,500", 17500, "USD", None)],
        ),
        (
            "Shares rose $2.74 to $24.02 after the ruling.\n",
            [("$2.74", 2.74, "USD", None), ("$24.02", 24.02, "USD", None)],
        ),
        ("Pay will grow at 2% to 3% a year.\n", [("2% to 3%", 2, "percent", "range")]),
        (  # 'by' with no change word before it: a range
            "The sector is short of funds by $80 million to $100 million.\n",
            [("$80 million to $100 million", 80e6, "USD", "range")],
        ),
        ("Millions of people shop there.\n", []),  # a bare magnitude says many, not how many
        ("The firm said thousands of jobs were safe.\n", []),
        ("They struck a year ago.\n", []),  # a date, not a duration
        ("The board had advised against it a week prior.\n", []),
        ("The union had walked out two days earlier.\n", []),
        ("They met a week prior to the vote.\n", [("a week", 1, "weeks", None)]),
        ("The case, No. 09-00080, was heard.\n", []),  # a code
        # counted out of a whole: how many did it, and the whole ('one in ten staff' stays a
        # share)
        (
            "It was passed by 88 out of 122 members.\n",
            [("88", 88, "count", None), ("122", 122, "people", None)],
        ),
        (
            "Three out of five judges agreed.\n",
            [("Three", 3, "count", None), ("five", 5, "people", None)],
        ),
        ("One in ten staff will go.\n", [("One in ten", 0.1, "fraction", None)]),
    ],
)
def test_figures(text: str, expected: list[tuple[str, float, str, str | None]]) -> None:
    found = [(f.raw, f.value, f.unit, f.qualifier) for f in extract(text).figures]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        ("More than 4,000 staff would take part.\n", "staff"),
        ("A survey of 5,200 consultants was published.\n", "consultants"),
        ("It could affect around 450,000 pupils in England.\n", "pupils"),
        ("Teachers rejected a 2.5% pay offer.\n", "pay offer"),
    ],
)
def test_what_a_figure_counts(text: str, measures: str) -> None:
    assert [f.measures for f in extract(text).figures] == [measures]


def test_every_record_is_grounded_exactly(tmp_path: Path) -> None:
    (tmp_path / "riverton.txt").write_text(RIVERTON, encoding="utf-8")
    paths = [str(tmp_path / "riverton.txt"), *map(str, SEED_ARTICLES)]
    for path, result in zip(paths, extract_paths(paths, RulesExtractor()), strict=True):
        text = Path(path).read_text(encoding="utf-8")
        assert result.status == "ok" and result.rejected == []
        assert result.provenance.extractor == "rules"
        assert result.claims and result.figures and result.positions
        for record in (*result.claims, *result.figures, *result.positions):
            assert record.evidence.match == "exact"
            assert text[record.evidence.start : record.evidence.end] == record.evidence.text


def test_text_without_facts_gives_empty_lists() -> None:
    result = extract_text("The weather was mild.\n", RulesExtractor())
    assert result.status == "ok"
    assert (result.claims, result.figures, result.positions) == ([], [], [])


def test_provenance_names_the_rules_version() -> None:
    assert RulesExtractor().provenance()["model"].startswith("factx-rules-")


@pytest.mark.parametrize("confidence", ["high", "medium", "low", None])
def test_grounding_carries_a_drafts_confidence(confidence: str | None) -> None:
    text = 'Nurses rejected the 3% offer. "No," said Ann Lee.'
    draft = ExtractionDraft.model_validate(
        {
            "claims": [
                {"kind": "direct", "speaker": "Ann Lee", "evidence": "No,"}
                | {"confidence": confidence}
            ],
            "figures": [
                {"evidence": "3% offer", "raw": "3%", "value": 3, "unit": "percent"}
                | {"measures": "offer", "confidence": confidence}
            ],
            "positions": [
                {"actor": "Nurses", "stance": "oppose", "target": "the 3% offer"}
                | {"evidence": "Nurses rejected the 3% offer", "confidence": confidence}
            ],
        }
    )
    grounded = ground(draft, text)
    records = [*grounded.claims, *grounded.figures, *grounded.positions]
    assert len(records) == 3 and {r.confidence for r in records} == {confidence}


@pytest.mark.parametrize(
    ("text", "claims", "actors"),
    [
        (  # a headline and standfirst restate the story: only the story is read
            "Council rejects bridge plan\nMayor says cost too high\n"
            "The Riverton Council rejected the bridge plan, Mayor Ann Lee said.\n",
            ["The Riverton Council rejected the bridge plan, Mayor Ann Lee said."],
            ["The Riverton Council"],
        ),
        (  # wire copy with no headline: its first line is the story
            "The Riverton Council rejected the bridge plan, Mayor Ann Lee said.\nMore follows.\n",
            ["The Riverton Council rejected the bridge plan, Mayor Ann Lee said."],
            ["The Riverton Council"],
        ),
        (  # a one-paragraph report is never taken for a headline
            "Riverton Council rejects bridge plan\n",
            [],
            ["Riverton Council"],
        ),
    ],
)
def test_a_headline_is_not_read_as_the_story(
    text: str, claims: list[str], actors: list[str]
) -> None:
    found = extract(text)
    assert [c.evidence for c in found.claims] == claims
    assert [p.actor for p in found.positions] == actors


@pytest.mark.parametrize(
    ("text", "speaker", "org"),
    [
        ("The GMB said the offer undervalued its members.\n", "GMB", "GMB"),
        ("Tenon said the offer undervalued the company.\n", "Tenon", "Tenon"),
        ("Shire PLC said the bid was too low.\n", "Shire PLC", "Shire PLC"),
        ("The Bank of England said rates would hold.\n", "Bank of England", "Bank of England"),
        ("The union said the offer was poor.\n", "union", None),  # a description, not a name
        ("Mary Jones said the offer was poor.\n", "Mary Jones", None),  # a person
        # a title alone is a person's, no body
        ("The President said we must respect the law.\n", "President", None),
        ("The Chief Justice said the court would rule.\n", "Chief Justice", None),
        ("The Treasury said the deal was fair.\n", "Treasury", "Treasury"),
    ],
)
def test_a_body_speaking_under_its_own_name_is_its_own_organisation(
    text: str, speaker: str, org: str | None
) -> None:
    (found,) = extract(text).claims
    assert (found.speaker, found.speaker_org) == (speaker, org)


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        # a tally's dash is no word of what its first figure counts
        ("MLAs voted 24-22 in favour.", ["24", "22"]),
        ("The Senate passed it on an 81-15 vote.", ["81", "15 vote"]),
        # a possessive of a plural is
        ("They gave seven days' notice.", ["seven days' notice"]),
    ],
)
def test_figure_evidence_ends_with_its_noun(text: str, evidence: list[str]) -> None:
    assert [f.evidence for f in figure_drafts(Document.read(text))] == evidence


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Nearly 370 rail employees walked out.", "people"),
        ("About 300 of the drivers voted.", "people"),
        ("More than 7,000 customers were overcharged.", "people"),
        ("Only 13 Republicans voted against.", "people"),
        # a bare number 'of' a place gives the people living there
        ("It is a small island of about 4,000.", "people"),
        ("The nation has a population of 5.1 million.", "people"),
        # the head of the phrase counts, not a noun after its preposition
        ("The regulator received 182 complaints from consumers.", "count"),
        ("The city of 30 councils voted.", "count"),
    ],
)
def test_a_count_of_people_is_a_head_count(text: str, unit: str) -> None:
    assert [f.unit for f in figure_drafts(Document.read(text))] == [unit]


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        # a count of periods before 'ago' is the time gone by
        ("Their last pay rise came 19 years ago.", ["19 years ago"]),
        ("Staff were promised it two years ago.", ["two years ago"]),
        ("The union appealed three weeks later.", ["three weeks later"]),
        # traps: one period before 'ago' dates an event, as 'earlier' and 'prior' do
        ("The strike began a year ago.", []),
        ("It opened almost a decade ago.", []),
        ("The board met a day later.", []),
        ("They had met two days earlier.", []),
        ("Notice came a week prior.", []),
    ],
)
def test_periods_counted_before_ago_are_figures(text: str, evidence: list[str]) -> None:
    assert [f.evidence for f in figure_drafts(Document.read(text))] == evidence


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        # a rate of exchange gives the rate, not the unit it prices
        (
            "Revenues are BDS$3.5 billion (One Barbados dollar=US$0.50 cents) this year.",
            ["BDS$3.5 billion", "US$0.50 cents"],
        ),
        ("The J$5 billion fund (US$1 = J$155) opened.", ["J$5 billion fund", "J$155"]),
        # traps: a sum restated in another currency, a sample size after an equals sign
        ("It cost £83m (€119m), he said.", ["£83m", "€119m"]),
        ("The survey (n=500) was small.", ["500"]),
    ],
)
def test_a_rate_of_exchange_gives_the_rate_alone(text: str, evidence: list[str]) -> None:
    assert [f.evidence for f in figure_drafts(Document.read(text))] == evidence


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        # a figure said again in brackets is one figure
        ("They won an 8% (eight percent) rise.", ["8%"]),
        ("He was fined N50,000 (fifty thousand naira).", ["N50,000"]),
        ("fined Two Thousand Ghana Cedis (GHc2,000) for it", ["Two Thousand Ghana Cedis"]),
        # traps: another currency or another kind of figure in brackets is a figure of its own
        ("It cost £83m (€119m), he said.", ["£83m", "€119m"]),
        ("A cut of £200 million (7%) was made.", ["£200 million", "7%"]),
        ("Rises of 8% and (later) 8% more.", ["8%", "8% more"]),
    ],
)
def test_a_figure_said_again_in_brackets_is_one_figure(text: str, evidence: list[str]) -> None:
    assert [f.evidence for f in figure_drafts(Document.read(text))] == evidence


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a figure with 'of' after it counts what follows, not an earlier figure's noun
        (
            "About 800,000 public servants are marching in eight of the country's provinces.",
            ["people", "count"],
        ),
        # traps: a figure with nothing after it, or 'of which' after it, takes the noun
        # counted before it
        ("1m workers struck, including 150,000 in Scotland.", ["people", "people"]),
        ("It cut 7,000 staff, almost 2,000 of which went last year.", ["people", "people"]),
    ],
)
def test_a_part_of_something_counts_what_follows(text: str, units: list[str]) -> None:
    assert [f.unit for f in figure_drafts(Document.read(text))] == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # the two ends of a change split from one range keep the dollar the article names
        (
            "Canadian teachers struck. The offer raised pay by $2,500 to $17,500 annually.",
            ["CAD", "CAD"],
        ),
        # traps: no nation named is the US dollar; a range (no change) is one figure
        ("Teachers struck. The offer raised pay by $2,500 to $17,500.", ["USD", "USD"]),
        ("Canadian teachers want bonuses of $2,500 to $17,500.", ["CAD"]),
    ],
)
def test_the_ends_of_a_change_keep_the_articles_dollar(text: str, units: list[str]) -> None:
    assert [f.unit for f in figure_drafts(Document.read(text))] == units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change and the level it reaches, their unit written once after both, each keep it
        (
            "The urban and rural indices both fell by 0.14 to 1 percent.",
            [(0.14, "percent"), (1.0, "percent")],
        ),
        ("Output rose by 2 to 5 million tonnes.", [(2e6, "tonnes"), (5e6, "tonnes")]),
        # trap: a range with no change before it stays one figure
        ("Bonuses of 2 to 5 percent were paid.", [(2.0, "percent")]),
    ],
)
def test_the_ends_of_a_change_keep_the_unit_said_once(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in figure_drafts(Document.read(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'out of every' is a rate: the share alone, not a count of the first number
        ("Five out of every 100 adults are infected.", [(0.05, "fraction")]),
        # trap: 'out of' a whole counts those who did it and the whole
        ("Some 88 out of 122 members voted.", [(88.0, "count"), (122.0, "people")]),
    ],
)
def test_out_of_every_gives_the_share_alone(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in figure_drafts(Document.read(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare sum in millions or billions takes the currency of the article's other sums
        (
            "The budget spends $100 billion. The deficit is projected at 33.1 billion.",
            [(1e11, "USD"), (3.31e10, "USD")],
        ),
        (
            "MPs approve 292 billion supplementary budget. It adds to the UGX 500 billion.",
            [(2.92e11, "UGX"), (5e11, "UGX")],
        ),
        # traps: a plural noun after it counts things; an article with no money keeps a count;
        # a sum below a million is no sum
        (
            "The firm was fined $2 million over 22 million nuisance calls.",
            [(2e6, "USD"), (2.2e7, "count")],
        ),
        ("The town's population is 1.4 million.", [(1.4e6, "count")]),
        # a place's people, not a sum in the article's currency
        ("Aid of $5m reached a nation of 13.2 million.", [(5e6, "USD"), (1.32e7, "people")]),
        ("It paid $5 million and then 400,000.", [(5e6, "USD"), (4e5, "count")]),
    ],
)
def test_a_bare_sum_in_millions_takes_the_articles_currency(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in figure_drafts(Document.read(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eased, leapt, dipped: a change and the level it reaches are two figures
        (
            "The price eased 1.4 cents to 134.6 cents a litre.",
            [(0.014, "USD"), (1.346, "USD")],
        ),
        ("Broome prices leapt 7.1 cents to 152.2 cents.", [(0.071, "USD"), (1.522, "USD")]),
        ("Shares dipped 5% to 20%.", [(5.0, "percent"), (20.0, "percent")]),
        # 'by' makes a change whatever comes before it
        ("They seek to extend the age by one year to 61.", [(1.0, "years"), (61.0, "years")]),
        # traps: ends too close for the second to be the level reached are a range of the change
        ("The fund is short by $80 million to $100 million.", [(80e6, "USD")]),
        ("Prices will increase by 5% to 10% this year.", [(5.0, "percent")]),
        ("The railway cut 6,000 to 7,000 jobs.", [(6000.0, "count")]),
        ("Costs increased by 10 to 12% after the hike.", [(10.0, "percent")]),
        # trap: with no movement word before it, 'X to Y' stays one range
        ("Fares of 1.4 cents to 134.6 cents were charged.", [(0.014, "USD")]),
    ],
)
def test_more_movement_words_make_a_change_and_its_level(
    text: str, expected: list[tuple[float, str]]
) -> None:
    found = [(f.value, f.unit) for f in figure_drafts(Document.read(text))]
    assert found == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [  # names written with accented capitals are names, and come back as written
        (
            "Jo Lee spoke first. Agnė Širinskienė, head of the group, told BNS that they would"
            " not back it.\n“We understand very well,” she said.",
            ["Agnė Širinskienė", "Agnė Širinskienė"],
        ),
        (
            "The plan came from Prime Minister Ingrida Šimonytė, who said it would pass.",
            ["Ingrida Šimonytė"],
        ),
        # trap: the same sentence in ASCII reads the same
        (
            "The plan came from Prime Minister Ingrida Simonyte, who said it would pass.",
            ["Ingrida Simonyte"],
        ),
    ],
)
def test_names_with_accented_capitals_are_read_and_kept_verbatim(
    text: str, speakers: list[str]
) -> None:
    draft = extract(text)
    assert [c.speaker for c in draft.claims] == speakers
    assert all(c.evidence in text for c in draft.claims)


@pytest.mark.parametrize(
    ("text", "quotes"),
    [  # quotes in guillemets are quotes, their evidence as the page writes it
        (
            "Alexandros Lakis lost. «This trial was unfair,» said Lakis.",
            [("Alexandros Lakis", "This trial was unfair,")],
        ),
        (
            "Asked about it, chairman Lazaros Petrou said, «We have other plans,» and left.",
            [("Lazaros Petrou", "We have other plans,")],
        ),
        # trap: a guillemet around a name is no quote
        ("Mayor Jo Lee said he is fighting «political puppets».", [("Jo Lee", None)]),
    ],
)
def test_quotes_in_guillemets_are_read_as_quotes(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    draft = extract(text)
    found = [(c.speaker, c.evidence if c.kind == "direct" else None) for c in draft.claims]
    assert found == quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a bare magnitude says many, not how many: of people, of things, of money, shouted too
        ("Police said hundreds of workers marched.", []),
        ("Several thousand workers gathered.", []),
        ("Dozens were hurt and tens of thousands marched.", []),
        ("HUNDREDS of people have signed a petition.", []),
        ("The repairs cost millions of dollars.", []),
        # traps: a number with a magnitude after it is a figure
        ("Police said 300 workers marched.", [("300", 300, "people")]),
        ("Two thousand teachers are on strike.", [("Two thousand", 2000, "people")]),
        # and a few of a magnitude counts at least two of it
        ("Only a few hundred residents came.", [("a few hundred", 200, "people")]),
        ("It got a couple of thousand letters.", [("a couple of thousand", 2000, "count")]),
    ],
)
def test_a_bare_magnitude_is_no_figure(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(f.raw, f.value, f.unit) for f in extract(text).figures] == expected


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # words of money before a bare sum make it money: the article's currency, or that of
        # the nation it names when it writes none
        ("Doctors start on 2000 BGN and nurses earn 1600 a month.", ["BGN", "BGN"]),
        ("In Sri Lanka, the protest caused damages of more than 36 million.", ["LKR"]),
        ("Cameroon owes a debt to teachers of 181 billion.", ["XAF"]),
        # traps: no nation and no money named, a small number, or things counted
        ("The protest caused damages of more than 36 million.", ["count"]),
        ("Teams earn 3 for a win in Kenya.", ["count"]),
        ("In Kenya, farmers earn 1,600 bags of maize.", ["count"]),
    ],
)
def test_words_of_money_make_a_bare_sum_money(text: str, units: list[str]) -> None:
    assert [f.unit for f in figure_drafts(Document.read(text))] == units
