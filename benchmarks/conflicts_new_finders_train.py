"""What the session-6 conflict finders report on Multi-News *training* clusters, for reading by hand
(a false-alarm check on data no gold covers): plan vs no plan, two deadlines, and the value
conflicts that only the length parse adds (value conflicts with the parse minus those without).

    nice -n 5 .venv/bin/python benchmarks/conflicts_new_finders_train.py 6000     # clusters [0, 6000)
    nice -n 5 .venv/bin/python benchmarks/conflicts_new_finders_train.py 6000 0 --tallies   # vote tallies and durations only
    nice -n 5 .venv/bin/python benchmarks/conflicts_new_finders_train.py 6000 0 --forms     # what counts in other forms add (session 7)
    nice -n 5 .venv/bin/python benchmarks/conflicts_new_finders_train.py 6000 0 --denials   # claims against "denied that ..." (session 7)
    nice -n 5 .venv/bin/python benchmarks/conflicts_new_finders_train.py 20000 0 --ages     # one person's age given two ways (session 8)
    nice -n 5 .venv/bin/python benchmarks/conflicts_new_finders_train.py --gold             # ages scored on gold/conflicts_train_ages.jsonl
    nice -n 5 .venv/bin/python benchmarks/conflicts_new_finders_train.py 20000 0 --docdays  # one document dated to two weekdays (session 8)
    nice -n 5 .venv/bin/python benchmarks/conflicts_new_finders_train.py 20000 0 --counts   # exact counts of one counted noun (session 9)
    nice -n 5 .venv/bin/python benchmarks/conflicts_new_finders_train.py 20000 0 --corrections  # a correction notice's figure (session 9)
    nice -n 5 .venv/bin/python benchmarks/conflicts_new_finders_train.py 20000 0 --conversions  # one sum converted two ways (session 9)
    nice -n 5 .venv/bin/python benchmarks/conflicts_new_finders_train.py 20000 0 --armed    # armed vs unarmed (session 9)
    nice -n 5 .venv/bin/python benchmarks/conflicts_new_finders_train.py 20000 0 --values > now.txt   # all value conflicts, words only;
    NW_SRC=/tmp/e9f3df6/src nice -n 5 .venv/bin/python benchmarks/conflicts_new_finders_train.py 20000 0 --values > then.txt
    #   (after `git archive e9f3df6 src | tar -x -C /tmp/e9f3df6`): `diff then.txt now.txt` is what a change of the value rules adds
    nice -n 10 .venv/bin/python benchmarks/conflicts_new_finders_train.py 20000 0 --values --parse --jsonl > now.jsonl
    #   (session 13) the value finder WITH the parser, as the product runs it (`nlp="auto"`; only the value
    #   finder's own reports, as `conflicts_precision.py --train-values --parse` keeps them), one JSON line per
    #   report with cluster, values and each side's document and offsets (for drawing a sample to label)

Prints each report's cluster id, kind, values and the first 300 characters of each side's
sentence (training data stays on this machine; nothing is written).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, os.environ.get("NW_SRC") or str(ROOT / "src"))  # NW_SRC: another version's src (for --values diffs)

from newsweave.analyze import conflicts  # noqa: E402
from newsweave.analyze.age_conflicts import age_conflicts  # noqa: E402
from newsweave.analyze.document_day_conflicts import document_day_conflicts  # noqa: E402
from newsweave.analyze.deadline_conflicts import deadline_conflicts  # noqa: E402
from newsweave.analyze.denials import denial_conflicts  # noqa: E402
from newsweave.analyze.entities import shared_nlp  # noqa: E402
from newsweave.analyze.plan_conflicts import plan_conflicts  # noqa: E402
from newsweave.text.segment import RuleSegmenter  # noqa: E402
from newsweave.types import Article  # noqa: E402

TRAIN = (ROOT / ".." / "shared" / "data" / "train" / "summarization_multinews_train20k.jsonl").resolve()


def score_train_gold(nlp, seg) -> None:
    """Age conflicts on the clusters of `gold/conflicts_train_ages.jsonl` scored against it (a report
    matching a real item is right, one matching an arguable item is not counted, any other is wrong)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("acf", ROOT / "benchmarks" / "analysis_conflicts_facts.py")
    acf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(acf)
    gold = [json.loads(x) for x in open(ROOT / "benchmarks" / "gold" / "conflicts_train_ages.jsonl", encoding="utf-8")]
    want = {g["cluster"] for g in gold}
    right = wrong = unjudged = 0
    found: set[str] = set()
    for line in open(TRAIN, encoding="utf-8"):
        r = json.loads(line)
        if r["id"] not in want:
            continue
        docs = tuple(seg.split(Article(id=str(k), outlet=str(k), text=d["text"])) for k, d in enumerate(r["documents"])
                     if d["text"].strip() and not d.get("multinews_plus_noise"))
        mine = [g for g in gold if g["cluster"] == r["id"]]
        for c in age_conflicts(docs, nlp=nlp):
            cd = {"sides": [[{"doc": int(x.article_id), "start": x.start, "end": x.end} for x in side.citations] for side in c.sides]}
            hit = [g for g in mine if acf.matches(cd, g)]
            if any(g["real"] for g in hit):
                right += 1
                found.update(g["id"] for g in hit if g["real"])
            elif any(g["real"] is None for g in hit):
                unjudged += 1
            else:
                wrong += 1
                print("   wrong:", r["id"], c.about, [s.value for s in c.sides])
    real = [g["id"] for g in gold if g["real"]]
    print(f"train ages gold: {right + wrong} reported ({unjudged} arguable not counted), precision {right}/{right + wrong}, "
          f"recall {len(found)}/{len(real)}; missed: {' '.join(i for i in real if i not in found)}")


_OTHER_FINDERS = ("number: age of", "number: count of", "number: a corrected", "number: the same", "number: vote tally")


def _value_finder(about: str) -> bool:
    """A report of the value finder itself (as `conflicts_precision.finder_of` tells them apart): the parser
    also lets `value_conflicts` return the count, age, tally and duration finders' reports."""
    return about.startswith("number:") and not about.startswith(_OTHER_FINDERS)


def main() -> None:
    if "--gold" in sys.argv:
        score_train_gold(shared_nlp(), RuleSegmenter())
        return
    argv = [a for a in sys.argv[1:] if not a.startswith("--")]
    stop = int(argv[0]) if argv else 1500
    start = int(argv[1]) if len(argv) > 1 else 0
    nlp, seg = shared_nlp(), RuleSegmenter()
    key = lambda c: tuple(sorted((x.article_id, x.start) for s in c.sides for x in s.citations))  # noqa: E731
    reports = 0
    for i, line in enumerate(open(TRAIN, encoding="utf-8")):
        if i >= stop:
            break
        if i < start:
            continue
        r = json.loads(line)
        docs = (seg.split(Article(id=str(k), outlet=str(k), text=d["text"])) for k, d in enumerate(r["documents"])
                if d["text"].strip() and not d.get("multinews_plus_noise"))
        docs = tuple(d for d in docs if d.sentences)
        if len(docs) < 2:
            continue
        if "--counts" in sys.argv:  # exact counts of one counted noun, from the parse (session 9)
            from newsweave.analyze.count_conflicts import count_conflicts

            found = count_conflicts(docs, nlp=nlp)
        elif "--corrections" in sys.argv:  # a correction notice's figure against another article's (session 9)
            from newsweave.analyze.correction_conflicts import correction_conflicts

            found = correction_conflicts(docs)
        elif "--conversions" in sys.argv:  # one sum converted into one currency two ways (session 9)
            from newsweave.analyze.conversion_conflicts import conversion_conflicts

            found = conversion_conflicts(docs)
        elif "--armed" in sys.argv:  # a person armed in one article, unarmed in another (session 9)
            from newsweave.analyze.armed_conflicts import armed_conflicts

            found = armed_conflicts(docs, nlp=nlp)
        elif "--values" in sys.argv and "--parse" in sys.argv:  # the value finder as the product runs it (session 13)
            found = [c for c in conflicts.value_conflicts(docs, nlp=nlp) if _value_finder(c.about)]
        elif "--values" in sys.argv:  # every value conflict read from the words (diff two versions' outputs)
            found = conflicts.value_conflicts(docs, nlp=None)
        elif "--docdays" in sys.argv:  # one letter / memo / ruling dated to two weekdays (session 8)
            found = document_day_conflicts(docs, nlp=nlp)
        elif "--ages" in sys.argv:  # one person's age given two ways (session 8)
            found = age_conflicts(docs, nlp=nlp)
        elif "--denials" in sys.argv:  # denials by a verb of denying ("denied that ...") only
            found = [c for c in denial_conflicts(docs, nlp=nlp) if " ... " in (c.sides[1].value or "")]
        elif "--forms" in sys.argv:  # value conflicts that the count forms add (words-only matching, as the check is about numbers)
            plain = {key(c) for c in conflicts.value_conflicts(docs, nlp=None, forms=False)}
            found = [c for c in conflicts.value_conflicts(docs, nlp=None) if key(c) not in plain]
        elif "--tallies" in sys.argv:  # the vote tally and duration finders alone
            found = conflicts.tally_and_duration_conflicts(docs, nlp=nlp)
        else:
            found = plan_conflicts(docs, nlp=nlp) + deadline_conflicts(docs, nlp=nlp)
            words_only = {key(c) for c in conflicts.value_conflicts(docs, nlp=None)}
            found += [c for c in conflicts.value_conflicts(docs, nlp=nlp) if key(c) not in words_only]
        for c in found:
            reports += 1
            if "--jsonl" in sys.argv:
                print(json.dumps({"cluster": r["id"], "about": c.about, "values": [s.value for s in c.sides],
                                  "sides": [[{"doc": int(x.article_id), "start": x.start, "end": x.end} for x in s.citations]
                                            for s in c.sides]}), flush=True)
                continue
            print("==", r["id"], c.kind, c.about)
            for s in c.sides:
                print("   *", s.value, "|", s.text[:300])
    print(f"{reports} reports on clusters [{start}, {stop})", file=sys.stderr if "--jsonl" in sys.argv else sys.stdout)


if __name__ == "__main__":
    main()
