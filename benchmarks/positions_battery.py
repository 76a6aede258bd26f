"""How many positions the rules extractor reads right in short news passages, by construction.

Run by hand: `.venv/bin/python benchmarks/positions_battery.py [-v]`. `positions_battery.jsonl`
holds passages written for this, never taken from the dev set, each with the positions gold would
hold (actor, aliases, stance; the target for information), written before the extractor ran on them:
urging someone to act, votes (numbers, 'both voted'), relative clauses with the actor after the
target ('a move the board has rejected'), stances as states ('is united against'), calls and
demands, commitments ('will continue to work towards'), rulings, 'cannot afford', judgements in
reported clauses, welcomes and condemnations, refusals, passives, negation, conditions, reported
stances, other acts, and passages that hold no stance; then (a second round, 66 passages) vote lists
('Voting against it were Justices A, B and C', 'with X voting against'), joined actors, stances
received from someone ('opposition from', 'the backing of'), groups named after 'called', rulings
that undo ('junked', 'annulled'), negated verdicts ('should never have been passed', 'did not go far
enough'), wants and demands, appositions, and the noun 'support' that is no stance; then (a third
round, 64 passages) joining an action for a demand, demands, acts that block, warnings with a
condition, feelings and verdicts, rulings in the passive, asking for a remedy, directives, praise,
'vital that', labour action, 'must', failed and carried motions, group lists and traps (a place
inside a phrase, 'despite', 'says X'), and 8 more where a construction had fewer than 4 (remedy,
'must', group lists, 'renewed the motion'); then (a fourth round, 62 passages) legal acts ('filed a
petition against', 'appealed by', 'affirmed', 'sentenced ... after finding him guilty'), acts that
carry out or back a measure ('implemented', 'Two board members backed', 'despite the court
suspending'), pending and neutral acts ('has not commented', 'is yet to decide', 'could challenge'),
threats of labour action, protest acts ('walked out, protesting', 'jeered'), recommendations,
purpose ('the ban is meant to'), and wrong actors ('perpetually', 'The case against', 'Violators
will be fined'); labour passages follow the dev set's gold (workers who strike over X oppose X).
Positions pair as `factx eval` pairs them (actor names the gold actor or an alias as whole words,
same stance): per construction, right is paired, wrong is found and unpaired, missed is expected and
unpaired; a passage is right when it has neither.

`positions_battery_b.jsonl` (52 passages, the same method): verdicts of a named side ('called the
curfew outrageous', 'said the funding was welcome'), seeing a thing as something ('viewed the
handout as an election gimmick'), feelings about an outcome ('are really pleased with the ruling'),
conditions and aims in quotes ('ready to strike if necessary', 'our aim is to reach a deal'),
groups and crowds ('Shopkeepers told the council to scrap', 'not shared by most of the 200
parents'), a measure's purpose ('is meant to keep teenagers safe'), judgements argued ('argued that
the law is balanced'), and traps that hold no stance: what a rule does ('Violators will face
fines, X said'), asking for an explanation, and the accused's acts in an account of an offence.

`positions_battery_c.jsonl` (25 passages, the same method): groups told to act ('Fishermen told
the ministry to scrap', 'told the board to butt out'), crowds and public opinion ('a groundswell
of public opinion opposing', 'Some suggested a voluntary ban'), conditions and aims in quotes,
'the company' named before, lowercase agents after 'by' ('appealed by the state attorney
general'), acts against ('went against the recommendation', 'voted to continue with its earlier
decision to reject', 'to force the company to pay'), and raising prices (a body that sets them
backs the rise; 'Inflation increased the cost of food' is no stance).

`positions_battery_d.jsonl` (68 passages, the same method): acts and actors. Directives told in
the passive whose giver is named before ('The firm has also been directed to stop'), rulings that
find fault in an act ('breached the law by accepting'), acts on someone's behalf, opening
participle clauses ('Considering the judgment unlawful, the Attorney General'), passive and
relative-clause agents ('rejected by the speaker', 'which was given the go-ahead by'), names that
back in a compound ('a Beijing-backed package'), votes counted in full ('defeated by 30 votes to
28'), ', providing' conditions, 'voting with', first person in quotes, acts named as nouns with
their owner ("the province's decision to cancel"), stands taken, awaited decisions, motions that
claim a verdict, tolerance, backing objectors' concerns, and traps: a sentence adverb or an order
as the actor, a choice of acts ('to approve or deny'), a question ('whether to'), a plan 'if
approved', court orders to pay (no stance in the dev set's gold).

`positions_battery_e.jsonl` (65 passages, the same method): verdicts, feelings, criticism and
praise, conditions and groups: blame and praise in quotes ('savage cuts are hurting children',
'must be applauded for'), advocating a remedy ('could be solved by', 'made the subsidy
essential'), verdicts in the passive with their agent ('derided as "a cash grab" by'),
conditions ('depending on', 'subject to', 'on condition that'), the speaker's own judgement ('I
can't see any grounds on which we could refuse'), crowds ('spoke against', 'Their concerns were
echoed by'), doubt ('it was not clear ... would bring value for money'), acting against advice,
and traps that hold no stance (hardship described, the purpose of keeping going).

`positions_battery_f.jsonl` (47 passages, the same method): what the rounds before left. Acts on
someone's behalf ('lodged an appeal on the widow's behalf': the one who acts backs the one
represented), plans told with 'if approved' (no stance), doubt in a reported clause around a
relative clause that names another's act, faults found ('erred in admitting the evidence'), bodies
in lower case that back in a compound ('a board-backed plan'), ', providing' before a bare present,
motions that argue or call for, a vote that also grants permission (one position), remedies with
the speaker in between ('The only solution, X said, is to'), 'subject to', 'no objection to',
feelings aired 'with' or 'at', objections backed by another, passive agents that are offices
('judged suitable by the planning inspector'), and names after a common noun ('the consumer group
Choice').
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from factx.evaluate import SCORERS, pair
from factx.pipeline import extract_text
from factx.rules.extractor import RulesExtractor

#: Every battery file: `positions_battery.jsonl` and the rounds written after it, each its own file.
BATTERIES = sorted(Path(__file__).parent.glob("positions_battery*.jsonl"))


def main(verbose: bool) -> None:
    extractor = RulesExtractor()
    cases = [
        json.loads(line)
        for battery in BATTERIES
        for line in battery.read_text(encoding="utf-8").splitlines()
    ]
    counts: dict[str, Counter[str]] = {}
    passages = 0
    for case in cases:
        result = extract_text(case["text"] + "\n", extractor)
        found: list[dict[str, Any]] = [p.model_dump() for p in result.positions]
        gold = [
            {**p, "actor_aliases": p.get("aliases", []), "evidence": ""} for p in case["positions"]
        ]
        right = len(pair(found, gold, SCORERS["positions"]))
        count = counts.setdefault(case["construction"], Counter())
        count.update(passages=1, right=right, wrong=len(found) - right, missed=len(gold) - right)
        if right == len(found) == len(gold):
            passages += 1
            count.update(good=1)
        elif verbose:
            got = [(p["actor"], p["stance"], p["target"]) for p in found]
            want = [(p["actor"], p["stance"], p["target"]) for p in gold]
            print(f"WRONG {case['text']!r}\n  want {want}\n  got  {got}")
    total = sum(counts.values(), Counter())
    print(f"{passages} of {len(cases)} passages right")
    print(f"  {'construction':12} passages right wrong missed")
    for construction, count in [*counts.items(), ("all", total)]:
        print(
            f"  {construction:12} {count['good']:3} / {count['passages']:<3}"
            f"{count['right']:5} {count['wrong']:5} {count['missed']:6}"
        )


if __name__ == "__main__":
    main("-v" in sys.argv)
