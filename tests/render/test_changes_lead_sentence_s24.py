"""A story's change list names what changed by what it is: the summary's lead sentence (stored as
`headline`), not "Headline", since a story's name is its title in every listing (session 24)."""

from __future__ import annotations

from newsweave.render.changes import changes_dict, render_changes
from newsweave.types import StoryChanges

BEFORE = "The footbridge over Port Alder harbour collapsed on Tuesday, injuring fourteen people."
AFTER = "A safety board opened an inquiry into the footbridge collapse on Thursday."


def test_the_change_list_calls_the_lead_sentence_by_its_name():
    c = StoryChanges(story_id="s1", since="version 1", headline_before=BEFORE, headline_after=AFTER)
    for fmt in ("text", "markdown"):
        out = render_changes(c, fmt)
        assert f"Lead sentence: {BEFORE} → {AFTER}" in out
        assert "Headline" not in out
    # the JSON key: `lead_sentence` since session 26 (`headline` is the story's headline everywhere)
    assert changes_dict(c)["lead_sentence"] == {"before": BEFORE, "after": AFTER, "changed": True}
