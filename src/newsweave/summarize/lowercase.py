"""What capitals cannot tell in a lower-cased copy of an article (the truncated Multi-News
sources: "brian kornbluth was arrested in february."), and what else can.

`standalone.supplies_person` decides whether the sentence shown before a leaning one ("He pleaded
guilty ...", '"We will appeal," she said.') names the person it leans on by looking for a
capitalised word after the first. In a lower-cased article no sentence passes that test, so such a
sentence could never be shown with its antecedent, even right after "Brian kornbluth was arrested in
february." (issue 13, eleventh session: 31 of 36 such pairs in val100 were refused so). For those
articles a person is recognised by other marks: a title or a person's role, an age, a person's
subject followed by a verb ("Mcdowell claimed", "Ghoncheh is").
"""

from __future__ import annotations

import re

from .casing import _outside_quotes
from .lower_copies import writer_says_i  # an "i" subject further in (session 14)
from .quote_continues import continues_quotation, speaker_given
from .standalone import _ATTRIBUTION, _NOT_NAMES, _PERSON_PRONOUN, _SPEAKERLESS, reason, supplies_person

# A title or a person's role anywhere in the sentence ("judge john cleland said", "defense
# secretary ash carter", "her boyfriend darby johns", "the 68-year-old").
_TITLES = r"(?:mr|mrs|ms|dr|sen|rep|gov|gen|lt|sgt|capt|maj|prof|rev)"
_ROLE_WORDS = (
    r"(?:president|senator|congressman|congresswoman|lawmaker|governor|mayor|judge|prosecutor|attorney|lawyer|officer|"
    r"secretary|minister|spokesman|spokeswoman|spokesperson|chairman|chairwoman|ceo|founder|director|chief|leader|"
    r"candidate|actor|actress|singer|rapper|star|player|coach|boxer|author|writer|reporter|doctor|nurse|pilot|driver|"
    r"teacher|student|priest|pastor|bishop|pope|king|queen|prince|princess|wife|husband|boyfriend|girlfriend|fiancee?|"
    r"mother|father|son|daughter|brother|sister|man|woman|boy|girl|victim|suspect|defendant|plaintiff|citizen|resident|"
    r"violinist|musician|drummer|artist|comedian|host|anchor|ex-wife|ex-husband|widow|widower|captain|commander|sergeant|"
    r"detective|deputy|sheriff|inspector|agent|soldier|official|employee|worker|owner|manager|executive|guard|"
    r"professor|lecturer|researcher|scientist)"
)
_PERSON_CUE = re.compile(r"\b" + _TITLES + r"\.\s|\b\d{1,3}-year-old\b|,\s\d{1,3},|\b" + _ROLE_WORDS + r"\b", re.I)
# The sentence opens on a one- or two-word name as its subject: "Mcdowell claimed", "Brian
# kornbluth was arrested", "Bachmann, who has five children".
_NAME_SUBJECT = re.compile(
    r"^([A-Z][a-z'’-]{2,})(?:\s+[a-z][a-z'’-]{2,})?(?:,\s+(?:who|whose)\b|\s+(?:is|was|has|had|said|says|told|claimed|"
    r"admitted|denied|pleaded|faced|became|won|lost|died|married|wrote|added|insisted|argued|allegedly|"
    r"[a-z]+ed)\b)"
)
# Capitalised openers that are not names (numbers, determiners, common subjects of a sentence).
_NOT_SUBJECT_NAMES = _NOT_NAMES | frozenset(
    """One Two Three Four Five Six Seven Eight Nine Ten Some Many Most All Both Each Several Few No Police Officials Authorities
    Attorney Prosecutors Investigators Researchers Scientists Experts Critics Supporters Residents Witnesses Reports Sources
    Democrats Republicans Lawmakers Voters Students Parents Doctors People Children Women Men Members Fans Users Everyone
    Nobody Someone Anyone Other Others Another Such What Who Where Why How Which Every Its Their Our Your""".split()
)


# ... when the sentence opens on its "i" (after at most a short opening phrase): an "i" further in
# may be a title's ("a song called i never dreamed", heldout19 45696)
_I_OPENS = re.compile(r"""^(?:[^,"“”]{0,40},\s+)?i\b""", re.I)


def names_a_person(previous: str) -> bool:
    """Does `previous` (a sentence of a lower-cased article) name a person by a mark other than
    capitals?"""
    if _PERSON_CUE.search(_outside_quotes(previous)):
        return True
    m = _NAME_SUBJECT.match(previous.lstrip("\"'“‘ "))
    return bool(m) and m.group(1) not in _NOT_SUBJECT_NAMES


def supplies_person_lowercase(previous: str, text: str) -> bool:
    """`standalone.supplies_person` for an article whose names were lower-cased: a sentence opening
    on he/she/his/her may follow one that names a person by the marks of `names_a_person`. A
    quotation without a speaker keeps the capitals test (read on val100: a first-person aside
    and a quotation opening on "it" came in with a looser one)."""
    if continues_quotation(previous, text) or speaker_given(text):
        return True  # '"...," trump said.' then '"it is ..."': the same speaker goes on (session 19)
    if reason(text, False) == "first person without speaker" and reason(text) not in _SPEAKERLESS and (_I_OPENS.match(text) or writer_says_i(text)):
        # the copy's lower-case "i" ("now, i've got ..."): the capitals test cannot see it, so the
        # sentence before must name a speaker as for a quotation (a verb of saying and a person),
        # else the "I" is the writer's own aside (session 12: val100 49998)
        return _ATTRIBUTION.search(_outside_quotes(previous)) is not None and names_a_person(previous)
    if supplies_person(previous, text):
        return True
    if reason(text, False) in _SPEAKERLESS or not _PERSON_PRONOUN.match(text):
        return False
    return names_a_person(previous)
