"""Issue 13, session 27 (brief R5): a picture's caption that a copy without line breaks prints twice
in a row at its top (the second copy under the picture's date) is page furniture: no copy reaches a
summary. A lead printed twice with no date, a story printed twice apart, a quotation quoted again
later and a short phrase said twice are left alone.

Fictional text, written for these tests."""

from __future__ import annotations

from newsweave import api
from newsweave.text.furniture import strip_furniture
from newsweave.text.segment import segment, split_spans
from newsweave.types import Article

CAPTION = "Ferry crews tie up at the old stone pier in brannock. The storm had kept the fleet in port for a week."
# the page's second copy, under the picture's date, as a sentence-cased copy prints it
AGAIN = "June 7, 2015 ferry crews tie up at the old stone pier in brannock. The storm had kept the fleet in port for a week."
LEAD = (
    "the brannock ferry company resumed sailings on monday after a week of gales, and the first boat "
    "left the harbour at dawn with 40 passengers on board."
)
STORY = (
    " The company said the timetable would be back to normal by wednesday. "
    "Harbour master ada quell said the pier had not been damaged. "
    "Repairs to the breakwater will start next month, the council said."
)


def _kept(text: str) -> list[str]:
    doc = strip_furniture(segment(Article(id="a", outlet="o", text=text)))
    return [s.text for s in doc.sentences]


def test_a_caption_printed_twice_under_its_date_is_dropped():
    text = f"{CAPTION} {AGAIN} Ada quell/harbour beat {LEAD}{STORY}"
    kept = _kept(text)
    assert not any("stone pier" in s or "kept the fleet" in s for s in kept), kept  # before: all four kept
    assert kept[0] == LEAD
    assert len(kept) == 4


def test_a_run_printed_twice_in_a_row_without_a_date_is_kept():
    # a standfirst equal to the lead is the story's text (6 of 11 such runs on training copies): left alone
    lead = LEAD[0].upper() + LEAD[1:]
    text = f"{lead} {lead}{STORY}"
    assert _kept(text).count(lead) == 2


def test_a_story_printed_twice_apart_is_kept():
    story = LEAD[0].upper() + LEAD[1:] + STORY
    text = f"{story} {story}"
    assert len(_kept(text)) == 8


def test_a_quotation_quoted_again_later_is_kept():
    quote = '"We will sail again on monday," the harbour master said.'
    text = f"{quote} The gales ended overnight. Crews checked every boat. {quote}"
    assert _kept(text).count(quote) == 2


def test_a_short_phrase_said_twice_is_kept():
    from newsweave.text.furniture_twice import dated_caption_runs

    text = "Watch it now. May 4, 2015 watch it now. The ferry left the harbour at dawn with 40 passengers on board."
    spans = split_spans(text)
    assert dated_caption_runs(text, spans) == set()


def test_runs_on_two_lines_are_left_to_the_line_rule():
    from newsweave.text.furniture_twice import dated_caption_runs

    text = f"{CAPTION}\n{AGAIN}\n{LEAD}"
    assert dated_caption_runs(text, split_spans(text)) == set()  # a run is looked for inside one line
    text = f"{CAPTION}\n{CAPTION}\n{LEAD}"
    assert _kept(text) == [LEAD]  # repeated paragraphs still go (the rule before this session)


def test_no_copy_of_the_caption_reaches_a_summary():
    copies = [
        f"{CAPTION} {AGAIN} Ada quell/harbour beat {LEAD}{STORY}",
        "Ferries sailed again from brannock on monday after a week in port, the ferry company said. "
        "The storm had kept the fleet in port for a week, and passengers were stranded on the islands. "
        "The first boat left at dawn.",
    ]
    articles = [Article(id=f"a{k}", outlet=f"o{k}", text=t) for k, t in enumerate(copies)]
    report = api.summarize(articles, 120)
    texts = {a.id: a.text for a in articles}
    for s in report.summary.sentences:
        c = s.citations[0]
        if c.article_id == "a0":
            assert c.end > texts["a0"].index("Ada quell"), s.text  # before: the caption was cited
