"""HTML pages: the stories list, one story, one article, and the read-token login form.

Pages are rendered by Jinja2 with autoescape on, so article text can never become markup; the
Content-Security-Policy header (see `app`) also forbids inline script as a second wall.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..errors import NotFoundError
from ..render.common import genre_label
from .api import ID_PATTERN, clean_query
from .auth import COOKIE, require_read, token_role
from .errors import WebError
from .security import CSRF_COOKIE, csrf_ok, new_csrf_token, same_origin
from .service import StoryPending, listing_out, load_report, story_of
from .views import ReportView, date_span, human_date, segments

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 20


def _render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    context.setdefault("query", "")
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status)


def _date_param(raw: str | None, name: str) -> dt.date | None:
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw.strip())
    except ValueError:
        raise WebError(400, f"{name} must be a date like 2025-03-12, not {raw[:40]!r}",
                       hint="use the date picker or YYYY-MM-DD") from None


def _check_id(value: str, kind: str) -> str:
    if not re.fullmatch(ID_PATTERN, value):
        raise WebError(404, f"no {kind} with the id {value[:40]!r}", hint="ids are letters, digits, '-', '_', '.' or ':'")
    return value


def _page_param(raw: str | None) -> int:
    try:
        page = int(raw or 1)
    except ValueError:
        raise WebError(400, f"page must be a number, not {raw[:20]!r}") from None
    if not 1 <= page <= 100_000:
        raise WebError(400, "page must be between 1 and 100000")
    return page


@router.get("/", response_class=HTMLResponse, dependencies=[Depends(require_read)])
def stories_page(request: Request, q: str | None = None, since: str | None = None, until: str | None = None,
                 page: str | None = None) -> Response:
    query = clean_query(q)[:200]
    first, last = _date_param(since, "since"), _date_param(until, "until")
    if first and last and first > last:
        raise WebError(400, f"since ({first}) is after until ({last})", hint="swap the two dates")
    number = _page_param(page)
    store = request.app.state.store
    listings, total = store.list_stories(since=first, until=last, search=query or None,
                                         limit=PAGE_SIZE, offset=(number - 1) * PAGE_SIZE)
    pages = max(1, math.ceil(total / PAGE_SIZE))
    keep = {k: v for k, v in {"q": query, "since": since or "", "until": until or ""}.items() if v}

    def link(n: int) -> str:
        return "/?" + urlencode({**keep, "page": n}) if n > 1 else ("/?" + urlencode(keep) if keep else "/")

    stories = []
    for x in listings:
        item = listing_out(x)
        item["dates"] = date_span([x.first_seen, x.last_seen])
        stories.append(item)
    return _render(request, "stories.html", {
        "stories": stories, "total": total, "query": query, "since": since or "", "until": until or "",
        "page": number, "pages": pages,
        "prev": link(number - 1) if number > 1 else None,
        "next": link(number + 1) if number < pages else None,
        "filtered": bool(keep),
    })


@router.get("/stories/{story_id}", response_class=HTMLResponse, dependencies=[Depends(require_read)])
def story_page(request: Request, story_id: str) -> Response:
    store = request.app.state.store
    try:
        report = load_report(store, _check_id(story_id, "story"))
    except StoryPending as pending:
        articles = [store.get_article(aid) for aid in pending.story.article_ids]
        return _render(request, "story_pending.html", {"story": pending.story, "articles": articles,
                                                       "dates": date_span([a.published for a in articles]),
                                                       "human_date": human_date, "history": _history(store, pending.story.id)}, status=200)
    view = ReportView(report, title=_stored_title(store, story_id))
    return _render(request, "story.html", {
        "story_id": story_id, "v": view, "summary": view.summary(), "coverage": view.coverage(),
        "conflicts": view.conflicts(), "speakers": view.quotes_by_speaker(), "entities": view.entities(),
        "timeline": view.timeline(), "copies": view.copies(), "human_date": human_date,
        "changes": _latest_changes(store, story_id, report), "history": _history(store, report.story_id),
    })


def _history(store, story_id: str) -> list[dict[str, Any]]:
    """The story's report versions and the stories merged into it, oldest first, for the page."""
    from ..pipeline.history import story_history
    from ..types import StoryMerge

    if not hasattr(store, "story_merges"):
        return []
    rows = []
    for e in story_history(store, story_id):
        if isinstance(e, StoryMerge):
            when = f"{e.merged_at:%Y-%m-%d %H:%M} UTC" if e.merged_at else ""
            rows.append({"kind": "merge", "when": when, "absorbed_id": e.absorbed_id, "reason": e.reason})
        else:
            rows.append({"kind": "version", "when": f"{e.created_at:%Y-%m-%d %H:%M} UTC", "number": e.number, "n_articles": e.n_articles})
    return rows


def _latest_changes(store, story_id: str, report) -> dict[str, Any] | None:
    """What the newest report added to the one before it (None for a story's first report)."""
    from dataclasses import replace

    from ..pipeline.history import diff, merges_since
    from ..render.changes import changes_dict

    versions = store.report_versions(story_id) if hasattr(store, "report_versions") else []
    if len(versions) < 2:
        return None
    previous = versions[-2]
    changes = diff(store.get_report(story_id, previous.number), report, since=f"version {previous.number} ({previous.created_at:%Y-%m-%d %H:%M} UTC)")
    changes = replace(changes, merges=merges_since(store, story_id, previous.created_at))
    return changes_dict(changes) | {"wider": changes.wider_facts}


@router.get("/articles/{article_id}", response_class=HTMLResponse, dependencies=[Depends(require_read)])
def article_page(request: Request, article_id: str) -> Response:
    store = request.app.state.store
    article = store.get_article(_check_id(article_id, "article"))
    sid = story_of(store, article.id)
    spans: dict[tuple[int, int], str] = {}
    story_title = None
    if sid:
        try:
            view = ReportView(load_report(store, sid), title=_stored_title(store, sid))
            spans = view.cited_spans(article.id)
            story_title = view.title
        except StoryPending:
            story_title = _stored_title(store, sid)  # no highlights until the summary exists
        except NotFoundError:
            sid = None
    safe_url = article.url if article.url and article.url.lower().startswith(("http://", "https://")) else None
    return _render(request, "article.html", {
        "a": article, "story_id": sid, "story_title": story_title, "segments": segments(article.text, spans),
        "n_cited": sum(1 for k in spans.values() if k == "summary"), "n_refs": sum(1 for seg in segments(article.text, spans) if seg.kind == "ref"), "safe_url": safe_url, "published": human_date(article.published) or "undated",
        "genre": genre_label(article),  # "Opinion" when the page declares itself so (read/genre.py)
    })


def _stored_title(store, story_id: str) -> str | None:
    """The title the stories list shows, so a story is called the same everywhere."""
    get_story = getattr(store, "get_story", None)
    try:
        return get_story(story_id).title if get_story else None
    except NotFoundError:
        return None


def _login_form(request: Request, *, failed: str | None = None, status: int = 200) -> Response:
    """The sign-in form with a fresh CSRF token, also set as a SameSite=Strict cookie."""
    csrf = new_csrf_token()
    signed_in = bool(request.cookies.get(COOKIE))
    response = _render(request, "login.html", {"failed": failed, "csrf": csrf, "signed_in": signed_in}, status=status)
    response.set_cookie(CSRF_COOKIE, csrf, httponly=True, samesite="strict", secure=request.url.scheme == "https")
    return response


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request) -> Response:
    return _login_form(request)


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, token: str = Form(max_length=500), csrf: str = Form(default="", max_length=100)) -> Response:
    # Login CSRF: another site must not sign this browser in with the attacker's token.
    if not same_origin(request) or not csrf_ok(request.cookies.get(CSRF_COOKIE), csrf):
        return _login_form(request, failed="The sign-in form expired or came from another site; try again.", status=403)
    if token_role(request.app.state.settings, token) is None:
        return _login_form(request, failed="That token is not valid.", status=401)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(COOKIE, token, httponly=True, samesite="strict", secure=request.url.scheme == "https")
    response.delete_cookie(CSRF_COOKIE)
    return response


@router.post("/logout", response_class=HTMLResponse)
def logout(request: Request, csrf: str = Form(default="", max_length=100)) -> Response:
    if not same_origin(request) or not csrf_ok(request.cookies.get(CSRF_COOKIE), csrf):
        return _login_form(request, failed="The sign-out form expired or came from another site; try again.", status=403)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE)
    response.delete_cookie(CSRF_COOKIE)
    return response


