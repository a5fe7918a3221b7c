"""Session 14 (issue 13, readability on lower-cased copies): a page speaking to its reader as
"you" is never shown, and an article's opening role with a relative clause ("The woman who ...
was identified as ...") is a first mention. Fictional lower-cased text; each summary test fails at
1871843."""

from __future__ import annotations

from newsweave import api
from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.summarize.lower_copies import addresses_reader, says_which_lead
from newsweave.summarize.standalone import reason
from newsweave.types import Article

# (lower-cased like the Multi-News copies: no capitals but each sentence's first letter)
SERVICE_PAGE = (
    "The tollbridge ferry pass is a card that regular riders of the harbour line use to pay their fares. "
    "If you ride the ferry twice a week, you can save on every crossing with the pass. "
    "Once you register the pass, you ' ll receive a monthly statement by post. "
    "The card costs four dollars and is sold at every pier office."
)
NEWS = (
    "Tollbridge harbour ferries will raise their fares by a quarter on monday, the port authority said. "
    "The increase is the first in six years and follows a rise in the price of fuel, officials said. "
    "Riders with the ferry pass will pay the old fare until the end of the year."
)


def _summary(texts, words=80):
    articles = [Article(id=f"t{k}", outlet=f"Outlet {k}", text=t, title=None) for k, t in enumerate(texts)]
    return [s.text for s in api.summarize(articles, words, summarizer=ExtractiveSummarizer()).summary.sentences]


def test_reader_addressed_as_you_is_never_shown_in_a_lower_cased_copy():
    shown = _summary([SERVICE_PAGE, NEWS], words=120)
    assert shown  # the news is summarized
    assert not any(" you " in f" {s.lower()} " for s in shown)


def test_addresses_reader_leaves_questions_and_attributed_words():
    assert addresses_reader("Once you register the pass, you will receive a statement.", "Once you register the pass, you will receive a statement.")
    assert not addresses_reader("Are you serious? i have rights.", "Are you serious? i have rights.")
    assert not addresses_reader("You can see the harbour from here, the mayor said.", "You can see the harbour from here, the mayor said.")
    assert not addresses_reader("", '" you will pay less, " she said.')


LEAD = (
    "The woman who went missing off the tollbridge breakwater on sunday was identified as nell marrow, 44. "
    "Coast guard captain ida renk released marrow's name at a briefing on monday afternoon. "
    "Marrow had gone out alone in a small boat before a storm reached the bay, renk said."
)
OTHER = (
    "A search for a sailor lost near tollbridge was called off on monday after two days. "
    "Crews from three ports took part in the search, which covered forty miles of coast."
)


def test_an_opening_role_with_a_relative_clause_says_which():
    text = LEAD.split(". ")[0] + "."
    assert reason(text, False) == "definite reference"  # the role alone reads as a reference back
    assert says_which_lead(text, False)
    assert not says_which_lead("The woman said on monday she would go out again.", False)  # no clause: a reference
    assert not says_which_lead("That woman who went missing was found alive on tuesday.", False)  # a demonstrative


def test_the_identifying_lead_opens_the_summary():
    shown = _summary([LEAD, OTHER])
    assert shown[0].startswith("The woman who went missing")


def test_writer_says_i_anywhere_outside_quotation_marks():
    from newsweave.summarize.lower_copies import writer_says_i
    from newsweave.summarize.lowercase import supplies_person_lowercase

    text = "But after reading the long letter he left behind on the pier, i am struck by how calm it sounds."
    assert writer_says_i(text)
    assert not writer_says_i("The choir sang a hymn called i never wandered at the close.")  # a title's "i"
    assert not writer_says_i('The mayor said " i am staying " on monday.')  # quoted
    # the sentence before names no speaker: the writer's aside is not shown after it
    assert not supplies_person_lowercase("There is no word yet on why the pier was closed.", text)


def test_photo_position_is_never_shown():
    from newsweave.summarize.lower_copies import photo_position

    assert photo_position("Ada quill ( second from right ) waits outside the tollbridge court.")
    assert photo_position("The harbour master ( left ) and his deputy at the pier.")
    assert not photo_position("Gov. Ada quill ( r ) signed the bill on friday.")  # a party label
    caption = "Ada quill ( second from right ) waits with her family outside the tollbridge court on monday."
    shown = _summary([caption + " " + NEWS, OTHER])
    assert shown and not any("second from right" in s for s in shown)


def test_link_label_is_never_shown():
    from newsweave.summarize.lower_copies import link_label

    assert link_label("More: ferry fares rise again the harbour board met on friday to set the new prices.")
    assert link_label("Read more: the pier that fell into the sea the council voted on monday.")
    assert not link_label("The mayor said much more: the pier will be rebuilt by spring.")
    label = "More: tollbridge pier to close for a month the harbour board said the pier would shut for repairs."
    shown = _summary([NEWS + " " + label, OTHER], words=120)
    assert shown and not any(s.lower().startswith("more:") for s in shown)


def test_headline_run_into_a_dateline_is_trimmed_from_the_lead():
    from newsweave.summarize.copy_edges import lead_in_end

    text = "Harbour ferries raise fares for first time in six years boston — harbour ferries will raise their fares by a quarter on monday."
    end = lead_in_end(text, True, False)
    assert text[end:].startswith("harbour ferries will raise")
    # a city after a preposition is prose, not a dateline
    assert lead_in_end("Nearly every rider we met here in boston — and we met many — wants the old fares back.", True, False) == 0
    assert lead_in_end(text, False, False) == 0  # only an article's first sentence


def test_a_part_of_someone_leans_in_a_lower_cased_copy():
    from newsweave.summarize.lower_copies import part_of_someone

    assert part_of_someone("Two of his sons spoke to reporters outside the tollbridge court on monday.")
    assert part_of_someone("Much of her evidence was heard behind closed doors.")
    assert not part_of_someone("Two of the sons spoke to reporters on monday.")
    lone = "Two of his sons spoke to reporters outside the tollbridge court on monday about the trial."
    shown = _summary([NEWS, OTHER + " " + lone], words=120)
    # shown only right after its article's sentence before it
    assert lone not in shown or shown[shown.index(lone) - 1].startswith("Crews from three ports")
