"""The calls the API and the pages share: shaping store records, and ingesting under the write lock."""

from __future__ import annotations

import re
from typing import Any

from ..errors import NotFoundError
from ..render.json import article_dict, report_dict
from ..types import Article, ReadProblem
from .errors import WebError
from .ingest import problems_json


def listing_out(x: Any) -> dict[str, Any]:
    """A StoryListing as the API returns it: the listing JSON of `stories --format json`
    (`render.listing.listing_dict`: `headline` the story's headline, `lead_sentence` the summary's
    lead sentence) and the story's links."""
    from ..render.listing import listing_dict

    return {
        **listing_dict(x),
        "url": f"/api/stories/{x.id}",
        "page": f"/stories/{x.id}",
    }


class StoryPending(Exception):
    """The story exists, but its summary is still being computed by an ingest."""

    def __init__(self, story) -> None:
        super().__init__(story.id)
        self.story = story


def load_report(store, story_id: str):
    """The story's report. Raises NotFoundError for an unknown story, and StoryPending for a story
    an ingest has created but not yet summarized (it is listed, so a reader can click it)."""
    try:
        return store.get_report(story_id)
    except NotFoundError:
        story = store.get_story(story_id)  # raises NotFoundError when there is no such story
        raise StoryPending(story) from None


def public_source(source: str | None) -> str | None:
    """Where an article came from, without the server's folders: '/srv/feeds/wire.jsonl (line 3)'
    -> 'wire.jsonl (line 3)'. Uploads ('upload:name') and body indexes pass through."""
    if not source or source.startswith("upload:") or not re.search(r"[/\\]", source):
        return source
    path, sep, where = source.partition(" (")
    return re.split(r"[/\\]", path)[-1] + sep + where


def _without_paths(data: dict[str, Any]) -> dict[str, Any]:
    for article in data.get("articles", []):
        article["source"] = public_source(article.get("source"))
    for problem in data.get("problems", []):
        problem["source"] = public_source(problem.get("source"))
    return data


def story_json(store, story_id: str) -> dict[str, Any]:
    """The story as the CLI's `--format json` prints it, minus the server's file paths."""
    try:
        return _without_paths(report_dict(load_report(store, story_id)))
    except StoryPending:
        # Not "being summarized": after `ingest --no-summaries` nothing is writing it, and retrying
        # forever never helps (session 23, E4); the server cannot tell the two cases apart.
        raise WebError(503, f"story {story_id!r} has no summary yet",
                       hint="an ingest running now writes it within seconds; if it stays, the database was filled with "
                            "`newsweave ingest --no-summaries`: run `newsweave ingest` again on the same files",
                       headers={"Retry-After": "2"}) from None


def story_of(store, article_id: str) -> str | None:
    try:
        return store.story_of_article(article_id)
    except NotFoundError:
        return None


def article_out(store, article_id: str) -> dict[str, Any]:
    article = store.get_article(article_id)
    out = article_dict(article)
    out["source"] = public_source(out.get("source"))
    out["story_id"] = story_of(store, article.id)
    return out


def snippet(text: str, query: str, width: int = 160) -> str:
    """Plain text around the first query word found in `text`."""
    low = text.casefold()
    pos = -1
    for word in query.casefold().split():
        pos = low.find(word)
        if pos >= 0:
            break
    if pos < 0:
        return text[:width].strip() + ("…" if len(text) > width else "")
    start = max(0, pos - width // 3)
    end = min(len(text), start + width)
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def search_hit(store, a: Article, query: str) -> dict[str, Any]:
    return {"id": a.id, "outlet": a.outlet, "title": a.title, "published": a.published,
            "story_id": story_of(store, a.id), "snippet": snippet(a.text, query)}


def _exists(store, article_id: str) -> bool:
    try:
        store.get_article(article_id)
    except NotFoundError:
        return False
    return True


def _ingest_options(app) -> dict[str, Any]:
    """Options for `stream.ingest`, with the embedder made once per app (loading MiniLM takes
    seconds; doing it per request would make every POST that slow). Call under the write lock."""
    options = app.state.ingest_options
    if "embedder" not in options:
        from ..pipeline.ingest import embedder_for

        # The embedder the database was built with (when the settings say auto).
        options["embedder"] = embedder_for(app.state.store, app.state.settings)
    if "pipeline" not in options:
        from ..pipeline import Pipeline

        options["pipeline"] = Pipeline.from_settings(app.state.settings)  # models load once per app
    return options


def ingest_articles(app, articles: list[Article], problems: list[ReadProblem]) -> dict[str, Any]:
    """Ingest parsed articles (runs in a worker thread). Writes are serialised by the app's lock so
    the `new` flag of each article is exact even when two requests carry the same article."""
    from ..stream import ingest

    store = app.state.store
    with app.state.write_lock:
        fresh: dict[str, bool] = {}
        for a in articles:
            if a.id not in fresh:  # a second copy in the same request must not overwrite the first's answer
                fresh[a.id] = not _exists(store, a.id)
        report = ingest(articles, store=store, settings=app.state.settings, **_ingest_options(app))
        accepted = []
        done: set[str] = set()
        aside = {s.article_id: s.reason for s in report.set_aside}  # not stored: not an article (session 25)
        for a in articles:
            accepted.append({"id": a.id, "outlet": a.outlet, "title": a.title, "story_id": story_of(store, a.id),
                             "new": fresh[a.id] and a.id not in done and a.id not in aside, "set_aside": aside.get(a.id)})
            done.add(a.id)
    # Reading problems found here, then ingest's own (stories whose summary failed, warnings).
    failed = list(report.failed)
    all_problems = list(problems) + list(report.skipped) + list(report.warnings) + failed
    return {
        "read": report.read,
        "skipped": sum(1 for p in problems if p.level == "error") + len(report.skipped),
        "new_articles": report.new_articles,
        "duplicates": report.duplicates,
        "new_stories": len(report.new_stories),
        "updated_stories": len(report.updated_stories),
        "set_aside": len(report.set_aside),
        "articles": accepted,
        "problems": problems_json(all_problems),
    }
