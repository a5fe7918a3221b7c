"""Figure anchors (analyze/facts_anchor.py, `group_sentences(anchors=True)`): a pair of sentences of different
articles under the bar that shares a specific figure is lifted to the bar, on fictional stories."""

from newsweave.analyze.fact_similarity import LexicalSimilarity
from newsweave.analyze.facts import facts_from_groups, group_sentences
from newsweave.analyze.facts_anchor import anchors, share_anchor
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article

FERRY = ("The Lowmarsh ferry board said the harbour crossing will stop running by Oct. 14, citing the cost of fuel. "
         "Gulls nested on the chapel roof every spring.",
         "Skippers were told the board has chosen to hold to its October 14 cut-off for the service across the bay. "
         "A brass band played at the autumn fair.")


def _docs(*texts):
    seg = RuleSegmenter()
    return tuple(seg.split(Article(id=f"a{k}", outlet=f"Outlet {k}", text=t)) for k, t in enumerate(texts))


def _outlets(texts, **kw):
    docs = _docs(*texts)
    fg = group_sentences(docs, similarity=LexicalSimilarity(), threshold=0.2, **kw)
    return sorted(len(f.article_ids) for f in facts_from_groups(docs, fg)), fg


def test_days_written_two_ways_are_one_anchor_and_names_are_not_figures():
    assert anchors("stop running by Oct. 14, citing fuel")[0] == anchors("its October 14 cut-off")[0] == {("day", 10, 14)}
    assert anchors("the council split 7-2 on the plan")[0] == {("tally", 7, 2)}
    assert anchors("marchers recalled the Oct. 14 riot")[0] == set()  # a date naming an event
    assert anchors("a Covid-19 booth at the fair")[1] == []  # glued to a word: a name
    assert anchors("fans of 30 Rock queued")[1] == []  # a capitalised unit word: a title
    assert [q.surface for q in anchors("the fund ran out of its $350 million")[1]] == ["$350 million"]


def test_agreeing_and_disagreeing_figures():
    assert share_anchor(anchors("the fund ran out of its $350 million"), anchors("a $349 million cap was reached"))
    assert not share_anchor(anchors("the fund ran out of its $350 million"), anchors("a $500 million cap was reached"))
    assert not share_anchor(anchors("it closes by Oct. 14"), anchors("it closes by Oct. 21"))


def test_the_shared_day_joins_two_outlets_only_with_anchors():
    _, fg = _outlets(FERRY)
    i, j = 0, next(k for k, d in enumerate(fg.doc_of) if d == 1)
    assert 0.1 <= fg.sims[i, j] < 0.2  # under the bar, above half of it: the band the lift reads
    without, _ = _outlets(FERRY, anchors=False)
    with_, _ = _outlets(FERRY, anchors=True)
    assert max(without) == 1
    assert max(with_) == 2


def test_a_long_article_story_is_left_alone():
    filler = " ".join(f"The {w} stall at the fair sold {k} kinds of jam." for k, w in enumerate(
        ("north", "south", "east", "west", "red", "blue", "green", "gold", "grey"), start=3))
    long_ferry = (FERRY[0] + " " + filler, FERRY[1] + " " + filler.replace("stall", "tent"))
    with_, _ = _outlets(long_ferry, anchors=True)
    without, _ = _outlets(long_ferry, anchors=False)
    assert with_ == without
