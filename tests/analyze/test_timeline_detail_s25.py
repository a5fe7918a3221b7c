"""Session 25 (brief E6 item 3, from an editor's read of AllSides dev 5848): a lead reporting Tuesday's arrest of a
man described as one of someone's 2016 fund-raisers was listed under 2016 with the whole sentence, so the timeline
read "2016: arrested". A date in a side detail now shows the phrase it belongs to (`analyze/timeline_detail.py`);
the date and the citation are unchanged. Fictional text."""

from __future__ import annotations

import datetime as dt

import pytest

import newsweave
from newsweave.types import Article

LEAD = ("Oren Vasko, a close friend of Governor Ines Calloway and one of her top 2015 campaign donors, was arrested "
        "in Dunmere on Tuesday on charges of hiding payments from a harbour fund.")
SECOND = ("Marta Quell, who ran the harbour fund for the governor in 2017, was charged on Tuesday with helping him. "
          "The ferry board voted in March 2019 to close the fund.")


@pytest.fixture(scope="module")
def timeline():
    arts = [Article(id="gaz", outlet="Gazette", text=LEAD, published=dt.date(2021, 7, 20)),
            Article(id="cou", outlet="Courier", text=SECOND, published=dt.date(2021, 7, 20))]
    return newsweave.analyze(arts, words=60).timeline


def _at(timeline, date):
    return [t for t in timeline if t.date == date]


def test_a_side_detail_shows_its_phrase_not_the_main_event(timeline):
    (donors,) = _at(timeline, "2015")
    assert "2015 campaign donors" in donors.text and "arrested" not in donors.text
    assert LEAD[donors.citations[0].start : donors.citations[0].end] == LEAD  # the citation is still the sentence
    (fund,) = _at(timeline, "2017")
    assert fund.text.startswith("Marta Quell, who ran the harbour fund") and "charged" not in fund.text


def test_the_main_clause_date_keeps_the_sentence(timeline):
    tuesday = _at(timeline, "2021-07-20")
    assert tuesday and any("was arrested" in t.text for t in tuesday)
    (vote,) = _at(timeline, "2019-03")
    assert vote.text == "The ferry board voted in March 2019 to close the fund."


def test_a_detail_of_the_news_own_day_keeps_the_sentence_and_backstory_shows_its_phrase():
    council = "The Dunmere council, in a narrow vote on Tuesday, approved the new ferry timetable for the winter."
    flood = "Residents recalled the 1998 flood that closed the old harbour road for most of that spring."
    arts = [Article(id="gaz", outlet="Gazette", text=council, published=dt.date(2021, 7, 21)),
            Article(id="cou", outlet="Courier", text=flood, published=dt.date(2021, 7, 21))]
    timeline = newsweave.analyze(arts, words=60).timeline
    (vote,) = _at(timeline, "2021-07-20")
    assert vote.text == council  # the vote on Tuesday is the approval: the main event's own day
    (old,) = _at(timeline, "1998")
    assert "1998 flood" in old.text and "Residents recalled" not in old.text
