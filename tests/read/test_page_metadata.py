"""Page metadata cleaned (issue 18): site suffixes out of titles, the outlet's name instead of its
domain, no photo credit as author, and a warning when a page's text is only a caption or teaser."""

from __future__ import annotations

import pytest

from newsweave.read import read_file
from newsweave.read.pagemeta import split_title, tidy_page_metadata

STORY = " ".join([
    "The harbour council in Marrowby voted on Tuesday to rebuild the collapsed crane pier before the winter storms.",
    "Engineers told the meeting that the old pier had been weakened by decades of salt and heavy traffic.",
    "The mayor said the work would cost about four million euros and would be paid from the port's own reserves.",
    "Fishermen who use the pier said they were relieved, though some asked why repairs had not begun years ago.",
    "Work is due to start in March and to last about eight months, the council said in a statement afterwards.",
])


@pytest.mark.parametrize("title, outlet, url, expected", [
    ("Merkel hosts Libya summit | DW | 19.01.2020", "dw.com", "https://www.dw.com/en/x", ("Merkel hosts Libya summit", "DW")),
    ("Pier to be rebuilt - The Marrowby Gazette", "marrowbygazette.example", None, ("Pier to be rebuilt", "The Marrowby Gazette")),
    ("Pier to be rebuilt | Local news | Harbour Times", "Harbour Times", None, ("Pier to be rebuilt", "Harbour Times")),
    ("Brexit - what happens next", None, None, ("Brexit - what happens next", None)),
    ("Pier rebuilt – 2020-01-19", None, None, ("Pier rebuilt", None)),
])
def test_titles_lose_site_suffixes(title, outlet, url, expected):
    assert split_title(title, outlet=outlet, url=url)[0] == expected[0]
    assert tidy_page_metadata(title=title, outlet=outlet, url=url, author=None)[:2] == expected


@pytest.mark.parametrize("author, kept", [
    ("Photo: John Smith/AFP", False), ("Getty Images", False), ("Jane Doe", True), ("Reuters", True), ("Picture: PA", False),
])
def test_photo_credit_is_not_the_author(author, kept):
    assert (tidy_page_metadata(title=None, outlet=None, url=None, author=author)[2] == author) is kept


def test_html_page_metadata_is_cleaned(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Pier to be rebuilt | Harbour Times | 19.01.2020</title>"
        '<meta property="og:site_name" content="harbourtimes.example">'
        '<meta name="author" content="Photo: Jo Bloggs/Getty Images">'
        f"</head><body><article><h1>Pier to be rebuilt</h1><p>{STORY}</p><p>{STORY}</p></article></body></html>",
        encoding="utf-8",
    )
    (article,), problems = read_file(page)
    assert article.title == "Pier to be rebuilt"
    assert article.author is None
    assert not any("caption" in p.reason for p in problems)


def test_caption_only_page_is_a_warning(tmp_path):
    page = tmp_path / "gallery.html"
    page.write_text(
        "<html><head><title>Gallery</title></head><body><article><p>Fishermen watch as engineers inspect the damaged "
        "crane pier in Marrowby on Tuesday morning after the storm.</p></article></body></html>",
        encoding="utf-8",
    )
    articles, problems = read_file(page)
    assert len(articles) == 1
    assert any(p.level == "warning" and "caption or a teaser" in p.reason for p in problems)
