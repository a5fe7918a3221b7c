"""Where a name ends, part 7 (issue 12, session 12): written from the first run on the PolNeAR set
`entities_dev_z1` (single 2016 political articles, now tuning data). Pure string rules over one story's
mentions and texts (no model), applied by `entity_spans.repair_mentions`:

- a figure is not part of a name: the tagger's span that runs from a name into the number after it
  ("Trump 47.3 percent", "Smith 52%") is cut before the number, when a percent or points word follows
  it (a number that is part of a name, "Boeing 727", "Senate Bill 8", "Patriot 125", is left alone);
- a city and its state's abbreviation written without the comma ("Staunton Va.", a letter's
  signature) are two places: the tagger's one place span is split at a US state abbreviation
  (AP style or postal: "Va.", "N.Y.", "Calif.", "TX"); "Washington, D.C." stays one place
  (`entity_spans.join_split_names`).

Part 7b, written after the one run on `entities_dev_z2` (so tuned on it, not measured by it):

- an author's bio at the foot of an article is a credit ("<Name> is the … columnist for <Outlet> …
  Follow him on Twitter: @… Reach him at …"): no mention in one of the last two paragraphs that
  starts with such a bio sentence or holds a "Follow/Reach/Contact him/her …" line is an entity;
- a time zone after a clock time ("9:00 a.m. Eastern", "8 p.m. Pacific") is no name;
- a name in quotation marks of its own ("on Fox News’s “Fox and Friends.”") is one title: it is not split at its "and"
  (`entities.build_entities`, `entity_joins.split_at_and`), and two mentions the tagger made of it are joined;
- "State" right after "secretary of" is the office's word, no name (`_w`'s and `_z2`'s "Secretary of State");
- an institution and the place it stands on are two names: a span "<... University/College/School/Hospital> on
  <Place>" ("Hofstra University on Long Island") is split at " on ".
"""

from __future__ import annotations

import re
from dataclasses import replace

_FIGURE_TAIL = re.compile(r"[ \xa0]+[\d][\d.,]*(?:[ \xa0]*%|[ \xa0]+(?:percent|per[ \xa0]cent|percentage[ \xa0]points?|points?)\b).*$")

# AP-style state abbreviations with their periods, and the two-letter postal codes.
_STATE_AP = frozenset(
    """Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont.
    Neb. Nebr. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wyo.""".split()
)
_STATE_POSTAL = frozenset(
    """AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA
    RI SC SD TN TX UT VT VA WA WV WI WY""".split()
)


_BIO = re.compile(
    r"(?m)^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} (?:is|was) (?:a|an|the) [^.\n]{0,80}?\b(?:columnist|correspondent|"
    r"reporter|writer|contributor|editor|host|author|producer)s?\b|\b(?:Follow|Reach|Contact|Email|E-mail) (?:him|her|them|me)\b")
_ZONE = re.compile(r"(?:\d|[ap]\.?m\.?|noon|midnight)[ \xa0]+$", re.I)
_ZONES = frozenset("Eastern Pacific Central Mountain Atlantic".split())


_SUBJECT_IS = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}) (?:is|was) ")


def _unnamed_subject(text: str, start: int, end: int) -> bool:
    """A short last paragraph (of four or more) "<Full Name> is/was …" whose subject the article names nowhere before it:
    the author's bio ("… is the former mayor of …", "… is playwright-in-residence at …"), session 13."""
    hit = _SUBJECT_IS.match(text, start, end)
    return bool(hit) and end - start < 400 and hit.group(1) not in text[:start]


def _bio_spans(text: str) -> list[tuple[int, int]]:
    paragraphs = [m.span() for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    return [(s, e) for s, e in paragraphs[-2:]
            if _BIO.search(text, s, e) or (s, e) == paragraphs[-1] and len(paragraphs) >= 4 and _unnamed_subject(text, s, e)]


def footer_credits(mentions: list, texts: dict[str, str]) -> list:
    """Drop the mentions in an author's bio at an article's foot, and a time zone after a clock time."""
    spans = {aid: _bio_spans(t) for aid, t in texts.items()}
    return [m for m in mentions if not any(s <= m.start < e for s, e in spans.get(m.article_id, ()))
            and not (m.text in _ZONES and _ZONE.search(texts[m.article_id][max(0, m.start - 12) : m.start]))]


_CLOSE_QUOTE = re.compile(r"[.,!?]?[”\"]")


def quoted_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands alone inside quotation marks (“Fox and Friends.”): a title, one name."""
    return start > 0 and text[start - 1] in "“\"" and bool(_CLOSE_QUOTE.match(text, end))


def join_quoted_titles(mentions: list, texts: dict[str, str]) -> list:
    """'“Fox' + ' and ' + 'Friends.”' (two mentions) -> 'Fox and Friends', one title."""
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].article_id, mentions[i].start))
    joined: dict[int, object] = {}
    for a, b in zip(order, order[1:]):
        m, nxt = mentions[a], mentions[b]
        if a in joined or nxt.article_id != m.article_id:
            continue
        text = texts[m.article_id]
        if text[m.end : nxt.start] in (" and ", " & ") and quoted_title(text, m.start, nxt.end):
            joined[a], joined[b] = replace(m, end=nxt.end, text=text[m.start : nxt.end]), None
    return [joined.get(i, m) for i, m in enumerate(mentions) if joined.get(i, m) is not None]


_SECRETARY_OF = re.compile(r"[Ss]ecretary[ \xa0]+of[ \xa0]+$")
_ON_PLACE = re.compile(r"^(.+? (?:University|College|School|Hospital|Academy|Institute|Center|Centre|Stadium|Arena)) on ([A-Z].*)$")


def office_and_site_words(mentions: list, texts: dict[str, str]) -> list:
    """Drop "State" of "secretary of State"; split "Hofstra University on Long Island" into the institution and the place."""
    out = []
    for m in mentions:
        if m.text == "State" and _SECRETARY_OF.search(texts[m.article_id][max(0, m.start - 20) : m.start]):
            continue
        hit = _ON_PLACE.match(m.text)
        if hit:
            at = m.start + hit.start(2)
            out.append(replace(m, end=m.start + len(hit.group(1)), text=hit.group(1), kind="organization"))
            m = replace(m, start=at, text=hit.group(2), kind="place")
        out.append(m)
    return out


def cut_figure_tail(m):
    """'Trump 47.3 percent' -> 'Trump': a number with a percent or points word after a name is no part of it."""
    hit = _FIGURE_TAIL.search(m.text)
    if not hit or not m.text[: hit.start()].strip():
        return m
    return replace(m, end=m.start + hit.start(), text=m.text[: hit.start()])


def _state_word(word: str, after: str) -> str | None:
    """The state abbreviation `word` as written (with its period when the text has one after the span), or None."""
    if word in _STATE_POSTAL:
        return word
    dotted = word if word.endswith(".") else word + ("." if after.startswith(".") else "")
    return dotted if dotted in _STATE_AP and dotted != "D.C." else None


def split_city_state(mentions: list, texts: dict[str, str]) -> list:
    """'Staunton Va.' (one place span) -> 'Staunton' and 'Va.', two places."""
    out = []
    for m in mentions:
        words = m.text.split(" ")
        if m.kind != "place" or len(words) < 2 or not words[-2][:1].isupper() or words[-2].endswith(","):
            out.append(m)
            continue
        text = texts[m.article_id]
        state = _state_word(words[-1], text[m.end : m.end + 1])
        if state is None:
            out.append(m)
            continue
        city = " ".join(words[:-1])
        at = m.start + len(city) + 1
        out.append(replace(m, end=m.start + len(city), text=city))
        out.append(replace(m, start=at, end=at + len(state), text=state))
    return out
