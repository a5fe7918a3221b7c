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
    sentences = ExtractiveSummarizer().summarize(_docs(_NEWS, _COMMENT), words=120).sentences
    texts = [s.text for s in sentences if s.opinion_of is None]
    joined = " ".join(texts)
    assert texts, "empty summary"
    assert "shameful farce" not in joined and "seems to struggle" not in joined
    # a judgment is shown only marked as the opinion piece's (opinion_marked.py), after the news
    assert [s.opinion_of for s in sentences] == [None] * len(texts) + ["o1"] * (len(sentences) - len(texts))
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


# Twelfth session: cues of an argued piece counted over the whole article (headline included).
_COLUMN = (
    "Blame can be shared widely, but one thing is clear: the Marrowby levy was doomed from the start. "
    "Commissioner Ada Pell was downright sheepish at Tuesday's meeting. "
    "The council raised the harbour levy by four percent to pay for dredging. "
    "Was it worth it? "
    "I have lived by this harbour for thirty years."
)
_REBUTTAL = (
    "A harbour lobby group claimed on Tuesday to have refuted the dredging survey. "
    "It didn't. "
    "Not even close. "
    "The survey found four metres of silt at the harbour mouth."
)


def test_signposts_are_the_writers_ruling():
    assert judgment("One thing is clear: the Marrowby levy was doomed from the start.") == "signpost"
    assert judgment("Commissioner Ada Pell was downright sheepish at the meeting.") == "signpost"
    assert judgment("Pell said one thing is clear: the levy stays.") == ""  # whose ruling it is


def test_an_article_of_signposts_first_person_and_fragments_reads_as_opinion():
    column, rebuttal, news = _docs(_COLUMN, _REBUTTAL, _NEWS)
    assert opinion_documents([column, rebuttal, news]) == {0, 1}
    quoted = _docs('"We will appeal," the fishermen\'s union said on Tuesday. The council raised the levy by four percent. '
                   'The union has 300 members. The vote was 7-2.')
    assert opinion_documents(quoted) == set()  # "we" inside a quotation is the union's


def test_a_headline_fragment_counts_for_the_article():
    from newsweave.summarize.opinion import argued_units

    doc = segment(Article(id="t2", outlet="o2", text=_REBUTTAL, title="No, the survey was not refuted. Not even close"))
    marks, title = argued_units(doc)
    assert title == "fragment" and marks[1] == "fragment" and marks[2] == "fragment"


def test_in_an_opinion_piece_every_argued_sentence_is_left_out_even_with_no_news_article():
    from newsweave.summarize.opinion import argued_rows

    (column,) = _docs(_COLUMN)
    rows = opinion_rows([column])
    argued = opinion_documents([column], rows)
    assert argued == {0}
    assert argued_rows([column], argued, rows) == [{0, 1, 3, 4}]  # the levy's rise (2) is a fact
    cf, _ = ExtractiveSummarizer().rank([column])
    kept = {cf.sentences[i].text for i in range(len(cf.sentences)) if i not in cf.excluded}
    assert kept == {"The council raised the harbour levy by four percent to pay for dredging."}


def test_an_opinion_pieces_title_is_never_the_story_headline():
    from newsweave.summarize.development import story_headline
    from newsweave.types import Citation, Summary, SummarySentence

    column = segment(Article(id="c1", outlet="o1", text=_COLUMN, title="The Marrowby harbour levy was always going to fail"))
    news = segment(Article(id="n1", outlet="o2", text=_NEWS, title="Marrowby council raises harbour levy by four percent"))
    s = column.sentences[2]
    summary = Summary("st", "extractive", (SummarySentence(text=s.text, citations=(Citation(article_id="c1", start=s.start, end=s.end),), support="extracted"),), ())
    assert story_headline([column, news], summary) != column.article.title  # not the column's title
    # the news article's title tells the lead's news, so it names the story (session 24, brief T)
    assert story_headline([column, news], summary) == "Marrowby council raises harbour levy by four percent"
    assert story_headline([column], summary) == s.text  # no news title: the lead sentence


def test_the_first_person_alone_does_not_make_an_opinion_piece():
    (letter,) = _docs(
        "My name is Ida Kern and I have fished out of Marrowby harbour for thirty years. "
        "Our family boat was seized by the harbour board in May. "
        "We have asked the board for a hearing three times. "
        "The board has not answered."
    )
    assert opinion_documents([letter]) == set()  # a source in its own words, no judgment
    rows = opinion_rows([letter])
    assert rows == [set()]


def test_a_label_word_that_is_a_surname_is_no_judgment():
    # A federation head called Craven or Vile is news, not a verdict; the word still judges as a
    # word ("Craven councillors ..."), in a plural, or in a headline capitalising every word.
    assert judgment("Craven thanked the rowers and the volunteers after handing the regatta flag to the mayor of Tollbridge.") == ""
    assert judgment("Federation president Ida Craven was warmly applauded at the closing ceremony.") == ""
    assert judgment("Craven councillors ignored the harbour survey.") == "label"
    assert judgment("Idiots were running the harbour board.") == "label"
    assert judgment("The Craven Council Of Marrowby Strikes Again.") == "label"
    (doc,) = _docs(
        "The Tollbridge regatta closed on Sunday with a parade of boats. "
        "Craven thanked the rowers and the volunteers after handing the regatta flag to the mayor of Tollbridge. "
        "Craven was also warmly applauded when giving the federation's medal to the town. "
        "Tollbridge hosts the next regatta in 2031."
    )
    assert opinion_documents([doc]) == set()
    assert opinion_rows([doc]) == [set()]
