"""Speakers' names in lower-cased text (issue 12, session 12).

The standard Multi-News copies (and text like them) lower-case proper nouns: "coffina said",
"said bruce johnson, president of sim usa", "catholic league president bill donohue said". The
tagger then finds almost no names, so the usual resolution (`speaker_resolve.resolve`) returns
nothing. This module says, without any list of names, when the subject of a reporting verb in such
a text is a name, from English syntax alone:

- a singular noun used as a subject with no determiner, possessive or number ("coffina said") is a
  name: a common noun needs one ("the prosecutor said", "one official said"); plural nouns
  ("officials said") and the few common nouns that go bare ("police", "staff") are not names;
- after a role or title in the same noun compound ("the county prosecutor vera lindqvist"), the
  words after the role are the name, whatever determiner the phrase has;
- a surname ending in -s ("lohnes", "simmons") is tagged as a plural; it is a name only where the
  syntax says so (`_plural_name`): after a role in its compound ("said deputy martha lohnes"), as
  the subject of a singular verb ("simmons tells newsweek", "gene simmons is ..."), with a role in
  apposition ("gene simmons, frontman of ..."), or as the last word of a name the article gave
  earlier (`known_surname`); never a common plural ("officials said", "the simmons family").

Role nouns, descriptions and documents are left to `speaker_resolve` (a description stays a
description, "unknown" when nothing names the speaker). The name is returned title-cased, as the
longer form given earlier in the article when this one is a surname ("Coffina" -> "Scott
Coffina"), or as the entity index's name when the tagger did find it.
"""

from __future__ import annotations

import re

from .cue_words import _CALENDAR, _DOCUMENT_NOUNS, _GROUP_NOUNS, _GROUP_PRONOUNS, _PERSON_PRONOUNS, _SPOKES, _THINGS
from .entities import TITLES

# Common nouns that may be a subject without a determiner; never a name.
_BARE_COMMON = frozenset(
    """police staff security management everyone everybody someone somebody anyone anybody nobody none all both each
    either neither who whom which that this these those what one another other others mom dad mum grandma grandpa
    congress parliament government administration""".split()
)
# Role words that may precede a name in a compound ("county prosecutor vera lindqvist").
_ROLES = TITLES | _SPOKES | frozenset(
    """prosecutor attorney lawyer ceo cfo coo founder executive director manager head chair chairperson
    commissioner superintendent sheriff coach author writer reporter editor anchor host actor actress singer
    rapper model star player analyst economist scientist researcher professor doctor nurse adviser advisor
    candidate nominee lawmaker congressman congresswoman senator legislator activist campaigner
    owner president vice boss secretary spokesman plaintiff defendant resident historian frontman correspondent
    deputy""".split()
)
_ROLE_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "eer", "man", "woman", "ive")
_NAME_WORD = re.compile(r"[a-z][a-z'’-]*\.?|[a-z]\.")


def lower_cased(text: str) -> bool:
    """Whether proper nouns are lower-cased in `text`: among words that do not open a sentence,
    hardly any is capitalised (news text in its own casing has about one in ten)."""
    mid = re.findall(r"(?<=[a-z0-9,;] )[A-Za-z][a-z]+", text)
    if len(mid) < 40:
        return False
    return sum(w[0].isupper() for w in mid) < 0.01 * len(mid)


def _chunk(tok) -> list:
    """The noun compound that ends at `tok` ("catholic league president bill donohue")."""
    doc, i = tok.doc, tok.i
    while i - 1 >= 0 and doc[i - 1].dep_ == "compound" and doc[i - 1].head.i in range(i, tok.i + 1):
        i -= 1
    return list(doc[i : tok.i + 1])


def _singulars(word: str) -> set[str]:
    w = word.lower()
    out = {w}
    if w.endswith("s"):
        out.add(w[:-1])
    if w.endswith("es"):
        out.add(w[:-2])
    if w.endswith("ies"):
        out.add(w[:-3] + "y")
    return out


def _common_plural(word: str) -> bool:
    """A plural-tagged word that may be a surname ("lohnes", "simmons"): ends in -s and neither it
    nor its singular is a known common noun, a role or a person noun ("deputies", "officials")."""
    from .lower_people import is_role  # (lower_people imports this module)

    w = word.lower()
    if len(w) < 4 or not w.endswith("s") or not _NAME_WORD.fullmatch(w):
        return True
    common = _BARE_COMMON | _THINGS | _DOCUMENT_NOUNS | _GROUP_NOUNS | _SPOKES | _ROLES | _CALENDAR
    return any(f in common or is_role(f) for f in _singulars(w))


def _bare(tok) -> bool:
    """No determiner, possessive, number or adjective before the token ("the simmons", "two
    jones", "many adams" are common or unclear)."""
    return not any(c.dep_ in ("det", "poss", "nummod", "predet", "amod", "quantmod") and c.i < tok.i for c in tok.children)


def _singular_verb(tok) -> bool:
    """The subject of a verb in the singular present ("simmons tells", "simmons has said",
    "simmons is"): a plural noun cannot be."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = tok.head
    return head.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBZ" for c in head.children)


def _plural_name(tok, chunk: list, roles: list[int]) -> bool:
    """Whether a plural-tagged head noun is read as a name (see the module docstring)."""
    from .lower_people import is_role

    if _common_plural(tok.lower_):
        return False
    if roles:  # "deputy martha lohnes", "deputy lohnes"; not a word that only ends like a role ("paper mills")
        return any(chunk[k].lower_.rstrip(".") in _ROLES or is_role(chunk[k].lower_) for k in roles)
    if not _bare(chunk[0]) or not _bare(tok):
        return False
    if _singular_verb(tok):
        return True
    return any(is_role(c.lower_) for c in role_appositions(tok))


def role_appositions(tok) -> list:
    """Nouns in apposition to `tok`, also when the parser made one a conjunct after a comma
    ("gene simmons, frontman of kiss")."""
    doc = tok.doc
    return [c for c in tok.children if c.tag_ in ("NN", "NNP") and c.i > tok.i and
            (c.dep_ == "appos" or (c.dep_ == "conj" and doc[c.i - 1].text == "," and not any(t.dep_ == "cc" and tok.i < t.i < c.i for t in tok.children)))]


def known_surname(tok, known: list[str]) -> str | None:
    """A bare plural-tagged subject that is the last word of exactly one name given earlier
    ("simmons said" after "gene simmons, frontman of ..."; "lohnes recounted" after "deputy
    lohnes"), else None."""
    if tok.tag_ != "NNS" or _common_plural(tok.lower_) or not _bare(tok):
        return None
    if any(c.dep_ == "compound" for c in tok.children):
        return None
    fits = {k for k in known if k.split()[-1].lower() == tok.lower_}
    return fits.pop() if len(fits) == 1 else None


def nounlike(tok) -> bool:
    """A noun, or a surname the tagger misread after a role and a first name ("nasa administrator
    bill gerstenmaier" with "gerstenmaier" a comparative adverb): the parser still gave it a
    noun's function and a noun compound before it."""
    if tok.tag_ in ("NN", "NNP", "NNS"):
        return True
    if tok.tag_ in ("PRP", "PRP$", "WP", "WDT", "DT", "CD", "IN", "CC", "MD", "TO", "POS") or not tok.is_alpha:
        return False
    if tok.dep_ not in ("nsubj", "nsubjpass", "pobj", "dobj", "appos", "attr"):
        return False
    from .lower_people import is_role

    chunk = _chunk(tok)
    return (len(chunk) >= 3 and chunk[-2].tag_ in ("NN", "NNP")
            and any(t.lower_.rstrip(".") in _ROLES or is_role(t.lower_) for t in chunk[:-2]))


def lower_name(tok) -> str | None:
    """The name a subject token gives in lower-cased text ("Bill Donohue"), else None."""
    word = tok.lower_
    if tok.tag_ in ("PRP", "PRP$", "WP", "WDT", "DT", "CD") or word in _PERSON_PRONOUNS | _GROUP_PRONOUNS:
        return None
    if not nounlike(tok):
        return None  # adjectives, verbs
    chunk = _chunk(tok)
    # The name is what follows the last role word; a word with a role's ending ("engineer",
    # "pastor", "economist") before the last word counts as one.
    roles = [k for k, t in enumerate(chunk) if t.lower_.rstrip(".") in _ROLES or (k < len(chunk) - 1 and t.lower_.endswith(_ROLE_ENDINGS))]
    if roles:
        words = chunk[roles[-1] + 1 :]
    else:
        if any(c.dep_ in ("det", "poss", "nummod", "predet") and c.i < tok.i for c in tok.children):
            return None  # "the prosecutor", "one official", "his lawyer", "a former aide"
        words = chunk
    if not words or len(words) > 4:
        return None
    if tok.tag_ == "NNS" and not _plural_name(tok, chunk, roles):
        return None  # "officials said", "school officials said"
    if any(t.tag_ not in ("NN", "NNP") for t in words if t.i != tok.i):
        return None  # "chemical weapons attack": an adjective or a plural is no part of a name
    lows = [t.lower_ for t in words]
    if any(not _NAME_WORD.fullmatch(w) for w in lows):
        return None
    if lows[-1] in _BARE_COMMON | _THINGS | _DOCUMENT_NOUNS | _GROUP_NOUNS | _SPOKES | _ROLES | _CALENDAR:
        return None
    if any(w in _BARE_COMMON | _CALENDAR for w in lows):
        return None
    return " ".join(w[:1].upper() + w[1:] for w in lows)


def known_form(name: str, known: list[str]) -> str:
    """The fuller form of `name` given earlier ("Coffina" -> "Scott Coffina"): a known name whose
    last word is this one-word name, when exactly one fits."""
    if " " in name:
        return name
    fits = {k for k in known if k.split()[-1].lower() == name.lower() and k.lower() != name.lower()}
    return fits.pop() if len(fits) == 1 else name
