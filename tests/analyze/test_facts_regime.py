"""The learned pair judgment on short stories only (analyze/facts_regime.py, `judge="short"` of
analyze/facts.py; not the default), on fictional stories."""

from newsweave.analyze import facts_pairs
from newsweave.analyze.facts import facts_from_groups, group_sentences
from newsweave.analyze.facts_pairs import PairJudge
from newsweave.analyze.facts_regime import judge_for, short_story
from newsweave.embed.hashing import HashingEmbedder
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article

PIER = ("The Lowmarsh ferry board voted on Tuesday to close the north pier for repairs.",
        "Lowmarsh's ferry board decided on Tuesday that the north pier will close for repairs.")
FILLER = ("Gulls nested on the chapel roof of {t} every spring.", "The bakery on {t} high street sold rye loaves at dawn.",
          "A brass band from {t} played at the autumn fair.", "Cyclists from {t} raced along the canal towpath in May.",
          "The library in {t} lent out old maps of the coast.", "Farmers near {t} grew barley on the chalk slopes.",
          "A potter in {t} fired blue bowls in a wood kiln.", "The school choir of {t} sang carols in the market hall.",
          "Fishermen of {t} mended their nets on the shingle.")


def _docs(*texts):
    seg = RuleSegmenter()
    return tuple(seg.split(Article(id=f"a{k}", outlet=f"Outlet {k}", text=t)) for k, t in enumerate(texts))


class _Static:
    """Shaped like the static similarity the shipped judge sits on (`name`, `matrix`, `_embed`), without model files."""

    name = "static"

    def _embed(self, texts):
        return HashingEmbedder().embed(texts)

    def matrix(self, sentences):
        from newsweave.analyze.fact_similarity import LexicalSimilarity

        return LexicalSimilarity().matrix(sentences)


def _veto_all():
    return PairJudge(("lex",), (0.0,), -10.0, (0.0,), (1.0,), veto=0.5)  # probability ~0 for every pair: all vetoed


def test_short_story_means_no_article_of_eight_fact_sentences():
    assert short_story([0, 0, 0, 1, 1, 2])
    assert not short_story([0] * 8 + [1, 1])
    assert short_story([0] * 7 + [1] * 7)
    assert not short_story([])
    assert judge_for([0, 1, 1]) == "auto" and judge_for([0] * 9 + [1]) is None


def test_the_judge_decides_on_a_short_story_and_not_on_a_long_one(monkeypatch):
    monkeypatch.setattr(facts_pairs, "load_pair_judge", _veto_all)
    sim = _Static()
    short = _docs(*PIER)
    facts = facts_from_groups(short, group_sentences(short, similarity=sim, threshold=0.2, judge="short"))
    assert all(len(f.article_ids) == 1 for f in facts)  # the (stub) judge vetoed the pier pair
    unjudged = facts_from_groups(short, group_sentences(short, similarity=sim, threshold=0.2, judge=None))
    assert any(len(f.article_ids) == 2 for f in unjudged)
    towns = ("Eastholm", "Westby")
    long = _docs(*(p + " " + " ".join(f.format(t=t) for f in FILLER) for p, t in zip(PIER, towns)))
    facts = facts_from_groups(long, group_sentences(long, similarity=sim, threshold=0.2, judge="short"))
    assert any(len(f.article_ids) == 2 and "pier" in f.text for f in facts)  # long articles: no judge, the pier is one fact


def test_the_judge_is_off_by_default(monkeypatch):
    monkeypatch.setattr(facts_pairs, "load_pair_judge", _veto_all)
    short = _docs(*PIER)
    facts = facts_from_groups(short, group_sentences(short, similarity=_Static(), threshold=0.2))
    assert any(len(f.article_ids) == 2 for f in facts)  # no judge by default: the pier pair stays one fact
