"""One story's analysis as `newsweave analyze` runs it, for the benchmark workers (`--worker SRC`).

`analyse(analyzer, segmenter, story_id, articles)` splits the articles into sentences, drops those with
none, and runs `StoryAnalyzer.analyze` on them as one story with no summary. It imports `newsweave`
when called, so a worker that put another version's `src` first on `sys.path` analyses with that one.
"""
from __future__ import annotations

import time


def analyse(analyzer, segmenter, story_id: str, articles) -> tuple | None:
    """(documents, analysed report, seconds spent in `analyze`), or None when no article has a sentence."""
    from newsweave.types import StoryReport, Summary

    docs = tuple(d for d in (segmenter.split(a) for a in articles) if d.sentences)
    if not docs:
        return None
    report = StoryReport(story_id=story_id, documents=docs, summary=Summary(story_id=story_id, method="none", sentences=()))
    t0 = time.perf_counter()
    rep = analyzer.analyze(report)
    return docs, rep, time.perf_counter() - t0
