"""Baseline summarizers to measure newsweave against: lead, LexRank and TextRank.

Each baseline takes a cluster's document texts and a word budget and returns sentences (plain
strings, in output order) holding at least `words` words when the documents have that many; the
caller cuts them to exactly `words` words.

- `LeadBaseline`: round-robin over the documents: first sentence of each, then the second of
  each, and so on (the multi-document lead baseline of the Multi-News paper).
- `SumyBaseline("lexrank" | "textrank")`: sumy's implementations over all the cluster's
  sentences (one sumy paragraph per document), with the Snowball stemmer and sumy's English stop words. sumy's default tokenizer
  needs NLTK's punkt data, which is not available offline, so sentences come from newsweave's own
  splitter and words from a regular expression (`SentenceTokenizer`). sumy ranks the sentences;
  we take them best-first until the budget is reached and sumy returns them in document order,
  which is how sumy is used as a baseline.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from .rouge import split_sentences
from ..summarize.sumy_rank import _WORD

BASELINE_NAMES = ("lead", "lexrank", "textrank")


class Baseline(Protocol):
    name: str

    def summarize(self, documents: Sequence[str], *, words: int) -> list[str]: ...


def _documents(texts: Sequence[str]):
    """The texts as segmented Documents (the splitter every system sees)."""
    from ..text.segment import RuleSegmenter
    from ..types import Article, content_id

    segmenter = RuleSegmenter()
    return [segmenter.split(Article(id=content_id(t) or str(i), outlet=f"doc{i}", text=t)) for i, t in enumerate(texts, 1)]


class LeadBaseline:
    """`summarize.lead.LeadSummarizer` on plain texts: first sentences, round-robin across
    documents, until `words` words are collected."""

    name = "lead"

    def summarize(self, documents: Sequence[str], *, words: int) -> list[str]:
        from ..summarize.lead import LeadSummarizer

        summary = LeadSummarizer().summarize(_documents(documents), words=words)
        return [s.text for s in summary.sentences]


class SentenceTokenizer:
    """The tokenizer object sumy's parsers call: newsweave's sentence splitter, regex words."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))


class SumyBaseline:
    """sumy's LexRank or TextRank (`summarize.sumy_rank.SumyRanker`, the ranker behind
    `--method lexrank|textrank`) on plain texts."""

    def __init__(self, name: str = "lexrank") -> None:
        from ..summarize.sumy_rank import SumyRanker, WordTokenizer

        self.name = name
        self._ranker = SumyRanker(name, WordTokenizer(split_sentences))

    def summarize(self, documents: Sequence[str], *, words: int) -> list[str]:
        # One paragraph per document, its sentences from the same splitter every system sees.
        paragraphs = [split_sentences(text) for text in documents]
        paragraphs = [p for p in paragraphs if p]
        return [paragraphs[p][i] for p, i in self._ranker.choose(paragraphs, words=words)]


def make_baseline(name: str) -> Baseline:
    """A baseline by name: lead, lexrank or textrank."""
    if name == "lead":
        return LeadBaseline()
    if name in ("lexrank", "textrank"):
        return SumyBaseline(name)
    raise ValueError(f"unknown baseline {name!r}; choose from {', '.join(BASELINE_NAMES)}")
