""""He"/"she" a few sentences after the one person last named, with only plain narrative between
(issue 12, session 22, brief Q3):

    Ada Vance, from Harwick, says she swims every morning.
    Her swim starts at six. The water is cold in spring.
    She added: “You get used to it.”

    A weary Mayor Tom Reed gave grim news at a briefing: the pier is gone.
    No boat could reach it. Parts of the harbour are still closed.
    “I have never seen anything like it,” he said.

`ArticleContext.salient_person` looks at the last speaker (same or previous paragraph) and at the
two sentences before the pronoun; `pronoun_chains.named_before` walks back only over sentences whose
main-clause subjects are "he"/"she". News writing often puts a few plain sentences about things
("Seaside rail lines washed away", "Snacks include ...") between the person and the quoted
pronoun, and one-sentence paragraphs (BBC style) spread them over several paragraphs. Here the walk
goes back over at most five sentences, across at most two paragraph breaks, to the first sentence
that names a person outside quotations, and gives that person only when all of these hold (else
unknown, never a guess):
- that sentence names exactly one person outside quotations, and that person lies in the subject of
  its main clause: the subject itself ("Tom Reed gave ..."), or the owner of a subject that is a
  thing ("Ada's swim starts ...", not "Ada's lawyer said ...": the lawyer could be "he");
- that person is the last one quoted (within 1,500 characters), or is the subject itself, of a
  verb of saying or stance (`paraphrase_leads._reports`) or of a speech event ("gave an update",
  "gave grim news": `speech_events._event`). A person only described ("..., said Straub. Kim is
  the first leader ... He studied abroad. “...,” he said": Straub's words; the first version of
  this rule gave them to Kim on seed13) or owning a thing ("Ada Vance's trial began ...") is not
  the "he"/"she" who speaks unless quoted last;
- every sentence between names no person, holds no quotation read with a speaker, and has no
  main-clause subject that could be someone else: only "he"/"she", "it"/"this"/"that", or common
  nouns that are things (`_thing`; not "the officer", "they", "a spokesman", a proper noun, nor
  any singular noun with an article: "The GOP candidate did not ..., though he said");
- the caller's ambiguity check (`ambiguity.ambiguous`) still applies.
Written after reading seed26-28's missing speakers (tuning).
"""

from __future__ import annotations

import re

from .paraphrase_leads import _reports
from .quote_parse import _pos
from .speech_events import _event

_MAX_SENTENCES = 5
_MAX_BREAKS = 2
_MAX_CHARS = 1200


def _main_clause(verb) -> bool:
    """The root, a verb conjoined to it, or a clause before it that the parser hung on it ("X gave
    grim news: the pier washed away" is parsed with "washed" as the root)."""
    if verb.dep_ == "ROOT":
        return True
    head = verb.head
    return head.dep_ == "ROOT" and (verb.dep_ == "conj" or verb.dep_ in ("ccomp", "parataxis") and verb.i < head.i)


def _subjects(doc):
    """The main-clause subjects of a parsed sentence (`_main_clause`)."""
    return [t for t in doc if t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and _main_clause(t.head)]


def _thing(tok) -> bool:
    """A subject that is no one: "it"/"this"/"that", or a common noun that cannot speak
    (`speaker_resolve._can_speak`, also on its singular: "environmentalists") and is no singular
    noun with an article ("The GOP candidate", "A lifeguard": the word lists miss many people, and
    such a phrase often names one)."""
    from .cue_words import _GROUP_NOUNS, _SPOKES
    from .speaker_resolve import _can_speak

    if tok.lower_ in ("it", "this", "that"):
        return True  # ("It includes ..., he said"): not a person
    if _pos(tok) not in ("NOUN", "NUM") or tok.tag_ in ("NNP", "NNPS"):
        return False
    if tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the", "this", "that", "another") for c in tok.children):
        return False
    words = {tok.lower_, tok.lower_[:-1] if tok.lower_.endswith("s") else tok.lower_}
    return not any(_can_speak(w) or w in _GROUP_NOUNS or w in _SPOKES for w in words)


def lone_person_before(ctx, pos: int, sentences: list[tuple[int, int]]) -> str | None:
    """The one person named before the he/she at `pos` across plain sentences (module docstring),
    else None."""
    if ctx.lower:
        return None
    from .ambiguity import _parsed

    said = {at: who for at, who, _ in ctx.history}
    for s_start, s_end in reversed([s for s in sentences if s[0] < pos][-_MAX_SENTENCES:]):
        end = min(s_end, pos)
        if len(re.findall(r"\n\s*", ctx.text[s_start:pos])) > _MAX_BREAKS or pos - s_start > _MAX_CHARS:
            return None
        if any(s_start <= qs < end and said.get(qs) for qs, _ in ctx.quotes):
            return None  # someone quoted on the way: the usual rules decide
        people = [(s, e, n) for s, e, n in ctx.mentions if s_start <= s < end and ctx.kind(n) == "person" and not ctx.in_quote(s)]
        doc = _parsed(ctx, s_start, end)
        subjects = [t for t in _subjects(doc) if not ctx.in_quote(s_start + t.idx)]
        if not people:
            if any(t.lower_ not in ("he", "she") and not _thing(t) for t in subjects):
                return None  # "The officer said ...", "They ...", an untagged name: someone else may be "he"
            continue
        if len({n for _, _, n in people}) != 1:
            return None
        span = lambda t: (s_start + doc[t.left_edge.i].idx, s_start + t.right_edge.idx + len(t.right_edge.text))  # noqa: E731
        holders = [t for t in subjects if all(span(t)[0] <= s < span(t)[1] for s, _, _ in people)]
        if len(holders) != 1 or any(t.lower_ not in ("he", "she") and not _thing(t) for t in subjects if t is not holders[0]):
            return None  # a person spoken about ("Police questioned Tom Reed"), or someone else beside
        subj = holders[0]
        if any(c.dep_ == "conj" for c in subj.children):
            return None  # "Vance and Reed ...": two people
        name = people[0][2]
        if _pos(subj) != "PROPN" and not _thing(subj):
            return None  # "Ada's lawyer said ...": the lawyer may be "he"
        last = ctx.previous_speaker(pos, 1500)
        if last is not None and last[0] == name:
            return name
        if _pos(subj) == "PROPN" and (_reports(subj.head) or _event(subj.head)):
            return name  # "Tom Reed gave grim news at a briefing: ..."
        return None  # "..., said Straub. Kim is the first leader ... He studied abroad. “...,” he said": Straub's
    return None
