"""The words, numbers and names an article's headline and lead are about, for the story linker.

`article_keys(article)` gives a small bag of *keys* with counts:
- content words: casefolded, stop words dropped, plural/possessive endings cut ("minister");
- numbers, prefixed `#` ("#94", "#1100"): "94-1" and "1,100" are the same-event facts that
  short texts keep.
Names are not a separate kind: the training text (Multi-News) is lower-cased, so a learned weight
for capitalised names could not be fitted; a name is a rare word, and rare words weigh most.

Stories keep the same bag (their most frequent keys), so the store needs no new column: it is
the `entities` field of `StoryState`. Word rarity comes from an IDF table learned on the
Multi-News training split and shipped in `data/story_linker.json`; a word missing from the table
is rarer than every word in it.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from ..embed.hashing import STOPWORDS
from ..types import Article

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d[\d,.]*\d|\d", re.UNICODE)

# Stop words the hashing embedder keeps (it works on word pairs) but that say nothing here.
_EXTRA_STOP = frozenset(
    """could should may might must shall can also even still back get got make made way well much
    many first last over since among amid after before while however three four five six seven
    eight nine ten monday tuesday wednesday thursday friday saturday sunday week weeks day days
    month months time times say saying call called""".split()
)


@lru_cache(maxsize=200_000)
def normalise_word(word: str) -> str:
    word = word.casefold().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def text_words(text: str) -> list[str]:
    """Content words of `text` (no numbers), normalised."""
    out = []
    for token in _WORD.findall(text):
        if token[0].isdigit():
            continue
        word = normalise_word(token)
        if len(word) > 1 and word not in STOPWORDS and word not in _EXTRA_STOP:
            out.append(word)
    return out


def text_numbers(text: str) -> list[str]:
    """Numbers as `#digits` (separators dropped), leaving out 0-9 (too common to mean anything)."""
    out = []
    for token in _WORD.findall(text):
        if token[0].isdigit():
            digits = token.replace(",", "")
            if digits.endswith(".0"):
                digits = digits[:-2]
            if len(digits) > 1:
                out.append("#" + digits)
    return out


def text_keys(text: str) -> Counter:
    keys = Counter(text_words(text))
    keys.update(text_numbers(text))
    return keys


def article_keys(article: Article, *, words: int = 120) -> Counter:
    """Keys of the headline and the first `words` words of the body."""
    body = " ".join(article.text.split()[:words])
    title = (article.title or "").strip()
    text = f"{title}. {body}" if title and not body.startswith(title) else body
    return text_keys(text)


def top_keys(counts: dict[str, int], *, keep: int = 80) -> dict[str, int]:
    """The `keep` most frequent keys (ties by key), so a story's state stays small."""
    if len(counts) <= keep:
        return dict(counts)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:keep])


def merged_keys(a: dict[str, int], b: dict[str, int], *, keep: int = 80) -> dict[str, int]:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + int(v)
    return top_keys(out, keep=keep)


__all__ = ["article_keys", "merged_keys", "normalise_word", "text_keys", "text_numbers", "text_words", "top_keys"]
