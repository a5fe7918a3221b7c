"""The word model's trainer (benchmarks/train_word_model.py) sees each cluster as the summarizer
does at inference: same segmentation, screen, furniture stripping and candidate window."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsweave.eval.summarize_eval import Cluster, ClusterDoc, NewsweaveSystem
from newsweave.summarize.extractive import ExtractiveSummarizer

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
train_word_model = pytest.importorskip("train_word_model")

# Fictional articles with page furniture: a dateline, a photo credit line, a byline.
_DOCS = [
    "TARNBY, Wexmoor (Radio West) — Floods closed the main road into Tarnby on Sunday after the river burst its banks.\n\n"
    "Image copyright Radio West Image caption The river near the old weir\n\n"
    "The council opened two shelters at the town hall. Engineers will inspect the old weir on Monday.",
    "By Ellen Marsh\n\nThe river burst its banks in Tarnby on Sunday, and floods closed the main road into the town. "
    "Two shelters opened at the town hall, the council said. A bakery on the high street lost its whole stock.",
    "Floods shut the main road into Tarnby on Sunday when the river burst its banks. "
    "The council said the shelters would stay open until Wednesday.",
]
_SUMMARY = "Floods closed the main road into Tarnby after the river burst its banks; the council opened shelters."


class _Recording(ExtractiveSummarizer):
    """The shipped summarizer, keeping the per-sentence terms it weighs."""

    def candidate_summaries(self, cf, scores, words, k=None):
        out = super().candidate_summaries(cf, scores, words, k)
        self.__dict__.setdefault("seen", []).append(out[1])
        return out


def test_training_sees_the_words_inference_weighs():
    from newsweave.pipeline import Pipeline

    rec = {"id": "t1", "documents": [{"text": t} for t in _DOCS], "summary": _SUMMARY}
    prepared = train_word_model.prepare(rec, ExtractiveSummarizer(word_model=False), Pipeline())
    assert prepared is not None

    system = NewsweaveSystem(summarizer=_Recording())
    cluster = Cluster(id="t1", documents=tuple(ClusterDoc(text=t, title=None) for t in _DOCS), summary=_SUMMARY)
    system.summarize_cluster(cluster, words=60)
    (seen,) = system.summarizer.seen
    assert prepared.terms == seen
    # Furniture never reaches the examples: no credit line, no byline, no dateline.
    flat = {t for ts in prepared.terms for t in ts}
    assert not flat & {"copyright", "caption", "marsh", "ellen", "wexmoor"}
    assert prepared.terms[0][:2] == ["flood", "clos"]
    assert {"flood", "river", "shelter"} <= prepared.summary


def test_prior_counts_prepared_words_only_once_per_cluster():
    from newsweave.pipeline import Pipeline

    recs = [{"documents": [{"text": t} for t in _DOCS], "summary": _SUMMARY}] * 3
    pairs = [train_word_model.prior_terms(r, "prepared", ExtractiveSummarizer(word_model=False), Pipeline(), n) for n, r in enumerate(recs)]
    table, default = train_word_model.build_prior(pairs, min_count=3)
    assert "flood" in table and "copyright" not in table
    kept_logit, log_n = table["flood"]
    assert kept_logit > default and log_n == pytest.approx(1.3863, abs=1e-3)  # log(1 + 3)
    raw = train_word_model.prior_terms(recs[0], "raw", None, None, 0)
    assert "copyright" in raw[0]
