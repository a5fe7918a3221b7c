"""What kind of piece a page says it is: opinion, editorial, column or analysis (issue 13:
"opinion pieces are not stated as fact").

The text-only cues of `summarize/opinion.py` (first person, judging words) miss columns written
without them; but publishers label their opinion pages, and the label is read here, once, by the
readers (`article.build_article` sets `Article.genre`):

- the URL path: a section segment (`/opinion/`, `/opinions/`, `/op-ed/`, `/commentary/`,
  `/columns/`, `/columnists/`, `/editorials/`, `/commentisfree/`, `/analysis/`, ...) or a slug
  that opens with the label ("/news/opinion-the-case-for-...") or ends with it before an id
  ("...-opinion-1234567");
- the title: a label before the headline ("Opinion | ...", "OPINION: ...", "Op-Ed: ...",
  "Editorial: ...", "Column: ...", "Analysis: ...") or after it ("... | Opinion", "... (Opinion)");
- the page's metadata (HTML): `<meta property="article:section" content="Opinion">` (and the
  `section` / `parsely-section` names), the labels of `<title>` and `og:title`, JSON-LD `"@type": "OpinionNewsArticle"` or
  `"AnalysisNewsArticle"` (schema.org) and `"articleSection": "Opinion"`;
- a JSON record's own field (`genre`, `section`, `articleSection`, `@type`).

The forms are the publishers' conventions (schema.org's NewsArticle subtypes, Open Graph's
`article:section`, the section paths and headline labels of English-language news sites), not
words fitted to a dev file. A word that only names a topic is no label: "public opinion",
"a court's majority opinion", "/analysis-of-..." inside a news slug.

`declared(url=, title=, markup=, given=)` -> OPINION, EDITORIAL, COLUMN, ANALYSIS or None; the
strongest evidence wins (metadata, then the title, then the URL) and among labels the order is
the metadata's own.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import unquote, urlsplit

OPINION, EDITORIAL, COLUMN, ANALYSIS = "opinion", "editorial", "column", "analysis"
GENRES = (OPINION, EDITORIAL, COLUMN, ANALYSIS)

# One label word (as a section name, a path segment or a headline label) -> its genre.
_WORDS = {
    "opinion": OPINION, "opinions": OPINION, "op-ed": OPINION, "op-eds": OPINION, "oped": OPINION, "opeds": OPINION,
    "op ed": OPINION, "commentary": OPINION, "commentisfree": OPINION, "comment": OPINION, "viewpoint": OPINION,
    "viewpoints": OPINION, "perspective": OPINION, "perspectives": OPINION, "guest opinion": OPINION,
    "letters to the editor": OPINION, "letter to the editor": OPINION, "our view": OPINION, "my view": OPINION,
    "editorial": EDITORIAL, "editorials": EDITORIAL, "editorial board": EDITORIAL,
    "column": COLUMN, "columns": COLUMN, "columnist": COLUMN, "columnists": COLUMN, "guest column": COLUMN,
    "analysis": ANALYSIS, "news analysis": ANALYSIS,
}
# Path segments (lower case, the whole segment). "comment" and "perspective(s)" stay out of paths:
# a comments page, a "perspective" product name.
_SEGMENTS = {w for w in _WORDS if " " not in w and w not in ("comment", "perspective", "perspectives")} | {
    "op_ed", "letters", "letters-to-the-editor", "guest-column", "guest-opinion", "news-analysis", "editorial-board", "voices"}
_SEGMENT_GENRE = dict(_WORDS, op_ed=OPINION, letters=OPINION, voices=OPINION, **{
    "letters-to-the-editor": OPINION, "guest-column": COLUMN, "guest-opinion": OPINION, "news-analysis": ANALYSIS,
    "editorial-board": EDITORIAL})
# A slug that carries the label: "opinion-..." at its start, "...-opinion" before an id or at the end;
# not when the word before it makes it a topic ("public-opinion", "majority-opinion").
_SLUG_HEAD = re.compile(r"^(opinion|op-ed|oped|editorial|commentary|analysis)-[a-z0-9]")
_SLUG_TAIL = re.compile(r"(?<!public)(?<!majority)(?<!dissenting)(?<!court)(?<!legal)(?<!medical)(?<!second)"
                        r"(?<!expert)(?<!concurring)-(opinion|op-ed|editorial|commentary)(?:-\d+)?(?:\.html?)?$")

_LABEL = r"opinion|op-ed|op ed|editorial|commentary|column|guest column|guest opinion|analysis|news analysis|perspective|viewpoint|our view|my view"
# "Opinion | X", "OPINION: X", "Op-Ed — X", "Analysis: X", "(Opinion) X" at the head of a title.
_TITLE_HEAD = re.compile(rf"(?i)^\W{{0,3}}({_LABEL})\s*(?:[:|—–]|-\s)|^\(\s*({_LABEL})\s*\)")
# "X | Opinion", "X - Opinion", "X (Opinion)", "X | Opinion | The Site" at the tail of a title.
_TITLE_TAIL = re.compile(r"(?i)(?:\s[|—–-]\s*|\(\s*)(opinion|op-ed|editorial|commentary|column|analysis)s?\s*\)?(?:\s*[|—–-]\s*[^|—–]{1,40})?\s*$")

_META = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_META_NAMES = {"article:section", "section", "parsely-section", "og:article:section", "article.section", "dc.subject.section"}
_TITLE_TAG = re.compile(r"<title\b[^>]*>([^<]{1,400})</title\s*>", re.I)
_LD = re.compile(r"<script\b[^>]*ld\+json[^>]*>(.*?)</script\s*>", re.I | re.S)
_SCHEMA_TYPES = {"opinionnewsarticle": OPINION, "analysisnewsarticle": ANALYSIS}


def section_genre(value) -> str | None:
    """The genre a section name declares ("Opinion", "Opinion/Columnists", "Opinion - Letters",
    "News Analysis", ["News", "Opinion"]), or None ("Politics", "World")."""
    if isinstance(value, (list, tuple)):
        for v in value:
            g = section_genre(v)
            if g:
                return g
        return None
    if not isinstance(value, str):
        return None
    text = " ".join(value.lower().replace("_", " ").split())
    if text in _WORDS:
        return _WORDS[text]
    if text.endswith("newsarticle") and text.replace(" ", "") in _SCHEMA_TYPES:
        return _SCHEMA_TYPES[text.replace(" ", "")]
    parts = [_WORDS[p] for p in re.split(r"\s*[/>|,;:]\s*|\s+[-–—]\s+", text) if p in _WORDS]
    return parts[-1] if parts else None  # the narrowest: "Opinion/Columnists" is a column


def from_url(url: str | None) -> str | None:
    """The genre the URL's path declares, or None."""
    if not url:
        return None
    try:
        path = unquote(urlsplit(url.strip()).path).lower()
    except ValueError:
        return None
    segments = [s for s in path.split("/") if s]
    sections = [_SEGMENT_GENRE[s] for s in segments[:-1] if s in _SEGMENTS]  # every segment but the slug
    if sections:
        return sections[-1]  # the narrowest: "/opinion/editorials/..." is an editorial
    if segments:
        slug = segments[-1]
        if slug in _SEGMENTS and len(segments) > 1:
            return None  # "/opinion" alone is the section's index page, not an article; kept as is
        m = _SLUG_HEAD.match(slug) or _SLUG_TAIL.search(slug)
        if m:
            return _SEGMENT_GENRE.get(m.group(1))
    return None


def from_title(title: str | None) -> str | None:
    """The genre a label in the title declares ("Opinion | ...", "... | Opinion"), or None."""
    if not title:
        return None
    m = _TITLE_HEAD.search(title) or _TITLE_TAIL.search(title)
    if not m:
        return None
    word = " ".join((m.group(1) or m.group(m.lastindex or 1) or "").lower().split())
    return _WORDS.get(word) or _WORDS.get(word.rstrip("s"))


def from_markup(markup: str | None) -> str | None:
    """The genre an HTML page's metadata declares (meta section tags, JSON-LD type and section)."""
    if not markup:
        return None
    head = markup[:400_000]
    titles = [m.group(1) for m in _TITLE_TAG.finditer(head[:100_000])]
    for m in _META.finditer(head):
        attrs = {k.lower(): a or b for k, a, b in _ATTR.findall(m.group(0))}
        name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if name in _META_NAMES or name == "articlesection":
            g = section_genre(attrs.get("content") or "")
            if g:
                return g
        elif name in ("og:title", "twitter:title"):
            titles.append(attrs.get("content") or "")
    for m in _LD.finditer(head):
        try:
            data = json.loads(m.group(1).strip())
        except ValueError:
            continue
        g = _ld_genre(data, 0)
        if g:
            return g
    # the page's own titles: the extractor may take the headline from an <h1> with no label
    for t in titles:
        g = from_title(html.unescape(" ".join(t.split())))
        if g:
            return g
    return None


def _ld_genre(data, depth: int) -> str | None:
    """The genre a JSON-LD object (or list, or @graph) declares by its @type or articleSection."""
    if depth > 4:
        return None
    if isinstance(data, list):
        for item in data:
            g = _ld_genre(item, depth + 1)
            if g:
                return g
        return None
    if not isinstance(data, dict):
        return None
    types = data.get("@type")
    for t in types if isinstance(types, list) else [types]:
        if isinstance(t, str) and t.lower() in _SCHEMA_TYPES:
            return _SCHEMA_TYPES[t.lower()]
    if isinstance(types, (str, list)) and any(isinstance(t, str) and t.lower().endswith("article") for t in (types if isinstance(types, list) else [types])):
        g = section_genre(data.get("articleSection"))
        if g:
            return g
    return _ld_genre(data.get("@graph"), depth + 1) if "@graph" in data else None


def declared(*, url: str | None = None, title: str | None = None, markup: str | None = None, given=None) -> str | None:
    """OPINION, EDITORIAL, COLUMN, ANALYSIS or None: what the page says it is (module docstring).
    `given` is a section or type a JSON record names ("Opinion", "OpinionNewsArticle")."""
    return section_genre(given) or from_markup(markup) or from_title(title) or from_url(url)


def article_genre(article) -> str | None:
    """What an `Article` says it is: the readers' `Article.genre`, else read from its url and title
    (articles built in code, or read back from the store, which keeps no genre)."""
    return getattr(article, "genre", None) or declared(url=article.url, title=article.title)
