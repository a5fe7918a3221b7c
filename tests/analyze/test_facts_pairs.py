"""The learned same-claim pair judgment (analyze/facts_pairs.py) and how the fact grouping uses it
(a veto and a lift on top of the similarity, analyze/facts.py), on small fictional stories."""

import numpy as np
import pytest

from newsweave.analyze.facts import facts_from_groups, group_sentences
from newsweave.analyze.facts_pairs import PAIR_FEATURES, PairJudge, load_pair_judge, main_clause, names_of, pair_features, story_inputs
from newsweave.embed.hashing import HashingEmbedder
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article

STORY = (
    "The Lowmarsh ferry board voted on Tuesday to close the north pier for repairs. Tickets for the summer season went on sale at the harbour office.",
    "Lowmarsh's ferry board decided on Tuesday that the north pier will close for repairs. The harbour office said summer tickets would cost more this year.",
)


def _docs(*texts):
    seg = RuleSegmenter()
    return tuple(seg.split(Article(id=f"a{k}", outlet=f"Outlet {k}", text=t)) for k, t in enumerate(texts))


class _Lexical:
    """A similarity object shaped like the static one (`matrix` and `_embed`), with hashed vectors,
    so the tests need no model files."""

    name = "static"

    def __init__(self):
        self._embedder = HashingEmbedder()

    def _embed(self, texts):
        return self._embedder.embed(texts)

    def matrix(self, sentences):
        from newsweave.analyze.fact_similarity import LexicalSimilarity

        return LexicalSimilarity().matrix(sentences)


def _judge(weights: dict, bias: float, **kw) -> PairJudge:
    names = tuple(weights)
    return PairJudge(names, tuple(weights.values()), bias, tuple(0.0 for _ in names), tuple(1.0 for _ in names), **kw)


def test_main_clause_drops_a_relative_or_subordinate_clause():
    assert main_clause("The board closed the north pier on Tuesday, which had been open since 1902.") == "The board closed the north pier on Tuesday"
    assert main_clause("The old ferry stopped running after the storm had wrecked the landing stage.") == "The old ferry stopped running"
    # too little would be left: the sentence stays whole
    assert main_clause("Ferries stopped, which hurt trade.") == "Ferries stopped, which hurt trade."


def test_names_are_capitalised_words_inside_the_sentence():
    assert names_of("The board of Lowmarsh met Anna Pell's deputy on Tuesday in the BBC studio.") == {"lowmarsh", "anna", "pell", "bbc"}


def test_pair_features_cover_every_cross_article_pair():
    docs = _docs(*STORY)
    sentences = [s for d in docs for s in d.sentences]
    x = story_inputs(sentences, HashingEmbedder().embed)
    pairs, feats = pair_features(x)
    assert feats.shape == (4, len(PAIR_FEATURES))
    col = {name: feats[:, k] for k, name in enumerate(PAIR_FEATURES)}
    k = [n for n, (i, j) in enumerate(pairs) if (i, j) == (0, 2)][0]  # the two pier sentences
    assert col["mix"][k] == pytest.approx(0.65 * x.lex[0, 2] + 0.35 * x.emb[0, 2])
    assert col["mutual"][k] == 1.0 and col["both_lead"][k] == 1.0
    # "Lowmarsh" opens the second sentence, and a sentence's first word is never taken for a name
    assert col["shared_names"][k] == 0.0 and col["names_one_side"][k] == 1.0
    assert (col["mix"][[n for n in range(4) if n != k]] < col["mix"][k]).all()


def test_adjust_vetoes_and_lifts_only_cross_article_pairs():
    judge = _judge({"lex": 1.0}, 0.0, veto=0.3, lift=0.8, band=0.1)
    raw = np.array([[1.0, 0.30, 0.5], [0.30, 1.0, 0.9], [0.5, 0.9, 1.0]])
    prob = np.array([[0.0, 0.9, 0.2], [0.9, 0.0, 0.0], [0.2, 0.0, 0.0]])  # 1 and 2: one article
    lifted, vetoed = judge.adjust(raw, prob, 0.35)
    assert lifted[0, 1] == 0.35 and lifted[1, 0] == 0.35  # 0.30 is in the band and the judge is sure
    assert lifted[0, 2] == 0.5 and lifted[1, 2] == 0.9
    assert vetoed[0, 2] and vetoed[2, 0] and not vetoed[1, 2] and not vetoed[0, 1]


def test_a_veto_keeps_a_pair_apart_and_no_judge_leaves_the_grouping_alone():
    docs = _docs(*STORY)
    sim = _Lexical()
    plain = facts_from_groups(docs, group_sentences(docs, similarity=sim, threshold=0.2, judge=None))
    assert any(len(f.article_ids) == 2 for f in plain)  # the pier sentences are one fact
    never = _judge({"lex": 0.0}, -10.0, veto=0.5)  # probability ~0 for every pair: all vetoed
    vetoed = facts_from_groups(docs, group_sentences(docs, similarity=sim, threshold=0.2, judge=never))
    assert all(len(f.article_ids) == 1 for f in vetoed)
    always = _judge({"lex": 0.0}, 10.0, veto=0.5)  # probability ~1: nothing vetoed, the same facts
    same = facts_from_groups(docs, group_sentences(docs, similarity=sim, threshold=0.2, judge=always))
    assert [(f.text, f.status) for f in same] == [(f.text, f.status) for f in plain]


def test_a_lift_joins_a_pair_just_under_the_bar():
    docs = _docs(*STORY)
    sim = _Lexical()
    sentences = [s for d in docs for s in d.sentences]
    pier = sim.matrix(sentences)[0, 2]
    bar = pier + 0.05  # the pier pair sits just under the bar
    apart = facts_from_groups(docs, group_sentences(docs, similarity=sim, threshold=bar, judge=None))
    assert all(len(f.article_ids) == 1 for f in apart)
    sure = _judge({"mutual": 4.0}, -2.0, lift=0.8, band=0.1)  # mutual best match: p 0.88, else 0.12
    lifted = facts_from_groups(docs, group_sentences(docs, similarity=sim, threshold=bar, judge=sure))
    assert [sorted(f.article_ids) for f in lifted if len(f.article_ids) == 2] == [["a0", "a1"]]


def test_json_round_trip_and_the_shipped_judge():
    judge = _judge({"lex": 1.5, "margin": -0.5}, 0.25, veto=0.3, lift=1.01)
    assert PairJudge.from_json(judge.to_json()) == judge
    with pytest.raises(ValueError):
        PairJudge.from_json({**judge.to_json(), "features": ["no_such_feature", "lex"]})
    shipped = load_pair_judge()
    if shipped is None:
        pytest.skip("no shipped fact_pairs.json")
    assert set(shipped.features) <= set(PAIR_FEATURES) and 0.0 <= shipped.veto < 1.0
    # more shared words and a mutual best match make the same claim more likely, all else equal
    base = np.zeros((1, len(PAIR_FEATURES)))
    more = base.copy()
    more[0, PAIR_FEATURES.index("lex")] = 0.8
    more[0, PAIR_FEATURES.index("mix")] = 0.6
    assert shipped.probability(more)[0] > shipped.probability(base)[0]
