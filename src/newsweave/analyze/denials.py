"""Claims against denials: one article says someone did something that another article says they did not.

"He is facing calls to resign for reportedly discussing the raid with the envoy" against "he said
he had never discussed the raid with the envoy". Read from the dependency parse, narrowly, so that
what is reported is a real contradiction and not two sentences that merely share words:

- A *denial* is a verb negated in the parse ("had never discussed", "did not pay"), or the verb of
  a clause or gerund that a verb of denying governs ("denied that he discussed", "denies
  discussing", "disputed that the crew left"; session 7). Skipped: a
  reporting verb ("did not say"), a negated modal of prospect ("will not", "would not": a
  forecast against an outcome is a pre-event report), a negation inside a conditional or a
  question, one bounded in time ("never met him before the wedding", "not yet"), and one whose
  verb phrase holds fewer than three content words.
- A *claim* is a sentence of another article (not a copy of the first) with no negation word at
  all, holding the same verb (same stem) as a predicate, not as a participle describing a noun
  ("a photograph showing X" describes the photograph), nor as the complement of a verb of declining
  ("declined to indict", "refused to approve": session 14).
- They conflict when the claim's verb phrase and the denied phrase share at least two content
  words besides the verb, one of them a name (the same participants).

- *Obligations* (session 13): a negated "have to" / "need to" / "required to" ("does not have to
  register as a sex offender") denies the obligation of its complement verb, and is matched only
  against another article's asserted obligation of the same verb ("still had to register as a sex
  offender", "must register"); a plain denial is not matched against an obligation, nor an
  obligation against a plain claim ("did not register" vs "had to register" can both be true).
  The phrase is short by nature, so two content words suffice, and the participants are the
  names of the obligation's subject (through "and": "X is cleared and does not have to ...") and
  of its phrase, one of which the claim's sentence must name.

Without a parser (`nlp=None`) nothing is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.tokens import content_terms, stem
from ..types import Citation, Conflict, ConflictSide, Document, Sentence
from .parsing import parse_texts as _parse

_NEGATION = re.compile(r"\b(?:not|never|no|nothing|none|neither|nor|no longer|den(?:y|ies|ied|ial)|disput\w*|reject\w*|refut\w*|falsely)\b|n[’']t\b", re.I)
_REPORTING = frozenset(stem(w) for w in "say said says tell told announce announced report reported add added state stated comment commented know knew".split())
_PROSPECT = frozenset("will would should could may might can must wo ca shall".split())
_BOUND = frozenset("if unless whether until before since yet".split())
_DESCRIBING = frozenset(("acl", "amod", "relcl", "compound"))
_DENYING = frozenset(stem(w) for w in "deny denies denied denying dispute disputes disputed disputing refute refutes refuted refuting".split())


_OBLIGING = frozenset(("have", "has", "had", "having", "need", "needs", "needed", "required", "obliged", "obligated"))


def _obliged(verb) -> bool:
    """`verb` is the complement of an obligation ("has to register", "needed to pay", "is required to
    file") or carries "must"."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lower_ in _OBLIGING and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    return any(c.dep_ == "aux" and c.lower_ == "must" for c in verb.children)


# Verbs whose complement did not happen: "declined to indict", "refused to approve", "failed to pay" (session 14:
# six false reports in one lower-cased training cluster, "declined to indict" against "decision not to indict").
_DECLINING = frozenset(stem(w) for w in "decline declines declined declining refuse refuses refused refusing fail fails failed failing "
                       "neglect neglects neglected neglecting".split())


def _declined(verb) -> bool:
    """`verb` is the complement of a verb of declining, so no claim that it happened."""
    return verb.dep_ == "xcomp" and stem(verb.head.text.lower()) in _DECLINING


def _obligation_denied(tok):
    """The complement verb of a negated obligation ("does not have to register"), or None."""
    head = tok.head
    if tok.dep_ != "neg" or head.lower_ not in _OBLIGING:
        return None
    return next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and _obliged(c)), None)


def _subject_names(verb) -> frozenset:
    """Name stems of the subject of `verb`, inherited through "and" and through an obligation."""
    for v in (verb, verb.head, verb.head.head):
        subj = [t for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
        if subj:
            return frozenset(stem(t.text.lower()) for t in subj if t.pos_ == "PROPN")
        if v.dep_ not in ("conj", "xcomp"):
            break
    return frozenset()


def _denied_verbs(parsed):
    """(verb, cue) pairs: verbs negated in the parse, and the complement verb of a verb of denying."""
    for tok in parsed:
        owed = _obligation_denied(tok)
        if owed is not None:
            yield owed, tok
        elif tok.dep_ == "neg" and tok.head.pos_ == "VERB":
            yield tok.head, tok
        elif tok.pos_ == "VERB" and stem(tok.text.lower()) in _DENYING and not any(c.dep_ == "neg" for c in tok.children):
            for c in tok.children:  # "denied that he discussed ...", "denies discussing ...", "denied having discussed ..."
                if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") or c.dep_ in ("dobj", "obj") and c.tag_ == "VBG":
                    verb = c
                    if verb.lemma_ == "have" or verb.lower_ in ("having", "had", "has", "have"):
                        verb = next((g for g in verb.children if g.dep_ in ("ccomp", "xcomp", "dobj") and g.pos_ == "VERB"), verb)
                    if verb.pos_ == "VERB":
                        yield verb, tok


@dataclass(frozen=True)
class _Denial:
    sentence: Sentence
    doc: int
    verb: str  # stem of the negated verb
    surface: str
    terms: frozenset  # content stems of the verb phrase (the verb and its subject left out)
    names: frozenset
    obligation: bool = False  # "does not have to X": matched only against "had to X" / "must X"


def _phrase(verb, text: str) -> tuple[frozenset, frozenset]:
    """Content stems and name stems of a verb's phrase, its subject left out."""
    toks = [t for t in verb.subtree if not (t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i)]
    subj = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    toks = [t for t in toks if t.i not in subj and t.i != verb.i]
    terms = frozenset(stem(t.text.lower()) for t in toks if t.is_alpha and content_terms(t.text))
    names = frozenset(stem(t.text.lower()) for t in toks if t.pos_ == "PROPN" or (t.text[:1].isupper() and t.i > 0 and t.pos_ == "ADJ"))
    return terms - _REPORTING, names


def _denials(parsed, s: Sentence, d_i: int) -> list[_Denial]:
    out = []
    if s.text.rstrip().endswith("?"):
        return out
    for verb, cue in _denied_verbs(parsed):
        v = stem(verb.text.lower())
        owed = cue.dep_ == "neg" and cue.head.i != verb.i  # the cue negates the obligation, not the verb
        if v in _REPORTING or any(c.lower_ in _PROSPECT for c in verb.children if c.dep_ == "aux"):
            continue
        if any(t.lower_ in _BOUND for t in verb.subtree):
            continue
        terms, names = _phrase(verb, s.text)
        if owed:
            names = names | _subject_names(cue.head)
            if len(terms) >= 2 and names:
                out.append(_Denial(s, d_i, v, f"{cue.head.text} {cue.text} ... {verb.text}", terms, names, obligation=True))
        elif len(terms) >= 3 and names:
            out.append(_Denial(s, d_i, v, verb.text if cue.dep_ == "neg" else f"{cue.text} ... {verb.text}", terms, names))
    return out


def denial_conflicts(documents: tuple[Document, ...], *, nlp=None, sources=None) -> list[Conflict]:
    """Claims against denials across articles (see the module docstring)."""
    if nlp is None or len(documents) < 2:
        return []
    negated = [(d_i, s) for d_i, d in enumerate(documents) for s in d.sentences if re.search(r"\b(?:not|never|den(?:y|ies|ied|ying)|disput\w+|refut\w+)\b|n[’']t\b", s.text)]
    if not negated:
        return []
    denials = [x for (d_i, s), parsed in zip(negated, _parse(nlp, [s.text for _, s in negated])) for x in _denials(parsed, s, d_i)]
    if not denials:
        return []
    key = (lambda i: sources.key(documents[i].article.id)) if sources is not None else (lambda i: i)
    def worth_parsing(d_i: int, s: Sentence) -> bool:  # the verb and two words of some denial's phrase
        if _NEGATION.search(s.text):
            return False
        words = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", s.text)}
        return any(den.verb in words and len(den.terms & words) >= 2 and den.doc != d_i for den in denials)

    candidates = [(d_i, s) for d_i, d in enumerate(documents) for s in d.sentences if worth_parsing(d_i, s)]
    if not candidates:
        return []
    out, seen = [], set()
    for (d_i, s), parsed in zip(candidates, _parse(nlp, [s.text for _, s in candidates])):
        for tok in parsed:
            if tok.pos_ != "VERB" or tok.dep_ in _DESCRIBING or _declined(tok):
                continue
            v = stem(tok.text.lower())
            owed = None
            for den in denials:
                if den.verb != v or den.doc == d_i or key(den.doc) == key(d_i):
                    continue
                if owed is None:
                    owed = _obliged(tok)
                if owed != den.obligation:
                    continue
                terms, names = _phrase(tok, s.text)
                if den.obligation:
                    names = names | frozenset(stem(t.text.lower()) for t in parsed if t.pos_ == "PROPN")
                if len(terms & den.terms) < 2 or not names & den.names:
                    continue
                pair = (s.article_id, s.index, den.sentence.article_id, den.sentence.index)
                if pair in seen:
                    continue
                seen.add(pair)
                out.append(claim_against(s, tok.text, den.sentence, f"says it did not ({den.surface})", "claim vs denial: "))
    return out


def claim_against(claim, verb: str, other, other_value: str, about: str) -> Conflict:
    """The conflict of a sentence that says something happened (`verb`, its event) and another article's
    sentence that says otherwise (`other_value`, e.g. "says it did not (denied)"); `about` opens the label,
    followed by the claim's first 12 words. Shared by the denial finders (this module, `allegation_denials`)."""
    sides = tuple(
        ConflictSide(text=x.text, citations=(Citation(x.article_id, x.start, x.end, x.index),), value=value, article_ids=(x.article_id,))
        for x, value in ((claim, f"says it happened ({verb})"), (other, other_value))
    )
    words = claim.text.split()
    return Conflict(about=about + " ".join(words[:12]) + ("..." if len(words) > 12 else ""), kind="claim", sides=sides)
