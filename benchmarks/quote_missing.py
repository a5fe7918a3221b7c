"""The missing speakers of the seed gold, with their context, to sort by the mechanism that would
find them (session 25, brief S11).

    PYTHONPATH=src .venv/bin/python benchmarks/quote_precision.py score --baseline REV > /tmp/score.txt
    .venv/bin/python benchmarks/quote_missing.py /tmp/score.txt [--before 600] [--after 200]

Reads the "[current] missing: 'Label' (cluster doc N @start)" lines the score prints and shows, for
each, the labelled speaker, the gold line's sample, and the raw text around the quotation (the
quotation marked [[ ]]); paragraph breaks shown as " / ". Prints no system output but the fact
that the current version gave no speaker.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quote_precision import FILES, GOLD, records  # noqa: E402

_LINE = re.compile(r"\[current\] missing: (.+) \((\S+) doc (\d+) @(\d+)\)")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("score")
    ap.add_argument("--before", type=int, default=600)
    ap.add_argument("--after", type=int, default=200)
    args = ap.parse_args()
    gold = {(g["cluster"], g["doc"], g["start"]): g for g in map(json.loads, GOLD.open(encoding="utf-8"))}
    texts = {}
    for name in FILES.values():
        for r in records(name):
            texts[r["id"]] = [d["text"] for d in r["documents"]]
    n = 0
    for line in Path(args.score).read_text(encoding="utf-8").splitlines():
        m = _LINE.search(line)
        if not m:
            continue
        cluster, doc, start = m.group(2), int(m.group(3)), int(m.group(4))
        g = gold.get((cluster, doc, start))
        if g is None:
            continue
        text = texts[cluster][doc]
        n += 1
        show = text[max(0, start - args.before) : start] + " [[ " + text[start : g["end"]] + " ]] " + text[g["end"] : g["end"] + args.after]
        print(f"#{n} {g['sample']} {cluster} doc {doc} @{start}  label={g['speaker']!r}")
        print("    " + show.replace("\n", " / "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
