"""Judgments in the writer's own voice (summarize/opinion.py) and their exclusion from summaries.
All text is fictional, written for these tests."""

from __future__ import annotations

import pytest

from newsweave.types import content_id
from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.summarize.opinion import judgment, opinion_documents, opinion_rows, weak_marks
from newsweave.text.segment import segment
from newsweave.types import Article


def _docs(*texts):
    return tuple(segment(Article(id=content_id(t + str(i)), outlet=f"o{i}", text=t)) for i, t in enumerate(texts))


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The Marrowby council race is quickly turning into a clown show.", "label"),
        ("Make no mistake: the harbour levy is a farce.", "label"),
        ("Harbour commissioner Ada Pell seems to struggle answering simple questions about the levy, even ones the charter requires.", "hedge"),
        ("The ferry crash appears to be yet another example of the region's lax transport rules.", "rhetoric"),
        ("This is the council's dangerous and failed parking policy at work.", "attribute"),
        ("The mayor's housing plan has been a disaster for renters.", "predicate"),
        ("Let's be clear about what the levy does to fishermen.", "rhetoric"),
        ("The councillors would rather talk than act!", "exclamation"),
    ],
)
def test_a_judgment_in_the_writers_voice_is_found(text, kind):
    assert judgment(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        # a strong word inside a quotation is someone else's
        'Residents called the levy "a shameful farce" at Tuesday\'s meeting.',
        'The levy is "a clown show," one fisherman shouted from the gallery.',
        # an official's judgment, reported
        "The harbour levy is a disaster for small boats, Mayor Ida Kern said on Monday.",
        "Opposition leader Tom Briar argued that the parking policy had failed.",
        "According to the auditor, the council's handling of the tender was inexcusable.",
        # strong words that describe events, not people or policies
        "Dangerous storms closed the Marrowby harbour for a third day on Friday.",
        "The failed launch of the weather satellite cost the agency $40 million.",
        "The rocket's first stage failed two minutes after lift-off.",
        "Of course, the ruling can still be appealed.",
        "Shares of Yahoo!",
        "Police said the suspect, considered dangerous, fled north.",
        "The harbour has sunk yet another inch since March, the survey found.",
    ],
)
def test_reported_or_quoted_judgments_and_plain_news_pass(text):
    assert judgment(text) == ""


def test_weak_marks_are_the_reader_addressed_or_a_question():
    assert weak_marks("If you live near the harbour, your rates will rise.")
    assert weak_marks("Who pays for the new pier?")
    assert weak_marks("Of course, nobody consulted the fishermen.")
    assert not weak_marks("The council voted 7-2 to raise the levy on Tuesday.")
    assert not weak_marks('"Will you pay?" the mayor asked the board.')


def test_a_quotation_over_several_sentences_is_someone_elses():
    (doc,) = _docs('Ms Pell read the letter aloud: "The council has betrayed us. This levy is shameful. We will fight it." The vote is on Friday.')
    assert len(doc.sentences) == 4
    assert opinion_rows([doc]) == [set()]
    (own,) = _docs("The vote is on Friday. This levy is shameful. The council meets at noon.")
    assert opinion_rows([own]) == [{1}]


def test_an_article_with_several_judgments_reads_as_opinion_and_a_news_report_does_not():
    opinion, news = _docs(
        "The Marrowby levy fight is becoming a farce. Commissioner Ada Pell seems to struggle with the simplest questions. "
        "Do you know where the money goes? Nobody does. The council meets again on Friday.",
        "The Marrowby council raised the harbour levy by 4 percent on Tuesday. Fishermen protested outside the hall. "
        "The council meets again on Friday. One resident called the vote shameful, the local paper reported. "
        "The levy funds dredging of the harbour mouth. Commissioner Ada Pell said the rise was needed. "
        "The council will publish its accounts in May. The levy is a disgrace and a farce. "
        "Boats under six metres are exempt. The vote was 7-2.",
    )
    rows = opinion_rows([opinion, news])
    assert rows[0] == {0, 1} and rows[1] == {7}
    assert opinion_documents([opinion, news], rows) == {0}


_NEWS = (
    "The Marrowby council raised the harbour levy by four percent on Tuesday after a two-hour debate. "
    "Mayor Ida Kern said the levy was a disaster for small boats but the only way to pay for dredging. "
    "The levy will fund dredging of the harbour mouth, which has silted up since the spring storms. "
    "Boats under six metres are exempt from the new levy, the council said."
)
_COMMENT = (
    "The Marrowby harbour levy vote was a shameful farce from start to finish. "
    "The council raised the harbour levy on Tuesday to pay for dredging the harbour mouth. "
    "Harbour commissioner Ada Pell seems to struggle with basic questions about the levy and the dredging."
)


def test_summaries_leave_writers_judgments_out_and_keep_reported_ones():
    texts = [s.text for s in ExtractiveSummarizer().summarize(_docs(_NEWS, _COMMENT), words=120).sentences]
    joined = " ".join(texts)
    assert texts, "empty summary"
    assert "shameful farce" not in joined and "seems to struggle" not in joined
    # the mayor's judgment, attributed, may still be chosen: it is not left out as a candidate
    summarizer = ExtractiveSummarizer()
    cf, _ = summarizer.rank(_docs(_NEWS, _COMMENT))
    kept = [s.text for i, s in enumerate(cf.sentences) if i not in cf.excluded]
    assert any("Mayor Ida Kern said the levy was a disaster" in t for t in kept)
    assert not any("shameful farce" in t or "seems to struggle" in t for t in kept)


def test_a_headline_that_argues_marks_its_article_unless_it_says_whose_argument_it_is():
    from newsweave.summarize.opinion import argues_in_title

    assert argues_in_title("Harbour towns should reject the new levy")
    assert argues_in_title("Closing the pier is no way to fix the harbour")
    assert not argues_in_title("Mayor says harbour towns should reject the new levy")
    assert not argues_in_title("Judge rules council must reopen the pier")
    assert not argues_in_title("Coastguard: boats must stay in port")
    assert not argues_in_title("Council raises harbour levy by 4 percent")
    (news,) = _docs("The Marrowby council raised the harbour levy by 4 percent on Tuesday. Fishermen protested outside the hall.")
    arguing = segment(Article(id="t1", outlet="o9", text="The levy passed on Tuesday. Fishermen will pay more.", title="Marrowby should scrap its harbour levy"))
    assert opinion_documents([news, arguing]) == {1}
