"""The sweep behind `analyze/rewrite_align.py`'s thresholds, on the copies gold already read
(every split but the fresh `heldout_e`, which this script never loads).

    nice -n 10 .venv/bin/python benchmarks/copies_align_sweep.py

For every non-furniture gold pair, the similarity matrix of the two texts' first
`ALIGN_SENTENCES` countable sentences (quotations left out), as `find_derivations` computes it,
under two word weightings: idf from the pair's own cluster (what a story run sees) and idf pooled
over every gold cluster of the same dev file (what a large mixed set sees). A rule setting counts a
gold rewrite/copy as found when it fires under both, and a `none` pair as a false pair when it
fires under either; borderline pairs are left out. Prints one line per setting: found, false,
and which pairs. No article text is printed.
"""

from __future__ import annotations

import itertools
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

import copies_quality as cq  # noqa: E402

from newsweave.analyze.derivation import _similarity, _Terms  # noqa: E402
from newsweave.analyze.rewrite import mostly_quoted  # noqa: E402
from newsweave.analyze.rewrite_align import ALIGN_SENTENCES, _monotone, _one_to_one  # noqa: E402
from newsweave.text.segment import RuleSegmenter  # noqa: E402
from newsweave.types import Article  # noqa: E402


def matrices() -> list[dict]:
    cq.SKIP_FRESH = True  # never the fresh part
    gold = [g for g in cq.load_gold() if g["split"] != "heldout_e" and g["relation"] != "furniture"]
    clusters = cq.load_clusters(gold)
    seg, terms = RuleSegmenter(), _Terms()
    files = {g["cluster"]: g["file"] for g in gold}
    prepared, pool_df, pool_n = {}, defaultdict(Counter), Counter()
    for cid, items in clusters.items():
        docs = {k: seg.split(Article(id=f"{cid}:{k}", outlet=o, text=t)) for k, t, o, _ in items if t.strip()}
        bags = {k: [Counter(terms(s.text)) for s in d.sentences] for k, d in docs.items()}
        df = Counter()
        for k in bags:
            for b in bags[k]:
                df.update(b.keys())
        n = sum(len(b) for b in bags.values())
        idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}
        pool_df[files[cid]].update(df)
        pool_n[files[cid]] += n
        countable = {k: [i for i, b in enumerate(bags[k]) if len(b) >= 2 and i not in mostly_quoted(docs[k])][:ALIGN_SENTENCES] for k in docs}
        prepared[cid] = (bags, idf, countable)
    pooled = {fn: {t: math.log((1 + pool_n[fn]) / (1 + c)) + 1.0 for t, c in df.items()} for fn, df in pool_df.items()}
    rows = []
    for g in gold:
        bags, idf, countable = prepared[g["cluster"]]
        if g["a"] not in bags or g["b"] not in bags or not countable[g["a"]] or not countable[g["b"]]:
            continue
        ca, cb = countable[g["a"]], countable[g["b"]]
        if len(ca) > len(cb):
            ca, cb, ka, kb = cb, ca, g["b"], g["a"]
        else:
            ka, kb = g["a"], g["b"]
        row = {"g": g}
        for name, weights in (("own", idf), ("pooled", pooled[g["file"]])):
            row[name] = [[_similarity(bags[ka][i], bags[kb][j], weights) for j in cb] for i in ca]
        rows.append(row)
    return rows


def monotone(sims, floor, peak, n_min):
    return len(sims) >= n_min and max(map(max, sims)) >= peak and bool(_monotone(sims, floor))


def permuted(sims, floor, peak, n_min, share=1.0):
    if len(sims) < n_min or max(map(max, sims)) < peak:
        return False
    m = _one_to_one(sims, floor)
    return len(m) >= share * len(sims) and len(m) >= n_min


def tally(rows, rule, *args):
    found, false = [], []
    for r in rows:
        g = r["g"]
        if g["borderline"]:
            continue
        own, pooled = rule(r["own"], *args), rule(r["pooled"], *args)
        if g["relation"] in ("copy", "rewrite") and own and pooled:
            found.append(f"{g['cluster']}:{g['a']}-{g['b']}")
        elif g["relation"] == "none" and (own or pooled):
            false.append(f"{g['cluster']}:{g['a']}-{g['b']}")
    return found, false


def main() -> None:
    rows = matrices()
    pos = sum(r["g"]["relation"] in ("copy", "rewrite") and not r["g"]["borderline"] for r in rows)
    neg = sum(r["g"]["relation"] == "none" and not r["g"]["borderline"] for r in rows)
    print(f"{len(rows)} gold pairs with countable sentences ({pos} copies/rewrites, {neg} none, not borderline)")
    print("\nmonotone cover (every sentence of the shorter text, in order): floor, peak, min sentences -> found, false")
    for floor, peak, n_min in itertools.product((0.2, 0.25, 0.3), (0.5, 0.6, 0.7), (3, 4)):
        f, x = tally(rows, monotone, floor, peak, n_min)
        print(f"  {floor:.2f} {peak:.2f} {n_min}: {len(f)} found, {len(x)} false  {' '.join(x)}")
    print("\npermuted cover (one-to-one, any order): floor, peak, min sentences, share of the shorter text -> found, false")
    for floor, peak, n_min, share in itertools.product((0.25, 0.3, 0.35), (0.45, 0.6), (3, 4), (0.75, 1.0)):
        f, x = tally(rows, permuted, floor, peak, n_min, share)
        print(f"  {floor:.2f} {peak:.2f} {n_min} {share:.2f}: {len(f)} found, {len(x)} false  {' '.join(x)}")
    print("\nshipped (monotone 0.25/0.6/3 or permuted 0.3/0.45/3/1.0):")
    found = set(tally(rows, monotone, 0.25, 0.6, 3)[0]) | set(tally(rows, permuted, 0.3, 0.45, 3, 1.0)[0])
    false = set(tally(rows, monotone, 0.25, 0.6, 3)[1]) | set(tally(rows, permuted, 0.3, 0.45, 3, 1.0)[1])
    print(f"  {len(found)} found, {len(false)} false: {' '.join(sorted(found))}")


if __name__ == "__main__":
    main()
