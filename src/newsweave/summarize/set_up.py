"""References never set up (issue 13, session 14): what a definite description is, exactly.

`antecedents.py` reads "the <word> [<word>]" at a sentence's start as a description that may
point back at something its article set up, unless a complement says which ("the poll of 500
voters", "the measure that ...", "the poll, released Tuesday,"). Its pattern took the word after
the head whatever it was, so a head followed by its verb was read as a two-word description and
the complement check ran after the verb: "the committee noted that ..." (a "that" after the
verb) and "the performance were, at best, mixed" (a comma after it) were taken as descriptions
that say which, and a summary could open on them with the committee or the performance never
named (val100 gold: multinews-val-48667, 48984, both lower-cased copies; the same holds for cased text).

`NOT_SECOND` is the negative look-ahead's body: a word that cannot be the second word of a
description, a verb form (`standalone._AUX`, a past form in -ed) or a function word
(`antecedents._STOP`, repeated here because that module imports this one). With it the
description ends at the head and the complement check looks at what follows the head. What the
change does to the gold and to ROUGE: benchmarks/SUMMARIZATION.md, "Session 14 (issue 13,
references never set up)".
"""

from __future__ import annotations

from .standalone import _AUX

# Function words (antecedents._STOP) and the verb forms antecedents._VERB reads as a verb.
_FUNCTION = (
    "and or but nor for with from into onto over under about after before between among against during without "
    "within through than that which who whom whose where when while was were are is has have had will would could "
    "can may might must should did does not also its his her their our this these those there here what said says "
    "told been being be more less very much many some any such he she it they we you him them us me"
).split()
NOT_SECOND = r"(?:" + _AUX + r"|[a-z]+ed|" + "|".join(_FUNCTION) + r")\b"


def ends_phrase(text: str, m) -> bool:
    """Is the description `m` (a match of antecedents._DEFINITE in `text`) followed by a comma
    that ends a phrase rather than opening an appositive? A description that opens the sentence
    ("The tape, expected to fetch ...") is its subject: the words between commas add to it and
    do not say which tape, so it still points back. Anywhere else the comma closes an opening
    phrase or a list item ("In the speech, he ...", "the polls, the field and ..."), and the
    description is left alone, as before this session; so is one whose appositive opens on a
    capital (a name: "The driver, Kai Lemmon, ..." says who, in cased text). A dash never says
    which (removed from antecedents._DEFINITE's look-ahead)."""
    after = text[m.end() :].lstrip()
    if after[:1] != ",":
        return False
    # "The shooter, Kai Lemmon, ...": a capitalised name after the comma says who (cased text)
    return m.start() > 0 or after[1:].lstrip()[:1].isupper()
