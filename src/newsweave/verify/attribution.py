"""Attribution kept: when a source sentence states a clause's content as somebody's words or view
("X called it a success", "..., NBC added", "according to X"), the clause must say whose it is.
"""

from __future__ import annotations

from ..text.tokens import stem
from .roles import PRONOUNS, np_tokens, subject

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
    figures record records spokesman spokeswoman spokesperson source sources bureau office commission
    administration government institute survey""".split()
)


def attribution(tokens, src) -> tuple[str, ...]:
    """The source states the content as someone's words or view; the clause must attribute it, to
    the same speaker (a clause that keeps "the report suggests" but drops "X said" drops X)."""
    mine = {t.i for t in tokens}
    doc = tokens[0].doc if tokens else None
    if doc is None:
        return ()
    attributes = any(t.lemma_.lower() in ATTRIBUTING or (t.lower_ == "according") for t in doc if t.i in mine or t.dep_ == "ROOT")
    named = {stem(t.lower_) for t in doc} | {t.lemma_.lower() for t in doc}
    wanted = {stem(t.lower_) for t in tokens if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB", "NUM") and not t.is_stop}
    if not wanted:
        return ()
    for verb in src:
        lemma = "according" if verb.lower_ == "according" else verb.lemma_.lower()
        if lemma not in ATTRIBUTING or (lemma != "according" and verb.dep_ in ("acl", "amod")):
            continue  # "938,000 positions added": a participle on a noun, not a speaker's verb
        if lemma == "according":
            scope = [verb.head]
            speaker = next((g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"), None)
        else:
            scope = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd", "dobj", "prep", "advcl", "parataxis")]
            speaker = subject(verb)
        inside = {stem(t.lower_) for c in scope for t in c.subtree}
        if len(wanted & inside) < max(2, int(0.6 * len(wanted))):
            continue
        if lemma in REPORTING and speaker is not None and speaker.lemma_.lower() in INSTITUTIONAL and not _quoted(src):
            continue  # a routine institutional report: the fact may be stated plainly
        if attributes and (speaker is None or speaker.lower_ in PRONOUNS or any(
            stem(w.lower_) in named or w.lemma_.lower() in named for w in np_tokens(speaker) if w.pos_ != "DET"
        )):
            continue  # attributed, to the same speaker
        who = f" by {speaker.text}" if speaker is not None else ""
        return (f"drops the attribution: the source presents it as said or judged{who} ('{verb.text}')",)
    return ()


def _quoted(doc) -> bool:
    return any(t.text in ('"', "“", "”") or t.tag_ in ("``", "''") for t in doc)


def says_nothing(tokens) -> tuple[str, ...]:
    """A clause that is only a speaker and a reporting verb ("One official said.") repeats no words
    of theirs: next to other sentences it reads as attributing them to that speaker."""
    mine = {t.i for t in tokens}
    for verb in tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("say", "add", "tell", "state"):  # not "posted on X"
            continue
        if verb.head.i in mine and verb.head.i != verb.i:
            continue  # not the clause's own predicate
        said = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj", "parataxis", "oprd", "attr", "conj")]
        outer = verb.head.i != verb.i  # "..., she said" inside a longer sentence: the rest is the content
        if not said and not outer and not _quoted(verb.doc):
            return (f"a speaker without their words ('{verb.text}' reports nothing)",)
    return ()
