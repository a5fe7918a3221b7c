"""What the extractive summarizer does to its input before selecting: page furniture out
(`text.furniture`), the story's development marked (`development.py`), and warnings about inputs
that are not one story."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..text.furniture import strip_furniture
from ..types import Document
from .development import FUTURE, LEAD_WINDOW, OPINION, PREVIEW, has_development, latest, news_lead, stages
from .features import FEATURE_NAMES, ClusterFeatures
from .mixed_stories import different_events, mixed_warning, several_stories
from .opinion import argued_rows, opinion_documents, opinion_rows
from .standalone import STANDS
from .voice import quoted_elsewhere, writers_voice
from .cased_leans import stale_previews
from .writer_verdicts import stale_intentions


# Inputs this large are rarely one story: the summary says so (issue 18).
MANY_DOCUMENTS = 200
# Mean cosine of a document's centroid with the others' under which documents look unrelated
# (on 15 random same-story and 15 mixed-story sets of 2-3 full-text Multi-News dev articles: same-story
# sets measured 0.14-0.45, mixed ones 0.00-0.07).
UNRELATED = 0.05


def _mark_development(cf: ClusterFeatures) -> None:
    """When the articles span a development (previews and reports), the summary opens with a
    sentence from the latest reports, and previews' forward-looking sentences are left out. Opinion
    articles' sentences are left out while news articles are there, and sentences that state a
    judgment in the writer's own voice always (`opinion.py`)."""
    kinds = stages(cf.documents)
    # Judgments in the writer's voice (`opinion.py`) are never chosen; an article that reads as
    # opinion as a whole counts as one marked so.
    rows = opinion_rows(cf.documents)
    argued = opinion_documents(cf.documents, rows)
    kinds = [OPINION if k in argued else kind for k, kind in enumerate(kinds)]
    cf.opinion_docs = frozenset(k for k, kind in enumerate(kinds) if kind == OPINION)  # opinion_marked.py shows them marked
    rows = argued_rows(cf.documents, argued, rows)  # in an opinion piece, every sentence that argues
    judging = {(k, cf.documents[k].sentences[j].index) for k in range(len(cf.documents)) for j in rows[k]}
    excluded = {i for i, (s, k) in enumerate(zip(cf.sentences, cf.doc_index)) if (int(k), s.index) in judging}
    # Another article quotes the sentence's words with a speaker: theirs, never the summary's voice (voice.py).
    quoted = quoted_elsewhere(cf.documents) | writers_voice(cf.documents)  # ... or a writer's piece rules in its own voice
    excluded.update(i for i, (s, k) in enumerate(zip(cf.sentences, cf.doc_index)) if (int(k), s.index) in quoted)
    # A look forward to a weekday's event another article reports as past: stale (cased_leans.py).
    stale = stale_previews(cf.documents) | stale_intentions(cf.documents)  # ... or a plan reported done (writer_verdicts.py)
    excluded.update(i for i, (s, k) in enumerate(zip(cf.sentences, cf.doc_index)) if (int(k), s.index) in stale)
    if any(k != OPINION for k in kinds):
        excluded.update(i for i, k in enumerate(cf.doc_index) if kinds[int(k)] == OPINION)
    pool: set[int] = set()
    if has_development(kinds):
        current = latest(cf.documents, kinds)
        pool = {i for i, k in enumerate(cf.doc_index) if int(k) in current}
        # (session 14) ... from the top of those reports (their first LEAD_WINDOW + 1 sentences) when
        # one is usable: a sentence from deep in a report opened a summary before its own lead
        # (fulltext 10463: the family's travel plans before the search they were about).
        seen: dict[int, int] = {}
        top = set()
        for i, k in enumerate(cf.doc_index):
            seen[int(k)] = seen.get(int(k), 0) + 1
            if i in pool and seen[int(k)] <= LEAD_WINDOW + 1:
                top.add(i)
        pool = top if top - excluded else pool
        excluded.update(
            i for i, (s, k) in enumerate(zip(cf.sentences, cf.doc_index)) if kinds[int(k)] == PREVIEW and FUTURE.search(s.text)
        )
    else:
        pool = _news_leads(cf)
    cf.excluded = frozenset(excluded)
    cf.lead_pool = frozenset(pool - excluded)


def _news_leads(cf: ClusterFeatures) -> set[int]:
    """Sentences among the first LEAD_WINDOW of each article that stand alone and read as a news
    lead (`development.news_lead`: those tied to a day, else those about something newly out); empty when no article has one (the summary opens as ranked)."""
    junk = cf.features[:, FEATURE_NAMES.index("boilerplate")] > 0
    seen: dict[int, int] = {}
    out: dict[int, set[int]] = {1: set(), 2: set()}
    for i, (s, k) in enumerate(zip(cf.sentences, cf.doc_index)):
        seen[int(k)] = seen.get(int(k), 0) + 1
        if seen[int(k)] > LEAD_WINDOW or junk[i] or cf.word_counts[i] < 8:
            continue
        if cf.context is not None and cf.context[i] != STANDS:
            continue
        strength = news_lead(s.text)
        if strength:
            out[strength].add(i)
    return out[2] or out[1]


def _input_warnings(cf: ClusterFeatures) -> tuple[str, ...]:
    n = len(cf.documents)
    out = []
    quality = float(np.mean(cf.features[:, FEATURE_NAMES.index("doc_quality")])) if len(cf.sentences) else 1.0
    if different_events(cf.documents, quality, UNRELATED):  # ... and no names in common (mixed_stories.py)
        out.append(
            f"the {n} articles share little vocabulary (mean similarity {quality:.2f}): they look like different events; "
            "group them into stories first (newsweave ingest)"
        )
    elif stories := several_stories(cf.documents, cf.matrix, cf.doc_index):  # two stories in one folder (mixed_stories.py)
        out.append(mixed_warning(cf.documents, stories))
    elif n > MANY_DOCUMENTS:
        out.append(f"{n} articles in one story: a summary of this many is rarely one event; consider grouping them (newsweave ingest)")
    return tuple(out)


def without_furniture(documents: Sequence[Document]) -> tuple[Document, ...]:
    """Documents through `text.furniture.strip_furniture` (datelines dropped with exact offsets;
    furniture, headline lines and credited caption paragraphs left out); a document left with no
    sentence is dropped, unless that leaves nothing."""
    out = tuple(d for d in (strip_furniture(d) for d in documents) if d.sentences)
    return out if out else tuple(documents)
