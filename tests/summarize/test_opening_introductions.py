"""The opening of a summary moves after the sentence that names what its description points back at
(issue 13, session 21): "The oven, built in 1911 ..." leans on its article's earlier "its oldest
oven"; when another chosen sentence names the oven, that one opens and the description follows it.
The lead pick (the news the summary opens on) keeps its place. Fictional text, written for these
tests."""

from __future__ import annotations

from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.summarize.introductions import introductions_first
from newsweave.text.segment import segment
from newsweave.types import Article

BAKERY = (
    "A bakery in Dunmore sold its oldest oven to a craft museum on Friday. "
    "The oven, built in 1911 by the town's first baker, will go on show next spring."
)
MUSEUM = (
    "The Tollbridge Museum of Crafts bought a wood-fired oven from a Dunmore bakery for 4,000 pounds. "
    "Curators plan to bake bread in it for visitors on open days."
)
HARBOUR = "Harbour officials reopened the north pier on Saturday after repairs to its railings."


def _cluster(*texts):
    articles = [Article(id=f"a{k}", outlet=f"o{k}", text=t) for k, t in enumerate(texts)]
    cf, _ = ExtractiveSummarizer(claim_embedder=False).rank([segment(a) for a in articles])
    row = {s.text: i for i, s in enumerate(cf.sentences)}
    return cf, row


def test_an_opening_whose_description_a_later_sentence_names_moves_after_it():
    cf, row = _cluster(BAKERY, MUSEUM)
    cf.lead_pool = frozenset()
    the_oven = row["The oven, built in 1911 by the town's first baker, will go on show next spring."]
    bought = row["The Tollbridge Museum of Crafts bought a wood-fired oven from a Dunmore bakery for 4,000 pounds."]
    curators = row["Curators plan to bake bread in it for visitors on open days."]
    order = introductions_first(cf, [the_oven, bought, curators])
    assert sorted(order) == sorted([the_oven, bought, curators])  # nothing added or dropped
    assert order[0] == bought, [cf.sentences[i].text for i in order]
    assert order.index(bought) < order.index(the_oven)


def test_an_opening_stays_when_no_later_sentence_names_what_it_points_at():
    cf, row = _cluster(BAKERY, HARBOUR, MUSEUM)
    cf.lead_pool = frozenset()
    the_oven = row["The oven, built in 1911 by the town's first baker, will go on show next spring."]
    pier = row[HARBOUR]
    curators = row["Curators plan to bake bread in it for visitors on open days."]
    order = introductions_first(cf, [the_oven, pier, curators])
    assert order[0] == the_oven


def test_the_lead_pick_keeps_the_opening_for_a_description():
    cf, row = _cluster(BAKERY, MUSEUM)
    the_oven = row["The oven, built in 1911 by the town's first baker, will go on show next spring."]
    bought = row["The Tollbridge Museum of Crafts bought a wood-fired oven from a Dunmore bakery for 4,000 pounds."]
    curators = row["Curators plan to bake bread in it for visitors on open days."]
    cf.lead_pool = frozenset({the_oven})
    assert introductions_first(cf, [the_oven, bought, curators])[0] == the_oven
