"""Whose voice a sentence is in (summarize/voice.py): a sentence whose words another article quotes
with a speaker is never shown in the first article's voice. Fictional text; the summary test fails
at daa39c8 (the release's judgment is chosen as it stands)."""

from __future__ import annotations

from newsweave import api
from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.summarize.voice import content_words, quotations, quoted_by
from newsweave.types import Article

RELEASE = (
    "Harbour Guild president Mara Velk comments on the ferry fare rise announced in Tollbridge on Monday. "
    "What is not in doubt is the contempt of the council for island families who depend on the ferry. "
    "The council approved a rise of forty percent in ferry fares for the island route. "
    "Never would they treat the mainland commuters this way. "
    "The guild will hold a meeting on Thursday evening in the harbour hall."
)
REPORT = (
    "The Tollbridge council approved a forty percent rise in ferry fares for the island route on Monday. "
    "The Harbour Guild attacked the decision within hours. "
    "The new fares take effect in March, the council said. "
    "A council spokesman said the rise pays for two new boats. "
    "\"What is not in doubt is the contempt of the council for island families who depend on the ferry,\" "
    "the guild's president, Mara Velk, said in a statement emailed to reporters late on Monday evening."
)
LISTINGS = (
    "Ferry fares on the island route will rise by forty percent from March after a council vote in Tollbridge on Monday. "
    "The council said the rise pays for two new boats and a longer winter timetable. "
    "Island families say the ferry is their only link to the mainland schools."
)


def _articles():
    return [Article(id=f"t{k}", outlet=f"Outlet {k}", text=t, title=None) for k, t in enumerate((RELEASE, REPORT, LISTINGS))]


def test_words_quoted_with_a_speaker_elsewhere_are_theirs():
    quotes = quotations(REPORT)
    assert len(quotes) == 1 and quotes[0][1] is True  # one quotation, with its speaker
    own = content_words("What is not in doubt is the contempt of the council for island families who depend on the ferry.")
    assert quoted_by(own, quotes)


def test_paraphrase_topic_or_unattributed_quotation_is_not_theirs():
    quotes = quotations(REPORT)
    # the same topic in other words: not near-verbatim
    assert not quoted_by(content_words("Island families who depend on the ferry were angry at the council's fare decision."), quotes)
    # the same words quoted with no speaker anywhere near: no one's statement to show
    bare = quotations("Some residents painted a banner. \"What is not in doubt is the contempt of the council for island families who depend on the ferry.\" It hung for a week.")
    assert bare and bare[0][1] is False
    assert not quoted_by(content_words("What is not in doubt is the contempt of the council for island families who depend on the ferry."), bare)


def test_summary_shows_the_judgment_with_its_speaker_or_not_at_all():
    report = api.summarize(_articles(), 120, summarizer=ExtractiveSummarizer())
    texts = [s.text for s in report.summary.sentences]
    assert texts, report.summary.warnings
    for s in report.summary.sentences:
        if "contempt of the council" in s.text:
            assert "Mara Velk" in s.text and "said" in s.text, texts  # only the report's sentence, which names the speaker
            assert s.citations[0].article_id == "t1"
    assert not any(t.startswith("What is not in doubt") for t in texts), texts


# Session 13, part 2: two back-references read in heldout21 (50386) as a summary's opening. Each
# fails at daa39c8.
from newsweave.summarize.standalone import reason  # noqa: E402


def test_gerund_opener_with_only_a_possessive_points_back():
    assert reason("By merely announcing his bid for mayor on june 16, he set off a quarrel with quillport.", False) == "opens on a pronoun or connective"
    assert reason("After Ada Quill declared her intention to run, she started a spat.") is None


def test_epithet_after_an_opening_phrase_points_back():
    assert reason("To loud brass music, the grey-haired, sunburnt magnate attacked the council.") == "definite reference"
    assert reason("In one recording, the pilot was heard laughing.") == "definite reference"
    assert reason("The clinic, where the girl has stayed since October, won a ruling.") is None
