"""An optional same-claim judge: a local LLM asked about the sentence pairs the similarity cannot decide.

Inside the band just below the fact threshold, paraphrases of one claim and sentences that merely
share the story's topic are mixed, and no cheap lexical or static-embedding feature separates them
(benchmarks/ANALYSIS.md, Facts). `JudgedSimilarity` wraps a similarity (default static): every
cross-article pair whose value lies in `[low, threshold)` is put to a `PairJudge`, highest first
and at most `max_pairs` per story (the cost is one short prompt per pair); a pair the judge calls
the same claim with a score of at least `margin` is lifted to the threshold, so the grouping may
merge it. Pairs above the threshold are left alone (on the gold they are mostly right), and the
agreement check (figures, named sources) still applies afterwards.

`LlamaJudge` runs a GGUF model in process (llama.cpp via `xllamacpp`) and reads the answer's first
token: score = log P("Yes") - log P("No"). Nothing here is imported unless chosen
(`--similarity judged` with `--llm-model FILE.gguf`, or `similarity="judged"` with `llm_model` /
`settings.llm_model` / `NEWSWEAVE_LLM_MODEL` in the API).
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path
from typing import Protocol

import numpy as np

from ..errors import ModelError
from ..types import Sentence

SYSTEM = "You compare two sentences taken from two different news articles about the same story."
QUESTION = (
    "Sentence A: {a}\nSentence B: {b}\n\n"
    "Do A and B report the same main claim: the same thing happening or being said (other words are fine), "
    "not just the same people or topic? Answer Yes or No."
)
# Other wordings of the question (`LlamaJudge(prompt=...)`), measured in benchmarks/ANALYSIS.md.
PROMPTS = {
    "same": QUESTION,
    # entailment-style, one direction: does B carry A's main fact?
    "states": "Sentence A: {a}\nSentence B: {b}\n\nDoes sentence B state the main fact of sentence A, possibly in other words? "
    "Sharing names or the topic is not enough. Answer Yes or No.",
}


class PairJudge(Protocol):
    def score(self, a: str, b: str) -> float:
        """Above 0: the two sentences state the same claim (log-odds, or +1/-1)."""
        ...


def judge_messages(a: str, b: str, prompt: str = "same") -> list[dict[str, str]]:
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": PROMPTS[prompt].format(a=" ".join(a.split()), b=" ".join(b.split()))}]


def yes_no_score(top_logprobs: list[dict]) -> float:
    """log P(Yes) - log P(No) from a token's top log probabilities (a side missing: -20)."""
    lp = {"yes": -20.0, "no": -20.0}
    for t in top_logprobs:
        w = str(t.get("token", "")).strip().lower()
        if w in lp:
            lp[w] = max(lp[w], float(t["logprob"]))
    return lp["yes"] - lp["no"]


class LlamaJudge:
    """A GGUF chat model asked "same main claim? Yes or No", one token, greedy."""

    def __init__(
        self, model_path: str | os.PathLike[str], *, threads: int = 1, n_ctx: int = 1024, cache: str | os.PathLike[str] | None = None, prompt: str = "same"
    ) -> None:
        """`cache`: a JSONL file of earlier scores keyed by the SHA-1 of the two texts (no text is
        stored); read at start, appended to after each new question. For benchmarks that rerun."""
        if prompt not in PROMPTS:
            raise ModelError(f"unknown judge prompt {prompt!r}", hint="use one of: " + ", ".join(PROMPTS))
        path = Path(model_path)
        if not path.is_file():
            raise ModelError(f"model file not found: {path}", hint="give --llm-model the path of a .gguf file (scripts/get-qwen.sh fetches one)")
        try:
            import xllamacpp
        except ImportError as exc:
            raise ModelError("the xllamacpp package is not installed", hint="pip install 'newsweave[llm]'") from exc
        p = xllamacpp.CommonParams()
        p.model.path = str(path)
        p.n_ctx = n_ctx
        p.cpuparams.n_threads = threads
        p.cpuparams_batch.n_threads = threads
        p.n_parallel = 1
        p.warmup = False
        p.verbosity = -1
        try:
            self._server = xllamacpp.Server(p)
        except Exception as exc:  # the binding raises plain RuntimeError/ValueError
            raise ModelError(f"cannot load {path}: {exc}", hint="check that the file is a complete llama.cpp GGUF model") from exc
        self.asked = 0
        self.seconds = 0.0
        self.prompt = prompt
        self._cache_path = Path(cache) if cache else None
        self._cache: dict[str, float] = {}
        if self._cache_path and self._cache_path.exists():
            for line in self._cache_path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    r = json.loads(line)
                    self._cache[r["k"]] = float(r["s"])

    def score(self, a: str, b: str) -> float:
        key = hashlib.sha1(((self.prompt + "\x00" if self.prompt != "same" else "") + a + "\x00" + b).encode("utf-8")).hexdigest()
        if key in self._cache:
            return self._cache[key]
        s = self._ask(a, b)
        self._cache[key] = s
        if self._cache_path:
            with self._cache_path.open("a", encoding="utf-8") as f:
                f.write(json.dumps({"k": key, "s": s}) + "\n")
        return s

    def _ask(self, a: str, b: str) -> float:
        t0 = time.perf_counter()
        r = self._server.handle_chat_completions(
            {"messages": judge_messages(a, b, self.prompt), "max_tokens": 1, "temperature": 0.0, "logprobs": True, "top_logprobs": 5, "cache_prompt": False}
        )
        self.seconds += time.perf_counter() - t0
        self.asked += 1
        try:
            return yes_no_score(r["choices"][0]["logprobs"]["content"][0]["top_logprobs"])
        except (KeyError, IndexError, TypeError):
            return 0.0


class JudgedSimilarity:
    """`base` similarity, with the undecided band settled by `judge` (see the module docstring)."""

    def __init__(self, base, judge: PairJudge, *, threshold: float, low: float = 0.25, margin: float = 0.0, max_pairs: int = 40) -> None:
        self.base = base
        self.judge = judge
        self.name = getattr(base, "name", "")  # same fact threshold as the base similarity
        self.threshold = threshold
        self.low = low
        self.margin = margin
        self.max_pairs = max_pairs

    def matrix(self, sentences: list[Sentence]) -> np.ndarray:
        m = np.array(self.base.matrix(sentences), dtype=float)
        docs = np.array([s.article_id for s in sentences])
        band = np.triu((docs[:, None] != docs[None, :]) & (m >= self.low) & (m < self.threshold), 1)
        i, j = np.where(band)
        order = np.argsort(-m[i, j], kind="stable")[: self.max_pairs]
        for k in order:
            x, y = int(i[k]), int(j[k])
            if self.judge.score(sentences[x].text, sentences[y].text) >= self.margin:
                m[x, y] = m[y, x] = self.threshold
        return m
