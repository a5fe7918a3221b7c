"""Readability on TRAINING clusters (issue 13, session 14): development evidence, never a score.

Draws clusters from the lower-cased truncated Multi-News training copies by a seeded draw, runs the
summarizer at 120 words as `summarize_readability.py` does, and matches each summary sentence to the
verdicts kept in `gold/readability_train_verdicts.jsonl` (the schema of readability_verdicts.jsonl;
`cluster` is the training id, offsets into that document of the train file). Used to read fresh
clusters for error kinds before a change, and to check a change on clusters no rule came from.

    .venv/bin/python benchmarks/readability_train.py --seed 1414 --n 10            # the first reading
    .venv/bin/python benchmarks/readability_train.py --seed 1414 --n 10 --template # unjudged, to judge
    .venv/bin/python benchmarks/readability_train.py --seed 1415 --n 5 --skip-seed 1414 --skip-n 10  # a check draw

Quote a count from it only as "training, development evidence".
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TRAIN = REPO.parent / "shared" / "data" / "train" / "summarization_multinews_train20k.jsonl"
GOLD = REPO / "benchmarks" / "gold" / "readability_train_verdicts.jsonl"


def draw(seed: int, n: int, total: int, skip: set[int]) -> list[int]:
    """`n` line numbers of the train file by `random.Random(seed)`, none in `skip`."""
    return random.Random(seed).sample([k for k in range(total) if k not in skip], n)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=1414)
    parser.add_argument("--n", type=int, default=10)
    parser.add_argument("--skip-seed", type=int, help="leave out the clusters of an earlier draw (its seed)")
    parser.add_argument("--skip-n", type=int, default=10)
    parser.add_argument("--words", type=int, default=120)
    parser.add_argument("--template", action="store_true", help="print unjudged sentences as JSON lines")
    parser.add_argument("--failures", action="store_true")
    parser.add_argument("--src", type=Path, default=REPO / "src")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.src))
    sys.path.insert(0, str(REPO / "benchmarks"))
    from newsweave import api
    from newsweave.summarize.extractive import ExtractiveSummarizer
    from newsweave.types import Article
    from summarize_readability import verdict_for

    lines = TRAIN.read_text(encoding="utf-8").splitlines()
    skip = set(draw(args.skip_seed, args.skip_n, len(lines), set())) if args.skip_seed is not None else set()
    picked = draw(args.seed, args.n, len(lines), skip)
    verdicts: dict[tuple, list[dict]] = {}
    if GOLD.exists():
        for line in GOLD.read_text(encoding="utf-8").splitlines():
            if line.strip():
                v = json.loads(line)
                verdicts.setdefault((v["cluster"], v["doc"], v["start"], v["end"]), []).append(v)
    summarizer = ExtractiveSummarizer()
    ok = bad = new = 0
    template, failures = [], []
    for k in picked:
        c = json.loads(lines[k])
        articles = [Article(id=f"{c['id']}#{j}", outlet=f"doc{j}", text=d["text"], title=d.get("title")) for j, d in enumerate(c["documents"])]
        index = {a.id: j for j, a in enumerate(articles)}
        report = api.summarize(articles, args.words, summarizer=summarizer)
        sents = report.summary.sentences
        spans = [(index[x.citations[0].article_id], x.citations[0].start, x.citations[0].end) for x in sents]
        row = [0, 0, 0]
        for position, s in enumerate(sents):
            key = (c["id"], *spans[position])
            marked = getattr(s, "opinion_of", None)
            v = verdict_for(verdicts.get(key, []), spans, position, marked)
            label = (f"[Opinion — {marked}:] " if marked is not None else "") + s.text
            if v is None:
                row[2] += 1
                blank = {"cluster": key[0], "doc": key[1], "start": key[2], "end": key[3], "verdict": None, "reason": ""}
                template.append(json.dumps(blank | ({"opinion_of": marked} if marked is not None else {})) + "   # " + label)
            elif v["verdict"] == "publishable":
                row[0] += 1
            else:
                row[1] += 1
                failures.append(f"{key[0]} [{key[1]},{key[2]},{key[3]}] {v['reason']}\n    {label}")
        ok, bad, new = ok + row[0], bad + row[1], new + row[2]
        print(f"| {c['id']} | {len(sents)} | {row[0]} | {row[1]} | {row[2]} |")
    print(f"training (development evidence), seed {args.seed}: publishable {ok}/{ok + bad} judged; unjudged {new}")
    if args.failures and failures:
        print("\n# not publishable:\n" + "\n".join(failures))
    if args.template and template:
        print("\n# unjudged:\n" + "\n".join(template))
    return 0


if __name__ == "__main__":
    sys.exit(main())
