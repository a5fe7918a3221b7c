"""Seeded synthetic articles with planted rewrites, for derivation tests and the scale benchmark."""

from __future__ import annotations

import datetime as dt
import random

from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article, Document, content_id


def _vocab(rng: random.Random, n: int) -> list[str]:
    letters = "bcdfghjklmnprstvwz"
    vowels = "aeiou"
    return ["".join(rng.choice(letters) + rng.choice(vowels) for _ in range(rng.randint(2, 4))) for _ in range(n)]


def corpus(n_articles: int, n_copies: int, *, seed: int = 5, sentences: int = 12) -> tuple[list[Document], set[tuple[str, str]]]:
    """`n_articles` independent articles plus `n_copies` light rewrites of some of them (one word
    in five replaced, a credit-free copy published a day later). Returns the documents and the
    planted (source_id, copy_id) pairs."""
    rng = random.Random(seed)
    vocab = _vocab(rng, 20000)
    segmenter = RuleSegmenter()
    base = dt.date(2024, 1, 1)

    def sentence() -> list[str]:
        return [rng.choice(vocab) for _ in range(rng.randint(10, 20))]

    def text(sents: list[list[str]]) -> str:
        return "\n\n".join(" ".join(w).capitalize() + "." for w in sents)

    originals = []
    docs = []
    for i in range(n_articles):
        sents = [sentence() for _ in range(sentences)]
        body = text(sents)
        art = Article(id=content_id(body), outlet=f"Outlet {i % 97}", text=body, published=base + dt.timedelta(days=i % 300))
        originals.append((art, sents))
        docs.append(segmenter.split(art))
    planted = set()
    for k in range(n_copies):
        src, sents = originals[rng.randrange(len(originals))]
        rewritten = [[w if rng.random() > 0.2 else rng.choice(vocab) for w in s] for s in sents]
        body = text(rewritten)
        art = Article(id=content_id(body), outlet=f"Copier {k}", text=body, published=src.published + dt.timedelta(days=1))
        docs.append(segmenter.split(art))
        planted.add((src.id, art.id))
    return docs, planted
