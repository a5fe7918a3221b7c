"""Session 13 (issue 13, readability): a person called by an epithet as the subject, and a photo
caption ending on its date with the comma before the day lost. Fictional text; each case fails at
daa39c8."""

from __future__ import annotations

import pytest

from newsweave import api
from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.summarize.standalone import reason
from newsweave.text.furniture import furniture_kind
from newsweave.types import Article


@pytest.mark.parametrize(
    "text, cased",
    [
        # an epithet with modifiers, two roles joined by "and", straight away the subject of a verb
        ("The flamboyant shipping magnate and former quiz show host said on Friday he regrets nothing.", True),
        ("the flamboyant shipping magnate and former quiz show host said on friday he regrets nothing.", False),
        # a role noun the older list did not hold
        ("The musician accompanied Dorrow on a flight to Quillport for a 2009 treatment.", True),
        ("the veteran cleric was removed from his post in tollbridge.", False),
    ],
)
def test_epithet_subject_points_back(text, cased):
    assert reason(text, cased) == "definite reference"


@pytest.mark.parametrize(
    "text",
    [
        "The shipping market fell by a tenth in May.",  # no person
        "The musician of the year award went to Ada Quill.",  # a complement says which
        "The new quay opened on Friday.",
        "A flamboyant shipping magnate said on Friday he regrets nothing.",  # indefinite: a first mention
    ],
)
def test_not_an_epithet(text):
    assert reason(text) != "definite reference"


def test_caption_date_without_comma_before_the_day():
    assert furniture_kind("Harbour police patrol near the old quay in tollbridge, marrowshire tuesday, sept. 24, 2013.") == "caption"
    assert furniture_kind("Divers search the estuary near Quillport Friday, May 3, 2019.") == "caption"


def test_a_date_after_a_preposition_is_no_caption():
    assert furniture_kind("The ferry service will close on Friday, May 3, 2019.") is None
    assert furniture_kind("The bridge has been shut since Tuesday, Sept. 24, 2013.") is None


def test_courtesy_title_names_someone_introduced_before():
    from newsweave.summarize.bare_names import bare_subject, bare_titled

    # anywhere in the sentence, after a long opening phrase, in a lower-cased copy, British style
    assert bare_subject("Speaking late on Sunday from a balcony of the harbour office, Mr. Quillon struck notes of triumph.", set(), frozenset({"Quillon"})) == "Quillon"
    assert bare_subject("Speaking late on Sunday, Mr. Quillon struck notes of triumph.", set(), frozenset()) is None  # never named in full: as before
    assert bare_titled("Ms. Dorrow, 27, a ferry cleaner from tollbridge, earns little.") == "Dorrow"
    assert bare_titled("Mr quillon had sought permission to moor the barge.") == "quillon"
    assert bare_titled("For his part, Mr. Quillon’s reversal came late.") == "Quillon"


def test_courtesy_title_before_a_full_name_or_in_a_quotation_is_not_bare():
    from newsweave.summarize.bare_names import bare_titled

    assert bare_titled("Mr Ada Quillon, 45, said he would sail.") is None
    assert bare_titled("mr. ada quillon, 45, said he would sail.", frozenset({"ada quillon", "quillon"})) is None
    assert bare_titled('The harbour master said that "Mr. Quillon is wrong" about the tides.') is None
    assert bare_titled("She will miss the ferry.") is None
    assert bare_titled("Ada Quillon, the harbour master, denied the claim of Mr. Dorrow and of Mr. Quillon's deputy.") == "Dorrow"
    assert bare_titled("The harbour master, Ada Quillon, said Mr. Quillon's deputy had left.") is None


# Every lead names its person by a courtesy title only; the full name comes in later sentences:
# the summary is not emptied (coverage: the lead pool gives way) and does not open on "Mr. Quillon".
TEXTS = [
    "Mr. Quillon resigned as harbour master of Tollbridge on Tuesday after a ferry ran aground in the estuary. "
    "The ferry carried forty passengers, and none of them was hurt. "
    "Ada Quillon had run the harbour for eleven years and oversaw the dredging of the channel. "
    "The town council will choose a new harbour master next month.",
    "Mr. Quillon stepped down on Tuesday, after the ferry Marrow Belle grounded on a sandbank near Tollbridge. "
    "Divers inspected the hull and found a crack near the bow. "
    "Harbour master Ada Quillon said in a letter that the channel markers had drifted in a storm. "
    "The ferry company has suspended crossings until the markers are reset.",
    "Mr. Quillon quit on Tuesday amid anger over the grounding of a passenger ferry at Tollbridge. "
    "Residents had complained for years about the drifting channel markers. "
    "Ada Quillon, 58, was first appointed in 2013 by the town council. "
    "Crossings to Marrowby are expected to resume within two weeks.",
]


def test_leads_that_all_wait_for_an_introduction_do_not_empty_the_summary():
    articles = [Article(id=f"t{k}", outlet=f"Outlet {k}", text=t, title=None) for k, t in enumerate(TEXTS)]
    report = api.summarize(articles, 80, summarizer=ExtractiveSummarizer())
    texts = [s.text for s in report.summary.sentences]
    assert len(texts) >= 3, texts
    first_full = next(k for k, t in enumerate(texts) if "Ada Quillon" in t)
    assert not any("Mr. Quillon" in t for t in texts[:first_full]), texts


def test_undashed_dateline_before_a_clause_opening_the_lead():
    from newsweave.summarize.copy_edges import lead_in_end

    text = "Nairobi as the harbour town began two days of mourning on wednesday, it was unclear how many ferries sank."
    assert text[lead_in_end(text, True, False) :].startswith("as the harbour town began")
    prose = "Nairobi is the harbour town where two ferries sank on wednesday in a storm."
    assert lead_in_end(prose, True, False) == 0


def test_lower_cased_name_with_a_bare_role_and_a_surname_after_a_verb():
    from newsweave.summarize.bare_names import bare_lowered, surnames

    copy = ("Ada quillon, associate professor at the school of tides, has written on the harbour since 2013. "
            "An harbour administrator gave quillon a letter wednesday saying she was being dismissed. ") * 3
    names = surnames([copy])
    assert "quillon" in names
    assert bare_lowered("An harbour administrator gave quillon a letter wednesday saying she was being dismissed.", names) == "quillon"
    # after a word that may be a lost first name, as before
    assert bare_lowered("Critics say ada quillon wrote the letter.", names) is None
