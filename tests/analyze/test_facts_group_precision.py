"""The benchmark's group precision (issue 12: of the groupings shown shared/partial, how many are
right), on hand-made gold rows: no dev data needed."""

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location("acf", Path(__file__).resolve().parents[2] / "benchmarks" / "analysis_conflicts_facts.py")
acf = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(acf)

# Three documents; sentence spans are character offsets (no text needed to score). Doc 2 tells the
# event only in passing, inside its sentence about the manhunt.
GOLD = [
    {"doc": 0, "start": 0, "end": 50, "outlets": [0, 1, 2], "status": "shared"},   # the event
    {"doc": 1, "start": 0, "end": 40, "outlets": [0, 1, 2], "status": "shared"},   # the event
    {"doc": 2, "start": 0, "end": 60, "outlets": [1, 2], "status": "partial"},      # the manhunt, naming the event in passing
    {"doc": 1, "start": 50, "end": 80, "outlets": [1, 2], "status": "partial"},     # the manhunt
    {"doc": 0, "start": 60, "end": 90, "outlets": [0], "status": "unique"},         # a reaction only doc 0 reports
]
# The same, but doc 2 also tells the event in a sentence of its own: its manhunt sentence is then
# another claim, not the event stated in passing.
GOLD_OWN = GOLD + [{"doc": 2, "start": 100, "end": 160, "outlets": [0, 1, 2], "status": "shared"}]


def fact(status, *spans):
    return {"status": status, "cites": [{"doc": d, "start": a, "end": b} for d, a, b in spans]}


def test_same_claim_with_the_gold_status_is_right_with_status():
    assert acf.group_kind(fact("shared", (0, 0, 50), (1, 0, 40), (2, 100, 160)), GOLD_OWN) == "right+status"
    assert acf.group_kind(fact("partial", (1, 50, 80), (2, 0, 60)), GOLD) == "right+status"


def test_same_claim_with_a_short_status_is_right_only():
    assert acf.group_kind(fact("partial", (0, 0, 50), (1, 0, 40)), GOLD) == "right"


def test_a_sentence_stating_the_claim_in_passing_is_one_sided():
    assert acf.group_kind(fact("shared", (0, 0, 50), (1, 0, 40), (2, 0, 60)), GOLD) == "one-sided"


def test_a_sentence_whose_document_states_the_claim_elsewhere_is_another_claim():
    assert acf.group_kind(fact("shared", (0, 0, 50), (1, 0, 40), (2, 0, 60)), GOLD_OWN) == "wrong"


def test_different_claims_are_wrong_even_beside_a_right_pair():
    assert acf.group_kind(fact("shared", (0, 60, 90), (1, 0, 40), (2, 100, 160)), GOLD_OWN) == "wrong"


def test_unique_facts_are_not_groupings_and_single_document_ones_cannot_be_judged():
    assert acf.group_kind(fact("unique", (0, 0, 50)), GOLD) is None
    assert acf.group_kind(fact("partial", (0, 0, 50), (0, 60, 90), (1, 200, 230)), GOLD) == "unjudged"


def test_score_facts_counts_the_groupings():
    rows = [{"cluster": "c1", "sentences": GOLD_OWN}]
    results = {"c1": {"facts": [fact("shared", (0, 0, 50), (1, 0, 40), (2, 100, 160)), fact("partial", (0, 60, 90), (2, 0, 60))]}}
    out = acf.score_facts(results, rows)
    assert out["groups"] == {"right+status": 1, "wrong": 1}
    # status accuracy beside it: the reaction is over-grouped, doc 1's manhunt under-grouped
    assert (out["right"], out["total"]) == (4, 6)
