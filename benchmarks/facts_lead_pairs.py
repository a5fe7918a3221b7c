"""Would a "lead rule" or a "mutual best match" rule rescue the paraphrases the fact grouping misses? (issue 12, session 16)

For every fact-gold cluster (screened as the product does), the cross-article pairs the grouping does NOT put in one
fact, of two kinds: the articles' first fact sentences (lead vs lead: inverted-pyramid news should open on the same
core fact), and mutual best matches (each sentence is the other's closest in the other article). Each pair is
labelled from the gold (same claim: each one's outlets hold the other's document; one-sided; different; unann:
a sentence not annotated) and counted by its static similarity (after the agreement check), so a rule that
groups such pairs above a lower bar can be judged before it is built. Prints counts only, no text.

    .venv/bin/python benchmarks/facts_lead_pairs.py            # current src
    .venv/bin/python benchmarks/facts_lead_pairs.py --src /tmp/base_20/src
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BANDS = ((0.0, 0.15), (0.15, 0.2), (0.2, 0.25), (0.25, 0.3), (0.3, 0.35), (0.35, 1.01))


def pairs(src: str) -> list[tuple]:
    sys.path.insert(0, src)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import numpy as np
    from analysis_conflicts_facts import FACT_GOLDS, GOLD, load_clusters
    from newsweave.analyze.fact_similarity import agreement_penalty
    from newsweave.analyze.facts import group_sentences
    from newsweave.analyze.screen import screen_documents
    from newsweave.text.segment import RuleSegmenter
    from newsweave.types import Article

    clusters, seg, out = load_clusters(), RuleSegmenter(), []
    for fname in FACT_GOLDS:
        for line in open(GOLD / fname):
            row = json.loads(line)
            cid = row["cluster"]
            arts = [Article(id=f"{cid}:{k}", outlet=f"outlet {k}", text=t) for k, t in clusters[cid]["docs"] if t.strip()]
            docs = tuple(screen_documents(tuple(d for d in (seg.split(a) for a in arts) if d.sentences))[0])
            fg = group_sentences(docs)
            S, doc_of = fg.sentences, fg.doc_of
            sims = agreement_penalty(S, fg.sims)
            key = [d.article.id.split(":", 1)[1] for d in docs]
            key = [int(k) if k.isdigit() else k for k in key]

            def gold(x):
                s, k = S[x], key[doc_of[x]]
                return next((g for g in row["sentences"] if g["doc"] == k and g["start"] < s.end and s.start < g["end"]), None)

            def label(x, y):
                a, b = gold(x), gold(y)
                if a is None or b is None:
                    return "unann"
                ab, ba = b["doc"] in a["outlets"], a["doc"] in b["outlets"]
                return "same" if ab and ba else "one-sided" if ab or ba else "different"

            first: dict[int, int] = {}
            for x, d in enumerate(doc_of):
                first.setdefault(d, x)
            for a in range(len(docs)):
                for b in range(a + 1, len(docs)):
                    A = [i for i in range(len(S)) if doc_of[i] == a]
                    B = [i for i in range(len(S)) if doc_of[i] == b]
                    if not A or not B:
                        continue
                    found = [("lead", first[a], first[b])]
                    M = sims[np.ix_(A, B)]
                    for ii, x in enumerate(A):
                        jj = int(M[ii].argmax())
                        if int(M[:, jj].argmax()) == ii and (x, B[jj]) != (first[a], first[b]):
                            found.append(("mutual best", x, B[jj]))
                    for kind, x, y in found:
                        if not any(x in g and y in g for g in fg.groups):
                            out.append((kind, fname, float(sims[x, y]), label(x, y)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", default=str(ROOT / "src"))
    rows = pairs(ap.parse_args().src)
    for kind in ("lead", "mutual best"):
        for name, keep in (("all sets", lambda f: True), ("facts_dev_l", lambda f: f == "facts_dev_l.jsonl")):
            print(f"\n{kind}, {name}: pairs not grouped, by static similarity (same / one-sided / different / unannotated)")
            for lo, hi in BANDS:
                c = collections.Counter(lab for k, f, s, lab in rows if k == kind and keep(f) and lo <= s < hi)
                print(f"  [{lo:.2f}, {hi:.2f}): {c['same']} / {c['one-sided']} / {c['different']} / {c['unann']}")


if __name__ == "__main__":
    main()
