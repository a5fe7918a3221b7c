"""A whole quotation without its speaker and the sentence right after it that names who spoke,
shown together or not at all.

A question or exclamation ends a sentence before its attribution: `" should it be me? should it be
now? " bachmann asked, in her appearance on ...` (lower-cased copies split there whatever case
follows; cased ones before a capital). The quotation alone is refused as a quotation without
speaker, while the attribution can pass alone (a quoted show title keeps it from reading as an
orphan attribution) and then says "X asked" of nothing. Session 16 (issue 13) found this once the
splitter gave such quotations their opening mark (`text/quote_marks.py`): before it, the piece was
part of an odd-count quotation block (`quotations._quote_blocks`) and shown with the sentences around
it by chance. The pair becomes a block like a quotation over several sentences: the attribution
leans on the quotation, and the two are chosen together when the pair stands alone.
"""

from __future__ import annotations

import re

from .features import ClusterFeatures
from .standalone import NEEDS_PREVIOUS, STANDS, context_need, reason

# The next sentence opens on its speaker and a verb of speech ("bachmann asked, ...", "the mayor
# said on monday.", "said Ada Quill.").
_SPEAKER_OPENS = re.compile(
    r"^(?:(?:[\w.'’-]+\s+){1,4}?)?(?:said|says|asked|asks|told|tells|added|adds|wrote|writes|tweeted|"
    r"explained|continued|replied|responded|insisted|argued|noted|declared|shouted|yelled|wondered)\b",
    re.I,
)


def speaker_after_blocks(cf: ClusterFeatures, cased: list[bool], blocks: dict[int, tuple[list[int], bool]]) -> None:
    """Add to `blocks` (in place) each speakerless whole quotation with the attribution right after it."""
    quoted = {j for run, _ in blocks.values() for j in run}
    for i in range(len(cf.sentences) - 1):
        j = i + 1
        s, nxt = cf.sentences[i], cf.sentences[j]
        if i in quoted or j in quoted or s.article_id != nxt.article_id or s.index + 1 != nxt.index:
            continue
        is_cased = cased[int(cf.doc_index[i])]
        if nxt.text.count('"') % 2 or not _SPEAKER_OPENS.match(nxt.text.strip().lstrip("\"'“‘ ")):
            continue
        if reason(s.text, is_cased) != "quote without speaker":
            continue
        cf.context[j] = NEEDS_PREVIOUS
        blocks[j] = ([i, j], context_need(s.text + " " + nxt.text, is_cased) == STANDS)
        quoted.update((i, j))
