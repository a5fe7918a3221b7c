"""A blind second reading of older cased "publishable" sentences against the first (issue 13, session 17).

Session 17's brief D found that the facts pair judge flags the news told again well on the AllSides
readability sets and badly on the older cased sets (NeuS, fulltext Multi-News), and suspected the older
gold of a looser repeat standard. `gold/readability_second_reading_s17.jsonl` re-reads, blind, the
sentences of `cased_repeat_trial.py --flags --sheet FILE --seed 17` (older cased sentences read
publishable: those the judge puts at >= 0.5 and as many controls). This script unblinds and measures
(benchmarks/SUMMARIZATION.md, "Session 17 (blind second reading of cased repeats)"):

    .venv/bin/python benchmarks/second_reading_s17.py --compare [--src DIR] [--sheet SHEET] [--contexts FILE]
    .venv/bin/python benchmarks/second_reading_s17.py --readability [--veto [--bar B]] [--committed] [--veto-reading] [--src DIR] [--contexts FILE] [summarize_readability.py args]
    .venv/bin/python benchmarks/second_reading_s17.py --quality [--veto] [--src DIR] [summarize_quality.py args]
    .venv/bin/python benchmarks/second_reading_s17.py --leaving DUMP_WITHOUT DUMP_WITH   # --readability --dump FILE, without and with --veto

`--compare`: rebuilds the sheet's flagged set (same code path as cased_repeat_trial.py) and prints
the agreement of the second reading with the committed verdicts, flagged rows and controls apart;
it saves each row's context (the spans before it; default /tmp/blind17/contexts.json) and, given the
sheet, checks that the rebuilt contexts are the sheet's.
`--readability`: summarize_readability.py with the committed verdicts, except that where the second
reading says "not publishable" the verdict that held in the sheet's context says so too (one
standard: the tenth-session repeat rule as written); `--veto` also runs cased_repeat_trial's cased
veto (`repeat_veto.told_again` without its lower-case condition). The gold files are not changed.
`--veto-reading` adds `gold/readability_veto_reading_s17.jsonl` (the 35 new sentences of the veto at
0.5, read for their exact contexts, not blind to the veto).
`--leaving`: the sentences the veto takes out, by their verdict in the summary they leave, under the
committed gold and under the one standard.
`--quality`: summarize_quality.py (ROUGE) with or without the cased veto, for a same-run comparison
with `--src` on the baseline tree.
"""

from __future__ import annotations

import collections
import contextlib
import io
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SECOND = REPO / "benchmarks" / "gold" / "readability_second_reading_s17.jsonl"
VETO_READING = REPO / "benchmarks" / "gold" / "readability_veto_reading_s17.jsonl"
TEXTS: dict = {}  # cluster -> document texts, as the last sheet_rows call read them


def second_reading() -> dict[tuple, dict]:
    """(cluster, doc, start, end) -> the blind second verdict."""
    return {(v["cluster"], v["doc"], v["start"], v["end"]): v for v in map(json.loads, open(SECOND, encoding="utf-8")) if v}


def sheet_rows(src: Path) -> tuple[dict[tuple, list], set[tuple], dict[tuple, float]]:
    """The older cased sentences as `cased_repeat_trial.flags` sees them: key -> spans before it,
    the keys read publishable, and key -> the judge's highest score against another article."""
    import cased_repeat_trial as crt
    import repeat_pairs as rp

    captured: dict[str, list] = {}
    features = rp.features

    def spy(records, texts, nlp):
        rows = features(records, texts, nlp)
        captured["records"], captured["rows"] = records, rows
        TEXTS.update(texts)
        return rows

    rp.features = spy
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            crt.flags(src, None)
    finally:
        rp.features = features
    before = {(r["cluster"], *r["sentence"]): r["before"] for r in captured["records"]}
    ok = {(r["cluster"], *r["sentence"]) for r in captured["records"] if r["label"] == "adds"}
    score: dict[tuple, float] = collections.defaultdict(float)
    for r in captured["rows"]:
        key = (r["cluster"], *r["sentence"])
        if r["other_doc"]:
            score[key] = max(score[key], r["fact_judge"])
    return before, ok, score


def held(kept: list[dict], before: list, key: tuple) -> tuple[dict | None, str | None]:
    """The committed verdict that held for the sheet's row, and the opinion label it was shown with
    (the sheet rows were all read publishable; `cased_repeat_trial.flags` matched them with the label)."""
    import summarize_readability as sr

    spans = [tuple(b) for b in before] + [key[1:]]
    found = None
    for marked in [None] + sorted({c["opinion_of"] for c in kept if c.get("opinion_of")}):
        v = sr.verdict_for(kept, spans, len(spans) - 1, marked)
        if v is not None and (found is None or (found[0]["verdict"] != "publishable" and v["verdict"] == "publishable")):
            found = (v, marked)
    return found if found is not None else (None, None)


def compare(src: Path, contexts: Path, sheet: Path | None) -> None:
    import summarize_readability as sr

    second = second_reading()
    before, ok, score = sheet_rows(src)
    if sheet is not None and sheet.exists():  # the contexts rebuilt here must be the sheet's
        shown = {(r["cluster"], r["doc"], r["start"], r["end"]): r["before"] for r in map(json.loads, open(sheet, encoding="utf-8"))}
        same = sum([TEXTS[k[0]][d][a:b] for d, a, b in before.get(k, [])] == b for k, b in shown.items())
        print(f"sheet rows whose context this tree rebuilds word for word: {same}/{len(shown)}")
    contexts.write_text(json.dumps({json.dumps(list(k)): before[k] for k in second if k in before}), encoding="utf-8")
    verdicts = sr.load_verdicts()
    groups = {"flagged (judge >= 0.5)": [], "controls": []}
    marked_rows = []
    for key, v in second.items():
        old, marked = held(verdicts.get(key, []), before.get(key, []), key)
        if marked is not None:  # shown with an opinion label the sheet did not print: not the same reading
            marked_rows.append(key)
            continue
        group = "flagged (judge >= 0.5)" if score.get(key, 0) >= 0.5 else "controls"
        groups[group].append((key, v, old, key in ok))
    print("| rows | n | second reading: not publishable | agree with the committed verdict |\n|:--|--:|--:|--:|")
    for name, rows in groups.items():
        bad = sum(v["verdict"] != "publishable" for _, v, _, _ in rows)
        agree = sum(old is not None and old["verdict"] == v["verdict"] for _, v, old, _ in rows)
        print(f"| {name} | {len(rows)} | {bad} | {agree} |")
    print(f"\nleft out, shown marked as opinion in the summary (the sheet prints no label): {marked_rows}")
    missing = [k for k in second if k not in before]
    print(f"\nrows not found in this tree's summaries: {len(missing)}; committed verdict not publishable: "
          f"{sum(1 for rs in groups.values() for _, _, old, _ in rs if old and old['verdict'] != 'publishable')}")
    for name, rows in groups.items():
        for key, v, old, _ in sorted(rows):
            if v["verdict"] != "publishable":
                print(f"  {name[:7]} {key} judge {score.get(key, 0):.2f}: {v['reason']} (was: {old and old['reason']})")


def overlay(contexts: Path) -> None:
    """Make sr.load_verdicts return the committed verdicts with the second reading's "not
    publishable" put on the verdict that held in the sheet's context (saved by --compare)."""
    import summarize_readability as sr

    load = sr.load_verdicts
    second = second_reading()
    before = {tuple(json.loads(k)): v for k, v in json.loads(contexts.read_text(encoding="utf-8")).items()}

    def load_with_second() -> dict[tuple, list[dict]]:
        verdicts = load()
        for key, v in second.items():
            if v["verdict"] == "publishable" or key not in before:
                continue
            old, marked = held(verdicts.get(key, []), before[key], key)
            if old is not None and marked is None and old["verdict"] == "publishable":
                kept = verdicts[key]
                kept[kept.index(old)] = {**old, "verdict": "not publishable", "reason": v["reason"] + " (session 17 second reading)"}
        return verdicts

    sr.load_verdicts = load_with_second


def add_veto_reading() -> None:
    """Also hold the verdicts read for the cased veto's new sentences (bar 0.5, each for its exact
    context: `needs` = the spans before it)."""
    import summarize_readability as sr

    load = sr.load_verdicts

    def load_with_veto_reading() -> dict[tuple, list[dict]]:
        verdicts = load()
        for v in map(json.loads, open(VETO_READING, encoding="utf-8")):
            verdicts.setdefault((v["cluster"], v["doc"], v["start"], v["end"]), []).append(v)
        return verdicts

    sr.load_verdicts = load_with_veto_reading


def leaving(without: Path, with_veto: Path, contexts: Path) -> None:
    """The sentences the veto takes out of the summaries (dumps of --readability without and with
    --veto), by their verdict in the summary they leave, under the committed and the one-standard gold."""
    import summarize_readability as sr

    committed = sr.load_verdicts()
    overlay(contexts)
    one = sr.load_verdicts()
    after = {d["cluster"]: {tuple(x[:3]) for x in d["sentences"]} for d in map(json.loads, open(with_veto, encoding="utf-8"))}
    count = collections.Counter()
    changed = collections.Counter()
    for d in map(json.loads, open(without, encoding="utf-8")):
        group = "AllSides" if d["cluster"].startswith("allsides-") else ("lower-cased" if d["cluster"].startswith("multinews-val") else "older cased")
        spans = [tuple(x[:3]) for x in d["sentences"]]
        if set(spans) != after.get(d["cluster"], set()):
            changed[group] += 1
        for pos, x in enumerate(d["sentences"]):
            if tuple(x[:3]) in after.get(d["cluster"], set()):
                continue
            for name, gold in (("committed", committed), ("one standard", one)):
                v = sr.verdict_for(gold.get((d["cluster"], *x[:3]), []), spans, pos, x[3])
                count[(group, name, "unread" if v is None else v["verdict"])] += 1
    print("| sets | summaries changed | leaving, committed gold: publishable / not / unread | one standard: publishable / not / unread |\n|:--|--:|--:|--:|")
    for group in ("older cased", "AllSides", "lower-cased"):
        cells = [" / ".join(str(count[(group, n, k)]) for k in ("publishable", "not publishable", "unread")) for n in ("committed", "one standard")]
        print(f"| {group} | {changed[group]} | {cells[0]} | {cells[1]} |")


def veto_on(bar: float | None = None) -> None:
    """cased_repeat_trial's cased veto; `bar` replaces the judge bar the summarizer passes (0.3)."""
    import cased_repeat_trial as crt
    from newsweave.summarize import coverage

    if bar is None:
        coverage.told_again = crt.cased_told_again
    else:
        def told_again(cf, j, chosen, judge, embed, shipped_bar=0.3):  # lower-cased rows keep the shipped bar
            cased = bool(cf.cased[int(cf.doc_index[j])])
            return crt.cased_told_again(cf, j, chosen, judge, embed, bar if cased else shipped_bar)

        coverage.told_again = told_again


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    src = REPO / "src"
    if "--src" in argv:
        src = Path(argv[argv.index("--src") + 1])
    sys.path.insert(0, str(src))
    sys.path.insert(0, str(REPO / "benchmarks"))
    veto = "--veto" in argv
    bar = None
    if "--bar" in argv:
        bar = float(argv.pop(argv.index("--bar") + 1))
        argv.remove("--bar")
    contexts = Path("/tmp/blind17/contexts.json")
    if "--contexts" in argv:
        contexts = Path(argv.pop(argv.index("--contexts") + 1))
        argv.remove("--contexts")
    rest = [a for a in argv if a not in ("--compare", "--readability", "--quality", "--veto", "--committed", "--veto-reading")]
    if "--leaving" in argv:
        i = argv.index("--leaving")
        leaving(Path(argv[i + 1]), Path(argv[i + 2]), contexts)
        return 0
    if "--compare" in argv:
        sheet = Path(argv[argv.index("--sheet") + 1]) if "--sheet" in argv else None
        compare(src, contexts, sheet)
        return 0
    if "--readability" in argv:
        import summarize_readability as sr

        if "--committed" not in argv:  # --committed: the committed gold alone
            overlay(contexts)
        if "--veto-reading" in argv:
            add_veto_reading()
        if veto:
            veto_on(bar)
        return sr.main(rest)
    if "--quality" in argv:
        import summarize_quality as sq

        if veto:
            veto_on(bar)
        return sq.main(rest)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
