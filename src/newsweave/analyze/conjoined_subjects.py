"""The subject a conjoined verb shares with the clause before it, for a quotation hung on a verb
that is no speech verb ("Vance toured the quay and blamed “careless dredging” for the floods").

Why (session 24, brief S10): with no speech verb, `attribution.attribute` takes the named subject
of the verb the quotation hangs from; a conjoined verb has no subject of its own in the parse, so
such a quotation stayed unknown although its sentence names who used the words. Two shapes:

- "X toured the quay and blamed “...”": the conjunct's head verb's subject (climbing a chain of
  conjuncts);
- "X denounced plans that favour the marina and blamed “...”": the parser hangs the second verb
  on the relative clause ("that favour"), as if the plans blamed. It is read as the main clause's
  conjunct only when the tenses say so: the relative clause's subject is "that"/"which", the
  conjunct's tense differs from the relative clause's and matches the verb the antecedent hangs
  from ("denounced ... and blamed" against "favour"). Same tenses ("plans that cut ... and
  blamed") or "who" (a person may blame) keep the parse's reading. When the relative clause's verb
  is itself a speech verb ("curricula that emphasize ... and blamed “...”"), the quotation is not
  its words either (`detoured_subject`): the main clause's subject is the speaker.
"""

from __future__ import annotations

_SUBJECTS = ("nsubj", "nsubjpass")


def _own_subject(verb, outside):
    return next((c for c in verb.children if c.dep_ in _SUBJECTS and outside(c)), None)


def _main_verb(verb, outside):
    """For a conjunct hung on a relative clause of a thing ("plans that favour ... and blamed"),
    the verb the antecedent hangs from when the tenses say the conjunct is its; else None."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "relcl" or _own_subject(verb, outside) is not None:
        return None
    rel = _own_subject(head, outside)
    main = head.head.head
    if rel is None or rel.lower_ not in ("that", "which") or main.i == head.head.i:
        return None
    if verb.tag_ != head.tag_ and verb.tag_ == main.tag_ and main.tag_.startswith("VB"):
        return main
    return None


def detoured_subject(verb, cue, outside=lambda tok: True):
    """The main clause's subject when the quotation's verb `verb` is a conjunct the parser hung on
    the relative clause of the speech verb `cue` (the cue then is not the quotation's)."""
    if verb is None or verb.head.i != cue.i:
        return None
    main = _main_verb(verb, outside)
    return None if main is None else _own_subject(main, outside) or conjoined_subject(main, outside)


def conjoined_subject(verb, outside=lambda tok: True):
    """The subject token `verb` (a conjunct without a subject of its own) shares, else None."""
    for _ in range(4):
        if verb.dep_ != "conj" or _own_subject(verb, outside) is not None:
            return None
        head = verb.head
        if head.dep_ == "relcl":
            head = _main_verb(verb, outside)
            if head is None:
                return None
        subject = _own_subject(head, outside)
        if subject is not None:
            return subject
        verb = head
    return None
