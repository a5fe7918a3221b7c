"""newsweave: many news articles about one event in, one cited, checked story out.

The public API. Importing this module loads nothing heavy; models load on first use, owned by the
objects (or calls) that need them.

    import newsweave
    report = newsweave.summarize(["examples/harbour-collapse/"], words=120)
    for sentence in report.summary.sentences:
        print(sentence.text, [c.article_id for c in sentence.citations])
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import analyze, read, summarize  # noqa: E402

__all__ = ["__version__", "analyze", "read", "summarize"]
