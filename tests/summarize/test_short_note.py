"""A summary far under its budget says why (short_note.py), and articles that are only page text
give no summary at all instead of a widget shown as news."""

from __future__ import annotations

import newsweave
from newsweave.summarize.short_note import PAGE_TEXT_ONLY
from newsweave.types import Article, content_id

LEAD = "The Lowmarsh pier reopened on Monday after a month of repairs to its timber deck."
REST = (
    ' "I never thought I would walk on it again. We waited all winter for this day. '
    'It feels like the town is whole again." '
    "Subscribe to our newsletter for the harbour headlines every morning. "
    "Photo: the reopened pier at dawn. "
    "But the council said the"
)
WIDGET = (
    "Sign up for our newsletter to get the harbour headlines every morning. "
    "Read more: the pier and its history. Share this on Facebook. Click here to see all the photos of the pier."
)


def _summary(text: str, words: int = 120):
    return newsweave.summarize([Article(id=content_id(text), outlet="Harbour Post", text=text)], words=words).summary


def test_a_short_summary_says_what_the_rest_of_the_articles_is():
    summary = _summary(LEAD + REST)
    assert [s.text for s in summary.sentences] == [LEAD]
    note = [w for w in summary.warnings if w.startswith("short summary")]
    assert note == [
        "short summary: 15 of the 120 words asked for; nothing else in these articles can be shown on its own "
        "(of the other sentences, 4 are page text or cut off mid-sentence, 1 is a quotation without its speaker, "
        "1 leans on a sentence that cannot be shown)"
    ]


def test_no_note_when_the_articles_are_short_or_the_budget_is_reached():
    assert not any(w.startswith("short summary") for w in _summary(LEAD).warnings)  # all there is, shown
    assert not any(w.startswith("short summary") for w in _summary(LEAD + REST, words=25).warnings)
    # the other article only tells the same again
    same = "The Lowmarsh pier reopened on Monday after a month of repairs to its timber deck, the council said."
    report = newsweave.summarize([Article(id=content_id(t), outlet=o, text=t) for t, o in ((LEAD, "Harbour Post"), (same, "Coast Radio"))])
    assert not any(w.startswith("short summary") for w in report.summary.warnings)
    # a cut end left out, but the summary shows most of what the article holds: not a short summary
    assert not any(w.startswith("short summary") for w in _summary(LEAD + " But the council said the").warnings)


def test_only_page_text_gives_no_summary_and_says_so():
    summary = _summary(WIDGET)
    assert summary.sentences == ()
    assert PAGE_TEXT_ONLY in summary.warnings
