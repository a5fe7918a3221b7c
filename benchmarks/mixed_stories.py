"""Two stories in one folder (issue 12, session 20): how many real dev clusters would be called
several stories by `summarize.mixed_stories`, and how many inputs made of two different dev stories
are caught; the old rule (`prepare.UNRELATED`: mean article similarity under 0.05) on the same inputs.

    nice .venv/bin/python benchmarks/mixed_stories.py [--link 0.08] [--pairs 30] [--show] [--adjacent]

Every dev set here was read by earlier sessions: all figures are tuning figures. A mixed input is
all the articles of one dev story followed by all those of another (seeded, from different sets
and within a set), as a user who drops two stories into one folder; a mixed pair is one article of
each of two dev stories (seeds 21-23).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "data" / "dev"
sys.path.insert(0, str(REPO / "src"))

from newsweave.eval.cluster_metrics import load_cluster_data  # noqa: E402
from newsweave.eval.summarize_eval import articles_for, load_clusters  # noqa: E402
from newsweave.summarize.features import FEATURE_NAMES, ClusterFeatures  # noqa: E402
from newsweave.summarize.mixed_stories import different_events, separate_stories, story_groups  # noqa: E402
from newsweave.summarize.prepare import UNRELATED, without_furniture  # noqa: E402
from newsweave.text.segment import segment  # noqa: E402

SETS = (
    ("val100", "summarization_multinews_val100.jsonl"),
    ("fulltext", "summarization_multinews_fulltext_dev46.jsonl"),
    ("neus", "summarization_neus_val100.jsonl"),
)


def stories() -> dict[tuple[str, str], list]:
    """{(set, story id): its articles} over every dev set (AllSides: stories of two or more)."""
    out: dict[tuple[str, str], list] = {}
    for kind, name in SETS:
        for c in load_clusters(DEV / name).clusters:
            out[kind, c.id] = articles_for(c)
    articles, gold = load_cluster_data(DEV / "clustering_allsides_stories.jsonl")
    by: dict[str, list] = defaultdict(list)
    for a, g in zip(articles, gold):
        by[g].append(a)
    out.update({("allsides", g): arts for g, arts in by.items() if len(arts) >= 2})
    return out


def verdicts(articles, link: float) -> tuple[bool, bool, list[list[int]]]:
    """(new rules warn: old or several groups, old rule warns, groups) as the summarizer sees the articles."""
    docs = without_furniture([segment(a) for a in articles])
    docs = tuple(replace(d, sentences=d.sentences[:15]) for d in docs)  # the ranker's candidate window
    cf = ClusterFeatures.build(docs)
    groups, sims = story_groups(cf.documents, cf.matrix, cf.doc_index, link)
    quality = float(np.mean(cf.features[:, FEATURE_NAMES.index("doc_quality")])) if len(cf.sentences) else 1.0
    old = len(cf.documents) >= 2 and quality < UNRELATED
    return different_events(cf.documents, quality, UNRELATED) or bool(separate_stories(groups, sims)), old, groups


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--link", type=float, default=None)
    parser.add_argument("--pairs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--show", action="store_true", help="list the real clusters that warn")
    parser.add_argument("--adjacent", action="store_true", help="also: pairs of AllSides stories of three articles next to each other in the file (the same week's politics)")
    args = parser.parse_args()
    from newsweave.summarize.mixed_stories import LINK

    link = LINK if args.link is None else args.link
    all_stories = stories()
    real = {"val100": 0, "fulltext": 0, "neus": 0, "allsides": 0}
    warned = defaultdict(lambda: [0, 0])
    for (kind, sid), arts in all_stories.items():
        real[kind] += 1
        new, old, groups = verdicts(arts, link)
        warned[kind][0] += new
        warned[kind][1] += old
        if new and args.show:
            print(f"  warns: {sid} ({len(arts)} articles) groups {groups}")
    print(f"LINK {link}: real dev stories that warn (new / old rule)")
    for kind, n in real.items():
        print(f"  {kind:9s} {warned[kind][0]:3d} / {warned[kind][1]:3d} of {n}")
    rng = random.Random(args.seed)
    ids = sorted(all_stories)
    caught = [0, 0]
    for _ in range(args.pairs):
        a, b = rng.sample(ids, 2)
        new, old, groups = verdicts(all_stories[a] + all_stories[b], link)
        caught[0] += new
        caught[1] += old
        if args.show and not new:
            print(f"  missed: {a} + {b} groups {groups}")
    print(f"mixed inputs (two dev stories each) caught, new / old rule: {caught[0]} / {caught[1]} of {args.pairs}")
    for seed in (21, 22, 23):  # one article of each of two stories: the older rule's case
        rng = random.Random(seed)
        caught = [0, 0]
        for _ in range(args.pairs):
            a, b = rng.sample(ids, 2)
            new, old, _ = verdicts([rng.choice(all_stories[a]), rng.choice(all_stories[b])], link)
            caught[0] += new
            caught[1] += old
        print(f"pairs of one article from each of two dev stories (seed {seed}) caught, new / old rule: {caught[0]} / {caught[1]} of {args.pairs}")
    if args.adjacent:  # session 24: stories of one feed and week, the hard mixed case (E4: 6100 + 6102)
        three = sorted((k for k in ids if k[0] == "allsides" and len(all_stories[k]) == 3), key=lambda k: -int(k[1].split("-")[1]))
        caught = [0, 0]
        for a, b in zip(three[0::2], three[1::2]):
            new, old, _ = verdicts(all_stories[a] + all_stories[b], link)
            caught[0] += new
            caught[1] += old
        print(f"adjacent AllSides stories of three articles, in pairs, caught, new / old rule: {caught[0]} / {caught[1]} of {len(three) // 2}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
