"""Who stands where on what: actor, stance and target from cues, negation and conditions."""

from __future__ import annotations

import re

import pytest

from factx.rules import lexicon, stances
from factx.rules.extractor import extract
from factx.rules.lexicon import TARGET_NOUNS
from tests.helpers import REAL_ARTICLES, RIVERTON


def positions_of(text: str) -> list[tuple[str, str, str]]:
    return [(p.actor, p.stance, p.target) for p in extract(text).positions]


@pytest.mark.parametrize(
    "expected",
    [
        ("Teachers in Riverton", "oppose", "a 2.5% pay offer"),
        ("Union leaders", "oppose", "the cuts"),
        ("The Parents Forum", "support", "the decision to keep talking"),
        ("Other unions", "undecided", "the offer"),
        ("Anne Cole", "neutral", "the dispute"),
    ],
)
def test_riverton_positions(expected: tuple[str, str, str]) -> None:
    assert expected in positions_of(RIVERTON)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board will not back the merger.\n", [("The board", "oppose", "the merger")]),
        # a named object: a party, a person, a company's argument
        ("The jury ruled in favour of Masimo.\n", [("The jury", "support", "Masimo")]),
        (
            "The tribunal rejected Uber's argument.\n",
            [("The tribunal", "oppose", "Uber's argument")],
        ),
        ("The senator endorsed Joe Biden.\n", [("The senator", "support", "Joe Biden")]),
        # one actor named by its stance: the copula states it, it judges nothing
        (
            "Ann Lee has long been a fierce critic of the plan.\n",
            [("Ann Lee", "oppose", "the plan")],
        ),
        ("Jo Smith is a vocal supporter of the plan.\n", [("Jo Smith", "support", "the plan")]),
        ("The governor signed the bill into law.\n", [("The governor", "support", "the bill")]),
        # a sentence handed down is a thing positions are taken on, and holds none
        (
            "The family said they would appeal the sentence.\n",
            [("The family", "oppose", "the sentence")],
        ),
        (
            "Ann Lee’s sentence, along with verdicts against other protest leaders, who received"
            " sentences ranging from a one year suspended term to ten years in jail, shows that"
            " the state wants to silence critics, said Tom Bell, a rights activist.\n",
            [("Tom Bell", "oppose", "Ann Lee’s sentence")],
        ),
        (
            "The opposition walked out in protest at the decision.\n",
            [("The opposition", "oppose", "the decision")],
        ),
        (
            "The union threatened legal action over the cuts.\n",
            [("The union", "oppose", "the cuts")],
        ),
        # legal action to make something happen is no stance against it
        ("The party took legal action to compel the Speaker to allow a secret ballot.\n", []),
        (
            "The minister distanced herself from the remarks.\n",
            [("The minister", "oppose", "the remarks")],
        ),
        (
            "The party's leader has thrown his support behind the campaign.\n",
            [("The party's leader", "support", "the campaign")],
        ),
        (
            "Campaigners are opposed to the new runway.\n",
            [("Campaigners", "oppose", "the new runway")],
        ),
        (
            "The chancellor insisted the plan was the right one.\n",
            [("The chancellor", "support", "the plan")],
        ),
        ("The judge sided with the tenants.\n", [("The judge", "support", "the tenants")]),
        (
            "Farmers protested outside parliament against the trade deal.\n",
            [("Farmers", "oppose", "the trade deal")],
        ),
        (
            "Investors rallied behind the chief executive.\n",
            [("Investors", "support", "the chief executive")],
        ),
        (  # a first-person mood in a quote
            '"We are delighted with the outcome of the vote," said a spokesman for the firm.\n',
            [("a spokesman for the firm", "support", "the vote")],
        ),
        # 'no' before a stance noun negates it: no opposition ...
        ("Ms Patel said she had no opposition to the plans.\n", []),
        # ... and an objection denied backs the thing (the brief of issue 17's round: support)
        (
            "Ms Patel said she had no objection to the plans.\n",
            [("Ms Patel", "support", "the plans")],
        ),
        (
            "Unions said the offer fell far short of what was needed.\n",
            [("Unions", "oppose", "the offer")],
        ),
        (  # the speaker's frame is not the thing judged
            "The hospital said it was confident the changes would improve care.\n",
            [("The hospital", "support", "the changes")],
        ),
        (
            "The opposition has demanded the withdrawal of the bill.\n",
            [("The opposition", "oppose", "the bill")],
        ),
        (
            "The party has called for the minister's resignation.\n",
            [("The party", "oppose", "the minister's resignation")],
        ),
        (
            "The BJP slammed the Congress over the farm laws.\n",
            [("The BJP", "oppose", "the Congress")],
        ),
        ("Residents are up in arms over the plan.\n", [("Residents", "oppose", "the plan")]),
        (
            "The decision has been met with anger from parents.\n",
            [("parents", "oppose", "The decision")],
        ),
        (
            "The move drew sharp criticism from rights groups.\n",
            [("rights groups", "oppose", "The move")],
        ),
        (
            "The plan has received the backing of the council.\n",
            [("council", "support", "The plan")],
        ),
        (
            "The minister has come under fire from farmers over the deal.\n",
            [("farmers", "oppose", "The minister")],
        ),
        (
            "The treasurer poured cold water on the idea.\n",
            [("The treasurer", "oppose", "the idea")],
        ),
        ("The senator took aim at the bill.\n", [("The senator", "oppose", "the bill")]),
        (
            "The board gave the thumbs up to the merger.\n",
            [("The board", "support", "the merger")],
        ),
        (
            "The mayor came out in favour of the new stadium.\n",
            [("The mayor", "support", "the new stadium")],
        ),
        (
            "The association applauded the decision.\n",
            [("The association", "support", "the decision")],
        ),
        # 'who' stands for the one before it, not the sentence's subject
        (
            "Such calls may only be made to people who have agreed to receive them.\n",
            [("people", "support", "receive them")],
        ),
        (
            "The jury gave the money to Cynthia Robinson, who had filed a lawsuit against the "
            "firm.\n",
            [("Cynthia Robinson", "oppose", "the firm")],
        ),
        (
            "Ann Lee, who leads the union, rejected the offer.\n",
            [("Ann Lee", "oppose", "the offer")],
        ),
        # a stance received from no one named: no actor
        ("The plan drew criticism from all sides.\n", []),
        (  # approval given
            "The council granted outline planning permission for the scheme.\n",
            [("The council", "support", "the scheme")],
        ),
        (
            'Jo Doe, leader of the Fire Brigades Union, said: "We will not accept this offer."\n',
            [("Fire Brigades Union", "oppose", "this offer")],
        ),
        (
            "Unison will ballot its members on the new offer.\n",
            [("Unison", "undecided", "the new offer")],
        ),
        ("The council rejected it.\n", []),  # 'it' with nothing before it
        (
            "SPRINGFIELD (Wire) - State lawmakers on Tuesday approved a plan to cut pension "
            "benefits.\n",
            [("State lawmakers", "support", "a plan to cut pension benefits")],
        ),
        (
            "WASHINGTON, Dec. 16 (UPI) -- The Senate voted narrowly Thursday to approve a "
            "$20 billion measure.\n",
            [("The Senate", "support", "a $20 billion measure")],
        ),
        (  # an appeal not to act opposes the act
            "The club this morning advised members not to accept the offer.\n",
            [("The club", "oppose", "the offer")],
        ),
        ("Acme sought to buy a majority stake.\n", [("Acme", "support", "buy a majority stake")]),
        (  # the stance in a recommendation is the recommender's
            "The board said it had recommended that shareholders reject the bid.\n",
            [("The board", "oppose", "the bid")],
        ),
        (  # 'it' stands for the subject named before, and a name in apposition is that subject
            "The largest carmaker in Japan, Kanto Motors, said it will appeal the verdict.\n",
            [("Kanto Motors", "oppose", "the verdict")],
        ),
        (
            "The Riverton Council late on Friday rejected the plan.\n",
            [("The Riverton Council", "oppose", "the plan")],
        ),
        (  # 'we' in a quote by someone tied to an organisation earlier: the organisation
            "FBU general secretary Jo Doe said talks had stalled.\n"
            '"We will not accept this offer," Ms Doe said.\n',
            [("FBU", "oppose", "this offer")],
        ),
        (
            'Jo Doe spoke.\n"We cannot accept this offer," Ms Doe said.\n',
            [("Jo Doe", "oppose", "this offer")],
        ),
        (  # a decision not yet taken
            "The ministry said no final decision had been taken regarding the new contract.\n",
            [("The ministry", "undecided", "the new contract")],
        ),
        (  # a year between the subject and its verb
            "The High Court in 2019 rejected the appeal.\n",
            [("The High Court", "oppose", "the appeal")],
        ),
        (
            "RIVERTON: The company denied the allegations.\n",
            [("The company", "oppose", "the allegations")],
        ),
        (
            "NEW YORK, March 3 (AP) - The company denied the allegations.\n",
            [("The company", "oppose", "the allegations")],
        ),
        (
            "Nurses will strike next week over a pay rise of 1.5 per cent.\n",
            [("Nurses", "oppose", "a pay rise of 1.5 per cent")],
        ),
        (
            "Jo Black, the federation's president, said members were angry and the new terms "
            "were not deemed acceptable.\n",
            [("Jo Black", "oppose", "the new terms")],
        ),
        (
            "The Ontario Nurses' Association said it would fight the bill.\n",
            [("The Ontario Nurses' Association", "oppose", "the bill")],
        ),
        ("The weather was mild.\n", []),
        ("The company denied the allegations.\n", [("The company", "oppose", "the allegations")]),
        ("The senator voted for the bill.\n", [("The senator", "support", "the bill")]),
        (
            "The union urged members to accept the deal.\n",
            [("The union", "support", "the deal")],
        ),
        (
            "Ryanair hit back at the union.\n",
            [("Ryanair", "oppose", "the union")],
        ),
        (
            "About 1,100 members voted against the deal.\n",
            [("members", "oppose", "the deal")],
        ),
        (  # an apposition between the actor and its cue
            "The union, which represents 5,000 staff, rejected the offer.\n",
            [("The union", "oppose", "the offer")],
        ),
        (  # a passive: the agent is the actor, the subject the target
            "A merger of Acme and Bolt has been blocked by the Competition Authority.\n",
            [("Competition Authority", "oppose", "A merger of Acme and Bolt")],
        ),
        (
            "The case was brought by two drivers, with backing from the GMB union.\n",
            [("GMB union", "support", "The case")],
        ),
        (  # a participle clause takes the subject of the clause before it
            "Labour MPs cheered, calling on the chancellor to resign over the vote.\n",
            [("Labour MPs", "oppose", "the chancellor")],
        ),
        ("BA accused the union of bullying staff.\n", [("BA", "oppose", "the union")]),
        (
            "Union bosses held off announcing a strike.\n",
            [("Union bosses", "undecided", "a strike")],
        ),
        (
            "The House voted narrowly on Thursday to approve the bill.\n",
            [("The House", "support", "the bill")],
        ),
        (  # a denied subject opposes
            "The vote was 217-212, with no Republicans supporting the measure.\n",
            [("Republicans", "oppose", "the measure")],
        ),
        (
            "Some Democrats expressed reluctance to support the bill.\n",
            [("Some Democrats", "oppose", "the bill")],
        ),
        (  # two people named as one subject: a position each
            "Jo Lee and Al Roe, who had spent hours in talks, urged MPs to back the motion.\n",
            [("Jo Lee", "support", "the motion"), ("Al Roe", "support", "the motion")],
        ),
        (  # a verdict reported by someone: they are the actor, the thing judged the target
            "In a statement, President Ann Ruiz said the bill would help families.\n",
            [("Ann Ruiz", "support", "the bill")],
        ),
        ("The bill would help families.\n", []),  # nobody gives the verdict
        ("Dr Meldrum tinged his praise with concerns.\n", []),  # 'his praise' is a noun
        (
            'Jo Lee, the chief executive, said she was "disappointed" by the decision.\n',
            [("Jo Lee", "oppose", "the decision")],
        ),
        (
            "The firm said it would be appealing the ruling.\n",
            [("The firm", "oppose", "the ruling")],
        ),
        (
            "A majority of cabin crew rejected a new pay offer.\n",
            [("cabin crew", "oppose", "a new pay offer")],
        ),
        (  # several positions of one actor when the targets differ
            "The union rejected the pay offer and opposed the closure of the depot.\n",
            [
                ("The union", "oppose", "the pay offer"),
                ("The union", "oppose", "the closure of the depot"),
            ],
        ),
        (
            "The union rejected the offer and rejected it again.\n",
            [("The union", "oppose", "the offer")],
        ),
        # verbs and their objects
        ("The union defended the strike.\n", [("The union", "support", "the strike")]),
        ("The judge dismissed the claim.\n", [("The judge", "oppose", "the claim")]),
        ("The firm objected to the ruling.\n", [("The firm", "oppose", "the ruling")]),
        ("The minister ruled out a pay rise.\n", [("The minister", "oppose", "a pay rise")]),
        ("The company denied wrongdoing.\n", [("The company", "oppose", "wrongdoing")]),
        ("The union is fighting the closure.\n", [("The union", "oppose", "the closure")]),
        ("Residents protested against the closure.\n", [("Residents", "oppose", "the closure")]),
        ("The union said it was against the changes.\n", [("The union", "oppose", "the changes")]),
        ("The firm remains committed to the project.\n", [("The firm", "support", "the project")]),
        (
            "Ministers are proposing to close the library.\n",
            [("Ministers", "support", "close the library")],
        ),
        (
            "Campaigners urged the council to scrap the scheme.\n",
            [("Campaigners", "oppose", "the scheme")],
        ),
        (  # a reported speech act: the rebuttal opposes what it answers
            "The company hit back, saying the claims were false.\n",
            [("The company", "oppose", "the claims")],
        ),
        (  # a verdict that supports, one that opposes
            "The government insisted the cuts were necessary.\n",
            [("The government", "support", "the cuts")],
        ),
        (
            "The company said the strike was unnecessary.\n",
            [("The company", "oppose", "the strike")],
        ),
        # nominalisations: the possessor or the subject holds the stance
        (
            "The company's opposition to the plan was clear.\n",
            [("The company", "oppose", "the plan")],
        ),
        (
            "The senator announced her support for the bill.\n",
            [("The senator", "support", "the bill")],
        ),
        ("The board gave its backing to the merger.\n", [("The board", "support", "the merger")]),
        # passives: the agent is the actor; with no agent, nobody is
        ("The plan was rejected by the council.\n", [("council", "oppose", "The plan")]),
        (
            "The deal has been approved by shareholders.\n",
            [("shareholders", "support", "The deal")],
        ),
        ("The offer was rejected.\n", []),
        # a participle after a determiner is an adjective, not a stance
        ("Unions oppose the proposed cuts.\n", [("Unions", "oppose", "the proposed cuts")]),
        (  # clauses that open with their verb share the sentence's subject
            "Bosses at the firm closed the plant, but did not pay staff, instead proposing to "
            "sell the site.\n",
            [("Bosses at the firm", "support", "sell the site")],
        ),
        (  # a clause opening with 'while' has a subject of its own, counted or not
            "The workers voted against the deal, while 300 drivers backed the deal.\n",
            [("The workers", "oppose", "the deal"), ("drivers", "support", "the deal")],
        ),
        (  # a headline and its story name one actor: the fuller name stays
            "Crew reject deal\nCabin crew rejected the deal.\n",
            [("Cabin crew", "oppose", "the deal")],
        ),
        (  # a name inside an organisation's name is not a person
            "About 500 members of the Riverton Union of Bus Drivers voted against the deal.\n",
            [("Riverton Union of Bus Drivers", "oppose", "the deal")],
        ),
        (  # in a quote, 'we' is the subject of a verb joined to its own by 'and'
            "Ann Lee, the college principal, spoke to staff.\n"
            '"We have met the mediator and remain committed to the talks," she said.\n',
            [("Ann Lee", "support", "the talks")],
        ),
        (  # in a quote, an organisation named as the subject holds the stance, not the speaker
            "Jo Lee, a union official, spoke to reporters.\n"
            '"The Government has rejected every proposal we made," she said.\n',
            [("The Government", "oppose", "every proposal")],
        ),
        (  # 'that' opens a clause with its own subject, here a body named outside the quote
            "Jo Lee, the union leader, spoke.\n"
            '"They should know that Unite is committed to the strike," she said. Unite has '
            "20 members.\n",
            [("Unite", "support", "the strike")],
        ),
        (  # 'his Government': the owner acts, named in the clause before
            "Ann Ruiz said that her government opposed the plans.\n",
            [("Ann Ruiz", "oppose", "the plans")],
        ),
        (
            "The workers rejected the deal that the board backed.\n",
            [("The workers", "oppose", "the deal"), ("the board", "support", "the deal")],
        ),
        ("The board accepted that its plans were flawed.\n", []),  # a concession
        (  # an appeal to return to talks supports them
            "Minister Ann Ruiz spoke on Monday.\n"
            '"I encourage the union to come back to the table," she said.\n',
            [("Ann Ruiz", "support", "the table")],
        ),
        (  # an appeal to end something opposes it
            'A spokesman for the airline said: "We urge the union to end this dispute."\n',
            [("A spokesman for the airline", "oppose", "this dispute")],
        ),
        (  # legal verbs: quashing opposes, upholding supports
            "The High Court quashed the licence.\nThe tribunal upheld the ban.\n",
            [("The High Court", "oppose", "the licence"), ("The tribunal", "support", "the ban")],
        ),
        (  # 'agree' with a direct object supports it
            "The insurer has agreed a £3m settlement.\n",
            [("The insurer", "support", "a £3m settlement")],
        ),
        (  # naming a verdict on the object: 'called ... "absurd"', 'described ... as unjust'
            'The mayor called the fare rise "absurd".\n'
            "Tenants described the rent increase as unjust.\n",
            [("The mayor", "oppose", "the fare rise"), ("Tenants", "oppose", "the rent increase")],
        ),
        (  # a judgement after a reporting verb, an adverb before it
            "Farmers say the subsidies offered by ministers are grossly inadequate.\n",
            [("Farmers", "oppose", "the subsidies offered by ministers")],
        ),
        (  # airing a feeling opposes what it is about
            "Parents have voiced concerns over the closure.\n",
            [("Parents", "oppose", "the closure")],
        ),
        (  # an effort to end something opposes it
            "Residents launched a campaign to stop the incinerator plan.\n",
            [("Residents", "oppose", "the incinerator plan")],
        ),
        (  # joining a strike or protest is a stance against what it is about
            "The hospital announced cuts to overtime pay.\n"
            "Two of the three unions joined the strike.\n",
            [("unions", "oppose", "overtime pay")],
        ),
        (  # advocacy supports its object
            "The senator pressed for an inquiry.\nCampaigners are pushing for a ban on trawling.\n",
            [("The senator", "support", "an inquiry"), ("Campaigners", "support", "a ban")],
        ),
        (  # putting forward a proposal supports it
            "Acme made a revised offer for Beta.\n",
            [("Acme", "support", "a revised offer for Beta")],
        ),
        (  # the subject of an object relative, and 'it' as the organisation last named
            "Acme made an offer to the Beta Corporation, which Beta rejected.\n"
            "Beta said the next offer was worth $5 a share, which it again rejected.\n",
            [
                ("Acme", "support", "an offer to the Beta Corporation"),
                ("Beta", "oppose", "an offer to the Beta Corporation"),
            ],
        ),
        (  # counted groups joined by 'and' are two actors; 'Another' leads a count
            "Another 95 Republicans and 18 Democrats voted against the spending bill.\n",
            [
                ("Republicans", "oppose", "the spending bill"),
                ("Democrats", "oppose", "the spending bill"),
            ],
        ),
        (  # 'with X voting in favour': X, without the participle
            "The motion passed, with 40 Greens and 12 Liberals voting in favour of it.\n",
            [("Greens", "support", "The motion"), ("Liberals", "support", "The motion")],
        ),
        (
            "The minister refused to say whether she would sign the deal.\n",
            [("The minister", "neutral", "the deal")],
        ),
        (  # a time phrase between apposition and verb is no subject
            "The Tenants Union, which represents 900 families, last Friday agreed to the deal.\n",
            [("The Tenants Union", "support", "the deal")],
        ),
        (  # a verdict after 'that': the one who said it judges
            "Ms Cole said the biggest problem was that the new rent was unfair.\n",
            [("Ms Cole", "oppose", "the new rent")],
        ),
        ('"We were wrong," the coach said.\n', []),  # speakers judging themselves
        (
            "The Greens will abstain from the vote on the bill.\n",
            [("The Greens", "neutral", "the vote on the bill")],
        ),
        (
            "The regulator turned down the merger.\nThe council refused the application.\n",
            [
                ("The regulator", "oppose", "the merger"),
                ("The council", "oppose", "the application"),
            ],
        ),
        (
            "The board gave the go-ahead for the new stadium.\n"
            "Staff are keen on the four-day week.\n",
            [
                ("The board", "support", "the new stadium"),
                ("Staff", "support", "the four-day week"),
            ],
        ),
        (  # 'disputed' is the verb; 'the dispute' a noun
            "Acme disputed the findings.\nWorkers in the long dispute met on Monday.\n",
            [("Acme", "oppose", "the findings")],
        ),
        (  # a phrasal passive: its agent holds the stance, its subject is the target
            "Plans for a quarry near Alton have been turned down by the council.\n",
            [("council", "oppose", "Plans for a quarry near Alton")],
        ),
        ("The rules, agreed this week, take effect in May.\n", []),  # 'agreed' + a time
        (  # an -ing noun ends a subject; only a participle right before the cue is dropped
            "Several clubs losing funding have expressed their dismay at the cuts.\n",
            [("Several clubs losing funding", "oppose", "the cuts")],
        ),
        (  # a group named by where it belongs, not the place
            "Jurors in Ohio ruled in favour of the widow.\n",
            [("Jurors in Ohio", "support", "the widow")],
        ),
        (  # 'it' stands for an organisation named more than once lately, not a one-off word
            "Unite met the firm. Unite said talks had failed. It rejected the counter-offer.\n"
            "Full terms follow. It rejected the report.\n",
            [("Unite", "oppose", "the counter-offer")],
        ),
        (  # a subordinate clause's subject after its conjunction
            "Since the council gave the green light for a study, residents have been angry.\n",
            [("the council", "support", "a study")],
        ),
        (  # an adverb inside a state, a connective as an aside; the object before a later noun
            "Greens, however, are fiercely against the bypass and the plan.\n",
            [("Greens", "oppose", "the bypass")],
        ),
        (  # 'it' is the organisation that opened the sentence before, named once
            "But the Players' Association (PA) criticised the talks. It said it was opposed to "
            "the cuts.\n",
            [
                ("the Players' Association (PA)", "oppose", "the talks"),
                ("Players' Association", "oppose", "the cuts"),
            ],
        ),
        (  # a stance received from an actor named after 'from'
            "The plan drew fierce criticism from doctors. The bid won support from Acme.\n",
            [("doctors", "oppose", "The plan"), ("Acme", "support", "The bid")],
        ),
        (  # ... with a preposition in place of the receiving verb
            "The probe was sparked by 182 complaints from consumers. The bill had general "
            "support from residents.\n",
            [("consumers", "oppose", "The probe"), ("residents", "support", "The bill")],
        ),
        ("Teachers are furious about the changes.\n", [("Teachers", "oppose", "the changes")]),
        ("Nurses staged a walkout over the pay offer.\n", [("Nurses", "oppose", "the pay offer")]),
        ("Labour has vowed to scrap the tax.\n", [("Labour", "oppose", "the tax")]),
        (  # settling a dispute is no stance against it
            "Unions will vote on whether to end the dispute.\n",
            [],
        ),
        (
            "The mayor threw her weight behind the proposal.\n",
            [("The mayor", "support", "the proposal")],
        ),
        ("The company contested the fine.\n", [("The company", "oppose", "the fine")]),
        (  # what a decision put off was about; an object 'against' the cue
            "The board deferred a decision on the plan. The club will appeal against the ban.\n",
            [("The board", "undecided", "the plan"), ("The club", "oppose", "the ban")],
        ),
        (  # a weekday is no part of the target
            "The council approved the scheme on Tuesday.\n",
            [("The council", "support", "the scheme")],
        ),
        (  # a call for something supports it, in narrative
            "Conservatives have long called for the bypass.\n",
            [("Conservatives", "support", "the bypass")],
        ),
        (  # not a call for a strike (other cues read those) nor one recounted; a call as a
            # noun is one ('renewed his call for')
            "The union called for strikes. Lee renewed his call for talks.\n"
            'Jo Lee said: "We have called for talks."\n',
            [("Lee", "support", "talks")],
        ),
        (  # a negated verdict opposes what it judges
            "Lee said the tunnel would not help the town.\n",
            [("Lee", "oppose", "the tunnel")],
        ),
        (  # the one angered is the one opposed; a passive mood is the subject's
            "The new tax has angered farmers. Residents were angered by the decision.\n",
            [("farmers", "oppose", "The new tax"), ("Residents", "oppose", "the decision")],
        ),
        (  # 'upset' with no one upset after it is no stance
            "The underdogs upset the odds.\n",
            [],
        ),
        (  # a role before the name of a passive's agent
            "The scheme, backed by council leader Sam Brown, will go ahead.\n",
            [("Sam Brown", "support", "The scheme")],
        ),
        (  # a group named by its stance on what follows 'of'
            "Critics of the bill say it goes too far. Supporters of the plan disagree.\n",
            [
                ("Critics of the bill", "oppose", "the bill"),
                ("Supporters of the plan", "support", "the plan"),
            ],
        ),
        (  # a subject before such a group is still the actor
            "Labour joined critics of the bill.\n",
            [("Labour", "oppose", "the bill")],
        ),
        # contesting a ruling opposes it; contesting a race only runs in it
        ("The firm contested the fine.\n", [("The firm", "oppose", "the fine")]),
        ("The party will contest the seat.\n", []),
        ("She plans to contest the leadership of the party.\n", []),
        # a stance supposed in a condition is no one's stance
        ("The deal will collapse unless the board agrees to the terms.\n", []),
        ("The strike goes ahead if the union rejects the offer.\n", []),
        # 'by which' opens a clause with a subject of its own
        (
            "Ministers set a deadline by which the council must approve the plan.\n",
            [("the council", "support", "the plan")],
        ),
        # verbs of refusing to take part, attacking, recommending, taking support back
        (
            "Opposition parties boycotted the vote.\n",
            [("Opposition parties", "oppose", "the vote")],
        ),
        (
            "Democrats blasted the president's plan.\n",
            [("Democrats", "oppose", "the president's plan")],
        ),
        (
            "The board unanimously recommended the offer.\n",
            [("The board", "support", "the offer")],
        ),
        (
            "The coalition withdrew its support for the government.\n",
            [("The coalition", "oppose", "the government")],
        ),
        # a stance noun leading the object states the stance
        ("Unite recommended rejection of the new offer.\n", [("Unite", "oppose", "the new offer")]),
        (
            "The group welcomed the council's rejection of the scheme.\n",
            [("The group", "oppose", "the scheme")],
        ),
        # what ought to be undone is opposed by whoever says so; what ought not to, supported
        (
            "Nick Smith, the local MP, said the closure should be stopped.\n",
            [("Nick Smith", "oppose", "the closure")],
        ),
        (
            "Campaigners said the scheme must be scrapped.\n",
            [("Campaigners", "oppose", "the scheme")],
        ),
        (
            "Residents said the plans must not be dropped.\n",
            [("Residents", "support", "the plans")],
        ),
        # two bodies named in full are two actors; one name with 'and' in it is one
        (
            "The Labour Party and the Council of Trade Unions rejected the budget.\n",
            [
                ("Labour Party", "oppose", "the budget"),
                ("Council of Trade Unions", "oppose", "the budget"),
            ],
        ),
        ("Procter and Gamble backed the plan.\n", [("Procter and Gamble", "support", "the plan")]),
        # 'it' judged is the thing last named, in the sentence before if need be
        (
            "The minister unveiled the budget. Labour and the Greens said it was not enough.\n",
            [("Labour", "oppose", "the budget"), ("Greens", "oppose", "the budget")],
        ),
        # 'they' after a reporting verb is the source; participles of phrasal verbs
        (
            "Lawyers for the family said they would challenge the decision.\n",
            [("Lawyers for the family", "oppose", "the decision")],
        ),
        (
            "Several MPs have spoken out against the bill.\n",
            [("Several MPs", "oppose", "the bill")],
        ),
        # a judgement in a quote is on what the quote names before it
        (
            '"The sentence handed down is unacceptable," said lawyer Ali Khan.\n',
            [("Ali Khan", "oppose", "The sentence handed down")],
        ),
        (
            '"This bill is an affront to democracy," said Keir Starmer.\n',
            [("Keir Starmer", "oppose", "This bill")],
        ),
        # concerns had, foul cried, comment withheld, bills passed
        (
            '"We have serious concerns about the proposal," said Jan Ellis, the council leader.\n',
            [("Jan Ellis", "oppose", "the proposal")],
        ),
        (
            "The opposition cried foul over the result.\n",
            [("The opposition", "oppose", "the result")],
        ),
        ("Apple chose not to respond to the findings.\n", [("Apple", "neutral", "the findings")]),
        # an appeal left unanswered is turned down, not abstained from
        (
            "The ministry has refused to respond to the nurses' demands.\n",
            [("The ministry", "oppose", "the nurses' demands")],
        ),
        (
            "The council failed to respond to their request for talks.\n",
            [("The council", "oppose", "their request")],
        ),
        (
            "Lawmakers narrowly passed the bill on Thursday.\n",
            [("Lawmakers", "support", "the bill")],
        ),
        ("The House voted 326 to 290 to pass the bill.\n", [("The House", "support", "the bill")]),
        # a clause break ends the object: the next clause's cue is read
        (
            "Conservatives had concerns, but the leadership praised the deal.\n",
            [("Conservatives", "oppose", "the deal"), ("the leadership", "support", "the deal")],
        ),
        # a mood about what a clause says, strengthened or not
        (
            "John Smith said he was disappointed that the plan had been approved.\n",
            [("John Smith", "oppose", "the plan")],
        ),
        (
            "The council is very concerned that the scheme will add traffic.\n",
            [("The council", "oppose", "the scheme")],
        ),
        ("The club was disappointed by the decision.\n", [("The club", "oppose", "the decision")]),
        # a label's tone is the stance on what it labels
        (
            "Ms Hill described the plan as excellent news for families.\n",
            [("Ms Hill", "support", "the plan")],
        ),
        (
            'Judge Lee described the conduct as "wholly unacceptable".\n',
            [("Judge Lee", "oppose", "the conduct")],
        ),
        ("The union called the offer 'insulting'.\n", [("The union", "oppose", "the offer")]),
        ("Mr Cole described the bill as a measure for the 21st century.\n", []),
        ("The mayor called the council at noon.\n", []),
        # a cue word inside the object of a stance is part of the object
        (
            "Workers rejected management's proposed pay deal.\n",
            [("Workers", "oppose", "management's proposed pay deal")],
        ),
        (
            "Residents quashed a decision to grant planning consent.\n",
            [("Residents", "oppose", "a decision to grant planning consent")],
        ),
        (
            "Staff raised concerns about proposed changes to shifts.\n",
            [("Staff", "oppose", "proposed changes to shifts")],
        ),
        # a clause reported without 'that' has a subject of its own
        (
            "The union said members had voted to reject the offer.\n",
            [("members", "oppose", "the offer")],
        ),
        (
            "A spokesman said 80% of staff had voted to accept the deal.\n",
            [("staff", "support", "the deal")],
        ),
        ("Jones said he would oppose the bill.\n", [("Jones", "oppose", "the bill")]),
        ("Al Roe told MPs the council would back the plan.\n", [("Al Roe", "support", "the plan")]),
        # a manner of answering is a verdict on what it answers
        (
            "Residents reacted with anger to the closure.\n",
            [("Residents", "oppose", "the closure")],
        ),
        (
            "Investors responded warmly to the merger.\n",
            [("Investors", "support", "the merger")],
        ),
        ("Teachers reacted cautiously to the plan.\n", []),
        # reversing and suspending what others decided; a participle aside is a passive
        ("The tribunal reversed the ruling.\n", [("The tribunal", "oppose", "the ruling")]),
        (
            "The regulator suspended the company's licence.\n",
            [("The regulator", "oppose", "the company's licence")],
        ),
        ("The player, suspended for six months, said he would appeal.\n", []),
        # a time phrase opening the sentence is no actor; plural possessives are kept in names
        (
            "Earlier this week the union rejected the offer.\n",
            [("the union", "oppose", "the offer")],
        ),
        (
            "The Catholic Bishops’ Conference urged voters to reject the bill.\n",
            [("The Catholic Bishops’ Conference", "oppose", "the bill")],
        ),
        # two named with their asides; a relative clause after an aside
        (
            "Jo Lee (Ill.) and Al Roe (N.Y.) backed the bill.\n",
            [("Jo Lee", "support", "the bill"), ("Al Roe", "support", "the bill")],
        ),
        (
            '"We won," said Sen. Al Roe (R-Minn.), who voted for the bill.\n',
            [("Al Roe", "support", "the bill")],
        ),
        ("The vote gave the bill a veto-proof majority.\n", []),
        # groups of two minds, clearing deals, threats, what was agreed to be done
        (
            "Teachers are divided over the proposals.\n",
            [("Teachers", "undecided", "the proposals")],
        ),
        ("The regulator cleared the takeover.\n", [("The regulator", "support", "the takeover")]),
        (
            "The Senate adopted the amendments to the tax code.\n",
            [("The Senate", "support", "the amendments")],
        ),
        # an act a named owner decided or planned, named as a noun, is the owner's: backed
        (
            "The strike followed the Ministry of Health's decision to freeze hiring.\n",
            [("Ministry of Health", "support", "freeze hiring")],
        ),
        # no owner named, a court's ruling, or 'to' as a preposition: none
        ("The strike followed the decision to freeze hiring.\n", []),
        ("The strike followed the High Court's decision to admit the claim.\n", []),
        ("The union sent its proposals to the government.\n", []),
        # a decree, order or contract signed is backed by its signer
        (
            "The mayor signed an order closing the market for a week.\n",
            [("The mayor", "support", "an order closing the market")],
        ),
        ("The governor refused to sign the decree.\n", [("The governor", "oppose", "the decree")]),
        # a coalition is a body that can act: the agent of a passive
        (
            "The motion was voted down by the ruling coalition.\n",
            [("ruling coalition", "oppose", "The motion")],
        ),
        ("He was cleared of wrongdoing.\n", []),
        (
            "Unions have threatened strike action over the plans.\n",
            [("Unions", "oppose", "the plans")],
        ),
        ("Nurses agreed to suspend the strike.\n", [("Nurses", "oppose", "the strike")]),
        # an acronym is a name, though it spells a pronoun
        ("The WHO praised the response.\n", [("The WHO", "support", "the response")]),
        ("The US opposed the resolution.\n", [("The US", "oppose", "the resolution")]),
        # strikes taken with an adjective; harm foreseen; a relative's nearest antecedent
        (
            "Drivers are to take indefinite strike action over the pay offer.\n",
            [("Drivers", "oppose", "the pay offer")],
        ),
        (
            "Residents said the supermarket would hit trade.\n",
            [("Residents", "oppose", "the supermarket")],
        ),
        ("The storm hit the town.\n", []),
        (
            "Last year he thanked some senators who voted against the bill.\n",
            [("some senators", "oppose", "the bill")],
        ),
        # a plural noun in the shape of a cue's '-s' form, before its verb
        (
            "Other bakery brands have refused the increase.\n",
            [("Other bakery brands", "oppose", "the increase")],
        ),
        ("The two brands were merged.\n", []),
        # a name's possession is the actor; a noun ending in '-ly' is no adverb
        (
            "Jacob Zuma was jailed. Zuma's family rejected the ruling.\n",
            [("Zuma's family", "oppose", "the ruling")],
        ),
        ("The Lee family welcomed the verdict.\n", [("The Lee family", "support", "the verdict")]),
        ("Members narrowly backed the deal.\n", [("Members", "support", "the deal")]),
        # a vote's share between the verb and its side
        (
            "Members of the union voted 97 per cent against the offer.\n",
            [("Members of the union", "oppose", "the offer")],
        ),
        ("Staff voted 80% in favour of the deal.\n", [("Staff", "support", "the deal")]),
        # support secured, earned or garnered: of a share of a group, for a reported subject
        (
            "The firm said its bid secured the backing of 51 per cent of Acme's shareholders.\n",
            [("Acme's shareholders", "support", "its bid")],
        ),
        (
            "The bill garnered support from Democrats.\n",
            [("Democrats", "support", "The bill")],
        ),
        # opinion verbs make a judgement their subject's; verdicts that favour
        ("CP, however, felt its offer is fair.\n", [("CP", "support", "its offer")]),
        ("The board thought the plan was unfair.\n", [("The board", "oppose", "the plan")]),
        (
            "Mr Lee said the offer was in the best interests of shareholders.\n",
            [("Mr Lee", "support", "the offer")],
        ),
        # a verdict that favours, negated, opposes ('is just not good enough and not fair')
        ("The firm said the offer was not fair.\n", [("The firm", "oppose", "the offer")]),
        ("She felt the weight of the decision.\n", []),
        # belief in something; advice to keep to it
        (
            "The government believes in collective bargaining.\n",
            [("The government", "support", "collective bargaining")],
        ),
        (
            "Importers have advised bakers to stick to a uniform price.\n",
            [("Importers", "support", "a uniform price")],
        ),
        # a group named with what it does: the group; a law passed by its name; the means
        (
            "The unions representing staff at Acme rejected the offer.\n",
            [("The unions", "oppose", "the offer")],
        ),
        (
            "The assembly passed University of Layyah Bill by suspending the rules.\n",
            [("The assembly", "support", "University of Layyah Bill")],
        ),
        ("The union responded by rejecting the offer.\n", [("The union", "oppose", "the offer")]),
        # neither side of a vote
        (
            "The party would not be voting either in support or against the motion.\n",
            [("The party", "neutral", "the motion")],
        ),
        (
            "The party would vote either for or against the motion.\n",
            [("The party", "neutral", "the motion")],
        ),
        # refusing or declining to support opposes
        ("The council refused to approve the plan.\n", [("The council", "oppose", "the plan")]),
        (
            "The minister declined to back the proposal.\n",
            [("The minister", "oppose", "the proposal")],
        ),
        (
            "The board refused to grant permission for the extension.\n",
            [("The board", "oppose", "the extension")],
        ),
        # 'it would be wrong to ...': a verdict against the act
        (
            "Mr Clarke said it would be wrong to close the school.\n",
            [("Mr Clarke", "oppose", "close the school")],
        ),
        (
            "The union said it was unacceptable to cut pay.\n",
            [("The union", "oppose", "cut pay")],
        ),
        ("It is unfair to the workers.\n", []),
        # a subject ends at a quotation or at an irregular past; a name with group nouns
        (
            "Lee \u201cstrongly rejected\u201d the plan.\n",
            [("Lee", "oppose", "the plan")],
        ),
        (
            "Estate residents lost their battle, arguing against the plans.\n",
            [("Estate residents", "oppose", "the plans")],
        ),
        (
            "The low paid workers rejected the offer.\n",
            [("The low paid workers", "oppose", "the offer")],
        ),
        (
            "Great Glen parish council backed the plan.\n",
            [("Great Glen parish council", "support", "the plan")],
        ),
        (
            "Unite general secretary Len McCluskey rejected the offer.\n",
            [("Len McCluskey", "oppose", "the offer")],
        ),
    ],
)
def test_positions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union will back the deal if ministers drop the rise in the pension age.\n",
            ("The union", "conditional", "the deal", "ministers drop the rise in the pension age"),
        ),
        (
            "The college gave a cautious welcome to the proposals.\n",
            ("The college", "conditional", "the proposals", None),
        ),
        (  # any support cue with a condition right after it
            "The union is committed to the deal if no jobs are lost.\n",
            ("The union", "conditional", "the deal", "no jobs are lost"),
        ),
    ],
)
def test_conditional_stances_carry_their_condition(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    found = [(p.actor, p.stance, p.target, p.condition) for p in extract(text).positions]
    assert expected in found


@pytest.mark.parametrize(
    ("text", "confidence"),
    [
        ("The union rejected the offer.\n", "high"),
        ('Ann Lee said: "We reject the plans."\n', "medium"),  # first person in a quote
        ('Ann Lee said: "The plans are unfair."\n', "low"),  # a judgement in a quote
        ('Ann Lee said: "The Government rejected the plans."\n', "low"),  # a body in a quote
    ],
)
def test_confidence_of_positions(text: str, confidence: str) -> None:
    assert [p.confidence for p in extract(text).positions] == [confidence]


def test_the_cue_scan_passes_over_no_cue_of_a_real_article() -> None:
    """The look-ahead for the cues' openings only saves time: the scan finds the same cues."""
    plain = re.compile(
        rf"{stances._CUE_START}(?:{stances._CUE_ALTERNATIVES}){stances._CUE_END}", re.VERBOSE
    )
    for path in REAL_ARTICLES:
        text = path.read_text(encoding="utf-8").lower()
        found = [(m.span(), m.lastgroup) for m in stances._CUES.finditer(text)]
        assert found == [(m.span(), m.lastgroup) for m in plain.finditer(text)], path.name


_PLAIN_CUES = re.compile(rf"{stances._CUE_START}(?:{stances._CUE_ALTERNATIVES})", re.VERBOSE)


@pytest.mark.parametrize(
    "name", [name for name in dir(lexicon) if name.isupper() and not name.startswith("_")]
)
def test_the_cue_scan_passes_over_no_cue_of_the_lexicon(name: str) -> None:
    """Every phrase of every word list, in a few frames, gives the same cues with and without
    the openings look-ahead (which only saves time)."""
    value = getattr(lexicon, name)
    for item in value.keys() if isinstance(value, dict) else value:
        if not isinstance(item, str):
            continue
        for text in (f"they {item} the offer to members", f"i'm {item}", f"it is {item} it."):
            found = [(m.span(), m.lastgroup) for m in stances._CUES.finditer(text)]
            assert found == [(m.span(), m.lastgroup) for m in _PLAIN_CUES.finditer(text)], text


def test_clause_pieces_are_those_of_the_text_asked_about() -> None:
    """The clauses before a cue, with their offsets; the last reading kept is never another
    text's (texts asked about in turn)."""
    union = "The union, which represents staff, has"
    expected = ((0, "The union"), (11, "which represents staff"), (35, "has"))
    assert stances._pieces(union) == expected
    assert stances._pieces("Ann Lee said that the board") == (
        (0, "Ann Lee said"),
        (18, "the board"),
    )
    assert stances._pieces(union) == stances._pieces(union) == expected


def test_target_nouns_are_single_words() -> None:
    """The look back for the last target noun scans the nearest text first, which finds what
    a longer scan finds only if every target noun is one word, matched whole."""
    assert all(re.fullmatch(r"\w+", noun) for noun in TARGET_NOUNS)


def actors_and_stances(text: str) -> list[tuple[str, str]]:
    return [(p.actor, p.stance) for p in extract(text).positions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an appeal to a body or office that can act is a stance on the act urged
        (
            "Maria Gomez urged the government to work with the airline to save jobs.\n",
            [("Maria Gomez", "support")],
        ),
        (
            "Ben Adeyemi is urging the province to take action on the housing shortage.\n",
            [("Ben Adeyemi", "support")],
        ),
        (
            "Ruth Okafor pressed the Treasury to fund the rail link in full.\n",
            [("Ruth Okafor", "support")],
        ),
        (
            "The union called on Cricket Australia to attend mediation.\n",
            [("The union", "support")],
        ),
        ("Tom Baird called on the minister to reverse the cut.\n", [("Tom Baird", "oppose")]),
        # an appeal to the public is advice, not a stance
        ("Police urged drivers to avoid the area after the crash.\n", []),
        ("The mayor urged residents to stay indoors during the storm.\n", []),
        ("The council encouraged parents to vaccinate their children.\n", []),
        # a vote to do something supports it; to undo or refuse it opposes it
        ("The town council voted to raise parking charges.\n", [("The town council", "support")]),
        ("The Senate voted 52-48 to confirm the nominee.\n", [("The Senate", "support")]),
        ("Councillors voted to refuse planning permission.\n", [("Councillors", "oppose")]),
        ("Lawmakers voted 40-2 to scrap the tax.\n", [("Lawmakers", "oppose")]),
        ("The same committee voted to turn it down.\n", []),  # no target named
        ("Members voted to take strike action over the offer.\n", [("Members", "oppose")]),
        ("Unions will hold a vote on whether to end the dispute.\n", []),
        # 'both' stands for the two people just named, before or after it
        (
            "Amy Chen and Luke Ward sit on the board. Both voted against the increase.\n",
            [("Amy Chen", "oppose"), ("Luke Ward", "oppose")],
        ),
        (
            "Amy Chen and Vice President Luke Ward, the only students on the board, both voted"
            " against the increase.\n",
            [("Amy Chen", "oppose"), ("Luke Ward", "oppose")],
        ),
        # a subject is read in its own clause: after 'and' with a subject of its own, in a
        # reported clause ('they' is the source), never a lone adjective or a possessive
        (
            "An agreement has not been reached and the nurses decided to strike over the offer.\n",
            [("the nurses", "oppose")],
        ),
        ("Talks were held and the union agreed to the deal.\n", [("the union", "support")]),
        ("The board met and approved the plan.\n", [("The board", "support")]),
        (
            "Usher Owere says they have agreed that teachers go back to school and teach as"
            " they keep pushing for talks with the government.\n",
            [("Usher Owere", "support")],
        ),
        ("Services include health care, financial support and advice.\n", []),
        ("Financial support for students will rise next year.\n", []),
        ("Labour's support for the bill has wavered.\n", [("Labour", "support")]),
        (
            "The university's main argument for the fee rise was its costs.\n",
            [("The university", "support")],
        ),
        # calls as verbs and nouns: for a thing supports it, for it to be undone opposes it
        (
            "Amnesty International renewed its call for an independent inquiry.\n",
            [("Amnesty International", "support")],
        ),
        (
            "The association repeated its call for the board to attend mediation.\n",
            [("The association", "support")],
        ),
        ("Residents demanded a public inquiry into the fire.\n", [("Residents", "support")]),
        ("Campaigners are calling for the bypass to be scrapped.\n", [("Campaigners", "oppose")]),
        (
            "The opposition called for the finance minister's resignation.\n",
            [("The opposition", "oppose")],
        ),
        ("Unions repeated their call for a strike over the offer.\n", []),
        # a call for a body to change course names whom, not what: no target, no stance
        ("John Swinney reiterated his call for the UK Government to change course.\n", []),
        # states, commitments and means denied
        (
            "The opposition is united against the government's plan.\n",
            [("The opposition", "oppose")],
        ),
        ("Doctors are firmly against the new contract.\n", [("Doctors", "oppose")]),
        (
            "Cricket Victoria will continue to work towards a new agreement.\n",
            [("Cricket Victoria", "support")],
        ),
        (
            "The council is determined to push through the new zoning plan.\n",
            [("The council", "support")],
        ),
        ("The firm will press ahead with the closure.\n", [("The firm", "support")]),
        ("UNIONS are pressing ahead with plans for the largest strike.\n", []),
        (
            "The Health Ministry said it was working to end the strike.\n",
            [("The Health Ministry", "oppose")],
        ),
        (
            "Colin Grant said the government cannot afford to pay wage increases.\n",
            [("Colin Grant", "oppose")],
        ),
        (
            "Rangers said they could not afford the player's wage demands.\n",
            [("Rangers", "oppose")],
        ),
    ],
)
def test_stances_of_unseen_constructions(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause with its own subject after the thing: the subject's stance on it
        (
            "The players' union has called for mediation, a move Netball Australia has rejected.\n",
            [
                ("The players' union", "support", "mediation"),
                ("Netball Australia", "oppose", "mediation"),
            ],
        ),
        (
            "The players want mediation, a move the governing body has rejected.\n",
            [("the governing body", "oppose", "mediation")],
        ),
        (
            "The union rejected the pay offer, which members had backed.\n",
            [("The union", "oppose", "the pay offer"), ("members", "support", "the pay offer")],
        ),
    ],
)
def test_relative_clauses_after_their_thing(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each member of a list of actors takes the stance
        (
            "The Liberals and Greens voted against the bill.\n",
            [("Liberals", "oppose"), ("Greens", "oppose")],
        ),
        (
            "Shareholders and staff rejected the takeover bid.\n",
            [("Shareholders", "oppose"), ("staff", "oppose")],
        ),
        (
            "The mayor, the police chief and local business owners all support the curfew.\n",
            [
                ("mayor", "support"),
                ("police chief", "support"),
                ("local business owners", "support"),
            ],
        ),
        (
            "The nurses' union and the doctors' association both welcomed the deal.\n",
            [("nurses' union", "support"), ("doctors' association", "support")],
        ),
        (
            "In London, the mayor and police chiefs support the curfew.\n",
            [("mayor", "support"), ("police chiefs", "support")],
        ),
        (
            "Councillors Mark Lee, Jo Smith and Sue Carter voted in favour of the application.\n",
            [
                ("Councillors Mark Lee", "support"),
                ("Jo Smith", "support"),
                ("Sue Carter", "support"),
            ],
        ),
        (
            "The motion was opposed by the Liberal Democrats and the Greens.\n",
            [("Liberal Democrats", "oppose"), ("Greens", "oppose")],
        ),
        # one name, not a list
        ("Marks and Spencer rejected the offer.\n", [("Marks and Spencer", "oppose")]),
        (
            "The Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) rejected"
            " the scheme.\n",
            [("Pharmacists and Dentists Union (KMPDU)", "oppose")],
        ),
        ("The bill was backed by Labour and passed.\n", [("Labour", "support")]),
        # a passive's agents each after 'by': each one, without the 'by'
        (
            "The closure is opposed by local parents and by the mayor.\n",
            [("local parents", "oppose"), ("mayor", "oppose")],
        ),
        (
            "The scheme was welcomed by farmers, and by the county council.\n",
            [("farmers", "support"), ("county council", "support")],
        ),
        # a vote list after its cue and object: each person listed
        (
            "Those who voted for the motion were Councillors Amina Diallo, Peter Walsh and Rose"
            " Kimani.\n",
            [
                ("Councillors Amina Diallo", "support"),
                ("Peter Walsh", "support"),
                ("Rose Kimani", "support"),
            ],
        ),
        (
            "Voting against the resolution were Justices Ramon Cruz, Elena Santos and Miguel"
            " Reyes.\n",
            [
                ("Justices Ramon Cruz", "oppose"),
                ("Elena Santos", "oppose"),
                ("Miguel Reyes", "oppose"),
            ],
        ),
        (
            "Among those who voted against the amendment were MPs Chris Evans and Priya Patel.\n",
            [("MPs Chris Evans", "oppose"), ("Priya Patel", "oppose")],
        ),
        (
            "Those who voted for the bill were Al Roe and Bo Lee Jr. Voting against it were Jo"
            " Kim, Ed Fox Sr., Ma. Ana Cruz and Tim Hay.\n",
            [
                ("Al Roe", "support"),
                ("Bo Lee Jr", "support"),
                ("Jo Kim", "oppose"),
                ("Ed Fox Sr", "oppose"),
                ("Ana Cruz", "oppose"),
                ("Tim Hay", "oppose"),
            ],
        ),
        # bodies named in full in a list: each one, a name with 'and' inside kept whole
        (
            "The move was backed by the NFU, the Country Land and Business Association and the"
            " Soil Association.\n",
            [
                ("NFU", "support"),
                ("Country Land and Business Association", "support"),
                ("Soil Association", "support"),
            ],
        ),
        (
            "The bill was opposed by the Greens, the Liberal Democrats and Plaid Cymru.\n",
            [("Greens", "oppose"), ("Liberal Democrats", "oppose"), ("Plaid Cymru", "oppose")],
        ),
        (
            "The Teamsters, the Machinists and the Steelworkers backed the deal.\n",
            [("Teamsters", "support"), ("Machinists", "support"), ("Steelworkers", "support")],
        ),
        ("Marks and Spencer backed the deal.\n", [("Marks and Spencer", "support")]),
        # a body named by one word of a body, or by its head before 'of', with another
        (
            "The Government and IMF agreed to freeze salaries.\n",
            [("Government", "support"), ("IMF", "support")],
        ),
        (
            "The Ministry of Health and the WHO backed the campaign.\n",
            [("Ministry of Health", "support"), ("WHO", "support")],
        ),
    ],
)
def test_each_actor_of_a_list(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rulings and bodies that undo oppose what they undo
        ("The Supreme Court junked the petition.\n", [("The Supreme Court", "oppose")]),
        ("The commission annulled the results.\n", [("The commission", "oppose")]),
        ("The Industrial Court voided the contract.\n", [("The Industrial Court", "oppose")]),
        ("The regulator scrapped the fare increase.\n", [("The regulator", "oppose")]),
        ("The tribunal has moved to cancel the elections.\n", [("The tribunal", "oppose")]),
        ("The court disqualified the candidate.\n", [("The court", "oppose")]),
        ("The judge said the patents were void.\n", [("The judge", "oppose")]),  # a verdict
        (
            "Judge Mary Fenton held that the decision was invalid.\n",
            [("Mary Fenton", "oppose")],
        ),
        ("The court held talks with the union.\n", []),
        ("The union vowed to appeal the ruling.\n", [("The union", "oppose")]),
        (
            "Conrad Black lost the case on Friday. He promised to appeal the verdict.\n",
            [("Conrad Black", "oppose")],
        ),
        ("He is supported by a number of other tenants.\n", [("other tenants", "support")]),
        # a dissent, and a passive pass with its agent
        (
            "The commission voted 3-2 to approve the rate increase, with Commissioner Janet Hill"
            " dissenting.\n",
            [("The commission", "support"), ("Janet Hill", "oppose")],
        ),
        ("The bill was passed by the Senate on Thursday.\n", [("Senate", "support")]),
        ("The Bill was then passed by a voice vote.\n", []),
        ("The time passed by slowly.\n", []),
        # a court's refusals and grants
        ("The court refused to grant bail to the minister.\n", [("The court", "oppose")]),
        ("The bench declined to stay the order.\n", [("The bench", "oppose")]),
        ("Unite declined to back the deal.\n", [("Unite", "oppose")]),
        ("The minister declined to comment on the report.\n", [("The minister", "neutral")]),
        ("The court granted bail to the suspects.\n", [("The court", "support")]),
        # a stance received names its holders after 'from' or 'of'
        (
            "The tax has met with stiff opposition from soft drink makers.\n",
            [("soft drink makers", "oppose")],
        ),
        (
            "The requests have generated pushback from advocates and Connecticut elected"
            " officials.\n",
            [("advocates", "oppose"), ("Connecticut elected officials", "oppose")],
        ),
        ("The plan sparked protests from the farmers' union.\n", [("farmers' union", "oppose")]),
        ("The reforms have the support of most GPs.\n", [("GPs", "support")]),
        ("The deal has the backing of both unions.\n", [("unions", "support")]),
        ("The plan drew criticism from all sides.\n", []),
    ],
)
def test_stances_undone_and_received(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verdict that a thing be let happen supports it; negated, opposes it
        (
            "Peter Obi said the project should go ahead.\n",
            [("Peter Obi", "support", "the project")],
        ),
        (
            "Jean Roy said the bylaw should never have been passed.\n",
            [("Jean Roy", "oppose", "the bylaw")],
        ),
        (
            "Kofi Mensah said the bill should never have made it to a second reading.\n",
            [("Kofi Mensah", "oppose", "the bill")],
        ),
        ("Nadia Aziz said the mine must not go ahead.\n", [("Nadia Aziz", "oppose", "the mine")]),
        (
            "Ahmed Khan said the merger should never be allowed.\n",
            [("Ahmed Khan", "oppose", "the merger")],
        ),
        ("Ann Lee said workers should be allowed to strike.\n", []),  # whom it lets
        ("Ann Lee said the law should have allowed the parties to meet.\n", []),
        # a measure's reach, and a shortfall
        (
            "Sarah Wong said the amendment did not go far enough.\n",
            [("Sarah Wong", "oppose", "the amendment")],
        ),
        (
            "Sarah Wong said the amendment doesn't go far enough.\n",
            [("Sarah Wong", "oppose", "the amendment")],
        ),
        (
            "The federation said the pay offer falls short.\n",
            [("The federation", "oppose", "the pay offer")],
        ),
    ],
)
def test_verdicts_on_letting_a_thing_happen(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wants and demands of a thing support it
        ("Train drivers want an annual pay rise.\n", [("Train drivers", "support")]),
        ("Nurses are demanding a 10 per cent pay rise.\n", [("Nurses", "support")]),
        ("Residents do not want a wind turbine.\n", [("Residents", "oppose")]),
        # a stance noun given as a thing is no one's stance
        ("The package includes tuition assistance, support for childcare and a grant.\n", []),
        ("Students will have access to free mental health support.\n", []),
        ("The fund offers support to families in need.\n", []),
        (
            "The firm provides funding to schools, and the union will support the deal.\n",
            [("the union", "support")],
        ),
        # the subject named after 'called', past a parenthesis, before 'who', after 'despite'
        (
            "A group called Citizens for Fair Taxes issued a statement calling the levy unfair.\n",
            [("Citizens for Fair Taxes", "oppose")],
        ),
        (
            "An organisation known as Save Our Parks has vowed to fight the development.\n",
            [("Save Our Parks", "oppose")],
        ),
        (
            "A Federal Capital Territory (FCT) High Court sitting at Gudu has disqualified the"
            " candidate.\n",
            [("Federal Capital Territory (FCT) High Court", "oppose")],
        ),
        (
            "Ogamba who was speaking during a television interview, rejected the claims.\n",
            [("Ogamba", "oppose")],
        ),
        (
            "Despite planning officers recommending the scheme, councillors refused it.\n",
            [("planning officers", "support"), ("councillors", "oppose")],
        ),
    ],
)
def test_wants_things_given_and_subjects_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a participle after 'with', 'from', 'by': an absolute clause
        (
            "The authority voted 2-1 in favor of the rate adjustments with Chairman Ann Roe"
            " voting against the increase.\n",
            [("The authority", "support"), ("Ann Roe", "oppose")],
        ),
        (
            "The bill passed 5-2, with Senators Tom Baker and Lucy Grant voting against.\n",
            [("Senators Tom Baker", "oppose"), ("Lucy Grant", "oppose")],
        ),
        (
            "The council received 100 submissions from people supporting the application.\n",
            [("people", "support")],
        ),
        (
            "The vote was 217-212, with no Republicans supporting the measure.\n",
            [("Republicans", "oppose")],
        ),
        # an adverbial between subject and verb; 'both of whom' the two just named
        (
            "Voting 8-7, the Supreme Court, in a special session today, junked the petition.\n",
            [("the Supreme Court", "oppose")],
        ),
        (
            "It drew attention from former Mayor Michael Bloomberg and nominee Hillary Clinton,"
            " both of whom threw their support behind the tax.\n",
            [("Michael Bloomberg", "support"), ("Hillary Clinton", "support")],
        ),
        # an object with its acronym inside
        (
            "The Sports Tribunal has moved to cancel the Football Federation (FKF) national"
            " elections.\n",
            [("The Sports Tribunal", "oppose")],  # a body, named as written
        ),
        # a speaker read with a relative clause after the name
        (
            "Ogamba who was speaking during a television interview, asserted that the"
            " government through the Ministry, was committed to supporting students who cannot"
            " pay.\n",
            [("Ogamba", "support")],
        ),
    ],
)
def test_subjects_of_participles_asides_and_whom(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert actors_and_stances(text) == expected


def test_a_passive_in_a_relative_clause_is_about_its_antecedent() -> None:
    text = "The finance bill, which was passed by the Assembly, raises spending on schools.\n"
    assert positions_of(text) == [("Assembly", "support", "The finance bill")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act done to stop something opposes it
        ("Riot police fired tear gas to stop the march.\n", [("Riot police", "oppose")]),
        (
            "The minister intervened to block the sale of the port.\n",
            [("The minister", "oppose")],
        ),
        # a directive to a body that can act is the stance of whoever gives it
        (
            "The governor directed the ministry to release the funds.\n",
            [("The governor", "support")],
        ),
        (
            "The president ordered the agency to halt the deportations.\n",
            [("The president", "oppose")],
        ),
        ("The judge ordered Smith to pay costs.\n", []),  # a sentence passed on a person
        ("The company was ordered to halt the works.\n", []),  # the passive: not its stance
        # demands and aims with 'the', 'a': support
        ("Parents have demanded the reinstatement of the teacher.\n", [("Parents", "support")]),
        (
            "The players' association is seeking a bigger share of revenue.\n",
            [("The players' association", "support")],
        ),
        ("Officials said they wanted to keep the clinic open.\n", [("Officials", "support")]),
        ("The council wants to know more.\n", []),
        # a warning with a condition is conditional; 'warned of' an action is not
        (
            "Union leader Kofi Mensah warned that teachers would walk out if the arrears are not"
            " paid.\n",
            [("Kofi Mensah", "conditional")],
        ),
        (
            "Traders threatened to close their shops unless the levy is withdrawn.\n",
            [("Traders", "conditional")],
        ),
        ("The union warned of legal action if it is excluded.\n", [("union", "oppose")]),
        # rulings in the passive: the court after 'by' (irregular participles too)
        ("The decision was upheld by the Supreme Court.\n", [("Supreme Court", "support")]),
        ("The fine was reinstated by the Federal Court.\n", [("Federal Court", "support")]),
        # a group, then where it is: the group, not the place
        (
            "Workers at two plants in Ohio are demanding better pay.\n",
            [("Workers at two plants in Ohio", "support")],
        ),
        (
            "Police officers put up barricades at Regional Park to stop the rally.\n",
            [("Police officers", "oppose")],
        ),
        ("It is striking that the council said nothing.\n", []),
    ],
)
def test_acts_directives_demands_and_warnings(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # movers named before their motion hold the stance its proposal states
        (
            "A Labour motion to suspend standing orders to debate the closure was defeated.\n",
            [("Labour", "support")],
        ),
        (
            "An SNP Group motion to suspend standing orders at the council was defeated.\n",
            [("SNP Group", "support")],
        ),
        ("A Green motion of no confidence in the chairman was carried.\n", [("Green", "oppose")]),
        # found in any sentence, in any case, even spelt with a letter that folds to 'i' or 's'
        (
            "The council met on Monday. A Labour MOTION to suspend standing orders was defeated.\n",
            [("Labour", "support")],
        ),
        (
            "A Labour mot\u0131on to suspend standing orders was defeated.\n",
            [("Labour", "support")],
        ),
        ("A Labour re\u017folution to suspend standing orders failed.\n", [("Labour", "support")]),
        # movers after 'moved by', 'tabled by': the motion is the target
        (
            "The amendment, moved by Senator Jane Doe, was passed unanimously.\n",
            [("Senator Jane Doe", "support")],
        ),
        (
            "A motion of no confidence in the chairman, tabled by the Green group, was carried.\n",
            [("Green group", "oppose")],
        ),
        (
            "A motion to scrap the levy, brought by Cllr Joe Bloggs, failed.\n",
            [("Cllr Joe Bloggs", "oppose")],
        ),
        # no movers: a time word, an amendment 'to the bill', an article
        ("Thursday's motion of no confidence in the president failed.\n", []),
        ("The Conservative amendment to the bill fell.\n", []),
        ("A motion to adjourn was carried.\n", []),
    ],
)
def test_motions_and_their_movers(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verdict given in the passive: the one after 'by' holds it
        (
            "Bringing the motions to full council was ruled 'not competent' by provost Jean"
            " Jones.\n",
            [("Jean Jones", "oppose")],
        ),
        (
            "The motion was ruled out of order by Speaker Anne Marie Roy.\n",
            [("Speaker Anne Marie Roy", "oppose")],
        ),
        (
            "The previous law was found unconstitutional by a labour board.\n",
            [("a labour board", "oppose")],
        ),
        ("The scheme was declared unlawful by the High Court.\n", [("High Court", "oppose")]),
        # a nation's adjective before a plural is no actor alone: the plural is its head
        ("The group was condemned by Kazakh authorities.\n", [("Kazakh authorities", "oppose")]),
        ("The plan was rejected by Spanish farmers.\n", [("Spanish farmers", "oppose")]),
        ("The deal was backed by Labour councillors.\n", [("Labour councillors", "support")]),
        ("The meeting was held in private by the board.\n", []),
        ("The union has ruled out strike action.\n", [("The union", "oppose")]),
        # saying or voting no opposes; 'said no decision' is no answer
        ("Members voted no to the merger.\n", [("Members", "oppose")]),
        ("The board discussed the merger. The directors said no.\n", [("The directors", "oppose")]),
        ("She said no decision had been made.\n", []),
        # sides named before the noun they share: each with that noun
        (
            "The council voted on the plan to close the school. All Labour, Conservative and"
            " Independent members said no.\n",
            [
                ("Labour members", "oppose"),
                ("Conservative members", "oppose"),
                ("Independent members", "oppose"),
            ],
        ),
        (
            "In London, Labour and Green councillors backed the plan.\n",
            [("Labour councillors", "support"), ("Green councillors", "support")],
        ),
    ],
)
def test_verdicts_in_the_passive_and_saying_no(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a judgement on a clause put after 'it ... that': the clause is what is judged
        (
            "Save Our Hospital said it was vital that the trust reopened the maternity unit.\n",
            [("Save Our Hospital", "support", "the trust reopened the maternity unit")],
        ),
        (
            "Kevin Hollinrake said it was vital that South Tees NHS Trust reopened the Lambert"
            " Memorial Hospital, in Thirsk.\n",
            [
                (
                    "Kevin Hollinrake",
                    "support",
                    "South Tees NHS Trust reopened the Lambert Memorial Hospital",
                )
            ],
        ),
        (
            "The union said it was necessary that talks resume.\n",
            [("The union", "support", "talks resume")],
        ),
        # a fact stated as clear is no judgement
        ("He said it was clear that the plan had failed.\n", []),
    ],
)
def test_a_judgement_on_a_clause_after_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(p.actor, p.stance, p.target) for p in extract(text).positions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how a side sees a thing: the label after 'as' states the stance, cut at its own clause
        (
            "Workers said they viewed the move as a campaign gimmick as councillors were to"
            " blame.\n",
            [("Workers", "oppose", "the move")],
        ),
        (
            "The Kenya Medical Association sees the new insurance scheme as a positive step.\n",
            [("The Kenya Medical Association", "support", "the new insurance scheme")],
        ),
        (
            "The union regards the latest offer as an insult to its members.\n",
            [("The union", "oppose", "the latest offer")],
        ),
        ("We have seen it as good as this before.\n", []),  # no object seen as anything
        # a naming verb with a bare verdict at the end of its clause
        (
            "Restaurant owner Dana Whitfield called the proposed curfew outrageous.\n",
            [("Dana Whitfield", "oppose", "the proposed curfew")],
        ),
        (
            "Bar owner Steve Morgan called the proposed ban abhorrent.\n",
            [("Steve Morgan", "oppose", "the proposed ban")],
        ),
        ("The mayor called the police immediately.\n", []),
        # 'welcome' as a verdict after a copula, not an invitation
        (
            '"The increase in the penalty is welcome," said Julie Nielsen of WorkSafe.\n',
            [("Julie Nielsen", "support", "The increase in the penalty")],
        ),
        (
            "Councillor Priya Nair said the decision to reopen the clinic was very welcome.\n",
            [("Priya Nair", "support", "the decision to reopen the clinic")],
        ),
        (
            "Teachers' union chief Ali Hassan said the pay award was a slap in the face.\n",
            [("Ali Hassan", "oppose", "the pay award")],
        ),
    ],
)
def test_verdicts_and_views_of_a_named_side(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue inside a hyphenated word is none: 'co-accused'
        ("The case against the mayor's co-accused was dismissed.\n", []),
        ("The co-sponsored bill passed the House.\n", []),
        # an adverb after 'and' shares the first verb's subject
        (
            "The court convened in Manila and perpetually disqualified the mayor.\n",
            [("The court", "oppose")],
        ),
        (
            "The board heard the case and unanimously rejected the appeal.\n",
            [("The board", "oppose")],
        ),
        # 'that' as a subject: its antecedent, unless that is a thing
        ("Members debated changes that would block any pay rises.\n", []),
        ("It is the union that has rejected the offer.\n", [("the union", "oppose")]),
        ("The firm announced that it will appeal the verdict.\n", [("The firm", "oppose")]),
        # asking to be told is no stance
        ("Opposition leader Sam Bako also sought an explanation from the minister.\n", []),
        ("The union demanded a full account of the spending.\n", []),
        ("MPs want answers from the regulator.\n", []),
        ("Parents demanded a public inquiry.\n", [("Parents", "support")]),
        # a thing, a state or an outcome holds no stance
        ("The voting system seemed to accept only a Yes vote.\n", []),
        ("The real threat is the attempt to force people to accept the deal.\n", []),
        ("The extra money should support the new hospital plan.\n", []),
        ("Legal safeguards had prevented the flawed proposal.\n", []),
    ],
)
def test_words_that_name_no_actor(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # asking to be told is no stance; asking for a thing is one
        ("Opposition leader Ahmed Khan also sought an explanation from the Speaker.\n", []),
        ("MPs demanded answers from the minister.\n", []),
        ("The senator wants more details on the contract.\n", []),
        ("The union demanded a public inquiry.\n", [("The union", "support", "a public inquiry")]),
        # the acts an account of an offence recounts are evidence, not stances
        (
            "Records show that in 2004 the mayor and his treasurer approved and released a"
            " cheque to a supplier.\n",
            [],
        ),
        ("The court heard that the director approved the transfers without a tender.\n", []),
        ("According to the indictment, the officials approved the contract.\n", []),
        # a body approving something outside such an account still takes a stance
        (
            "The council approved the contract on Monday.\n",
            [("The council", "support", "the contract")],
        ),
    ],
)
def test_asking_to_be_told_and_accounts_of_an_offence(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a case filed against something, wherever it is filed
        (
            "Janaka Ratnayaka has filed a fundamental rights case at the Supreme Court against the"
            " tariff hike.\n",
            [("Janaka Ratnayaka", "oppose")],
        ),
        (
            "Consumer group Citizens First has filed a petition at the High Court against the new"
            " water tariffs.\n",
            [("Citizens First", "oppose")],
        ),
        (
            "The association filed a lawsuit challenging the rate increase.\n",
            [("The association", "oppose")],
        ),
        (
            "Environmental groups have mounted a legal challenge to the pipeline.\n",
            [("Environmental groups", "oppose")],
        ),
        ("The party took legal action to compel the Speaker to act.\n", []),
        # an appeal in the passive: its agent
        (
            "The fine was later appealed by the Director of Public Prosecutions.\n",
            [("Director of Public Prosecutions", "oppose")],
        ),
        # a ruling that affirms; a sentence passed on the accused takes no side on a measure
        (
            "The Court of Appeal affirmed the tribunal's decision.\n",
            [("The Court of Appeal", "support")],
        ),
        ("The Sandiganbayan has sentenced a former mayor to ten years in jail.\n", []),
        ("A special court convicted the former minister of corruption.\n", []),
        ("The judge set a date for sentencing.\n", []),
        ("He was sentenced to ten years.\n", []),
        # a count in words is part of the actor's name; in digits it is not
        (
            "Three PUCSL commissioners backed the tariff hike.\n",
            [("Three PUCSL commissioners", "support")],
        ),
        ("About 11,000 cabin crew rejected the offer.\n", [("cabin crew", "oppose")]),
        # a total, or a count out of a whole, leads the group it counts
        (
            "A total of 900 members of the union voted to reject the offer.\n",
            [("members of the union", "oppose")],
        ),
        ("12 out of 20 councillors backed the plan.\n", [("councillors", "support")]),
    ],
)
def test_legal_acts_and_counted_actors(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no comment yet, a decision not yet taken, a step talked over: no side
        ("The regulator has not commented on the claims.\n", [("The regulator", "neutral")]),
        ("The bank did not respond to the allegations.\n", [("The bank", "neutral")]),
        (
            "Transport stakeholders are yet to give direction on whether fares will change.\n",
            [("Transport stakeholders", "undecided")],
        ),
        (
            "The health department has yet to make a decision on the clinic.\n",
            [("The health department", "undecided")],
        ),
        (
            "The airline was speaking with other carriers about appealing the decision.\n",
            [("The airline", "undecided")],
        ),
        # a possible act is none taken; a verdict after 'could' states nothing
        (
            "Parents' groups could challenge the decision in court.\n",
            [("Parents' groups", "undecided")],
        ),
        ("The union may appeal the ruling.\n", [("The union", "undecided")]),
        ("The union will appeal the ruling.\n", [("The union", "oppose")]),
        # carrying a measure out backs it
        (
            "The Ceylon Electricity Board implemented a 66 percent increase in the tariff.\n",
            [("The Ceylon Electricity Board", "support")],
        ),
        ("The ministry began enforcing the ban on plastic bags.\n", [("The ministry", "support")]),
        ("The cabinet has imposed a freeze on public hiring.\n", [("The cabinet", "support")]),
        # a passive's agent named by a place's adjective and a plural body noun
        ("The scheme was rejected by Kenyan authorities.\n", [("Kenyan authorities", "oppose")]),
        # banning an act opposes it, in the active or the passive; a ban as a noun is none
        ("The governor banned the rally.\n", [("The governor", "oppose")]),
        ("The march was banned by the city authorities.\n", [("city authorities", "oppose")]),
        ("Work bans and strikes continued.\n", []),
        # an intent to start or launch a measure backs it
        ("The council intends to start levying a fee on hawkers.\n", [("The council", "support")]),
        ("The ministry decided to launch a vaccination drive.\n", [("The ministry", "support")]),
        # a measure named before 'imposed', or a loss dealt, is no one's stance
        ("The fine imposed on the bank was reduced.\n", []),
        ("The cuts imposed by the terms of the loan were unpopular.\n", []),
        ("The vote imposed a heavy defeat on the president.\n", []),
        # settling on terms backs them, each side of the pair; a time after 'on' settles nothing
        (
            "The company and the union agreed on new shift arrangements.\n",
            [("company", "support"), ("union", "support")],
        ),
        ("The two sides agreed on Friday.\n", []),
        ("The date was agreed on in March.\n", []),
        # 'despite X doing': X's stance, not the subject's
        (
            "The agency raised the levy despite the High Court suspending the law.\n",
            [("The agency", "support"), ("the High Court", "oppose")],
        ),
        # starting a strike, threatened or decided, opposes what it is over
        (
            "Council workers have threatened to go on an indefinite strike to force the council to"
            " pay them.\n",
            [("Council workers", "oppose")],
        ),
        (
            "The workers had now decided to embark on an indefinite strike over pay.\n",
            [("The workers", "oppose")],
        ),
        ("Dock workers threatened to down tools over the rosters.\n", [("Dock workers", "oppose")]),
        # protest acts
        (
            "Opposition members of parliament (MPs) walked out of the Dewan Rakyat on Monday,"
            " protesting the presence of three lawmakers.\n",
            [("Opposition members of parliament (MPs)", "oppose")],
        ),
        ("Students boycotted classes to protest the fee increase.\n", [("Students", "oppose")]),
        (
            "MPs from the government bench jeered the minister.\n",
            [("MPs from the government bench", "oppose")],
        ),
        ("The protest was held on Monday.\n", []),
        # a supposed act, in a quote too, is none taken
        (
            'He said: "The UK Government has made it clear that if the Scottish Government does not'
            ' implement the increase, it will cut the budget."\n',
            [],
        ),
    ],
)
def test_pending_acts_threats_and_protests(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure's purpose, given by the one who says it, is that one's support
        (
            "Board chairman Peter Lim said the levy is to protect consumers from price shocks.\n",
            [("Peter Lim", "support", "the levy")],
        ),
        (
            "Police chief Anna Berg said the curfew is meant to help keep teenagers safe.\n",
            [("Anna Berg", "support", "the curfew")],
        ),
        (
            "The minister said the reform was designed to safeguard pensions.\n",
            [("The minister", "support", "the reform")],
        ),
        # a purpose nobody gives is nobody's stance
        ("The ban is meant to protect patrons.\n", []),
    ],
)
def test_a_measures_purpose_given_by_its_side(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a good purpose stated for a measure backs it; a bare plan or no source states none
        (
            "Board chairman Mark Baker said the move is to protect patrons from smoke.\n",
            [("Mark Baker", "support")],
        ),
        (
            "The regulator said the new charges aim to protect consumers from hidden fees.\n",
            [("The regulator", "support")],
        ),
        (
            "Mayor Tom Reyes said the curfew is meant to keep young people safe.\n",
            [("Tom Reyes", "support")],
        ),
        ("The company said the plan is to cut 300 jobs.\n", []),
        ("The checkpoints are intended to stop drink-driving.\n", []),
        # advice: whose it is, and what it advises (not a cue of the sentence's subject)
        (
            "The committee met against the recommendation of the planning officers to grant"
            " permission.\n",
            [("planning officers", "support")],
        ),
        (
            "Councillors went against the recommendation of planning officers to approve the"
            " scheme.\n",
            [("Councillors", "oppose"), ("planning officers", "support")],  # went against it
        ),
        ("The inspector recommended refusal of the application.\n", [("The inspector", "oppose")]),
        ("Officers recommended approval of the wind farm.\n", [("Officers", "support")]),
    ],
)
def test_purposes_and_advice(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a precondition argued for: 'there had to be X before Y' makes the stance on Y conditional
        (
            "Some senators argued that there had to be wider consultation before the bill could"
            " be passed.\n",
            [("Some senators", "conditional", "the bill")],
        ),
        (
            "The union said there has to be a pay rise before the new rota is accepted.\n",
            [("The union", "conditional", "a pay rise")],
        ),
        # a plain statement of need with no 'before' is none
        ("There had to be a vote on the bill.\n", []),
    ],
)
def test_a_precondition_is_conditional(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the council', 'the union': the body of that noun named before
        (
            "Gwanda Town Council has not paid its workers.\nThe council has rejected the demand.\n",
            [("Gwanda Town Council", "oppose")],
        ),
        ("The council has rejected the demand.\n", [("The council", "oppose")]),
        # 'Appeal' in a court's name is no appeal
        (
            "The carriers could go to the Federal Court of Appeal the next day about the rates.\n",
            [],
        ),
    ],
)
def test_bodies_named_before_and_courts_named_for_appeals(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a case with its maker after 'by': the maker opposes what it is against
        (
            "The court heard a plea filed by councillor Ishrat Jahan against the extension.\n",
            [("Ishrat Jahan", "oppose")],
        ),
        (
            "The court rejected an appeal by Forest and Bird against the earlier decision.\n",
            [("The court", "oppose"), ("Forest and Bird", "oppose")],
        ),
        ("The appeal by the club was heard on Monday.\n", []),
    ],
)
def test_cases_named_with_their_makers(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lone number word is no actor
        ("The bill passed with five speakers in support and two opposing it.\n", []),
        # a choice still open; an appeal weighed, not lodged
        (
            "The club said it was deciding whether to appeal the judgment.\n",
            [("The club", "undecided")],
        ),
        (
            "The company is considering an appeal against the fine.\n",
            [("The company", "undecided")],
        ),
        ("The union is considering whether to strike.\n", [("The union", "undecided")]),
        # notice of a strike opposes what it is over
        ("Unite issued strike notices over the pay freeze.\n", [("Unite", "oppose")]),
        ("The union served notice on the company.\n", []),
    ],
)
def test_open_choices_notices_and_numbers(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ruling's side is the ruling's, not a stance of the one who names it
        (
            "The airport had appealed an earlier high court ruling in favour of Eversheds.\n",
            [("The airport", "oppose")],
        ),
        ("The union welcomed the decision in favour of the nurses.\n", [("The union", "support")]),
        ("The jury ruled in favour of Masimo.\n", [("The jury", "support")]),
    ],
)
def test_a_rulings_side_is_its_own(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # approving money paid out is an act of office, not a stance; approving a measure is one
        ("Villapando and Cipriano approved and released a check for the cement.\n", []),
        ("The treasurer signed the cheque on Monday.\n", []),
        ("The council approved the budget.\n", [("The council", "support")]),
        (
            "Teachers joined a march in Lagos demanding the payment of salary arrears.\n",
            [("Teachers", "support")],
        ),
    ],
)
def test_money_paid_out_is_no_stance(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told to keep out: whom the words address is opposed (the act has no object)
        (
            "Smokers told the board of health to butt out last night.\n",
            [("Smokers", "oppose", "the board of health")],
        ),
        (
            "Residents told the developers to stay out of the village.\n",
            [("Residents", "oppose", "the developers")],
        ),
        (
            "The mayor urged the protesters to back down.\n",
            [("The mayor", "oppose", "the protesters")],
        ),
        # told to undo a measure: the measure is opposed, as with 'urged'
        (
            "Fishermen told the ministry to scrap the new quota system.\n",
            [("Fishermen", "oppose", "the new quota system")],
        ),
        # told to act, not to a body: advice, no stance
        ("Police told drivers to avoid the area.\n", []),
    ],
)
def test_telling_someone_to_keep_out_or_undo(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # setting out to make someone pay opposes them; forcing a choice open does not
        (
            "The workers went to court to force the company to pay their wages.\n",
            [("The workers", "oppose", "the company")],
        ),
        (
            "The regulator moved to compel the operator to pay a fine.\n",
            [("The regulator", "oppose", "the operator")],
        ),
        (
            "The staff are striking to pressure management to reinstate the sacked nurse.\n",
            [("The staff", "oppose", "management")],
        ),
        ("The pandemic forced the company to pay more for shipping.\n", []),
        ("The party took legal action to compel the Speaker to allow a secret ballot.\n", []),
    ],
)
def test_setting_out_to_make_someone_pay(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # going against advice or wishes opposes them
        (
            "The council went against the recommendation of its planning officers.\n",
            [("The council", "oppose", "the recommendation")],
        ),
        (
            "The council went against the wishes of residents.\n",
            [("The council", "oppose", "the wishes")],
        ),
        ("The minister is going against party policy.\n", [("The minister", "oppose")]),
        # an idea put forward with 'a' or 'an' is backed; a clause's verdict is its own stance
        (
            "Residents suggested a voluntary ban.\n",
            [("Residents", "support", "a voluntary ban")],
        ),
        (
            "Several councillors proposed an alternative route.\n",
            [("Several councillors", "support", "an alternative route")],
        ),
        (
            "Councillors suggested the plan was flawed.\n",
            [("Councillors", "oppose", "the plan")],
        ),
    ],
)
def test_going_against_advice_and_suggesting_an_idea(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    found = positions_of(text)
    assert [p[: len(e)] for p, e in zip(found, expected, strict=False)] == expected
    assert len(found) == len(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office named in lower case after 'by' is the agent; a bare place is none
        (
            "The ruling was appealed by the state attorney general.\n",
            [("state attorney general", "oppose", "The ruling")],
        ),
        ("The bill was vetoed by the governor.\n", [("governor", "oppose", "The bill")]),
        ("The plan was backed by the mayor on Monday.\n", [("mayor", "support", "The plan")]),
        ("The ruling was appealed by the state.\n", []),
    ],
)
def test_an_office_in_lower_case_is_an_agent(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # readiness to act on a condition is conditional, whatever the act
        (
            '"We are ready to go on strike if necessary," said union leader Maria Costa.\n',
            [("Maria Costa", "conditional", "strike")],
        ),
        (
            '"Our members are prepared to walk out if the offer is not improved," said Unite'
            " official Dan Price.\n",
            [("Dan Price", "conditional", "the offer")],
        ),
        (
            "The union is ready to strike if the talks fail.\n",
            [("The union", "conditional", "strike")],
        ),
        ("The firm said it was willing to sell if the price was right.\n", []),
    ],
)
def test_readiness_on_a_condition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a goal stated is backed; a goal of undoing opposes what it undoes
        (
            '"Our primary goal is to reach an agreement and not go on strike," said union'
            " secretary Ken Adu.\n",
            [("Ken Adu", "support", "an agreement")],
        ),
        (
            "The company said its priority was to protect jobs.\n",
            [("The company", "support", "jobs")],
        ),
        ('"Our aim is to scrap the tax," said Jo Bell.\n', [("Jo Bell", "oppose", "the tax")]),
    ],
)
def test_a_goal_stated_is_backed(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # backing a decision to undo a thing opposes the thing; other decisions stay backed
        (
            "The committee voted to continue with its earlier decision to reject the"
            " application.\n",
            [("The committee", "oppose", "the application")],
        ),
        (
            "The union welcomed the decision to scrap the levy.\n",
            [("The union", "oppose", "the levy")],
        ),
        (
            "The union welcomed the decision to extend the deadline.\n",
            [("The union", "support", "the decision to extend the deadline")],
        ),
    ],
)
def test_backing_a_decision_to_undo(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verdict in the passive with its label before the agent: the agent holds it
        (
            'The reform was derided as "fake democracy" by opposition lawmakers.\n',
            [("opposition lawmakers", "oppose")],
        ),
        ("The levy was described as unworkable by the Law Society.\n", [("Law Society", "oppose")]),
        (
            "The deal was hailed as a breakthrough by union leaders.\n",
            [("union leaders", "support")],
        ),
        (
            "The tax was branded 'a cash grab' by business groups.\n",
            [("business groups", "oppose")],
        ),
        # a label with no agent names no one
        ("The reform was derided as a sham.\n", []),
        # verbs of blame and praise
        ("The Bar Council faulted the judgment.\n", [("The Bar Council", "oppose")]),
        ("Opposition MPs lambasted the budget.\n", [("Opposition MPs", "oppose")]),
        ("Doctors lauded the decision to ban smoking in parks.\n", [("Doctors", "support")]),
        # a crowd speaks against or in favour at a meeting
        ("Several residents spoke against the plan.\n", [("Several residents", "oppose")]),
        ("Several traders spoke in favour of the plan.\n", [("Several traders", "support")]),
    ],
)
def test_passive_verdicts_blame_and_crowds(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change that may be made on a condition: its sayer's stance is conditional
        (
            "The minister said bus fares could be raised depending on fuel costs.\n",
            [("The minister", "conditional", "bus fares")],
        ),
        (
            "The board said the fee may be increased subject to a review.\n",
            [("The board", "conditional", "the fee")],
        ),
        ("Bus fares could be raised, the minister said.\n", []),  # no condition: no stance
        (
            "The union said it would call off the strike on condition that the sacked staff are"
            " reinstated.\n",
            [("The union", "conditional", "the strike")],
        ),
        # approval with terms attached is approval
        (
            "Councillors approved the plans subject to a payment towards schools.\n",
            [("Councillors", "support", "the plans")],
        ),
        # a verdict whose source is named after it: the source holds it
        (
            "The new levy is unfair, the Farmers Union said.\n",
            [("Farmers Union", "oppose", "The new levy")],
        ),
        ("The new levy is unfair, the Act states.\n", []),
    ],
)
def test_conditions_and_verdicts_attributed_after(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blame in a quote: what the thing judged is doing or has done; the speaker's own
        (
            '"These pay cuts are hurting families in every town," said MP Jo Lee.\n',
            [("Jo Lee", "oppose", "These pay cuts")],
        ),
        (
            'Ann Roe of the Traders Guild said: "The new fees have crippled small shops."\n',
            [("Ann Roe", "oppose", "The new fees")],
        ),
        ('"It is devastating news," said Jo Lee of the union.\n', []),  # an adjective
        ("Farmers have been hit hard by the drought, the minister said.\n", []),
        # praise owed: 'must be applauded', 'deserve credit'
        (
            '"Our nurses must be applauded for their work," said Welsh Labour leader Jo Lee.\n',
            [("Jo Lee", "support", "Our nurses")],
        ),
        (
            'Chief Ann Roe said: "The officers deserve huge credit for their bravery."\n',
            [("Ann Roe", "support", "The officers")],
        ),
        # a remedy put forward, a measure made necessary, a solution stated: backed
        (
            "Jo Lee said the backlog could be solved by the ministry hiring more judges.\n",
            [("Jo Lee", "support", "the ministry hiring more judges")],
        ),
        (
            "Jo Lee said rising rents made the proposed rent cap essential.\n",
            [("Jo Lee", "support", "the proposed rent cap")],
        ),
        (
            "Jo Lee said the only solution was to build more homes.\n",
            [("Jo Lee", "support", "more homes")],
        ),
    ],
)
def test_blame_praise_and_remedies_judged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # grounds for a refusal oppose; negated, they back what would be refused
        (
            '"I don\'t think we could substantiate a refusal of the plan," said Jo Lee.\n',
            [("Jo Lee", "support", "the plan")],
        ),
        (
            "Jo Lee said the council could not justify refusing the plan.\n",
            [("the council", "support", "the plan")],
        ),
        (
            "The board said it could justify a refusal of the plan.\n",
            [("The board", "oppose", "the plan")],
        ),
        # a verdict given to an object
        (
            "The inspector found the scheme acceptable.\n",
            [("The inspector", "support", "the scheme")],
        ),
        (
            "The tribunal deemed the dismissal unfair.\n",
            [("The tribunal", "oppose", "the dismissal")],
        ),
        # backing an opposition is opposing too: what the concerns are about
        (
            "Residents objected to the quarry plan. Their concerns were echoed by Cllr Jo Lee.\n",
            [
                ("Residents", "oppose", "the quarry plan"),
                ("Cllr Jo Lee", "oppose", "the quarry plan"),
            ],
        ),
        # doubt about what a thing will do turns a verdict for it into one against it
        (
            "Jo Lee said it was not clear the scheme would bring value for money.\n",
            [("Jo Lee", "oppose", "the scheme")],
        ),
        (
            "Ann Roe questioned whether the tax cut would boost growth.\n",
            [("Ann Roe", "oppose", "the tax cut")],
        ),
        ("Ann Roe said the tax cut would boost growth.\n", [("Ann Roe", "support", "the tax cut")]),
        # keeping a thing going is no stance on anything
        ("Schools stayed open to prevent the term from going to waste.\n", []),
        ("Parents went to court to prevent the closure.\n", [("Parents", "oppose", "the closure")]),
    ],
)
def test_grounds_verdicts_concerns_and_doubts(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blame in an adjective, in a quote: the speaker's verdict on the thing blamed
        (
            'Jo Lee said: "Look no further than the appalling delays at the clinic."\n',
            [("Jo Lee", "oppose", "appalling delays")],
        ),
        ('"These savage cuts must end," said Jo Lee.\n', [("Jo Lee", "oppose", "savage cuts")]),
        # not in a report (the reporter's words), nor without a determiner
        ("Jo Lee said the inquiry looked at the shambolic rollout of the scheme.\n", []),
        ('"Savage cuts ahead," said Jo Lee.\n', []),
        # and it adds no stance to one the speaker holds
        (
            '"We oppose the plan. It is the appalling result of years of neglect," said Jo Lee.\n',
            [("Jo Lee", "oppose", "the plan")],
        ),
        # 'in favour' as a state, its object named before; not a count
        (
            "A poll on the bypass plan has indicated the majority of residents are in favour.\n",
            [("residents", "support", "the bypass plan")],
        ),
        ("The motion on the bypass was carried, with 40 in favour.\n", []),
        # 'will not tolerate': against
        (
            "The federation said it will not tolerate such conduct in the league.\n",
            [("The federation", "oppose", "such conduct")],
        ),
    ],
)
def test_blame_in_an_adjective_in_favour_and_tolerate(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fearing what a thing will do opposes it
        (
            "Villagers fear the new quarry will bring lorries through the lanes.\n",
            [("Villagers", "oppose", "the new quarry")],
        ),
        ("Villagers fear for their safety.\n", []),
        # a crowd that does not share someone's view takes the other side of it
        (
            "Mayor Jo Lee said the plan would help the town. His views were not shared by most"
            " of the 90 residents at the meeting.\n",
            [("Jo Lee", "support", "the plan"), ("residents at the meeting", "oppose", "the plan")],
        ),
        ("His views were not shared by most of the residents.\n", []),  # no view stated before
    ],
)
def test_fears_and_views_not_shared(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "His views were not shared by most of the 90 residents",
        "HER VIEWS WERE NOT SHARED BY THE PANEL",
        "Their views are not\nshared  by councillors",
    ],
)
def test_the_shared_gate_holds_wherever_a_view_not_shared_is_read(text: str) -> None:
    """`_SHARED`, searched once per article, spares `_NOT_SHARED` only where it cannot match:
    every view not shared, in any case and spacing, holds the gate's words."""
    assert stances._NOT_SHARED.search(text)
    assert stances._SHARED.search(text)


def test_subjects_read_for_a_list_of_names_only_with_an_and(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`_lists_names` reads a subject for names only when it holds 'and': over every real
    article and lists of names over commas (which the gate shut would cut short), the
    positions are the same when every subject is read."""
    texts = [path.read_text(encoding="utf-8") for path in REAL_ARTICLES]
    texts += [
        "Jo Lee, Al Roe and Ann Poe opposed the plan.\n",
        "Senator Jo Lee, Senator Al Roe and Senator Ann Poe rejected the bill.\n",
    ]
    gated = [extract(text).positions for text in texts]
    monkeypatch.setattr(
        stances, "_lists_names", lambda doc, text: stances._name_list(text, doc.people.names(text))
    )
    assert [extract(text).positions for text in texts] == gated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a choice between acts, a question put and a right held are no stance
        ("The ministry was given 30 days to accept or reject the application.\n", []),
        ("The regulator has until Friday to approve or deny the request.\n", []),
        ("Members will vote online on whether or not to accept the offer.\n", []),
        ("Shareholders will decide on whether to back the merger.\n", []),
        ("Nurses won the legal right to strike in 2019.\n", []),
        # a court's order to a party to pay backs the payment; so does one to a body to stop
        (
            "The tribunal ordered the company to pay the worker R50,000 in damages.\n",
            [("The tribunal", "support")],
        ),
        (
            "The court ordered the state to refund the levy to traders.\n",
            [("The court", "support")],
        ),
        (
            "The court ordered the council to scrap the parking charges.\n",
            [("The court", "oppose")],
        ),
        # one act taken stays a stance
        ("The union voted to accept the offer.\n", [("The union", "support")]),
    ],
)
def test_choices_questions_rights_and_remedies(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office or body named in lower case is the agent of a passive act
        (
            "Their request for a suspension was rejected by the speaker.\n",
            [("speaker", "oppose")],
        ),
        (
            "The proposal to merge the two districts was turned down by the cabinet.\n",
            [("cabinet", "oppose")],
        ),
        ("The appeal was dismissed by the panel.\n", [("panel", "oppose")]),
        # a permission given in the passive, in a relative clause too
        (
            "The bypass, which has been given the green light by the regional council, will"
            " cost $40 million.\n",
            [("regional council", "support")],
        ),
        (
            "The mine was given the go-ahead by the environment minister last year.\n",
            [("environment minister", "support")],
        ),
        (
            "The request was granted by Justice Mary Odhiambo.\n",
            [("Justice Mary Odhiambo", "support")],
        ),
        # an active permission keeps its subject; consent granted in passing is no act told
        ("The council gave the go-ahead to the tower.\n", [("The council", "support")]),
        # a permission given to the subject, no agent named: no one's stance, a time between
        # the auxiliary and its participle too
        ("A woman was granted bail.\n", []),
        ("The driver was on Friday granted bail by the magistrate.\n", [("magistrate", "support")]),
        ("Two men were yesterday given permission to appeal.\n", []),
        ("The plan was last week rejected by the board.\n", [("board", "oppose")]),
        # a body's full name, its acronym after it: one body, though 'and' joins its words
        (
            "The Congress of Farmers and Fishers of Barbados (CFFB) has condemned the levy.\n",
            [("Congress of Farmers and Fishers of Barbados", "oppose")],
        ),
        ("Unite and the GMB rejected the offer.\n", [("Unite", "oppose"), ("GMB", "oppose")]),
        # one who passes news on holds no stance; the stance it reports is its subject's
        ("Informed sources rejected the plan.\n", []),
        (
            "Several sources told the newspaper that the minister opposed the plan.\n",
            [("the minister", "oppose")],
        ),
        ("Several sources said the minister opposed the plan.\n", []),
        # what stands for the rest of a group is no actor
        (
            "Ten members backed the motion, with the rest abstaining.\n",
            [("Ten members", "support")],
        ),
    ],
)
def test_agents_of_passive_acts(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name joined to 'backed' before a noun backs that thing
        (
            "Lawmakers rejected a Beijing-backed political reform package.\n",
            [
                ("Beijing", "support", "political reform package"),
                ("Lawmakers", "oppose", "a Beijing-backed political reform package"),
            ],
        ),
        # a backed person, body or force names who is meant, not a measure backed
        ("The Kremlin-backed candidate won 70 percent of the vote.\n", []),
        ("Rebels fought a UN-endorsed government.\n", []),
        ("Protesters toppled a US-backed dictator.\n", []),
        # owning and funding say who pays, not who backs
        ("The state-owned airline cut 300 jobs.\n", []),
        ("A World Bank-funded study found that fares had doubled.\n", []),
    ],
)
def test_a_name_that_backs_in_a_compound(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vote counted in full: the body it was taken in, named after the count or before
        (
            "The bill was defeated by 45 votes to 39 in the Legislative Assembly.\n",
            [("Legislative Assembly", "oppose")],
        ),
        (
            "Wellington City Council debated the sale for three hours. The motion to sell the"
            " airport shares was lost by nine votes to six.\n",
            [("Wellington City Council", "oppose")],
        ),
        (
            "Leeds City Council met on Monday. The motion was carried by 40 votes to 12.\n",
            [("Leeds City Council", "support")],
        ),
        (
            "The Withdrawal Bill has passed its second reading in the House of Commons by 326"
            " votes to 290.\n",
            [("House of Commons", "support")],
        ),
        ("The motion was defeated by 30 votes to 28.\n", []),  # no body named
        # a count in words between the vote and its act
        (
            "Councillors voted by seven to two to approve the plan.\n",
            [("Councillors", "support")],
        ),
        # voting with a side backs it; not with a show of hands, nor with it to do something
        (
            "Senator Jo Reyes voted with Labour on the amendment.\n",
            [("Jo Reyes", "support")],
        ),
        ("Fans voted with their feet.\n", []),
        ("Members voted with a show of hands.\n", []),
        (
            "Senator Tom Reyes said he would vote with the opposition to block the bill.\n",
            [("Tom Reyes", "oppose")],
        ),
        # first person in a quote: 'and' before the vote, 'voted ... to' before the act
        (
            'Title\n"We decided to stay put and vote for the bill," said James Tien.\n',
            [("James Tien", "support")],
        ),
        (
            'Title\n"Our members voted overwhelmingly to support the deal," said Jo Payne.\n',
            [("Jo Payne", "support")],
        ),
        # 'providing' with a clause of its own is a condition; 'providing' a thing is not
        (
            "The committee voted to grant consent, providing the traffic concerns are resolved.\n",
            [("The committee", "conditional")],
        ),
        (
            "The council backed the scheme, providing the funds for new roads.\n",
            [("The council", "support")],
        ),
        # an object that is no known target noun ends before its condition
        (
            "The board agreed to the sale provided the buyer keeps all 400 staff.\n",
            [("The board", "conditional")],
        ),
        # an aside's agent takes no condition of the clause it stands in
        (
            "The committee voted to grant consent as recommended by planning officers, providing"
            " the traffic concerns are resolved.\n",
            [("The committee", "conditional"), ("planning officers", "support")],
        ),
    ],
)
def test_votes_counted_sides_voted_with_and_provisos(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a refusal is against what it refuses to do; its owner is the actor
        (
            "Title\nThe hospital's refusal to release the records delayed the inquiry.\n",
            [("The hospital", "oppose")],
        ),
        (
            "Title\nThe board's refusal to sign the deal ended the talks.\n",
            [("The board", "oppose")],
        ),
        # (a refusal to comment stays neutral)
        ("Title\nThe club's refusal to comment angered fans.\n", [("The club", "neutral")]),
        # a stand taken, for or against
        (
            "Title\nThe transporters' association has taken a firm stand against the toll.\n",
            [("The transporters' association", "oppose")],
        ),
        (
            "Title\nThe federation has taken a strong stand for a minimum wage of 25,000 rupees.\n",
            [("The federation", "support")],
        ),
        # what a body will not tolerate, or has zero tolerance for, it opposes
        ("Title\nThe Fiji FA will not tolerate such conduct.\n", [("The Fiji FA", "oppose")]),
        (
            "Title\nThe Ministry of Health has zero tolerance for bribery of staff.\n",
            [("The Ministry of Health", "oppose")],
        ),
        # no actor: a sentence adverb, an order, a right to vote, an amount compared
        (
            "Title\nOtherwise the labourer who seeks more than that must pay a deposit.\n",
            [],
        ),
        (
            "Title\nHe ran after a CAS order that allowed him to contest the May 2025 election.\n",
            [],
        ),
        (
            "Title\nThe government's plan would have given all residents the right to vote for the"
            " chief executive.\n",
            [],
        ),
    ],
)
def test_refusals_stands_tolerance_and_no_actor(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # backing objectors' concerns opposes what they object to
        (
            "Title\nResidents objected to the incinerator. Their concerns were backed by local MP"
            " Sarah Green.\n",
            [("Residents", "oppose"), ("MP Sarah Green", "oppose")],
        ),
        (
            "Title\nFishermen objected to the wind farm, and their objections were supported by"
            " the harbour board.\n",
            [("Fishermen", "oppose"), ("harbour board", "oppose")],
        ),
        (
            "Title\nThe mayor backed the shopkeepers' concerns.\n",
            [("The mayor", "oppose")],
        ),
        # waiting for a decision before acting leaves the side's stance open
        (
            "Title\nThe two unions are awaiting approval from the labour ministry to hold a strike"
            " ballot.\n",
            [("The two unions", "undecided")],
        ),
        (
            "Title\nThe airline is awaiting a ruling from the regulator on the merger.\n",
            [("The airline", "undecided")],
        ),
    ],
)
def test_backed_concerns_and_awaited_decisions(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a directive in the passive with no agent: the directing body named before gave it
        (
            "Title\nThe Securities and Exchange Board of India fined the brokerage on Monday. The"
            " firm has also been directed to stop onboarding new clients.\n",
            [("Securities and Exchange Board of India", "oppose")],
        ),
        (
            "Title\nThe Environmental Protection Authority said the plant had breached its"
            " licence. The operator has been ordered to halt discharges into the river.\n",
            [("Environmental Protection Authority", "oppose")],
        ),
        (
            "Title\nThe order of the Competition Commission of India runs to 120 pages. The seven"
            ' companies have been directed "to cease and desist" from such activities.\n',
            [("Competition Commission of India", "oppose")],
        ),
        # no body named: no one; a sentence passed is no stance
        ("Title\nThe operator has been ordered to halt discharges into the river.\n", []),
        ("Title\nThe High Court heard the case. Black was ordered to report to prison.\n", []),
    ],
)
def test_directives_in_the_passive(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle clause opening the sentence is its main clause's subject's stance
        (
            "Title\nConsidering the appellate judgment as unlawful, the Attorney General Essam"
            " Eisa Al Humaidan lodged an exceptional appeal.\n",
            [("Essam Eisa Al Humaidan", "oppose")],
        ),
        (
            "Title\nDeeming the tax demand unconstitutional, the company filed a writ petition.\n",
            [("the company", "oppose")],
        ),
        (
            "Title\nRegarding the election result as fraudulent, the opposition coalition refused"
            " to take its seats.\n",
            [("the opposition coalition", "oppose")],
        ),
        (
            "Title\nRejecting the offer, the union said it would strike.\n",
            [("the union", "oppose")],
        ),
        # viewing a thing as a judgement against it, mid-sentence too
        ("Title\nThe union sees the ban as unfair.\n", [("The union", "oppose")]),
        # weighing a thing (no judgement given) leaves the stance open
        ("Title\nThe club is considering the offer.\n", [("The club", "undecided")]),
    ],
)
def test_opening_participles_and_things_seen_as_wrong(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a motion's movers hold the stance its claim states on the thing claimed about
        (
            "Title\nOpposition councillors tabled a motion claiming the budget failed to protect"
            " frontline services.\n",
            [("Opposition councillors", "oppose", "the budget")],
        ),
        (
            "Title\nLabour members tabled a motion at a meeting of the council claiming the"
            ' proposals "failed to demonstrate key principles".\n',
            [("Labour members", "oppose", "the proposals")],
        ),
        (
            "Title\nThe Greens tabled a motion saying the new park would boost tourism.\n",
            [("The Greens", "support", "the new park")],
        ),
        # a motion that claims nothing stays backed by its movers
        ("Title\nThe Greens tabled a motion.\n", [("The Greens", "support", "a motion")]),
    ],
)
def test_a_motion_claiming_a_verdict(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a finding of fault in an act: the finder holds the other side of the act
        (
            "Title\nThe High Court found that the council acted unlawfully by approving the quarry"
            " extension.\n",
            [("The High Court", "oppose")],
        ),
        (
            "Title\nThe tribunal held that the club was wrong in rejecting the transfer request.\n",
            [("The tribunal", "support")],
        ),
        (
            'Title\n"The highest court decided that the appellate court breached the law by'
            ' accepting the appeal," said prosecutor Jo Klaib.\n',
            [("The highest court", "oppose")],
        ),
        # no fault found: the act's own subject holds it
        (
            "Title\nThe High Court found that the council had approved the extension.\n",
            [("the council", "support")],
        ),
    ],
)
def test_a_fault_found_in_an_act(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deriding opposes; its agent may follow the label
        (
            'Title\nThe proposal was derided as "fake democracy" by opposition lawmakers.\n',
            [("opposition lawmakers", "oppose")],
        ),
        (
            "Title\nCritics derided the scheme as a gimmick.\n",
            [("Critics", "oppose")],
        ),
        # speaking against a thing opposes it
        ("Title\nSeveral residents spoke against the plan.\n", [("Several residents", "oppose")]),
        ("Title\nThe mayor spoke at the opening of the bridge.\n", []),
    ],
)
def test_derided_and_spoken_against(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act named as a noun: its owner holds the stance of what it does
        (
            "Title\nA government inspector overturned East Lindsey District Council’s decision to"
            " block eight turbines.\n",
            # undoing the decision to block backs the turbines
            [("A government inspector", "support"), ("East Lindsey District Council", "oppose")],
        ),
        (
            "Title\nThe province's decision to cancel the contract surprised investors.\n",
            [("province", "oppose")],
        ),
        ("Title\nLabour's plan to scrap the tax was announced.\n", [("Labour", "oppose")]),
        # an act owned by 'its' or 'their': the body named last before it in the sentence
        (
            "Title\nParents blamed the ministry for the delay, pointing to its refusal to reopen"
            " the school.\n",
            [("the ministry", "oppose")],
        ),
        (
            "Title\nThe MP is accusing government of spiting citizens with their refusal to open"
            " the hospital.\n",
            [("The MP", "oppose"), ("government", "oppose")],
        ),
        # an act with no owner named is no one's
        ("Title\nThe decision to cancel the contract surprised investors.\n", []),
    ],
)
def test_an_owned_act_is_its_owners_stance(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a feeling aired 'with' or 'at' a thing opposes that thing
        (
            "Title\nParents expressed frustration with the delays to the new school.\n",
            [("Parents", "oppose", "the delays")],
        ),
        (
            "Title\nMP Sarah Owen voiced frustration at the slow pace of repairs.\n",
            [("Sarah Owen", "oppose", "the slow pace")],
        ),
        (
            "Title\nThe hauliers expressed anger at the toll rise.\n",
            [("The hauliers", "oppose", "the toll rise")],
        ),
        # an objection denied backs the thing
        (
            "Title\nHighways England said it has no objection to the proposal.\n",
            [("Highways England", "support", "the proposal")],
        ),
        (
            "Title\nThe Environment Agency raised no objections to the scheme.\n",
            [("The Environment Agency", "support", "the scheme")],
        ),
        (
            "Title\nThe Environment Agency raised objections to the scheme.\n",
            [("The Environment Agency", "oppose", "the scheme")],
        ),
    ],
)
def test_feelings_aired_at_a_thing_and_objections_denied(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named in lower case, joined to a participle of backing, backs what follows
        (
            "Title\nThe union-backed pay claim was lodged on Monday.\n",
            [("union", "support", "pay claim")],
        ),
        (
            "Title\nThe council-approved scheme will cost $4 million.\n",
            [("council", "support", "scheme")],
        ),
        (
            "Title\nThe board-backed recovery plan failed.\n",
            [("board", "support", "recovery plan")],
        ),
        # a common word that names no body, or a participle of paying, backs nothing
        ("Title\nThe state-owned airline cut 300 jobs.\n", []),
        ("Title\nThe government-funded study was published.\n", []),
    ],
)
def test_a_body_in_lower_case_that_backs_in_a_compound(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ', providing' before a subject and a bare present: a condition
        (
            "Title\nThe council will approve the extension, providing the developer pays for a"
            " new road.\n",
            [("The council", "conditional")],
        ),
        (
            "Title\nThe union will accept the offer, providing the company keeps all 400 jobs.\n",
            [("The union", "conditional")],
        ),
        # ', providing' what is given: no condition
        (
            "Title\nThe council approved the scheme, providing the area new homes.\n",
            [("The council", "support")],
        ),
        (
            "Title\nThe council approved the scheme, providing the funds for roads.\n",
            [("The council", "support")],
        ),
    ],
)
def test_providing_before_a_bare_present(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # declining to appeal is against appealing (the gold's oppose); being unable is not
        (
            "The rugby club said it will not appeal the disciplinary panel's ruling.\n",
            [("The rugby club", "oppose", "the disciplinary panel's ruling")],
        ),
        (
            "The miners' union said it would not challenge the arbitrator's award.\n",
            [("The miners' union", "oppose", "the arbitrator's award")],
        ),
        ("The firm could not appeal the fine because it missed the deadline.\n", []),
        # an act withheld until a condition is met is a commitment on that condition
        (
            "Striking cleaners vowed not to return to work until the back pay is settled.\n",
            [("Striking cleaners", "conditional", "return to work")],
        ),
        (
            "The dockers' union said it will not sign the deal until the bonus is restored.\n",
            [("The dockers' union", "conditional", "sign the deal")],
        ),
        ("We will not rest until the hospital reopens, the campaigners said.\n", []),
        # a verdict negated with 'not' opposes what it judges; a degree clause judges nothing
        (
            "Union secretary Rhys Owen said the pay award was simply not good enough.\n",
            [("Rhys Owen", "oppose", "the pay award")],
        ),
        (
            "The tenants' association said the new rent formula was not fair.\n",
            [("The tenants' association", "oppose", "the new rent formula")],
        ),
        ("The pitch was not good enough for the final to be played, the league said.\n", []),
        # advice put in the passive ('that permission be granted') is the adviser's stance
        (
            "The council's planning officer recommended that the application be refused.\n",
            [("The council's planning officer", "oppose", "the application")],
        ),
        (
            "The inspector recommended that outline permission be granted for the depot.\n",
            [("The inspector", "support", "outline permission")],
        ),
        ("Permission was granted for the depot in 2019.\n", []),
    ],
)
def test_declined_appeals_withheld_acts_negated_verdicts_and_advice(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing, a text or a happening holds no stance
        ("Subsequent filings renewed the motion to dismiss.\n", []),
        ("An invitation on the website calls on residents to back the plan.\n", []),
        ("The council’s complaint opposed the fare rise.\n", []),
        # its maker named in it speaks: the court, the union
        (
            "A court decision overturned the ban.\n",
            [("A court decision", "oppose", "the ban")],
        ),
        (
            "A statement by the union rejected the offer.\n",
            [("A statement by the union", "oppose", "the offer")],
        ),
        # a person or a body whose phrase holds a thing noun still acts
        ("Jo Lee through a spokesman rejected the offer.\n", [("Jo Lee", "oppose", "the offer")]),
        (
            "The strike committee rejected the offer.\n",
            [("The strike committee", "oppose", "the offer")],
        ),
    ],
)
def test_a_thing_is_no_actor(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening participle clause whose label is quoted, its comma inside the quote: the
        # main clause's subject holds both stances
        (
            'Denouncing the levy as "a tax on jobs," the chamber of commerce urged ministers to'
            " fund the apprenticeship scheme instead.\n",
            [
                ("the chamber of commerce", "oppose", "the levy"),
                ("the chamber of commerce", "support", "the apprenticeship scheme"),
            ],
        ),
        (
            'Condemning the cuts as "reckless," a coalition of charities urged MPs on Monday to'
            " fund the shelters.\n",
            [
                ("a coalition of charities", "oppose", "the cuts"),
                ("a coalition of charities", "support", "the shelters"),
            ],
        ),
        (
            'PERTH - Criticising the plan as "rushed," the nurses\' federation said it would'
            " take the board to court.\n",
            [("the nurses' federation", "oppose", "the plan")],
        ),
        # urging peers to pass or ratify a measure backs it; advising the public does not
        (
            "The senator urged her colleagues to pass the housing bill.\n",
            [("The senator", "support", "the housing bill")],
        ),
        ("Police urged motorists to avoid the bridge.\n", []),
    ],
)
def test_opening_clauses_with_quoted_labels_and_urging_peers(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Opposition councillors meanwhile rejected the budget.\n", "Opposition councillors"),
        ("Union members however backed the offer.\n", "Union members"),
        ("Local residents narrowly backed the plan.\n", "Local residents"),
        ("Councillor Sue Still rejected the budget.\n", "Sue Still"),  # a name stays whole
    ],
)
def test_an_adverb_after_the_subject_is_no_part_of_the_actor(text: str, expected: str) -> None:
    assert [actor for actor, _, _ in positions_of(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # redress demanded is against whoever is to give it
        (
            "The opposition demanded an apology from the minister.\n",
            [("The opposition", "oppose", "an apology")],
        ),
        (
            "“The remarks insult every nurse,” she said, demanding an apology.\n",
            [],
        ),
        ("Residents called for his resignation.\n", [("Residents", "oppose", "his resignation")]),
        ("The union demanded a pay rise.\n", [("The union", "support", "a pay rise")]),
        # a mandative subjunctive calls for its subject to be undone
        (
            "Several councillors demanded the levy be scrapped.\n",
            [("Several councillors", "oppose", "the levy")],
        ),
        (
            "The union insisted that the order be withdrawn.\n",
            [("The union", "oppose", "the order")],
        ),
        ("The minister insisted the plan will be scrapped in June.\n", []),  # a forecast
        # 'branded X as' a label: the label's tone, none for a label that is no verdict; 'branded
        # X' a noun phrase: blame
        (
            "Critics branded the scheme as a costly gimmick.\n",
            [("Critics", "oppose", "the scheme")],
        ),
        (
            "The mayor branded the plan as visionary.\n",
            [("The mayor", "support", "the plan")],
        ),
        ("Delegates branded the charter as federalist.\n", []),
        (
            "Several senators branded the draft as federalist, praising the minister.\n",
            [("Several senators", "support", "the minister")],
        ),
        (
            "The union branded the offer an insult to nurses.\n",
            [("The union", "oppose", "the offer")],
        ),
    ],
)
def test_redress_subjunctives_and_brands(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # undoing a decision to refuse, reject, block or deny a thing backs the thing
        (
            "The tribunal quashed the board's decision to reject the takeover bid.\n",
            [("The tribunal", "support", "the takeover bid")],
        ),
        (
            "An inspector overturned the council's decision to refuse a new quarry at Hollins.\n",
            [
                ("An inspector", "support", "a new quarry at Hollins"),
                ("council", "oppose", "a new quarry at Hollins"),
            ],
        ),
        # a decision to approve, or a decision named alone, stays what is opposed
        (
            "The judge overturned the decision to approve the mine.\n",
            [("The judge", "oppose", "the decision to approve the mine")],
        ),
        ("The union opposed the decision.\n", [("The union", "oppose", "the decision")]),
    ],
)
def test_undoing_a_refusal_backs_what_it_refused(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after the object's 'of' phrase describes that noun: no stance of its own
        (
            "Parents criticised the number of schools accepting the new rules.\n",
            [("Parents", "oppose", "the number")],
        ),
        (
            "Councillors raised concerns over the lack of landlords accepting tenants on"
            " benefits.\n",
            [("Councillors", "oppose", "the lack")],
        ),
        # no stance before it: the participle's subject holds the stance
        (
            "Hundreds of residents opposing the plan marched through the town.\n",
            [("Hundreds of residents", "oppose", "the plan")],
        ),
    ],
)
def test_a_participle_describing_an_object_is_no_stance(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a side shields someone from, it opposes
        (
            "The union vowed to defend its members from the job cuts.\n",
            [("The union", "oppose", "the job cuts")],
        ),
        (
            "The minister pledged to protect farmers from cheap imports.\n",
            [("The minister", "oppose", "cheap imports")],
        ),
        (
            "The family vowed to shield him from going to jail.\n",
            [("The family", "oppose", "going to jail")],
        ),
        # 'from' a time, or no 'from': backing what is defended
        (
            "The council defended the plan from the outset.\n",
            [("The council", "support", "the plan")],
        ),
        ("The mayor defended the budget.\n", [("The mayor", "support", "the budget")]),
    ],
)
def test_shielding_from_a_thing_opposes_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count in digits after 'the' leads the actor; the group itself holds the stance
        ("The 400 representatives voted against the motion.\n", [("representatives", "oppose")]),
        ("The 12 councillors backed the scheme.\n", [("councillors", "support")]),
        ("The three unions rejected the offer.\n", [("The three unions", "oppose")]),
        # adjectives joined by 'and' before the noun: '-ed' there is no verb
        (
            "The angry and agitated farmers have rejected the proposal.\n",
            [("The angry and agitated farmers", "oppose")],
        ),
        (
            "Tired and frustrated residents opposed the plan.\n",
            [("Tired and frustrated residents", "oppose")],
        ),
        # trap: a verb joined by 'and' with more after it still ends the subject
        (
            "The judge, speaking yesterday, declared Ann Lee the winner and ordered the board to "
            "accept the result.\n",
            [("The judge", "support")],
        ),
        # 'worry' aired like 'concern'
        ("Councillor Ruth Hale expressed worry about the scheme.\n", [("Ruth Hale", "oppose")]),
        # authorising a strike backs it; authorising people to act is no stance
        ("Nurses voted to authorize a strike.\n", [("Nurses", "support")]),
        (
            "Members voted to reject the offer and authorise strike action.\n",
            [("Members", "oppose"), ("Members", "support")],
        ),
        (
            "Members have authorized their negotiators to call a strike if needed.\n",
            [("Members", "conditional")],
        ),
        # refusing to recognise something opposes it
        ("The airline refused to recognise the pilots' union.\n", [("The airline", "oppose")]),
        ("The award recognised the work of nurses.\n", []),
        # a verdict denied: the denier holds the reverse stance on the thing judged
        (
            "The minister denied that the reforms would damage the NHS.\n",
            [("The minister", "support")],
        ),
        ("The union denied the deal would help members.\n", [("The union", "oppose")]),
        ("The company said the mine would harm the river.\n", [("The company", "oppose")]),
        # 'calls for' as a noun no one in the clause makes: its subject is not the caller
        ("Protesters were detained for calls for unrest.\n", []),
        ("The minister faces calls for his resignation.\n", []),
        ("The strike comes amid calls for higher pay.\n", []),
        ("Unions renewed calls for a pay rise.\n", [("Unions", "support")]),
        ("The opposition calls for his resignation.\n", [("The opposition", "oppose")]),
        # an interest aired backs the thing; a stake held or a scant interest does not
        (
            "The company has expressed an interest in buying the plant.\n",
            [("The company", "support")],
        ),
        (
            "Three bidders have shown strong interest in the airline.\n",
            [("Three bidders", "support")],
        ),
        ("The bank has an interest in the company.\n", []),
        ("Investors showed little interest in the bond sale.\n", []),
    ],
)
def test_stances_of_fresh_constructions(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # calling for someone to go opposes them staying: whoever is to go is the target
        ("Labour called for the minister to resign.\n", [("Labour", "oppose", "the minister")]),
        (
            "The union has called for the chief executive to step down.\n",
            [("The union", "oppose", "the chief executive")],
        ),
        ("Critics urged the chairman to quit.\n", [("Critics", "oppose", "the chairman")]),
        # traps: going ahead is no departure; a call for something to resume backs it
        ("The union called for the ban to go ahead.\n", [("The union", "support", "the ban")]),
        (
            "The union called for the talks to resume.\n",
            [("The union", "support", "the talks to resume")],
        ),
    ],
)
def test_calling_for_someone_to_go(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause with no subject of its own: an adverb before its verb is no actor,
        # the thing the clause is said of holds the stance
        (
            "The county council, which narrowly voted for the scheme, met on Monday.\n",
            [("The county council", "support", "the scheme")],
        ),
        (
            "Objections came from the parish council, which unanimously voted against the plan.\n",
            [("the parish council", "oppose", "the plan")],
        ),
        (
            "Shareholders in Acme, which strongly opposes the merger, will meet on Friday.\n",
            [("Acme", "oppose", "the merger")],
        ),
        # traps: a relative clause with a subject of its own keeps it
        (
            "The plan, which the council rejected, will return.\n",
            [("the council", "oppose", "The plan")],
        ),
        (
            "The union, which represents 5,000 staff, has rejected the offer.\n",
            [("The union", "oppose", "the offer")],
        ),
    ],
)
def test_adverb_in_a_subjectless_relative_clause(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause joined by 'and' whose subject is set off by an apposition before its verb:
        # the joined clause's subject, not the first clause's
        (
            "Other unions are also involved and Unite, which represents 50 operators, accepted "
            "the offer.\n",
            [("Unite", "support", "the offer")],
        ),
        (
            "Talks have stalled and the GMB, which represents 900 porters, rejected the offer.\n",
            [("the GMB", "oppose", "the offer")],
        ),
        # traps: names joined by 'and' are one subject; a joined clause without its own
        # apposition was read before
        (
            "Smith and Jones, who own the site, backed the plan.\n",
            [("Smith and Jones", "support", "the plan")],
        ),
        (
            "The workers voted and the union rejected the offer.\n",
            [("the union", "oppose", "the offer")],
        ),
    ],
)
def test_joined_clause_subject_before_an_apposition(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an appeal with 'call on'/'call upon' in any tense opposes what it would undo
        (
            "Parents are calling on the council to reconsider the closure of the nursery.\n",
            [("Parents", "oppose", "the closure of the nursery")],
        ),
        (
            "The residents' group called upon the board to halt the demolition.\n",
            [("The residents' group", "oppose", "the demolition")],
        ),
        (
            "The federation is calling on members to accept the revised offer.\n",
            [("The federation", "support", "the revised offer")],
        ),
        # wanting a body to undo a thing opposes it, as urging it to does
        (
            "The teachers' union wants the minister to scrap the new timetable.\n",
            [("The teachers' union", "oppose", "the new timetable")],
        ),
        # 'cautioned X against' is a warning against
        (
            "The chamber has cautioned the government against raising the levy.\n",
            [("The chamber", "oppose", "raising the levy")],
        ),
        # trap: wanting to know is no appeal on policy
        ("The families want the inquiry to answer their questions.\n", []),
    ],
)
def test_calls_upon_and_wanting_an_undoing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a moment judged wrong for an act opposes the act's object
        (
            "The retailers said this is not the right time to introduce the sugar tax.\n",
            [("The retailers", "oppose", "the sugar tax")],
        ),
        (
            "Farmers argued it was not the time to raise water charges.\n",
            [("Farmers", "oppose", "water charges")],
        ),
        # consequences that hold a thing back, like those that harm
        (
            "The chamber said the proposed levy would derail the recovery.\n",
            [("The chamber", "oppose", "the proposed levy")],
        ),
        (
            "Hauliers warned the new tolls will hinder trade with the port.\n",
            [("Hauliers", "oppose", "the new tolls")],
        ),
        # support given on terms is conditional
        (
            "The unions gave conditional support to the pension reform.\n",
            [("The unions", "conditional", "the pension reform")],
        ),
        (
            "The Greens offered qualified backing for the housing bill.\n",
            [("The Greens", "conditional", "the housing bill")],
        ),
        # traps: a time that is right, and a talk that has stalled, take no stance
        ("The mayor said the time was right for a new stadium.\n", []),
        ("Talks between the two sides have stalled.\n", []),
    ],
)
def test_wrong_moments_held_back_and_qualified_support(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an intent to make a change backs the change: want, plan, promise, pledge, vow, intend
        (
            "The trust wants to close the ward next spring.\n",
            [("The trust", "support", "close the ward next spring")],
        ),
        (
            "The county plans to build a new bridge over the river.\n",
            [("The county", "support", "build a new bridge over the river")],
        ),
        # a comma or point inside a number does not end the act
        (
            "The airline plans to cut 1,200 jobs. Staff were told on Monday.\n",
            [("The airline", "support", "cut 1,200 jobs")],
        ),
        (
            "The board wants to raise fees by 2.5%, the most in a decade.\n",
            [("The board", "support", "raise fees by 2.5%")],
        ),
        (
            "The minister promised to increase funding for rural schools.\n",
            [("The minister", "support", "increase funding for rural schools")],
        ),
        ("The mayor vowed to sell the stadium.\n", [("The mayor", "support", "sell the stadium")]),
        # staffing, spending and restarting are changes too
        (
            "The ministry plans to deploy more nurses to rural clinics.\n",
            [("The ministry", "support", "deploy more nurses to rural clinics")],
        ),
        (
            "The mill is planning to lay off about 80 workers.\n",
            [("The mill", "support", "lay off about 80 workers")],
        ),
        (
            "The council decided to provide a monthly allowance to carers.\n",
            [("The council", "support", "provide a monthly allowance to carers")],
        ),
        (
            "The drivers intend to resume the strike in March.\n",
            [("The drivers", "support", "resume the strike in March")],
        ),
        # negated, the change is opposed
        (
            "The owners do not intend to demolish the mill.\n",
            [("The owners", "oppose", "demolish the mill")],
        ),
        # traps: no change made ('raise awareness', 'open talks'), the plans as a noun, none
        ("Campaigners want to raise awareness of the illness.\n", []),
        ("Officials plan to open talks with the drivers.\n", []),
        ("The plans to close the depot were shelved.\n", []),
        ("The board has no plans to close the depot.\n", []),
        # another's plans, owned, are the object of the stance, not the firm's own cue
        (
            "The union opposed the firm's plans to close the depot.\n",
            [("The union", "oppose", "the firm's plans to close the depot")],
        ),
    ],
)
def test_an_intent_to_make_a_change_backs_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new measure a body announces is one it backs
        (
            "The city council has announced a zero fare increase for pensioners.\n",
            [("The city council", "support", "a zero fare increase for pensioners")],
        ),
        (
            "The Municipality of Eastbury announced a three-year reform package on Monday.\n",
            [("The Municipality of Eastbury", "support", "a three-year reform package")],
        ),
        # a time said between the verb and the measure
        (
            "The ministry announced on Friday a cut in the bus fare.\n",
            [("The ministry", "support", "a cut")],
        ),
        # an announcement of another's decision, or of an event, is no stance
        ("The board announced the closure of the plant.\n", []),
        ("The chair announced a break until noon.\n", []),
    ],
)
def test_a_measure_announced_is_backed(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # stepping aside from a decision takes neither side, like abstaining
        (
            "Councillor Ann Roe, who owns a shop on the street, recused herself from the debate.\n",
            [("Ann Roe", "neutral", "the debate")],
        ),
        (
            "Justice Alan Mbeki recused himself from the appeal.\n",
            [("Alan Mbeki", "neutral", "the appeal")],
        ),
        (
            "Two trustees will recuse themselves from the vote on the sale.\n",
            [("Two trustees", "neutral", "the vote on the sale")],
        ),
        # trap: a recusal from nothing named has no target
        ("The chairman recused himself.\n", []),
    ],
)
def test_a_recusal_is_neutral(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # welcoming a thing's downfall opposes the thing
        (
            "Senator Joan Pike welcomed the Housing Bill's collapse.\n",
            [("Joan Pike", "oppose", "the Housing Bill")],
        ),
        ("Unions hailed the levy's sudden demise.\n", [("Unions", "oppose", "the levy")]),
        (
            "Farmers praised the Water Tax's repeal.\n",
            [("Farmers", "oppose", "the Water Tax")],
        ),
        # trap: a decision welcomed is backed, whoever made it
        (
            "The mayor welcomed the council's decision.\n",
            [("The mayor", "support", "the council's decision")],
        ),
    ],
)
def test_welcoming_a_downfall_opposes_what_fell(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a manner adverb after 'and' opens a second verb of the same subject, not a new one
        (
            "The assembly met on Monday and angrily debated and rejected the levy.\n",
            [("The assembly", "oppose", "the levy")],
        ),
        (
            "Delegates gathered in Accra and unanimously discussed and endorsed the plan.\n",
            [("Delegates", "support", "the plan")],
        ),
        # trap: a noun in -ly after 'and' still opens a subject of its own
        (
            "Talks stalled and family members rejected the settlement.\n",
            [("family members", "oppose", "the settlement")],
        ),
        # support taken back, whoever's it was ('his', 'her', 'our'), opposes
        (
            "The senator withdrew his support for the pipeline.\n",
            [("The senator", "oppose", "the pipeline")],
        ),
        (
            "The mayor withdrew her endorsement of the candidate.\n",
            [("The mayor", "oppose", "the candidate")],
        ),
        # not pleased with a thing opposes it; pleased with it (trap) backs it
        (
            "The farmers are not satisfied with the new tariff.\n",
            [("The farmers", "oppose", "the new tariff")],
        ),
        (
            "Residents were not entirely happy with the council's parking scheme.\n",
            [("Residents", "oppose", "the council's parking scheme")],
        ),
        (
            "The farmers are satisfied with the new tariff.\n",
            [("The farmers", "support", "the new tariff")],
        ),
        # standing by one's own position backs no thing; what the position is says the side
        (
            "The councillors will stand by their earlier position of opposing the quarry.\n",
            [("The councillors", "oppose", "the quarry")],
        ),
        ("The ministry has once again defended its stance.\n", []),
        # trap: standing by a decision still backs the decision
        (
            "The board stood by its decision to sell the land.\n",
            [("The board", "support", "its decision to sell the land")],
        ),
    ],
)
def test_fresh_constructions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare role after a name is an apposition: the name holds the stance
        (
            "Brian Ssemanda, chairman of traders at the Pentagon City building, accused URA of"
            " enabling smuggling.\n",
            [("Brian Ssemanda", "oppose", "URA")],
        ),
        # trap: a role opening the cue's own clause is the holder's title
        (
            "In Kampala, chairman of traders Bob Lee rejected the offer.\n",
            [("Bob Lee", "oppose", "the offer")],
        ),
        # a vote share or count before the side voted; a count of a group voting in a 'with'
        # clause: the group, on the capitalised Bill
        (
            "The union proposed a strike. Members voted 90% in favour, with a 60% turnout.\n",
            [("The union", "support", "a strike"), ("Members", "support", "a strike")],
        ),
        (
            "The Bill was passed with 149 MPs voting in favour and 58 against it.\n",
            [("MPs", "support", "The Bill")],
        ),
        # trap: a bare count names no one
        ("The motion was carried with 40 voting for it.\n", []),
        # the downfall of a Bill welcomed opposes it; its passage welcomed (trap) backs it
        (
            "The opposition welcomed the Bill’s collapse.\n",
            [("The opposition", "oppose", "the Bill")],
        ),
        (
            "The opposition welcomed the Bill’s passage.\n",
            [("The opposition", "support", "the Bill")],
        ),
        # a court's verdict that a thing lacks merit opposes it; a thing lacking merit said by
        # no one (trap) is no stance
        (
            "Judge Lucy Gitari said that the application lacks merit.\n",
            [("Lucy Gitari", "oppose", "the application")],
        ),
        (
            "The judge said the petition was without merit.\n",
            [("The judge", "oppose", "the petition")],
        ),
        ("The team lacked merit in the first half.\n", []),
    ],
)
def test_fresh_round_eighteen(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a need denied opposes what is not needed, said or seen
        (
            "Khalid Ali said there was no need for replanting grants.\n",
            [("Khalid Ali", "oppose", "replanting grants")],
        ),
        (
            "“There was no need to remove Babar from the captaincy,” Miandad said.\n",
            [("Miandad", "oppose", "remove Babar from the captaincy")],
        ),
        (
            "The union said it saw no need for the strike.\n",
            [("The union", "oppose", "the strike")],
        ),
        # trap: a feeling calmed opposes nothing
        ("The minister said there was no need to panic.\n", []),
        # slogans against a thing oppose it; slogans alone (trap) take no side
        (
            "The councillors walked out while raising slogans against the property tax hike.\n",
            [("The councillors", "oppose", "the property tax hike")],
        ),
        ("The workers chanted slogans outside the office.\n", []),
        # a plea to an authority to act backs the act; to revisit a decision opposes it
        (
            "Farmers pleaded with the Government to subsidise the cane price.\n",
            [("Farmers", "support", "subsidise the cane price")],
        ),
        (
            "The union appealed to the minister to revisit the decision.\n",
            [("The union", "oppose", "the decision")],
        ),
        # trap: an appeal to a board is a hearing sought, no plea to act
        ("The decision was appealed to the planning board.\n", []),
        # not wanting to comment takes no side; non-committal leaves it open
        (
            "The chief executive said he did not want to comment on the issue.\n",
            [("The chief executive", "neutral", "the issue")],
        ),
        (
            "The minister remained non-committal on the payout timeline.\n",
            [("The minister", "undecided", "the payout timeline")],
        ),
        # trap: wanting to comment later is no refusal
        ("The minister said he wanted to comment later.\n", []),
        # a commitment restated backs its object
        (
            "The premier reaffirmed the government's commitment to the wage increase.\n",
            [("The premier", "support", "the wage increase")],
        ),
        # trap: asking for views is consultation, no stance
        ("The council sought the views of residents on the plan.\n", []),
    ],
)
def test_fresh_positions_round18(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # legislation named by its number is a target; a number after another name (trap) not
        ("The court struck down Bill 124.\n", [("The court", "oppose", "Bill 124")]),
        ("The senators voted against HR 5735.\n", [("The senators", "oppose", "HR 5735")]),
        ("The council rejected Route 66.\n", []),
        # a label of two words joined by 'and', before an adjunct or through double quotes;
        # trap: two plural nouns joined are people named, not a label
        (
            "The Opposition Leader called the Newman Government budget vindictive and deceitful"
            " in parliament today.\n",
            [("The Opposition Leader", "oppose", "the Newman Government budget")],
        ),
        (
            "The provincial government has called the offer “strong and beneficial” for the"
            " education system.\n",
            [("The provincial government", "support", "the offer")],
        ),
        ("The union called the offer “insulting”.\n", [("The union", "oppose", "the offer")]),
        ("Police called the victims and witnesses to the station.\n", []),
        # 'percent' written as one word counts members as 'per cent' does; trap: no stance
        (
            "According to the union, 56.3 percent of members voted in favor of the agreement.\n",
            [("members", "support", "the agreement")],
        ),
        ("56.3 percent of the ballots were spoiled.\n", []),
        # 'both' opening a list of two: each is an actor ('both sides', no list, is no actor:
        # see test_unspecified_people)
        (
            "Both the NDP and the Green Party expressed support for pharmacare.\n",
            [("NDP", "support", "pharmacare"), ("Green Party", "support", "pharmacare")],
        ),
        # a time's possessive determines an object as 'the' does ('today's commitment by');
        # trap: no stance cue, no target
        (
            "The union welcomes today’s commitment by the Liberal Party.\n",
            [("The union", "support", "today’s commitment")],
        ),
        ("The union marked today’s anniversary by the gates.\n", []),
    ],
)
def test_fresh_positions_round19a(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'his government' in a reported clause stands for the one who said it, with or
        # without 'that'; trap: a reported clause's own subject ('members') stays its actor
        (
            "Jo Lee said his government will continue to oppose the bill.\n",
            [("Jo Lee", "oppose", "the bill")],
        ),
        (
            "The union said members had voted to reject the offer.\n",
            [("members", "oppose", "the offer")],
        ),
    ],
)
def test_owned_subject_of_reported_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # advice against a thing opposes it; advising its undoing opposes what is undone
        (
            "The directors recommended against the takeover by the rival firm.\n",
            [("The directors", "oppose", "the takeover")],
        ),
        (
            "The committee recommended rejecting the bid.\n",
            [("The committee", "oppose", "the bid")],
        ),
        # trap: advising to approve a thing backs it
        ("The panel recommended approving the plan.\n", [("The panel", "support", "the plan")]),
        # what a cue ending in 'against' is against gives no stance of its own
        (
            "The government warned Mopani Copper Mines against going ahead with its plans.\n",
            [("The government", "oppose", "its plans")],
        ),
        # trap: going ahead, with no warning before it, backs the plans
        (
            "The firm is going ahead with its plans.\n",
            [("The firm", "support", "its plans")],
        ),
        # a second verb after 'and' shares the first one's subject, past a lead-in
        (
            "According to the Straits Times, the court dismissed the appeal and ruled in favour"
            " of the prosecution.\n",
            [("the court", "oppose", "the appeal"), ("the court", "support", "the prosecution")],
        ),
        # a stance noun owned by a name in mid-clause is the owner's, not the subject's
        (
            "The Awami League demanded machines amid the BNP’s opposition to the plan.\n",
            [("the BNP", "oppose", "the plan")],
        ),
        # trap: a stance noun the subject owns at the sentence's start stays the subject's
        (
            "The BNP’s opposition to the plan is well known.\n",
            [("The BNP", "oppose", "the plan")],
        ),
    ],
)
def test_fresh_positions_round19(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # advice against a thing opposes it; advice for it (trap) backs it
        ("The council advised against the scheme.\n", [("The council", "oppose", "the scheme")]),
        ("The board recommended the offer.\n", [("The board", "support", "the offer")]),
        # advice whose object is a stance: the stance advised is the adviser's
        (
            "The union said it would recommend members reject the deal.\n",
            [("The union", "oppose", "the deal")],
        ),
        ("The board recommended accepting the offer.\n", [("The board", "support", "the offer")]),
        # a decision not yet reached leaves the matter open; one reached (trap) takes a side
        (
            "The council has not yet made a decision on the plan.\n",
            [("The council", "undecided", "the plan")],
        ),
        (
            "The bus owners said that they have not reached a decision about the strikes.\n",
            [("The bus owners", "undecided", "the strikes")],
        ),
        (
            "The council has reached a decision to reject the plan.\n",
            [("The council", "oppose", "the plan")],
        ),
    ],
)
def test_fresh_positions_round19b(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # disagreeing with a thing opposes it; two sides disagreeing (trap) take no side on it
        ("The union disagreed with the ruling.\n", [("The union", "oppose", "the ruling")]),
        ("The two sides disagree on the figures.\n", []),
        # 'what it called X': the target is the thing so named
        (
            "The union condemned what it called the unfair dismissal of workers.\n",
            [("The union", "oppose", "the unfair dismissal")],
        ),
        # plans to act on a condition are conditional; plans with none (trap) back the act
        (
            "The union announced plans to hold a strike if the Government does not resign.\n",
            [("The union", "conditional", "a strike")],
        ),
        (
            "The company plans to close the plant.\n",
            [("The company", "support", "close the plant")],
        ),
    ],
)
def test_fresh_cues(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a return withheld until a condition, in the progressive too, is conditional
        (
            "The nurses will not be resuming duty until their grievances are addressed.\n",
            [("The nurses", "conditional", "resuming duty")],
        ),
        # trap: a return announced, with no condition, takes no side
        ("The nurses will be resuming duty on Monday.\n", []),
    ],
)
def test_withheld_progressive(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # asking for a thing backs it
        (
            "The prosecution had asked for a 19 year prison sentence.\n",
            [("The prosecution", "support", "a 19 year prison sentence")],
        ),
        (
            "The union asked for a 10 per cent pay rise.\n",
            [("The union", "support", "a 10 per cent pay rise")],
        ),
        # trap: asking (or pressing) for information takes no side
        ("The union asked for comment on the plan.\n", []),
        ("The union pressed for details of the plan.\n", []),
    ],
)
def test_asked_for(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # displeasure and discontent voiced oppose their object, past a 'during' phrase
        (
            "Parliamentarians during a budget debate voiced displeasure over the tariff rises.\n",
            [("Parliamentarians", "oppose", "the tariff rises")],
        ),
        (
            "The unions went on strike to express their discontentment with the government.\n",
            [("The unions", "oppose", "the government")],
        ),
        # trap: satisfaction voiced is no opposition, but support
        (
            "Residents expressed satisfaction with the plan.\n",
            [("Residents", "support", "the plan")],
        ),
    ],
)
def test_displeasure(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stance against a thing, as a noun, is its owner's
        (
            "Simon Coveney’s firm stance against the EU offer won praise.\n",
            [("Simon Coveney", "oppose", "the EU offer")],
        ),
        ("The union made a stand against the cuts.\n", [("The union", "oppose", "the cuts")]),
        (
            "The council’s stance against the plan is clear.\n",
            [("The council", "oppose", "the plan")],
        ),
        # trap: the verb 'stands against' a place takes no side
        ("The statue stands against the wall.\n", []),
    ],
)
def test_stance_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted group placed somewhere is the group, not the place
        (
            "About 41,000 teachers in British Columbia went on strike, demanding higher pay.\n",
            [("teachers", "support", "higher pay")],
        ),
        # trap: a group named with its place and no count stays as written
        (
            "Teachers in British Columbia demanded higher pay.\n",
            [("Teachers in British Columbia", "support", "higher pay")],
        ),
    ],
)
def test_counted_group_in_place(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the vote for' is a noun: taking no part in it casts no vote for anything
        ("The Opposition did not take part in the vote for the two bills.\n", []),
        # trap: the verb still backs what it votes for
        ("Members will vote for the deal on Friday.\n", [("Members", "support", "the deal")]),
    ],
)
def test_vote_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # urging named by its noun: its makers back what it urges, or oppose it with 'not to'
        (
            "The minister resisted calls from unions for a pay rise.\n",
            [("unions", "support", "a pay rise")],
        ),
        (
            "The government faces pressure from teachers to raise salaries.\n",
            [("teachers", "support", "raise salaries")],
        ),
        (
            "The vote was put off after calls from the Opposition for the Bill not to be rushed.\n",
            [("Opposition", "oppose", "the Bill")],
        ),
        # trap: calls received about a matter urge nothing
        ("The minister received calls from residents about the noise.\n", []),
    ],
)
def test_urging_nouns(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verdict given before its object: the finder opposes what it judged
        (
            "The Supreme Court has declared unconstitutional, the Speaker’s decision to act.\n",
            [("The Supreme Court", "oppose", "the Speaker’s decision to act")],
        ),
        (
            "The court declared null and void the election of the chairman.\n",
            [("The court", "oppose", "the election")],
        ),
        # trap: a verdict of approval after its object still backs it
        ("The judge found the decision lawful.\n", [("The judge", "support", "the decision")]),
    ],
)
def test_verdict_before_object(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a road or traffic blocked in a protest: where they protested, no stance on it
        (
            "Farmers blocked the highway to protest the new tax.\n",
            [("Farmers", "oppose", "the new tax")],
        ),
        ("Marching on the main road, they blocked traffic.\n", []),
        # traps: a bill or plan named after a way is still what is blocked
        (
            "The Senate blocked the highway funding bill.\n",
            [("The Senate", "oppose", "the highway funding bill")],
        ),
        ("Residents blocked the road plan.\n", [("Residents", "oppose", "the road plan")]),
    ],
)
def test_blocked_ways(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a target phrase reads through the 'of' inside a name, back to its determiner
        (
            "The union backed the Bank of England’s decision to hold rates.\n",
            [("The union", "support", "the Bank of England’s decision to hold rates")],
        ),
        (
            "The union backed the Court of Appeal decision.\n",
            [("The union", "support", "the Court of Appeal decision")],
        ),
        # trap: an 'of' after a common noun still ends the look back
        (
            "The union welcomed news of the council’s decision.\n",
            [("The union", "support", "the council’s decision")],
        ),
    ],
)
def test_target_reads_through_of_in_a_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # company added between commas is an aside: the subject before it holds the stance
        (
            "The union, along with other groups, rejected the offer.\n",
            [("The union", "oppose", "the offer")],
        ),
        (
            "The FNU, together with two hospital unions, expressed opposition to the cuts.\n",
            [("The FNU", "oppose", "the cuts")],
        ),
        # trap: the same words opening the sentence leave its subject where it was
        (
            "Along with other groups, the union rejected the offer.\n",
            [("the union", "oppose", "the offer")],
        ),
    ],
)
def test_company_added_between_commas(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # advice given to someone in a clause: the one advised is no target, the clause states
        # the stance
        (
            "The Commission recommended to the Tribunal that the merger be approved.\n",
            [("The Commission", "support", "the merger")],
        ),
        (
            "Officers recommended to councillors that the application be refused.\n",
            [("Officers", "oppose", "the application")],
        ),
        # trap: 'to' after the object is no addressee before a clause
        (
            "The board recommended the offer to shareholders.\n",
            [("The board", "support", "the offer to shareholders")],
        ),
    ],
)
def test_advice_to_someone_that(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second predicate after ', but' or ', and' shares its clause's subject
        (
            "The union welcomed the offer, but rejected the timetable.\n",
            [("The union", "support", "the offer"), ("The union", "oppose", "the timetable")],
        ),
        (
            "The union met the minister, and also rejected the timetable.\n",
            [("The union", "oppose", "the timetable")],
        ),
        # trap: a conjunction before a subject of its own opens that subject's clause
        (
            "The council approved the plan, but residents rejected it.\n",
            [("The council", "support", "the plan"), ("residents", "oppose", "the plan")],
        ),
    ],
)
def test_coordinated_predicate(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'anyone who asks for' is no one in particular; 'but rather support' has no subject
        (
            "The union urged ministers to ignore anyone who asks for exemption.\n",
            [("The union", "support", "ignore anyone who asks for exemption")],
        ),
        ("We urge managers not to intimidate nurses but rather support this course.\n", []),
        # trap: a group named as subject still backs what it asks for
        (
            "The textile industry asks for exemption.\n",
            [("The textile industry", "support", "exemption")],
        ),
    ],
)
def test_no_one_in_particular(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening participle clause's actor is the subject of the main clause's verb of
        # saying, not of a verb later in what is said
        (
            "Backing the motion, Cllr Jo Lee said rents in the county have doubled.\n",
            [("Jo Lee", "support", "the motion")],
        ),
        # trap: an opening participle that is no cue gives no stance
        ("Speaking to reporters, Cllr Jo Lee said rents have doubled.\n", []),
    ],
)
def test_opening_participle_before_saying(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # refusing any act done to a thing opposes the thing
        (
            "The court refused to entertain the petition.\n",
            [("The court", "oppose", "the petition")],
        ),
        (
            "The firm has refused to honour the agreement.\n",
            [("The firm", "oppose", "the agreement")],
        ),
        # traps: no object ('engage in talks'), the refuser's own thing, a refusal to be named
        ("The council refused to engage in talks.\n", []),
        ("The firm refused to honour its agreement.\n", []),
        ("A spokesman, who declined to be named, said the plan was fine.\n", []),
    ],
)
def test_refusing_an_act(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # voting, or having, no confidence in someone opposes them
        (
            "The council has voted no confidence in the mayor.\n",
            [("The council", "oppose", "the mayor")],
        ),
        (
            "Residents say they have no confidence in the mayor.\n",
            [("Residents", "oppose", "the mayor")],
        ),
        # traps: confidence, given or had, is no stance against anyone
        ("The council passed a vote of confidence in the mayor.\n", []),
        ("The chairman said the board had confidence in the mayor.\n", []),
    ],
)
def test_no_confidence(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a contracted first-person pronoun speaks for the quote's speaker
        (
            "A Wincanton spokesperson said: “We’re disappointed with the outcome of the ballot.”\n",
            [("Wincanton", "oppose", "the ballot")],
        ),
        (
            "A Wincanton spokesperson said: “We’ve rejected the plan.”\n",
            [("Wincanton", "oppose", "the plan")],
        ),
        # trap: a contracted third person is not the speaker
        ("A Wincanton spokesperson said: “They’re opposed to the plan.”\n", []),
    ],
)
def test_contracted_first_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative pronoun is never the actor of the clause it opens
        ("It defied the ruling of the tribunal which affirmed the fine.\n", []),
        # trap: the antecedent before a comma still holds the stance
        (
            "The board, which met on Monday, rejected the offer.\n",
            [("The board", "oppose", "the offer")],
        ),
    ],
)
def test_relative_pronoun_no_actor(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body whose name lists a portfolio after 'of' is one actor, commas and all
        (
            "The Ministry of Education, Science and Technology welcomed the report.\n",
            [("The Ministry of Education, Science and Technology", "support", "the report")],
        ),
        (
            "The Department of Justice, Equality and Law Reform rejected the proposal.\n",
            [("The Department of Justice, Equality and Law Reform", "oppose", "the proposal")],
        ),
        (
            "The Minister of Trade, Commerce, Food Security, and Cooperative Development "
            "rejected the report.\n",
            [
                (
                    "The Minister of Trade, Commerce, Food Security, and Cooperative Development",
                    "oppose",
                    "the report",
                )
            ],
        ),
        # trap: a person set off by commas after the office is the actor, not the office
        (
            "The Minister of Health, Simon Harris, rejected the plan.\n",
            [("Simon Harris", "oppose", "the plan")],
        ),
        # a union's name lists its trades so, its acronym after them or not
        (
            "Meanwhile, the Union of Education, Science and Culture rejected the offer.\n",
            [("the Union of Education, Science and Culture", "oppose", "the offer")],
        ),
        (
            "The Union of Miners, Metal and Energy Workers (UMMEW) rejected the offer.\n",
            [("The Union of Miners, Metal and Energy Workers", "oppose", "the offer")],
        ),
        (
            "The Union of Education, Science and Culture (SBAShK) rejected the offer.\n",
            [("The Union of Education, Science and Culture (SBAShK)", "oppose", "the offer")],
        ),
        # trap: a place after a body's 'of' opens no portfolio ('Council' lists none)
        (
            "The Council of Europe, Germany and France backed the plan.\n",
            [("Germany and France", "support", "the plan")],
        ),
    ],
)
def test_portfolio_body_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words ending in 'and' before a cue are no subject: the cue is a second joined verb
        (
            "The federation will recognise it as a full member and reinstate its voting rights.\n",
            [],
        ),
        # trap: a list of actors joined by 'and' still holds the stance
        (
            "Unite and the GMB rejected the offer.\n",
            [("Unite", "oppose", "the offer"), ("GMB", "oppose", "the offer")],
        ),
        # trap: a subject's two joined verbs keep it
        (
            "The union met the minister and rejected the offer.\n",
            [("The union", "oppose", "the offer")],
        ),
    ],
)
def test_joined_verb_no_subject(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a period between the subject and its verb ends the subject
        (
            "The Guyana Teachers Union over the past year has consistently called for better "
            "salaries for teachers.\n",
            [("The Guyana Teachers Union", "support", "better salaries")],
        ),
        (
            "Teachers in recent weeks have rejected the offer.\n",
            [("Teachers", "oppose", "the offer")],
        ),
        (
            "The union for the last two years has opposed the plan.\n",
            [("The union", "oppose", "the plan")],
        ),
        # trap: a name's capitalised 'Past' is no period
        (
            "Residents of the Past Times estate rejected the plan.\n",
            [("Residents of the Past Times estate", "oppose", "the plan")],
        ),
    ],
)
def test_period_before_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the local X' in a list of bodies names X, one actor of the two
        (
            "The Guyana Football Federation (GFF) and the local Georgetown Football Association "
            "(GFA) have rejected the offer.\n",
            [
                ("Guyana Football Federation (GFF)", "oppose", "the offer"),
                ("Georgetown Football Association (GFA)", "oppose", "the offer"),
            ],
        ),
        (
            "Labour and the national Greens rejected the plan.\n",
            [("Labour", "oppose", "the plan"), ("Greens", "oppose", "the plan")],
        ),
        # trap: a common noun after the modifier stays a group of its own
        (
            "The council and the local residents rejected the plan.\n",
            [("council", "oppose", "the plan"), ("local residents", "oppose", "the plan")],
        ),
    ],
)
def test_listed_body_modifier(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # seeking to be told is no stance, as 'sought clarification' is none
        ("The union sought to clarify the terms of the offer.\n", []),
        ("The council is seeking to understand the proposal.\n", []),
        # trap: seeking to act still supports the act
        (
            "The union sought to buy the plant.\n",
            [("The union", "support", "buy the plant")],
        ),
    ],
)
def test_seeking_an_answer(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body closing its own sites backs the closure
        (
            "Nestlé Purina is shutting down its Mississauga facility.\n",
            [("Nestlé Purina", "support", "its Mississauga facility")],
        ),
        (
            "Goodyear has closed its Malaysian plant.\n",
            [("Goodyear", "support", "its Malaysian plant")],
        ),
        # negated, against the closure
        ("The company will not close its plant.\n", [("The company", "oppose", "its plant")]),
        # traps: a closure noun, a thing closed that is no site, a site not its own
        ("GE blames Congress for the shut down its gas engines plant.\n", []),
        ("Stonegate closed its offer on Friday.\n", []),
        ("Police closed the road.\n", []),
    ],
)
def test_closing_own_sites(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a 'when' clause has a subject of its own
        (
            "Workers will lose their jobs when Huyck Australia closes its Geelong factory.\n",
            [("Huyck Australia", "support", "its Geelong factory")],
        ),
        (
            "The union walked out when the minister rejected the offer.\n",
            [("the minister", "oppose", "the offer")],
        ),
        # trap: a cue before 'when' keeps the main clause's subject
        (
            "The union rejected the offer when it was tabled.\n",
            [("The union", "oppose", "the offer")],
        ),
    ],
)
def test_when_clause_subject(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an offer, its price, then the change it would buy: the bidder backs it
        (
            "Saint-Gobain offered $4.3 billion to take over CSR.\n",
            [("Saint-Gobain", "support", "take over CSR")],
        ),
        (
            "The group plans to acquire the rival chain.\n",
            [("The group", "support", "acquire the rival chain")],
        ),
        # traps: an offer to meet is no change; a noun 'offer' has no price after it
        ("The union offered to meet the minister.\n", []),
        ("The company offered staff a bonus to stay.\n", []),
    ],
)
def test_offer_to_acquire(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time phrase opening the sentence, and 'Also' before it, are no part of the subject
        ("In February the union rejected the offer.\n", [("the union", "oppose", "the offer")]),
        (
            "Also in February French group Saint-Gobain offered $4.3 billion to take over CSR.\n",
            [("French group Saint-Gobain", "support", "take over CSR")],
        ),
        ("Also the union rejected the offer.\n", [("the union", "oppose", "the offer")]),
        # trap: 'in' after a subject places it
        (
            "Teachers in Victoria rejected the offer.\n",
            [("Teachers in Victoria", "oppose", "the offer")],
        ),
    ],
)
def test_opening_time_phrase(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body directing its own people states its stance
        (
            "The union instructed its members to reject the offer.\n",
            [("The union", "oppose", "the offer")],
        ),
        (
            "The GTU issued a memorandum on Tuesday instructing teachers to resume strike "
            "actions from May 9.\n",
            [("The GTU", "support", "strike")],
        ),
        # traps: a court's order to a person is a sentence passed
        ("The judge ordered Black to report to prison.\n", []),
        ("The judge ordered Smith to pay costs.\n", []),
        # a remedy ordered against a party backs the payment
        (
            "The tribunal ordered the employer to pay the labourer.\n",
            [("The tribunal", "support", "pay the labourer")],
        ),
        (
            "The court ordered the council to refund the fees.\n",
            [("The court", "support", "refund the fees")],
        ),
    ],
)
def test_directing_own_members(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people in general hold no stance of their own
        ("People are unable to afford the medication.\n", []),
        ("The people had spoken and did not want a turbine.\n", []),
        ("No one has rejected the plan.\n", []),
        # trap: people named by what they are still do
        ("Local people rejected the plan.\n", [("Local people", "oppose", "the plan")]),
        # both sides at once act jointly: no one side's stance
        ("Both sides rejected the plan.\n", []),
        ("The two sides decided against a strike.\n", []),
        ("The two unions rejected the offer.\n", [("The two unions", "oppose", "the offer")]),
    ],
)
def test_unspecified_people(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # support not received, after 'did not', is opposition from whom it did not come
        (
            "The plan did not receive support from the unions.\n",
            [("unions", "oppose", "The plan")],
        ),
        (
            "The plan will receive support from the unions.\n",
            [("unions", "support", "The plan")],
        ),
        # urging a move away from something opposes it
        (
            "The minister urged the council to move away from austerity.\n",
            [("The minister", "oppose", "austerity")],
        ),
        # trap: urging a move to something still backs it
        (
            "The minister urged the council to return to talks.\n",
            [("The minister", "support", "talks")],
        ),
    ],
)
def test_receiving_and_moving_away(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no reason or justification for something opposes it, as no need for it does
        (
            "Dias said there was no reason for Nestlé to close the facility.\n",
            [("Dias", "oppose", "Nestlé")],
        ),
        (
            "Yaluma said there is no justification for the strike.\n",
            [("Yaluma", "oppose", "the strike")],
        ),
        # trap: no reason to believe something is no verdict on it
        ("Dias said there was no reason to believe the plant would close.\n", []),
    ],
)
def test_no_reason_for(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the workers of X' are the actor, not the company they work for
        (
            "The workers of Namib Mills rejected the offer.\n",
            [("The workers of Namib Mills", "oppose", "the offer")],
        ),
        (
            "The employees of the National Housing Enterprise (NHE) rejected the offer.\n",
            [("The employees of the National Housing Enterprise (NHE)", "oppose", "the offer")],
        ),
        # trap: a company named alone is still the company
        ("Namib Mills rejected the offer.\n", [("Namib Mills", "oppose", "the offer")]),
    ],
)
def test_the_group_of_a_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taking part in, holding or continuing an action against something opposes it
        (
            "Residents took part in a demonstration against the council's plan.\n",
            [("Residents", "oppose", "the council's plan")],
        ),
        (
            "Teachers vowed to continue their strike against the pay offer.\n",
            [("Teachers", "oppose", "the pay offer")],
        ),
        (
            "Activists held a protest against the plan.\n",
            [("Activists", "oppose", "the plan")],
        ),
        # traps: no 'against', no stance (a ballot held, a strike continued)
        ("The union held a strike ballot on Monday.\n", []),
        ("The union will continue the strike talks.\n", []),
    ],
)
def test_partaking_in_an_action_against(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'increment' is a pay rise: a target even after a figure
        (
            "Teachers rejected the 40% increment.\n",
            [("Teachers", "oppose", "the 40% increment")],
        ),
        # trap: the word in another sense is not made a stance
        ("Fees rose in small increments over the year.\n", []),
    ],
)
def test_increment_is_a_target(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective right before 'support' makes it a noun: no one supports anything
        ("Workers face a loss of legal support for court cases.\n", []),
        (
            "It would need opposition MPs to muster the necessary support of 50% plus one votes"
            " for the vote to pass.\n",
            [],
        ),
        # traps: nouns in '-al' and '-ive' still head their actor
        ("The executive rejected the offer.\n", [("The executive", "oppose", "the offer")]),
        ("The tribunal rejected the appeal.\n", [("The tribunal", "oppose", "the appeal")]),
    ],
)
def test_adjective_before_a_noun_cue(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence's opening 'But' is no part of a backer's name
        (
            "But Labour-backed plans were approved.\n",
            [("Labour", "support", "plans")],
        ),
        # trap: a backer named after 'a' still backs
        ("It was a Labour-backed plan.\n", [("Labour", "support", "plan")]),
    ],
)
def test_but_opens_no_backer(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group named in lower case right before the cue in a reported clause holds the
        # stance, with or without an auxiliary ('said members had rejected')
        (
            "Jo Haakuria said workers voted for a strike.\n",
            [("workers", "support", "a strike")],
        ),
        (
            "Kyle Ross said the union members rejected the offer.\n",
            [("the union members", "oppose", "the offer")],
        ),
        # traps: a name or a thing in the reported clause leaves the stance with the speaker
        ("Jo Lee said Labour opposed the bill.\n", [("Jo Lee", "oppose", "the bill")]),
        (
            "Jo Lee said the suspension was against its own rules.\n",
            [("Jo Lee", "oppose", "its own rules")],
        ),
    ],
)
def test_reported_group_subject(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'some carrying placards' is an aside: those before it hold the stance
        (
            "More than 300 union supporters, some carrying placards, staged a protest against"
            " the cuts.\n",
            [("union supporters", "oppose", "the cuts")],
        ),
        # trap: with no subject before it, the phrase is the subject
        (
            "Some carrying placards rejected the plan.\n",
            [("Some carrying placards", "oppose", "the plan")],
        ),
    ],
)
def test_partitive_aside(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # backing the undoing of a thing named by a target noun opposes the thing
        (
            "The union supported scrapping the plan.\n",
            [("The union", "oppose", "the plan")],
        ),
        (
            "The council voted for scrapping the plan.\n",
            [("The council", "oppose", "the plan")],
        ),
        # traps: opposing the undoing keeps it in the target; no undoing, no flip
        (
            "The union opposed scrapping the plan.\n",
            [("The union", "oppose", "scrapping the plan")],
        ),
        ("The union supported the plan.\n", [("The union", "support", "the plan")]),
    ],
)
def test_backing_an_undoing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a strike threatened on a condition is a conditional stance
        (
            "The council has drawn up a plan. The union will go on strike if the government"
            " does not withdraw it.\n",
            [("The union", "conditional", "a plan")],
        ),
        (
            "The council has drawn up a plan. If the government does not withdraw the plan, the"
            " union will go on strike.\n",
            [("the union", "conditional", "the plan")],
        ),
        # traps: no condition, or a condition on no threatened action
        (
            "The union will go on strike over the plan.\n",
            [("The union", "oppose", "the plan")],
        ),
        (
            "The union rejected the plan if it meant job losses.\n",
            [("The union", "oppose", "the plan")],
        ),
    ],
)
def test_threat_on_a_condition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'We can’t accept' in a quote is its speaker's stance, as 'We cannot accept' is
        (
            "“We can’t accept this offer,” Jack Boyle said.\n",
            [("Jack Boyle", "oppose", "this offer")],
        ),
        (
            "“We won’t accept this offer,” Jack Boyle said.\n",
            [("Jack Boyle", "oppose", "this offer")],
        ),
        # trap: a third person's refusal in a quote is not the speaker's
        ("“They can’t accept this offer,” Jack Boyle said.\n", []),
    ],
)
def test_first_person_negated_contraction(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated auxiliary ends the subject, contracted or 'cannot'
        (
            "The union doesn’t accept this offer.\n",
            [("The union", "oppose", "this offer")],
        ),
        (
            "The union cannot accept this offer.\n",
            [("The union", "oppose", "this offer")],
        ),
        # trap: a name ending in 'nt' is no contraction
        ("Jo Grant rejected the offer.\n", [("Jo Grant", "oppose", "the offer")]),
    ],
)
def test_negated_auxiliary_ends_the_subject(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'contracts' is a target as 'contract' is
        (
            "The union rejected new job contracts offered by the airline.\n",
            [("The union", "oppose", "new job contracts")],
        ),
        # trap: a contract a worker holds is no stance
        ("Workers on fixed-term contracts were hired last year.\n", []),
    ],
)
def test_contracts_is_a_target(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # voting to protest is no support for what follows: the protest is the stance
        ("Union members voted to protest new job contracts.\n", []),
        (
            "Union members voted to protest the new job contracts.\n",
            [("Union members", "oppose", "the new job contracts")],
        ),
        # trap: voting to do something else still supports it
        (
            "The council voted to raise fees.\n",
            [("The council", "support", "raise fees")],
        ),
    ],
)
def test_voting_to_protest(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'neither' negates its verb as 'not' does
        (
            "The union said it will neither accept cuts nor a pay freeze.\n",
            [("The union", "oppose", "cuts")],
        ),
        # trap: without it the verb stands
        (
            "The union said it will accept cuts.\n",
            [("The union", "support", "cuts")],
        ),
    ],
)
def test_neither_negates_its_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stance verb naming a job before a post noun is no stance
        (
            "Council workers and school support staff will be asked if they are ready to strike.\n",
            [],
        ),
        (
            "Now social workers, teaching assistants, refuse collectors, caretakers and other "
            "staff will be asked if they are prepared to strike.\n",
            [],
        ),
        # traps: after a verb's lead the word is a verb again, and so with no post noun after it
        (
            "The council said it will support staff affected by the closure.\n",
            [("The council", "support", "the closure")],
        ),
        (
            "The council refused the application.\n",
            [("The council", "oppose", "the application")],
        ),
    ],
)
def test_stance_verb_naming_a_post(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare count or share left by a tally holds no stance
        (
            "Teachers rejected the offer. Four ballots were spoilt and one rejected.\n",
            [("Teachers", "oppose", "the offer")],
        ),
        (
            "More than 40 per cent of members voted to back the deal, but 57 per cent rejected"
            " it.\n",
            [("members", "support", "the deal")],
        ),
        # trap: the counted group named holds its stance
        (
            "Two unions rejected the offer.\n",
            [("Two unions", "oppose", "the offer")],
        ),
    ],
)
def test_count_alone_is_no_actor(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second name of a list has a role in lower case before it: two actors
        (
            "Council President Chris Scanlon and councillor Joseph Golombek opposed the"
            " override.\n",
            [
                ("Chris Scanlon", "oppose", "the override"),
                ("Joseph Golombek", "oppose", "the override"),
            ],
        ),
        # trap: a name and a group are no list of names
        (
            "Chris Scanlon and council staff opposed the override.\n",
            [("Chris Scanlon and council staff", "oppose", "the override")],
        ),
    ],
)
def test_name_list_with_a_role_in_lower_case(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'where' opens a clause before its subject, as 'when' does
        (
            "Bids keep failing in Australia, where investors have rejected offers for Qantas.\n",
            [("investors", "oppose", "offers for Qantas")],
        ),
        # 'therefore' after a subject is no part of it
        (
            "The union therefore rejected the offer.\n",
            [("The union", "oppose", "the offer")],
        ),
        # trap: 'hence' opening a clause names no one
        ("Staff are angry, hence calling on the board to revise its decision.\n", []),
    ],
)
def test_where_and_therefore_are_no_part_of_the_actor(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a call for a titled holder to go opposes them, over a role of up to five words
        (
            "Mona Mina has called on Health Minister Adel al-Adawy to resign.",
            [("Mona Mina", "oppose", "Health Minister Adel al-Adawy")],
        ),
        ("The union called on Jo Lee to step down.", [("The union", "oppose", "Jo Lee")]),
        # trap: a call on members to go ahead with a strike is no call to leave
        ("The union called on its members to go ahead with the strike.", []),
    ],
)
def test_a_call_on_a_titled_holder_to_resign_opposes_them(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call for a rollback opposes what would be rolled back, as one for its withdrawal does
        (
            "The students have been demanding a rollback of the hike.\n",
            [("The students", "oppose", "the hike")],
        ),
        (
            "The union is demanding a roll-back of the fee increase.\n",
            [("The union", "oppose", "the fee increase")],
        ),
    ],
)
def test_call_for_a_rollback_opposes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hope that another ends a thing is against the thing
        (
            "The association hoped that the group would end the strike.\n",
            [("The association", "oppose", "the strike")],
        ),
        # trap: a hope that another joins a thing is no stance against it
        (
            "The union hoped that the members would join the strike.\n",
            [("union", "support", "the strike")],
        ),
        # trap: a hope that a thing itself ends names nothing ended
        ("She hoped that the strike would end soon.\n", []),
    ],
)
def test_hope_that_another_ends_a_thing_opposes_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a strike started with no modal and nothing it is over backs the strike
        ("The union has declared a strike.\n", [("The union", "support", "a strike")]),
        (
            "The union commenced the nationwide strike on 4 November.\n",
            [("The union", "support", "the nationwide strike")],
        ),
        (
            "The association announced its intention to initiate a general strike.\n",
            [("The association", "support", "a general strike")],
        ),
        # one over demands backs the strike, not a stance against the demands
        (
            "Four teacher unions declared an indefinite strike over demands for the allowance.\n",
            [("Four teacher unions", "support", "an indefinite strike")],
        ),
        # one over a grievance opposes the grievance
        (
            "The union declared an indefinite strike over the pay offer.\n",
            [("The union", "oppose", "the pay offer")],
        ),
        # traps: a rule on when a strike may start, a campaign against one
        ("The unions must give notice before launching a strike.\n", []),
        (
            "The group launched a campaign against the strike.\n",
            [("The group", "oppose", "the strike")],
        ),
    ],
)
def test_strike_started(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time between a passive verdict and its agent leaves the agent the actor
        (
            "The plan has been rejected for the second time by the council.\n",
            [("council", "oppose", "The plan")],
        ),
        (
            "The bill was approved on Monday by the Senate.\n",
            [("Senate", "support", "The bill")],
        ),
        # the one rejected is the name before its apposition, not the auxiliary
        (
            "Mr Patu, the nominee for the post, has been rejected for the second time by"
            " Assembly members.\n",
            [("Assembly members", "oppose", "Mr Patu")],
        ),
        # trap: a sanction's term is no time of a verdict ('for 6 months by' names who ordered)
        ("They were ordered suspended for 6 months by the Office of the Ombudsman.\n", []),
    ],
)
def test_passive_agent_after_a_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure with decimals or thousands is a word of the object it sizes
        ("The union rejected the 1.5% levy.\n", [("The union", "oppose", "the 1.5% levy")]),
        (
            "The union rejected the N30,000 minimum wage.\n",
            [("The union", "oppose", "the N30,000 minimum wage")],
        ),
        (
            "The Minority has today rejected the 1.5 E-Levy reduction.\n",
            [("The Minority", "oppose", "the 1.5 E-Levy reduction")],
        ),
        # trap: a comma before a figure still ends the object
        (
            "The board approved the plan, 2,000 jobs will go.\n",
            [("The board", "support", "the plan")],
        ),
    ],
)
def test_object_with_a_figure(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vote for a walkout over nothing named backs the walkout itself
        ("Union members voted to strike.\n", [("Union members", "support", "strike")]),
        ("Teachers voted for industrial action.\n", [("Teachers", "support", "industrial action")]),
        # trap: a walkout over something opposes that
        ("Nurses voted to strike over the pay offer.\n", [("Nurses", "oppose", "the pay offer")]),
    ],
)
def test_a_vote_to_strike_over_nothing_named(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an indefinite apposition without its closing comma describes the name before it: the
        # place it names holds no stance
        (
            "Meanwhile, Mirriam Mbewe, a trader along Lumumba Road has expressed concern over "
            "the delay.\n",
            [("Mirriam Mbewe", "oppose", "the delay")],
        ),
        # traps: the apposition closed by its comma, and no name before the indefinite phrase
        (
            "Meanwhile, Jo Lee, a trader along Lumumba Road, has expressed concern over "
            "the delay.\n",
            [("Jo Lee", "oppose", "the delay")],
        ),
        (
            "In Lusaka, a group of traders from Kamwala Market has rejected the new levy.\n",
            [("traders from Kamwala Market", "oppose", "the new levy")],
        ),
    ],
)
def test_unclosed_apposition_after_a_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # verdicts that a plan cannot be carried out or paid for oppose it
        (
            "The union said the plan was unaffordable.\n",
            [("The union", "oppose", "the plan")],
        ),
        (
            "Governor Sarah Tucker described the request as unrealistic.\n",
            [("Sarah Tucker", "oppose", "the request")],
        ),
        (
            "The council said the proposals were unsustainable.\n",
            [("The council", "oppose", "the proposals")],
        ),
        # trap: a verdict for it
        ("The council said the proposals were realistic.\n", []),
    ],
)
def test_verdicts_of_what_cannot_be_done(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a crisis or a shortage takes no stance
        ("Kuwait’s sports crisis has blocked the country from taking part.\n", []),
        ("The nursing shortage has hit the new rota.\n", []),
        # trap: a group named for a crisis is an actor
        (
            "The crisis group opposed the plan.\n",
            [("The crisis group", "oppose", "the plan")],
        ),
    ],
)
def test_a_crisis_takes_no_stance(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common-noun owner before a named agent: the group named takes the stance
        (
            "The cut was condemned by the authority’s Plaid Cymru group of councillors.\n",
            ("Plaid Cymru group", "oppose", "The cut"),
        ),
        (
            "The plan was criticised by the council's Labour group.\n",
            ("Labour group", "oppose", "The plan"),
        ),
        # trap: no name after the owner, so the owner stays the agent
        (
            "The decision was welcomed by the union's general secretary.\n",
            ("union", "support", "The decision"),
        ),
        # trap: a named owner keeps its possessive as written
        ("The plan was rejected by Unite's members.\n", ("Unite's members", "oppose", "The plan")),
    ],
)
def test_passive_agent_after_a_common_noun_owner(text: str, expected: tuple[str, str, str]) -> None:
    assert positions_of(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand with a bare object backs what it demands
        (
            "The association demanded urgent reforms to the pension scheme.\n",
            [("The association", "support", "urgent reforms to the pension scheme")],
        ),
        (
            "The Minority is demanding responsible spending from government.\n",
            [("The Minority", "support", "responsible spending")],
        ),
        # traps: an adjective, an infinitive, information asked for, a bare thing no act names
        ("The league demanded machines in all constituencies.\n", []),
        ("It is a demanding job for nurses.\n", []),
        ("Nurses work in demanding conditions.\n", []),
        ("The mayor demanded to know why.\n", []),
        ("The union demanded answers from the minister.\n", []),
    ],
)
def test_demand_with_a_bare_object(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call named by its noun for undoing a thing opposes that thing
        (
            "The union renewed its demand for the withdrawal of the bill.\n",
            [("The union", "oppose", "the bill")],
        ),
        (
            "The council repeated its call for complete scrapping of the levy.\n",
            [("The council", "oppose", "the levy")],
        ),
        # trap: a call for something that undoes nothing backs it
        (
            "The union repeated its call for the review of the levy.\n",
            [("The union", "support", "the review")],
        ),
    ],
)
def test_call_noun_for_undoing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group placed by a list of places is the actor, not the list's last place
        (
            "Traders in Kiptere town, Belgut constituency, and Kericho county have taken to the "
            "streets to protest an increase in permit fees.\n",
            [
                (
                    "Traders in Kiptere town, Belgut constituency, and Kericho county",
                    "oppose",
                    "an increase",
                )
            ],
        ),
        (
            "Starting Thursday, workers at three centres in Victoria and one in New South Wales "
            "rejected the offer.\n",
            [
                (
                    "workers at three centres in Victoria and one in New South Wales",
                    "oppose",
                    "the offer",
                )
            ],
        ),
        # traps: a named body in the list is an actor of its own; a relative clause its own
        (
            "Unions in Victoria, and the Premier, Dan Andrews, rejected the offer.\n",
            [("Dan Andrews", "oppose", "the offer")],
        ),
        (
            "Shareholders in Acme, which strongly opposes the merger, will meet on Friday.\n",
            [("Acme", "oppose", "the merger")],
        ),
    ],
)
def test_group_placed_by_a_list_of_places(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a grant refused opposes what would have been granted
        (
            "The employers refused to grant the pay rise.",
            [("The employers", "oppose", "the pay rise")],
        ),
        (  # a permission refused opposes what it was for
            "The council refused to grant permission for the extension.",
            [("The council", "oppose", "the extension")],
        ),
        # trap: a refusal to comment is no stance on what follows
        (
            "The employers refused to comment on the pay rise.",
            [("The employers", "neutral", "the pay rise")],
        ),
    ],
)
def test_a_grant_refused_opposes_what_it_would_give(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(p.actor, p.stance, p.target) for p in extract(text).positions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive's agent named by a plural in -ies, after a possessive, or with three words
        # before its noun
        (
            "The plan was supported by several political parties.\n",
            [("political parties", "support", "The plan")],
        ),
        (
            "The ports agreement was approved by Tanzania's parliament on June 10.\n",
            [("Tanzania's parliament", "support", "The ports agreement")],
        ),
        (
            "The decree was criticized by local opposition party members.\n",
            [("local opposition party members", "oppose", "The decree")],
        ),
        # a restrictive relative as the passive's subject: its antecedent is the target
        (
            "The farmers called a protest over their demand which was supported by the union.\n",
            [("union", "support", "demand")],
        ),
    ],
)
def test_passive_agent_plural_possessed_or_restrictive(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "not_actor"),
    [
        # an office before a person's name is no body of its own: the person is the agent
        ("The bill was rejected by Kenyan president William Ruto.\n", "Kenyan president"),
        ("The bill was rejected by Tanzania's president John Magufuli.\n", "Tanzania's president"),
    ],
)
def test_office_before_a_name_is_no_named_body(text: str, not_actor: str) -> None:
    assert not_actor not in [actor for actor, _, _ in positions_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a request that another end or put off a thing opposes it, as an appeal does
        (
            "Mnangagwa requested the nurses to call off the strike.\n",
            [("Mnangagwa", "oppose", "the strike")],
        ),
        (
            "The Archbishop requested the Government Medical Officers Association to postpone "
            "their strike.\n",
            [("The Archbishop", "oppose", "their strike")],
        ),
        # an addressee named with its acronym is still a body that can act
        (
            "Fadillah Yusof urged Perikatan Nasional (PN) to submit a counterproposal.\n",
            [("Fadillah Yusof", "support", "submit a counterproposal")],
        ),
        # traps: a thing requested is no appeal to act; advice to the public is no stance
        ("The union requested a meeting with the minister.\n", []),
        ("The minister urged drivers (and cyclists) to avoid the area.\n", []),
    ],
)
def test_requests_and_appeals_to_a_body_named_with_its_acronym(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue word with a capital inside a name, after a lower-case word, is no cue
        ("The caravan will then proceed to Welcome Rotonda.\n", []),
        # trap: a capital that opens a sentence is a cue as ever
        (
            "The union met on Monday. Rejecting the offer, the union called a strike.\n",
            [("the union", "oppose", "the offer"), ("the union", "support", "a strike")],
        ),
    ],
)
def test_cue_word_inside_a_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deciding against a thing opposes it, as ruling against it does
        ("The council decided against the plan.\n", [("The council", "oppose", "the plan")]),
        # traps: a decision on a thing takes no side; a bare 'decided' leaves the next
        # sentence's 'against' to its own verb
        ("The council decided on the plan.\n", []),
        (
            "The council met and decided. Residents had protested against the plan.\n",
            [("Residents", "oppose", "the plan")],
        ),
    ],
)
def test_deciding_against(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past form after a determiner names the group ('the unionized workers'), so a share
        # of that group is the group's stance
        (
            "80% of the unionized workers voted against the proposed agreement.\n",
            [("unionized workers", "oppose", "the proposed agreement")],
        ),
        (
            "The affected workers rejected the offer.\n",
            [("The affected workers", "oppose", "the offer")],
        ),
        # trap: a past form after a noun is still the verb ending the subject
        (
            "Unionized workers voted against the proposed agreement.\n",
            [("Unionized workers", "oppose", "the proposed agreement")],
        ),
    ],
)
def test_past_form_after_a_determiner_in_a_subject(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # declining or refusing a permission for a thing opposes the thing
        (
            "The regulator has declined clearance for the proposed merger.\n",
            [("The regulator", "oppose", "the proposed merger")],
        ),
        (
            "The council declined planning permission for the homes.\n",
            [("The council", "oppose", "the homes")],
        ),
        (
            "The ministry refused consent for the mine.\n",
            [("The ministry", "oppose", "the mine")],
        ),
        # a permission granted backs the thing; declining to comment is no stance
        (
            "The regulator granted clearance for the merger.\n",
            [("The regulator", "support", "the merger")],
        ),
        ("The regulator declined comment on the merger.\n", []),
    ],
)
def test_permission_declined_for_a_thing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a choice made to make a change backs the change
        (
            "The board has decided to close the plant.\n",
            [("The board", "support", "close the plant")],
        ),
        (
            "The council resolved to sell the land.\n",
            [("The council", "support", "sell the land")],
        ),
        (
            "The government has announced plans to renegotiate the power deals.\n",
            [("The government", "support", "renegotiate the power deals")],
        ),
        (
            "The board decided to restructure the company.\n",
            [("The board", "support", "restructure the company")],
        ),
        # traps: a choice still open is undecided; 'the decision to' names a thing, no stance
        (
            "The council will decide whether to close the school.\n",
            [("The council", "undecided", "the school")],
        ),
        ("The council opted to open talks with the union.\n", []),
        ("Its plans to reform the service were leaked.\n", []),
    ],
)
def test_decided_to_make_a_change(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share of a counted group, its numbers in words or digits, is the group's stance
        (
            "Eighty-one percent of the 3,300 union members approved the deal.\n",
            [("union members", "support", "the deal")],
        ),
        (
            "81 per cent of the 3,300 workers at the plant rejected the offer.\n",
            [("workers at the plant", "oppose", "the offer")],
        ),
        # trap: a count in words right before its noun stays part of the name
        (
            "Twenty-eight commissioners rejected the offer.\n",
            [("Twenty-eight commissioners", "oppose", "the offer")],
        ),
    ],
)
def test_share_of_a_counted_group(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a case brought is a thing: what it claims is its filer's, it holds no stance itself
        ("The lawsuit claimed the tax rate set by the council was unfair.\n", []),
        ("The petition opposed the closure of the school.\n", []),
        # traps: those who bring it hold the stance; a petition by a named maker speaks for it
        (
            "The petitioners opposed the closure of the school.\n",
            [("The petitioners", "oppose", "the closure of the school")],
        ),
        (
            "A petition by residents opposed the closure of the school.\n",
            [("A petition by residents", "oppose", "the closure of the school")],
        ),
    ],
)
def test_a_case_brought_holds_no_stance(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # calling off, withdrawing or postponing a strike ends it: a stance against the strike
        (
            "The Young Doctors Association (YDA) has called off their strike on Tuesday.\n",
            [("The Young Doctors Association (YDA)", "oppose", "their strike")],
        ),
        (
            "Nurses called off a strike planned for Monday.\n",
            [("Nurses", "oppose", "a strike")],
        ),
        ("The union postponed the strike.\n", [("The union", "oppose", "the strike")]),
        # traps: what is called off or postponed must be a strike
        ("Police called off the search.\n", []),
        ("The council postponed the vote.\n", []),
    ],
)
def test_strike_called_off(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subordinate clause has its own subject, even with an aside before its verb
        (
            "The YDA called the strike after an official committee, comprising three senior "
            "teachers, rejected demands to increase salaries.\n",
            [("The YDA", "support", "the strike"), ("an official committee", "oppose", "increase")],
        ),
        (
            "The union struck in August after the committee, led by Ann Lee, rejected the offer.\n",
            [("the committee", "oppose", "the offer")],
        ),
        # traps: an aside after the subject of the main clause leaves the subject there
        (
            "Jo Lee, the union's leader, rejected the offer.\n",
            [("Jo Lee", "oppose", "the offer")],
        ),
        (
            "The board, comprising three senior teachers, rejected the offer.\n",
            [("The board", "oppose", "the offer")],
        ),
    ],
)
def test_subordinate_clause_subject_over_an_aside(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no one stands against their own demand: a pronoun resolved to its owner is dropped
        (
            "The spokesperson said the department has assured the YDA that it would act. "
            "However, it rejected the YDA’s demand.\n",
            [],
        ),
        # trap: another's demand is a target like any other
        (
            "The department rejected the YDA’s demand.\n",
            [("The department", "oppose", "the YDA’s demand")],
        ),
    ],
)
def test_actor_not_the_owner_of_its_target(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [p for p in positions_of(text) if p[1] == "oppose"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reported clause without 'that' whose subject is a body that votes or sits: the body
        (
            "The union said the General Assembly voted against the proposed change.\n",
            [("the General Assembly", "oppose", "the proposed change")],
        ),
        ("Smith said the council rejected the plan.\n", [("the council", "oppose", "the plan")]),
        # traps: the speaker's own side stays the speaker's; a place is no subject
        ("Smith said the government opposed the plan.\n", [("Smith", "oppose", "the plan")]),
        ("Smith said in the House he opposed the bill.\n", [("Smith", "oppose", "the bill")]),
    ],
)
def test_reported_body_holds_its_own_vote(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # backing the undoing of a decision or a law opposes the decision, the law
        (
            "The council voted in favour of revoking the decision.\n",
            [("The council", "oppose", "the decision")],
        ),
        ("The members backed repealing the law.\n", [("The members", "oppose", "the law")]),
        # trap: backing a review undoes nothing
        (
            "The members backed revising the law.\n",
            [("The members", "support", "revising the law")],
        ),
    ],
)
def test_backing_an_annulment_opposes_what_it_annuls(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


_SPEAKER_NAMED_AGAIN = (
    "The MPs asked Speaker Azhar Azizan Harun. Opposition leader Anwar Ibrahim also sought an "
    "explanation. {who} said that he had rejected the request.\n"
)


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        # 'he' in a clause reported by a person named again by a given name: that person
        ("Azhar", [("Azhar Azizan Harun", "oppose", "the request")]),
        # trap: a word that opens no full name leaves 'he' to the person last named
        ("Police", [("Anwar Ibrahim", "oppose", "the request")]),
    ],
)
def test_he_of_a_reporter_named_by_a_given_name(
    who: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(_SPEAKER_NAMED_AGAIN.format(who=who)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # letting others act backs the act; refusing to let them opposes it
        (
            "The committee decided to allow the club to pay the fine in two instalments.\n",
            [("The committee", "support", "the club to pay the fine in two instalments")],
        ),
        (
            "The council permitted the company to build the plant.\n",
            [("The council", "support", "the company to build the plant")],
        ),
        (
            "The government will not allow Mopani to retrench any miner.\n",
            [("The government", "oppose", "Mopani to retrench any miner")],
        ),
        # traps: what a thing would make possible, a permission received, a counterfactual
        ("The subvention will allow schools to provide services.\n", []),
        ("Members were allowed to vote by post.\n", []),
        ("Talks should have allowed the tour to go ahead.\n", []),
    ],
)
def test_allowing_others_to_act_backs_the_act(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pulling out of or withdrawing from something opposes it
        (
            "The players have threatened to pull out of the series.\n",
            [("The players", "oppose", "the series")],
        ),
        ("The club withdrew from the league.\n", [("The club", "oppose", "the league")]),
        # traps: a race left is no stance on it; a thing pulled from shelves is no actor; a
        # means open to someone is no stance taken
        ("The senator withdrew from the race.\n", []),
        ("The product was pulled from the shelves.\n", []),
        ("Members would be able to withdraw from the scheme.\n", []),
        # so is a right, a chance or a time allowed to act: no act taken
        ("The defendants have the right to appeal the ruling.\n", []),
        ("The senator lost his chance to contest the seat.\n", []),
        ("The firm has three months to challenge the fine.\n", []),
        ("The deadline to appeal the verdict has passed.\n", []),
        (
            "The union sought leave to appeal against the ruling.\n",
            [("The union", "oppose", "the ruling")],
        ),
    ],
)
def test_leaving_something_opposes_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a medium or a bare time between a passive verdict and its agent
        (
            "The broadcast was criticised in a Facebook post by Lim Tean.\n",
            [("Lim Tean", "oppose", "The broadcast")],
        ),
        (
            "The plan was criticised in a post the same night by Lim Tean.\n",
            [("Lim Tean", "oppose", "The plan")],
        ),
        (
            "The appeal was rejected last week by the High Court.\n",
            [("High Court", "oppose", "The appeal")],
        ),
        # traps: a figure in the adjunct is a term or a tally, not the way to the agent
        ("The motion was rejected in a vote by 30 to 10.\n", []),
        ("The ban was suspended for 6 months by the board.\n", []),
    ],
)
def test_passive_agent_after_medium_or_time(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a strike said to be coming, with no grievance after it, backs the strike itself
        (
            "The Finnish Industrial Union will launch a three-day strike on Thursday.\n",
            [("The Finnish Industrial Union", "support", "a three-day strike")],
        ),
        ("The union will go on strike next week.\n", [("The union", "support", "strike")]),
        # traps: one over a grievance opposes the grievance; one on a condition, before or
        # after it, or one threatened, is read as a threat, not as backing the strike
        (
            "The union will launch a strike over pay on Thursday.\n",
            [("The union", "oppose", "pay")],
        ),
        (
            "The nurses will go on strike if the offer is not improved.\n",
            [("The nurses", "conditional", "the offer")],
        ),
        (
            "The council has drawn up a plan. If the government does not withdraw the plan, the"
            " union will go on strike.\n",
            [("the union", "conditional", "the plan")],
        ),
        ("Workers threatened to go on strike.\n", []),
    ],
)
def test_a_strike_said_to_be_coming(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's stance taken through its members: the body is the actor
        (
            "A strike by the RCN, whose members rejected the pay offer, will go ahead.\n",
            [("the RCN", "oppose", "the pay offer")],
        ),
        (
            "Unite, whose members voted against the deal, said talks would continue.\n",
            [("Unite", "oppose", "the deal")],
        ),
    ],
)
def test_a_body_whose_members_take_a_stance(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


def test_a_firm_is_not_the_actor_of_its_workers_stance() -> None:
    """Trap: workers are not the firm they work for."""
    actors = [
        actor
        for actor, _, _ in positions_of(
            "The firm, whose workers rejected the offer, said it would close.\n"
        )
    ]
    assert "The firm" not in actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive apposition after a name describes it: the name holds the stance
        ("Unite, Britain's biggest union, rejected the offer.\n", [("Unite", "oppose")]),
        (
            "Three unions at SNCF, France's state-owned railways, rejected the offer.\n",
            [("Three unions at SNCF", "oppose")],
        ),
        # traps: a place opening the sentence is no name described; a possessive subject
        # with no name before it stays the actor
        (
            "In London, Labour's councillors, however, rejected the plan.\n",
            [("Labour's councillors", "oppose")],
        ),
        ("In Paris, the mayor, however, rejected the plan.\n", [("the mayor", "oppose")]),
        ("Britain's biggest union rejected the offer.\n", [("Britain's biggest union", "oppose")]),
    ],
)
def test_possessive_apposition_after_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert actors_and_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand that something be done backs the act demanded
        (
            "The farmers are demanding that the state buy soybean at a higher price.\n",
            [("The farmers", "support", "the state buy soybean at a higher price")],
        ),
        (
            "The doctor demanded that the officials be dismissed.\n",
            [("The doctor", "support", "the officials be dismissed")],
        ),
        # traps: a noun 'demands that' opens a relative clause; a concession is no stance
        ("The teachers drew up a list of seven demands that condition their return.\n", []),
        ("The union accepted that its plans were flawed.\n", []),
    ],
)
def test_a_demand_that_an_act_be_done_backs_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount demanded backs the rise it names
        (
            "Teachers demanded 20 percent more pay.\n",
            [("Teachers", "support", "20 percent more pay")],
        ),
        # trap: the noun 'demand' before a figure is a measure, no stance
        ("The figures showed demand 20% higher than last year.\n", []),
    ],
)
def test_an_amount_demanded_backs_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "actor", "present"),
    [  # a bill read as 'The first' holds no stance of its own
        (
            "The House rejected two bills. The first, which proposed a rotational presidency,"
            " was backed by Ben Kalu.\n",
            "The first",
            False,
        ),
        # trap: a long name holding 'of' is its actor whole, not the words after 'of'
        (
            "The Congress of South African Trade Unions (COSATU) in Gauteng welcomes the ruling"
            " by the bargaining council.\n",
            "Congress of South African Trade Unions",
            True,
        ),
    ],
)
def test_substitute_subject_and_whole_name_with_of(text: str, actor: str, present: bool) -> None:
    assert (actor in [a for a, _, _ in positions_of(text)]) is present


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'demands' as a present-tense verb before a bare object backs it
        (
            "COSATU demands urgent intervention by the ministry.\n",
            [("COSATU", "support", "urgent intervention")],
        ),
        (
            "The union demands immediate payment of arrears.\n",
            [("The union", "support", "immediate payment")],
        ),
        # traps: the noun 'demands', owned or listing what it holds, backs nothing
        ("The union's demands include restoration of allowances.\n", []),
        ("Their demands include implementation of the deal.\n", []),
        ("Workers pressed various demands including recognition of the union.\n", []),
    ],
)
def test_present_tense_demands_before_a_bare_object(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a date set off by commas after a weekday stays inside its clause
        (
            "The union on Monday, March 3, rejected the offer.\n",
            [("The union", "oppose", "the offer")],
        ),
        (
            "Workers protested on Wednesday, Oct. 24, 2024, against the closure.\n",
            [("Workers", "oppose", "the closure")],
        ),
        # traps: a sentence that opens with its date keeps its subject after it; an aside
        # that is no date still breaks the words before 'against'
        (
            "On Monday, March 3, the union rejected the offer.\n",
            [("the union", "oppose", "the offer")],
        ),
        ("Workers protested on Wednesday, the first day, against the closure.\n", []),
    ],
)
def test_a_date_after_a_weekday_keeps_its_clause(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a plan to begin a strike, with no grievance after it, backs the strike
        (
            "The nurses plan to begin a two-day strike on Aug. 3 at the hospital.\n",
            [("The nurses", "support", "a two-day strike")],
        ),
        # trap: a plan to strike over something opposes that thing
        (
            "The nurses plan to begin a two-day strike over staffing on Monday.\n",
            [("The nurses", "oppose", "staffing")],
        ),
    ],
)
def test_plan_to_begin_a_strike_backs_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'X of A and B' in capitals is one body, not a list of two
        (
            "Members of the Rochester Union of Nurses and Allied Professionals plan to begin a"
            " two-day strike on Monday.\n",
            [("Rochester Union of Nurses and Allied Professionals", "support", "a two-day strike")],
        ),
        # so is 'X of A, B and C', a ministry of three portfolios, as a passive's agent too
        (
            "The tariff was approved by the Ministry of Economy, Industry and Trade.\n",
            [("Ministry of Economy, Industry and Trade", "support", "The tariff")],
        ),
        (
            "The plan was rejected by the Minister for Labour, Housing and Transport.\n",
            [("Minister for Labour, Housing and Transport", "oppose", "The plan")],
        ),
        # trap: 'and the' joins two bodies named in full
        (
            "The Union of Nurses and the Labour Party welcomed the ruling.\n",
            [
                ("Union of Nurses", "support", "the ruling"),
                ("Labour Party", "support", "the ruling"),
            ],
        ),
        # trap: a list of common nouns still splits
        (
            "Teachers and nurses welcomed the ruling.\n",
            [("Teachers", "support", "the ruling"), ("nurses", "support", "the ruling")],
        ),
    ],
)
def test_capitalised_name_with_of_and_is_one_body(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a will negated before the cue's 'to' turns the cue as a negation would
        (
            "Stefan Möller said he did not want to accept the decision.\n",
            [("Stefan Möller", "oppose", "the decision")],
        ),
        (
            "Minister Ana Lee said she does not wish to back the bill.\n",
            [("Ana Lee", "oppose", "the bill")],
        ),
        # trap: a will that is not negated keeps the cue's side
        (
            "The union said it wanted to accept the offer.\n",
            [("The union", "support", "the offer")],
        ),
    ],
)
def test_negated_will_before_a_cue_turns_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a reflexive object ('defended himself') backs no thing
        ("Mayor Julien Merle defended himself and explained that the land was private.\n", []),
        ("The union praised itself for the deal.\n", []),
        # trap: the same verb before a thing backs it
        (
            "The minister defended the plan.\n",
            [("The minister", "support", "the plan")],
        ),
    ],
)
def test_reflexive_object_is_no_target(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # backing an end or a halt opposes what it would end
        (
            "Residents launched a petition to demand an end to the project that threatens the"
            " village.\n",
            [("Residents", "oppose", "the project")],
        ),
        (
            "The union demanded an immediate halt to the closures.\n",
            [("The union", "oppose", "the closures")],
        ),
        # trap: backing the end 'of' a thing is no call to end it
        ("Fans backed the end of the season.\n", [("Fans", "support", "the end")]),
    ],
)
def test_an_end_called_for_opposes_what_it_ends(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [  # a place's adjective is no actor: the group before the place, the body after 'branch of'
        ("Miners in the western Georgian town of Chiatura are demanding higher pay.\n", "Miners"),
        (
            "A court dismissed a lawsuit brought by the Thuringian branch of the far-right"
            " Alternative for Germany against three passages in a report.\n",
            "Alternative for Germany",
        ),
        # traps: a group before a list of places, and one from no place, stay whole
        (
            "Starting Thursday, workers at three centres in Victoria and one in New South Wales"
            " will walk off the job, demanding better pay.\n",
            "workers at three centres in Victoria and one in New South Wales",
        ),
        (
            "Representatives from the trade unions and economic centre associations in Colombo"
            " opposed the plan.\n",
            "Representatives from the trade unions and economic centre associations in Colombo",
        ),
    ],
)
def test_place_adjective_is_not_the_actor(text: str, actor: str) -> None:
    actors = [a for a, _, _ in positions_of(text)]
    assert actor in actors
    assert not {"Georgian", "Thuringian"} & set(actors)


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a petition that asks a body to act backs the act, as an appeal to it does
        (
            "The group petitioned the government to provide nurses with protective equipment.\n",
            [("The group", "support", "provide nurses with protective equipment")],
        ),
        # trap: a petition against a thing opposes it
        (
            "Residents petitioned against the closure of the clinic.\n",
            [("Residents", "oppose", "the closure of the clinic")],
        ),
        # trap: a petition to a body that asks no act of it is no stance
        ("Residents petitioned the council on Monday.\n", []),
    ],
)
def test_petitioning_a_body_to_act_backs_the_act(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a warning of the dangers of a thing is against that thing
        (
            "Employers are already warning of the dangers of a general strike.\n",
            [("Employers", "oppose", "a general strike")],
        ),
        (
            "The chamber warned of the grave perils of the merger.\n",
            [("The chamber", "oppose", "the merger")],
        ),
        # traps: a risk named, or dangers with no thing that brings them, are no stance
        ("The chamber warned of the risk of job losses.\n", []),
        ("The chamber warned of dangers ahead.\n", []),
    ],
)
def test_warning_of_the_dangers_of_a_thing_opposes_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive only supposed or required: its agent takes no stance
        ("The reforms cannot be implemented by a new Government.\n", []),
        ("The plan must be approved by the Council.\n", []),
        # trap: a passive told as done or coming keeps its agent's stance
        ("The plan will be opposed by the union.\n", [("union", "oppose", "The plan")]),
        ("The plan was approved by the council.\n", [("council", "support", "The plan")]),
    ],
)
def test_supposed_passive_agent_holds_no_stance(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle and its 'by' right after a noun describe that noun, not the subject
        (
            "The union is opposed to the reforms proposed by the Government.\n",
            ("Government", "support", "the reforms"),
        ),
        # trap: after a comma the participle is an aside on the clause's subject
        (
            "The plan, approved by the council last week, will cost more.\n",
            ("council", "support", "The plan"),
        ),
    ],
)
def test_reduced_relative_passive_is_about_its_noun(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in positions_of(text)


def test_reduced_relative_participle_lends_the_subject_no_stance() -> None:
    positions = positions_of("The council rejected the plan proposed by the developer.\n")
    assert positions == [("The council", "oppose", "the plan")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised role in apposition describes the name before it: the name holds the stance
        (
            "Dr. Arif Aziz, President of the YDA at Benazir Bhutto Hospital, rejected the plan.\n",
            [("Arif Aziz", "oppose", "the plan")],
        ),
        (
            "Joel Ssenyonyi, Leader of the Opposition, rejected the plan.\n",
            [("Joel Ssenyonyi", "oppose", "the plan")],
        ),
        # trap: a role named with its holder is a list member, not an apposition
        (
            "Joel Ssenyonyi, President Museveni and the unions rejected the plan.\n",
            [("President Museveni and the unions", "oppose", "the plan")],
        ),
    ],
)
def test_capitalised_role_apposition_leaves_the_name_as_actor(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The government refuses to back down on reforms.\n",
            [("The government", "support", "reforms")],
        ),
        (
            "The minister refused to back down over the cuts.\n",
            [("The minister", "support", "the cuts")],
        ),
        # trap: a thing refused outright is opposed, and a bare retreat refused names no ground
        ("The union refused to back the deal.\n", [("The union", "oppose", "the deal")]),
        ("The union refused to back down.\n", []),
    ],
)
def test_refusing_to_back_down_on_a_thing_backs_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The police also demonstrate against poor conditions.\n",
            [("The police", "oppose", "poor conditions")],
        ),
        ("Nurses demonstrated against the pay deal.\n", [("Nurses", "oppose", "the pay deal")]),
        # trap: 'demonstrated' without 'against' shows a thing, no stance
        ("The students demonstrated their skills.\n", []),
    ],
)
def test_demonstrating_against_a_thing_opposes_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MTUC also hoped the government would implement the living wage model.\n",
            [("MTUC", "support", "implement the living wage model")],
        ),
        # trap: a hope for something that is no authority's act is no stance
        ("She hoped the weather would improve.\n", []),
    ],
)
def test_hoping_an_authority_would_act_backs_the_act(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The traders closed their shops to protest the new taxes.\n",
            [("The traders", "oppose", "the new taxes")],
        ),
        (
            "Shop owners shut their shops in protest against the levy.\n",
            [("Shop owners", "oppose", "the levy")],
        ),
        ("Traders have closed down their shops to protest what they call killer taxes.\n", []),
        # trap: a body closing its own sites with no protest backs the closure
        (
            "Acme is shutting down its two factories in Ohio by March.\n",
            [("Acme", "support", "its two factories")],
        ),
    ],
)
def test_shops_closed_in_protest_are_no_backing_of_the_closure(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The movement is demanding to revoke the tariff hike.\n",
            [("The movement", "oppose", "the tariff hike")],
        ),
        (
            "The union demanded the revocation of the bill.\n",
            [("The union", "oppose", "the bill")],
        ),
        (
            "Residents should unite to demand for a withdrawal of the tariff hike.\n",
            [("Residents", "oppose", "the tariff hike")],
        ),
        # traps: a demand to be told or shown something is no call to undo it, and a noun's
        # demands have no subject to hold them
        ("The union demanded to see the figures.\n", []),
        ("Among their grievances are demands for the abolition of the levy.\n", []),
    ],
)
def test_demanding_to_undo_a_thing_opposes_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Discussions are now underway to reject the plan.\n", []),
        (
            "The union said efforts are now underway to reject the plan.\n",
            [("union", "oppose", "the plan")],
        ),
        # trap: people named as the reported clause's subject keep the stance
        (
            "The union said the workers are demanding to revoke the tariff hike.\n",
            [("the workers", "oppose", "the tariff hike")],
        ),
    ],
)
def test_a_process_under_way_holds_no_stance(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a nation's name before those who make a product: the whole group
        (
            "Domestic Costa Rican rice producers are applauding the decision to raise tariffs.\n",
            [("Domestic Costa Rican rice producers", "support", "the decision to raise tariffs")],
        ),
        (
            "British steel makers opposed the bill.\n",
            [("British steel makers", "oppose", "the bill")],
        ),
        # trap: a name alone stays the name
        ("Costa Rica opposed the bill.\n", [("Costa Rica", "oppose", "the bill")]),
    ],
)
def test_makers_after_a_nation_are_the_group(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # an apposition opened by an adverb describes the name before it
        (
            "Reijo Hongisto, also a police officer who is an MP, backed the bill.\n",
            [("Reijo Hongisto", "support", "the bill")],
        ),
        (
            "Jo Lee, himself a former minister, opposed the plan.\n",
            [("Jo Lee", "oppose", "the plan")],
        ),
        # trap: a place before the comma names no actor
        (
            "In London, also a city, the mayor backed the bill.\n",
            [("the mayor", "support", "the bill")],
        ),
    ],
)
def test_apposition_opened_by_an_adverb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The doctors insist that the government implements the agreement.\n",
            [("The doctors", "support", "the agreement")],
        ),
        (
            "The union insisted that the council should reject the plan.\n",
            [("The union", "oppose", "the plan")],
        ),
        # trap: an insisted clause with no stance in it gives the insister none
        ("The union insisted that the talks were over.\n", []),
    ],
)
def test_an_insisted_clause_states_the_insisters_stance(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister has moved to delay the strike by two weeks.\n",
            [("The minister", "oppose", "the strike")],
        ),
        (
            "The minister has sought to delay this strike, too.\n",
            [("The minister", "oppose", "this strike")],
        ),
        # a delay that is no strike's, or caused by one, is no stance on a strike
        ("The storm delayed the vote.\n", []),
        ("The strike caused delays to the flights.\n", []),
    ],
)
def test_delaying_a_strike_opposes_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a list closing a relative clause between a subject and its verb is the clause's
        (
            "Smith, who chairs the finance, audit and housing committees, opposed the plan.\n",
            [("Smith", "oppose", "the plan")],
        ),
        (
            "The mayor, who spoke in Lima, Cusco, Arequipa and Puno, rejected the project.\n",
            [("The mayor", "oppose", "the project")],
        ),
        # trap: a list before the subject, in no relative clause, is left to the subject
        (
            "In Lima, Cusco and Puno, the mayor rejected the project.\n",
            [("the mayor", "oppose", "the project")],
        ),
    ],
)
def test_a_list_ending_a_relative_clause_names_no_actor(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a fronted 'during' or 'amid' phrase is an adverbial, never the actor of 'they'
        ("During a media briefing on Tuesday, they dismissed the measures.\n", []),
        ("Amid the protests, they rejected the plan.\n", []),
        # trap: the subject after the fronted phrase still holds the stance
        (
            "During the meeting, the union rejected the offer.\n",
            [("the union", "oppose", "the offer")],
        ),
    ],
)
def test_a_fronted_time_phrase_is_no_actor(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # urging an addressee not to act opposes the act, as advising them not to does
        (
            "The union urged the government not to raise fuel prices.\n",
            [("The union", "oppose", "raise fuel prices")],
        ),
        (
            "The union urged the government to drop the fuel price rise.\n",
            [("The union", "oppose", "the fuel price rise")],
        ),
        # trap: what a source told someone opens with 'that': no one was urged
        (
            "Jo Lee told reporters that they had decided not to back the initiative.\n",
            [("Jo Lee", "oppose", "the initiative")],
        ),
    ],
)
def test_urging_not_to_act_opposes_the_act(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # reaching, signing or striking an accord backs it
        (
            "Unite signed the deal on Monday.\n",
            [("Unite", "support", "the deal")],
        ),
        (
            "The unions reached an agreement with the ministry late on Thursday.\n",
            [("The unions", "support", "an agreement")],
        ),
        (
            "Hyundai struck a tentative pay deal with its union.\n",
            [("Hyundai", "support", "a tentative pay deal")],
        ),
        # traps: an accord not reached, or a signature on no accord, backs nothing
        ("The two sides failed to reach an agreement.\n", []),
        ("The mayor signed the letter on Monday.\n", []),
    ],
)
def test_reaching_or_signing_an_accord_supports_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tally's counts in words, compounds and sides too, hold no stance
        (
            "The Council met. Twenty-two voted in favour of the motion, twelve against and seven"
            " abstained.\n",
            [],
        ),
        ("The board voted on the plan. Thirty-one voted against the deal and 40 abstained.\n", []),
        # trap: a counted group named holds its stance, however its count is written
        (
            "Twenty-two unions voted against the deal.\n",
            [("Twenty-two unions", "oppose", "the deal")],
        ),
    ],
)
def test_tally_in_words_is_no_actor(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The motion was approved by majority, with 61 votes in favor.\n", []),
        ("The bill was passed by a narrow majority on Tuesday.\n", []),
        ("The bill was rejected by a large majority.\n", []),
        # traps: a body named, or the people a majority is of, hold the stance
        ("The budget was rejected by the Minority.\n", [("Minority", "oppose", "The budget")]),
        (
            "The plan was backed by a majority of residents.\n",
            [("residents", "support", "The plan")],
        ),
    ],
)
def test_a_vote_margin_is_no_passive_agent(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By virtue of their positions, the two should have supported the report.\n", []),
        ("The union ought to have rejected the offer.\n", []),
        # traps: a stance taken, or one urged now, still counts
        ("The board backed the merger.\n", [("The board", "support", "the merger")]),
        ("The board should back the merger.\n", [("The board", "support", "the merger")]),
    ],
)
def test_a_stance_owed_but_not_taken_is_none(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pension and labor reforms were not approved in two sessions.\n", []),
        ("The national strategy was not approved in two sessions.\n", []),
        # traps: a party's name, or a body's common noun, makes the thing its maker's
        (
            "A Labour statement rejected the offer.\n",
            [("A Labour statement", "oppose", "the offer")],
        ),
        ("A union statement rejected the offer.\n", [("A union statement", "oppose", "the offer")]),
    ],
)
def test_a_lower_case_party_word_makes_no_thing_an_actor(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The farmers are demanding that the government withdraw from the Green Deal.\n",
            [("The farmers", "oppose", "the Green Deal")],
        ),
        (
            "The union insisted that the council drop the cuts.\n",
            [("The union", "oppose", "the cuts")],
        ),
        (
            "The protesters are calling on the government to withdraw from the Green Deal.\n",
            [("The protesters", "oppose", "the Green Deal")],
        ),
        # traps: a finite verb makes it a claim, not a call; nor is a bidden act an undoing
        ("The minister insisted that the plan will not end jobs.\n", []),
        (
            "The union demanded that the state buy soybean.\n",
            [("The union", "support", "the state buy soybean")],
        ),
        # a request or proposal that another act backs the act
        (
            "The board requested that the city provide more buses.\n",
            [("The board", "support", "the city provide more buses")],
        ),
        (
            "The party proposed that the tax should be lowered.\n",
            [("The party", "support", "the tax should be lowered")],
        ),
        # trap: 'that' opening a time, not a clause
        ("The fee proposed that year was never charged.\n", []),
    ],
)
def test_a_mandative_clause_bidding_an_undoing_opposes_what_it_undoes(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The opposition refused to take part in the session.\n",
            [("The opposition", "oppose", "the session")],
        ),
        (
            "The union declined to attend the meeting.\n",
            [("The union", "oppose", "the meeting")],
        ),
        # traps: taking part is no stance unrefused; a refusal with no object names none
        ("The opposition took part in the session.\n", []),
        ("The minister declined to attend because of illness.\n", []),
    ],
)
def test_refusing_to_take_part_opposes_the_event(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The doctors' union has issued a 7-day nationwide strike notice.\n",
            [("The doctors' union", "support", "a 7-day nationwide strike")],
        ),
        # trap: a notice over a grievance is a stance on the grievance
        (
            "The union has issued a 14-day strike notice over unpaid allowances.\n",
            [("The union", "oppose", "unpaid allowances")],
        ),
        # trap: a notice that is no strike notice
        ("The council issued a notice to staff.\n", []),
    ],
)
def test_issuing_a_strike_notice_with_no_grievance_backs_the_strike(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry will say on Friday whether it will suspend the levy.\n", []),
        ("The court asked the members whether they support the merger.\n", []),
        # traps: the same acts stated, not asked, are stances
        (
            "The ministry said it will suspend the levy.\n",
            [("The ministry", "oppose", "the levy")],
        ),
        (
            "The members said they support the merger.\n",
            [("The members", "support", "the merger")],
        ),
    ],
)
def test_an_act_asked_after_whether_and_a_pronoun_is_no_stance(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The PNP sought to undermine the scheme.\n", [("The PNP", "oppose", "the scheme")]),
        ("The company sought to weaken the union.\n", [("The company", "oppose", "the union")]),
        # traps: an aim that harms nothing is still sought, and an answer sought is no aim
        (
            "The firm is seeking to buy the plant.\n",
            [("The firm", "support", "buy the plant")],
        ),
        ("The council sought to clarify the situation.\n", []),
    ],
)
def test_seeking_to_harm_a_thing_opposes_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The stock had traded for $8.80 before Great Pacific made its offer.\n",
            [("Great Pacific", "support", "its offer")],
        ),
        (
            "The shares rose before the Senate approved the bill.\n",
            [("the Senate", "support", "the bill")],
        ),
        # traps: 'before' a thing or a time opens no clause of its own
        (
            "The union struck before a lower court approved the deal.\n",
            [("The union", "support", "the deal")],
        ),
        ("The union approved the deal before the vote.\n", [("The union", "support", "the deal")]),
    ],
)
def test_a_clause_opened_by_before_a_name_has_that_name_as_subject(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The party has lashed out against the decision.\n",
            [("The party", "oppose", "the decision")],
        ),
        ("The union hit out against the plan.\n", [("The union", "oppose", "the plan")]),
        ("The state filed an appeal of the ruling.\n", [("The state", "oppose", "the ruling")]),
        # traps: an appeal for help opposes nothing, and a plain 'against' is no attack
        ("The charity filed an appeal for donations.\n", [("The charity", "support", "donations")]),
        ("The union was up against the clock.\n", []),
    ],
)
def test_lashing_out_against_and_an_appeal_of_a_ruling_oppose_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Council pushed back on the mayor's proposed budget increase.\n",
            [("Council", "oppose", "the mayor's proposed budget increase")],
        ),
        ("Residents pushed back on the proposal.\n", [("Residents", "oppose", "the proposal")]),
        # traps: a date pushed back is put off, and 'pushed back on Monday' names no object
        ("The city pushed back the deadline.\n", [("The city", "support", "the deadline")]),
        ("The union pushed back on Monday.\n", []),
    ],
)
def test_pushing_back_on_a_thing_opposes_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Labour once more ignored public opinion and pressed ahead with the closure plans.\n",
            [("Labour", "support", "the closure plans")],
        ),
        ("The board once again rejected the offer.\n", [("The board", "oppose", "the offer")]),
        (
            "Opposition councillors meanwhile rejected the plan.\n",
            [("Opposition councillors", "oppose", "the plan")],
        ),
        # trap: a noun ending in '-ly' before the adverbs stays in the actor
        (
            "The Zuma family once again rejected the offer.\n",
            [("The Zuma family", "oppose", "the offer")],
        ),
    ],
)
def test_adverbs_of_repetition_after_a_subject_are_not_its_name(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The association has refused to grant their request of a 30 % increase.\n",
            [("The association", "oppose", "a 30 % increase")],
        ),
        (
            "The Supreme Court refused to grant leave to proceed with the petitions.\n",
            [("The Supreme Court", "oppose", "leave to proceed")],
        ),
        # traps: a grant of permission refused opposes what it would allow, and a grant made
        # is no refusal
        (
            "The board refused to grant permission for the extension.\n",
            [("The board", "oppose", "the extension")],
        ),
        ("The council granted the request.\n", []),
    ],
)
def test_refusing_to_grant_a_request_opposes_what_is_asked(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council approved the plan with the support of the far-right.\n",
            [("The council", "support", "the plan")],
        ),
        (
            "The unions passed the law with the support of the Greens.\n",
            [
                ("The unions", "support", "the law"),
                ("Greens", "support", "The unions passed the law"),
            ],
        ),
        # trap: a backing named after 'with' is the backer's, never the subject's
        ("The party won the vote with the backing of the far-right.\n", []),
    ],
)
def test_backing_named_after_with_is_no_stance_of_the_subject(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Left-leaning politicians accused centrist lawmakers of backing the law.\n",
            [("Left-leaning politicians", "oppose", "centrist lawmakers")],
        ),
        (
            "The party accused the mayor of supporting the developers.\n",
            [("The party", "oppose", "the mayor")],
        ),
        # trap: a stance of the accuser's own after the charge still counts
        (
            "The union accused the minister and rejected the offer.\n",
            [("The union", "oppose", "the minister"), ("The union", "oppose", "the offer")],
        ),
    ],
)
def test_an_act_someone_is_accused_of_is_no_stance_of_the_accuser(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SV is critical of the decision.\n", [("SV", "oppose", "the decision")]),
        (
            "The Council members were particularly critical of the shortage of beds.\n",
            [("The Council members", "oppose", "the shortage")],
        ),
        # traps: a thing 'critical to' another, or 'critical that' it happen, is needed
        ("It is critical that the government acts now.\n", []),
        ("The funding is critical to the success of the plan.\n", []),
    ],
)
def test_being_critical_of_a_thing_opposes_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SV continues to oppose the plan.\n", [("SV", "oppose", "the plan")]),
        (
            "The party continues to be highly critical of the decision.\n",
            [("The party", "oppose", "the decision")],
        ),
        # trap: a thing that continues to cause harm holds no stance
        ("The strike continues to cause disruption.\n", []),
    ],
)
def test_continues_to_ends_the_subject_of_a_stance(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senior doctors later joined the strike in solidarity with their juniors.\n",
            [("Senior doctors", "support", "the strike")],
        ),
        (
            "About 400 doctors went on strike on Monday. Nurses joined the strike this week.\n",
            [("Nurses", "support", "the strike")],
        ),
        # traps: a strike joined over a grievance, named after it or before it, opposes the
        # grievance
        (
            "Workers went on strike over the cuts. The nurses joined the strike on Monday.\n",
            [("The nurses", "oppose", "the cuts")],
        ),
        ("Three unions joined the strike over pay.\n", [("Three unions", "oppose", "pay")]),
        (
            "The nurses joined the protest against the cuts.\n",
            [("The nurses", "oppose", "the cuts")],
        ),
    ],
)
def test_joining_a_strike_with_no_grievance_backs_the_strike(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union will strike if the offer is not improved.\n",
            [("The union", "conditional", "the offer")],
        ),
        (
            "The unions threaten to go on general strike, unless their claims are met.\n",
            [("The unions", "conditional", "their claims")],
        ),
        (
            "Workers will walk out unless the company raises pay.\n",
            [("Workers", "conditional", "the company raises pay")],
        ),
        # trap: a condition that belongs to another clause leaves the threat plain
        (
            "The union will go on strike over the cuts, even if the talks resume.\n",
            [("The union", "oppose", "the cuts")],
        ),
    ],
)
def test_a_strike_threatened_on_a_condition_right_after_it_is_conditional(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union announced a general strike on April 11.\n",
            [("The union", "support", "a general strike")],
        ),
        (
            "Twelve unions called the three-hour work stoppage.\n",
            [("Twelve unions", "support", "the three-hour work stoppage")],
        ),
        (
            "The federation called a 3-day strike on Monday.\n",
            [("The federation", "support", "a 3-day strike")],
        ),
        # traps: a strike called off, a strike ballot or vote called, a strike announcement
        # put off, name no strike backed
        ("Nurses called off a strike planned for Monday.\n", [("Nurses", "oppose", "a strike")]),
        ("The union called the strike off on Friday.\n", []),
        ("The union called a strike ballot.\n", []),
        (
            "Union bosses held off announcing further strike dates.\n",
            [("Union bosses", "undecided", "announcing further strike")],
        ),
    ],
)
def test_calling_or_announcing_a_strike_backs_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union, which represents nurses, began a sit-in in protest against the cuts.\n",
            [("The union", "oppose", "the cuts")],
        ),
        (
            "Workers, who had not been paid, held a sit-in in protest against the cuts.\n",
            [("Workers", "oppose", "the cuts")],
        ),
        # trap: a thing before the relative clause is no actor, nor is the verb after it
        (
            "The strike, which was called by the union, began on Monday in protest against"
            " extortion.\n",
            [],
        ),
    ],
)
def test_an_irregular_past_after_a_relative_clause_leaves_the_subject_before_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Apparel manufacturers have offered workers a 25 per cent pay increase.\n",
            [("Apparel manufacturers", "support", "a 25 per cent pay increase")],
        ),
        (
            "The government had offered teachers a 4% pay raise.\n",
            [("The government", "support", "a 4% pay")],
        ),
        # a body that changes what it charges or pays backs the change
        (
            "The regulator has increased electricity tariffs by 10 percent.\n",
            [("The regulator", "support", "electricity tariffs")],
        ),
        (
            "The council had raised its water fees.\n",
            [("The council", "support", "its water fees")],
        ),
        (
            "The authorities have set the farm gate price at 900 francs a kilo.\n",
            [("The authorities", "support", "the farm gate price")],
        ),
        # traps: a rise named as a noun, or a change in the passive, is no one's stance
        ("Schools may not exceed a set fee.\n", []),
        ("The increased fees took effect in May.\n", []),
        ("Fees were raised last year.\n", []),
        # what a body promises to give it backs
        (
            "The ministry promised a review of allowances within a month.\n",
            [("The ministry", "support", "a review")],
        ),
        # trap: a thing promised named as a noun is no one's promise here
        ("Nurses are still waiting for their promised allowances.\n", []),
        # a share with decimals, or no article before it
        (
            "The province offered unions a 12.5% increase.\n",
            [("The province", "support", "a 12.5% increase")],
        ),
        (
            "The ministry has offered nurses 3 percent salary increment.\n",
            [("The ministry", "support", "3 percent salary increment")],
        ),
        # traps: an offer as a noun, or a rise one has been offered, is no offer of one's own
        (
            "The union rejected the government's offer of a 15-percent pay rise.\n",
            [("The union", "oppose", "the government's offer of a 15-percent pay rise")],
        ),
        ("The teachers went on strike after having been offered a 4% raise.\n", []),
    ],
)
def test_offering_a_pay_rise_backs_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chairman said he agreed with the Minister's appraisal of the costs.\n",
            [("The chairman", "support", "the Minister's appraisal")],
        ),
        (
            "The trade union does not agree with the ministry's proposal.\n",
            [("The trade union", "oppose", "the ministry's proposal")],
        ),
        # trap: a timetable agreed with the unions is settled with them, no one's stance
        ("The timetable was agreed with the unions last week.\n", []),
    ],
)
def test_agreeing_with_a_thing_supports_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Teachers have staged new protests today demanding a pay rise of 50%.\n",
            [("Teachers", "support", "a pay rise of 50%")],
        ),
        (
            "Workers staged a protest on Monday, calling for higher wages.\n",
            [("Workers", "support", "higher wages")],
        ),
        # trap: a protest staged against a thing still opposes it
        (
            "Workers staged a protest against the closure.\n",
            [("Workers", "oppose", "the closure")],
        ),
    ],
)
def test_a_staged_protest_backs_what_it_demands(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister called on union leaders not to take the teachers to the streets.\n",
            [("The minister", "oppose", "take the teachers to the streets")],
        ),
        (
            "The minister called on union leaders to accept the offer.\n",
            [("The minister", "support", "the offer")],
        ),
        # trap: an appeal to people who lead nothing that acts is advice, no stance
        ("He urged world leaders to visit the region.\n", []),
    ],
)
def test_an_appeal_to_a_bodys_leaders_states_a_stance(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister brushed aside the demands of the nurses.\n",
            [("The minister", "oppose", "the demands")],
        ),
        # trap: brushing a thing aside by hand is no stance
        ("She brushed aside her hair.\n", []),
    ],
)
def test_brushing_aside_a_thing_opposes_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Workers said they would continue their industrial action until wages are paid.\n",
            [("Workers", "conditional", "continue their industrial action")],
        ),
        (
            "The nurses will continue the strike unless the arrears are paid.\n",
            [("The nurses", "conditional", "continue the strike")],
        ),
        # trap: talks (no strike) kept going until a deal is no stance
        ("The nurses will continue the talks until a deal is reached.\n", []),
        # trap: working on until a time is no strike kept up
        ("They continued working until midnight despite the strike.\n", []),
    ],
)
def test_a_strike_continued_until_a_condition_is_conditional(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The unions have been fighting to save the plant.\n",
            [("The unions", "support", "the plant")],
        ),
        (
            "Campaigners have been fighting to keep the hospital open.\n",
            [("Campaigners", "support", "the hospital open")],
        ),
        ("Residents fought to stop the closure.\n", [("Residents", "oppose", "the closure")]),
        ("Campaigners are fighting the closure.\n", [("Campaigners", "oppose", "the closure")]),
        # traps: a fight to keep no thing, or for one's own recovery, is no stance
        ("Campaigners fought to keep warm.\n", []),
        ("He is fighting to recover from his injuries.\n", []),
    ],
)
def test_a_fight_to_keep_a_thing_backs_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue right after a closed quote reports it: the quote's words are no actor
        ("“Everything goes up, except wages,” criticised the former deputy, Ann Ruiz.\n", []),
        ("“We will not accept this!” slammed Jo Lee.\n", []),
        # trap: a quote closed inside the subject's clause leaves the subject the actor
        (
            "The union, which called the offer “an insult,” rejected the plan.\n",
            [("The union", "oppose", "the offer"), ("The union", "oppose", "the plan")],
        ),
    ],
)
def test_a_cue_after_a_closed_quote_takes_no_actor_from_the_quote(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union has temporarily suspended its indefinite strike action.\n",
            [("The union", "conditional", "its indefinite strike action")],
        ),
        (
            "The union announced the conditional suspension of the strike.\n",
            [("The union", "conditional", "the strike")],
        ),
        (
            "The council agreed to conditionally suspend the ongoing action.\n",
            [("The council", "conditional", "the ongoing action")],
        ),
        # traps: a plain suspension ends the strike; a firm's activities are no industrial action
        ("The union suspended its strike.\n", [("The union", "oppose", "its strike")]),
        (
            "The factory has temporarily suspended its activities.\n",
            [("The factory", "oppose", "its activities")],
        ),
    ],
)
def test_a_strike_suspended_for_now_is_conditional(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Amnesty called on the authorities to quash the conviction.\n",
            [("Amnesty", "oppose", "the conviction")],
        ),
        (
            "The union urged the ministry to revoke the licence.\n",
            [("The union", "oppose", "the licence")],
        ),
        # trap: an act the appeal backs stays support
        (
            "The union urged the ministry to approve the licence.\n",
            [("The union", "support", "the licence")],
        ),
    ],
)
def test_an_appeal_to_quash_or_revoke_opposes_what_it_would_undo(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union wants the allowance raised from 40 to 70 per cent.\n",
            [("The union", "support", "the allowance raised")],
        ),
        (
            "The nurses want the bonuses owed to staff to be paid before the holiday.\n",
            [("The nurses", "support", "the bonuses owed")],
        ),
        # traps: a thing wanted with no change done to it, or talks wanted, is no stance
        ("The residents wanted the matter settled.\n", []),
        ("The union wants the talks to continue.\n", []),
    ],
)
def test_a_thing_wanted_changed_backs_the_change(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Workers at the plant had to vote for the restructuring plan.\n", []),
        ("Parliament has to approve the new loan.\n", []),
        (
            "The ruling party may not be able to obtain the majority needed to pass the bill.\n",
            [],
        ),
        # traps: the act itself, and a need the speaker states, are stances
        (
            "Workers at the plant voted for the restructuring plan.\n",
            [("Workers at the plant", "support", "the restructuring plan")],
        ),
        ("The union said it needs to reject the offer.\n", [("The union", "oppose", "the offer")]),
    ],
)
def test_a_duty_or_a_requirement_is_no_stance(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister announced the pay offer. The union said it's not enough.\n",
            [("The union", "oppose", "the pay offer")],
        ),
        (
            "The board approved the merger. Jo Lee said it's necessary.\n",
            [("The board", "support", "the merger"), ("Jo Lee", "support", "the merger")],
        ),
        # trap: a possessive 's before a verdict word is no copula
        ("Taxi firm Vinasun sued, saying Grab’s illegal activities cost it dearly.\n", []),
    ],
)
def test_a_verdict_after_a_contracted_copula(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jo Lee said the cuts would be unnecessary.\n",
            [("Jo Lee", "oppose", "the cuts")],
        ),
        (
            "Jo Lee said the closure would be irresponsible.\n",
            [("Jo Lee", "oppose", "the closure")],
        ),
        # traps: a verdict negated, a modal 'be' before no verdict, and a need foreseen are no
        # stance
        ("Jo Lee said the cuts would not be unnecessary.\n", []),
        ("Jo Lee said the closure would be announced soon.\n", []),
        ("Jo Lee said further action will be necessary.\n", []),
    ],
)
def test_a_verdict_after_a_modal_copula(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dockers' union will stage a strike on Monday.\n",
            [("The dockers' union", "support", "a strike")],
        ),
        (
            "The union will stage a strike over the pay cuts.\n",
            [("The union", "oppose", "the pay cuts")],
        ),
        # traps: an act failed or not open to the actor takes no stance on its object
        ("The council failed to approve the budget.\n", []),
        ("The board was unable to approve the merger.\n", []),
    ],
)
def test_strikes_backed_and_acts_not_done(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The airlines plan to appeal the ruling.\n", [("The airlines", "oppose", "the ruling")]),
        # traps: a duty laid before a cue's own 'to', and a stance named as a noun, hold none
        ("The airlines have to appeal the ruling within 30 days.\n", []),
        (
            "Officials said the rejection was prompted by a letter expressing their opposition"
            " to the nominee.\n",
            [],
        ),
    ],
)
def test_duties_before_to_and_stances_named_as_nouns(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a need pressed or stated backs the thing needed
        (
            "The mayor stressed the urgent need for new water pipes.\n",
            [("The mayor", "support", "new water pipes")],
        ),
        (
            "The bishops underscored the need to raise rural wages.\n",
            [("The bishops", "support", "raise rural wages")],
        ),
        (
            "The councillor said there was need for a new clinic.\n",
            [("The councillor", "support", "a new clinic")],
        ),
        # trap: a need with no one pressing it takes no side
        ("There is a need for more nurses.\n", []),
    ],
)
def test_a_need_pressed_backs_the_thing_needed(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'to demand' a bare object, and a demand for what is one's own, back the thing
        (
            "Nurses marched for a week to demand wage parity.\n",
            [("Nurses", "support", "wage parity")],
        ),
        (
            "Miners blocked the road on Friday, demanding their overtime pay.\n",
            [("Miners", "support", "their overtime pay")],
        ),
        # trap: 'demanding' as an adjective takes no side
        ("The nurses have a demanding job.\n", []),
    ],
)
def test_demands_after_to_and_for_what_is_owed(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # asking an authority to act backs the act, as urging it does
        (
            "The farmers asked the ministry to raise the cane price.\n",
            [("The farmers", "support", "raise the cane price")],
        ),
        # an act urged that dismisses or rejects a thing opposes the thing
        (
            "The lawyer urged the tribunal to dismiss the appeal.\n",
            [("The lawyer", "oppose", "the appeal")],
        ),
        # asking for a thing to be done is a call for it, addressed to no one
        (
            "The lawyer asked for the seals to be removed.\n",
            [("The lawyer", "support", "the seals")],
        ),
        # trap: pupils asked to act are no authority
        ("The teacher asked the pupils to sit down.\n", []),
    ],
)
def test_asking_an_authority_to_act(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a complaint about a thing opposes it
        (
            "Residents have complained about the frequent power cuts.\n",
            [("Residents", "oppose", "the frequent power cuts")],
        ),
        (
            "The bus owners complained over the new toll charges.\n",
            [("The bus owners", "oppose", "the new toll charges")],
        ),
    ],
)
def test_a_complaint_opposes_its_object(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act demanded with 'to' backs the act
        (
            "The cleaners demanded to be paid on time.\n",
            [("The cleaners", "support", "paid on time")],
        ),
        (
            "The farmers are demanding to sell their maize abroad.\n",
            [("The farmers", "support", "sell their maize abroad")],
        ),
        # trap: an answer demanded is no act
        ("The senator demanded to know why the clinic was closed.\n", []),
    ],
)
def test_an_act_demanded_with_to(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing wanted done backs the change, its participle ending the clause or after
        # 'to be'
        (
            "The nurses want their allowances restored.\n",
            [("The nurses", "support", "their allowances restored")],
        ),
        (
            "The farmers want the levy to be reduced gradually.\n",
            [("The farmers", "support", "the levy")],
        ),
    ],
)
def test_a_thing_wanted_done(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing not ruled out is a choice kept open
        (
            "The minister has not ruled out a tax increase.\n",
            [("The minister", "undecided", "a tax increase")],
        ),
        # trap: a strike not ruled out is a threat, with no grievance named here no stance
        ("The unions have not ruled out strike action.\n", []),
    ],
)
def test_a_thing_not_ruled_out_is_undecided(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The union will accept the wage freeze in return for job guarantees.\n",
        "The union will accept the wage freeze in exchange for job guarantees.\n",
    ],
)
def test_a_stance_taken_in_return_for_something_is_conditional(text: str) -> None:
    assert positions_of(text) == [("The union", "conditional", "the wage freeze")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change offered backs it, its price named or not
        (
            "The investment fund offered to buy the hotel chain.\n",
            [("The investment fund", "support", "buy the hotel chain")],
        ),
        (
            "The government has offered to freeze bus fares.\n",
            [("The government", "support", "freeze bus fares")],
        ),
        # an offer named as a noun is the object of the stance on it, no change backed
        (
            "The miners rejected an offer to raise wages.\n",
            [("The miners", "oppose", "an offer to raise wages")],
        ),
    ],
)
def test_a_change_offered(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past that may be an adjective ('held', 'led') is a verb before its object, and the
        # subject ends before it
        (
            "The nurses held a rally to protest against the hospital closure.\n",
            [("The nurses", "oppose", "the hospital closure")],
        ),
        (
            "The miners led a march to protest against the closure.\n",
            [("The miners", "oppose", "the closure")],
        ),
    ],
)
def test_a_subject_before_a_past_that_may_be_an_adjective(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # going on with a thing, or carrying it out, is a change chosen that backs it
        (
            "The nurses decided to continue their sit-in.\n",
            [("The nurses", "support", "continue their sit-in")],
        ),
        (
            "The ministry promised to implement the new pay scale.\n",
            [("The ministry", "support", "the new pay")],
        ),
        # trap: going on until a thing happens names nothing gone on with
        ("The drivers vowed to continue until the fares are cut.\n", []),
    ],
)
def test_going_on_with_or_carrying_out_a_thing(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a doubt cast on a thing named opposes it
        (
            "The opposition questioned the legality of the new levy.\n",
            [("The opposition", "oppose", "the legality")],
        ),
        (
            "The union disputed the figures published by the ministry.\n",
            [("The union", "oppose", "the figures published")],
        ),
        # trap: asking why is a question, no stance
        ("The senator questioned why the clinic was closed.\n", []),
    ],
)
def test_a_doubt_cast_on_a_thing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plea in court: guilty accepts the charge, not guilty contests it
        (
            "The driver pleaded guilty to the charge of reckless driving.\n",
            [("The driver", "support", "the charge")],
        ),
        (
            "The two officers pleaded not guilty to the bribery charges.\n",
            [("The two officers", "oppose", "the bribery charges")],
        ),
        # trap: a plea made to someone is an appeal, not a plea in court
        ("The mayor pleaded with residents to stay calm.\n", []),
    ],
)
def test_pleas_in_court(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change chosen or intended backs the change, an adverb of manner between
        (
            "The board decided to temporarily suspend the service.\n",
            [("The board", "support", "suspend the service")],
        ),
        (
            "The president plans to nationalise the railways.\n",
            [("The president", "support", "nationalise the railways")],
        ),
        (
            "The ministry intends to recruit 500 new teachers.\n",
            [("The ministry", "support", "recruit 500 new teachers")],
        ),
        # any act chosen is backed; a chosen act that is a cue of its own reads itself
        (
            "The committee decided to grant the club more time.\n",
            [("The committee", "support", "grant the club more time")],
        ),
        (
            "The nurses resolved to go back to work on Monday.\n",
            [("The nurses", "support", "go back to work on Monday")],
        ),
        ("The union decided to reject the offer.\n", [("The union", "oppose", "the offer")]),
        # trap: a plan named by its owner's noun is no stance of the one who names it
        ("The report said the plans to recruit 500 teachers were late.\n", []),
    ],
)
def test_changes_intended_with_a_manner(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of sides over its commas: a body named in one word opens it
        (
            "Labour, the Greens and the Liberals voted against the bill.\n",
            [
                ("Labour", "oppose", "the bill"),
                ("Greens", "oppose", "the bill"),
                ("Liberals", "oppose", "the bill"),
            ],
        ),
        # bodies named in full beside a group named by a common noun, each a side
        (
            "The Green Party and independent councillors rejected the plan.\n",
            [
                ("Green Party", "oppose", "the plan"),
                ("independent councillors", "oppose", "the plan"),
            ],
        ),
        # traps: an adverb opening the sentence is no side, nor a body's own members
        (
            "Moreover, the Greens and the Liberals voted against the bill.\n",
            [("Greens", "oppose", "the bill"), ("Liberals", "oppose", "the bill")],
        ),
        (
            "The Teachers Union and its members rejected the offer.\n",
            [("The Teachers Union and its members", "oppose", "the offer")],
        ),
    ],
)
def test_sides_of_a_list_over_its_commas(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert positions_of(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Measures", True),  # a common noun capitalised as its sentence opens
        ("Measures in the budget", True),
        ("the debt", True),
        ("Proposals", True),
        ("The Measures Committee", False),  # a body named for a thing
        ("the union", False),
    ],
)
def test_is_thing(name: str, expected: bool) -> None:
    assert stances.is_thing(name) is expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # 'back' as the particle of another verb backs nothing
        ("The airline said it would pay back the loans by June.\n", "The airline"),
        ("The workers hope to win back their jobs.\n", "The workers"),
        # a cue word that is a word of a body's name
        ("The National Campaign for Fair Fees met on Monday.\n", "The National"),
        # a debt is no actor
        ("The debt came to light, prompting donors to cut off financial support.\n", "The debt"),
    ],
)
def test_no_position_from(text: str, absent: str) -> None:
    assert all(actor != absent for actor, _, _ in positions_of(text))


def test_back_as_verb_still_backs() -> None:
    assert ("The board", "support", "the merger") in positions_of(
        "The board will back the merger.\n"
    )
