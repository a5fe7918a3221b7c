"""An analysis piece's speculating title is not the story's headline (issue 13, session 14,
follow-up: arguing titles): a title that speculates ("would", "may") or opens as an explainer
("How ...") over a body that judges in the writer's voice argues a thesis; a news title with a
modal that names its source, or over a plain body, is kept. Fictional text, written for these tests."""

from __future__ import annotations

from newsweave.summarize.development import story_headline
from newsweave.summarize.headline_argues import argues_as_headline, title_speculates
from newsweave.text.segment import segment
from newsweave.types import Article, Citation, Summary, SummarySentence

LEAD = "The Marrowby council cut the ferry subsidy by half on Tuesday, ending the night crossings."
JUDGING = "One thing is clear: the council has been downright careless with the island's lifeline."
PLAIN = "The night crossings carried about 300 passengers a week, the operator said."
THESIS = "How the ferry cut would strand Marrowby's island villages for good"


def _headline(title: str, body: str) -> str:
    text = f"{LEAD} {body}"
    article = Article(id="a1", outlet="Island Post", text=text, title=title)
    summary = Summary(story_id="s", method="extractive", sentences=(SummarySentence(text=LEAD, citations=(Citation("a1", 0, len(LEAD)),)),))
    return story_headline([segment(article)], summary)


def test_a_speculating_title_over_a_judging_body_is_not_the_headline():
    assert _headline(THESIS, JUDGING) == LEAD  # before: the thesis title
    assert argues_as_headline(segment(Article(id="a1", outlet="Island Post", text=f"{LEAD} {JUDGING}", title=THESIS)))


def test_news_titles_are_kept():
    assert _headline(THESIS, PLAIN) == THESIS  # a plain body: the title cue alone is not enough
    news = "Marrowby council halves ferry subsidy, ending night crossings"
    assert _headline(news, JUDGING) == news  # a reporting title over a judging body is kept
    assert not title_speculates("Ferry cut could strand island villages, council officials say")  # a source is named
    assert title_speculates("Why the ferry vote may not be the last word")
    assert not title_speculates('Islanders say "how would we get home?" after ferry vote')  # the question is quoted and attributed
