"""Cleaning that news text needs before sentence splitting.

`clean_text(text) -> str` takes raw article text (from any reader) and returns the text that
`Article.text` holds and every offset points into:

- photo captions and credits ("Image copyright X Image caption ...", "Photo: ...", "(Getty Images)",
  "PA Wire/PA Images", a caption ending in a glued credit "...the scene.Reuters");
- embedded tweets ("... pic.twitter.com/x — Name (@handle) April 24, 2018") and bare
  `pic.twitter.com` / `t.co` links;
- "Advertisement", share prompts ("Share this article", "Click here to ..."), "Follow us on ...",
  newsletter prompts, "Read more: ..." link lines, copyright lines; a run of sign-up, cookie or
  app-promotion sentences opening a line (`furniture_block.leading_block_end`);
- bylines near the top ("By Jane Smith, Political Reporter") and wire credits ("Reporting by ...");
- invisible and control characters; runs of spaces.

Paragraphs come out separated by exactly one blank line. Lines hard-wrapped inside a paragraph
are joined back together, because the segmenter treats every line break as a sentence end.

Every rule works on one line at a time with anchored, linear-time patterns, so hostile or huge
input cannot make cleaning slow. Cleaning only removes and re-spaces text; it never rewrites words.
"""

from __future__ import annotations

import re
import unicodedata

from .furniture import content_span, furniture_kind
from .furniture_block import leading_block_end
from .segment import split_spans

__all__ = ["clean_text", "is_noise_line"]

# A furniture block clean_text cuts that names what news also names (a privacy policy, terms of use,
# cookies, a browser, an app, a comment box: `_NEWSY`) must speak to the reader ("you", "your", or a
# sentence opening on a sign-up verb): "The firm changed its privacy policy." and "Users can download
# the app from Friday." are story text, left for `furniture.strip_furniture` to judge per sentence
# (session 24 review). Credits, update stamps and archive notices are cut as they are.
_ADDRESSED = re.compile(
    r"(?i)\b(?:you|your|yours|inbox|e-?mails?|subscri\w*)\b|(?:^|[.!?:]\s+)(?:sign\s*up|subscribe|get|download|install|click|tap|enter|please|join|"
    r"follow|share|register|log\s*in|sign\s*in)\b"
)
_NEWSY = re.compile(r"(?i)\b(?:privacy|terms|cookies?|browsers?|apps?|download\w*|install\w*|javascript|blockers?|like|comments?|conversation|disable)\b")

# Zero-width and bidirectional control characters: invisible, and a known way to hide text.
_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad\u061c\u202a-\u202e\u2066-\u2069]")
# C0/C1 control characters other than tab and newline, and lone surrogates (a JSON "\ud800"
# escape): no character, and text holding one cannot be written as UTF-8.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

# Links that are never part of the story: tweet photos and Twitter's link shortener.
_TWITTER_LINK = re.compile(r"\s*(?:https?://)?(?:pic\.twitter\.com|t\.co)/[A-Za-z0-9_]+\S*", re.IGNORECASE)
# The signature an embedded tweet ends with: "— Name (@handle) April 24, 2018".
_TWEET_SIGNATURE = re.compile(
    r"[—–-]\s*[^()\n]{0,80}\(@\w{1,30}\)\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})\s*$"
)

# Photo agencies and wire services whose names appear as picture credits (case-sensitive: "AP",
# not "ap"). Weak words (Pool, File, Handout) only count after a slash: "AFP/Pool".
_CREDIT = (
    r"(?:Getty(?:\s+Images)?|GETTY\s+IMAGES|Reuters|REUTERS|AFP|AP(?:\s+Photo)?|PA(?:\s+(?:Wire|Images|Media|Archive))?|"
    r"EPA(?:-EFE)?|Shutterstock|SHUTTERSTOCK|Alamy|Rex(?:\s+Features)?|REX|Empics(?:\s+Entertainment|\s+Sport)?|"
    r"Anadolu(?:\s+Agency)?|NurPhoto|SOPA\s+Images|Xinhua|Sipa(?:\s+USA)?|Corbis|WireImage|FilmMagic|iStock(?:photo)?)"
)
_CREDIT_SLASH = rf"(?:\s*(?:/|via)\s*(?:{_CREDIT}|Handout|Pool|File|[A-Z][a-z]+\s+[A-Z][a-z]+))"
# Credits that name two words or a compound, safe to recognise at the start of a caption line.
_CREDIT_PHRASE = (
    r"(?:Getty\s+Images|PA\s+(?:Wire|Images|Media|Archive)|AP\s+Photo|Rex\s+Features|Empics\s+(?:Entertainment|Sport)|"
    r"SOPA\s+Images|Anadolu\s+Agency|Sipa\s+USA|EPA-EFE|[A-Z][A-Za-z]+/(?:Getty\s+Images|Reuters|AFP|PA\s+Images|AP|Shutterstock))"
)
# A line made only of credits: "PA Wire/PA Images", "AFP/Getty Images", "(Getty Images)", "Photo: Reuters".
_CREDIT_ONLY = re.compile(
    rf"^[(\[]?\s*(?:(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture)s?\s*(?:by|:)?\s*)?{_CREDIT}{_CREDIT_SLASH}*\s*[)\]]?\.?$"
)
# Captions that start with a credit ("Empics Entertainment Shadow minister X") or end with one
# ("Jeremy Corbyn Reuters", "Protesters outside parliament.Reuters", "... (John Smith/Getty Images)").
_CREDIT_START = re.compile(rf"^{_CREDIT_PHRASE}{_CREDIT_SLASH}*\s+\S")
_CREDIT_END = re.compile(rf"(?P<sep>\s|[.!?]\s?)\(?{_CREDIT}{_CREDIT_SLASH}*\)?\s*$")
_CREDIT_IN_PARENS_END = re.compile(rf"\s*\((?:[Pp]hoto(?:graph)?\s*(?:by|:)\s*)?[^()]{{0,60}}/\s*{_CREDIT}\)\s*$")
# "Image copyright Getty Images" / "Image caption" markers inside a long paragraph (one-line
# scrapes): the markers and the credit go; the caption words stay, because where a caption ends
# and the story begins cannot be told reliably, and losing story text is worse than keeping a caption.
_INLINE_PHOTO_MARKER = re.compile(
    rf"\b(?:Image|Photo|Picture|Media)\s+(?:copyright|source)\s+(?:(?i:{_CREDIT}|BBC|[\w.]+\s+images?)(?:\s*/\s*(?i:{_CREDIT}))*\s*)?"
    r"|\b(?:Image|Photo|Picture|Media)\s+caption\s+",
    re.IGNORECASE,
)
_REPORTING_WORDS = frozenset(
    "said told says tells to by from according with for at on of about in and via".split()
)

# Whole lines that are page furniture, not reporting (matched on the stripped line).
_FURNITURE = re.compile(
    r"""^(?:
        (?:advertisement|advertising|ad)(?:\s+continue\s+reading(?:\s+the\s+main\s+story)?)?|sponsored(?:\s+content)?|
        story\s+continue[sd]\s+below(?:\s+(?:the\s+)?advertisement)?|
        continue\s+reading(?:\s+the\s+main\s+story)?|skip\s+(?:ad|advertisement)|
        (?:photo|photos|video|videos|gallery|view\s+gallery|twitter|facebook|instagram|embed|play\s+(?:video|facebook|twitter))|
        tweet\s+with\s+a\s+location|
        (?:videos?|watch|listen|gallery|graphic|view\s+graphic|infographic)\s*:.*|view\s+graphic\b.*|
        read\s+or\s+share\s+this\s+story\b.*|
        this\s+(?:article|story)\s+(?:was\s+)?(?:originally\s+)?(?:appeared|published|first\s+appeared)\b.*|
        \[\s*h/t\b.*\]|
        [\w.+-]+@[\w-]+\.[\w.]+(?:\s+or\s+[\d() .-]{7,20})?|
        [\W_]+|
        share(?:\s+(?:this|the)\s+(?:article|story|page))?(?:\s+(?:on|via)\s+\w+)?|share\s+on\s+\w+|share\s+via\s+\w+|
        (?:tweet|email|print|comments?)(?:\s+this(?:\s+article)?)?|
        (?:image|photo|picture|media)\s+(?:copyright|caption|source)\b(?:\s+\S+){0,40}|
        media\s+playback\s+is\s+unsupported\s+on\s+your\s+device|
        (?:click|tap)\s+here\b.*|
        (?:follow|like)\s+(?:us|\w+(?:\s+\w+){0,3})\s+on\s+(?:twitter|facebook|instagram|x|tiktok|youtube|linkedin|threads|bluesky)\b.*|
        follow\s+us\b.*|
        (?:sign\s+up|subscribe|register)\b.{0,120}\b(?:newsletter|inbox|updates|alerts|email)\b.*|
        .{0,80}\bnewsletter\b.{0,40}(?:sign\s+up|subscribe)\b.*|
        get\s+(?:the\s+latest|our)\b.{0,80}\b(?:inbox|newsletter|email|app)\b.*|
        (?:read|see)\s+more\b.*|related\s*:.*|more\s*:.*|recommended\s*:.*|
        (?:photo(?:graph)?|image|picture|pic|credit|caption)s?\s*:.*|
        (?:photo|image)s?\s+by\b.*|
        ©\s*.{0,100}|\(c\)\s*\d{4}\b.{0,100}|copyright\s*(?:©\s*)?\d{4}\b.{0,100}|all\s+rights\s+reserved\.?|
        (?:reporting|additional\s+reporting|writing|editing)\s+by\b.*|
        (?:published|updated|last\s+(?:modified|updated))\s*(?:on|:)?\s*(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d).{0,60}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# A byline: "By Jane Smith", "By Jane Smith, Political Reporter", "By JANE SMITH and JOHN DOE".
_BYLINE = re.compile(
    r"^(?:[Bb]y|BY|[Ww]ritten\s+[Bb]y)\s+[A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,5}"
    r"(?:\s*(?:,|and|&|\|)\s*[A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,5}){0,3}\s*$",
)
# A name with a reporter's job title and nothing else: "Jane Smith, Political Correspondent".
_TITLED_NAME = re.compile(
    r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s*[,|-]\s*(?:[A-Z][\w'’-]*\s+){0,4}"
    r"(?:reporter|correspondent|editor|writer|journalist|staff|columnist|contributor)s?$",
    re.IGNORECASE,
)
_LEAD_WORDS = 8  # a tail after a block shorter than this is more of the block, not a lead (session 26)
_BYLINE_WINDOW = 4  # bylines are only removed among the first few non-empty lines
_CAPTION_MAX_WORDS = 30
_SENTENCE_END = re.compile(r"""[.!?…:]["'”’)\]]*$""")


def _strip_credit(line: str) -> str | None:
    """Deal with picture credits in one line: None when the line is a caption (drop it), else the
    line with a trailing wire credit removed ("... the company said. Reuters" keeps the sentence)."""
    if len(line.split()) > _CAPTION_MAX_WORDS:
        return line
    if _CREDIT_START.match(line) and not _SENTENCE_END.search(line):
        return None
    parens = _CREDIT_IN_PARENS_END.search(line)
    if parens:
        rest = line[: parens.start()].rstrip()
        return rest if _SENTENCE_END.search(rest) else None
    match = _CREDIT_END.search(line)
    if match is None:
        return line
    sep = match.group("sep")
    before = line[: match.start()].rstrip()
    if not before:
        return None
    if sep[0] in ".!?":
        # Glued to the full stop ("parliament.Reuters"): a scraped caption. Spaced: a credit line
        # after a real sentence, so keep the sentence.
        return None if sep in {".", "!", "?"} else before + sep[0]
    last_word = before.split()[-1].lower()
    if _SENTENCE_END.search(before) or last_word in _REPORTING_WORDS:
        return line  # "... told Reuters": reporting, not a credit
    return None


def is_noise_line(line: str, *, near_top: bool = False) -> bool:
    """True when one stripped line is page furniture, a caption/credit, a tweet embed or a byline."""
    if not line or len(line) > 400:  # real paragraphs are long; furniture never is
        return False
    if _FURNITURE.match(line) or _CREDIT_ONLY.match(line):
        return True
    if _TWEET_SIGNATURE.search(line):
        return True
    if ("t.co/" in line or "twitter.com/" in line.lower()) and _TWITTER_LINK.search(line):
        rest = _TWITTER_LINK.sub("", line).strip()
        if not rest or re.search(r"\b(?:follow|twitter|tweet(?:ed)?)\b", rest, re.IGNORECASE):
            return True
    if _strip_credit(line) is None:
        return True
    return bool(near_top and (_BYLINE.match(line) or _TITLED_NAME.match(line)))


def _story_after_block(line: str, *, near_top: bool) -> str:
    """The story text after the sign-up, reprint or app block opening a noise line
    (`furniture_block.leading_block_end`), when the block's end is found and what follows is a
    sentence of news ("Sign up for our newsletter. <the lead>"); else "" (the line is dropped).
    A short tail ("All rights reserved. Do not reproduce ...") is more of the notice."""
    cut = leading_block_end(line)
    if not 0 < cut < len(line):
        return ""
    rest = line[cut:].strip()
    first = next(iter(split_spans(rest)), (0, len(rest)))
    x, y = content_span(rest[first[0] : first[1]])
    if len(rest.split()) < _LEAD_WORDS or is_noise_line(rest, near_top=near_top) or furniture_kind(rest[first[0] + x : first[0] + y]):
        return ""
    return rest


def _normalise_line(line: str) -> str:
    line = _INVISIBLE.sub("", line)
    line = _CONTROL.sub(" ", line)
    return _SPACES.sub(" ", line).strip()


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """Text wrapped at a fixed width: most lines of similar medium length, none very long."""
    lengths = [len(x) for x in lines if x]
    if len(lengths) < 4 or max(lengths) > 100:
        return False
    medium = sum(1 for n in lengths if 40 <= n <= 100)
    return medium / len(lengths) >= 0.6


def _paragraphs(lines: list[str]) -> list[str]:
    """Group kept lines into paragraphs. Blank lines separate paragraphs; a single line break
    continues the paragraph only when the text is hard-wrapped or the line clearly runs on."""
    wrapped = _looks_hard_wrapped(lines)
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if current:
            previous = current[-1]
            runs_on = not _SENTENCE_END.search(previous) and (line[0].islower() or previous.endswith((",", "-", "–")))
            if not (wrapped or runs_on):
                paragraphs.append(" ".join(current))
                current = []
        current.append(line)
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


_PLAYER_NOTICE = re.compile(r"(?i)\bunsupported\s+on\s+your\s+device\s*$")


def _marker_kept(match: re.Match, line: str) -> str:
    """An inline photo marker is removed, except "Media caption" right after a player's notice
    ("Media playback is unsupported on your device Media caption ..."): kept, the sentence stays
    the clip's caption `text.furniture` knows (its "video" kind), as it is in the raw text; removed,
    the caption read as a story sentence (session 26: 7 dev sentences, none chosen yet)."""
    if match.group(0).lower().startswith("media") and _PLAYER_NOTICE.search(line, 0, match.start()):
        return match.group(0)
    return ""


def clean_text(text: str) -> str:
    """Remove news noise from `text` and normalise whitespace.

    In: raw article text (any line endings). Out: cleaned text, paragraphs separated by one blank
    line, no leading/trailing whitespace; "" when nothing but noise was left.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    kept: list[str] = []
    seen_content = 0
    lines = [_normalise_line(raw) for raw in text.split("\n")]
    # Words of the whole text as the lines read once normalised (a control character is no word
    # break in `str.split`, so the raw text's count would differ from a second pass's: idempotence).
    words = sum(len(line.split()) for line in lines)
    for line in lines:
        if not line:
            kept.append("")
            continue
        if is_noise_line(line, near_top=seen_content < _BYLINE_WINDOW):
            # A sign-up or reprint block with the lead run into it: only the block goes (session 26).
            line = _story_after_block(line, near_top=seen_content < _BYLINE_WINDOW)
            if not line:
                # Keep a paragraph break where the noise was, so text around it does not run together.
                kept.append("")
                continue
        line = _strip_credit(line) or ""
        # a sign-up, cookie or app-promotion block opening the line (run into the lead by the copy)
        # (not when it is all the article has: a title-only record, "... subscribe ... video", stays)
        # and only a block that speaks to the reader: stored text keeps "X changed its privacy policy."
        cut = leading_block_end(line)
        if cut and (_ADDRESSED.search(line[:cut]) or not _NEWSY.search(line[:cut])) and (cut < len(line) or words > len(line.split())):
            line = line[cut:].lstrip()
        lowered = line.lower()
        # Cheap substring checks first: these patterns are slow to scan over every position.
        if "t.co/" in lowered or "twitter.com/" in lowered:
            line = _TWITTER_LINK.sub("", line)
        if "copyright" in lowered or "caption" in lowered or " source " in lowered:
            line = _INLINE_PHOTO_MARKER.sub(lambda m: _marker_kept(m, line), line)
        line = _SPACES.sub(" ", line).strip()
        if not line:
            kept.append("")
            continue
        seen_content += 1
        kept.append(line)
    return "\n\n".join(_paragraphs(kept))
