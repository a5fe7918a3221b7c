"""How a conflict is shown: its "about" line without a pronoun that names nothing, and a plain
note when both of its sides come from one article (session 19, brief E2b, defect 12).

A framing contrast pairs two parties' quoted words (`analyze/framing.py`); it is real even when
one outlet reports both parties, but a reader must not take it for two outlets disagreeing. So
every format says "both sides as reported by OUTLET" when the sides cite one article only. The
analysis' `about` ("A vs B: how each characterises it") has no antecedent for "it" on its own;
the display form names the events instead. The JSON keeps the field as the analysis gives it."""

from __future__ import annotations

from ..types import StoryReport

_BARE_IT = ": how each characterises it"


def about_label(conflict) -> str:
    """`conflict.about` as shown: "A vs B: how each characterises the events" for a framing
    contrast (the analysis' bare "it" refers to nothing on the page), else unchanged."""
    about = str(conflict.about or "")
    if about.endswith(_BARE_IT):
        return about[: -len(_BARE_IT)] + ": how each characterises the events"
    return about


def side_article_ids(side) -> list[str]:
    """The articles a side cites (its `article_ids`, else its citations' articles)."""
    return list(dict.fromkeys(side.article_ids or [c.article_id for c in side.citations]))


def one_article_note(report: StoryReport, conflict) -> str:
    """"both sides as reported by OUTLET" when every side of `conflict` cites the same single
    article, "" otherwise (two articles, or a side citing none)."""
    from .common import outlet_names

    ids = {aid for side in conflict.sides for aid in side_article_ids(side)}
    if len(ids) != 1 or any(not side_article_ids(side) for side in conflict.sides):
        return ""
    name = (outlet_names(report, list(ids)) or list(ids))[0]
    return f"both sides as reported by {name}"
