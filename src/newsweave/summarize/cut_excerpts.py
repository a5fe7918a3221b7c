"""An excerpt cut off in its only sentence: the complete clause before the cut (issue 13, session 14).

Some inputs are one-sentence excerpts that the copy cuts off in mid-sentence ("Voters in Harrow on
Tuesday backed a plan to close the old pier, ending a dispute that residents said" and no more).
With no full stop and nothing else on its line, such a sentence reads as a headline line
(`text.furniture.is_headline_line`) and its document was dropped whole. Where the article's lead
is the only report of the story's main development, the summary then could not state it: three of
the ten readability summaries that missed their development at 1871843 (neus-val-117, 228, 304;
`benchmarks/SUMMARIZATION.md`, "Session 14 (issue 13, the main development)").

`complete_excerpts(documents)` gives such a sentence as the part before its last comma when what
follows the comma is a loose modifier, which the sentence is complete without: a participle
("..., ending ..."), "with", "which", "who", "whose", "including", "amid"; never before "according to"
(session 20: the part would state as fact what the copy attributes, trim.py's rule for tails). The part
must be a clause by the parser (a verb root with its own subject, not a subordinate clause nor a
question) of at least MIN_WORDS words, with its quotation marks and brackets closed and no colon (a
label, a run of headlines). Cased text only: a lower-cased copy's one cut sentence is page text
(val100's one such document is a run of headlines). Without spaCy nothing is completed. The part is cited at its exact offsets; the summary shows it with a
full stop (`finished`), as an editor prints a clause that ends a sentence.

Session 20: the last sentence of every copy, not only a one-sentence excerpt's, and the places a
part may end are `cut_ends.clause_ends`' (a coordinated or subordinate clause by the parse, besides
the loose modifiers here), the part closed under the parse's heads. On val100 (every copy truncated;
239 cut last sentences) 16 get a part, 8 of them reach a 250-word summary; fulltext_dev46 none;
neus_val100 one more (neus-val-215, before "while"). Figures: SUMMARIZATION.md "Session 20 (val100:
a cut copy end ...)".

Measured: of the 300 neus_val100 documents, 8 end without a sentence's end and 3 of those have such a
comma (the three clusters above; each part is a full clause by reading). No fulltext_dev46 article
is touched (each ends its copy on a full stop); of val100's lower-cased copies one would have been
(a run of headlines: the casing and colon checks leave it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..types import Document, Sentence
from .casing import is_cased
from .copy_edges import cut_off, ends_sentence
from .cut_ends import MIN_WORDS, clause_ends, parse_cut  # MIN_WORDS: the least words a completed part has

# A comma before a loose modifier: what follows can go without leaving the clause before it short.
_LOOSE = re.compile(r",\s+(?!according\b)(?:[a-z]+ing|with|which|who|whose|including|amid)\b")
# "-ing" words that are no participle: a comma before them may start a list item or an appositive.
_NOT_PARTICIPLE = frozenset("thing something nothing anything everything king ring spring string wing morning evening building ceiling".split())
_OPENERS = {'"': '"', "“": "”", "(": ")", "[": "]"}


def completed_part(sentence: Sentence, text: str, nlp, parsed=None) -> Sentence | None:
    """`sentence` (the last sentence of an article whose text is `text`) as its longest complete part
    before the cut (`cut_ends.clause_ends`), with exact offsets, or None when it is not cut off or has
    no such part. `parsed`: its parse by `cut_ends.parse_cut`, when the caller has it."""
    if not cut_off(sentence, text):
        return None
    if parsed is None:
        parsed = parse_cut([sentence.text], nlp)[0]
    loose = [m.start() for m in _LOOSE.finditer(sentence.text) if _word_after(sentence.text, m.start()) not in _NOT_PARTICIPLE]
    for a in clause_ends(parsed, loose):
        part = sentence.text[:a].rstrip(" \t\n,;")
        if len(part.split()) < MIN_WORDS or ":" in part or not _balanced(part) or not _clause(part, nlp):
            continue
        start = sentence.start + len(sentence.text) - len(sentence.text.lstrip())
        return replace(sentence, start=start, end=sentence.start + len(part), text=part.lstrip())
    return None


def _word_after(text: str, k: int) -> str:
    words = text[k:].split()
    return words[1].lower() if len(words) > 1 else ""


def complete_excerpts(documents: Sequence[Document]) -> tuple[tuple[Document, ...], frozenset[tuple[str, int]]]:
    """`documents` with each last sentence cut off by its copy given as its complete part
    (`completed_part`), and the (article id, sentence index) keys of the parts given so. A
    one-sentence excerpt only in a cased copy (a lower-cased one is page text, see above)."""
    candidates = [k for k, d in enumerate(documents) if d.sentences and cut_off(d.sentences[-1], d.article.text) and (len(d.sentences) > 1 or is_cased(d.article.text[:5000]))]
    if not candidates:
        return tuple(documents), frozenset()
    try:
        from ..analyze.entities import shared_nlp

        nlp = shared_nlp()
    except Exception:  # no spaCy model here: no part is known to be a clause, none is given
        return tuple(documents), frozenset()
    out, keys = list(documents), set()
    parsed = parse_cut([documents[k].sentences[-1].text for k in candidates], nlp)  # one batch
    for k, doc in zip(candidates, parsed):
        d = documents[k]
        part = completed_part(d.sentences[-1], d.article.text, nlp, doc) if doc is not None else None
        if part is not None:
            out[k] = replace(d, sentences=d.sentences[:-1] + (part,))
            keys.add((part.article_id, part.index))
    return tuple(out), frozenset(keys)


def finished(shown: str, sentence: Sentence, completed: frozenset[tuple[str, int]]) -> str:
    """The summary's text of `sentence` (`shown`), with a full stop when it is a completed part."""
    if (sentence.article_id, sentence.index) in completed and not ends_sentence(shown):
        return shown.rstrip() + "."
    return shown


def _balanced(part: str) -> bool:
    if part.count('"') % 2:
        return False
    return all(part.count(o) == part.count(c) for o, c in _OPENERS.items() if o != '"')


def _clause(part: str, nlp) -> bool:
    """Is `part` one main clause: a verb root with a subject of its own, not a question?"""
    from ..analyze.parsing import parse_texts

    doc = parse_texts(nlp, [part])[0]
    sents = list(doc.sents)
    if len(sents) != 1 or part.rstrip().endswith("?"):
        return False
    root = sents[0].root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "mark" for c in root.children):
        return False  # "After the vote was counted": a subordinate clause
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children)
