"""The subject of a clause another verb reports is not the speaker of a speech verb outside that
clause (issue 12, session 22, brief Q5). Fictional wording:

    He claimed pilot Nora Hale had “gull feathers in her hair” after a debate; suggested voters
    might find it hard backing Ben Moss because of his “beard;” said during a radio interview
    that Ada Vance lacked “a captain's nerve”; urged listeners to “look up” an old photograph ...

In a long list of things one person did, the parser often gives the later verbs ("urged") no
subject and hangs them on earlier ones that have none either. `attribution.subject_of` then falls
back on the nearest subject before the verb, which here is the subject of a clause that "said" or
"claimed" reports ("Ada Vance lacked ..."): someone spoken about, not the speaker. When the subject
found for a speech verb sits in a complement clause (ccomp) that another verb heads and that does
not hold the speech verb, the speaker is unknown (rather than a guess: not an earlier subject either). A speech verb inside
that clause ("Reed said Vance lied and called him “a cheat”") keeps its subject.
Written after reading seed30's wrong speakers (tuning).
"""

from __future__ import annotations


def reported_elsewhere(subj, cue, outside=lambda tok: True) -> bool:
    """Whether `subj` is the subject of a complement clause that does not hold `cue`."""
    if subj.head.i == cue.i:
        return False
    node = subj.head
    while True:
        if node.dep_ == "ccomp" and node.head.i != node.i:
            # the clause another verb reports; one the cue itself heads is the cue's own misparse
            # ("..., the host often dubbed 'El Rushbo' said": "dubbed" hung under "said")
            # and one hung on a word inside a quotation is no reporting verb ("X hardly clarified it -- “That
            # makes me smart” --": "clarified" under "makes")
            return node.i != cue.i and node.head.i != cue.i and outside(node.head) and not any(a.i == node.i for a in cue.ancestors)
        if node.head.i == node.i:
            return False
        node = node.head
