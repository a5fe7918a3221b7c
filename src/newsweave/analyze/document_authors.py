"""Documents that speak: "It read: “...”", "It reads: “...”" after a sentence that names a
letter, an e-mail or an announcement, and whose author that document is (issue 12, session 18,
brief K).

`speaker_resolve` already gives "the statement read" the one who issued the statement (the
main-clause subject of the sentence that introduced it, `_author`). Two forms were left:

- the pronoun: "It read:" / "It reads:" with a document just named. "It" was taken as the
  organisation last quoted (or unknown); with a verb only a text can do (read, conclude, begin,
  continue, end) it is the document, so its author is the answer. ("conclude" is not a speech
  verb in `cue_words`: made one, "“...,” the report concludes" took the last person quoted in a
  seed18 story, so only "read"/"continue"/"begin" reach this in practice.)
- a document that carries its author itself ("the letter from Ada Vance", "a memo by the harbour
  board", "Vance's letter"): the author is that name, not the subject of the sentence that hands
  it over ("The show gave them the letter from Ada Vance. It read: ...").

The author, in this order (else unknown, never the last speaker by default):
1. a person or organisation joined to the document noun: "from/by NAME", "NAME's", a compound
   name ("a Vance memo"; a place in that slot is no author: "a U.S. intel report"), "a report
   released by NAME" (session 21);
2. a possessive pronoun on it, resolved as usual ("his letter"); "their message" only as the
   names a "they" subject of the same clause joins ("They ... recorded their message"), never
   the last group named (session 21);
3. the named subject of a verb of sending or writing whose object is the document ("Vance sent
   the board a letter", "The board posted a message", "The ministry unveiled an indictment"), or
   the owner of a campaign, office or team that sends it ("His campaign sent an e-mail": his;
   session 21);
4. nothing: unknown.
Counted in session 18 (benchmarks/ANALYSIS.md): a document speaking right before a quotation is
rare (6 in all cased dev text, 0 in PolNeAR); 4 of the 6 were unknown at 200aad0.
"""

from __future__ import annotations

import re

from .ambiguity import _parsed
from .announced_statements import in_statement_author
from .quote_parse import _pos

_SAYING = frozenset("said says stated states added adds".split())
_TEXT_VERBS = frozenset("read reads reading conclude concludes concluded begin begins began continue continues continued end ends ended".split())
_DOCS = frozenset(
    """letter letters note notes email e-mail mail message messages memo memorandum announcement statement post tweet
    card postcard report release editorial op-ed column essay complaint filing lawsuit indictment ruling order""".split()
)
_SENDING = frozenset(
    """send sends sent write writes wrote written post posts posted issue issues issued release releases released publish
    publishes published tweet tweets tweeted pen pens penned sign signs signed draft drafts drafted circulate circulated
    unveil unveils unveiled unseal unseals unsealed""".split()
)
# A sender that stands for its owner ("His campaign sent an e-mail"); "his lawyer" is someone else.
_BODIES = frozenset("campaign office team staff administration government company firm foundation".split())
_DOC_RE = re.compile(r"\b(?:" + "|".join(re.escape(d) for d in sorted(_DOCS, key=len, reverse=True)) + r")\b", re.I)


def noun_author(noun, base: int, ctx, sentences) -> str | None:
    """The author a document noun token carries or is handed by (rules 1 and 2), else None."""
    from .speaker_resolve import resolve  # (speaker_resolve calls into this module)

    joined = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by") for p in c.children if p.dep_ == "pobj"]
    # "a report released by the United Nations"
    joined += [p for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    joined += [c for c in noun.children if c.dep_ == "poss" and _pos(c) == "PROPN"]
    joined += [c for c in noun.children if c.dep_ == "compound" and _pos(c) == "PROPN"]
    for t in joined:
        if _pos(t) == "PROPN":
            name, _ = resolve(t, base, ctx, sentences)
            if name and not (t.dep_ == "compound" and ctx.kind(name) == "place"):  # "a U.S. intel report": a place writes nothing
                return name
    mine = _pronoun_owner(noun, base, ctx, sentences)  # "they recorded their message"
    if mine:
        return mine
    verb = noun.head
    if noun.dep_ in ("dobj", "dative") and (verb.lemma_.lower() in _SENDING or _put_out(verb)) or verb.lower_ in _SENDING:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and _pos(subj) == "PROPN":
            name, _ = resolve(subj, base, ctx, sentences)
            return name
        if subj is not None and subj.lower_ in _BODIES:
            # "His campaign sent an e-mail", "Vance's office released a statement": the owner
            owners = [c for c in subj.children if c.dep_ == "poss" and _pos(c) == "PROPN"]
            if owners:
                name, _ = resolve(owners[0], base, ctx, sentences)
                return name if name and ctx.kind(name) in ("person", "organization", "group") else None
            return _pronoun_owner(subj, base, ctx, sentences)
    return None


def _put_out(verb) -> bool:
    """"put out a statement": sent out (the parse here has no lemmas)."""
    return verb.lower_ in ("put", "puts") and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _pronoun_owner(noun, base: int, ctx, sentences) -> str | None:
    """Session 21: the one a possessive pronoun on `noun` points to ("their message", "his
    campaign"), by the usual pronoun resolution; None when it points to no one for sure."""
    from .speaker_resolve import resolve

    owner = [c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "their")]
    if len(owner) != 1:
        return None
    who = owner[0]
    if who.lower_ == "their":
        # "They saw ... and recorded their message": the clause's own "they" (the names joined
        # before it), never simply the last group named
        verb = noun.head
        while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) and verb.head.i != verb.i:
            verb = verb.head
        who = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "they"), None)
        if who is None:
            return None
    name, _ = resolve(who, base, ctx, sentences)
    if who.lower_ == "they" and name and " and " not in name:
        return None  # one name for "they" is the last group named, not the ones who wrote
    return name


def document_it(tok, base: int, ctx, sentences) -> tuple[str | None, int] | None:
    """For "It" as the subject of a verb only a text does ("It read:"): (author, 2) of the document
    named in the three sentences before (a caption or a crosshead may stand between), or (None, 0) when that document has no named author; None
    (not this form) when "it" is no such subject or no document was named."""
    if ctx.lower or tok.dep_ != "nsubj":
        return None
    pos = base + tok.idx
    if tok.head.lower_ in _SAYING:
        # "X's office released a statement. It said: “...”": "it" is the statement or its issuer,
        # the same answer either way; only with the document in the sentence right before and its
        # author found (else "it" is left to the older rules: the body last quoted)
        for s, e in [x for x in sentences if x[1] <= pos][-1:]:
            hits = [m for m in _DOC_RE.finditer(ctx.text, s, e) if not ctx.in_quote(m.start())]
            if hits and e - s <= 1500:
                last = hits[-1].end() - 1 - s
                noun = next((t for t in _parsed(ctx, s, e) if t.idx <= last < t.idx + len(t.text) and t.lower_ in _DOCS), None)
                # sent out by the subject ("The board got a letter from X. It said:" is the board)
                issued = noun is not None and noun.dep_ == "dobj" and (noun.head.lower_ in _SENDING or _put_out(noun.head))
                author = noun_author(noun, s, ctx, sentences) if issued else in_statement_author(noun, s, ctx, sentences)  # "In a statement, X said" (`announced_statements`)
                if author:
                    return author, 2
        return None
    if tok.head.lower_ not in _TEXT_VERBS:
        return None
    for s, e in reversed([x for x in sentences if x[1] <= pos][-3:]):
        hits = [m for m in _DOC_RE.finditer(ctx.text, s, e) if not ctx.in_quote(m.start())]
        if not hits or e - s > 1500:
            continue
        doc = _parsed(ctx, s, e)
        last = hits[-1].end() - 1 - s  # the noun's last character ("e-mail" is three tokens)
        noun = next((t for t in doc if t.idx <= last < t.idx + len(t.text) and t.lower_ in _DOCS), None)
        if noun is None:
            return None, 0
        author = noun_author(noun, s, ctx, sentences)
        return (author, 2) if author else (None, 0)
    return None
