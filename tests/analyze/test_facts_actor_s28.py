"""Session 28 (brief F3, issue 12): a topic line that names no one does not join (or count for) a fact the other
outlets tell as one named person's claim; a member that names the person, says "she", reports words or shares the
fact's other names stays. Fictional text."""

from __future__ import annotations

from newsweave.analyze.facts import facts_from_groups, group_sentences
from newsweave.text.segment import segment
from newsweave.types import Article

TOPIC_LEAD = ("Negotiations over the harbour bridge budget dominated Monday as time runs short for the city "
              "council and the opposition to settle the bridge budget. The council and the opposition have "
              "traded budget proposals for weeks.")
SAID = ("Transport Minister Alma Verhoeven said Monday the ministry will press for a deal on the harbour bridge budget but "
        "the committee will vote on the bridge plan on Thursday whatever the opposition does. Verhoeven spoke to a "
        "morning radio programme.")
CRITICISED = ("Transport Minister Alma Verhoeven on Monday criticised the opposition's stance in the harbour bridge budget "
              "talks as puzzling, warning that the bridge plan will move ahead without a deal. The committee meets on Thursday.")


def fictional_docs(*texts):
    """Segmented fictional articles, one outlet each, no publication date."""
    return tuple(segment(Article(id=f"a{i}", outlet=f"Outlet {i}", text=t)) for i, t in enumerate(texts))


def _lead_fact(facts):
    """The fact that holds the first outlet's lead (the largest, if several do)."""
    return max((f for f in facts if any(c.article_id == "a0" and c.start == 0 for c in f.citations)), key=lambda f: len(f.article_ids))


def test_a_topic_lead_does_not_count_for_a_named_ministers_statement():
    docs = fictional_docs(TOPIC_LEAD, SAID, CRITICISED)
    fg = group_sentences(docs)
    facts = facts_from_groups(docs, fg)
    lead = _lead_fact(facts)
    assert lead.text.startswith("Negotiations over") and lead.status == "unique" and lead.article_ids == (docs[0].article.id,)
    minister = next(f for f in facts if "Verhoeven" in f.text and len(f.article_ids) > 1)
    assert minister.status == "partial"
    assert set(minister.article_ids) == {docs[1].article.id, docs[2].article.id}
    # only the shown facts change: the two-pass groups the timeline reads keep the lead
    assert any(len({fg.doc_of[x] for x in g}) == 3 for g in fg.groups)


def test_the_rule_can_be_turned_off():
    docs = fictional_docs(TOPIC_LEAD, SAID, CRITICISED)
    facts = facts_from_groups(docs, group_sentences(docs, actor=False))
    assert _lead_fact(facts).status == "shared" and len(_lead_fact(facts).article_ids) == 3


def _names(actors=(), names=(), person=False, capitals=()):
    return (set(actors), set(names), person, set(capitals))


def test_topic_members_by_hand():
    from newsweave.analyze.facts_actor import topic_members

    doc_of = [0, 1, 2]
    said = _names({"verhoeven"}, {"alma verhoeven", "harbour board"}, True, {"alma", "verhoeven", "harbour", "board"})
    lead = _names((), {"city council"}, False, {"city", "council"})
    assert topic_members([[0, 1, 2]], doc_of, {0: lead, 1: said, 2: said}) == {0: {0}}
    # it names the person (a word the recognizer did not take for a person), says "she" or reports words: it stays
    assert topic_members([[0, 1, 2]], doc_of, {0: _names((), (), False, {"verhoeven"}), 1: said, 2: said}) == {}
    assert topic_members([[0, 1, 2]], doc_of, {0: _names(person=True), 1: said, 2: said}) == {}
    # it shares a name every other outlet gives (not the topic line's own): it stays
    assert topic_members([[0, 1, 2]], doc_of, {0: _names((), {"harbour board"}), 1: said, 2: said}) == {}
    # the others name two different people, or only one other outlet tells it: nothing leaves
    other = _names({"mbeki"}, {"tomas mbeki"}, True, {"tomas", "mbeki"})
    assert topic_members([[0, 1, 2]], doc_of, {0: lead, 1: said, 2: other}) == {}
    assert topic_members([[0, 1]], [0, 1], {0: lead, 1: said}) == {}
    # the person is only named, not the actor (no clause's subject): nothing leaves
    named = _names((), {"alma verhoeven"}, True, {"alma", "verhoeven"})
    assert topic_members([[0, 1, 2]], doc_of, {0: lead, 1: named, 2: named}) == {}
