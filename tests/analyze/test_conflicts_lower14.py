"""Conflicts where proper nouns are lower-cased (issue 12, session 14): the value finder's and the denial
finder's reports are withheld there (`lower_conflicts`; measured 0.28 and 0.10 precise on lower-cased
training text, no gate found that reaches 0.85), and text in its own casing is untouched. Fictional articles; the `*_withheld` tests
fail on the code before this change (1871843), where the pair was reported; the guards hold before and
after."""

from __future__ import annotations

import re

from newsweave.analyze.conflicts import value_conflicts
from newsweave.analyze.lower_names import lower_cased
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article, Citation, Conflict, ConflictSide

# `nlp`: the parser, from conftest.py.

_A = (
    "A ferry carrying commuters across the Harl estuary ran aground near Velmont on Tuesday morning, the coast guard said. "
    "Twelve passengers were injured when the Dalmore Star struck a sandbank in thick fog, according to Captain Ines Marrow. "
    "Rescue boats from Velmont and Oskerby reached the vessel within an hour and carried everyone ashore. "
    "The operator, Harl Lines, said the ferry had been inspected in March and would be towed to a yard at Oskerby. "
    "Passengers described a loud scrape and a sudden stop as the deck tilted toward the shore. "
    "Investigators from the Dalmore maritime board will interview the crew and examine the charts on Wednesday."
)
_B = (
    "The Dalmore Star, a ferry on the Harl estuary route, hit a sandbank close to Velmont early on Tuesday in dense fog. "
    "Eighteen passengers were injured when the Dalmore Star struck a sandbank, the Velmont coast guard said in a statement. "
    "Boats from Oskerby and Velmont took the passengers and crew to the harbour before noon. "
    "Harl Lines apologised to travellers and said the service would resume on Friday with a spare vessel. "
    "One passenger said the lights went out as water sprayed over the rail near the bow. "
    "The maritime board in Dalmore opened an inquiry and asked the captain for the ship's log."
)


def _lower(text):
    """As the standard Multi-News copies: every word lower-cased, sentence openings capitalised."""
    return re.sub(r"(^|[.!?] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text.lower())


def _docs(a_text, b_text):
    seg = RuleSegmenter()
    return (seg.split(Article(id="a", outlet="A", text=a_text)), seg.split(Article(id="b", outlet="B", text=b_text)))


def _values(a_text, b_text, nlp):
    return [sorted(s.value for s in c.sides) for c in value_conflicts(_docs(a_text, b_text), nlp=nlp)
            if c.about.startswith("number:")]


def test_guard_the_cased_pair_is_reported(nlp):
    assert not lower_cased(_A) and not lower_cased(_B)
    assert _values(_A, _B, nlp) == [["12", "18"]]


def test_the_lower_cased_pair_is_withheld(nlp):
    a, b = _lower(_A), _lower(_B)
    assert lower_cased(a) and lower_cased(b)
    assert _values(a, b, nlp) == []


def test_one_lower_cased_side_is_enough_to_withhold(nlp):
    assert _values(_A, _lower(_B), nlp) == []


def test_a_lower_cased_story_of_short_articles_is_withheld():
    from newsweave.analyze.lower_conflicts import lower_articles, withhold_lower

    # each article is under the detector's 40-word minimum; the story read as a whole is lower-cased
    cut = lambda t: ". ".join(t.split(". ")[:2]) + "."  # noqa: E731
    docs = _docs(cut(_lower(_A)), cut(_lower(_B)))
    assert not any(lower_cased(d.article.text) for d in docs)
    assert lower_articles(docs) == {"a", "b"}
    side = lambda i, v: ConflictSide(text="", citations=(Citation(i, 0, 5, 0),), value=v, article_ids=(i,))  # noqa: E731
    report = Conflict(about="number: injured people", kind="number", sides=(side("a", "12"), side("b", "18")))
    assert withhold_lower(docs, [report]) == []
    cased = _docs(cut(_A), cut(_B))
    assert withhold_lower(cased, [report]) == [report]


_PAD_A = (" The council met on Monday evening to review the accounts of the harbour trust for the past year."
          " Several members asked why the trust had not published the price or the name of the valuer it used."
          " The trust's director said the figures would be released once the auditors had finished their work.")
_PAD_B = (" The office added that the trust acts on its own and that the mayor sits on its board only as an observer."
          " Fishermen on the quay have started a petition asking the council to keep the land open to the public."
          " The company said the warehouse would bring about forty jobs to the town within two years.")
_CLAIM = "Twitter suspended the account of Tomas Brekke for a week after his posts about Jonah Pell." + _PAD_A
_DENIAL = "We did not suspend the account of Tomas Brekke for his posts about Jonah Pell, Twitter said." + _PAD_B


def _claims(a_text, b_text, nlp):
    from newsweave.analyze.framing import framing_conflicts

    return [[s.value for s in c.sides] for c in framing_conflicts(_docs(a_text, b_text), (), {}, nlp=nlp) if c.kind == "claim"]


def test_guard_a_cased_claim_against_its_denial_is_reported(nlp):
    assert _claims(_CLAIM, _DENIAL, nlp) == [["says it happened (suspended)", "says it did not (suspend)"]]


def test_a_lower_cased_claim_against_a_denial_is_withheld(nlp):
    a, b = _lower(_CLAIM), _lower(_DENIAL)
    assert lower_cased(a) and lower_cased(b)
    assert _claims(a, b, nlp) == []


def test_a_cased_excerpt_with_few_names_is_not_taken_for_lower_cased():
    from newsweave.analyze.lower_conflicts import lower_articles

    # no capitalised word inside a sentence, so `lower_cased` alone takes it for lower-cased; "U.S." says otherwise
    text = ("A group of 12 U.S. senators says they have agreed on a plan to repair the roads and bridges of the country. "
            "The plan would spend about two hundred billion dollars over five years on the work, the group said on a call. "
            "Some members of the group want the money to come from a new fee on fuel, while others would rather sell old land. "
            "A vote on the plan could come before the end of the month, according to two aides who spoke to reporters.")
    assert lower_cased(text)
    docs = _docs(text, _lower(text))
    assert lower_articles(docs) == {"b"}
