"""Session 14 (issue 13, the main development): a one-sentence excerpt cut off by its copy in
mid-sentence is given as its complete clause before a loose modifier, shown with a full stop,
instead of being dropped as a headline line. Fictional text; the summary cases fail at 1871843."""

from __future__ import annotations

import pytest

from newsweave import api
from newsweave.summarize.cut_excerpts import complete_excerpts
from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.text.segment import segment
from newsweave.types import Article

pytest.importorskip("spacy")

CUT = "Voters in Harrowgate on Tuesday backed a plan to close the old Marlow pier, ending a dispute that residents said"
OTHER = "The Marlow pier was built in 1911 and has been closed to cars since a storm cracked its deck."
OPINION = "I have walked that pier every morning for thirty years. My neighbours and I think the council got it wrong. We will miss it."


def test_cut_excerpt_gives_its_clause():
    docs, keys = complete_excerpts([segment(Article(id="a", outlet="a", text=CUT))])
    (s,) = docs[0].sentences
    assert s.text == "Voters in Harrowgate on Tuesday backed a plan to close the old Marlow pier"
    assert CUT[s.start : s.end] == s.text
    assert keys == {("a", 0)}


@pytest.mark.parametrize(
    "text",
    [
        "After two months of quarrels over the future of the old Marlow pier, the council in",  # no loose comma
        "After the council in Harrowgate voted to close the old Marlow pier, including",  # a subordinate clause
        "The council of Harrowgate, the town that owns the old Marlow pier, with",  # no verb of its own
        "Voters backed the plan, with",  # too short
        "Voters in Harrowgate on Tuesday backed a plan to close the old Marlow pier, ending a dispute.",  # not cut
    ],
)
def test_no_clause_no_part(text):
    docs, keys = complete_excerpts([segment(Article(id="a", outlet="a", text=text))])
    assert not keys
    assert docs[0].sentences == segment(Article(id="a", outlet="a", text=text)).sentences


def test_summary_states_the_cut_lead():
    articles = [Article(id="c", outlet="a", text=CUT), Article(id="o", outlet="b", text=OTHER)]
    report = api.summarize(articles, 120, summarizer=ExtractiveSummarizer())
    texts = [s.text for s in report.summary.sentences]
    assert "Voters in Harrowgate on Tuesday backed a plan to close the old Marlow pier." in texts
    cited = next(s for s in report.summary.sentences if s.text.startswith("Voters"))
    c = cited.citations[0]
    assert (c.article_id, c.start, c.end) == ("c", 0, len("Voters in Harrowgate on Tuesday backed a plan to close the old Marlow pier"))


def test_news_excerpt_before_opinion():
    """The cut news lead is news: an opinion piece's words are no longer all the summary has."""
    articles = [Article(id="c", outlet="a", text=CUT), Article(id="p", outlet="b", text=OPINION)]
    report = api.summarize(articles, 120, summarizer=ExtractiveSummarizer())
    assert report.summary.sentences[0].text.startswith("Voters in Harrowgate on Tuesday backed")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a role of plain words before a full name right after the opening phrase: the pronoun points ahead
        ("In a long post about her daughter's first school play, lifestyle blogger Ada Quillon wrote that nobody clapped.", None),
        ("After his third loss in a row, veteran skipper Tom Marlowe sold the boat.", None),
        # no full name after the phrase: the pronoun still points back
        ("In her absence, the council of Marlow voted to close the pier.", "pronoun before any name"),
        ("In her absence, council members voted to close the pier.", "pronoun before any name"),
    ],
)
def test_pronoun_before_a_named_role(text, expected):
    from newsweave.summarize.standalone import reason

    assert reason(text, True) == expected


@pytest.mark.parametrize(
    "text, strength",
    [
        # the day is the other event's: the sentence is no dated lead
        ("The harbour survey was finished before the ministry announced this week that it would dredge the channel.", 0),
        ("Quillon had sold two boats in the spring, days before he vanished on Monday from the marina.", 0),
        # the lead's own day stays: an event named by a noun, a place, or no clause at all
        ("The council met before a packed hall on Monday to vote on the pier.", 2),
        ("Two boats sank after a storm hit the marina on Sunday.", 2),
        ("The new harbour survey shows that most berths are empty.", 1),
    ],
)
def test_day_of_another_event(text, strength):
    from newsweave.summarize.development import news_lead

    assert news_lead(text) == strength
