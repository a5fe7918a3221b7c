import datetime as dt
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harbour-collapse"


@pytest.fixture(scope="session")
def analyzer():
    from newsweave.analyze import StoryAnalyzer

    return StoryAnalyzer()  # loads spaCy once for the whole session


@pytest.fixture(scope="session")
def report(analyzer):
    from newsweave import api

    return analyzer.analyze(api.summarize([EXAMPLE]))


@pytest.fixture(scope="session")
def outlet_of(report):
    return {a.id: a.outlet for a in report.articles}


@pytest.fixture(scope="session")
def id_of(report):
    return {a.outlet: a.id for a in report.articles}


def fictional_docs(*texts):
    """Segmented articles from fictional texts, one outlet each, all published on 5 March 2024."""
    from newsweave.text.segment import RuleSegmenter
    from newsweave.types import Article, content_id

    seg = RuleSegmenter()
    return tuple(seg.split(Article(id=content_id(t), outlet=f"Outlet {i}", text=t, published=dt.date(2024, 3, 5))) for i, t in enumerate(texts))


@pytest.fixture(scope="session")
def nlp():
    from newsweave.analyze.entities import shared_nlp

    return shared_nlp()


@pytest.fixture(scope="session")
def quotes_of(analyzer):
    """text(s) -> {quote words: speaker}: each text one outlet's article, through the session's analyzer."""
    from newsweave.analyze.entities import build_entities
    from newsweave.text.segment import segment
    from newsweave.types import Article, content_id

    def run(*texts):
        docs = tuple(segment(Article(id=content_id(t + f"Outlet {k}"), outlet=f"Outlet {k}", text=t)) for k, t in enumerate(texts))
        index = build_entities(docs, analyzer.tagger.tag(docs))
        return {q.text: q.speaker for q in analyzer.quotes.extract(docs, index)}

    return run


def one_article_dates(text: str, published, nlp=None, ordered: bool = False) -> list[tuple[str, str | None]]:
    """(expression, date) of each timeline event of `text` read as a one-article story published on
    `published` (by the word rules alone when `nlp` is None); sorted, or in timeline order."""
    from newsweave.analyze.facts import group_sentences
    from newsweave.analyze.timeline import build_timeline
    from newsweave.text.segment import segment
    from newsweave.types import Article

    doc = segment(Article(id="a1", outlet="Lowmarsh Courier", text=text, published=published))
    docs = (doc,)
    pairs = [(ev.expression, ev.date) for ev in build_timeline(docs, group_sentences(docs), nlp=nlp)]
    return pairs if ordered else sorted(pairs)
