"""Quote extraction and speaker attribution on real news, against the code at commit 4ff093b.

    .venv/bin/python benchmarks/quote_quality.py [--gold ../shared/data/dev/polnear_dev.jsonl]
        [--scorer ../shared/tools/quote_eval.py] [--example ../shared/examples/corbyn-jewish-leaders-2018]
        [--out /tmp/quote_quality] [--limit N]

Each gold article is read with newsweave's reader and segmented as `quote_eval.py
predict-newsweave` does (one article = one story); its entities are tagged once, and both the
current `QuoteExtractor` and the quotes module as it was at 4ff093b (loaded from `git show` into a
temporary module, same entity index) produce Quotes. Their predictions are written in quote_eval's
format with quote_eval's own mention placement (`to_predictions`), and scored by `quote_eval.py
score` (recall, precision, speaker accuracy, wrong-speaker rate). Also timed: quote extraction on
the five-article example story, warm. Prints a table; writes predictions and figures under --out.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = "4ff093b"


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def baseline_module(tmp: Path):
    source = subprocess.run(["git", "-C", str(ROOT), "show", f"{BASELINE}:src/newsweave/analyze/quotes.py"], check=True, capture_output=True, text=True).stdout
    path = tmp / "quotes_baseline.py"
    path.write_text(source, encoding="utf-8")
    return _load(path, "newsweave.analyze._quotes_baseline")  # its relative imports resolve in the package


def documents_of(api, rec: dict, tmp: Path):
    path = tmp / "article.jsonl"
    fields = {k: rec[k] for k in ("text", "title", "published") if rec.get(k) is not None}
    fields["outlet"] = rec.get("publisher") or "unknown"
    path.write_text(json.dumps(fields, ensure_ascii=False) + "\n", encoding="utf-8")
    articles = list(api.read([path]).articles)
    return api.summarize(articles).documents


def raw_line(rec_id: str, docs, quotes) -> dict:
    return {
        "id": rec_id,
        "texts": {d.article.id: d.article.text for d in docs},
        "quotes": [{"text": q.text, "speaker": q.speaker, "citations": [[c.article_id, c.start, c.end] for c in q.citations]} for q in quotes],
    }


def score(scorer: Path, gold: Path, pred: Path, out: Path, only_predicted: bool) -> dict:
    cmd = [sys.executable, str(scorer), "score", "--gold", str(gold), "--pred", str(pred), "--json", str(out)]
    subprocess.run(cmd + (["--only-predicted"] if only_predicted else []), check=True, capture_output=True)
    return json.loads(out.read_text())


def pick(figures: dict) -> dict:
    """The headline figures from quote_eval's JSON (whatever its nesting)."""
    flat: dict = {}

    def walk(d, prefix=""):
        for k, v in d.items():
            if isinstance(v, dict):
                walk(v, prefix + k + ".")
            else:
                flat[prefix + k] = v

    walk(figures)
    return flat


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared/data/dev/polnear_dev.jsonl")
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared/tools/quote_eval.py")
    ap.add_argument("--example", type=Path, default=ROOT.parent / "shared/examples/corbyn-jewish-leaders-2018")
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "quote_quality")
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from newsweave import api
    from newsweave.analyze.entities import SpacyEntityTagger, build_entities
    from newsweave.analyze.quotes import QuoteExtractor

    qe = _load(args.scorer, "quote_eval_tool")
    gold = qe.load_gold(args.gold)[: args.limit]
    tagger = SpacyEntityTagger()
    current = QuoteExtractor(tagger)
    lines: dict[str, list] = {"current": [], "baseline": []}
    seconds = collections.Counter()
    with tempfile.TemporaryDirectory(prefix="quote_quality_") as tmp_name:
        tmp = Path(tmp_name)
        old = baseline_module(tmp)
        for rec in gold:
            docs = documents_of(api, rec, tmp)
            index = build_entities(docs, tagger.tag(docs))
            for name, run in (("current", lambda: current.extract(docs, index)), ("baseline", lambda: old.extract_quotes(docs, index))):
                t0 = time.perf_counter()
                quotes = run()
                seconds[name] += time.perf_counter() - t0
                lines[name].append(raw_line(rec["id"], docs, quotes))
    results = {}
    for name, raws in lines.items():
        c: collections.Counter = collections.Counter()
        pred = args.out / f"pred_{name}.jsonl"
        with pred.open("w", encoding="utf-8") as f:
            for rec, raw in zip(gold, raws):
                f.write(json.dumps(qe.to_predictions(rec, raw, c), ensure_ascii=False) + "\n")
        results[name] = pick(score(args.scorer, args.gold, pred, args.out / f"figures_{name}.json", args.limit is not None))

    # Speed on the real five-article example, warm (after one untimed run).
    example_docs = api.summarize([args.example]).documents if args.example.exists() else ()
    speed = None
    if example_docs:
        index = build_entities(example_docs, tagger.tag(example_docs))
        current.extract(example_docs, index)
        t0 = time.perf_counter()
        for _ in range(3):
            current.extract(example_docs, index)
        speed = (time.perf_counter() - t0) / 3

    headline = ["recall", "precision", "speaker_accuracy", "wrong_speaker_rate", "missing_speaker_rate", "speaker_precision_when_given",
                "mention_level_speaker_accuracy", "mention_level_wrong_speaker_rate", "pred_mentions", "gold_direct",
                "counts.gold_direct_found", "counts.speaker_correct", "counts.speaker_wrong", "counts.speaker_missing"]
    keys = headline + sorted(k for k in results["current"] if k.startswith(("missed_by_reason.", "by_publisher.")))
    print(f"quote_eval on {args.gold.name} ({len(gold)} articles): current vs quotes.py at {BASELINE}")
    print(f"{'figure':45s} {'baseline':>10s} {'current':>10s}")
    for k in keys:
        b, cur = results["baseline"].get(k), results["current"].get(k)
        fmt = (lambda v: "n/a" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v))
        print(f"{k:45s} {fmt(b):>10s} {fmt(cur):>10s}")
    print(f"extraction time over the dev articles: baseline {seconds['baseline']:.1f} s, current {seconds['current']:.1f} s")
    if speed is not None:
        print(f"quote extraction, five-article example story, warm: {speed * 1000:.0f} ms")
    (args.out / "summary.json").write_text(json.dumps({"results": results, "seconds": seconds, "example_ms": speed and speed * 1000}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
