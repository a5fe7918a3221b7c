"""Two articles' leads that announce the same news (development.py `same_lead`). Fictional
sentences; the vectors are unit rows written here, so the cosine is exact, and the main verbs
are given as the parse gives them (repeats.frame)."""

from __future__ import annotations

import numpy as np

from newsweave.summarize.development import LEAD_REPEAT_COSINE, lead_rows, numbers, same_lead

DOCS = [0, 0, 1, 2]
INDEX = [0, 1, 0, 0]


def _vectors(cosine: float) -> np.ndarray:
    b = [cosine, float(np.sqrt(1 - cosine**2))]
    return np.array([[1.0, 0.0], [0.0, 1.0], b, b])


def test_lead_rows_are_the_first_sentence_each_article_has():
    assert lead_rows(DOCS, INDEX) == frozenset({0, 2, 3})
    assert lead_rows([0, 0, 1], [2, 3, 5]) == frozenset({0, 2})  # after furniture was dropped


def test_two_leads_with_a_main_verb_in_common_announce_the_same_news():
    leads = lead_rows(DOCS, INDEX)
    signed = lambda rows: {r: ({"sign"} if r != 1 else {"ask"}) for r in rows}
    close, far = _vectors(LEAD_REPEAT_COSINE + 0.05), _vectors(LEAD_REPEAT_COSINE - 0.05)
    assert same_lead(close, DOCS, leads, 2, 0, signed)
    assert not same_lead(far, DOCS, leads, 2, 0, signed)  # not close enough
    assert not same_lead(close, DOCS, leads, 2, 0, lambda rows: {0: {"sign"}, 2: {"resign"}})  # another event
    assert not same_lead(close, DOCS, leads, 2, 0, lambda rows: {r: {"is"} for r in rows})  # a light verb
    assert not same_lead(close, DOCS, leads, 1, 2, signed)  # not a lead
    assert not same_lead(close, DOCS, leads, 2, 0, lambda rows: None)  # no parser: not judged


def test_numbers_of_a_sentence():
    assert numbers("The board approved 1,000 moorings and a 9-2 vote on 3 May.") == {"1,000", "9", "2", "3"}
