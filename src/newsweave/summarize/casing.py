"""How a sentence is written: whether a text keeps proper-noun capitals, a lower-cased copy's
sentence as the stand-alone rules read it, and the parts of a sentence inside and outside
quotation marks. (Split out of `standalone.py`, which reads these for its rules.)"""

from __future__ import annotations

import re

_FIRST_LOWER = re.compile(r"""^(["“‘'(\s]*)([a-z])""")
# 'i', "i'm", "i ' ll" (tokenised); not "i.e.", "i-95", "pi"
_LOWER_I = re.compile(r"(?<![\w'’.])i(?=(?:\s?['’]\s?(?:m|ve|d|ll)\b)?(?![\w'’.-]))")


def sentence_cased(text: str) -> str:
    """`text` of a lower-cased copy as the rules read it: the first letter capitalised ('he said
    ...' once the splitter gave the quotation mark before it to the sentence it closes) and a
    lone 'i' as "I" (the rules' first person and pronoun openings are written in capitals)."""
    text = _FIRST_LOWER.sub(lambda m: m.group(1) + m.group(2).upper(), text, count=1)
    return _LOWER_I.sub("I", text)


def is_cased(text: str) -> bool:
    """Does `text` keep proper-noun capitals (not lower-cased or sentence-cased like the
    truncated Multi-News copies)? Judged on capitals after the first word of each line."""
    tokens = text.split()
    if len(tokens) < 20:
        return True
    caps = sum(1 for a, b in zip(tokens, tokens[1:]) if b[:1].isupper() and not a.endswith((".", "!", "?", '"', "”")))
    return caps / len(tokens) >= 0.03


def _quoted_part(text: str) -> str:
    """The text between the first quotation mark and its closing one."""
    m = re.match(r"""\s?["“'‘]([^"”]{0,2000})""", text)
    return m.group(1) if m else ""


def _outside_quotes(text: str) -> str:
    """`text` with quoted stretches removed (straight or curly quotes)."""
    return re.sub(r"\"[^\"]{0,2000}\"|“[^”]{0,2000}”", " ", text)
