"""Which of two people with one role "the president said" means: the one still speaking (issue
12, session 22, brief Q3). Fictional wording:

    Mayor Ada Vance met Tom Reed, the mayor of Harwick, on Monday. Vance was asked about the pier.
    “We will rebuild it,” she said. “Let me be clear,” the mayor said. “It will be rebuilt.”

`ArticleContext.person_by_role` gives a role noun the person introduced with that role, the last
one introduced before it when there are several. A story about two presidents (or two mayors, two
ministers) often introduces both in its first sentence and then quotes one at length; "the
president said" in the middle of that run is the one speaking, whoever was introduced last. Here,
when two or more distinct people were introduced with the role before the role noun, the last
quotation's speaker wins when all of these hold (else the existing rule, unchanged):
- that speaker is one of the people introduced with the role;
- their quotation lies in the same or the previous paragraph (no whole paragraph between);
- no other person is named outside quotations between that quotation and the role noun.
Written after reading seed26-28's wrong speakers (tuning).
"""

from __future__ import annotations


def continuing_holder(ctx, holders: list[str], pos: int) -> str | None:
    """Of the people introduced with a role before `pos` (`holders`, in order), the one quoted
    last, when still speaking (module docstring); None when the role has one holder or the rule
    does not apply."""
    if len(set(holders)) < 2:
        return None
    prev = ctx.previous_speaker(pos, 1500)
    if prev is None or prev[0] not in holders or ctx._paragraphs_between(prev[1], pos):
        return None
    speaker, at = prev
    if any(at <= s < pos and n != speaker and ctx.kind(n) == "person" and not ctx.in_quote(s) for s, _, n in ctx.mentions):
        return None  # someone else named since: the existing rule decides
    return speaker
