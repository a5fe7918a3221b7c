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
