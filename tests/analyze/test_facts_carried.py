"""The carried-claim judgment (analyze/facts_carried.py): whole-article features of "does article A
carry sentence s's claim?", the long-article gate, and how the facts count and cite a carrier.
Texts are fictional; the embedder is a small bag-of-words one written here (the features, the gate and
the facts are what is under test)."""

import zlib

import numpy as np
import pytest

from newsweave.analyze import facts as F
from newsweave.analyze.facts_carried import (
    CARRIED_FEATURES,
    CarriedJudge,
    carried_additions,
    carried_features,
    cite_by_evidence,
    load_carried_judge,
)
from newsweave.types import Article, Document, Sentence


def _embed(texts):
    out = np.zeros((len(texts), 64))
    for k, t in enumerate(texts):
        for w in t.lower().split():
            out[k, zlib.crc32(w.strip(".,").encode()) % 64] += 1.0
    return out


FILLER_A = [f"The council in Marlow debated item {w} of the agenda for an hour on end." for w in "abcdefgh"]
FILLER_B = [f"Residents of the town wrote letters about topic {w} to the local paper." for w in "pqrstuvw"]


def _sentences(docs: list[list[str]]) -> tuple[list[Sentence], list[int], tuple[Document, ...]]:
    sents, doc_of, documents = [], [], []
    for d, texts in enumerate(docs):
        text = " ".join(texts)
        aid = f"art{d}"
        pos, own = 0, []
        for k, t in enumerate(texts):
            s = Sentence(aid, k, pos, pos + len(t), t)
            assert text[s.start:s.end] == t
            own.append(s)
            pos += len(t) + 1
        sents += own
        doc_of += [d] * len(own)
        documents.append(Document(Article(id=aid, outlet=f"Outlet {d}", text=text), tuple(own)))
    return sents, doc_of, tuple(documents)


CLAIM = "The Pellworth ferry carried 412 passengers to Marrow Island on Sunday."
TOLD = "On Sunday 412 passengers crossed to Marrow Island aboard the Pellworth ferry."
CONTRARY = "The Pellworth ferry carried 390 passengers to Marrow Island on Sunday."


def _row(feats, pairs, i, d, name):
    k = int(np.where((pairs[:, 0] == i) & (pairs[:, 1] == d))[0][0])
    return feats[k, CARRIED_FEATURES.index(name)]


def test_anchors_found_in_the_other_article_and_figures_that_disagree():
    sents, doc_of, _ = _sentences([[CLAIM] + FILLER_A, FILLER_B[:4] + [TOLD] + FILLER_B[4:]])
    pairs, feats = carried_features(sents, doc_of, _embed)
    assert feats.shape == (len(sents) * 1, len(CARRIED_FEATURES))  # every sentence x the one other article
    # every anchor but the verb ("carry": the other article says "crossed") is in the other article
    assert _row(feats, pairs, 0, 1, "anchor_any") == pytest.approx(7 / 8)
    assert _row(feats, pairs, 0, 1, "figure_any") == pytest.approx(1.0)
    assert _row(feats, pairs, 0, 1, "figure_disagree") == 0.0
    assert _row(feats, pairs, 0, 1, "lead") == 1.0
    sents2, doc_of2, _ = _sentences([[CLAIM] + FILLER_A, FILLER_B[:4] + [CONTRARY] + FILLER_B[4:]])
    pairs2, feats2 = carried_features(sents2, doc_of2, _embed)
    assert _row(feats2, pairs2, 0, 1, "figure_disagree") == 1.0
    assert _row(feats2, pairs2, 0, 1, "figure_any") == 0.0


def test_the_default_grouping_is_a_feature():
    sents, doc_of, _ = _sentences([[CLAIM] + FILLER_A, FILLER_B[:4] + [TOLD] + FILLER_B[4:]])
    n_a = len(FILLER_A) + 1
    pairs, feats = carried_features(sents, doc_of, _embed, [[0, n_a + 4]])
    assert _row(feats, pairs, 0, 1, "grouped") == 1.0
    assert _row(feats, pairs, 1, 1, "grouped") == 0.0


def _judge_on(name: str, weight: float = 8.0, at: float = 0.5) -> CarriedJudge:
    """A judge that says "carried" when feature `name` is above `at` (written here, not trained)."""
    k = CARRIED_FEATURES.index(name)
    coef = [0.0] * len(CARRIED_FEATURES)
    coef[k] = weight
    mean = [0.0] * len(CARRIED_FEATURES)
    mean[k] = at
    return CarriedJudge(tuple(mean), tuple([1.0] * len(CARRIED_FEATURES)), tuple(coef), 0.0)


def test_additions_only_between_two_long_articles_and_cite_the_closest_sentence():
    judge = _judge_on("anchor_window", at=0.7)
    sents, doc_of, _ = _sentences([[CLAIM] + FILLER_A, FILLER_B[:4] + [TOLD] + FILLER_B[4:]])
    add = carried_additions(sents, doc_of, _embed, [], judge)
    n_a = len(FILLER_A) + 1
    assert add[0] == {1: n_a + 4}  # article 1 carries the ferry claim, cited by its ferry sentence
    assert add[n_a + 4] == {0: 0}
    assert all(i in (0, n_a + 4) for i in add)  # the council / letters filler is carried by nobody
    # grouped already: nothing to add
    assert carried_additions(sents, doc_of, _embed, [[0, n_a + 4]], judge) == {}
    # a short article (3 sentences): the judgment does not decide
    short, doc_short, _ = _sentences([[CLAIM] + FILLER_A, [TOLD] + FILLER_B[:2]])
    assert carried_additions(short, doc_short, _embed, [], judge) == {}


def test_facts_count_and_cite_a_carrier_article():
    sents, doc_of, documents = _sentences([[CLAIM] + FILLER_A, FILLER_B[:4] + [TOLD] + FILLER_B[4:]])
    n_a = len(FILLER_A) + 1
    groups = [[i] for i in range(len(sents))]
    fg = F.FactGroups(sents, doc_of, groups, np.eye(len(sents)), 0.35, carried={0: {1: n_a + 4}})
    facts = F.facts_from_groups(documents, fg)
    ferry = next(f for f in facts if f.text == CLAIM)
    # counted (status and outlets), cited as evidence in `told_by`, never a member of the fact
    assert ferry.status == "shared" and ferry.independent_outlets == ("Outlet 0", "Outlet 1")
    assert ferry.article_ids == ("art0",)
    told = sents[n_a + 4]
    assert ("art1", told.start, told.end) not in {(c.article_id, c.start, c.end) for c in ferry.citations}
    assert [(c.article_id, c.start, c.end) for c in ferry.told_by] == [("art1", told.start, told.end)]
    assert documents[1].article.text[told.start:told.end] == TOLD
    # the carrier's sentence keeps its own fact and its own status (no carrier judged for it here)
    own = next(f for f in facts if f.text == TOLD)
    assert own.status == "unique" and own.told_by == () and own.article_ids == ("art1",)
    without = F.facts_from_groups(documents, F.FactGroups(sents, doc_of, groups, np.eye(len(sents)), 0.35))
    assert next(f for f in without if f.text == CLAIM).status == "unique"


def test_judge_round_trip_and_the_shipped_model():
    j = _judge_on("best_mix")
    assert CarriedJudge.from_dict(j.to_dict()) == j
    bad = j.to_dict() | {"features": ["best_mix"]}
    with pytest.raises(ValueError):
        CarriedJudge.from_dict(bad)
    shipped = load_carried_judge()
    assert shipped is not None and len(shipped.coef) == len(CARRIED_FEATURES)


def test_evidence_is_the_sentence_the_same_claim_judge_rates_highest_and_must_pass_its_bar():
    """`cite_by_evidence`: for each carried (sentence, article), cite that article's sentence with the highest
    same-claim probability (not the one the carried judgment found closest); drop the carrier, neither cited
    nor counted, when no sentence of it reaches the bar. The probabilities are written here."""
    doc_of = [0, 0, 1, 1, 1, 2, 2]
    p = np.zeros((7, 7))
    p[0, 2], p[0, 3], p[0, 4] = 0.30, 0.72, 0.55  # article 1: sentence 3 states sentence 0's claim best
    p[0, 5], p[0, 6] = 0.20, 0.45                  # article 2: no sentence passes
    p[1, 4] = 0.50                                 # exactly at the bar: kept
    additions = {0: {1: 2, 2: 5}, 1: {1: 2}}       # the closest sentences, as `carried_additions` gives them
    assert cite_by_evidence(additions, doc_of, p) == {0: {1: 3}, 1: {1: 4}}
    assert cite_by_evidence(additions, doc_of, p, bar=0.6) == {0: {1: 3}}
    assert cite_by_evidence({}, doc_of, p) == {}
