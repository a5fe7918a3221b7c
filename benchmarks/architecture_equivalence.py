"""Do the figures hold after the pipeline refactor (issue 15)? Runs `newsweave eval summarize`
with the same data and systems on a baseline commit (a temporary git worktree) and on a source
tree, and compares every cut prediction and the ROUGE table. Identical predictions mean identical
figures for newsweave and the lead/LexRank/TextRank baselines.

    .venv/bin/python benchmarks/architecture_equivalence.py --data ../shared/data/dev/summarization_neus_val100.jsonl \
        [--baseline f24f315] [--src src] [--limit 40] [--words 250]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def predictions(src: Path, data: str, limit: int, words: int, out: Path, *, screen: bool = True) -> dict:
    cmd = [sys.executable, "-m", "newsweave.cli", "eval", "summarize", "--data", data, "--limit", str(limit), "--words", str(words),
           "--baselines", "lead,lexrank,textrank", "--pred-out", str(out), "--json", "--quiet"]
    result = subprocess.run(cmd, env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1", "NEWSWEAVE_SCREEN": "1" if screen else "0"}, check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True)
    ap.add_argument("--baseline", default="f24f315")
    ap.add_argument("--src", default=str(ROOT / "src"))
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--words", type=int, default=250)
    ap.add_argument("--no-screen", dest="screen", action="store_false", help="turn the non-article screen (a behaviour change of its own, issue 12) off in the new code, to compare the refactor alone")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="nw-eq-") as tmp:
        base = Path(tmp) / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(base), args.baseline], check=True, capture_output=True)
        try:
            before = predictions(base / "src", args.data, args.limit, args.words, Path(tmp) / "before.jsonl")
            after = predictions(Path(args.src), args.data, args.limit, args.words, Path(tmp) / "after.jsonl", screen=args.screen)
            lines_before = (Path(tmp) / "before.jsonl").read_text().splitlines()
            lines_after = (Path(tmp) / "after.jsonl").read_text().splitlines()
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], check=False, capture_output=True)
    print(f"{args.data}: first {args.limit} clusters, {args.words} words; baseline {args.baseline} vs {args.src} (screen {'on' if args.screen else 'off'})\n")
    print("| system | R-1 before | R-1 after | R-2 before | R-2 after | identical predictions |")
    print("|---|---:|---:|---:|---:|---:|")
    for name in before:
        b = [json.loads(x) for x in lines_before if json.loads(x)["system"] == name]
        a = [json.loads(x) for x in lines_after if json.loads(x)["system"] == name]
        same = sum(x == y for x, y in zip(b, a))
        print(f"| {name} | {before[name]['rouge1']:.2f} | {after[name]['rouge1']:.2f} | {before[name]['rouge2']:.2f} | {after[name]['rouge2']:.2f} | {same}/{len(b)} |")


if __name__ == "__main__":
    main()
