"""Conversions that disagree: two articles give the same sum in one currency and convert it into
another currency with figures that cannot both be right ("worth 105.9m yen ($950,700)" against
"valued at ¥105.9 million (US$1,560,000)").

A conversion is a sum followed by its value in other currencies in brackets: "€1.2 million ($1.3
million)", "¥105.9m (US $950,700, £770,000)", "£5,000 (about $6,100)". Two conversions from different
articles (not copies of one another) are of the same sum when the source currency is the same and
the amounts agree to 1%; they conflict when a target currency both give differs by more than a
quarter (exchange rates of one pair rarely move a quarter within one story; rounding and a few
days' drift stay well inside it). A bare "$" is read as US dollars unless written with a country
prefix ("A$", "C$", "HK$" are other currencies), the common case in English news wires.

Words only: no parser needed.
"""

from __future__ import annotations

import re

from ..types import Citation, Conflict, ConflictSide, Document

_PREFIX = {"us$": "usd", "us $": "usd", "usd": "usd", "$": "usd", "£": "gbp", "€": "eur", "¥": "jpy", "a$": "aud", "au$": "aud",
           "c$": "cad", "ca$": "cad", "hk$": "hkd", "nz$": "nzd", "s$": "sgd", "r$": "brl", "rs": "inr", "rs.": "inr"}
_SUFFIX = {"yen": "jpy", "euro": "eur", "euros": "eur", "yuan": "cny", "renminbi": "cny", "rupees": "inr", "won": "krw",
           "rubles": "rub", "roubles": "rub", "francs": "chf", "pesos": "mxn", "reais": "brl", "dirhams": "aed", "shekels": "ils"}
_SCALE = {"m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "b": 1e9, "billion": 1e9, "k": 1e3, "thousand": 1e3, "trillion": 1e12, "tn": 1e12}
_PRE = r"(?P<pre>(?:US|AU|A|CA|C|HK|NZ|S|R)\s?\$|USD|Rs\.?|[$£€¥])"
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_AMOUNT = re.compile(rf"(?:{_PRE}\s?{_NUM}|(?<![\w$£€¥.]){_NUM.replace('num', 'bare')})\s?(?P<scale>million|billion|trillion|thousand|mn|bn|tn|m|b|k)?\b"
                     rf"(?:\s(?P<suf>yen|euros?|yuan|renminbi|rupees|won|rubles|roubles|francs|pesos|reais|dirhams|shekels)\b)?", re.I)
_OPEN = re.compile(r"^\s*\(\s*(?:(?:about|around|roughly|approximately|some|nearly|almost|or|just over|just under|more than|over)\s+)?", re.I)
_SEP = re.compile(r"^\s*(?:,|;|/|or)\s*(?:(?:about|around|roughly|approximately|some|nearly|or)\s+)?", re.I)
_TOLERANCE = 0.01
_DISAGREE = 1.25


def _read(m) -> tuple[str, float] | None:
    pre, suf = (m.group("pre") or "").lower().replace(" ", ""), (m.group("suf") or "").lower()
    cur = _SUFFIX.get(suf) or _PREFIX.get(pre if pre != "us$" else "us$")
    if not cur:
        return None
    raw = (m.group("num") or m.group("bare")).replace(",", "")
    return cur, float(raw) * _SCALE.get((m.group("scale") or "").lower(), 1.0)


def conversions(text: str) -> list[tuple[str, float, dict[str, float]]]:
    """(source currency, amount, {target currency: amount}) for each bracketed conversion in `text`."""
    out = []
    for m in _AMOUNT.finditer(text):
        src = _read(m)
        if src is None:
            continue
        rest = text[m.end():]
        opened = _OPEN.match(rest)
        if not opened or "(" not in opened.group(0):
            continue
        pos, targets = opened.end(), {}
        while True:
            t = _AMOUNT.match(rest, pos)
            if not t:
                break
            got = _read(t)
            if got is None or got[0] == src[0]:
                break
            targets.setdefault(got[0], got[1])
            sep = _SEP.match(rest[t.end():])
            if not sep:
                break
            pos = t.end() + sep.end()
        if targets:
            out.append((src[0], src[1], targets))
    return out


def _cite(s) -> Citation:
    return Citation(s.article_id, s.start, s.end, s.index)


def conversion_conflicts(documents: tuple[Document, ...], *, sources=None) -> list[Conflict]:
    """The same sum converted into one currency with figures more than a quarter apart, by two
    articles (see the module docstring)."""
    found = []
    for d_i, d in enumerate(documents):
        for s in d.sentences:
            if "(" in s.text:
                found.extend((d_i, s, c) for c in conversions(s.text))
    out, seen = [], set()
    root = (lambda a: sources.root.get(a, a)) if sources is not None else (lambda a: a)
    for x in range(len(found)):
        for y in range(x + 1, len(found)):
            (da, sa, (ca, va, ta)), (db, sb, (cb, vb, tb)) = found[x], found[y]
            if da == db or ca != cb or root(sa.article_id) == root(sb.article_id):
                continue
            if abs(va - vb) > _TOLERANCE * max(va, vb):
                continue
            for cur in sorted(set(ta) & set(tb)):
                lo, hi = sorted((ta[cur], tb[cur]))
                if lo <= 0 or hi / lo <= _DISAGREE or (sa.article_id, sa.index, sb.article_id, sb.index) in seen:
                    continue
                seen.add((sa.article_id, sa.index, sb.article_id, sb.index))
                sides = tuple(ConflictSide(text=s.text, citations=(_cite(s),), value=f"{v:,.0f} {cur.upper()}", article_ids=(s.article_id,))
                              for s, v in ((sa, ta[cur]), (sb, tb[cur])))
                out.append(Conflict(about=f"number: the same {ca.upper()} sum converted to {cur.upper()} two ways", kind="number", sides=sides))
    return out
