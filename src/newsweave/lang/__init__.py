"""Language packs: what newsweave knows about a language, one module per language (spaCy's
`lang/`, sumy's per-language stop words). English is the first pack.

    from newsweave.lang import pack_for
    pack = pack_for(article)          # chosen by Article.language; English when unknown

An article whose language has no pack is handled with the English pack, and the pipeline says so
in a warning (`missing_pack_warnings`). Adding a language: one new module `lang/xx.py` with the
same names as `en.py`, plus one line in `PACKS`.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ..types import Article, ReadProblem

DEFAULT = "en"
# Language code -> module holding its pack.
PACKS: dict[str, str] = {
    "en": "newsweave.lang.en",
}


@dataclass(frozen=True)
class LanguagePack:
    code: str
    name: str
    stop_words: frozenset[str]
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    honorifics: frozenset[str]


def base_code(code: str | None) -> str | None:
    """'en-GB' → 'en'; None or '' → None."""
    return code.split("-")[0].split("_")[0].lower() if code else None


def get_pack(code: str) -> LanguagePack | None:
    """The pack for a language code ('en', 'en-GB'), or None when there is none."""
    return _load(base_code(code) or "")


@cache
def _load(code: str) -> LanguagePack | None:
    module = PACKS.get(code)
    if module is None:
        return None
    m = importlib.import_module(module)
    return LanguagePack(m.CODE, m.NAME, m.STOP_WORDS, m.MONTHS, m.WEEKDAYS, m.HONORIFICS)


def pack_for(article: Article) -> LanguagePack:
    """The pack of the article's language; the default (English) when it has none or is unknown."""
    return get_pack(article.language or DEFAULT) or get_pack(DEFAULT)


def missing_pack_warnings(articles: Iterable[Article]) -> tuple[ReadProblem, ...]:
    """One warning per article whose (known) language has no pack."""
    out = []
    for a in articles:
        code = base_code(a.language)
        if code and code not in PACKS:
            out.append(ReadProblem(a.source or a.id, f"no language pack for {a.language!r}: analysed with the English word lists, results may be poor", level="warning"))
    return tuple(out)
