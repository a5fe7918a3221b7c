"""Window evidence for a carried claim (analyze/facts_window.py): spans of one or two adjacent sentences
of the carrier scored by the shipped same-claim pair judge, the best one cited when it passes; the facts
cite a window as one citation spanning both sentences, and every renderer shows exactly that span.
Texts are fictional; the embedder is a small unit-length bag of words written here."""

from __future__ import annotations

import json
import re
import zlib
from importlib import resources

import jsonschema
import numpy as np
import pytest

from newsweave.analyze import facts as F
from newsweave.analyze.facts_pairs import load_pair_judge, story_inputs
from newsweave.analyze.facts_window import WindowScorer, window_evidence
from newsweave.render import render
from newsweave.types import StoryReport, Summary

from .test_facts_carried import CLAIM, FILLER_A, FILLER_B, TOLD, _sentences


def _embed(texts):
    out = np.zeros((len(texts), 64))
    for k, t in enumerate(texts):
        for w in t.lower().split():
            out[k, zlib.crc32(w.strip(".,").encode()) % 64] += 1.0
    n = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.where(n > 0, n, 1.0)


# the ferry claim told over two adjacent sentences, neither of which states it alone
FIRST = "The Pellworth ferry left the harbour for Marrow Island on Sunday."
SECOND = "It carried 412 passengers, the most in years."
N_A = len(FILLER_A) + 1


@pytest.fixture(scope="module")
def judge():
    j = load_pair_judge()
    assert j is not None  # shipped with the package
    return j


def _story(carrier):
    return _sentences([[CLAIM] + FILLER_A, carrier])


def test_a_one_sentence_span_gets_exactly_the_judge_s_pair_probability(judge):
    sents, doc_of, _ = _story(FILLER_B[:4] + [TOLD] + FILLER_B[4:])
    scorer = WindowScorer(sents, doc_of, _embed)
    full = judge.matrix(story_inputs(sents, _embed))
    for i in (0, 3, N_A + 4):
        d = 1 - doc_of[i]
        spans = [w for w in scorer.windows(d) if w[0] == w[1]]
        p = judge.probability(scorer.features(i, spans))
        assert p == pytest.approx(full[i, [a for a, _ in spans]], abs=1e-9)


def test_windows_are_single_sentences_and_pairs_adjacent_in_the_article():
    sents, doc_of, _ = _story(FILLER_B[:4] + [FIRST, SECOND] + FILLER_B[4:])
    scorer = WindowScorer(sents, doc_of, _embed)
    spans = scorer.windows(1)
    n_b = len(FILLER_B) + 2
    assert len(spans) == n_b + (n_b - 1)
    assert spans[:n_b] == [(N_A + k, N_A + k) for k in range(n_b)]
    assert (N_A + 4, N_A + 5) in spans
    # a sentence left out of the fact sentences (too short) breaks adjacency: no window across it
    gap = [s for s in sents if s.index != 2 or s.article_id != "art1"]
    docs = [0 if s.article_id == "art0" else 1 for s in gap]
    spans_gap = WindowScorer(gap, docs, _embed).windows(1)
    firsts = {(gap[a].index, gap[b].index) for a, b in spans_gap if a != b}
    assert (1, 3) not in firsts and (0, 1) in firsts and (3, 4) in firsts


def test_the_two_sentence_window_is_chosen_when_the_claim_is_told_over_both(judge):
    sents, doc_of, _ = _story(FILLER_B[:4] + [FIRST, SECOND] + FILLER_B[4:])
    scorer = WindowScorer(sents, doc_of, _embed)
    spans = scorer.windows(1)
    p = judge.probability(scorer.features(0, spans))
    k = int(np.argmax(p))
    assert spans[k] == (N_A + 4, N_A + 5)
    single = max(p[spans.index((N_A + 4, N_A + 4))], p[spans.index((N_A + 5, N_A + 5))])
    assert p[k] > single
    # through window_evidence: kept with a bar under its probability, dropped (not cited, not counted) above it
    assert window_evidence({0: {1: N_A + 4}}, sents, doc_of, _embed, judge, bar=0.0) == {0: {1: (N_A + 4, N_A + 5)}}
    assert window_evidence({0: {1: N_A + 4}}, sents, doc_of, _embed, judge, bar=float(p[k]) + 1e-6) == {}


def test_a_claim_stated_in_one_sentence_is_cited_by_that_sentence_alone(judge):
    sents, doc_of, _ = _story(FILLER_B[:4] + [TOLD] + FILLER_B[4:])
    assert window_evidence({0: {1: N_A + 4}}, sents, doc_of, _embed, judge, bar=0.0) == {0: {1: (N_A + 4, N_A + 4)}}


def _window_report():
    sents, doc_of, documents = _story(FILLER_B[:4] + [FIRST, SECOND] + FILLER_B[4:])
    groups = [[i] for i in range(len(sents))]
    fg = F.FactGroups(sents, doc_of, groups, np.eye(len(sents)), 0.35, carried={0: {1: N_A + 4}}, windows={(0, N_A + 4): N_A + 5})
    facts = F.facts_from_groups(documents, fg)
    # the ferry fact and the window's second sentence as a fact of its own (both cited in the report)
    shown = tuple(f for f in facts if f.text in (CLAIM, SECOND))
    return sents, documents, StoryReport("ferry", documents, Summary("ferry", "extractive", ()), facts=shown)


def test_the_facts_cite_a_window_as_one_citation_spanning_both_sentences():
    sents, documents, report = _window_report()
    ferry = next(f for f in report.facts if f.text == CLAIM)
    (c,) = ferry.told_by
    a, b = sents[N_A + 4], sents[N_A + 5]
    assert (c.article_id, c.start, c.end, c.sentence_index) == ("art1", a.start, b.end, a.index)
    assert documents[1].article.text[c.start:c.end] == FIRST + " " + SECOND
    assert ferry.status == "shared" and ferry.independent_outlets == ("Outlet 0", "Outlet 1")
    # each window sentence keeps its own fact and status
    assert {f.text: f.status for f in report.facts}[SECOND] == "unique"


def test_every_renderer_shows_exactly_the_window():
    _, documents, report = _window_report()
    window = FIRST + " " + SECOND
    schema = json.loads(resources.files("newsweave").joinpath("schema/story.schema.json").read_text(encoding="utf-8"))
    data = json.loads(render(report, "json"))
    jsonschema.validate(data, schema)
    ferry = next(f for f in data["facts"] if f["text"] == CLAIM)
    assert [t["text"] for t in ferry["told_by"]] == [window]
    md = render(report, "markdown")
    assert f"Outlet 1: “{window}”" in md
    html = render(report, "html")
    assert f'title="Outlet 1: {window}"' in html
    # the source text marks the whole window, and each window sentence cited as its own fact keeps its anchor
    art1 = html[html.index('id="a-art1"'):]
    marked = "".join(re.findall(r"<mark[^>]*>(.*?)</mark>", art1[: art1.index("</section>")]))
    assert window in marked
    start = documents[1].sentences[5].start
    assert f'id="s-art1-{start}"' in art1
