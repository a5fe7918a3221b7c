"""The repeat veto (summarize/repeat_veto.py) checked on clusters no readability set used, read blind.

Issue 13, session 16. Draws clusters with a fixed seed, summarises each at 120 words with two source
trees (today's and a baseline copy, each in its own process), and prints, for every cluster whose
two summaries differ, both summaries as "A" and "B" in a seeded random order (which tree is which
is written to a key file, opened only after the verdicts are kept). Sentences shown by both trees
in the same place are read once. Verdicts are kept in the gold file of the source (the schema of
gold/readability_verdicts.jsonl), then `--score` prints both trees' publishable share over the
changed clusters (identical summaries count the same for both) and how often the veto fired.

    .venv/bin/python benchmarks/repeat_veto_check.py --source train --seed 1616 --n 30 --base /tmp/base_20/src
    .venv/bin/python benchmarks/repeat_veto_check.py --source allsides --seed 1616 --n 10 --base /tmp/base_20/src
    .venv/bin/python benchmarks/repeat_veto_check.py --source train --seed 1616 --n 30 --base /tmp/base_20/src --score

`train`: the lower-cased truncated Multi-News training copies (development evidence, never a score),
leaving out every cluster named in a gold file. `allsides`: stories of the AllSides stream
(clustering_allsides_stories.jsonl) with 2+ outlets in no readability set (gold/readability_clusters.jsonl).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
GOLD = REPO / "benchmarks" / "gold"
TRAIN = SHARED / "data" / "train" / "summarization_multinews_train20k.jsonl"
ALLSIDES = SHARED / "data" / "dev" / "clustering_allsides_stories.jsonl"


# The gold as it stood when the check was drawn (session 16 start): verdicts kept after the draw must
# not change which clusters it draws.
GOLD_AT = "323ebca"


def named_in_gold(only: str | None = None) -> str:
    """Every gold file's text at GOLD_AT (ids named there are not drawn), or only the file `only`."""
    names = subprocess.run(["git", "ls-tree", "--name-only", GOLD_AT, "benchmarks/gold/"], cwd=REPO, capture_output=True, text=True, check=True).stdout.split()
    names = [p for p in names if only is None or p.endswith("/" + only)]
    return "".join(subprocess.run(["git", "show", f"{GOLD_AT}:{p}"], cwd=REPO, capture_output=True, text=True, check=True).stdout for p in names if p.endswith(".jsonl"))


def drawn(source: str, seed: int, n: int) -> dict[str, list]:
    """{cluster id: [Article, ...]} for `n` clusters drawn by `random.Random(seed)`, none named in gold."""
    from newsweave.types import Article

    gold = named_in_gold()
    if source == "train":
        lines = TRAIN.read_text(encoding="utf-8").splitlines()
        ids = [json.loads(l)["id"] for l in lines]
        eligible = [k for k, c in enumerate(ids) if f'"{c}"' not in gold]
        out = {}
        for k in random.Random(seed).sample(eligible, n):
            c = json.loads(lines[k])
            out[c["id"]] = [Article(id=f"{c['id']}#{j}", outlet=f"doc{j}", text=d["text"], title=d.get("title")) for j, d in enumerate(c["documents"])]
        return out
    stories: dict[str, list] = {}
    for line in open(ALLSIDES, encoding="utf-8"):
        c = json.loads(line)
        stories.setdefault(c["cluster"], []).append(c)
    read = named_in_gold("readability_clusters.jsonl")  # every AllSides story is in some gold; none of these was read for readability
    eligible = sorted(k for k, v in stories.items() if len({c["outlet"] for c in v}) >= 2 and f'"{k}"' not in read)
    out = {}
    for k in random.Random(seed).sample(eligible, n):
        out[k] = [Article(id=f"{k}#{j}", outlet=c["outlet"], text=c["text"], title=c.get("title"),
                          published=dt.date.fromisoformat(c["date"][:10]) if c.get("date") else None) for j, c in enumerate(stories[k])]
    return out


def summarise(args) -> int:
    """(child process) Summaries of the drawn clusters with the tree on sys.path, as JSON lines."""
    from newsweave import api
    from newsweave.summarize import coverage
    from newsweave.summarize.extractive import ExtractiveSummarizer

    fired = [0]
    if hasattr(coverage, "told_again"):
        plain = coverage.told_again

        def counted(*a, **k):
            out = plain(*a, **k)
            fired[0] += out
            return out

        coverage.told_again = counted
    summarizer = ExtractiveSummarizer()
    for cid, articles in drawn(args.source, args.seed, args.n).items():
        fired[0] = 0
        index = {a.id: j for j, a in enumerate(articles)}
        report = api.summarize(articles, args.words, summarizer=summarizer)
        spans = [[index[s.citations[0].article_id], s.citations[0].start, s.citations[0].end, s.text] for s in report.summary.sentences]
        print(json.dumps({"cluster": cid, "sentences": spans, "vetoes": fired[0]}))
    return 0


def run_tree(src: Path, args) -> dict[str, dict]:
    cmd = [sys.executable, __file__, "--child", "--source", args.source, "--seed", str(args.seed), "--n", str(args.n), "--words", str(args.words)]
    out = subprocess.run(cmd, env=os.environ | {"PYTHONPATH": str(src)}, capture_output=True, text=True, check=True).stdout
    return {r["cluster"]: r for r in map(json.loads, out.splitlines())}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", choices=["train", "allsides"], default="train")
    parser.add_argument("--seed", type=int, default=1616)
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--words", type=int, default=120)
    parser.add_argument("--base", type=Path, default=Path("/tmp/base_20/src"))
    parser.add_argument("--today", type=Path, default=REPO / "src", help="the tree with the veto (default: this checkout)")
    parser.add_argument("--score", action="store_true", help="score both trees with the kept verdicts (after reading)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return summarise(args)
    sys.path.insert(0, str(REPO / "benchmarks"))
    from summarize_readability import verdict_for

    today, base = run_tree(args.today, args), run_tree(args.base, args)
    changed = [c for c in today if [s[:3] for s in today[c]["sentences"]] != [s[:3] for s in base[c]["sentences"]]]
    print(f"{args.source} seed {args.seed}: {len(today)} clusters, {len(changed)} summaries changed; vetoes fired: "
          f"{sum(r['vetoes'] for r in today.values())} (in {sum(r['vetoes'] > 0 for r in today.values())} clusters)")
    if not args.score:
        coin = random.Random(args.seed)
        key = {}
        for c in changed:
            order = [("today", today[c]), ("base", base[c])]
            coin.shuffle(order)
            key[c] = {"A": order[0][0], "B": order[1][0]}
            print(f"\n===== {c}")
            for name, r in zip("AB", (order[0][1], order[1][1])):
                print(f"-- {name}")
                for s in r["sentences"]:
                    print(f"   {json.dumps(s[:3])} {s[3]}")
        Path(f"/tmp/repeat_veto_key_{args.source}_{args.seed}.json").write_text(json.dumps(key))
        return 0
    gold = GOLD / ("readability_train_verdicts.jsonl" if args.source == "train" else "readability_verdicts.jsonl")
    verdicts: dict[tuple, list[dict]] = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            v = json.loads(line)
            verdicts.setdefault((v["cluster"], v["doc"], v["start"], v["end"]), []).append(v)
    for name, runs in (("today", today), ("base", base)):
        ok = bad = new = 0
        for c in changed:
            spans = [tuple(s[:3]) for s in runs[c]["sentences"]]
            for p, s in enumerate(spans):
                v = verdict_for(verdicts.get((c, *s), []), spans, p, None)
                new += v is None
                ok += v is not None and v["verdict"] == "publishable"
                bad += v is not None and v["verdict"] != "publishable"
        print(f"{name}: changed summaries publishable {ok}/{ok + bad}; unjudged {new}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
