"""The same fact for the same time: a clause must not state as done what its source only looks
forward to, nor drop the source's hedge.

Issue 14 found a pre-meeting report ("X will hold a crunch meeting with Y later today") cited as
support for the post-meeting outcome. Here each verb of a generated clause is given a time from
its parse (its auxiliaries, the verb that governs it) and compared with the same verb in the
source sentence:

- FUTURE: "will/shall/would meet", "is set/expected/due/scheduled to meet", "plans to meet",
  "is going to meet"; and, in an article written before the event (`preview`, from
  `summarize.development.stage`), the present tense too ("meets Y today");
- HEDGED: "may/might/could be incapacitated";
- PAST: "met", "has met", "was met"; PRESENT: "meets"; None for participles and infinitives.

A clause saying PAST where the source says FUTURE ("met" / "will meet") or the reverse, or
PAST/PRESENT where the source hedges ("is" / "could be"), is not stated by that source. When the
source lacks the clause's main verb ("met" / "will hold a meeting"), the clause's main verb is
compared with the source's main verb.
"""

from __future__ import annotations

FUTURE, HEDGED, PAST, PRESENT = "future", "hedged", "past", "present"
_WILL = frozenset({"will", "shall", "'ll", "wo", "would"})
_HEDGES = frozenset({"may", "might", "could"})
_PERFECT = frozenset({"has", "have", "had", "'ve", "was", "were", "did"})
# Verbs that put the verb they govern ahead of now: "is set to", "plans to", "is expected to".
_AHEAD = frozenset("set expect due schedule poise slate plan intend aim prepare promise vow threaten pledge want wish hope try seek attempt".split())
_VERBAL = frozenset({"VERB", "AUX"})
# Present tense in a preview is about now, not ahead, for saying, wanting and being.
_STATIVE = frozenset(
    """say tell add state claim argue insist warn accuse want wish need hope fear believe think know
    be have remain seem appear include face""".split()
)


def time_of(verb, *, preview: bool = False) -> str | None:
    """FUTURE, HEDGED, PAST, PRESENT or None (see the module docstring)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    negated = any(c.dep_ == "neg" for c in verb.children)
    if not auxes and verb.dep_ == "conj" and verb.head.pos_ in _VERBAL and verb.head.i != verb.i:
        return time_of(verb.head, preview=preview)  # "will hold a meeting and discuss ..."
    if any(a in _WILL for a in auxes):
        return FUTURE
    if any(a in _HEDGES for a in auxes) and not negated:
        return HEDGED
    if verb.dep_ == "xcomp" and "to" in auxes:
        governor = verb.head
        if governor.lemma_.lower() in _AHEAD or (governor.lemma_.lower() == "go" and governor.tag_ == "VBG"):
            return FUTURE
    if verb.lemma_.lower() in ("set", "expect", "due", "schedule", "poise", "slate") and verb.tag_ == "VBN" and auxes:
        return FUTURE  # "is set for a crunch meeting", "is expected"
    if verb.tag_ == "VBD" or any(a in _PERFECT for a in auxes):
        return PAST
    if verb.tag_ in ("VBZ", "VBP") or any(a in ("is", "are", "am", "'s", "'re") for a in auxes):
        return FUTURE if preview and verb.lemma_.lower() not in _STATIVE else PRESENT
    if verb.tag_ in ("VB", "VBG", "VBN") and verb.dep_ in ("advcl", "xcomp", "acl", "relcl"):
        # an infinitive or participle happens when the verb it hangs on does ("will hold a
        # meeting to discuss ...": the discussing is ahead too)
        t = verb.head
        while t.head.i != t.i and t.pos_ not in _VERBAL:
            t = t.head
        if t.pos_ in _VERBAL and t.i != verb.i:
            return time_of(t, preview=preview)
    return None


def _predicate(verb) -> bool:
    return verb.pos_ == "VERB" or (verb.pos_ == "AUX" and verb.dep_ not in ("aux", "auxpass"))


def _clash(mine: str | None, theirs: str | None) -> str | None:
    if mine is None or theirs is None:
        return None
    if theirs == FUTURE and mine == PAST:
        return "states as done what the source only looks forward to"
    if theirs == PAST and mine == FUTURE:
        return "states as still to come what the source reports as done"
    if theirs == HEDGED and mine in (PAST, PRESENT):
        return "drops the source's hedge (may/might/could)"
    return None


def tense_agrees(tokens, src, *, preview: bool = False) -> tuple[str, ...]:
    """Reasons why the clause (`tokens` of a parsed sentence) states another time or certainty than
    the parsed source sentence `src` (empty: it does not)."""
    mine = {t.i for t in tokens}
    reasons = []
    for v in tokens:
        if not _predicate(v):
            continue
        t_mine = time_of(v)
        if t_mine is None:
            continue
        same = [s for s in src if _predicate(s) and s.lemma_.lower() == v.lemma_.lower()]
        if same:
            clashes = [_clash(t_mine, time_of(s, preview=preview)) for s in same]
            if all(clashes):
                reasons.append(f"'{v.text}': {clashes[0]}")
        elif v.head.i not in mine or v.head.i == v.i:
            # the clause's main verb, absent from the source: compare with the source's main verb
            root = next((s for s in src if s.dep_ == "ROOT"), None)
            why = _clash(t_mine, time_of(root, preview=preview)) if root is not None and _predicate(root) else None
            if why and why.startswith("states as done"):
                reasons.append(f"'{v.text}': {why} ('{root.text}')")
    return tuple(reasons)
