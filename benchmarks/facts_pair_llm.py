"""A local LLM as a same-claim judge for fact pairs: how well it ranks pairs, and what it costs.

    nice -n 5 .venv/bin/python benchmarks/facts_pair_llm.py --train-pairs          # 200 hand-judged train pairs
    nice -n 5 .venv/bin/python benchmarks/facts_pair_llm.py --gold --band 0.2 0.7  # NeuS gold pairs inside a static band
    nice -n 5 .venv/bin/python benchmarks/facts_pair_llm.py --gold --band 0.35 1.0 --cuts \
        --sets facts_dev_b.jsonl,facts_dev_c.jsonl,facts_dev_d.jsonl,facts_dev_e.jsonl   # as a veto above the bar

The model is the GGUF file of `--model` (default `models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf`,
fetched by scripts/get-qwen.sh), run in process by llama.cpp (xllamacpp), greedy, one token
answered. The score of a pair is log P("Yes") - log P("No") of that token (from the top-5 log
probabilities; a side missing from the top 5 takes -20). Both orders (A,B) and (B,A) are asked and
averaged with `--both-orders` (small models may lean towards one side; it doubles the cost, so
the default asks (A,B) only). Scores are cached in
`--cache` (default /tmp/newsweave_pair_llm.jsonl, keyed by the SHA-1 of the two texts; no article
text is written) so that a rerun only asks new pairs.

Pairs: `--train-pairs` is `gold/facts_pairs_train.jsonl` (Multi-News train, static similarity
0.33-0.7). `--gold` builds pairs from the NeuS fact gold like `facts_pair_auc.py` (positive when
each sentence's outlets include the other's document, negative when neither does), keeping those
whose static similarity is inside `--band`. Printed: ROC AUC of the LLM score and of the static
similarity on the same pairs, the accuracy of "Yes" (score > 0), and seconds per pair.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

class Judge:
    """`analyze.claim_judge.LlamaJudge` with the pair's score averaged over both orders when asked."""

    def __init__(self, model: Path, cache: Path, threads: int = 1, prompt: str = "same", both_orders: bool = False) -> None:
        from newsweave.analyze.claim_judge import LlamaJudge

        t0 = time.perf_counter()
        self.llm = LlamaJudge(model, threads=threads, cache=cache, prompt=prompt)
        self.load_s = time.perf_counter() - t0
        self.both_orders = both_orders

    def score(self, a: str, b: str) -> float:
        return (self.llm.score(a, b) + self.llm.score(b, a)) / 2 if self.both_orders else self.llm.score(a, b)


def train_pairs() -> list[tuple[str, str, int, float | None]]:
    from train_claim_scorer import judged_train_pairs

    judged, rows = judged_train_pairs(ROOT / "benchmarks" / "gold" / "facts_pairs_train.jsonl")
    out = []
    for j in judged:
        docs = rows[j["cluster"]]["documents"]
        ta = docs[j["a"]["doc"]]["text"][j["a"]["start"]:j["a"]["end"]]
        tb = docs[j["b"]["doc"]]["text"][j["b"]["start"]:j["b"]["end"]]
        out.append((ta, tb, int(j["same"]), None))
    return out


def gold_pairs(band: tuple[float, float], sets: list[str]) -> dict[str, list[tuple[str, str, int, float]]]:
    import analysis_conflicts_facts as B
    from facts_pair_auc import gold_sentence_pairs
    from newsweave.analyze.fact_similarity import make_similarity
    from newsweave.text.segment import RuleSegmenter

    clusters, seg, sim = B.load_clusters(), RuleSegmenter(), make_similarity("static")
    out: dict[str, list] = {}
    for g in sets:
        out[g] = []
        for sents, pairs in gold_sentence_pairs(B.GOLD / g, clusters, seg):
            m = sim.matrix(sents)
            for x, y, same in pairs:
                if band[0] <= m[x, y] <= band[1]:
                    out[g].append((sents[x].text, sents[y].text, same, float(m[x, y])))
    return out


def report(name: str, pairs: list, judge: Judge) -> None:
    from sklearn.metrics import roc_auc_score

    y = [p[2] for p in pairs]
    s = [judge.score(p[0], p[1]) for p in pairs]
    acc = sum((v > 0) == bool(t) for v, t in zip(s, y)) / len(y)
    line = f"| {name} | {len(y)} ({sum(y)}) | "
    line += f"{roc_auc_score(y, s):.3f} | " if 0 < sum(y) < len(y) else "n/a | "
    if pairs and pairs[0][3] is not None and 0 < sum(y) < len(y):
        line += f"{roc_auc_score(y, [p[3] for p in pairs]):.3f} | "
    else:
        line += "— | "
    yes = sum(v > 0 for v in s)
    line += f"{acc:.3f} (says yes to {yes}) |"
    print(line, flush=True)
    return list(zip(s, y))


def veto_cuts(scored: list[tuple[float, int]], cuts=(0.0, 0.25, 0.5, 0.75, 1.0, 1.5)) -> None:
    """The judge as a veto on pairs the similarity groups: at each cut, the same-claim and the
    different pairs whose score is below it (a veto pays only where it removes more different)."""
    print("\n| veto when score < | same-claim pairs vetoed | different pairs vetoed |\n|---|---|---|")
    n_same, n_diff = sum(t for _, t in scored), sum(1 - t for _, t in scored)
    for c in cuts:
        print(f"| {c} | {sum(v < c and t for v, t in scored)}/{n_same} | {sum(v < c and not t for v, t in scored)}/{n_diff} |")


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train-pairs", action="store_true")
    ap.add_argument("--gold", action="store_true")
    ap.add_argument("--sets", default="facts_dev.jsonl,facts_dev_b.jsonl,facts_dev_c.jsonl,facts_dev_d.jsonl")
    ap.add_argument("--band", nargs=2, type=float, default=[0.2, 0.7])
    ap.add_argument("--model", default=str(ROOT / "models" / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"))
    ap.add_argument("--cache", default="/tmp/newsweave_pair_llm.jsonl")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--both-orders", action="store_true")
    ap.add_argument("--prompt", default="same", help="question wording (analyze/claim_judge.PROMPTS)")
    ap.add_argument("--limit", type=int, default=0, help="judge only the first N pairs of each set (cost)")
    ap.add_argument("--cuts", action="store_true", help="with --gold: the judge as a veto, pairs below each score cut (all sets together)")
    args = ap.parse_args()
    judge = Judge(Path(args.model), Path(args.cache), args.threads, args.prompt, args.both_orders)
    print(f"model loaded in {judge.load_s:.1f} s")
    print("| pairs | n (same) | LLM AUC | static AUC | LLM accuracy (score > 0) |")
    print("|---|---|---|---|---|")
    if args.train_pairs:
        pairs = train_pairs()
        report("train (hand, band 0.33-0.7)", pairs[: args.limit or None], judge)
    if args.gold:
        scored = []
        for g, pairs in gold_pairs(tuple(args.band), args.sets.split(",")).items():
            if pairs:
                scored += report(f"{g} (static {args.band[0]}-{args.band[1]})", pairs[: args.limit or None], judge)
        if args.cuts:
            veto_cuts(scored)
    if judge.llm.asked:
        print(f"\n{judge.llm.asked} prompts asked, {judge.llm.seconds / judge.llm.asked:.2f} s each, load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
