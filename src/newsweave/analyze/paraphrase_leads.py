"""A quotation standing alone right after a sentence that reports what a named person said or
thinks in other words (issue 12, session 18, brief D).

News convention puts the speaker's paraphrase first and the quoted words after it, with no
speech verb of their own:

    Prosecutor Ada Vance said on the courthouse steps that the ruling is a warning to every owner.
    “If a pier is unsafe, you are bound to close it.”

`QuoteExtractor._continued` already passes a speaker on from the sentence before when that
sentence has a speech verb and both are in one paragraph ("..., Schiff said. “The other
factor ...”"). It did not when the quotation opens the next paragraph, nor when the sentence
before reports the words with a verb of stance or thought ("Quill thinks the council owes the
harbour more", "Orrick called for care", "..., also claiming that ..."). In the story-level gold (seed12-seed24) and the seeded PolNeAR half read this session, this was the
largest kind of speaker left unknown when the text says who it is.

The sentence before gives the speaker only when all of these hold (else unknown, never a guess):
- it holds no quotation of its own that was read as speech (a paraphrase, not a quoted sentence
  whose speaker is read elsewhere; a show's title in quote marks does not count), and nothing
  but spaces, paragraph breaks and the opening mark lies between it and the quotation;
- its main verb, or a verb conjoined to it or a participle hung on it ("..., also claiming
  that ..."), is a speech verb or one of `_STANCE` (verbs of thought and stance);
- the subject of that main verb is a name or a role noun that resolves to a named speaker (not a
  pronoun: "He said the plan failed." may be anyone the reader still has in view);
- no other speech verb in that sentence has a different named subject ("Vance said Reed told
  her ...": whose words follow is not clear).
"""

from __future__ import annotations

import re

from .ambiguity import _parsed
from .cue_words import SPEECH_WORDS, _THINGS, _forms
from .quote_parse import _pos

# Verbs of thought and stance that report a person's view as a paraphrase.
_STANCE = frozenset(
    """think believe call identify explain warn claim insist argue stress predict urge acknowledge admit recall note
    suggest hope fear worry say tell add describe point vow promise pledge maintain contend agree disagree
    testify reiterate emphasize emphasise""".split()
)
_STANCE_FORMS = frozenset(set().union(*(_forms(b) for b in _STANCE)) | {"thought", "believed", "said", "told", "testified"})
_GAP = re.compile(r"[\s\"“”'‘’]*")


def paragraph_gives_other(q_start: int, ctx, speaker: str) -> bool:
    """Whether an earlier quotation of the paragraph holding `q_start` was given to someone other
    than `speaker`: a bridge from a report or statement back across it would mix two voices."""
    para = ctx.text.rfind("\n", 0, q_start) + 1
    return any(para <= at < q_start and who not in (None, speaker) for at, who, _ in ctx.history)


def _verbs(root):
    """The main verb and the verbs that carry its subject: its conjuncts and participles."""
    out = [root]
    for c in root.children:
        if c.dep_ == "conj" and _pos(c) in ("VERB", "AUX"):
            out.append(c)
        elif c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            out.append(c)
    return out


def _reports(tok) -> bool:
    return tok.tag_.startswith("VB") and (tok.lower_ in SPEECH_WORDS or tok.lower_ in _STANCE_FORMS)


def paraphrase_speaker(q_start: int, ctx, sentences: list[tuple[int, int]]) -> str | None:
    """The named speaker of the sentence right before the quotation at `q_start`, when that
    sentence paraphrases them (see the module docstring); else None."""
    from .attribution import subject_of  # (attribution imports modules that import this one)
    from .speaker_resolve import resolve

    if ctx.lower:
        return None
    said = {h[0] for h in ctx.history}  # quotations read as speech so far (earlier ones all are)
    # a quoted sentence: its speaker is read from it (a show's title in quotes is no quotation)
    found = sentence_before(q_start, ctx, sentences, 1200, lambda s, e: any(s <= qs < e and (qs in said or qe in ctx.uncued) for qs, qe in ctx.quotes))
    if found is None:
        return None
    s, doc, root = found
    reporting = [v for v in _verbs(root) if _reports(v)]
    if not reporting:
        return None
    subj = subject_of(reporting[0])
    if subj is None or _pos(subj) == "PRON" or subj.lower_ in _THINGS:
        return None
    speaker, rank = resolve(subj, s, ctx, sentences)
    if not speaker or rank < 2 or not any(c.isupper() for c in speaker):
        return None
    if another_speaker(doc, s, subj, speaker, ctx, sentences, skip=reporting[0]):
        return None  # "Vance said Reed told her ...": two speakers in view
    return speaker


def sentence_before(q_start: int, ctx, sentences: list[tuple[int, int]], max_chars: int, refuse=lambda s, e: False):
    """The sentence right before the bare quotation at `q_start` (nothing but spaces and quote marks
    between), when it is at most `max_chars` long, `refuse(start, end)` is false and its parse has
    one root: (its start, its parse, the root); else None. Shared by the rules that pass a lead
    sentence's subject on to the quotation after it (this module, `speech_events`)."""
    prev = next(((s, e) for s, e in reversed(sentences) if e <= q_start), None)
    if prev is None or not _GAP.fullmatch(ctx.text, prev[1], q_start):
        return None
    s, e = prev
    if e - s > max_chars or refuse(s, e):
        return None
    doc = _parsed(ctx, s, e)
    roots = [t for t in doc if t.dep_ == "ROOT"]
    return (s, doc, roots[0]) if len(roots) == 1 else None


def another_speaker(doc, base: int, subj, speaker: str, ctx, sentences: list[tuple[int, int]], skip=None) -> bool:
    """Whether a speech verb of the parsed sentence `doc` (other than `skip`) has a subject, other
    than `subj` and no pronoun, that names someone other than `speaker`: two speakers in view."""
    from .attribution import subject_of
    from .speaker_resolve import resolve

    for t in doc:
        if (skip is not None and t.i == skip.i) or t.lower_ not in SPEECH_WORDS or _pos(t) not in ("VERB", "AUX"):
            continue
        other = subject_of(t)
        if other is not None and other.i != subj.i and _pos(other) != "PRON":
            name, _ = resolve(other, base, ctx, sentences)
            if name and name != speaker:
                return True
    return False


def other_lead(sent, base: int, speaker: str, ctx, sentences: list[tuple[int, int]]) -> bool:
    """Whether the sentence before a bare quotation, whose speech verb gave `speaker`, is led by
    someone else: its main verb reports nothing and its main-clause subject is another named
    person ("Vance gave the number once officials had admitted that no one knew ... “...”": the
    officials' verb sits in a time clause; whose words follow is not clear). Then the quotation is
    not passed on (unknown, never a guess); seed22 had one such wrong speaker."""
    from .attribution import subject_of
    from .speaker_resolve import resolve

    root = sent.root
    if _reports(root) or any(_reports(v) for v in _verbs(root)):
        return False
    subj = subject_of(root)
    if subj is None or _pos(subj) != "PROPN":
        return False
    name, rank = resolve(subj, base, ctx, sentences)
    mine = {w.lower() for w in speaker.split()}
    return bool(name) and rank == 3 and not {w.lower() for w in name.split()} & mine
