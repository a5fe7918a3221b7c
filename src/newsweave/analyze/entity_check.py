"""A learned span check on the listed entities (issue 12, session 11, part 2).

Each round of string rules removes its own cases of the same families of noise (a name cut short,
a name with a title's or an adjective's words glued on, two names run together, a common word
capitalised) and fresh news brings new ones. `SpanCheck` scores each of a story's first
`CHECKED` entities by cheap evidence about its name and where the story writes it, and leaves the
ones it calls noise out of the listed entities (they stay in the index's look-ups, so quote
attribution and everything else that looks names up is unchanged):

- the name's shape: words, characters, capitals, digits, an acronym, a possessive inside, a
  lower-case or function word inside or at either end, one word only;
- the tagger's kind, how many articles and mentions, how many aliases, its place in the list;
- how the story writes the exact words: how often, in how many articles, how often in lower case,
  how often right after or before another capitalised word (a piece of a longer name), whether a
  longer listed name holds it or it holds a shorter listed name (a cut, or two run together);
- where its mentions stand: at a sentence's start, in a headline-case line, before an ellipsis,
  inside quotation marks, after "the".

The weights are a logistic regression trained by `benchmarks/train_entity_check.py` on the strict
verdicts of the scorer on the entity gold sets (`benchmarks/gold/entities_dev*.jsonl`) and shipped
as `newsweave/data/entity_check.json`; applying it needs no third-party package.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass

from ..shipped import shipped_model
from .entity_names import line_of, title_line

CHECKED = 30  # the first entities scored; the rest keep their place after them

ENTITY_FEATURES = (
    "words", "chars", "one_word", "caps_share", "acronym", "digit", "possessive", "punct",
    "lower_inside", "function_inside", "function_end", "function_start", "and_inside",
    "person", "organization", "place", "group",
    "articles", "articles_share", "log_mentions", "aliases", "rank",
    "log_exact", "exact_articles", "lower_share", "cap_left_share", "cap_right_share", "of_right_share",
    "holds_listed", "held_by_listed",
    "sentence_start_share", "headline_share", "ellipsis_near", "quoted_share", "the_before_share",
    "kind_disagree", "and_right_share", "office_word", "lone_surname", "upper_word", "colon_near",
)
# Words of titles, offices and common nouns the tagger takes for names ("Special Advisor", "Fake News Media").
_OFFICE = frozenset("""commission committee representative secretary special advisor adviser administration state
general bill act justice media news hearings presidential reconciliation fraud time""".split())

_FUNCTION = frozenset("of the and for on in to at a an by with from".split())
_CAP_LEFT = re.compile(r"(?:^|[^\w.’'])([A-Z][\w’'.-]*)[ \xa0]$")
_CAP_RIGHT = re.compile(r"[ \xa0]([A-Z][\w’'-]*)")
_OF_RIGHT = re.compile(r"[ \xa0](?:of|for|on|in)[ \xa0](?:the[ \xa0])?[A-Z]")
_ELLIPSIS = re.compile(r"\.\.\.|…")
_QUOTES = "\"“”"
_AND_RIGHT = re.compile(r"[ \xa0](?:and|&)[ \xa0][A-Z]")


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[ \xa0]+", name.strip()) if w]


def entity_features(entities, mentions, documents) -> list[list[float]]:
    """One row of `ENTITY_FEATURES` per entity of `entities` (in order). `mentions`: the index's
    (Mention, canonical name) pairs; `documents`: the story's documents."""
    texts = {d.article.id: d.article.text for d in documents}
    starts = {d.article.id: sorted(s.start for s in d.sentences) for d in documents}
    n_docs = max(1, len(texts))
    by_name: dict[str, list] = {}
    for m, name in mentions:
        by_name.setdefault(name, []).append(m)
    listed = [e.name for e in entities]
    rows = []
    for rank, e in enumerate(entities):
        words = _words(e.name)
        n = max(1, len(words))
        caps = sum(w[:1].isupper() for w in words)
        lower_inside = sum(1 for w in words[1:-1] if w[:1].islower() and w.lower() not in _FUNCTION)
        function_inside = sum(1 for w in words[1:-1] if w.lower() in _FUNCTION)
        pattern = re.compile(rf"(?<![\w-]){re.escape(e.name)}(?![\w-])")
        lower_pattern = re.compile(rf"(?<![\w-]){re.escape(e.name.lower())}(?![\w-])")
        exact = cap_left = cap_right = of_right = lower = and_right = 0
        exact_articles = 0
        for text in texts.values():
            found = 0
            for hit in pattern.finditer(text):
                found += 1
                if _CAP_LEFT.search(text, max(0, hit.start() - 30), hit.start()) and not _sentence_opening(text, hit.start()):
                    cap_left += 1
                if _CAP_RIGHT.match(text, hit.end()):
                    cap_right += 1
                if _OF_RIGHT.match(text, hit.end()):
                    of_right += 1
                if _AND_RIGHT.match(text, hit.end()):
                    and_right += 1
            exact += found
            exact_articles += found > 0
            if e.name.lower() != e.name:
                lower += len(lower_pattern.findall(text))
        own = by_name.get(e.name, [])
        k = max(1, len(own))
        at_start = headline = ellipsis = quoted = the_before = disagree = colon = 0
        for m in own:
            text = texts.get(m.article_id, "")
            sents = starts.get(m.article_id, [])
            i = bisect.bisect_right(sents, m.start) - 1
            if i >= 0 and not text[sents[i] : m.start].strip(" \"“‘'([\n\t\xa0"):
                at_start += 1
            if title_line(line_of(text, m.start)):
                headline += 1
            if _ELLIPSIS.search(text, m.end, m.end + 6) or _ELLIPSIS.search(text, max(0, m.start - 6), m.start):
                ellipsis += 1
            before = text[max(0, m.start - 200) : m.start]
            if sum(before.count(q) for q in _QUOTES) % 2 == 1:
                quoted += 1
            if re.search(r"(?:^|\W)the[ \xa0]$", text[max(0, m.start - 5) : m.start]):
                the_before += 1
            disagree += m.kind != e.kind
            if ":" in text[m.end : m.end + 3] or "\n" in text[max(0, m.start - 2) : m.start]:
                colon += 1
        low = e.name.lower()
        holds = sum(1 for other in listed if other != e.name and len(other) < len(e.name) and re.search(rf"(?<![\w-]){re.escape(other)}(?![\w-])", e.name))
        held = sum(1 for other in listed if other != e.name and len(other) > len(e.name) and re.search(rf"(?<![\w-]){re.escape(e.name)}(?![\w-])", other))
        total = sum(e.mentions.values())
        lone = float(e.kind == "person" and len(words) == 1 and not any(
            o.kind == "person" and len(_words(o.name)) >= 2 and _words(o.name)[-1] == words[0] for o in entities))
        office = sum(1 for w in words if w.lower().strip("’'s") in _OFFICE)
        upper = float(any(w.isupper() and len(w) >= 2 and w.isalpha() for w in words) and not e.aliases)
        rows.append([
            len(words), len(e.name), float(len(words) == 1), caps / n, float(e.name.replace(".", "").isupper() and len(e.name) <= 6),
            float(any(c.isdigit() for c in e.name)), float(bool(re.search(r"['’]s\b", e.name))), float(bool(re.search(r"[&/:;!?()\[\]]", e.name))),
            lower_inside, function_inside, float(bool(words) and words[-1].lower() in _FUNCTION), float(bool(words) and words[0].lower() in _FUNCTION),
            float(" and " in low or " & " in low),
            float(e.kind == "person"), float(e.kind == "organization"), float(e.kind == "place"), float(e.kind == "group"),
            len(e.mentions), len(e.mentions) / n_docs, math.log1p(total), len(e.aliases), rank / CHECKED,
            math.log1p(exact), exact_articles / n_docs, lower / max(1, exact + lower), cap_left / max(1, exact), cap_right / max(1, exact),
            of_right / max(1, exact),
            float(holds), float(held),
            at_start / k, headline / k, ellipsis / k, quoted / k, the_before / k,
            disagree / k, and_right / max(1, exact), float(office), lone, upper, colon / k,
        ])
    return rows


def _sentence_opening(text: str, pos: int) -> bool:
    """The capitalised word before `pos` opens a sentence or line ("The", "In"): not a longer name."""
    before = text[max(0, pos - 40) : pos]
    hit = re.search(r"([A-Z][\w’'.-]*)[ \xa0]$", before)
    if not hit:
        return False
    lead = before[: hit.start()].rstrip(" \xa0\"“‘'(")
    return not lead or lead[-1] in ".!?\n:" or hit.group(1).lower() in _FUNCTION | {"in", "at", "but", "as", "when", "after", "if", "while"}


@dataclass(frozen=True)
class SpanCheck:
    """A logistic regression over `ENTITY_FEATURES` (standardised); `bar`: the probability of noise
    from which an entity is not listed."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    bar: float

    @classmethod
    def from_json(cls, data: dict) -> SpanCheck:
        if tuple(data["features"]) != ENTITY_FEATURES:
            raise ValueError("entity check made for other features")
        return cls(tuple(data["features"]), tuple(data["mean"]), tuple(data["scale"]), tuple(data["weights"]), float(data["bias"]), float(data["bar"]))

    def noise(self, rows: list[list[float]]) -> list[float]:
        out = []
        for row in rows:
            z = self.bias + sum(w * (x - m) / s for w, x, m, s in zip(self.weights, row, self.mean, self.scale))
            out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
        return out

    def listed(self, entities, mentions, documents) -> tuple:
        """`entities` without the first `CHECKED` ones it calls noise (order kept)."""
        head = list(entities[:CHECKED])
        if not head:
            return tuple(entities)
        p = self.noise(entity_features(head, mentions, documents))
        return tuple([e for e, q in zip(head, p) if q < self.bar] + list(entities[CHECKED:]))


_MODEL: dict = {}


def shipped_check() -> SpanCheck | None:
    """The shipped check (`data/entity_check.json`), or None when it is missing or stale."""
    if "check" not in _MODEL:
        _MODEL["check"] = shipped_model("entity_check.json", SpanCheck.from_json)
    return _MODEL["check"]
