"""Static cosine of lead pairs of one event (issue 13, readability): for the first N Multi-News
**train** clusters, the first sentence of 8+ words of each article (after page furniture), and
the cosine (the static embedder the summarizer's repeat checks use) of every pair of different
articles' leads. Percentiles of that distribution are the bars `development.same_lead` may use.

    .venv/bin/python benchmarks/readability_lead_pairs.py --clusters 300

Needs ../shared/data/train and the static embedder (model2vec).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
TRAIN = REPO.parent / "shared" / "data" / "train" / "summarization_multinews_train20k.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clusters", type=int, default=300)
    args = parser.parse_args(argv)
    if not TRAIN.exists():
        print(f"no training data at {TRAIN}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(REPO / "src"))
    from newsweave.embed.static import StaticEmbedder
    from newsweave.summarize.prepare import without_furniture
    from newsweave.text.segment import segment
    from newsweave.types import Article

    embedder, cosines = StaticEmbedder(), []
    for n, line in enumerate(open(TRAIN, encoding="utf-8")):
        if n >= args.clusters:
            break
        c = json.loads(line)
        docs = without_furniture([segment(Article(id=f"{c['id']}#{k}", outlet=f"d{k}", text=d["text"])) for k, d in enumerate(c["documents"]) if d["text"].strip()])
        leads = [t for t in (next((s.text for s in d.sentences if len(s.text.split()) >= 8), None) for d in docs) if t]
        if len(leads) < 2:
            continue
        v = embedder.embed(leads)
        cosines += [float(v[i] @ v[j]) for i in range(len(leads)) for j in range(i + 1, len(leads))]
    values = np.array(cosines)
    print(f"{len(values)} lead pairs of {args.clusters} train clusters; percentiles of the static cosine:")
    print(", ".join(f"{p}th {np.percentile(values, p):.3f}" for p in (50, 75, 80, 85, 90, 95)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
