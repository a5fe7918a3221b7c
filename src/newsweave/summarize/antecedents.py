"""Summary-level antecedents: is what a sentence points back at already in the summary?

A definite description ("the funding measure", "The opposition intensified", "the picture")
reads as news when it is a first mention in its article ("the polls", "the field": the reader
knows which), and points back when its article named that thing before ("a stopgap spending
measure ... the funding measure"). A pointing-back description is publishable in a summary only
when the summary has named that thing before (or the same sentence does), whatever sentence of
the article it came from. `stand_alone` (issue 13) is sentence-level; this is the summary-level
check the selection loop calls for each candidate with the sentences already chosen:

    offsets = first_mentions(article_text)               # once per article
    refs = back_references(sentence_text, sentence_start, offsets)
    ok = introduced(refs, summary_words(chosen_texts))   # may it be shown after those?

Only lower-case words count (a name introduces itself, and "the Senate" is a name). Words are
compared by a crude stem (lower case, possessive and plural "s" off) so that "documents" is
introduced by "court documents" and "the priest's" by "a priest". Linear in the text length.
"""

from __future__ import annotations

import re

from .set_up import NOT_SECOND, ends_phrase
from .standalone import _AUX

# "the" and up to two following lower-case words (the description); a number may sit between
# ("the 47 documents"). Stops at a capitalised word, punctuation or a function word.
# (session 14) A verb or a function word after the head is not part of the description: the check
# for a complement below then applies after the head ("the committee noted that ...", "the
# performance were, at best, ..." were never read as descriptions, their verb being followed by
# "that" or a comma; set_up.py).
_DEFINITE = re.compile(
    r"\b[Tt]he\s+(?>(?:\d[\d,.]*\s+|[A-Z][a-z]+\s+(?=[a-z]))?([a-z][a-z'’-]{2,}\b)(?:\s+(?!" + NOT_SECOND + r")([a-z][a-z'’-]{2,}\b))?)"
    # a complement says which: "the poll of 500 voters", "the measure that ...", "the 2016 election"
    # (a year); (session 14) an appositive between commas or dashes does not ("The tape, expected
    # to fetch ...", "aboard the balloon -- 15 passengers and ..."): set_up.ends_phrase
    r"(?!\s*(?:\(|\b(?:of|that|which|who|whom|whose|where|called|named|known|titled|dubbed|to|for|from|with|about|against|between)\b))"
)
# A description within the first EARLY_WORDS words ("The face in the picture is ...") or right after
# an opening phrase ("On Friday, the opposition intensified") is the sentence's subject.
EARLY_WORDS = 4
_OPENING_PHRASE = re.compile(r"[^,;:.!?\"“”]{0,60},\s+")
_QUOTED = re.compile(r"\"[^\"]{0,2000}\"|“[^”]{0,2000}”|“[^”]{0,2000}$|^[^“”\"]{0,2000}”")
# A word after the description that is its verb (an auxiliary, a past form, a verb in -ed).
_VERB = re.compile(_AUX + r"|[a-z]+ed")
_YEAR = re.compile(r"\b[Tt]he\s+(?:1[89]|20)\d\d\s")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Words after "the" that do not describe a thing met before: order and degree words, time, and
# the referents every reader knows without an introduction.
_NOT_HEADS = frozenset(
    """first second third fourth fifth last next same other others latest earliest most least best worst only whole
    entire following previous former latter current recent new old early late top bottom end beginning middle rest
    number lot kind sort way fact time times day days week weekend month months year years decade century morning
    afternoon evening night today moment past future world country nation public government administration president
    police people state states city media press internet economy military army war law weather sun moon
    area region news story case issue question idea point reason way statement interview release"""
    .split()
)
# Function words that end a description ("the measure that ...": stop at "that").
_STOP = frozenset(
    """and or but nor for with from into onto over under about after before between among against during without
    within through than that which who whom whose where when while was were are is has have had will would could can
    may might must should did does not also its his her their our this these those there here what said says told
    been being be more less very much many some any such he she it they we you him them us me""".split()
)


def stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


# "this photo", "these claims", "those two lawmakers" anywhere in the sentence (eleventh session): a
# demonstrative points back wherever it stands; "that" is left out (it is mostly a conjunction).
_DEMONSTRATIVE = re.compile(r"\b(?:[Tt]his|[Tt]hese|[Tt]hose)\s+(?>(?:\d[\d,.]*\s+)?([a-z][a-z'’-]{2,}\b)(?:\s+([a-z][a-z'’-]{2,}\b))?)(?!\s*(?:\(|\b(?:of|that|which|who|whom|whose|where|called|named|known)\b))")
_SEASONS = frozenset("spring summer fall autumn winter season semester quarter term".split())


def first_mentions(text: str) -> dict[str, int]:
    """{stem: offset of its first occurrence} for the lower-case words of an article."""
    out: dict[str, int] = {}
    for m in _WORD.finditer(text):
        w = m.group(0)
        if w[:1].islower():
            out.setdefault(stem(w), m.start())
    return out


def back_references(text: str, start: int, offsets: dict[str, int]) -> list[frozenset[str]]:
    """The definite descriptions of `text` (a sentence starting at `start` in an article whose
    `first_mentions` are `offsets`) that point back: one of their words was first written
    earlier in the article and not earlier in this sentence. Each is given as the set of stems
    of its words; one of them must be in the summary before."""
    out = []
    # A sentence that is a quotation from its first word ('"She will confirm the letter she
    # signed!"', the tweet's next sentence) is read like any other: shown alone, its subject points
    # back the same way. Quotations inside a sentence stay the speaker's words.
    quoted = [] if text[:1] in "\"“" else [q.span() for q in _QUOTED.finditer(text)]
    for m in _DEFINITE.finditer(text):
        if any(a <= m.start() < b for a, b in quoted):
            continue  # a speaker's words: "the path to 270" is theirs, not the summary's reference
        if _YEAR.match(text, m.start()) or ends_phrase(text, m):
            continue
        if len(text[: m.start()].split()) > EARLY_WORDS and not _OPENING_PHRASE.fullmatch(text, 0, m.start()):
            break  # only the sentence's subject: later descriptions cost coverage for little (SUMMARIZATION.md)
        words = [w for w in m.groups() if w and w.lower() not in _STOP]
        if len(words) == 2 and _VERB.fullmatch(words[1]):
            words = words[:1]  # "the levy drew ...": the second word is the verb
        heads = [stem(w) for w in words if stem(w) not in _NOT_HEADS]
        if not heads or len(heads) < len(words):
            continue  # "the first ...", "the same ...": not a description of something met before
        before = {stem(w.group(0)) for w in _WORD.finditer(text, 0, m.start())}
        if any(h in before for h in heads):
            continue
        if any(offsets.get(h, start) < start for h in heads):
            out.append(frozenset(heads))
    for m in _DEMONSTRATIVE.finditer(text):
        if any(a <= m.start() < b for a, b in quoted):
            continue
        words = [w for w in m.groups() if w and w.lower() not in _STOP]
        if len(words) == 2 and _VERB.fullmatch(words[1]):
            words = words[:1]
        heads = [stem(w) for w in words]
        if not heads or any(h in _NOT_HEADS or h in _SEASONS for h in heads):
            continue  # "this week", "this summer", "these days"
        before = {stem(w.group(0)) for w in _WORD.finditer(text, 0, m.start())}
        if not any(h in before for h in heads) and any(offsets.get(h, start) < start for h in heads):
            out.append(frozenset(heads))
    return out


def summary_words(texts: list[str]) -> set[str]:
    """The stems of every word (any case) of the summary sentences `texts`."""
    return {stem(m.group(0)) for t in texts for m in _WORD.finditer(t)}


def introduced(refs: list[frozenset[str]], words: set[str]) -> bool:
    """Is every pointing-back description of a sentence (`back_references`) named by the
    summary so far (`summary_words`)?"""
    return all(ref & words for ref in refs)


def summary_references(cf) -> list[list[frozenset[str]]]:
    """`back_references` of every sentence of a cluster (`ClusterFeatures`), computed once."""
    cached = cf.__dict__.get("_back_references")
    if cached is None:
        mentions = [first_mentions(d.article.text) for d in cf.documents]
        cached = cf.__dict__["_back_references"] = [
            back_references(s.text, s.start, mentions[int(k)]) for s, k in zip(cf.sentences, cf.doc_index)
        ]
    return cached


def references_introduced(text: str, start: int, article_text: str, chosen_texts: list[str]) -> bool:
    """The check in one call, for a candidate span (`text` at `start` in `article_text`, a whole
    sentence or a trimmed part of one) and the summary sentences chosen before it: are the things
    its subject description points back at named by them?"""
    return introduced(back_references(text, start, first_mentions(article_text)), summary_words(chosen_texts))

