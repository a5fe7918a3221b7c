"""The library calls behind `import newsweave`: read, summarize, analyze.

Each takes paths (files or folders) or `Article` records and returns plain records from `types`.
The work is done by `pipeline.Pipeline` (the one place that turns articles into a report); this
module only collects the inputs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from .config import Settings
from .errors import NoArticlesError
from .types import Article, Document, ReadProblem, StoryReport

Inputs = Sequence[str | Path | Article] | str | Path | Article


def read(paths: Iterable[str | Path]):
    """Read files and folders into articles; bad files become `ReadProblem`s, never exceptions.
    Returns a `read.ReadResult`."""
    from .read import read_paths

    return read_paths(paths)


def collect(inputs: Inputs) -> tuple[list[Article], tuple[ReadProblem, ...]]:
    """Articles from paths and/or Article records (paths read in sorted order, then given
    articles), with the reading problems. Raises NoArticlesError when nothing is readable."""
    if isinstance(inputs, (str, Path, Article)):
        inputs = [inputs]
    articles = [x for x in inputs if isinstance(x, Article)]
    paths = [x for x in inputs if not isinstance(x, Article)]
    problems: tuple[ReadProblem, ...] = ()
    if paths:
        result = read(paths)
        articles = list(result.articles) + articles
        problems = result.problems
    if not articles:
        detail = "; ".join(f"{p.source}: {p.reason}" for p in problems[:5])
        raise NoArticlesError(
            "no readable articles" + (f" ({detail})" if detail else ""),
            hint="give files or folders of articles (.txt, .html, .json, .jsonl, RSS/Atom)",
        )
    return articles, problems


def story_id_for(items: Iterable[Article | Document]) -> str:
    """The story id of these articles (or documents): see `pipeline.ids`."""
    from .pipeline.ids import story_id_for as rule

    return rule(x.article if isinstance(x, Document) else x for x in items)


def _pipeline(settings: Settings | None, words: int | None, summarizer, analyzer, pipeline):
    from .pipeline import Pipeline

    if pipeline is not None:
        return pipeline
    settings = settings or Settings()
    if words is not None:
        settings = settings.replace(words=words)
    return Pipeline.from_settings(settings, summarizer=summarizer, analyzer=analyzer)


def summarize(inputs: Inputs, words: int | None = 120, *, settings: Settings | None = None, summarizer=None, pipeline=None) -> StoryReport:
    """Summarize one story. `inputs` are paths (files/folders) or Articles.

    Returns a StoryReport whose `summary` cites source sentences by (article_id, start, end).
    Pass a `pipeline.Pipeline` (or a summarizer) to reuse loaded models across calls."""
    articles, problems = collect(inputs)
    return _pipeline(settings, words, summarizer, None, pipeline).report(articles, analyze=False, problems=problems)


def analyze(inputs: Inputs, words: int | None = 120, *, settings: Settings | None = None, summarizer=None, analyzer=None, pipeline=None) -> StoryReport:
    """Summarize and add the cross-source analysis: facts, conflicts, quotes, entities,
    timeline and derivations. Pass a `StoryAnalyzer` (from `newsweave.analyze`) or a Pipeline to
    reuse the loaded spaCy pipeline across calls."""
    articles, problems = collect(inputs)
    return _pipeline(settings, words, summarizer, analyzer, pipeline).report(articles, problems=problems)
