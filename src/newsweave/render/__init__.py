"""Renderers: terminal text, Markdown, JSON (documented by a JSON Schema), self-contained HTML."""

from __future__ import annotations

from ..errors import ConfigError
from ..types import StoryReport


def render(report: StoryReport, fmt: str = "text", *, color: bool = False) -> str:
    """Render a StoryReport as `text`, `markdown`, `json` or `html`."""
    from .unnamed_outlets import display_report

    report = display_report(report)  # an article naming no outlet is shown by its file name
    if fmt == "json":
        from .json import render_json

        return render_json(report)
    if fmt == "markdown":
        from .markdown import render_markdown

        return render_markdown(report)
    if fmt == "html":
        from .html import render_html

        return render_html(report)
    if fmt == "text":
        from .text import render_text

        return render_text(report, color=color)
    raise ConfigError(f"unknown output format {fmt!r}", hint="use text, markdown, json or html")
