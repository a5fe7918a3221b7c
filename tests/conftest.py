"""Shared fixtures: the bundled fictional example, read once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "harbour-collapse"


@pytest.fixture(scope="session")
def example_dir() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def example_report():
    import newsweave

    return newsweave.summarize([EXAMPLE], words=120)


def _by_file(report, name: str):
    for article in report.articles:
        if article.source and Path(article.source.split("#")[0]).name == name:
            return article
    raise AssertionError(f"no article read from {name}")


@pytest.fixture(scope="session")
def by_file():
    """`by_file(report, "radio-west.txt")`: the article read from that example file."""
    return _by_file
