"""The prompt newsweave builds, how answers are cut into sentences, and the LLM judge."""

from __future__ import annotations

import pytest

from newsweave.llm.prompt import EvidenceFact, answer_sentences, build_messages
from newsweave.types import Citation, Sentence
from newsweave.verify import AllOf, LexicalVerifier, Verdict
from newsweave.verify.judge import LLMJudgeVerifier


def test_prompt_groups_evidence_with_outlets():
    s = Sentence("a1", 0, 0, 20, "Fourteen were hurt.\n")
    fact = EvidenceFact(s, (Citation("a1", 0, 20, 0),), ("Marrowby Gazette", "Radio West"))
    messages = build_messages([fact], words=100, n_outlets=5)
    assert messages[0]["role"] == "system"
    user = messages[1]["content"]
    assert "1. Fourteen were hurt. (Marrowby Gazette, Radio West)" in user
    assert "about 100 words" in user and "5 news reports" in user


def test_prompt_counts_one_report_in_the_singular():
    s = Sentence("a1", 0, 0, 20, "Fourteen were hurt.\n")
    fact = EvidenceFact(s, (Citation("a1", 0, 20, 0),), ("Marrowby Gazette",))
    user = build_messages([fact], words=60, n_outlets=1)[1]["content"]
    assert "Facts from 1 news report about one event" in user


def test_answer_sentences_strips_markup_and_cut_off_endings():
    answer = (
        "Here is the summary:\n\n**Summary**\n- The Kestrel Footbridge collapsed on Tuesday [1]. "
        "Fourteen people were hurt [2, 3].\n- The Kestrel Footbridge collapsed on Tuesday. Ok.\n"
        "Investigators from the board arrived and"
    )
    assert answer_sentences(answer) == ["The Kestrel Footbridge collapsed on Tuesday.", "Fourteen people were hurt."]
    assert answer_sentences("") == []


@pytest.mark.slow
def test_llm_judge_runs_on_a_real_model(smol):
    judge = LLMJudgeVerifier(smol, timeout=60)
    verdict = judge.check("Fourteen people were injured.", ["Fourteen people were injured when the bridge collapsed."])
    assert isinstance(verdict, Verdict)
    assert verdict.supported or verdict.reasons  # a tiny model may say no, but always says why


@pytest.mark.slow
def test_llm_judge_failure_counts_as_unsupported(smol):
    verdict = LLMJudgeVerifier(smol, timeout=0.0001).check("A long claim " * 50, ["A source."])
    assert not verdict.supported
    assert "judge" in verdict.reasons[0]


def test_lexical_checks_run_before_the_judge():
    class ExplodingJudge:
        def check(self, sentence, sources):
            raise AssertionError("the judge must not be asked about a sentence the lexical checks reject")

    verdict = AllOf((LexicalVerifier(), ExplodingJudge())).check("John Smith counted 99 injured.", ["Fourteen were injured."])
    assert not verdict.supported
