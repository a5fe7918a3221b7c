"""Two stories in one folder are told apart even when one article of each shares a few words with
one of the other (summarize/mixed_stories.py, average link; session 24). Before, single link at
LINK joined the two groups through that one pair and the summary mixed them with no warning (brief
E4: a vaccine-donation story and a first-100-days story, both naming the president). Fictional
articles written for this test."""

from __future__ import annotations

import newsweave
from newsweave.types import Article, content_id

FERRY = [
    ("Ferry crews at Port Alder walked out on Monday over unpaid overtime. The union said the strike would last "
     "three days. Passengers were told to expect cancelled crossings until Thursday."),
    ("Ferry crossings from Port Alder were cancelled on Monday as crews began a three-day strike over unpaid "
     "overtime. The union said the operator had ignored its letters for months."),
    ("The Port Alder ferry strike entered its second day with no crossings running. Crews on the picket line said "
     "the unpaid overtime dated back to last winter. The governor visited on Tuesday."),
]
ORCHID = [
    ("A rare ghost orchid flowered in the botanical garden greenhouse this spring. Botanists photographed the bloom "
     "through the night. The plant had not flowered in eleven years, the curator said."),
    ("The ghost orchid at the botanical garden bloomed this spring for the first time in eleven years. The curator "
     "said the flower would stay on show behind glass until June."),
    ("The governor visited on Tuesday to see the ghost orchid in the botanical garden greenhouse. "
     "Botanists said the bloom would be shown behind glass until June."),
]
OUTLETS = ["Harbour Post", "Coast Radio", "Bay News", "Garden Weekly", "Bloom Daily", "Green Times"]


def _warnings(texts: list[str]) -> list[str]:
    arts = [Article(id=content_id(t), outlet=o, text=t) for t, o in zip(texts, OUTLETS)]
    return [w for w in newsweave.summarize(arts, words=60).summary.warnings if "different stories" in w]


def test_two_stories_chained_by_one_shared_visit_are_still_two():
    (warning,) = _warnings(FERRY + ORCHID)
    assert "2 different stories" in warning
    assert "3 articles (Harbour Post, Coast Radio, Bay News)" in warning
    assert "3 articles (Garden Weekly, Bloom Daily, Green Times)" in warning


def test_one_story_of_six_is_not_split():
    more = [
        ("Port Alder ferry crews ended the first day of their strike over unpaid overtime with a rally at the "
         "terminal. The union said the operator had not answered its letters."),
        ("Talks between the Port Alder ferry operator and the striking crews broke down over unpaid overtime, the "
         "union said. Crossings stay cancelled until Thursday."),
        ("Passengers at Port Alder queued for buses as the ferry strike over unpaid overtime cancelled every "
         "crossing. The operator apologised for the disruption."),
    ]
    assert _warnings(FERRY + more) == []
