"""Story text written straight into `<div>`s (issue 12, session 23 brief R): a page with no `<p>`
around its paragraphs, `<br><br>` between them, or sibling divs of one paragraph each, lost them
when a few `<p>`s elsewhere made trafilatura skip div text. They are read as paragraphs now, while
furniture in divs (cookie, newsletter, share, caption, related links, nav, aside, footer) stays out
as it does on `<p>` pages. All pages are fiction written here."""

from __future__ import annotations

import pytest

from newsweave.read import read_file
from newsweave.read.htmlblocks import paragraph_tree

STORY = [
    "The pier at Kestrel Bay reopened to visitors on Saturday after a winter of repairs to its wooden deck, the harbour trust said.",
    "Hundreds of people walked to the end of the pier in the first hour, and the cafe at its end opened for the first time since October.",
    "The trust said the repairs had cost about half of what it had feared when the storm damage was first surveyed in the autumn.",
    "Its chair, Ines Marlow, said the deck would be checked again before the summer regatta.",
]
FURNITURE = [
    "We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.",
    "Sign up for our morning newsletter and get the top stories from the bay delivered to your inbox.",
    "Share this story with your friends on Facebook, on Twitter or by email, and tell us what you think.",
    "Photo: visitors walk along the repaired pier on Saturday morning in the sunshine. Credit: staff photographer",
    "Most read today: the ferry timetable for the summer is out now, and the lifeboat crew is honoured.",
    "Copyright 2026 Kestrel Bay Echo Ltd. All rights reserved. Registered office on the harbour front, Kestrel Bay.",
]
HEAD = "<!doctype html><html><head><title>Pier reopens to visitors | Kestrel Bay Echo</title></head><body>"
NAV = '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>'
FOOT = f"<footer><p>{FURNITURE[5]}</p></footer></body></html>"
# What made the old reader skip div text: a few hundred characters of <p> text anywhere on the page
# (trafilatura's precision mode then reads no div's own text).
ASIDE_P = (
    f"<aside><p>{FURNITURE[4]}</p><p>The Kestrel Bay Echo has covered the towns and villages of the bay since 1868, "
    "and its reporters are on the harbour front every day of the week.</p></aside>"
)


# A reporter's note in <p>s next to the story, inside the page's content frame: with it the old
# reader lost the text before a div's first <br> (and, on layout tables, everything).
BIO = (
    '<div class="bio"><p>Tom Vale is the Echo\'s harbour reporter. He has covered the bay\'s boats, its storms and its council '
    "for twelve years, and before that he worked on the night desk of a regional daily in the north.</p>"
    "<p>Write to him at the newsroom on the harbour front, or find him on the quay most mornings.</p></div>"
)


def _page(body: str) -> str:
    return HEAD + NAV + '<div id="content">' + body + BIO + "</div>" + ASIDE_P + FOOT


def _read(tmp_path, markup: str, name: str = "kestrel-bay-echo.html"):
    path = tmp_path / name
    path.write_text(markup, encoding="utf-8")
    return read_file(path)


def _paragraphs(article) -> list[str]:
    return article.text.split("\n\n")


PAGES = {
    "br-br in one div": _page('<div class="story">' + "<br><br>".join(STORY) + "</div>"),
    "br-br with spaces and xhtml breaks": _page('<div class="story">' + "<br/>\n <br />".join(STORY) + "</div>"),
    "sibling divs": _page('<div class="story">' + "".join(f'<div class="para">{s}</div>' for s in STORY) + "</div>"),
    "section of divs": _page("<section>" + "".join(f"<div>{s}</div>" for s in STORY) + "</section>"),
    "layout table": HEAD + '<table><tr><td><a href="/">Home</a> | <a href="/news">News</a></td></tr><tr><td class="body">'
    + "<br><br>".join(STORY) + f"</td></tr><tr><td>{FURNITURE[5][:40]}</td></tr></table>" + ASIDE_P + FOOT,
    "story and note in one article": HEAD + NAV + '<article><div class="story">' + "<br><br>".join(STORY) + "</div>" + BIO + "</article>" + FOOT,
}


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_div_only_page_reads_every_paragraph(tmp_path, kind):
    (article,), problems = _read(tmp_path, PAGES[kind])
    assert _paragraphs(article)[: len(STORY)] == STORY
    assert all(line[:30] not in article.text for line in FURNITURE)
    assert not [p for p in problems if p.level == "error"]


def test_mixed_p_and_div_page_keeps_both_in_order(tmp_path):
    body = (
        "<article><h1>Pier reopens to visitors</h1>"
        f"<p>{STORY[0]}</p>"
        f"<div>{STORY[1]}</div>"
        f"<div>{STORY[2]}<br><br>{STORY[3]}</div>"
        "</article>"
    )
    (article,), _ = _read(tmp_path, _page(body))
    assert _paragraphs(article) == STORY


def test_inline_markup_stays_inside_its_paragraph(tmp_path):
    first = STORY[0].replace("harbour trust", '<a href="/trust">harbour trust</a>').replace("Saturday", "<b>Saturday</b>")
    body = f'<div class="story">{first}<br><br><em>{STORY[1]}</em><br>{STORY[2]}<br><br>{STORY[3]}</div>'
    (article,), _ = _read(tmp_path, _page(body))
    text = article.text
    assert STORY[0] in text and STORY[3] in text
    # a single <br> is a line break, as in a <p> page (trafilatura keeps it; the reader makes it a paragraph)
    assert STORY[1] in text and STORY[2] in text


def test_div_wrapped_furniture_stays_out(tmp_path):
    body = (
        f'<div id="cookie-banner">{FURNITURE[0]}</div>'
        '<div class="story-body">'
        f"<div>{STORY[0]}</div>"
        f'<div class="caption">{FURNITURE[3]}</div>'
        f"<div>{STORY[1]}</div>"
        f'<div class="share-tools">{FURNITURE[2]}</div>'
        f"<div>{STORY[2]}</div><div>{STORY[3]}</div>"
        "</div>"
        '<div class="related"><a href="/a">Ferry service resumes after three days of storms on the coast</a> '
        '<a href="/b">Lifeboat crew honoured at a ceremony in the town hall on Friday night</a></div>'
        f'<div class="newsletter-signup">{FURNITURE[1]}</div>'
        f"<aside><div>{FURNITURE[4]}</div></aside>"
    )
    markup = HEAD + NAV + body + ASIDE_P + f"<footer><div>{FURNITURE[5]}</div></footer></body></html>"
    (article,), _ = _read(tmp_path, markup)
    assert _paragraphs(article) == STORY
    for line in FURNITURE:
        assert line[:30] not in article.text


def test_div_furniture_reads_as_its_p_twin(tmp_path):
    """Classless furniture inside the story frame is judged as the same text in a `<p>` would be."""
    extra = [FURNITURE[1], FURNITURE[3]]
    as_div = "".join(f"<div>{s}</div>" for s in STORY + extra)
    as_p = "".join(f"<p>{s}</p>" for s in STORY + extra)
    (div_article,), _ = _read(tmp_path, _page(f'<div class="story-body">{as_div}</div>'), "a.html")
    (p_article,), _ = _read(tmp_path, _page(f'<div class="story-body">{as_p}</div>'), "b.html")
    assert div_article.text == p_article.text
    assert _paragraphs(div_article)[: len(STORY)] == STORY


def test_link_list_in_a_story_div_is_not_a_paragraph(tmp_path):
    links = " ".join(f'<a href="/s{n}">Another story about the bay and its harbour number {n}</a>' for n in range(4))
    body = f'<div class="story">{"<br><br>".join(STORY)}<br><br>{links}</div>'
    (article,), _ = _read(tmp_path, _page(body))
    assert _paragraphs(article) == STORY


def test_short_labels_in_divs_are_not_made_paragraphs():
    markup = HEAD + "<div>Advertisement</div><div>By Jane Roe</div><div>12 May 2026</div>" + "".join(f"<p>{s}</p>" for s in STORY) + "</body></html>"
    assert paragraph_tree(markup)[1] == 0  # nothing to rewrite: the page is extracted as it was


def test_p_page_is_not_rewritten():
    markup = _page("<article>" + "".join(f"<p>{s}</p>" for s in STORY) + "</article>")
    assert paragraph_tree(markup)[1] == 0


def test_sibling_rule_keeps_a_short_closing_paragraph(tmp_path):
    body = '<div class="story">' + "".join(f'<div class="para">{s}</div>' for s in STORY) + '<div class="para">She declined to comment.</div></div>'
    (article,), _ = _read(tmp_path, _page(body))
    assert _paragraphs(article) == STORY + ["She declined to comment."]


def test_data_table_with_sentence_cells_stays_out(tmp_path):
    """Only a cell that holds a story (40 words or more) makes its table page layout; a timeline
    table's one-sentence cells stay out, as every table does."""
    rows = (
        "<tr><td>March 2024</td><td>The bay council first proposed a new deck after the pier was closed for a week by a storm.</td></tr>"
        "<tr><td>June 2025</td><td>An independent survey found the old timbers had rotted near the cafe at the end of the pier.</td></tr>"
    )
    body = "<article>" + "".join(f"<p>{s}</p>" for s in STORY[:2]) + f"<table>{rows}</table>" + "".join(f"<p>{s}</p>" for s in STORY[2:]) + "</article>"
    (article,), _ = _read(tmp_path, _page(body))
    assert _paragraphs(article)[: len(STORY)] == STORY
    assert "independent survey" not in article.text and "first proposed" not in article.text


def test_sidebar_class_on_body_does_not_hide_the_story(tmp_path):
    markup = _page('<div class="story">' + "<br><br>".join(STORY) + "</div>").replace("<body>", '<body class="single has-sidebar">')
    (article,), _ = _read(tmp_path, markup)
    assert _paragraphs(article)[: len(STORY)] == STORY
