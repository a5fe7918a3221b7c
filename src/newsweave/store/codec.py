"""JSON for the `types` records stored in the database (summary and analysis of a story).

`encode(record)` gives plain JSON data; `decode(cls, data)` rebuilds the frozen dataclass, typed
by the dataclass annotations, so what comes back compares equal to what went in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types as pytypes
import typing
from functools import cache
from typing import Any

from .. import types as records
from ..types import StoryReport


def encode(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: encode(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [encode(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): encode(v) for k, v in obj.items()}
    if isinstance(obj, (dt.date, dt.datetime)):
        return obj.isoformat()
    return obj


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(records))


def decode(tp: Any, data: Any) -> Any:
    """Rebuild a value of type `tp` (a dataclass, tuple[...], X | None, dict[...], or a scalar)."""
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        names = {f.name for f in dataclasses.fields(tp)}
        return tp(**{k: decode(hints[k], v) for k, v in data.items() if k in names})
    if origin in (typing.Union, pytypes.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return decode(args[0], data) if len(args) == 1 else data
    if origin is tuple:
        args = typing.get_args(tp)
        item = args[0] if args else Any
        return tuple(decode(item, x) for x in data)
    if origin is dict:
        _, value_type = typing.get_args(tp)
        return {k: decode(value_type, v) for k, v in data.items()}
    if tp is dt.date:
        return dt.date.fromisoformat(data)
    return data


_ANALYSIS = ("facts", "conflicts", "quotes", "entities", "timeline", "derivations")


def report_to_json(report: StoryReport) -> str:
    """The summary and analysis of a report (not its documents, which the store holds already)."""
    payload = {"summary": encode(report.summary)}
    for name in _ANALYSIS:
        value = getattr(report, name)
        payload[name] = None if value is None else encode(value)
    if getattr(report, "set_aside", ()):
        payload["set_aside"] = encode(report.set_aside)
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def report_from_json(text: str, *, story_id: str, documents) -> StoryReport:
    payload = json.loads(text)
    hints = _hints(StoryReport)
    fields = {name: decode(hints[name], payload.get(name)) for name in _ANALYSIS}
    if payload.get("set_aside"):
        fields["set_aside"] = decode(hints["set_aside"], payload["set_aside"])
    return StoryReport(story_id=story_id, documents=tuple(documents), summary=decode(records.Summary, payload["summary"]), **fields)


def current_labels(report: StoryReport, articles) -> StoryReport:
    """`report` with each set-aside input's label made again from its stored article by today's
    rule (`read.outlet.set_aside_label`). The label is a display string of the article alone; the
    decision (which inputs were set aside, kind and reason) is what the stored summary and analysis
    were computed from, so it is kept as stored: a story's next recomputation screens anew. The
    reasons' wording is unchanged since they were introduced (8738021); the labels changed in
    session 19 (53f7215: a file naming no outlet shown by its file name, not a headline fragment)."""
    from ..read.outlet import set_aside_label

    by_id = {a.id: a for a in articles}
    if not report.set_aside or not by_id:
        return report
    fresh = tuple(dataclasses.replace(s, label=set_aside_label(by_id[s.article_id])) if s.article_id in by_id else s for s in report.set_aside)
    return report if fresh == report.set_aside else dataclasses.replace(report, set_aside=fresh)
