"""Pair-level check of the fact similarities on the NeuS fact gold: ROC AUC of "same claim" pairs.

    nice -n 5 .venv/bin/python benchmarks/facts_pair_auc.py static,claim,embedding
    nice -n 5 .venv/bin/python benchmarks/facts_pair_auc.py --predicates   # Corbyn pool: same claim vs shared main predicate
    nice -n 5 .venv/bin/python benchmarks/facts_pair_auc.py --train-pairs  # 200 hand-judged hard train pairs: AUC per feature

A pair is two annotated sentences of different documents of one gold cluster (gold/facts_dev*.jsonl).
It is positive when each sentence's gold outlets include the other's document, negative when neither
does (one-sided pairs are left out). The score is each similarity's value for the pair (before the
agreement check). This says how well a similarity ranks pairs, not how well the grouping does.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))


def predicates_on_corbyn() -> None:
    """How often the judged Corbyn pairs (gold/facts_pairs_corbyn.jsonl) are the same claim, with and
    without a shared main predicate (`claim_scorer.main_predicates`)."""
    from newsweave.analyze.claim_scorer import main_predicates
    from newsweave.analyze.entities import shared_nlp
    from newsweave.analyze.parsing import parse_texts

    example = (ROOT / ".." / "shared" / "examples" / "corbyn-jewish-leaders-2018").resolve()
    raw = [p.read_text(encoding="utf-8") for p in sorted(example.glob("*.txt"))]
    rows = [json.loads(line) for line in open(ROOT / "benchmarks" / "gold" / "facts_pairs_corbyn.jsonl")]
    parsed = parse_texts(shared_nlp(None), [raw[r[k]["doc"]][r[k]["start"]:r[k]["end"]] for r in rows for k in ("a", "b")])
    table: dict[bool, list[bool]] = {True: [], False: []}
    for n, r in enumerate(rows):
        table[bool(main_predicates(parsed[2 * n]) & main_predicates(parsed[2 * n + 1]))].append(r["same"])
    for shared, same in table.items():
        print(f"{'shared' if shared else 'no shared'} main predicate: {len(same)} pairs, {sum(same)} same claim ({sum(same) / max(1, len(same)):.0%})")


def train_pairs() -> None:
    """ROC AUC on the 200 hand-judged Multi-News train pairs (`gold/facts_pairs_train.jsonl`, all in
    the band where the grouping decides: static similarity 0.33-0.7) of each feature alone and of
    the shipped claim scorer."""
    from sklearn.metrics import roc_auc_score

    import train_claim_scorer as T
    from newsweave.analyze.claim_scorer import CLAIM_FEATURES, load_claim_scorer
    from newsweave.analyze.entities import shared_nlp
    from newsweave.embed import make_embedder

    X, y = T.hand_pairs(ROOT / "benchmarks" / "gold" / "facts_pairs_train.jsonl", make_embedder("static"), shared_nlp(None))
    print(f"{len(y)} pairs, {int(y.sum())} same claim")
    for f in ("mean", "lex", "emb", "shared_terms", "jaccard", "margin", "same_predicate"):
        print(f"  {f:15s} {roc_auc_score(y, X[:, CLAIM_FEATURES.index(f)]):.3f}")
    print(f"  shipped claim scorer {roc_auc_score(y, load_claim_scorer().probability(X)):.3f}")


def gold_sentence_pairs(gold_file: Path, clusters: dict, seg):
    """For each cluster of a NeuS fact gold file: its fact sentences, and the annotated pairs of
    sentences of different documents as (x, y, same), `same` 1 when each sentence's gold outlets
    include the other's document, 0 when neither does (one-sided pairs left out)."""
    from newsweave.analyze.facts import fact_sentences
    from newsweave.types import Article

    for row in (json.loads(line) for line in open(gold_file)):
        cid, arts, keys = row["cluster"], [], {}
        for k, text in clusters[cid]["docs"]:
            if text.strip():
                a = Article(id=f"{cid}:{k}", outlet=f"outlet {k}", text=text)
                arts.append(a)
                keys[a.id] = k
        sents = [s for a in arts for s in fact_sentences(seg.split(a))]

        def find(gs):
            return next((x for x, s in enumerate(sents) if keys[s.article_id] == gs["doc"] and s.start < gs["end"] and gs["start"] < s.end), None)

        located = [(gs, find(gs)) for gs in row["sentences"]]
        pairs = []
        for p in range(len(located)):
            for q in range(p + 1, len(located)):
                (a, x), (b, y) = located[p], located[q]
                if a["doc"] == b["doc"] or x is None or y is None:
                    continue
                pos = b["doc"] in a["outlets"] and a["doc"] in b["outlets"]
                neg = b["doc"] not in a["outlets"] and a["doc"] not in b["outlets"]
                if pos or neg:
                    pairs.append((x, y, int(pos)))
        yield sents, pairs


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if "--train-pairs" in sys.argv:
        train_pairs()
        return
    if "--predicates" in sys.argv:
        predicates_on_corbyn()
        return
    from sklearn.metrics import roc_auc_score

    import analysis_conflicts_facts as B
    from newsweave.analyze.fact_similarity import make_similarity
    from newsweave.text.segment import RuleSegmenter

    names = (sys.argv[1] if len(sys.argv) > 1 else "static,claim").split(",")
    clusters, seg = B.load_clusters(), RuleSegmenter()
    sims = {n: make_similarity(n) for n in names}
    print("| gold set | pairs (same claim) | " + " | ".join(names) + " |")
    print("|---|---|" + "---|" * len(names))
    for g in B.FACT_GOLDS:
        labels, scores = [], {n: [] for n in names}
        for sents, pairs in gold_sentence_pairs(B.GOLD / g, clusters, seg):
            mats = {n: sim.matrix(sents) for n, sim in sims.items()}
            for x, y, same in pairs:
                labels.append(same)
                for n in names:
                    scores[n].append(mats[n][x, y])
        print(f"| {g} | {len(labels)} ({sum(labels)}) | " + " | ".join(f"{roc_auc_score(labels, scores[n]):.3f}" for n in names) + " |")


if __name__ == "__main__":
    main()
