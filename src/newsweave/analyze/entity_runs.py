"""Names the small tagger cut short or ran together: span repairs on its raw mentions (issue 12,
session 10, kinds read from the first-run errors of entities_dev_o and _p, pooled with the older
sets' leftovers of the same kinds). Pure string rules over one story's mentions and texts (no model),
applied by `entity_spans.repair_mentions`:

- an organisation or place name runs on to the RIGHT over one or two capitalised words the tagger
  left out ("Google" + " Play", "Navy" + " SEAL", "Black Lives" + " Matter"), when those words are no
  name of their own anywhere in the story, no title, role noun ("Budget Director", "Labour MPs"),
  weekday or month, language or nationality word ("East Coast English"), never written in lower case
  in the story ("… Study author"), not after an owner's
  "'s", and the run ends there (a lower-case word or punctuation follows: "… Play marketplace");
- a name cut before its last words ("Architect of the" + "Capitol") takes the capitalised words after
  its dangling "of the"; "Kumsusan Palace" + " of the " + "Sun" is one name when the second piece is
  written nowhere else;
- a storm's name includes its storm word ("Hurricane" + " Michael", typed a person);
- two names joined by a hyphen ("Harvard-Yale football game") are two names when the story writes each
  alone ("Miami-Dade" stays: "Dade" is never alone; "Trump-Pence administration" stays);
- (part 3, from the first runs of `_q`/`_r`) a year is never the last word of a name ("Congressional
  Budget Office 2018", "Biden 2020"); a hyphenated name with a lower-case particle is one name ("Mar" +
  "-a-Lago"); "Senate" + "Bill 8" is one bill; a quoted nickname does not end a person's name
  ("Randolph “Tex″" + " Alles"); "X of the Y" is not joined when both are places ("East Coast of the
  U.S.", a defect of part 2 found on `_r`);
- a state's name before a chamber in a race ("the Alabama Senate primary", "The Florida Senate race")
  is the state and the chamber, not a state senate.
"""

from __future__ import annotations

import re
from dataclasses import replace

_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split())
_RIGHT_RUN = re.compile(r" ([A-Z][\w’'&-]*)(?: ([A-Z][\w’'&-]*))?(?=[\s,;:.!?)”\"’]|$)")
_STORM = re.compile(r"(?:Hurricane|Superstorm|Typhoon|Cyclone|Tropical Storm) $")
_DANGLING = re.compile(r" of(?: the)?$")
_OF_THE = re.compile(r" of the ")
_RACE = re.compile(r" (?:race|seat|election|primary|contest|campaign|runoff|nominee|nomination|candidate)s?\b")
_CHAMBERS = ("Senate", "House")
# A language or nationality word ("East Coast" + " English", "… Spanish", "… Israeli"): never the rest of a name.
_DEMONYM = re.compile(r"(?:ish|ese|ian|an|ic|i)$")
_NOT_RUN_WORDS = frozenset("the a an and or of for to in on at by with from as i we you he she it they".split())
# Role nouns written capitalised after an organisation ("Budget Director", "Elections Supervisor",
# "Conference Chair", "Labour MPs"): a title, never the rest of the name.
_ROLE_WORDS = frozenset(
    """director chair chairs executive executives editor editors correspondent manager supervisor commissioner czar
    coordinator administrator aide aides adviser advisers advisor advisors counsel staffer staffers head heads
    mps lawmakers legislators senators representatives congressmen councillors councilors ministers officials
    leaders members supporters voters activists workers fans staff residents officers""".split()
)


def _inside(m, spans) -> bool:
    return any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in spans)


def extend_right(mentions: list, texts: dict[str, str], bare, titles, not_names, title_line) -> list:
    """'Google' + ' Play' (+ ' marketplace'): see the module docstring. `title_line(line)` says
    whether a line is headline case (never extended there: "Trump Says He’ll Skip Fox Debate")."""
    first_words = {bare(m.text).split()[0].lower() for m in mentions if bare(m.text)}
    lower = {w for t in texts.values() for w in re.findall(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])", t)}
    tagged_words = {w.lower() for m in mentions for w in bare(m.text).split()}
    spans: dict[str, list] = {}
    for m in mentions:
        spans.setdefault(m.article_id, []).append((m.start, m.end))
    out = []
    for m in mentions:
        text = texts[m.article_id]
        possessive = m.text.endswith(("'s", "’s", "'", "’"))
        hit = _RIGHT_RUN.match(text, m.end) if m.kind in ("organization", "place") and not possessive else None
        if hit and not _inside(m, spans[m.article_id]):
            words = [w for w in hit.groups() if w]
            line_start = text.rfind("\n", 0, m.start) + 1
            line_end = text.find("\n", m.end)
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            if not title_line(line) and not any(
                    w.lower().rstrip(".") in titles or w.lower() in _CALENDAR or w in not_names or w.endswith(("'s", "’s"))
                    or w.lower() in _NOT_RUN_WORDS | _ROLE_WORDS or w.lower() in tagged_words or w.lower() in first_words
                    or w.lower() in lower or _DEMONYM.search(w) for w in words):
                m = replace(m, end=hit.end(), text=text[m.start : hit.end()])
        out.append(m)
    return out


def join_of_the(mentions: list, texts: dict[str, str], bare) -> list:
    """'Architect of the' + 'Capitol' (a name cut at its end) and 'Kumsusan Palace' + ' of the ' +
    'Sun' (the second piece written nowhere else) -> one name."""
    counts: dict[str, int] = {}
    for m in mentions:
        counts[bare(m.text)] = counts.get(bare(m.text), 0) + 1
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].article_id, mentions[i].start))
    joined: dict[int, object] = {}
    for a, b in zip(order, order[1:]):
        m, nxt = mentions[a], mentions[b]
        if a in joined or m.kind == "person" or nxt.article_id != m.article_id:
            continue
        gap = texts[m.article_id][m.end : nxt.start]
        if _DANGLING.search(m.text) and gap == " " or (gap == " of the " and counts.get(bare(nxt.text), 0) == 1
                                                       and not _OF_THE.search(m.text) and nxt.kind != "person"
                                                       and not m.kind == nxt.kind == "place"):  # "East Coast of the U.S."
            joined[a] = replace(m, end=nxt.end, text=texts[m.article_id][m.start : nxt.end])
            joined[b] = None
    out = [joined.get(i, m) for i, m in enumerate(mentions) if joined.get(i, m) is not None]
    fixed = []
    for m in out:  # "Architect of the" with nothing tagged after it: take the capitalised words
        if _DANGLING.search(m.text):
            hit = re.match(r" ((?:[A-Z][\w’'&-]*)(?: [A-Z][\w’'&-]*){0,2})", texts[m.article_id][m.end :])
            if not hit:
                continue  # a name that ends in "of the" and nothing after it: a fragment
            m = replace(m, end=m.end + hit.end(), text=texts[m.article_id][m.start : m.end + hit.end()])
        fixed.append(m)
    return fixed


_YEAR_TAIL = re.compile(r" (?:19|20)\d\d$")
_PARTICLE_NAME = re.compile(r"(?:-[a-z]{1,3})+-[A-Z][\w’']*")
_BILL = re.compile(r"Bill \d+$")
_BILL_AFTER = re.compile(r"[ \xa0]Bill[ \xa0]\d+(?![\w])")
_NICK_END = re.compile(r"[”″\"’]$")
_NEXT_WORD = re.compile(r" ([A-Z][\w’'-]+)(?![\w])")


def cut_year(m):
    """'Congressional Budget Office 2018' -> 'Congressional Budget Office', 'Biden 2020' -> 'Biden': a
    year is never the last word of a name."""
    hit = _YEAR_TAIL.search(m.text)
    if hit and hit.start() > 0:
        return replace(m, end=m.start + hit.start(), text=m.text[: hit.start()])
    return m


def join_pieces(mentions: list, texts: dict[str, str]) -> list:
    """Pieces of one name the tagger cut at punctuation: 'Mar' + '-a-Lago' (a hyphenated name with a
    lower-case particle), 'Senate' + ' ' + 'Bill 8' (a bill), 'Randolph “Tex″' + ' Alles' (a quoted
    nickname inside a person's name)."""
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].article_id, mentions[i].start))
    joined: dict[int, object] = {}
    for a, b in zip(order, order[1:]):
        m, nxt = mentions[a], mentions[b]
        if a not in joined and nxt.article_id == m.article_id and _BILL.match(nxt.text) and m.text in ("Senate", "House", "Assembly") \
                and texts[m.article_id][m.end : nxt.start] == " ":
            joined[a] = replace(m, end=nxt.end, text=texts[m.article_id][m.start : nxt.end])
            joined[b] = None
    out = [joined.get(i, m) for i, m in enumerate(mentions) if joined.get(i, m) is not None]
    fixed, grown = [], []
    for m in out:
        text = texts[m.article_id]
        hit = _PARTICLE_NAME.match(text, m.end)
        bill = _BILL_AFTER.match(text, m.end) if m.text in ("Senate", "House", "Assembly") else None
        if bill:  # "Senate" + " Bill 8" that the tagger typed a law (not listed) or left untagged
            m = replace(m, end=bill.end(), text=text[m.start : bill.end()])
            grown.append(m)
        elif hit and m.text[-1:].isalpha():
            m = replace(m, end=hit.end(), text=text[m.start : hit.end()])
            grown.append(m)
        elif m.kind == "person" and _NICK_END.search(m.text) and (nxt := _NEXT_WORD.match(text, m.end)):
            m = replace(m, end=nxt.end(1), text=text[m.start : nxt.end(1)])
            grown.append(m)
        fixed.append(m)
    # a piece the tagger tagged inside a name grown here ("Lago", "Alles") is that name, not a mention
    return [m for m in fixed if not any(g.article_id == m.article_id and g.start < m.start < g.end for g in grown)]


def storm_names(mentions: list, texts: dict[str, str]) -> list:
    """'Michael' right after 'Hurricane ' -> 'Hurricane Michael' (a storm, whatever the tagger typed)."""
    out = []
    for m in mentions:
        hit = _STORM.search(texts[m.article_id], max(0, m.start - 20), m.start)
        if hit and hit.end() == m.start:
            m = replace(m, start=hit.start(), text=texts[m.article_id][hit.start() : m.end])
        out.append(m)
    return out


def split_hyphen_pairs(mentions: list, texts: dict[str, str], bare) -> list:
    """'Harvard-Yale' -> 'Harvard', 'Yale' when the story writes both alone as names."""
    alone = {bare(m.text) for m in mentions if "-" not in m.text}
    out = []
    for m in mentions:
        parts = m.text.split("-")
        if (len(parts) == 2 and " " not in m.text and all(p[:1].isupper() and p in alone for p in parts)
                and not texts[m.article_id].startswith(" administration", m.end)):
            left, right = parts
            out.append(replace(m, end=m.start + len(left), text=left))
            out.append(replace(m, start=m.end - len(right), text=right))
            continue
        out.append(m)
    return out


def split_state_race(mentions: list, texts: dict[str, str], places: set[str]) -> list:
    """'Alabama Senate' + ' primary' -> the place 'Alabama' and the chamber 'Senate'."""
    out = []
    for m in mentions:
        words = m.text.split()
        lead = " ".join(words[:-1]).removeprefix("the ").removeprefix("The ")
        if (len(words) >= 2 and words[-1] in _CHAMBERS and lead in places and _RACE.match(texts[m.article_id], m.end)):
            at = m.text.rfind(lead)
            out.append(replace(m, start=m.start + at, end=m.start + at + len(lead), text=lead, kind="place"))
            out.append(replace(m, start=m.end - len(words[-1]), text=words[-1], kind="organization"))
            continue
        out.append(m)
    return out
