"""What may stand in for a generated sentence that failed the check: a clean source sentence.

Page furniture (photo captions and credits, related-story links, a video player's "CLOSE" prefix,
newsletter lines) and bare quotation fragments (a sentence inside a multi-sentence quote, with no
speaker) are real source sentences but not news: they must never replace a sentence in a summary.
`text.furniture` is the one place that knows page furniture; while it is not in the tree, a minimal
guard here covers the kinds issue 14 found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Document

try:  # text.furniture is owned by the extractive summarizer's engineer (issue 18)
    from ..text.furniture import is_furniture as _is_furniture
except ImportError:  # pragma: no cover - depends on the tree
    _is_furniture = None

try:
    from .extractive import without_furniture as _without_furniture
except ImportError:  # pragma: no cover
    _without_furniture = None

_CLUTTER = re.compile(
    r"^\s*(?:CLOSE\b|Close\s+Video|Video:|Watch:|WATCH:|Photo:|Image:|Related:|RELATED:|Read more|READ MORE|See also|"
    r"Click here|Sign up|Subscribe|Advertisement|Share this|Follow us)"
    r"|\((?:AP|Reuters|Getty)\s+Photo|Getty Images|AP Photo|Image copyright|Image caption|Photo credit|"
    r"\bclick here\b|All rights reserved|©",
    re.I,
)
_MIN_WORDS = 6


def quote_fragment(text: str) -> bool:
    """A short sentence inside a quotation that runs over several sentences: it opens a quote it
    does not close, or closes one it did not open. Out of context it has no speaker."""
    t = text.strip()
    if len(t.split()) >= 14:
        return False
    unbalanced = t.count('"') % 2 == 1 or t.count("“") != t.count("”")
    return unbalanced and (t[:1] in ('"', "“") or t[-1:] in ('"', "”"))


def clean_replacement(text: str) -> bool:
    """May `text` (a source sentence) replace a failed generated sentence?"""
    t = " ".join(text.split())
    if len(t.split()) < _MIN_WORDS or not re.search(r"[.!?][\"'”’)]*$", t):
        return False  # headlines, link text, captions without a full stop
    if _CLUTTER.search(t) or quote_fragment(t):
        return False
    if _is_furniture is not None and _is_furniture(t):
        return False
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", t)
    capped = sum(w[0].isupper() for w in words[1:])
    return not (len(words) >= 5 and capped / max(1, len(words) - 1) > 0.6)  # Title Case link text


def without_furniture(documents: Sequence[Document]) -> tuple[Document, ...]:
    """The documents as the extractive summarizer sees them (furniture trimmed), when it can."""
    documents = tuple(documents)
    return _without_furniture(documents) if _without_furniture is not None else documents
