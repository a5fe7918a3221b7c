"""A copy supports nothing its original does not, in the summary either (issue 13, session 17).

The ranker's cross-document features (`features.ClusterFeatures`: `support_docs`, the share of
other documents holding a similar sentence, and `support_mass`, the mean over other documents of
the best match) counted every article as a source. A sentence carried by an article and its copy
(a syndicated or agency text reprinted, a rewrite) then looked "supported by two documents", so
copied text was favoured in selection over what independent outlets report; the LLM prompt said
"Facts from N news reports" and listed a copy's outlet beside its original's. Here the documents
are grouped into independent sources (an article and every copy or rewrite of it are one, as
`analyze.corroboration.SourceMap` counts them) and both features are recomputed over groups:
support from another article of one's own group is no support, and another group counts once
however many copies it holds.

The LLM prompt's count is always by independent outlet. The ranking change is an option,
`ExtractiveSummarizer(copy_support=True)`, off by default (measured, session 17, dev = tuning data,
one choice made from reading: the one-source case below): on the 21 dev stories of the copies gold
with a found copy it changes 4 summaries (2 better: less repetition, the news as the opening; 2 the
same); ROUGE moves only on neus_val100 (-0.04 R-1); in the readability gold it changes 2 summaries,
one for the worse (neus-val-116: another outlet's lead told the news again; heldout5 19/20 -> 18/20).

Where the derivations come from: the summary is made before the analysis, so the summarizer asks
`analyze.copy_sources.derivations_of(documents)`, which runs `find_derivations` once per set of
articles (about 10 ms for a five-article story) and keeps the result for the analysis's derivation
step (no second run). Grouping is by
the copy's original article, never by outlet name (a set of articles with no outlet, as the
Multi-News benchmark files are, would otherwise be one source). Without a copy nothing changes:
the features are the same numbers as before; nor when every article is a copy of one.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..types import Document
from .features import FEATURE_NAMES, _support


def source_groups(documents: Sequence[Document]) -> dict[str, str] | None:
    """{article id: id of the original it copies (itself when independent)}, or None when no
    article of `documents` copies another (nothing to change)."""
    docs = tuple(d for d in documents if d.sentences)
    if len(docs) < 2:
        return None
    from ..analyze.copy_sources import derivations_of
    from ..analyze.corroboration import SourceMap

    derivations = derivations_of(docs)
    if not derivations:
        return None
    sources = SourceMap.build((d.article for d in docs), derivations)
    if all(sources.root[a] == a for a in sources.root):
        return None
    return dict(sources.root)


def independent_support(cf, groups: dict[str, str] | None) -> None:
    """Recompute `cf`'s `support_docs` and `support_mass` over independent sources (in place).
    `groups` as `source_groups` gives it; None changes nothing."""
    if not groups or not len(cf.sentences):
        return
    roots: dict[str, int] = {}
    group_of_doc = np.array([roots.setdefault(groups.get(d.article.id, d.article.id), len(roots)) for d in cf.documents], dtype=np.int32)
    n_groups = len(roots)
    if n_groups == len(cf.documents) or n_groups < 2:
        # One source in all (every article a copy of one): no independent support to weigh, and a
        # cluster the ranker never saw (several documents, no support anywhere; dev allsides-5736
        # lost its lead that way), so the features stay as they were.
        return
    group_index = group_of_doc[cf.doc_index]
    # the documents' support computation, with groups in place of documents
    docs, mass = _support(cf.matrix, group_index, n_groups)
    cf.features[:, FEATURE_NAMES.index("support_docs")] = docs
    cf.features[:, FEATURE_NAMES.index("support_mass")] = mass


def independent_outlets(documents: Sequence[Document], groups: dict[str, str] | None) -> tuple[int, dict[str, str]]:
    """For the LLM prompt: how many independent reports there are, and {article id: the outlet it
    stands for} (a copy stands for its original's outlet; an article without an outlet name for
    itself). Without copies: one report per document, each its own outlet."""
    outlet = {d.article.id: d.article.outlet for d in documents}
    groups = groups or {}
    stands_for = {a: outlet.get(groups.get(a, a), o) for a, o in outlet.items()}
    n = len({groups.get(a, a) for a in outlet}) or len(documents)
    return n, stands_for
