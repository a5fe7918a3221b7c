"""Vote tallies and durations compared only with their own kind, on fictional text written here."""

from newsweave.analyze.conflicts import tally_and_duration_conflicts, value_conflicts
from newsweave.analyze.quantities import quantities
from newsweave.analyze.tally_conflicts import duration_conflicts, tallies, tally_conflicts

from .conftest import fictional_docs as _docs


# ------------------------------------------------------------------ tallies

def test_tally_is_read_with_its_body_and_verb():
    (t,) = tallies("The Brellham Senate approved the harbour levy bill on an 81-3 vote last week.")
    assert t.counts == (81, 3) and t.body == ("senate", "brellham") and t.actions == {"pass"}
    (t,) = tallies("The levy bill passed the Senate by a vote of 77 to 9 in May.")
    assert t.counts == (77, 9) and t.body == ("senate", "")
    (t,) = tallies("The Harbour Committee voted 12-10 to confirm Ms Oakes as warden.")
    assert t.body == ("committee", "harbour") and t.actions == {"confirm"}


def test_not_tallies():
    assert tallies("The Brellham Rovers beat the Harbour Kings 24-17 on Sunday.") == []  # a score: no body, no vote
    assert tallies("The levy bill passed in a 301-88 vote.") == []  # no body named in the sentence
    assert tallies("The Senate voted 51-49 to advance the levy bill.") == []  # a procedural vote
    assert tallies("The House passed the bill 301-88 and the Senate passed it 81-3.") == []  # two votes in one sentence
    assert tallies("The White House said the levy would pass 60-40.") == []


def test_tallies_never_become_quantities():
    assert quantities("The Senate approved the levy bill on an 81-3 vote.") == []


def test_two_tallies_of_one_vote_conflict():
    docs = _docs(
        "The House on Friday passed the Brellham harbour levy bill. The Senate last month approved the levy bill on an 81-3 vote.",
        "The harbour levy bill cleared the House on Friday. It passed the Senate 78-6 in February and now goes to the governor.",
    )
    (c,) = tally_conflicts(docs)
    assert c.kind == "number" and "senate" in c.about
    assert {c.sides[0].value, c.sides[1].value} == {"81-3", "78-6"}
    assert {c.sides[0].article_ids[0], c.sides[1].article_ids[0]} == {docs[0].article.id, docs[1].article.id}
    assert tally_and_duration_conflicts(docs, nlp=None) == [c]
    assert c in value_conflicts(docs, nlp=None)


def test_same_tally_or_other_body_or_other_verb_is_no_conflict():
    same = _docs("The Senate approved the levy bill on an 81-3 vote.", "The levy bill passed the Senate 81 to 3.")
    assert tally_conflicts(same) == []
    bodies = _docs("The Senate approved the levy bill on an 81-3 vote.", "The House passed the levy bill 301-88 on Friday.")
    assert tally_conflicts(bodies) == []
    states = _docs("The Brellham Senate approved the levy bill 21-9.", "The Ostmark Senate approved a levy bill 19-11.")
    assert tally_conflicts(states) == []
    verbs = _docs("The Senate confirmed Ms Oakes as harbour warden 60-38.", "The Senate rejected the levy bill 41-57 on Monday.")
    assert tally_conflicts(verbs) == []


def test_an_article_with_two_tallies_for_one_vote_is_left_out():
    docs = _docs(
        "The Senate approved the levy bill on an 81-3 vote.",
        "The Senate passed the levy bill 78-6 in February. In March the Senate passed the ferry bill 55-40.",
    )
    assert tally_conflicts(docs) == []


# ------------------------------------------------------------------ durations

def test_durations_of_one_activity_conflict(nlp):
    docs = _docs(
        "Marta Quillon was so determined to see the comet that she waited six hours on the pier, a reporter noted.",
        "Quillon brought a folding chair and even waited on the pier to see the comet for nine hours.",
    )
    (c,) = duration_conflicts(docs, nlp=nlp)
    assert c.kind == "duration" and "wait" in c.about
    assert {c.sides[0].value, c.sides[1].value} == {"six hours", "nine hours"}


def test_durations_that_agree_or_differ_in_activity_or_agent_are_no_conflict(nlp):
    hedged = _docs("Marta Quillon waited more than six hours on the pier.", "Quillon waited seven hours on the pier.")
    assert duration_conflicts(hedged, nlp=nlp) == []
    converted = _docs("Marta Quillon waited 120 minutes on the pier.", "Quillon waited two hours on the pier.")
    assert duration_conflicts(converted, nlp=nlp) == []
    agents = _docs("Marta Quillon waited six hours on the pier.", "Her brother Tomas Brandt waited nine hours at the gate.")
    assert duration_conflicts(agents, nlp=nlp) == []
    verbs = _docs("Marta Quillon waited six hours on the pier.", "Quillon sailed for nine hours before dawn.")
    assert duration_conflicts(verbs, nlp=nlp) == []
    prospects = _docs("The harbour inquiry lasted six days.", "The harbour inquiry could last nine days.")
    assert duration_conflicts(prospects, nlp=nlp) == []
    assert duration_conflicts(hedged, nlp=None) == []


def test_durations_are_not_quantities():
    assert quantities("Marta Quillon waited six hours on the pier.") == []


def test_hedged_durations_are_loose_by_one_unit(nlp):
    docs = _docs("The ferry was delayed for about four minutes while crews checked the ramp.",
                 "The ferry was delayed for about five minutes while crews checked the ramp.")
    assert duration_conflicts(docs, nlp=nlp) == []
    exact = _docs("The ferry was delayed for four minutes while crews checked the ramp.",
                  "The ferry was delayed for nine minutes while crews checked the ramp.")
    (c,) = duration_conflicts(exact, nlp=nlp)
    assert {s.value for s in c.sides} == {"four minutes", "nine minutes"}


def test_unambiguous_bodies_in_lower_case():
    (t,) = tallies("The ferry bill cleared the republican-controlled state senate on a 33-29 vote.")
    assert t.body == ("senate", "state") and t.counts == (33, 29)
    assert tallies("He sold the house 3-2 to his cousin after a vote of the family.") == []


def test_a_lower_case_house_beside_the_body_makes_the_sentence_ambiguous():
    # Lower-cased text (as some feeds give it): the tally may be the house's, not the senate's.
    assert tallies("A day after the state senate voted to repeal the levy, the house voted 56-33 to do the same.") == []
    assert tallies("A day after the state senate voted to repeal the levy, the ferry-mad house voted 56-33 to do the same.") == []


def test_a_sentence_without_a_body_takes_the_previous_sentences():
    (t,) = tallies("The final vote was 30-19.", "The Brellham Senate took up the levy bill on Monday.")
    assert t.body == ("senate", "brellham") and t.counts == (30, 19)
    assert tallies("The final vote was 30-19.", "The Senate and the House took up the levy bill.") == []  # two bodies
    assert tallies("The final vote was 30-19.", "The Senate passed the ferry bill 55-40.") == []  # a tally of its own
    # An unclear body in the sentence itself blocks the carry ("a court order" is no body).
    assert tallies("The 3-0 decision by the harbour appeals court stands.", "He defied a court order on Monday.") == []


def test_carried_bodies_make_a_conflict():
    docs = _docs(
        "The Brellham Senate took up the levy bill on Monday. The final vote was 30-19.",
        "Brellham senators debated the levy for a day. The Brellham Senate voted 29-20 on the levy bill late on Monday.",
    )
    (c,) = tally_conflicts(docs)
    assert {s.value for s in c.sides} == {"30-19", "29-20"}


def test_a_body_the_bill_goes_to_is_not_the_one_that_voted():
    assert tallies("The 219-197 vote was symbolic, as the levy bill is headed for certain defeat in the Senate.") == []
    assert tallies("The levy bill passed 220-211 and now goes to the Senate.") == []
    (t,) = tallies("The levy bill passed 81-18 in the Senate on Monday.")
    assert t.body == ("senate", "")
    assert tallies("An hour in, the Senate vote was still held open at 48-50.") == []  # a running count
