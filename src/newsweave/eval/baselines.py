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

import re
from collections.abc import Sequence
from typing import Protocol

from .rouge import split_sentences

BASELINE_NAMES = ("lead", "lexrank", "textrank")

# Words as sumy's own tokenizer keeps them: letters, with inner apostrophes and hyphens.
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")


class Baseline(Protocol):
    name: str

    def summarize(self, documents: Sequence[str], *, words: int) -> list[str]: ...


class LeadBaseline:
    """First sentences, round-robin across documents, until `words` words are collected."""

    name = "lead"

    def summarize(self, documents: Sequence[str], *, words: int) -> list[str]:
        per_doc = [split_sentences(text) for text in documents]
        out: list[str] = []
        used = 0
        depth = 0
        while used < words and any(depth < len(s) for s in per_doc):
            for sentences in per_doc:
                if depth < len(sentences) and used < words:
                    out.append(sentences[depth])
                    used += len(sentences[depth].split())
            depth += 1
        return out


class SentenceTokenizer:
    """The tokenizer object sumy's parsers call: newsweave's sentence splitter, regex words."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))


class SumyBaseline:
    """sumy's LexRank or TextRank with English stemming and stop words (both offline)."""

    def __init__(self, name: str = "lexrank") -> None:
        from sumy.nlp.stemmers import Stemmer
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.summarizers.text_rank import TextRankSummarizer
        from sumy.utils import get_stop_words

        classes = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}
        if name not in classes:
            raise ValueError(f"unknown sumy baseline {name!r}; choose from {sorted(classes)}")
        self.name = name
        self._summarizer = classes[name](Stemmer("english"))
        self._summarizer.stop_words = get_stop_words("english")
        self._tokenizer = SentenceTokenizer()

    def summarize(self, documents: Sequence[str], *, words: int) -> list[str]:
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

        # One paragraph per document, its sentences from the same splitter every system sees
        # (sumy's PlaintextParser would re-join lines and lose paragraph-ending headlines).
        paragraphs = []
        for text in documents:
            sentences = [Sentence(s, self._tokenizer) for s in self._tokenizer.to_sentences(text)]
            if sentences:
                paragraphs.append(Paragraph(sentences))
        if not paragraphs:
            return []
        document = ObjectDocumentModel(paragraphs)

        def until_budget(infos):
            # sumy calls this with its sentences sorted best-first; keep the best until the
            # budget is covered (the caller cuts the tail to the exact word count).
            taken, used = [], 0
            for info in infos:
                if used >= words:
                    break
                taken.append(info)
                used += len(str(info.sentence).split())
            return taken

        import numpy as np

        # sumy's power method divides by zero when no two sentences share a word (a one-line
        # cluster); its ratings are then NaN and the order arbitrary, which is fine for a baseline.
        with np.errstate(invalid="ignore", divide="ignore"):
            return [str(s) for s in self._summarizer(document, until_budget)]


def make_baseline(name: str) -> Baseline:
    """A baseline by name: lead, lexrank or textrank."""
    if name == "lead":
        return LeadBaseline()
    if name in ("lexrank", "textrank"):
        return SumyBaseline(name)
    raise ValueError(f"unknown baseline {name!r}; choose from {', '.join(BASELINE_NAMES)}")
