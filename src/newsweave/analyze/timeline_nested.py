"""Three readings of a date that sits one step away from the word that decides it (session 17).

Written from the error kinds of the fresh AllSides set `timeline_dev_j` (its first run at d8558a4:
73/84 right, 75/79 found); each is a general construction of news copy, not a fit to one text.
spaCy tokens in, no model here.

- `nested_baseline(tok)`: the date is not itself the object of a comparison's "from"/"since" but
  names the baseline's noun ("a fall of 12 from last month's corrected count": "month" is the
  possessive of "count", the object of "from" after a change) or an event phrase that is the
  baseline ("the worst flooding since the collapse of the old dam in 1994": "in 1994" hangs on
  "collapse", the object of a superlative's "since"; since the gold's "since" rule was settled in
  session 17, a date hung by "in"/"on" on the event noun "since" names dates that event and is kept:
  "the collapse … in 1994" is 1994). `timeline_syntax.baseline` reads only the
  preposition's own object; this walks up through possessives, noun modifiers and "in"/"on"/"of"
  phrases (at most three steps) to a noun and asks `baseline` about that noun (not through an
  apposition or a bare noun adverbial: a caption's "…from the storm, Tuesday" is not a baseline).
  A baseline followed by its own "when" clause ("the wettest month since the spring of 1998, when
  …") is told as an event and kept, as `timeline_dev_b`'s gold reads it.
- `phrasal_not_change(tok)`: "From Wednesday, the site will take down videos that …": a verb
  with an "up"/"down" particle and a direct object ("take down videos", "shut down plants", "set up
  a fund") is a phrasal verb, not a change, so its "from" starts the event and is no baseline.
  "Prices went up from June" (no object) is still a change.
- `participle_past(tok)`: "The order, released Friday, is effective immediately and … will be left
  to parents": a date on a past participle that modifies a noun ("released Friday", "issued
  Tuesday") reports a done act. When the clause above has no tense of its own (a present "is"), the
  sentence's future words elsewhere ("will be left …") do not turn the participle's day forward.
  A clause with a parsed tense still decides ("are boycotting a round table organised … on
  Wednesday" is the next Wednesday), as `timeline._clause_verb` reads it, and so does a modal on the
  clause verb ("would be chosen by June, with the prototypes built in July").

Measured (same run, every timeline set vs d8558a4): see benchmarks/ANALYSIS.md, session 17.
"""

from __future__ import annotations

from .timeline_syntax import _governing_prep, baseline

# Steps from a date token to the noun a baseline preposition governs.
_NOUN_LINKS = frozenset({"poss", "compound", "nmod", "amod", "nummod"})
_LINK_PREPS = frozenset({"in", "on", "of"})
_MAX_STEPS = 3
_PARTICLES = frozenset({"up", "down"})
_MODALS = frozenset({"will", "shall", "'ll", "wo", "would", "could", "might", "may", "should", "must", "can"})


def nested_baseline(tok) -> bool:
    """Is the date token `tok` part of a noun phrase that is a comparison's baseline?"""
    if _when_follows(tok):
        return False  # "the wettest month since the spring of 1998, when …": told as an event
    t, dated_noun = tok, False
    for _ in range(_MAX_STEPS):
        if t.head.i == t.i:
            return False
        if t.dep_ in _NOUN_LINKS and t.head.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
            t = t.head  # "last month's corrected count" -> "count"
        else:
            prep = _governing_prep(t)
            if prep is None or prep.lower_ not in _LINK_PREPS or prep.head.i == prep.i:
                return False
            if prep.head.pos_ not in ("NOUN", "PROPN"):
                return False
            t = prep.head  # "the collapse of the dam in 1994" -> "collapse"
            dated_noun = dated_noun or prep.lower_ in ("in", "on")
        gov = _governing_prep(t)
        if gov is not None and baseline(t):
            # "since the collapse of the dam in 1994": the date dates the event "since" names (settled, session 17)
            return not (dated_noun and gov.lower_ == "since")
    return False


def _when_follows(tok) -> bool:
    """Does a "when" clause open right after the date's phrase (", when …")? The parse often hangs
    it on the superlative rather than on the date, so the words decide."""
    doc, j = tok.doc, tok.right_edge.i + 1
    while j < len(doc) and doc[j].is_punct:
        j += 1
    return j < len(doc) and doc[j].lower_ == "when"


def phrasal_not_change(tok) -> bool:
    """Is the date token `tok` the object of "from" on a phrasal verb with an object ("From Wednesday,
    the site will take down videos")? Then `baseline`'s change reading does not apply."""
    prep = _governing_prep(tok)
    if prep is None or prep.lower_ != "from":
        return False
    head = prep.head
    kids = list(head.children)
    return any(c.dep_ == "prt" and c.lower_ in _PARTICLES for c in kids) and any(c.dep_ == "dobj" for c in kids)


def participle_past(tok, verb) -> bool:
    """Does the date token `tok` hang on a past participle that modifies a noun ("The order, released
    Friday, …"), in a clause whose verb `verb` has no modal ("would be chosen by June, with the
    prototypes built in July" is a plan)?"""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in verb.children):
        return False
    t = tok
    for _ in range(3):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB"):
            return t.tag_ == "VBN" and t.dep_ in ("acl", "amod") and t.head.i != t.i and t.head.pos_ in ("NOUN", "PROPN")
    return False
