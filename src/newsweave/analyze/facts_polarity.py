"""Opposite stances are never one fact: "X said he was not planning to do it" and "X said he is considering it".

The fact grouping (`facts.group_sentences`) counts, beside each fact, the outlets that state it, and since session 18
the summary shows that count ("2/3 outlets"). When it joins two sentences that share the story's names but say
opposite things, the report states that an outlet said what it denied. Pair similarity (TF-IDF plus static
embeddings) cannot see it: a denial repeats the words of what it denies ("had never discussed the strikes with the
minister" / "is facing calls to resign for reportedly discussing the strikes with the minister").

The rule, as "figures and named sources must agree" (`fact_similarity.agreement_penalty`): a cross-article pair is
never one fact when one sentence's main predicate is negated and the other sentence has no negation at all. The
main predicate is the parse root of the sentence's core (`fact_similarity.core_text`, without the attribution
tail), or, when the root is a reporting verb ("said", "told"), the clause it reports; it is negated when it has a
`neg` child ("not", "never", "n't"), is a form of "deny", or has a subject or object "no X" ("no money was paid").
"The other sentence has no negation at all" (no "not", "no", "never", "n't", "without", "deny", "none", "nothing",
"nobody", "neither", "nor" anywhere in its core) keeps out the pairs where both sides negate something and the parse
reads the negation in one main clause and not the other ("entering with no agenda" / "she had no agenda"); nor a word
of negative meaning (`NEGATIVE_WORDS`: oppose, against, refuse, reject, decline, fail, improper, ...), so that a refusal
told in a word ("is opposing creating") stays with the same refusal told with a negation ("has no plans to create").

Only sentences with a negation word and a partner of another article at or above half the bar (the floor the
agreement check reads) are parsed: a few per story. Without spaCy the rule does nothing.

Measured (session 19, benchmarks/ANALYSIS.md "Session 19 (facts"; 852ccd6 and 852ccd6 + this rule in separate worker
processes, non-articles screened as the product does, `benchmarks/facts_compare_runs.py`). Session 9 had measured the
parse rule alone as a variant and left it (`benchmarks/facts_over_grouping.py --variants`, "polarity"); this module adds
the affirmative-side condition and the hedge exemption, both chosen on the development sets (15 fact sets, 1,211
sentences): status right 827 -> 842, over-grouped 122 -> 105, under-grouped 262 -> 264; Corbyn pair precision 0.57 ->
0.65; conflicts and the timeline unchanged. Scored once on the sealed `facts_dev_p` (10 AllSides stories): 55 vs 54 of
83 (over 15 -> 11, under 13 -> 18): a refusal told as "has no plans to" / "is opposing" / "decided against" was split.
The words of negative meaning were added after that run (so `_p` is tuning data for them): development sets 841,
over 106, under 264; `_p` 57 of 83, over 13, under 13. The second sealed set, `facts_dev_q` (10 more AllSides stories,
labelled after `_p`'s run, scored once for this rule): 45 vs 46 of 77, over-grouped 18 -> 17, under-grouped 14 -> 14. ON by
default (`group_sentences(polarity=True)`). Blind spots: a claim stated in the denial's trailing clause ("said no money was
paid, after reports that a bill was sent" against "reports said a bill was sent") and a denial told as a fact without a
negation word ("acted lawfully" / "will not be disciplined").
"""

from __future__ import annotations

import re

import numpy as np

from ..types import Sentence
from .parsing import auto_nlp

# Any negation in a sentence's core: a sentence with none is "affirmative" for the rule.
NEGATION = re.compile(r"\b(?:not|never|no|none|nothing|nobody|neither|nor|without|den(?:y|ies|ied|ying))\b|n['’]t\b", re.I)
# A reporting root whose clausal complement carries the claim ("X said he would not ...").
REPORTING = re.compile(
    r"^(?:say|says|said|saying|tell|tells|told|telling|announce[sd]?|announcing|report(?:s|ed|ing)?|claim(?:s|ed|ing)?|"
    r"insist(?:s|ed|ing)?|add(?:s|ed|ing)?|state[sd]?|stating|write|writes|wrote|written|tweet(?:s|ed|ing)?|argue[sd]?|"
    r"arguing|warn(?:s|ed|ing)?|confirm(?:s|ed|ing)?)$",
    re.I,
)
DENY = re.compile(r"^den(?:y|ies|ied|ying)$", re.I)
# Negation told in a word: a sentence with one of these is not "affirmative" either ("is opposing creating" states what
# "has no plans to create" states; "was improper" what "should not have"). Session 19, after `facts_dev_p`'s one run.
NEGATIVE_WORDS = re.compile(
    r"\b(?:oppos(?:e|es|ed|ing|ition)|against|refus(?:e|es|ed|ing|al)|reject(?:s|ed|ing|ion)?|declin(?:e|es|ed|ing)|"
    r"fail(?:s|ed|ing|ure)?|improper(?:ly)?|unable|lack(?:s|ed|ing)?|halt(?:s|ed|ing)?|block(?:s|ed|ing)?|"
    r"cancel(?:s|ed|led|ing|ling)?|scrap(?:s|ped|ping)?|abandon(?:s|ed|ing)?)\b",
    re.I,
)
# A negated verb of belief, knowledge or need states doubt, not the opposite act ("does not believe it can settle the
# question" is "inconclusive"; "might not need passwords much longer" is "passwords may go"): not a stance.
HEDGE = re.compile(r"^(?:believ|think|thought|know|knew|expect|need|seem|appear|sure|clear|certain|likely)", re.I)


def main_negated(parsed) -> bool:
    """Is the main predicate of a parsed sentence negated (see the module docstring)?"""
    pred = next((t for t in parsed if t.dep_ == "ROOT"), None)
    if pred is None:
        return False
    if REPORTING.match(pred.text):
        pred = next((c for c in pred.children if c.dep_ == "ccomp"), pred)
    if DENY.match(pred.text):
        return True
    if any(c.dep_ == "neg" for c in pred.children):
        return not HEDGE.match(pred.text)
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
               for c in pred.children)


def opposite_pairs(sentences: list[Sentence], sims: np.ndarray, doc_of: list[int], threshold: float, nlp, *,
                   words: bool = True) -> np.ndarray:
    """Boolean (n, n) mask of the cross-article pairs with similarity at least half of `threshold` whose stances are
    opposite: one main predicate negated, the other sentence free of any negation (and, with `words`, of any word of
    negative meaning, `NEGATIVE_WORDS`). `nlp`: a spaCy pipeline with a parser (None: no pair)."""
    from .fact_similarity import core_text

    n = len(sentences)
    out = np.zeros((n, n), dtype=bool)
    if nlp is None or n < 2:
        return out
    cores = [core_text(s.text) for s in sentences]
    has_neg = np.array([bool(NEGATION.search(c)) for c in cores])
    # the affirmative side: no negation word and no word of negative meaning
    affirmative = np.array([not h and not (words and NEGATIVE_WORDS.search(c)) for h, c in zip(has_neg, cores)])
    docs = np.asarray(doc_of)
    near = (sims >= 0.5 * threshold) & (docs[:, None] != docs[None, :])
    # only a sentence with a negation word and an affirmative partner close enough to matter is parsed
    ask = [i for i in range(n) if has_neg[i] and (near[i] & affirmative).any()]
    if not ask:
        return out
    from .parsing import parse_texts

    negated = np.zeros(n, dtype=bool)
    for i, parsed in zip(ask, parse_texts(nlp, [cores[i] for i in ask])):
        negated[i] = main_negated(parsed)
    pair = near & negated[:, None] & affirmative[None, :]
    return pair | pair.T


def veto_opposites(sentences: list[Sentence], sims: np.ndarray, doc_of: list[int], threshold: float, nlp="auto", *,
                   words: bool = True) -> np.ndarray:
    """`sims` with the opposite-stance pairs zeroed (the grouping then treats them as blocked, like figures that
    disagree). `nlp`: a spaCy pipeline, "auto" for the shared one (`entities.shared_nlp`), None for none."""
    nlp = auto_nlp(nlp)
    mask = opposite_pairs(sentences, sims, doc_of, threshold, nlp, words=words)
    if not mask.any():
        return sims
    out = np.array(sims, dtype=float)
    out[mask] = 0.0
    return out
