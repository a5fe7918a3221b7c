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

# The subpackages `newsweave.summarize` and `newsweave.analyze` share their names with the API
# functions. Import them first (they are light), then bind the functions over the names, so a later
# `import newsweave.summarize.extractive` cannot replace `newsweave.summarize` with a module.
from . import analyze as _analyze_package, summarize as _summarize_package  # noqa: E402,F401
from .api import analyze, read, summarize  # noqa: E402

__all__ = ["__version__", "analyze", "read", "summarize"]
