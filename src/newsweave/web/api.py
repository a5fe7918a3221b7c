"""The JSON API under /api: stories, one story (the CLI's JSON report), articles, search, and adding
articles. Handlers parse, call the store or `stream.ingest`, and shape the answer; no algorithms."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from .. import __version__
from ..errors import NotFoundError
from .auth import can_read, require_read, require_write
from .errors import WebError
from .ingest import articles_from_files, articles_from_json, problems_json
from .models import (
    ArticleOut,
    ArticlesIn,
    ErrorBody,
    HealthOut,
    HistoryOut,
    IngestOut,
    SearchOut,
    StoriesOut,
)
from .service import article_out, ingest_articles, listing_out, search_hit, story_json

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in {
        400: "Malformed request", 401: "Missing or wrong token", 403: "Forbidden",
        404: "Not found", 413: "Body too large", 422: "Invalid parameters or body",
    }.items()
}

router = APIRouter(prefix="/api", responses=ERRORS)
# Ids are hashes or numbers; anything else (NUL bytes, 10 kB strings) is refused before the store sees it.
ID_PATTERN = r"^[A-Za-z0-9._:-]{1,128}$"
StoryId = Annotated[str, Path(pattern=ID_PATTERN, description="A story id from /api/stories.")]
ArticleId = Annotated[str, Path(pattern=ID_PATTERN, description="An article id (16 hex digits).")]
Limit = Annotated[int, Query(ge=1, le=100, description="How many results to return.")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="How many results to skip.")]


def clean_query(q: str | None) -> str:
    """Search words without control characters (a NUL would make PostgreSQL refuse the query)."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in (q or "")).split())


def _store(request: Request):
    return request.app.state.store


@router.get("/health", response_model=HealthOut, summary="Server status")
def health(request: Request) -> dict[str, Any]:
    # Open to all (a readiness probe needs no token), but the counts are data: only for readers.
    if not can_read(request):
        return {"status": "ok", "version": __version__}
    store = _store(request)
    return {"status": "ok", "version": __version__, "articles": store.count_articles(),
            "writable": bool(request.app.state.settings.token)}


@router.get("/stories", response_model=StoriesOut, dependencies=[Depends(require_read)],
            summary="List stories, newest first")
def list_stories(
    request: Request,
    q: Annotated[str | None, Query(max_length=200, description="Words to search for in the stories.")] = None,
    since: Annotated[dt.date | None, Query(description="Only stories seen on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[dt.date | None, Query(description="Only stories seen on or before this date (YYYY-MM-DD).")] = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    if since and until and since > until:
        raise WebError(422, f"since ({since}) is after until ({until})", hint="swap the two dates")
    listings, total = _store(request).list_stories(since=since, until=until, search=clean_query(q) or None,
                                                   limit=limit, offset=offset)
    return {"stories": [listing_out(x) for x in listings], "total": total, "limit": limit, "offset": offset}


@router.get(
    "/stories/{story_id}",
    dependencies=[Depends(require_read)],
    summary="One story: the same JSON as `newsweave analyze --format json`",
    responses={200: {"description": "The story report", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StoryReport"}}}},
               503: {"model": ErrorBody, "description": "The story has no summary yet: an ingest is writing it, or the database was filled with --no-summaries (see Retry-After)"}},
)
def get_story(request: Request, story_id: StoryId) -> JSONResponse:
    return JSONResponse(story_json(_store(request), story_id))


@router.get("/stories/{story_id}/changes", dependencies=[Depends(require_read)],
            summary="What changed in a story since a date or a report version")
def get_story_changes(
    request: Request,
    story_id: StoryId,
    since: Annotated[str, Query(max_length=20, pattern=r"^(v?\d{1,9}|\d{4}-\d{2}-\d{2})$",
                                description="A report version number (1, 2, …) or a date (YYYY-MM-DD).")],
) -> dict[str, Any]:
    from ..errors import InputError
    from ..pipeline.history import changes_since
    from ..render.changes import changes_dict

    try:
        return changes_dict(changes_since(_store(request), story_id, since))
    except InputError as exc:
        raise WebError(422, exc.message, hint=exc.hint) from None


@router.get("/stories/{story_id}/history", response_model=HistoryOut, dependencies=[Depends(require_read)],
            summary="A story's history: its report versions and the stories merged into it")
def get_story_history(request: Request, story_id: StoryId) -> dict[str, Any]:
    from ..pipeline.history import history_dict, story_history

    store = _store(request)
    story_id = store.get_story(story_id).id  # an absorbed story's id names the story it joined
    return history_dict(story_id, story_history(store, story_id))


@router.get("/articles/{article_id}", response_model=ArticleOut, dependencies=[Depends(require_read)],
            summary="One article with its text and story")
def get_article(request: Request, article_id: ArticleId) -> dict[str, Any]:
    return article_out(_store(request), article_id)


@router.get("/search", response_model=SearchOut, dependencies=[Depends(require_read)],
            summary="Search articles")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Words to search for.")],
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    store = _store(request)
    query = clean_query(q)
    if not query:
        raise WebError(422, "q is empty", hint="give a word to search for")
    articles, total = store.search_articles(query, limit=limit, offset=offset)
    return {"q": query, "results": [search_hit(store, a, query) for a in articles], "total": total,
            "limit": limit, "offset": offset}


_POST_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/ArticlesIn"}},
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["files"],
                "properties": {"files": {"type": "array", "items": {"type": "string", "format": "binary"},
                                         "description": "Article files in any format `newsweave ingest` reads."}},
            }
        },
    },
}


@router.post(
    "/articles",
    response_model=IngestOut,
    status_code=200,
    dependencies=[Depends(require_write)],
    summary="Add articles; they are clustered into stories as `newsweave ingest` does",
    openapi_extra={"requestBody": _POST_BODY},
    responses={415: {"model": ErrorBody, "description": "Neither JSON nor a file upload"}},
)
async def post_articles(request: Request) -> dict[str, Any]:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind in ("application/json", "") or kind.endswith("+json"):
        articles, problems = articles_from_json(await request.body())
    elif kind == "multipart/form-data":
        files = await _uploaded_files(request)
        articles, problems = await run_in_threadpool(
            lambda: articles_from_files(files, max_bytes=request.app.state.max_body))
    else:
        raise WebError(415, f"cannot take a body of type {kind!r}",
                       hint="send application/json ({\"articles\": [...]}) or multipart/form-data files")
    if not articles:
        raise WebError(422, "no readable articles in the request", details=problems_json(problems),
                       hint="see `details` for each record's problem")
    return await run_in_threadpool(ingest_articles, request.app, articles, problems)


async def _uploaded_files(request: Request) -> list[tuple[str | None, bytes]]:
    try:
        form = await request.form(max_files=MAX_UPLOADS, max_fields=50)
    except WebError:
        raise
    except Exception as exc:  # noqa: BLE001 - python-multipart raises several kinds for broken bodies
        status = getattr(exc, "status_code", 400)
        if status == 413:
            raise
        raise WebError(400, f"the upload could not be parsed: {getattr(exc, 'detail', exc)}",
                       hint="send multipart/form-data with files in the `files` field") from None
    files = []
    for _, value in form.multi_items():
        if hasattr(value, "read") and hasattr(value, "filename"):
            files.append((value.filename, await value.read()))
    await form.close()
    return files


MAX_UPLOADS = 200
_ = ArticlesIn  # referenced from the OpenAPI request body above
