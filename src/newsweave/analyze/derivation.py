"""Copies and rewrites: which article reuses another's text, and which one is the source.

`find_derivations(documents)` scales to tens of thousands of articles: every sentence gets a
MinHash signature of its stemmed content words (robust to light rewording: "injured"/"hurt" costs
one word, not every shingle around it), signatures are cut into LSH bands, and only articles that
share at least `min_pairs` bucketed sentences become candidate pairs. Only candidate pairs are
aligned sentence by sentence. Work grows with the number of sentences, not with pairs of articles.

For each candidate pair, every sentence of the later article is matched to its most similar
sentence of the other (weighted overlap of content words, >= `sentence_threshold`); the share of
its sentences that match is `reused_share`. Sentences that are mostly quotation are left out on
both sides: two outlets quoting the same passage of a third party are not copying each other. A
later article that reuses at least `min_share` of the *earlier* one's sentences (a follow-up that
adds as much new text, often by the same outlet) is reported too, with that reason. The source is the article the other credits by name
("the Marrowby Gazette reported"), else the earlier one, else the longer one.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np

from ..lang.en import BOILERPLATE
from ..text.tokens import _WORD, STOP_WORDS, stem
from ..types import Citation, Derivation, Document, SentencePair

_PRIME = (1 << 61) - 1
_CREDITS_OTHER = re.compile(r"\b(?:[Tt]he\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+(?:reported|has reported|first reported|reports)\b|\baccording to (?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s*(?:$|[.,])|,\s*[A-Z]{2,5}\s+reports\b")
_CREDIT = re.compile(r"(?i)\b(reported|said|says|reports|told|according to|first reported|citing|cited)\b")


class MinHasher:
    """MinHash signatures over sets of strings, seeded so results are reproducible."""

    def __init__(self, num_perm: int = 64, seed: int = 13) -> None:
        rng = np.random.default_rng(seed)
        self.a = rng.integers(1, _PRIME, size=num_perm, dtype=np.uint64)
        self.b = rng.integers(0, _PRIME, size=num_perm, dtype=np.uint64)
        self.num_perm = num_perm

    def signature(self, items: set[str]) -> np.ndarray:
        hashes = np.array([zlib.crc32(x.encode("utf-8")) for x in items], dtype=np.uint64)
        # (a*x + b) mod 2^64, then keep the minimum per permutation; uint64 overflow wraps,
        # which is a fine universal-ish hash for candidate search.
        with np.errstate(over="ignore"):
            values = hashes[None, :] * self.a[:, None] + self.b[:, None]
        return values.min(axis=1)

    def signatures(self, item_sets: list[set[str]]) -> np.ndarray:
        """Signatures of many sets at once (rows); every set must be non-empty."""
        lengths = np.array([len(x) for x in item_sets], dtype=np.int64)
        flat = np.fromiter((zlib.crc32(x.encode("utf-8")) for items in item_sets for x in items), dtype=np.uint64, count=int(lengths.sum()))
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        out = np.empty((len(item_sets), self.num_perm), dtype=np.uint64)
        chunk = 20000  # terms per block keeps the (perm x terms) matrix small
        # Process by whole sets so reduceat boundaries stay inside a block.
        i = 0
        while i < len(item_sets):
            j, total = i, 0
            while j < len(item_sets) and (total + lengths[j] <= chunk or j == i):
                total += lengths[j]
                j += 1
            lo, hi = starts[i], starts[i] + total
            with np.errstate(over="ignore"):
                values = flat[None, lo:hi] * self.a[:, None] + self.b[:, None]
            out[i:j] = np.minimum.reduceat(values, starts[i:j] - lo, axis=1).T
            i = j
        return out


class _Terms:
    """content_terms with a per-run stem cache (news vocabulary repeats; stemming dominates)."""

    def __init__(self) -> None:
        self.cache: dict[str, str | None] = {}

    def __call__(self, text: str) -> list[str]:
        out = []
        cache = self.cache
        for token in _WORD.findall(text):
            term = cache.get(token, "")
            if term == "":
                low = token.lower().replace("’", "'")
                term = None if low in STOP_WORDS or len(low) < 2 else stem(low)
                cache[token] = term
            if term is not None:
                out.append(term)
        return out


def _similarity(a: Counter, b: Counter, idf: dict[str, float]) -> float:
    """Weighted overlap coefficient of two bags of content words (0-1)."""
    shared = sum(min(a[t], b[t]) * idf.get(t, 1.0) for t in a.keys() & b.keys())
    wa = sum(c * idf.get(t, 1.0) for t, c in a.items())
    wb = sum(c * idf.get(t, 1.0) for t, c in b.items())
    if not wa or not wb:
        return 0.0
    # Harmonic mean of the two containments: penalises a short sentence matching a long one.
    ca, cb = shared / wa, shared / wb
    return 2 * ca * cb / (ca + cb) if ca + cb else 0.0


def _credits(copy: Document, source: Document) -> bool:
    """Does `copy` credit `source` by outlet name ("the Marrowby Gazette reported", "the Gazette said")?"""
    outlet = source.article.outlet
    if not outlet or outlet.lower().startswith("unknown"):
        return False
    names = {outlet}
    words = [w for w in outlet.split() if w[:1].isupper()]
    if len(words) >= 2:
        names.add(words[-1])  # "the Gazette"
    text = copy.article.text
    for name in names:
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            if _CREDIT.search(text, m.end(), m.end() + 40) or _CREDIT.search(text[max(0, m.start() - 30) : m.start()]):
                return True
    return False


def find_derivations(
    documents: Sequence[Document],
    *,
    sentence_threshold: float = 0.6,
    min_share: float = 0.5,
    min_pairs: int = 2,
    bands: int = 16,
    rows: int = 4,
    seed: int = 13,
) -> tuple[Derivation, ...]:
    """Pairs of documents where one reuses at least `min_share` of its sentences from the other.

    In: any number of segmented documents. Out: one `Derivation` per copy/source pair, with the
    aligned sentence pairs, strongest reuse first.
    """
    documents = list(documents)
    hasher = MinHasher(bands * rows, seed)
    sent_terms: list[list[Counter]] = []
    df: Counter[str] = Counter()
    buckets: dict[tuple[int, bytes], list[tuple[int, int]]] = defaultdict(list)
    terms_of = _Terms()
    keys: list[tuple[int, int]] = []
    sets: list[set[str]] = []
    for d_i, doc in enumerate(documents):
        bags = []
        for s_i, s in enumerate(doc.sentences):
            # Only short lines can be site chrome; the regex is costly on long sentences.
            terms = terms_of(s.text) if len(s.text) > 200 or not BOILERPLATE.search(s.text) else []
            bag = Counter(terms)
            bags.append(bag)
            df.update(bag.keys())
            if len(bag) >= 4:
                keys.append((d_i, s_i))
                sets.append(set(bag))
        sent_terms.append(bags)
    if sets:
        sigs = hasher.signatures(sets)
        for key, sig in zip(keys, sigs):
            for band in range(bands):
                buckets[(band, sig[band * rows : (band + 1) * rows].tobytes())].append(key)
    n_sent = max(sum(len(b) for b in sent_terms), 1)
    idf = {t: math.log((1 + n_sent) / (1 + c)) + 1.0 for t, c in df.items()}

    pair_hits: dict[tuple[int, int], set[tuple[int, int]]] = defaultdict(set)
    for members in buckets.values():
        docs_in = {d for d, _ in members}
        if len(docs_in) < 2 or len(members) > 200:
            continue  # boilerplate shared by hundreds of articles says nothing about copying
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                (da, sa), (db, sb) = members[x], members[y]
                if da == db:
                    continue
                key = (da, db) if da < db else (db, da)
                pair_hits[key].add((sa, sb) if da < db else (sb, sa))

    out: list[Derivation] = []
    for (da, db), hits in pair_hits.items():
        a, b = documents[da], documents[db]
        if len(hits) < min(min_pairs, len(a.sentences), len(b.sentences)):
            continue
        source_i, copy_i, reason = _direction(da, db, documents)
        source, copy = documents[source_i], documents[copy_i]
        pairs = []
        copy_bags, source_bags = sent_terms[copy_i], sent_terms[source_i]
        # A sentence that is mostly a quotation says what a third party said: two outlets quoting
        # the same statement are not copying each other, so such sentences are not counted.
        copy_quoted, source_quoted = _mostly_quoted(copy), _mostly_quoted(source)
        countable = [i for i, bag in enumerate(copy_bags) if len(bag) >= 2 and i not in copy_quoted]
        source_countable = [i for i, bag in enumerate(source_bags) if len(bag) >= 2 and i not in source_quoted]
        for ci in countable:
            best, best_sim = -1, 0.0
            for si, sbag in enumerate(source_bags):
                if len(sbag) < 2 or si in source_quoted:
                    continue
                sim = _similarity(copy_bags[ci], sbag, idf)
                if sim > best_sim:
                    best, best_sim = si, sim
            if best >= 0 and best_sim >= sentence_threshold:
                cs, ss = copy.sentences[ci], source.sentences[best]
                pairs.append(SentencePair(source=Citation(source.article.id, ss.start, ss.end, ss.index), copy=Citation(copy.article.id, cs.start, cs.end, cs.index), similarity=round(best_sim, 4)))
        share = len(pairs) / max(len(countable), 1)
        # A follow-up that reuses half of the earlier story but adds as much new text is a
        # rewrite too: measure the reuse against the source's sentences as well.
        source_share = len({p.source.sentence_index for p in pairs}) / max(len(source_countable), 1)
        follow_up = source_share >= min_share and len(pairs) >= max(min_pairs, 3)
        if (share >= min_share or follow_up) and len(pairs) >= min(min_pairs, len(countable)) and pairs:
            if share < min_share:
                same = source.article.outlet == copy.article.outlet and not source.article.outlet.lower().startswith("unknown")
                reason = (f"follow-up{' by the same outlet' if same else ''} reusing {source_share:.0%} of the earlier story" + (f"; {reason}" if reason else ""))
            out.append(Derivation(source_id=source.article.id, copy_id=copy.article.id, reused_share=share, pairs=tuple(pairs), reason=reason))
    out.sort(key=lambda d: (-d.reused_share, -len(d.pairs), d.copy_id))
    return tuple(out)


_QUOTE_SPAN = re.compile(r"[“\"]([^”\"]{12,})[”\"]")


def _mostly_quoted(doc: Document) -> set[int]:
    """Indexes of sentences at least half of whose characters are inside quotation marks."""
    out = set()
    text = doc.article.text
    spans = [(m.start(1), m.end(1)) for m in _QUOTE_SPAN.finditer(text)]
    for i, s in enumerate(doc.sentences):
        inside = sum(max(0, min(b, s.end) - max(a, s.start)) for a, b in spans if a < s.end and s.start < b)
        if inside >= 0.5 * max(len(s.text), 1):
            out.add(i)
    return out


def _direction(da: int, db: int, documents: list[Document]) -> tuple[int, int, str]:
    """(source index, copy index, reason)."""
    a, b = documents[da], documents[db]
    credits_a, credits_b = _credits(b, a), _credits(a, b)
    if credits_a != credits_b:
        return (da, db, f"credited by name (\u201c{a.article.outlet}\u201d)") if credits_a else (db, da, f"credited by name (\u201c{b.article.outlet}\u201d)")
    # A rewrite tends to credit someone else's reporting ("The BBC reported that ..."); an
    # original does not. Only decisive when exactly one of the two does it.
    cites_a, cites_b = bool(_CREDITS_OTHER.search(a.article.text)), bool(_CREDITS_OTHER.search(b.article.text))
    if cites_a != cites_b:
        return (db, da, "the other credits someone else's reporting") if cites_a else (da, db, "the other credits someone else's reporting")
    pa, pb = a.article.published, b.article.published
    if pa and pb and pa != pb:
        return (da, db, "published earlier") if pa < pb else (db, da, "published earlier")
    if len(a.sentences) != len(b.sentences):
        return (da, db, "longer, more detailed") if len(a.sentences) > len(b.sentences) else (db, da, "longer, more detailed")
    return (da, db, "order undetermined; first seen")
