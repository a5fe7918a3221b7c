"""A source's stock phrase ("people familiar with the matter") is no reference to an earlier
matter (summarize/standalone.py `_ABSTRACT_REFERENCE`, session 17). Fictional sentences."""

from newsweave.summarize.standalone import reason


def test_people_familiar_with_the_situation_is_not_a_reference():
    lead = "Harbour master Ada Quill is planning to open a second ferry line, two people familiar with the situation told the Tollbridge Gazette."
    assert reason(lead, True) is None
    assert reason("Ada Quill will open a second ferry line next spring, according to an aide briefed on the matter.", True) is None


def test_the_matter_on_its_own_still_points_back():
    assert reason("The council will discuss the matter on Friday.", True) == "definite reference"
    assert reason("Officials said the situation at the pier was worse than expected.", True) == "definite reference"
