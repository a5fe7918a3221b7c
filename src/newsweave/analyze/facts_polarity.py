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
reads the negation in one main clause and not the other ("entering with no agenda" / "she had no agenda").

Only sentences with a negation word and a partner of another article at or above half the bar (the floor the
agreement check reads) are parsed: a few per story. Without spaCy the rule does nothing.

Measured (session 19, benchmarks/ANALYSIS.md "Session 19 (facts"; 852ccd6 and 852ccd6 + this rule in separate worker
processes, non-articles screened as the product does, `benchmarks/facts_compare_runs.py`). Session 9 had measured the
parse rule alone as a variant and left it (`benchmarks/facts_over_grouping.py --variants`, "polarity"); this module adds
the affirmative-side condition and the hedge exemption, both chosen on the development sets (15 fact sets, 1,211
sentences): status right 827 -> 842, over-grouped 122 -> 105, under-grouped 262 -> 264, wrong groups 53 -> 47; Corbyn
pair precision 0.57 -> 0.65 with the same 31 of 47 same-claim pairs found; conflicts and the timeline unchanged. On the
sealed fresh set `facts_dev_p` (10 AllSides stories, labelled before any run, scored once): 55 vs 54 of 83, over-grouped
15 -> 11 but under-grouped 13 -> 18: a story whose core claim is itself a refusal ("has no plans to create" / "is
opposing creating" / "decided against appointing") is split, as is "should not have" against "was improper". A negation
told in a word (oppose, against, improper, cleared) is the rule's blind spot. So it is OFF by default
(`group_sentences(polarity=False)`): an option, tested.
"""

from __future__ import annotations

import re

import numpy as np

from ..types import Sentence

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


def opposite_pairs(sentences: list[Sentence], sims: np.ndarray, doc_of: list[int], threshold: float, nlp) -> np.ndarray:
    """Boolean (n, n) mask of the cross-article pairs with similarity at least half of `threshold` whose stances are
    opposite: one main predicate negated, the other sentence free of any negation. `nlp`: a spaCy pipeline with a
    parser (None: no pair)."""
    from .fact_similarity import core_text

    n = len(sentences)
    out = np.zeros((n, n), dtype=bool)
    if nlp is None or n < 2:
        return out
    cores = [core_text(s.text) for s in sentences]
    has_neg = np.array([bool(NEGATION.search(c)) for c in cores])
    docs = np.asarray(doc_of)
    near = (sims >= 0.5 * threshold) & (docs[:, None] != docs[None, :])
    # only a sentence with a negation word and an affirmative partner close enough to matter is parsed
    ask = [i for i in range(n) if has_neg[i] and (near[i] & ~has_neg).any()]
    if not ask:
        return out
    from .parsing import parse_texts

    negated = np.zeros(n, dtype=bool)
    for i, parsed in zip(ask, parse_texts(nlp, [cores[i] for i in ask])):
        negated[i] = main_negated(parsed)
    pair = near & negated[:, None] & ~has_neg[None, :]
    return pair | pair.T


def veto_opposites(sentences: list[Sentence], sims: np.ndarray, doc_of: list[int], threshold: float, nlp="auto") -> np.ndarray:
    """`sims` with the opposite-stance pairs zeroed (the grouping then treats them as blocked, like figures that
    disagree). `nlp`: a spaCy pipeline, "auto" for the shared one (`entities.shared_nlp`), None for none."""
    if isinstance(nlp, str) and nlp == "auto":
        from ..errors import ModelError
        from .entities import shared_nlp

        try:
            nlp = shared_nlp()
        except ModelError:
            nlp = None
    mask = opposite_pairs(sentences, sims, doc_of, threshold, nlp)
    if not mask.any():
        return sims
    out = np.array(sims, dtype=float)
    out[mask] = 0.0
    return out
