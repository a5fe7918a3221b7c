"""Who a subject phrase names, within the article: the resolution half of quote attribution
(`attribution.py` finds the subject of the reporting verb; this turns it into a speaker).

- a name -> the story's canonical entity name (the full name the articles give);
- "his grandmother, Mary Smith" -> the name in apposition, not the role;
- a role noun ("the Labour leader") -> the person introduced with that role;
- "he"/"she", "they", "it" -> the salient person / the groups just named / the organisation
  just quoted, unless another antecedent is in view (`ambiguity.py`);
- "a spokesman for X" -> that phrase; a description with a name in it ("the Clinton campaign")
  only when its head noun can speak (a person, a body): "Lovett's remorse" names no speaker;
- "the statement", "a report by X" -> its author: the main-clause subject of the sentence that
  introduced the document ("X's campaign issued a statement ..."), unknown when that sentence
  names no author.
"""

from __future__ import annotations

import re

from .ambiguity import _parsed, ambiguous
from .body_nouns import body_by_kind
from .document_authors import document_it, noun_author
from .document_findings import part_owner
from .document_sources import not_the_document, phrase_source
from .cue_words import (
    _CALENDAR, _DETERMINERS, _DOCUMENT_NOUNS, _GROUP_NOUNS, _GROUP_PRONOUNS, _ISSUING, _PERSON_PRONOUNS, _SPOKES, _THINGS,
)
from .entities import TITLES
from .first_person_plural import named_groups
from .joint_speakers import joint_subject
from .later_names import named_later
from .member_groups import member_group
from .party_roles import described_politician
from .possessive_authors import possessive_names
from .lower_names import known_form, known_surname, lower_name
from .quote_frames import bound_names, channel_owner
from .quote_leads import paper_outlet
from .quote_parse import _outside, _pos
from .speaker_checks import lone_member, named_body, only_person, own_plural_subject, party_member, role_modifiers
from .speakers import ArticleContext
from .subject_chains import subject_antecedent
from .surname_words import surname_subject

# Head nouns of descriptions that can speak: people by their trade or role, and bodies.
_SPEAKING_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "men", "woman", "women", "person", "people", "ee",
                     "eer", "ary", "ive", "chief", "head", "staff", "team", "campaign", "party", "office", "agency",
                     "board", "council", "committee", "government", "administration", "ministry", "police", "court",
                     "family", "group", "force", "union", "firm", "company", "club", "camp", "side", "crew", "panel")
_SPEAKING_WORDS = frozenset("judge chief boss aide rep reps coach host guest nurse doctor surgeon pilot clerk guard witness "
                            "victim mother father wife husband son daughter sister brother friend neighbour neighbor "
                            "priest pastor bishop imam rabbi monk chef". split())


def _can_speak(word: str) -> bool:
    return word in _SPEAKING_WORDS or word.endswith(_SPEAKING_ENDINGS)


def _proper_chunk(tok):
    """The run of proper nouns (with their hyphens and initials) that ends at `tok`."""
    doc, i, j = tok.doc, tok.i, tok.i
    while i - 1 >= 0 and (_pos(doc[i - 1]) == "PROPN" or (doc[i - 1].text in ("-", ".") and i - 2 >= 0 and _pos(doc[i - 2]) == "PROPN")) and doc[i - 1].dep_ not in ("poss", "nsubj", "dobj", "pobj"):
        i -= 1
    return doc[i : j + 1]


def _np_text(tok) -> str:
    """The subject phrase without relative clauses, appositions and trailing punctuation."""
    skip = {"relcl", "appos", "punct", "acl", "advcl", "cc", "conj"}
    idxs = sorted([tok.i] + [t.i for c in tok.children if c.dep_ not in skip for t in c.subtree])
    span = tok.doc[idxs[0] : idxs[-1] + 1]
    return _DETERMINERS.sub("", span.text.strip(" ,")).strip()


def resolve(tok, base: int, ctx: ArticleContext, sentences: list[tuple[int, int]]) -> tuple[str | None, int]:
    """(speaker, rank) for a subject token; a speaking pronoun or role noun the article-level rules
    leave unknown: the main-clause subject of the sentences before (`subject_chains`)."""
    name, rank = _resolve(tok, base, ctx, sentences)
    if name is None and tok.dep_ in ("nsubj", "nsubjpass"):
        chained = subject_antecedent(tok, base, ctx, sentences)
        if chained:
            return chained, 2
    return name, rank


def _resolve(tok, base: int, ctx: ArticleContext, sentences: list[tuple[int, int]]) -> tuple[str | None, int]:
    pos = base + tok.idx
    if ctx.in_quote(pos):
        return None, 0
    word = tok.lower_
    if word in _CALENDAR:
        return None, 0  # "the Board — the group ... — said Wednesday": a day, misparsed as the subject, never speaks
    # "his grandmother, Mary Smith": the name in apposition.
    for c in tok.children:
        if c.dep_ == "appos" and _pos(c) == "PROPN" and _pos(tok) != "PROPN":
            return resolve(c, base, ctx, sentences)
    described = described_politician(tok, base, ctx)  # "the Texas Republican said" (`party_roles`)
    if described is not None:
        return described
    if ctx.lower and _pos(tok) in ("NOUN", "PROPN"):
        named = _lower_cased_name(tok, base, ctx)
        if named:
            return named, 3
    conj = [c for c in tok.children if c.dep_ == "conj" and _pos(c) == "PROPN"]
    if _pos(tok) != "PROPN" and tok.text[:1].isupper() and _pos(tok) != "PRON":
        named = ctx.entity_at(pos, pos + len(tok.text)) or surname_subject(tok, pos, ctx)  # "Labour says" tagged as a common noun; "Bright warned" (`surname_words`)
        if named:
            return named, 3
    if _pos(tok) == "PROPN":
        chunk = _proper_chunk(tok)
        if chunk[-1].lower_.rstrip(".") in TITLES:  # "said Sgt. Ed Harris" parsed with "Sgt" as the subject
            after = ctx.name_after(base + chunk.end_char)
            if after:
                return after, 3
        name = ctx.entity_at(base + chunk.start_char, base + chunk.end_char) or ctx.full_name(chunk.text)
        if lone_member(name):  # "Vance, a longtime Republican, said": a party word is no name
            return party_member(tok, base, ctx, sentences, resolve)
        if ctx.kind(name) != "person" and any(c.dep_ == "amod" and c.lower_ in ("former", "late", "retired") for c in tok.children):
            # "The former GP told ...": a body is not "former"; a role the tagger typed as one
            # (or, since the entity code stopped reading "GP" as a name, did not type at all)
            role = ctx.person_by_role(word, [], pos)
            return (role, 2) if role else (None, 0)
        if conj:
            other, _ = resolve(conj[0], base, ctx, sentences)
            if other and other != name:
                return " and ".join(sorted((name, other))), 3
        return name, 3
    if _pos(tok) == "PRON" or word in _PERSON_PRONOUNS | _GROUP_PRONOUNS:
        if word in _PERSON_PRONOUNS:
            name = ctx.salient_person(pos, sentences, skip=bound_names(tok, base, ctx)) or only_person(ctx, pos)
            if word != "i" and ambiguous(word, name, tok, base, ctx, sentences):
                return None, 0  # someone else in view: unknown rather than a guess
            return (name, 2) if name else (None, 0)
        if word in ("it", "its"):
            if (text_of := document_it(tok, base, ctx, sentences)) is not None:
                return text_of  # "It read: “...”" after "the letter from X" (`document_authors`)
            # "A report by X called for action on what it said was ...": the sentence's own
            # subject first; else the statement or organisation just quoted.
            own = None
            for t in tok.sent:
                if t.i < tok.i and t.dep_ in ("nsubj", "nsubjpass") and _pos(t) != "PRON" and _outside(t, base, ctx):
                    name, rank = resolve(t, base, ctx, sentences)
                    if name or not ctx.lower:
                        return (name, min(rank, 2)) if name else (None, 0)
                    own = t
                    break
            if own is None:
                prev = ctx.previous_speaker(pos, 2500, collective=True)
                if prev and not ambiguous(word, prev[0], tok, base, ctx, sentences):
                    return prev[0], 2
            if ctx.lower:
                # "…, the army said on monday. The two … passed …, it said": that organisation (`lower_orgs`)
                from .lower_orgs import organisation_said_before

                org = organisation_said_before(tok, base, ctx, sentences)
                if org:
                    return org, 2
            return None, 0
        if word in _GROUP_PRONOUNS:
            own = own_plural_subject(tok, base, ctx, sentences, resolve) or joint_subject(tok, base, ctx, sentences, resolve)  # `joint_speakers`
            if own:
                return own, 2
            prev = ctx.previous_speaker(pos, 2500, collective=True)
            name = prev[0] if prev else named_groups(word, ctx, pos)  # not for "we" (`first_person_plural`)
            return (name, 2) if name and not ambiguous(word, name, tok, base, ctx, sentences) else (None, 0)
        return None, 0
    if _pos(tok) in ("NOUN", "ADJ", "NUM"):
        owner = channel_owner(tok, base, ctx) or paper_outlet(tok, base, ctx) or part_owner(tok, base, ctx)  # "the Harbour Trust website writes", "the paper", "X's ... section warns" (`document_findings`)
        if owner:
            return owner, 2
        if word not in _THINGS:
            named = ctx.appositive_person(base + tok.idx + len(tok.text)) or ctx.name_after(base + tok.idx + len(tok.text))
            if named:
                return named, 3  # "His former partner at Lenox, Lawrence Cummings, called ..."
        proper = [c for c in tok.children if _pos(c) == "PROPN" and c.dep_ in ("compound", "amod", "nmod")]
        owner = [c for c in tok.children if c.dep_ == "poss" and _pos(c) == "PROPN"]
        owner_pronoun = [c for c in tok.children if c.dep_ == "poss" and _pos(c) == "PRON"]
        preps = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "of", "for", "at", "with") for p in c.children if p.dep_ == "pobj"]
        # "a complaint filed by the SEC"
        preps += [p for c in tok.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        if word in _DOCUMENT_NOUNS:
            for t in owner + proper + preps + owner_pronoun:  # "Smith's statement", "a report by X", "their statement"
                name, rank = resolve(t, base, ctx, sentences)
                if name:
                    return name, min(rank, 2)
            if tok.dep_ == "dobj" and tok.head.lower_ in _ISSUING:
                # "The Council issued a statement calling ...": the issuer.
                from .attribution import subject_of  # (attribution imports this module)

                issuer = subject_of(tok.head)
                if issuer is not None and issuer.lower_ not in _THINGS:
                    name, rank = resolve(issuer, base, ctx, sentences)
                    if name:
                        return name, min(rank, 2)
            if not any(c.lower_ in ("the", "this", "that") for c in tok.children):
                return None, 0  # "a statement said": whose is not known
            # "The Trust issued a statement ... The statement read": the one who issued it.
            introduced, author = _author(word, pos, ctx, sentences)
            if introduced:
                return (author, 2) if author else (None, 0)
            prev = ctx.previous_speaker(pos, 2500)
            return (prev[0], 2) if prev and prev[0] else (None, 0)
        if word in _GROUP_NOUNS:
            name = ctx.last_groups(pos)
            if name:
                return name, 2
            described = any(c.dep_ in ("amod", "compound") for c in tok.children)
            return (_np_text(tok), 1) if described else (None, 0)
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
        if ctx.lower and word in _SPOKES and definite:
            # "the spokesperson said" after "harbour spokesperson delia okonkwo told ...": her
            name = ctx.person_by_role(word, [], pos)
            if name:
                return name, 2
        if word in _SPOKES:
            if proper or owner or any(_pos(p) == "PROPN" for p in preps):
                return _np_text(tok), 1
            return None, 0
        if members := member_group(tok, base, ctx):
            return members, 2  # "Senate Republicans ... lawmakers stressed" (`member_groups`)
        # A role noun: "the Labour leader", "the minister", "the company's chief executive".
        name = ctx.person_by_role(word, [p.text for p in proper] + role_modifiers(tok), pos, definite=definite or bool(owner)) if tok.text.islower() else None
        if name:
            return name, 2
        body = named_body(tok, pos, ctx) or body_by_kind(tok, pos, ctx)  # "the caucus wrote", "the company said" (`body_nouns`)
        if body:
            return body, 2
        if ctx.lower and definite and not owner:
            # "the airline said": the one airline this article named before (`lower_orgs`)
            from .lower_orgs import organisation_by_kind

            org = organisation_by_kind(word, pos, ctx, sentences)
            if org:
                return org, 2
        if (proper or owner) and _can_speak(word):
            return _np_text(tok), 1
        if later := named_later(tok, base, ctx, sentences):
            return later, 2  # "a London hospital said ... The statement from X Hospital" (`later_names`)
    return None, 0


def _lower_cased_name(tok, base: int, ctx: ArticleContext) -> str | None:
    """In a lower-cased text, the name a subject gives ("coffina said" -> "Scott Coffina" when the
    article said "prosecutor scott coffina said" before): the tagger's entity when it found one
    with that last word, else the name read from the syntax (`lower_names`)."""
    name = lower_name(tok)
    if not name and tok.tag_ == "NNS":
        # "simmons said" after "gene simmons, frontman of ...": a surname tagged as a plural is a
        # name only as the last word of a name given earlier (`lower_names.known_surname`).
        from .lower_people import introduced_people

        known = ctx.lower_names + [n for _, n, _ in introduced_people(ctx, ctx.sentences)]
        known += [n for _, _, n in ctx.mentions if ctx.kind(n) == "person"]
        name = known_surname(tok, known)
    if not name:
        return None
    pos = base + tok.idx
    tagged = ctx.entity_at(pos, pos + len(tok.text), ("person", "organization", "group"))
    if tagged and tagged.split()[-1].lower() == name.split()[-1].lower():
        name = tagged
    else:
        people = [n for _, _, n in ctx.mentions if ctx.kind(n) == "person"]
        name = known_form(name, ctx.lower_names + people)
    ctx.lower_names.append(name)
    return name


def _author(noun: str, pos: int, ctx: ArticleContext, sentences: list[tuple[int, int]]) -> tuple[bool, str | None]:
    """(whether an earlier sentence introduces the `noun` ("statement", "report"), its author): the
    nearest of the five sentences before `pos` that mentions the noun outside quotations (other
    than as the subject that speaks: "“...,” the statement said."); the author is the person or
    body named in that sentence's main-clause subject ("Smith's campaign issued an apology ...,
    saying in a statement": Smith), not whoever else the sentence names ("an apology to Jones")."""
    other = False  # a sentence before named the noun as no document ("the release of the boats")
    for s_start, s_end in reversed([s for s in sentences if s[1] <= pos][-5:]):
        if not any(not ctx.in_quote(s_start + m.start()) for m in re.finditer(rf"\b{re.escape(noun)}\b", ctx.text[s_start:s_end], re.I)):
            continue
        if s_end - s_start > 1500:
            return True, None
        doc = _parsed(ctx, s_start, s_end)
        carried = [a for t in doc if t.lower_ == noun and _pos(t) != "VERB" and not ctx.in_quote(s_start + t.idx) for a in [noun_author(t, s_start, ctx, sentences)] if a]
        if carried:
            return True, carried[-1]  # "the letter from X" (`document_authors`)
        if (sourced := phrase_source(doc, noun, s_start, ctx))[0]:
            return sourced  # "a report from the state auditor, Ada Vance" (`document_sources`)
        if not_the_document(doc, noun, s_start, ctx):
            other = True  # "X demanded the release of the boats": not the document (`document_sources`)
            continue
        subjects = [c for root in doc if root.dep_ == "ROOT" for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and not ctx.in_quote(s_start + c.idx)]
        if subjects and all(subj.lower_ in _THINGS for subj in subjects):
            continue  # "“...,” the statement said.": the statement speaking again; who issued it is further back
        for subj in subjects:
            if ctx.lower and subj.lower_ == "it":
                # "…, it said in a statement." after "the army said …": that organisation (`lower_orgs`)
                from .lower_orgs import organisation_said_before

                org = organisation_said_before(subj, s_start, ctx, sentences)
                if org:
                    return True, org
                continue
            lo, hi = s_start + doc[subj.left_edge.i].idx, s_start + subj.right_edge.idx + len(subj.right_edge.text)
            names = [n for s, e, n in ctx.mentions if lo <= s < hi and ctx.kind(n) in ("person", "organization", "group") and not ctx.in_quote(s)]
            if any(c.dep_ == "conj" for c in subj.children) and len(names) > 1:
                # "A and B said in a joint statement": both, as `resolve` joins them, or no one (not A alone)
                joint, _ = resolve(subj, s_start, ctx, sentences)
                return True, joint if joint and " and " in joint else None
            if names:
                return True, names[0]
            if subj.tag_ in ("NNP", "NNPS") and subj.lower_ not in _THINGS:
                return True, ctx.full_name(_proper_chunk(subj).text)
            # "Trump's campaign" where the tagger missed "Trump" at this place
            proper = [t for t in subj.subtree if t.tag_ in ("NNP", "NNPS") and not ctx.in_quote(s_start + t.idx)] + possessive_names(subj)  # (`possessive_authors`)
            known = [n for n in (ctx.full_name(_proper_chunk(t).text) for t in proper) if ctx.kind(n) in ("person", "organization", "group")]
            if known:
                return True, known[0]
            if proper and _can_speak(subj.lower_):
                return True, _np_text(subj)
        return True, None
    return other, None
