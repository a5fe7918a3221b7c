"""Who did what to whom, read from spaCy's dependency parse, compared between a generated clause
and one source sentence (used by `grounding.GroundedVerifier`):

- `roles`: for each verb the source shares, the doer and the done-to match (active or passive,
  relative pronouns resolved, the implied subject of a participle or infinitive clause included:
  "..., citing officials" says who cites);
- `attachments`: a prepositional phrase modifies the same word as in the source ("the Democrats
  in Nevada" is not "a victory in Nevada");
- `number_nouns`: each number counts the same noun ("910,000 views" is not "910,000 votes").
"""

from __future__ import annotations

from ..text.numbers import numbers_in
from ..text.tokens import stem

VERBAL = frozenset({"VERB", "AUX"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
OBJECTS = frozenset({"dobj", "obj", "dative", "attr", "oprd"})
RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "this", "these", "those", "one"})


def np_tokens(token) -> list:
    """A noun's name-bearing tokens: itself with its compound and flat-name modifiers."""
    return [token, *(c for c in token.children if c.dep_ in ("compound", "flat", "amod", "poss") and c.pos_ in ("PROPN", "NOUN", "ADJ"))]


def _resolve(token):
    """A relative pronoun stands for the noun its clause modifies."""
    if token.lower_ in RELATIVE:
        head = token.head
        while head.dep_ != "relcl" and head.head.i != head.i:
            head = head.head
        if head.dep_ == "relcl":
            return head.head
    return token


def subject(verb):
    """The verb's subject: its own, else the one it shares (a coordinated verb, "wants to go"), the
    noun a relative or participle clause modifies, or the implied subject of a non-finite adverbial
    clause ("NBC added, citing officials": NBC cites; "Hit by a car, the man ...": the man)."""
    for c in verb.children:
        if c.dep_ in SUBJECTS:
            return _resolve(c)
    if verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in VERBAL:
        return subject(verb.head)
    if verb.dep_ == "relcl" and verb.tag_ == "VB" and nonfinite(verb):
        return None  # "everything they can to obliterate X": the noun may be the subject or not
    if verb.dep_ in ("relcl", "acl"):
        return verb.head
    if nonfinite(verb) and verb.dep_ == "advcl" and verb.head.pos_ in VERBAL:
        return subject(verb.head)
    return None


def nonfinite(verb) -> bool:
    """A participle or to-infinitive without a tensed auxiliary ("citing", "hit by", "to help")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBG", "VBN"):
        return not auxes or all(a.lower_ in ("being", "been", "having") for a in auxes)
    return verb.tag_ == "VB" and any(a.lower_ == "to" for a in auxes)


def _passive(verb) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in verb.children)


def agent_patient(verb):
    """(doer, done-to) of a verb, active or passive."""
    subj = subject(verb)
    obj = next((_resolve(c) for c in verb.children if c.dep_ in OBJECTS), None)
    if _passive(verb) or (verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBN" and nonfinite(verb)):
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        return (_resolve(agent) if agent is not None else None), subj
    return subj, obj


def _words(token) -> set[str]:
    return {stem(t.lower_) for t in np_tokens(token)} | {t.lemma_.lower() for t in np_tokens(token)}


def _phrase(token) -> list:
    """The words that name an argument: the noun with its compound, name and possessive parts,
    and coordinated nouns ("Corbyn and Livingstone"), but not its relative clauses, appositions
    or prepositional phrases (those name other people: "Ostrow, a friend of Holm")."""
    out = [token]
    for c in token.children:
        if c.dep_ in ("compound", "flat", "amod", "poss", "nmod", "nummod"):
            out.extend(_phrase(c))
        elif c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON"):
            out.extend(_phrase(c))
    return out


def arg_matches(mine, theirs) -> bool:
    if mine is None or mine.lower_ in PRONOUNS or mine.lower_ in RELATIVE:
        return True
    if theirs is None:
        return True
    if theirs.lower_ in PRONOUNS or theirs.lower_ in RELATIVE:
        # The source says "he"/"they": which named actor that is, this sentence alone does not say.
        return mine.pos_ != "PROPN"
    words = _phrase(theirs)
    around = {stem(t.lower_) for t in words} | {t.lemma_.lower() for t in words}
    names_mine = {stem(t.lower_) for t in _phrase(mine) if t.pos_ == "PROPN"}
    if names_mine:
        return bool(names_mine & around)
    return stem(mine.lower_) in around or mine.lemma_.lower() in around


def roles(tokens, src) -> tuple[str, ...]:
    reasons = []
    for v in tokens:
        if v.pos_ != "VERB":
            continue
        same = [s for s in src if s.pos_ in VERBAL and s.lemma_.lower() == v.lemma_.lower()]
        if not same:
            continue
        agent, patient = agent_patient(v)
        ok_agent = any(arg_matches(agent, agent_patient(s)[0]) for s in same)
        ok_patient = any(arg_matches(patient, agent_patient(s)[1]) for s in same)
        if not ok_agent:
            reasons.append(f"who '{v.text}': '{agent.text}' is not the doer in the source")
        elif not ok_patient:
            reasons.append(f"'{v.text}' whom/what: '{patient.text}' is not what the source says")
    return tuple(reasons)


def _number_noun(token):
    """The noun a number counts ("910,000 views" -> views), or None."""
    t = token
    while t.dep_ in ("compound", "quantmod", "nummod", "nmod", "npadvmod") and t.head.i != t.i and t.head.pos_ in ("NUM", "SYM"):
        t = t.head
    if t.dep_ in ("nummod", "quantmod", "compound", "amod") and t.head.pos_ in ("NOUN", "PROPN"):
        return t.head
    if t.dep_ == "pobj" or t.i + 1 >= len(t.doc):
        return None
    nxt = t.doc[t.i + 1]
    if nxt.lower_ == "of" and nxt.i + 1 < len(t.doc):
        obj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        return obj
    return None


def number_nouns(tokens, src) -> tuple[str, ...]:
    reasons = []
    for t in tokens:
        if t.pos_ != "NUM" and not t.like_num:
            continue
        values = numbers_in(t.text)
        noun = _number_noun(t)
        if not values or noun is None or noun.lemma_.lower() in ("year", "percent", "%"):
            continue
        targets = [s for s in src if (s.pos_ == "NUM" or s.like_num) and numbers_in(s.text) & values]
        if not targets:
            continue
        ok = False
        for s in targets:
            theirs = _number_noun(s)
            if theirs is not None and theirs.lemma_.lower() == noun.lemma_.lower():
                ok = True
            elif theirs is None:
                window = src[max(0, s.i - 4) : s.i + 5]
                ok = ok or any(w.lemma_.lower() == noun.lemma_.lower() for w in window)
        if not ok:
            reasons.append(f"the number {t.text} counts '{noun.text}' here but something else in the source")
    return tuple(reasons)



def _same_word(a, b) -> bool:
    return a.lemma_.lower() == b.lemma_.lower() or stem(a.lower_) == stem(b.lower_)


def _path_up(token, stop) -> list:
    """`token`'s heads up to and including the first verb (the clause's predicate), or `stop`."""
    out, t = [], token
    while t.head.i != t.i and len(out) < 8:
        t = t.head
        out.append(t)
        if t.pos_ in VERBAL or t is stop:
            break
    return out


def attachments(tokens, src) -> tuple[str, ...]:
    """Each prepositional phrase of the clause modifies the same word as in the source. A phrase may
    move between a noun and the verb it belongs to ("won a victory in Nevada" / "won in Nevada"),
    not onto another noun or clause ("the Democrats in Nevada watched ... a victory")."""
    mine = {t.i for t in tokens}
    reasons = []
    for p in tokens:
        if p.dep_ != "prep" or p.head.i not in mine or p.head.lemma_.lower() == "be":
            continue
        obj = next((c for c in p.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN", "NUM")), None)
        if obj is None:
            continue
        head = p.head
        theirs = [q for q in src if q.dep_ == "prep" and q.lower_ == p.lower_ and any(c.dep_ == "pobj" and _same_word(c, obj) for c in q.children)]
        counterparts = [t for t in src if _same_word(t, head)]
        if not theirs or not counterparts or _copied(p, head, obj, src):
            continue
        ok = False
        for q in theirs:
            h = q.head
            if _same_word(h, head) or any(_same_word(t, head) for t in _path_up(h, None)):
                ok = True  # same word, or moved up to the noun's own verb
            elif any(h in _path_up(c, h) for c in counterparts):
                ok = True  # moved down from a verb (or noun) to a word of its own phrase
        if not ok:
            reasons.append(f"'{p.text} {obj.text}' modifies '{head.text}' here but something else in the source")
    return tuple(reasons)


def _copied(p, head, obj, src) -> bool:
    """The words from the head to the phrase's noun are the source's own, in one piece (then the
    attachment is the source's, whatever the parser makes of either copy)."""
    doc = p.doc
    lo, hi = min(head.i, p.i, obj.i), max(head.i, p.i, obj.i)
    span = " ".join(t.lower_ for t in doc[lo : hi + 1])
    return len(span.split()) >= 3 and span in " ".join(t.lower_ for t in src)
