"""Story ids: ONE rule, used by the library API, ingest, the web app, eval and every engine.

A story is named after the article that started it: `content_id("story:" + first.id)`, where
`first` is the earliest article in publication order (`publication_order`: stable by date, an
undated article keeps the date of the one before it, so ties keep input order).

- Given a set of articles at once (`newsweave.summarize`, `analyze`, eval, a batch engine), the
  first is the earliest of the set, so the same articles always give the same id, whatever order
  they were passed in (they are put into publication order first).
- In a database the first is the article that started the story, and the id never changes after,
  however the story grows (so links and history stay valid). Ingesting a set of articles into an
  empty database in one run gives the same id as the API does for that set.
- With given labels (`GivenLabelsClusterer`), the same rule: a label's story is named after the
  first article with that label.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from ..types import Article, content_id


def publication_order(articles: Sequence[Article]) -> list[Article]:
    """Stable sort by date; an undated article keeps the date of the article before it, so it
    stays where it arrived."""
    keys, last = [], dt.date.min
    for article in articles:
        last = article.published or last
        keys.append(last)
    order = sorted(range(len(articles)), key=lambda i: keys[i])
    return [articles[i] for i in order]


def first_article_story_id(article_id: str) -> str:
    """The id of a story started by the article `article_id`."""
    return content_id("story:" + article_id)


def story_id_for(articles: Iterable[Article]) -> str:
    """The id of the story these articles form: named after the earliest (see module docstring)."""
    ordered = publication_order(unique_articles(articles))
    if not ordered:
        raise ValueError("a story needs at least one article")
    return first_article_story_id(ordered[0].id)


def unique_articles(articles: Iterable[Article]) -> list[Article]:
    """First of each content id, in the order given."""
    seen: dict[str, Article] = {}
    for article in articles:
        seen.setdefault(article.id, article)
    return list(seen.values())
