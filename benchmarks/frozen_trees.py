"""Run a benchmark's worker on the code of another commit, in the same run as the current tree.

`export_commit` unpacks `git archive COMMIT src` into a folder; `run_worker` runs a script's
`--worker SRC` mode in a fresh interpreter (so two versions of `newsweave` never share a process)
and returns the JSON object its last line of output prints.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def export_commit(commit: str, dest: Path) -> Path:
    """Unpack the `src/` tree of `commit` into `dest` and return `dest/src`."""
    tar = dest / "src.tar"
    subprocess.run(["git", "-C", str(ROOT), "archive", "-o", str(tar), commit, "src"], check=True)
    with tarfile.open(tar) as t:
        t.extractall(dest)
    return dest / "src"


def run_worker(script: str, src: Path, *args: str, env: dict | None = None) -> dict:
    """`python SCRIPT --worker SRC ARGS...`; its last stdout line, parsed as JSON."""
    out = subprocess.run([sys.executable, script, "--worker", str(src), *args], capture_output=True, text=True,
                         env={**os.environ, **(env or {})})
    if out.returncode:
        sys.stderr.write(out.stderr[-3000:])
        raise SystemExit(f"worker for {src} failed")
    return json.loads(out.stdout.strip().splitlines()[-1])
