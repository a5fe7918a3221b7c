"""Armed or unarmed: one source says a person had a weapon, another that they were unarmed ("police
say he got out of the car with a handgun and refused to drop it" against "his wife can be heard
telling the officers that he was unarmed").

Whether the person shot or arrested was armed is among the most disputed facts of police and
crime reporting, and the two sides word it with no verb in common, so the claim-against-denial
finder (`denials`) never pairs them. Read from the dependency parse, narrowly:

- An *unarmed* statement: "unarmed" said of a person (an adjective in apposition, an attribute
  of "was", or modifying the person's noun), "had no weapon/gun", "did not have a gun",
  "was not armed".
- An *armed* statement: "armed with", "was armed", or a verb of holding or using a weapon
  (had, carried, held, brandished, pointed, pulled, drew, wielded, "reached for") whose object is
  a weapon noun (gun, handgun, pistol, rifle, firearm, knife, weapon, revolver), not negated, not
  in a question or a conditional, and not the content of a named account ("backing away from an
  initial account that he was armed").
- The person: the subject of the armed verb (or the noun "unarmed" describes), resolved past a
  personal pronoun to the nearest name in the sentence or, failing that, the article's only
  person named in a sentence before it; a name is compared by its last word (the surname), and a
  police or officer subject ("the officer had his gun drawn") is never the person.
- Two statements from different articles (not copies) about the same surname conflict.

Without a parser nothing is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.tokens import STOP_WORDS
from ..types import Citation, Conflict, ConflictSide, Document, Sentence
from .parsing import parse_texts

_CANDIDATE = re.compile(r"\bunarmed\b|\barmed\b|\b(?:no|a|an|his|her|the)\s+(?:\w+\s+)?(?:gun|handgun|pistol|rifle|firearm|knife|weapon|revolver|shotgun)s?\b", re.I)
_WEAPONS = frozenset("gun handgun pistol rifle firearm knife weapon revolver shotgun".split())
_HOLD = frozenset("have has had having carry carries carried carrying hold holds held holding brandish brandishes brandished brandishing "
                  "point points pointed pointing pull pulls pulled pulling draw draws drew drawn drawing wield wields wielded wielding "
                  "raise raises raised raising".split())
_NOT_PERSON = frozenset("police officer officers cop cops deputy deputies trooper troopers agent agents authorities department sheriff".split())
_PRONOUNS = frozenset("he she him her they them who".split())
_BOUND = frozenset("if whether unless".split())
_ACCOUNTS = frozenset("account accounts claim claims report reports story stories version suggestion suggestions allegation allegations "
                      "rumor rumors rumour rumours assertion assertions".split())


@dataclass(frozen=True)
class _Claim:
    sentence: Sentence
    doc: int
    person: str  # surname, lower case
    armed: bool
    cue: str


def _name_of(tok) -> str:
    """The surname of a proper-noun phrase whose head is `tok` (its last PROPN word), or ""."""
    if tok.pos_ != "PROPN":
        return ""
    return tok.text.lower() if tok.text.isalpha() else ""


def _person(tok, parsed, last_name: str) -> str:
    """The person a subject or described noun stands for: a name, past a pronoun to the nearest
    name before it in the sentence, else the article's last named person."""
    if tok.lower_ in _NOT_PERSON or any(c.lower_ in _NOT_PERSON for c in tok.children if c.dep_ == "compound"):
        return ""
    name = _name_of(tok)
    if name:
        return name
    if tok.lower_ in _PRONOUNS or tok.lower_ in ("husband", "wife", "son", "daughter", "man", "woman", "father", "mother", "suspect", "teen"):
        before = [t for t in parsed[: tok.i] if t.pos_ == "PROPN" and t.dep_ != "compound" and t.text.isalpha() and t.lower_ not in _NOT_PERSON]
        return before[-1].text.lower() if before else last_name
    return ""


def _claims(parsed, s: Sentence, d_i: int, last_name: str) -> list[_Claim]:
    if s.text.rstrip().endswith("?"):
        return []
    out = []
    for t in parsed:
        low = t.lower_
        if any(c.dep_ == "mark" and c.lower_ in _BOUND for n in (t, *t.ancestors) for c in n.children):
            continue
        if low == "unarmed":
            # "the unarmed man", "X, unarmed,", "he was unarmed"
            if t.dep_ == "amod":
                who = t.head
            elif t.dep_ in ("acomp", "attr", "oprd"):
                who = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            else:
                who = t.head if t.head.pos_ in ("PROPN", "NOUN", "PRON") else None
            person = _person(who, parsed, last_name) if who is not None else ""
            if person:
                out.append(_Claim(s, d_i, person, False, "unarmed"))
        elif low == "armed" and t.dep_ in ("acomp", "amod", "ROOT", "advcl", "acl", "conj") or (t.pos_ == "VERB" and low in _HOLD):
            negated = any(c.dep_ == "neg" for c in t.children)
            if low == "armed":
                if t.dep_ == "amod" and t.head.lower_ in ("forces", "robbery", "groups", "group", "men", "guards", "conflict", "services"):
                    continue
                who = next((c for c in (t.head if t.dep_ == "acomp" else t).children if c.dep_ in ("nsubj", "nsubjpass")), None) \
                    if t.dep_ != "amod" else t.head
                cue = "armed"
            else:
                objs = [c for c in t.children if c.dep_ in ("dobj", "obj")]
                weapon = next((o for o in objs if o.lower_.rstrip("s") in _WEAPONS), None)
                if weapon is None:
                    continue
                negated = negated or any(c.lower_ == "no" for c in weapon.children)
                who = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if who is None and t.dep_ in ("conj", "xcomp", "advcl"):
                    who = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                cue = f"{t.text} {weapon.text}"
            verb = t if t.pos_ in ("VERB", "AUX") else t.head
            if verb.dep_ in ("acl", "ccomp", "relcl") and verb.head.lower_ in _ACCOUNTS:
                continue  # "backing away from an initial account that he was armed": a claim named, not made
            person = _person(who, parsed, last_name) if who is not None else ""
            if person:
                out.append(_Claim(s, d_i, person, not negated, ("not " if negated else "") + cue))
    return out


def armed_conflicts(documents: tuple[Document, ...], *, nlp, sources=None) -> list[Conflict]:
    """A person said to be armed by one article and unarmed by another (see the module docstring)."""
    if nlp is None or len(documents) < 2:
        return []
    cands = [(d_i, s) for d_i, d in enumerate(documents) for s in d.sentences if _CANDIDATE.search(s.text)]
    if not any(re.search(r"\bunarmed\b|\bno (?:\w+ )?(?:gun|weapon)|\bnot (?:have|armed|carry)", s.text, re.I) for _, s in cands):
        return []
    parsed = parse_texts(nlp, [s.text for _, s in cands])
    claims: list[_Claim] = []
    for (d_i, s), p in zip(cands, parsed):
        before = documents[d_i].article.text[: s.start]
        names = [w for w in re.findall(r"\b[A-Z][a-z]{2,}\b", before) if w.lower() not in STOP_WORDS and w.lower() not in _NOT_PERSON]
        claims.extend(_claims(p, s, d_i, names[-1].lower() if names else ""))
    return [Conflict(about=f"whether {a.person.title()} was armed", kind="claim", sides=(person_side(a), person_side(b)))
            for a, b in opposed_pairs(claims, lambda c: c.armed, lambda a, b: a.person == b.person, sources)]


def person_side(claim) -> ConflictSide:
    """One side of a two-way claim about a person: the claim's sentence, cited whole, with its cue
    (shared with `verdict_conflicts`)."""
    return sentence_side(claim.sentence, claim.cue)


def sentence_side(s: Sentence, value: str) -> ConflictSide:
    """One side of a conflict: sentence `s`, cited whole, with what it says (`value`)."""
    return ConflictSide(text=s.text, citations=(Citation(s.article_id, s.start, s.end, s.index),), value=value, article_ids=(s.article_id,))


def opposed_pairs(claims, positive, same, sources=None):
    """Pairs (a, b) of `claims` (each with `.sentence`, `.doc`) where `positive(a)` and not
    `positive(b)`, `same(a, b)`, and the two come from different documents whose sources differ
    (`sources.root`, the copy's original); each pair of sentences once (shared with `verdict_conflicts`)."""
    root = (lambda a: sources.root.get(a, a)) if sources is not None else (lambda a: a)
    seen = set()
    for a in claims:
        for b in claims:
            if not (positive(a) and not positive(b)) or a.doc == b.doc or not same(a, b):
                continue
            if root(a.sentence.article_id) == root(b.sentence.article_id):
                continue
            key = (a.sentence.article_id, a.sentence.index, b.sentence.article_id, b.sentence.index)
            if key not in seen:
                seen.add(key)
                yield a, b
