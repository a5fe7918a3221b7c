"""Where a copy's story starts and ends (copy_edges.py): the truncated, sentence-cased copies of
Multi-News val100 keep datelines without capitals, captions glued before an agency dateline,
page widgets, and a last sentence cut off in the middle. Fictional text, written for these tests."""

from __future__ import annotations

from newsweave.summarize.copy_edges import cut_off, ends_sentence, lead_in_end
from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.summarize.standalone import reason
from newsweave.summarize.trim import trim_leaning
from newsweave.text.segment import segment
from newsweave.types import Article

# Lower case but each sentence's first letter, as the copies are (is_cased needs 20+ tokens).
FERRY = (
    "Tollbridge, northshire — the county ferry was held at the pier on monday after a fuel leak was found in its engine room. "
    "Engineers from marrowby said the repair would take at least two weeks and cost about 40,000 pounds. "
    "The footbridge — built in 1901 — will carry foot passengers across the estuary until the ferry returns. "
    "Harbour officials later reported that"
)
FERRY_TWO = (
    "The tollbridge ferry stayed at the pier on monday after engineers found a fuel leak in the engine room of the ferry. "
    "Text size - + reset the council said the footbridge would stay open at night while the ferry is repaired. "
    "Passengers were told to allow an extra hour for the crossing on foot until the end of the month."
)


def _articles(*texts: str) -> list[Article]:
    return [Article(id=f"a{k}", outlet=f"o{k}", text=t) for k, t in enumerate(texts)]


def test_a_sentence_is_cut_off_only_at_the_end_of_the_copy_without_a_sentence_end():
    doc = segment(_articles(FERRY)[0])
    last = doc.sentences[-1]
    assert last.text == "Harbour officials later reported that"
    assert cut_off(last, FERRY)
    assert not any(cut_off(s, FERRY) for s in doc.sentences[:-1])
    assert ends_sentence('He said the ferry was safe. "') and ends_sentence("It was (they said.)") and not ends_sentence("the ferry was")


def test_the_summary_never_shows_a_sentence_the_copy_cut_off_or_a_page_widget():
    articles = _articles(FERRY, FERRY_TWO)
    summary = ExtractiveSummarizer(claim_embedder=False).summarize([segment(a) for a in articles], words=400)
    texts = [s.text for s in summary.sentences]
    assert texts  # the rest is summarized
    assert not any(t.startswith("Harbour officials") for t in texts)
    assert not any("Text size" in t for t in texts)


def test_a_dateline_without_capitals_is_trimmed_only_where_it_is_one():
    # the first sentence of a lower-cased copy: a place, ", state", a spaced dash
    assert FERRY[lead_in_end(FERRY, True, False) :].startswith("the county ferry was held")
    assert lead_in_end("Cairo — the army said on saturday it would hand power to a civilian government.", True, False) == len("Cairo — ")
    # further down, only with the ", state" part; an aside after "The footbridge" never
    assert lead_in_end("Marrowby, northshire — engineers said on tuesday the repair would take two weeks.", False, False) > 0
    assert lead_in_end("Marrowby — engineers said on tuesday the repair would take two weeks at least.", False, False) == 0
    assert lead_in_end("The footbridge — built in 1901 — will carry foot passengers across the estuary.", True, False) == 0
    assert lead_in_end("First things first — notify the harbour office and ask for a refund of the fare.", True, False) == 0
    # a cased article keeps its words (its datelines are in capitals: text.furniture takes them)
    assert lead_in_end("Cairo — the army said on saturday it would hand power to a civilian government.", True, True) == 0


def test_the_trimmed_lead_is_exact_keeps_its_index_and_is_shown_capitalised():
    article = _articles(FERRY)[0]
    (doc,) = trim_leaning([segment(article)])
    s = doc.sentences[0]
    assert s.index == 0 and FERRY[s.start : s.end] == s.text and s.text.startswith("the county ferry")
    summary = ExtractiveSummarizer(claim_embedder=False).summarize([segment(article)], words=400)
    lead = [x for x in summary.sentences if "held at the pier" in x.text]
    assert lead and lead[0].text.startswith("The county ferry was held")
    c = lead[0].citations[0]
    assert FERRY[c.start : c.end].startswith("the county ferry")


def test_an_agency_dateline_behind_a_glued_caption_starts_the_news():
    text = (
        "Workers inspect the damaged deck of the tollbridge pier on sunday... ( associated press ) "
        "tollbridge ( ap ) — the county council voted on monday to close the pier for a month of repairs."
    )
    k = lead_in_end(text, False, False)
    assert text[k:].startswith("the county council voted on monday")
    # at the very start text.furniture drops it; here nothing is dropped
    assert lead_in_end("Tollbridge ( ap ) — the county council voted on monday to close the pier.", True, True) == 0


def test_a_pronoun_subject_after_an_opening_phrase_leans_in_a_lower_cased_copy():
    assert reason("Now, he seems to be having second thoughts about the ferry plan.", False) == "opens on a pronoun or connective"
    assert reason("In truth, they had no licence to sail from the pier at all.", False) == "opens on a pronoun or connective"
    assert reason("When he arrived, Ada Quill said the ferry would sail from Monday.") is None


def test_a_photo_credit_in_brackets_ends_the_caption_glued_before_the_news():
    text = (
        "The ferry that ran aground on the sandbank, on saturday, may 3. ( photo provided by the harbour office via twitter ) "
        '" a faulty gauge " likely caused the ferry to run aground, the county report says.'
    )
    k = lead_in_end(text, True, False)
    assert text[k:].startswith('" a faulty gauge " likely caused')
    cased = "Workers repair the pier on Monday in Tollbridge. (AP Photo/Jane Doe) The county council voted on Monday to close the pier for a month."
    assert cased[lead_in_end(cased, False, True) :].startswith("The county council voted")
    # "Photo" glued before a dateline whose capitals were lost
    photo = "Photo marrowby, northshire — the harbour office said on tuesday that it would close two of its piers."
    assert photo[lead_in_end(photo, True, False) :].startswith("the harbour office said")
    # a bracket that is no credit is no lead-in
    assert lead_in_end("The council (which posted a photo online) voted on Monday to close the pier for a month.", True, True) == 0
    assert lead_in_end("The council said the fee (and/or a deposit) would rise next year for all pier users.", False, True) == 0


def test_a_dash_after_a_credit_is_dropped_with_it():
    text = "Marrowby ( northshire ) ( afp ) - a harbour pilot guiding a ferry into the estuary fell overboard on monday, police said."
    assert text[lead_in_end(text, True, False) :].startswith("a harbour pilot guiding")
