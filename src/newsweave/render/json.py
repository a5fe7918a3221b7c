"""JSON output. The shape is documented by `newsweave/schema/story.schema.json` (validated in tests).

Keys `articles` and `summary` are stable; the analysis keys (`facts`, `conflicts`, `quotes`,
`entities`, `timeline`, `derivations`) appear only when the analysis ran.
"""

from __future__ import annotations

import json
from typing import Any

from ..types import (
    Article,
    Citation,
    Conflict,
    Derivation,
    Entity,
    Fact,
    Quote,
    StoryReport,
    Summary,
    TimelineEvent,
)

from .common import story_title, told_label

SCHEMA_VERSION = 1


def _joined(summary: Summary) -> str:
    """The summary as one text: its sentences joined by spaces, a marked opinion sentence after its
    label ("Opinion — The Courier: ..."), so that no reader of this field takes it for news."""
    from .common import opinion_label

    return " ".join(f"{opinion_label(s)} {s.text}" if opinion_label(s) else s.text for s in summary.sentences)


class CitationResolver:
    """Turns Citations into JSON objects with the cited text and outlet attached."""

    def __init__(self, articles: tuple[Article, ...] | list[Article], derivations=None) -> None:
        from ..analyze.corroboration import SourceMap

        self.by_id = {a.id: a for a in articles}
        self.sources = SourceMap.build(articles, derivations)

    def cite(self, c: Citation) -> dict[str, Any]:
        article = self.by_id.get(c.article_id)
        return {
            "article_id": c.article_id,
            "start": c.start,
            "end": c.end,
            "sentence_index": c.sentence_index,
            "outlet": named_outlet(article) if article else None,  # null when no outlet is known
            "text": article.text[c.start : c.end] if article else None,
        }

    def shown(self, c: Citation) -> str:
        """The cited article's outlet as the other formats show it (its file name when it names none)."""
        article = self.by_id.get(c.article_id)
        return article.outlet if article else c.article_id

    def cites(self, citations) -> list[dict[str, Any]]:
        return [self.cite(c) for c in citations]

    def outlets(self, citations) -> list[str]:
        seen: list[str] = []
        for c in citations:
            a = self.by_id.get(c.article_id)
            if a and a.outlet not in seen:
                seen.append(a.outlet)
        return seen

    def independent(self, citations) -> list[str]:
        """Independent sources among the cited articles (a copy counts as its original's outlet)."""
        return self.sources.independent(c.article_id for c in citations) if self.sources else self.outlets(citations)


def named_outlet(a: Article) -> str | None:
    """The article's outlet, or None when the file names none (its shown label is not an outlet:
    `unnamed_outlets`)."""
    from .unnamed_outlets import is_unnamed, shown_by_file

    return None if is_unnamed(a.outlet) or shown_by_file(a) else a.outlet


def article_dict(a: Article) -> dict[str, Any]:
    from .unnamed_outlets import file_label

    outlet = named_outlet(a)
    return {
        "id": a.id,
        "outlet": outlet,
        **({} if outlet else {"label": file_label(a)}),  # how the other formats show it: its file name
        "title": a.title,
        "published": a.published.isoformat() if a.published else None,
        "url": a.url,
        "author": a.author,
        "source": a.source,
        "language": a.language,
        **({"genre": a.genre} if getattr(a, "genre", None) else {}),  # what the page says it is (read/genre.py)
        "text": a.text,
    }


def summary_dict(summary: Summary, r: CitationResolver, report: StoryReport | None = None) -> dict[str, Any]:
    """`independent_outlets` is the n of the "n/N outlets" the other formats show: with the analysis,
    over the sentence's citations and its fact's articles (`one_count.summary_articles`); the JSON
    alone counted the citations only, so one report told two counts (session 19)."""
    from .one_count import summary_articles

    def counted(s) -> list[str]:
        if report is None or not r.sources:
            return r.independent(s.citations)
        return r.sources.independent(summary_articles(report, s))

    return {
        "method": summary.method,
        "text": _joined(summary),
        "warnings": list(summary.warnings),
        "sentences": [
            {
                "text": s.text,
                "support": s.support,
                "note": s.note,
                "opinion_of": s.opinion_of,
                "outlets": r.outlets(s.citations),
                "independent_outlets": counted(s),
                "citations": r.cites(s.citations),
            }
            for s in summary.sentences
        ],
    }


def fact_dict(f: Fact, r: CitationResolver) -> dict[str, Any]:
    return {"text": f.text, "status": f.status, "article_ids": list(f.article_ids), "outlets": r.outlets(f.citations),
            "independent_outlets": list(f.independent_outlets) or r.independent(f.citations), "copies": list(f.copies), "citations": r.cites(f.citations),
            **({"told_by": [dict(r.cite(c), label=told_label(r.shown(c))) for c in f.told_by]} if f.told_by else {}),
            **({"member_status": [dict(r.cite(m.citation), status=m.status, independent_outlets=list(m.independent_outlets),
                                       told_by=[dict(r.cite(c), label=told_label(r.shown(c))) for c in m.told_by])
                                  for m in f.member_status]} if f.member_status else {})}


def conflict_dict(c: Conflict, r: CitationResolver, report: StoryReport | None = None) -> dict[str, Any]:
    from .conflict_display import one_article_note

    note = one_article_note(report, c) if report is not None else ""
    return {
        "about": c.about,
        "kind": c.kind,
        **({"note": note} if note else {}),  # both sides from one article: the other formats say so too
        "sides": [
            {"text": s.text, "value": s.value, "article_ids": list(s.article_ids), "outlets": r.outlets(s.citations), "citations": r.cites(s.citations)}
            for s in c.sides
        ],
    }


def quote_dict(q: Quote, r: CitationResolver) -> dict[str, Any]:
    out = {"text": q.text, "speaker": q.speaker, "article_ids": list(q.article_ids), "outlets": r.outlets(q.citations), "citations": r.cites(q.citations)}
    if q.said_by:
        out["said_by"] = [{"article_id": a, "speaker": s} for a, s in q.said_by]
    return out


def entity_dict(e: Entity) -> dict[str, Any]:
    return {"name": e.name, "kind": e.kind, "aliases": list(e.aliases), "mentions": dict(e.mentions)}


def timeline_dict(t: TimelineEvent, r: CitationResolver) -> dict[str, Any]:
    return {
        "date": t.date,
        "precision": t.precision,
        "expression": t.expression,
        "text": t.text,
        "article_ids": list(t.article_ids),
        "citations": r.cites(t.citations),
    }


def derivation_dict(d: Derivation, r: CitationResolver) -> dict[str, Any]:
    return {
        "source_id": d.source_id,
        "copy_id": d.copy_id,
        "reused_share": round(d.reused_share, 4),
        "reason": d.reason,
        "update": d.update,
        "pairs": [{"source": r.cite(p.source), "copy": r.cite(p.copy), "similarity": round(p.similarity, 4)} for p in d.pairs],
    }


def report_dict(report: StoryReport) -> dict[str, Any]:
    """The whole report as plain JSON-ready data."""
    from ..analyze.copy_sources import derivations_for
    from .unnamed_outlets import display_report

    report = display_report(report)  # the API's too: an article naming no outlet is its file name
    r = CitationResolver(report.articles, derivations_for(report))  # counts only; "derivations" below stays the analysis's
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "story_id": report.story_id,
        "headline": story_title(report),  # what the text, Markdown and HTML outputs put on top
        "articles": [{**article_dict(a), **({"copy_of": r.sources.copy_of[a.id]} if a.id in r.sources.copy_of else {})} for a in report.articles],
        "summary": summary_dict(report.summary, r, report),
        "problems": [{"source": p.source, "reason": p.reason, "level": p.level} for p in report.problems],
    }
    if report.facts is not None:
        out["facts"] = [fact_dict(f, r) for f in report.facts]
    if report.conflicts is not None:
        out["conflicts"] = [conflict_dict(c, r, report) for c in report.conflicts]
    if report.quotes is not None:
        out["quotes"] = [quote_dict(q, r) for q in report.quotes]
    if report.entities is not None:
        out["entities"] = [entity_dict(e) for e in report.entities]
    if report.timeline is not None:
        out["timeline"] = [timeline_dict(t, r) for t in report.timeline]
    if report.derivations is not None:
        out["derivations"] = [derivation_dict(d, r) for d in report.derivations]
    if report.set_aside:
        out["set_aside"] = [{"article_id": s.article_id, "label": s.label, "kind": s.kind, "reason": s.reason} for s in report.set_aside]
    return out


def render_json(report: StoryReport) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"
