"""TRIAL, NOT SHIPPED (issue 13, session 16): the news after a glued "?" or "!" in a lower-cased copy
offered as the sentence, instead of the whole sentence never being shown (`lower_pieces.glued_mark`).

`glued_part(sentence)` gives the part after the last glued mark outside quotation marks, exact
offsets kept, when it: (after a lower-cased player "close" button and a lost dateline) has at least
MIN_WORDS words, ends like a sentence, holds no widget, dated caption, call to the reader, speaker's
label, "this/these/those" pointing at the page, reply opening ("yes,", "well,", "maybe so") or "you",
and passes `standalone.reason` read sentence-cased. `patch()` hooks it into `trim.trim_leaning` for
lower-cased copies (what the trial tree did: one line in trim.py).

Measured at a14b5b4 with the hook (SUMMARIZATION.md, "Session 16 (issue 13, ROUGE the rules give
away)"): ROUGE val100 42.20 / 13.87 -> 42.51 / 14.05, fulltext_dev46 and NeuS unchanged (cased);
readability gold: no set loses a publishable sentence (699/816 both, one new sentence read), one more
summary states its development. Not shipped: in 296 training clusters (seed 2727) the 250-word
summaries took 15 such parts and only 6 are publishable (bylines, a ticker, a promo line, a verbless
teaser, unnamed "the microsoft founder"-type references); on val100 the guards were written from
the parts themselves (11 of 13 publishable there: a tuned figure).
A second round of guards (repeated byline name, ticker, promotion verbs, "a look inside", a
pronoun in the first four words; the version here, not ROUGE-measured) on a third fresh training
draw (seed 3838, 394 clusters): 8 of the 20 parts the summaries take are publishable.

    .venv/bin/python benchmarks/glued_parts_trial.py FILE.jsonl [WORDS]   # parts the summaries take
"""

from __future__ import annotations


from __future__ import annotations

import re
from dataclasses import replace

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _imports():
    global Sentence, _outside_quotes, ends_sentence, has_widget, lead_in_end, _GLUED_MARK, dated_caption, video_close_end, reason
    from newsweave.summarize.casing import _outside_quotes
    from newsweave.summarize.copy_edges import ends_sentence, has_widget, lead_in_end
    from newsweave.summarize.lower_pieces import _GLUED_MARK, dated_caption, video_close_end
    from newsweave.summarize.standalone import reason
    from newsweave.types import Sentence

MIN_WORDS = 8
# A call to the reader or a page line, not news.
_PAGE_LINE = re.compile(
    r"^(?:please\s+|click\s|tap\s|share\s|subscribe|sign\s+up|follow\s|watch\s|read\s|see\s|find\s+out|check\s+(?:it\s+)?out|"
    r"get\s+|join\s|download|learn\s+more|to\s|and\s|or\s|but\s|back\s+to\s|[a-z]{1,12}:\s|win\s|enter\s|buy\s|try\s|meet\s|"
    r"discover\s|explore\s|take\s|an?\s+(?:first\s+|inside\s+|closer\s+)?look\s|notably\s|(\w+\s+\w+)\s+\1\b|(?:\S+\s+){0,3}(?:he|she|his|her|him|they|their|them)\b)"
    r"|\b[a-z]{2,5}\s+[-+]\d+(?:\.\d+)?\s?%"
    r"|\b(?:newsletter|click\s+here|sign\s+up|subscribe|read\s+more)\b|&#\d+;|\|",
    re.I,
)
# An answer to the question glued before it ("yes, ...", "well, ...", "maybe so, but ...", "long story
# short, ...", "not ready to ..."), or a part that speaks to the reader: it leans on the teaser.
_REPLY = re.compile(
    r"^(?:yes|yeah|no|nope|well|maybe|perhaps|uh|um|sure|of\s+course|long\s+story\s+short|not|as\s+you|so|turns\s+out|apparently)\b"
    r"|\b(?:you|your|you['’]\s?(?:re|ve|ll|d))\b",
    re.I,
)
# "this interview", "those remarks": a part that points at what the page said before it.
_POINTS_BACK = re.compile(
    r"\b(?:this|these|those)\s+(?!(?:past\s+)?(?:week|weekend|month|year|morning|afternoon|evening|summer|spring|fall|autumn|winter|season)\b)[a-z]",
    re.I,
)


def glued_part(sentence: Sentence) -> Sentence | None:
    """The part of `sentence` (of a lower-cased copy) after its last glued "?"/"!", with exact
    offsets, when that part stands alone as news; None otherwise."""
    _imports()
    text = sentence.text
    last = None
    for m in _GLUED_MARK.finditer(text):
        before = text[: m.start()]
        if before.count('"') % 2 == 0 and before.count("“") == before.count("”"):
            last = m
    if last is None:
        return None
    offset = last.end() - 1  # the lower-case letter that opens the part
    rest = text[offset:]
    offset += video_close_end(rest[:1].upper() + rest[1:])  # a video player's "close" button (lower-cased here)
    offset += lead_in_end(text[offset:], False, False)  # a lost dateline
    part = text[offset:]
    if (len(part.split()) < MIN_WORDS or not ends_sentence(part) or has_widget(part) or dated_caption(part) or _PAGE_LINE.search(part)
            or _POINTS_BACK.search(_outside_quotes(part)) or _REPLY.search(_outside_quotes(part))):
        return None
    if reason(part, False) is not None:
        return None
    return replace(sentence, start=sentence.start + offset, text=part)


def patch(made: set | None = None):
    """Hook `glued_part` into `trim.trim_leaning` for lower-cased copies (this process only); the
    parts given are added to `made` as (article id, start, end)."""
    from dataclasses import replace as _replace

    from newsweave.summarize import extractive, trim
    from newsweave.summarize.casing import is_cased

    original = trim.trim_leaning

    def trim_leaning(documents, lower=False):
        out = []
        for d in documents:
            if is_cased(d.article.text[:5000]):
                out.append(d)
                continue
            parts = tuple(glued_part(s) or s for s in d.sentences)
            if made is not None:
                made.update((p.article_id, p.start, p.end) for p, s in zip(parts, d.sentences) if p is not s)
            out.append(_replace(d, sentences=parts))
        return original(tuple(out), lower)

    extractive.trim_leaning = trim_leaning


def main(argv: list[str] | None = None) -> int:
    """Print every glued part a summary takes (cluster, position, the sentence before, the part)."""
    argv = sys.argv[1:] if argv is None else argv
    sys.path.insert(0, str(REPO / "src"))
    from newsweave.config import Settings
    from newsweave.eval.summarize_eval import articles_for, load_clusters
    from newsweave.pipeline import Pipeline

    made = set()
    patch(made)
    words = int(argv[1]) if len(argv) > 1 else 250
    pipeline = Pipeline.from_settings(Settings().replace(words=words))
    for cluster in load_clusters(argv[0]).clusters:
        made.clear()
        shown = pipeline.report(articles_for(cluster), analyze=False).summary.sentences
        for k, s in enumerate(shown):
            c = s.citations[0]
            if (c.article_id, c.start, c.end) in made:
                print(cluster.id, k, "| before:", shown[k - 1].text[:100] if k else "-", "\n   part:", s.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
