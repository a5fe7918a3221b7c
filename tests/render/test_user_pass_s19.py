"""A user's first hour (session 19): what the outputs tell a reader is whole and usable."""

from __future__ import annotations

from newsweave.render import render


def test_text_sources_give_the_whole_id_that_show_and_the_api_take(example_report):
    out = render(example_report, "text")
    sources = out.split("\nSources\n", 1)[1]
    for a in example_report.articles:
        assert f"  {a.id} " in sources, a.id  # 16 hex digits, not an 8-digit prefix `show` refuses

