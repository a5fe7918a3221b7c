"""What the LLM is shown (evidence newsweave selected, grouped by fact, with outlets) and how its
answer is cut back into sentences."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..text.segment import split_spans
from ..types import Citation, Document, Sentence

SYSTEM = (
    "You are a careful news editor. You write short, neutral news summaries that use only the facts "
    "you are given, keeping names, numbers, dates and quotations exactly as written."
)

USER = """Facts from {reports} about one event. After each fact, in brackets, are the outlets that report it.

{facts}

Write a news summary of about {words} words ({sentences} sentences or more) that covers the most important of these facts, in plain prose.
Rules: use only the facts above; copy every name, number, date and quotation exactly; when outlets give different numbers, say which outlet reports which; add no background, opinion or detail that is not in the facts; no headings, lists or citation marks."""


@dataclass(frozen=True)
class EvidenceFact:
    """One selected source sentence, the citations that say the same thing, and their outlets."""

    sentence: Sentence
    citations: tuple[Citation, ...]
    outlets: tuple[str, ...]


def build_messages(facts: Sequence[EvidenceFact], *, words: int, n_outlets: int) -> list[dict[str, str]]:
    lines = [f"{k}. {' '.join(f.sentence.text.split())} ({', '.join(f.outlets)})" for k, f in enumerate(facts, 1)]
    return [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": USER.format(reports=f"{n_outlets} news report" + ("" if n_outlets == 1 else "s"), facts="\n".join(lines), words=words, sentences=max(2, round(words / 22)))},
    ]


def outlets_for(citations: Sequence[Citation], documents: Sequence[Document], stands_for: dict[str, str] | None = None) -> tuple[str, ...]:
    """The outlets reporting a fact, each once. `stands_for` maps an article to the outlet it
    counts as (a copy: its original's; `summarize.copy_support.independent_outlets`)."""
    outlet_of = {d.article.id: d.article.outlet for d in documents}
    outlet_of.update(stands_for or {})
    return tuple(dict.fromkeys(outlet_of.get(c.article_id, "unknown") for c in citations))


_HEADING = re.compile(r"^\s*(#+\s.*|\**(summary|here is|here's)\b[^\n]*:\**)\s*$", re.I | re.M)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+", re.M)
_MARKERS = re.compile(r"\s*\[(?:\d+(?:\s*[,-]\s*\d+)*|[A-Za-z ]{1,30})\]|\*\*|__")
_MIN_WORDS = 4


def answer_sentences(answer: str) -> list[str]:
    """The sentences of an LLM answer, without headings, bullets, citation marks or markdown;
    fragments under four words, exact repeats and a cut-off last sentence (the model ran out of
    tokens: no closing punctuation) are dropped."""
    text = _HEADING.sub("", answer)
    text = _BULLET.sub("", text)
    text = _MARKERS.sub("", text)
    out: list[str] = []
    seen: set[str] = set()
    spans = list(split_spans(text))
    if spans and not re.search(r"[.!?…][\"'”’)\]]*\s*$", text[spans[-1][0] : spans[-1][1]]):
        spans.pop()
    for start, end in spans:
        sentence = " ".join(text[start:end].split())
        key = sentence.casefold()
        if len(sentence.split()) < _MIN_WORDS or key in seen:
            continue
        seen.add(key)
        out.append(sentence)
    return out
