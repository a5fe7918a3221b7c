"""Surnames in lower-cased copies (twelfth session, issue 13): "Padilla was captured", "requests by
kornbluth" in a copy whose names lost their capitals are bare surnames like "Dodson said" in a
cased article, once other marks show that the word is a name; and a summary shows such a sentence
only after the one that names the person in full. Fictional text, written for these tests."""

from __future__ import annotations

from newsweave.summarize.bare_names import bare_lowered, bare_subject, surnames
from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.text.segment import segment
from newsweave.types import Article

# all lower case but each sentence's first letter, as the truncated Multi-News copies are
HARBOUR = (
    "The tollbridge ferry was held at the pier on monday after a fuel leak was found in its engine room. "
    "Harbour captain tobias dunmore said the repair would take two weeks. "
    "Mara vint pleaded guilty to selling fake tickets for the crossing last year. "
    "The harbour board named the stowaways as kel orrin, 34; and ada quill, 29. "
    "Officials said the ticket office was run by jon pell, a former ferry captain who left in may. "
    "The board said it had warned passengers about the fake tickets twice. "
)


def test_surnames_of_a_lower_cased_copy_come_from_roles_ages_appositives_and_subjects():
    names = surnames([HARBOUR])
    assert {"tobias dunmore", "dunmore", "kel orrin", "orrin", "ada quill", "quill", "jon pell", "pell", "mara vint", "vint"} <= names
    # no common noun is taken for a surname: "the harbour board", "the ticket office"
    assert not {"board", "office", "harbour", "ferry", "pier", "tickets"} & names


def test_a_surname_used_bare_in_a_lower_cased_copy_is_found():
    names = surnames([HARBOUR])
    assert bare_lowered("Pell was questioned by police on tuesday about the tickets.", names) == "pell"
    assert bare_lowered("The board said the office was run by dunmore and his deputy.", names) == "dunmore"
    assert bare_lowered("Police said quill is the sister of the ferry's cook.", names) == "quill"
    assert bare_subject("Pell was questioned by police on tuesday about the tickets.", {"pell", "was"}, names) == "pell"
    # after its first name, a role, a determiner, or another word that may be a first name: not bare
    assert bare_lowered("Former captain jon pell was questioned on tuesday.", names) is None
    assert bare_lowered("Harbour captain dunmore was questioned on tuesday.", names) is None
    assert bare_lowered("The pell case was heard on tuesday.", names) is None
    assert bare_lowered("Lena pell, his sister, was questioned on tuesday.", names) is None
    # a cased article's names are left to the capitals rules
    assert bare_lowered("Pell was questioned by police on tuesday.", surnames(["Jon Pell runs the Tollbridge ticket office."])) is None


def test_a_summary_shows_a_bare_surname_only_after_the_sentence_naming_the_person():
    one = (
        "The tollbridge ferry was held at the pier on monday after fake tickets were found on board. "
        "Pell was questioned by police on monday about the fake tickets and released without charge. "
        "Passengers were told to buy tickets only at the harbour office until the end of the month."
    )
    two = (
        "Fake tickets for the tollbridge ferry were sold to dozens of passengers this summer, the harbour board said. "
        "The board said the fake tickets were printed on a home printer and sold outside the pier. "
        "The ticket office was run by jon pell, a former ferry captain, until he left in may."
    )
    articles = [Article(id=f"a{k}", outlet=f"o{k}", text=t) for k, t in enumerate((one, two))]
    summary = ExtractiveSummarizer(claim_embedder=False).summarize([segment(a) for a in articles], words=400)
    texts = [s.text for s in summary.sentences]
    mentions = [k for k, t in enumerate(texts) if "pell" in t.lower()]
    assert mentions, texts
    assert "jon pell" in texts[mentions[0]].lower(), texts
