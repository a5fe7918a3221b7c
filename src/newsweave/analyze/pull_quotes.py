"""A quotation standing alone as its own paragraph (a pull quote, a quoted crosshead) whose words a
named speaker says elsewhere in the article (issue 12, session 24, brief S9). Fictional wording:

    “Nobody has told us why the pier is sinking.”
    ...
    Nora Hale: We asked three times. Nobody has told us why the pier is sinking.

    ‘Almost nothing settled’
    Tom Reed, head of the Quay Trust, said: “The plan leaves almost nothing settled for them.”

Magazines and broadcasters' transcripts set a sentence of the piece apart as a display quotation,
and crossheads quote a few words of the statement below them; the display copy names nobody, so
the attribution gives it no speaker. When the same words (three or more, in order) stand in a
quotation of the article that has a speaker, or in a transcript line opened by a person's name
and a colon, the display quotation is theirs. Only quotations left without a speaker are touched,
and only when exactly one speaker says the words. Written after reading seed33's missing speakers
(tuning).
"""

from __future__ import annotations

import dataclasses
import re

_MARKS = " \t\"“”‘’'«»"
_TRANSCRIPT = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):\s+(\S.*)")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))


def _contains(long: list[str], short: list[str]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def echoed_speakers(mentions: list, ctx, paragraphs: list[tuple[int, int]]) -> list:
    """`mentions` with each unattributed display quotation given the one speaker who says its words."""
    text = ctx.text
    out = []
    for m in mentions:
        if m.speaker is not None:
            out.append(m)
            continue
        para = next(((s, e) for s, e in paragraphs if s <= m.start < e), None)
        words = _words(m.text)
        if para is None or len(words) < 3 or text[para[0] : m.start].strip(_MARKS) or text[m.end : para[1]].strip(_MARKS + ".,!?"):
            out.append(m)  # not a paragraph of its own
            continue
        said = {o.speaker for o in mentions if o is not m and o.speaker and o.article_id == m.article_id and _contains(_words(o.text), words)}
        for s, e in paragraphs:
            line = _TRANSCRIPT.fullmatch(text[s:e].strip())
            if line and (s, e) != para and _contains(_words(line.group(2)), words):
                at = s + text[s:e].index(line.group(1))
                name = ctx.entity_at(at, at + len(line.group(1)), ("person",))
                if name:
                    said.add(name)
        out.append(dataclasses.replace(m, speaker=said.pop(), rank=2) if len(said) == 1 else m)
    return out
