"""Page furniture is never the story's headline, and the furniture it was (issue 13, twelfth session
part 3): a caption ending on its credit ("... Source: <name>."), a caption's date between commas
(", monday, march 4, 2019, after ..."), a "Learn more" button, the Internet Archive's crawl notice,
a clip's caption after a player's label, a video page's date label before its description, a share
button before the lead; and a lower-cased copy's speaker named after a quotation ('..." said nell
brakes, a mechanic at ...') is a name whose surname is bare later ("brakes, working as ...").
Fictional text, written for these tests."""

from __future__ import annotations

from newsweave.summarize.bare_names import bare_subject, surnames
from newsweave.summarize.copy_edges import lead_in_end
from newsweave.summarize.development import story_headline
from newsweave.text.furniture import furniture_kind
from newsweave.text.segment import segment
from newsweave.types import Article, Citation, Summary, SummarySentence

CAPTION = "Harbour webcam at 9: 15a.m. Est and at 4: 40p.m. Est. Source: marrowby port authority."
NEWS = "The Marrowby ferry was held at the pier on Monday after a fuel leak was found in its engine room."
TEXT = f"{CAPTION}\n\n{NEWS} The repair will take two weeks, the port authority said."


def _summary(*texts: str) -> tuple[list, Summary]:
    article = Article(id="a1", outlet="Harbour Radio", text=TEXT, title=None)
    sentences = tuple(SummarySentence(text=t, citations=(Citation("a1", TEXT.index(t), TEXT.index(t) + len(t)),)) for t in texts)
    return [segment(article)], Summary(story_id="s", method="extractive", sentences=sentences)


def test_a_caption_with_its_credit_is_never_the_headline():
    documents, summary = _summary(CAPTION, NEWS)
    assert story_headline(documents, summary) == NEWS  # before: the caption
    lowered = "the marrowby ferry was held at the pier."
    article = Article(id="a1", outlet="Harbour Radio", text=lowered, title=None)
    summary = Summary(story_id="s", method="extractive", sentences=(SummarySentence(text=lowered, citations=(Citation("a1", 0, len(lowered)),)),))
    assert story_headline([segment(article)], summary) == "The marrowby ferry was held at the pier."  # a headline opens on a capital
    documents, summary = _summary(CAPTION)
    assert story_headline(documents, summary) == "Untitled story"  # furniture alone: no headline at all


def test_a_furniture_title_is_not_the_headline_either():
    article = Article(id="a1", outlet="Harbour Radio", text=TEXT, title="Learn more about the ferry: play facebook twitter embed")
    summary = Summary(story_id="s", method="extractive", sentences=(SummarySentence(text=NEWS, citations=(Citation("a1", TEXT.index(NEWS), TEXT.index(NEWS) + len(NEWS)),)),))
    assert story_headline([segment(article)], summary) == NEWS  # a video player's words: a widget, not a title


def test_credits_buttons_and_crawl_notices_are_furniture():
    assert furniture_kind(CAPTION) == "credit"
    assert furniture_kind("Tide heights for the week. Source: harbour radio") == "credit"
    assert furniture_kind("Ferry crews wait at the pier in marrowby, monday, march 4, 2019, after the leak was found.") == "caption"
    assert furniture_kind("The ferry has sailed every day since monday, march 4, when the leak was fixed.") is None
    assert furniture_kind("Learn more") == "widget"
    assert furniture_kind("Crawl of outlinks from example.org started may, 2019.") == "widget"
    # news that names a source, or learns more, is not furniture
    assert furniture_kind("The source of the leak was a cracked valve, the port authority said.") is None
    assert furniture_kind("Engineers want to learn more about the leak before the ferry sails.") is None
    assert furniture_kind("The source: a cracked valve that nobody had checked since the ferry was built in 1998, officials said.") is None


def test_a_video_pages_label_before_the_news_is_trimmed():
    assert furniture_kind("Embed more news videos police search the home of the ferry's owner.") == "video"  # a clip's caption
    for label in ("Published on mar 3, 2019 ", "Published on mar 3, 2019 sunday, march 3, 2019: "):
        text = label + "the marrowby ferry was held at the pier after a fuel leak was found."
        assert text[lead_in_end(text, True, False) :] == "the marrowby ferry was held at the pier after a fuel leak was found."
    caption = "Ferry crews wait at the pier on the day the leak was found. ( jane doe / associated press / ) the marrowby ferry was held at the pier."
    assert caption[lead_in_end(caption, True, False) :] == "the marrowby ferry was held at the pier."  # a credit with a trailing slash
    news = "Published on monday, the report found the ferry was held at the pier after a fuel leak."
    assert lead_in_end(news, True, False) == 0  # no date: the sentence's own words


def test_a_share_button_glued_before_the_lead_is_dropped_and_the_lead_kept():
    from newsweave.text.furniture import content_span

    line = "Share this article facebook twitter linkedin email two marrowby ferries were held at the pier after a fuel leak."
    a, b = content_span(line)
    assert line[a:b] == "two marrowby ferries were held at the pier after a fuel leak." and furniture_kind(line[a:b]) is None
    assert furniture_kind("Share this on facebook") == "widget"  # a button alone is still furniture


def test_a_speaker_named_after_a_quotation_in_a_lower_cased_copy():
    copy = (
        'The ferry was held at the pier. "we found the leak early, " said nell brakes, a mechanic at the boatyard. '
        "Brakes, working as part of a team that checks the ferries, looked at the pumps."
    )
    names = surnames([copy])
    assert {"nell brakes", "brakes"} <= names
    assert bare_subject("Brakes, working as part of a team that checks the ferries, looked at the pumps.", set(), names) == "brakes"
    # a place or a time after "said" is no speaker
    assert not {"monday", "morning"} & surnames(['"we found it, " said monday morning, the pilot. The ferry waits.'])
