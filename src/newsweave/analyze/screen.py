"""Setting aside inputs that are not articles about the story, each with a stated reason.

`screen_documents(documents)` returns the documents to keep and a `SetAside` record for each one
left out. Three kinds, each decided from the document's own words (no metadata, no labels):
- **boilerplate**: most of the text is web-archive, error, login/paywall, cookie or social-media
  page furniture ("No More 404" and Wayback crawl notices, "Tweet with a location", "JavaScript is
  disabled", "verify your email", "subscribe to continue"), or every sentence is page furniture
  (`furniture_only_kinds`: a reprint notice, a sign-up box; the rule ingest applies too).
- **widget**: a weather box or similar: forecast words and degree readings, not prose.
- **off-topic**: in a story of three to forty documents, one that shares almost no content words
  with any other while the others share plenty ("far from the rest in content"), and no name either
  (a piece that names a person, place or body another article names is about the story, however
  few words it shares: short pieces of one story from outlets of opposite leanings often do). The
  rest must be coherent in words, not only in cosine: two of its documents share at least
  `_REST_SHARED` content words; two short pieces sharing three words are no yardstick.

Conservative by design: a document is set aside only when most of its words are furniture, or
when it is clearly apart from a coherent rest; off-topic needs at least three documents; and the
screen never sets aside every document (the longest of the last ones stays).
"""

from __future__ import annotations

import math
import re
from collections import Counter

from ..text.tokens import content_terms, words
from ..types import Document, SetAside

_FURNITURE = {
    "web-archive notice": re.compile(
        r"(?i)(wayback machine|internet archive|no more 404|web ?crawls?\b|crawl data|crawls? (?:are|is) part of an effort|"
        r"focused crawls|crawl of outlinks|archive-it|these files are currently not publicly accessible|archived pages?)"
    ),
    "Twitter page furniture": re.compile(
        r"(?i)(tweet with a location|location information to your tweets|add a location to your tweets|legacy twitter|"
        r"tweet location history|twitter stores that location)"
    ),
    "browser or error page": re.compile(
        r"(?i)(javascript is (?:disabled|not enabled)|enable javascript|your browser (?:is|does)|supported browser|"
        r"page (?:not found|cannot be found|you requested)|error 404|404 error|access denied|something went wrong|"
        r"please try again later|content (?:is )?not available|cookies? (?:policy|settings)|we use cookies)"
    ),
    "login or paywall page": re.compile(
        r"(?i)(verification email|activate your (?:profile|account)|subscribe to (?:continue|read)|already a subscriber|"
        r"subscribers only|purchase the current issue|to access all current articles|sign in to (?:continue|read)|"
        r"create (?:a free|an) account|log ?in to (?:continue|read|comment)|will appear next to all of your comments|"
        r"reached your (?:free )?(?:article )?limit|register to continue)"
    ),
}
_WEATHER = re.compile(
    r"(?i)(\d+\s*°|°\s*[CF]\b|\bhumidity\b|\bforecast\b|\bprecip(?:itation)?\b|\bwind\s+(?:speed|gusts?)\b|\bmph\b|"
    r"\bsunrise\b|\bsunset\b|\buv index\b|\bdew point\b|\bfeels like\b|\bhigh(?:s)? of \d|\blows? of \d|\bchance of rain\b)"
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")

# Furniture share of the words (by sentence) that makes a document boilerplate; a short page
# needs less, since one notice is most of it.
_FURNITURE_SHARE = 0.5
_SHORT_WORDS = 80
_WEATHER_DENSITY = 0.08  # weather terms per word
# Off-topic: the document's best similarity to any other is under this, while the others'
# typical similarity to each other is at least _APART times higher.
_OFF_TOPIC_MAX = 0.06
_APART = 3.0
_REST_SHARED = 8  # content words two other documents share before one is judged apart from the rest
# Off-topic is judged among at most this many documents (pairwise work grows with the square;
# a call with hundreds of articles is a clustering question, not a screening one).
_OFF_TOPIC_MAX_DOCS = 40


def _furniture(text: str) -> tuple[float, str | None]:
    """Share of the words in furniture sentences, and the commonest kind of furniture."""
    total = 0
    hit = 0
    kinds: Counter[str] = Counter()
    for piece in _SENTENCE_SPLIT.split(text):
        n = len(words(piece))
        total += n
        for kind, pattern in _FURNITURE.items():
            if pattern.search(piece):
                hit += n
                kinds[kind] += n
                break
    if not total:
        return 0.0, None
    return hit / total, (kinds.most_common(1)[0][0] if kinds else None)


# The sentence kinds of `text.furniture` that are page furniture, not story text. A transcript's
# speaker labels ("label"), a page's note on itself ("meta") and a cut-off teaser may be all a short
# piece is, and do not make it furniture.
_PAGE_KINDS = frozenset({"newsletter", "cookie", "promo", "archive", "widget", "video", "credit", "caption", "related", "byline", "symbols", "empty"})
_KIND_WORDS = {
    "newsletter": "sign-up or newsletter text", "cookie": "cookie or browser notice", "promo": "app or page promotion",
    "archive": "reprint, copyright or archive notice", "widget": "page widget", "video": "video player text", "credit": "photo credit",
    "caption": "photo caption", "related": "related links", "byline": "byline", "symbols": "symbols", "empty": "nothing",
}
_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*\s*$""")


def furniture_only_kinds(document: Document) -> tuple[str, ...]:
    """The kinds of page furniture a document is made of when every sentence of it is furniture
    (`text.furniture.furniture_kind` on its content span, or inside a sign-up, reprint or archive block
    opening its line, `furniture_block.leading_block_end`), in order of first appearance; () when any
    sentence may be story text. One sentence on one line with no sentence end is a title-only record
    (a feed's headline: "... subscribe ... channel video", "photo courtesy <a firm>") and is never
    furniture only. Session 25: a reprint notice stored as an article joined a story."""
    from ..text.furniture import content_span, furniture_kind
    from ..text.furniture_block import leading_block_end

    text = document.article.text
    if not document.sentences or (len(document.sentences) == 1 and "\n" not in text.strip() and not _SENTENCE_END.search(text)):
        return ()
    kinds: dict[str, None] = {}
    blocks: dict[int, int] = {}  # line start -> where its leading furniture block ends
    for s in document.sentences:
        a, b = content_span(s.text)
        kind = furniture_kind(s.text[a:b])
        if kind is None:  # story text (a block's sentences are of its kinds; a button glued before text ends before it)
            return ()
        if kind not in _PAGE_KINDS:
            line_start = text.rfind("\n", 0, s.start) + 1
            if line_start not in blocks:
                line_end = text.find("\n", s.end)
                blocks[line_start] = line_start + leading_block_end(text[line_start : len(text) if line_end < 0 else line_end])
            if s.end > blocks[line_start]:
                return ()
            kind = kind if kind in _PAGE_KINDS else "newsletter"  # a button of the block ("Subscribe")
        kinds[kind] = None
    return tuple(kinds)


def _vectors(documents: tuple[Document, ...]) -> list[dict[str, float]]:
    terms = [Counter(content_terms(d.article.text)) for d in documents]
    df: Counter[str] = Counter()
    for t in terms:
        df.update(t.keys())
    n = len(documents)
    out = []
    for t in terms:
        vec = {w: (1 + math.log(c)) * math.log(1 + n / df[w]) for w, c in t.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out.append({w: v / norm for w, v in vec.items()})
    return out


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


_NAME = re.compile(r"\b[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?\b|\b[A-Z]{2,}\b")
_NOT_NAMES = frozenset(
    "The A An In On At But And Or If As It He She They We I You This That These Those His Her Their Its Our My Your "
    "Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December".split()
)


def _names(text: str) -> set[str]:
    """Capitalised words that are not a sentence's first word (nor a pronoun, title, day or month), lower-cased."""
    out = set()
    for piece in _SENTENCE_SPLIT.split(text):
        for m in _NAME.finditer(piece):
            if m.start() == 0 or not piece[: m.start()].strip() or m.group(0) in _NOT_NAMES:
                continue
            out.add(m.group(0).lower())
    return out


def names_in_common(texts, at_least: int = 1) -> bool:
    """Do two of `texts` name at least `at_least` of the same people, places or bodies (`_names`)?"""
    found = [_names(t) for t in texts]
    return any(len(found[a] & found[b]) >= at_least for a in range(len(found)) for b in range(a + 1, len(found)))


def _median(xs: list[float]) -> float:
    xs = sorted(xs)
    if not xs:
        return 0.0
    mid = len(xs) // 2
    return xs[mid] if len(xs) % 2 else (xs[mid - 1] + xs[mid]) / 2


def not_an_article(document: Document, *, furniture_only: bool = True, label: str | None = None) -> SetAside | None:
    """The rules that judge one document alone (no story needed): boilerplate, a weather widget and,
    with `furniture_only`, a text made of nothing but page furniture (`furniture_only_kinds`). None
    for an article. Ingest applies all three before an article may join a story (issue 12, session
    25), and so does the analysis's screen (session 26: `newsweave analyze` on a folder holding a
    reprint notice sets it aside with the same reason). `label`: as shown (default `_label`)."""
    text = document.article.text
    n_words = len(words(text))
    share, kind = _furniture(text)
    if kind and (share >= _FURNITURE_SHARE or n_words < _SHORT_WORDS and share >= 0.3):
        return SetAside(document.article.id, f"not an article: {kind} ({share:.0%} of its words)", "boilerplate", _label(document) if label is None else label)
    weather = len(_WEATHER.findall(text))
    if n_words and weather >= 3 and weather / n_words >= _WEATHER_DENSITY:
        return SetAside(document.article.id, f"not an article: a weather widget ({weather} forecast terms in {n_words} words)", "widget", _label(document) if label is None else label)
    kinds = furniture_only_kinds(document) if furniture_only else None
    if kinds:
        shown = ", ".join(_KIND_WORDS.get(k, k) for k in kinds)
        return SetAside(document.article.id, f"not an article: only page furniture ({shown})", "boilerplate", _label(document) if label is None else label)
    return None


def screen_documents(documents: tuple[Document, ...]) -> tuple[tuple[Document, ...], tuple[SetAside, ...]]:
    """Split `documents` into those kept and those set aside (with reasons), in input order."""
    reasons: dict[int, SetAside] = {}
    for i, doc in enumerate(documents):
        found = not_an_article(doc)  # the rules ingest applies, furniture-only included (session 26)
        if found is not None:
            reasons[i] = found

    rest = [i for i in range(len(documents)) if i not in reasons]
    if 3 <= len(rest) <= _OFF_TOPIC_MAX_DOCS:
        vecs = _vectors(tuple(documents[i] for i in rest))
        n = len(rest)
        sims = [[0.0] * n for _ in range(n)]
        for a in range(n):
            for b in range(a + 1, n):
                sims[a][b] = sims[b][a] = _cosine(vecs[a], vecs[b])
        pairs = [(x, y, sims[x][y]) for x in range(n) for y in range(x + 1, n)]
        names = [_names(documents[i].article.text) for i in rest]
        words_of = [set(v) for v in vecs]
        for a, i in enumerate(rest):
            best = max(sims[a])
            typical = _median([v for x, y, v in pairs if a not in (x, y)])
            named = any(names[a] & names[b] for b in range(n) if b != a)  # names what another article names
            coherent = max((len(words_of[x] & words_of[y]) for x, y, _ in pairs if a not in (x, y)), default=0) >= _REST_SHARED
            if best < _OFF_TOPIC_MAX and typical >= _APART * max(best, 0.01) and not named and coherent:
                reasons[i] = SetAside(
                    documents[i].article.id,
                    f"off-topic: shares almost nothing with the other articles (best similarity {best:.2f}, theirs {typical:.2f})",
                    "off-topic",
                    _label(documents[i]),
                )

    if len(reasons) >= len(documents) and documents:
        keep = max(range(len(documents)), key=lambda i: (reasons[i].kind != "boilerplate", len(documents[i].article.text)))
        del reasons[keep]
    kept = tuple(d for i, d in enumerate(documents) if i not in reasons)
    return kept, tuple(reasons[i] for i in sorted(reasons))


def _label(doc: Document) -> str:
    """The input as shown (`read.outlet.set_aside_label`; the store applies the same rule to
    reports it stored before the rule changed)."""
    from ..read.outlet import set_aside_label

    return set_aside_label(doc.article)
