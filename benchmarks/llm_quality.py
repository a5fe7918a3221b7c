"""LLM summaries vs the extractive summary on real dev clusters, in one run.

For each cluster: the extractive summary (`ExtractiveSummarizer`, fill_budget on, as in
`newsweave eval summarize`) and the checked LLM summary (`LLMSummarizer` over an in-process GGUF
model), both cut to exactly `--words` words and scored with ROUGE-1/2/Lsum (rouge-score, stemmer
on, one sentence per line). Reports the share of generated sentences the checker accepted,
replaced and dropped, fallbacks to extractive, and seconds per cluster (model loading excluded).
`--accepted-out` writes every accepted sentence with its citations (cluster id, document index,
character offsets) and the cited text, for labelling by hand (benchmarks/gold/llm_labels.jsonl
keeps the labels without the source text).

    scripts/get-qwen.sh
    nice -n 10 .venv/bin/python benchmarks/llm_quality.py --limit 7 --neus-limit 6 --corbyn \
        --accepted-out artifacts/llm_accepted_qwen.jsonl
    nice -n 10 .venv/bin/python benchmarks/llm_quality.py --model smollm2 --limit 7 --neus-limit 6 --corbyn \
        --accepted-out artifacts/llm_accepted_smollm2.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "dev" / "summarization_multinews_fulltext_dev46.jsonl"
DEFAULT_MODEL = ROOT / "models" / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
NEUS = ROOT.parent / "shared" / "data" / "dev" / "summarization_neus_val100.jsonl"
CORBYN = ROOT.parent / "shared" / "examples" / "corbyn-jewish-leaders-2018"


class CachedAnswers:
    """A chat backend that replays answers recorded for the same prompt and settings, and asks the
    real model (loaded on first need) otherwise, recording its answer."""

    def __init__(self, factory, path: Path | None) -> None:
        import hashlib

        self._hash = hashlib.sha256
        self.factory, self.path, self.model = factory, path, None
        self.answers: dict[str, str] = {}
        self.by_cluster: dict[str, str] = {}
        self.cluster = ""  # set by the caller before each summary
        self.replayed = 0
        if path is not None and path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                self.answers[row["key"]] = row["answer"]
                if row.get("cluster"):
                    self.by_cluster[row["cluster"]] = row["answer"]

    def load(self):
        if self.model is None:
            self.model = self.factory()
        return self.model

    def chat(self, messages, *, max_tokens=400, temperature=0.0, timeout=None):
        key = self._hash(json.dumps([list(map(dict, messages)), max_tokens, temperature], sort_keys=True).encode()).hexdigest()
        if key in self.answers:
            self.replayed += 1
            return self.answers[key]
        if self.cluster in self.by_cluster:
            # The evidence prompt changed since (the extractive ranker moved on): the recorded
            # answer is still this model's output for the cluster, and the checker re-checks it
            # against every source sentence, so it is replayed.
            self.replayed += 1
            return self.by_cluster[self.cluster]
        answer = self.load().chat(messages, max_tokens=max_tokens, temperature=temperature, timeout=timeout)
        self.answers[key] = answer
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps({"key": key, "cluster": self.cluster, "answer": answer}, ensure_ascii=False) + "\n")
        return answer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model", default=str(DEFAULT_MODEL), help="a .gguf path, or 'smollm2' for the bundled test model")
    parser.add_argument("--limit", type=int, default=12, help="first N clusters of --data (0: none)")
    parser.add_argument("--skip", type=int, default=0, help="skip the first N clusters of --data")
    parser.add_argument("--neus-skip", type=int, default=0, help="skip the first N clusters of the NeuS file")
    parser.add_argument("--neus-limit", type=int, default=0, help="also the first N clusters of the NeuS dev file")
    parser.add_argument("--corbyn", action="store_true", help="also the Corbyn example (../shared/examples)")
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per LLM call")
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--sample-out", type=Path, default=None)
    parser.add_argument("--accepted-out", type=Path, default=None)
    parser.add_argument("--answers", type=Path, default=None,
                        help="cache of the model's raw answers (JSONL, keyed by prompt): answers found there are replayed "
                             "instead of generated (decoding is deterministic), new ones are appended. Lets the checker be "
                             "re-run on the same LLM output without the LLM.")
    parser.add_argument("--replay-only", action="store_true", help="with --answers: never load the model; skip clusters with no recorded answer")
    parser.add_argument("--log-out", type=Path, default=None, help="write what the checker did with every generated sentence (JSONL)")
    parser.add_argument("--labels", type=Path, default=None,
                        help="hand labels (benchmarks/gold/llm_labels.jsonl): report how many accepted sentences are labelled unsupported")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no data at {args.data} (the dev sets live in ../shared/data/dev)", file=sys.stderr)
        return 2
    from newsweave.llm.gguf import smollm2_path

    args.model = smollm2_path() if args.model == "smollm2" else Path(args.model)
    if not args.model.exists():
        print(f"no model at {args.model}: run scripts/get-qwen.sh", file=sys.stderr)
        return 2

    from newsweave.api import story_id_for
    from newsweave.eval.rouge import RougeScorer, cut_words, mean_scores, split_sentences
    from newsweave.eval.summarize_eval import articles_for, load_clusters
    from newsweave.llm.gguf import GGUFBackend
    from newsweave.summarize.extractive import ExtractiveSummarizer
    from newsweave.summarize.llm import LLMSummarizer
    from newsweave.text.segment import RuleSegmenter

    from newsweave.api import collect

    clusters = []
    if args.limit:
        clusters += [(c.id, lambda c=c: articles_for(c), c.summary) for c in load_clusters(args.data, limit=args.skip + args.limit).clusters[args.skip :]]
    if args.neus_limit:
        clusters += [(c.id, lambda c=c: articles_for(c), c.summary) for c in load_clusters(NEUS, limit=args.neus_skip + args.neus_limit).clusters[args.neus_skip :]]
    if args.corbyn:
        clusters.append(("corbyn-jewish-leaders-2018", None, None))
    start = time.perf_counter()
    def factory():
        if args.replay_only:
            from newsweave.errors import LLMError

            raise LLMError("answer not recorded (--replay-only)")
        return GGUFBackend(args.model, n_ctx=8192, threads=args.threads)

    backend = CachedAnswers(factory, args.answers)
    if args.answers is None:
        backend.load()
    load_seconds = time.perf_counter() - start
    extractive = ExtractiveSummarizer(fill_budget=True)
    llm = LLMSummarizer(backend=backend, timeout=args.timeout)
    scorer = RougeScorer()
    segmenter = RuleSegmenter()
    rows = {"extractive": [], "llm": []}
    seconds = {"extractive": 0.0, "llm": 0.0}
    counts = {"supported": 0, "replaced": 0, "dropped": 0, "repeat": 0, "fallback": 0, "output_supported": 0, "output_replaced": 0}
    samples = []
    accepted = []
    check_rows = []
    processed = 0
    for n, (cluster_id, get_articles, ref_text) in enumerate(clusters, 1):
        if args.replay_only and cluster_id not in backend.by_cluster:
            continue
        if get_articles is None:
            docs = tuple(d for d in (segmenter.split(a) for a in collect([CORBYN])[0]) if d.sentences)
        else:
            docs = tuple(d for d in (segmenter.split(a) for a in get_articles()) if d.sentences)
        reference = split_sentences(ref_text) if ref_text else None
        sid = story_id_for(docs)
        backend.cluster = cluster_id
        t = time.perf_counter()
        summary, log = llm.summarize_checked(docs, words=args.words, story_id=sid)
        llm_seconds = time.perf_counter() - t
        if args.replay_only and log.fallback and "not recorded" in log.fallback:
            print(f"[{n}/{len(clusters)}] {cluster_id}: no recorded answer, skipped", file=sys.stderr)
            continue
        seconds["llm"] += llm_seconds
        processed += 1
        t = time.perf_counter()
        ext = extractive.summarize(docs, words=args.words, story_id=sid)
        seconds["extractive"] += time.perf_counter() - t
        check_rows.extend({"cluster": cluster_id, "text": c.text, "action": c.action, "reasons": list(c.reasons), "sources": list(c.sources)} for c in log.sentences)
        for name, s in (("extractive", ext), ("llm", summary)) if reference else ():
            rows[name].append(scorer.score(cut_words([" ".join(x.text.split()) for x in s.sentences], args.words), reference))
        for action in ("supported", "replaced", "dropped", "repeat"):
            counts[action] += log.count(action)
        counts["fallback"] += log.fallback is not None
        counts["output_supported"] += sum(s.support == "supported" for s in summary.sentences)
        counts["output_replaced"] += sum(s.support == "replaced" for s in summary.sentences)
        by_id = {d.article.id: d.article.text for d in docs}
        doc_no = {d.article.id: k for k, d in enumerate(docs)}
        for s in summary.sentences:
            if s.support == "supported":
                samples.append({"cluster": cluster_id, "sentence": s.text, "cited": [by_id[c.article_id][c.start : c.end] for c in s.citations]})
                accepted.append({
                    "cluster": cluster_id, "model": args.model.name, "sentence": s.text,
                    "citations": [{"doc": doc_no[c.article_id], "source": next(d.article.source for d in docs if d.article.id == c.article_id), "start": c.start, "end": c.end} for c in s.citations],
                    "cited_text": [by_id[c.article_id][c.start : c.end] for c in s.citations],
                })
        r1 = f"llm R1 {rows['llm'][-1].rouge1:.1f} vs ext {rows['extractive'][-1].rouge1:.1f}" if reference else "no reference"
        print(f"[{n}/{len(clusters)}] {cluster_id}: {r1}; {llm_seconds:.0f} s; "
              f"accepted {log.count('supported')}/{len(log.sentences)}{' FALLBACK: ' + log.fallback if log.fallback else ''}", file=sys.stderr, flush=True)

    if args.log_out:
        args.log_out.parent.mkdir(parents=True, exist_ok=True)
        args.log_out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in check_rows), encoding="utf-8")
    if args.accepted_out:
        args.accepted_out.parent.mkdir(parents=True, exist_ok=True)
        args.accepted_out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in accepted), encoding="utf-8")
    judged = counts["supported"] + counts["replaced"] + counts["dropped"]
    result = {
        "clusters": processed,
        "words": args.words,
        "model": args.model.name,
        "model_load_seconds": round(load_seconds, 1),
        "answers_replayed": backend.replayed,
        "systems": {
            name: {**{k: round(v, 2) for k, v in mean_scores(rows[name]).as_dict().items()}, "seconds_per_cluster": round(seconds[name] / max(1, processed), 2), "rouge_clusters": len(rows[name])}
            for name in ("extractive", "llm")
        },
        "checker": {**counts, "accepted_share": round(counts["supported"] / judged, 3) if judged else None},
    }
    if args.labels:
        result["hand_labels"] = join_labels(accepted, args.labels)
    if args.sample_out:
        args.sample_out.parent.mkdir(parents=True, exist_ok=True)
        rng = random.Random(13)
        picked = rng.sample(samples, min(30, len(samples)))
        args.sample_out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in picked), encoding="utf-8")
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{processed} clusters ({len(rows['llm'])} with a reference summary for ROUGE), {args.words} words, model {args.model.name} (loaded in {load_seconds:.1f} s)\n")
    print("| system | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | s/cluster |\n|---|---|---|---|---|")
    for name, r in result["systems"].items():
        print(f"| {name} | {r['rouge1']:.2f} | {r['rouge2']:.2f} | {r['rougeLsum']:.2f} | {r['seconds_per_cluster']:.1f} |")
    c = result["checker"]
    print(f"\nchecker: {c['supported']} of {judged} generated sentences accepted ({(c['accepted_share'] or 0):.1%}), "
          f"{c['replaced']} replaced by a source sentence, {c['dropped']} dropped, {c['repeat']} repeats left out; "
          f"{c['fallback']} cluster(s) fell back to extractive. Output sentences: {c['output_supported']} supported, {c['output_replaced']} replaced.")
    if args.labels:
        h = result["hand_labels"]
        print(f"hand labels: {h['labelled']} of {h['accepted']} accepted sentences labelled, {h['unsupported']} unsupported "
              f"({h['unsupported_share']:.1%} of labelled); unlabelled: {h['unlabelled']}")
    return 0


def join_labels(accepted: list[dict], path: Path) -> dict:
    """Accepted sentences joined with their hand labels by the SHA-1 of the whitespace-normalised
    text (see benchmarks/gold/README.md)."""
    import hashlib

    labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            labels[row["sentence_sha1"]] = row["label"]
    found = [labels.get(hashlib.sha1(" ".join(a["sentence"].split()).encode("utf-8")).hexdigest()) for a in accepted]
    labelled = [f for f in found if f is not None]
    bad = labelled.count("unsupported")
    return {"accepted": len(found), "labelled": len(labelled), "unsupported": bad, "unlabelled": len(found) - len(labelled),
            "unsupported_share": round(bad / len(labelled), 4) if labelled else 0.0}


if __name__ == "__main__":
    raise SystemExit(main())
