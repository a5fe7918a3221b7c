"""A person the entity tagger missed, shown to be a person by the title before the name (issue 12,
session 20, brief D):

    Premier Ada Vance visited the harbour on Monday and announced the toll.
    She promised the town that “no family will be left behind.”

`ArticleContext.salient_person` points "he"/"she" at the one person the nearest sentences name;
a name the tagger did not tag there left the pronoun unknown (story-level seeds: one, seed12, a
head of government the tagger missed in a long article). `apposed_people` already reads a role in
apposition; here the role is a title written before the name. The name (titles dropped) is the
answer only when it is the sentence's one main-clause subject (`reporting_subjects.
sole_main_subject`), its run of proper nouns opens with a person's title from the short list below
(not "General", "Major", "King", "Chief": they open names of firms, leagues and places too),
the rest is two to four capitalised words none of which is a body's word (`apposed_people`), and
the tagger gave that place no person or place. The caller asks this only after its own lookup
found no person in the sentence, and its ambiguity check still applies. Not for lower-cased text.
"""

from __future__ import annotations

from .apposed_people import _name_of
from .reporting_subjects import sole_main_subject

_PERSON_TITLES = frozenset(
    """mr mrs ms dr prof professor sir dame president premier chancellor senator sen rep representative
    congressman congresswoman governor gov mayor judge ambassador councillor cllr rabbi imam bishop
    archbishop reverend rev detective sergeant sgt captain capt colonel col lieutenant lt admiral""".split()
)


def titled_person(ctx, start: int, end: int) -> str | None:
    """The person text[start:end] names as its main-clause subject with a title before the name
    (module docstring), else None."""
    if ctx.lower or end - start > 1500:
        return None
    from .ambiguity import _parsed  # (ambiguity imports speakers, which calls this)

    doc = _parsed(ctx, start, end)
    subj = sole_main_subject(ctx, doc, start)
    if subj is None or subj.tag_ != "NNP":
        return None
    first = doc[subj.left_edge.i]
    if first.text.lower().rstrip(".") not in _PERSON_TITLES or first.dep_ != "compound":
        return None
    name = _name_of(subj)
    if name is None:
        return None
    tagged = ctx.entity_at(start + first.idx, start + subj.idx + len(subj.text), ("person", "place"))
    return None if tagged else name
