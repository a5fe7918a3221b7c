"""An LLM as judge: ask a chat backend whether the sources state everything the sentence says.

Slower than the lexical checks and only as good as the model; use it after them:
`AllOf((LexicalVerifier(), LLMJudgeVerifier(backend)))`. An answer that is neither yes nor no,
or a backend failure, counts as not supported (the sentence is then replaced by its source).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import LLMError
from ..llm import ChatBackend
from . import Verdict

JUDGE_PROMPT = """Sources:
{sources}

Claim: {sentence}

Is every fact in the claim (names, numbers, dates, who did what) stated in the sources? Answer with one word: yes or no."""

_ANSWER = re.compile(r"\b(yes|no)\b", re.I)


def parse_judgement(answer: str) -> bool | None:
    """True for an answer that starts with "yes", False for "no", None when it is neither."""
    match = _ANSWER.search(answer.strip()[:80])
    if not match:
        return None
    return match.group(1).lower() == "yes"


@dataclass
class LLMJudgeVerifier:
    backend: ChatBackend
    timeout: float = 60.0

    def check(self, sentence: str, sources: Sequence[str]) -> Verdict:
        prompt = JUDGE_PROMPT.format(sources="\n".join(f"- {s}" for s in sources), sentence=sentence)
        try:
            answer = self.backend.chat([{"role": "user", "content": prompt}], max_tokens=8, temperature=0.0, timeout=self.timeout)
        except LLMError as exc:
            return Verdict(False, (f"the judge LLM failed: {exc.message}",), 0.0)
        verdict = parse_judgement(answer)
        if verdict is None:
            return Verdict(False, (f"the judge LLM gave no yes/no answer ({answer.strip()[:40]!r})",), 0.0)
        return Verdict(verdict, () if verdict else ("the judge LLM says the sources do not state it",), 1.0 if verdict else 0.0)
