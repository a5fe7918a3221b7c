"""A quotation standing alone right after a sentence in which a named person gives a speech, an
update or a briefing (issue 12, session 22, brief Q3). Fictional wording:

    Harbour minister Ada Vance gave an update on the repairs on Friday morning.
    “So far, the divers have found three cracked piles ...”

`paraphrase_leads.paraphrase_speaker` passes the speaker of the sentence before on to a bare
quotation when that sentence's main verb is a verb of saying or stance. News writing also
announces the words with a light verb and a noun of speech ("gave an update", "delivered a
speech", "held a news conference", "gave a briefing"): the quoted words that follow are that
event's. The sentence before gives the speaker only when all of these hold (else unknown, never a
guess):
- nothing but spaces, paragraph breaks and the opening mark lies between it and the quotation,
  and it holds no quotation of its own;
- its one main verb (or a verb conjoined to it) is give, deliver, hold, make, offer or provide,
  with a direct object whose head is a noun of speech (`_EVENTS`; "conference" only with "press"
  or "news" before it, "news" only given or delivered: "gave grim news", not "made news");
- that verb's subject is a name (not a pronoun, not a thing) that resolves to a person (rank 2 or
  better, not a place, body or group: "the ministry gave an update" leaves whose words open), or
  a role noun whose phrase ends in the one person it names ("Acting minister in the Presidency
  Ada Vance gave an update": the parser makes "minister" the subject and the name an object);
- no other verb of saying in the sentence has a different named subject, and no earlier quotation
  of the paragraph was given to someone else.
Written after reading seed26-28's missing speakers (tuning).
"""

from __future__ import annotations

from .quote_parse import _pos

_LIGHT = frozenset("give gave given gives giving deliver delivered delivers delivering hold held holds holding make made makes making offer offered offers offering provide provided provides providing".split())
_EVENTS = frozenset("update updates briefing briefings speech speeches address remarks statement interview testimony sermon eulogy lecture keynote toast conference news".split())
_GIVE = frozenset("give gave given gives giving deliver delivered delivers delivering".split())


def _event(verb) -> bool:
    """Whether `verb` is a light verb whose direct object is a noun of speech ("gave an update")."""
    if verb.lower_ not in _LIGHT or not verb.tag_.startswith("VB"):
        return False
    for c in verb.children:
        if c.dep_ == "dobj" and c.lower_ in _EVENTS:
            if c.lower_ == "conference" and not any(m.lower_ in ("press", "news") for m in c.children if m.dep_ in ("compound", "amod")):
                return False
            if c.lower_ == "news" and verb.lower_ not in _GIVE:
                return False  # "gave grim news", not "made news"
            return True
    return False


def _titled(subj, base: int, ctx) -> str | None:
    """A role noun whose phrase ends in the one person it names, misparsed as the head ("Acting
    minister in the Presidency Ada Vance gave ...": "minister" the subject, the name an object of
    "in"): that person."""
    from .speaker_resolve import _can_speak

    if _pos(subj) != "NOUN" or not _can_speak(subj.lower_):
        return None
    lo, hi = base + subj.doc[subj.left_edge.i].idx, base + subj.right_edge.idx + len(subj.right_edge.text)
    people = {n for at, _, n in ctx.mentions if lo <= at < hi and ctx.kind(n) == "person" and not ctx.in_quote(at)}
    person = next(iter(people)) if len(people) == 1 else None
    return person if person and ctx.text[lo:hi].endswith(person.split()[-1]) else None


def event_speaker(q_start: int, ctx, sentences: list[tuple[int, int]]) -> str | None:
    """The person who gives the speech, update or briefing announced in the sentence right before
    the bare quotation at `q_start` (module docstring), else None."""
    from .attribution import subject_of
    from .cue_words import _THINGS
    from .paraphrase_leads import _verbs, another_speaker, paragraph_gives_other, sentence_before
    from .speaker_resolve import resolve

    if ctx.lower:
        return None
    found = sentence_before(q_start, ctx, sentences, 800, lambda s, e: any(s <= qs < e for qs, _ in ctx.quotes))
    if found is None:
        return None
    s, doc, root = found
    events = [v for v in _verbs(root) if _event(v)]
    if not events:
        return None
    subj = subject_of(events[0])
    if subj is None or _pos(subj) == "PRON" or subj.lower_ in _THINGS:
        return None
    speaker, rank = resolve(subj, s, ctx, sentences)
    if not speaker:
        speaker, rank = _titled(subj, s, ctx), 2
    if not speaker or rank < 2 or not any(c.isupper() for c in speaker) or ctx.kind(speaker) != "person":
        return None
    if another_speaker(doc, s, subj, speaker, ctx, sentences):
        return None  # another speaker in view
    if paragraph_gives_other(q_start, ctx, speaker):
        return None
    return speaker
