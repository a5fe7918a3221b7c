"""Under-grouped fact sentences by structure (issue 12, session 24): where a missed outlet's gold partner sits, and
why pass 2 did not add the sentence to the partner's group. No article text is printed.

    NW_SCREEN=1 .venv/bin/python benchmarks/analysis_conflicts_facts.py --worker SRC --mode facts > run.json
    .venv/bin/python benchmarks/facts_under_census.py run.json [--why SRC]

Part 1 (from the run): for each gold sentence shown with fewer outlets than the gold and none added, each missed outlet
with an annotated partner, counted by (is the sentence in a multi-outlet fact; do its partners sit alone, in a
multi-outlet fact that already counts the sentence's outlet through another sentence, or in one that does not).
Part 2 (`--why SRC`: runs SRC's grouping on those clusters, as the benchmark does with the screen on): for a sentence
alone whose partner's group already counts its outlet, which of pass 2's conditions kept it out (mean similarity to
the group's other-article members under the bar, one pair under half the bar, rank, the one-more-per-article slot)
and the similarity bands.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from analysis_conflicts_facts import FACT_GOLDS, load_clusters  # noqa: E402
from facts_status_errors import GOLD, errors, system_view  # noqa: E402


def census(res: dict):
    kinds: Counter = Counter()
    todo: dict[str, list] = {}
    for gf in FACT_GOLDS:
        for row, s, status, outlets, k, missed, added, partners in errors(res, [json.loads(l) for l in open(GOLD / gf)]):
            if not missed or added:
                continue
            facts = res.get(row["cluster"], {}).get("facts", [])
            own_multi = k is not None and len(outlets) > 1
            for d in missed:
                if not partners[d]:
                    kinds["no annotated partner"] += 1
                    continue
                where = set()
                for p in partners[d]:
                    _, outs, pk = system_view(facts, p)
                    if pk is None or len(outs) < 2:
                        where.add("alone")
                    elif s["doc"] in {c["doc"] for c in facts[pk]["cites"]}:
                        where.add("in a fact counting x's outlet")
                        if not own_multi:
                            todo.setdefault(row["cluster"], []).append((s, p))
                    else:
                        where.add("in a fact without x's outlet")
                kinds[("x in a multi-outlet fact" if own_multi else "x alone", "partners: " + " / ".join(sorted(where)))] += 1
    return kinds, todo


def why(todo: dict, src: str) -> tuple[Counter, Counter]:
    sys.path.insert(0, src)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import numpy as np
    from newsweave.analyze import facts as F
    from newsweave.analyze.screen import screen_documents
    from newsweave.text.segment import RuleSegmenter
    from newsweave.types import Article

    clusters, seg, sim = load_clusters(), RuleSegmenter(), F.make_similarity("auto")
    reasons, bands = Counter(), Counter()
    for cid, items in todo.items():
        spec, key_of, arts = clusters[cid], {}, []
        for k, t in spec["docs"]:
            if t.strip():
                a = Article(id=f"{cid}:{k}", outlet=spec.get("outlets", {}).get(k) or f"outlet {k}", text=t)
                arts.append(a)
                key_of[a.id] = k
        kept, _ = screen_documents(tuple(d for d in (seg.split(a) for a in arts) if d.sentences))
        fg = F.group_sentences(kept, similarity=sim)
        docs, bar = np.asarray(fg.doc_of), fg.threshold

        def idx(g):
            return next((i for i, x in enumerate(fg.sentences) if key_of[x.article_id] == g["doc"] and x.start < g["end"] and g["start"] < x.end), None)

        for s, p in items:
            xi, pi = idx(s), idx(p)
            g = max((g for g in fg.groups if pi in g and len({fg.doc_of[y] for y in g}) > 1), key=len, default=None) if pi is not None else None
            if xi is None or g is None:
                reasons["not found"] += 1
                continue
            others = [y for y in g if fg.doc_of[y] != fg.doc_of[xi]]
            row = fg.sims[xi, others]
            cols = np.where(docs == fg.doc_of[xi])[0]
            why_not = [n for n, c in (("mean under the bar", row.mean() < bar), ("a pair under half the bar", row.min() < 0.5 * bar),
                                      ("rank", max(int((fg.sims[y, cols] > fg.sims[y, xi]).sum()) for y in others) >= 2),
                                      ("slot taken", sum(fg.doc_of[y] == fg.doc_of[xi] for y in g) >= 2)) if c]
            reasons[" + ".join(why_not) or "none"] += 1
            bands[f"mean to the group {float(row.mean()):.1f}"] += 1
            bands[f"to the partner {float(fg.sims[xi, pi]):.1f}"] += 1
    return reasons, bands


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("run")
    ap.add_argument("--why", metavar="SRC", help="a tree's src/ to run the grouping with for part 2")
    args = ap.parse_args()
    kinds, todo = census(json.load(open(args.run))["results"])
    print("missed outlets of under-grouped sentences:")
    for k, v in kinds.most_common():
        print(f"  {v:4d}  {k}")
    if args.why:
        reasons, bands = why(todo, args.why)
        print("x alone, partner's fact counts x's outlet: what kept x out of it")
        for k, v in reasons.most_common():
            print(f"  {v:4d}  {k}")
        for k in sorted(bands):
            print(f"  {bands[k]:4d}  {k}")


if __name__ == "__main__":
    main()
