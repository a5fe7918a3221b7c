"""Session 19 (`analyze/timeline_quoted.py`): a quoted count of days "from now" is counted from the day
the article says the words were said (this sentence or the two before), else left unread; and
(`analyze/timeline_since.py`) a bare "since <date>" is a bound, not an event; and a bare adverbial participle
takes the tense of its clause (`timeline._clause_verb`). Fictional text."""

import datetime as dt

from .conftest import one_article_dates

SPRING = dt.date(2034, 3, 14)


def test_quoted_days_from_now_count_from_the_stated_day_two_sentences_back():
    text = (
        "On Oct. 12, 2033, the Lowmarsh harbour master made a startling claim. "
        "She had seen a ledger of the ferry company's unpaid dues. "
        "\u201cThe company will be out of money just nine days from now,\u201d Mara Holt warned."
    )
    got = one_article_dates(text, SPRING)
    assert ("nine days from now", "2033-10-21") in got
    assert not any(d and d.startswith("2034") for _, d in got)


def test_quoted_days_from_now_without_a_stated_day_stay_unread():
    text = "\u201cThe company will be out of money just nine days from now,\u201d Mara Holt warned the Lowmarsh council."
    assert one_article_dates(text, SPRING) == []
    text = (
        "On Oct. 12, 2033, the Lowmarsh harbour master made a startling claim. "
        "She had seen a ledger of the ferry company's unpaid dues. "
        "The ledger was kept in the pier office. "
        "\u201cThe company will be out of money just nine days from now,\u201d Mara Holt warned."
    )
    assert ("nine days from now", "2033-10-21") not in one_article_dates(text, SPRING)


def test_a_bare_since_date_is_a_bound_but_a_participle_before_it_keeps_the_event():
    text = "The harbour master has been working with a smaller crew since 2031, the board said on Monday."
    got = one_article_dates(text, SPRING)
    assert ("2031", "2031") not in got and ("on Monday", "2034-03-13") in got
    text = "The Portwell pier has been closed since 2031 for repairs to its pilings."
    assert one_article_dates(text, SPRING) == [("2031", "2031")]
    text = "The pier has been busy since 2031, when the new ferry began to call there."
    assert one_article_dates(text, SPRING) == [("2031", "2031")]
    text = "The mayor has drawn attention since Monday night's debate at the Lowmarsh town hall."
    assert one_article_dates(text, SPRING) == [("since Monday", "2034-03-13")]


def test_a_bare_adverbial_participle_takes_the_tense_of_its_clause(analyzer):
    # "dedicating … on Saturday" hangs on "said" (past); "would" in the reported clause must not send it ahead
    text = "Mayor Ada Quill, dedicating the new Portwell Museum of Fisheries and Boats on Saturday, said it would tell a story of the coast."
    sunday = dt.date(2034, 3, 19)
    assert one_article_dates(text, sunday, analyzer.tagger.nlp) == [("on Saturday", "2034-03-18")]
