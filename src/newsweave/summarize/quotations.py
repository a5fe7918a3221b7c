"""Quotations that run over several sentences: they are shown whole or not at all, and a short
piece of one is never chosen alone (it has no speaker out of context)."""

from __future__ import annotations

from .features import ClusterFeatures
from .lowercase import supplies_person_lowercase
from .quote_then_speaker import speaker_after_blocks
from .standalone import _SPEAKERLESS, NEEDS_PREVIOUS, STANDS, context_need, reason, supplies_person

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
    speaker_after_blocks(cf, cased, blocks)  # a quotation and the sentence naming its speaker
    return blocks


def _quote_fragment(text: str, words: int) -> bool:
    """A short sentence inside a quotation that runs over several sentences: it opens a quote
    it does not close ('"The evidence is clear enough.') or closes one it did not open ('Something
    this country should do."'). Out of context it has no speaker."""
    if words >= 12:
        return False
    unbalanced = text.count('"') % 2 == 1 or text.count("“") != text.count("”")
    return unbalanced and (text.lstrip()[:1] in ('"', "“") or text.rstrip()[-1:] in ('"', "”"))


def block_speaker(cf: ClusterFeatures, i: int, position_of: dict, junk) -> int | None:
    """For a quotation over several sentences ending at `i` whose only lack is its speaker
    ('"We know the risk. It is real."'), the sentence right before it when that one stands alone
    and names who speaks ('"The pier stays shut," said Ada Quill, the mayor.'): the quotation is
    then shown whole right after it. None otherwise (`standalone.supplies_person` decides; in a
    lower-cased article `lowercase.supplies_person_lowercase`, which keeps the capitals test for
    quotations)."""
    run, stands = cf.blocks[i]
    if stands:
        return None
    first = cf.sentences[run[0]]
    prev = position_of.get((first.article_id, first.index - 1))
    if prev is None or prev in cf.blocks or cf.context[prev] != STANDS or junk[prev] or prev in cf.excluded:
        return None
    text = " ".join(cf.sentences[j].text for j in run)
    cased = cf.cased[int(cf.doc_index[i])]
    if reason(text, cased) not in _SPEAKERLESS:
        return None
    previous = cf.sentences[prev].text
    ok = supplies_person(previous, text) if cased else supplies_person_lowercase(previous, text)
    return prev if ok else None
