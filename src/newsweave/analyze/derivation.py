"""Copies and rewrites: which article reuses another's text, and which one is the source.

`find_derivations(documents)` scales to tens of thousands of articles: every sentence gets a
MinHash signature of its stemmed content words (robust to light rewording: "injured"/"hurt" costs
one word, not every shingle around it), signatures are cut into LSH bands, and only articles that
share at least `min_pairs` bucketed sentences become candidate pairs. Only candidate pairs are
aligned sentence by sentence. Work grows with the number of sentences, not with pairs of articles.

An article that names another one's outlet as its source ("…, the Marrowby Gazette reported",
"told the Gazette") is a candidate pair with it too, whatever the buckets say: aggregators reword
every sentence of the story they restate, which leaves no identical sentence to bucket.

For each candidate pair, every sentence of the later article is matched to its most similar
sentence of the other (weighted overlap of content words, >= `sentence_threshold`, or the lower
`credited_threshold` when the copy names the source); the share of its sentences that match is
`reused_share`. Sentences that are mostly quotation (quote marks paired in order, a quote left
open at a paragraph break or at the end of a cut text included) are left out on both sides: two
outlets quoting the same passage of a third party are not copying each other. One matched
sentence is not enough (two reports of one fact look like that) unless it is near-verbatim and
the whole text, or the copy names the source. A later article that reuses at least `min_share` of
the *earlier* one's sentences (a follow-up that adds as much new text, often by the same outlet)
is reported too, with that reason. A reworded rewrite with no sentence close enough to count
(an aggregator restating a story in its own words, often without naming it) is found by its lead:
the copy's sentences restate the source's first sentences one after another, in order
(`rewrite.lead_run`, at `rewrite_threshold`); in a set of up to `exhaustive_up_to` articles every
pair is tried for that, since rewording leaves nothing for the buckets; a copy that names the other
as its source takes a lower bar there (`credited_rewrite_threshold`). A rewrite that opens with a
lead-in of its own, or moves the source's sentences around, is found when every sentence of the
shorter text has a counterpart in the other (`rewrite_align`). A copy crediting the other in its
first sentence and spreading the other's long lead over its own short first sentences is found by
its opening as a whole (`credited_split_leads`). One outlet's later story
keeping a long run of its earlier one is reported as its update (`rewrite_update`). Which one is the
source comes from evidence, not length (`rewrite_direction`). Measured on real clusters:
benchmarks/copies_quality.py.
"""

from __future__ import annotations

import math
import zlib
from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np

from ..lang.en import BOILERPLATE
from ..text.tokens import _WORD, STOP_WORDS, stem
from ..types import Citation, Derivation, Document, SentencePair
from .credited_split_leads import COPY_SPAN, SOURCE_SPAN, credits_in_first_sentence, split_lead
from .rewrite import LEAD_SENTENCES, lead_run
from .rewrite import mostly_quoted as _mostly_quoted
from .rewrite_align import ALIGN_SENTENCES, aligned_rewrite, could_align
from .rewrite import quote_spans as _quote_spans  # noqa: F401 - kept for callers of the old name
from .rewrite_credit import credit_pairs as _credit_pairs
from .rewrite_credit import credits as _credits  # noqa: F401 - kept for callers of the old name
from .rewrite_direction import direction
from .rewrite_update import is_update, longest_run, same_outlet

_PRIME = (1 << 61) - 1


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


def find_derivations(
    documents: Sequence[Document],
    *,
    sentence_threshold: float = 0.6,
    credited_threshold: float = 0.45,
    rewrite_threshold: float = 0.45,
    credited_rewrite_threshold: float = 0.35,
    exhaustive_up_to: int = 100,
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

    # An article that names another one's outlet as its source ("..., CBS News reported") and
    # restates its sentences is a rewrite even when the rewording leaves no identical sentence for
    # the MinHash buckets: such pairs are candidates, aligned at a lower bar.
    credited = _credit_pairs(documents)
    for c, src in credited:
        pair_hits.setdefault((c, src) if c < src else (src, c), set())

    weights: dict[tuple[int, int], float] = {}

    def weight(d_i: int, s_i: int) -> float:
        key = (d_i, s_i)
        if key not in weights:
            weights[key] = sum(c * idf.get(t, 1.0) for t, c in sent_terms[d_i][s_i].items())
        return weights[key]

    quoted_cache: dict[int, set[int]] = {}
    tells: dict[str, tuple[bool, bool, bool]] = {}

    def quoted(d_i: int) -> set[int]:
        if d_i not in quoted_cache:
            quoted_cache[d_i] = _mostly_quoted(documents[d_i])
        return quoted_cache[d_i]

    countable_cache: dict[int, list[int]] = {}

    def countable_of(d_i: int) -> list[int]:
        if d_i not in countable_cache:
            q = quoted(d_i)
            countable_cache[d_i] = [i for i, bag in enumerate(sent_terms[d_i]) if len(bag) >= 2 and i not in q]
        return countable_cache[d_i]

    lead_terms_cache: dict[int, set[str]] = {}

    def lead_terms_of(d_i: int) -> set[str]:
        if d_i not in lead_terms_cache:
            lead_terms_cache[d_i] = {t for i in countable_of(d_i)[:ALIGN_SENTENCES] for t in sent_terms[d_i][i]}
        return lead_terms_cache[d_i]

    out: list[Derivation] = []
    done: set[tuple[int, int]] = set()
    for (da, db), hits in pair_hits.items():
        a, b = documents[da], documents[db]
        if (da, db) not in credited and (db, da) not in credited and len(hits) < min(min_pairs, len(a.sentences), len(b.sentences)):
            continue
        source_i, copy_i, reason = _direction(da, db, documents, tells)
        credit = (copy_i, source_i) in credited
        threshold = credited_threshold if credit else sentence_threshold
        source, copy = documents[source_i], documents[copy_i]
        same = same_outlet(a.article, b.article)
        pairs = []
        copy_bags, source_bags = sent_terms[copy_i], sent_terms[source_i]
        # A sentence that is mostly a quotation says what a third party said: two outlets quoting
        # the same statement are not copying each other, so such sentences are not counted. One
        # outlet reusing its own story reuses its own quotations too: they count then.
        copy_quoted, source_quoted = (set(), set()) if same else (quoted(copy_i), quoted(source_i))
        countable = [i for i, bag in enumerate(copy_bags) if len(bag) >= 2 and i not in copy_quoted]
        source_countable = [i for i, bag in enumerate(source_bags) if len(bag) >= 2 and i not in source_quoted]
        # _similarity inlined, each bag's weight computed once: this loop is the hot spot.
        source_side = [(si, source_bags[si], weight(source_i, si)) for si in source_countable]
        for ci in countable:
            best, best_sim = -1, 0.0
            cbag, cw = copy_bags[ci], weight(copy_i, ci)
            for si, sbag, sw in source_side:
                keys = cbag.keys() & sbag.keys()
                if not keys or not cw or not sw:
                    continue
                shared = sum(min(cbag[t], sbag[t]) * idf.get(t, 1.0) for t in keys)
                ca, cb = shared / cw, shared / sw
                sim = 2 * ca * cb / (ca + cb)
                if sim > best_sim:
                    best, best_sim = si, sim
            if best >= 0 and best_sim >= threshold:
                cs, ss = copy.sentences[ci], source.sentences[best]
                pairs.append(SentencePair(source=Citation(source.article.id, ss.start, ss.end, ss.index), copy=Citation(copy.article.id, cs.start, cs.end, cs.index), similarity=round(best_sim, 4)))
        share = len(pairs) / max(len(countable), 1)
        # A follow-up that reuses half of the earlier story but adds as much new text is a
        # rewrite too: measure the reuse against the source's sentences as well.
        source_share = len({p.source.sentence_index for p in pairs}) / max(len(source_countable), 1)
        follow_up = source_share >= min_share and len(pairs) >= max(min_pairs, 3)
        # One similar sentence is what two independent reports of one fact look like: a single
        # pair is evidence only when it is near-verbatim and the whole text, or when the copy
        # names the source as its source.
        enough = len(pairs) >= min_pairs or (len(pairs) == len(countable) and all(p.similarity >= 0.9 for p in pairs)) or (credit and pairs)
        # The same outlet's later story keeping a long run of its earlier one is an update of it.
        update = same and enough and is_update(pairs, len(source_countable))
        if ((share >= min_share or follow_up) and enough and pairs) or update:
            if same:
                reason = (f"update of the same outlet's earlier story, reusing {source_share:.0%} of it ({longest_run(pairs)} sentences in a row)" + (f"; {reason}" if reason else ""))
            elif share < min_share:
                reason = f"follow-up reusing {source_share:.0%} of the earlier story" + (f"; {reason}" if reason else "")
            out.append(Derivation(source_id=source.article.id, copy_id=copy.article.id, reused_share=share, pairs=tuple(pairs), reason=reason, update=same))
            done.add((da, db))
    # Reworded rewrites: no sentence close enough to count as reused, but the lead restated
    # sentence by sentence, in order (rewrite.lead_run). Word-bucket candidates miss them (every
    # sentence is reworded), so in a story-sized set every pair is tried; the first-sentence
    # test makes that cheap. Larger sets try only the candidate pairs found above.
    lead_pairs = list(pair_hits) if len(documents) > exhaustive_up_to else [(x, y) for x in range(len(documents)) for y in range(x + 1, len(documents))]
    for da, db in lead_pairs:
        if (da, db) in done:
            continue
        # A copy that names the other as its source and restates its lead in order is a rewrite
        # even when it rewords more heavily: such pairs take a lower bar (`credited_rewrite_threshold`).
        lead_bar = credited_rewrite_threshold if (da, db) in credited or (db, da) in credited else rewrite_threshold
        found = _parallel_leads(da, db, documents, sent_terms, countable_of, lambda x, y: _similarity(x, y, idf), lead_bar)
        how = "its lead restates the other's sentence by sentence, in order"
        if found is None:
            # Not a parallel lead: every sentence of the shorter text restated in the other,
            # after a lead-in of the copy's own or in another order (rewrite_align).
            found = _aligned(da, db, sent_terms, countable_of, lambda x, y: _similarity(x, y, idf), lead_terms_of, lambda t: idf.get(t, 1.0))
            if found is None:
                # Credited in its first sentence, the source's lead split over its opening (credited_split_leads).
                found = _split_lead(da, db, documents, credited, sent_terms, countable_of, lambda x, y: _similarity(x, y, idf), lambda t: idf.get(t, 1.0), credited_rewrite_threshold)
            if found is None:
                continue
            how = found[3]
        c_i, s_i, run = found[:3]
        source_i, copy_i, reason = _direction(da, db, documents, tells)
        source, copy = documents[source_i], documents[copy_i]
        pairs = []
        for ci, si, v in run:
            if copy_i != c_i:  # the run was found the other way round
                ci, si = si, ci
            cs, ss = copy.sentences[ci], source.sentences[si]
            pairs.append(SentencePair(source=Citation(source.article.id, ss.start, ss.end, ss.index), copy=Citation(copy.article.id, cs.start, cs.end, cs.index), similarity=round(v, 4)))
        share = len({p.copy.sentence_index for p in pairs}) / max(len(countable_of(copy_i)), 1)
        same = same_outlet(source.article, copy.article)
        reason = ("update of the same outlet's earlier story; " if same else "") + how + (f"; {reason}" if reason else "")
        out.append(Derivation(source_id=source.article.id, copy_id=copy.article.id, reused_share=share, pairs=tuple(pairs), reason=reason, update=same))
    out.sort(key=lambda d: (-d.reused_share, -len(d.pairs), d.copy_id))
    return tuple(out)


def _parallel_leads(da: int, db: int, documents, sent_terms, countable_of, similarity, threshold: float):
    """(copy index, source index, [(copy sentence, source sentence, similarity)]) when one text's
    lead restates the other's sentence by sentence (`rewrite.lead_run`), tried both ways; else None."""
    for c, s in ((da, db), (db, da)):
        cc, sc = countable_of(c)[:LEAD_SENTENCES], countable_of(s)[:LEAD_SENTENCES]
        if not cc or not sc:
            return None
        run = lead_run([sent_terms[c][i] for i in cc], [sent_terms[s][j] for j in sc], similarity, threshold)
        if run:
            return c, s, [(cc[i], sc[j], v) for i, j, v in run]
    return None


def _aligned(da: int, db: int, sent_terms, countable_of, similarity, lead_terms_of, weight):
    """(da, db, [(da sentence, db sentence, similarity)], reason) when every sentence of the shorter
    text has a counterpart in the other (`rewrite_align.aligned_rewrite`); else None."""
    ca, cb = countable_of(da)[:ALIGN_SENTENCES], countable_of(db)[:ALIGN_SENTENCES]
    rows, other = (da, db) if len(ca) <= len(cb) else (db, da)
    if not could_align([sent_terms[rows][i] for i in countable_of(rows)[:ALIGN_SENTENCES]], lead_terms_of(other), weight):
        return None  # the cheap test: most pairs of a story stop here
    pairs, kind = aligned_rewrite([sent_terms[da][i] for i in ca], [sent_terms[db][j] for j in cb], similarity)
    if not pairs:
        return None
    n = min(len(ca), len(cb))
    return da, db, [(ca[i], cb[j], v) for i, j, v in pairs], f"each of the shorter text's {n} sentences restated in the other, {kind}"


def _split_lead(da: int, db: int, documents, credited, sent_terms, countable_of, similarity, weight, threshold: float):
    """(copy index, source index, run, reason) when the article crediting the other in its first
    sentence restates the other's opening over its own first sentences (`credited_split_leads`); else None."""
    for c, s in ((da, db), (db, da)):
        if (c, s) not in credited or not credits_in_first_sentence(documents[c], documents[s]):
            continue
        cc, sc = countable_of(c)[:COPY_SPAN], countable_of(s)[:SOURCE_SPAN]
        run = split_lead([sent_terms[c][i] for i in cc], [sent_terms[s][j] for j in sc], similarity, weight, threshold)
        if run:
            return c, s, [(cc[i], sc[j], v) for i, j, v in run], "credits the other in its first sentence and restates its opening over its own first sentences"
    return None


def _direction(da: int, db: int, documents: list[Document], tells: dict | None = None) -> tuple[int, int, str]:
    """(source index, copy index, reason): `rewrite_direction.direction` for two documents of a set."""
    a_first, reason = direction(documents[da], documents[db], tells)
    return (da, db, reason) if a_first else (db, da, reason)
