"""The lead summarizer: first sentences, round-robin across the articles, until the word budget
is reached (the multi-document lead baseline of the Multi-News paper). A real `Summarizer`: every
sentence cites the source sentence it is, so eval's lead baseline and `--method lead` are one code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..types import Citation, Document, Summary, SummarySentence


def lead_order(documents: Sequence[Document], words: int):
    """(document index, sentence) pairs: first sentence of each document, then the second of
    each, … until `words` words are collected (the last one may run past the budget)."""
    out = []
    used = depth = 0
    while used < words and any(depth < len(d.sentences) for d in documents):
        for i, doc in enumerate(documents):
            if depth < len(doc.sentences) and used < words:
                sentence = doc.sentences[depth]
                out.append((i, sentence))
                used += len(sentence.text.split())
        depth += 1
    return out


@dataclass(frozen=True)
class LeadSummarizer:
    method: str = "lead"

    def summarize(self, documents: Sequence[Document], *, words: int = 120, story_id: str = "") -> Summary:
        sentences = tuple(
            SummarySentence(" ".join(s.text.split()), (Citation(s.article_id, s.start, s.end, s.index),))
            for _, s in lead_order(documents, words)
        )
        return Summary(story_id=story_id, method=self.method, sentences=sentences)
