""""Lawmakers said" after the article named one party's or chamber's members ("Senate
Republicans unveiled ... But lawmakers still stressed that their plan “...”"): those members.

Why (session 24, brief S10): a bare plural of legislators ("lawmakers", "legislators",
"senators", "congressmen") is no name, no role of one person and no group noun
(`cue_words._GROUP_NOUNS`), so a quotation it says stayed unknown although the article had just
named the members it means. `last_groups` (what "they" points to) would take the nearest body of
any kind, often the other side of the talks ("the White House").

The rule: the subject is one of those words, alone or after "the"/"these" (no other modifier, no
owner: "Democratic lawmakers", "the state's senators" may be others). It names, in this order:
- the lawmakers the two sentences before name as a person with colleagues ("... put forward by
  Sen. Ada Vance (R-Tarn) and her GOP counterparts. But lawmakers stressed ..."): that phrase,
  "Ada Vance and her GOP counterparts" (the seed gold names Vance for such a quotation; the group
  name alone would be a wrong speaker there);
- else the one group of members the article named before it, outside quotations: a group or
  organisation whose name ends in a party's or a chamber's members ("Senate Republicans", "House
  Democrats", "Labour MPs"). Two such groups named (both parties), or none: unknown, as before.
"""

from __future__ import annotations

import re

_MEMBERS = frozenset("lawmakers legislators senators congressmen congresswomen".split())
_MEMBER_NAME = re.compile(r"(?:Republicans|Democrats|Conservatives|Tories|Liberals|Senators|Lawmakers|Legislators|MPs)")


_WITH_COLLEAGUES = re.compile(r"\s*(?:\([^()\n]{1,15}\))?\s*,?\s+and\s+(his|her|their)\s+((?:[\w-]+\s+){0,2}(?:counterparts|colleagues|allies))\b")


def _with_colleagues(pos: int, ctx) -> str | None:
    """"X and her GOP counterparts" in the two sentences before `pos`, X a person: that phrase."""
    before = [(s, e) for s, e in ctx.sentences if e <= pos + 1 and s < pos][-2:]
    found = None
    for s, e, name in ctx.mentions:
        if not (before and before[0][0] <= s and e <= before[-1][1] and s < pos) or ctx.in_quote(s) or ctx.kind(name) != "person":
            continue
        m = _WITH_COLLEAGUES.match(ctx.text, e)
        if m and m.end() <= pos:
            found = f"{name} and {m.group(1)} {m.group(2)}"
    return found


def member_group(tok, base: int, ctx) -> str | None:
    """The one group of party or chamber members named before the subject `tok`, else None."""
    if tok.lower_ not in _MEMBERS or tok.tag_ != "NNS":
        return None
    if any(c.dep_ != "det" or c.lower_ not in ("the", "these") for c in tok.children if c.dep_ not in ("relcl", "punct", "acl", "prep")):
        return None
    pos = base + tok.idx
    if joint := _with_colleagues(pos, ctx):
        return joint
    names = {n for s, _, n in ctx.mentions if s < pos and not ctx.in_quote(s) and ctx.kind(n) in ("group", "organization") and _MEMBER_NAME.fullmatch(n.split()[-1])}
    return names.pop() if len(names) == 1 else None
