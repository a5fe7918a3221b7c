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
