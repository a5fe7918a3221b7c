"""An act stated as done in one article and as still pending in another (`pending_conflicts`). Fictional text."""

from __future__ import annotations

import datetime as dt

import pytest

from newsweave.analyze.framing import framing_conflicts
from newsweave.analyze.pending_conflicts import pending_conflicts

from .conftest import fictional_docs as _docs


def _dated(*pairs):
    """Segmented articles from (text, published date or None) pairs."""
    from newsweave.text.segment import RuleSegmenter
    from newsweave.types import Article, content_id

    seg = RuleSegmenter()
    return tuple(seg.split(Article(id=content_id(t), outlet=f"Outlet {i}", text=t, published=d)) for i, (t, d) in enumerate(pairs))


DONE = "Mayor Oskar Brandt has appointed Ilse Varga as the new harbour chief, officials in Kellmoor said."
PENDING = "Mayor Oskar Brandt's expected appointment of Ilse Varga as harbour chief has drawn criticism from the dock unions."


def test_done_against_expected_noun(nlp):
    docs = _docs(DONE, PENDING)
    (c,) = pending_conflicts(docs, nlp=nlp)
    assert c.kind == "claim"
    assert c.about == "done vs pending: appointed Ilse Varga"
    assert [s.value for s in c.sides] == ["done (appointed)", "pending (expected appointment)"]
    assert [s.article_ids for s in c.sides] == [(docs[0].article.id,), (docs[1].article.id,)]


def test_done_against_plans_to(nlp):
    docs = _docs("The Kellmoor council plans to close the Marlow Pier to visitors next spring.",
                 "The Kellmoor council has closed the Marlow Pier to visitors for repairs.")
    (c,) = pending_conflicts(docs, nlp=nlp)
    assert [s.value for s in c.sides] == ["done (closed)", "pending (plans ... close)"]


def test_about_names_only_the_shared_object(nlp):
    docs = _docs("Mayor Oskar Brandt has appointed Ilse Varga and Tomas Berg to the harbour board.",
                 "Mayor Oskar Brandt's expected appointment of Ilse Varga to the harbour board angered the unions.")
    (c,) = pending_conflicts(docs, nlp=nlp)
    assert c.about == "done vs pending: appointed Ilse Varga"


def test_passive_done_against_expected_to_be(nlp):
    docs = _docs("Ilse Varga is expected to be appointed harbour chief by the Kellmoor council.",
                 "Ilse Varga has been appointed harbour chief by the Kellmoor council.")
    (c,) = pending_conflicts(docs, nlp=nlp)
    assert c.sides[0].value == "done (appointed)"


def test_framing_conflicts_returns_it(nlp):
    docs = _docs(DONE, PENDING)
    assert [c.about for c in framing_conflicts(docs, (), nlp=nlp) if c.about.startswith("done vs pending")] == ["done vs pending: appointed Ilse Varga"]


def test_a_later_done_article_is_a_development(nlp):
    # a planned vote, held by the time of a later article: a development, not a conflict
    pending = ("The Kellmoor council's planned vote on the Hollis Bill is set for Thursday.", dt.date(2024, 3, 4))
    done = ("The Kellmoor council has voted on the Hollis Bill, passing it by a wide margin.", dt.date(2024, 3, 8))
    assert pending_conflicts(_dated(pending, done), nlp=nlp) == []
    # the same pending article published after the done one says the vote is still to come: a conflict
    later = (pending[0], dt.date(2024, 3, 9))
    (c,) = pending_conflicts(_dated(later, done), nlp=nlp)
    assert c.sides[0].value == "done (voted)"


def test_undated_needs_the_present_perfect(nlp):
    pending = ("Pel Oranto is expected to be released from Vessing prison on Tuesday.", None)
    assert pending_conflicts(_dated(pending, ("Pel Oranto was released from Vessing prison on Monday.", None)), nlp=nlp) == []
    assert len(pending_conflicts(_dated(pending, ("Pel Oranto has been released from Vessing prison.", None)), nlp=nlp)) == 1


@pytest.mark.parametrize("a, b", [
    # another person appointed
    (DONE.replace("Ilse Varga", "Tomas Berg"), PENDING),
    # another appointer
    (DONE, PENDING.replace("Mayor Oskar Brandt's", "Governor Lena Hobb's")),
    # negated, modal, conditional, denied
    (DONE.replace("has appointed", "has not appointed"), PENDING),
    ("Mayor Oskar Brandt would have appointed Ilse Varga as harbour chief.", PENDING),
    ("If Mayor Oskar Brandt has appointed Ilse Varga as harbour chief, the unions will strike.", PENDING),
    ("Aides denied that Mayor Oskar Brandt had appointed Ilse Varga as harbour chief.", PENDING),
    # a pending act told in the past ("was expected to"): what was pending then
    (DONE, "Mayor Oskar Brandt was expected to appoint Ilse Varga as harbour chief."),
    # the pending article itself also tells it done: a development inside one article
    (DONE, PENDING + " On Friday the mayor appointed Ilse Varga after all."),
    # different years
    ("Mayor Oskar Brandt has appointed Ilse Varga to the board in 2019.", "Mayor Oskar Brandt's expected appointment of Ilse Varga to the board in 2024 was criticised."),
    # no named object
    ("The Kellmoor council has voted on the budget.", "The council's planned vote on the budget is set for Thursday."),
    # a plan as a programme ("a plan to protect renters"), not an intention
    ("The Torva scheme has protected Kellmoor renters for two years.", "A city plan to protect Kellmoor renters costs 40 million crowns."),
    # a people's name is no named object
    ("The levy has protected Kellmoorans from eviction.", "The expected protection of Kellmoorans from eviction was welcomed."),
    # a question
    (DONE, "Is Mayor Oskar Brandt's expected appointment of Ilse Varga wise?"),
])
def test_lookalikes_not_reported(nlp, a, b):
    assert pending_conflicts(_docs(a, b), nlp=nlp) == []


def test_one_article_is_no_conflict(nlp):
    assert pending_conflicts(_docs(DONE + " " + PENDING), nlp=nlp) == []


def test_without_parser_nothing(nlp):
    assert pending_conflicts(_docs(DONE, PENDING), nlp=None) == []
