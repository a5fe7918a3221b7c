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
