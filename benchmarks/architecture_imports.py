"""Import cost of `import newsweave` and of `newsweave --help`, before and after (issue 15).

Runs, in one process and on the same machine, the package at a baseline commit (checked out into a
temporary git worktree) and the working tree: for each, the median wall time of N fresh
interpreters doing `import newsweave` and `newsweave --help` (every sub-command's help is
formatted too), the `-X importtime` total for newsweave, and which heavy modules got loaded.

    .venv/bin/python benchmarks/architecture_imports.py [--baseline 4ff093b] [--runs 7] [--src src]
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("numpy", "scipy", "spacy", "torch", "sklearn", "sentence_transformers", "sqlalchemy", "fastapi")
HELP = (
    "import sys\n"
    "from newsweave.cli import build_parser\n"
    "p = build_parser(); p.format_help()\n"
    "for s in next(a for a in p._actions if a.dest == 'command').choices.values(): s.format_help()\n"
)


def run(src: Path, code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"}, check=True, capture_output=True)
    return time.perf_counter() - start


def loaded(src: Path, code: str) -> list[str]:
    probe = code + f"\nimport sys; print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"}, check=True, capture_output=True, text=True).stdout
    return eval(out.strip().splitlines()[-1])  # noqa: S307 - our own printed list


def importtime_us(src: Path) -> int:
    err = subprocess.run([sys.executable, "-X", "importtime", "-c", "import newsweave"], env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"}, check=True, capture_output=True, text=True).stderr
    for line in err.splitlines():
        m = re.match(r"import time:\s+\d+ \|\s+(\d+) \| newsweave$", line)
        if m:
            return int(m.group(1))
    raise RuntimeError("no newsweave line in -X importtime output")


def measure(label: str, src: Path, runs: int) -> dict:
    imp = [run(src, "import newsweave") for _ in range(runs)]
    hlp = [run(src, HELP) for _ in range(runs)]
    return {
        "label": label,
        "import_s": statistics.median(imp),
        "importtime_ms": statistics.median(importtime_us(src) for _ in range(3)) / 1000,
        "help_s": statistics.median(hlp),
        "import_heavy": loaded(src, "import newsweave"),
        "help_heavy": loaded(src, HELP),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", default="4ff093b")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--src", default=str(ROOT / "src"), help="the source tree to compare with the baseline (default: this work tree's src)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="nw-baseline-") as tmp:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", tmp, args.baseline], check=True, capture_output=True)
        try:
            rows = [measure(f"baseline {args.baseline}", Path(tmp) / "src", args.runs), measure(args.src, Path(args.src), args.runs)]
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", tmp], check=False, capture_output=True)
    print(f"median of {args.runs} fresh interpreters each (python {sys.version.split()[0]})\n")
    print("| code | `import newsweave` (s) | -X importtime newsweave (ms) | `--help` of every command (s) | heavy modules after import | heavy modules after --help |")
    print("|---|---:|---:|---:|---|---|")
    for r in rows:
        print(f"| {r['label']} | {r['import_s']:.3f} | {r['importtime_ms']:.0f} | {r['help_s']:.3f} | {', '.join(r['import_heavy']) or 'none'} | {', '.join(r['help_heavy']) or 'none'} |")


if __name__ == "__main__":
    main()
