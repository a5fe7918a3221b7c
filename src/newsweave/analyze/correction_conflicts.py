"""Corrected figures: an article's correction notice gives a figure that another article states
differently (a notice that an earlier version got a warehouse's floor area wrong and that it is
about 2.8 million square feet, against another outlet's "at least 2.1 million square feet").

A correction notice says that this very figure was once reported wrong, so another outlet's
different figure for the same thing is a disagreement an editor must settle even when the hedges
would let both stand ("approximately 4.5 million" and "at least 3.7 million" overlap): the two
figures are compared as written, without their hedges. A notice is a sentence that says an
earlier version of this story, article or report misstated, misreported or incorrectly gave
something, or that the story was corrected. Its figures (`quantities`) are compared with every
figure of the same unit in the other articles; a pair conflicts when:

- the unit is a counted or measured thing, not a bare number;
- the two values differ by more than rounding (5% of the larger);
- the other sentence shares two content words with the notice besides the unit's words (what the
  figure is of: "warehouses", "storage", "cover"), and among the other article's figures of that
  unit it is the one sharing the most.

Copies are one source (`sources`). Words only: no parser needed.
"""

from __future__ import annotations

import re

from ..text.tokens import content_terms
from ..types import Citation, Conflict, ConflictSide, Document
from .facts import is_fact_sentence
from .quantities import quantities

_NOTICE = re.compile(
    r"\b(?:an?|the)\s+(?:earlier|previous|prior|original)\s+version\s+of\s+this\s+(?:story|article|report|post)\b[^.;]*?"
    r"\b(?:misstated|misreported|misidentified|incorrectly|wrongly|mistakenly|erroneously)\b"
    r"|\b(?:this|the)\s+(?:story|article|report)\s+(?:has\s+been|was)\s+(?:corrected|updated\s+to\s+correct)\b", re.I)
_ROUNDING = 0.05


def _display(text: str, q) -> str:
    """The figure as written, with the word that completes its unit ("4.5 million square feet")."""
    surface = text[q.start: q.end].strip()
    if surface.split()[-1].lower() in ("square", "cubic"):
        nxt = re.match(r"\s+[A-Za-z]+", text[q.end:])
        surface += nxt.group(0) if nxt else ""
    return surface


def _digits(surface: str) -> str:
    return re.sub(r"\D", "", surface)


def _cite(s) -> Citation:
    return Citation(s.article_id, s.start, s.end, s.index)


def correction_conflicts(documents: tuple[Document, ...], *, sources=None) -> list[Conflict]:
    """Figures of a correction notice against another article's different figure of the same
    thing (see the module docstring)."""
    notices = [(d_i, s) for d_i, d in enumerate(documents) for s in d.sentences if _NOTICE.search(s.text)]
    if not notices:
        return []
    out = []
    for d_i, note in notices:
        note_terms = set(content_terms(note.text))
        for q in quantities(note.text):
            if q.unit in ("#", "") or not q.value:
                continue
            unit_terms = set(content_terms(q.surface))
            for o_i, other in enumerate(documents):
                if o_i == d_i or (sources is not None and sources.root.get(other.article.id, other.article.id) == sources.root.get(note.article_id, note.article_id)):
                    continue
                best, best_shared = None, 1
                for s in other.sentences:
                    if not is_fact_sentence(s) or _NOTICE.search(s.text):
                        continue
                    for q2 in quantities(s.text):
                        if q2.unit != q.unit:
                            continue
                        shared = len((set(content_terms(s.text)) & note_terms) - unit_terms)
                        if shared > best_shared:
                            best, best_shared = (s, q2), shared
                if best is None:
                    continue
                s, q2 = best
                if abs(q.value - q2.value) <= _ROUNDING * max(abs(q.value), abs(q2.value)) or _digits(q.surface) == _digits(q2.surface):
                    continue  # the same figure, or the same digits read with another scale word
                sides = (ConflictSide(text=note.text, citations=(_cite(note),), value=_display(note.text, q), article_ids=(note.article_id,)),
                         ConflictSide(text=s.text, citations=(_cite(s),), value=_display(s.text, q2), article_ids=(s.article_id,)))
                out.append(Conflict(about=f"number: a corrected figure ({_display(note.text, q)})", kind="number", sides=sides))
    return out
