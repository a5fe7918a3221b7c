"""A repeat veto on cased copies (issue 13, session 17): measured, not shipped.

Session 16's veto (`summarize/repeat_veto.py`) runs on lower-cased copies only. This script measures
the same facts pair judge on the cased readability sets two ways (benchmarks/SUMMARIZATION.md,
"Session 17 (issue 13, a fresh cased reading ...)"):

    .venv/bin/python benchmarks/cased_repeat_trial.py --flags [--src DIR]   # flag rates on the summaries as shown
    .venv/bin/python benchmarks/cased_repeat_trial.py --flags --sheet /tmp/sheet.jsonl --seed 17   # plus a blind re-reading sheet
    .venv/bin/python benchmarks/cased_repeat_trial.py --run [--src DIR] [summarize_readability.py args]

`--flags`: every cased summary sentence after the opening, as the tree `--src` shows it, with its
verdict (gold as committed) and `repeat_pairs.py`'s pair features against the sentences before it;
for several flags, how many sentences each flags and how many of those were read not publishable
(and a repeat: the reason says "again", "repeat", "restat", "re-announc" or "same news"), for the
AllSides sets and for the other cased sets apart.
`--sheet FILE` (with `--flags`): the older cased sentences read publishable that the judge puts at
0.5 or more and as many controls (other older cased sentences read publishable, `--seed`), shuffled,
each with the summary sentences before it and a blank verdict, without score or old verdict: for a
reader who has not seen either to judge again by the tenth-session repeat rule (gold/READABILITY.md).
`--run`: summarize_readability.py with `repeat_veto.told_again` made to judge cased rows too (the
lower-case condition removed; all chosen rows are compared, so a mixed-case cluster differs a little
from the shipped veto). Pass `--dump FILE` to compare the summaries with the tree's own.
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
REPEAT = re.compile(r"again|repeat|told a (?:second|third)|restat|re-announc|same news", re.I)


def cased_told_again(cf, j, chosen, judge, embed, bar=0.3):
    """`repeat_veto.told_again` without its lower-case condition."""
    import numpy as np

    from newsweave.analyze.facts_pairs import pair_features, story_inputs

    if judge is None or not chosen or not any(int(cf.doc_index[k]) != int(cf.doc_index[j]) for k in chosen):
        return False
    items = [cf.sentences[k] for k in chosen] + [cf.sentences[j]]
    pairs, feats = pair_features(story_inputs(items, embed))
    if not len(pairs):
        return False
    prob = judge.probability(feats)
    return bool(np.any(prob[pairs[:, 1] == len(items) - 1] >= bar))


def flags(src: Path, sheet: Path | None = None, seed: int = 17) -> None:
    import contextlib
    import io
    import tempfile

    sys.path.insert(0, str(REPO / "benchmarks"))
    import repeat_pairs as rp
    import summarize_readability as sr
    from newsweave.analyze.entities import shared_nlp

    with tempfile.NamedTemporaryFile(suffix=".jsonl") as dump, contextlib.redirect_stdout(io.StringIO()):
        sr.main(["--dump", dump.name, "--src", str(src)])
        summaries = [json.loads(line) for line in open(dump.name, encoding="utf-8")]
    clusters = {json.loads(l)["cluster"]: json.loads(l) for l in open(sr.GOLD / "readability_clusters.jsonl", encoding="utf-8") if l.strip()}
    verdicts = sr.load_verdicts()
    records = []
    for d in summaries:
        if d["cluster"].startswith("multinews-val"):
            continue  # lower-cased: session 16's veto
        spans = [tuple(s[:3]) for s in d["sentences"]]
        for pos, s in enumerate(d["sentences"][1:], 1):
            v = sr.verdict_for(verdicts.get((d["cluster"], *s[:3]), []), spans, pos, s[3])
            if v is None:
                continue
            bad = v["verdict"] != "publishable"
            records.append({"cluster": d["cluster"], "file": clusters[d["cluster"]]["file"], "sentence": list(s[:3]),
                            "before": [list(x) for x in spans[:pos]], "label": "repeat" if bad else "adds",
                            "repeats": [list(x) for x in spans[:pos]] if bad else [], "rep": bool(bad and REPEAT.search(v["reason"]))})
    rows = rp.features(records, rp.texts_of(records), shared_nlp())
    by = collections.defaultdict(list)
    for r in rows:
        by[(r["cluster"], tuple(r["sentence"]))].append(r)
    rep = {(r["cluster"], tuple(r["sentence"])): r["rep"] for r in records}
    sents = []
    for key, rs in by.items():
        other = [r for r in rs if r["other_doc"]]
        sents.append({"key": key, "allsides": key[0].startswith("allsides-"), "bad": rs[0]["sentence_y"], "rep": rep[key],
                      "judge": [r["fact_judge"] for r in other], "restates": rs[0]["restates"],
                      "lead_after_lead": any(r["lead"] and r["earlier_lead"] for r in other)})
    tests = {
        "judge >= 0.3": lambda s: max(s["judge"], default=0) >= 0.3,
        "judge >= 0.5": lambda s: max(s["judge"], default=0) >= 0.5,
        "two pairs, judge >= 0.4": lambda s: sum(p >= 0.4 for p in s["judge"]) >= 2,
        "restates (parse)": lambda s: s["restates"] > 0,
        "a lead after another article's lead": lambda s: s["lead_after_lead"],
    }
    print("| flag | AllSides: flagged / not publishable / repeats (of all) | other cased |\n|:--|--:|--:|")
    for name, test in tests.items():
        cells = []
        for group in (True, False):
            g = [s for s in sents if s["allsides"] == group]
            f = [s for s in g if test(s)]
            cells.append(f"{len(f)} / {sum(s['bad'] for s in f)} / {sum(s['rep'] for s in f)} (of {len(g)}: {sum(s['bad'] for s in g)} / {sum(s['rep'] for s in g)})")
        print(f"| {name} | {cells[0]} | {cells[1]} |")
    if sheet is None:
        return
    # A blind re-reading sheet: the older cased sentences read publishable that the judge puts at 0.5
    # or more, and as many other older cased sentences read publishable (controls), shuffled, each
    # with the summary sentences before it; no score, no old verdict. Written outside the repo.
    import random

    texts = rp.texts_of(records)
    ok = [s for s in sents if not s["allsides"] and not s["bad"]]
    flagged = [s for s in ok if max(s["judge"], default=0) >= 0.5]
    rng = random.Random(seed)
    controls = rng.sample([s for s in ok if s not in flagged], min(len(flagged), len(ok) - len(flagged)))
    items = flagged + controls
    rng.shuffle(items)
    before = {(r["cluster"], tuple(r["sentence"])): r["before"] for r in records}
    with open(sheet, "w", encoding="utf-8") as out:
        for s in items:
            cluster, (doc, a, b) = s["key"][0], s["key"][1]
            out.write(json.dumps({"cluster": cluster, "doc": doc, "start": a, "end": b,
                                  "before": [texts[cluster][d][x:y] for d, x, y in before[s["key"]]],
                                  "sentence": texts[cluster][doc][a:b], "verdict": None, "reason": ""}, ensure_ascii=False) + "\n")
    print(f"{len(items)} sentences ({len(flagged)} flagged, {len(controls)} controls, shuffled) written to {sheet}")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    src = REPO / "src"
    if "--src" in argv:
        src = Path(argv[argv.index("--src") + 1])
    sys.path.insert(0, str(src))
    if "--flags" in argv:
        sheet = Path(argv[argv.index("--sheet") + 1]) if "--sheet" in argv else None
        flags(src, sheet, int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 17)
        return 0
    if "--run" in argv:
        argv.remove("--run")
        from newsweave.summarize import coverage

        coverage.told_again = cased_told_again
        sys.path.insert(0, str(REPO / "benchmarks"))
        import summarize_readability as sr

        return sr.main(argv)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
