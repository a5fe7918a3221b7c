"""Terminal output: the summary with outlet tags, then any analysis sections, optionally coloured."""

from __future__ import annotations

from ..types import StoryReport
from .one_count import count_unit, summary_articles
from .unnamed_outlets import header_count
from .common import counted, date_range, found_none, genre_label, independent_count, opinion_label, outlet_names as _outlet_names, story_title, strip_controls


def _c(text: object) -> str:
    """Article data on one terminal line: no escape sequences, bells, bidi tricks or line breaks."""
    return strip_controls(text, newlines=False)


def outlet_names(report: StoryReport, article_ids) -> list[str]:
    return [_c(name) for name in _outlet_names(report, article_ids)]


class _Style:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color else text


def render_text(report: StoryReport, *, color: bool = False) -> str:
    st = _Style(color)
    lines: list[str] = []
    n_named = len({a.outlet for a in report.articles})
    n_out = independent_count(report, [a.id for a in report.articles])[1]
    lines.append(st(_c(story_title(report)), "1"))
    lines.append(st(f"{header_count(report, n_named, n_out)}, {date_range(report)}", "2"))
    lines.append("")
    summary = report.summary
    n_words = sum(len(s.text.split()) for s in summary.sentences)
    lines.append(st(f"Summary ({summary.method}, {n_words} words)", "1;4"))
    for w in summary.warnings:
        lines.append(st(f"  warning: {_c(w)}", "33"))
    for s in summary.sentences:
        counted_ids = summary_articles(report, s)  # its fact's count (one_count.py)
        outlets = outlet_names(report, counted_ids)
        n_ind = independent_count(report, counted_ids)[0]
        tag = f"[{', '.join(outlets[:3])}{' +' + str(len(outlets) - 3) if len(outlets) > 3 else ''}; {n_ind}/{n_out} {count_unit(report, s)}]"
        mark = "" if s.support in ("extracted", "supported") else st(f" ({s.support})", "33")
        label = opinion_label(s)
        label = st(label, "1;35") + " " if label else ""
        lines.append(f"  • {label}{_c(s.text)} {st(tag, '36')}{mark}")
    lines.extend(_analysis(report, st, n_out))
    lines.append("")
    lines.append(st("Sources", "1;4"))
    for a in report.articles:
        date = a.published.isoformat() if a.published else "undated"
        label = genre_label(a)  # a declared opinion page says so
        genre = f"[{label}] " if label else ""
        # The whole id: it is what `newsweave show ID` and /api/articles/ID take (an 8-digit prefix is refused).
        lines.append(f"  {st(a.id, '2')} {_c(a.outlet)} — {genre}{_c(a.title or '(no title)')} ({date})")
    if report.set_aside:
        lines += ["", st("Set aside (not counted as sources)", "1;4")]
        lines += [f"  {_c(s.label or s.article_id)}: {_c(s.reason)}" for s in report.set_aside]
    return "\n".join(lines) + "\n"


def _analysis(report: StoryReport, st: _Style, n_out: int) -> list[str]:
    lines: list[str] = []
    if report.facts is not None:
        from .coverage import coverage_grid

        from .unnamed_outlets import outlets_word

        from .coverage import shown_note

        note = shown_note(report)
        lines += ["", st(f"Coverage ({outlets_word(report)} × main facts)", "1;4") + (f": {note}" if note else "")]
        lines += ["  " + _c(row) for row in coverage_grid(report)]
    if report.conflicts:
        from .conflict_display import about_label, one_article_note

        lines += ["", st("Conflicts", "1;4")]
        for c in report.conflicts:
            lines.append(f"  {st(_c(about_label(c)), '1')} ({c.kind})")
            if one_article_note(report, c):
                lines.append(f"    {_c(one_article_note(report, c))}")
            for side in c.sides:
                outlets = ", ".join(outlet_names(report, side.article_ids or [x.article_id for x in side.citations]))
                lines.append(f"    - {_c(side.value or '')}: {_c(side.text)} {st('[' + outlets + ']', '36')}")
    elif found_none(report, "conflicts"):
        lines += ["", st("Conflicts", "1;4"), "  none found between the articles"]
    if report.quotes:
        lines += ["", st("Who said what", "1;4")]
        for q in report.quotes:
            who = _c(q.speaker or "unknown speaker")
            lines.append(f"  {st(who, '1')}: “{_c(q.text)}” {st('[' + ', '.join(outlet_names(report, q.article_ids)) + ']', '36')}")
    if report.entities:
        lines += ["", st("People and organisations", "1;4")]
        for e in report.entities[:25]:
            lines.append(f"  {_c(e.name)} ({e.kind}), {counted(sum(e.mentions.values()), 'mention')} in {counted(len(e.mentions), 'article')}")
        if len(report.entities) > 25:  # the other formats list them all: say the terminal cut them
            lines.append(st(f"  … and {len(report.entities) - 25} more (all of them in --format json, markdown or html)", "2"))
    if report.timeline:
        lines += ["", st("Timeline", "1;4")]
        for t in report.timeline:
            when = t.date or "unresolved"
            said = f" ({_c(t.expression)})" if t.expression else ""
            outlets = ", ".join(outlet_names(report, t.article_ids or [c.article_id for c in t.citations]))
            lines.append(f"  {st(when.ljust(10), '1')}{said} {_c(t.text)} {st('[' + outlets + ']', '36')}")
    if report.derivations:
        lines += ["", st("Copies and rewrites", "1;4")]
        names = {a.id: f"{_c(a.outlet)} ({a.id[:8]})" for a in report.articles}
        for d in report.derivations:
            lines.append(f"  {names.get(d.copy_id, d.copy_id)} reuses {d.reused_share:.0%} of its sentences from {names.get(d.source_id, d.source_id)} ({len(d.pairs)} aligned)" + (f" — source because: {_c(d.reason)}" if d.reason else ""))
    elif found_none(report, "derivations"):
        lines += ["", st("Copies and rewrites", "1;4"), "  none found: no article reuses another's text"]
    return lines
