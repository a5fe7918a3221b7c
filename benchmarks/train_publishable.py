"""The learned publishability check (`summarize/publishable.py`): leave-one-set-out on the
readability gold, and the shipped model (`src/newsweave/data/publishable.json`).

    nice -n 5 .venv/bin/python benchmarks/train_publishable.py --loso     # leave-one-set-out table
    nice -n 5 .venv/bin/python benchmarks/train_publishable.py            # train on every set, write the model
    nice -n 5 .venv/bin/python benchmarks/train_publishable.py --check    # byte-for-byte check of the shipped model
    nice -n 5 .venv/bin/python benchmarks/train_publishable.py --score ctx.jsonl   # the shipped model on a fresh set's summaries

Figures and the verdict (it does not help as a veto in selection; off by default) in
benchmarks/SUMMARIZATION.md, "Twelfth session, part 2".

Examples: every judged sentence of every summary in `gold/readability_contexts.jsonl` (summaries as
read: spans in reading order with the verdict that held, written by `summarize_readability.py
--dump` from several code versions: `reading` says which; "first" = the set's first reading),
featurised in its summary (the sentences before it) by `publishable.features` on the cluster's
sentence rows as today's summarizer prepares them (a span is matched to the row it overlaps most;
its own words are featurised). The same (cluster, span, earlier spans) counts once. Sentences shown
marked as opinion are left out.

Leave-one-set-out: for each readability set S, the model is trained on the other sets' examples
and scores S's first-reading examples (heldout11-17: the frozen first-reading trees) or, for the
sets whose first-reading code is not kept, every reading of S. The bar (refuse under it) is chosen
inside each fold by an inner leave-one-set-out over the training sets: the highest bar at which the
refused training examples are at least PRECISION not publishable. Logistic regression (lbfgs,
C fixed, deterministic), weights rounded to 6 decimals (`--check`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
GOLD = ROOT / "benchmarks" / "gold"
OUT = ROOT / "src" / "newsweave" / "data" / "publishable.json"
C = 0.1
PRECISION = 0.7
BARS = tuple(round(0.025 * k, 3) for k in range(1, 27))


def examples(path: Path | None = None):
    """Feature rows, labels (1 = publishable), set names, first-reading flags, keys."""
    from summarize_readability import load_articles, load_verdicts, verdict_for

    from newsweave import api
    from newsweave.analyze.screen import screen_documents
    from newsweave.summarize.extractive import ExtractiveSummarizer, without_furniture
    from newsweave.summarize.publishable import features, sentence_vectors
    from newsweave.summarize.trim import trim_leaning

    clusters = {c["cluster"]: c for c in map(json.loads, open(GOLD / "readability_clusters.jsonl", encoding="utf-8"))}
    verdicts = load_verdicts()
    contexts: dict[str, list[dict]] = {}
    for line in open(path or GOLD / "readability_contexts.jsonl", encoding="utf-8"):
        c = json.loads(line)
        contexts.setdefault(c["cluster"], []).append(c)
    summarizer = ExtractiveSummarizer()
    pipeline = api._pipeline(None, 120, summarizer, None, None)
    X, y, sets, first, keys = [], [], [], [], []
    seen = set()
    for cid in sorted(contexts):
        entry = clusters[cid]
        articles = load_articles(entry)
        index = {a.id: k for k, a in enumerate(articles)}
        documents = pipeline.documents(articles)
        if pipeline.settings.screen:
            documents, _ = screen_documents(tuple(documents))
        documents = trim_leaning(without_furniture(documents), summarizer.trim_lower)
        cf, _ = summarizer.rank(documents)
        vectors = sentence_vectors(cf, summarizer.claim_embedder)
        rows: dict[int, list[int]] = {}
        for r, s in enumerate(cf.sentences):
            rows.setdefault(index[s.article_id], []).append(r)

        def row_of(doc, start, end):
            best = max(rows.get(doc, []), key=lambda r: (min(end, cf.sentences[r].end) - max(start, cf.sentences[r].start), -abs(cf.sentences[r].start - start)), default=None)
            return best

        for c in sorted(contexts[cid], key=lambda c: (c["reading"] != "first", c["reading"])):
            spans = c["sentences"]
            cited = [tuple(x[:3]) for x in spans]
            for k, (doc, start, end, marked) in enumerate(spans):
                v = verdict_for(verdicts.get((cid, doc, start, end), []), cited, k, marked)
                if v is None or marked is not None:
                    continue
                verdict = v["verdict"]
                key = (cid, doc, start, end, tuple(tuple(x[:3]) for x in spans[:k]))
                if key in seen:
                    continue
                seen.add(key)
                row = row_of(doc, start, end)
                earlier = [row_of(*x[:3]) for x in spans[:k]]
                text = articles[doc].text[start:end]
                X.append(features(cf, row, [e for e in earlier if e is not None and e != row], vectors, text))
                y.append(int(verdict == "publishable"))
                sets.append(entry.get("set", "tuning"))
                first.append(c["reading"] == "first")
                keys.append(key)
    return np.array(X), np.array(y), np.array(sets), np.array(first), keys


def fit(X, y):
    from sklearn.linear_model import LogisticRegression

    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale == 0] = 1.0
    m = LogisticRegression(C=C, max_iter=2000).fit((X - mean) / scale, y)
    return mean, scale, m.coef_[0], float(m.intercept_[0])


def prob(params, X):
    mean, scale, w, b = params
    return 1.0 / (1.0 + np.exp(-(((X - mean) / scale) @ w + b)))


def choose_bar(X, y, sets):
    """Inner leave-one-set-out: the highest bar whose refused examples are >= PRECISION not publishable."""
    p = np.zeros(len(y))
    for s in sorted(set(sets)):
        out = sets == s
        p[out] = prob(fit(X[~out], y[~out]), X[out])
    best = 0.0
    for bar in BARS:
        refused = p < bar
        if refused.sum() >= 3 and (1 - y[refused]).mean() >= PRECISION:
            best = bar
    return best, p


def loso(X, y, sets, first):
    from sklearn.metrics import roc_auc_score

    print("| left out | examples scored | not publishable | AUC | bar (inner) | not publishable refused | publishable refused |")
    print("|:--|--:|--:|--:|--:|--:|--:|")
    pooled = []
    for s in sorted(set(sets), key=lambda s: (len(s), s)):
        out = sets == s
        test = out & (first if first[out].any() else out)
        params = fit(X[~out], y[~out])
        bar, _ = choose_bar(X[~out], y[~out], sets[~out])
        p = prob(params, X[test])
        yt = y[test]
        auc = roc_auc_score(yt, p) if 0 < yt.sum() < len(yt) else float("nan")
        caught, wrong = int(((p < bar) & (yt == 0)).sum()), int(((p < bar) & (yt == 1)).sum())
        tag = "first reading" if first[out].any() else "every reading"
        print(f"| {s} ({tag}) | {len(yt)} | {int((yt == 0).sum())} | {auc:.2f} | {bar:.3f} | {caught} | {wrong} |")
        pooled.append((s, tag, yt, p, bar))
    for tag in ("first reading", "every reading"):
        rows = [r for r in pooled if r[1] == tag]
        if not rows:
            continue
        yt = np.concatenate([r[2] for r in rows])
        p = np.concatenate([r[3] for r in rows])
        refused = np.concatenate([r[3] < r[4] for r in rows])
        print(f"pooled ({tag}): {len(yt)} examples, {int((yt == 0).sum())} not publishable; AUC {roc_auc_score(yt, p):.3f}; "
              f"refused at the fold bars: {int((refused & (yt == 0)).sum())} not publishable, {int((refused & (yt == 1)).sum())} publishable")
        for bar in BARS:
            r = p < bar
            print(f"    bar {bar:.3f}: refuses {int((r & (yt == 0)).sum())} not publishable, {int((r & (yt == 1)).sum())} publishable")


def score(path: Path) -> int:
    """The shipped model on the judged sentences of `path`: refused at its bar, by verdict."""
    from newsweave.summarize.publishable import load_publishable

    model = load_publishable()
    X, y, _, _, keys = examples(path)
    p = model.probability(X)
    refused = p < model.refuse_below
    print(f"{len(y)} judged sentences, {int((y == 0).sum())} not publishable; at the shipped bar {model.refuse_below}: "
          f"refuses {int((refused & (y == 0)).sum())} not publishable, {int((refused & (y == 1)).sum())} publishable")
    for k in np.argsort(p)[:10]:
        print(f"    P={p[k]:.2f} {'publishable' if y[k] else 'NOT'} {keys[k][:4]}")
    return 0


def model_json(X, y, sets) -> str:
    from newsweave.summarize.publishable import NAMES, PublishableModel

    mean, scale, w, b = fit(X, y)
    bar, _ = choose_bar(X, y, sets)
    model = PublishableModel(NAMES, mean, scale, w, b, bar)
    return json.dumps(model.to_json(), indent=1) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--loso", action="store_true")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--score", type=Path, help="score the summaries of this contexts file (--dump's format plus `reading`) with the shipped model: a fresh set's first reading")
    args = ap.parse_args(argv)
    if args.score:
        return score(args.score)
    X, y, sets, first, _ = examples()
    print(f"{len(y)} examples ({int((y == 0).sum())} not publishable) from {len(set(sets))} sets; first-reading examples {int(first.sum())}")
    if args.loso:
        loso(X, y, sets, first)
        return 0
    text = model_json(X, y, sets)
    if args.check:
        same = OUT.read_text(encoding="utf-8") == text
        print("shipped model reproduced byte for byte" if same else "MISMATCH with the shipped model")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
