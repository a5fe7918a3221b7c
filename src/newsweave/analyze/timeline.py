"""Timeline: dated events from every article, resolved against each article's publication date.

Each sentence with a date expression becomes an event (the sentence is its text, the expression
is kept). Events from different articles with the same resolved date that belong to the same fact
(or whose sentences are close) are one event citing all of them. Resolved events come in date
order (a year sorts before the months and days inside it); unresolved ones ("last month" in an
undated article) come last with `date=None`.
"""

from __future__ import annotations

from ..text.dates import find_dates
from ..types import Citation, Document, TimelineEvent
from .facts import FactGroups, is_fact_sentence


def build_timeline(documents: tuple[Document, ...], fg: FactGroups) -> tuple[TimelineEvent, ...]:
    group_of: dict[tuple[str, int], set[int]] = {}
    for g_i, g in enumerate(fg.groups):
        for x in g:
            s = fg.sentences[x]
            group_of.setdefault((s.article_id, s.index), set()).add(g_i)
    index_of = {(s.article_id, s.index): i for i, s in enumerate(fg.sentences)}

    raw: list[tuple[str | None, str | None, str, Citation]] = []
    for doc in documents:
        published = doc.article.published
        for s in doc.sentences:
            if not is_fact_sentence(s):
                continue
            seen_dates: set[str | None] = set()
            for m in find_dates(s.text, published):
                if m.date in seen_dates and m.date is not None:
                    continue
                seen_dates.add(m.date)
                raw.append((m.date, m.precision, m.expression, Citation(doc.article.id, s.start, s.end, s.index)))

    events: list[dict] = []
    for date, precision, expression, cite in raw:
        key = (cite.article_id, cite.sentence_index)
        merged = False
        if date is not None:
            for ev in events:
                if ev["date"] != date or any(c.article_id == cite.article_id for c in ev["citations"]):
                    continue
                other = ev["citations"][0]
                okey = (other.article_id, other.sentence_index)
                same_fact = bool(group_of.get(key, set()) & group_of.get(okey, set()))
                close = key in index_of and okey in index_of and fg.sims[index_of[key], index_of[okey]] >= 0.3
                if same_fact or close:
                    ev["citations"].append(cite)
                    ev["expressions"].append(expression)
                    merged = True
                    break
        if not merged:
            events.append({"date": date, "precision": precision, "expressions": [expression], "citations": [cite]})

    text_of = {d.article.id: d.article.text for d in documents}

    def sort_key(ev: dict) -> tuple:
        date = ev["date"]
        if date is None:
            return (1, "", 0)
        return (0, date + "-00-00"[len(date) - 4 :] if len(date) < 10 else date, 0)

    events.sort(key=sort_key)
    out = []
    for ev in events:
        first = ev["citations"][0]
        out.append(
            TimelineEvent(
                date=ev["date"],
                precision=ev["precision"],
                text=text_of[first.article_id][first.start : first.end],
                citations=tuple(ev["citations"]),
                article_ids=tuple(dict.fromkeys(c.article_id for c in ev["citations"])),
                expression=" / ".join(dict.fromkeys(ev["expressions"])),
            )
        )
    return tuple(out)
