"""The library calls behind `import newsweave`: read, summarize, analyze.

Each takes paths (files or folders) or `Article` records and returns plain records from `types`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from .config import Settings
from .errors import NoArticlesError
from .read import ReadResult, read_paths
from .text.segment import RuleSegmenter
from .types import Article, Document, ReadProblem, StoryReport, content_id


def read(paths: Iterable[str | Path]) -> ReadResult:
    """Read files and folders into articles; bad files become `ReadProblem`s, never exceptions."""
    return read_paths(paths)


def _documents(inputs: Sequence[str | Path | Article] | str | Path) -> tuple[tuple[Document, ...], tuple[ReadProblem, ...]]:
    if isinstance(inputs, (str, Path, Article)):
        inputs = [inputs]
    articles = [x for x in inputs if isinstance(x, Article)]
    paths = [x for x in inputs if not isinstance(x, Article)]
    problems: tuple[ReadProblem, ...] = ()
    if paths:
        result = read_paths(paths)
        articles.extend(result.articles)
        problems = result.problems
    unique: dict[str, Article] = {}
    for article in articles:
        unique.setdefault(article.id, article)
    if not unique:
        detail = "; ".join(f"{p.source}: {p.reason}" for p in problems[:5])
        raise NoArticlesError(
            "no readable articles" + (f" ({detail})" if detail else ""),
            hint="give files or folders of articles (.txt, .html, .json, .jsonl, RSS/Atom)",
        )
    segmenter = RuleSegmenter()
    docs = tuple(segmenter.split(a) for a in unique.values())
    docs = tuple(d for d in docs if d.sentences)
    return docs, problems


def story_id_for(documents: Sequence[Document]) -> str:
    return content_id("\n".join(sorted(d.article.id for d in documents)))


def summarize(
    inputs: Sequence[str | Path | Article] | str | Path,
    words: int = 120,
    *,
    settings: Settings | None = None,
    summarizer=None,
) -> StoryReport:
    """Summarize one story. `inputs` are paths (files/folders) or Articles.

    Returns a StoryReport whose `summary` cites source sentences by (article_id, start, end).
    """
    from .summarize import make_summarizer

    settings = (settings or Settings()).replace(words=words)
    docs, problems = _documents(inputs)
    summarizer = summarizer or make_summarizer(settings)
    summary = summarizer.summarize(docs, words=settings.words, story_id=story_id_for(docs))
    return StoryReport(story_id=summary.story_id, documents=docs, summary=summary, problems=problems)


def analyze(
    inputs: Sequence[str | Path | Article] | str | Path,
    words: int = 120,
    *,
    settings: Settings | None = None,
    summarizer=None,
    analyzer=None,
) -> StoryReport:
    """Summarize and add the cross-source analysis: facts, conflicts, quotes, entities,
    timeline and derivations. Pass a `StoryAnalyzer` (from `newsweave.analyze`) to reuse its
    loaded spaCy pipeline across calls."""
    from .analyze import analyze_documents

    report = summarize(inputs, words, settings=settings, summarizer=summarizer)
    return analyze_documents(report, analyzer=analyzer)
