"""The quote windows parsed with the article's own sentence boundaries.

`QuoteExtractor` parses only the stretches of text around quotations (`quotes._windows`). Left to
itself, spaCy's parser splits sentences where the article's segmenter (`Document.sentences`, which
knows titles and abbreviations) does not: after "Del." in "state Del. Ada Vance (D-Norfolk),
shouted", or after "13th" in "the 13th Amendment". The piece cut off then carries the speech verb
without the quotation, or the quotation without the name ("“...,” she said" stranded from the
sentence that names her), and the speaker is lost.

`preset_starts` fixes each window's sentence starts to the article's before the parser runs (the
spaCy parser keeps sentence boundaries already set: a token marked as no sentence start is never
made one). Measured (session 17) on a seeded half of the PolNeAR dev articles: see
benchmarks/ANALYSIS.md.
"""

from __future__ import annotations

from ..types import Document


def window_starts(documents: tuple[Document, ...], flat: list[tuple[int, int, int]]) -> list[list[int]]:
    """For each window (article index, start, end), the offsets within it where the article's
    sentences start."""
    return [[s.start - start for s in documents[k].sentences if start < s.start < end] for k, start, end in flat]


def preset_starts(docs: list, starts: list[list[int]]) -> None:
    """Mark in each unparsed spaCy doc the first token at or after each offset as a sentence start
    and every other token as none (the first token always starts one)."""
    for doc, offsets in zip(docs, starts):
        firsts = set()
        for off in offsets:
            tok = next((t for t in doc if t.idx >= off and not t.is_space), None)
            if tok is not None:
                firsts.add(tok.i)
        for tok in doc:
            tok.is_sent_start = tok.i == 0 or tok.i in firsts
