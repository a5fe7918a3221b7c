"""Ingest: articles in, stories kept current in the database.

    from newsweave.store import open_store
    from newsweave.stream import ingest
    with open_store() as store:
        report = ingest(["feeds/"], store=store)

Steps: read (bad files become `ReadProblem`s), drop articles already stored, sort into publication
order, then per batch: embed headline+lead (outside any lock), and in ONE write transaction
re-check for duplicates, load the candidate stories active in the batch's time window, assign each
article (final: it never moves later), and store articles, assignments and story state with the
changed stories marked dirty. Last, every dirty story (including any left by an interrupted run)
gets its summary and analysis recomputed and stored. Killing the process at any point leaves a
consistent database; running again finishes the job.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .cluster import ClusterConfig, ClusterItem, OnlineClusterer, article_entities, lead_text
from .cluster.online import config_for
from .config import Settings
from .errors import ConfigError
from .types import Article, ReadProblem, StoryReport, content_id

ProgressCallback = Callable[[str, int, int], None]  # (stage, done, total); stages: read, cluster, summarize


@dataclass(frozen=True)
class IngestReport:
    """What one ingest did. `skipped`: inputs not read, with reasons; `warnings`: read, but worth
    knowing; `new_stories`/`updated_stories`: story ids created / joined by this run;
    `summarized`: stories whose summary was recomputed (also ones an interrupted run left);
    `failed`: stories whose summary or analysis failed (they stay marked for the next run)."""

    read: int
    skipped: tuple[ReadProblem, ...]
    new_articles: int
    duplicates: int
    new_stories: tuple[str, ...]
    updated_stories: tuple[str, ...]
    summarized: tuple[str, ...] = ()
    failed: tuple[ReadProblem, ...] = ()
    warnings: tuple[ReadProblem, ...] = ()
    seconds: float = 0.0


def story_id_for(article_id: str) -> str:
    """A story is named after its first article, so a re-run after a crash names it the same."""
    return content_id("story:" + article_id)


def story_title(article: Article) -> str:
    if article.title and article.title.strip():
        return article.title.strip()
    words = article.text.split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


def publication_order(articles: Sequence[Article]) -> list[Article]:
    """Stable sort by date; an undated article keeps the date of the article before it, so it
    stays where it arrived."""
    keys, last = [], dt.date.min
    for article in articles:
        last = article.published or last
        keys.append(last)
    order = sorted(range(len(articles)), key=lambda i: keys[i])
    return [articles[i] for i in order]


def _read_inputs(inputs, on_progress: ProgressCallback | None) -> tuple[list[Article], list[ReadProblem]]:
    from .read import read_paths

    if isinstance(inputs, (str, Path, Article)):
        inputs = [inputs]
    articles = [x for x in inputs if isinstance(x, Article)]
    paths = [x for x in inputs if not isinstance(x, Article)]
    problems: list[ReadProblem] = []
    if paths:
        seen = [0]

        def on_file(_path) -> None:
            seen[0] += 1
            if on_progress:
                on_progress("read", seen[0], 0)

        result = read_paths(paths, on_file=on_file)
        articles.extend(result.articles)
        problems.extend(result.problems)
    return articles, problems


def ingest(
    inputs: Iterable[str | Path | Article] | str | Path | Article,
    *,
    store,
    settings: Settings | None = None,
    on_progress: ProgressCallback | None = None,
    embedder=None,
    cluster_config: ClusterConfig | None = None,
    batch_size: int = 256,
    summarize: bool = True,
) -> IngestReport:
    """Add articles (paths: files, folders, JSONL, feeds; or `Article`s) to the store, assigning
    each to a story, then recompute the summary and analysis of the stories that changed.
    Idempotent: articles already stored are counted as duplicates and change nothing."""
    from .embed import make_embedder
    from .store import writes
    from .store.engine import write_transaction

    started = time.perf_counter()
    settings = settings or Settings()
    embedder = embedder or make_embedder(settings.embedder)
    config = cluster_config or config_for(embedder.name)
    articles, problems = _read_inputs(inputs, on_progress)
    skipped = tuple(p for p in problems if getattr(p, "level", "error") == "error")
    warnings = tuple(p for p in problems if getattr(p, "level", "error") != "error")

    unique: dict[str, Article] = {}
    for article in articles:
        unique.setdefault(article.id, article)
    duplicates = len(articles) - len(unique)
    with store.engine.connect() as conn:
        stored = writes.existing_article_ids(conn, unique)
        known = writes.get_meta(conn, "embedder")
    if known and known != embedder.name and len(stored) < len(unique):
        raise ConfigError(
            f"{store.url} was clustered with the {known!r} embedder, not {embedder.name!r}",
            hint=f"ingest with --embedder {known.split('-')[0]}, or use a new database",
        )
    duplicates += len(stored)
    todo = publication_order([a for a in unique.values() if a.id not in stored])

    new_stories: dict[str, None] = {}
    updated: dict[str, None] = {}
    added = 0
    with write_transaction(store.engine) as conn:
        run_id = writes.start_run(conn)
    for start in range(0, len(todo), batch_size):
        batch = todo[start : start + batch_size]
        vectors = embedder.embed([lead_text(a) for a in batch])
        items = [ClusterItem(a.id, vectors[i], article_entities(a), a.published) for i, a in enumerate(batch)]
        with write_transaction(store.engine) as conn:
            known = writes.get_meta(conn, "embedder")
            if known is None:
                writes.set_meta(conn, "embedder", embedder.name)
            elif known != embedder.name:  # a concurrent first ingest chose another embedder
                raise ConfigError(f"{store.url} was clustered with the {known!r} embedder, not {embedder.name!r}", hint="use the same --embedder for every ingest into one database")
            # A concurrent ingest may have stored some of these while we were embedding.
            taken = writes.existing_article_ids(conn, [a.id for a in batch])
            duplicates += len(taken)
            fresh = [(a, item) for a, item in zip(batch, items) if a.id not in taken]
            candidates = writes.load_candidates(conn, [a.published for a, _ in fresh], window_days=config.window_days, max_candidates=config.max_candidates)
            clusterer = OnlineClusterer(candidates, config=config, seq=writes.max_seq(conn), story_id_for=lambda item: story_id_for(item.article_id))
            story_of, seq_of, titles, created = {}, {}, {}, set()
            for article, item in fresh:
                assignment = clusterer.assign(item)
                story_of[article.id] = assignment.story_id
                seq_of[article.id] = clusterer.seq
                if assignment.new_story:
                    created.add(assignment.story_id)
                    titles[assignment.story_id] = story_title(article)
            writes.write_batch(conn, [a for a, _ in fresh], story_of, seq_of, clusterer.changed_states(), created, titles)
        added += len(fresh)
        for story_id in story_of.values():
            if story_id in created:
                new_stories[story_id] = None
            elif story_id not in new_stories:
                updated[story_id] = None
        if on_progress:
            on_progress("cluster", start + len(batch), len(todo))

    summarized: list[str] = []
    failed: list[ReadProblem] = []
    if summarize:
        summarized, failed = summarize_dirty(store, settings=settings, on_progress=on_progress)
    with write_transaction(store.engine) as conn:
        writes.finish_run(
            conn,
            run_id,
            status="done" if not failed else "partial",
            read=len(articles),
            skipped=len(skipped),
            new_articles=added,
            duplicates=duplicates,
            new_stories=len(new_stories),
            updated_stories=len(updated),
        )
    return IngestReport(
        read=len(articles),
        skipped=skipped,
        new_articles=added,
        duplicates=duplicates,
        new_stories=tuple(new_stories),
        updated_stories=tuple(updated),
        summarized=tuple(summarized),
        failed=tuple(failed),
        warnings=warnings,
        seconds=time.perf_counter() - started,
    )


def build_report(story_id: str, articles: Sequence[Article], *, settings: Settings, summarizer, analyzer=None) -> StoryReport:
    """Summarize (and analyze, when the analysis is available) one story's articles. When the
    analysis fails the summary is kept, with the failure in `summary.warnings`."""
    from .analyze import analyze_documents
    from .text.segment import RuleSegmenter

    segmenter = RuleSegmenter()
    documents = tuple(d for d in (segmenter.split(a) for a in articles) if d.sentences)
    summary = summarizer.summarize(documents, words=settings.words, story_id=story_id)
    report = StoryReport(story_id=story_id, documents=documents, summary=summary)
    try:
        analyzed = analyze_documents(report, analyzer=analyzer)
    except Exception as exc:  # noqa: BLE001 - a failed analysis must not cost the story its summary
        note = f"analysis failed: {type(exc).__name__}: {exc}"
        return StoryReport(story_id=story_id, documents=documents, summary=replace(summary, warnings=summary.warnings + (note,)))
    return analyzed if analyzed is not None else report


def _make_analyzer():
    from .analyze import StoryAnalyzer

    return StoryAnalyzer()


def summarize_dirty(store, *, settings: Settings, on_progress: ProgressCallback | None = None) -> tuple[list[str], list[ReadProblem]]:
    """Recompute and store the report of every story marked dirty. A story that gains an article
    meanwhile (a concurrent ingest) stays dirty for whoever added it. Returns (done, failed)."""
    from .store import writes
    from .store.engine import write_transaction
    from .summarize import make_summarizer

    with store.engine.connect() as conn:
        pending = writes.dirty_stories(conn)
    summarizer = make_summarizer(settings) if pending else None
    # One analyzer for the whole run: it loads spaCy once, not once per story.
    analyzer = _make_analyzer() if pending else None
    done: list[str] = []
    failed: list[ReadProblem] = []
    for number, (story_id, version) in enumerate(pending, 1):
        try:
            report = build_report(story_id, store.story_articles(story_id), settings=settings, summarizer=summarizer, analyzer=analyzer)
        except Exception as exc:  # noqa: BLE001 - one story failing must not stop the others
            failed.append(ReadProblem(f"story {story_id}", f"summary failed: {type(exc).__name__}: {exc}"))
            continue
        with write_transaction(store.engine) as conn:
            if writes.save_report(conn, story_id, version, report):
                done.append(story_id)
        if on_progress:
            on_progress("summarize", number, len(pending))
    return done, failed
