""""He"/"she" several sentences after the person was named, with only "he"/"she" sentences between
(issue 12, session 18, brief D):

    Mayor Ada Vance says someone called the harbour police.
    But when the port officers arrived, she says she was ignored.
    “They looked at me as if I had done it,” she said.

`ArticleContext.salient_person` looks for a name in the sentence of the pronoun and the one
before it; a longer run of sentences that keep to the same person by pronoun left the speaker
unknown. `party_roles.described_before` already walked such a run back to a description ("The
West Virginia senator ..."); this walks it back to a name: over at most four sentences of the same
or the previous paragraph whose main-clause subjects are only "he"/"she" (or none outside
quotations) and that name no person, to the first sentence that names someone. That sentence
gives the speaker only when it names exactly one person (outside quotations) and that person is
its main-clause subject (or in apposition to it: "The harbour chief, Tom Reed, said ..") of a verb
of saying or stance (`paraphrase_leads._reports`); anything else gives no one: two people, two
subjects joined, a subject that is someone else, or a person only spoken about ("..., said Straub.
Kim is the first leader ... He studied abroad. “...,” he said": Straub's words, not Kim's; the
first version without this condition made that one wrong on seed13).
The caller's gender and ambiguity checks (`ambiguity.ambiguous`) still apply.
"""

from __future__ import annotations

from .apposed_people import apposed_person, role_introduced
from .paraphrase_leads import _reports, _verbs


def run_opener(ctx, pos: int, sentences: list[tuple[int, int]], limit: int):
    """The sentence that opens the run of "he"/"she" sentences before `pos`, walking back over at most
    `limit` sentence starts (the pronoun's own included) of the same or the previous paragraph:
    (start, end, main-clause subjects outside quotations, persons named outside quotations) of the
    nearest one that names a person or has a subject other than "he"/"she"; None when the walk stops
    first (a paragraph break beyond the previous one, a sentence too long, or no such sentence).
    `party_roles.described_before` (a description) and `named_before` (a name) both read this."""
    if ctx.lower:
        return None
    from .ambiguity import _parsed  # (ambiguity imports speakers, which imports this lazily)

    for s_start, s_end in reversed([s for s in sentences if s[0] < pos][-limit:]):
        end = min(s_end, pos)
        if ctx._paragraphs_between(s_end, pos) or end - s_start > 1500:
            return None
        doc = _parsed(ctx, s_start, end)
        subjects = [t for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and not ctx.in_quote(s_start + t.idx)]
        people = [(s, e, n) for s, e, n in ctx.mentions if s_start <= s < end and ctx.kind(n) == "person" and not ctx.in_quote(s)]
        if not people and all(t.lower_ in ("he", "she") for t in subjects):
            continue
        return s_start, end, subjects, people
    return None


def named_before(ctx, pos: int, sentences: list[tuple[int, int]]) -> str | None:
    """The person a run of he/she sentences before `pos` goes back to (module docstring), else None."""
    opener = run_opener(ctx, pos, sentences, 5)
    if opener is None:
        return None
    s_start, end, subjects, people = opener
    if len({n for _, _, n in people}) > 1 or len(subjects) != 1:
        return None
    if any(c.dep_ == "conj" for c in subjects[0].children):
        return None  # "Reed and Lane met ...": two people
    if not any(_reports(v) for v in _verbs(subjects[0].head)) and not role_introduced(subjects[0]):
        return None  # "Kim is the first leader ... He studied ...": a person spoken about, not a speaker (unless introduced with a role: `apposed_people`)
    # the subject itself, or the name in apposition to it ("The harbour chief, Tom Reed, said")
    heads = [s_start + t.idx for t in [subjects[0], *(c for c in subjects[0].children if c.dep_ == "appos")]]
    if people:
        s, e, name = people[0]
        return name if any(s <= h < e for h in heads) else None
    return ctx._untagged_subject(s_start, end) or apposed_person(ctx, s_start, end)  # the name typed a body (`apposed_people`)
