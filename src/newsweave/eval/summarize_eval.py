"""Summary quality on labelled clusters: newsweave and baselines, side by side, by ROUGE.

In: JSONL clusters `{"id", "documents": [{"text", "title"?, ...}], "summary"}` (the format of
the dev sets under `../shared/data/dev/summarization_*.jsonl`). Any other document fields (such as
Multi-News+'s `multinews_plus_noise` gold label) are ignored: systems must not see gold labels.
`clusters_as_read` gives every system each document as the product's reader makes it (`newsweave
eval summarize` does so unless `--raw-text`; session 26).

Out: `EvalResult`, per system the mean ROUGE-1/2/Lsum F1 x 100 over clusters and the seconds spent
per cluster, plus every cut prediction (for `--pred-out`).

Every system's output is cut to exactly `words` whitespace words (fewer only when the cluster has
fewer), sentences kept apart by newlines for ROUGE-Lsum. newsweave runs through
the same `pipeline.Pipeline` as the API and ingest, so segmentation and the real summarizer are both measured; its
summarizer is built once before the clock starts (model loading is not per-cluster work).
"""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..types import Article, content_id
from .baselines import Baseline, make_baseline
from .rouge import RougeScorer, RougeScores, cut_words, mean_scores, split_sentences

NEWSWEAVE = "newsweave"


@dataclass(frozen=True)
class ClusterDoc:
    text: str
    title: str | None = None


@dataclass(frozen=True)
class Cluster:
    id: str
    documents: tuple[ClusterDoc, ...]
    summary: str


@dataclass(frozen=True)
class Prediction:
    cluster_id: str
    system: str
    sentences: tuple[str, ...]  # already cut to the word budget
    scores: RougeScores
    seconds: float


@dataclass(frozen=True)
class SystemResult:
    name: str
    scores: RougeScores
    seconds_per_cluster: float
    clusters: int

    def as_dict(self) -> dict:
        return {**{k: round(v, 4) for k, v in self.scores.as_dict().items()}, "seconds_per_cluster": round(self.seconds_per_cluster, 6), "clusters": self.clusters}


@dataclass(frozen=True)
class EvalResult:
    words: int
    systems: tuple[SystemResult, ...]
    predictions: tuple[Prediction, ...] = ()
    problems: tuple[str, ...] = ()

    def system(self, name: str) -> SystemResult:
        return next(s for s in self.systems if s.name == name)

    def as_dict(self) -> dict:
        """One object keyed by system name (what `--json` prints)."""
        return {s.name: {**s.as_dict(), "words": self.words} for s in self.systems}


@dataclass(frozen=True)
class LoadedClusters:
    clusters: tuple[Cluster, ...]
    problems: tuple[str, ...] = field(default=())


def load_clusters(path: str | Path, *, limit: int | None = None) -> LoadedClusters:
    """Read JSONL clusters. A malformed line is reported (file, line, reason) and skipped; a file
    that cannot be read or holds no usable cluster raises `InputError`."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}", hint="give --data a JSONL file of clusters") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text (byte {exc.start})", hint="give --data a UTF-8 JSONL file") from exc
    clusters: list[Cluster] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if limit is not None and len(clusters) >= limit:
            break
        if not line.strip():
            continue
        try:
            clusters.append(_parse_cluster(json.loads(line), number))
        except (json.JSONDecodeError, ValueError, TypeError) as exc:
            problems.append(f"{path}:{number}: {exc}")
    if not clusters:
        detail = f" ({problems[0]})" if problems else ""
        raise InputError(
            f"{path} holds no usable cluster{detail}",
            hint='each line must be {"id": ..., "documents": [{"text": ...}, ...], "summary": ...}',
        )
    return LoadedClusters(tuple(clusters), tuple(problems))


def _parse_cluster(obj: object, number: int) -> Cluster:
    if not isinstance(obj, dict):
        raise ValueError("a line is not a JSON object")
    docs = obj.get("documents")
    if not isinstance(docs, list):
        raise ValueError('"documents" must be a list')
    summary = obj.get("summary")
    if not isinstance(summary, str):
        raise ValueError('"summary" must be a string')
    documents = []
    for doc in docs:
        if isinstance(doc, str):
            doc = {"text": doc}
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
            raise ValueError('each document must be an object with a "text" string')
        title = doc.get("title")
        documents.append(ClusterDoc(text=doc["text"], title=title if isinstance(title, str) and title.strip() else None))
    return Cluster(id=str(obj.get("id", f"line-{number}")), documents=tuple(documents), summary=summary)


def articles_for(cluster: Cluster) -> list[Article]:
    """Articles straight from the cluster's texts: outlet "doc1", "doc2", ... in file order."""
    return [
        Article(id=content_id(d.text), outlet=f"doc{i}", text=d.text, title=d.title, source=f"{cluster.id}#doc{i}")
        for i, d in enumerate(cluster.documents, start=1)
        if d.text.strip()
    ]


def clusters_as_read(clusters: Sequence[Cluster]) -> list[Cluster]:
    """Each cluster with its documents' text and title as `newsweave summarize FILE` reads them
    (`read.article.build_article`: `clean_text`, a first paragraph repeating the title dropped); a
    document with nothing left is dropped. Every system, the baselines too, then reads the same text."""
    from ..read.article import build_article

    out = []
    for cluster in clusters:
        docs = []
        for d in cluster.documents:
            built = build_article(d.text, source=f"{cluster.id} (eval)", title=d.title)
            if built.article is not None:
                docs.append(dataclasses.replace(d, text=built.article.text, title=built.article.title))
        out.append(dataclasses.replace(cluster, documents=tuple(docs)))
    return out


class NewsweaveSystem:
    """newsweave as an eval system: `newsweave.api.summarize` over the cluster's articles."""

    name = NEWSWEAVE

    def __init__(self, *, settings=None, summarizer=None, fill_budget: bool = True) -> None:
        from ..config import Settings
        from ..pipeline.registry import summarizers

        self.settings = settings or Settings()
        summarizer = summarizer or summarizers.create(self.settings.method, self.settings)
        # The extractive summarizer stops short of the budget by default; for a fixed-length
        # comparison it may let the last sentence run over, so the exact cut fills the budget
        # just as it does for the baselines.
        if fill_budget and dataclasses.is_dataclass(summarizer) and any(f.name == "fill_budget" for f in dataclasses.fields(summarizer)):
            summarizer = dataclasses.replace(summarizer, fill_budget=True)
        self.summarizer = summarizer
        self._pipeline = None  # the one pipeline, built for the word budget asked

    def summarize_cluster(self, cluster: Cluster, *, words: int) -> list[str]:
        from ..pipeline import Pipeline

        articles = articles_for(cluster)
        if not articles:
            return []
        if self._pipeline is None or self._pipeline.settings.words != words:
            self._pipeline = Pipeline.from_settings(self.settings.replace(words=words), summarizer=self.summarizer)
        report = self._pipeline.report(articles, analyze=False)
        return [s.text for s in report.summary.sentences]


class BaselineSystem:
    def __init__(self, baseline: Baseline) -> None:
        self.baseline = baseline
        self.name = baseline.name

    def summarize_cluster(self, cluster: Cluster, *, words: int) -> list[str]:
        return self.baseline.summarize([d.text for d in cluster.documents], words=words)


def make_systems(baselines: Sequence[str], *, include_newsweave: bool = True, settings=None, summarizer=None, fill_budget: bool = True) -> list:
    """newsweave (first) and the named baselines, each built once (models load here)."""
    systems: list = []
    if include_newsweave:
        systems.append(NewsweaveSystem(settings=settings, summarizer=summarizer, fill_budget=fill_budget))
    for name in baselines:
        systems.append(BaselineSystem(make_baseline(name)))
    return systems


def evaluate(
    clusters: Sequence[Cluster],
    systems: Sequence,
    *,
    words: int = 250,
    scorer: RougeScorer | None = None,
    on_step: Callable[[str, Cluster], None] | None = None,
) -> EvalResult:
    """Run every system on every cluster, cut to `words` words, score against the reference.
    `on_step(system_name, cluster)` is called after each summary (for a progress bar)."""
    if words <= 0:
        raise ValueError("words must be positive")
    scorer = scorer or RougeScorer()
    predictions: list[Prediction] = []
    results: list[SystemResult] = []
    for system in systems:
        mine: list[Prediction] = []
        for cluster in clusters:
            start = time.perf_counter()
            sentences = system.summarize_cluster(cluster, words=words)
            seconds = time.perf_counter() - start
            # One sentence per line for ROUGE-Lsum: flatten any newline a system left inside one.
            cut = tuple(cut_words([" ".join(s.split()) for s in sentences], words))
            reference = split_sentences(cluster.summary)
            mine.append(Prediction(cluster.id, system.name, cut, scorer.score(cut, reference), seconds))
            if on_step:
                on_step(system.name, cluster)
        predictions.extend(mine)
        n = len(mine)
        results.append(
            SystemResult(
                name=system.name,
                scores=mean_scores(p.scores for p in mine),
                seconds_per_cluster=sum(p.seconds for p in mine) / n if n else 0.0,
                clusters=n,
            )
        )
    return EvalResult(words=words, systems=tuple(results), predictions=tuple(predictions))


@dataclass(frozen=True)
class Margin:
    """newsweave minus the best baseline, each metric against its own best baseline."""

    best_rouge1: str
    best_rouge2: str
    rouge1: float
    rouge2: float

    @property
    def label(self) -> str:
        if self.best_rouge1 == self.best_rouge2:
            return self.best_rouge1
        return f"{self.best_rouge1} (R-1), {self.best_rouge2} (R-2)"


def margin_over_baselines(result: EvalResult, *, against: Sequence[str] = ("lexrank", "textrank")) -> Margin | None:
    """newsweave's R-1 minus the best R-1 of `against`, and likewise R-2 (so a baseline that wins
    R-1 and another that wins R-2 both count). None when newsweave or all of `against` are missing."""
    names = {s.name for s in result.systems}
    present = [n for n in against if n in names]
    if NEWSWEAVE not in names or not present:
        return None
    best1 = max(present, key=lambda n: result.system(n).scores.rouge1)
    best2 = max(present, key=lambda n: result.system(n).scores.rouge2)
    ours = result.system(NEWSWEAVE).scores
    return Margin(best1, best2, ours.rouge1 - result.system(best1).scores.rouge1, ours.rouge2 - result.system(best2).scores.rouge2)


def paired_bootstrap(result: EvalResult, system: str, other: str, metric: str, *, samples: int = 2000, seed: int = 0) -> tuple[float, float, float]:
    """(mean difference, 2.5th, 97.5th percentile) of `system` minus `other` on `metric`, by
    resampling clusters with replacement (seeded). Tells whether a margin is more than noise."""
    import random

    ours = {p.cluster_id: getattr(p.scores, metric) for p in result.predictions if p.system == system}
    theirs = {p.cluster_id: getattr(p.scores, metric) for p in result.predictions if p.system == other}
    diffs = [ours[k] - theirs[k] for k in ours if k in theirs]
    if not diffs:
        return 0.0, 0.0, 0.0
    rng = random.Random(seed)
    n = len(diffs)
    means = sorted(sum(diffs[rng.randrange(n)] for _ in range(n)) / n for _ in range(samples))
    return sum(diffs) / n, means[int(0.025 * (samples - 1))], means[int(0.975 * (samples - 1))]


def format_table(result: EvalResult) -> str:
    """An aligned plain-text table that is also valid Markdown."""
    header = ("system", "R-1", "R-2", "R-Lsum", "s/cluster", "clusters")
    rows = [
        (s.name, f"{s.scores.rouge1:.2f}", f"{s.scores.rouge2:.2f}", f"{s.scores.rougeLsum:.2f}", f"{s.seconds_per_cluster:.4f}", str(s.clusters))
        for s in result.systems
    ]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells):
        return "| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))) + " |"

    sep = "|" + "|".join("-" * (w + 1) + ":" if i else ":" + "-" * (w + 1) for i, w in enumerate(widths)) + "|"
    return "\n".join([line(header), sep, *(line(r) for r in rows)])


def prediction_lines(result: EvalResult) -> list[str]:
    """`{"id", "system", "summary"}` JSON lines; summary sentences joined by newlines."""
    return [
        json.dumps({"id": p.cluster_id, "system": p.system, "summary": "\n".join(p.sentences)}, ensure_ascii=False)
        for p in result.predictions
    ]
