"""ROUGE for summaries cut to a fixed word count.

In: a prediction as a list of sentences and a reference (text or sentences).
Out: `RougeScores`, F1 x 100 for ROUGE-1, ROUGE-2 and ROUGE-Lsum, computed by Google's
`rouge-score` package (Porter stemming on; sentences joined by newlines, which is how ROUGE-Lsum
finds sentence boundaries). Empty prediction or empty reference scores zero, never raises.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..text.segment import split_spans

ROUGE_TYPES = ("rouge1", "rouge2", "rougeLsum")


@dataclass(frozen=True)
class RougeScores:
    """F1 x 100 for each ROUGE variant."""

    rouge1: float = 0.0
    rouge2: float = 0.0
    rougeLsum: float = 0.0  # noqa: N815 - the name rouge-score and the literature use

    def as_dict(self) -> dict[str, float]:
        return {"rouge1": self.rouge1, "rouge2": self.rouge2, "rougeLsum": self.rougeLsum}


def mean_scores(scores: Iterable[RougeScores]) -> RougeScores:
    """Macro average over clusters (how Multi-News results are reported); zero for none."""
    items = list(scores)
    if not items:
        return RougeScores()
    n = len(items)
    return RougeScores(
        rouge1=sum(s.rouge1 for s in items) / n,
        rouge2=sum(s.rouge2 for s in items) / n,
        rougeLsum=sum(s.rougeLsum for s in items) / n,
    )


def split_sentences(text: str) -> list[str]:
    """Sentences of `text` by newsweave's splitter, each with whitespace collapsed to one space
    (so a newline inside a sentence cannot fake a sentence boundary for ROUGE-Lsum)."""
    return [" ".join(text[s:e].split()) for s, e in split_spans(text)]


def cut_words(sentences: Sequence[str], words: int) -> list[str]:
    """The first `words` whitespace-separated words of `sentences`, sentence boundaries kept.

    The last sentence kept is truncated mid-sentence if needed, so the result has exactly
    `words` words whenever the input has at least that many (fewer input words: all of them).
    """
    if words <= 0:
        return []
    out: list[str] = []
    left = words
    for sentence in sentences:
        tokens = sentence.split()
        if not tokens:
            continue
        take = tokens[:left]
        out.append(" ".join(take))
        left -= len(take)
        if left == 0:
            break
    return out


def word_count(sentences: Sequence[str]) -> int:
    return sum(len(s.split()) for s in sentences)


class RougeScorer:
    """Owns one `rouge_score.RougeScorer` (stemming on); build once, score many."""

    def __init__(self) -> None:
        from rouge_score import rouge_scorer  # imported here: pulls in nltk's stemmer

        self._scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)

    def score(self, prediction: Sequence[str] | str, reference: Sequence[str] | str) -> RougeScores:
        """Score one prediction against one reference. A plain-string reference is split into
        sentences with newsweave's splitter; a plain-string prediction likewise."""
        pred = split_sentences(prediction) if isinstance(prediction, str) else [" ".join(s.split()) for s in prediction]
        ref = split_sentences(reference) if isinstance(reference, str) else [" ".join(s.split()) for s in reference]
        pred = [s for s in pred if s]
        ref = [s for s in ref if s]
        if not pred or not ref:
            return RougeScores()
        # rouge-score's argument order is (target, prediction).
        result = self._scorer.score("\n".join(ref), "\n".join(pred))
        return RougeScores(
            rouge1=100.0 * result["rouge1"].fmeasure,
            rouge2=100.0 * result["rouge2"].fmeasure,
            rougeLsum=100.0 * result["rougeLsum"].fmeasure,
        )
