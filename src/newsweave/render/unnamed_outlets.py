"""Articles whose outlet nobody named: shown by their file name, never by a made-up outlet
(session 19, brief E2b, defect 10).

When a file names no outlet (no metadata, no URL, no site in its file name, no wire dateline or
copyright line), `read/outlet.resolve_outlet` gives it a label that tells it apart: its byline
("by Jane Smith"), its headline's or text's first words ("“Harbour crane falls at…”"), or
"unknown outlet (...)". The analysis needs that label as a key (two such files are two sources),
but a reader took it for an outlet: the Corbyn example read "5 articles from 5 outlets", each
outlet a headline fragment, and the JSON `outlet` held it. Read on the example's five files: the
only names in them are photo credits ("Getty Images", "PA Wire/PA Images", "Reuters" under a
picture) and outlets the text mentions, none of them the publisher, so no outlet is knowable.

`display_report(report)` is the report as shown: each such article's outlet is its file name
(`Article.source`'s last part, else its id), in the articles and in the facts' outlet lists.
`none_named(report)` is True when no article has a known outlet: the counts then say "articles".
The JSON keeps the label out of `outlet` (null) and gives the file name as `label`.
A label is recognised by the forms `source_label` writes (an outlet from metadata or a URL never
starts with a curly quote, "by " and a capital, or "unknown outlet (")."""

from __future__ import annotations

import dataclasses

from ..read.outlet import file_label, is_unnamed  # (in read/: the store and the screen use them too)


def unnamed_ids(report) -> set[str]:
    """Ids of the articles whose outlet is a label, not a name (before `display_report`)."""
    return {a.id for a in report.articles if is_unnamed(a.outlet)}


def shown_by_file(article) -> bool:
    """True for an article whose outlet `display_report` replaced by its file name."""
    return bool(article.source) and article.outlet == file_label(article)


def none_named(report) -> bool:
    """True when no article of the report has a known outlet (also after `display_report`)."""
    return bool(report.articles) and all(is_unnamed(a.outlet) or shown_by_file(a) for a in report.articles)


def outlets_word(report) -> str:
    """"outlets", or "articles" when no article has a known outlet (the counts count articles)."""
    return "articles" if none_named(report) else "outlets"


def header_count(report, n_named: int, n_out: int) -> str:
    """The report's count line before its dates: "5 articles from 4 outlets (3 independent)", or
    "5 articles (outlets not named)" when no article has a known outlet."""
    from .common import counted

    if none_named(report):
        indep = f", {n_out} independent" if n_out != len(report.articles) else ""
        return f"{counted(len(report.articles), 'article')} (outlets not named{indep})"
    indep = f" ({n_out} independent)" if n_out != n_named else ""
    return f"{counted(len(report.articles), 'article')} from {counted(n_named, 'outlet')}{indep}"


def display_report(report):
    """`report` with every unnamed article's outlet replaced by its file name (see module doc);
    the same object when every article names its outlet."""
    ids = unnamed_ids(report)
    if not ids:
        return report
    names = {a.outlet: file_label(a) for a in report.articles if a.id in ids}
    docs = tuple(dataclasses.replace(d, article=dataclasses.replace(d.article, outlet=file_label(d.article))) if d.article.id in ids else d
                 for d in report.documents)
    swap = lambda xs: tuple(names.get(x, x) for x in xs)  # noqa: E731
    facts = report.facts
    if facts:
        facts = tuple(dataclasses.replace(
            f, independent_outlets=swap(f.independent_outlets),
            member_status=tuple(dataclasses.replace(m, independent_outlets=swap(m.independent_outlets)) for m in f.member_status))
            for f in facts)
    return dataclasses.replace(report, documents=docs, facts=facts)
