"""Support checks for summary sentences.

A `Verifier` answers one question: is everything `sentence` claims stated in `sources` (the
source sentences it cites)? The default, `LexicalVerifier`, needs no model: names, numbers, dates,
quoted words and negation must be backed by the sources, and most content words must be there.
`LLMJudgeVerifier` asks an LLM the same question; `AllOf` chains verifiers (every one must agree),
so a user with an NLI model or a judge LLM adds it next to the lexical checks, not instead of them.

`align.SourceIndex` finds which source sentences a generated sentence rests on (its citations).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Verdict:
    """`supported` is the decision; `reasons` say what failed (empty when supported);
    `score` is the verifier's confidence or coverage in [0, 1]."""

    supported: bool
    reasons: tuple[str, ...] = ()
    score: float = 1.0


class Verifier(Protocol):
    def check(self, sentence: str, sources: Sequence[str]) -> Verdict:
        """Is every claim of `sentence` supported by the texts in `sources`?"""
        ...


@dataclass(frozen=True)
class AllOf:
    """Supported only when every verifier says so, asked in order; the first objection stops the
    chain (later verifiers are often slower, like an LLM judge) and gives the reasons."""

    verifiers: tuple[Verifier, ...]

    def check(self, sentence: str, sources: Sequence[str]) -> Verdict:
        reasons: list[str] = []
        score = 1.0
        for verifier in self.verifiers:
            verdict = verifier.check(sentence, sources)
            score = min(score, verdict.score)
            if not verdict.supported:
                reasons.extend(verdict.reasons or (f"{type(verifier).__name__} objected",))
                break
        return Verdict(not reasons, tuple(reasons), score)


from .lexical import LexicalVerifier  # noqa: E402  (needs Verdict above)

__all__ = ["AllOf", "LexicalVerifier", "Verdict", "Verifier"]
