"""Two or more stories passed as one: the articles fall into groups that share almost no
vocabulary with each other (issue 12, session 20).

`story_groups` groups the articles by average link over the cosines of their TF-IDF centroids (the
summarizer's own sentence space, `features.ClusterFeatures`): two groups join while their articles'
mean cosine reaches `LINK` (single link up to session 24, where one close pair across two stories
chained them into one group: brief E4's vaccine-donation and first-100-days stories). The
input reads as several stories when at least two groups hold two or more articles each (two
articles alone are `prepare.UNRELATED`'s case, unchanged); a lone article that matches nothing among
several others is the analysis' off-topic case (set aside there), not a second story.

Measured (`benchmarks/mixed_stories.py`, tuning figures, every dev set read before): every real dev
cluster (val100, fulltext_dev46, NeuS val100, AllSides stories) and 30 inputs made of two
different dev stories each (their articles together, as a user who drops two stories in one folder).
At LINK 0.08: no real cluster warns that the older rule (`prepare.UNRELATED`, two articles alike in
nothing) did not already (17 of 451, pairs left with two unlike articles); 23 of the 30 mixed inputs
caught (older rule 0). Missed: two political stories that share their vocabulary, and inputs where
one story is a single article after the screen. LINK 0.065 caught 18, 0.10 22; without APART 27, but
val100 45540 (one story, a loosely linked pair inside it) warned.
Session 24, average link instead of single link (same benchmark, one run per tree): every row
identical (13 real clusters warn, the same 13; 23/30 mixed inputs; one-article pairs 74/90); 95
pairs of adjacent AllSides stories (three articles each, consecutive in the file: same weeks, same
politics) caught 63 -> 77.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

# Centroid cosine at which two articles count as the same story: same-story pairs on the dev sets
# mostly measure 0.10-0.40, articles of two different stories 0.00-0.07.
LINK = 0.08
# A group is a story of its own when its closest pair is this many times closer than anything outside.
APART = 2.0
# Centroid cosine at which two articles are copies of one text (counted once).
COPY = 0.9
# Above this many articles the pairwise matrix is not built (the MANY_DOCUMENTS note covers them).
MAX_DOCUMENTS = 200


def story_groups(documents, matrix: sparse.csr_matrix, doc_index: np.ndarray, link: float = LINK) -> tuple[list[list[int]], np.ndarray]:
    """Indices of `documents` grouped by single link at `link` over their centroid cosines,
    largest group first, and the cosines. Documents the analysis sets aside (`analyze.screen`: archive notices,
    widgets, an off-topic piece) are left out; one group when there are too many to compare."""
    n_docs = len(documents)
    if n_docs < 2 or n_docs > MAX_DOCUMENTS or matrix.shape[0] == 0:
        return [list(range(n_docs))], np.ones((n_docs, n_docs))
    from ..analyze.screen import screen_documents

    kept = {d.article.id for d in screen_documents(tuple(documents))[0]}
    n = matrix.shape[0]
    member = sparse.csr_matrix((np.ones(n), (doc_index, np.arange(n))), shape=(n_docs, n))
    centroids = (member @ matrix).toarray()
    norms = np.linalg.norm(centroids, axis=1)
    norms[norms == 0] = 1.0
    sims = (centroids / norms[:, None]) @ (centroids / norms[:, None]).T
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    # Average link: two groups join when their articles' mean cosine reaches `link`, so one
    # stray pair across two stories (a vaccine piece and a 100-days piece both naming the
    # president) no longer chains them into one group as single link did.
    distance = np.clip(1.0 - sims, 0.0, None)
    np.fill_diagonal(distance, 0.0)
    root = fcluster(linkage(squareform(distance, checks=False), method="average"), t=1.0 - link, criterion="distance")
    groups: dict[int, list[int]] = {}
    for i in range(n_docs):
        if documents[i].article.id in kept:
            groups.setdefault(int(root[i]), []).append(i)
    # a copy is not a second article: a group whose articles all repeat one text counts as one
    distinct = {r: sum(1 for k, i in enumerate(g) if not any(sims[i, j] >= COPY for j in g[:k])) for r, g in groups.items()}
    return sorted((g if distinct[r] > 1 else g[:1] for r, g in groups.items()), key=lambda g: (-len(g), g[0])), sims


def separate_stories(groups: list[list[int]], sims: np.ndarray) -> list[list[int]]:
    """The groups that read as separate stories: every group of two or more articles whose
    closest pair is at least `APART` times closer than any article outside it, when there are at
    least two such; empty when the input reads as one story (two articles alone are
    `prepare.UNRELATED`'s case)."""
    stories = []
    for g in groups:
        if len(g) < 2:
            continue
        inside = max(sims[a, b] for a in g for b in g if a != b)
        outside = max((sims[a, b] for a in g for b in range(len(sims)) if b not in g), default=0.0)
        if inside >= APART * outside:
            stories.append(g)
    return stories if len(stories) >= 2 else []


def several_stories(documents, matrix: sparse.csr_matrix, doc_index: np.ndarray) -> list[list[int]]:
    """`separate_stories` of the documents as the summarizer sees them (`ClusterFeatures` rows);
    under four articles there cannot be two stories of two (about 5 ms saved on a small story)."""
    if len(documents) < 4:
        return []
    return separate_stories(*story_groups(documents, matrix, doc_index))


# Articles that name this many of the same people, places or bodies are not "different events",
# however few words they share (the older rule, `prepare.UNRELATED`): same-story pieces written
# from opposite sides often share little else. Measured with `benchmarks/mixed_stories.py`: real dev
# clusters the older rule called different events 17 -> 13 (NeuS 16, AllSides 6101 and 6109 are one
# story each; fulltext 17335's off-topic charity page also goes quiet); 90 inputs of one article
# from each of two dev stories (seeds 21-23) caught 74 either way. At one name: 17 -> 9, but 74 -> 63.
SHARED_NAMES = 2


def different_events(documents, quality: float, threshold: float) -> bool:
    """The older rule: no two articles alike (mean similarity under `threshold`) and no two of them
    naming `SHARED_NAMES` of the same names."""
    from ..analyze.screen import names_in_common

    return len(documents) >= 2 and quality < threshold and not names_in_common([d.article.text for d in documents], SHARED_NAMES)


def mixed_warning(documents, stories: list[list[int]]) -> str:
    """The warning shown with the summary: how many stories, and which articles each holds
    (outlet names, else file names, as the report names its sources)."""
    from ..read.outlet import shown_outlet

    parts = []
    for g in stories:
        names = [shown_outlet(documents[i].article) for i in g]
        shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        parts.append(f"{len(g)} articles ({shown})")
    return (
        f"these articles look like {len(stories)} different stories: " + "; ".join(parts)
        + ". They share almost no words across the groups, so this one summary mixes them; "
        "analyze each group on its own, or let newsweave ingest group them into stories"
    )
