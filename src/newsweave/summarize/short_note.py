"""What a summary says about itself when it comes out far under its budget (issue 13, session 19).

A 27-word "summary" of a cluster of articles looks like a broken tool. On the dev sets at 852ccd6
22 summaries chose under half their budget (val100 14 of 100, fulltext_dev46 3 of 46, neus_val100 5 of
100; `benchmarks/near_empty.py`). Every sentence of them was read (benchmarks/SUMMARIZATION.md,
"Session 19 (near-empty summaries)"): in most, what was left out was rightly left out — an opinion
piece's or a letter's first person, quotations cut off from their speaker, tweets and page widgets,
copies cut off mid-sentence, the same lead told again. The summary should stay short there, and
say why, so a reader sees a cautious tool rather than a broken one.

`short_note(cf, chosen, words, stripped)`: None when the chosen sentences reach half of `words`;
else one warning naming how much of the budget was used and what the rest of the articles' text is,
counted sentence by sentence in the order the rules refuse it (held back as opinion or a writer's
voice; page text or a copy cut off; a quotation or a piece of one without its speaker; a sentence
that leans on one not shown; told already, or too short). `stripped` is the number of sentences
`text.furniture` took out before ranking (captions, credits, sign-up lines, headlines).

`only_page_text(...)`: every sentence of every article is page furniture. `prepare.without_furniture`
then keeps the articles as they are (it never leaves nothing), and the summary was a page widget
shown as news: val100 47803, whose two copies are a social site's location-settings notice and
nothing else (the same notice is the whole of 668 of the 688 training copies that hold it,
training, development evidence). The summarizer gives no sentence then, and says so.
"""

from __future__ import annotations

from collections import Counter

from ..text.furniture import strip_furniture
from .features import FEATURE_NAMES
from .standalone import NEEDS_PREVIOUS, NEVER

SHORT = 0.5
PAGE_TEXT_ONLY = "these articles hold only page text (a widget, captions, links or sign-up lines), no news to summarize"  # under this share of the budget the summary explains itself

# (kind, one sentence, several), in the order the note lists them
_KINDS = (
    ("opinion", "is opinion or a writer's own voice", "are opinion or a writer's own voice"),
    ("page", "is page text or cut off mid-sentence", "are page text or cut off mid-sentence"),
    ("quote", "is a quotation without its speaker", "are quotations without their speaker"),
    ("leans", "leans on a sentence that cannot be shown", "lean on sentences that cannot be shown"),
    ("rest", "repeats what is shown or is too short", "repeat what is shown or are too short"),
)


def refused_kinds(cf, chosen, stripped: int = 0) -> Counter:
    """{kind: sentences} for every candidate sentence not chosen (see `_KINDS`)."""
    junk = cf.features[:, FEATURE_NAMES.index("boilerplate")] > 0 if len(cf.sentences) else []
    blocks = getattr(cf, "blocks", frozenset())
    taken = set(chosen)
    out: Counter = Counter()
    out["page"] += stripped
    for i in range(len(cf.sentences)):
        if i in taken or cf.word_counts[i] <= 0:
            continue
        if i in cf.excluded:
            out["opinion"] += 1
        elif junk[i] or cf.context[i] == NEVER:
            out["page"] += 1
        elif i in blocks or cf.sentences[i].text.lstrip()[:1] in "\"“":
            out["quote"] += 1
        elif cf.context[i] == NEEDS_PREVIOUS:
            out["leans"] += 1
        else:
            out["rest"] += 1
    return out


def short_note(cf, chosen, words: int, stripped: int = 0) -> str | None:
    """A warning for a summary far under its budget (None when it is not)."""
    used = sum(int(cf.word_counts[i]) for i in chosen)
    held = sum(int(n) for n in cf.word_counts if n > 0)  # all the words the candidate sentences hold
    if not chosen or used >= SHORT * min(words, held):
        return None  # half the budget, or half of all there is (three short excerpts asked for 120 words)
    kinds = refused_kinds(cf, chosen, stripped)
    if not sum(n for k, n in kinds.items() if k != "rest"):
        return None  # all the rest tells again what is shown: the articles say little, and the summary all of it
    parts = [f"{kinds[k]} {one if kinds[k] == 1 else several}" for k, one, several in _KINDS if kinds[k]]
    rest = f" (of the other sentences, {', '.join(parts)})" if parts else ""
    return f"short summary: {used} of the {words} words asked for; nothing else in these articles can be shown on its own{rest}"


def only_page_text(cf, chosen, words: int, stripped: int, documents) -> bool:
    """Is every sentence of every document page furniture (`text.furniture.strip_furniture`)? Only
    asked of a summary under half its budget when stripping took nothing out (`without_furniture`
    gave the documents back as they were)."""
    if stripped or not documents or sum(int(cf.word_counts[i]) for i in chosen) >= words * SHORT:
        return False
    return not any(strip_furniture(d).sentences for d in documents)
