"""The in-memory story store: the same contract as the SQL store (tests/store/contract.py), for
batch engines, the evaluators and fast tests. Nothing is persisted.

A unit of work works on a copy of the store's tables and swaps it in on success, so a failed batch
leaves nothing behind (atomic), and one lock serialises writers as the SQL store's write lock does.
Records are frozen, so the copies share them.
"""

from __future__ import annotations

import copy
import datetime as dt
import threading
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from ..errors import NotFoundError
from ..types import Article, ClusterState, Document, ReportVersion, Story, StoryMerge, StoryReport
from .base import StoryListing, matches, utc_now


@dataclass
class _StoryRow:
    state: ClusterState
    title: str
    headline: str | None
    version: int
    dirty: bool
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass
class _Tables:
    documents: dict[str, Document] = field(default_factory=dict)  # article id → document
    article_story: dict[str, str] = field(default_factory=dict)
    article_seq: dict[str, int] = field(default_factory=dict)
    stories: dict[str, _StoryRow] = field(default_factory=dict)
    latest_version: dict[str, int] = field(default_factory=dict)  # story id → story version of its newest report
    versions: dict[str, list[tuple[ReportVersion, StoryReport]]] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)
    runs: list[dict] = field(default_factory=list)
    merged: dict[str, str] = field(default_factory=dict)  # absorbed story id → kept story id
    merge_log: dict[str, tuple[str, dt.datetime]] = field(default_factory=dict)  # absorbed story id → (reason, when)

    def copy(self) -> "_Tables":
        new = _Tables(dict(self.documents), dict(self.article_story), dict(self.article_seq),
                      {k: copy.copy(v) for k, v in self.stories.items()}, dict(self.latest_version),
                      {k: list(v) for k, v in self.versions.items()}, dict(self.meta), [dict(r) for r in self.runs], dict(self.merged),
                      dict(self.merge_log))
        return new


class MemoryUnitOfWork:
    def __init__(self, tables: _Tables) -> None:
        self.t = tables

    def existing_article_ids(self, ids: Iterable[str]) -> set[str]:
        return {i for i in ids if i in self.t.documents}

    def get_meta(self, key: str) -> str | None:
        return self.t.meta.get(key)

    def set_meta(self, key: str, value: str) -> None:
        self.t.meta[key] = value

    def max_seq(self) -> int:
        return max([0, *self.t.article_seq.values(), *(r.state.seq for r in self.t.stories.values())])

    def load_candidates(self, dates: Sequence[dt.date | None], *, window_days: int, max_candidates: int) -> list[ClusterState]:
        dated = [d for d in dates if d is not None]
        found: dict[str, ClusterState] = {}
        if dated:
            low = min(dated) - dt.timedelta(days=window_days)
            high = max(dated) + dt.timedelta(days=window_days)
            for row in self.t.stories.values():
                s = row.state
                if s.last_seen is not None and s.first_seen is not None and s.last_seen >= low and s.first_seen <= high:
                    found[s.id] = s
        recent = sorted(self.t.stories.values(), key=lambda r: -r.state.seq)
        if len(dated) == len(dates):
            recent = [r for r in recent if r.state.last_seen is None]
        for row in recent[:max_candidates]:
            found[row.state.id] = row.state
        return sorted(found.values(), key=lambda s: s.seq)

    def stories_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        return {i: self.t.article_story[i] for i in article_ids if i in self.t.article_story}

    def outlet_spellings(self, outlets: Iterable[str]) -> dict[str, str]:
        from ..read.outlet import outlet_key

        wanted = {outlet_key(o) for o in outlets}
        found: dict[str, str] = {}
        for article_id in sorted(self.t.article_seq, key=self.t.article_seq.get):
            outlet = self.t.documents[article_id].article.outlet or "unknown"
            found.setdefault(outlet_key(outlet), outlet)
        return {k: v for k, v in found.items() if k in wanted}

    def load_states(self, story_ids: Iterable[str]) -> list[ClusterState]:
        rows = [self.t.stories[i] for i in story_ids if i in self.t.stories]
        return sorted((r.state for r in rows), key=lambda s: s.seq)

    def add_batch(self, documents: Sequence[Document], story_of: dict[str, str], seq_of: dict[str, int], states: Sequence[ClusterState], new_story_ids: set[str], titles: dict[str, str]) -> None:
        stamp = utc_now()
        for state in states:
            if state.id in new_story_ids:
                self.t.stories[state.id] = _StoryRow(state, titles[state.id], None, 1, True, stamp, stamp)
            else:
                row = self.t.stories[state.id]
                row.state, row.version, row.dirty, row.updated_at = state, row.version + 1, True, stamp
        for d in documents:
            article = d.article if d.article.outlet else replace(d.article, outlet="unknown")
            self.t.documents[article.id] = Document(article, d.sentences)
            self.t.article_story[article.id] = story_of[article.id]
            self.t.article_seq[article.id] = seq_of[article.id]

    def merge_stories(self, merges: Iterable[tuple[str, str, str]]) -> None:
        stamp = utc_now()
        for keep_id, absorbed_id, reason in merges:
            for article_id, story_id in list(self.t.article_story.items()):
                if story_id == absorbed_id:
                    self.t.article_story[article_id] = keep_id
            for name in ("stories", "versions", "latest_version"):
                getattr(self.t, name).pop(absorbed_id, None)
            for old, kept in list(self.t.merged.items()):
                if kept == absorbed_id:
                    self.t.merged[old] = keep_id
            self.t.merged[absorbed_id] = keep_id
            self.t.merge_log[absorbed_id] = (reason, stamp)

    def dirty_stories(self) -> list[tuple[str, int]]:
        rows = sorted(self.t.stories.values(), key=lambda r: r.state.seq)
        return [(r.state.id, r.version) for r in rows if r.dirty]

    def save_report(self, story_id: str, version: int, report: StoryReport, *, title: str | None) -> bool:
        row = self.t.stories.get(story_id)
        if row is None or row.version != version:
            return False
        stamp = utc_now()
        headline = next((s.text for s in report.summary.sentences if s.opinion_of is None), None)  # a marked opinion is no headline
        versions = self.t.versions.setdefault(story_id, [])
        info = ReportVersion(story_id, len(versions) + 1, version, stamp, len(report.documents), headline)
        # The documents as stored (an empty outlet becomes "unknown", as in SQL).
        docs = tuple(self.t.documents.get(d.article.id, d) for d in report.documents)
        versions.append((info, replace(report, documents=docs, problems=())))
        self.t.latest_version[story_id] = version
        row.dirty, row.headline = False, headline
        if title:
            row.title = title
        return True

    def start_run(self) -> int:
        self.t.runs.append({"started_at": utc_now(), "status": "running"})
        return len(self.t.runs)

    def finish_run(self, run_id: int, *, status: str, **counts: int) -> None:
        self.t.runs[run_id - 1].update(finished_at=utc_now(), status=status, **counts)

    def check_consistency(self) -> list[str]:
        problems = []
        counts: dict[str, int] = {}
        for story_id in self.t.article_story.values():
            counts[story_id] = counts.get(story_id, 0) + 1
        for sid, row in self.t.stories.items():
            if counts.get(sid, 0) != row.state.n:
                problems.append(f"story {sid}: n_articles={row.state.n} but {counts.get(sid, 0)} articles")
            if not row.dirty and self.t.latest_version.get(sid) != row.version:
                problems.append(f"story {sid}: marked clean but its report is missing or stale")
        return problems


class MemoryStore:
    """Articles, stories and report versions in dictionaries; safe to share between threads."""

    url = "memory://"
    dialect = "memory"

    def __init__(self) -> None:
        self._tables = _Tables()
        self._lock = threading.RLock()

    def close(self) -> None:
        pass

    def __enter__(self) -> "MemoryStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def unit_of_work(self):
        with self._lock:
            work = self._tables.copy()
            yield MemoryUnitOfWork(work)
            self._tables = work  # only reached when the block raised nothing

    # -- reads (on a consistent snapshot: the tables object is swapped whole) ----------------------
    def count_articles(self) -> int:
        return len(self._tables.documents)

    def count_stories(self) -> int:
        return len(self._tables.stories)

    def get_article(self, article_id: str) -> Article:
        doc = self._tables.documents.get(article_id)
        if doc is None:
            raise NotFoundError(f"no article {article_id!r}", hint="list stories with `newsweave stories`; article ids are 16 hex digits")
        return doc.article

    def story_of_article(self, article_id: str) -> str:
        story_id = self._tables.article_story.get(article_id)
        if story_id is None:
            raise NotFoundError(f"no article {article_id!r}", hint="ingest it first with `newsweave ingest`")
        return story_id

    def search_articles(self, query: str, *, limit: int = 20, offset: int = 0) -> tuple[list[Article], int]:
        t = self._tables
        hits = [d.article for d in t.documents.values() if matches(query, d.article.title, d.article.text, d.article.outlet)]
        hits.sort(key=lambda a: (a.published is None, -(a.published.toordinal() if a.published else 0), -t.article_seq[a.id]))
        return hits[offset : offset + limit], len(hits)

    def _members(self, t: _Tables, story_id: str) -> list[Document]:
        ids = [a for a, s in t.article_story.items() if s == story_id]
        return [t.documents[a] for a in sorted(ids, key=lambda a: t.article_seq[a])]

    def story_articles(self, story_id: str) -> list[Article]:
        return [d.article for d in self._members(self._tables, story_id)]

    def story_documents(self, story_id: str, article_ids: list[str] | None = None) -> list[Document]:
        t = self._tables
        if article_ids is None:
            return self._members(t, story_id)
        return [t.documents[a] for a in article_ids if a in t.documents]

    def get_story(self, story_id: str) -> Story:
        t = self._tables
        story_id = t.merged.get(story_id, story_id)  # a merged story's id names the story it joined
        row = t.stories.get(story_id)
        if row is None:
            raise NotFoundError(f"no story {story_id!r}", hint="list story ids with `newsweave stories`")
        ids = tuple(d.article.id for d in self._members(t, story_id))
        return Story(id=story_id, article_ids=ids, title=row.title, first_seen=row.state.first_seen, last_seen=row.state.last_seen)

    def list_stories(self, *, since: dt.date | None = None, until: dt.date | None = None, search: str | None = None, limit: int = 20, offset: int = 0) -> tuple[list[StoryListing], int]:
        t = self._tables
        members = {sid: self._members(t, sid) for sid in t.stories}
        rows = []
        for sid, row in t.stories.items():
            s = row.state
            if since is not None and s.last_seen is not None and s.last_seen < since:
                continue
            if until is not None and s.first_seen is not None and s.first_seen > until:
                continue
            if search and not (matches(search, row.title, row.headline) or any(matches(search, d.article.title, d.article.text, d.article.outlet) for d in members[sid])):
                continue
            rows.append(row)
        rows.sort(key=lambda r: (r.state.last_seen is None, -(r.state.last_seen.toordinal() if r.state.last_seen else 0), -r.state.seq, r.state.id))
        page = []
        for row in rows[offset : offset + limit]:
            docs = members[row.state.id]
            page.append(StoryListing(
                id=row.state.id, article_ids=tuple(d.article.id for d in docs), title=row.title,
                first_seen=row.state.first_seen, last_seen=row.state.last_seen, n_articles=row.state.n,
                outlets=tuple(dict.fromkeys(d.article.outlet for d in docs)), headline=row.headline or row.title,
            ))
        return page, len(rows)

    def get_report(self, story_id: str, version: int | None = None) -> StoryReport:
        story_id = self.get_story(story_id).id
        versions = self._tables.versions.get(story_id, [])
        if version is None:
            if not versions:
                raise NotFoundError(f"story {story_id!r} has no summary yet", hint="run `newsweave ingest` again on the same files: stored articles are skipped and the missing summaries are made")
            return versions[-1][1]
        for info, report in versions:
            if info.number == version:
                return report
        raise NotFoundError(f"story {story_id!r} has no version {version}", hint="see its versions with `newsweave show STORY --versions`")

    def report_versions(self, story_id: str) -> list[ReportVersion]:
        story_id = self.get_story(story_id).id
        return [info for info, _ in self._tables.versions.get(story_id, [])]

    def story_merges(self, story_id: str) -> list[StoryMerge]:
        t = self._tables
        story_id = self.get_story(story_id).id
        found = [StoryMerge(gone, kept, *t.merge_log.get(gone, ("", None))) for gone, kept in t.merged.items() if kept == story_id]
        return sorted(found, key=lambda m: (m.merged_at or dt.datetime.min, m.absorbed_id))

    def get_meta(self, key: str) -> str | None:
        return self._tables.meta.get(key)
