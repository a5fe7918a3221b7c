"""On a 390 px phone the coverage matrix shows a few columns; the page must say that it scrolls
(issue 18): a hint shown on narrow screens, scroll shadows, and a sticky outlet column."""

from __future__ import annotations

import re


def _story_id(client) -> str:
    return client.get("/api/stories").json()["stories"][0]["id"]


def test_wide_matrix_has_a_scroll_cue(client):
    page = client.get(f"/stories/{_story_id(client)}").text
    columns = len(re.findall(r'<th scope="col" title=', page))
    assert columns > 4  # the example story's matrix is wider than a phone
    assert f"Swipe sideways for these {columns} facts" in page  # the example has more facts than columns (session 22, E3)
    assert 'class="matrix-wrap" tabindex="0"' in page
    css = client.get("/static/style.css").text
    narrow = css[css.index("@media (max-width:600px)"):]
    assert ".scroll-hint{display:block}" in narrow
    assert ".scroll-hint{display:none" in css and "no-repeat local" in css
    assert re.search(r"\.matrix th\[scope=row\]\{position:sticky;left:0", css)
