"""A later story of the same outlet that reuses its own earlier one: an update, not a second outlet.

Newsrooms update a developing story by writing a new top and keeping a long run of the earlier
version below it (often with its quotations, which are the outlet's own reporting here). Such a
pair is one outlet telling the story twice: `derivation.find_derivations` reports it with
`update=True`, the earlier story as the source. The same outlet is the same name (ignoring case,
a leading "The" and a bracketed qualifier such as "(Online)") or the same web domain.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from ..types import Article, SentencePair

# A long reused run: at least this many sentences in a row, in the earlier story's order, and at
# least this share of the earlier story. Set once from what an update keeps (a paragraph or more
# of background); not tuned (no real gold positive exists: benchmarks/gold/README.md).
UPDATE_RUN = 3
UPDATE_SHARE = 0.25


def outlet_key(outlet: str) -> str:
    """"The Valley Gazette (Online)" -> "valley gazette"; "" for unknown outlets."""
    if not outlet or outlet.lower().startswith("unknown"):
        return ""
    name = re.sub(r"\s*\([^)]*\)\s*$", "", outlet).strip().lower()
    name = re.sub(r"^the\s+", "", name)
    return re.sub(r"[^\w]+", " ", name).strip()


def domain(url: str | None) -> str:
    """"https://www.valley-gazette.example/news/1" -> "valley-gazette.example"; "" when none."""
    if not url:
        return ""
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return ""
    return re.sub(r"^(?:www\d?|m|amp|mobile)\.", "", host.lower())


def same_outlet(a: Article, b: Article) -> bool:
    ka, kb = outlet_key(a.outlet), outlet_key(b.outlet)
    if ka and ka == kb:
        return True
    da, db = domain(a.url), domain(b.url)
    return bool(da) and da == db


def longest_run(pairs: Sequence[SentencePair]) -> int:
    """The longest stretch of copy sentences, one after another, that reuse source sentences one
    after another (either side may skip one sentence between two reused ones)."""
    best = run = 0
    prev = None
    for p in sorted(pairs, key=lambda p: p.copy.sentence_index):
        c, s = p.copy.sentence_index, p.source.sentence_index
        if prev is not None and 0 < c - prev[0] <= 2 and 0 < s - prev[1] <= 2:
            run += 1
        else:
            run = 1
        best = max(best, run)
        prev = (c, s)
    return best


def is_update(pairs: Sequence[SentencePair], source_countable: int) -> bool:
    """A long run of the earlier story reused in order (`UPDATE_RUN`, `UPDATE_SHARE`)."""
    reused = len({p.source.sentence_index for p in pairs})
    return longest_run(pairs) >= UPDATE_RUN and reused >= UPDATE_SHARE * max(source_countable, 1)
