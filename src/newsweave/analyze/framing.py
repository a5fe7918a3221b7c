"""Framing conflicts: parties on opposite sides characterising the same thing in opposite terms.

Two parties are on opposite sides of a story, for this purpose, when their own words judge the
same thing with opposite polarity: one side's leader calls a meeting a success in quoted words,
the groups on the other side call it a failure in theirs. Allies (both negative, both
positive) and any two quoted speakers without such a judgement give no framing conflict.

Two paths find them, both requiring opposite polarity of the parties' *quoted* words:

1. Characterisations: a sentence in which a party (the quote's speaker, else the noun phrase
   before the reporting verb: "Leading Jewish groups have branded ...", "the Labour leader said
   ...") puts an evaluative word inside quotation marks about a target noun (meeting, talks,
   deal, bill, ruling, inspection ...). Positive and negative characterisations of the same target
   by different parties make one conflict; a sentence holding both polarities ("in stark contrast
   to his own account ... which he claimed were 'positive'") is a report of the contrast, not a
   side, and is skipped.
   With a parser, `framing_stance` adds two more forms of a party's judgement to the same table
   (session 13): a reported, unquoted "X praised / condemned the deal", and a quote holding both
   polarities read by its main clause ("It's outrageous that the deal is being spun as a success").
2. Contrasted quotes: an article sets two speakers against each other ("But the union said",
   "rejected", "hit back") and their quotes have opposite polarity.

Each side shows the parties' exact sentences (or quotes) with citations. A third kind, a claim
against a denial of it ("discussed the raid with the envoy" / "had never discussed the raid with
the envoy"), is found in `denials` and returned here too (kind "claim"), and so is a plan against
no plan ("is considering lifting the act" / "not planning to waive it", `plan_conflicts`).
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..types import Citation, Conflict, ConflictSide, Document, Quote, Sentence
from .parsing import auto_nlp

_POS_WORDS = (r"positive|constructive|productive|success(?:ful)?|fruitful|encouraging|excellent|historic|welcome[ds]?|helpful|good|great|"
              r"important step|progress|safe|passed|cordial|useful|step forward|breakthrough|reassur\w*")
_POS = re.compile(rf"\b(?:{_POS_WORDS})\b", re.I)
_NOT_POS = re.compile(rf"\b(?:not|never|no longer|hardly)\s+(?:\w+\s+)?(?:{_POS_WORDS})\b", re.I)
_NEG = re.compile(r"\b(?:disappoint\w*|missed opportunity|failure|fail(?:ed|s)?|fell short|falls short|frustrat\w*|waste|shameful|disgrace\w*|"
                  r"unacceptable|outrage\w*|dangerous|reckless|not enough|no actions?|betray\w*|insult\w*|mistake|wrong|unsafe|false(?:ly)?|lies|"
                  r"hoax|sham|farce|concerns?|nobody listened|ignored|appalled|deplorable|misleading|excuses)\b", re.I)
_TARGETS = {
    "meeting": r"meeting|talks|gathering|discussion|summit|session|conversation",
    "deal": r"deal|agreement|accord|compromise|settlement",
    "bill": r"bill|legislation|law|measure|plan|proposal|package|budget|policy",
    "ruling": r"ruling|decision|verdict|judgment|order",
    "inspection": r"inspection|bridge|report|investigation|review|audit",
    "response": r"response|statement|speech|apology|announcement",
}
_TARGET_RES = {k: re.compile(rf"\b(?:{v})\b", re.I) for k, v in _TARGETS.items()}
_QUOTED = re.compile(r"[“\"‘']([^”\"’']{2,300})[”\"’']")
_REPORTING = re.compile(r"\b(?:said|says|say|branded|called|described|claimed|told|added|thanked|insisted|stated|declared|hailed|dismissed|condemned|criticised|criticized)\b")
_AUX = re.compile(r"\s+(?:have|has|had|were|was|also|later|then|on \w+day)$", re.I)
_PRONOUN = re.compile(r"^(?:he|she|they|it|we|i|this|that|which|who)$", re.I)
_CONTRAST_OPEN = re.compile(r"""^\W*(?:But|However|Yet|In contrast|By contrast)\b""")
_CONTRAST_VERB = re.compile(r"(?i)\b(rejected|denied|disputed|hit back|countered|dismissed|in stark contrast)\b")


def polarity(text: str) -> int:
    """+1, -1 or 0 (none, or both) for evaluative words in `text`."""
    pos, neg = bool(_POS.search(text)), bool(_NEG.search(text))
    if _NOT_POS.search(text):
        pos, neg = False, True
    return (1 if pos else 0) - (1 if neg else 0) if pos != neg else 0


def _subject(text: str) -> str | None:
    """The noun phrase before the first reporting verb ("Leading Jewish groups have branded")."""
    m = _REPORTING.search(text)
    if not m:
        return None
    before = re.split(r"[,;:—–(]", text[: m.start()])[-1].strip()
    before = _AUX.sub("", before).strip()
    before = re.sub(r"^(?:And|But|Meanwhile|Later|Also|In a statement\b.*)\s+", "", before)
    words = before.split()
    if not words or len(words) > 6 or _PRONOUN.match(words[-1]) or not any(w[:1].isupper() for w in words) and words[0].lower() != "the":
        return None
    return " ".join(words)


def _party_key(name: str) -> frozenset[str]:
    return frozenset(w.lower().strip(".,") for w in name.split() if w[:1].isupper() and w.lower() not in ("the", "leading", "mr", "ms", "mrs"))


def _speaker_of(sentence: Sentence, quotes: tuple[Quote, ...]) -> str | None:
    for q in quotes:
        if q.speaker and any(c.article_id == sentence.article_id and c.start < sentence.end and sentence.start < c.end for c in q.citations):
            return q.speaker
    return None


def characterisation_conflicts(documents: tuple[Document, ...], quotes: tuple[Quote, ...], *, nlp=None) -> list[Conflict]:
    """Path 1 of the module docstring; with a parser (`nlp`), also the stances `framing_stance` reads
    (a reported "praised the deal", a mixed quote's main clause)."""
    # target -> polarity -> party -> sentences
    found: dict[str, dict[int, dict[str, list[Sentence]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    names: dict[str, str] = {}
    if nlp is not None:
        from .framing_stance import stance_entries

        for target, pol, party, s in stance_entries(documents, nlp=nlp, targets=_TARGET_RES, polarity=polarity, pos=_POS, neg=_NEG,
                                                    party_of=lambda s: _subject(s.text) or _speaker_of(s, quotes)):
            key = " ".join(sorted(_party_key(party))) or party.lower()
            names.setdefault(key, party)
            if s not in found[target][pol][key]:
                found[target][pol][key].append(s)
    for d in documents:
        for s in d.sentences:
            quoted = " ".join(m.group(1) for m in _QUOTED.finditer(s.text))
            if not quoted or polarity(s.text) == 0:
                continue
            pol = polarity(quoted)
            if pol == 0:
                continue
            targets = [k for k, rx in _TARGET_RES.items() if rx.search(s.text)]
            if not targets:
                continue
            party = _subject(s.text) or _speaker_of(s, quotes)
            if not party:
                continue
            key = " ".join(sorted(_party_key(party))) or party.lower()
            names.setdefault(key, party)
            found[targets[0]][pol][key].append(s)
    out = []
    for target, by_pol in found.items():
        pos, neg = by_pol.get(1, {}), by_pol.get(-1, {})
        pairs = [(p, n) for p in pos for n in neg if p != n and not (set(p.split()) & set(n.split()))]
        if not pairs:
            continue
        # most sentences first, ties in the order the parties were met (a set's order changed from run to run)
        pos_parties = sorted(dict.fromkeys(p for p, _ in pairs), key=lambda p: -len(pos[p]))
        neg_parties = sorted(dict.fromkeys(n for _, n in pairs), key=lambda n: -len(neg[n]))
        sides = []
        for parties, table in ((pos_parties, pos), (neg_parties, neg)):
            sents = [s for p in parties for s in table[p]]
            cites = tuple(dict.fromkeys(Citation(s.article_id, s.start, s.end, s.index) for s in sents))
            sides.append(ConflictSide(text=" / ".join(dict.fromkeys(s.text for s in sents[:3])), citations=cites,
                                      value=" and ".join(names[p] for p in parties[:2]), article_ids=tuple(dict.fromkeys(c.article_id for c in cites))))
        out.append(Conflict(about=f"the {target}: {sides[0].value} vs {sides[1].value}", kind="framing", sides=tuple(sides)))
    return out


def contrasted_quote_conflicts(documents: tuple[Document, ...], quotes: tuple[Quote, ...], *, max_pairs: int = 2) -> list[Conflict]:
    """Path 2 of the module docstring."""
    by_speaker: dict[str, list[Quote]] = defaultdict(list)
    for q in quotes:
        if q.speaker and len(q.text.split()) >= 5 and polarity(q.text):
            by_speaker[q.speaker].append(q)
    pol = {s: sum(polarity(q.text) for q in qs) for s, qs in by_speaker.items()}
    sentences_of = {d.article.id: d.sentences for d in documents}
    score: dict[tuple[str, str], float] = defaultdict(float)
    for doc in documents:
        aid = doc.article.id
        placed = sorted((min((c.sentence_index for c in q.citations if c.article_id == aid), default=-1), q.speaker)
                        for q in quotes if q.speaker in by_speaker and aid in q.article_ids)
        for i, (idx_a, a) in enumerate(placed):
            for idx_b, b in placed[i + 1:]:
                if b == a or _party_key(a) & _party_key(b) or pol[a] * pol[b] >= 0:
                    continue
                window = [s.text for s in sentences_of[aid] if idx_b - 1 <= s.index <= idx_b and s.index > idx_a]
                if any(_CONTRAST_OPEN.match(t) or _CONTRAST_VERB.search(t) for t in window):
                    score[tuple(sorted((a, b)))] += 1.0
    out = []
    for pair in sorted(score, key=lambda p: (-score[p], p))[:max_pairs]:
        sides = []
        for s in pair:
            qs = sorted((q for q in by_speaker[s] if polarity(q.text) * pol[s] > 0), key=lambda q: (-len(q.article_ids), -len(q.text)))[:2]
            cites = tuple(c for q in qs for c in q.citations)
            sides.append(ConflictSide(text=" / ".join(f"“{q.text}”" for q in qs), citations=cites, value=s, article_ids=tuple(dict.fromkeys(c.article_id for c in cites))))
        out.append(Conflict(about=f"{pair[0]} vs {pair[1]}: how each characterises it", kind="framing", sides=tuple(sides)))
    return out


def framing_conflicts(documents: tuple[Document, ...], quotes: tuple[Quote, ...], kinds: dict[str, str] | None = None, *, nlp="auto") -> list[Conflict]:
    """Characterisation conflicts first; contrasted quotes for parties not already in one; then
    one side's claim against the other side's denial (`denials.denial_conflicts`, kind "claim";
    `nlp`: a spaCy pipeline, "auto" for the shared one, None to skip them), and one article's
    "is considering X" against another's "not planning to X" (`plan_conflicts`, kind "claim"),
    a person said to be armed against the same person said to be unarmed (`armed_conflicts`), and
    a person said to have broken the law or to be treated unfairly against the opposite verdict
    (`verdict_conflicts`), and an accusation against the accused's rejection of it in another article
    (`allegation_denials`, kind "claim"), two articles stating different causes of the same event
    (`cause_conflicts`, kind "claim"), one party recognising a thing another rejects
    (`recognition_conflicts`, kind "claim"), and one act called lawful in one article and unlawful in
    another (`legality_conflicts`, kind "claim"), and one act stated as done in one article and as still
    expected or planned in another (`pending_conflicts`, kind "claim"), and one named person judged in
    opposite terms by two parties (`person_judgements`, kind "framing")."""
    nlp = auto_nlp(nlp)
    out = characterisation_conflicts(documents, quotes, nlp=nlp)
    covered = {frozenset(_party_key(s.value or "")) for c in out for s in c.sides}
    for c in contrasted_quote_conflicts(documents, quotes):
        if not any(frozenset(_party_key(s.value or "")) in covered for s in c.sides):
            out.append(c)
    from .armed_conflicts import armed_conflicts
    from .denials import denial_conflicts
    from .lower_conflicts import withhold_lower
    from .plan_conflicts import plan_conflicts
    from .verdict_conflicts import verdict_conflicts

    denied = withhold_lower(documents, denial_conflicts(documents, nlp=nlp))  # not where names are lower-cased (`lower_conflicts`)
    from .allegation_denials import allegation_conflicts  # an accusation against its rejection ("rejected claims that ...")

    denied += withhold_lower(documents, allegation_conflicts(documents, nlp=nlp))
    from .cause_conflicts import cause_conflicts  # two articles giving different causes of one event (session 17)
    from .legality_conflicts import legality_conflicts  # one act called lawful and unlawful (session 18)
    from .pending_conflicts import pending_conflicts  # an act done in one article, still pending in another (session 19)
    from .person_judgements import person_judgement_conflicts  # one named person judged fair and biased (session 20)
    from .recognition_conflicts import recognition_conflicts  # one party recognising what another rejects (session 17)

    return (out + denied + plan_conflicts(documents, nlp=nlp) + armed_conflicts(documents, nlp=nlp) + verdict_conflicts(documents, nlp=nlp)
            + cause_conflicts(documents, nlp=nlp) + recognition_conflicts(documents, nlp=nlp) + legality_conflicts(documents, nlp=nlp)
            + pending_conflicts(documents, nlp=nlp) + person_judgement_conflicts(documents, nlp=nlp))
