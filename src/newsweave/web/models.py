"""Pydantic models for the HTTP API: request bodies and responses, and so the OpenAPI document.

The story endpoint's body is the CLI's JSON report; its schema is `schema/story.schema.json`,
merged into the OpenAPI components by `web.openapi`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

MAX_TEXT = 1_000_000  # characters in one article's text
MAX_ARTICLES = 500  # articles in one POST


class ErrorInfo(BaseModel):
    status: int = Field(description="The HTTP status, repeated.")
    code: str = Field(description="Stable error code (E1xx input, E3xx store, E5xx server).")
    type: str = Field(description="Short name of the kind of error, e.g. not_found, validation_error.")
    message: str = Field(description="What went wrong, naming the input or field.")
    hint: str | None = Field(description="What to do next.")
    details: list[dict[str, Any]] | None = Field(description="Per-field problems for validation errors.")


class ErrorBody(BaseModel):
    """The one shape of every error response."""

    error: ErrorInfo


class ArticleIn(BaseModel):
    """One article to add: the same fields as a JSON/JSONL article file for `newsweave ingest`."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    outlet: str = Field(min_length=1, max_length=200, description="Who published it.")
    text: str = Field(min_length=1, max_length=MAX_TEXT, description="The article body as plain text.")
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=4000)
    published: dt.date | None = Field(default=None, description="Publication date, YYYY-MM-DD.")
    author: str | None = Field(default=None, max_length=500)
    language: str | None = Field(default=None, max_length=20)
    genre: Any = Field(default=None, description=(
        "What the page says it is, as its section or type names it (\"Opinion\", \"Editorial\", \"OpinionNewsArticle\", "
        "or a list of sections); `section`, `articleSection` and `@type` are read the same way, as in an article file. "
        "A value that names no genre is ignored, not an error."))


class ArticlesIn(BaseModel):
    """A JSON body for POST /api/articles: `{"articles": [...]}` (a bare list or one article also works)."""

    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_ARTICLES)


class AcceptedArticle(BaseModel):
    id: str
    outlet: str
    title: str | None
    story_id: str | None = Field(description="The story the article now belongs to.")
    new: bool = Field(description="False when the same text was already stored (it is stored once).")
    set_aside: str | None = Field(None, description="Why the article was not stored nor put in a story (its text is not an article: only page furniture, boilerplate or a widget); null when it was.")


class Problem(BaseModel):
    source: str = Field(description="The uploaded file (and record) or body index, e.g. articles[2].")
    reason: str
    level: str = Field(description="'error' (the record was skipped) or 'warning' (read, but note this).")


class IngestOut(BaseModel):
    """What POST /api/articles did: the same counts as `newsweave ingest`, plus each article's story."""

    read: int
    skipped: int
    new_articles: int
    duplicates: int
    new_stories: int
    updated_stories: int
    set_aside: int = Field(0, description="Articles read but not stored nor put in a story: not articles (each has its reason under articles[].set_aside).")
    articles: list[AcceptedArticle]
    problems: list[Problem]


class StoryListingOut(BaseModel):
    id: str
    title: str
    headline: str | None = Field(description="The story's headline, the same as `title` (the name every output puts on top; `show`'s JSON `headline`). Until session 26 this field held the lead sentence.")
    lead_sentence: str | None = Field(None, description="The summary's lead sentence (its first that is no marked opinion); the title while the summary is being computed.")
    first_seen: dt.date | None
    last_seen: dt.date | None
    n_articles: int
    n_outlets: int = Field(description="Outlets the story's files name (a file naming none is not counted).")
    outlets: list[str]
    none_named: bool = Field(False, description="True when no article of the story names its outlet.")
    article_ids: list[str]
    url: str = Field(description="This story's JSON endpoint.")
    page: str = Field(description="This story's web page.")


class StoriesOut(BaseModel):
    stories: list[StoryListingOut]
    total: int
    limit: int
    offset: int


class VersionOut(BaseModel):
    number: int = Field(description="The report version: 1, 2, 3 … per story.")
    story_version: int = Field(description="The story's clustering version the report was computed at.")
    created_at: dt.datetime = Field(description="When the report was computed (UTC).")
    n_articles: int = Field(description="Articles the report was computed from.")
    lead_sentence: str | None = Field(description="The report's lead summary sentence (its first that is no marked opinion). Called `headline` until session 26.")


class MergeOut(BaseModel):
    absorbed_id: str = Field(description="The story absorbed into this one; its id now names this story.")
    keep_id: str = Field(description="The story that holds the absorbed story's articles now (this one).")
    reason: str = Field(description="Why the clusterer merged them, e.g. 'lone article placed on a second look: …'.")
    merged_at: dt.datetime | None = Field(description="When the merge was stored (UTC).")


class HistoryOut(BaseModel):
    """A story's history: every stored version of its report, and every story merged into it
    (directly or through a story merged later), each oldest first."""

    story_id: str = Field(description="The story (an absorbed story's id answers with the story it joined).")
    versions: list[VersionOut]
    merges: list[MergeOut] = Field(description="Stories absorbed whole into this one (no article ever moves alone).")


class ArticleOut(BaseModel):
    id: str
    outlet: str
    title: str | None
    url: str | None
    published: dt.date | None
    author: str | None
    source: str | None
    language: str | None
    genre: str | None = Field(default=None, description="What the page says it is (opinion, editorial, column, analysis), when it says so.")
    text: str
    story_id: str | None


class SearchHit(BaseModel):
    id: str
    outlet: str
    title: str | None
    published: dt.date | None
    story_id: str | None
    snippet: str = Field(description="Plain text around the first match.")


class SearchOut(BaseModel):
    q: str
    results: list[SearchHit]
    total: int
    limit: int
    offset: int


class HealthOut(BaseModel):
    status: str
    version: str
    articles: int | None = Field(default=None, description="Stored articles; only shown to readers the server lets read.")
    writable: bool | None = Field(default=None, description="True when a write token is configured; only shown to readers.")
