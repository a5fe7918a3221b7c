"""Small helpers shared by the text, Markdown and HTML renderers."""

from __future__ import annotations

from ..types import StoryReport


def story_title(report: StoryReport) -> str:
    """The headline of the article the summary opens with, else the earliest headline."""
    by_id = {a.id: a for a in report.articles}
    if report.summary.sentences and report.summary.sentences[0].citations:
        lead = by_id.get(report.summary.sentences[0].citations[0].article_id)
        if lead and lead.title:
            return lead.title
    for a in sorted(report.articles, key=lambda a: (a.published is None, a.published)):
        if a.title:
            return a.title
    return report.summary.sentences[0].text[:80] if report.summary.sentences else "Untitled story"


def outlet_names(report: StoryReport, article_ids) -> list[str]:
    by_id = {a.id: a.outlet for a in report.articles}
    out: list[str] = []
    for aid in article_ids:
        name = by_id.get(aid)
        if name and name not in out:
            out.append(name)
    return out


def date_range(report: StoryReport) -> str:
    dates = sorted(a.published for a in report.articles if a.published)
    if not dates:
        return "undated"
    first, last = dates[0].isoformat(), dates[-1].isoformat()
    return first if first == last else f"{first} to {last}"
