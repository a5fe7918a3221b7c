"""Where selection loses to a ROUGE oracle, on TRAINING clusters (issue 13, twelfth session).

For Multi-News training clusters (`../shared/data/train`, seed-13 shuffle, clusters `--skip` to
`--skip + --clusters`), each cluster goes through the inference path (`train_summary_scorer.
inference_documents`: pipeline, screen, furniture, trimmed openings) and the extractive
summarizer ranks it. Then:

- **ours**: the summarizer's selection at `--words` words (`fill_budget`, as `newsweave eval
  summarize` runs it), arranged and cut exactly as the evaluation does;
- **oracle**: a greedy ROUGE oracle under the same rules: it may take only what the stand-alone
  rules admit (`_candidates`), each as the same unit the summarizer would show (a leaning
  sentence with its antecedents, a quotation whole), and adds, each step, the unit that most
  raises (R-1 + R-2) / 2 F1 of the summary cut at `--words` words, until the budget is spent or
  nothing raises it. No repeat checks: it is an upper bound of choosing, not of publishing.

It prints one Markdown table: per selected sentence, its position in the article, its article's
rank (by the article's similarity to the rest of the cluster, 0 = most central), its length,
its "pyramid" (PRIMERA's entity pyramid on lower-cased copies: the mean share of the cluster's
articles that carry each of the sentence's specific words, i.e. numbers and words that fewer than
300 of the word prior's 12,000 training clusters use, which is where names fall), the ranker's
z-score, and the share of summary words spent on sentences of 35+ words; for the oracle, ours
and all admitted sentences. Also ROUGE of ours and of the oracle on these clusters (training
data: relative only, never a score to report) and the overlap of the two selections.

`--variant NAME=VALUE` (repeatable) also runs the summarizer with a changed setting (a dataclass
field of ExtractiveSummarizer) on the same clusters and prints its ROUGE next to ours: the
train-side check of a selection change.

    nice .venv/bin/python benchmarks/selection_oracle.py --skip 10000 --clusters 300
    nice .venv/bin/python benchmarks/selection_oracle.py --skip 7000 --clusters 500 --no-oracle --variant same_claim=0.6 --variant redundancy=0.5
    nice .venv/bin/python benchmarks/selection_oracle.py --src /tmp/copy/src --no-oracle --variant late_same_claim=0.6   # a patched frozen tree
    nice .venv/bin/python benchmarks/selection_oracle.py --skip 4000 --clusters 1500 --rows-out /tmp/rows.npz   # oracle labels

Training data only: the word model's prior saw every training cluster, so figures here are
relative (ours vs oracle vs a variant), never a quality claim.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
# --src DIR/src: run a frozen copy of the tree (git archive REV src), e.g. one with a selection change
_SRC = next((sys.argv[k + 1] for k, a in enumerate(sys.argv[:-1]) if a == "--src"), str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, _SRC)

from newsweave.eval.rouge import RougeScorer, cut_words, split_sentences  # noqa: E402
from newsweave.pipeline import Pipeline  # noqa: E402
from newsweave.summarize.extractive import ExtractiveSummarizer  # noqa: E402
from newsweave.summarize.features import FEATURE_NAMES  # noqa: E402
from newsweave.summarize.importance import standardise  # noqa: E402
from train_summary_scorer import inference_documents  # noqa: E402

TRAIN = ROOT.parent / "shared" / "data" / "train" / "summarization_multinews_train20k.jsonl"
LONG = 35  # a "long" sentence, in whitespace words

# The oracle-label prior's features (`train_selection_prior.py`; measured, not shipped: see
# benchmarks/SUMMARIZATION.md, "Twelfth session (issue 13, ROUGE)").
PRIOR_FEATURES = (
    "log_position",  # log(1 + index in the article)
    "relative_position",
    "is_first",
    "log_words",  # log(1 + whitespace words)
    "z_words",  # length against the cluster's sentences (z-score)
    "z_density",  # word-model weight of its distinct words per word, z-scored in the cluster
    "z_pyramid",  # share of articles carrying its specific words, z-scored in the cluster
    "ranker_z",  # the sentence ranker's score, z-scored in the cluster
    "doc_quality",
    "support_mass",
    "centroid_sim",
    "title_sim",
    "n_docs_log",
)
# A word is "specific" (where names and figures fall on a lower-cased copy) when it has a digit, or
# fewer than this many of the word prior's training clusters used it.
SPECIFIC_CLUSTERS = 300


def prior_features(cf, scores: np.ndarray, terms: list[list[str]], weight: dict[str, float], prior) -> np.ndarray:
    """One row of PRIOR_FEATURES per sentence of `cf` (the features of the oracle-label prior that
    `train_selection_prior.py` fits); `terms` are its stemmed words (`importance.sentence_terms`),
    `weight` the word model's weights, `prior` its WordPrior."""
    from newsweave.text.tokens import STOP_WORDS

    n = len(cf.sentences)
    if n == 0:
        return np.zeros((0, len(PRIOR_FEATURES)))
    docs_of: dict[str, set[int]] = {}
    for t, k in zip(terms, cf.doc_index):
        for w in t:
            docs_of.setdefault(w, set()).add(int(k))
    n_docs = max(len(cf.documents), 1)
    limit = math.log(SPECIFIC_CLUSTERS + 1)
    specific = {w for w in docs_of if any(ch.isdigit() for ch in w) or (w not in STOP_WORDS and len(w) > 2 and prior.get(w)[1] < limit)}
    pyramid = np.array([np.mean([len(docs_of[w]) / n_docs for w in set(t) & specific] or [0.0]) for t in terms])
    density = np.array([sum(weight.get(w, 0.0) for w in set(t)) / max(len(t), 1) for t in terms])
    index = np.array([s.index for s in cf.sentences], dtype=float)
    length = np.asarray(cf.budget_words, dtype=float)
    col = FEATURE_NAMES.index
    return np.column_stack([
        np.log1p(index),
        cf.features[:, col("relative_position")],
        (index == 0).astype(float),
        np.log1p(length),
        standardise(length),
        standardise(density),
        standardise(pyramid),
        standardise(scores),
        cf.features[:, col("doc_quality")],
        cf.features[:, col("support_mass")],
        cf.features[:, col("centroid_sim")],
        cf.features[:, col("title_sim")],
        cf.features[:, col("n_docs_log")],
    ])


class FastRouge:
    """ROUGE-1/2 F1 of token lists against one reference, as rouge_score tokenizes (stemmed)."""

    def __init__(self, reference: str) -> None:
        from rouge_score.tokenizers import DefaultTokenizer

        self.tok = DefaultTokenizer(use_stemmer=True)
        ref = self.tok.tokenize(" ".join(split_sentences(reference)))
        self.r1, self.r2 = Counter(ref), Counter(zip(ref, ref[1:]))
        self.n1, self.n2 = max(len(ref), 1), max(len(ref) - 1, 1)

    def tokens(self, text: str) -> list[str]:
        return self.tok.tokenize(text)

    def score(self, toks: list[str]) -> float:
        if not toks:
            return 0.0
        c1, c2 = Counter(toks), Counter(zip(toks, toks[1:]))
        o1 = sum(min(v, self.r1[k]) for k, v in c1.items())
        o2 = sum(min(v, self.r2[k]) for k, v in c2.items())
        f1 = 2 * o1 / (len(toks) + self.n1) if o1 else 0.0
        f2 = 2 * o2 / (max(len(toks) - 1, 1) + self.n2) if o2 else 0.0
        return 50.0 * (f1 + f2)


def oracle(summarizer: ExtractiveSummarizer, cf, rouge: FastRouge, words: int, fill: bool = False) -> list[int]:
    """Greedy (R1+R2)/2 oracle over the units the stand-alone rules admit (module docstring)."""
    position_of = {(s.article_id, s.index): i for i, s in enumerate(cf.sentences)}
    admitted = summarizer._candidates(cf)
    texts = [" ".join(s.text.split()) for s in cf.sentences]
    chosen: list[int] = []
    best_score = 0.0
    while True:
        used = sum(int(cf.budget_words[j]) for j in chosen)
        if used >= words:
            break
        best, best_unit, best_value = -1, [], (-1.0 if fill else best_score)
        for i in admitted:
            if i in chosen:
                continue
            unit = summarizer._unit(cf, i, chosen, position_of)
            cut = cut_words([texts[j] for j in chosen + unit], words)
            v = rouge.score(rouge.tokens(" ".join(cut)))
            if v > best_value + 1e-9:
                best, best_unit, best_value = i, unit, v
        if best < 0:
            break
        chosen.extend(j for j in best_unit if j not in chosen)
        best_score = best_value
    return chosen


def sentence_rows(summarizer: ExtractiveSummarizer, cf, scores: np.ndarray) -> dict[str, np.ndarray]:
    """Per sentence of the cluster: the table's columns."""
    from newsweave.summarize.importance import sentence_terms
    from newsweave.text.tokens import STOP_WORDS

    prior = summarizer.word_model.prior
    terms = [sentence_terms(s.text) for s in cf.sentences]
    docs_of: dict[str, set[int]] = {}
    for t, k in zip(terms, cf.doc_index):
        for w in t:
            docs_of.setdefault(w, set()).add(int(k))
    n_docs = max(len(cf.documents), 1)

    def specific(w: str) -> bool:
        return any(ch.isdigit() for ch in w) or (w not in STOP_WORDS and len(w) > 2 and prior.get(w)[1] < math.log(301))

    where = ([int(k) for k in cf.doc_index], [s.index for s in cf.sentences], [len(d.sentences) for d in cf.documents], scores)
    weight = summarizer.word_model.weights(terms, *where)
    density = np.array([sum(weight.get(w, 0.0) for w in set(t)) / max(len(t), 1) for t in terms])
    pyramid = np.array([np.mean([len(docs_of[w]) / n_docs for w in set(t) if specific(w)] or [0.0]) for t in terms])
    quality = cf.features[:, FEATURE_NAMES.index("doc_quality")]
    doc_q = np.array([quality[np.flatnonzero(cf.doc_index == k)[0]] if np.any(cf.doc_index == k) else -1 for k in range(len(cf.documents))])
    rank_of = {int(k): r for r, k in enumerate(np.argsort(-doc_q, kind="stable"))}
    return {
        "position": np.array([s.index for s in cf.sentences], dtype=float),
        "first": np.array([s.index == 0 for s in cf.sentences], dtype=float),
        "article_rank": np.array([rank_of[int(k)] for k in cf.doc_index], dtype=float),
        "words": np.asarray(cf.budget_words, dtype=float),
        "pyramid": pyramid,
        "ranker_z": standardise(scores),
        "density": density,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=TRAIN)
    parser.add_argument("--skip", type=int, default=10000)
    parser.add_argument("--clusters", type=int, default=300)
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--variant", action="append", default=[], help="NAME=VALUE[,NAME=VALUE]: summarizer settings to compare on the same clusters")
    parser.add_argument("--oracle-fill", action="store_true", help="the oracle fills the budget even when a unit lowers its score")
    parser.add_argument("--no-oracle", action="store_true", help="only ours and the variants (faster)")
    parser.add_argument("--src", help="a frozen tree's src folder to run instead of this one")
    parser.add_argument("--rows-out", type=Path, help="save every admitted sentence's features and oracle label (npz)")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"training data not found: {args.data}", file=sys.stderr)
        return 2
    lines = args.data.read_text(encoding="utf-8").splitlines()
    random.Random(args.seed).shuffle(lines)
    summarizer = ExtractiveSummarizer(fill_budget=True)
    variants = []
    for v in args.variant:  # "name=value" or "name=value,name=value"
        changes = dict(part.split("=", 1) for part in v.split(","))
        variants.append((v, dataclasses.replace(summarizer, **{k: float(x) for k, x in changes.items()})))
    pipeline, scorer = Pipeline(), RougeScorer()
    t0 = time.time()
    cols = ("position", "first", "article_rank", "words", "pyramid", "ranker_z", "density")
    picked = {"oracle": [], "ours": [], "admitted": []}
    long_share = {"oracle": [], "ours": []}
    rouge = {"oracle": [], "ours": [], **{v: [] for v, _ in variants}}
    overlap, row_store = [], []
    for n, line in enumerate(lines[args.skip : args.skip + args.clusters]):
        record = json.loads(line)
        documents = inference_documents(record, pipeline, summarizer)
        if not documents:
            continue
        cf, scores = summarizer.rank(documents)
        if not cf.sentences:
            continue
        reference = split_sentences(record["summary"])

        def scored(s, chosen):
            arranged = s.arrange(cf, chosen, args.words)
            cut = cut_words([" ".join(cf.sentences[i].text.split()) for i in arranged], args.words)
            r = scorer.score(tuple(cut), reference)
            return (r.rouge1, r.rouge2, sum(len(c.split()) for c in cut))

        context = cf.context.copy()  # selection may mark a quotation's first sentence as leaning
        ours = summarizer.select(cf, scores, args.words)
        rouge["ours"].append(scored(summarizer, ours))
        for v, s in variants:
            cf.context[:] = context
            rouge[v].append(scored(s, s.select(cf, scores, args.words)))
        if (n + 1) % 50 == 0:
            print(f"{n + 1} clusters, {time.time() - t0:.0f}s", file=sys.stderr, flush=True)
        if args.no_oracle:
            continue
        cf.context[:] = context
        best = oracle(summarizer, cf, FastRouge(record["summary"]), args.words, args.oracle_fill)
        rouge["oracle"].append(scored(summarizer, best) if best else (0.0, 0.0, 0))
        rows = sentence_rows(summarizer, cf, scores)
        admitted = summarizer._candidates(cf)
        for key, sel in (("oracle", best), ("ours", ours), ("admitted", admitted)):
            for i in sel:
                picked[key].append([rows[c][i] for c in cols])
        for key, sel in (("oracle", best), ("ours", ours)):
            total = sum(rows["words"][i] for i in sel)
            long_share[key].append(sum(rows["words"][i] for i in sel if rows["words"][i] >= LONG) / total if total else 0.0)
        overlap.append(len(set(best) & set(ours)) / max(len(set(ours)), 1))
        if args.rows_out:
            label = np.zeros(len(cf.sentences))
            label[best] = 1
            from newsweave.summarize.importance import sentence_terms

            terms = [sentence_terms(s.text) for s in cf.sentences]
            where = ([int(k) for k in cf.doc_index], [s.index for s in cf.sentences], [len(d.sentences) for d in cf.documents], scores)
            px = prior_features(cf, scores, terms, summarizer.word_model.weights(terms, *where), summarizer.word_model.prior)
            row_store.append((np.array(admitted), np.column_stack([rows[c] for c in cols])[admitted], cf.features[admitted], label[admitted], np.isin(admitted, ours).astype(float), px[admitted]))
    print(f"clusters {len(rouge['ours'])} (seed {args.seed} shuffle, {args.skip}-{args.skip + args.clusters}), {args.words} words, {time.time() - t0:.0f}s\n")
    print("| selection | R-1 | R-2 | words (mean) | under the budget |\n|:--|--:|--:|--:|--:|")
    for key, vals in rouge.items():
        if vals:
            a = np.array(vals)
            d = a[:, :2] - np.array(rouge["ours"])[:, :2] if len(a) == len(rouge["ours"]) and key not in ("ours", "oracle") else None
            paired = f" (vs ours {d[:, 0].mean():+.2f} ± {d[:, 0].std() / np.sqrt(len(d)):.2f} / {d[:, 1].mean():+.2f} ± {d[:, 1].std() / np.sqrt(len(d)):.2f}, {np.mean(np.any(d != 0, axis=1)):.0%} changed)" if d is not None else ""
            print(f"| {key}{paired} | {a[:, 0].mean():.2f} | {a[:, 1].mean():.2f} | {a[:, 2].mean():.0f} | {np.mean(a[:, 2] < args.words):.2f} |")
    if not args.no_oracle:
        print(f"\nShare of ours also in the oracle: {np.mean(overlap):.2f}\n")
        print("| per selected sentence (mean) | " + " | ".join(cols) + " | sentences per summary |")
        print("|:--|" + "--:|" * (len(cols) + 1))
        nclu = len(rouge["ours"])
        for key, vals in picked.items():
            a = np.array(vals)
            print(f"| {key} | " + " | ".join(f"{x:.3f}" for x in a.mean(axis=0)) + f" | {len(a) / nclu:.1f} |")
        for key in ("oracle", "ours"):
            a = np.array(picked[key])
            print(f"\n{key}: first sentences {a[:, 1].mean():.2f}, position <= 2 {np.mean(a[:, 0] <= 2):.2f}, from the most central article {np.mean(a[:, 2] == 0):.2f}, "
                  f"words spent on {LONG}+ word sentences {np.mean(long_share[key]):.2f}, pyramid 0 {np.mean(a[:, 4] == 0):.2f}")
    if args.rows_out and row_store:
        np.savez(args.rows_out, **{f"{k}_{g}": v for g, group in enumerate(row_store) for k, v in zip(("idx", "rows", "features", "label", "ours", "prior"), group)})
        print(f"wrote {args.rows_out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
