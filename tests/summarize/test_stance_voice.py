"""The writer's voice in one sentence (a stance opener, a guessed motive, a question in the writer's
own words, a charge told as what the accused did) is read by its form, and a report's hedge or an
attributed word is not (summarize/stance_voice.py, issue 13, session 19 brief C2; not wired into the
summarizer: see its docstring). All text is fictional, written for these tests."""

from __future__ import annotations

from newsweave.summarize.stance_voice import own_voice

VOICED = {
    "But perhaps the finest moment of the regatta was the rescue of the last crew.": "stance",
    "Surely no council has ever spent so much on a bridge so few people use.": "stance",
    "Arguably, the harbour board has never been so divided.": "stance",
    "Looks like the ferry company has not really been sailing on time this winter.": "stance",
    "while the mayor knows boats, it looks like she has a lot to learn about budgets.": "stance",
    "The plan was dismissed as a fantasy by the rival paper last spring - almost surely because its author was the mayor.": "stance",
    "The quarry is arguably the oldest business in the county.": "stance",
    "How did the town of Dunmere come to this?": "question",
    "Parents slammed the harbour school board for covering up a fight in the boathouse.": "allegation",
    "Fishermen blasted the port authority on Monday for hiding the cost of the new quay.": "allegation",
}
NEWS = [
    "The council closed the lower bridge on Monday, and perhaps longer, after a crack was found.",
    "The rowing club may lose perhaps its only boathouse if the lease is not renewed.",
    "Perhaps it was a mistake to open the bridge so early, the mayor said on Tuesday.",
    '"How did this happen?" the harbour master asked reporters on Friday.',
    "Parents accused the harbour school board of covering up a fight in the boathouse.",
    "The inquiry faulted port officials for ignoring warnings about the crane.",
    "The regulator fined the ferry company for misleading passengers about delays.",
    "What it looks like from the cliff path is a green field with a grey wall around it.",
    "The council of Dunmere voted on Monday to close the lower bridge for repairs.",
]


def test_the_writers_voice_is_read_by_its_form():
    for text, kind in VOICED.items():
        assert own_voice(text) == kind, text


def test_reports_hedges_and_attributed_words_are_left_alone():
    for text in NEWS:
        assert own_voice(text) == "", text


# (session 19) A sentence left out as the writer's judgment must not come back as the chain of the
# sentence leaning on it when nothing else stands alone (coverage._candidates' last fallback).
JUDGED = "The harbour board's plan for the new quay is a farce."
LEANING = "This follows a vote on Monday in which the board approved the quay by five votes to four."


def test_a_left_out_judgment_does_not_come_back_with_the_sentence_leaning_on_it():
    from newsweave.summarize.extractive import ExtractiveSummarizer
    from newsweave.text.segment import segment
    from newsweave.types import Article, content_id

    text = f"{JUDGED} {LEANING}"
    article = Article(id=content_id(text), outlet="Dunmere Gazette", text=text, title="Harbour board approves new quay")
    summary = ExtractiveSummarizer(claim_embedder=False).summarize((segment(article),), words=120)
    shown = [s.text for s in summary.sentences]
    assert JUDGED not in shown  # before session 19: shown, as fact, before the sentence leaning on it
    assert summary.warnings  # the summary says why it is short
