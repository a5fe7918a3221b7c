""""He"/"she" after a sentence that reports one named person's words and names others only inside
them or beside them (issue 12, session 19, brief D):

    Defence lawyer Tom Reed said Ana Vell's fine will seem small next to what she has lost.
    “She has paid enough already,” he said.

`ArticleContext.salient_person` takes the one person the sentence before the pronoun names, and
gives no one when it names two: the reporter and the person reported on, or someone named in the
reported clause, left the pronoun unknown. In news the pronoun after such a report continues its
speaker: here the answer is the main-clause subject of that sentence, when that sentence has exactly
one main-clause subject, it is a name the tagger typed "person", and its verb (or a verb conjoined
to it, or a participle hung on it: "pushed back ..., adding that ...") reports words or a view
(`paraphrase_leads._reports`). Not for the pronoun's own sentence (only a whole sentence before it),
not for two subjects joined ("Reed and Vell met"), not when the sentence quotes words it gives to
someone else (PolNeAR, read after the final run: "as X went on about “...”, Y said yes ... until X
reached the last words of his speech. / “...”" had made Y the speaker), not in lower-cased text. The caller's
ambiguity check (`ambiguity.ambiguous`, the nearest main-clause subject decides) still applies.

There is no gender check in attribution: "Ana Vell said Tom Reed had left. “...,” he said" would be
given to Vell. The cased dev sweep was read for such cases (ANALYSIS.md, session 19).
"""

from __future__ import annotations

_SUBJECTS = ("nsubj", "nsubjpass")


def quoted_sentence(ctx, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] lies wholly inside one quotation (its marks aside):
    "“We will stay. We will rebuild. We owe it to them,” he said." — the two sentences before the
    pronoun's are the speaker's own words and name no one outside quotes, so
    `ArticleContext.salient_person` looks past them for the two sentences it reads."""
    return any(qs <= start + 2 and end - 2 <= qe for qs, qe in ctx.quotes) if ctx.quotes else False


def _main(tok) -> bool:
    head = tok.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ == "ROOT"


def sole_main_subject(ctx, doc, start: int):
    """The one subject of the parsed sentence's main clause (or of a verb joined to it) outside
    quotation marks, when it is one and not a coordination ("X and Y said"), else None. Shared
    with `apposed_people`."""
    subjects = [t for t in doc if t.dep_ in _SUBJECTS and _main(t) and not ctx.in_quote(start + t.idx)]
    if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
        return None
    return subjects[0]


def reporter_among(ctx, start: int, end: int, names: set[str]) -> str | None:
    """Of the people `names` that text[start:end] (a whole sentence) names, the one that is the
    main-clause subject of its verb of saying (module docstring), else None."""
    if ctx.lower or end - start > 1200:
        return None
    from .ambiguity import _parsed  # (ambiguity imports speakers, which calls this)
    from .paraphrase_leads import _reports, _verbs

    doc = _parsed(ctx, start, end)
    subj = sole_main_subject(ctx, doc, start)
    if subj is None:
        return None
    if subj.tag_ not in ("NNP", "NN") or not any(_reports(v) for v in _verbs(subj.head)):
        return None
    # the subject, or the name in apposition to it ("County Health Director Dr. Ada Vell")
    heads = [start + t.idx for t in [subj, *(c for c in subj.children if c.dep_ == "appos")]]
    hit = {n for s, e, n in ctx.mentions if any(s <= h < e for h in heads) and n in names}
    if not hit and subj.tag_ == "NNP" and not any(s <= heads[0] < e for s, e, _ in ctx.mentions):
        # the tagger missed the name at this place ("Ghandour said ...") but knows the person
        name = ctx.full_name(doc[subj.left_edge.i : subj.i + 1].text)
        hit = {name} if ctx.kind(name) == "person" else set()
    if len(hit) != 1:
        return None
    name = hit.pop()
    said = {at: who for at, who, _ in ctx.history}
    if any(start <= qs < end and said.get(qs) not in (None, name) for qs, _ in ctx.quotes):
        return None  # the sentence quotes someone else ("as Trump went on about “...”, Vell said yes"): not only a report of hers
    return name
