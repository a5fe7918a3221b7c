"""Session 14: the timeline of lower-cased, undated copies (`analyze.timeline_lower`): furniture dates
nothing, a player's lead-in is not read, one line per sentence for what cannot be dated. Fictional text."""

import datetime as dt

from newsweave.analyze.timeline_lower import content_bounds

from .conftest import one_article_dates


def test_a_photo_caption_is_not_dated():
    text = (
        "The pier at lowmarsh reopened after the storm. "
        "A diver checks the hull of the ferry at the pier, tuesday, april 24, 2029. ( associated press ) "
        "In this april 5, 2027 file photo, the harbour master waves to the crews."
    )
    assert one_article_dates(text, None) == []


def test_a_player_lead_in_is_not_read_or_shown():
    text = (
        "Play facebook twitter google plus embed from sep. 3, 2029: lowmarsh pier reopens 0: 40 "
        "more than 300 people left their homes after the storm in march 2028, the worst in a century."
    )
    assert one_article_dates(text, None) == [("in march 2028", "2028-03")]
    a, b = content_bounds(text)
    assert text[a:b].startswith("more than 300 people")


def test_one_unresolved_line_per_sentence_and_none_beside_a_date():
    text = (
        "The harbour master said tuesday that the crews were back this week. "
        "She first sailed the ferry in march of 2027, the council said last month."
    )
    assert one_article_dates(text, None) == [("in march of 2027", "2027-03"), ("tuesday / this week", None)]
    # with a publication date every word is read as before
    assert one_article_dates(text, dt.date(2031, 6, 11)) == [
        ("in march of 2027", "2027-03"),
        ("last month", "2031-05"),
        ("this week", "2031-06"),
        ("tuesday", "2031-06-10"),
    ]


def test_captions_glued_after_a_teaser_or_ending_on_a_credit_are_not_dated():
    text = (
        "The pier at lowmarsh reopened after the storm. "
        "The... ( associated press ) this photo provided by lowmarsh tv shows the mayor at the pier on wednesday, june 3, 2029. "
        "The mayor returns to the pier on monday from a trip to the coast. ( jane doe / associated press )"
    )
    assert one_article_dates(text, None) == []


def test_a_fact_sentence_is_shown_without_the_players_lead_in():
    from newsweave.analyze.facts import fact_sentences
    from newsweave.text.segment import segment
    from newsweave.types import Article

    text = (
        "Play facebook twitter google plus embed lowmarsh pier reopens 2: 35 the council said monday that the pier "
        "would reopen to ferries. The harbour master was pleased."
    )
    doc = segment(Article(id="a1", outlet="Lowmarsh Courier", text=text))
    first = fact_sentences(doc)[0]
    assert first.text.startswith("the council said monday")
    assert text[first.start : first.end] == first.text


def test_unresolved_lines_of_one_fact_in_two_articles_are_one_line():
    from newsweave.analyze.facts import group_sentences
    from newsweave.analyze.timeline import build_timeline
    from newsweave.text.segment import segment
    from newsweave.types import Article

    texts = (
        "A ferry pilot from lowmarsh was found nine miles off the north quay on monday night after sailing out on sunday morning. "
        "He is recovering.",
        "The ferry pilot, 41, was found nine miles off the north quay on monday night after sailing out on sunday morning alone. "
        "Crews praised the rescue.",
    )
    docs = tuple(segment(Article(id=f"a{i}", outlet=f"Outlet {i}", text=t)) for i, t in enumerate(texts))
    events = build_timeline(docs, group_sentences(docs), nlp=None)
    assert [(ev.expression, ev.date, len(ev.citations)) for ev in events] == [("on monday / on sunday", None, 2)]


def test_a_caption_before_the_articles_own_dateline_is_not_dated():
    text = (
        "A harbour crane is seen at the pier in lowmarsh, june 10, 2029. ( reuters ) - the port received 400 ships "
        "between 1 december 2028 and 31 may 2029, the harbour board said."
    )
    assert one_article_dates(text, None) == [("1 december 2028", "2028-12-01"), ("31 may 2029", "2029-05-31")]
    a, b = content_bounds(text)
    assert text[a:b].startswith("the port received")
