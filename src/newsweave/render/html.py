"""One self-contained HTML file: the summary with clickable citations, analysis sections, and every
source article with its cited sentences marked. No scripts, no external resources; every piece of
article text is escaped, so hostile text can never become markup.
"""

from __future__ import annotations

from html import escape as _html_escape

from ..types import Citation, StoryReport
from .one_count import count_unit, summary_articles
from .unnamed_outlets import header_count, outlets_word
from .common import counted, date_range, found_none, genre_label, independent_count, member_label, opinion_label, outlet_names, story_title, strip_controls, told_label


def escape(text: object, quote: bool = True) -> str:
    """HTML-escaped text without control, bidi or zero-width characters."""
    return _html_escape(strip_controls(text), quote)
from .coverage import coverage_rows, shown_note

CSS = """
:root{--ink:#1d232a;--muted:#5c6670;--line:#dde3e8;--accent:#0b5cad;--mark:#fff3b0;--bg:#fbfbfa}
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:860px;margin:0 auto;padding:1.2rem}
h1{font-size:1.6rem;line-height:1.25;margin:.4rem 0}h2{font-size:1.15rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
.meta{color:var(--muted);font-size:.9rem}
.summary li{margin:.45rem 0}.cite{display:inline-block;font-size:.72rem;padding:0 .4rem;margin-left:.2rem;border:1px solid var(--line);border-radius:1rem;color:var(--accent);text-decoration:none;background:#fff;white-space:nowrap}
.cite:hover,.cite:focus{background:var(--accent);color:#fff}
.support-replaced,.support-unsupported{color:#8a4b00}
.opinion-label{font-weight:600;color:#6b2c91;margin-right:.3rem}
.warning{background:#fff4e5;border-left:3px solid #e69500;padding:.4rem .7rem}
table{border-collapse:collapse;font-size:.85rem}td,th{border:1px solid var(--line);padding:.2rem .45rem;text-align:center}th.fact{font-weight:normal}
.facts li{margin:.2rem 0}.status{font-size:.72rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.conflict{border:1px solid var(--line);border-radius:.5rem;padding:.5rem .8rem;margin:.6rem 0;background:#fff}
.side{margin:.3rem 0}.value{font-weight:600}
blockquote{margin:.4rem 0;padding-left:.8rem;border-left:3px solid var(--line)}
.article{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:.6rem 1rem;margin:1rem 0}
.article p{white-space:pre-wrap}
mark{background:var(--mark);scroll-margin-top:2rem}mark:target{outline:2px solid var(--accent);background:#ffe066}
@media (max-width:600px){main{padding:.7rem}h1{font-size:1.3rem}}
"""


def _anchor(c: Citation) -> str:
    return f"s-{c.article_id}-{c.start}"


def render_html(report: StoryReport) -> str:
    by_id = {a.id: a for a in report.articles}
    cited: dict[str, set[tuple[int, int]]] = {}

    def chip(c: Citation, nth: int = 1) -> str:
        a = by_id[c.article_id]
        cited.setdefault(c.article_id, set()).add((c.start, c.end))
        label = outlet_names(report, [c.article_id])[0]
        title = f"{label}: {a.text[c.start:c.end]}"
        shown = label if nth == 1 else f"{label} ({nth})"  # a second sentence of one article is not a second outlet
        return f'<a class="cite" href="#{_anchor(c)}" title="{escape(title)}">{escape(shown)}</a>'

    def chips(citations) -> str:
        seen: dict[str, int] = {}
        out = []
        for c in citations:
            seen[c.article_id] = seen.get(c.article_id, 0) + 1
            out.append(chip(c, seen[c.article_id]))
        return "".join(out)

    n_named = len({a.outlet for a in report.articles})
    n_out = independent_count(report, [a.id for a in report.articles])[1]
    out: list[str] = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{escape(story_title(report))} — newsweave</title><style>{CSS}</style></head><body><main>",
        f"<h1>{escape(story_title(report))}</h1>",
        f'<p class="meta">{escape(header_count(report, n_named, n_out))} · {escape(date_range(report))}</p>',
        f"<h2>Summary <span class=\"meta\">({escape(report.summary.method)}, {sum(len(s.text.split()) for s in report.summary.sentences)} words)</span></h2>",
    ]
    for w in report.summary.warnings:
        out.append(f'<p class="warning">{escape(w)}</p>')
    out.append('<ul class="summary">')
    for s in report.summary.sentences:
        cited_chips = chips(s.citations)
        note = f' <span class="meta">({escape(s.support)}{": " + escape(s.note) if s.note else ""})</span>' if s.support in ("replaced", "unsupported") else ""
        n_ind = independent_count(report, summary_articles(report, s))[0]  # its fact's count (one_count.py)
        label = f'<span class="opinion-label">{escape(opinion_label(s))}</span> ' if opinion_label(s) else ""
        out.append(f'<li class="support-{escape(s.support)}">{label}{escape(s.text)} {cited_chips} <span class="meta">{n_ind}/{n_out} {count_unit(report, s)}</span>{note}</li>')
    out.append("</ul>")

    if report.facts is not None:
        facts, rows = coverage_rows(report)
        out.append("<h2>Coverage</h2>")
        if note := shown_note(report):
            out.append(f'<p class="meta">{escape(note[0].upper() + note[1:])}.</p>')
        if facts:
            out.append('<div style="overflow-x:auto"><table><tr><th>' + outlets_word(report)[:-1] + '</th>' + "".join(f'<th class="fact" title="{escape(f.text)}">{j + 1}</th>' for j, f in enumerate(facts)) + "</tr>")
            for name, cells in rows:
                out.append(f"<tr><th>{escape(name)}</th>" + "".join("<td>●</td>" if c else "<td></td>" for c in cells) + "</tr>")
            out.append("</table></div><ol class=\"facts\">")
            for f in facts:
                told = "".join(f' <span class="meta">{escape(told_label(outlet_names(report, [c.article_id])[0]))}</span> ' + chip(c) for c in f.told_by)
                own = "".join(f'<li><span class="meta">{escape(member_label(report, m))}</span> ' + chip(m.citation)
                              + "".join(f' <span class="meta">{escape(told_label(outlet_names(report, [c.article_id])[0]))}</span> ' + chip(c) for c in m.told_by)
                              + "</li>" for m in f.member_status)  # members whose own outlets differ from the fact's
                out.append(f'<li><span class="status">{escape(f.status)}</span> {escape(f.text)} ' + chips(f.citations) + told
                           + (f"<ul>{own}</ul>" if own else "") + "</li>")
            out.append("</ol>")
    if report.conflicts:
        from .conflict_display import about_label, one_article_note

        out.append("<h2>Conflicts</h2>")
        for c in report.conflicts:
            out.append(f'<div class="conflict"><strong>{escape(about_label(c))}</strong> <span class="meta">({escape(c.kind)})</span>')
            if one_article_note(report, c):
                out.append(f'<p class="meta">{escape(one_article_note(report, c))}</p>')
            for side in c.sides:
                out.append(f'<div class="side"><span class="value">{escape(side.value or "")}</span> {escape(side.text)} ' + chips(side.citations) + "</div>")
            out.append("</div>")
    elif found_none(report, "conflicts"):
        out.append('<h2>Conflicts</h2><p class="meta">None found between the articles.</p>')
    if report.quotes:
        out.append("<h2>Who said what</h2>")
        for q in report.quotes:
            # The chip names its outlet; the footer adds only the outlets without a chip. It listed every outlet and
            # then the chip, "— Justice Department · Washington Examiner Washington Examiner" (session 24, E5).
            chipped = {outlet_names(report, [x.article_id])[0] for x in q.citations[:1]}
            also = [o for o in dict.fromkeys(outlet_names(report, q.article_ids)) if o not in chipped]
            rest = (" " if chipped else "") + (f'<span class="meta">{"also " if chipped else ""}{escape(", ".join(also))}</span>' if also else "")
            out.append(f"<blockquote>“{escape(q.text)}”<br><span class=\"meta\">— {escape(q.speaker or 'unknown speaker')} ·</span> " + "".join(chip(x) for x in q.citations[:1]) + rest + "</blockquote>")
    if report.entities:
        out.append("<h2>People and organisations</h2><ul>")
        for e in report.entities:
            out.append(f"<li>{escape(e.name)} <span class=\"meta\">{escape(e.kind)} · {counted(sum(e.mentions.values()), 'mention')} in {counted(len(e.mentions), 'article')}</span></li>")
        out.append("</ul>")
    if report.timeline:
        out.append("<h2>Timeline</h2><ul>")
        for t in report.timeline:
            said = f' <span class="meta">({escape(t.expression)})</span>' if t.expression else ""
            out.append(f"<li><strong>{escape(t.date or 'unresolved')}</strong>{said} {escape(t.text)} " + chips(t.citations) + "</li>")
        out.append("</ul>")
    if report.derivations:
        out.append("<h2>Copies and rewrites</h2><ul>")
        for d in report.derivations:
            src, cp = by_id[d.source_id], by_id[d.copy_id]
            out.append(f"<li>{escape(cp.outlet)} reuses {d.reused_share:.0%} of its sentences from {escape(src.outlet)}{' — ' + escape(d.reason) if d.reason else ''}<details><summary>{len(d.pairs)} aligned sentences</summary><table>")
            for p in d.pairs:
                out.append(f"<tr><td>{escape(src.text[p.source.start:p.source.end])} {chip(p.source)}</td><td>{escape(cp.text[p.copy.start:p.copy.end])} {chip(p.copy)}</td></tr>")
            out.append("</table></details></li>")
        out.append("</ul>")
    elif found_none(report, "derivations"):
        out.append('<h2>Copies and rewrites</h2><p class="meta">None found: no article reuses another&#x27;s text.</p>')

    out.append("<h2>Sources</h2>")
    for a in report.articles:
        title = escape(a.title or "(no title)")
        link = f' · <a href="{escape(a.url)}" rel="noopener noreferrer">link</a>' if a.url and a.url.startswith(("http://", "https://")) else ""
        label = genre_label(a)  # a declared opinion page says so
        genre = f'<span class="genre">{label}</span> ' if label else ""
        out.append(f'<section class="article" id="a-{a.id}"><h3>{escape(a.outlet)}: {genre}{title}</h3>')
        out.append(f'<p class="meta">{a.published.isoformat() if a.published else "undated"} · id {a.id}{link}</p>')
        out.append(f"<p>{_marked_text(a.id, a.text, cited.get(a.id, set()))}</p></section>")
    if report.set_aside:
        out.append("<h2>Set aside (not counted as sources)</h2><ul>")
        out.extend(f"<li>{escape(s.label or s.article_id)}: {escape(s.reason)}</li>" for s in report.set_aside)
        out.append("</ul>")
    out.append('<p class="meta">Made by newsweave. Citations point at exact sentences of the sources above.</p>')
    out.append("</main></body></html>")
    return "\n".join(out) + "\n"


def _marked_text(article_id: str, text: str, spans: set[tuple[int, int]]) -> str:
    """Escape `text`, wrapping each cited span in a <mark> anchor. Spans may overlap (a two-sentence window
    cited as evidence and one of its sentences cited elsewhere): the text is cut at every span boundary,
    each piece inside a span is marked, and every span start keeps its anchor."""
    cuts = sorted({0, len(text)} | {x for span in spans for x in span if 0 <= x <= len(text)})
    starts = {start for start, _ in spans}
    parts: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a:b])
        if any(s <= a and b <= e for s, e in spans):
            anchor = f' id="s-{article_id}-{a}"' if a in starts else ""
            piece = f"<mark{anchor}>{piece}</mark>"
        parts.append(piece)
    return "".join(parts)
