""""We" outside quotation marks is not the last group the text merely named (issue 12, session 22,
brief Q4). Fictional wording:

    Here is what Vance said he would do differently:

    You go in and say, “Give us the boats back first.” They say no. And what we say is, “Fine,
    we're leaving,” and you walk out.

The passage is someone's words set out without quotation marks; its "we" is that speaker's side,
not the organisation or group named last ("the fishermen they were holding"). "They", "them" and
"their" still fall back on the last group named (`ArticleContext.last_groups`); "we", "us" and
"our" point back only to a group or body quoted just before (`ArticleContext.previous_speaker`),
else unknown. Written after reading seed29's wrong speakers (tuning).
"""

from __future__ import annotations

_FIRST = frozenset({"we", "us", "our"})


def named_groups(word: str, ctx, pos: int) -> str | None:
    """The group a plural pronoun falls back on when no group was quoted just before."""
    return None if word in _FIRST else ctx.last_groups(pos)
