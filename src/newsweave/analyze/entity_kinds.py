"""The kind a surface's last word says ("Harrow Bridge" is a place, "Diocese of Harrow Bay" an
organisation), over the small tagger's label; split out of `entities` (issue 12, session 9)."""

from __future__ import annotations

import re

# The small model often calls a firm or a bridge a person; the last word of the name says better.
_ORG_SUFFIX = re.compile(
    r"(?i)(works|ltd|inc|plc|llc|group|council|union|board|agency|party|bank|company|corporation|association|diocese|church|museum|"
    r"authority|services?|commission|committee|department|ministry|office|police|university|college|school|news|"
    r"gazette|times|post|daily|ledger|radio|telegraph|guardian|mail|herald|tribune|journal|press|institute|trust|"
    r"foundation|federation|league|alliance|network|club|court|army|navy|mps|administration|house|government|campaign|cabinet|"
    r"senate|congress|parliament|assembly)$"
)
_PLACE_SUFFIX = re.compile(r"(?i)(bridge|footbridge|street|road|square|harbour|harbor|airport|station|park|river|avenue|lane|county|city|bay|island|valley|highway|boulevard|pike|drive|plaza)$")
_PLATFORMS = frozenset({"twitter", "facebook", "instagram", "youtube", "whatsapp", "tiktok", "telegram"})
# A party's members named by one word ("Democrats", "a Republican", "the Tories") are the party, an
# organisation (the gold rule of entities_dev_v and before, session 11); a caucus ("Senate
# Republicans") stays a group.
_PARTY_MEMBERS = frozenset("democrat democrats democratic republican republicans gop tory tories conservatives".split())


def kind_fix(surface: str, kind: str) -> str:
    last = surface.split(" of ")[0].split()[-1]  # "Diocese of Harrow Bay": the head says, not the place
    if surface.lower() in _PLATFORMS or kind == "group" and surface.lower() in _PARTY_MEMBERS:
        return "organization"
    if kind in ("person", "organization") and _PLACE_SUFFIX.search(last):
        return "place"
    if kind == "place" and " of " in surface and _ORG_SUFFIX.search(last):
        return "organization"  # "Diocese of Harrow Bay", "Court of Appeal": an institution of a place
    if kind == "person" and _ORG_SUFFIX.search(last):
        return "organization"
    return kind
