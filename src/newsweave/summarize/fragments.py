"""A sentence with no verb that can be finite is never a summary sentence (issue 13, session 28).

An editor does not print a fragment as a sentence of its own: a caption line ("The mayor's brother
and his mother, at the service."), a piece the segmenter cut off a longer sentence ("And then a
form to give a reason."), an aside that only works after the sentence before it ("Enough to knock
the lid off."). `standalone.verbless` catches clear fragments by words alone and is generous about
what may be a verb; this check reads the tagger's parse of the one sentence the selection is about
to take (`parsed_rows.parsed`, made on demand; without spaCy nothing is refused).

`fragment(parsed)` is true when no token can be a finite verb:
- no finite tag (VBD, VBZ, VBP, MD, or a morph `VerbForm=Fin`), and no past participle (VBN: in
  lower-cased copies the tagger often takes a past tense for one);
- no word ending in "ed" the tagger read as a name or an adjective (a past tense after a lost
  capital: "Reviewed" after an abbreviation's full stop);
- no plural noun right after a singular noun, a name, a number or a pronoun and before a comma, a
  full stop, an adverb, a preposition or a determiner ("the adult population smokes, down from ...",
  "The Show returns later this year."): a present tense the tagger read as a noun;
- no bare verb except after "to" (an imperative: "Take it with a grain of salt.", "Just ask the
  mayor."; a present tense the tagger left bare: "Neither the crews nor the county know ...").

`fragment_alone` applies it in the greedy (coverage.py) to a sentence shown without the sentence
before it in its article (right after that sentence a fragment reads as the article prints it),
and only to one with no word that is always a finite verb ("is", "had", "said", ...: not parsed)
that does not open a quotation (a tweet's verbless first line is the writer's own words, shown
whole with the rest of the quotation).

Measured (session 28, tuning: every judged span was read before): over the 1,357 judged spans of
the readability gold, the check (the word and quotation pre-checks, then `fragment`) marks 8 not
publishable and 1 publishable (a one-line answer to the question before it, the case `fragment_alone` lets through
when that sentence is shown first). In d8b9be0's 120-word summaries it takes out 2 of the 121
failures (a caption line opening an article, a piece cut off a sentence that is not shown) and no
publishable sentence; ROUGE moves only where a verbless line leaves a 250-word summary. Of 500
training summaries (every 40th cluster, 120 words) 9 change: 6 lose a caption or a cut piece, 1 is
mixed, 2 are worse (an essay's line whose verb the tagger read as a noun; one summary whose path
changed without a fragment in it). Figures: benchmarks/SUMMARIZATION.md, "Session 28 (...; brief R6)".
"""

from __future__ import annotations

import re

# A word that is a finite verb wherever it stands: a sentence holding one is no fragment, and is
# not parsed for this check (most sentences; the parse is the cost).
_FINITE_WORD = re.compile(r"\b(?:is|are|was|were|am|has|have|had|does|did|will|would|shall|should|can|could|may|might|must|said|says|told|tells)\b", re.I)
_QUOTES = frozenset("\"“‘'")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VBN"})
_NOUNISH = frozenset({"NNP", "NNPS", "JJ", "NN"})
_AFTER_VERB = frozenset({",", ".", "RB", "IN", "DT"})  # tags that may follow a verb, not a noun compound


def fragment(parsed) -> bool:
    """Does the parsed sentence (a spaCy Doc of one summary candidate) hold no word that can be a
    finite verb, and not open on an imperative?"""
    words = [t for t in parsed if not t.is_punct and not t.is_space]
    if len(words) < 2:
        return False
    tokens = list(parsed)
    for k, t in enumerate(tokens):
        if t.tag_ in _FINITE_TAGS or "Fin" in t.morph.get("VerbForm"):
            return False
        if t.tag_ == "VB" and not (k and tokens[k - 1].tag_ == "TO"):
            return False  # an imperative ("Take it with a grain of salt.") or a present tense tagged bare ("Neither X nor Y come ...")
        if t.tag_ in _NOUNISH and len(t.text) > 4 and t.lower_.endswith("ed") and not (t.tag_ == "JJ" and k + 1 < len(tokens) and tokens[k + 1].tag_.startswith("NN")):
            return False  # a past tense read as a name or an adjective (not "the flooded quay")
        if t.tag_ == "NNS" and 0 < k < len(tokens) - 1 and tokens[k - 1].tag_ in ("NN", "NNP", "NNPS", "CD", "PRP") and tokens[k + 1].tag_ in _AFTER_VERB:
            return False  # "the population smokes, ...": a present tense read as a plural noun
    return True


def fragment_alone(meaning, cf, position_of: dict, row: int, shown) -> bool:
    """Is row `row` a `fragment` (parsed on demand from the selection's `meaning`, coverage.py) that
    the summary would show without the sentence before it in its article (`shown`: the rows chosen
    or coming with it)? A fragment right after that sentence reads as its article prints it ("...
    the plan's three taxes. That is, a 9 percent ...") and stays allowed. False without spaCy."""
    from .parsed_rows import parsed

    s = cf.sentences[row]
    if _FINITE_WORD.search(s.text) or s.text.lstrip()[:1] in _QUOTES or position_of.get((s.article_id, s.index - 1)) in shown:
        return False  # a quotation's piece is someone's words, shown whole with the rest (quotations.py)
    rows = parsed(meaning, [row])
    return rows is not None and fragment(rows[row])
