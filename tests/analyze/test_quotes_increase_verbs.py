""""Adds to" is no speech verb when it means "increase" (session 17 of issue 12,
`analyze/increase_verbs.py`): the attribution after the closing mark then decides. Fictional
sentences written for these tests."""


def test_adds_to_a_quoted_object_is_not_the_cue(quotes_of):
    got = quotes_of(
        "Gov. Ada Vance spoke in Harbourton on Friday. The statewide rule adds to “a long list that now "
        "holds ten shots,” Vance said at a briefing. “We want this behind us.”"
    )
    assert got["a long list that now holds ten shots"] == "Ada Vance"
    assert got["We want this behind us."] == "Ada Vance"


def test_added_to_reporters_still_reports(quotes_of):
    got = quotes_of("Ada Vance lost the appeal on Friday. “We will appeal again,” she added to reporters outside the court.")
    assert got["We will appeal again"] == "Ada Vance"
