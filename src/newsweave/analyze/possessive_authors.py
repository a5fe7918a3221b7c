"""An author named only by a possessive the tagger read as a common noun (issue 12, session 19,
brief D): "Quillan’s campaign issued an apology ..., saying in a statement that ... / “...,” the
statement said." `speaker_resolve._author` gives the statement's author from the introducing
sentence's subject, and for a subject like "X’s campaign" looks for a proper noun inside it; an
unusual surname opening the sentence ("Charamut’s", seed16) is tagged NN there, not NNP, and the
entity tagger did not find it either, so the statement's quotations were left unknown. Here a
capitalised possessive ("X’s", "X's") in the subject phrase counts as that proper noun, unless it
is a word for a day or for anyone ("Today’s", "Everyone’s").
"""

from __future__ import annotations

from .cue_words import _CALENDAR

_NOT_NAMES = _CALENDAR | frozenset("yesterday tomorrow everyone everybody anyone anybody someone somebody nobody one this that".split())


def possessive_names(subj) -> list:
    """Capitalised possessive tokens inside the subject phrase of `subj` that the tagger did not
    read as proper nouns ("Charamut’s campaign")."""
    return [t for t in subj.subtree
            if t.dep_ == "poss" and t.tag_ in ("NN", "NNS", "JJ") and t.text[:1].isupper() and t.text[1:].islower()
            and t.lower_ not in _NOT_NAMES and any(c.tag_ == "POS" for c in t.children)]
