"""Date conflicts: the same fact dated differently by articles that are not copies of one another,
the same event put on different weekdays or parts of a day (`daytime.time_conflicts`), one target
with two deadlines (`deadline_conflicts`) and one document dated to two weekdays
(`document_day_conflicts`). Re-exported by `conflicts`, the one import place for all conflict kinds."""

from __future__ import annotations

from collections import defaultdict

from ..types import Citation, Conflict, ConflictSide, Document, Sentence
from .daytime import time_conflicts
from .facts import FactGroups
from .timeline import story_anchors
from .parsing import auto_nlp


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


def _dated_groups(fg: FactGroups, anchors: dict, nlp):
    """Each fact group with its sentences' day-precision dates, {date: [(sentence, mention)]}, read
    as the timeline reads them (`timeline.sentence_dates`: an undated article against the story's
    day, the tense from the parse, so "are boycotting ... on Wednesday" in a Tuesday article is the
    next day). Only sentences of groups where two articles give a day are parsed."""
    from .parsing import parse_texts as parse
    from .timeline import sentence_dates

    def days(s, parsed=None):
        return [m for m in sentence_dates(s.text, anchors.get(s.article_id), parsed) if m.precision == "day" and m.date]

    wanted = []
    for g in fg.groups:
        found = [(fg.sentences[x], days(fg.sentences[x])) for x in g]
        dated = [s for s, ms in found if ms]
        words = {m.expression.lower().removeprefix("on ").strip() for _, ms in found for m in ms}
        if len({s.article_id for s in dated}) >= 2 and len(words) >= 2:
            wanted.append((g, dated))  # the same words ("on Sunday") everywhere: one day (see below)
    texts = [s.text for _, dated in wanted for s in dated]
    parsed = iter(parse(nlp, texts) if nlp is not None and texts else [None] * len(texts))
    for g, dated in wanted:
        by_date: dict[str, list[tuple[Sentence, object]]] = defaultdict(list)
        for s in dated:
            for m in days(s, next(parsed)):
                by_date[m.date].append((s, m))
        yield g, by_date


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
    nlp = auto_nlp(nlp)
    out = []
    for g, by_date in _dated_groups(fg, story_anchors(documents), nlp):
        if len(by_date) < 2:
            continue
        articles = [s.article_id for ss in by_date.values() for s in dict.fromkeys(s for s, _ in ss)]
        if len(articles) != len(set(articles)):
            continue
        if len({sources.key(a) for a in articles}) < 2 and len({published[a] for a in articles if published.get(a)}) > 1:
            continue  # a rewrite published another day re-dating its source's event ("on Wednesday" -> "today") is not a second report
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
