"""Injection into outputs a user pipes on (issue 18): a hostile URL cannot become raw HTML in the
Markdown export, and ESC/BEL/bidi characters in article data never reach a terminal, a Markdown
file or an HTML page."""

from __future__ import annotations

import re

import pytest

import newsweave
from newsweave.render import render
from newsweave.render.text import render_text
from newsweave.types import Article, content_id

TEXT = "The ferry left Marrowby at dawn on Friday. The harbour master said the crossing was calm. Officials agreed."
BAD = "\x1b]0;pwned\x07\x1b[2J\x1b[31m\u202egnp.exe\u200b\x9b1m\r"
URL = 'https://example.org/story>\n<script>alert(1)</script><a href="x'
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="module")
def report():
    arts = [
        Article(id=content_id(TEXT), outlet=f"Bay{BAD} Courier", text=TEXT, title=f"Ferry{BAD} sails", url=URL, author=f"Jo{BAD}"),
        Article(
            id=content_id(TEXT + " Again."), outlet="Coast News", text=TEXT.replace("Friday", f"Friday{BAD}") + " Again.",
            title="Ferry crossing", url="https://example.org/ok",
        ),
    ]
    return newsweave.summarize(arts, words=60)


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
def test_no_control_or_bidi_characters_out(report, fmt):
    out = render(report, fmt)
    assert not UNSAFE.search(out.replace("\n", "").replace("\t", "")), repr(UNSAFE.search(out.replace("\n", "")))
    assert "Bay" in out and "Courier" in out  # the field is kept, only the controls go


def test_colour_terminal_output_keeps_only_its_own_styling(report):
    out = render_text(report, color=True)
    without_styles = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert "\x1b" not in without_styles and "\x07" not in out
    assert "\x1b]" not in out


def test_markdown_url_cannot_end_the_link(report):
    md = render(report, "markdown")
    line = next(x for x in md.splitlines() if "example.org/story" in x)
    assert "<script" not in md and "\n<" not in md.split("## Sources", 1)[1].split("example.org/story", 1)[1][:80]
    link = re.search(r"\]\(<([^>\n]*)>\)", line)
    assert link and link.group(1).startswith("https://example.org/story%3E"), line
    assert "%3Cscript%3E" in link.group(1)
