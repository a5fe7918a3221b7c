"""What the clusterer looks at in an article: the headline and lead (for the embedding), the named
entities (cheap: capitalised words that do not start a sentence), and the publication date."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..types import Article

_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*|[.!?]", re.UNICODE)

# Capitalised words that are not names: sentence openers, days, months, titles.
_NOT_NAMES = frozenset(
    """the a an and but or if in on at to of for by with from as is it its this that these those there
    he she they we you i his her their our my your who what when where why how which while after before
    during since until though although because however meanwhile also still yet so then now here mr mrs ms
    dr sen rep gov president minister prime secretary chief monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october november december
    today yesterday tomorrow last next new according more most some many all one two three first read
    said says reuters ap associated press cnn bbc fox news editor editors note update photo video""".split()
)


def lead_text(article: Article, *, words: int = 120) -> str:
    """Headline plus the first `words` words of the body: what the story is about, up front."""
    body = " ".join(article.text.split()[:words])
    title = (article.title or "").strip()
    if title and not body.startswith(title):
        return f"{title}. {body}"
    return body


def entities(text: str, *, limit: int = 40) -> frozenset[str]:
    """Casefolded capitalised words that do not open a sentence (a cheap stand-in for NER).

    Lower-cased text (some corpora are) simply yields no entities; the embedding still works.
    """
    found: list[str] = []
    sentence_start = True
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        if token in ".!?":
            sentence_start = True
            continue
        if not sentence_start and token[0].isupper() and len(token) > 1:
            key = token.strip("'’-").casefold()
            if key.endswith("'s") or key.endswith("’s"):
                key = key[:-2]
            if key not in _NOT_NAMES and len(key) > 1:
                found.append(key)
                if len(found) >= limit:
                    break
        sentence_start = False
    return frozenset(found)


def article_entities(article: Article, *, words: int = 200) -> frozenset[str]:
    """Entities from the title and the first `words` words of an article."""
    body = " ".join(article.text.split()[:words])
    # The title is capitalised headline-style, so only trust its all-caps words and the body.
    return entities(". " + body) | frozenset(w.casefold() for w in (article.title or "").split() if w.isupper() and len(w) > 1)


def top_counts(counts: dict[str, int], *, keep: int = 60) -> dict[str, int]:
    """The `keep` most frequent entities (ties by name), so per-story state stays small."""
    if len(counts) <= keep:
        return counts
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:keep])


def merge_counts(counts: dict[str, int], names: Iterable[str]) -> dict[str, int]:
    merged = dict(counts)
    for name in names:
        merged[name] = merged.get(name, 0) + 1
    return top_counts(merged)
