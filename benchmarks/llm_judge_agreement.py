"""How often does the built-in LLM judge (`verify.judge.LLMJudgeVerifier`) agree with hand labels?

Reads `benchmarks/gold/llm_labels.jsonl` (generated sentences labelled supported / unsupported by
reading their cited source sentences; see benchmarks/gold/README.md), rebuilds the cited text from
the dev files by offsets, asks the judge "is every fact in the claim stated in the sources?" for
each, and reports agreement overall and per class, next to the trivial "always yes" judge. The
judge is enabled by default only if it reaches 90 % (issue 14).

    .venv/bin/python benchmarks/llm_judge_agreement.py --model models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf \
        --accepted artifacts/llm_accepted_qwen.jsonl artifacts/llm_accepted_smollm2.jsonl
    .venv/bin/python benchmarks/llm_judge_agreement.py --model smollm2 --accepted ...

The labels keep no generated text (the models copy heavily from the articles, so a generated
sentence is often the article's own words): each label names its sentence by the SHA-1 of its
whitespace-normalised text. `--accepted` gives the files `llm_quality.py --accepted-out` writes
(decoding is deterministic, so rerunning it regenerates the same sentences); a label whose
sentence is in none of them is reported and left out.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "data" / "dev"
EXAMPLES = ROOT.parent / "shared" / "examples"
FILES = {"multinews-fulltext": DEV / "summarization_multinews_fulltext_dev46.jsonl", "neus-val": DEV / "summarization_neus_val100.jsonl"}


def article_texts() -> dict[str, str]:
    """Article.source -> Article.text, as newsweave reads the clusters the labels point into."""
    from newsweave.api import collect
    from newsweave.eval.summarize_eval import articles_for, load_clusters

    texts: dict[str, str] = {}
    for path in FILES.values():
        for cluster in load_clusters(path).clusters:
            texts.update({a.source: a.text for a in articles_for(cluster)})
    for a in collect([EXAMPLES / "corbyn-jewish-leaders-2018"])[0]:
        texts[Path(a.source).name] = a.text
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--labels", type=Path, default=ROOT / "benchmarks" / "gold" / "llm_labels.jsonl")
    parser.add_argument("--model", default=str(ROOT / "models" / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"))
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--accepted", type=Path, nargs="+", required=True, help="files written by llm_quality.py --accepted-out")
    args = parser.parse_args(argv)
    from newsweave.llm.gguf import GGUFBackend, smollm2_path
    from newsweave.verify.judge import LLMJudgeVerifier

    model = smollm2_path() if args.model == "smollm2" else Path(args.model)
    if not model.exists() or not args.labels.exists():
        print(f"need {model} and {args.labels}", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in args.labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    generated = {}
    for path in args.accepted:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = " ".join(json.loads(line)["sentence"].split())
                generated[hashlib.sha1(text.encode("utf-8")).hexdigest()] = text
    missing = [r for r in rows if r["sentence_sha1"] not in generated]
    if missing:
        print(f"{len(missing)} labelled sentence(s) not in --accepted files (left out)", file=sys.stderr)
    rows = [dict(r, sentence=generated[r["sentence_sha1"]]) for r in rows if r["sentence_sha1"] in generated]
    texts = article_texts()
    judge = LLMJudgeVerifier(GGUFBackend(model, n_ctx=4096, threads=args.threads), timeout=120)
    agree = {"supported": [0, 0], "unsupported": [0, 0]}
    start = time.perf_counter()
    for row in rows:
        sources = [" ".join(texts[Path(c["source"]).name if "#" not in c["source"] else c["source"]][c["start"] : c["end"]].split()) for c in row["citations"]]
        verdict = judge.check(row["sentence"], sources)
        said = "supported" if verdict.supported else "unsupported"
        agree[row["label"]][0] += said == row["label"]
        agree[row["label"]][1] += 1
    n = sum(v[1] for v in agree.values())
    hit = sum(v[0] for v in agree.values())
    print(f"{model.name}: judge agrees with the hand labels on {hit}/{n} ({hit / n:.1%}); "
          f"supported {agree['supported'][0]}/{agree['supported'][1]}, unsupported {agree['unsupported'][0]}/{agree['unsupported'][1]}; "
          f"'always yes' would agree on {agree['supported'][1]}/{n} ({agree['supported'][1] / n:.1%}); "
          f"{(time.perf_counter() - start) / n:.1f} s per sentence")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
