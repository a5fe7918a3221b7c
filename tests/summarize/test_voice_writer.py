"""The writer's own voice judged from the article as a whole (summarize/voice.py, session 14): a
blog or a review that rules in its own voice ("certainly", "it looks like", "perhaps"), says
"I" or asks the reader loses those sentences, or, as a whole piece, everything it does not
attribute; a news report with one such word keeps it. Fictional text; fails at 1871843."""

from __future__ import annotations

from newsweave import api
from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.summarize.voice import stance, writers_voice
from newsweave.text.segment import segment
from newsweave.types import Article

BLOG = (
    "The Marlow town council voted on Tuesday to close the old Quarry Lane library. "
    "It looks like the councillors have never borrowed a book in their lives. "
    "The reading room on Quarry Lane has kept the town's old maps and parish records since 1902. "
    "Councillor Edda Braun told the Marlow Gazette that the building needs repairs the town cannot pay for. "
    "Certainly nobody will miss the budget line more than the children who lose their Saturday story hour. "
    "Do you really think a town without a library saves anything?"
)
REPORT = (
    "The Marlow town council voted seven to two on Tuesday to close the Quarry Lane library at the end of June. "
    "Councillor Edda Braun said the roof and the heating need repairs the budget cannot cover. "
    "The library's books will move to the school hall on Mill Street. "
    "About 300 residents signed a petition against the closure, the organisers said."
)
NEWS_ONE_WORD = (
    "Flood barriers on the Wend river held overnight after two days of rain. "
    "The water crested at four metres, the river agency said. "
    "Perhaps the most anxious hours came just before dawn, when the level rose again. "
    "Schools in the valley will reopen on Monday."
)


def _doc(text: str, k: int = 0):
    return segment(Article(id=f"t{k}", outlet=f"Outlet {k}", text=text, title=None))


def test_stance_words_in_the_writers_voice_only():
    assert stance("It looks like the councillors have never borrowed a book in their lives.")
    assert stance("Certainly nobody will miss the budget line.")
    assert not stance("\"It looks like rain all week,\" the forecaster said.")  # someone else's words
    assert not stance("The level certainly rose, the agency said.")  # says whose words they are
    assert not stance("The water crested at four metres.")


def test_a_writers_piece_keeps_only_what_it_attributes():
    docs = [_doc(BLOG, 0), _doc(REPORT, 1)]
    rows = writers_voice(docs)
    blog = {i for k, i in rows if k == 0}
    kept = [s.text for s in docs[0].sentences if s.index not in blog]
    assert kept == ["Councillor Edda Braun told the Marlow Gazette that the building needs repairs the town cannot pay for."]
    assert not {i for k, i in rows if k == 1}  # the news report is untouched


def test_one_stance_word_in_a_report_is_a_slip_not_a_voice():
    assert writers_voice([_doc(NEWS_ONE_WORD), _doc(REPORT, 1)]) == set()


def test_summary_never_shows_the_blogs_own_voice():
    articles = [Article(id=f"t{k}", outlet=f"Outlet {k}", text=t, title=None) for k, t in enumerate((BLOG, REPORT))]
    report = api.summarize(articles, 120, summarizer=ExtractiveSummarizer())
    shown = " ".join(s.text for s in report.summary.sentences)
    assert "Quarry Lane library" in shown
    for words in ("looks like", "Certainly", "Do you"):
        assert words not in shown
