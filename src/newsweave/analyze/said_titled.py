"""A speech verb right after a quotation, its subject a run of title words and then a name that
ends the sentence (issue 12, session 20, brief D):

    “The harbour reopens in May,” said Port Works director of operations Ada Vance.

A long title after an inverted "said" misleads the parser (a capitalised title word read as a
verb, the name as an adverbial modifier of it), so the verb has no subject, no name is next to
it, and the quotation stayed unknown although the sentence names the speaker (story-level seed
gold: one, seed13). The name is the speaker only when all of these hold, else nothing changes:
- the verb comes right after the quotation's closing mark and the parse gives it no subject;
- the sentence ends with that name (only closing punctuation after it), and the story knows
  the name as a person at that place;
- at most six words stand between the verb and the name, none a comma, quotation mark,
  determiner, possessive, conjunction or preposition other than "of", and none a verb with a
  subject of its own;
- an "of" there joins two lower-case words and follows no word for a relation to someone
  ("director of research" is a title; "a friend of longtime rival Ada Vance": someone else).
"""

from __future__ import annotations

import re

from .quote_parse import _after_quote, _pos

_MAX_WORDS = 6
_RELATIONS = re.compile(
    r"(?i)(?:father|mother|dad|mom|mum|son|daughter|brother|sister|wife|husband|uncle|aunt|cousin|"
    r"grand\w+|friend|rival|colleague|aide|spokes\w+|lawyer|attorney|advis[eo]r|assistant|partner|ally|critic|opponent|family|relative)s?"
)


def titled_name_after(cue, base: int, ctx) -> str | None:
    """The person named at the end of the sentence of the subject-less speech verb `cue` (module
    docstring), else None."""
    if not _after_quote(cue) or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in cue.children):
        return None
    words = [t for t in cue.sent if t.i > cue.i]
    while words and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    k = len(words)
    while k > 0 and _pos(words[k - 1]) == "PROPN":
        k -= 1
    name, between = words[k:], words[:k]
    if len(name) < 2 or not between or len(between) > _MAX_WORDS:
        return None
    start, end = base + name[0].idx, base + name[-1].idx + len(name[-1].text)
    person = ctx.entity_at(start, end, ("person",))
    if person is None:
        return None
    for j, t in enumerate(between):
        if t.is_punct or t.tag_ in ("DT", "PRP$", "POS", "CC", "TO") or t.lower_ in ("'s", "’s"):
            return None
        if t.tag_ == "IN" and not _title_of(between, j):
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return None
    return person


def _title_of(words: list, j: int) -> bool:
    """Whether the preposition `words[j]` is the "of" of a title ("director of research")."""
    if words[j].lower_ != "of" or j == 0 or j + 1 >= len(words):
        return False
    before, after = words[j - 1], words[j + 1]
    return before.text.islower() and after.text.islower() and not _RELATIONS.fullmatch(before.text)
