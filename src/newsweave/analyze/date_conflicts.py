"""Date conflicts: the same fact dated differently by articles that are not copies of one another,
the same event put on different weekdays or parts of a day (`daytime.time_conflicts`), one target
with two deadlines (`deadline_conflicts`) and one document dated to two weekdays
(`document_day_conflicts`). Re-exported by `conflicts`, the one import place for all conflict kinds."""

from __future__ import annotations

from collections import defaultdict

from ..text.dates import find_dates
from ..types import Citation, Conflict, ConflictSide, Document, Sentence
from .daytime import time_conflicts
from .facts import FactGroups


def _same_event_dated(nlp, sides: list[list[tuple[Sentence, object]]]) -> bool:
    """Do the date expressions of every two sides date the same verb (`daytime.event_verbs`)?"""
    from .daytime import event_verbs
    from .parsing import parse_texts as parse

    flat = [(k, s, m) for k, ss in enumerate(sides) for s, m in ss]
    parsed = parse(nlp, [s.text for _, s, _ in flat])
    verbs: dict[int, set] = defaultdict(set)
    for (k, _, m), p in zip(flat, parsed):
        verbs[k] |= event_verbs(p, m.start, m.end)
    return all(verbs[a] & verbs[b] for a in verbs for b in verbs if a < b)


def date_conflicts(documents: tuple[Document, ...], fg: FactGroups, *, sources=None, nlp="auto") -> list[Conflict]:
    """The same fact dated differently by different articles ("on Tuesday" in one, resolved to
    the 11th; "on Wednesday" in another, the 12th). Only day-precision dates are compared, and
    an article giving both dates for the fact is not counted (it is describing two moments), nor
    are the same words resolved from two publication days; the date expressions must date the
    same verb in the parse (so without a parser none is reported).
    With a spaCy pipeline (`nlp`; "auto": the shared one when spaCy loads), also the same event
    put on different weekdays or times of day (`daytime.time_conflicts`), and the same target
    given deadlines that cannot both be meant (`deadline_conflicts`: "by the end of July" / "by
    the end of the summer"), and one letter, memo or ruling dated to two weekdays (`document_day_conflicts`)."""
    if sources is None:
        from .corroboration import SourceMap
        from .derivation import find_derivations

        sources = SourceMap.build((d.article for d in documents), find_derivations(documents))
    published = {d.article.id: d.article.published for d in documents}
    if isinstance(nlp, str) and nlp == "auto":
        from ..errors import ModelError
        from .entities import shared_nlp

        try:
            nlp = shared_nlp()
        except ModelError:
            nlp = None
    out = []
    for g in fg.groups:
        by_date: dict[str, list[tuple[Sentence, object]]] = defaultdict(list)
        for x in g:
            s = fg.sentences[x]
            for m in find_dates(s.text, published.get(s.article_id)):
                if m.precision == "day" and m.date:
                    by_date[m.date].append((s, m))
        if len(by_date) < 2:
            continue
        articles = [s.article_id for ss in by_date.values() for s in dict.fromkeys(s for s, _ in ss)]
        if len(articles) != len(set(articles)):
            continue
        if len({sources.key(a) for a in articles}) < 2 and len({published.get(a) for a in articles}) > 1:
            continue  # a rewrite re-dating its source's event from another day ("on Wednesday" -> "today") is not a second report
        if len({m.expression.lower().removeprefix("on ").strip() for ss in by_date.values() for _, m in ss}) < 2:
            continue  # the same words ("on Sunday") resolved from different publication days name one day
        if nlp is None or not _same_event_dated(nlp, list(by_date.values())):
            continue  # "told CNN Thursday" / "notified governors on Wednesday": two events of one story
        sides = []
        for date, ss in sorted(by_date.items()):
            cites = tuple(dict.fromkeys(Citation(s.article_id, s.start, s.end, s.index) for s, _ in ss))
            sides.append(ConflictSide(text=ss[0][0].text, citations=cites, value=date, article_ids=tuple(dict.fromkeys(c.article_id for c in cites))))
        words = fg.sentences[g[0]].text.split()
        out.append(Conflict(about="date of: " + " ".join(words[:12]) + ("..." if len(words) > 12 else ""), kind="date", sides=tuple(sides)))
    from .deadline_conflicts import deadline_conflicts
    from .document_day_conflicts import document_day_conflicts

    cited = [{(c.article_id, c.start) for side in x.sides for c in side.citations} for x in out]
    extra = time_conflicts(documents, nlp=nlp, sources=sources) + deadline_conflicts(documents, nlp=nlp, sources=sources)
    for c in extra + document_day_conflicts(documents, nlp=nlp, sources=sources):
        mine = {(x.article_id, x.start) for side in c.sides for x in side.citations}
        if not any(len(mine & other) >= 2 for other in cited):
            out.append(c)  # not already reported from the resolved dates
    return out
