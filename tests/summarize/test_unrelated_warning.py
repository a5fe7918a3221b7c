"""`summarize`/`analyze` given articles about different events says so (issue 18)."""

from __future__ import annotations

import newsweave
from newsweave.types import Article, content_id

FERRY = ("Ferry crews at Port Alder walked out on Monday over unpaid overtime. The union said the strike "
         "would last three days. Passengers were told to expect cancelled crossings until Thursday. "
         "The operator said it had offered talks with the crews and regretted the disruption.")
FERRY_2 = ("Ferry crossings from Port Alder were cancelled on Monday as crews began a three-day strike over "
           "unpaid overtime. The union said the operator had ignored its letters for months. The operator "
           "said talks with the crews were offered last week.")
ORCHID = ("A rare ghost orchid flowered in the botanical garden greenhouse this spring. Botanists photographed "
          "the bloom through the night. The plant had not flowered in eleven years, the curator said, and "
          "visitors may see it behind glass until June.")


def _article(text: str, outlet: str) -> Article:
    return Article(id=content_id(text), outlet=outlet, text=text)


def test_unrelated_articles_get_a_warning_with_a_pointer_to_ingest():
    report = newsweave.summarize([_article(FERRY, "Harbour Post"), _article(ORCHID, "Garden Weekly")], words=60)
    assert any("different events" in w and "newsweave ingest" in w for w in report.summary.warnings)


def test_one_story_gets_no_such_warning():
    report = newsweave.summarize([_article(FERRY, "Harbour Post"), _article(FERRY_2, "Coast Radio")], words=60)
    assert not any("different events" in w for w in report.summary.warnings)


ORCHID_2 = ("The ghost orchid at the botanical garden bloomed this spring for the first time in eleven years. "
            "The curator said the flower would stay on show behind glass until June. Botanists kept watch "
            "through the night to photograph the bloom.")


def _mixed_warnings(report) -> list[str]:
    return [w for w in report.summary.warnings if "different stories" in w]


def test_two_stories_of_two_articles_each_are_named_in_one_warning():
    arts = [_article(FERRY, "Harbour Post"), _article(FERRY_2, "Coast Radio"), _article(ORCHID, "Garden Weekly"), _article(ORCHID_2, "Bloom Daily")]
    (warning,) = _mixed_warnings(newsweave.summarize(arts, words=60))
    assert "2 different stories" in warning and "newsweave ingest" in warning
    assert "Harbour Post" in warning and "Garden Weekly" in warning and "Bloom Daily" in warning


def test_two_stories_warning_reaches_the_json_report():
    from newsweave.render.json import render_json

    arts = [_article(FERRY, "Harbour Post"), _article(FERRY_2, "Coast Radio"), _article(ORCHID, "Garden Weekly"), _article(ORCHID_2, "Bloom Daily")]
    assert "2 different stories" in render_json(newsweave.summarize(arts, words=60))


def test_a_copy_is_not_a_second_story():
    # the orchid piece twice (one text carried by two outlets) and one ferry story of two articles
    copy = Article(id="copy-of-orchid", outlet="Wire Reprint", text=ORCHID)
    arts = [_article(FERRY, "Harbour Post"), _article(FERRY_2, "Coast Radio"), _article(ORCHID, "Garden Weekly"), copy]
    assert not _mixed_warnings(newsweave.summarize(arts, words=60))


def test_one_story_of_four_articles_gets_no_mixed_warning():
    third = ("Port Alder ferry crews ended the first day of their strike over unpaid overtime with a rally at "
             "the terminal. The union said the operator had not answered its letters.")
    arts = [_article(FERRY, "Harbour Post"), _article(FERRY_2, "Coast Radio"), _article(third, "Bay News")]
    assert not _mixed_warnings(newsweave.summarize(arts, words=60))


def test_two_pieces_naming_the_same_people_are_not_called_different_events():
    # one story told from two sides: almost no words in common (mean similarity 0.04) but two names
    vote = ("Campaigners cheered outside polling stations as ballots rejected the bridge toll championed by Senator Okonjo of Harrow. "
            "Leaflets calling the charges unfair to commuters had been handed out for weeks. "
            "Several drivers' groups said they would now push for cheaper bus passes instead.")
    speech = ("In a quiet speech to volunteers, Okonjo conceded and promised a smaller proposal next spring. "
              "The two-term legislator thanked her family, her staff and the Harrow teachers who knocked on doors. "
              "Her opponents were not mentioned once.")
    report = newsweave.summarize([_article(vote, "Left Ledger"), _article(speech, "Right Review")], words=60)
    assert not any("different events" in w for w in report.summary.warnings)
