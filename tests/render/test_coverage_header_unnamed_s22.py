"""The coverage table's first column is headed "article" when no article names its outlet, as the
rest of the report counts articles (session 22, brief E3: Markdown and HTML said "outlet" above a
column of file names). Fictional text."""

from __future__ import annotations

import newsweave
from newsweave.render.html import render_html
from newsweave.render.markdown import render_markdown
from newsweave.render.unnamed_outlets import none_named

TEXTS = [
    "Fog delayed the first ferry from Osterholm to Vennick on Wednesday by three hours, the harbour said. "
    "The ferry company said passengers would get a refund.",
    "The Wednesday morning ferry from Osterholm to Vennick left three hours late because of thick fog. "
    "Passengers will be refunded, the ferry company said.",
]


def test_coverage_header_says_article_when_no_outlet_is_named(tmp_path):
    for i, text in enumerate(TEXTS):
        (tmp_path / f"00{i}_3b7e1c9a5d2f8e6{i}.txt").write_text(text, encoding="utf-8")
    report = newsweave.analyze([str(tmp_path)])
    assert report.facts and none_named(report)
    md = render_markdown(report)
    assert "| article | 1 |" in md and "| outlet |" not in md
    html = render_html(report)
    assert "<th>article</th>" in html and "<th>outlet</th>" not in html
