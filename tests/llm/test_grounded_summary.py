"""The LLM summarizer with the one-source-sentence checker, on the fictional example.

The LLM is not what is tested here, so `FixedAnswer` plays one that wrote the constructed
sentences below (each an error kind issue 14 found); the checker, the citations and the
replacements are the real code. The determinism test runs the real SmolLM2 model."""

from __future__ import annotations

import pytest

from newsweave.summarize.llm import LLMSummarizer
from newsweave.summarize.replacement import clean_replacement
from newsweave.verify.grounding import GroundedVerifier

FAITHFUL = "Ferry services from Port Alder have been suspended until Friday while divers inspect the harbour floor."
MERGED = "Fourteen people were injured in the collapse, officials said."  # number from one outlet, attribution from another
WRONG_ACTOR = "Gareth Pryce said the bridge passed its last full inspection and was safe to use."
DROPPED_ATTRIBUTION = "The bridge passed its last full inspection and was safe to use."
WRONG_NOUN = "Twelve sections of the Kestrel Footbridge collapsed into Port Alder harbour."  # twelve people, not sections


class FixedAnswer:
    """A chat backend that always answers the same text."""

    def __init__(self, text: str) -> None:
        self.text = text

    def chat(self, messages, *, max_tokens=400, temperature=0.0, timeout=None):
        return self.text


def cited(citation, docs) -> str:
    text = {d.article.id: d.article.text for d in docs}[citation.article_id]
    return text[citation.start : citation.end]


def run(docs, *sentences):
    return LLMSummarizer(backend=FixedAnswer(" ".join(sentences))).summarize_checked(docs, words=200, story_id="s")


@pytest.fixture(scope="module")
def checked(example_docs):
    return run(example_docs, DROPPED_ATTRIBUTION, FAITHFUL)


@pytest.mark.parametrize("bad", [MERGED, WRONG_ACTOR, DROPPED_ATTRIBUTION, WRONG_NOUN])
def test_each_error_kind_is_rejected_and_the_faithful_sentence_kept(example_docs, bad):
    summary, log = run(example_docs, bad, FAITHFUL)
    actions = {s.text: s.action for s in log.sentences}
    assert actions[bad] in {"replaced", "dropped"}, log
    assert actions[FAITHFUL] == "supported", log
    assert bad not in [s.text for s in summary.sentences]
    assert FAITHFUL in [s.text for s in summary.sentences if s.support == "supported"]


def test_every_citation_of_an_accepted_sentence_states_it_alone(checked, example_docs):
    summary, _ = checked
    verifier = GroundedVerifier()
    accepted = next(s for s in summary.sentences if s.support == "supported")
    assert accepted.citations
    for c in accepted.citations:
        assert verifier.check(accepted.text, [cited(c, example_docs)]).supported, cited(c, example_docs)


def test_replacements_are_clean_source_sentences(checked, example_docs):
    summary, _ = checked
    replaced = [s for s in summary.sentences if s.support == "replaced"]
    assert replaced
    for s in replaced:
        assert s.text == " ".join(cited(s.citations[0], example_docs).split())
        assert clean_replacement(s.text), s.text
        assert "failed the check" in s.note


def test_clutter_never_replaces():
    assert not clean_replacement("CLOSE Residents describe the night the footbridge fell.")
    assert not clean_replacement("Related: Marrowby council to review every bridge")
    assert not clean_replacement("Divers search the harbour on Wednesday. (AP Photo/Jon Marsh)")
    assert not clean_replacement('"And nobody listened.')
    assert not clean_replacement("Advertisement")
    assert clean_replacement("The Transport Safety Board has opened an investigation into the collapse.")


@pytest.mark.slow
def test_same_input_same_summary_after_other_calls(smol, example_docs):
    """Same articles and settings give the same summary, even after the loaded model answered
    something else (llama.cpp reuses its KV cache across requests unless told not to)."""
    summarizer = LLMSummarizer(backend=smol, timeout=240)
    first = summarizer.summarize(example_docs, words=80, story_id="a")
    other = summarizer.summarize(example_docs[1:3], words=60, story_id="b")
    smol.chat([{"role": "user", "content": "Name three kinds of boat."}], max_tokens=30)
    again = summarizer.summarize(example_docs, words=80, story_id="a")
    assert [s.text for s in other.sentences] != [s.text for s in first.sentences]
    assert [(s.text, s.citations, s.support) for s in again.sentences] == [(s.text, s.citations, s.support) for s in first.sentences]
    assert again.warnings == first.warnings


def test_a_sentence_inside_a_running_quotation_is_the_speakers():
    from newsweave.summarize.llm import inside_quotation

    text = 'Ms Okafor spoke first.\n"We will rebuild the bridge. It will be stronger than before," she said. Work starts in May.'
    assert inside_quotation(text, text.index("It will be"))
    assert not inside_quotation(text, text.index('"We will'))
    assert not inside_quotation(text, text.index("Work starts"))


def test_a_block_quotation_after_said_colon_is_the_speakers():
    from newsweave.summarize.llm import inside_quotation

    text = "In a statement, the harbour master said:\n\nThe footbridge is the safest in the county.\n\nDivers returned on Friday."
    assert inside_quotation(text, text.index("The footbridge"))
    assert not inside_quotation(text, text.index("Divers"))


def _docs(*texts):
    from newsweave.text.segment import RuleSegmenter
    from newsweave.types import Article

    seg = RuleSegmenter()
    return tuple(seg.split(Article(id=f"a{k}", outlet=f"Outlet {k}", text=t)) for k, t in enumerate(texts))


def test_a_pre_event_report_is_not_cited_for_the_outcome():
    report = "Orla Brennick visited the ferry terminal in Marrowby with council leaders on Tuesday. The visit lasted two hours."
    preview = "Orla Brennick is set to visit the ferry terminal later today. Orla Brennick visits the ferry terminal in Marrowby with council leaders."
    current = "Orla Brennick has promised a new ferry timetable. Orla Brennick visits the ferry terminal in Marrowby with council leaders."
    outcome = "Orla Brennick visited the ferry terminal in Marrowby with council leaders."
    summary, log = run(_docs(report, preview), outcome)
    assert [s.action for s in log.sentences] == ["supported"], log
    assert {c.article_id for c in summary.sentences[0].citations} == {"a0"}
    # the same present-tense sentence in an article that is not a preview is a second outlet
    summary, log = run(_docs(report, current), outcome)
    assert {c.article_id for c in summary.sentences[0].citations} == {"a0", "a1"}


def test_an_outlet_list_copied_from_the_prompt_is_not_part_of_the_sentence():
    from newsweave.summarize.llm import without_outlet_marks

    outlets = ["Marrowby Gazette", "Coastline News Agency"]
    assert without_outlet_marks("The bridge fell on Tuesday. (Marrowby Gazette, Coastline News Agency)", outlets) == "The bridge fell on Tuesday."
    assert without_outlet_marks("The bridge fell on Tuesday (Marrowby Gazette).", outlets) == "The bridge fell on Tuesday."
    assert without_outlet_marks("The bridge (built in 1998) fell on Tuesday.", outlets) == "The bridge (built in 1998) fell on Tuesday."
    assert without_outlet_marks("The bridge fell on Tuesday (local time).", outlets) == "The bridge fell on Tuesday (local time)."


def test_a_sentence_that_points_back_needs_its_sources_previous_sentence_before_it():
    docs = _docs(
        "Ferry crossings at Port Alder fell sharply this winter. Marrowby council counted 40 ferry crossings in March. "
        "That is on top of 35 crossings in February.",
        "Divers inspected the harbour floor on Friday.",
    )
    back = "That is on top of 35 crossings in February."
    _, log = run(docs, "Divers inspected the harbour floor on Friday.", back)
    assert [s.action for s in log.sentences][1] in {"replaced", "dropped"}, log
    assert "points back" in log.sentences[1].reasons[0]
    _, log = run(docs, "Marrowby council counted 40 ferry crossings in March.", back)
    assert [s.action for s in log.sentences] == ["supported", "supported"], log
