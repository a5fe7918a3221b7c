"""Session 14 (issue 13, leading with the news): two articles' opening sentences, neither a dated
news lead, are read in order of how central they are to the story, not in article order
(`ordering.reading_order`; measured with benchmarks/lead_news.py). Fictional text."""

from types import SimpleNamespace

import numpy as np

from newsweave.summarize.features import FEATURE_NAMES
from newsweave.summarize.ordering import reading_order
from newsweave.summarize.standalone import STANDS


def _cluster(central: list[float], positions: list[float], texts: list[str]):
    features = np.zeros((len(texts), len(FEATURE_NAMES)))
    features[:, FEATURE_NAMES.index("centroid_sim")] = central
    features[:, FEATURE_NAMES.index("relative_position")] = positions
    sentences = [SimpleNamespace(article_id=f"a{k}", index=0 if p == 0 else 3, text=t) for k, (p, t) in enumerate(zip(positions, texts))]
    return SimpleNamespace(
        features=features,
        doc_index=np.arange(len(texts)),
        sentences=sentences,
        context=np.array([STANDS] * len(texts), dtype=object),
        lead_pool=frozenset(),
    )


HOOK = "Lanterns and kites are not what they used to be."
LEAD = "The Harrowgate council voted to close the old lantern works at Pellby after a long dispute."


def test_the_more_central_of_two_article_openings_leads():
    cf = _cluster([0.20, 0.70], [0.0, 0.0], [HOOK, LEAD])
    assert reading_order(cf, [0, 1]) == [1, 0]
    assert reading_order(cf, [1, 0]) == [1, 0]


def test_relative_position_still_comes_first_and_near_ties_keep_article_order():
    # a sentence deeper in its article never opens before another article's first sentence
    cf = _cluster([0.20, 0.90], [0.0, 0.4], [HOOK, LEAD])
    assert reading_order(cf, [1, 0]) == [0, 1]
    # centrality equal up to rounding noise: article order, whatever the chosen order
    cf = _cluster([0.6709210033949546, 0.6709210033949549], [0.0, 0.0], [LEAD, HOOK])
    assert reading_order(cf, [1, 0]) == [0, 1]
