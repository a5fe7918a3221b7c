"""Where a name with an inner "and" or with capitalised words in front of it really starts and ends.

Pure string rules over one story's mentions and texts (no model), used by `entity_spans` and
`entities.build_entities` (issue 12, session 9: the kinds of noise the first runs on
entities_dev_k/_l showed):

- "X and Y" is split into two names only when the story uses each side as a name on its own ("The
  JLC and Board of Deputies" where "JLC" and "Board of Deputies" are named apart), when a side is
  tagged as a person elsewhere ("Tina Fey and Eva Longoria"), when the mention is a person or group
  pair, or when a plural head follows ("Travis and March Air Force bases"); otherwise "X and Y" is
  one organisation ("Department of Health and Human Services", "Centers for Disease Control and
  Prevention", "National Heart, Lung and Blood Institute");
- a mention is extended to the LEFT over capitalised words right before it when the story tags
  that longer name elsewhere or writes it more than once ("NBC" + " " + "New York" where "NBC New
  York" is tagged), and "U.S." right before an organisation is part of its name ("U.S. District
  Court"); symmetric to `entity_spans.extend_to_known`;
- a mention lying inside a longer mention of the same article (the piece a repair swallowed) is
  not a mention of its own;
- an adjective compound ("U.S.-made", "Iranian-backed") is cut to the name before its hyphen.
"""

from __future__ import annotations

import re
from dataclasses import replace

# Plural nouns that name what two coordinated names each are ("Travis and March Air Force bases").
PLURAL_HEADS = frozenset(
    """bases hospitals universities colleges schools companies firms banks churches counties states cities
    towns rivers islands airports streets roads parks stations agencies teams clubs parties networks
    newspapers channels stores chains brands""".split()
)
COUNTRY_PREFIXES = ("U.S.", "US", "U.K.", "UK", "U.N.", "UN", "E.U.", "EU")
_PLURAL_AFTER = re.compile(r"\s+([a-z]+)\b")
_LEFT_RUN = re.compile(r"((?:(?:[A-Z][\w’'&-]*|(?:[A-Z]\.){2,}) ){1,3})$")
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split())
_ADJECTIVE_TAIL = re.compile(r"-(?:made|based|owned|led|backed|born|run|funded|linked|allied|controlled|style|like|bound|friendly|staffed|sponsored|brokered|occupied|held)$")


def _pieces(bare: str) -> list[str]:
    """'National Heart, Lung and Blood Institute' -> ['National Heart', 'Lung', 'Blood Institute']."""
    return [p.strip() for p in re.split(r",? and |, ", bare) if p.strip()]


def _written_apart(piece: str, whole: str, story: str) -> bool:
    """Whether the story writes `piece` (whole words, same case) somewhere other than inside `whole`."""
    rest = story.replace(whole, "\x00")
    return re.search(rf"(?<![\w-]){re.escape(piece)}(?![\w-])", rest) is not None


def split_at_and(bare: str, kind: str, after: str, story: str, tagged: dict[str, set[str]]) -> list[str] | None:
    """The names an "X and Y" mention holds, or None when it is one name.

    `after`: the text right after the mention; `story`: every article's text joined; `tagged`: bare
    surface -> the kinds the tagger gave it anywhere in the story."""
    pieces = [p for p in bare.split(" and ")]
    if kind in ("person", "group") or len(pieces) < 2:
        return pieces
    if any("person" in tagged.get(p, ()) for p in _pieces(bare)) and not _INSTITUTION_HEAD.match(bare.split()[-1]):
        return pieces  # "Tina Fey and Eva Longoria" typed an organisation as a pair; "... Foundation" is one name
    plural = _PLURAL_AFTER.match(after)
    if plural and plural.group(1) in PLURAL_HEADS:
        return pieces  # "Travis and March Air Force bases": two bases

    def alone(piece: str) -> bool:
        if len(piece.split()) == 1 and piece not in tagged:
            return False  # a single capitalised word elsewhere may open a sentence ("Families said")
        return _written_apart(piece, bare, story)

    if all(alone(p) for p in pieces):
        return pieces  # "JLC and Board of Deputies": each named on its own
    return None


def extend_left(mentions: list, texts: dict[str, str], bare, titles) -> list:
    """A mention right after capitalised words takes them when the story tags that longer name
    elsewhere or (for a non-person) writes it more than once; "U.S." right before an organisation
    is part of its name. Words the story writes in lower case, titles and calendar words are never
    taken (a sentence's first word, "Senator", "Monday")."""
    known = {bare(m.text).lower() for m in mentions if len(bare(m.text).split()) >= 2}
    story = "\n".join(texts.values())
    lower = set(re.findall(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])", story))
    spans: dict[str, list] = {}
    for m in mentions:
        spans.setdefault(m.article_id, []).append((m.start, m.end, m.kind))
    out = []
    for m in mentions:
        text = texts[m.article_id]
        hit = _LEFT_RUN.search(text, max(0, m.start - 60), m.start) if m.text[:1].isupper() else None
        if hit and hit.end() == m.start and not m.text.lower().startswith("the ") and not any(
                s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e, _ in spans[m.article_id]):  # inside another
            words = hit.group(1).split()
            for k in range(len(words), 0, -1):
                added = words[-k:]
                if any(w.lower().rstrip(".") in titles or w.lower() in _CALENDAR or w.lower() in lower or w.endswith(("'s", "’s"))
                       for w in added):
                    continue  # "Senator", "Monday", a sentence's first word, an owner ("Justin Trudeau's")
                lead = " ".join(added)
                start = m.start - len(lead) - 1
                if any(s < start < e and any(w[:1].isupper() for w in text[s:start].split()) for s, e, _ in spans[m.article_id]):
                    continue  # a name never starts inside another ("New Jersey" + "Democrat" is no "Jersey Democrat"); "the U.S." may (session 14)
                under = {kind for s, e, kind in spans[m.article_id] if start <= s and e <= m.start}
                longer = f"{lead} {bare(m.text)}"
                phrase = f"{lead} {m.text}"
                together = story.count(phrase) >= 2 and len(re.findall(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", story))
                country = k == 1 and lead in COUNTRY_PREFIXES and m.kind == "organization"
                # "British" + "Jews" is an adjective and a group, "Board of Deputies of British Jews" aside
                if longer.lower() in known or country or (m.kind != "person" and together >= 2 and not under & {"person", "group"}):
                    kind = "organization" if country or "organization" in under else m.kind  # "House" + "Republicans", "Greenpeace" + "UK"
                    m = replace(m, start=start, text=text[start : m.end], kind=kind)
                    break
        out.append(m)
    return out


def drop_covered(mentions: list, extended: list) -> list:
    """`extended`: `mentions` after the extensions, in the same order. Mentions lying inside a
    mention an extension made longer ("New York" once "NBC" took " New York") are pieces of that
    name, not mentions of their own."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for old, m in zip(mentions, extended):
        if (old.start, old.end) != (m.start, m.end):
            spans.setdefault(m.article_id, []).append((m.start, m.end))
    mentions = extended
    return [m for m in mentions
            if not any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in spans.get(m.article_id, ()))]


def cut_adjective(m):
    """'U.S.-made' (an adjective compound the tagger took for a place) -> 'U.S.'."""
    tail = _ADJECTIVE_TAIL.search(m.text)
    if tail and tail.start() > 0:
        return replace(m, end=m.start + tail.start(), text=m.text[: tail.start()])
    return m


def country_owner(surface: str, surfaces) -> str | None:
    """'U.S. District Court' and 'District Court' both named in a story: one organisation."""
    for prefix in COUNTRY_PREFIXES:
        if surface.startswith(prefix + " ") and surface[len(prefix) + 1 :] in surfaces:
            return surface[len(prefix) + 1 :]
    return None


_RUN_GAPS = (", ", " and ", ", and ")
_INSTITUTION_HEAD = re.compile(
    r"(?i)^(?:institute|institutes|association|department|administration|agency|bureau|board|council|centers?|"
    r"foundation|hospital|school|college|university|committee|commission|society|service|services|office)$"
)


def join_and_runs(mentions: list, texts: dict[str, str], bare) -> list:
    """'The National Heart' + ', ' + 'Lung' + ' and ' + 'Blood Institute': mentions joined by commas
    and "and" that end in an institution head are one name when the story writes that whole name more
    than once and never writes its pieces apart from it."""
    story = "\n".join(texts.values())
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].article_id, mentions[i].start))
    joined: dict[int, object] = {}
    i = 0
    while i < len(order):
        run = [order[i]]
        while i + len(run) < len(order):
            a, b = mentions[run[-1]], mentions[order[i + len(run)]]
            if b.article_id != a.article_id or texts[a.article_id][a.end : b.start] not in _RUN_GAPS:
                break
            run.append(order[i + len(run)])
        first, last = mentions[run[0]], mentions[run[-1]]
        whole = texts[first.article_id][first.start : last.end]
        if (len(run) >= 2 and " and " in whole and _INSTITUTION_HEAD.match(last.text.split()[-1])
                and story.count(bare(whole)) >= 2
                and not any(_written_apart(bare(mentions[j].text), bare(whole), story) for j in run)):
            joined[run[0]] = replace(first, end=last.end, text=whole, kind="organization")
            joined.update({j: None for j in run[1:]})
        i += len(run)
    return [joined.get(i, m) for i, m in enumerate(mentions) if joined.get(i, m) is not None]
