"""Session 24 (brief F, issue 12): a summary sentence's "n/N outlets" counts the outlets that state ITS claim, not
the claim of the larger fact pass 2 put it in. Fictional text, built like the case met on a dev story: one
outlet's lead carries two claims ("X, who served four terms, has died"), another outlet's lead says only that X
died, and a third outlet states the death in its lead and the four terms in a later sentence. Pass 2 adds that
later sentence to the death fact (it is close to the first outlet's two-claim lead), and the summary showed it as
"3/3 outlets" although the second outlet never states the four terms."""

from __future__ import annotations

import re

import pytest

import newsweave
from newsweave.render import render
from newsweave.render.one_count import holding_fact, summary_articles
from newsweave.types import Article

HERALD = ("Former Harbour Commissioner Edda Lorne of Wexmoor, who served on the harbour board for four terms and shaped "
          "the port's dredging rules, has died. She was 88.  The Wexmoor Post reported Thursday that her aide Tomas "
          "Reeve announced the death, and her longtime secretary Ona Brisk said the cause was pneumonia.")
RADIO = ("Former Commissioner Edda Lorne, who represented Wexmoor on the harbour board for two decades, has died, a "
         "former aide told Coast Radio.  Lorne died quietly on Tuesday night of pneumonia, with her husband Karel Lorne "
         "and other relatives at her side, the aide said.  Lorne worked as a harbour pilot in her twenties and as a "
         "ferry captain in her thirties.  She later ran the pilot school at the port and trained a generation of pilots.")
LANTERN = ("Former Commissioner Edda Lorne of Wexmoor, a former harbour pilot who was once married to the painter Ilse "
           "Varn, has died at 88, her longtime secretary said Thursday.  Lorne died Tuesday of pneumonia at home in "
           "Wexmoor, with her husband and son at her side, Ona Brisk said.  \"She was tired but had a great deal of "
           "spirit until her final days,\" Brisk said.  Lorne, a Liberal, was elected to the harbour board in 1990 and "
           "served four terms.")
TERMS = "elected to the harbour board in 1990"


@pytest.fixture(scope="module")
def report():
    arts = [Article(id="herald", outlet="Wexmoor Herald", title="Former commissioner Edda Lorne dies at 88", text=HERALD),
            Article(id="radio", outlet="Coast Radio", title="Edda Lorne, longtime harbour commissioner, dies", text=RADIO),
            Article(id="lantern", outlet="Daily Lantern", title="Edda Lorne dead at 88, once wed to painter", text=LANTERN)]
    return newsweave.analyze(arts, words=120)


def _summary(report, words):
    return next(s for s in report.summary.sentences if words in s.text)


def test_the_case_holds(report):
    s = _summary(report, TERMS)
    assert [c.article_id for c in s.citations] == ["lantern"]  # the summary cites the Lantern alone
    fact = holding_fact(report, s)
    assert fact is not None and set(fact.article_ids) == {"herald", "radio", "lantern"}  # in the three-outlet death fact


def test_the_terms_sentence_counts_the_outlets_that_state_the_terms(report):
    s = _summary(report, TERMS)
    assert set(summary_articles(report, s)) == {"herald", "lantern"}
    fact = holding_fact(report, s)
    (m,) = [m for m in fact.member_status if m.citation.article_id == "lantern"]
    assert m.status == "partial" and set(m.independent_outlets) == {"Wexmoor Herald", "Daily Lantern"}


def test_the_death_lead_keeps_its_three_outlets(report):
    s = _summary(report, "has died at 88")
    assert set(summary_articles(report, s)) == {"herald", "radio", "lantern"}
    assert holding_fact(report, s).status == "shared"


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_every_renderer_says_two_of_three(report, fmt):
    out = render(report, fmt)
    line = next(l for l in out.splitlines() if TERMS in l and "outlets" in l)
    assert re.search(r"2/3 outlets", line) and "3/3" not in line, line


def test_a_report_stored_before_session_24_keeps_its_old_count(report):
    """A stored report's member entries have no `article_ids`: the count falls back to the fact's articles."""
    import dataclasses

    s = _summary(report, TERMS)
    fact = holding_fact(report, s)
    old = dataclasses.replace(fact, member_status=tuple(dataclasses.replace(m, article_ids=()) for m in fact.member_status))
    stored = dataclasses.replace(report, facts=tuple(old if f is fact else f for f in report.facts))
    assert set(summary_articles(stored, s)) == {"herald", "radio", "lantern"}
