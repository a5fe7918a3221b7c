""""Adds to" that is no speech: "The new rule adds to “a list that ...,” Vance said" (issue 12,
session 17).

"add" is a speech verb ("“...,” she added"), so a quotation that is the object of "adds to" was
credited to the subject of "adds" (here a thing, so unknown), and the attribution right after
the closing mark ("Vance said") was never read. "add" with a "to" phrase and no clause of its own
(no quotation or reported clause as its complement: "“...,” he added to reporters" keeps one) means
"increase", not "say"; it is then no cue, and the speech verb above it governs the quotation.

Found on the seed24 quote draw (benchmarks/ANALYSIS.md, "Session 17 (quotes: party, state and
office)"), two mentions; measured there with quote_precision, quote_quality and quote_merge against
d8558a4.
"""

from __future__ import annotations

_ADD = frozenset({"add", "adds", "added", "adding"})
# Children that carry what was said: "he added, “...”", "added that ...", "added to reporters: “...”".
_CLAUSAL = frozenset({"ccomp", "xcomp", "parataxis", "dep", "advcl", "conj", "dobj", "oprd"})


def adds_to(tok) -> bool:
    """Whether `tok` is "add" used as "add to <something>" with no clause of its own."""
    if tok.lower_ not in _ADD:
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return False
    return not any(c.dep_ in _CLAUSAL for c in tok.children)
