"""Ingest: articles in, stories kept current in a store, in three small steps over the pipeline.

    from newsweave.store import open_store
    from newsweave.pipeline.ingest import ingest
    with open_store() as store:                         # SQL, or "memory://"
        report = ingest(["feeds/"], store=store)

1. `read_new`: read the inputs (bad files become `ReadProblem`s), drop articles already stored,
   put the rest into publication order.
2. `cluster_batch`, per batch: set aside what is not an article (`not_an_article`: only page
   furniture, boilerplate, a widget; never stored nor clustered, reported with its reason),
   embed headline+lead (outside any lock), then in ONE unit of work
   re-check for duplicates, load the candidate stories active in the batch's time window, assign
   each article (final: it never moves later), and store articles (with their sentence spans),
   assignments and story state, the changed stories marked dirty.
3. `refresh_stories`: every dirty story (including any an interrupted run left) gets its report
   recomputed by the pipeline and stored as a new version.

Killing the process at any point leaves a consistent store; running again finishes the job.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..config import Settings
from ..errors import ConfigError
from ..types import Article, ClusterState, ReadProblem, SetAside
from .core import Pipeline
from .ids import first_article_story_id, publication_order, unique_articles

ProgressCallback = Callable[[str, int, int], None]  # (stage, done, total); stages: read, cluster, summarize


@dataclass(frozen=True)
class IngestReport:
    """What one ingest did. `skipped`: inputs not read, with reasons; `warnings`: read, but worth
    knowing; `new_stories`/`updated_stories`: story ids created / joined by this run;
    `summarized`: stories whose summary was recomputed (also ones an interrupted run left);
    `failed`: stories whose summary or analysis failed (they stay marked for the next run);
    `set_aside`: articles read but neither stored nor joined to a story, because their cleaned text
    is not an article (only page furniture, boilerplate or a widget: `not_an_article`), each with
    its reason and, as `label`, where it was read (session 25: a reprint notice joined a story)."""

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
    set_aside: tuple[SetAside, ...] = ()


@dataclass(frozen=True)
class NewArticles:
    """The result of `read_new`: articles to add (publication order) and what was read."""

    todo: list[Article]
    read: int
    duplicates: int
    skipped: tuple[ReadProblem, ...]
    warnings: tuple[ReadProblem, ...]


def story_title(article: Article) -> str:
    """A new story's title until its summary exists: its first article's headline or first words."""
    if article.title and article.title.strip():
        return article.title.strip()
    words = article.text.split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


def report_title(report) -> str:
    """A summarized story's title (`summarize.development.story_headline`)."""
    from ..summarize.development import story_headline

    return story_headline(report)


# -- clustering state: the clusterer's own record <-> the record the store keeps ---------------------
_STATE_FIELDS = {"id", "centroid_sum", "n", "entities", "first_seen", "last_seen", "seq"}


def to_stored(state) -> ClusterState:
    import numpy as np

    extra = {f.name: getattr(state, f.name) for f in dataclasses.fields(state) if f.name not in _STATE_FIELDS}
    return ClusterState(id=state.id, centroid=np.asarray(state.centroid_sum, dtype=np.float32).tobytes(), n=state.n,
                        entities=dict(state.entities), first_seen=state.first_seen, last_seen=state.last_seen, seq=state.seq, extra=extra)


def from_stored(stored: ClusterState):
    import numpy as np

    from ..cluster import StoryState

    names = {f.name for f in dataclasses.fields(StoryState)}
    extra = {k: v for k, v in stored.extra.items() if k in names}
    return StoryState(id=stored.id, centroid_sum=np.frombuffer(stored.centroid, dtype=np.float32).copy(), n=stored.n,
                      entities=dict(stored.entities), first_seen=stored.first_seen, last_seen=stored.last_seen, seq=stored.seq, **extra)


def cluster_item(article: Article, vector):
    """The clusterer's view of one article (embedding, names, key words and numbers, date)."""
    from .. import cluster

    make_item = getattr(cluster, "make_item", None)  # the clusterer's own builder, where it has one
    if make_item is not None:
        return make_item(article, vector)
    return cluster.ClusterItem(article.id, vector, cluster.article_entities(article), article.published)


def stored_embedder_choice(stored_name: str) -> str:
    """The registry name of the embedder that wrote `stored_name` vectors ('hashing-512-bi' →
    'hashing', 'minilm-static-256' → 'static', 'minilm-l6-v2' → 'minilm')."""
    return "static" if "static" in stored_name else stored_name.split("-")[0]


def embedder_for(store, settings: Settings):
    """The embedder to ingest into `store` with: the one the store was built with when the settings
    say `auto` (so a database is never refused, nor mixed, because a model got installed later),
    else the one named. A named one that differs is refused by `read_new` when there is work."""
    from .registry import embedders

    name = settings.embedder
    known = store.get_meta("embedder")
    if name == "auto" and known and stored_embedder_choice(known) in embedders:
        name = stored_embedder_choice(known)
    return embedders.create(name, settings)


# -- the steps -----------------------------------------------------------------------------------------


def read_inputs(inputs, on_progress: ProgressCallback | None = None) -> tuple[list[Article], list[ReadProblem]]:
    """Articles from paths (files, folders, JSONL, feeds) and/or Article records."""
    from ..read import read_paths

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


def read_new(store, inputs, *, embedder_name: str, on_progress: ProgressCallback | None = None) -> NewArticles:
    """Step 1: read, drop what the store has, refuse an embedder the store was not built with."""
    articles, problems = read_inputs(inputs, on_progress)
    unique = unique_articles(articles)
    duplicates = len(articles) - len(unique)
    with store.unit_of_work() as work:
        stored = work.existing_article_ids(a.id for a in unique)
        known = work.get_meta("embedder")
    if known and known != embedder_name and len(stored) < len(unique):
        raise ConfigError(
            f"{store.url} was clustered with the {known!r} embedder, not {embedder_name!r}",
            hint=f"ingest with --embedder {stored_embedder_choice(known)} (or auto), or use a new database",
        )
    return NewArticles(
        todo=publication_order([a for a in unique if a.id not in stored]),
        read=len(articles),
        duplicates=duplicates + len(stored),
        skipped=tuple(p for p in problems if p.level == "error"),
        warnings=tuple(p for p in problems if p.level != "error"),
    )


@dataclass(frozen=True)
class BatchResult:
    added: int
    duplicates: int
    story_of: dict[str, str]
    created: set[str]
    absorbed: dict[str, str] = dataclasses.field(default_factory=dict)  # story merged away -> the story it is now in
    set_aside: tuple[SetAside, ...] = ()  # read, not an article: neither stored nor clustered (`not_an_article`)


def not_an_article(document) -> SetAside | None:
    """Why an article must not join a story, or None: its cleaned text is only page furniture
    (`text.furniture`'s kinds), web-archive / error / login boilerplate or a weather widget (the
    analysis's own rules, `analyze.screen.not_an_article`). Labelled with where it was read."""
    from ..analyze.screen import not_an_article as judge

    article = document.article
    return judge(document, label=article.source or "")


def cluster_batch(store, batch: Sequence[Article], *, pipeline: Pipeline, embedder, config, labels: Mapping[str, str] | None = None, profiles: "ProfileCache | None" = None) -> BatchResult:
    """Step 2, one batch: embed, then assign and store in one unit of work. With `labels`
    (article id → story label) the stories are given, not found (`GivenLabelsClusterer`).
    `profiles`: the linker's story profiles kept from the previous batch (`ProfileCache`)."""
    from ..cluster import OnlineClusterer
    from .stages import GivenLabelsClusterer

    # Segmenting and embedding happen outside the write lock. What is not an article is set aside
    # first: it is never embedded, stored, nor offered to a story.
    documents = {a.id: pipeline.segmenter.split(a) for a in batch}
    judged = {a.id: not_an_article(documents[a.id]) for a in batch}
    set_aside = tuple(x for x in judged.values() if x is not None)
    batch = [a for a in batch if judged[a.id] is None]
    vectors = embedder.embed([_lead(a) for a in batch])
    items = [cluster_item(a, vectors[i]) for i, a in enumerate(batch)]
    with store.unit_of_work() as work:
        known = work.get_meta("embedder")
        if known is None:
            work.set_meta("embedder", embedder.name)
        elif known != embedder.name:  # a concurrent first ingest chose another embedder
            raise ConfigError(f"{store.url} was clustered with the {known!r} embedder, not {embedder.name!r}", hint="use the same --embedder for every ingest into one database")
        # A concurrent ingest may have stored some of these while we were embedding.
        taken = work.existing_article_ids(a.id for a in batch)
        fresh = [(a, item) for a, item in zip(batch, items) if a.id not in taken]
        spelled = _stored_spellings(work, [a for a, _ in fresh])
        if labels is not None:
            # A label whose articles are stored already names the story they are in.
            batch_labels = {labels[a.id] for a, _ in fresh if a.id in labels}
            stored = work.stories_of([i for i, label in labels.items() if label in batch_labels])
            known = {labels[i]: story for i, story in stored.items()}
            states = [from_stored(s) for s in work.load_states(set(known.values()))]
            clusterer = GivenLabelsClusterer(labels, states, known=known, seq=work.max_seq())
        else:
            candidates = [from_stored(s) for s in work.load_candidates([a.published for a, _ in fresh], window_days=config.window_days, max_candidates=config.max_candidates)]
            clusterer = OnlineClusterer(candidates, config=config, seq=work.max_seq(), story_id_for=lambda item: first_article_story_id(item.article_id), profile_cache=profiles)
        story_of, seq_of, titles, created = {}, {}, {}, set()
        for article, item in fresh:
            assignment = clusterer.assign(item)
            story_of[article.id] = assignment.story_id
            seq_of[article.id] = clusterer.seq
            if assignment.new_story:
                created.add(assignment.story_id)
                titles[assignment.story_id] = story_title(article)
        # Stories that turn out to be one are merged whole, after each batch.
        merge_pass = getattr(clusterer, "merge_pass", None)
        merges = [tuple(m) for m in merge_pass()] if merge_pass and fresh else []
        absorbed = _absorbed_into(merges)
        story_of = {a: absorbed.get(s, s) for a, s in story_of.items()}
        gone_new = {s for s in created if s in absorbed}  # created in this batch, merged right away
        created -= gone_new
        work.add_batch([_one_spelling(documents[a.id], spelled) for a, _ in fresh], story_of, seq_of, [to_stored(s) for s in clusterer.changed_states()], created, titles)
        old_merges = [(absorbed.get(keep, keep), gone, reason) for keep, gone, reason in merges if gone not in gone_new]
        if old_merges:
            work.merge_stories(old_merges)
    return BatchResult(len(fresh), len(taken), story_of, created, {gone: absorbed[gone] for _, gone, _ in old_merges}, set_aside)


def _stored_spellings(work, articles: Sequence[Article]):
    """One outlet, one spelling across runs: the reader's rule (`read.outlet.OutletSpellings`)
    seeded with the spellings the store holds, so the spelling stored first wins (session 26)."""
    from ..read.outlet import OutletSpellings

    return OutletSpellings(work.outlet_spellings({a.outlet for a in articles if a.outlet}))


def _one_spelling(document, spelled):
    outlet = document.article.outlet
    spelling = spelled.spell(outlet) if outlet else outlet
    if spelling == outlet:
        return document
    return dataclasses.replace(document, article=dataclasses.replace(document.article, outlet=spelling))


class ProfileCache:
    """The story linker's per-story profiles (weighted key words; `cluster.linker.profile`), kept
    from one batch's clusterer to the next: consecutive batches share most candidate stories, and
    a story's profile changes only when the story does (a new seq: see `OnlineClusterer`). Holds
    what the last two batches used, so memory stays the size of the active window."""

    def __init__(self) -> None:
        self._old: dict = {}
        self._new: dict = {}

    def get(self, key):
        found = self._new.get(key)
        if found is None:
            found = self._old.get(key)
            if found is not None:
                self._new[key] = found
        return found

    def __setitem__(self, key, value) -> None:
        self._new[key] = value

    def next_batch(self) -> None:
        self._old, self._new = self._new, {}


def _absorbed_into(merges) -> dict[str, str]:
    """absorbed story id → the story it ends up in (following chains of merges)."""
    parent = {gone: keep for keep, gone, _ in merges}

    def final(story_id: str) -> str:
        while story_id in parent:
            story_id = parent[story_id]
        return story_id

    return {gone: final(gone) for gone in parent}


def _lead(article: Article) -> str:
    from ..cluster import lead_text

    return lead_text(article)


def refresh_stories(store, *, pipeline: Pipeline, on_progress: ProgressCallback | None = None) -> tuple[list[str], list[ReadProblem]]:
    """Step 3: recompute and store (as a new version) the report of every story marked dirty. A
    story that gains an article meanwhile (a concurrent ingest) stays dirty for whoever added it.
    Returns (done, failed)."""
    with store.unit_of_work() as work:
        pending = work.dirty_stories()
    done: list[str] = []
    failed: list[ReadProblem] = []
    for number, (story_id, version) in enumerate(pending, 1):
        try:
            # The sentences as stored at ingest: a story is never re-segmented.
            report = pipeline.report_documents(store.story_documents(story_id), story_id=story_id, keep_summary_on_failure=True)
        except Exception as exc:  # noqa: BLE001 - one story failing must not stop the others
            failed.append(ReadProblem(f"story {story_id}", f"summary failed: {type(exc).__name__}: {exc}"))
            continue
        title = report_title(report) if report.summary.sentences else None
        with store.unit_of_work() as work:
            if work.save_report(story_id, version, report, title=title):
                done.append(story_id)
        if on_progress:
            on_progress("summarize", number, len(pending))
    return done, failed


def ingest(
    inputs: Iterable[str | Path | Article] | str | Path | Article,
    *,
    store,
    settings: Settings | None = None,
    on_progress: ProgressCallback | None = None,
    embedder=None,
    cluster_config=None,
    batch_size: int = 256,
    summarize: bool = True,
    pipeline: Pipeline | None = None,
    labels: Mapping[str, str] | None = None,
) -> IngestReport:
    """Add articles (paths: files, folders, JSONL, feeds; or `Article`s) to the store, assigning
    each to a story, then recompute the report of the stories that changed. Idempotent: articles
    already stored are counted as duplicates and change nothing. `labels` (article id → story
    label) gives the stories instead of finding them."""
    from ..cluster.online import config_for

    started = time.perf_counter()
    settings = settings or (pipeline.settings if pipeline else Settings())
    pipeline = pipeline or Pipeline.from_settings(settings)
    embedder = embedder or embedder_for(store, settings)
    config = cluster_config or config_for(embedder.name)
    new = read_new(store, inputs, embedder_name=embedder.name, on_progress=on_progress)

    new_stories: dict[str, None] = {}
    updated: dict[str, None] = {}
    added, duplicates = 0, new.duplicates
    set_aside: list[SetAside] = []
    with store.unit_of_work() as work:
        run_id = work.start_run()
    profiles = ProfileCache()
    for start in range(0, len(new.todo), batch_size):
        batch = new.todo[start : start + batch_size]
        result = cluster_batch(store, batch, pipeline=pipeline, embedder=embedder, config=config, labels=labels, profiles=profiles)
        profiles.next_batch()
        added += result.added
        duplicates += result.duplicates
        set_aside.extend(result.set_aside)
        for story_id in result.story_of.values():
            if story_id in result.created:
                new_stories[story_id] = None
            elif story_id not in new_stories:
                updated[story_id] = None
        # A story this run created (or touched) and a later batch merged into another is no longer a
        # story: counting it said "22 new stories" with 18 in a fresh database (Google News dev
        # stream, session 23, E4). The story it went into has changed.
        for gone, keep in result.absorbed.items():
            new_stories.pop(gone, None)
            updated.pop(gone, None)
            if keep not in new_stories:
                updated[keep] = None
        if on_progress:
            on_progress("cluster", start + len(batch), len(new.todo))

    summarized: list[str] = []
    failed: list[ReadProblem] = []
    if summarize:
        summarized, failed = refresh_stories(store, pipeline=pipeline, on_progress=on_progress)
    with store.unit_of_work() as work:
        work.finish_run(run_id, status="done" if not failed else "partial", read=new.read, skipped=len(new.skipped), new_articles=added,
                        duplicates=duplicates, new_stories=len(new_stories), updated_stories=len(updated))
    return IngestReport(
        read=new.read,
        skipped=new.skipped,
        new_articles=added,
        duplicates=duplicates,
        new_stories=tuple(new_stories),
        updated_stories=tuple(updated),
        summarized=tuple(summarized),
        failed=tuple(failed),
        warnings=new.warnings,
        seconds=time.perf_counter() - started,
        set_aside=tuple(set_aside),
    )
