"""A quotation with no speech verb in a subordinate clause whose subject is "he"/"she", under a
main clause whose subject is the one person the sentence names (issue 12, session 23, brief S8).
Fictional wording:

    Councillor Ada Vance angered the ferry crews on Monday when she referred to the new
    timetable as “a fair deal” during a council meeting.

`attribution.attribute` gives a quotation that no speech verb governs to the subject of the verb
it hangs from only when that subject is a name ("Trump admires Putin as a “strong leader”"), never
a pronoun: "she" alone may point anywhere. Inside one sentence the pronoun of an adverbial clause
("when she referred ...", "after he described ...") points back to the main clause's subject when
that subject is the only person the sentence names, so the quoted words are hers (near-fresh seed
gold, seed32: one missing speaker, a congresswoman's phrase). The named subject is the speaker
only when all of these hold, else nothing changes:
- the verb the quotation hangs from has "he" or "she" as its subject (outside quotations) and is
  an adverbial clause (advcl) of the sentence's main verb;
- that main verb's subject is a proper noun before the pronoun that resolves to a person named
  in the sentence (rank 3);
- no other person is named in the sentence outside quotations (then "she" could be either).
The quotation still has no speech verb, so `quotes.not_speech` and the scare-quote checks judge
it as before; only its speaker changes.
Written after reading seed32's missing speakers (tuning).
"""

from __future__ import annotations

from .quote_parse import _pos


def bound_speaker(verb, base: int, ctx, sentences: list[tuple[int, int]], outside=lambda tok: True) -> str | None:
    """The main-clause subject a he/she subject of the adverbial clause `verb` points back to
    (module docstring), else None."""
    from .speaker_resolve import resolve  # (speaker_resolve imports modules that import attribution)

    pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and outside(c)), None)
    if pronoun is None or pronoun.lower_ not in ("he", "she") or verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    main = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and outside(c)), None)
    if main is None or _pos(main) != "PROPN" or main.i > pronoun.i:
        return None
    name, rank = resolve(main, base, ctx, sentences)
    if not name or rank != 3 or ctx.kind(name) != "person":
        return None
    sent = verb.sent
    lo, hi = base + sent.start_char, base + sent.end_char
    people = {n for s, _, n in ctx.mentions if lo <= s < hi and ctx.kind(n) == "person" and not ctx.in_quote(s)}
    return name if people <= {name} else None
