"""Session 15 (issue 13, readability on lower-cased copies): a question or exclamation run into the
next sentence, a caption's weekday-and-year date, and a sentence the splitter cut at "u.s." before
"And" are never shown. Fictional lower-cased text; each summary test fails at eeec94b."""

from __future__ import annotations

from newsweave import api
from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.summarize.lower_pieces import (
    dated_caption,
    glued_mark,
    join_cut_pieces,
    never_shown_pieces,
    split_after_abbreviation,
    video_close_end,
)
from newsweave.text.segment import segment
from newsweave.types import Article


def _summary(texts, words=120):
    articles = [Article(id=f"t{k}", outlet=f"Outlet {k}", text=t, title=None) for k, t in enumerate(texts)]
    return [s.text for s in api.summarize(articles, words, summarizer=ExtractiveSummarizer()).summary.sentences]


# (lower-cased like the Multi-News copies: no capitals but after a full stop)
TEASER = (
    "Who knew a town clock could cause this much trouble? the council of marrowby voted on tuesday to stop "
    "the old tower clock after neighbours said its chimes kept them awake all night. "
    "The clock, built in 1911, has struck every hour for more than a century. "
    "Mayor edda finch said the chimes would return once the bell was repaired and muffled."
)
REPORT = (
    "Marrowby's tower clock will fall silent next week after the council voted to stop it, officials said. "
    "Residents near the square had complained about the chimes for two years. "
    "Repairs to the bell are expected to take about three months, the council said."
)


def test_glued_mark_outside_quotation_marks_only():
    assert glued_mark("Who knew a clock could cause this? the council voted to stop it.")
    assert glued_mark("Happy new year! the best cakes are sold in the square.")
    assert not glued_mark('" is it true? no, " she said of the rumour about the bell.')
    assert not glued_mark("The report, first made on e! news and yahoo! sports, was denied.")
    assert not glued_mark("Why? To lay the cable before winter.")  # a capital: the splitter ends it


def test_a_question_run_into_the_news_is_never_shown():
    shown = _summary([TEASER, REPORT])
    assert shown
    assert not any("? the council" in s for s in shown)


def test_dated_caption():
    assert dated_caption("Workers clear the square in marrowby, tuesday, march 3, 2015.")
    assert dated_caption("( published friday, oct. 9, 2016 ) the bell is back.")
    assert not dated_caption("The council voted on tuesday to stop the clock.")
    assert not dated_caption("The clock stopped on march 3, 2015, for the first time.")


def test_split_after_abbreviation():
    text = "Finch, who once lived abroad, holds dual u.s. And canadian citizenship, her office said."
    pieces = [s.text for s in segment(Article(id="p", outlet="p", text=text, title=None)).sentences]
    assert pieces[0].endswith("dual u.s.")  # the splitter's cut (the copy's capital after the dot)
    assert split_after_abbreviation(pieces[0], pieces[1])
    assert not split_after_abbreviation("She moved to the u.s.", "The move was hard.")
    assert not split_after_abbreviation("She moved to the house.", "And then she left.")


PROFILE = (
    "Edda finch was elected mayor of marrowby in a close vote on sunday, the town's election office said. "
    "Finch, who once worked as a ferry pilot, holds dual u.s. And canadian citizenship, her office said. "
    "She won by forty-one votes over the sitting mayor, bram tolley, who has led the town for ten years. "
    "Turnout was the highest in two decades, officials said."
)


def test_cut_pieces_are_never_shown():
    document = segment(Article(id="p", outlet="p", text=PROFILE, title=None))
    assert never_shown_pieces(document) == [1, 2]
    shown = _summary([PROFILE])
    assert shown
    assert not any(s.endswith("u.s.") or s.startswith("And canadian") for s in shown)


def test_cut_pieces_are_joined():
    document = segment(Article(id="p", outlet="p", text=PROFILE, title=None))
    joined = join_cut_pieces(document.sentences, PROFILE)
    assert joined[1].text == "Finch, who once worked as a ferry pilot, holds dual u.s. And canadian citizenship, her office said."
    assert PROFILE[joined[1].start : joined[1].end] == joined[1].text
    assert joined[2] is document.sentences[2]


def test_video_close_button_is_dropped_from_the_sentence():
    text = "Close actors nell marrow and ida renk are separating after two years of marriage, their agent said."
    assert text[video_close_end(text) :].startswith("actors nell marrow")
    assert video_close_end("Close to 100 people lost power in marrowby on sunday, the utility said.") == 0
    assert video_close_end("Close friends of the mayor said she would not run again next spring.") == 0
    shown = _summary([text + " The couple met on the set of a ferry drama in 2014 and married two years later. " + REPORT])
    assert shown and not any(s.startswith("Close ") for s in shown)
