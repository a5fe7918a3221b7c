"""A listed story as JSON: `newsweave stories --format json`, `batch`'s stories.jsonl and the API's
`GET /api/stories` (which adds its links, `web.service.listing_out`).

One meaning per field in every JSON the project writes (session 26, brief E7): `headline` is the
story's headline, the name the text, Markdown, HTML and `show --format json` outputs put on top
(`summarize.development.story_headline`, stored as the story's title), so a listing's `headline`
equals its `title`; the summary's lead sentence is `lead_sentence` (until session 26 the listing's
`headline` held it, while `show`'s `headline` held the title). A reader of the old `headline` still
gets a string, now the story's name. The story history's versions and a story's changes call the lead
sentence `lead_sentence` too (`pipeline.history.history_dict`, `render.changes.changes_dict`)."""

from __future__ import annotations

from typing import Any


def listing_dict(x: Any) -> dict[str, Any]:
    """A `store.StoryListing` (or any object with its fields) as JSON. `outlets` holds only outlets the
    files name: the label the reader makes for a file naming none (a headline fragment, a byline) is
    no outlet (`render.unnamed_outlets.is_unnamed`), so it is left out and not counted; `none_named`
    is True when the story has articles but none names its outlet. `lead_sentence`: the summary's
    first sentence that is no marked opinion; the title while the summary is being computed."""
    from ..read.outlet import is_unnamed

    labels = list(getattr(x, "outlets", ()) or ())
    outlets = [o for o in labels if not is_unnamed(o)]
    first, last = x.first_seen, x.last_seen
    return {
        "id": x.id,
        "title": x.title,
        "headline": x.title,  # the story's headline, as `show`'s JSON; not the lead sentence (session 26)
        "lead_sentence": getattr(x, "headline", None) or None,  # the store keeps it under its old name
        "first_seen": first.isoformat() if hasattr(first, "isoformat") else first,
        "last_seen": last.isoformat() if hasattr(last, "isoformat") else last,
        "n_articles": getattr(x, "n_articles", len(x.article_ids)),
        "n_outlets": len(outlets),  # as the README says (session 22, E3)
        "outlets": outlets,
        "none_named": bool(labels) and not outlets,
        "article_ids": list(x.article_ids),
    }
