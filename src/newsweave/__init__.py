"""newsweave: many news articles about one event in, one cited, checked story out.

The public API. Importing this module loads nothing heavy (no numpy, scipy, spaCy or torch);
models load on first use, owned by the objects (or calls) that need them.

    import newsweave
    report = newsweave.summarize(["examples/harbour-collapse/"], words=120)
    for sentence in report.summary.sentences:
        print(sentence.text, [c.article_id for c in sentence.citations])

    pipeline = newsweave.Pipeline.from_settings(newsweave.Settings(words=80))
    report = pipeline.report(newsweave.read(["feeds/"]).articles)
"""

from __future__ import annotations

import sys
import types as _types

__version__ = "0.1.0"

from .api import analyze, read, summarize  # noqa: E402
from .config import Settings  # noqa: E402
from .pipeline import Pipeline  # noqa: E402

__all__ = ["Pipeline", "Settings", "__version__", "analyze", "read", "summarize"]

_API_NAMES = frozenset({"analyze", "read", "summarize"})


class _Package(_types.ModuleType):
    """The subpackages `newsweave.read`, `newsweave.summarize` and `newsweave.analyze` share their names with the
    API functions. Importing a subpackage makes Python bind it on this module; keep the function
    instead (the subpackage stays importable by its full name), without importing the subpackages
    (and their numpy) up front."""

    def __setattr__(self, name: str, value) -> None:
        if name in _API_NAMES and isinstance(value, _types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
