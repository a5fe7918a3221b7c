"""The pair judge trained on training-cluster labels (analyze/facts_distant.py, `judge="distant"` of
analyze/facts.py; not the default), on fictional stories."""

from newsweave.analyze import facts_distant
from newsweave.analyze.facts import facts_from_groups, group_sentences
from newsweave.analyze.facts_distant import distant_judge_for, load_distant_judge
from newsweave.analyze.facts_pairs import PairJudge
from newsweave.embed.hashing import HashingEmbedder
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article

DAM = ("The Ashgrove water board opened the new reservoir dam on Monday after two years of work.",
       "After two years of building, Ashgrove's water board opened its new dam on Monday.")


def _docs(*texts):
    seg = RuleSegmenter()
    return tuple(seg.split(Article(id=f"a{k}", outlet=f"Outlet {k}", text=t)) for k, t in enumerate(texts))


class _Static:
    """Shaped like the static similarity the judge's features are computed with, without model files."""

    name = "static"

    def _embed(self, texts):
        return HashingEmbedder().embed(texts)

    def matrix(self, sentences):
        from newsweave.analyze.fact_similarity import LexicalSimilarity

        return LexicalSimilarity().matrix(sentences)


def _lift_all():
    return PairJudge(("lex",), (0.0,), 10.0, (0.0,), (1.0,), veto=0.0, lift=0.5, band=1.0)  # every pair ~1: lifted to the bar


def test_the_shipped_model_leaves_out_the_capitalisation_features():
    judge = load_distant_judge()
    assert judge is not None
    assert "shared_names" not in judge.features and "names_one_side" not in judge.features
    assert len(judge.weights) == len(judge.features) == len(judge.mean) == len(judge.scale)


def test_asked_on_short_stories_with_the_static_similarity_only():
    assert isinstance(distant_judge_for([0, 0, 1, 1, 2], _Static()), PairJudge)
    assert distant_judge_for([0] * 8 + [1], _Static()) is None  # a long article: no judge

    class _Lexical:
        name = "lexical"

    assert distant_judge_for([0, 1], _Lexical()) is None


def test_the_judge_lifts_a_pair_under_the_bar_and_is_off_by_default(monkeypatch):
    monkeypatch.setattr(facts_distant, "load_distant_judge", _lift_all)
    story = _docs(*DAM)
    bar = 0.99  # far above the two sentences' lexical cosine
    apart = facts_from_groups(story, group_sentences(story, similarity=_Static(), threshold=bar))
    assert all(len(f.article_ids) == 1 for f in apart)
    lifted = facts_from_groups(story, group_sentences(story, similarity=_Static(), threshold=bar, judge="distant"))
    assert any(len(f.article_ids) == 2 for f in lifted)
