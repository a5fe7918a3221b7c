"""Who said a quotation, from the dependency parse of the sentence around it.

The speaker is the subject of the reporting verb that governs or sits beside the quotation ("X
said", "said X", "X told the community:", "writes X", "according to X", "the statement read"),
found by climbing the parse: a participle ("..., saying '...'") or a conjoined verb ("and added")
takes its head verb's subject, a relative clause ("X, who said") its antecedent; the person spoken
about is an object, never the subject. The subject phrase is then resolved within the article
(`speaker_resolve.py`):

- a name -> the story's canonical entity name (the full name the articles give);
- "his grandmother, Mary Smith" -> the name in apposition, not the role;
- a role noun ("the Labour leader", "the minister") -> the person introduced with that role
  ("Labour leader Jeremy Corbyn", "Jeremy Corbyn, the Labour leader,");
- "he"/"she" -> the previous quotation's speaker when nobody else was named since, else the first
  person named in the nearest earlier sentence (the likely subject, not the person spoken about);
- "they", "the two groups" -> the organisations or groups just named;
- "a spokesman for X", "a JLC spokesman" -> that phrase (the spokesperson, not the organisation);
- "the statement", "a report by X" -> its author when the text gives one.

When the parse fails: a speech verb left without a subject takes a name right next to it ("..., Flynn,
a surrogate, said"; "Said Ellis:"); a quotation with no speech verb at all takes the named
subject of the verb it hangs from ("Trump admires Putin as a 'strong leader'"), never a pronoun's
or a description's. A headline-case line's answer ranks lowest (such lines parse badly).

Anything else is None: unknown rather than a guess. Each answer carries a rank of explicitness
(3 a name in the sentence, 2 resolved from the article, 1 a description) so that a quotation
carried by several outlets can take the most explicit attribution any of them gives.

Written here rather than taken from a library: no offline English quote attributor exists; the
rules follow the usual shape of news attribution (cf. the Gender Gap Tracker's rule-based
extractor) and were measured in benchmarks/quote_quality.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .adverbial_speakers import clause_speaker
from .appositive_speakers import object_of_preposition, opening_name
from .bound_pronouns import bound_speaker
from .claim_nouns import claimant
from .conjoined_subjects import conjoined_subject, detoured_subject
from .credited_phrases import other_party
from .cue_words import _CALENDAR, _DOCUMENT_NOUNS, _INVERTED, _THINGS, SPEECH_WORDS  # noqa: F401  (SPEECH_WORDS is re-exported for quotes.py)
from .dash_item_names import dashed_apposition
from .dash_subjects import dashed_subject
from .document_findings import document_finding
from .increase_verbs import adds_to
from .name_verbs import name_before, named_acl
from .next_sentence_cues import according_opener, in_next_sentence
from .noun_openers import noun_subject
from .owned_documents import document_owner
from .participle_subjects import stolen_subject
from .nickname_subjects import nicknamed_subject
from .quote_frames import (
    aspectual, introduces_later, is_passage, name_after_close, parenthetical_cue, praised_for, relative_antecedent, reported_before,
)
from .quote_asides import in_aside
from .quote_parse import _after_quote, _outside, _pos
from .relayed_reports import relayed
from .reported_subjects import reported_elsewhere
from .said_titled import titled_name_after
from .speaker_resolve import resolve
from .speech_acts import speech_act_cue, with_subject
from .subordinate_subjects import misparsed_subject
from .speakers import ArticleContext


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    rank: int  # 3 named in the sentence, 2 resolved from the article, 1 a description, 0 unknown
    cue: bool  # a speech verb governs or sits beside the quotation
    governed: bool = False  # the speech verb governs the quotation in the parse ("called it “X”")


UNKNOWN = Attribution(None, 0, False)


# ----------------------------------------------------------------------------------------------
# the parse


def _is_cue(tok) -> bool:
    word = tok.lower_
    if word == "according":
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"
    if word == "put":  # "as Smith put it"
        return any(c.lower_ == "it" for c in tok.children)
    if word not in SPEECH_WORDS or aspectual(tok) or adds_to(tok):  # "adds to “...”" (`increase_verbs`)
        return False
    if _pos(tok) not in ("VERB", "AUX") and not (tok.i == tok.sent.start and tok.text[:1].isupper() and not noun_subject(tok)):
        return False  # "Said Ellis:" is sometimes tagged a proper noun; "States have ..." is a noun (`noun_openers`)
    # "the action suggested by them", "a man described as": a passive modifier, not a speech act
    # (one with its own subject is a clause: "..., while Ban called on them to “...”").
    return not (tok.tag_ == "VBN" and tok.dep_ in ("acl", "advcl", "amod") and not any(c.dep_ == "nsubj" for c in tok.children)) or named_acl(tok)  # (`name_verbs`)


def governing_cues(sents, q_start: int, q_end: int, base: int, ctx: ArticleContext) -> list:
    """The speech verbs outside quotations that govern the quotation in the parse, nearest first
    ("Ana wrote in her note that the poster “...” implies": implies, then wrote)."""
    inside = [t for sent in sents for t in sent if q_start <= base + t.idx < q_end]
    for tok in inside:
        if tok.head.i == tok.i or not (q_start <= base + tok.head.idx < q_end):
            cues = [anc for anc in tok.ancestors if _is_cue(anc) and _outside(anc, base, ctx)]
            if cues:
                return cues
    return []


_NAMING_VERBS = frozenset("call calls called calling dub dubs dubbed dubbing brand brands branded branding label labels labelled labeled nickname nicknamed".split())


def speaker_word(sents, q_start: int, q_end: int, base: int, ctx: ArticleContext, cue) -> bool:
    """Whether a one-word quotation is the speaker's own word: the speech verb governs it closely
    (at most four arcs: "said the videos were “inconclusive”", "described her as a “disgrace”"),
    and it is not a bare noun named by "call"/"dub" ("calling her “horseface”": a nickname). Deep
    inside a reported clause ("claiming ... ballots brought in suspicious “suitcases”") it is the
    reporter's scare quote."""
    inside = [t for sent in sents for t in sent if q_start <= base + t.idx < q_end]
    top = [t for t in inside if t.head.i == t.i or not (q_start <= base + t.head.idx < q_end)]
    if not top or cue is None:
        return False
    word = top[0]  # "common-sense": the head word, the one the rest of the sentence holds
    ancestors = list(word.ancestors)
    if cue not in ancestors or ancestors.index(cue) + 1 > 4:
        return False
    before = [t for t in word.doc[max(0, word.i - 3) : word.i] if not t.is_punct]
    bare_noun = word.tag_ in ("NN", "NNS", "NNP", "NNPS") and not (before and before[-1].lower_ in ("a", "an", "his", "her", "their", "its", "'s", "’s"))
    return not (bare_noun and word.dep_ in ("oprd", "dobj", "attr", "xcomp") and word.head.lower_ in _NAMING_VERBS)


def find_cue(sents, q_start: int, q_end: int, base: int, ctx: ArticleContext):
    """The speech verb (or "according") for a quotation among the words outside quotes of the
    sentences the quotation touches: the nearest one that governs the quotation in the parse,
    else the nearest one in the text."""
    governing = governing_cues(sents, q_start, q_end, base, ctx)
    if governing:
        return governing[0]
    best, best_dist = None, None
    for sent in sents:
        for tok in sent:
            if not _outside(tok, base, ctx) or not _is_cue(tok) or in_aside(ctx.text, q_start, q_end, base + tok.idx):  # (`quote_asides`)
                continue
            pos = base + tok.idx
            dist = q_start - pos if pos < q_start else max(0, pos - q_end)
            if best_dist is None or dist < best_dist:
                best, best_dist = tok, dist
    return best if best is not None else _reporting_position(sents, q_end, base, ctx)


def _reporting_position(sents, q_end: int, base: int, ctx: ArticleContext):
    """A verb right after a quotation's closing comma with a name beside it is the reporting verb,
    whatever the verb ("“The whole ceiling fell,” marveled resident Maria Gianni"; "“...,” Smith
    quipped" with a verb no list holds)."""
    for sent in sents:
        for tok in sent:
            if base + tok.idx < q_end or not _outside(tok, base, ctx):
                continue
            if tok.tag_ not in ("VBD", "VBZ") or base + tok.idx - q_end > 4:
                break  # only the first word after the quotation counts
            gap = ctx.text[q_end : base + tok.idx]
            if not re.fullmatch(r"[,?!]?\s*(?:''|[\"”’'])\s*", gap):
                break
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            if has_subject or (nxt is not None and _pos(nxt) == "PROPN"):
                return tok
            break
    # "“...,” Smith quipped": the name first, then the verb.
    for sent in sents:
        toks = [t for t in sent if base + t.idx >= q_end and _outside(t, base, ctx)]
        if len(toks) >= 2 and _pos(toks[0]) == "PROPN":
            gap = ctx.text[q_end : base + toks[0].idx]
            verb = next((t for t in toks[1:4] if _pos(t) != "PROPN"), None)
            if re.fullmatch(r"[,?!]?\s*(?:''|[\"”’'])\s*", gap) and verb is not None and verb.tag_ == "VBD" and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].is_punct:
                return verb
    return None


# Passive speech verbs whose subject is the one spoken to or about ("Track, 26, is accused of ...").
_ADDRESSED = frozenset(
    """told asked urged accused denied thanked praised criticized criticised mocked slammed blasted warned
    described labelled labeled branded dismissed hailed called""".split()
)


def subject_of(verb, outside=lambda tok: True, depth: int = 0):
    """The subject token of a speech verb, climbing participles, conjuncts and relative clauses.
    `outside(tok)`: False for words inside quotations, which are never the speaker."""
    if depth > 4:
        return None
    if verb.lower_ == "according":
        for to in verb.children:
            if to.lower_ == "to":
                objs = [c for c in to.children if c.dep_ == "pobj"]
                return objs[0] if objs else None
        return None
    # Two subjects for one verb is a misparse ("... an attack in the capital, in a clear
    # reference to ..., the minister warned"): the one nearest the verb is its subject.
    # (Two adjacent ones are one noun phrase misparsed, "the ... twitter account tweeted": the first, as before.)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") and outside(c)]
    if len(subjects) > 1 and not any(abs(a.i - b.i) == 1 for a in subjects for b in subjects):
        subjects.sort(key=lambda c: abs(c.i - verb.i))
    if subjects:
        return subjects[0]
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            # "WASHINGTON -- President Obama, dedicating ..., said": the dateline parsed as the
            # subject, the speaker as its apposition.
            appos = [a for a in c.children if a.dep_ == "appos" and outside(a) and _pos(a) == "PROPN"]
            if appos:
                return appos[0]
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if verb.tag_ == "VBG" and prev is not None and _pos(prev) == "PROPN" and outside(prev) and prev.lower_ not in _CALENDAR:
        return prev  # "footage of Hillary Clinton asking, '...'"
    if verb.dep_ in ("conj", "ROOT") and (named := name_before(verb, outside) or dashed_subject(verb, outside) or nicknamed_subject(verb, outside)) is not None:
        return named  # "a surly Mayor Vance insisted ...", the name misparsed (`name_verbs`); "its Board — the ... — said" (`dash_subjects`)
    if verb.dep_ == "relcl":
        return verb.head
    if (praised := praised_for(verb, outside)) is not None:
        return praised  # "X was applauded for saying “...”"
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and verb.head.lower_ in ("by", "after", "before", "while", "in"):
        # "Obama responded by saying ...": the subject of the clause the phrase modifies.
        clause = verb.head.head
        if clause.tag_ in ("VBD", "VBZ", "VBP") and clause.i != verb.i:  # not "expects Holt to insert ... by calling"
            return subject_of(clause, outside, depth + 1)
    if verb.dep_ == "acl" and _pos(verb.head) in ("NOUN", "PROPN"):
        return verb.head  # "a statement saying ...", "Smith, speaking to reporters, ..."
    if (clause_subject := misparsed_subject(verb, outside)) is not None:
        return clause_subject  # "... after a guest on its show called her “...”" (`subordinate_subjects`)
    if verb.dep_ in ("conj", "advcl", "xcomp", "ccomp", "dep") and verb.head.i != verb.i:
        follows_and = verb.i > 0 and verb.doc[verb.i - 1].lower_ in ("and", "but")
        if verb.dep_ == "ccomp" and verb.tag_ != "VBG" and not follows_and:
            return None
        head = verb.head
        if verb.tag_ == "VBG":
            # "He expressed surprise that X could not agree, calling it '...'": the participle
            # belongs to the main clause, whatever clause the parser hung it on.
            while head.dep_ not in ("ROOT", "conj") and head.head.i != head.i and not reported_before(head, _is_cue):
                head = head.head
        if outside(head):
            found = subject_of(head, outside, depth + 1)
            if found is not None:
                return found
        # Hung on a word inside the quotation: the nearest subject before it, outside quotes.
        before = [t for t in verb.sent if t.i < verb.i and t.dep_ in ("nsubj", "nsubjpass") and outside(t) and outside(t.head)]
        return before[-1] if before else None
    # "said Mr. Burman" sometimes parses the name as an object or attribute of the verb (only
    # verbs that are inverted so: "calling out Trump" names the one spoken about).
    if verb.lower_ not in _INVERTED and not _after_quote(verb):
        return None
    after = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "attr", "npadvmod", "appos", "dep") and (_pos(c) == "PROPN" or c.lower_ in _DOCUMENT_NOUNS)]  # "“...,” read a statement from X"
    # "asked FOX 4 Reporter James Rose" parsed as two objects: the name is the last one
    return after[-1] if after else None


def _nearby_name(cue, outside, is_name):
    """When the parse gives a speech verb no usable subject: a proper noun next to it, outside
    quotations ("..., Flynn, a top surrogate, said", "Said Ellis:"), with no other verb between."""
    sent = cue.sent
    best = None
    for tok in sent:
        if _pos(tok) != "PROPN" or not outside(tok) or abs(tok.i - cue.i) > 8 or not is_name(tok):
            continue
        if object_of_preposition(tok):
            continue  # "..., lead author ... at Harwick University explained:": the place, not the speaker
        lo, hi = sorted((tok.i, cue.i))
        between = sent.doc[lo + 1 : hi]
        if any(_pos(t) in ("VERB", "AUX") or t.tag_ in ("IN", "CC") or t.text in ("“", "”", '"') for t in between):
            continue
        if tok.i > cue.i and tok.i + 1 < len(tok.doc) and _pos(tok.doc[tok.i + 1]) == "PROPN":
            continue  # the head of the name is its last word
        if tok.i > cue.i and cue.lower_ not in _INVERTED and cue.text[:1].islower() and not _after_quote(cue):
            continue  # "told USA Today", "calling out Trump": the audience or the one spoken about
        if best is None or abs(tok.i - cue.i) < abs(best.i - cue.i):
            best = tok
    return best


def _governing_verb(doc_sents, q_start: int, q_end: int, base: int, ctx: ArticleContext):
    """The nearest verb outside quotations that the quotation hangs from in the parse."""
    for sent in doc_sents:
        for tok in sent:
            if q_start <= base + tok.idx < q_end and not (q_start <= base + tok.head.idx < q_end):
                for anc in tok.ancestors:
                    if _pos(anc) in ("VERB", "AUX") and _outside(anc, base, ctx):
                        return anc
    return None


def _quotes_its_own(cue, q_end: int, base: int, ctx: ArticleContext) -> bool:
    """Whether a speech verb some words after the quotation introduces a quotation of its own
    ("“...” play video: obama tells africa ' you are not alone '"): not this quotation's verb."""
    at = base + cue.idx
    if at < q_end or len(ctx.text[q_end:at].split()) < 4 or not ctx.text[:q_end].rstrip().endswith("."):
        return False  # "“...,” he said, “...”": one verb for both; a quotation ending in "." ends its sentence
    return any(at < s <= at + 40 and len(ctx.text[s:e].split()) >= 3 and not re.search(r"[.!?]", ctx.text[at:s]) for s, e in ctx.quotes)


def _lower_phrase_name(cue, q_end: int, base: int, ctx: ArticleContext) -> str | None:
    """In lower-cased text, a name the parser misread between a quotation's closing mark and its
    speech verb ("“...,” local gendarmerie chief yvon merrec told afp": "yvon" tagged a verb,
    "merrec" an adverb): the words there read as a role and a name (`lower_people.phrase_name`),
    only when the parse gave the verb no noun subject there."""
    if not ctx.lower or base + cue.idx < q_end:
        return None
    gap = ctx.text[q_end : base + cue.idx]
    m = re.fullmatch(r"[,?!]?\s*(?:''|[\"\u201d'\u2019])\s*((?:[a-z][\w'\u2019.-]*\s+){1,6})", gap)
    if not m:
        return None
    words = [t for t in cue.doc if base + t.idx > q_end and t.i < cue.i]
    if any(t.tag_ in ("NN", "NNP") and t.dep_ in ("nsubj", "nsubjpass") and t.head.i == cue.i for t in words):
        return None  # the parse found the subject: resolved the usual way
    from .lower_people import introduced_people, phrase_name

    known = ctx.lower_names + [n for _, n, _ in introduced_people(ctx, ctx.sentences)]
    name = phrase_name(m.group(1).split(), known)
    if name:
        ctx.lower_names.append(name)
    return name


def attribute(doc_sents, q_start: int, q_end: int, base: int, ctx: ArticleContext, sentences: list[tuple[int, int]]) -> Attribution:
    """The attribution of the quotation [q_start, q_end) from the parsed sentences it touches."""
    outside = lambda tok: _outside(tok, base, ctx)  # noqa: E731
    governing = governing_cues(doc_sents, q_start, q_end, base, ctx) if q_start < q_end else []
    cue = governing[0] if governing else find_cue(doc_sents, q_start, q_end, base, ctx)
    if cue is None and q_start < q_end and (act := speech_act_cue(doc_sents, q_start, q_end, base, outside)) is not None:
        governing, cue = [act], act  # "X welcomed the deal as one that would “...”", "points out X" (`speech_acts`)
    if cue is None:
        # No speech verb: a quotation embedded in a clause whose subject is named ("Trump
        # admires Putin as a 'strong leader'", "Sanders made the following comment:") is the
        # named subject's words; anything less explicit stays unknown.
        if q_start == q_end:
            verb = next((s.root for s in doc_sents if base + s.start_char < q_start <= base + s.end_char), None)
        else:
            verb = _governing_verb(doc_sents, q_start, q_end, base, ctx)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and outside(c)), None) if verb is not None else None
        if subj is not None and _pos(subj) == "PROPN" and not (q_start < q_end and is_passage(ctx.text[q_start:q_end])):
            speaker, rank = resolve(subj, base, ctx, sentences)
            if speaker and rank == 3:
                return Attribution(speaker, 2, False)
        shared = conjoined_subject(verb, outside) if subj is None and verb is not None else None  # "X toured ... and blamed “...”" (`conjoined_subjects`)
        if shared is not None and q_start < q_end and _pos(shared) == "PROPN" and not is_passage(ctx.text[q_start:q_end]):
            speaker, rank = resolve(shared, base, ctx, sentences)
            if speaker and rank == 3:
                return Attribution(speaker, 2, False)
        if subj is not None and q_start < q_end and not is_passage(ctx.text[q_start:q_end]) and (bound := bound_speaker(verb, base, ctx, sentences, outside)):
            return Attribution(bound, 2, False)  # "Vance angered them when she referred to it as “...”" (`bound_pronouns`)
        if verb is not None and (written := document_finding(verb, base, ctx, sentences, outside)):
            return Attribution(written, 2, False)  # "The review found that it was “...”" (`document_findings`)
        claimed = claimant(doc_sents, q_start, q_end, base, ctx, sentences) if q_start < q_end else None
        return Attribution(claimed, 2, False) if claimed else UNKNOWN  # "Vance's claim that ... “...”" (`claim_nouns`)
    if q_start < q_end and (detour := detoured_subject(_governing_verb(doc_sents, q_start, q_end, base, ctx), cue, outside)) is not None and _pos(detour) == "PROPN":
        speaker, rank = resolve(detour, base, ctx, sentences)  # "X denounced plans that emphasize ... and blamed “...”" (`conjoined_subjects`)
        if speaker and rank == 3:
            return Attribution(speaker, 2, False)
    if _quotes_its_own(cue, q_end, base, ctx) or (not governing and introduces_later(cue, q_end, base, ctx)):
        return UNKNOWN
    if not governing and (in_next_sentence(cue, q_start, q_end, base, ctx) or according_opener(cue, q_start, q_end, base, ctx)):
        return UNKNOWN  # "“...” Her praise comes after the council announced ..."; "“...” According to X, fares ...": not its cue (`next_sentence_cues`)
    if governing and (found := clause_speaker(doc_sents, cue, q_start, q_end, base, ctx, sentences))[0]:
        return Attribution(found[1], 2, False)  # "as Vance went on about “...”, Orrick said" (`adverbial_speakers`)
    if q_start < q_end:  # "After “...” for help, she said, the agency told her": hers (`quote_frames`)
        quoted = [t for s in doc_sents for t in s if q_start <= base + t.idx < q_end and not (q_start <= base + t.head.idx < q_end)]
        cue = parenthetical_cue(cue, quoted, _is_cue, outside) or cue
        if governing and cue is governing[0] and relayed(cue, quoted, outside):
            return Attribution(None, 0, True)  # "Vance described “...”, the Gazette reported": hers or the paper's (`relayed_reports`)
        if not governing and (owner := document_owner(cue, quoted, outside)) is not None:
            speaker, rank = resolve(owner, base, ctx, sentences)  # "struck down a Reed proclamation that ... “...”, saying" (`owned_documents`)
            return Attribution(speaker, min(rank, 2), True)
    subj = with_subject(cue, outside) or stolen_subject(cue, outside) or relative_antecedent(subject_of(cue, outside), cue)  # "with X affirming “...”" (`speech_acts`); "X faulted ... — warning that “...”" (`participle_subjects`)
    subj = dashed_apposition(subj, cue, outside) or subj  # "X named editor -- Y emails the staff: “...”" (`dash_item_names`)
    if q_start < q_end and (credited := other_party(doc_sents, q_start, q_end, base, cue, subj, outside))[0]:
        name, rank = resolve(credited[1], base, ctx, sentences) if credited[1] is not None else (None, 0)
        return Attribution(name, 2, True) if name and rank == 3 else Attribution(None, 0, True)  # "the channel referred to X as “...”" (`credited_phrases`)
    if subj is not None and reported_elsewhere(subj, cue, outside):
        return Attribution(None, 0, True)  # "...; said that Vance lacked “...”; urged them to “look up” ...": not Vance (`reported_subjects`)
    if subj is not None and not governing and subj.dep_ == "nsubjpass" and subj.head.i == cue.i and cue.lower_ in _ADDRESSED:
        # A passive speech verb beside the quotation, not governing it ("“...” Track, 26, is
        # accused of ..."): its subject is the one spoken to or about. (Governing it, the
        # subject's own words: "Corbyn has been criticised for calling them his “friends”".)
        return Attribution(None, 0, True)
    misread = _lower_phrase_name(cue, q_end, base, ctx)
    if misread:
        return Attribution(misread, 3, True)
    if subj is None and (named := name_after_close(cue, q_end, base, ctx) or titled_name_after(cue, base, ctx)):
        return Attribution(named, 3, True)  # "“...,” Mayor Ada Vance, surveying ..., told"; "..., said X director of research Ada Vance" (`said_titled`)
    if subj is None:
        subj = _nearby_name(cue, outside, lambda t: ctx.entity_at(base + t.idx, base + t.idx + len(t.text), ("person", "organization", "group")) is not None)
        if subj is None:
            opener = opening_name(cue, base, ctx)  # "Dr X, lead author ... at Y explained:" (`appositive_speakers`)
            return Attribution(opener, 2, True) if opener else Attribution(None, 0, True)
        speaker, rank = resolve(subj, base, ctx, sentences)
        return Attribution(speaker, min(rank, 2), True, speaker_word(doc_sents, q_start, q_end, base, ctx, cue) if governing else False)
    speaker, rank = resolve(subj, base, ctx, sentences)
    if speaker is None and (subj.lower_ in _THINGS or subj.lower_ == "it"):  # "X said it would tell a story of “...”": X's words
        # A thing does not speak ("Ana wrote in her note that the poster “plainly”
        # implies ..."): the words are those of the speech verb above it, if one governs them.
        for higher in governing[1:]:
            above = subject_of(higher, outside)
            if above is not None and above.lower_ not in _THINGS:
                speaker, rank = resolve(above, base, ctx, sentences)
                cue = higher
                break
    if speaker is not None:
        speaker = re.sub(r"^\W+|[^\w.)]+$", "", speaker)
        if not any(c.isupper() for c in speaker):
            return Attribution(None, 0, True)  # "the president" unresolved: unknown, not a common noun
    words = [t.text for t in cue.sent if t.is_alpha and len(t.text) > 3]
    if words and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
        rank = min(rank, 1)  # a headline-case line parses poorly: any sentence's answer beats it
    return Attribution(speaker, rank, True, speaker_word(doc_sents, q_start, q_end, base, ctx, cue) if governing else False)
