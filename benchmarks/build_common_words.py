"""Build `src/newsweave/data/common_words.json`: the lower-case words the training text uses at least
`MIN_COUNT` times (issue 12, session 15; used by `analyze/entity_openers`).

The training data (`../shared/data/train/`, 20,000 lower-cased truncated Multi-News clusters) has no
capital letters mid-sentence, so the list says only that a word is a word of news English, not whether
it is a name ("london" and "twitter" are in it). `entity_openers` uses it as a floor: a sentence-opening
word it does not hold ("Portmere", a name the small tagger does not know) is never re-read as an
ordinary word. The file holds single word types only (no text runs), sorted.

usage: .venv/bin/python benchmarks/build_common_words.py
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "data" / "train" / "summarization_multinews_train20k.jsonl"
OUT = ROOT / "src" / "newsweave" / "data" / "common_words.json"
MIN_COUNT = 20  # a floor fixed before any gold run: a word type seen at least 20 times in ~60,000 articles
_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")


def main() -> None:
    counts: Counter[str] = Counter()
    with TRAIN.open(encoding="utf-8") as fh:
        for line in fh:
            for doc in json.loads(line)["documents"]:
                counts.update(_WORD.findall(doc["text"].lower()))
    words = sorted(w for w, n in counts.items() if n >= MIN_COUNT)
    OUT.write_text(json.dumps({"source": "training split, 20,000 Multi-News clusters, lower-cased", "min_count": MIN_COUNT,
                               "words": words}, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
