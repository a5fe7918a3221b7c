"""A page that declares itself opinion (url, title, metadata: read/genre.py, `Article.genre`) is the
writer's voice in every sentence, even written without a first person or a judging word: not
stated as fact while news is there, shown only marked as opinion (summarize/opinion_marked.py).
All text is fictional, written for these tests."""

from __future__ import annotations

from newsweave.summarize.development import OPINION, stage
from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.text.segment import segment
from newsweave.types import Article, content_id

# A column that argues in plain declarative sentences: no "I", no stance word the text cues know.
COLUMN = (
    "The Marrowby ferry timetable has been redrawn four times in two years. "
    "Each new version cut the early crossing that the island's nurses take to the mainland clinic. "
    "The operator now runs the last boat back before the evening shift ends. "
    "A council that wanted islanders to stay would put the early crossing back in the contract."
)
NEWS = (
    "The Marrowby ferry operator published a new winter timetable on Monday. "
    "The first crossing will leave the island at 7.40, twenty minutes later than in the summer."
)


def _article(text, outlet, title, url=None, genre=None):
    return Article(id=content_id(text), outlet=outlet, text=text, title=title, url=url, genre=genre)


def _summary(articles, words=120):
    documents = tuple(segment(a) for a in articles)
    return ExtractiveSummarizer(claim_embedder=False).summarize(documents, words=words)


def _column_sentences(summary, column):
    return [s for s in summary.sentences if s.citations[0].article_id == column.id]


def test_a_column_with_no_text_cue_is_news_when_nothing_declares_it():
    column = _article(COLUMN, "The Island Post", "The ferry timetable keeps failing the island")
    assert stage(segment(column)) != OPINION
    shown = _column_sentences(_summary([_article(NEWS, "Harbour Radio", "New ferry timetable"), column]), column)
    assert shown and all(s.opinion_of is None for s in shown)  # the case the page's label is for


def test_a_declared_column_is_never_stated_as_fact():
    for column in (
        _article(COLUMN, "The Island Post", "The ferry timetable keeps failing the island",
                 url="https://islandpost.example/opinion/ferry-timetable-keeps-failing"),
        _article(COLUMN, "The Island Post", "The ferry timetable keeps failing the island", genre="column"),
    ):
        assert stage(segment(column)) == OPINION
        summary = _summary([_article(NEWS, "Harbour Radio", "New ferry timetable"), column])
        shown = _column_sentences(summary, column)
        assert all(s.opinion_of == "The Island Post" for s in shown)  # before: shown as news
        assert len(shown) <= 1 and summary.sentences[0].opinion_of is None


def test_an_all_opinion_story_of_declared_pieces_is_all_marked():
    column = _article(COLUMN, "The Island Post", "The ferry timetable keeps failing the island", genre="opinion")
    summary = _summary([column])
    assert summary.sentences and all(s.opinion_of == "The Island Post" for s in summary.sentences)


def test_a_declared_analysis_is_held_back_but_not_labelled_opinion_by_its_genre_alone():
    analysis = _article(COLUMN, "The Island Post", "What the new timetable means", genre="analysis")
    summary = _summary([_article(NEWS, "Harbour Radio", "New ferry timetable"), analysis])
    assert not _column_sentences(summary, analysis)
