"""Where val100's summaries fall short, cluster by cluster, and what LexRank takes instead (issue 13,
session 19).

For every val100 cluster (or training draw): the words the newsweave selection takes (with the one
sentence `fill_budget` lets run past the budget: under the budget means the candidates ran out), its ROUGE-1 at exactly 250 words
next to LexRank's and lead's in the same run, and the sentences LexRank takes, each named by what keeps
it out of newsweave's summary (`summarize_refusals.labels`; a sentence free to be chosen that the
greedy passed over is named by the greedy's check it fails against the final selection: a repeat
(`redundant`, `contained`, `same claim`, `same meaning`), the lower-cased repeat veto (`told again`), a
bare name or a reference not introduced, too short or a question). Reading aids, not a metric.

    nice -n 10 .venv/bin/python benchmarks/val100_shortfall.py [--src /tmp/base_23/src] [--clusters] [--dump F] [--fill-by-kind]

`--fill-by-kind`: an upper bound per kind of refusal, not a candidate for shipping: each short summary
filled (after newsweave's own sentences, cut to the budget) with the best-ranked remaining sentences of
one kind only (the `summarize_refusals.labels` name, chains grouped by rule; every sentence the greedy
passed over as one kind), a repeat of a chosen sentence (`_redundant`) skipped; and with all kinds
together (the ablation's `fill-any`). Prints the mean R-1 each would reach.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "data" / "dev" / "summarization_multinews_val100.jsonl"
_NORM = re.compile(r"\W+")


def _key(text: str) -> str:
    return _NORM.sub(" ", text.lower()).strip()


def passed_over(self, cf, i: int, chosen: list[int]) -> str:
    """Why the greedy did not take free candidate `i` (checked against the final selection)."""
    from newsweave.summarize.antecedents import introduced, summary_references, summary_words
    from newsweave.summarize.bare_names import bare_speaker, bare_subject, surnames
    from newsweave.summarize.features import FEATURE_NAMES
    from newsweave.summarize.importance import sentence_terms
    from newsweave.summarize.repeat_veto import told_again
    from newsweave.summarize.repeats import lower_case_words
    from newsweave.text.tokens import content_terms

    if cf.word_counts[i] < self.min_words or cf.features[i, FEATURE_NAMES.index("question")]:
        return "passed over: short or a question"
    terms = {j: set(sentence_terms(cf.sentences[j].text)) for j in [i, *chosen]}
    content = {j: set(content_terms(cf.sentences[j].text)) for j in [i, *chosen]}
    if self._redundant(cf, i, chosen):
        return "passed over: redundant (tf-idf)"
    if self._contained(terms, i, chosen):
        return "passed over: contained"
    if self._same_claim(content, i, chosen):
        return "passed over: same claim"
    meaning = self._meaning_vectors(cf, lower_case_words(s.text for s in cf.sentences))
    if self._same_meaning(meaning, i, chosen):
        return "passed over: same meaning"
    if self.repeat_judge is not None and self.claim_embedder and told_again(cf, i, chosen, self.repeat_judge, self.claim_embedder.embed, self.repeat_veto):
        return "passed over: told again (veto)"
    common = lower_case_words(s.text for s in cf.sentences)
    names = surnames([d.article.text[:20000] for d in cf.documents])
    who = bare_speaker(cf.sentences[i].text) or bare_subject(cf.sentences[i].text, common, names)
    if who and not any(self._introduces(cf, j, who) for j in chosen):
        return "passed over: bare name not introduced"
    refs = summary_references(cf)[i]
    if refs and not introduced(refs, summary_words([cf.sentences[j].text for j in chosen])):
        return "passed over: reference not introduced"
    return "passed over: other (same event / lead / budget)"


def fill_by_kind(self, cf, scores, chosen: list[int], lab: dict, used: int, words: int) -> dict[str, list[str]]:
    """{kind: the texts that fill the summary with sentences of that kind} ("all kinds" too)."""
    import numpy as np

    def kind(i: int) -> str:
        name = lab.get(i, "selection (passed over)")
        return name.split(" (")[0] + " (leaning)" if name.endswith("chain)") or name.endswith("refused)") else name

    rest = {i: kind(i) for i in range(len(cf.sentences)) if i not in chosen and cf.word_counts[i] > 0}
    order = [int(i) for i in np.argsort(-scores, kind="stable")]
    out = {}
    for name in set(rest.values()) | {"all kinds"}:
        taken, extra, u = list(chosen), [], used
        for i in order:
            if u >= words:
                break
            if i not in rest or (name != "all kinds" and rest[i] != name) or self._redundant(cf, i, taken):
                continue
            taken.append(i)
            extra.append(cf.sentences[i].text)
            u += int(cf.word_counts[i])
        out[name] = extra
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEV)
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--src", type=Path, default=REPO / "src")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--clusters", action="store_true", help="print the per-cluster table")
    parser.add_argument("--dump", type=Path, help="LexRank's sentences newsweave refused, as JSON lines")
    parser.add_argument("--fill-by-kind", action="store_true", help="R-1 upper bound of filling short summaries with one kind of refused sentence")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.src))
    sys.path.insert(0, str(REPO / "benchmarks"))
    import numpy as np

    from newsweave.eval.rouge import RougeScorer, cut_words, split_sentences
    from newsweave.eval.summarize_eval import load_clusters, make_systems
    from newsweave.summarize import extractive
    from summarize_refusals import labels

    clusters = load_clusters(args.data, limit=args.limit).clusters
    systems = make_systems(["lexrank", "lead"])
    scorer = RougeScorer()
    seen: dict = {}
    filled: dict = defaultdict(dict)  # kind -> {cluster: R-1}
    original = extractive.ExtractiveSummarizer.select

    def select(self, cf, scores, w):
        chosen = original(self, cf, scores, w)
        seen["run"] = (self, cf, list(chosen), scores)
        return chosen

    extractive.ExtractiveSummarizer.select = select
    rows, lex_labels, dump = [], Counter(), []
    lex_words = Counter()
    try:
        for c in clusters:
            seen.clear()
            reference = split_sentences(c.summary)
            r1 = {}
            outputs = {}
            for s in systems:
                out = s.summarize_cluster(c, words=args.words)
                outputs[s.name] = out
                r1[s.name] = scorer.score(tuple(cut_words([" ".join(x.split()) for x in out], args.words)), reference).rouge1
            self, cf, chosen, scores = seen["run"]
            lab = labels(self, cf)
            within = sum(int(cf.word_counts[i]) for i in chosen)  # with the one sentence that may run past
            by_key = {_key(s.text): i for i, s in enumerate(cf.sentences)}
            mine = {_key(cf.sentences[i].text) for i in chosen}
            per = Counter()
            for text in outputs["lexrank"]:
                k = _key(text)
                i = by_key.get(k)
                if i is None:  # a trimmed part or a sentence outside the candidate window
                    i = next((j for kk, j in by_key.items() if kk and (kk in k or k in kk) and len(kk) > 20), None)
                if k in mine or (i is not None and i in chosen):
                    name = "also newsweave's"
                elif i is None:
                    name = "outside newsweave's window"
                elif i in lab:
                    name = lab[i]
                else:
                    name = passed_over(self, cf, i, chosen)
                n = len(text.split())
                per[name] += n
                lex_labels[name] += 1
                lex_words[name] += n
                if name != "also newsweave's":
                    dump.append({"cluster": c.id, "rule": name, "short": within < args.words, "words": n, "text": text})
            rows.append({"id": c.id, "within": within, "r1": r1, "lex": per})
            if args.fill_by_kind and within < args.words:
                for kind, extra in fill_by_kind(self, cf, scores, chosen, lab, within, args.words).items():
                    filled[kind][c.id] = scorer.score(tuple(cut_words([" ".join(x.split()) for x in outputs["newsweave"] + extra], args.words)), reference).rouge1
    finally:
        extractive.ExtractiveSummarizer.select = original
    short = [r for r in rows if r["within"] < args.words]
    full = [r for r in rows if r["within"] >= args.words]

    def mean(rs, name):
        return float(np.mean([r["r1"][name] for r in rs])) if rs else float("nan")

    print(f"\n### {args.data.name}: {len(short)} of {len(rows)} summaries end under {args.words} words (the candidates ran out)\n")
    print("| clusters | n | words chosen (mean) | newsweave R-1 | LexRank R-1 | lead R-1 |")
    print("|:--|--:|--:|--:|--:|--:|")
    for name, rs in (("short", short), ("full", full), ("all", rows)):
        w = float(np.mean([r["within"] for r in rs])) if rs else 0
        print(f"| {name} | {len(rs)} | {w:.0f} | {mean(rs, 'newsweave'):.2f} | {mean(rs, 'lexrank'):.2f} | {mean(rs, 'lead'):.2f} |")
    print("\n#### LexRank's sentences, by what keeps each out of newsweave's summary\n")
    print("| what keeps it out | sentences | words |")
    print("|:--|--:|--:|")
    for name, n in lex_labels.most_common():
        print(f"| {name} | {n} | {lex_words[name]} |")
    if args.clusters:
        print("\n| cluster | words chosen | newsweave | LexRank | lead | LexRank's words newsweave refused (top rules) |")
        print("|:--|--:|--:|--:|--:|:--|")
        for r in sorted(rows, key=lambda r: r["within"]):
            top = ", ".join(f"{k} {v}" for k, v in r["lex"].most_common(3) if k != "also newsweave's")
            print(f"| {r['id']} | {r['within']} | {r['r1']['newsweave']:.1f} | {r['r1']['lexrank']:.1f} | {r['r1']['lead']:.1f} | {top} |")
    if args.fill_by_kind:
        base = {r["id"]: r["r1"]["newsweave"] for r in rows}
        print("\n#### Short summaries filled with one kind of refused sentence (upper bounds, R-1 over all clusters)\n")
        print("| filled with | R-1 | gain |")
        print("|:--|--:|--:|")
        mean_all = float(np.mean(list(base.values())))
        for kind, got in sorted(filled.items(), key=lambda kv: -sum(kv[1][k] - base[k] for k in kv[1])):
            mean = float(np.mean([got.get(k, v) for k, v in base.items()]))
            print(f"| {kind} | {mean:.2f} | {mean - mean_all:+.2f} |")
    if args.dump:
        args.dump.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in dump), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
