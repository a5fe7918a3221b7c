"""Do meaning signals separate the judged repeats of the readability gold from publishable sentences?
Read-only (issue 13, session 20, brief B2); nothing here is read by the product.

    nice .venv/bin/python benchmarks/repeat_signals.py --src /tmp/base_24/src [--skip allsides20]

Summarises every readability cluster (`gold/readability_clusters.jsonl`, the sets left out by `--skip`
excepted) at 120 words with the tree `--src`, matches each summary sentence to its verdict the way
`summarize_readability.py` does, and gives every judged sentence after the first:
- `static`, `minilm`: its highest cosine with an earlier summary sentence (the distilled static
  embedder the product uses; full all-MiniLM-L6-v2); `minilm other`: the same over earlier sentences
  of other articles only;
- `judge`: the product's same-claim pair judge (`analyze/facts_pairs.py`, the cased repeat veto's),
  highest over earlier sentences of other articles (0 when there is none);
- `new`: its content terms (`text.tokens.content_terms`) no earlier summary sentence has, and the
  combinations MiniLM x share of terms already said, MiniLM / (1 + new).

A sentence is a *repeat* when its verdict is "not publishable" and the reason says it tells earlier
news again (`REPEAT`; the "(... repeat veto)" provenance tag does not count). Printed: per signal, how
many repeats, publishable sentences and other failures each cut refuses, and the ROC AUC of repeats
against publishable sentences. Every figure is a tuning figure (all these sets have been read).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
REPEAT = re.compile(r"repeat|again|retell|retold|third time|second time|same news|re-announc", re.I)
CUTS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)


def sentence_rows(src: Path, skip: set[str]) -> list[dict]:
    """One dict per summary sentence after the first that has a verdict."""
    sys.path.insert(0, str(src))
    sys.path.insert(0, str(REPO / "benchmarks"))
    from types import SimpleNamespace

    import summarize_readability as R
    from newsweave import api
    from newsweave.analyze.facts_pairs import load_pair_judge, pair_features, story_inputs
    from newsweave.embed import make_embedder
    from newsweave.summarize.extractive import ExtractiveSummarizer
    from newsweave.text.tokens import content_terms

    static, minilm, judge = make_embedder("static"), make_embedder("minilm"), load_pair_judge()
    clusters = [json.loads(l) for l in open(R.GOLD / "readability_clusters.jsonl", encoding="utf-8") if l.strip()]
    verdicts, summarizer, rows = R.load_verdicts(), ExtractiveSummarizer(), []
    for entry in (c for c in clusters if c.get("set", "tuning") not in skip):
        articles = R.load_articles(entry)
        index = {a.id: k for k, a in enumerate(articles)}
        sents = api.summarize(articles, 120, summarizer=summarizer).summary.sentences
        if len(sents) < 2:
            continue
        spans = [(index[s.citations[0].article_id], s.citations[0].start, s.citations[0].end) for s in sents]
        texts = [s.text for s in sents]
        vs, vm = static.embed(texts), minilm.embed(texts)
        terms = [set(content_terms(t)) for t in texts]
        items = [SimpleNamespace(article_id=str(d), text=t) for (d, _, _), t in zip(spans, texts)]
        for p in range(1, len(sents)):
            v = R.verdict_for(verdicts.get((entry["cluster"],) + spans[p], []), spans, p, getattr(sents[p], "opinion_of", None))
            if v is None:
                continue
            other = [q for q in range(p) if spans[q][0] != spans[p][0]]
            said = set().union(*terms[:p])
            judged = 0.0
            if other:  # the judge's story statistics over the summary so far, as at selection time
                pairs, feats = pair_features(story_inputs(items[: p + 1], static.embed))
                judged = float(judge.probability(feats)[pairs[:, 1] == p].max())
            reason = v["reason"].replace("repeat veto", "")
            rows.append({"kind": "publishable" if v["verdict"] == "publishable" else "repeat" if REPEAT.search(reason) else "other",
                         "static": float((vs[:p] @ vs[p]).max()), "minilm": float((vm[:p] @ vm[p]).max()),
                         "minilm other": float((vm[other] @ vm[p]).max()) if other else 0.0,
                         "judge": judged,
                         "new": len(terms[p] - said), "terms": len(terms[p])})
    return rows


def signals(row: dict) -> dict[str, float]:
    share_said = 1.0 - row["new"] / max(1, row["terms"])
    return {"static": row["static"], "minilm": row["minilm"], "minilm other": row["minilm other"], "judge": row["judge"],
            "minilm x share said": row["minilm"] * share_said, "minilm / (1 + new)": row["minilm"] / (1 + row["new"])}


def report(rows: list[dict]) -> None:
    from sklearn.metrics import roc_auc_score

    kinds = [r["kind"] for r in rows]
    print(f"judged sentences after the first: {len(rows)}: repeats {kinds.count('repeat')}, publishable "
          f"{kinds.count('publishable')}, other failures {kinds.count('other')}")
    table = [signals(r) for r in rows]
    binary = [k != "other" for k in kinds]
    for name in table[0]:
        score = np.array([t[name] for t in table])
        y = np.array([k == "repeat" for k in kinds])
        auc = roc_auc_score(y[binary], score[binary])
        cuts = CUTS if name in ("static", "minilm", "minilm other") else (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9) if name == "judge" \
            else tuple(np.round(np.quantile(score, (0.8, 0.9, 0.95, 0.98, 0.99)), 3))
        print(f"\n{name} (AUC repeats vs publishable {auc:.3f})\n| cut | repeats | publishable | other failures |\n|--:|--:|--:|--:|")
        for c in cuts:
            hit = score >= c
            print(f"| >= {c} | {int((hit & y).sum())} | {int((hit & (np.array(kinds) == 'publishable')).sum())} | "
                  f"{int((hit & (np.array(kinds) == 'other')).sum())} |")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", type=Path, default=REPO / "src", help="source tree whose summaries are measured")
    ap.add_argument("--skip", default="allsides20", help="sets left out (comma-separated)")
    ap.add_argument("--json", type=Path, help="also write the rows here")
    args = ap.parse_args(argv)
    rows = sentence_rows(args.src, set(filter(None, args.skip.split(","))))
    if args.json:
        args.json.write_text(json.dumps(rows))
    report(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
