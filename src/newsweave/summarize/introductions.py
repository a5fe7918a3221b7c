"""Reading order that keeps introductions first (issue 13, twelfth session).

The selection (`coverage`) admits a sentence that uses a bare surname ("Padilla was captured")
or points back with a description ("the funding measure") only once a chosen sentence names that
person or thing. The reading order (`ordering.reading_order`) then sorts by position in the
articles, and the naming sentence may come after the one that leans on it (heldout17, 50499: "jose
padilla" named in the last sentence, "Padilla was captured" third; earlier readings failed the
same way: "the sentence introducing him comes after"). `introductions_first` moves such a
sentence, with the sentences that lean on it, to right after the first sentence that names what
it needs. The opening sentence moves too, for a bare name (session 13: every lead of a cluster
may say "Mr. Quillon" and another sentence "Ada Quillon") and (session 21) for a description that
points back ("The report says ...", its article having named "the report" before) at what a later
summary sentence names: the selection chose it only after that sentence (coverage waits for the
introduction), so only the reading order put it first. The lead pick (`cf.lead_pool`, placed first
by `ordering.reading_order` to open on the news) keeps its place for a description: moving it
too gained one more publishable sentence on the readability gold but took the news out of that
summary's opening (benchmarks/SUMMARIZATION.md, "Session 21"). Nothing is added or dropped.
"""

from __future__ import annotations

import re

from .antecedents import introduced, summary_references, summary_words
from .bare_names import bare_speaker, bare_subject, surnames
from .repeats import lower_case_words
from .standalone import NEEDS_PREVIOUS


def introductions_first(cf, order: list[int]) -> list[int]:
    """`order` (indices of `cf.sentences`, a `ClusterFeatures`, in reading order) with every
    sentence whose bare name or pointing-back description is first named by a later sentence
    moved, with the sentences leaning on it, to right after that sentence."""
    if len(order) < 3:
        return order
    texts = {i: cf.sentences[i].text for i in order}
    common = lower_case_words(s.text for s in cf.sentences)
    names = surnames([d.article.text[:20000] for d in cf.documents])
    refs = summary_references(cf)
    needs = {i: (bare_speaker(texts[i]) or bare_subject(texts[i], common, names), refs[i]) for i in order}
    result = list(order)
    for _ in range(len(order)):  # each pass moves one group later; bounded
        move = _first_move(cf, result, texts, needs)
        if move is None:
            break
        pos, end, target = move
        group = result[pos:end]
        rest = result[:pos] + result[end:]
        at = rest.index(result[target]) + 1
        while at < len(rest) and _leans(cf, rest[at - 1], rest[at]):
            at += 1
        result = rest[:at] + group + rest[at:]
    return result


def _first_move(cf, result: list[int], texts: dict, needs: dict) -> tuple[int, int, int] | None:
    """(start, end, target) of the first group to move after position `target`, or None."""
    for pos in range(len(result)):
        i = result[pos]
        if pos and _leans(cf, result[pos - 1], i):
            continue  # it moves with the sentence it leans on
        name, refs = needs[i]
        if pos == 0 and i in cf.lead_pool:
            refs = []  # the lead pick opens on the news; it moves only for a bare name (session 13)
        before = [texts[j] for j in result[:pos]]
        need_name = bool(name) and not any(_names(cf, j, name) for j in result[:pos])
        need_ref = bool(refs) and not introduced(refs, summary_words(before))
        if not (need_name or need_ref):
            continue
        end = pos + 1
        while end < len(result) and _leans(cf, result[end - 1], result[end]):
            end += 1
        for target in range(end, len(result)):
            upto = before + [texts[j] for j in result[end : target + 1]]
            if (not need_name or any(_names(cf, j, name) for j in result[end : target + 1])) and (
                not need_ref or introduced(refs, summary_words(upto))
            ):
                return pos, end, target
    return None


def _leans(cf, prev: int, i: int) -> bool:
    """Does `i` lean on `prev`, the sentence right before it in its article?"""
    a, b = cf.sentences[prev], cf.sentences[i]
    return int(cf.context[i]) == NEEDS_PREVIOUS and a.article_id == b.article_id and a.index + 1 == b.index


def _names(cf, j: int, name: str) -> bool:
    """Does sentence `j` name `name` (in lower case too: the lower-cased copies)?"""
    text = cf.sentences[j].text
    return name in text or re.search(r"\b" + re.escape(name.lower()) + r"\b", text.lower()) is not None
