"""One quotation carried by several articles of a story: one `Quote`, one speaker.

Issue 12: "across outlets let a quote carried by several articles take the most explicit
attribution any of them gives. Return "unknown" rather than guess." `merge_story_quotes` groups the
mentions the quote extractor found and picks each group's speaker:

- **Same words.** Two mentions in different articles are the same quotation when their normalised
  words are equal or one is contained in the other and the shorter has at least four words (one
  outlet quotes "a new era of relentless diplomacy", another the whole sentence). Within one
  article the older, stricter rule holds (a short phrase inside a longer quote of the same article
  is often the reporter's paraphrase of a different statement), so a one-article story (PolNeAR)
  groups as before.
- **Most explicit.** A name in the quotation's sentence (rank 3) beats one resolved from a pronoun
  or role in the article (2), which beats a description ("a spokesman", 1), which beats unknown.
  Among the names of the top rank that belong to one person ("Granholm", "Jennifer Granholm": the
  name words of one are among the other's), the fullest name of that person at any name rank
  (whole words only: "D. Aune" is no fuller than "Aune"; both guards came from the dev sweep).
- **A person over their organisation.** When the top-rank names are a person and an organisation
  ("the White House announced ... “...”" in one outlet, "Biden's proclamation states" in another),
  the person: a body's statement carried with a person's name is that person's (issue 12: "prefer
  the person over their organisation").
- **Disagreement gives unknown.** When the top-rank names are still two different people (or two
  bodies), the speaker is None. Outlets rarely credit the same words to different people; when the
  names differ, one of the attributions read from the articles is almost always wrong, and the merge
  cannot tell which. A majority vote would turn a one-in-three error into a confident wrong speaker
  for every outlet; "unknown" costs a missing speaker instead of a wrong one (the issue's floor for
  wrong is 3%, for right 90%). Each article's own reading stays in `Quote.said_by` as evidence,
  so a reader sees the two names.
- **Not a quotation it quotes.** Across articles, a quotation that holds a nested one ("Critics
  “said the ruling was ... ‘We will appeal,’ a line ...”") is not the same as another outlet's
  quotation of only the nested words: the outer words are whoever quotes them (session 17, brief M:
  a newsletter's quotation of a reporter's sentence took the network's name from the statement
  nested in it).
- **One article.** A quotation repeated only within one article keeps the earlier rule (the most
  frequent reading of the top rank), so a one-article story (PolNeAR) is attributed as before;
  a first version applied the rules above there too and moved PolNeAR (two "Islamic terrorism"
  mentions by two speakers became unknown, "De Blasio" became "Bill de Blasio").

Measured on `benchmarks/gold/quotes_merge_dev.jsonl` (`benchmarks/quote_merge.py score`; see
benchmarks/ANALYSIS.md, Quotes, session 16).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ..types import Citation, Quote

if TYPE_CHECKING:
    from .quotes import QuoteMention

MIN_SHARED_WORDS = 4  # a quotation of fewer words matches another outlet's only when equal
_BODY_KINDS = ("organization", "group", "place")


def norm_words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))


# A nested quotation inside a quotation's words (a closing ’ before a letter is an apostrophe).
_NESTED = re.compile(r"‘[^‘]*?’(?![A-Za-z])|\"[^\"]+\"|“[^“”]+”")


def _outer_only(a: str, b: str, wa: list[str], wb: list[str]) -> bool:
    """Whether the shorter of two quotations is found in the longer only inside a quotation nested
    in it (a different speaker's words quoted there)."""
    short, (long, long_text) = (wa, (wb, b)) if len(wa) <= len(wb) else (wb, (wa, a))
    if short == long or not _NESTED.search(long_text):
        return False
    return not _contained(short, norm_words(_NESTED.sub(" ", long_text)))


def _contained(short: list[str], long: list[str]) -> bool:
    return " " + " ".join(short) + " " in " " + " ".join(long) + " "


def same_quote(a: list[str], b: list[str]) -> bool:
    """Within one article: exactly the same words, or one is a trimmed version of the other."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 6 and len(short) < 0.6 * len(long):
        # A short phrase inside a longer quote ("minimum level of action") is often the
        # reporter's paraphrase of a different statement, not the same quotation trimmed.
        return short == long
    return _contained(short, long)


ELIDED_PIECE = 3  # each side of an outlet's cut of a few words from the middle of a quotation: at least these words


def _one_gap(short: list[str], long: list[str]) -> bool:
    """`short` is two pieces of `long` in order, each of at least `ELIDED_PIECE` words, with words of
    `long` between them: one outlet dropped a few words from the middle of the quotation another
    carries whole (made up: "... kept her good humour right up to the end" / "... kept her good humour and
    kept on painting right up to the end"; session 23: two obituaries on the AllSides dev stream listed their
    one quotation twice, once per wording)."""
    if len(short) < 2 * ELIDED_PIECE or not set(short) <= set(long):
        return False
    joined = " " + " ".join(long) + " "
    for cut in range(ELIDED_PIECE, len(short) - ELIDED_PIECE + 1):
        head, tail = " " + " ".join(short[:cut]) + " ", " " + " ".join(short[cut:]) + " "
        at = joined.find(head)
        # the tail after the head with at least one word between (no gap is plain containment)
        if at >= 0 and joined.find(tail, at + len(head)) >= 0:
            return True
    return False


def carried(a: list[str], b: list[str]) -> bool:
    """Across articles: the same words, or one contained in the other with at least
    `MIN_SHARED_WORDS` words in the shorter, or the shorter the longer with a few words cut from its
    middle (`_one_gap`)."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < MIN_SHARED_WORDS:
        return short == long
    return _contained(short, long) or _one_gap(short, long)


def _name_words(name: str) -> set[str]:
    return {w.lower().rstrip(".") for w in re.findall(r"[A-Za-z][\w.'’-]*", name) if w[:1].isupper() or w[:1] == "@"}


def same_person(a: str, b: str) -> bool:
    """Whether two names may name the same one: the name words of one are all among the other's
    ("Granholm" / "Jennifer Granholm", "J. Granholm"; not "Joe Biden" / "Hunter Biden")."""
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb:
        return a.lower() == b.lower()
    return _within(wa, wb) or _within(wb, wa)


def _within(few: set[str], many: set[str]) -> bool:
    """Every word of `few` is in `many`, an initial standing for a word it begins ("D. Aune")."""
    return all(w in many or len(w) == 1 and any(m.startswith(w) for m in many) for w in few)


def choose_speaker(votes: list[tuple[int, str]], kinds: dict[str, str] | None = None) -> str | None:
    """The speaker of one quotation from its mentions' (rank, speaker) readings (see the module
    docstring); None when the most explicit readings name different people."""
    if not votes:
        return None
    kinds = kinds or {}
    top = max(rank for rank, _ in votes)
    count = Counter(s for rank, s in votes if rank == top)
    if top < 2:  # descriptions only: the most frequent
        return count.most_common(1)[0][0]
    people: list[list[str]] = []  # top-rank names, one list per person
    for name, _ in count.most_common():
        home = next((p for p in people if all(same_person(name, o) for o in p)), None)
        if home is None:
            people.append([name])
        else:
            home.append(name)
    if len(people) > 1:
        persons = [p for p in people if any(kinds.get(n) not in _BODY_KINDS for n in p)]
        people = persons or people
    if len(people) > 1:
        return None  # two people for the same words: unknown, each article's reading kept as evidence
    named = list(dict.fromkeys(s for rank, s in votes if rank >= 2 and all(same_person(s, o) for o in people[0])))
    # the fullest name of that person, then the most frequent of the top rank, then the first
    return max(named, key=lambda s: (_fullness(s), count.get(s, 0), -named.index(s)))


def _fullness(name: str) -> int:
    """How many whole name words a name spells out: an initial ("D. Aune") or a web address
    glued to a name by a bad parse ("NPR.org Handy") adds none."""
    return sum(1 for w in re.findall(r"[A-Za-z][\w.'’-]*", name) if re.fullmatch(r"[A-Z][A-Za-z'’-]+", w))


def one_article_speaker(votes: list[tuple[int, str]]) -> str | None:
    """A quotation repeated within one article: the most frequent reading of the top rank (one
    outlet's own attribution; the rules above are about outlets disagreeing)."""
    if not votes:
        return None
    top = max(rank for rank, _ in votes)
    return Counter(s for rank, s in votes if rank == top).most_common(1)[0][0]


def merge_story_quotes(mentions: list[QuoteMention], kinds: dict[str, str] | None = None) -> tuple[Quote, ...]:
    """One `Quote` per distinct quotation of the story, in order of first appearance; `kinds`
    maps entity names to person/organization/group/place (the story's entity index)."""
    groups: list[list[QuoteMention]] = []
    words = {id(m): norm_words(m.text) for m in mentions}
    for m in mentions:
        home = None
        for g in groups:
            if any(same_quote(words[id(m)], words[id(o)]) if m.article_id == o.article_id
                   else carried(words[id(m)], words[id(o)]) and not _outer_only(m.text, o.text, words[id(m)], words[id(o)]) for o in g):
                home = g
                break
        if home is None:
            groups.append([m])
        else:
            home.append(m)
    quotes = []
    for g in groups:
        text = max((m.text for m in g), key=len)
        article_ids = tuple(dict.fromkeys(m.article_id for m in g))
        votes = [(m.rank, m.speaker) for m in g if m.speaker]
        speaker = choose_speaker(votes, kinds) if len(article_ids) > 1 else one_article_speaker(votes)
        citations = tuple(dict.fromkeys(Citation(m.article_id, m.sentence.start, m.sentence.end, m.sentence.index) for m in g))
        said_by = tuple(dict.fromkeys((m.article_id, m.speaker) for m in g))
        quotes.append(Quote(text=text, speaker=speaker, article_ids=article_ids, citations=citations, said_by=said_by))
    return tuple(quotes)
