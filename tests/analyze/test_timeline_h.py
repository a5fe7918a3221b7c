"""Session 13, part 2, from the fresh PolNeAR set `timeline_dev_h`'s errors: hyphenated number words,
"more than N years ago", a model year before a product, a modelled hypothetical, "ahead of" in a past
sentence, "last spring" read against the publication date, "by the end of the year", "N months away".
Fictional text, with and without spaCy's parser."""

import datetime as dt

import pytest

from newsweave.text.dates import find_dates

from .conftest import one_article_dates

SUNDAY = dt.date(2031, 10, 5)


def _dates(text: str, published=SUNDAY, nlp=None) -> list[tuple[str, str | None]]:
    return one_article_dates(text, published, nlp)


@pytest.fixture(params=["words", "parse"])
def nlp(request, analyzer):
    return None if request.param == "words" else analyzer.tagger.nlp


def test_hyphenated_number_words(nlp):
    assert _dates("Seventy-four years ago, a storm off this island changed the course of the ferry war.", nlp=nlp) == [
        ("Seventy-four years ago", "1957")
    ]
    assert [m.date for m in find_dates("It closed twenty one years ago.", SUNDAY)] == ["2010"]
    assert [m.date for m in find_dates("It closed fourteen days ago.", SUNDAY)] == ["2031-09-21"]


def test_more_than_n_years_ago_is_vague(nlp):
    text = "When the county signed the ferry pact more than 20 years ago, it pledged to open the pier in the year 2012."
    assert _dates(text, nlp=nlp) == [("2012", "2012")]
    assert find_dates("The pier shut almost three years ago, and the quay over 40 years ago.", SUNDAY) == []
    # "over" ending a phrasal verb bounds nothing
    assert [m.date for m in find_dates("The harbour master took over two years ago.", SUNDAY)] == ["2029"]
    # a bound of one unit is the unit just past: the year before
    assert [m.date for m in find_dates("Before the debate in Lowmarsh more than a year ago, she had never run.", SUNDAY)] == ["2030"]


def test_a_model_year_before_a_product(nlp):
    text = "A slide shows what the 2032 Ford Fusion, made in Lowmarsh, would cost with a 35 percent tariff."
    assert _dates(text, nlp=nlp) == []
    assert find_dates("She drove a 2029 Toyota Camry model to the pier.", SUNDAY) == []
    # an event named by its year stays dated
    assert [m.date for m in find_dates("She won the 2028 Lowmarsh Regatta.", SUNDAY)] == ["2028"]


def test_a_modelled_hypothetical(nlp):
    text = ("Scholars modeled what would happen if the county were to close the pier: By 2034, the closure would "
            "cost hundreds of jobs.")
    assert _dates(text, nlp=nlp) == []
    # a pledge's target year, and a report of a plan, stay dated
    assert _dates("The county pledged to close the pier by 2034.", nlp=nlp) == [("2034", "2034")]
    assert _dates("The mayor said in 2029 that if elected he would close the pier.", nlp=nlp) == [("2029", "2029")]
    assert _dates("The mayor told voters this weekend he would resign if they did not back the pier.", nlp=nlp) == [
        ("this weekend", "2031-10")
    ]


def test_ahead_of_a_weekday_in_a_past_sentence(analyzer):
    nlp = analyzer.tagger.nlp
    # a Sunday article: the meeting that was held two days before, not the next Friday
    assert _dates("Ahead of Friday's meeting, the two ports unveiled a plan for a shared pier.", nlp=nlp) == [
        ("Friday", "2031-10-03")
    ]
    # a Wednesday article: the Friday two days on
    assert _dates("Ahead of Friday's vote, the two ports unveiled a plan for a shared pier.", published=dt.date(2031, 10, 1), nlp=nlp) == [
        ("Friday", "2031-10-03")
    ]
    # a future sentence still points ahead
    assert _dates("The ports will meet ahead of Friday's vote.", nlp=nlp) == [("Friday", "2031-10-10")]


def test_last_season_against_the_publication_date():
    # October: last spring ended four months before, with a summer between: this year's spring
    assert [(m.date, m.precision) for m in find_dates("The crews went down the mine last spring.", SUNDAY)] == [("2031", "year")]
    # just after the summer: this year's or last year's, left unread
    assert find_dates("The crews went down the mine last summer.", SUNDAY) == []
    # before this year's summer is over: last year's
    assert [m.date for m in find_dates("The crews went down the mine last summer.", dt.date(2031, 7, 1))] == ["2030"]


def test_by_the_end_of_the_year(nlp):
    assert _dates("The harbour master will hand over the keys by the end of the year.", nlp=nlp) == [("the end of the year", "2031")]
    # a past narrative's "the end of the year" is that story's year: not read against publication
    assert find_dates("By the end of the year, the crews had gone.", SUNDAY) == []


def test_n_months_away(nlp):
    assert _dates("And the county elections are two months away.", nlp=nlp) == [("two months away", "2031-12")]
    assert [m.date for m in find_dates("The vote is three days away.", SUNDAY)] == ["2031-10-08"]
    assert find_dates("The vote was two months away.", SUNDAY) == []
    # someone's words from another time: their "now" is not publication's
    assert find_dates("“The vote is just six days from now,” the mayor said in a 2029 speech.", SUNDAY)[0].expression == "2029"
