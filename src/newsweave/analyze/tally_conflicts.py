"""Vote tallies and durations: two kinds of figure that `quantities` leaves out, compared only
with their own kind.

**Tallies** (`tallies`, `tally_conflicts`, kind "number"): "passed 94-1", "on a 92-6 vote",
"by a vote of 364 to 62". A tally is a pair of counts, never a `Quantity`, so it is never compared
with a count of people or a share. Two tallies are reports of the same vote when

- each sentence names exactly one voting body ("the Senate", "the House Judiciary Committee",
  "the jury") and one tally; the bodies have the same head word and, when both give capitalised
  words before it ("Texas Senate" / "U.S. Senate"), the same ones;
- the sentences share what the body did: the same class of voting verb (pass / approve / adopt /
  clear / ratify; confirm; reject / defeat / block; rule / uphold / strike down), a bare "voted"
  matching only a bare "voted";
- no procedural or other vote is named (cloture, a motion, an amendment, "to advance", "a
  similar bill", "last year"), the years named agree, and each article gives one tally for that
  body and verb class (an article with two is reporting two votes).

They conflict when the two pairs of counts differ ("94-1" vs "92-6").

**Durations** (`durations`, `duration_conflicts`, kind "duration"): "waited six hours", "for
more than seven hours", with the hedges of `quantities` ("about", "more than", "up to"; "about" and "nearly" loose by at
least one of the stated units). Read
from the dependency parse: the duration must be what a verb lasted (its object, its
adverbial noun or "for" + the duration), and two durations are the same when their verbs are
the same word (a purpose clause's verb also counts as the verb it hangs from: "waited in line to
cast a ballot for seven hours" may attach the duration to either) and the verbs' agents (the subject, past a personal pronoun to the nearest subject
above it: "Rogers ... said he waited") share a word. Negated, modal and prospective verbs ("could
take", "is expected to last") and ages, "ago", "later", rates and "the past/next N days" are
skipped; each article must give one value per activity. They conflict when their ranges do not
overlap (`quantities.compatible`). Without a parser no duration is reported.

Articles that are copies of one another (`sources`) are one source and are not compared.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from ..text.tokens import stem
from ..types import Citation, Conflict, ConflictSide, Document, Sentence
from .facts import is_fact_sentence
from .parsing import parse_texts
from .quantities import _HEDGE_BEFORE, _WORDNUM, Quantity, compatible

# ---------------------------------------------------------------- tallies

_TALLY = re.compile(r"(?<![\d.,:$£€/-])\b(\d{1,3})\s?[-–]\s?(\d{1,3})\b(?![-–/:.]?\d|\s?(?:%|percent|per cent)|-[a-z])", re.I)
_TALLY_TO = re.compile(r"\b(?:vote of|votes? (?:was|were)|voted|vot(?:e|ing) (?:was )?|margin of|passed|approved|adopted|confirmed|rejected|defeated|cleared)\s+(?:\w+\s+){0,3}?(\d{1,3}) to (\d{1,3})\b(?![-.,]?\d)", re.I)
_BODY = re.compile(
    r"(?:\b(?i:the|a|its|their)\s+)?(?P<prefix>(?:(?:[A-Z][\w.’']*|of)\s+){0,3})"
    r"(?P<head>(?i:Senate|House(?: of (?:Representatives|Commons|Lords|Delegates))?|Congress|Parliament|Commons|Lords|Assembly|Legislature|"
    r"Council|Committee|Panel|Board|Court|Jury|Bundestag|Knesset|Duma|Diet))\b")
_NOT_BODY = re.compile(r"\b(?:white house|house speaker|court(?:house|room)|the house (?:in|on|at|where|of (?!representatives|commons|lords|delegates)))", re.I)
_ALWAYS_BODIES = frozenset("senate congress parliament legislature bundestag knesset duma".split())
_ACTIONS = {
    "pass": re.compile(r"\b(?:pass(?:ed|es|ing)?|passage|approv\w*|adopt\w*|clear(?:ed|s|ing)?|ratif\w*|endors\w*)\b", re.I),
    "confirm": re.compile(r"\bconfirm(?:ed|s|ing|ation)?\b", re.I),
    "reject": re.compile(r"\b(?:reject\w*|defeat\w*|vot\w* down|block\w*|sink|sank)\b", re.I),
    "rule": re.compile(r"\b(?:rul(?:ed|es|ing)|upheld|uphold\w*|struck down|strik\w* down|sided|overturn\w*)\b", re.I),
}
_VOTE = re.compile(r"\bvot(?:e|ed|es|ing)\b", re.I)
_OTHER_VOTE = re.compile(r"\b(?:cloture|procedural|filibuster|amendments?|motion|advance|to proceed|to debate|test vote|similar|previous|earlier|"
                         r"last (?:year|session|congress|time)|another|separate|version|first reading|second reading|party[- ]line|if|would|could|held open|still open|so far|at one point)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True)
class Tally:
    counts: tuple[int, int]  # the larger count first ("92-6" and "6-92" are one tally)
    body: tuple[str, str]  # (head, capitalised words before it), lower case
    actions: frozenset
    start: int
    end: int
    surface: str


def _bodies(text: str, tally_end: int | None = None) -> set[tuple[str, str]]:
    """Voting bodies named in a sentence as (head, prefix); an unclear one as ("?head", ""): a
    lower-case "house", a destination ("heads to the Senate", "defeat in the Senate" well after
    the tally), so that a sentence naming it is skipped."""
    out = set()
    for m in _BODY.finditer(text):
        if tally_end is not None and (m.start() > tally_end + 20 or re.search(
                r"\b(?:to|for|toward|towards|into)\s+(?:the\s+)?$", text[max(0, m.start() - 12): m.start("head")], re.I)):
            out.add(("?" + m.group("head").lower(), ""))
            continue
        if _NOT_BODY.match(text, max(0, m.start("head") - 6)) or _NOT_BODY.match(text, m.start("head")) or \
                re.search(r"\bwhite\s+$", text[max(0, m.start("head") - 7): m.start("head")], re.I):
            continue
        head = m.group("head").lower().split(" of ")[0] if m.group("head").lower().startswith("house of r") else m.group("head").lower()
        if head == "house" and not m.group("head")[0].isupper():
            out.add(("?house", ""))  # "sold the house" is no chamber, but in lower-cased text it may be one: ambiguous
            continue
        if not m.group("head")[0].isupper() and not re.match(r"(?:the|its|their)\b", m.group(0), re.I) and head not in _ALWAYS_BODIES:
            continue  # "a court order", "jury" in running text: only "the jury" / "the Panel" is a body ("state senate" is)
        sub = re.match(r"\s+((?:[\w.]+\s+){0,2}?)(?i:committee|subcommittee|panel)\b", text[m.end():])
        if sub and head not in ("committee", "subcommittee", "panel"):
            out.add(("committee", " ".join([head] + sub.group(1).lower().split())))  # "the house judiciary committee"
            continue
        words = [w for w in m.group("prefix").split() if w.lower() not in ("of",)]
        # Sentence-initial "The" is not a prefix; capitalised words are.
        prefix = " ".join(w.lower().strip(".’'") for w in words if w[0].isupper() and w.lower() not in ("the", "a"))
        if not prefix and re.search(r"\bstate\s+$", text[max(0, m.start("head") - 6): m.start("head")], re.I):
            prefix = "state"  # "the republican-controlled state senate"
        out.add((head, prefix))
    return out


def tallies(text: str, previous: str = "") -> list[Tally]:
    """Vote tallies in one sentence, with the body that voted and what it did (see the module
    docstring); empty unless the sentence names exactly one body and one tally. A sentence that
    names no body, not even an unclear one ("The vote was 30-19."), takes the body of the
    `previous` sentence of its article when that one names exactly one body and gives no tally."""
    found = []
    for rx in (_TALLY, _TALLY_TO):
        for m in rx.finditer(text):
            a, b = int(m.group(1)), int(m.group(2))
            if a == b == 0 or any(m.start(1) < e and s < m.end(2) for s, e, _ in found):
                continue
            found.append((m.start(1), m.end(2), (max(a, b), min(a, b))))
    if len(found) != 1 or _OTHER_VOTE.search(text):
        return []
    bodies = _bodies(text, found[0][1] if len(found) == 1 else None)
    if not bodies and not _BODY.search(text) and previous and not _TALLY.search(previous) and not _TALLY_TO.search(previous):
        bodies = _bodies(previous)
    if len(bodies) != 1 or any(h.startswith("?") for h, _ in bodies):
        return []
    actions = frozenset(k for k, rx in _ACTIONS.items() if rx.search(text))
    if not actions and _VOTE.search(text):
        actions = frozenset(("vote",))
    if not actions:
        return []
    s, e, counts = found[0]
    return [Tally(counts, next(iter(bodies)), actions, s, e, text[s:e])]


def _same_body(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return a[0] == b[0] and (a[1] == b[1] or not a[1] or not b[1])


# ---------------------------------------------------------------- durations

_DUR_UNITS = {"second": 1 / 3600, "minute": 1 / 60, "hour": 1.0, "day": 24.0, "week": 168.0, "month": 730.0, "year": 8766.0}
_NUMWORD = "|".join(sorted((re.escape(w) for w in _WORDNUM if " " not in w), key=len, reverse=True))
_DURATION = re.compile(rf"(?<![\w$.,-])(?P<num>\d{{1,3}}(?:\.\d+)?|{_NUMWORD}|an?|one)\s+(?P<unit>seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b", re.I)
_DUR_AFTER_SKIP = re.compile(r"\s*(?:-?\s?old|ago|later|earlier|before|after|since|from now|into|in prison|behind bars|a (?:day|week|month|year)|per|each|every|of age)\b", re.I)
_DUR_BEFORE_SKIP = re.compile(r"\b(?:past|last|next|first|coming|previous|final|within|in|after|every|per|each|those|these|the|aged?)\s+(?:\w+\s+)?$", re.I)
_PERSONAL = frozenset("he she they we i you him her them".split())
_MODALS = frozenset("could would may might will should can must".split())
_LIGHT = frozenset(stem(w) for w in "be have say tell do get make go come said told".split())


@dataclass(frozen=True)
class Duration:
    q: Quantity  # unit "duration", in hours
    verbs: frozenset  # stems of the verb it is the length of (and of the verb a purpose clause hangs from)
    agent: frozenset  # words of the verb's agent


def _duration_candidates(text: str) -> list[tuple[re.Match, float, float, float]]:
    out = []
    for m in _DURATION.finditer(text):
        raw = m.group("num").lower()
        if raw in ("a", "an", "one"):
            continue  # "a day", "one year": too often not a length of anything reported
        if _DUR_AFTER_SKIP.match(text, m.end()) or _DUR_BEFORE_SKIP.search(text[max(0, m.start() - 20): m.start()]):
            continue
        v = float(raw) if raw[0].isdigit() else _WORDNUM.get(raw)
        if v is None:
            continue
        factor = _DUR_UNITS[m.group("unit").lower().rstrip("s")]
        low = high = v
        before = text[max(0, m.start() - 30): m.start()]
        for rx, kind in _HEDGE_BEFORE:
            if rx.search(before):
                # A hedged length of time is loose by at least one of its units ("about four minutes"
                # and "about five minutes" can both be said of one delay).
                low, high = {"ge": (v, float("inf")), "le": (0.0, v), "near": (min(v * 0.9, v - 1), v),
                             "about": (min(v * 0.9, v - 1), max(v * 1.1, v + 1))}[kind]
                break
        out.append((m, v * factor, low * factor, high * factor))
    return out


def _agent(verb) -> frozenset:
    """Words of the verb's subject; past a personal pronoun to the nearest subject above."""
    node = verb
    for _ in range(5):
        subj = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj and node.dep_ == "conj":
            subj = [c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            s = subj[0]
            if s.lower_ not in _PERSONAL:
                if s.pos_ not in ("NOUN", "PROPN"):
                    return frozenset()
                return frozenset(stem(t.lower_) for t in s.subtree if t.pos_ in ("NOUN", "PROPN") and t.i <= s.i)
        if node.head.i == node.i:
            return frozenset()
        node = node.head
    return frozenset()


def _duration_verb(tok):
    """The verb whose length the duration (its unit token) gives, or None."""
    node = tok
    if node.dep_ == "pobj" and node.head.lower_ == "for":
        node = node.head
    if node.dep_ not in ("npadvmod", "dobj", "obj", "prep", "advmod", "obl"):
        return None
    verb = node.head
    if verb.pos_ != "VERB" or stem(verb.lower_) in _LIGHT:
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) for c in verb.children):
        return None
    if verb.dep_ == "xcomp" and stem(verb.head.lower_) in ("expect", "plan", "want", "hope", "need", "like", "have"):
        return None
    return verb


def durations(parsed, text: str) -> list[Duration]:
    """Durations in one parsed sentence with their verb and agent (see the module docstring)."""
    out = []
    for m, value, low, high in _duration_candidates(text):
        tok = next((t for t in parsed if t.idx == m.start("unit")), None)
        verb = _duration_verb(tok) if tok is not None else None
        if verb is None:
            continue
        agent = _agent(verb)
        if not agent:
            continue
        q = Quantity(value, low, high, "duration", "", "", m.start(), m.end(), m.group(0))
        verbs = {stem(verb.lower_)}
        if verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ == "VERB" and stem(verb.head.lower_) not in _LIGHT:
            verbs.add(stem(verb.head.lower_))  # "queued to vote for five hours": the PP may be the wait's
        out.append(Duration(q, frozenset(verbs), agent))
    return out


# ---------------------------------------------------------------- conflicts

def _side(items: list[tuple[Sentence, str]]) -> ConflictSide:
    cites = tuple(dict.fromkeys(Citation(s.article_id, s.start, s.end, s.index) for s, _ in items))
    return ConflictSide(text=items[0][0].text, citations=cites, value=items[0][1], article_ids=tuple(dict.fromkeys(c.article_id for c in cites)))


def tally_conflicts(documents: tuple[Document, ...], *, sources=None) -> list[Conflict]:
    """The same vote reported with different tallies by articles of different sources."""
    key_of_doc = (lambda i: sources.key(documents[i].article.id)) if sources is not None else (lambda i: i)
    found = []
    for d_i, d in enumerate(documents):
        for k, s in enumerate(d.sentences):
            if not is_fact_sentence(s) or not re.search(r"\d", s.text):
                continue
            for t in tallies(s.text, d.sentences[k - 1].text if k else ""):
                years = frozenset(_YEAR.findall(s.text))
                found.append((d_i, s, t, years))
    out = []
    for x, (da, sa, ta, ya) in enumerate(found):
        for db, sb, tb, yb in found[x + 1:]:
            if da == db or key_of_doc(da) == key_of_doc(db) or ta.counts == tb.counts:
                continue
            if not _same_body(ta.body, tb.body) or (ya or yb) and ya != yb:
                continue
            acts_a, acts_b = ta.actions - {"vote"} or ta.actions, tb.actions - {"vote"} or tb.actions
            if acts_a != acts_b:
                continue
            # Each article gives one tally for this body and verb class.
            if any(dc in (da, db) and tc.counts not in (ta.counts if dc == da else tb.counts,)
                   and _same_body(tc.body, ta.body) and (tc.actions - {"vote"} or tc.actions) == acts_a for dc, _, tc, _ in found):
                continue
            body = " ".join(w for w in (ta.body[1] or tb.body[1], ta.body[0]) if w)
            out.append(Conflict(about=f"number: vote tally of the {body}", kind="number",
                                sides=(_side([(sa, ta.surface)]), _side([(sb, tb.surface)]))))
    return _dedupe(out)


def _dedupe(out: list[Conflict]) -> list[Conflict]:
    seen, kept = set(), []
    for c in out:
        k = frozenset((x.article_id, x.start) for s in c.sides for x in s.citations)
        if k not in seen:
            seen.add(k)
            kept.append(c)
    return kept


def duration_conflicts(documents: tuple[Document, ...], *, nlp=None, sources=None) -> list[Conflict]:
    """The same activity (verb and agent) given durations that cannot both be true."""
    if nlp is None:
        return []
    key_of_doc = (lambda i: sources.key(documents[i].article.id)) if sources is not None else (lambda i: i)
    cands = [(d_i, s) for d_i, d in enumerate(documents) for s in d.sentences
             if is_fact_sentence(s) and _duration_candidates(s.text)]
    if len({d for d, _ in cands}) < 2:
        return []
    parsed = parse_texts(nlp, [s.text for _, s in cands])
    found = [(d_i, s, du) for (d_i, s), p in zip(cands, parsed) for du in durations(p, s.text)]
    # One value per article and activity (an article giving two is describing two things).
    per_doc: dict = defaultdict(list)
    for d_i, s, du in found:
        per_doc[d_i].append(du)
    out = []
    for x, (da, sa, a) in enumerate(found):
        for db, sb, b in found[x + 1:]:
            if da == db or key_of_doc(da) == key_of_doc(db) or not a.verbs & b.verbs or not a.agent & b.agent:
                continue
            if compatible(a.q, b.q):
                continue
            if any(not compatible(o.q, a.q) for o in per_doc[da] if o.verbs & a.verbs and o.agent & a.agent) or \
                    any(not compatible(o.q, b.q) for o in per_doc[db] if o.verbs & b.verbs and o.agent & b.agent):
                continue
            out.append(Conflict(about=f"duration: how long ({'/'.join(sorted(a.verbs & b.verbs))})", kind="duration",
                                sides=(_side([(sa, a.q.surface)]), _side([(sb, b.q.surface)]))))
    return _dedupe(out)
