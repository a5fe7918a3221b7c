"""A whole quotation without its speaker and the sentence right after it that names who spoke,
shown together or not at all.

A question or exclamation ends a sentence before its attribution: `" is the pier safe? who checked
it? " quill asked, in an interview on ...` (lower-cased copies split there whatever case follows;
cased ones before a capital). The quotation alone is refused as a quotation without
speaker, while the attribution can pass alone (a quoted show title keeps it from reading as an
orphan attribution) and then says "X asked" of nothing. Session 16 (issue 13) found this once the
splitter gave such quotations their opening mark (`text/quote_marks.py`): before it, the piece was
part of an odd-count quotation block (`quotations._quote_blocks`) and shown with the sentences around
it by chance. The pair becomes a block like a quotation over several sentences: the attribution
leans on the quotation, and the two are chosen together when the pair stands alone.

Only a quotation ending on "?" or "!" (where a splitter ends the sentence before its attribution) and
an attribution whose verb ends the clause ("asked, in ...", "said on monday.", not "said last month
that ..."). A first version that took any "X said ..." sentence after any quotation paired reported
speech of its own with quotations in 2 fulltext_dev46 clusters; this one forms 5 pairs in the three
summarization dev files (all the quotation's speaker) and 40 in 3,000 training clusters (seed 1818,
development evidence: 14 of 15 read were the quotation's attribution; the one that was not, "told the
jury ... that ...", is why a "that" in the sentence now rules it out).
"""

from __future__ import annotations

import re

from .features import ClusterFeatures
from .standalone import NEEDS_PREVIOUS, STANDS, context_need, reason

# The next sentence opens on its speaker and a verb of speech, and the verb ends the clause ("quill
# asked, in an interview ...", "the mayor said on monday.", "said Ada Quill."): not reported speech
# of its own ("the police said last week that ...").
_SPEAKER_OPENS = re.compile(
    r"^(?:(?:[\w.'’-]+\s+){1,4}?)?(?:said|says|asked|asks|added|adds|wrote|writes|tweeted|explained|continued|"
    r"replied|responded|insisted|argued|noted|declared|shouted|yelled|wondered|(?:told|tells)(?:\s+[\w.'’-]+){1,3}?)"
    r"(?:\s*[,.]|\s+(?:on|in|at|to|during|after|before|from|via|with|outside|later|earlier|yesterday|today)\b)",
    re.I,
)
# The quotation ends on a question or an exclamation: the one place a splitter ends a sentence before
# the attribution that completes it.
# "... told the jury on tuesday that ...": a claim of its own, not the quotation's attribution.
_THAT = re.compile(r"\bthat\b", re.I)
_ASKS = re.compile(r"""[?!]\s*["”]$""")


def speaker_after_blocks(cf: ClusterFeatures, cased: list[bool], blocks: dict[int, tuple[list[int], bool]]) -> None:
    """Add to `blocks` (in place) each speakerless whole quotation with the attribution right after it."""
    quoted = {j for run, _ in blocks.values() for j in run}
    for i in range(len(cf.sentences) - 1):
        j = i + 1
        s, nxt = cf.sentences[i], cf.sentences[j]
        if i in quoted or j in quoted or s.article_id != nxt.article_id or s.index + 1 != nxt.index:
            continue
        is_cased = cased[int(cf.doc_index[i])]
        if nxt.text.count('"') % 2 or _THAT.search(nxt.text) or not _SPEAKER_OPENS.match(nxt.text.strip().lstrip("\"'“‘ ")):
            continue
        if not _ASKS.search(s.text.rstrip()) or reason(s.text, is_cased) != "quote without speaker":
            continue
        cf.context[j] = NEEDS_PREVIOUS
        blocks[j] = ([i, j], context_need(s.text + " " + nxt.text, is_cased) == STANDS)
        quoted.update((i, j))
