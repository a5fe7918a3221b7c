"""Page furniture: the parts of a news page that are not the story.

The one place in newsweave that knows them. Two questions are answered:

- `furniture_kind(text)`: is this whole sentence furniture, and which kind? Photo captions and
  credits, related-link and "read more" lines, newsletter / cookie / subscription text, archive
  and syndication boilerplate, social widgets, video-player text, bylines, truncated teasers.
- `content_span(text)`: the contiguous part of a sentence that is content once a leading
  dateline ("WARSAW —", "PHILADELPHIA (CBS) —", "Washington ( ap ) —", "(CNN)"), a video-player
  a caption/credit lead-in is dropped. Offsets are relative to `text`, so
  `text[a:b]` is the part that stands alone and a citation can point at exactly it.

`furniture_block.leading_block_end(paragraph)` is where a paragraph's content starts after a leading
run of sign-up, cookie, reprint or app-promotion sentences (`clean.clean_text` drops the run).
`trim_sentence(sentence)` applies both to a `Sentence` (its offsets stay exact into the article
text) and returns None for furniture. `is_headline_line(article_text, start, end)` says whether a
sentence is a whole line without a sentence terminator (a headline, label or caption line on a
full-length page).

Every pattern is anchored or bounded, so each call is linear in the length of the text (issue 18).
The patterns were written from, and measured on, the full-length Multi-News dev pages, the NeuS
dev pages and the Corbyn example (`benchmarks/furniture_measure.py`, `benchmarks/SUMMARIZATION.md`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..types import Document, Sentence
from .furniture_needs import NEEDS, possible_patterns
from .furniture_twice import dated_caption_runs, repeated_paragraphs
from .memo import kept_per_text

_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"

# Whole-sentence furniture, by kind. Patterns are searched case-insensitively unless noted.
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "credit",
        re.compile(
            r"(?i)\b(?:image|photo|picture|video)s?\s+(?:copyright|caption|credit|courtesy)\b|\bcourtesy\s+of\b|"
            r"\bgetty\s+images\b|\bap\s+photo\b|\bpa\s+(?:wire|images)\b|\bshutterstock\b|\bphoto\s*:|"
            r"\bphotograph\s*:|\(photo\b|\bphoto\s+by\b|\bfile\s+photo\b|\bphoto\s+credit\b|\bimages?\s+via\b|"
            r"\bsource\s*:\s*(?:getty|reuters|ap|afp)\b|\b(?:ap|afp|epa|reuters)\s*/\s*[A-Z]|"
            r"\bimage\s+(?:source|caption)\b|\bstill\s+from\s+(?:a\s+)?video\b|"
            # a credit ending a caption ("... at 9: 15a.m. Est. Source: harbour radio."; every match in the dev
            # files and 2,000 train clusters is a caption or a chart's credit, issue 13 twelfth session part 3)
            r"\bsource\s*:\s*[^.:;!?\"“”]{1,40}?\.?\s*$"
        ),
    ),
    (
        "caption",
        re.compile(
            r"(?i)^(?:in\s+)?this\s+[\w ,.-]{0,60}?\b(?:photo|image|picture|handout|screenshot|screen\s+grab|video\s+still)\b|"
            r"^(?:above|below|pictured|left|right|top|bottom|main\s+image)\s*[:,]|"
            # "... in Merrow, north Wales, Friday, May 3, 2019." A caption ends on its date.
            # (the comma before the day may be lost in a copy: "... in nairobi, kenya tuesday, sept. 24,
            # 2013."; not after a preposition: "... will close on Friday, May 3, 2019." is a sentence)
            r"(?:,|(?<!\bon)(?<!\bby)(?<!\bsince)(?<!\buntil)(?<!\bbefore)(?<!\bafter)(?<!\bfrom)(?<!\bthrough)(?<!\bto))\s+"
            + _DAYS + r",?\s+" + _MONTHS + r"\s+\d{1,2},\s+\d{4}\.?\s*(?:\([^()]{0,60}\))?\s*$|"
            # or on it between commas, the place or the occasion after ("... at the pier, monday, march 4,
            # 2019, after ..."; twelfth session part 3: all 10 in the dev files and 25 read of 42 in 3,000
            # train clusters are photo captions)
            r",\s+" + _DAYS + r",?\s+" + _MONTHS + r"\s+\d{1,2},\s+\d{4}\s*,"
        ),
    ),
    (
        "related",
        re.compile(
            r"(?i)^\W{0,3}(?:related(?:\s+(?:coverage|stories|articles?|content|links?))?|read\s+more|more\s+from|"
            r"see\s+also|also\s+read|read\s+also|recommended|trending|most\s+popular|more\s+on\s+this|"
            r"click\s+here|watch|listen|video|gallery|slideshow|photos)\s*[:|>»-]|"
            r"^\s*\[[^\[\]]{0,200}\]\s*$|^\s*\([^()\s]{1,40}(?:\s+[^()\s]{1,40}){0,5}\s*\)\s*$|\bclick\s+here\b|\bread\s+more\s*(?:[:»>]|$)"
        ),
    ),
    (
        "newsletter",
        re.compile(
            r"(?i)\bsign\s*-?\s*up\s+(?:for\s+(?:our|the|a|an|free|breaking)\b|now\b|here\b|today\b|to\s+(?:get|receive)\b|and\b|!)|\bsign\s+up\s*$|^sign\s+up\b|\bsubscribe\b|\bnewsletters?\b|\bsubscri(?:ber|ption)s?\b.{0,40}\b(?:log|sign)\s*in\b|"
            r"\balready\s+a\s+subscriber\b|\bunlimited\s+(?:digital\s+)?access\b|\bdelivered\s+to\s+your\s+inbox\b|"
            r"\b(?:breaking\s+)?news\s+(?:e-?mails?|alerts)\b|\bdelivered\s+(?:every\s+|each\s+)?(?:weekday|daily|morning|weekly)\b|"
            # a sign-up form's messages (session 24, issue 13: "Thanks for subscribing!", "Invalid email address.",
            # "Please re-enter.", a verification mail sent, "check your spam folder", "You can unsubscribe ...")
            r"\bunsubscribe\b|\bthanks?\s+(?:you\s+)?for\s+(?:subscribing|signing\s+up|registering)\b|"
            r"^(?:invalid|please\s+enter\s+(?:a\s+)?valid)\s+(?:e-?mail|address)\b|^please\s+re-?enter\b|"
            r"^(?:an?\s+)?(?:unexpected\s+)?error\s+(?:has\s+)?occurred\W*$|"
            r"\bwe(?:'ve|’ve|\s+have)\s+sent\s+you\s+(?:an?\s+)?(?:verification|confirmation)\b|\bcheck\s+your\s+(?:spam|junk)\b|"
            r"\b(?:verification|confirmation)\s+(?:e-?mail|message|link)\b.{0,80}\bsigning\s+up\b|\bactivate\s+your\s+(?:profile|account)\b"
        ),
    ),
    (
        "promo",  # the outlet's app, a comment box or more of its pages offered to the reader (session 24)
        re.compile(
            r"(?i)^download\s+now\W*$|\b(?:download|install)\s+(?:the|our)\s+(?:free\s+)?(?:[\w.&'’-]+\s+){0,3}app\b|"
            r"\bavailable\s+(?:now\s+)?(?:on|for)\s+(?:ios|iphone|android)\b|\bin\s+the\s+(?:[\w.&'’-]+\s+){0,3}news\s+app\b|"
            r"\byou\s+(?:may|might)\s+also\s+(?:like|enjoy|be\s+interested\s+in)\b|\bjoin\s+the\s+conversation\b|\bcomments\s+below\b"
        ),
    ),
    (
        "cookie",
        re.compile(
            r"(?i)\bcookies?\b.{0,60}\b(?:policy|settings|consent|accept|browsing|experience|preferences)\b|"
            r"\b(?:use|accept|enable|uses)\s+(?:of\s+)?cookies\b|\byour\s+browser\b|"
            # a script notice ("enable JavaScript", "JavaScript is disabled"), not a sentence naming the language
            # ("a JavaScript function", an attribute's "javascript:" in pasted markup; session 24)
            r"\b(?:enabl\w*|turn(?:ed|ing)?\s+on|requires?|need|support\w*)[\s-]+(?:your\s+|the\s+)?javascript\b|"
            r"\bjavascript\s+(?:is\s+|to\s+be\s+|must\s+be\s+)?(?:enabled|required|on)\b|"
            r"\bjavascript\b.{0,40}\b(?:disabled|turned\s+off|not\s+supported|out\s+of\s+date)\b|"
            r"\bturn\s+javascript\s+on\b|\bwithout\s+(?:using\s+)?(?:styles\s+and\s+)?javascript\b|\beliminated\s+the\s+javascript\b|"
            r"\bprivacy\s+(?:policy|notice)\b|"
            r"\bterms\s+of\s+(?:use|service)\b|\bad\s*blocker\b|\bdisable\s+your\b"
        ),
    ),
    (
        "archive",
        re.compile(
            r"(?i)\ball\s+rights\s+reserved\b|\bcopyright\s+(?:©\s*)?\d{4}\b|©|\bthis\s+material\s+may\s+not\b|"
            r"\bmay\s+not\s+be\s+(?:published|broadcast|rewritten|redistributed)\b|"
            r"\b(?:this|an\s+earlier)\s+(?:version\s+of\s+this\s+)?(?:article|story|report|post)\s+(?:was|has\s+been|is)\s+"
            r"(?:originally\s+|first\s+)?(?:published|updated|corrected|archived|amended)\b|"
            r"\bcontributed\s+to\s+this\s+report\b|\bwayback\s+machine\b|"
            # a reprint notice ("... personal, non-commercial use ...", "order reprints") and a web
            # archive's crawl notice ("These crawls are ...", "... donating their crawl data", session 24)
            r"\bpersonal,?\s+non-?commercial\s+use\b|\border\s+reprints\b|\bpresentation-ready\s+cop(?:y|ies)\b|"
            r"\bcrawls\s+(?:are|of)\b|\b(?:crawl|webcrawl)\s+data\b|\bbroken\s+links\b|\bthis\s+report\s+is\s+published\s+every\b|"
            r"\bhave\s+a\s+(?:news\s+)?tip\b|\bfollow\s+(?:him|her|them|us|me)\s+on\b|\bemail\s+(?:him|her|them|us)\s+at\b|"
            r"\bcontact\s+(?:the\s+)?(?:author|reporter|writer)\b|\bcorrection\s*:|\bupdated\s+at\b|"
            r"\blast\s+(?:updated|modified)\b|\bwe\s+welcome\s+(?:comments|your\s+feedback)\b|\bcomments?\s+(?:are|have\s+been)\s+closed\b|"
            # an editor's note on what an update changed ("7 PM EASTERN UPDATE: Adds fundraising details.")
            r"(?-i:^[0-9A-Z:.,' ]{0,30}(?:UPDATE|UPDATED|Update|Updated))\s*(?:\([^()]{0,30}\))?\s*:\s*(?:adds?|added|updates?|corrects?|corrected|includes?|this\s+(?:story|article|post)\s+has)\b"
        ),
    ),
    (
        "widget",
        re.compile(
            r"(?i)\blocation\s+information\s+to\s+your\s+tweets\b|\btweet\s+location\s+history\b|\bpic\.twitter\.com\b|"
            r"\bembedded\s+(?:tweet|video|content)\b|\bshare\s+(?:this|on\s+(?:facebook|twitter))\b|"
            r"\b(?:facebook|twitter|whatsapp|linkedin|pinterest|reddit|email)(?:\s*[|,/]\s*(?:facebook|twitter|whatsapp|linkedin|pinterest|reddit|email)){2,}\b|"
            r"\bplay\s+video\b|\bcontinue\s+reading\b|\bskip\s+ad\b|\bloading\b\W*$|\bhttps?://|\bwww\.\w|^advertisement\b|\badvertisement\s*$|"
            r"\bthis\s+video\s+(?:is\s+)?(?:no\s+longer\s+)?available\b|\bautoplay\b|\bthis\s+domain\b|\bIP\s+address\s+(?:for|has)\b|\bDNS\b|"
            r"\bpage\s+(?:you\s+(?:requested|are\s+looking\s+for)|(?:was\s+)?not\s+found|cannot\s+be\s+found)\b|\berror\s+[45]\d\d\b|"
            r"\btemporarily\s+unavailable\b|\bplease\s+(?:enable|try\s+again|refresh|verify)\b|^learn\s+more\W*$|"
            r"\bcrawl\s+of\s+outlinks\b|"  # the Internet Archive's crawl notice ("Crawl of outlinks from wikipedia.org started ...")
            # a topic box ("Interested in <topic>? Add <topic> as an interest ...", then what it offers: 33 in the
            # first 3,000 Multi-News train clusters, all this box) and a share button run into the text
            # ("<page headline> email this <lead with its first name lost>": 14, all so; session 12)
            r"\badd\s+(?:[\w'’.&-]+\s+){0,4}as\s+an\s+interest\b|\bemail\s+this\b(?!\s+(?:to|address)\b)"
        ),
    ),
    (
        "meta",  # the page talking about itself
        re.compile(
            r"(?i)\b(?:in|on|of|from|to|for)\s+this\s+(?:post|article|story|page|piece|report\s+below)\b|"
            r"\b(?:the\s+)?(?:chart|graphic|map|video|photo|image|clip|footage)s?\s+(?:above|below)\b|"
            r"\b(?:above|below)\s+(?:video|photo|chart|map|image)\b|\bin\s+the\s+video\s+(?:above|below)\b|"
            # a log page describing itself ("The information in each report covers ...")
            r"\b(?:each|this|these)\s+(?:report|list|log|blotter|page)s?\s+(?:covers?|lists?|includes?|contains?|is\s+updated)\b"
        ),
    ),
    # An outlet's note about its own coverage ("BuzzFeed News is choosing not to name ...", "We do
    # not identify minors"): the subject is the outlet (a title ending on News/Post/Times/..., a
    # broadcaster's or agency's acronym, "we", "this newspaper"), the verb its choice not to name or
    # show. ("The FBI is not naming the suspect" is news: an agency's acronym is not an outlet.)
    (
        "meta",
        re.compile(
            r"^(?:(?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){0,3}(?:News|Post|Times|Journal|Press|Tribune|Herald|Guardian|Telegraph|"
            r"Independent|Magazine|Mail|Reuters|BuzzFeed|HuffPost|Politico|Axios)|CNN|NPR|ABC|NBC|CBS|MSNBC|BBC|PBS|AP|AFP|We|This\s+(?:newspaper|paper|site|station|"
            r"outlet|publication|network))\s+(?:(?:is|are|has|have)\s+(?:choosing|chosen|decided|elected)\s+not\s+to|"
            r"(?:does|do|will)\s+not\s+(?:typically\s+|usually\s+|generally\s+|normally\s+)?|(?:is|are)\s+not)\s*"
            r"(?:name|naming|identify|identifying|show|showing|publish|publishing|reveal|revealing)\b"
        ),
    ),
    # "Here's what you need to know." The page announcing what follows.
    (
        "teaser",
        re.compile(
            r"(?i)^(?:here(?:'s|’s|\s+is|\s+are)|this\s+is)\s+(?:what\s+(?:you\s+need\s+to\s+know|we\s+know|to\s+know|to\s+watch(?:\s+for)?|"
            r"happened(?:\s+next)?)|(?:the\s+)?latest|everything\s+you\s+need\s+to\s+know)\b[^.!?]{0,40}[.:!]?\s*$"
        ),
    ),
    # Inline related-link widgets glued into a sentence: a name run into the next link's name
    # ("Ada QuillQuill: ...") and the widget's "MORE" before the sentence goes on.
    ("related", re.compile(r"[a-z][A-Z][a-z][^\n]{0,400}?\sMORE(?=\s+[a-z]|[’']s\b)")),  # case-sensitive
    ("video", re.compile(r"^CLOSE\s+\S|^(?:Play|Replay|Watch)\s+(?:Video|Now)\b|^Now\s+Playing\b")),  # case-sensitive
    # a clip's caption after a player's label ("Embed more news videos police search the home of ...";
    # 5 in the first 3,000 Multi-News train clusters, each a clip's caption or description)
    ("video", re.compile(r"(?i)\bembed\s+more\s+news\s+videos\b")),
    # a player's notice that it cannot play, then "Media caption" and the clip's caption of up to 20 words
    # (session 24). Longer, it is a copy without line breaks whose lead runs on after the caption (val100: 4
    # of 4), and the lead is kept.
    ("video", re.compile(r"(?i)^media\s+playback\s+is\s+unsupported\b[^.]{0,40}?\bmedia\s+caption(?:\s+\S+){1,20}\s*$")),
    # A transcript speaker or section label ("CLINTON: ...", "INTERACTIVE MAP: ..."): the words
    # after it are a speaker-less quote or a link.
    ("label", re.compile(r"^[A-Z][A-Z.'’/&-]{2,}(?:\s[A-Z.'’/&-]{2,}){0,3}\s?:\s")),
    ("byline", re.compile(r"^[Bb]y\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*(?:[,|-]\s*[A-Z][\w ,]{0,40})?$")),
    # A teaser cut off by the page ("Local Singer Took Her Mother To The Harbo...").
    ("teaser", re.compile(r"\w(?:\.\.\.|…)\s*$")),
)

assert [kind for kind, _ in NEEDS] == [kind for kind, _ in _KINDS]  # the prefilter follows the patterns, in order

# A leading dateline or credit that ends before the content starts. Group "rest" is where the
# content starts. Bounded repetitions keep this linear.
_DATELINE = re.compile(
    r"""^(?:
        # PHILADELPHIA (CBS) — / Washington ( ap ) — / LOS ANGELES, Calif. (Reuters) - / LONDON, March 12 (Reuters) -
        [A-Za-z][A-Za-z .,'’/&-]{1,40}?(?:\s\d{1,2})?\s*\(\s*[A-Za-z][A-Za-z .&]{0,24}\s*\)\s*[—–-]{1,2}\s*
      | # Washington (CNN)President ...: a place and an agency tag glued to the first word
        [A-Z][A-Za-z .,'’/&-]{1,40}?\s*\(\s*[A-Z]{2,}[A-Za-z .&]{0,20}\)(?=[A-Z])
      | # WARSAW — / NEW YORK, N.Y. -- / LONDON: / WASHINGTON—The (a dash with no space: one house style) / LE BOURGET, France —
        (?:[A-Z][A-Z.'’/&-]{2,}|[A-Z]{2}(?=\s+[A-Z]{3,}))(?:\s+[A-Z][A-Z.'’/&-]+){0,3}(?:,\s*[A-Z][A-Za-z.]{1,12}(?:\s+[A-Z][A-Za-z.]{1,12})?)?\s*(?:(?:[—–]|--?)\s+|[—–](?=[A-Z"“‘]))
      | # PRETORIA/KHARTOUM, (Reuters' dateline once its "(Reuters) -" is gone)
        [A-Z]{3,}(?:\s[A-Z]{3,})?/[A-Z]{3,}(?:\s[A-Z]{3,})?,\s+
      | # (CNN) / ( ap ) at the very start
        \(\s*[A-Za-z][A-Za-z .&]{0,24}\s*\)\s*(?:[—–-]{1,2}\s*)?
      | # an editor's flag before the news
        (?:UPDATE|Update|UPDATED|Updated|BREAKING|Breaking|EXCLUSIVE|Exclusive)\s*(?:\([^()]{0,30}\))?\s*[:—–-]\s*
      | # the label of an editor's note ("Editor's note: <the note or the lead>"; what follows is judged
        # on its own: "this story was updated ..." is archive furniture; session 12, val100 46467)
        (?i:editor[’']?s[’']?\s+note)\s*:\s*
      | # an advertisement slot, a subscribe or share button glued before the text ("Share this article
        # facebook twitter linkedin email <the lead>": 6 in the dev files and 3,000 train clusters, all so)
        # ... the topic box's button ("Add interest <text>", 33 in 3,000 train clusters) and a sign-up form's
        # first field ("Your first name <the lead>", session 12, val100 45540)
        (?i:advertisement(?:\s+continue\s+reading\s+the\s+main\s+story)?|subscribe|story\s+continued\s+below|add\s+interest|
           your\s+first\s+name(?=\s+(?:your\s+last\s+name|last\s+name|email|in|on|at|after|as|when|a|an|the|[a-z]+\s+[a-z]+\s+(?:said|says|has|have|was|were|is|are)\b))|
           share\s+this\s+(?:article|story)(?:\s*:|\s+with\s+google\s+plus|(?:\s+(?:facebook|twitter|linkedin|email|whatsapp|pinterest|reddit|messenger))*))\s+
      | # section labels of explainer formats ("Why it matters:", "The big picture:")
        (?:Why\s+it\s+matters|The\s+big\s+picture|The\s+bottom\s+line|Between\s+the\s+lines|Driving\s+the\s+news|
           By\s+the\s+numbers|The\s+backstory|Context|Details|Flashback|What's\s+next|What\s+we're\s+watching|Yes,\s+but|
           Our\s+thought\s+bubble|What\s+they're\s+saying|The\s+state\s+of\s+play|Catch\s+up\s+quick|Be\s+smart)\s*:\s+
      | # caption lead-ins
        Image\s+copyright\s+[^.]{0,60}?\s+Image\s+caption\s+
    )""",
    re.X,
)
_SLOT = re.compile(r"(?i)(?:advertisement|subscribe|story\s+continued\s+below|share\s+this|add\s+interest|your\s+first\s+name|editor[’']?s[’']?\s+note)\b")
# A photographer's credit with no brackets before the text ("Jane doe/getty images the council ...",
# "Jane doe/afp/getty images voters ...", "Jane doe/the city post the mayor ..."): two or three words
# of a name, a slash, and an agency or outlet that ends on a word credits end on. In the lower-cased
# copies the text after it opens in lower case, so it is dropped whatever follows (session 12: val100
# headlines 45143, 48557; 157 sentence-initial "name/..." in 4,000 train clusters, most credits).
_NAME_WORD = r"(?!(?i:the|a|an|and|or|but|new|by|credit|image|photo|in|on|of|for|with|this|that)\b)[A-Za-z][A-Za-z.'’-]+"
_CREDIT_END = (
    r"(?i:getty\s+images|images|photo(?:s|graphy|grapher)?|ap|afp|reuters|epa|bloomberg|wireimage(?:\.com)?|filmmagic|"
    r"rex(?:\s+usa|\s+features)?|shutterstock|istock|corbis|invision|pool|staff|handout|post|press|times|news|"
    r"tribune|herald|journal|globe|beat|magazine|agency)"
)
_NAME_CREDIT = re.compile(
    _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,2}\s?/\s?(?:[\w.&'’-]+(?:\s+[\w.&'’-]+){0,3}?\s?/\s?){0,3}"
    r"(?:[\w.&'’-]+\s+){0,3}?" + _CREDIT_END + r"(?=\s)\s+"
)
# A trailing credit glued onto the end of a sentence by the page ("... on Monday. (AP Photo/Jane Doe)").
_TRAILING_CREDIT = re.compile(r"\s*\((?:AP|AFP|Reuters|Getty|EPA)[^()]{0,60}\)\s*$|\s+(?:USA TODAY|Getty Images|Reuters|AP)\s*$")
_WORD = re.compile(r"[A-Za-z]")
# An agency credit on its own ("(AP)", "(Associated Press)"): what shares its paragraph is a caption.
_AGENCY = re.compile(
    r"^\(\s?(?:AP|AFP|Reuters|EPA|PA|Getty(?:\s+Images)?|Associated\s+Press|Agence\s+France-Presse)(?:\s+(?:Photo|Images))?(?:\s?/[^()]{0,40})?\s?\)\.?$"
)
# A paragraph at most this long that holds a credit or a caption is a caption block (its other
# sentences repeat or extend the caption); longer ones are article text with a credit glued in.
CAPTION_PARAGRAPH = 600


def furniture_kind(text: str) -> str | None:
    """The kind of furniture `text` (one sentence) is, or None when it may be story content.
    A pure function of the text, kept for a text of up to 2,000 characters (session 27, brief P3)."""
    return _kept_kind(text)


@kept_per_text(maxsize=8192)  # session 28 (brief P5): the one helper; a text over 2,000 characters is read each time
def _kept_kind(text: str) -> str | None:
    return _kind(text)


def _kind(text: str) -> str | None:
    stripped = text.strip()
    if not stripped:
        return "empty"
    if not _WORD.search(stripped):
        return "symbols"
    for (kind, pattern), possible in zip(_KINDS, possible_patterns(stripped)):  # a literal prefilter (`furniture_needs`)
        if possible and pattern.search(stripped):
            if kind == "teaser" and _quoted_ellipsis(stripped):
                continue
            return kind
    return None


def is_furniture(text: str) -> bool:
    return furniture_kind(text) is not None


def content_span(text: str) -> tuple[int, int]:
    """(start, end) of the part of `text` that is content: a leading dateline, agency tag,
    video-player or caption lead-in and a trailing photo credit are dropped; whitespace trimmed.
    Returns (0, len(text)) trimmed of whitespace when there is nothing to drop. Never empty
    unless `text` is blank: a sentence that is all dateline is left whole (it is then furniture)."""
    start, end = 0, len(text)
    for _ in range(3):  # "(CNN) WASHINGTON —" is two lead-ins
        m = _DATELINE.match(text, start, end)
        credit = None if m else _NAME_CREDIT.match(text, start, end)
        m = m or credit
        if not m or m.end() >= end:
            break
        rest = text[m.end() : end].lstrip()
        opener = rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "\"“'‘"
        # an ad slot, a subscribe button or a credit is furniture whatever follows (a sentence-cased
        # copy lost the capital after it: 'Subscribe washington — ...')
        slot = credit is not None or _SLOT.match(m.group(0)) is not None
        if len(rest.split()) < (6 if credit else 4) or not (opener or slot or "(" in m.group(0)):
            break
        start = m.end()
    t = _TRAILING_CREDIT.search(text, start, end)
    if t and t.start() > start and len(text[start : t.start()].split()) >= 4:
        end = t.start()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def trim_sentence(sentence: Sentence) -> Sentence | None:
    """`sentence` cut to its content span (exact offsets kept), or None when it is furniture."""
    a, b = content_span(sentence.text)
    text = sentence.text[a:b]
    if furniture_kind(text) is not None:
        return None
    if (a, b) == (0, len(sentence.text)):
        return sentence
    return replace(sentence, start=sentence.start + a, end=sentence.start + b, text=text)


def strip_furniture(document: Document) -> Document:
    """`document` with its sentences cut to their content (`trim_sentence`), and without page
    furniture, headline lines, or any sentence of a paragraph that carries a photo credit, an
    agency credit on its own ("(AP)") or a caption (captions are repeated and credited inside one
    paragraph), or of a paragraph printed twice or a run of sentences printed again under a date (a
    caption shown twice, `furniture_twice`). Sentence indices and offsets are kept, so
    `article.text[s.start:s.end] == s.text` still holds and a sentence's predecessor is still the one
    with index - 1 when present."""
    text = document.article.text
    kept: list[Sentence] = []
    credited: set[int] = set()  # line starts of paragraphs holding a credit or caption
    for s in document.sentences:
        a, b = content_span(s.text)
        if furniture_kind(s.text[a:b]) in ("credit", "caption") or _AGENCY.match(s.text[a:b].strip()):
            line_start = text.rfind("\n", 0, s.start) + 1
            line_end = text.find("\n", s.end)
            # ... unless the paragraph is the whole article: a copy with no line breaks (the
            # truncated Multi-News copies) keeps its caption at the top of the article's one
            # line, and the news after it is no caption (val100: 6 leads and stories were lost).
            whole = not text[:line_start].strip() and (line_end < 0 or not text[line_end:].strip())
            if (len(text) if line_end < 0 else line_end) - line_start <= CAPTION_PARAGRAPH and not whole:
                credited.add(line_start)
    repeated = repeated_paragraphs(text)
    twice = dated_caption_runs(text, [(s.start, s.end) for s in document.sentences])
    blocks = _block_ends(text)
    for i, s in enumerate(document.sentences):
        if credited and text.rfind("\n", 0, s.start) + 1 in credited:
            continue
        if i in twice or (repeated and _paragraph(text, s.start, s.end) in repeated):
            continue
        cut = blocks.get(text.rfind("\n", 0, s.start) + 1, 0)
        if s.end <= cut or not text[max(cut, s.start) : s.end].strip():
            continue  # inside a sign-up, reprint or archive block opening its paragraph (`furniture_block`)
        if s.start < cut:  # the block's end run into this sentence: the rest of it
            s = replace(s, start=cut, text=text[cut : s.end])
        t = trim_sentence(s)
        if t is None or is_headline_line(text, t.start, t.end) or _caption_line(text, t):
            continue
        kept.append(t)
    return replace(document, sentences=tuple(kept))


def _block_ends(text: str) -> dict[int, int]:
    """{line start: where its content starts} for the lines that open with a block of sign-up,
    reprint, archive or app-promotion text (what `clean.clean_text` cuts, for text not cleaned)."""
    from .furniture_block import leading_block_end  # it builds on this module

    out: dict[int, int] = {}
    start = 0
    for line in text.split("\n"):
        cut = leading_block_end(line) if line.strip() else 0
        if cut:
            out[start] = start + cut + len(line[cut:]) - len(line[cut:].lstrip())
        start += len(line) + 1
    return out


def _paragraph(text: str, start: int, end: int) -> str:
    line_end = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1 : len(text) if line_end < 0 else line_end].strip()


# "Campaign mailer sent by GOP candidate Ed Doe." A noun phrase and a past participle: a caption.
_PARTICIPLE_CAPTION = re.compile(
    r"^[A-Z][\w'’,-]*(?:\s+[\w'’,-]+){0,6}?\s+(?:sent|taken|provided|released|shown|pictured|seen|posted|obtained|distributed|"
    r"mailed|displayed|handed\s+out)\s+(?:by|to|in|at|on|from)\b"
)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|says?|said|will|would|can|could)\b")


def _caption_line(text: str, s: Sentence) -> bool:
    """A whole line of at most 15 words made of a noun phrase and a participle ("Mailer sent by
    the campaign."), with no finite verb: a photo caption."""
    if len(s.text.split()) > 15 or _FINITE.search(s.text) or not _PARTICIPLE_CAPTION.match(s.text):
        return False
    line_start = text.rfind("\n", 0, s.start) + 1
    line_end = text.find("\n", s.end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start : s.start].strip() and not text[s.end : line_end].strip()


def is_headline_line(article_text: str, start: int, end: int) -> bool:
    """Is article_text[start:end] a whole line with no sentence terminator (a headline, a label,
    a caption line)? Body sentences end in . ! ? or a closing quote."""
    line_start = article_text.rfind("\n", 0, start) + 1
    line_end = article_text.find("\n", end)
    line_end = len(article_text) if line_end < 0 else line_end
    if article_text[line_start:start].strip() or article_text[end:line_end].strip():
        return False
    body = article_text[start:end].rstrip()
    # a closing quote ends a sentence only after a terminator or a comma ('... he said."'); a
    # headline may end on a quoted phrase ("Rush: 'Bashing the Union Isn't Going to Do It'")
    if body.endswith(('"', "”", "’", "'")):
        if body.rstrip("\"”’'").endswith((".", "!", "?", ",", "…")):
            return False
        # and is written in title case, as headlines are (body text is not)
        words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", body) if len(w) > 3]
        return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)
    return not body.endswith((".", "!", "?", ")", ":"))


def _quoted_ellipsis(text: str) -> bool:
    """An ellipsis inside a quotation ('"We will..." he said') is the speaker's, not a cut.
    (session 17) The last quotation mark decides, whatever its style: a curly closing mark closes
    a quotation opened straight ('"..., among others,” said the acting commissioner...', an
    AllSides excerpt cut after the speaker's title), so the ellipsis after it is the copy's cut."""
    marks = [c for c in text if c in '"“”']
    if not marks or marks[-1] == "”":
        return False
    return marks[-1] == "“" or text.count('"') % 2 == 1
