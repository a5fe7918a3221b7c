"""Which of `furniture._KINDS`' patterns can match a text: a literal prefilter (session 28, brief P5).

`furniture_kind` searched every sentence with 18 patterns, most of them long alternations of
`\\bword` branches (about 0.46 ms a sentence, 47 ms of CPU over the 101 sentences furniture is asked
about in the Corbyn example). Most sentences hold none of the words those branches need, so a pattern
runs only when the sentence holds, for at least one of its alternatives, a word of each of its groups:
`NEEDS[i]` is, for the i-th pattern, a tuple of alternatives (ORed), each a tuple of groups (ANDed) of
lower-case literals (ORed) looked up in `text.lower()`; `None` means "always run" (anchored patterns
that fail at once).
They were read off the branches of each pattern: every branch's match contains a word of each group
of at least one alternative. Texts holding a character that `re.I` folds to an ASCII letter
but `str.lower()` does not (İ ı ſ K, as in `dates._FOLD_ODD`) run every pattern.

Measured: old vs new `furniture_kind` identical on every sentence, line and whole text of the dev
files and the harbour example, and no pattern ever matched a text the prefilter skipped it on
(`benchmarks/ANALYSIS.md`, session 28, brief P5).
"""

from __future__ import annotations

import re

Group = tuple[str, ...]  # words, ORed
Alternatives = tuple[tuple[Group, ...], ...] | None  # alternatives ORed, each a tuple of groups ANDed


def _any(*words: str) -> tuple[tuple[Group, ...], ...]:
    """One alternative: any of `words`."""
    return ((words,),)


def _all(*groups: Group) -> tuple[tuple[Group, ...], ...]:
    """One alternative: a word of every group."""
    return (groups,)


_SHOTS = ("photo", "image", "picture", "handout", "screen", "video")
_POSITIONS = ("above", "below", "pictured", "left", "right", "top", "bottom", "image")
_HEADS = ("related", "read", "more", "also", "recommended", "trending", "popular", "click", "watch", "listen", "video", "gallery", "slideshow", "photos")
_SOCIAL = ("facebook", "twitter", "whatsapp", "linkedin", "pinterest", "reddit", "email")

NEEDS: tuple[tuple[str, Alternatives], ...] = (
    ("credit", _any("image", "photo", "picture", "video", "courtesy", "getty", "wire", "shutterstock", "source", "/")),
    (  # "this ... photo" at the start; "above:" at the start; a weekday (all end on "day") and the comma after the day of the month
        "caption",
        _all(("this",), _SHOTS) + _all(_POSITIONS, (":", ",")) + _all(("day",), (",",)),
    ),
    ("related", _all(_HEADS, (":", "|", ">", "»", "-")) + _any("[", "(", "click", "read")),
    (
        "newsletter",
        _any("sign", "subscri", "newsletter", "unlimited", "delivered", "thank", "valid", "please", "occurred", "verification", "confirmation", "spam", "junk", "activate")
        + _all(("news",), ("mail", "alert")),
    ),
    ("promo", _any("download", "install", "available", "conversation", "comments") + _all(("news",), ("app",)) + _all(("you",), ("also",))),
    ("cookie", _any("cookie", "browser", "javascript", "privacy", "terms", "blocker", "disable")),
    (
        "archive",
        _any(
            "reserved", "copyright", "©", "material", "publish", "update", "corrected", "archived", "amended", "contributed", "wayback",
            "commercial", "reprints", "presentation-ready", "crawl", "broken", "follow", "email", "contact", "correction", "modified",
            "welcome", "closed",
        )
        + _all(("not",), ("broadcast", "rewritten", "redistributed")) + _all(("have",), ("tip",)),
    ),
    (
        "widget",
        _any(
            "tweet", "embedded", "share", *_SOCIAL, "play", "continue", "skip", "loading", "http", "www.", "advertisement", "available",
            "autoplay", "domain", "address", "dns", "page", "error", "please", "learn", "outlinks", "interest",
        ),
    ),
    (
        "meta",
        _all(("this",), ("post", "article", "story", "page", "piece", "report")) + _any("above", "below", "cover", "list", "include", "contain", "updated"),
    ),
    ("meta", None),
    ("teaser", None),
    ("related", _any("more")),  # "... MORE" (case-sensitive; lower-cased here, so a superset)
    ("video", None),
    ("video", _any("embed")),
    ("video", None),
    ("label", None),
    ("byline", None),
    ("teaser", _any("...", "…")),
)

_LITERALS = tuple(sorted({word for _, alts in NEEDS for alt in alts or () for group in alt for word in group}))
# per pattern: the words of its one-group alternatives (any one will do) and its alternatives of several groups
_FLAT = tuple(
    (None, ()) if alts is None else (frozenset(w for alt in alts if len(alt) == 1 for w in alt[0]), tuple(tuple(map(frozenset, alt)) for alt in alts if len(alt) > 1))
    for _, alts in NEEDS
)
_UNGUARDED = [alts is None for _, alts in NEEDS]
_FOLD_ODD = re.compile("[\u0130\u0131\u017f\u212a]")  # fold to ASCII letters under re.I, not under lower()


def possible_patterns(text: str) -> list[bool]:
    """For each pattern of `furniture._KINDS`, in order: can it match `text`? False only when every
    alternative of it misses a literal."""
    if _FOLD_ODD.search(text):
        return [True] * len(NEEDS)
    low = text.lower()
    present = {word for word in _LITERALS if word in low}
    if not present:
        return list(_UNGUARDED)
    return [
        words is None or not present.isdisjoint(words) or any(all(not present.isdisjoint(group) for group in alt) for alt in several)
        for words, several in _FLAT
    ]
