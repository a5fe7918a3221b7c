"""The default verifier: every checkable part of a sentence must appear in its cited sources.

Checks, each giving a reason when it fails:
- names: every capitalised name word is in the sources, and a multi-word name appears as one name
  there (so "Helen Pryce" fails when the sources have "Helen Okafor" and "Gareth Pryce");
- numbers ("fourteen" = "14"), dates (months, weekdays, "yesterday", "last month");
- quoted words, verbatim; and a source's quoted words (four in a row) may not be presented as fact:
  the sentence must quote or attribute them ("the bridge was safe to use" is a spokeswoman's claim);
- negation: a "not"/"never"/"denied" the sources lack, or a source's negation the sentence drops;
- coverage: at least `min_coverage` of the sentence's content words are in the sources, so a
  sentence that adds a claim in plain words ("caused by corrosion") does not pass on names alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..text.tokens import content_terms
from . import Verdict
from .claims import ATTRIBUTION, HONORIFICS, date_terms, name_spans, negations, norm, numbers, quoted, tokens


@dataclass(frozen=True)
class LexicalVerifier:
    min_coverage: float = 0.6

    def check(self, sentence: str, sources: Sequence[str]) -> Verdict:
        if not sources:
            return Verdict(False, ("no source sentence supports it",), 0.0)
        joined = "\n".join(sources)
        reasons = [
            *self._names(sentence, sources, joined),
            *self._numbers(sentence, sources),
            *self._dates(sentence, sources, joined),
            *self._quotes(sentence, joined),
            *self._quote_as_fact(sentence, sources),
            *self._negation(sentence, sources),
        ]
        terms = set(content_terms(sentence))
        coverage = len(terms & set(content_terms(joined))) / len(terms) if terms else 0.0
        if coverage < self.min_coverage:
            reasons.append(f"only {coverage:.0%} of its content words are in the cited sources")
        return Verdict(not reasons, tuple(reasons), round(coverage, 3))

    @staticmethod
    def _names(sentence: str, sources: Sequence[str], joined: str) -> list[str]:
        source_tokens = set(tokens(joined))
        source_spans = [set(span) for s in sources for span in name_spans(s)]
        flat = norm(joined)
        missing: list[str] = []
        split: list[str] = []
        for span in name_spans(sentence):
            core = [t for t in span if t not in HONORIFICS] or list(span)
            absent = [t for t in core if t not in source_tokens]
            if absent:
                missing.extend(absent)
            elif len(core) > 1 and not any(set(core) <= s for s in source_spans) and " ".join(core) not in flat:
                split.append(" ".join(core))
        reasons = []
        if missing:
            reasons.append("names not in the cited sources: " + ", ".join(dict.fromkeys(missing)))
        if split:
            reasons.append("name not found as one name in the cited sources: " + ", ".join(split))
        return reasons

    @staticmethod
    def _numbers(sentence: str, sources: Sequence[str]) -> list[str]:
        known = set().union(*(numbers(s) for s in sources))
        extra = sorted(numbers(sentence) - known)
        return ["numbers not in the cited sources: " + ", ".join(extra)] if extra else []

    @staticmethod
    def _dates(sentence: str, sources: Sequence[str], joined: str) -> list[str]:
        known = set().union(*(date_terms(s) for s in sources))
        flat = norm(joined)
        extra = sorted(d for d in date_terms(sentence) if d not in known and d not in flat)
        return ["dates not in the cited sources: " + ", ".join(extra)] if extra else []

    @staticmethod
    def _quotes(sentence: str, joined: str) -> list[str]:
        flat = norm(joined)
        bad = [q for q in quoted(sentence) if q not in flat]
        return ["quoted words not in the cited sources: " + "; ".join(f'"{q}"' for q in bad)] if bad else []

    @staticmethod
    def _quote_as_fact(sentence: str, sources: Sequence[str]) -> list[str]:
        if quoted(sentence) or ATTRIBUTION.search(sentence):
            return []
        mine = norm(sentence).split()
        grams = {tuple(mine[i : i + 4]) for i in range(len(mine) - 3)}
        for source in sources:
            for quote in _source_quotes(source):
                words = quote.split()
                hit = next((g for g in (tuple(words[i : i + 4]) for i in range(len(words) - 3)) if g in grams), None)
                if hit:
                    return [f"presents quoted words as fact, without quoting or attributing them: \"{' '.join(hit)}\""]
        return []

    @staticmethod
    def _negation(sentence: str, sources: Sequence[str]) -> list[str]:
        mine = negations(sentence)
        theirs = [n for s in sources for n in negations(s)]
        if mine and not theirs:
            return [f"negation ({', '.join(dict.fromkeys(c for c, _ in mine))}) not in the cited sources"]
        if not mine:
            terms = set(content_terms(sentence))
            dropped = list(dict.fromkeys(f"{cue} {word}" for cue, word in theirs if word and word in terms))
            if dropped:
                return ["drops the source's negation: " + ", ".join(dropped)]
        return []


_OPEN_QUOTES = "\"“‘'"


def _source_quotes(source: str) -> list[str]:
    """Quoted passages of a source sentence; a sentence that opens a quotation it does not close
    (the quote runs on into the next sentence) is quoted as a whole."""
    found = quoted(source)
    text = source.strip()
    if text[:1] in _OPEN_QUOTES and sum(text.count(q) for q in "\"“”") % 2 == 1:
        found.append(norm(text))
    return found
