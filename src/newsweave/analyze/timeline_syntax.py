"""Two readings of a date from its dependency parse, for the timeline (spaCy tokens in, no model here).

- `scheduled(tok)`: a weekday or month that a plan or schedule points to ("a vote was set for
  Saturday", "the leader moved to arrange a vote for Friday", "the report is due on Monday"): the
  date's preposition ("for", "on"; "until"/"to" after postpone, delay …) hangs on a scheduling word
  ("set", "scheduled", "slated", "planned", "arranged", "due", "plans"), or on the object of a
  scheduling verb ("arranged *the vote* for Saturday"). The planned day is still to come, whatever
  the tense of the verb that states the plan; except in the past perfect ("had been scheduled for
  Saturday"), which tells of a plan that was overtaken.
- `baseline(tok)`: a date that is the baseline of a comparison, not an event of the story ("up 5%
  from June", "the highest since 2013", "the most thorough survey since 2013", "compared with
  2019", "lower than in 2013"). A plain span start ("has lived there since 2013"), a range
  ("from June to August") or a baseline told as an event ("the steepest rise since 1982, when
  prices rose 7%") is kept.
"""

from __future__ import annotations

# Surface forms (the analyzer's pipeline has no lemmatizer).
_SCHEDULE_VERBS = frozenset(
    "set sets setting schedule schedules scheduled scheduling reschedule reschedules rescheduled rescheduling "
    "slate slates slated plan plans planned planning arrange arranges arranged arranging fix fixes fixed "
    "book books booked due".split()
)
_SCHEDULE_NOUNS = frozenset("plan plans schedule date deadline".split())
_SCHEDULE_PREPS = frozenset({"for", "on"})
# "postponed the vote until Saturday", "pushed the hearing back to Friday"
_DEFER_VERBS = frozenset(
    "postpone postpones postponed postponing delay delays delayed delaying push pushes pushed pushing "
    "move moves moved moving defer defers deferred deferring".split()
)
_DEFER_PREPS = frozenset({"until", "till", "to"})
_PAST_PERFECT = frozenset({"had", "'d"})

_CHANGE_WORDS = frozenset(
    "up down rise rises rose risen rising fall falls fell fallen falling increase increases increased increasing "
    "decrease decreases decreased decreasing climb climbs climbed climbing drop drops dropped dropping jump jumps "
    "jumped jumping grow grows grew grown growing decline declines declined declining slip slips slipped "
    "gain gains gained dip dips dipped surge surged soar soared plunge plunged double doubled triple tripled "
    "change changes changed".split()
)
_COMPARE_WORDS = frozenset("compared compare comparison versus vs vs.".split())
# Not the clause's own comparison: other clauses, and the subject or an apposition ("The largest
# bank has traded since 1990" dates a start, not a baseline).
_CLAUSE_DEPS = frozenset({"ccomp", "relcl", "advcl", "conj", "parataxis", "acl", "xcomp", "nsubj", "nsubjpass", "appos"})
_RANGE_PREPS = frozenset({"to", "until", "till", "through", "thru"})


def _governing_prep(tok):
    """The preposition a date token is the object of, or None. `tok` may be the root of the
    matched words ("from June", "on Saturday"): the preposition itself."""
    if tok.dep_ in ("prep", "dative", "agent") and any(c.dep_ == "pobj" for c in tok.children):
        return tok
    if tok.dep_ == "pobj" and tok.head.i != tok.i and tok.head.dep_ in ("prep", "dative", "agent"):
        return tok.head
    return None


def scheduled(tok) -> bool:
    """Does the date token `tok` name a day a plan or schedule points to?"""
    prep = _governing_prep(tok)
    if prep is None:
        return False
    word = prep.lower_
    head = prep.head
    if word in _SCHEDULE_PREPS:
        if head.lower_ in _SCHEDULE_VERBS or head.lower_ in _SCHEDULE_NOUNS:
            verb = head
        elif head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubjpass") and head.head.lower_ in _SCHEDULE_VERBS:
            verb = head.head  # "arranged the vote for Saturday"
        elif any(c.dep_ == "acomp" and c.lower_ == "due" for c in head.children):
            verb = head  # "was due on Tuesday" with "on" hung on the copula
        else:
            return False
    elif word in _DEFER_PREPS and head.lower_ in _DEFER_VERBS:
        verb = head
    else:
        return False
    # "had been scheduled for Saturday": the plan was overtaken, the tense of the story decides.
    return not any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PAST_PERFECT for c in verb.children)


def _is_superlative(tok) -> bool:
    return tok.tag_ in ("JJS", "RBS") or tok.lower_ in ("first", "last") and tok.dep_ in ("amod", "advmod")


def _superlative_near(head, skip) -> bool:
    """A superlative ("highest", "most comprehensive", "first time") in `head`'s own clause,
    outside the branch `skip` (the "since" phrase)."""
    stack = [head]
    while stack:
        t = stack.pop()
        if _is_superlative(t):
            return True
        stack.extend(c for c in t.children if c.i != skip.i and c.dep_ not in _CLAUSE_DEPS)
    return False


def _is_change(head) -> bool:
    """Is `head` a change ("up", "rose", "fell 5%") or does it carry one ("…, up from June")?"""
    if head.lower_ in _CHANGE_WORDS:
        return True
    return any(c.lower_ in ("up", "down") and c.dep_ in ("advmod", "prt", "acomp") for c in head.children)


def _has_range_end(prep) -> bool:
    """"from June to August": a range, not a baseline."""
    return any(s.i != prep.i and s.dep_ == "prep" and s.lower_ in _RANGE_PREPS for s in prep.head.children)


def baseline(tok) -> bool:
    """Is the date token `tok` the baseline of a comparison rather than an event date?"""
    prep = _governing_prep(tok)
    if prep is None:
        return False
    word, head = prep.lower_, prep.head
    if any(c.dep_ in ("relcl", "acl") for t in prep.children if t.dep_ == "pobj" for c in t.children):
        return False  # "since 1990, when prices last rose this fast": the baseline is itself told as an event
    if word == "from":
        return _is_change(head) and not _has_range_end(prep)
    if word == "since":
        return _is_change(head) or _superlative_near(head, prep)
    # "than 2013", "than in 2013", "compared with (the same month in) 2019", "versus 2019"
    if word == "than" or word in _COMPARE_WORDS or head.lower_ in _COMPARE_WORDS:
        return True
    seen, t = 0, prep
    while t.head.i != t.i and seen < 5 and t.dep_ in ("pobj", "prep", "pcomp", "npadvmod"):
        t = t.head
        seen += 1
        if t.lower_ == "than" or t.lower_ in _COMPARE_WORDS:
            return True
        if t.dep_ == "prep" and t.head.lower_ in _COMPARE_WORDS:
            return True
    return False
