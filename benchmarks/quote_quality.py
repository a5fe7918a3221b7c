"""Quote extraction and speaker attribution on real news, against the quote code of an earlier commit.

    .venv/bin/python benchmarks/quote_quality.py [--baseline 5378731] [--gold ../shared/data/dev/polnear_dev.jsonl]
        [--scorer ../shared/tools/quote_eval.py] [--example ../shared/examples/corbyn-jewish-leaders-2018]
        [--out /tmp/quote_quality] [--limit N] [--split-seed 17 [--only A|B]]

Each gold article is read with newsweave's reader and segmented as `quote_eval.py
predict-newsweave` does (one article = one story); its entities are tagged once, and both the
current `QuoteExtractor` and the quote modules as they were at --baseline (quotes.py,
attribution.py, speakers.py, speech.py, ambiguity.py, cue_words.py and any analyze/*quote*/*speaker* module, loaded from `git
show` as renamed copies beside the current package, so both use the same entity index and spaCy
model) produce Quotes. Their predictions are written in quote_eval's format with quote_eval's own
mention placement (`to_predictions`) and scored by quote_eval's `score` (recall, precision, speaker
accuracy, wrong-speaker rate): on all articles, and on two fixed halves (A: even line numbers of the
gold file, B: odd; counted from 0; or, with --split-seed N, a `random.Random(N)` draw of half the
articles as A), a cheap check of how much a figure depends on which articles were read. --only A|B
reads and scores one half alone (session 17 tuned on A with B unseen). Per-quote verdicts (missed, wrong, missing speaker, unmatched prediction) go to
--out/details_{current,baseline}.jsonl. Also timed: quote extraction on the five-article example
story, warm, both versions.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = "5378731"
_OWNED = re.compile(r"src/newsweave/analyze/(quotes|attribution|speakers|speech|ambiguity|cue_words|lower_\w+|body_nouns|party_roles|\w*quote\w*|\w*speaker\w*)\.py")


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def baseline_module(tmp: Path, commit: str):
    """The quotes module as it was at `commit`, with the quote modules it imports from that
    commit too (renamed `_base_<name>`); shared modules (entities, types) are today's."""
    listing = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "-r", "--name-only", commit, "src/newsweave/analyze/"], check=True, capture_output=True, text=True).stdout.split()
    names = [m.group(1) for path in listing if (m := _OWNED.fullmatch(path))]
    show = lambda n: subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:src/newsweave/analyze/{n}.py"], check=True, capture_output=True, text=True).stdout  # noqa: E731
    # Also every other analyze module the quote modules import, at once or lazily ("pronoun_chains",
    # "paraphrase_leads", ...: today's copies would run their hooks in both versions; session 19
    # found one so); the entity modules stay shared (one entity index for both).
    at_commit = {p.rsplit("/", 1)[1][:-3] for p in listing if p.endswith(".py")}
    todo = list(names)
    while todo:
        for dep in re.findall(r"from \.(\w+) import", show(todo.pop())):
            if dep in at_commit and dep not in names and not dep.startswith("entit") and dep != "unionfind":
                names.append(dep)
                todo.append(dep)
    sources = {}
    for name in names:
        src = show(name)
        for other in names:
            src = re.sub(rf"from \.{other} import", f"from ._base_{other} import", src)
        sources[name] = src
    order = sorted(names, key=lambda n: n == "quotes")  # quotes last: it imports the others
    for _ in range(len(order)):  # load in an order where every import is already loaded
        pending = [n for n in order if f"newsweave.analyze._base_{n}" not in sys.modules]
        if not pending:
            break
        for name in pending:
            path = tmp / f"_base_{name}.py"
            path.write_text(sources[name], encoding="utf-8")
            try:
                _load(path, f"newsweave.analyze._base_{name}")
            except ImportError:
                sys.modules.pop(f"newsweave.analyze._base_{name}", None)
    return sys.modules["newsweave.analyze._base_quotes"]


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


def pick(figures: dict) -> dict:
    """The figures from quote_eval's result, flattened ("counts.speaker_wrong")."""
    flat: dict = {}

    def walk(d, prefix=""):
        for k, v in d.items():
            if isinstance(v, dict):
                walk(v, prefix + k + ".")
            else:
                flat[prefix + k] = v

    walk(figures)
    return flat


def halves(gold: list, seed: int | None = None) -> dict[str, list]:
    """Fixed halves: even/odd lines, or (with `seed`) a `random.Random(seed)` draw of half the
    articles as A (session 17: seed 17), the rest B, both in file order."""
    if seed is None:
        return {"all": gold, "half A": gold[0::2], "half B": gold[1::2]}
    chosen = set(random.Random(seed).sample(range(len(gold)), len(gold) // 2))
    return {"all": gold, "half A": [r for i, r in enumerate(gold) if i in chosen], "half B": [r for i, r in enumerate(gold) if i not in chosen]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", default=BASELINE)
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared/data/dev/polnear_dev.jsonl")
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared/tools/quote_eval.py")
    ap.add_argument("--example", type=Path, default=ROOT.parent / "shared/examples/corbyn-jewish-leaders-2018")
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "quote_quality")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--split-seed", type=int, help="halves by a seeded draw instead of even/odd lines")
    ap.add_argument("--only", choices=("A", "B"), help="read and score only this half (keeps the other unseen while tuning)")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from newsweave import api
    from newsweave.analyze.entities import SpacyEntityTagger, build_entities
    from newsweave.analyze.quotes import QuoteExtractor

    qe = _load(args.scorer, "quote_eval_tool")
    gold = qe.load_gold(args.gold)[: args.limit]
    if args.only:
        gold = halves(gold, args.split_seed)[f"half {args.only}"]
    tagger = SpacyEntityTagger()
    current = QuoteExtractor(tagger)
    lines: dict[str, list] = {"current": [], "baseline": []}
    seconds = collections.Counter()
    with tempfile.TemporaryDirectory(prefix="quote_quality_") as tmp_name:
        tmp = Path(tmp_name)
        old = baseline_module(tmp, args.baseline)
        old_extractor = old.QuoteExtractor(tagger) if hasattr(old, "QuoteExtractor") else None
        run_old = (lambda docs, index: old_extractor.extract(docs, index)) if old_extractor else old.extract_quotes
        for rec in gold:
            docs = documents_of(api, rec, tmp)
            index = build_entities(docs, tagger.tag(docs))
            for name, run in (("current", current.extract), ("baseline", run_old)):
                t0 = time.perf_counter()
                quotes = run(docs, index)
                seconds[name] += time.perf_counter() - t0
                lines[name].append(raw_line(rec["id"], docs, quotes))

        results: dict[str, dict[str, dict]] = {}
        for name, raws in lines.items():
            c: collections.Counter = collections.Counter()
            pred = args.out / f"pred_{name}.jsonl"
            with pred.open("w", encoding="utf-8") as f:
                for rec, raw in zip(gold, raws):
                    f.write(json.dumps(qe.to_predictions(rec, raw, c), ensure_ascii=False) + "\n")
            preds = qe.load_pred(pred, {r["id"]: r for r in gold})
            results[name] = {}
            for part, subset in (halves(gold, args.split_seed) if not args.only else {"all": gold}).items():
                figures, details = qe.score(subset, preds, only_predicted=True)
                results[name][part] = pick(figures)
                if part == "all":
                    with (args.out / f"details_{name}.jsonl").open("w", encoding="utf-8") as f:
                        for d in details:
                            f.write(json.dumps(d, ensure_ascii=False) + "\n")

        # Speed on the real five-article example, warm (after one untimed run), both versions.
        example_docs = api.summarize([args.example]).documents if args.example.exists() else ()
        speed = {}
        if example_docs:
            index = build_entities(example_docs, tagger.tag(example_docs))
            for name, run in (("current", current.extract), ("baseline", run_old)):
                run(example_docs, index)
                t0 = time.perf_counter()
                for _ in range(5):
                    run(example_docs, index)
                speed[name] = (time.perf_counter() - t0) / 5

    headline = ["recall", "precision", "speaker_accuracy", "wrong_speaker_rate", "missing_speaker_rate", "speaker_precision_when_given",
                "mention_level_speaker_accuracy", "mention_level_wrong_speaker_rate", "pred_mentions", "gold_direct",
                "counts.gold_direct_found", "counts.speaker_correct", "counts.speaker_wrong", "counts.speaker_missing"]
    value = lambda r, k: r.get(k, 0 if k.startswith("counts.") else None)  # noqa: E731
    fmt = lambda v: "n/a" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)  # noqa: E731
    print(f"quote_eval on {args.gold.name} ({len(gold)} articles): current vs the quote modules at {args.baseline}")
    parts = list(results["current"])
    print(f"{'figure':38s} " + " ".join(f"{p + ' base':>12s} {p + ' now':>11s}" for p in parts))
    for k in headline:
        print(f"{k:38s} " + " ".join(f"{fmt(value(results['baseline'][p], k)):>12s} {fmt(value(results['current'][p], k)):>11s}" for p in parts))
    for k in sorted(k for k in results["current"]["all"] if k.startswith(("missed_by_reason.", "by_publisher."))):
        print(f"{k:38s} {fmt(results['baseline']['all'].get(k)):>12s} {fmt(results['current']['all'].get(k)):>11s}")
    print(f"extraction time over the dev articles: baseline {seconds['baseline']:.1f} s, current {seconds['current']:.1f} s")
    if speed:
        print(f"quote extraction, five-article example story, warm: baseline {speed['baseline'] * 1000:.0f} ms, current {speed['current'] * 1000:.0f} ms")
    (args.out / "summary.json").write_text(json.dumps({"baseline": args.baseline, "results": results, "seconds": seconds, "example_ms": {k: v * 1000 for k, v in speed.items()}}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
