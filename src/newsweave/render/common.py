"""Small helpers shared by the text, Markdown and HTML renderers."""

from __future__ import annotations

import re

from ..types import StoryReport

# What must never reach a terminal, a Markdown file or an HTML page from article data: C0 controls
# other than tab and newline (ESC starts terminal escape sequences, BEL rings, CR overwrites a
# line), C1 controls (0x9b is a one-byte CSI on some terminals), and the bidi and zero-width
# characters that reorder or hide text (the "Trojan Source" trick).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ud800-\udfff]")


def strip_controls(text: object, *, newlines: bool = True) -> str:
    """`text` as a string without control, bidi or zero-width characters; with `newlines=False`
    line breaks and tabs become spaces too (one-line fields: titles, outlets, terminal lines)."""
    out = _UNSAFE.sub("", str(text))
    if not newlines:
        out = out.replace("\n", " ").replace("\t", " ")
    return out


def story_title(report: StoryReport) -> str:
    """The story's headline (`summarize.development.story_headline`: the lead article's title when
    it is a headline about the story, else the summary's lead sentence)."""
    from ..summarize.development import story_headline

    return story_headline(report)


def counted(n: int, noun: str) -> str:
    """'1 article', '3 articles', '1 mention': the count lines of every renderer ("1 mentions in 1
    articles" read as a typo on every one-outlet entity of a real story, session 18)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def found_none(report: StoryReport, part: str) -> bool:
    """True when the analysis looked for `part` ("conflicts", "derivations") across two or more
    articles and found none: the renderers then say so, so that a reader does not take a missing
    section for a check that never ran (session 18, an editor's read)."""
    found = getattr(report, part, None)
    return found is not None and len(found) == 0 and len(report.articles) > 1


def genre_label(article) -> str:
    """"Opinion", "Editorial", "Column" or "Analysis" when the page declares itself so
    (`Article.genre`, else its url and title: read/genre.py; an article read back from the store
    has no genre field), "" for any other article or one whose title already says it ("Opinion |
    ..."). Shown next to the article in the sources."""
    from ..read.genre import article_genre, from_title

    genre = article_genre(article)
    return genre.capitalize() if genre and not from_title(article.title) else ""


def opinion_label(sentence) -> str:
    """The label shown before a summary sentence from an opinion piece ("Opinion — The Courier:",
    "Opinion:" when the article names no outlet or author), "" for any other sentence. Always
    outside the sentence text, which stays the cited words (`SummarySentence.opinion_of`)."""
    whose = getattr(sentence, "opinion_of", None)
    if whose is None:
        return ""
    whose = strip_controls(whose, newlines=False).strip()
    return f"Opinion — {whose}:" if whose else "Opinion:"


def source_map(report: StoryReport):
    """Which articles are copies or rewrites of which (from the derivation analysis)."""
    from ..analyze.copy_sources import source_map_for

    return source_map_for(report)  # found when the analysis did not run: a copy is never a second outlet


def outlet_names(report: StoryReport, article_ids) -> list[str]:
    """Distinct outlet labels of `article_ids`; a copy reads "X (copy of Y)"."""
    sources = source_map(report)
    out: list[str] = []
    for aid in article_ids:
        name = sources.label(aid) if aid in sources.outlet else None
        if name and name not in out:
            out.append(name)
    return out


def independent_count(report: StoryReport, article_ids) -> tuple[int, int]:
    """(independent sources among `article_ids`, independent sources in the story): the "n/N
    outlets" of a summary sentence or fact. A copy or rewrite counts as its original's outlet."""
    sources = source_map(report)
    return len(sources.independent(article_ids)), sources.total()


def date_range(report: StoryReport) -> str:
    dates = sorted(a.published for a in report.articles if a.published)
    if not dates:
        return "undated"
    first, last = dates[0].isoformat(), dates[-1].isoformat()
    return first if first == last else f"{first} to {last}"


def member_label(report: StoryReport, m) -> str:
    """How every renderer labels a member sentence whose own coverage differs from its fact's
    (`Fact.member_status`): "sentence of Outlet B on its own: shared, 3/3 outlets (A, B, C)"."""
    _, total = independent_count(report, [])
    whose = (outlet_names(report, [m.citation.article_id]) or [m.citation.article_id])[0]
    return f"sentence of {whose} on its own: {m.status}, {len(m.independent_outlets)}/{total} outlets ({', '.join(m.independent_outlets)})"


def told_label(outlet: str) -> str:
    """How every renderer labels an article that tells a fact in other words (`Fact.told_by`)."""
    return f"also told in other words by {outlet}"
