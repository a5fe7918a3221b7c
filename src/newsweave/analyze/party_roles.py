"""A US politician spoken of by party, state and office: "the West Virginia Democrat said", "the
Texas Republican", "the GOP senator", "the Democratic lawmaker" (issue 12, session 17).

Why: American reporting names a member of Congress once with a party/state tag and then calls
them by that tag: "Sen. Ada Vance (D-W.Va.) ... the West Virginia Democrat said", "Rep. Milo
Strand, R-Texas, ... the Texas Republican". The existing role rule
(`ArticleContext.person_by_role`) matches only words written before or in apposition to the name,
so "(D-W.Va.)" gave no role and such a subject stayed unknown; a proper modifier ("Texas") was
even taken for the speaker. Session 16 counted this as the largest kind of speaker left unknown on
the AllSides draws.

What it reads, for every person the article names outside quotations (all their mentions):
- a party/state tag after the name: "(D-W.Va.)", "(R-Texas)", "(I)", ", D-Ill.,", with AP
  ("W.Va.", "Ill.") and postal ("WV", "IL") state abbreviations and full state names;
- the title before the name: "Sen."/"Senator" (a senator), "Rep."/"Representative"/
  "Congressman"/"Congresswoman" (a representative), "Gov."/"Governor" (a governor; not "Lt. Gov."),
  with party and state words among the title words ("Ohio Republican X", "Democratic Sen. X");
- "of <state>" right after the name ("Rep. X of Texas");
- an apposition that describes a party member or office holder ("X, a Democrat from Ohio,",
  "X, an Ohio Republican,", and with no article "X, Democrat of Ohio,"): its party word, its
  office word, and a state that modifies one of them or follows "from"/"of".
A party/state tag makes the person a lawmaker; a senator or representative is a lawmaker too.

A subject fits a person when every party, state and office its words give is among the person's
(the head noun counts: "Democrat" is a party, "senator" an office; "Senate"/"House" as modifiers
an office). It is resolved only when exactly one person named before it fits, and no other person
with any such marker is merely silent on one of its features (a "Sen. X" with no party tag could
be "the GOP senator"); otherwise unknown. The subject must be definite ("the ..."), with no owner
("the committee's ranking Republican") and no modifier outside these words and plain lower-case
adjectives ("moderate", "veteran"): any other name in it is a feature this rule cannot check.
A party noun left unresolved gives no one (a party member is a description, never "Texas").

The same description as the main-clause subject of a sentence shortly before "he"/"she"
("The West Virginia senator came with doubts. He spoke of debt. (“...?” he asked.)") gives that
pronoun its person when the nearest-sentences rule of `ArticleContext.salient_person` found no
name (`described_before`: back over at most four sentences whose subjects are only "he"/"she",
none naming a person, without crossing a whole paragraph).

Measured with benchmarks/quote_precision.py, quote_quality.py and quote_merge.py against d8558a4
(benchmarks/ANALYSIS.md, "Session 17 (quotes: party, state and office)").
"""

from __future__ import annotations

import re

# State -> its AP and postal abbreviations (lower-case, dots removed), and its full name's words.
_STATES = {
    "alabama": "ala al", "alaska": "ak", "arizona": "ariz az", "arkansas": "ark ar", "california": "calif cal ca",
    "colorado": "colo co", "connecticut": "conn ct", "delaware": "del de", "florida": "fla fl", "georgia": "ga",
    "hawaii": "hi", "idaho": "id", "illinois": "ill il", "indiana": "ind in", "iowa": "ia", "kansas": "kan kans ks",
    "kentucky": "ky", "louisiana": "la", "maine": "me", "maryland": "md", "massachusetts": "mass ma",
    "michigan": "mich mi", "minnesota": "minn mn", "mississippi": "miss ms", "missouri": "mo",
    "montana": "mont mt", "nebraska": "neb nebr ne", "nevada": "nev nv", "new hampshire": "nh",
    "new jersey": "nj", "new mexico": "nm", "new york": "ny", "north carolina": "nc", "north dakota": "nd",
    "ohio": "oh", "oklahoma": "okla ok", "oregon": "ore or", "pennsylvania": "pa penn", "rhode island": "ri",
    "south carolina": "sc", "south dakota": "sd", "tennessee": "tenn tn", "texas": "tex tx", "utah": "ut",
    "vermont": "vt", "virginia": "va", "washington": "wash wa", "west virginia": "wva wv",
    "wisconsin": "wis wisc wi", "wyoming": "wyo wy",
}
_ABBREV = {a: s for s, abbrevs in _STATES.items() for a in abbrevs.split()} | {s.replace(" ", ""): s for s in _STATES}
_PARTY = {"democrat": "D", "democratic": "D", "dem": "D", "republican": "R", "gop": "R", "independent": "I"}
_LETTER = {"D": "D", "R": "R", "I": "I"}
# Office words -> the offices they give (a later "the lawmaker" fits any member of Congress).
_OFFICE = {
    "senator": {"senator", "lawmaker"}, "sen": {"senator", "lawmaker"}, "senate": {"senator", "lawmaker"},
    "representative": {"representative", "lawmaker"}, "rep": {"representative", "lawmaker"},
    "congressman": {"representative", "lawmaker"}, "congresswoman": {"representative", "lawmaker"},
    "congressmember": {"representative", "lawmaker"}, "house": {"representative", "lawmaker"},
    "governor": {"governor"}, "gov": {"governor"},
    "lawmaker": {"lawmaker"}, "legislator": {"lawmaker"},
}
# The office a description's own word asks for (its narrowest one).
_ASKS = {"senator": "senator", "senate": "senator", "representative": "representative", "congressman": "representative",
         "congresswoman": "representative", "congressmember": "representative", "house": "representative",
         "governor": "governor", "lawmaker": "lawmaker", "legislator": "lawmaker"}
_HEADS = frozenset({"democrat", "republican", "independent", "senator", "representative", "congressman", "congresswoman",
                    "lawmaker", "legislator", "governor"})
_TAG = re.compile(r"\s*(?:\(\s*([DRI])\s*(?:[-–—]\s*([A-Z][A-Za-z. ]{0,14}?))?\s*\)|,\s*([DRI])\s*[-–—]\s*([A-Z][A-Za-z. ]{0,14}?)\s*(?=[,;)]|\.\s|\.?$))")
_OF_STATE = re.compile(r"\s+(?:of|from)\s+((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)")
# "X, a Democrat from Ohio,"; also with no article when a party word and "of"/"from" open it (the
# New York Times' "X, Democrat of Illinois,": 4 in cased dev and PolNeAR, session 17 brief M).
_APPOS = re.compile(r",\s+(?:(?:a|an|the)\s+|(?=(?:Democrat|Republican|Independent)\s+(?:of|from)\s+[A-Z]))([^,;()\"“”]{3,80}?)(?:[,;]|\.\s|$)")
_ABBREV_DOT = re.compile(r"\b(Sen|Sens|Rep|Reps|Gov|Lt|Dr|Mr|Mrs|Ms)\.")


def _state(words: list[str]) -> str | None:
    """The state named by these words (a full name or an abbreviation), else None."""
    joined = " ".join(w.lower() for w in words)
    if joined in _STATES:
        return joined
    return _ABBREV.get(re.sub(r"[.\s]", "", joined).lower())


def _features(words: list[str]) -> tuple[set[str], set[str], set[str], bool]:
    """(parties, states, offices, all read) of a run of title or description words; `all read`
    is False when a capitalised word is none of them (a name or body this rule cannot check)."""
    parties, states, offices, known = set(), set(), set(), True
    i = 0
    while i < len(words):
        w = words[i].strip(".")
        low = w.lower()
        two = _state(words[i : i + 2]) if i + 1 < len(words) and words[i + 1][:1].isupper() and w[:1].isupper() else None
        if two and " " in two:
            states.add(two)
            i += 2
            continue
        if low in _PARTY and (w[:1].isupper() or low == "independent"):
            parties.add(_PARTY[low])
        elif low in _OFFICE:
            offices |= _OFFICE[low]
        elif w[:1].isupper() and _state([w]) and (low in _STATES or "." in words[i] or (w.isupper() and len(w) == 2)):
            states.add(_state([w]))  # a full name, "Ill.", "NY"; not "In" or "Me"
        elif w[:1].isupper() and low not in ("former", "then", "u", "us", "state", "the"):
            known = False
        i += 1
    return parties, states, offices, known


def _profile(text: str, start: int, end: int) -> tuple[set[str], set[str], set[str]]:
    """(parties, states, offices) the text gives the person named at [start, end)."""
    parties, states, offices = set(), set(), set()
    before = _ABBREV_DOT.sub(r"\1", text[max(0, start - 60) : start])
    chunk = re.split(r"[.;:!?\"“”\n()]|,\s", before)[-1]
    title = []
    for w in reversed(re.findall(r"[A-Za-z][\w-]*", chunk)[-5:]):
        if w.lower() in ("lt", "lieutenant"):
            title = []  # "Lt. Gov. X" is not the governor
            break
        if not (w[:1].isupper() or w.lower() in ("former", "state")):
            break
        title.insert(0, w)
    p, s, o, _ = _features(title)
    parties |= p
    states |= s
    offices |= o
    after = text[end : end + 90]
    tag = _TAG.match(after)
    if tag:
        letter, where = (tag.group(1), tag.group(2)) if tag.group(1) else (tag.group(3), tag.group(4))
        parties.add(_LETTER[letter])
        state = _state([where.strip()]) if where else None
        if where and not state:
            return set(), set(), set()  # "(R-Unknown)": not a tag this rule reads
        if state:
            states.add(state)
        offices.add("lawmaker")
        after = after[tag.end() :]
    of = _OF_STATE.match(after)
    if of and _state(of.group(1).split()):
        states.add(_state(of.group(1).split()))
    appos = _APPOS.match(after)
    if appos:
        words = re.findall(r"[A-Za-z][\w.-]*", appos.group(1))
        lows = [w.lower() for w in words]
        if any(w in _PARTY or w in _OFFICE for w in lows):
            for k, w in enumerate(lows):
                if w in _PARTY and (words[k][:1].isupper() or w == "independent"):
                    parties.add(_PARTY[w])
                elif w in _OFFICE and w not in ("house", "senate"):
                    offices |= _OFFICE[w]
            for k in range(len(words)):
                for n in (2, 1):
                    st = _state(words[k : k + n]) if all(x[:1].isupper() for x in words[k : k + n]) else None
                    nxt = lows[k + n] if k + n < len(lows) else ""
                    prev = lows[k - 1] if k else ""
                    if st and (nxt in _PARTY or nxt in _OFFICE or prev in ("from", "of")):
                        states.add(st)
    return parties, states, offices


def profiles(ctx) -> list[tuple[int, str, tuple[set[str], set[str], set[str]]]]:
    """(position, name, (parties, states, offices)) of each person mention outside quotations,
    cached on the article context."""
    cache = ctx.__dict__.get("_party_profiles")
    if cache is None:
        cache = [(s, name, _profile(ctx.text, s, e)) for s, e, name in ctx.mentions if ctx.kind(name) == "person" and not ctx.in_quote(s)]
        ctx.__dict__["_party_profiles"] = cache
    return cache


def described_politician(tok, base: int, ctx) -> tuple[str | None, int] | None:
    """For a subject token that is a party/state/office description ("the Texas Republican"),
    (the one person named before it who fits, 2), or (None, 0) for a party noun no one fits; None
    when the subject is not such a description (the other rules then read it)."""
    if ctx.lower or tok.lower_ not in _HEADS or tok.dep_ == "appos":
        return None
    left = list(tok.doc[tok.left_edge.i : tok.i])
    if not any(t.dep_ == "det" and t.lower_ == "the" for t in left) or any(t.dep_ in ("poss", "case") or t.tag_ == "POS" for t in left):
        return None
    mods = [t.text for t in left if t.dep_ not in ("det", "punct")]
    if any(m.lower() in ("former", "ex", "late", "then") for m in mods):
        return None
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of")]
    parties, states, offices, known = _features(mods + [tok.text])
    if preps:  # "the senator from West Virginia"
        extra = _state([t.text for t in preps[0].subtree if t.i > preps[0].i])
        if not extra:
            return None
        states.add(extra)
    if not known or len(parties) > 1 or len(states) > 1:
        return None
    asked = {_ASKS[w.lower()] for w in mods + [tok.text] if w.lower() in _ASKS}
    party_head = tok.lower_ in _PARTY
    if not (parties or states) and tok.lower_ not in ("lawmaker", "legislator"):
        return None  # "the senator": the role rule (`role_titles`) reads it
    pos = base + tok.idx
    people: dict[str, list[set[str]]] = {}
    for s, name, (p, st, o) in profiles(ctx):
        if s < pos:
            merged = people.setdefault(name, [set(), set(), set()])
            merged[0] |= p
            merged[1] |= st
            merged[2] |= o
    fit, maybe = set(), set()
    for name, (p, st, o) in people.items():
        if not (p or st or o):
            continue  # nothing marked: not a candidate either way
        checks = [(parties, p), (states, st), (asked, o)]
        if any(want and have and not want <= have for want, have in checks) or len(p) > 1 or len(st) > 1:
            continue  # a feature that contradicts
        if all(not want or want <= have for want, have in checks):
            fit.add(name)
        else:
            maybe.add(name)
    if len(fit) == 1 and not maybe:
        return fit.pop(), 2
    return (None, 0) if party_head else None



def described_before(ctx, pos: int, sentences: list[tuple[int, int]]) -> str | None:
    """For "he"/"she" at `pos` with no name in view: the person that the main-clause subject of an
    earlier sentence describes by party, state or office ("The West Virginia senator came with
    doubts. He spoke of debt. (“...?” he asked.)"), looking back over at most four sentences of
    the same or the previous paragraph whose subjects are only "he"/"she" and that name nobody.
    The one such person, else None (any other subject or any name on the way stops it; the walk is
    `pronoun_chains.run_opener`'s)."""
    from .pronoun_chains import run_opener

    opener = run_opener(ctx, pos, sentences, 4)
    if opener is None or opener[3]:
        return None  # the walk stopped, or a person is named on the way
    s_start, _, subjects, _ = opener
    found = {got[0] for t in subjects if (got := described_politician(t, s_start, ctx)) and got[0]}
    return found.pop() if len(found) == 1 and len(subjects) == 1 else None
