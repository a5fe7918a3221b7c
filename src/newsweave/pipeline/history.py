"""Story history: what changed between two reports of one story.

`diff(old, new)` is a pure function of two `StoryReport`s (`old` may be None: everything is new):

- new articles and new outlets (by article id and outlet name);
- new facts: facts of `new` that share no cited sentence with any fact of `old`;
- wider facts: facts matched to an old one (a shared cited sentence) now carried by more outlets
  (independent outlets: a copy counts as its original's; counted in "articles" when no article
  names its outlet, as the report counts them);
- new quotes: by speaker and words (case and spacing ignored);
- conflicts opened / resolved: by kind and subject;
- the headline (the summary's first sentence) before and after.

`changes_since(store, story_id, since)` picks the old report: a version number, or a date (the
newest version stored before that day began, UTC; none means everything is new). Its changes also
list the stories merged into this one since then (`merges_since`).

`story_history(store, story_id)` is the story's life in time order: its report versions and the
stories merged into it (issue 16: a merge is a recorded event); `history_dict` is its JSON shape
(`GET /api/stories/{id}/history`, `newsweave show STORY --versions --format json`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..types import Conflict, Fact, FactChange, Quote, ReportVersion, StoryChanges, StoryMerge, StoryReport


def _outlets(report: StoryReport, article_ids) -> tuple[str, ...]:
    """Independent outlets among `article_ids`: a copy arriving does not make a fact wider."""
    from ..analyze.copy_sources import source_map_for

    return tuple(source_map_for(report).independent(article_ids))


def _fact_keys(fact: Fact) -> set[tuple[str, int, int]]:
    return {(c.article_id, c.start, c.end) for c in fact.citations}


def _quote_key(q: Quote) -> tuple[str, str]:
    return ((q.speaker or "").casefold(), " ".join(q.text.casefold().split()))


def _conflict_key(c: Conflict) -> tuple[str, str]:
    return (c.kind, " ".join(c.about.casefold().split()))


def _headline(report: StoryReport | None) -> str | None:
    if report is None:
        return None
    # the first news sentence: a sentence marked as an opinion piece's view is no headline
    return next((s.text for s in report.summary.sentences if getattr(s, "opinion_of", None) is None), None)


def diff(old: StoryReport | None, new: StoryReport, *, since: str = "") -> StoryChanges:
    """What `new` adds to, or settles from, `old` (see the module docstring)."""
    old_ids = {d.article.id for d in old.documents} if old else set()
    old_outlets = {d.article.outlet for d in old.documents} if old else set()
    new_articles = tuple(d.article.id for d in new.documents if d.article.id not in old_ids)
    new_outlets = tuple(dict.fromkeys(d.article.outlet for d in new.documents if d.article.outlet not in old_outlets))

    new_facts: list[str] = []
    wider: list[FactChange] = []
    old_facts = list(old.facts or ()) if old else []
    for fact in new.facts or ():
        keys = _fact_keys(fact)
        match = next((f for f in old_facts if _fact_keys(f) & keys), None)
        if match is None:
            new_facts.append(fact.text)
            continue
        before, after = _outlets(old, match.article_ids), _outlets(new, fact.article_ids)
        if len(after) > len(before):
            wider.append(FactChange(fact.text, before, after))

    old_quotes = {_quote_key(q) for q in (old.quotes or ())} if old else set()
    new_quotes = tuple(q for q in new.quotes or () if _quote_key(q) not in old_quotes)
    old_conflicts = {_conflict_key(c): c for c in (old.conflicts or ())} if old else {}
    new_conflicts = {_conflict_key(c): c for c in new.conflicts or ()}
    opened = tuple(c for k, c in new_conflicts.items() if k not in old_conflicts)
    resolved = tuple(c for k, c in old_conflicts.items() if k not in new_conflicts)
    return StoryChanges(
        story_id=new.story_id,
        since=since or ("nothing" if old is None else "the previous report"),
        new_articles=new_articles,
        new_outlets=new_outlets,
        new_facts=tuple(new_facts),
        wider_facts=tuple(wider),
        new_quotes=new_quotes,
        conflicts_opened=opened,
        conflicts_resolved=resolved,
        headline_before=_headline(old),
        headline_after=_headline(new),
        count_unit=_count_unit(new),
    )


def _count_unit(report: StoryReport) -> str:
    """"articles" when no article names its outlet, else "outlets": the word the report's own
    "n/N" counts use (`render.unnamed_outlets.outlets_word`), so "now carried by N" agrees with it."""
    from ..read.outlet import is_unnamed

    return "articles" if report.articles and all(is_unnamed(a.outlet) for a in report.articles) else "outlets"


def parse_since(text: str) -> int | dt.date:
    """A version number ("2", "v2") or a date (YYYY-MM-DD)."""
    from ..errors import InputError

    raw = text.strip().lower().removeprefix("v")
    if raw.isdigit():
        return int(raw)
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"--since must be a version number or a date (YYYY-MM-DD), not {text!r}", hint="e.g. --since 2 or --since 2025-03-12") from None


def changes_since(store, story_id: str, since: int | dt.date | str) -> StoryChanges:
    """The changes of a stored story from `since` (a version number or a date) to its newest report."""
    from ..errors import NotFoundError

    if isinstance(since, str):
        since = parse_since(since)
    new = store.get_report(story_id)
    if isinstance(since, int):
        versions = {v.number for v in store.report_versions(story_id)}
        if since not in versions:
            raise NotFoundError(f"story {story_id!r} has no version {since}", hint=f"its versions are {', '.join(map(str, sorted(versions))) or 'none'}")
        created = next(v.created_at for v in store.report_versions(story_id) if v.number == since)
        changes = diff(store.get_report(story_id, since), new, since=f"version {since}")
        return replace(changes, merges=merges_since(store, story_id, created))
    start = dt.datetime.combine(since, dt.time())
    versions = store.report_versions(story_id)
    before = [v for v in versions if _naive_utc(v.created_at) < start]
    old = store.get_report(story_id, before[-1].number) if before else None
    # A date is when a version was *stored*, not a news date: an analyst asking "since 2021-05-01" of
    # a store built today read "(no earlier version)" as nothing before May (session 23, E4).
    first = f": the first was stored {_naive_utc(versions[0].created_at):%Y-%m-%d}" if versions else ""
    label = f"{since.isoformat()} (version {before[-1].number})" if before else f"{since.isoformat()} (no version stored before then{first})"
    return replace(diff(old, new, since=label), merges=merges_since(store, story_id, start if before else None))


def _naive_utc(stamp: dt.datetime) -> dt.datetime:
    return stamp.astimezone(dt.timezone.utc).replace(tzinfo=None) if stamp.tzinfo else stamp


def merges_since(store, story_id: str, start: dt.datetime | None) -> tuple[StoryMerge, ...]:
    """The stories absorbed into this one at or after `start` (UTC; None: all of them), oldest first."""
    merges = store.story_merges(story_id) if hasattr(store, "story_merges") else []
    if start is None:
        return tuple(merges)
    return tuple(m for m in merges if m.merged_at is None or _naive_utc(m.merged_at) >= _naive_utc(start))


def story_history(store, story_id: str) -> list[ReportVersion | StoryMerge]:
    """The story's report versions and the stories absorbed into it, oldest first (a merge before a
    version stamped at the same instant: the version was computed after it)."""
    versions = store.report_versions(story_id)
    merges = store.story_merges(story_id)
    timed = [(m.merged_at or dt.datetime.min, 0, i) for i, m in enumerate(merges)] + [(v.created_at, 1, i) for i, v in enumerate(versions)]
    return [(merges, versions)[kind][i] for _, kind, i in sorted(timed)]


def _utc(stamp: dt.datetime | None) -> str | None:
    if stamp is None:
        return None
    return (stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.timezone.utc)).isoformat()


def history_dict(story_id: str, events: list[ReportVersion | StoryMerge]) -> dict:
    """The JSON shape of a story's history: `versions` and `merges`, each oldest first."""
    return {
        "story_id": story_id,
        "versions": [{"number": e.number, "story_version": e.story_version, "created_at": _utc(e.created_at), "n_articles": e.n_articles, "lead_sentence": e.headline}
                     for e in events if isinstance(e, ReportVersion)],
        "merges": [{"absorbed_id": e.absorbed_id, "keep_id": e.keep_id, "reason": e.reason, "merged_at": _utc(e.merged_at)}
                   for e in events if isinstance(e, StoryMerge)],
    }
