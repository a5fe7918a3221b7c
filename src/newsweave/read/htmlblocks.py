"""Article text written straight into `<div>` blocks, made into `<p>` paragraphs before extraction.

Many news sites publish a story as `<div class="story">First.<br><br>Second.</div>` or as sibling
`<div>`s each holding one paragraph, with no `<p>` at all. trafilatura reads paragraphs; in its
precision mode it reads a `<div>`'s own text only when the page has almost no `<p>` text, so a story
in divs on a page with a few `<p>`s elsewhere, or a story that mixes `<p>` and `<div>` paragraphs,
lost those paragraphs (issue 12). `paragraph_tree(markup)` rewrites each block (`div`, `section`,
`article`, `main`, `td`, `center`) whose own text reads as prose: its text runs become `<p>`s,
split at `<br><br>` and at child blocks. The container keeps its tag, class and id, so
trafilatura's furniture rules (nav, footer, aside, newsletter, share, cookie, caption classes,
link density) judge the new `<p>`s exactly as they judge a `<p>` page.

Blocks are left alone inside nav, header, footer, aside, form, figure, list items and menus, and when
their own class or id names furniture; a run that is mostly link text stays a `<div>` (a link list,
not a paragraph). A page with no such block is not touched, so pages that read fine before read
byte for byte the same (`benchmarks/html_div_pages.py` checks it on real article text).
"""

from __future__ import annotations

import re

# Blocks whose own text may be a story's paragraphs.
_CONTAINERS = ("div", "section", "article", "main", "td", "center")
# Phrasing elements: part of a text run, not a boundary between paragraphs.
_INLINE = frozenset(
    "a abbr acronym b bdi bdo big cite code data dfn em font i img kbd mark q s samp small span strike strong sub sup "
    "time tt u var wbr".split()
)
# Text under these is never a story paragraph written in a div.
_FURNITURE_ANCESTORS = frozenset("nav header footer aside form figure figcaption li menu button label select noscript template".split())
_FURNITURE_NAME = re.compile(
    r"nav|menu|footer|sidebar|share|social|newsletter|subscribe|signup|cookie|consent|caption|credit|related|promo|"
    r"advert|\bads?\b|comment|breadcrumb|byline|author|timestamp|dateline|tags?\b|widget|banner|popup|modal|teaser",
    re.IGNORECASE,
)
# A block reads as prose when its own text has at least this many words and a sentence ends in it;
# fewer is a label, a byline, a date or a button ("Advertisement", "By Jane Roe", "12 May 2026").
MIN_PROSE_WORDS = 12
# A table cell is a story laid out with a table only when it holds this much; a data table's cells
# (a timeline, a results table) are shorter, and stay out as tables do.
MIN_LAYOUT_CELL_WORDS = 40
# A sibling of a prose block with the same tag and class may be shorter ("He declined to comment.")
# or end without a full stop (a paragraph ending in a colon before a list): the story's other
# paragraphs already vouch for the kind of block. Fewer words is a label.
MIN_SIBLING_WORDS = 3
# A run whose characters are mostly link text is a link list or a "read more" line.
MAX_LINK_SHARE = 0.5
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?:\s|$)")


def _is_inline(child) -> bool:
    return not isinstance(child.tag, str) or child.tag.lower() in _INLINE or child.tag.lower() == "br"


def _own_text(block) -> tuple[str, int]:
    """The block's own text (its text, its inline children's text, their tails) and how many of
    those characters are link text."""
    parts: list[str] = [block.text or ""]
    linked = 0
    for child in block:
        if _is_inline(child):
            if isinstance(child.tag, str):
                inner = child.text_content()
                parts.append(inner)
                if child.tag.lower() == "a":
                    linked += len(inner.strip())
                else:
                    linked += sum(len((a.text_content() or "").strip()) for a in child.iter("a"))
        parts.append(child.tail or "")
    return " ".join(parts), linked


def _furniture_place(block) -> bool:
    """Inside a furniture element, or named as furniture (the block or its parent: names further
    up, such as WordPress's `<body class="has-sidebar">`, say nothing about this block)."""
    for element in (block, *block.iterancestors()):
        if isinstance(element.tag, str) and element.tag.lower() in _FURNITURE_ANCESTORS:
            return True
    parent = block.getparent()
    for element in (block,) if parent is None or parent.tag in ("body", "html") else (block, parent):
        if _FURNITURE_NAME.search(f"{element.get('class', '')} {element.get('id', '')} {element.get('role', '')}"):
            return True
    return False


def _prose(text: str, linked: int, min_words: int) -> bool:
    stripped = text.strip()
    return (
        len(stripped.split()) >= min_words
        and _SENTENCE_END.search(stripped) is not None
        and linked <= MAX_LINK_SHARE * max(1, len(stripped))
    )


def _prose_blocks(tree) -> list:
    """Blocks to rewrite, in document order."""
    blocks = list(tree.iter(*_CONTAINERS))  # held, so each element keeps one proxy (hashable by identity)
    chosen = set()
    for block in blocks:
        text, linked = _own_text(block)
        least = MIN_LAYOUT_CELL_WORDS if block.tag == "td" else MIN_PROSE_WORDS
        if _prose(text, linked, least) and not _furniture_place(block):
            chosen.add(block)
    parents = {block.getparent() for block in chosen} - {None}
    for parent in parents:  # shorter paragraphs next to prose ones, in the same kind of block
        kinds = {(child.tag, child.get("class")) for child in parent if child in chosen}
        for sibling in parent:
            if sibling in chosen or (sibling.tag, sibling.get("class")) not in kinds:
                continue
            text, linked = _own_text(sibling)
            if len(text.split()) >= MIN_SIBLING_WORDS and linked <= MAX_LINK_SHARE * max(1, len(text.strip())):
                chosen.add(sibling)
    return [block for block in blocks if block in chosen]


def _rewrite(block) -> None:
    """Replace the block's own text runs with `<p>`s (or `<div>`s for link-heavy runs), split at
    `<br><br>` and at child blocks; child blocks stay where they were."""
    from lxml.html import Element

    out: list = []
    run: list = []  # [text or element, ...] of the current paragraph

    def add_text(text: str | None) -> None:
        if text:
            run.append(text)

    def flush() -> None:
        if not run:
            return
        paragraph = Element("p")
        for item in run:
            if isinstance(item, str):
                if len(paragraph):
                    paragraph[-1].tail = (paragraph[-1].tail or "") + item
                else:
                    paragraph.text = (paragraph.text or "") + item
            else:
                paragraph.append(item)
        run.clear()
        if not paragraph.text_content().strip():
            return
        text, linked = _own_text(paragraph)
        if linked > MAX_LINK_SHARE * max(1, len(text.strip())):
            paragraph.tag = "div"
        out.append(paragraph)

    add_text(block.text)
    held_br = None  # a <br> not yet known to be single (kept) or the first of two (a boundary)
    children = list(block)
    for child in children:
        tail, child.tail = child.tail, None
        block.remove(child)
        if isinstance(child.tag, str) and child.tag.lower() == "br":
            if held_br is not None:
                flush()
                held_br = None
            else:
                held_br = child
        elif _is_inline(child):
            if held_br is not None:
                run.append(held_br)
                held_br = None
            run.append(child)
        else:
            held_br = None
            flush()
            out.append(child)
        if tail and tail.strip():
            if held_br is not None:
                run.append(held_br)
                held_br = None
            add_text(tail)
        elif tail and held_br is None:
            add_text(tail)
    flush()
    block.text = None
    for element in out:
        block.append(element)


_TABLE_PARTS = frozenset(("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"))


def _unframe_tables(cell) -> None:
    """A prose cell's tables are page layout, not data: extraction without tables would drop the
    story, so each table around it becomes plain `<div>`s (its other cells become divs too, judged
    like any div). Tables nested elsewhere in them stay tables."""
    for table in list(cell.iterancestors("table")):
        parts = [table] + [
            e for e in table.iter(*_TABLE_PARTS)
            if e is not table and next(e.iterancestors("table"), None) is table
        ]
        for element in parts:
            element.tag = "div"


def paragraph_tree(markup: str):
    """(tree, blocks rewritten): the page parsed as trafilatura parses it, with prose written in
    blocks turned into `<p>`s. With no block rewritten the tree is what trafilatura would build
    from the markup itself, so passing it on changes nothing and saves a second parse. (None, 0)
    when lxml finds no document."""
    from trafilatura.utils import load_html

    tree = load_html(markup)
    if tree is None:
        return None, 0
    blocks = _prose_blocks(tree)
    for block in blocks:
        if block.tag == "td":
            _unframe_tables(block)
        _rewrite(block)
    return tree, len(blocks)
