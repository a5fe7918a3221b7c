"""Markdown output: summary with numbered citation footnotes, then analysis sections."""

from __future__ import annotations

from ..types import StoryReport
from .one_count import count_unit, summary_articles
from .unnamed_outlets import header_count, outlets_word
from .common import counted, date_range, found_none, genre_label, independent_count, member_label, opinion_label, outlet_names, story_title, strip_controls, told_label
from .coverage import coverage_rows, shown_note


def _md(text: str) -> str:
    """Escape characters that would turn article text into Markdown markup; controls, bidi
    characters and line breaks (which would end a list item or a table row) go."""
    out = strip_controls(text, newlines=False).replace("\\", "\\\\")
    for ch in "`*_[]<>|#":
        out = out.replace(ch, "\\" + ch)
    return out


def _md_url(url: str) -> str:
    """A URL safe inside `<...>` link syntax: `<`, `>`, whitespace, quotes, backslashes and
    controls percent-encoded, so a hostile URL cannot end the link and start raw HTML."""
    from urllib.parse import quote

    return quote(strip_controls(url, newlines=False), safe=":/?#[]@!$&'()*+,;=%~-._")


def render_markdown(report: StoryReport) -> str:
    by_id = {a.id: a for a in report.articles}
    lines = [f"# {_md(story_title(report))}", ""]
    n_named = len({a.outlet for a in report.articles})
    n_out = independent_count(report, [a.id for a in report.articles])[1]
    lines.append(f"*{_md(header_count(report, n_named, n_out))}, {date_range(report)}*")
    n_words = sum(len(s.text.split()) for s in report.summary.sentences)  # as the text report says it
    lines += ["", f"## Summary ({report.summary.method}, {n_words} words)", ""]
    for w in report.summary.warnings:
        lines.append(f"> warning: {_md(w)}")
    notes: list[str] = []
    for s in report.summary.sentences:
        refs = []
        for c in s.citations:
            notes.append(f"[^{len(notes) + 1}]: {_md(outlet_names(report, [c.article_id])[0])}: “{_md(by_id[c.article_id].text[c.start:c.end])}”")
            refs.append(f"[^{len(notes)}]")
        n_ind = independent_count(report, summary_articles(report, s))[0]  # its fact's count (one_count.py)
        label = f"**{_md(opinion_label(s))}** " if opinion_label(s) else ""
        lines.append(f"- {label}{_md(s.text)} {''.join(refs)} ({n_ind}/{n_out} {count_unit(report, s)})")
    if report.facts is not None:
        facts, rows = coverage_rows(report)
        lines += ["", "## Coverage", ""]
        if note := shown_note(report):
            lines += [f"*{_md(note[0].upper() + note[1:])}.*", ""]
        if facts:
            lines.append(f"| {outlets_word(report)[:-1]} | " + " | ".join(str(j + 1) for j in range(len(facts))) + " |")  # "article" when no outlet is named
            lines.append("|---|" + "---|" * len(facts))
            for name, cells in rows:
                lines.append(f"| {_md(name)} | " + " | ".join("●" if c else "" for c in cells) + " |")
            lines.append("")
            for j, f in enumerate(facts):
                told = []
                for c in f.told_by:
                    notes.append(f"[^{len(notes) + 1}]: {_md(outlet_names(report, [c.article_id])[0])}: “{_md(by_id[c.article_id].text[c.start:c.end])}”")
                    told.append(f"{_md(told_label(outlet_names(report, [c.article_id])[0]))}[^{len(notes)}]")
                lines.append(f"{j + 1}. **{f.status}**: {_md(f.text)}" + (f" ({'; '.join(told)})" if told else ""))
                for m in f.member_status:  # a member whose own outlets differ from the fact's
                    c = m.citation
                    notes.append(f"[^{len(notes) + 1}]: {_md(outlet_names(report, [c.article_id])[0])}: “{_md(by_id[c.article_id].text[c.start:c.end])}”")
                    refs = [f"[^{len(notes)}]"]
                    for t in m.told_by:
                        notes.append(f"[^{len(notes) + 1}]: {_md(outlet_names(report, [t.article_id])[0])}: “{_md(by_id[t.article_id].text[t.start:t.end])}”")
                        refs.append(f"{_md(told_label(outlet_names(report, [t.article_id])[0]))}[^{len(notes)}]")
                    lines.append(f"    - {_md(member_label(report, m))}{refs[0]}" + (f" ({'; '.join(refs[1:])})" if refs[1:] else ""))
    if report.conflicts:
        from .conflict_display import about_label, one_article_note

        lines += ["", "## Conflicts", ""]
        for c in report.conflicts:
            lines.append(f"- **{_md(about_label(c))}** ({c.kind})")
            if one_article_note(report, c):
                lines.append(f"  - {_md(one_article_note(report, c))}")
            for side in c.sides:
                outlets = ", ".join(outlet_names(report, side.article_ids or [x.article_id for x in side.citations]))
                lines.append(f"  - {_md(side.value or '')}: {_md(side.text)} ({_md(outlets)})")
    elif found_none(report, "conflicts"):
        lines += ["", "## Conflicts", "", "None found between the articles."]
    if report.quotes:
        lines += ["", "## Who said what", ""]
        for q in report.quotes:
            lines.append(f"- **{_md(q.speaker or 'unknown speaker')}**: “{_md(q.text)}” ({_md(', '.join(outlet_names(report, q.article_ids)))})")
    if report.entities:
        lines += ["", "## People and organisations", ""]
        for e in report.entities:
            lines.append(f"- {_md(e.name)} ({e.kind}): {counted(sum(e.mentions.values()), 'mention')} in {counted(len(e.mentions), 'article')}")
    if report.timeline:
        lines += ["", "## Timeline", ""]
        for t in report.timeline:
            said = f" ({_md(t.expression)})" if t.expression else ""
            outlets = ", ".join(outlet_names(report, t.article_ids or [c.article_id for c in t.citations]))
            lines.append(f"- **{t.date or 'unresolved'}**{said} {_md(t.text)} ({_md(outlets)})")
    if report.derivations:
        lines += ["", "## Copies and rewrites", ""]
        for d in report.derivations:
            lines.append(f"- {_md(by_id[d.copy_id].outlet)} reuses {d.reused_share:.0%} of {_md(by_id[d.source_id].outlet)}" + (f" ({_md(d.reason)})" if d.reason else ""))
    elif found_none(report, "derivations"):
        lines += ["", "## Copies and rewrites", "", "None found: no article reuses another's text."]
    if report.set_aside:
        lines += ["", "## Set aside (not counted as sources)", ""]
        lines += [f"- {_md(s.label or s.article_id)}: {_md(s.reason)}" for s in report.set_aside]
    lines += ["", "## Sources", ""]
    for a in report.articles:
        title = _md(a.title or "(no title)")
        link = f"[{title}](<{_md_url(a.url)}>)" if a.url and a.url.startswith(("http://", "https://")) else title
        label = genre_label(a)  # a declared opinion page says so
        genre = f"*{label}* " if label else ""
        lines.append(f"- `{a.id}` {_md(a.outlet)}: {genre}{link} ({a.published.isoformat() if a.published else 'undated'})")
    if notes:
        lines += [""] + notes
    return "\n".join(lines) + "\n"
