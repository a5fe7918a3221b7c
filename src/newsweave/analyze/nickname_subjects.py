"""A speaker described with a nickname in quote marks (issue 12, session 21, brief Q):

    “The pier will outlive us all,” the captain often dubbed ‘Old Salt’ said.

The quote marks of the nickname break the parse: the participle ("dubbed") becomes a clause of
its own with the described noun ("the captain") as its subject, hung on the speech verb, which
is left without a subject. When a speech verb has no subject and, right before it, a clause of
a naming verb (dub, call, nickname, label, brand, know as) whose object is in quote marks ending
right before the speech verb, that clause's subject is the speech verb's (`nicknamed_subject`,
hook: `attribution.subject_of`, beside `dash_subjects`); it is then resolved as usual ("the
captain" -> the person introduced as a captain). Not when anything but the nickname's closing
mark stands between.

Written for the seed gold's "role and kind nouns" kind (benchmarks/ANALYSIS.md, session 21): tuning.
"""

from __future__ import annotations

import re

_NAMING = frozenset("dubbed called nicknamed labelled labeled branded known".split())
_NICKNAME = re.compile(r"\s+(?:as\s+)?['‘\"“][A-Z][^'’\"”\n]{0,40}['’\"”]\s+")


def nicknamed_subject(verb, outside):
    """The subject of the naming clause a subject-less speech verb `verb` follows, else None."""
    if any(c.dep_ in ("nsubj", "nsubjpass") and outside(c) for c in verb.children):
        return None  # (the nickname itself, inside its marks, is sometimes parsed as the subject)
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i > verb.i or clause.lower_ not in _NAMING:
            continue
        subj = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i and outside(c)]
        if len(subj) != 1 or subj[0].tag_ not in ("NN", "NNS"):
            continue
        doc = verb.doc
        between = doc.text[clause.idx + len(clause.text) : verb.idx]
        if not _NICKNAME.fullmatch(between):
            continue  # only the nickname, in its marks, right before the speech verb
        return subj[0]
    return None
