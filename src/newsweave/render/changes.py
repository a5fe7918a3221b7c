"""What changed in a story (`types.StoryChanges`) as JSON data, plain text or Markdown.

An article whose file names no outlet carries a label the reader made (a headline fragment, a
byline; `render.unnamed_outlets.is_unnamed`), which is no outlet: it is left out of "new outlets"
(the article is still counted among the new articles), and a wider fact's outlet lists show it as
null in JSON, as the story JSON does since session 19 (brief G). "Now carried by N" counts
independent sources as the report's "n/N" does, in its word: "articles" when no article names its
outlet (`StoryChanges.count_unit`, JSON `count_unit`; session 20)."""

from __future__ import annotations

import json
from typing import Any

from ..types import StoryChanges
from .unnamed_outlets import is_unnamed


def _named(outlets) -> list[str]:
    """The outlets that are names, in order (a made-up label for a file naming none is left out)."""
    return [o for o in outlets if not is_unnamed(o)]


def _or_null(outlets) -> list[str | None]:
    return [None if is_unnamed(o) else o for o in outlets]


def changes_dict(c: StoryChanges) -> dict[str, Any]:
    """The JSON shape of `GET /api/stories/{id}/changes` and `newsweave show --since --format json`."""
    return {
        "story_id": c.story_id,
        "since": c.since,
        "new_articles": list(c.new_articles),
        "new_outlets": _named(c.new_outlets),
        "new_facts": list(c.new_facts),
        "count_unit": c.count_unit,
        "wider_facts": [{"text": f.text, "outlets_before": _or_null(f.outlets_before), "outlets_after": _or_null(f.outlets_after)} for f in c.wider_facts],
        "new_quotes": [{"speaker": q.speaker, "text": q.text} for q in c.new_quotes],
        "conflicts_opened": [{"about": x.about, "kind": x.kind, "values": [s.value or s.text for s in x.sides]} for x in c.conflicts_opened],
        "conflicts_resolved": [{"about": x.about, "kind": x.kind, "values": [s.value or s.text for s in x.sides]} for x in c.conflicts_resolved],
        # the summary's lead sentence (`headline` here until session 26; a story's headline is its title)
        "lead_sentence": {"before": c.headline_before, "after": c.headline_after, "changed": c.headline_changed},
        "merges": [{"absorbed_id": m.absorbed_id, "reason": m.reason,
                    "merged_at": m.merged_at.isoformat() if m.merged_at else None} for m in c.merges],
        "empty": c.empty,
    }


def _lines(c: StoryChanges, bullet: str, heading) -> list[str]:
    lines = [heading(f"Changes since {c.since}")]
    if c.empty:
        return lines + ["No changes."]
    if c.headline_changed:
        # the summary's lead sentence (stored as `headline`); the story's name is its title (session 24)
        lines.append(f"{bullet}Lead sentence: {c.headline_before or '(none)'} → {c.headline_after or '(none)'}")
    if c.new_articles:
        named = _named(c.new_outlets)
        outlets = f" (new outlets: {', '.join(named)})" if named else ""
        lines.append(f"{bullet}{len(c.new_articles)} new article(s){outlets}")
    lines += [f"{bullet}New fact: {t}" for t in c.new_facts]
    lines += [f"{bullet}Now carried by {len(f.outlets_after)} {c.count_unit} (was {len(f.outlets_before)}): {f.text}" for f in c.wider_facts]
    lines += [f"{bullet}New quote: {q.speaker or 'Unattributed'}: “{q.text}”" for q in c.new_quotes]
    lines += [f"{bullet}Conflict opened ({x.kind}): {x.about}" for x in c.conflicts_opened]
    lines += [f"{bullet}Conflict resolved ({x.kind}): {x.about}" for x in c.conflicts_resolved]
    lines += [f"{bullet}Merged in story {m.absorbed_id}: {m.reason}" for m in c.merges]
    return lines


def render_changes(c: StoryChanges, fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps(changes_dict(c), ensure_ascii=False, indent=2)
    if fmt == "markdown":
        return "\n".join(_lines(c, "- ", lambda t: f"## {t}\n"))
    return "\n".join(_lines(c, "  • ", lambda t: t))
