"""The carried-claim option as the facts show it (`facts.facts_from_groups` with `FactGroups.carried`),
scored in process on every fact gold set against the default grouping (0c639a6's), for the two ways of
citing a carrier: "one-way" (what `group_sentences(carried=True, evidence=False)` does) and "both-ways" (cite a carrier
only when the judgment also holds from the cited sentence back).

    nice -n 5 .venv/bin/python benchmarks/facts_carried_wired.py

The shipped model (`data/fact_carried.json`) was trained on `facts_dev`…`_j`: their figures are
in-sample; `facts_dev_k` had one run of the per-sentence rule before this script existed. No article
text is written anywhere. Since session 12 a sentence's status is its own inside its fact (`Fact.member_status`:
a carrier counts for the member it was judged for); the fact-level reading is printed in brackets.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from facts_operating_point import grouping  # noqa: E402
from facts_over_grouping import group_tally, prepare, span_of  # noqa: E402

from analysis_conflicts_facts import FACT_GOLDS, GOLD, score_facts  # noqa: E402


def main() -> None:
    import json

    from newsweave.analyze import facts as F
    from newsweave.analyze.corroboration import SourceMap
    from newsweave.analyze.facts_carried import carried_additions, load_carried_judge
    from newsweave.embed import make_embedder

    golds = {f: [json.loads(line) for line in open(GOLD / f)] for f in FACT_GOLDS}
    data = prepare()
    emb, judge = make_embedder("static"), load_carried_judge()
    results: dict[str, dict] = {"default": {}, "one-way": {}, "both-ways": {}}
    for cid, c in data.items():
        if cid == "corbyn":
            continue
        groups = grouping(c, 0.35, "bar")[0]
        sources = SourceMap.build((d.article for d in c["docs"]), c["derivs"])
        span = span_of(c)
        for name, add in (("default", None), ("one-way", carried_additions(c["sents"], c["doc_of"], emb.embed, groups, judge)),
                          ("both-ways", carried_additions(c["sents"], c["doc_of"], emb.embed, groups, judge, both_ways=True))):
            fg = F.FactGroups(c["sents"], c["doc_of"], groups, c["raw"], 0.35, carried=add or None)
            facts = F.facts_from_groups(c["docs"], fg, sources=sources)
            sent_at = {(s.article_id, s.start, s.end): s for s in c["sents"]}
            results[name][cid] = {"facts": [{"status": f.status, "cites": [span(sent_at[(x.article_id, x.start, x.end)]) for x in f.citations],
                                             "told": [span(sent_at[(x.article_id, x.start, x.end)])["doc"] for x in f.told_by],
                                             "members": [{"cite": span(sent_at[(m.citation.article_id, m.citation.start, m.citation.end)]),
                                                          "status": m.status,
                                                          "told": [span(sent_at[(x.article_id, x.start, x.end)])["doc"] for x in m.told_by]}
                                                         for m in f.member_status]}
                                            for f in facts]}
    # status: each sentence's own (its `Fact.member_status` entry when listed, session 12); "fact-level": its fact's
    print("| set | " + " | ".join(f"{n} status (fact-level) / outlets / groups right (wrong)" for n in results) + " |")
    print("|---|" + "---|" * len(results))
    for g in FACT_GOLDS:
        cells = []
        for n, res in results.items():
            sf = score_facts(res, golds[g])
            ok, judged, held = group_tally({g: sf}, [g])
            cells.append(f"{sf['right']}/{sf['total']} ({sf['right_fact']}) / {sf['same_outlets']} / {ok}/{judged} ({held.get('wrong', 0)})")
        print(f"| {g} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
