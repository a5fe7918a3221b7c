"""Outlets counted by the facts are the screened documents: a short piece of the story from an outlet of
another leaning shares few words with the rest but names what they name, and is not set aside as
off-topic (analyze/screen.py); a page that names nothing of the story still is. Fictional text."""

from newsweave.analyze import facts as F
from newsweave.analyze.screen import screen_documents
from newsweave.text.segment import segment
from newsweave.types import Article

REPORTS = [
    "The Harlow Bay council voted on Tuesday to close the Saltmere ferry terminal after the harbour board found "
    "cracks in its concrete piers. Ferry passengers will use a temporary pontoon at the fish quay from next month.",
    "Councillors in Harlow Bay voted to shut the Saltmere ferry terminal on Tuesday. Engineers say winter storms "
    "have loosened the slipway, and boats will moor at the fish quay while repairs are costed.",
]
# an opinion piece on the same decision: almost no content words in common, but it names Saltmere
COLUMN = (
    "Anyone who grew up rowing past Saltmere knows that the old landing was never built to last. Closing it "
    "is sensible, yet residents deserve a plan, not another promise scribbled on a napkin."
)
# a page about nothing in the story
ERROR_PAGE = (
    "We could not find that page. The address may have been typed wrongly, or the page has moved. Try the "
    "search box above, or return to the home page to keep browsing our latest stories."
)


def _docs(*texts):
    return tuple(segment(Article(id=f"a{i}", outlet=f"Outlet {i}", text=t)) for i, t in enumerate(texts))


def test_a_short_piece_naming_the_story_is_kept_and_counted_as_an_outlet():
    docs = _docs(*REPORTS, COLUMN)
    kept, aside = screen_documents(docs)
    assert [d.article.id for d in kept] == ["a0", "a1", "a2"] and aside == ()
    # the facts count three outlets: the terminal closure told by the two reports is partial, not shared of two
    facts = F.facts_from_groups(kept, F.group_sentences(kept, similarity="lexical"))
    closure = next(f for f in facts if "voted" in f.text)
    assert set(closure.article_ids) == {"a0", "a1"} and closure.status == "partial"


def test_a_page_naming_nothing_of_the_story_is_still_set_aside():
    kept, aside = screen_documents(_docs(*REPORTS, COLUMN, ERROR_PAGE))
    assert [d.article.id for d in kept] == ["a0", "a1", "a2"]
    assert [(s.article_id, s.kind) for s in aside] == [("a3", "off-topic")]


# three short pieces of one story: two reports that share a handful of words, and a comment sharing none
FARES = [
    "Ticket prices on local trains climb four percent next year, officials confirmed on the platform.",
    "Officials said train tickets will cost four percent more from next year as costs rise.",
]
COMMENT = "Passengers already squeezed by stagnant wages deserve better than another squeeze on their budgets."


def test_two_short_pieces_sharing_a_handful_of_words_are_no_yardstick_for_off_topic():
    from newsweave.text.tokens import content_terms

    shared = set(content_terms(FARES[0])) & set(content_terms(FARES[1]))
    assert 3 <= len(shared) < 8  # the rest agrees in a few words only
    kept, aside = screen_documents(_docs(*FARES, COMMENT))
    assert [d.article.id for d in kept] == ["a0", "a1", "a2"] and aside == ()
    # a long coherent rest still sets the unrelated page aside
    kept, aside = screen_documents(_docs(*REPORTS, ERROR_PAGE))
    assert [(s.article_id, s.kind) for s in aside] == [("a2", "off-topic")]
