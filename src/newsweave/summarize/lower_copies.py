"""Stand-alone decisions for the lower-cased, truncated Multi-News copies (issue 13, session 14),
from fresh draws of training clusters read before each change (`benchmarks/readability_train.py
--seed 1414`, then 2828 and 3535; verdicts in `benchmarks/gold/readability_train_verdicts.jsonl`):

- `addresses_reader`: a sentence that speaks to its reader as "you" in the page's own voice ("If you
  ride twice a week, you can save with the pass", "Once you qualify, you will receive a card") is a
  service page's or an essay's, never a summary's: it is never shown. Only in lower-cased copies:
  on the cased sets of the readability gold, 5 of the 7 judged sentences with such a "you" are
  publishable (a generic "you" in a feature's lead), on the val100 sets 0 of 8 outside a question
  (two questions, pieces of quotations whose marks the splitter gave to the sentence before, are
  publishable: a question is left alone).
- `says_which_lead`: an article's first sentence opening on a role with a relative clause ("The
  woman who died in the fall was identified as ...", "The teenager who caused the crash will be
  ...") says which person it means, as "a woman who ..." would: it is a first mention, not a
  reference back (`standalone._ROLE` reads "The woman" alone as one). In 5,000 training clusters
  (every fourth) 9 document openings take this shape, all news leads; further into an article the
  same shape often points back, so only the opening is read this way.
- `writer_says_i`: the writer's own "i" as a subject ("But after reading his screed, i am struck by
  ...") anywhere outside quotation marks, not only at the opening (`lowercase._I_OPENS`, which
  stops at 40 characters so that a title's "i" further in, "a song called i never dreamed", is not
  taken): "i" followed by a verb. The sentence then needs the sentence before it to name a speaker
  with a verb of saying, as a quotation does (`lowercase.supplies_person_lowercase`).
- `photo_position`: a position in a photo in parentheses ("( left )", "( second from right )"):
  the sentence describes a picture the summary cannot show. In every fourth training cluster
  (5,000) 29 sentences carry one (single letters, "( r )", "( l )", "( c )", are not taken: party
  labels in lower-cased copies); all 29 read are captions or point at the picture ("the ears hang to the sides ( right )"). Never shown, cased or not.
- `link_label`: a "More: <linked headline>" or "Read more: ..." label glued to the text: where the
  linked headline ends no mark says, so the sentence is never shown. In every fourth training
  cluster (5,000) 51 sentences match, all lower-cased, all such labels (48 open on "more:" or "read
  more:"; "he said much more:" and other prose is not taken).
- `headline_dateline_end`: a lower-cased copy's first sentence that runs page text (a headline, a
  caption and its credit, "continue reading the main story", a video notice, a byline) into a
  dateline city and its dash ("<headline> washington — federal prosecutors on tuesday ..."): the
  news starts after the dash (`copy_edges.lead_in_end` trims it; before, only a dateline at the
  very start was seen). In every fourth training cluster 74 first sentences take this shape, all
  74 read page text before a dateline; a city after a preposition ("here in tampa --") is prose
  and not taken.
- `part_of_someone`: a sentence opening on a part of someone's ("Two of his sons made ...", "One of
  her friends", "Much of his ire"): "his"/"her"/"their" point back before any name. The capitals
  rule for a pronoun before any name (`standalone`, "pronoun before any name") is for cased copies
  only; in every fourth training cluster 13 lower-cased sentences open so, all leaning on the
  person before (none was caught). They lean (shown only after their article's sentence before).
"""

from __future__ import annotations

import re

from .casing import _outside_quotes
from .lower_pieces import never_shown_pieces
from .opinion import _ATTRIBUTED, _YOU, _own_texts
from .standalone import NEVER, STANDS, _ROLE, context_need

# "who"/"whose" and at least three more words: the clause that says which one.
_RELATIVE = re.compile(r"\s+(?:who|whose)\s+(?:\S+\s+){2,}\S")


_I_SUBJECT = re.compile(
    r"(?<![\w'’.-])i\s*(?:['’]\s?(?:m|ve|d|ll)\b|(?:am|was|have|had|think|thought|believe|guess|know|knew|feel|felt|want|"
    r"wanted|can|could|will|would|did|do|don\s?['’]\s?t|didn\s?['’]\s?t|mean|remember|saw|got|went|met|asked|told|wrote|found|"
    r"hope|wonder|suspect|admit|must|should|never\s+(?:thought|knew|imagined|expected))\b)"
)
_PHOTO_POSITION = re.compile(
    r"\(\s*(?:(?:second|third|fourth|far|top|bottom|front|back|upper|lower|pictured|standing|seated)\s+)?(?:from\s+)?"
    r"(?:left|right|center|centre)\s*\)",
    re.I,
)


_LINK_LABEL = re.compile(r"^[\"'“‘]?(?:read\s+)?more\s*:\s|\bread\s+more\s*:\s", re.I)
_NOT_BEFORE_PLACE = re.compile(r"\b(?:in|at|to|from|of|near|into|outside|inside|for|the|a|an|and|or|by|on|across|around|through)\s*$", re.I)


_PART_OF = re.compile(
    r"^[\"'“‘]?(?:one|two|three|four|five|six|seven|eight|nine|ten|some|many|most|all|both|several|none|each|few|any|"
    r"neither|either|dozens|hundreds|thousands|a\s+few|a\s+number|a\s+couple|half|much|part)\s+of\s+(?:his|her|their)\s+[a-z]",
    re.I,
)


def part_of_someone(text: str) -> bool:
    """Does the sentence open on a part of someone's ("Two of his sons")?"""
    return _PART_OF.match(text.lstrip()) is not None


def link_label(text: str) -> bool:
    """Does the sentence hold a "More: ..." / "Read more: ..." link label?"""
    return _LINK_LABEL.search(text) is not None


def headline_dateline_end(text: str, city_dash: re.Pattern, min_words: int) -> int:
    """Where the news starts after a dateline city and its dash further into a first sentence
    (`city_dash`: copy_edges' pattern), or 0."""
    for m in city_dash.finditer(text):
        before = text[: m.start()]
        if before[-1:].isspace() and len(before.split()) >= 3 and not _NOT_BEFORE_PLACE.search(before) and len(text[m.end() :].split()) >= min_words:
            return m.end()
    return 0


def writer_says_i(text: str) -> bool:
    """Does a lower-cased sentence have an "i" as a subject outside quotation marks?"""
    return _I_SUBJECT.search(_outside_quotes(text)) is not None


def photo_position(text: str) -> bool:
    """Does the sentence place someone in a photo ("( left )", "( second from right )")?"""
    return _PHOTO_POSITION.search(text) is not None


def addresses_reader(own: str, text: str) -> bool:
    """Does a sentence (`own`: its words outside quotation marks, quotations running over several
    sentences removed) speak to the reader as "you"? Not when it says whose words it gives, nor in a
    question (often a quotation's piece)."""
    return bool(own.strip()) and _YOU.search(own) is not None and "?" not in text and _ATTRIBUTED.search(own) is None


def says_which_lead(text: str, cased: bool) -> bool:
    """Is `text` (an article's first sentence) a role with a relative clause that stands as "a ..."
    would?"""
    opening = text.lstrip()
    m = _ROLE.match(opening)
    if m is None or not m.group(0).lstrip("\"'“‘").startswith("The ") or not _RELATIVE.match(opening, m.end()):
        return False
    quote = opening[: len(opening) - len(opening.lstrip("\"'“‘"))]
    rest = opening[len(quote) :].split(None, 1)[1]  # after "The"/"That"/...
    article = "An" if rest[:1].lower() in "aeiou" else "A"
    return context_need(quote + article + " " + rest, cased) == STANDS


def lower_copy_context(cf) -> tuple[list[int], list[int], list[int]]:
    """(rows never shown, rows that stand, rows that lean) by the rules above (but `writer_says_i`
    and `headline_dateline_end`, called where they apply); `cf.cased` says which documents
    keep their capitals."""
    never, stands, leans = [], [], []
    row_of = {(int(k), s.index): i for i, (s, k) in enumerate(zip(cf.sentences, cf.doc_index))}
    for k, document in enumerate(cf.documents):
        cased = cf.cased[k]
        own = [] if cased else _own_texts(document)
        pieces = set() if cased else set(never_shown_pieces(document))  # glued "? the", dated captions (lower_pieces.py)
        for j, s in enumerate(document.sentences):
            i = row_of.get((k, s.index))
            if i is None:
                continue
            if (not cased and (j in pieces or addresses_reader(own[j], s.text))) or photo_position(s.text) or link_label(s.text):
                never.append(i)
            elif j == 0 and cf.context[i] != NEVER and cf.context[i] != STANDS and says_which_lead(s.text, cased):
                stands.append(i)
            elif not cased and cf.context[i] == STANDS and part_of_someone(s.text):
                leans.append(i)
    return never, stands, leans
