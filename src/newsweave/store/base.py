"""The store interface: what ingest, the web app, the CLI and the engines may ask of a story
store. Two implementations: `sql.SqlStore` (SQLite, PostgreSQL) and `memory.MemoryStore`; one
contract test class (tests/store/contract.py) that every implementation passes.

Reading is done on the store; every write happens inside ONE unit of work per batch:

    with store.unit_of_work() as work:          # atomic: all of it lands, or none of it
        fresh = work.existing_article_ids(ids)
        ...
        work.add_batch(documents, story_of, seq_of, states, created, titles)

The store persists only records from `types` (Article, Document spans, ClusterState, StoryReport,
ReportVersion, StoryMerge) and imports nothing from the stages above it: titles, clustering state and
sentence spans are computed by the pipeline and passed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from ..types import Article, ClusterState, Document, ReportVersion, Story, StoryMerge, StoryReport


@dataclass(frozen=True)
class StoryListing(Story):
    """A story as listed: the Story fields plus its size, outlets, and `headline`, which here (and in the
    store's column) is still the summary's lead sentence, or the title until the summary exists; every
    JSON calls it `lead_sentence` and gives the title as `headline` (`render.listing.listing_dict`)."""

    n_articles: int = 0
    outlets: tuple[str, ...] = ()
    headline: str = ""

    @property
    def named_outlets(self) -> list[str]:
        """The outlets the story's files name: the label the reader makes for a file naming none (a
        headline fragment, a byline; `render.unnamed_outlets.is_unnamed`) is no outlet (session 19, brief G)."""
        from ..read.outlet import is_unnamed

        return [o for o in self.outlets if not is_unnamed(o)]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class UnitOfWork(Protocol):
    """The write side, valid inside `StoryStore.unit_of_work()`; holds the store's write lock."""

    def existing_article_ids(self, ids: Iterable[str]) -> set[str]: ...

    def get_meta(self, key: str) -> str | None: ...

    def set_meta(self, key: str, value: str) -> None: ...

    def max_seq(self) -> int: ...

    def load_candidates(self, dates: Sequence[dt.date | None], *, window_days: int, max_candidates: int) -> list[ClusterState]:
        """Stories a batch with these dates could join: active within `window_days` of its dated
        articles, plus (when some are undated) the `max_candidates` most recently active; by seq."""
        ...

    def stories_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        """article id → story id, for those of `article_ids` that are stored."""
        ...

    def outlet_spellings(self, outlets: Iterable[str]) -> dict[str, str]:
        """The case-free name (`read.outlet.outlet_key`) of each of `outlets` that stored articles
        name → the spelling stored first (lowest seq), whatever its case."""
        ...

    def load_states(self, story_ids: Iterable[str]) -> list[ClusterState]:
        """The clustering state of these stories (those that exist), by seq."""
        ...

    def add_batch(self, documents: Sequence[Document], story_of: dict[str, str], seq_of: dict[str, int], states: Sequence[ClusterState], new_story_ids: set[str], titles: dict[str, str]) -> None:
        """Store the batch's articles with their sentence spans, and create or update the stories
        they joined (their version goes up by one; they are marked dirty)."""
        ...

    def merge_stories(self, merges: Iterable[tuple[str, str, str]]) -> None:
        """(keep id, absorbed id, reason) each: the absorbed story's articles join the kept story,
        its reports go, and its id keeps naming the kept story (`get_story` follows it)."""
        ...

    def dirty_stories(self) -> list[tuple[str, int]]: ...

    def save_report(self, story_id: str, version: int, report: StoryReport, *, title: str | None) -> bool:
        """Keep `report` as the story's newest version if the story is still at `version`;
        clears its dirty flag. False (and still dirty) when an article joined meanwhile."""
        ...

    def start_run(self) -> int: ...

    def finish_run(self, run_id: int, *, status: str, **counts: int) -> None: ...

    def check_consistency(self) -> list[str]: ...


@runtime_checkable
class StoryStore(Protocol):
    """Articles, stories, and every version of each story's report."""

    @property
    def url(self) -> str: ...

    def close(self) -> None: ...

    def unit_of_work(self) -> AbstractContextManager[UnitOfWork]: ...

    def count_articles(self) -> int: ...

    def count_stories(self) -> int: ...

    def get_article(self, article_id: str) -> Article: ...

    def story_of_article(self, article_id: str) -> str: ...

    def search_articles(self, query: str, *, limit: int = 20, offset: int = 0) -> tuple[list[Article], int]: ...

    def story_articles(self, story_id: str) -> list[Article]: ...

    def story_documents(self, story_id: str) -> list[Document]:
        """The story's articles with their stored sentences (never re-segmented)."""
        ...

    def get_story(self, story_id: str) -> Story: ...

    def list_stories(self, *, since: dt.date | None = None, until: dt.date | None = None, search: str | None = None, limit: int = 20, offset: int = 0) -> tuple[list[StoryListing], int]: ...

    def get_report(self, story_id: str, version: int | None = None) -> StoryReport:
        """The newest stored report (or version number `version`), with the documents it was
        computed from, sentences as stored."""
        ...

    def report_versions(self, story_id: str) -> list[ReportVersion]: ...

    def story_merges(self, story_id: str) -> list[StoryMerge]:
        """Every story absorbed into this one (directly or through a story absorbed later), with
        the clusterer's reason and the time, oldest first. An absorbed id names the story it joined,
        as in `get_story`; NotFoundError for an unknown story."""
        ...

    def get_meta(self, key: str) -> str | None: ...


def matches(query: str, *texts: str | None) -> bool:
    """Case-insensitive substring test used by the in-memory store (SQL uses LIKE on lower())."""
    q = query.casefold()
    return any(q in t.casefold() for t in texts if t)
