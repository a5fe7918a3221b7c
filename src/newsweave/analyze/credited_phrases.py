"""A quoted phrase that its sentence credits to someone other than the speech verb's subject
(issue 12, session 27, brief S19). Fictional wording:

    Ada Vance told host Tom Bell the channel should not have referred to the pills as “cattle medicine”.
    Governor Bell brushed off Mayor Vance's call for a “quick end” to the strike, saying he would wait.
    Vance told Bell that she expects “a quick end to the strike,” the city hall said.

The speech verb found for each quotation ("told", "saying") has a subject, but the words are not
that subject's: (1) they are what another party *named or called* something, inside a clause with
its own subject ("the channel ... referred to X as “...”"); (2) they are the content of a speech
noun with its own possessor ("Vance's call for “...”"); (3) they sit in reported speech under one
speaker while a second sayer after the quotation gives the account ("..., the city hall said").
Read from the parse, on the way up from the quotation:

- (1) a verb of naming or an act of speech (not the cue itself) with its own subject that is no
  pronoun (a pronoun may be the cue's speaker again: "she had referred to it as “...”");
- (2) a speech noun with a possessor that is no pronoun ("Bell's claim that it was “...”");
- (3) the cue stands before the quotation and a verb of saying above it ("said", "told",
  "announced"), after the quotation, has a subject that is no pronoun ("reported" is left to
  `relayed_reports`: "..., accusing the board of “...,” the Herald reported" stays the accuser's).

(1) and (2) give the other party when it is a name the article resolves, else unknown; (3) is
always unknown (two sayers compete; the parse does not say whose wording it is). Written after
reading the wrong speakers of the seed gold and seed36 (tuning).
"""

from __future__ import annotations

from .claim_nouns import SPEECH_NOUNS
from .cue_words import SUBJECT_PRONOUNS, _forms
from .quote_parse import _pos
from .speech_acts import is_speech_act

_NAMING = frozenset(
    set().union(*(_forms(b) for b in "refer call dub term label brand nickname describe characterize characterise portray depict".split()))
    | {"referred", "referring", "labelled", "labelling", "dubbed", "dubbing"}
)
_CALL_NOUNS = SPEECH_NOUNS | frozenset("call calls demand demands plea pleas appeal appeals description words".split())
_SAYING = frozenset(set().union(*(_forms(b) for b in "say tell announce".split())) | {"said", "told"})  # (3) only: "reported" is `relayed_reports`
_PRONOUNS = SUBJECT_PRONOUNS | frozenset("who that which this one".split())  # and relatives and pointers: no owner either
_MAX_ARCS = 8


def _top(doc_sents, q_start: int, q_end: int, base: int):
    inside = [t for s in doc_sents for t in s if q_start <= base + t.idx < q_end]
    return next((t for t in inside if t.head.i != t.i and not (q_start <= base + t.head.idx < q_end)), None)


def _subject(verb, outside):
    return next((c for c in verb.children if c.dep_ == "nsubj" and outside(c)), None)


def other_party(doc_sents, q_start: int, q_end: int, base: int, cue, subj, outside):
    """(found, token): found when the quotation's words belong to a party other than `subj`, the
    subject found for `cue`; token is that party's word (a name or noun), or None for unknown."""
    top = _top(doc_sents, q_start, q_end, base)
    if top is None or cue is None:
        return False, None
    for arcs, anc in enumerate(top.ancestors, start=1):
        if anc.i == cue.i or arcs > _MAX_ARCS or not outside(anc):
            break
        pos = _pos(anc)
        if pos in ("NOUN", "PROPN") and anc.lower_ in _CALL_NOUNS:
            owner = next((c for c in anc.children if c.dep_ == "poss" and outside(c)), None)
            if owner is not None and owner.lower_ not in _PRONOUNS and (subj is None or owner.i != subj.i):
                return True, owner  # (2) "Vance's call for “...”"
        if pos not in ("VERB", "AUX"):
            continue
        inner = _subject(anc, outside)
        if inner is None or inner.lower_ in _PRONOUNS or (subj is not None and inner.i == subj.i):
            continue
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in anc.children)
        if not passive and (anc.lower_ in _NAMING or is_speech_act(anc)):
            return True, inner  # (1) "the channel ... referred to X as “...”"
    if base + cue.idx < q_start:  # (3) reported speech under the cue, a second sayer after the quotation
        for anc in cue.ancestors:
            if base + anc.idx >= q_end and outside(anc) and _pos(anc) == "VERB" and anc.lower_ in _SAYING:
                later = _subject(anc, outside)
                if later is not None and later.lower_ not in _PRONOUNS and (subj is None or later.i != subj.i):
                    return True, None
    return False, None

