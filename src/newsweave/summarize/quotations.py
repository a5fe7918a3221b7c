"""Quotations that run over several sentences: they are shown whole or not at all, and a short
piece of one is never chosen alone (it has no speaker out of context)."""

from __future__ import annotations

from .features import ClusterFeatures
from .standalone import NEEDS_PREVIOUS, STANDS, context_need

# A quotation longer than this many sentences is not shown whole.
MAX_QUOTE_SENTENCES = 4


def _quote_blocks(cf: ClusterFeatures, cased: list[bool]) -> dict[int, tuple[list[int], bool]]:
    """Quotations that run over several consecutive sentences of an article: {last sentence:
    (all its sentences, whether the whole quotation stands alone, i.e. names its speaker)}.
    The sentences inside a quotation are marked as leaning on the one before, so none of them is
    chosen alone and the quotation is only ever shown whole and in order."""
    blocks: dict[int, tuple[list[int], bool]] = {}
    run: list[int] = []
    for i, s in enumerate(cf.sentences):
        if run and (cf.sentences[run[-1]].article_id != s.article_id or cf.sentences[run[-1]].index + 1 != s.index):
            run = []  # a gap (furniture left out, another article): the quotation cannot be shown whole
        odd = (s.text.count('"') + s.text.count("“") + s.text.count("”")) % 2 == 1
        if not run:
            if odd:
                run = [i]
            continue
        run.append(i)
        if len(run) > MAX_QUOTE_SENTENCES:
            run = []
            continue
        cf.context[i] = NEEDS_PREVIOUS
        if odd:  # the quotation closes here
            text = " ".join(cf.sentences[j].text for j in run)
            blocks[i] = (list(run), context_need(text, cased[int(cf.doc_index[i])]) == STANDS)
            run = []
    return blocks


def _quote_fragment(text: str, words: int) -> bool:
    """A short sentence inside a quotation that runs over several sentences: it opens a quote
    it does not close ('"The evidence is clear enough.') or closes one it did not open ('Something
    this country should do."'). Out of context it has no speaker."""
    if words >= 12:
        return False
    unbalanced = text.count('"') % 2 == 1 or text.count("“") != text.count("”")
    return unbalanced and (text.lstrip()[:1] in ('"', "“") or text.rstrip()[-1:] in ('"', "”"))
