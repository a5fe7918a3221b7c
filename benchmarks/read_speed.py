"""Reading speed and memory on generated ~50 MB files of every format, and on the dev data.

Run:  nice -n 10 .venv/bin/python benchmarks/read_speed.py [--mb 50] [--dev ../shared/data/dev]

Each format runs in a fresh child process so the peak memory (ru_maxrss) is that format's alone.
The files are generated into a temporary folder and deleted afterwards; nothing is committed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PARAGRAPH = "The harbour wall was repaired on Monday and the council said the cost was lower than planned."


def generate(folder: Path, mb: int) -> dict[str, Path]:
    size = mb * 1024 * 1024
    records = []
    total = 0
    i = 0
    while total < size:
        text = f"Story {i}. " + " ".join([PARAGRAPH] * 6)
        records.append({"text": text, "outlet": f"Outlet {i % 50}", "published": "2024-06-01"})
        total += len(text) + 60
        i += 1
    files = {
        "text (one article)": folder / "huge.txt",
        "json (list)": folder / "huge.json",
        "jsonl": folder / "huge.jsonl",
        "multi-news": folder / "huge.src",
        "rss": folder / "huge.rss",
        "html": folder / "huge.html",
    }
    block = (PARAGRAPH * 10 + "\n\n").encode()
    files["text (one article)"].write_bytes(block * (size // len(block) + 1))
    files["json (list)"].write_text(json.dumps(records))
    files["jsonl"].write_text("\n".join(json.dumps(r) for r in records))
    files["multi-news"].write_text(" ||||| ".join(r["text"] for r in records))
    items = "".join(f"<item><title>T{n}</title><description>{r['text']}</description></item>\n" for n, r in enumerate(records))
    files["rss"].write_text(f"<?xml version='1.0'?><rss><channel><title>Big Feed</title>{items}</channel></rss>")
    # The same JSONL gzip-compressed, and a small gzip file that expands to 8x the size (cut at
    # the 64 MB limit after decompression, never held whole).
    files["jsonl.gz (same JSONL, gzip)"] = folder / "huge.jsonl.gz"
    files["jsonl.gz (same JSONL, gzip)"].write_bytes(gzip.compress(files["jsonl"].read_bytes(), compresslevel=6))
    files[f"text.gz expanding to {8 * mb} MB"] = folder / "expanding.txt.gz"
    with gzip.open(files[f"text.gz expanding to {8 * mb} MB"], "wb") as handle:
        for _ in range(8 * (size // len(block) + 1)):
            handle.write(block)
    paragraphs = "".join(f"<p>{r['text']}</p>\n" for r in records)
    files["html"].write_text(f"<html><head><title>Big</title><script>{'x' * 1000}</script></head><body><article>{paragraphs}</article></body></html>")
    return files


_CHILD = """
import json, sys, time
from newsweave.read import read_paths
t = time.perf_counter()
r = read_paths(sys.argv[1:])
seconds = time.perf_counter() - t
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across fork and exec.
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM"))
print(json.dumps({"seconds": seconds, "peak_mb": hwm / 1024, **r.counts()}))
"""


def measure(paths: list[Path]) -> dict:
    out = subprocess.run([sys.executable, "-c", _CHILD, *map(str, paths)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=50)
    parser.add_argument("--dev", default=str(Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "dev"))
    args = parser.parse_args()
    print("| input | size | seconds | articles | errors | warnings | peak MB |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in generate(Path(tmp), args.mb).items():
            m = measure([path])
            print(f"| {name} | {path.stat().st_size / 2**20:.0f} MB | {m['seconds']:.1f} | {m['articles']} | {m['errors']} | {m['warnings']} | {m['peak_mb']:.0f} |")
    dev = Path(args.dev)
    if dev.is_dir():
        files = sorted(dev.glob("*.jsonl"))
        m = measure(files)
        size = sum(f.stat().st_size for f in files) / 2**20
        print(f"| dev data ({len(files)} JSONL files) | {size:.1f} MB | {m['seconds']:.1f} | {m['articles']} | {m['errors']} | {m['warnings']} | {m['peak_mb']:.0f} |")


if __name__ == "__main__":
    main()
