"""Independent sources for every view of a story, whether or not the copy analysis was asked for.

A copy or rewrite supports nothing its original does not: the "n/N outlets" of a summary sentence,
the JSON `independent_outlets` and a fact "now carried by more outlets" between two versions of a
story must count it as its original's outlet (`corroboration.SourceMap`). Those counts read the
report's derivations, and a report made by `newsweave summarize` (no analysis) has none, so a copy
was counted as a second outlet there, while `newsweave analyze` on the same articles counted one:
on the bundled example the summary said "2/5 outlets" for a sentence only an article and its copy
carry, and "1/4" under `analyze` (session 17).

`derivations_for(report)` gives the report's derivations, or finds them when the report has none
(`find_derivations` on the report's documents: a few milliseconds for a story; cached per set of
articles, since a renderer asks once per sentence). They are used for counting only: the report is
not changed, and no "copies" section appears where the analysis was not asked for.
"""

from __future__ import annotations

from ..types import Derivation, StoryReport
from .corroboration import SourceMap

_CACHE: dict[tuple, tuple[Derivation, ...]] = {}
_CACHE_SIZE = 32


def derivations_for(report: StoryReport) -> tuple[Derivation, ...]:
    """The report's derivations; found from its documents when the analysis did not run."""
    if report.derivations is not None:
        return report.derivations
    return derivations_of(tuple(d for d in report.documents if d.sentences))


def derivations_of(documents) -> tuple[Derivation, ...]:
    """`find_derivations(documents)`, run once per set of articles: the summarizer asks first
    (summarize/copy_support.py: a copy is no support), the analysis's derivation step and the
    renderers get the same result from here (session 17)."""
    docs = tuple(documents)
    if len(docs) < 2:
        return ()
    key = tuple((d.article.id, d.article.outlet, hash(d.article.text), tuple((x.start, x.end) for x in d.sentences)) for d in docs)
    found = _CACHE.get(key)
    if found is None:
        from .derivation import find_derivations

        found = tuple(find_derivations(docs))
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.clear()
        _CACHE[key] = found
    return found


def source_map_for(report: StoryReport) -> SourceMap:
    """`SourceMap` of the report's articles with `derivations_for(report)`."""
    return SourceMap.build(report.articles, derivations_for(report))
