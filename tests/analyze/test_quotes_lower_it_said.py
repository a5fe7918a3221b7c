"""Quotes in lower-cased text, session 13 part 2 (issue 12): "…, it said in a statement" after an
organisation's own reporting verb ("the coastguard said on monday") takes that organisation, when it
is the one organisation that verb's subject names and nobody else is named in between; else the
speaker stays unknown. Fictional text written for these tests."""

PAD = (
    "The ferry from porthcurno to the islands has not sailed since the storm in march, and the harbour "
    "office has been asked again and again when the service will come back for the summer months. "
)


def test_it_said_after_an_organisation_said(quotes_of):
    text = PAD + (
        "Two divers have found the wreck of the old mail boat off the point, the tremaine shipping company said "
        "on monday. The two, along with a crew of six, spent three weeks on the search, which covered \" every "
        "rock and sandbank between the islands and the lighthouse, \" it said in a statement."
    )
    assert quotes_of(text)["every rock and sandbank between the islands and the lighthouse"] == "Tremaine Shipping Company"
    # "the statement said" afterwards: the statement "it" issued, so the same company
    later = text + " The boat sank in 1907. \" the bell and the anchor will go to the museum, \" the statement said."
    assert quotes_of(later)["the bell and the anchor will go to the museum"] == "Tremaine Shipping Company"


def test_an_abbreviated_organisation_keeps_its_dots(quotes_of):
    text = PAD + (
        "Two divers have passed the u.k. Navy's rescue course, the navy said on monday. The two "
        "trained for \" six weeks of cold water and night searches, \" it said in a statement."
    )
    assert quotes_of(text)["six weeks of cold water and night searches"] == "U.K. Navy"


def test_it_said_stays_unknown_when_someone_else_is_named_between(quotes_of):
    text = PAD + (
        "Two divers have found the wreck of the old mail boat off the point, the tremaine shipping company said "
        "on monday. The two, working for the penwith diving club, spent three weeks on the search, which covered "
        "\" every rock and sandbank between the islands and the lighthouse, \" it said in a statement."
    )
    assert quotes_of(text)["every rock and sandbank between the islands and the lighthouse"] is None


def test_it_said_stays_unknown_after_a_person_said(quotes_of):
    text = PAD + (
        "Two divers have found the wreck of the old mail boat off the point, harbour master petra pellows said "
        "on monday. The two, along with a crew of six, spent three weeks on the search, which covered \" every "
        "rock and sandbank between the islands and the lighthouse, \" it said in a statement."
    )
    assert quotes_of(text)["every rock and sandbank between the islands and the lighthouse"] is None
