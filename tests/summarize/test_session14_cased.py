"""Session 14 (issue 13, readability on cased news): a possessive epithet opening a sentence, "was
referring to", a page link, a surname with an age between commas, and a stale preview of a
weekday's event another article reports. Fictional text; each case fails at 1871843."""

from __future__ import annotations

import pytest

from newsweave import api
from newsweave.summarize.bare_names import bare_subject
from newsweave.summarize.cased_leans import stale_previews
from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.summarize.standalone import NEEDS_PREVIOUS, NEVER, context_need, reason
from newsweave.text.segment import segment
from newsweave.types import Article


@pytest.mark.parametrize(
    "text, why, need",
    [
        ("The retired Methodist pastor’s seaside cottage in Marlow Bay was searched by detectives on Monday.", "definite reference", NEEDS_PREVIOUS),
        ("The veteran Olympic boxer's training camp in Marlow Bay closed on Friday.", "definite reference", NEEDS_PREVIOUS),
        ("The 62-year-old Quill was referring to remarks the harbour master made at a dinner in May.", "points at words before", NEEDS_PREVIOUS),
        ("Watch the full Harbour Tonight interview with Ada Quill (video).", "page link", NEVER),
        ("Listen to the whole podcast episode below.", "page link", NEVER),
    ],
)
def test_cased_leans(text, why, need):
    assert reason(text, True) == why
    assert context_need(text, True) == need


@pytest.mark.parametrize(
    "text",
    [
        "The pastor of Marlow Bay was searched by detectives on Monday.",  # not a possessive
        "A retired pastor’s cottage in Marlow Bay was searched by detectives on Monday.",  # indefinite: a first mention
        "The harbour's new crane was unveiled on Monday by the council.",  # no person
        "Watchdogs at the port authority warned the council on Monday about silt in the channel.",  # not the imperative
        "Residents said they were referring complaints to the port authority since May.",  # no "to" object after "referring"
    ],
)
def test_cased_leans_leave_news_alone(text):
    assert reason(text, True) is None


def test_surname_with_age_is_bare():
    text = "Quill, 51, was led away in handcuffs after the hearing in Marlow Bay."
    assert bare_subject(text, set(), frozenset({"Quill"})) == "Quill"
    assert bare_subject("Quill, 51, was led away in handcuffs.", set(), frozenset({"Dorrow"})) is None  # never named in full


PREVIEW = (
    "Councillors in Marlow Bay voted on Monday to audit the port's dredging contract. "
    "Harbour master Ada Quill, in her first public remarks on the audit, is expected to defend the silt surveys and the four-million-pound deal in a Tuesday speech to the council. "
    "The audit will report in June."
)
REPORT = (
    "Harbour master Ada Quill, in a sharp speech on Tuesday, accused councillors of playing politics with the port. "
    "Quill said the deal saved money."
)


def test_stale_preview():
    docs = [segment(Article(id="p", outlet="a", text=PREVIEW)), segment(Article(id="r", outlet="b", text=REPORT))]
    assert stale_previews(docs) == {(0, 1)}
    assert stale_previews(docs[:1]) == set()  # nothing reports it: not stale
    report = api.summarize([Article(id="p", outlet="a", text=PREVIEW), Article(id="r", outlet="b", text=REPORT)], 120, summarizer=ExtractiveSummarizer())
    assert not any("is expected to defend" in s.text for s in report.summary.sentences)


@pytest.mark.parametrize(
    "text, why",
    [
        # "similarly" beyond the first ten words: a comparison with what came before
        ("The harbour board's latest forecast of a sixty percent chance of a winter flood is similarly worrying.", "continues an earlier sentence"),
        # a sentence adverb capitalised by its place hid the pronoun from the pronoun rule
        ("Now, having become a ferry pilot himself, he takes three crossings a day to Marlow Bay.", "pronoun before any name"),
        ("Check out the strangest questions the harbour board asked its applicants this year.", "page link"),
    ],
)
def test_cased_leans_more(text, why):
    assert reason(text, True) == why


def test_adverb_before_a_name_is_fine():
    assert reason("Now, having become a ferry pilot himself, Ada Quill takes three crossings a day.", True) is None


@pytest.mark.parametrize(
    "text, bare",
    [
        ("On Sunday, the mayor slammed Dorrow on the radio.", "Dorrow"),
        ("The crowd took turns pushing and shoving Dorrow.", "Dorrow"),
        ("The mayor praised Ada Dorrow on Sunday.", None),  # a full name
        ("The mayor rejected Dorrow's plan.", None),  # a possessive: left to other rules
        ("The ferry was a gift to Dorrow.", None),  # after a preposition
        ("The mayor met Gov. Dorrow on Sunday.", None),
        ("The harbour was losing Dorrow customers.", None),  # a modifier
        ('"We slammed Dorrow," the mayor said.', None),  # inside a quotation
    ],
)
def test_bare_surname_as_object(text, bare):
    names = frozenset({"Dorrow", "Gov"})
    assert bare_subject(text, set(), names) == bare


def test_object_surname_waits_for_its_introduction():
    articles = [
        Article(id="a", outlet="a", text=(
            "The ferry company in Marlow Bay cancelled every crossing on Sunday after a storm damaged the pier. "
            "On Sunday, the mayor slammed Dorrow on the radio for the cancellations. "
            "Ferry chief Ada Dorrow said the pier would reopen next week."
        )),
    ]
    report = api.summarize(articles, 120, summarizer=ExtractiveSummarizer())
    texts = [s.text for s in report.summary.sentences]
    slam = [k for k, t in enumerate(texts) if "slammed Dorrow" in t]
    named = [k for k, t in enumerate(texts) if "Ada Dorrow" in t]
    assert not slam or (named and named[0] < slam[0])


@pytest.mark.parametrize(
    "text, why, need",
    [
        ("JUST WATCHED Harbour board votes to dredge Replay More Videos ...", "page link", NEVER),
        ("MUST WATCH Harbour board votes to dredge 02:41", "page link", NEVER),
        ("A scale model of the new pier with its two cranes is shown.", "caption", NEVER),
        ("Aerial images of Marlow Bay showing the flooded quay and boats that broke loose overnight.", "caption", NEVER),
        ("Case in point is the ferry timetable the board published on Friday.", "continues an earlier sentence", NEEDS_PREVIOUS),
        ("For example, two of the cranes were ordered before the vote.", "continues an earlier sentence", NEEDS_PREVIOUS),
    ],
)
def test_cased_page_text_and_illustrations(text, why, need):
    assert reason(text, True) == why
    assert context_need(text, True) == need


def test_footage_with_a_verb_is_news():
    assert reason("Aerial footage showing the flooded quay was broadcast by the harbour board on Friday.", True) is None


def test_preview_not_stale_when_the_other_article_only_plans_it():
    also_ahead = "Aides said the harbour master is giving a speech on Tuesday to the council about the dredging deal."
    docs = [segment(Article(id="p", outlet="a", text=PREVIEW)), segment(Article(id="q", outlet="c", text=also_ahead))]
    assert stale_previews(docs) == set()


def test_development_opens_on_the_top_of_the_latest_report():
    preview = (
        "The Marlow Bay council is set to vote on Tuesday on the dredging contract for the harbour. "
        "The dredging contract would deepen the harbour channel for the larger ferries and cargo ships. "
        "Harbour master Ada Quill backs the dredging contract."
    )
    report = (
        "The Marlow Bay council approved the harbour plan on Tuesday by seven votes to two. "
        "Councillors argued for three hours. "
        "Two members walked out. "
        "A protest gathered outside. "
        "Work on the dredging contract to deepen the harbour channel for larger ferries and cargo ships will start in May, harbour master Ada Quill said. "
        "The vote ended a year of delay."
    )
    summary = api.summarize([Article(id="p", outlet="a", text=preview), Article(id="r", outlet="b", text=report)], 40, summarizer=ExtractiveSummarizer())
    assert summary.summary.sentences[0].text.startswith("The Marlow Bay council approved")
