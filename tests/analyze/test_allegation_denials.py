"""An accusation in one article against the accused's rejection of it in another (`allegation_denials`).
Fictional text."""

from __future__ import annotations

import pytest

from newsweave.analyze.allegation_denials import allegation_conflicts
from newsweave.analyze.framing import framing_conflicts

from .conftest import fictional_docs as _docs


def test_hit_back_at_allegations_by_the_accuser(nlp):
    docs = _docs("Radio host Mirela Quast said on Monday that the Varland Signals Bureau is watching her phone calls.",
                 "The Varland Signals Bureau has hit back at allegations by Mirela Quast that it is watching her, saying it follows foreign threats only.")
    (c,) = allegation_conflicts(docs, nlp=nlp)
    assert c.kind == "claim"
    assert [s.value for s in c.sides] == ["says it happened (watching)", "rejects it (hit allegations that ... watching)"]
    assert [s.article_ids for s in c.sides] == [(docs[0].article.id,), (docs[1].article.id,)]


def test_rejected_claims_with_a_shared_object(nlp):
    docs = _docs("The Ostmark ministry bugged the offices of Dara Vell last spring, the Brellham Post reported.",
                 "The Ostmark ministry on Friday rejected claims that it had bugged the offices of Dara Vell.")
    (c,) = allegation_conflicts(docs, nlp=nlp)
    assert c.sides[0].value == "says it happened (bugged)"
    assert c.sides[1].value == "rejects it (rejected claims that ... bugged)"


def test_denied_reports_about_a_named_plant(nlp):
    docs = _docs("The Ostmark plant leaked waste into the Brell river for a week, residents said.",
                 "Harbour officials denied reports that the Ostmark plant leaked waste into the river.")
    (c,) = allegation_conflicts(docs, nlp=nlp)
    assert c.sides[1].value == "rejects it (denied reports that ... leaked)"


def test_framing_conflicts_returns_them(nlp):
    docs = _docs("The Ostmark ministry bugged the offices of Dara Vell last spring, the Brellham Post reported.",
                 "The Ostmark ministry on Friday rejected claims that it had bugged the offices of Dara Vell.")
    assert any(c.about.startswith("accusation vs its rejection") for c in framing_conflicts(docs, (), nlp=nlp))


@pytest.mark.parametrize("a, b", [
    # the rejection is not made: a negated rejecting verb
    ("The Ostmark ministry bugged the offices of Dara Vell, the Post reported.", "The Ostmark ministry did not deny claims that it had bugged the offices of Dara Vell."),
    # a forecast rejected, not an act
    ("The Ostmark ministry will close the harbour office of Dara Vell, the Post reported.", "The Ostmark ministry rejected reports that it would close the harbour office of Dara Vell."),
    # another actor: the claim is about the police, the rejection by the ministry
    ("Brellham police bugged the offices of Dara Vell, the Post reported.", "The Ostmark ministry rejected claims that it had bugged the offices of Dara Vell."),
    # both articles reject it
    ("The Ostmark ministry again denied claims that it had bugged the offices of Dara Vell.", "The Ostmark ministry rejected claims that it had bugged the offices of Dara Vell."),
    # a relative clause, not a content clause: the reports the ministry filed
    ("The Ostmark ministry filed the harbour reports of Dara Vell on time.", "Dara Vell rejected the reports that the Ostmark ministry filed."),
    # a question
    ("The Ostmark ministry bugged the offices of Dara Vell, the Post reported.", "Did the Ostmark ministry deny claims that it had bugged the offices of Dara Vell?"),
])
def test_look_alikes_are_silent(nlp, a, b):
    assert allegation_conflicts(_docs(a, b), nlp=nlp) == []


def test_a_rejected_purpose_does_not_meet_the_act_alone(nlp):
    docs = _docs("The harbour board fired Lian Dorsey on Tuesday, the Brellham Post reported.",
                 "The harbour board rejected claims that it fired Lian Dorsey to stop the inquiry into the buoys.")
    assert allegation_conflicts(docs, nlp=nlp) == []
    docs = _docs("The harbour board fired Lian Dorsey to stop the inquiry, the Brellham Post reported.",
                 "The harbour board rejected claims that it fired Lian Dorsey to stop the inquiry into the buoys.")
    assert len(allegation_conflicts(docs, nlp=nlp)) == 1
