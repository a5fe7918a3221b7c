"""Session 24 (brief E5, an editor's read of `newsweave analyze --format html`): a quote's footer named its
outlets and then a chip with the first citation's outlet, so a one-outlet quote read "— Speaker · Outlet Outlet"
(AllSides dev 5848, the Justice Department's quoted indictment wording). Each outlet is named once: the chip, then
"also ..." for the quote's outlets without a chip. Fictional text."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

import newsweave
from newsweave.render import render
from newsweave.types import Article, Citation, Quote

GAZETTE = ('The harbour board of Wexmoor voted on Monday to close the north pier. "The pier is no longer safe for '
           'ferries," said board chair Ilse Varn.')
COURIER = ('Wexmoor\'s north pier will close after a board vote on Monday. "The pier is no longer safe for ferries," '
           'chair Ilse Varn told reporters.')
LEDGER = "Ferry captains in Wexmoor said the north pier closure would add an hour to the island crossing."


@pytest.fixture(scope="module")
def page():
    arts = [Article(id="gaz", outlet="Wexmoor Gazette", text=GAZETTE), Article(id="cou", outlet="Coast Courier", text=COURIER),
            Article(id="led", outlet="Island Ledger", text=LEDGER)]
    report = newsweave.summarize(arts, words=60)
    start_g, start_c = GAZETTE.index('"The pier'), COURIER.index('"The pier')
    quotes = (
        Quote(text="The pier is no longer safe for ferries", speaker="Ilse Varn", article_ids=("gaz", "cou"),
              citations=(Citation("gaz", start_g, len(GAZETTE), 1), Citation("cou", start_c, len(COURIER), 1))),
        Quote(text="closure would add an hour", speaker=None, article_ids=("led",), citations=(Citation("led", 0, len(LEDGER), 0),)),
    )
    return render(replace(report, quotes=quotes), "html")


def _footers(html):
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", m)).strip() for m in re.findall(r"<blockquote>.*?</blockquote>", html)]


def test_a_one_outlet_quote_names_its_outlet_once(page):
    footer = _footers(page)[1]
    assert footer.count("Island Ledger") == 1, footer
    assert "unknown speaker" in footer


def test_a_two_outlet_quote_names_each_outlet_once_and_says_also(page):
    footer = _footers(page)[0]
    assert footer.count("Wexmoor Gazette") == 1 and footer.count("Coast Courier") == 1, footer
    assert "also Coast Courier" in footer
