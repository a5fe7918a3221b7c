"""Clustering quality: BCubed and pairwise precision/recall/F1, and the `eval cluster` run that
scores newsweave's online clusterer next to batch baselines on the same embeddings.

Data: JSONL, one article per line: `{"id", "text", "title", "date", "cluster"}` (extra fields
ignored; `stream_position`, when present, gives the arrival order).
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import InputError
from ..types import Article


@dataclass(frozen=True)
class ClusterScores:
    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float
    pairwise_precision: float
    pairwise_recall: float
    pairwise_f1: float
    n_items: int
    n_predicted: int
    n_gold: int


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def cluster_scores(predicted: Sequence[str], gold: Sequence[str]) -> ClusterScores:
    """BCubed (per-item average) and pairwise scores of `predicted` labels against `gold` labels.

    Empty input scores zero. Labels are any hashable values, one per item, same order.
    """
    if len(predicted) != len(gold):
        raise ValueError(f"{len(predicted)} predicted labels for {len(gold)} gold labels")
    n = len(gold)
    if n == 0:
        return ClusterScores(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0, 0, 0)
    joint = Counter(zip(predicted, gold))
    pred_size = Counter(predicted)
    gold_size = Counter(gold)
    # Every item in the cell (c, g) has |c ∩ g| correct neighbours (itself included).
    precision = sum(k * k / pred_size[c] for (c, g), k in joint.items()) / n
    recall = sum(k * k / gold_size[g] for (c, g), k in joint.items()) / n
    pairs = lambda k: k * (k - 1) / 2  # noqa: E731
    tp = sum(pairs(k) for k in joint.values())
    pred_pairs = sum(pairs(k) for k in pred_size.values())
    gold_pairs = sum(pairs(k) for k in gold_size.values())
    # No pairs at all on one side: perfect when both sides have none, else nothing right.
    pp = tp / pred_pairs if pred_pairs else (1.0 if gold_pairs == 0 else 0.0)
    pr = tp / gold_pairs if gold_pairs else (1.0 if pred_pairs == 0 else 0.0)
    return ClusterScores(precision, recall, _f1(precision, recall), pp, pr, _f1(pp, pr), n, len(pred_size), len(gold_size))


def _parse_date(raw) -> dt.date | None:
    if not raw:
        return None
    try:
        return dt.datetime.fromisoformat(str(raw).replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return dt.date.fromisoformat(str(raw)[:10])
        except ValueError:
            return None


def load_cluster_data(path: str | Path) -> tuple[list[Article], list[str]]:
    """Articles (in arrival order) and their gold labels from a clustering JSONL file."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}", hint="give a UTF-8 JSONL file with id, text, cluster") from exc
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not JSON ({exc.msg})", hint="one JSON object per line") from exc
        if not isinstance(row, dict) or not row.get("text") or row.get("cluster") is None:
            raise InputError(f"{path}:{number}: needs non-empty 'text' and a 'cluster' label", hint='lines look like {"id", "text", "title", "date", "cluster"}')
        rows.append((row.get("stream_position", number), number, row))
    if not rows:
        raise InputError(f"{path} has no articles", hint="one JSON object per line")
    rows.sort(key=lambda r: (r[0], r[1]))
    articles = [
        Article(
            id=str(row.get("id") or f"line-{number}"),
            outlet=str(row.get("outlet") or "unknown"),
            text=str(row["text"]),
            title=row.get("title") or None,
            published=_parse_date(row.get("date")),
            source=f"{path}#{number}",
        )
        for _, number, row in rows
    ]
    gold = [str(row["cluster"]) for _, _, row in rows]
    # Online clustering wants publication order; a stable sort keeps arrival order within a day.
    if all(a.published for a in articles):
        order = sorted(range(len(articles)), key=lambda i: articles[i].published)
        articles, gold = [articles[i] for i in order], [gold[i] for i in order]
    return articles, gold


def ingested_view(articles: Sequence[Article]) -> tuple[list[Article], set[str]]:
    """`articles` as `newsweave ingest` stores them, and the ids it would not store (session 25).

    Each text goes through the reader's `build_article` (`text.clean_text`: captions, credits,
    sign-up and reprint blocks out; what the clusterer embeds at ingest); the id, outlet, date and
    source stay. Not stored: an article with no text left (ingest skips it; its raw text is kept
    here) and one `pipeline.ingest.not_an_article` sets aside. Scored, each is a story of its own."""
    import dataclasses

    from ..pipeline.core import Pipeline
    from ..pipeline.ingest import not_an_article
    from ..read.article import build_article

    segmenter = Pipeline().segmenter
    out: list[Article] = []
    aside: set[str] = set()
    for a in articles:
        built = build_article(a.text, source=a.source or a.id, title=a.title, published=a.published)
        if built.article is None:
            aside.add(a.id)
            out.append(a)
            continue
        article = dataclasses.replace(a, text=built.article.text, title=built.article.title)
        if not_an_article(segmenter.split(article)) is not None:
            aside.add(a.id)
        out.append(article)
    return out, aside


def _scores_dict(scores: ClusterScores, seconds: float) -> dict:
    return {
        "bcubed_precision": round(scores.bcubed_precision, 4),
        "bcubed_recall": round(scores.bcubed_recall, 4),
        "bcubed_f1": round(scores.bcubed_f1, 4),
        "pairwise_precision": round(scores.pairwise_precision, 4),
        "pairwise_recall": round(scores.pairwise_recall, 4),
        "pairwise_f1": round(scores.pairwise_f1, 4),
        "n_clusters": scores.n_predicted,
        "n_gold_clusters": scores.n_gold,
        "articles_per_second": round(scores.n_items / seconds, 1) if seconds > 0 else None,
    }


def agglomerative_labels(vectors: np.ndarray, *, distance_threshold: float = 0.55) -> list[str]:
    """Batch baseline: average-linkage agglomerative clustering, cosine distance cut-off."""
    from sklearn.cluster import AgglomerativeClustering

    if len(vectors) < 2:
        return ["0"] * len(vectors)
    model = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average", distance_threshold=distance_threshold)
    return [str(x) for x in model.fit_predict(vectors)]


def hdbscan_labels(vectors: np.ndarray, *, min_cluster_size: int = 2) -> list[str]:
    """Batch baseline: HDBSCAN; its noise points (-1) each become their own cluster."""
    from sklearn.cluster import HDBSCAN

    if len(vectors) < 3:
        return [str(i) for i in range(len(vectors))]
    labels = HDBSCAN(min_cluster_size=min_cluster_size, metric="euclidean", copy=True).fit_predict(vectors)
    return [str(x) if x >= 0 else f"noise-{i}" for i, x in enumerate(labels)]


def baseline_options(name: str, embedder) -> dict:
    """Baseline settings per embedder (hashed-word cosines run lower than MiniLM's), picked on
    the same dev files as newsweave's thresholds, so the comparison is fair."""
    if name != "agglomerative":
        return {}
    hashing = getattr(embedder, "name", "").startswith("hashing")
    return {"distance_threshold": 0.85 if hashing else 0.6}


def evaluate_clustering(path: str | Path, *, embedder=None, config=None, baselines: Sequence[str] = ("newsweave-cosine", "agglomerative", "hdbscan"), as_ingested: bool = True) -> dict:
    """Score newsweave's online clusterer and the baselines on one labelled file.

    `as_ingested` (the default since session 25): every system reads the text as ingest stores it
    and leaves out what ingest would not store (`ingested_view`; each such article scores as a story
    of its own). False: the file's raw text, every article clustered (the figures before session 25).

    Returns `{"newsweave": {...}, "newsweave-cosine": {...}, "agglomerative": {...}, ...,
    "_meta": {...}}`; each system has BCubed and pairwise P/R/F1 (0-1) and articles_per_second.
    `newsweave-cosine` is the online method before issue 16 (cosine threshold, no learned linker,
    no merges). Every system's time includes the embedding of all articles (done once, shared,
    and counted for each), so speeds compare.
    """
    from ..cluster import cluster_stream, lead_text, make_item
    from ..cluster.online import config_for
    from ..embed import make_embedder

    embedder = embedder or make_embedder("auto")
    config = config or config_for(embedder.name)
    articles, gold = load_cluster_data(path)
    aside: set[str] = set()
    if as_ingested:
        articles, aside = ingested_view(articles)
    # what ingest does not store is scored as one story each, after the clustered articles
    singles = [f"set-aside-{a.id}" for a in articles if a.id in aside]
    gold = [g for a, g in zip(articles, gold) if a.id not in aside] + [g for a, g in zip(articles, gold) if a.id in aside]
    articles = [a for a in articles if a.id not in aside]
    t0 = time.perf_counter()
    vectors = embedder.embed([lead_text(a) for a in articles])
    embed_seconds = time.perf_counter() - t0

    results: dict = {}
    t0 = time.perf_counter()
    items = [make_item(a, vectors[i]) for i, a in enumerate(articles)]
    assignments = cluster_stream(items, config=config)
    seconds = time.perf_counter() - t0 + embed_seconds
    results["newsweave"] = _scores_dict(cluster_scores([x.story_id for x in assignments] + singles, gold), seconds)
    for name in baselines:
        t0 = time.perf_counter()
        if name == "newsweave-cosine":
            labels = [x.story_id for x in cluster_stream(items, config=config_for(embedder.name, method="cosine"))]
            results[name] = _scores_dict(cluster_scores(labels + singles, gold), time.perf_counter() - t0 + embed_seconds)
            continue
        run = {"agglomerative": agglomerative_labels, "hdbscan": hdbscan_labels}.get(name)
        if run is None:
            raise InputError(f"unknown baseline {name!r}", hint="use newsweave-cosine, agglomerative or hdbscan")
        labels = run(vectors, **baseline_options(name, embedder))
        results[name] = _scores_dict(cluster_scores(labels + singles, gold), time.perf_counter() - t0 + embed_seconds)
    results["_meta"] = {
        "data": str(path),
        "articles": len(articles) + len(singles),
        "text": "as ingested" if as_ingested else "raw",
        "not_stored": len(singles),
        "gold_clusters": len(set(gold)),
        "embedder": getattr(embedder, "name", type(embedder).__name__),
        "embed_seconds": round(embed_seconds, 2),
        "config": {k: getattr(config, k) for k in ("method", "model_family", "window_days", "time_penalty", "top_k", "join_probability", "merge_probability")},
    }
    return results
