"""LexRank and TextRank (sumy's implementations) as real `Summarizer`s with citations, and the
ranking core eval's baselines call, so a baseline and `--method lexrank` are one code.

sumy's default tokenizer needs NLTK's punkt data, which is not available offline, so sentences
come from newsweave's own splitter and words from a regular expression. sumy ranks the sentences;
we take them best-first until the budget is reached and return them in document order, which is
how sumy is used as a baseline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Citation, Document, Summary, SummarySentence

ALGORITHMS = ("lexrank", "textrank")
# Words as sumy's own tokenizer keeps them: letters, with inner apostrophes and hyphens.
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")


class WordTokenizer:
    """The tokenizer object sumy's models call: words by regular expression. Sentences are split
    by newsweave before sumy sees them."""

    language = "english"

    def __init__(self, split=None) -> None:
        self._split = split

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        if self._split is None:
            from ..text.segment import split_spans

            return tuple(" ".join(paragraph[s:e].split()) for s, e in split_spans(paragraph))
        return tuple(self._split(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))


class SumyRanker:
    """sumy's LexRank or TextRank with the English Snowball stemmer and stop words."""

    def __init__(self, name: str = "lexrank", tokenizer: WordTokenizer | None = None) -> None:
        from sumy.nlp.stemmers import Stemmer
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.summarizers.text_rank import TextRankSummarizer
        from sumy.utils import get_stop_words

        classes = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}
        if name not in classes:
            raise ValueError(f"unknown sumy ranker {name!r}; choose from {sorted(classes)}")
        self.name = name
        self._summarizer = classes[name](Stemmer("english"))
        self._summarizer.stop_words = get_stop_words("english")
        self.tokenizer = tokenizer or WordTokenizer()

    def choose(self, paragraphs: Sequence[Sequence[str]], *, words: int) -> list[tuple[int, int]]:
        """(paragraph, sentence) indices chosen best-first until `words` words, in document order."""
        import numpy as np
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

        where: dict[int, tuple[int, int]] = {}
        built = []
        for p, texts in enumerate(paragraphs):
            sentences = []
            for s, text in enumerate(texts):
                sentence = Sentence(text, self.tokenizer)
                where[id(sentence)] = (p, s)
                sentences.append(sentence)
            if sentences:
                built.append(Paragraph(sentences))
        if not built:
            return []

        def until_budget(infos):
            taken, used = [], 0
            for info in infos:
                if used >= words:
                    break
                taken.append(info)
                used += len(str(info.sentence).split())
            return taken

        # sumy's power method divides by zero when no two sentences share a word (a one-line
        # cluster); its ratings are then NaN and the order arbitrary, which is fine for a baseline.
        with np.errstate(invalid="ignore", divide="ignore"):
            chosen = self._summarizer(ObjectDocumentModel(built), until_budget)
        return [where[id(s)] for s in chosen]


class SumySummarizer:
    """LexRank or TextRank over the documents' sentences, each summary sentence citing its source."""

    def __init__(self, name: str = "lexrank") -> None:
        self.ranker = SumyRanker(name)
        self.method = name

    def summarize(self, documents: Sequence[Document], *, words: int = 120, story_id: str = "") -> Summary:
        docs = [d for d in documents if d.sentences]
        chosen = self.ranker.choose([[" ".join(s.text.split()) for s in d.sentences] for d in docs], words=words)
        sentences = []
        for p, i in chosen:
            s = docs[p].sentences[i]
            sentences.append(SummarySentence(" ".join(s.text.split()), (Citation(s.article_id, s.start, s.end, s.index),)))
        return Summary(story_id=story_id, method=self.method, sentences=tuple(sentences))
