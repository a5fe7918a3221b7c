"""Where a name starts and ends, part 6 (issue 12, session 11): kinds pooled over the first runs of
session 10's fresh sets `_o`-`_v` (now tuning data). Pure string rules over one story's mentions and
texts (no model), applied by `entity_spans.repair_mentions`:

- a variant's letter is a term, not a name: a Greek letter the story writes before "variant" or
  "strain" ("the Delta variant", "the Delta coronavirus variant") is dropped wherever it stands alone ("Delta is spreading");
- a name the excerpt cuts off is no name: a mention that is not a person (or is one word of a person)
  and ends right before the ellipsis that closes a text ("… for the U.S. Central...") is dropped, unless the story writes the
  same words elsewhere (then it is whole);
- a state's chamber is one organisation: a place or "<Place> State" right before "Senate",
  "House", "Assembly" or "Legislature" ("Arizona State" + " Senate"), unless a race word follows
  ("the Florida Senate race", see `entity_runs.split_state_race`) or the place is a country ("U.S.");
- a chamber's caucus is one group: "Republicans" or "Democrats" right after a chamber or a committee
  ("Senate Republicans", "House Foreign Affairs Committee Republicans") takes the capitalised words
  before it, and the chamber mention inside is a piece of it, not a mention of its own;
- an office title is not part of the name before it: "US Surgeon" + " General" -> "US" (the tagger
  takes the title's first word for the end of a name);
- a place right before an institution is part of its name ("New York City" + " Sanitation
  Department", "Texas" + " Southern University"), a country's excepted ("U.S.", see
  `entity_joins.extend_left`);
- a country's abbreviation joined by a hyphen to a second place is two places ("U.S.-Mexico border"),
  whether or not the second is written alone (`entity_runs.split_hyphen_pairs` asks that of other pairs).
"""

from __future__ import annotations

import re
from dataclasses import replace

_GREEK = frozenset("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu omicron".split())
_VARIANT = re.compile(r"(?<![\w-])([A-Z][a-z]+)(?:[ \xa0-][\w-]+)?[ \xa0-](?:variants?|strains?|subvariants?|lineages?)\b")
_FINAL_ELLIPSIS = re.compile(r"[ \xa0]*(?:\.\.\.|…)[\s\]\)”\"’]*$")
_OWN_DOTS = re.compile(r"[ \xa0]*(?:\.\.\.|…)$")
_FUNCTION_END = re.compile(r"(?:^|[ \xa0])(?:of|the|and|for|on|in|to|at|&)$")
_CHAMBER_AFTER = re.compile(r"[ \xa0]((?:[Ss]tate[ \xa0])?(?:Senate|House|Assembly|Legislature))(?![\w-])")
_RACE = re.compile(r"[ \xa0](?:race|seat|election|primary|contest|campaign|runoff|nominee|nomination|candidate)s?\b")
_COUNTRIES = frozenset({"U.S.", "US", "U.S", "USA", "U.S.A.", "America", "United States", "U.K.", "UK", "Britain", "EU", "E.U."})
_PARTY_PLURAL = frozenset({"Republicans", "Democrats"})
# A caucus's words: capitalised, or a lower-case "state" after a capitalised one ("Arizona state Senate Republicans").
_CAUCUS_RUN = re.compile(r"((?:[A-Z][\w’'.&-]*[ \xa0](?:state[ \xa0])?)+)$")
_CAUCUS_HEADS = frozenset("Senate House Assembly Legislature Committee Subcommittee Caucus Conference".split())
_OFFICE_FIRST = frozenset("Surgeon Attorney Solicitor Inspector Postmaster Adjutant Secretary".split())
_GENERAL_AFTER = re.compile(r"[ \xa0]General\b")
# Last words of an institution's name, which a place before it belongs to ("Texas Southern University").
_INSTITUTION_HEADS = frozenset(
    """Department University College School Board Commission Authority Agency Office Council Court
    Police Hospital Institute Museum District""".split()
)
_COUNTRY_PAIR = re.compile(r"((?:[A-Z]\.){2,}|[A-Z]{2,3})-([A-Z][a-z]+)")


def variant_terms(mentions: list, texts: dict[str, str]) -> list:
    """'Delta' where the story writes 'the Delta variant': a term, not a name."""
    letters = {w for t in texts.values() for w in _VARIANT.findall(t) if w.lower() in _GREEK}
    if not letters:
        return mentions
    return [m for m in mentions if re.sub(r"(?:'s|’s)$", "", m.text.strip()) not in letters]


def excerpt_cuts(mentions: list, texts: dict[str, str]) -> list:
    """Drop a non-person mention, or a one-word person, that ends at the ellipsis closing its text and
    is written nowhere else in the story ('U.S. Central...', 'Air Defense...', 'Sen. Dan...'; a first
    name the story writes in full elsewhere stays and joins it); the tagger's span may take in the dots
    ('the Department of...'), and a name left ending in a function word is cut whatever else the story writes."""
    out = []
    for m in mentions:
        text = texts[m.article_id]
        dots = _OWN_DOTS.search(m.text)
        end = m.start + dots.start() if dots else m.end
        lone_first = m.kind == "person" and len(m.text[: end - m.start].split()) == 1  # "Sen. Dan...", "Emmett..."
        if (m.kind != "person" or lone_first) and _FINAL_ELLIPSIS.match(text, end):
            words = m.text[: end - m.start].strip()
            if not words or _FUNCTION_END.search(words):
                continue
            pattern = re.compile(rf"(?<![\w-]){re.escape(words)}(?![\w-])")
            elsewhere = sum(len(pattern.findall(t)) for t in texts.values()) > 1
            if not elsewhere:
                continue
        out.append(m)
    return out


def state_chambers(mentions: list, texts: dict[str, str]) -> list:
    """'Arizona State' + ' Senate' (or the place 'Texas' + ' House') -> one organisation; the chamber
    tagged on its own there is a piece of it."""
    grown: list = []
    out = []
    for m in mentions:
        text = texts[m.article_id]
        lead = m.text.strip()
        place_like = m.kind == "place" or lead.endswith((" State", " state"))
        hit = _CHAMBER_AFTER.match(text, m.end)
        if (hit and place_like and lead not in _COUNTRIES and lead[:1].isupper() and not _RACE.match(text, hit.end())
                and not re.match(r"[ \xa0]+of\b", text[hit.end() : hit.end() + 5])):
            m = replace(m, end=hit.end(), text=text[m.start : hit.end()], kind="organization")
            grown.append(m)
        out.append(m)
    return [m for m in out if not any(g.article_id == m.article_id and g.start <= m.start and m.end <= g.end and g is not m
                                      for g in grown)]


def chamber_caucus(mentions: list, texts: dict[str, str]) -> list:
    """'Senate' + ' Republicans', 'House Foreign Affairs Committee' + ' Republicans' -> one group
    (a caucus); mentions inside it are pieces of it."""
    grown: list = []
    out = []
    for m in mentions:
        word = re.sub(r"(?:'s|’s|'|’)$", "", m.text.strip())
        text = texts[m.article_id]
        if word in _PARTY_PLURAL:
            run = _CAUCUS_RUN.search(text, max(0, m.start - 80), m.start)
            if run and run.end() == m.start:
                words = run.group(1).split()
                for k in range(len(words) - 1, -1, -1):  # a sentence's last word ("Tuesday.") ends the run
                    if words[k].endswith(".") and words[k].count(".") == 1 and len(words[k]) > 3:
                        words = words[k + 1 :]
                        break
                while words and (words[0] in ("The", "A", "An") or words[0] in _COUNTRIES):  # not "U.S." of "U.S. Senate Republicans"
                    words = words[1:]
                if words and words[-1] in _CAUCUS_HEADS and " ".join(words[-2:]) != "White House":
                    start = m.start - len(" ".join(words)) - 1
                    end = m.start + len(word)
                    m = replace(m, start=start, end=end, text=text[start:end], kind="group")
                    grown.append(m)
        out.append(m)
    return [m for m in out if not any(g.article_id == m.article_id and g.start <= m.start and m.end <= g.end and g is not m
                                      for g in grown)]


def cut_office_title(m, text: str):
    """'US Surgeon' + ' General Vivek Murthy' -> 'US'; a mention that is only the title's first word
    is dropped (None)."""
    words = m.text.split()
    if not words or words[-1] not in _OFFICE_FIRST or not _GENERAL_AFTER.match(text, m.end):
        return m
    rest = " ".join(words[:-1])
    if not rest:
        return None
    end = m.start + m.text.rfind(words[-1])
    rest_text = text[m.start : end].rstrip(" \xa0")
    kind = "place" if rest_text in _COUNTRIES else m.kind
    return replace(m, end=m.start + len(rest_text), text=rest_text, kind=kind)


def place_institutions(mentions: list, texts: dict[str, str]) -> list:
    """'New York City' + ' Sanitation Department', 'Texas' + ' Southern University' -> one organisation:
    a place right before an organisation whose last word is an institution's head (the tagger cut the
    name after the place)."""
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].article_id, mentions[i].start))
    joined: dict[int, object] = {}
    for a, b in zip(order, order[1:]):
        m, nxt = mentions[a], mentions[b]
        if (a in joined or nxt.article_id != m.article_id or m.kind != "place" or nxt.kind != "organization"
                or m.text.strip() in _COUNTRIES or texts[m.article_id][m.end : nxt.start] not in (" ", "\xa0")):
            continue
        words = nxt.text.split()
        if len(words) >= 2 and words[-1] in _INSTITUTION_HEADS and words[0] not in ("of", "the", "The"):
            joined[a] = replace(m, end=nxt.end, text=texts[m.article_id][m.start : nxt.end], kind="organization")
            joined[b] = None
    return [joined.get(i, m) for i, m in enumerate(mentions) if joined.get(i, m) is not None]


def country_pairs(mentions: list) -> list:
    """'U.S.-Mexico' (of "the U.S.-Mexico border") -> the places 'U.S.' and 'Mexico'."""
    out = []
    for m in mentions:
        hit = _COUNTRY_PAIR.fullmatch(m.text.strip())
        if hit and hit.group(1) in _COUNTRIES:
            left, right = hit.group(1), hit.group(2)
            out.append(replace(m, end=m.start + len(left), text=left, kind="place"))
            out.append(replace(m, start=m.start + len(left) + 1, end=m.start + len(left) + 1 + len(right), text=right, kind="place"))
            continue
        out.append(m)
    return out


_OWNER_THEN_WORD = re.compile(r"[\w.&]+(?:'s|’s)[ \xa0]([A-Z][a-z]{1,11})[ \xa0]$")
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split())


def first_name_after_owner(mentions: list, texts: dict[str, str], titles) -> list:
    """'CNN’s Ed' + 'Lavandera' -> 'Ed Lavandera': a surname tagged alone right after an owner's
    possessive and one capitalised word takes that word as its first name, unless the word is a
    title, a calendar word, a word the story writes in lower case or part of another mention."""
    story = "\n".join(texts.values())
    lower = set(re.findall(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])", story))
    covered: dict[str, set[int]] = {}
    for m in mentions:
        covered.setdefault(m.article_id, set()).update(range(m.start, m.end))
    out = []
    for m in mentions:
        if m.kind == "person" and len(m.text.split()) == 1 and m.text[:1].isupper():
            text = texts[m.article_id]
            hit = _OWNER_THEN_WORD.search(text, max(0, m.start - 40), m.start)
            word = hit.group(1) if hit else ""
            if (hit and word.lower() not in titles and word.lower() not in _CALENDAR and word.lower() not in lower
                    and hit.start(1) not in covered[m.article_id]):
                m = replace(m, start=hit.start(1), text=text[hit.start(1) : m.end])
        out.append(m)
    return out
