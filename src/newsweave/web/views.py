"""View models: plain data the page templates need, built from the library's records.

Templates only loop and print; every decision (which sentence a citation points at, which spans of
an article to highlight, how to group quotes) is made here, where it can be tested. Nothing here
produces markup: the templates escape every string (Jinja2 autoescape).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..render.common import independent_count, opinion_label, story_title
from ..render.one_count import count_unit, summary_articles
from ..render.coverage import coverage_rows, shown_note
from ..types import Article, Citation, StoryReport


@dataclass(frozen=True)
class Chip:
    """One citation as the page shows it: the outlet, and the exact sentence it points at."""

    number: int
    article_id: str
    outlet: str
    start: int
    end: int
    text: str

    @property
    def href(self) -> str:
        return f"/articles/{self.article_id}#s-{self.start}"


@dataclass(frozen=True)
class Segment:
    """A run of article text; `kind` is '' for plain text, 'summary' for a sentence the summary
    used, 'ref' for one only the analysis cites."""

    text: str
    kind: str
    start: int


class ReportView:
    """Everything the story page shows, derived once from a StoryReport."""

    def __init__(self, report: StoryReport, *, title: str | None = None) -> None:
        from ..render.unnamed_outlets import display_report

        report = display_report(report)  # an article naming no outlet is shown by its file name
        self.report = report
        self._title = title
        self.articles = report.articles
        self.by_id: dict[str, Article] = {a.id: a for a in report.articles}
        self._numbers: dict[tuple[str, int, int], int] = {}

    def chip(self, c: Citation) -> Chip | None:
        article = self.by_id.get(c.article_id)
        if article is None:
            return None
        key = (c.article_id, c.start, c.end)
        number = self._numbers.setdefault(key, len(self._numbers) + 1)
        return Chip(number, c.article_id, article.outlet, c.start, c.end, article.text[c.start:c.end])

    def chips(self, citations, limit: int | None = None) -> list[Chip]:
        out = [x for x in (self.chip(c) for c in citations) if x is not None]
        return out[:limit] if limit else out

    def few_chips(self, citations, limit: int = 3) -> dict[str, Any]:
        """The first `limit` chips of a fact or timeline event, one per outlet before any outlet's
        second sentence, and what the rest are. The page said "+1 more" after three outlet chips of a
        three-outlet story when the fourth citation was a second sentence of a shown outlet (AllSides
        dev stream, session 23 E4): a reader counts a fourth outlet that is not there."""
        all_chips = self.chips(citations)
        seen: set[str] = set()
        firsts, seconds = [], []
        for c in all_chips:  # each outlet's first chip, then the further sentences, in citation order
            (seconds if c.outlet in seen else firsts).append(c)
            seen.add(c.outlet)
        ordered = firsts + seconds
        shown, hidden = ordered[:limit], ordered[limit:]
        shown_outlets = {c.outlet for c in shown}
        new_outlets = list(dict.fromkeys(c.outlet for c in hidden if c.outlet not in shown_outlets))
        n = len(hidden)
        if not n:
            label = ""
        elif len(new_outlets) == n:  # each hidden chip is one more outlet
            label = f"+{n} more"
        elif not new_outlets:
            label = f"+{n} more sentence{'s' if n > 1 else ''} from the same outlets"
        else:
            label = f"+{n} more sentences, {len(new_outlets)} more outlet{'s' if len(new_outlets) > 1 else ''}"
        return {"chips": shown, "more": n, "more_label": label}

    def outlet_count(self, sentence) -> str:
        """A summary sentence's "n/N outlets", the count the CLI reports show (`render/one_count.py`:
        its fact's when the analysis ran); the page showed none (session 19, a user's first hour)."""
        n, total = independent_count(self.report, summary_articles(self.report, sentence))
        return f"{n}/{total} {count_unit(self.report, sentence)}"

    @property
    def none_named(self) -> bool:
        """True when no article names its outlet: the page then says so instead of counting outlets."""
        from ..render.unnamed_outlets import none_named

        return none_named(self.report)

    @property
    def independent_outlets(self) -> int:
        """Independent sources in the story: a copy or rewrite counts as its original's outlet."""
        return independent_count(self.report, [a.id for a in self.articles])[1]

    @property
    def title(self) -> str:
        return self._title or story_title(self.report)

    @property
    def outlets(self) -> list[str]:
        seen: list[str] = []
        for a in self.articles:
            if a.outlet not in seen:
                seen.append(a.outlet)
        return seen

    @property
    def dates(self) -> str:
        return date_span([a.published for a in self.articles])

    def summary(self) -> list[dict[str, Any]]:
        return [
            {"text": s.text, "support": s.support, "note": s.note, "chips": self.chips(s.citations), "opinion": opinion_label(s),
             "count": self.outlet_count(s)}
            for s in self.report.summary.sentences
        ]

    def coverage(self) -> dict[str, Any] | None:
        if self.report.facts is None:
            return None
        facts, rows = coverage_rows(self.report)
        return {
            "facts": [{"n": j + 1, "text": f.text, "status": f.status, **self.few_chips(f.citations)}
                      for j, f in enumerate(facts)],
            "rows": [{"outlet": name, "cells": cells} for name, cells in rows],
            "shown_note": shown_note(self.report),  # "the 12 facts ... of 20": the grid is not all (session 22, E3)
        }

    def conflicts(self) -> list[dict[str, Any]]:
        from ..render.conflict_display import about_label, one_article_note

        return [
            {
                "about": about_label(c),
                "kind": c.kind,
                "note": one_article_note(self.report, c),
                "sides": [{"value": s.value, "text": s.text, "outlets": self.outlet_names(s.article_ids, s.citations),
                           "chips": self.chips(s.citations, 4)} for s in c.sides],
            }
            for c in self.report.conflicts or ()
        ]

    def quotes_by_speaker(self) -> list[dict[str, Any]]:
        groups: dict[str, list[dict[str, Any]]] = {}
        for q in self.report.quotes or ():
            groups.setdefault(q.speaker or "Unattributed", []).append(
                self._quote(q)
            )
        ordered = sorted(groups.items(), key=lambda kv: (kv[0] == "Unattributed", -len(kv[1]), kv[0]))
        return [{"speaker": name, "quotes": quotes} for name, quotes in ordered]

    def _quote(self, q) -> dict[str, Any]:
        """A quote's chips name their outlets; `also` holds only the outlets carrying it that no shown
        chip names (the footer read "The Hill The Hill": the outlet list, then chips of the same
        outlets; session 23 E4)."""
        chips = self.chips(q.citations, 3)
        outlets = self.outlet_names(q.article_ids, q.citations)
        named = {c.outlet for c in chips}
        return {"text": q.text, "outlets": outlets, "chips": chips, "also": [o for o in outlets if o not in named]}

    def entities(self) -> list[dict[str, Any]]:
        rows = []
        for e in self.report.entities or ():
            rows.append({"name": e.name, "kind": e.kind, "mentions": sum(e.mentions.values()),
                         "articles": len(e.mentions), "aliases": list(e.aliases)})
        rows.sort(key=lambda r: (-r["articles"], -r["mentions"], r["name"]))
        return rows

    def timeline(self) -> list[dict[str, Any]]:
        events = list(self.report.timeline or ())
        events.sort(key=lambda t: (t.date is None, t.date or ""))
        return [{"date": t.date or "undated", "expression": t.expression, "text": t.text,
                 **self.few_chips(t.citations)} for t in events]

    def copies(self) -> list[dict[str, Any]]:
        out = []
        for d in self.report.derivations or ():
            src, cp = self.by_id.get(d.source_id), self.by_id.get(d.copy_id)
            if src is None or cp is None:
                continue
            out.append({"original": src, "rewrite": cp, "share": d.reused_share, "reason": d.reason, "pairs": len(d.pairs)})
        return out

    def outlet_names(self, article_ids, citations=()) -> list[str]:
        ids = list(article_ids) or [c.article_id for c in citations]
        seen: list[str] = []
        for aid in ids:
            a = self.by_id.get(aid)
            if a and a.outlet not in seen:
                seen.append(a.outlet)
        return seen

    def cited_spans(self, article_id: str) -> dict[tuple[int, int], str]:
        """The spans of one article the story cites: 'summary' for sentences the summary used,
        'ref' for those only the analysis (facts, conflicts, quotes, timeline) points at."""
        r = self.report
        spans: dict[tuple[int, int], str] = {}
        groups = [f.citations for f in r.facts or ()]
        groups += [side.citations for c in r.conflicts or () for side in c.sides]
        groups += [q.citations for q in r.quotes or ()] + [t.citations for t in r.timeline or ()]
        for citations in groups:
            for c in citations:
                if c.article_id == article_id:
                    spans[(c.start, c.end)] = "ref"
        for s in r.summary.sentences:
            for c in s.citations:
                if c.article_id == article_id:
                    spans[(c.start, c.end)] = "summary"
        return spans


def segments(text: str, spans: dict[tuple[int, int], str]) -> list[Segment]:
    """Split `text` into plain and cited runs (overlapping spans: the earlier one wins)."""
    out: list[Segment] = []
    cursor = 0
    for (start, end), kind in sorted(spans.items()):
        if start < cursor or start >= end or end > len(text) or start < 0:
            continue
        if start > cursor:
            out.append(Segment(text[cursor:start], "", cursor))
        out.append(Segment(text[start:end], kind, start))
        cursor = end
    if cursor < len(text):
        out.append(Segment(text[cursor:], "", cursor))
    return out


def date_span(dates) -> str:
    """'12 Mar 2025', '12–13 Mar 2025' or 'undated'."""
    days = sorted(d for d in dates if d)
    if not days:
        return "undated"
    first, last = days[0], days[-1]
    if first == last:
        return human_date(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {first:%b %Y}"
    return f"{human_date(first)} – {human_date(last)}"


def human_date(value) -> str:
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        return ""
    return f"{value.day} {value:%b %Y}"
