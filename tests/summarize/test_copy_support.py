"""A copy supports nothing its original does not, in the summary either (session 17, issue 13).

Fictional story: the Tidewater Courier reports a ferry pier fire, the Valley Echo reprints the
Courier's report under a line of its own, and Harbour Radio writes its own report, which shares two
facts with the Courier (the fire, the ferries moved to the north quay). Before
`summarize/copy_support.py` the ranker read every Courier sentence as "supported by another
document" (its reprint) and the LLM prompt spoke of three news reports, listing the Echo beside
the Courier. The ranking part is an option (`ExtractiveSummarizer(copy_support=True)`, off by
default: see SUMMARIZATION.md); the prompt's count is always by independent outlet.
"""

from __future__ import annotations

import datetime as dt

from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.summarize.features import FEATURE_NAMES
from newsweave.summarize.llm import LLMSummarizer
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article

COURIER = (
    "A fire destroyed the old ferry pier at Saltmere on Sunday night, the harbour authority said.\n\n"
    "Flames were first seen near the ticket kiosk shortly after nine o'clock and spread along the wooden deck.\n\n"
    "A retired lighthouse keeper who watched from the promenade said the glow could be seen from Brackwell.\n\n"
    "The pier, built in 1931, had been closed to foot passengers since a storm damaged its railings last winter.\n\n"
    "Ferries to Gull Island will sail from the north quay until further notice, the authority said."
)
ECHO = "Valley Echo readers on the coast woke up to a changed harbour on Monday.\n\n" + COURIER
RADIO = (
    "Saltmere lost its old ferry pier to a fire on Sunday night.\n\n"
    "Ferries to Gull Island are sailing from the north quay until further notice, the harbour authority told the station.\n\n"
    "The harbour master has asked investigators to examine the kiosk wiring.\n\n"
    "Island residents said they were worried about winter crossings from the exposed quay.\n\n"
    "A councillor for the harbour ward called for a public meeting before any rebuilding plan is approved.\n\n"
    "The station's reporter saw charred timbers floating near the slipway on Monday morning.\n\n"
    "Insurers are expected to send assessors to the site later this week."
)


def _docs():
    day = dt.date(2031, 5, 12)
    arts = [
        Article(id="courier", outlet="Tidewater Courier", text=COURIER, published=day),
        Article(id="echo", outlet="Valley Echo", text=ECHO, published=day + dt.timedelta(days=1)),
        Article(id="radio", outlet="Harbour Radio", text=RADIO, published=day + dt.timedelta(days=1)),
    ]
    seg = RuleSegmenter()
    return tuple(seg.split(a) for a in arts)


def _support(summarizer, docs, article_id, starts):
    cf, _ = summarizer.rank(docs)
    col = FEATURE_NAMES.index("support_docs")
    row = next(i for i, s in enumerate(cf.sentences) if s.article_id == article_id and s.text.startswith(starts))
    return float(cf.features[row, col])


def test_a_sentence_only_an_article_and_its_copy_carry_has_no_support():
    docs = _docs()
    keeper = "A retired lighthouse keeper"
    assert _support(ExtractiveSummarizer(copy_support=True), docs, "courier", keeper) == 0.0
    assert _support(ExtractiveSummarizer(copy_support=True), docs, "echo", keeper) == 0.0
    # every article a source (copy_support=False, as before): "supported by one of two others"
    assert _support(ExtractiveSummarizer(copy_support=False), docs, "courier", keeper) == 0.5


def test_an_independent_outlet_still_supports_and_counts_once():
    docs = _docs()
    # the Courier's ferries sentence: Radio says it too (one other source of one: 1.0)
    assert _support(ExtractiveSummarizer(copy_support=True), docs, "courier", "Ferries to Gull Island") == 1.0
    # Radio's: the Courier and its reprint are one other source, not two
    assert _support(ExtractiveSummarizer(copy_support=True), docs, "radio", "Ferries to Gull Island") == 1.0
    # Radio's own sentence: no other source
    assert _support(ExtractiveSummarizer(copy_support=True), docs, "radio", "The harbour master") == 0.0


class _Recorder:
    """A chat backend that keeps the prompt and answers one sentence of the Courier's."""

    def __init__(self) -> None:
        self.messages = None

    def chat(self, messages, *, max_tokens=400, temperature=0.0, timeout=None):
        self.messages = messages
        return "A fire destroyed the old ferry pier at Saltmere on Sunday night, the harbour authority said."


def test_the_llm_prompt_counts_a_copy_as_its_original_outlet():
    backend = _Recorder()
    LLMSummarizer(backend=backend).summarize_checked(_docs(), words=80, story_id="s")
    prompt = backend.messages[-1]["content"]
    assert prompt.startswith("Facts from 2 news reports")
    listed = [line.rsplit(" (", 1)[1].rstrip(")").split(", ") for line in prompt.splitlines() if line[:1].isdigit()]
    assert listed and all("Valley Echo" not in outlets for outlets in listed)
    assert ["Harbour Radio", "Tidewater Courier"] in listed  # the ferries: two outlets, the reprint not a third


def test_the_analysis_reuses_the_summarizer_s_copy_search(monkeypatch):
    from newsweave.analyze import copy_sources, derivation

    calls = []
    real = derivation.find_derivations
    monkeypatch.setattr(derivation, "find_derivations", lambda docs, **kw: calls.append(1) or real(docs, **kw))
    from newsweave.pipeline.core import Pipeline

    copy_sources._CACHE.clear()
    report = Pipeline(summarizer=ExtractiveSummarizer(copy_support=True)).report([d.article for d in _docs()])
    assert len(calls) == 1
    assert [(d.copy_id, d.source_id) for d in report.derivations] == [("echo", "courier")]
