"""The pipeline object: the only place that turns articles into a `StoryReport`.

    pipeline = Pipeline.from_settings(settings)            # stages chosen by name from registries
    report = pipeline.report(articles)                      # segment → summarize → analysis steps

`report(articles)` is a pure function of the articles (and the settings): they are deduplicated
by content id and put into publication order (articles of the same day keep the order they came
in, as ingest keeps it), the story id follows the one rule in
`pipeline.ids`, and the same articles give the same report through the library API, the CLI,
ingest, the web app, eval, or an engine running stages elsewhere. Stages load their models on
first use and are reused across calls, so one Pipeline per process (or per Ray actor) is the way
to use it; `Pipeline.from_settings(settings)` rebuilds an equal one anywhere the settings go.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from ..config import Settings
from ..types import Article, Document, ReadProblem, StoryReport
from .ids import first_article_story_id, publication_order, story_id_for, unique_articles


class Pipeline:
    """Stages (segmenter, summarizer, analysis steps) built from Settings, each swappable.

    Options (keyword-only): `segmenter`, `summarizer`, `analyzer` (a `StoryAnalyzer` whose models
    the default analysis steps use) or `steps` (a list of analysis steps). Unset ones are built
    from the settings on first use: `settings.segmenter`, `settings.method`, `settings.similarity`.
    """

    def __init__(self, settings: Settings | None = None, *, segmenter=None, summarizer=None, analyzer=None, steps=None) -> None:
        self.settings = settings or Settings()
        self._segmenter = segmenter
        self._summarizer = summarizer
        self._analyzer = analyzer
        self._steps = list(steps) if steps is not None else None

    @classmethod
    def from_settings(cls, settings: Settings | None = None, **stages) -> "Pipeline":
        return cls(settings, **stages)

    # -- stages (built on first use) --------------------------------------------------------------
    @property
    def segmenter(self):
        if self._segmenter is None:
            from .registry import segmenters

            self._segmenter = segmenters.create(self.settings.segmenter, self.settings)
        return self._segmenter

    @property
    def summarizer(self):
        if self._summarizer is None:
            from .registry import summarizers

            self._summarizer = summarizers.create(self.settings.method, self.settings)
        return self._summarizer

    @property
    def steps(self) -> list:
        if self._steps is None:
            from .analysis import default_steps

            if self._analyzer is None:
                from ..analyze import StoryAnalyzer

                self._analyzer = StoryAnalyzer(similarity=self.settings.similarity, fact_threshold=self.settings.fact_threshold,
                                               llm_model=self.settings.llm_model)
            self._steps = default_steps(self._analyzer)
        return self._steps

    # -- the work ---------------------------------------------------------------------------------
    def documents(self, articles: Iterable[Article]) -> tuple[Document, ...]:
        """Unique articles in publication order, segmented; articles without sentences dropped."""
        ordered = publication_order(unique_articles(articles))
        docs = (self.segmenter.split(a) for a in ordered)
        return tuple(d for d in docs if d.sentences)

    def summarize_documents(self, documents: Sequence[Document], *, story_id: str | None = None, problems: Sequence[ReadProblem] = ()) -> StoryReport:
        """The summary of these documents (in the order given). Inputs that are not articles about
        the story are set aside first, with reasons (`analyze.screen`, issue 12; off when
        `settings.screen` is false). The story is named by its earliest input, kept or set aside,
        as ingest names it."""
        documents = tuple(documents)
        story_id = story_id or (story_id_for(d.article for d in documents) if documents else first_article_story_id(""))
        set_aside = ()
        if self.settings.screen and documents:
            from ..analyze.screen import screen_documents

            documents, set_aside = screen_documents(documents)
        summary = self.summarizer.summarize(documents, words=self.settings.words, story_id=story_id)
        return StoryReport(story_id=story_id, documents=documents, summary=summary, problems=tuple(problems), set_aside=set_aside)

    def analyze(self, report: StoryReport) -> StoryReport:
        """`report` with the analysis fields filled in by the analysis steps."""
        from .analysis import run_steps

        return run_steps(self.steps, report)

    def summarize(self, articles: Iterable[Article], *, story_id: str | None = None, problems: Sequence[ReadProblem] = ()) -> StoryReport:
        """A report with the summary only (no analysis)."""
        return self.summarize_documents(self.documents(articles), story_id=story_id, problems=problems)

    def report(self, articles: Iterable[Article], *, story_id: str | None = None, analyze: bool = True, problems: Sequence[ReadProblem] = (), keep_summary_on_failure: bool = False) -> StoryReport:
        """The full report of one story. With `keep_summary_on_failure` (ingest, the server), a
        failed analysis costs the story only its analysis: the summary is kept, with the failure
        in `summary.warnings`."""
        return self.report_documents(self.documents(articles), story_id=story_id, analyze=analyze, problems=problems, keep_summary_on_failure=keep_summary_on_failure)

    def report_documents(self, documents: Iterable[Document], *, story_id: str | None = None, analyze: bool = True, problems: Sequence[ReadProblem] = (), keep_summary_on_failure: bool = False) -> StoryReport:
        """`report` for articles already segmented (e.g. with the spans a store keeps): put into
        publication order and deduplicated the same way, so the result is the same."""
        by_id: dict[str, Document] = {}
        for d in documents:
            by_id.setdefault(d.article.id, d)
        ordered = tuple(by_id[a.id] for a in publication_order([d.article for d in by_id.values()]) if by_id[a.id].sentences)
        from ..lang import missing_pack_warnings

        problems = tuple(problems) + missing_pack_warnings(d.article for d in ordered)
        if analyze:
            from ..analyze.lower_conflicts import lower_case_warnings

            problems += lower_case_warnings(ordered)
        report = self.summarize_documents(ordered, story_id=story_id, problems=problems)
        if not analyze:
            return report
        if not keep_summary_on_failure:
            return self.analyze(report)
        try:
            return self.analyze(report)
        except Exception as exc:  # noqa: BLE001 - a failed analysis must not cost the story its summary
            note = f"analysis failed: {type(exc).__name__}: {exc}"
            return dataclasses.replace(report, summary=dataclasses.replace(report.summary, warnings=report.summary.warnings + (note,)))


def build_report(settings: Settings, articles: Sequence[Article], *, story_id: str | None = None) -> StoryReport:
    """A pure function of (settings, articles) → report, for engines that ship work to other
    processes: each builds its own Pipeline from the settings (models load there, once per process
    when the caller keeps the Pipeline)."""
    return Pipeline.from_settings(settings).report(articles, story_id=story_id, keep_summary_on_failure=True)
