"""The story headline is a real article headline that states the news whenever one does (session 24,
brief T): a title that opens on its source ("PHA: ...") is a headline, not a transcript label; when
the lead's own article has no usable title, the title of an article the lead also cites, or of a
latest report whose words are the lead's, names the story; the lead sentence only when none does.
Fictional text, written for these tests."""

from __future__ import annotations

from newsweave.summarize.development import story_headline
from newsweave.text.segment import segment
from newsweave.types import Article, Citation, Summary, SummarySentence

LEAD = "The Port Alder harbour authority reopened the Kestrel ferry pier on Monday after three weeks of repairs."
TEXT_A = f"{LEAD} Ferries will run every hour until the autumn, the authority said."
TEXT_B = ("Port Alder's Kestrel ferry pier reopened on Monday after three weeks of repairs, the harbour authority said. "
          "The first ferry left at seven in the morning.")
TEXT_C = "Divers finished the last weld on the pier on Friday. The harbour authority reopened the Kestrel pier on Monday."


def _docs(*specs):
    return [segment(Article(id=i, outlet=f"Outlet {i}", text=t, title=title)) for i, t, title in specs]


def _lead(*article_ids: str, text: str = LEAD) -> Summary:
    cites = tuple(Citation(a, 0, len(text)) for a in article_ids)
    return Summary(story_id="s", method="extractive", sentences=(SummarySentence(text=text, citations=cites),))


def test_a_title_opening_on_its_source_is_a_headline():
    documents = _docs(("a", TEXT_A, "PHA: Kestrel ferry pier reopens after repairs"))
    assert story_headline(documents, _lead("a")) == "PHA: Kestrel ferry pier reopens after repairs"  # before: the lead sentence


def test_a_page_label_is_still_no_headline():
    documents = _docs(("a", TEXT_A, "WATCH: Kestrel ferry pier reopens after repairs"))
    assert story_headline(documents, _lead("a")) == LEAD


def test_the_title_of_an_article_the_lead_also_cites():
    documents = _docs(("a", TEXT_A, "Pier"), ("b", TEXT_B, "Kestrel ferry pier reopens after three weeks"))
    assert story_headline(documents, _lead("a", "b")) == "Kestrel ferry pier reopens after three weeks"  # before: the lead sentence


def test_a_latest_reports_title_telling_the_leads_news():
    documents = _docs(("a", TEXT_A, None), ("c", TEXT_C, "Harbour authority reopens Kestrel ferry pier"))
    assert story_headline(documents, _lead("a")) == "Harbour authority reopens Kestrel ferry pier"  # before: the lead sentence


def test_a_title_about_something_else_is_not_taken():
    documents = _docs(("a", TEXT_A, None), ("c", TEXT_C, "Divers praise welding crew at Port Alder"))
    assert story_headline(documents, _lead("a")) == LEAD
