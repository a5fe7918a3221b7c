"""Twelfth session (issue 13): an agency dateline with no dash at the start of a sentence
("Rivertown ( cnn ) the ferry ..."), and the lines of a ranked list or a breadcrumb trail
("Marrowby, nr > ferry fares: 4.10 > avg.") in the sentence-cased copies of Multi-News val100.
Fictional text, written for these tests."""

from __future__ import annotations

from newsweave.summarize.copy_edges import has_widget, lead_in_end
from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.text.segment import segment
from newsweave.types import Article

RANKING = (
    "About 12 % of the county's ferry passengers travel without a ticket, down from over 30 % a decade ago. "
    "The harbour board reviewed ticket data from every pier to find where fare dodging is most common. "
    "In a handful of towns the share of riders without a ticket still tops 20 %. "
    "Marrowby, nr > share without a ticket: 21.4 % > avg. "
    "Fare per crossing in marrowby: 4.10 pounds ( 3rd lowest ) > inspections a week: 12 > fines paid: 38 % source: harbour board 2. "
    "Tollbridge, nr > share without a ticket: 22.9 % > avg. "
    "Fare per crossing in tollbridge: 3.80 pounds ( 2nd lowest ) > inspections a week: 9 > fines paid: 41 % source: harbour board 1."
)


def test_an_agency_tag_without_a_dash_at_the_start_is_a_dateline():
    text = "Rivertown ( cnn ) the county ferry was held at the pier on monday after a fuel leak was found."
    assert text[lead_in_end(text, True, False) :].startswith("the county ferry was held")
    text = "Kelby, northshire ( ap ) harbour officials said on tuesday the repair would take two weeks."
    assert text[lead_in_end(text, False, True) :].startswith("harbour officials said")
    # a tag after a subject that is no place, or with too little after it, is left
    assert lead_in_end("The report ( ap ) said the harbour board voted on monday to close the pier.", True, False) == 0
    assert lead_in_end("Rivertown ( cnn ) ferry delays.", True, False) == 0


def test_a_list_line_or_breadcrumb_is_no_sentence():
    assert has_widget("Marrowby, nr > share without a ticket: 21.4 % > avg.")
    assert has_widget("Home > ferries > timetables timetables for the winter crossings")
    assert not has_widget("The formula was simple: speed > comfort, the captain said.")
    summary = ExtractiveSummarizer(claim_embedder=False).summarize([segment(Article(id="r", outlet="o", text=RANKING))], words=400)
    texts = [s.text for s in summary.sentences]
    assert texts and not any(">" in t for t in texts)


def test_a_video_player_and_its_running_time_are_not_the_news():
    # twelfth session, part 2 (heldout18): the player, its clip's title and running time glued to the lead
    text = "Play facebook twitter embed ferry held at marrowby pier 2: 13 the county ferry was held at the pier on monday after a fuel leak was found."
    assert text[lead_in_end(text, True, False) :].startswith("the county ferry was held")
    text = "2: 37 a county ferry that ran aground off marrowby was carrying 40 passengers, the harbour board said."
    assert text[lead_in_end(text, True, False) :].startswith("a county ferry that ran aground")
    # a clock time or a live blog's stamp is not a running time
    assert lead_in_end("3: 12 p.m. was when the harbour board posted the new timetable for the winter.", True, False) == 0
    assert lead_in_end("16: 35 gmt: the ferry left marrowby with every passenger on board and the crew.", True, False) == 0
    # the player with no news after it is no sentence
    assert has_widget("Play facebook twitter google plus embed marrowby ferry held: why was it late?")
