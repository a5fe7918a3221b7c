"""Duplicates at corpus scale: exact (same content id) and near (wire copies with a new headline,
a trimmed last paragraph or a few edited words), the way NeMo Curator and datatrove deduplicate web text:
a MinHash signature per article (word 5-gram shingles), then locality-sensitive hashing (LSH) to
find the pairs whose estimated Jaccard similarity is at least `threshold`, without comparing every
pair.

Signatures are a pure function of the text, so an engine computes them wherever the text is (Ray
workers, next to segmenting and embedding); the LSH index is built once, on the driver, from the
signatures alone (64 integers per article). Uses the `datasketch` library (`pip install
newsweave[ray]` brings it).

Near-duplicates are reported (`newsweave batch` writes them to `duplicates.jsonl`); they do not
change the stories: a copy of an article is still evidence of its outlet. A paraphrased rewrite
(on the bundled example, two articles share 76% of the shorter one's 5-grams but only 43% of their
union) is below the Jaccard threshold on purpose: the story's derivation analysis, which compares
sentences, finds those and stops them counting as a second source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..errors import ConfigError

NUM_PERM = 64
SHINGLE = 5
THRESHOLD = 0.8
SEED = 1
SCHEME = "affine32"  # datasketch >= 2.0; named, so signatures made on one machine rebuild on another
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class NearDuplicate:
    """Two articles whose texts share most of their word 5-grams (estimated Jaccard `similarity`)."""

    a: str
    b: str
    similarity: float


def _datasketch():
    try:
        import datasketch
    except ImportError:
        raise ConfigError("near-duplicate detection needs the datasketch package", hint="pip install 'newsweave[ray]' (or pip install datasketch)") from None
    return datasketch


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    """Lower-cased word k-grams (a text shorter than k words is one shingle)."""
    words = _WORD.findall(text.casefold())
    if len(words) <= k:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


def signature(text: str, *, num_perm: int = NUM_PERM):
    """The MinHash signature of `text` (numpy uint64 array of `num_perm` values)."""
    datasketch = _datasketch()
    m = datasketch.MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME)
    m.update_batch(list(shingles(text)))
    return m.hashvalues


def near_duplicates(ids: Sequence[str], signatures: Sequence, *, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> list[NearDuplicate]:
    """Pairs of distinct ids whose signatures say Jaccard >= `threshold` (each pair once, in input
    order of its later member)."""
    datasketch = _datasketch()
    lsh = datasketch.MinHashLSH(threshold=threshold, num_perm=num_perm)
    pairs: list[NearDuplicate] = []
    minhashes = {}
    for article_id, values in zip(ids, signatures):
        if article_id in minhashes:
            continue
        m = datasketch.MinHash(num_perm=num_perm, seed=SEED, hashvalues=values, scheme=SCHEME)
        for other in lsh.query(m):
            similarity = float(m.jaccard(minhashes[other]))
            if similarity >= threshold:
                pairs.append(NearDuplicate(other, article_id, round(similarity, 4)))
        lsh.insert(article_id, m)
        minhashes[article_id] = m
    return pairs


def exact_duplicates(ids: Iterable[str]) -> int:
    """How many of `ids` repeat an earlier one (articles with the same content id)."""
    seen: set[str] = set()
    repeats = 0
    for i in ids:
        repeats += i in seen
        seen.add(i)
    return repeats
