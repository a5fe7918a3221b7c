"""A verb that is a speech act by its meaning and whose clause holds the quotation: the speaker is its
subject ("Vance welcomed the deal as one that would let the town “stand on its own”", "Reed
addressed “the plain failures of the board”", "“...,” points out Vance", "..., with Mayor Reed
affirming the “close bond”"). Session 27, brief S18.

`cue_words.SPEECH_WORDS` lists the verbs of saying; a quotation none of them governs is otherwise
given only to the named subject of the verb it hangs from. This module adds the rest of the
English verbs whose use is itself an act of speech, by class (after Levin's and VerbNet's verb
classes, not after the sentences that missed them): declaring and assuring, complaining, judging
someone aloud (welcome, condemn), manner of speaking, addressing and comparing, and phrasal verbs
of speech read from the parse as verb + particle ("point out", "hit back"). They count only when
they *govern* the quotation and no verb of saying is found at all (`attribution.attribute` asks
last), so they never displace a cue the attribution already reads. The subject of any speech verb
that is a participle in a "with" absolute (", with X affirming ...") is the object of "with"
(`with_subject`, asked for every cue: the parser often hangs such a participle on the main clause).

Not speech, on purpose: verbs of finding and showing ("the study found", "the data showed": what a
document establishes, `document_findings` owns those), of doing ("signed", "used an ad to show"),
and "point to" (pointing at a thing is no utterance). Unknown, not a guess, when the way up from the
quotation to the verb passes a clause of its own whose subject could be someone else speaking (a
name, a pronoun, a document) or a verb of saying or finding, or when the verb is passive ("was
welcomed": the subject is the one spoken about), or when the quotation is a term modifying a noun
("ruled that the disputed “night trawling” ban ...": the writer's name for the thing).
"""

from __future__ import annotations

from .cue_words import _THINGS, SPEECH_WORDS, SUBJECT_PRONOUNS, _forms
from .quote_parse import _pos

_ACT_BASES = frozenset(
    # declaring, assuring, advising, citing (VerbNet say-37.7, declare-29.4, advise-37.9, inform)
    """affirm reaffirm proclaim pronounce assure reassure aver avow attest certify submit posit propose recommend
    advise counsel inform notify remind mention cite rule decree reiterate stipulate underline underscore
    forecast foresee prophesy """
    # complaining (complain-37.8)
    """grouse gripe whine moan carp object protest bemoan bewail rail """
    # judging someone aloud (judgment-33: the judgment is spoken)
    """welcome applaud salute congratulate condemn denounce rebuke reprimand scold berate castigate chastise lambaste
    excoriate assail ridicule disparage belittle malign lampoon blame censure upbraid admonish """
    # manner of speaking (manner_speaking-37.3)
    """murmur holler bellow growl hiss shriek sob stammer stutter groan rant rave gasp howl roar snarl
    whimper wail """
    # addressing, comparing, messaging
    """address compare equate text blog""".split()
)
# verb + particle: a phrasal verb of speech ("points out", "hit back at", "weighed in").
_PHRASAL = frozenset(
    {("point", "out"), ("spell", "out"), ("lay", "out"), ("hit", "back"), ("fire", "back"), ("push", "back"),
     ("lash", "out"), ("speak", "out"), ("tweet", "out"), ("call", "out"), ("sound", "off"), ("weigh", "in"),
     ("chime", "in"), ("pipe", "up"), ("shoot", "back"), ("write", "back")}
)
_IRREGULAR = {"laid": "lay", "spoke": "speak", "spoken": "speak", "shot": "shoot", "wrote": "write", "written": "write",
              "hitting": "hit", "foresaw": "foresee", "foreseen": "foresee", "forecast": "forecast"}
# The parse runs without a lemmatizer (`entities._load_spacy`): word forms, not lemmas.
_BASE_OF = {form: base for base in _ACT_BASES | {b for b, _ in _PHRASAL} for form in _forms(base)} | _IRREGULAR
# Verbs of finding and showing: what a document or a study establishes, not an utterance.
# ("show", "suggest": stopped by `_own_speaker` when a document or data is their subject.)
_FINDING = frozenset("find conclude reveal indicate demonstrate determine establish estimate".split())
_FINDING_FORMS = frozenset(set().union(*(_forms(b) for b in _FINDING)) | {"found"})
_PRONOUNS = SUBJECT_PRONOUNS
_MAX_ARCS = 6


def _finding(word: str) -> bool:
    return word in _FINDING_FORMS


def is_speech_act(tok) -> bool:
    """A verb whose use is an act of speech: a lexicon class or a phrasal verb of speech."""
    if _pos(tok) != "VERB":  # the fine tag: the attribute ruler is not run (`quote_parse._pos`)
        return False
    lemma = _BASE_OF.get(tok.lower_)
    if lemma in _ACT_BASES:
        return True
    return any(c.dep_ == "prt" and (lemma, c.lower_) in _PHRASAL for c in tok.children)


def _own_speaker(verb, outside) -> bool:
    """Whether a clause on the way up has a subject that could be the quotation's own speaker."""
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass", "csubj") or not outside(c):
            continue
        if c.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
            c = verb.head  # "the study, which showed": the study
        if c.lower_ in _PRONOUNS or c.lower_ in _THINGS or _pos(c) == "PROPN":
            return True
    return False


def speech_act_cue(doc_sents, q_start: int, q_end: int, base: int, outside):
    """The speech-act verb outside quotations that governs the quotation [q_start, q_end), or None."""
    for sent in doc_sents:
        for tok in sent:
            if not (q_start <= base + tok.idx < q_end) or q_start <= base + tok.head.idx < q_end and tok.head.i != tok.i:
                continue
            if tok.dep_ in ("compound", "amod", "nmod") and _pos(tok.head) in ("NOUN", "PROPN"):
                return None  # "the disputed “night trawling” ban": a term naming a thing, not words spoken
            for arcs, anc in enumerate(tok.ancestors, start=1):
                if arcs > _MAX_ARCS or not outside(anc):
                    return None
                if is_speech_act(anc):
                    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in anc.children)
                    return None if passive else anc
                if _pos(anc) == "VERB" and (anc.lower_ in SPEECH_WORDS or _finding(anc.lower_) or _own_speaker(anc, outside)):
                    return None
            return None
    return None


def with_subject(verb, outside):
    """The subject of a participle in a "with" absolute ("..., with Mayor Reed, 61, affirming the
    “...”"): the object of a "with" that opens its sentence or follows a comma or dash and ends just
    before the participle (its apposition and a comma between), whatever clause the parser hung the
    participle on; else None."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    for w in verb.doc[max(verb.sent.start, verb.i - 12) : verb.i]:
        if w.lower_ != "with" or not (w.i == w.sent.start or w.doc[w.i - 1].is_punct):
            continue  # "..., with X V-ing": a clause of its own; "marched with X, warning": the marchers'
        objs = [c for c in w.children if c.dep_ == "pobj" and outside(c)]
        if not objs:
            continue
        end = max(t.i for t in objs[0].subtree)
        if all(t.is_punct for t in verb.doc[end + 1 : verb.i]) and verb.i - end <= 2:
            return objs[0]
    return None
