"""People introduced with a role in a lower-cased article (issue 12, session 13).

In the standard Multi-News copies the tagger finds almost no names, so "she added", "the
geologist said" had nothing to point back to. A person is introduced here only where English
syntax shows both a name (`lower_names.lower_name`: no determiner, singular nouns) and that it is
a person's, by a role beside it:

- a role in the name's noun compound: "harbour spokesperson delia okonkwo", "president x y";
- a role noun in apposition: "wenna trelawny, senior lecturer in marine biology", "the geologist,
  oswin farrow,";
- "a geologist named oswin farrow" (also "called").

A name with no role beside it ("ark encounter said") may be an organisation: it introduces no one.
The sentences are parsed on demand (only lower-cased articles, only when a pronoun or a role noun
needs an antecedent) and cached on the article context.
"""

from __future__ import annotations

import re

from .lower_names import _ROLES, _chunk, known_surname, lower_name, nounlike, role_appositions

_NAMING = frozenset("named called".split())
# Nouns for what a person is, beyond the titles and roles `lower_names` knows. A word's ending
# alone is not enough ("development", "authority", "center" end like "president", "editor",
# "lecturer"), except the endings below that name people.
_PERSON_NOUNS = _ROLES | frozenset(
    """lecturer teacher engineer manager officer editor author professor surgeon neurosurgeon physician
    researcher pilot driver farmer judge player singer writer journalist photographer student worker employee
    volunteer executive commander captain governor mayor minister official detective inspector agent expert
    principal pastor priest rabbi imam bishop diver climber mountaineer hiker sailor soldier veteran trainer chef
    designer architect producer filmmaker director comedian anchor columnist blogger critic curator teenager
    explorer investigator administrator coordinator supervisor counselor counsellor
    therapist psychologist psychiatrist pediatrician paediatrician dentist vet veterinarian paramedic firefighter
    ranger warden guard trooper constable marshal partner wife husband mother father son daughter widow""".split()
)
_PERSON_ENDINGS = ("ist", "ian", "man", "woman", "person")
_NOT_PEOPLE = frozenset("human german roman assist exist resist insist persist consist wrist twist".split())
# What a later role noun may call a person introduced with a narrower one ("a neurosurgeon named
# ..." -> "the doctor").
_KIND_OF = {"surgeon": "doctor", "neurosurgeon": "doctor", "physician": "doctor", "pediatrician": "doctor",
            "paediatrician": "doctor", "psychiatrist": "doctor", "cardiologist": "doctor", "oncologist": "doctor",
            "dentist": "doctor", "attorney": "lawyer", "trooper": "officer", "constable": "officer"}


def is_role(word: str) -> bool:
    """A word that says what a person is ("spokesperson", "lecturer", "geologist")."""
    w = word.lower().rstrip(".")
    return w in _PERSON_NOUNS or (len(w) > 4 and w.endswith(_PERSON_ENDINGS) and w not in _NOT_PEOPLE)


def _role_of_compound(tok) -> str | None:
    """The last role word in the noun compound that ends at `tok`, when `lower_name` reads the
    words after it as a name ("harbour spokesperson delia okonkwo" -> "spokesperson")."""
    chunk = _chunk(tok)
    roles = [t.lower_.rstrip(".") for k, t in enumerate(chunk[:-1]) if is_role(t.lower_)]
    return roles[-1] if roles else None


def _introductions(doc, base: int, ctx) -> list[tuple[int, str, frozenset[str]]]:
    out = []
    for t in doc:
        if ctx.in_quote(base + t.idx) or not nounlike(t) or t.dep_ == "compound":
            continue
        name = lower_name(t)
        if name:
            roles = set()
            role = _role_of_compound(t)
            if role:
                roles.add(role)
            roles |= {a.lower_ for a in role_appositions(t) if is_role(a.lower_)}
            if t.dep_ in ("oprd", "attr", "dobj") and t.head.lower_ in _NAMING and t.head.head.i != t.head.i and is_role(t.head.head.lower_):
                roles.add(t.head.head.lower_)  # "a geologist named oswin farrow"
            if t.dep_ == "appos" and is_role(t.head.lower_):
                roles.add(t.head.lower_)  # "the geologist, oswin farrow,"
            if roles:
                out.append((base + t.idx, name, frozenset(roles | {_KIND_OF[r] for r in roles if r in _KIND_OF})))
    return out


def introduced_people(ctx, sentences: list[tuple[int, int]]) -> list[tuple[int, str, frozenset[str]]]:
    """(position, name, role words) of every person introduced with a role, in text order."""
    cached = ctx.__dict__.get("_lower_people")
    if cached is not None:
        return cached
    from .ambiguity import _parsed  # (ambiguity imports speakers, which imports this lazily)

    found: list[tuple[int, str, frozenset[str]]] = []
    for s, e in sentences:
        if 0 < e - s <= 1500 and not all(ctx.in_quote(p) for p in range(s, e, max(1, (e - s) // 8))):
            found += _introductions(_parsed(ctx, s, e), s, ctx)
    # A later mention with fewer words ("okonkwo") is the same person as the fuller one.
    people: list[tuple[int, str, frozenset[str]]] = []
    for pos, name, roles in found:
        fuller = [n for _, n, _ in people if n.split()[-1] == name.split()[-1] and len(n) > len(name)]
        people.append((pos, fuller[0] if len(set(fuller)) == 1 else name, roles))
    ctx.__dict__["_lower_people"] = people
    return people


def person_named(tok, ctx, sentences: list[tuple[int, int]]) -> str | None:
    """The introduced person a lower-cased subject names ("trelawny" -> "Wenna Trelawny")."""
    people = introduced_people(ctx, sentences)
    name = lower_name(tok) or known_surname(tok, [n for _, n, _ in people])
    if not name:
        return None
    fits = {n for _, n, _ in people if n.lower() == name.lower() or n.split()[-1].lower() == name.split()[-1].lower()}
    return fits.pop() if len(fits) == 1 else None


def person_by_role(role: str, pos: int, ctx, sentences: list[tuple[int, int]]) -> str | None:
    """The person introduced before `pos` with the role noun `role` ("the geologist"); None when
    nobody was, or when two different people were. When this article introduces nobody with that
    role, the one person another outlet's article introduced with it ("gene simmons, frontman of
    kiss" -> "the legendary kiss frontman"), if this article gives that person's full name
    before `pos` outside quotations; never a guess."""
    here = introduced_people(ctx, sentences)
    names = {n for p, n, roles in here if p < pos and role in roles}
    if names or any(role in roles for _, _, roles in here):
        return names.pop() if len(names) == 1 else None
    story = {n for n, roles in story_people(ctx) if role in roles}
    return story.pop() if len(story) == 1 and named_before(story.copy().pop(), pos, ctx) else None


def story_people(ctx) -> list[tuple[str, frozenset[str]]]:
    """(name, role words) of the people the other lower-cased articles of the story introduce."""
    return [(n, roles) for o in ctx.story_contexts if o is not ctx and o.lower and o.sentences
            for _, n, roles in introduced_people(o, o.sentences)]


def named_before(name: str, pos: int, ctx) -> bool:
    """Whether the article gives `name` in full (two words or more) before `pos`, outside quotations."""
    if " " not in name:
        return False
    pattern = r"(?i)\b" + r"\s+".join(re.escape(w) for w in name.split()) + r"\b"
    return any(not ctx.in_quote(m.start()) for m in re.finditer(pattern, ctx.text[:pos]))


def people_in(start: int, end: int, ctx, sentences: list[tuple[int, int]]) -> set[str]:
    """The introduced people a stretch of text names (by any subject, object or introduction)."""
    from .ambiguity import _parsed

    if end - start > 1500:
        return set()
    found = set()
    people = introduced_people(ctx, sentences)
    # Another outlet's person, when this article gives the full name before ("ada quint is
    # happy ... quint is never shy. she continues").
    people = people + [(start, n, roles) for n, roles in story_people(ctx) if named_before(n, start, ctx)]
    for p, n, _ in people:
        if start <= p < end:
            found.add(n)
    for t in _parsed(ctx, start, end):
        if nounlike(t) and t.dep_ != "compound" and not ctx.in_quote(start + t.idx):
            name = lower_name(t) or known_surname(t, [n for _, n, _ in people])
            if name:
                found |= {n for _, n, _ in people if n.split()[-1].lower() == name.split()[-1].lower()}
    return found


def only_about(speaker: str, start: int, end: int, ctx) -> bool:
    """Whether a sentence between two quotations is only about the speaker of the first: its one
    main-clause subject is the speaker's surname ("Lohnes was sent to investigate."), and nothing
    else in it reads as a name or a person's role; then the next quotation may continue that
    speaker. Any other person, body or role in the sentence: False."""
    from .ambiguity import _parsed

    if end - start > 400 or " and " in speaker:
        return False
    last = speaker.split()[-1].lower()
    doc = _parsed(ctx, start, end)
    subjects = [c for r in doc if r.dep_ == "ROOT" for c in r.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].lower_ != last or any(c.dep_ == "compound" for c in subjects[0].children):
        return False
    for t in doc:
        if t.i == subjects[0].i or not nounlike(t):
            continue
        if is_role(t.lower_) or t.tag_ in ("NNP", "NNPS") or lower_name(t) or known_surname(t, [speaker]):
            return False
    return True


def phrase_name(words: list[str], known: list[str]) -> str | None:
    """A name read from the words between a quotation and its speech verb, when the parser
    misread them ("local gendarmerie chief yvon merrec told": a verb and an adverb to the tagger):
    the words after the last role word (1 to 3 name words), else a lone surname of exactly one
    name known in the article."""
    from .lower_names import _BARE_COMMON, _NAME_WORD
    from .cue_words import _CALENDAR, _DOCUMENT_NOUNS, _GROUP_NOUNS, _SPOKES, _THINGS

    lows = [w.lower() for w in words]
    if not lows or lows[0] in ("the", "a", "an", "his", "her", "their", "its", "one", "some", "two", "another"):
        return None
    roles = [k for k, w in enumerate(lows[:-1]) if is_role(w)]
    common = _BARE_COMMON | _THINGS | _DOCUMENT_NOUNS | _GROUP_NOUNS | _SPOKES | _ROLES | _CALENDAR
    if roles:
        name = lows[roles[-1] + 1 :]
        if 1 <= len(name) <= 3 and all(_NAME_WORD.fullmatch(w) and w not in common for w in name):
            return " ".join(w[:1].upper() + w[1:] for w in name)
        return None
    if len(lows) <= 2:
        fits = {k for k in known if k.split()[-1].lower() == lows[-1]}
        return fits.pop() if len(fits) == 1 else None
    return None


_SIGNATURE = re.compile(r"(?i)[—–―]\s*(?:[^\s()—–―]+\s+){0,4}[^\s()—–―]+\s*\(\s*@\w{1,30}\s*\)(?:\s*[a-z]+\.?\s+\d{1,2},\s*\d{4})?")


def signatures(text: str) -> list[tuple[int, int]]:
    """Spans of embedded tweets' signatures ("— jory penrose ( @jorypen22 ) july 8, 2017"): the
    tweeter signs the words before, and is never the subject of the sentence after, which the
    scraped text often glues to the date."""
    return [(m.start(), m.end()) for m in _SIGNATURE.finditer(text)]
