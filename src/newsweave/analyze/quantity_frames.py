"""What a figure counts and of what, read from the dependency parse (issue 12, session 11).

Two figures of one unit in two articles conflict only when they answer the same question. The word
window (`conflicts._same_quantity`) cannot tell "Smith attracted 12 votes" from "Jones lost 25 votes";
the parse can. `frame(doc, start, end)` reads, for the figure at characters [start, end) of a parsed
sentence:
- `noun`: the counted noun (stem) when the figure is the number of a noun ("six bathrooms"; "four bear
  management units": unit, not bear; "400 photo albums": album), else "" ("paid $37 million");
- `verb`: the predicate the figure's noun phrase is an argument of (stem of the nearest verb above
  it; a light verb with a complement takes the complement: "were found dead": dead), and `direct`
  when the phrase is what that verb acts on, its object or a passive subject ("attracted 12 votes",
  "four people have been detained"; not an active subject, which names a group: "the nine friends
  contacted him"; not "passengers on two flights who ...", not "in 17 states");
- `actor`: the verb's subject when the figure is its object ("lifeguards plucked 22 students");
- `part`: a word that makes the figure a part of something ("to each of the girls", "among six
  Romanians on trial", "the first three drops", "five of them").
- `ref`: a distance's reference point ("five miles from their neighborhood", "23 miles north of
  washington"; none for a place role such as "the capital", which a name may also give) and `scope`: the
  event's own "in" phrase, one thing or several ("in the breach" / "in two major breaches") (session 13).

`different_questions(a, b, unit)` says why two figures do not answer one question: different
counted nouns (not for people: "28 Palestinians" and "26 people" count people; which people is a
question of place, left to `conflicts`), different event verbs that both figures are
the object (or passive subject) of, unless the figures' event class already agrees (`Quantity.measure`:
"killed" / "died") or one actor is the subject of both (two words for one act); light and reporting
verbs carry no event; or a part word on one side only. Lengths, shares and other measures are left to their own rules (`measure_conflicts`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..text.tokens import stem

# Verbs that carry no event of their own (being, having, reporting): two figures hanging from them may count anything.
_LIGHT = frozenset(stem(w) for w in (
    "be have say report tell add include show find make get take give put estimate state note become remain seem "
    "appear believe think know expect count reach total number confirm list identify describe announce claim record "
    "consider call").split())
_PART_WORDS = frozenset("each among first".split())
# Units that name a measure, not a thing counted: the noun after them says nothing about the question.
_MEASURES = frozenset("length percent magnitude celsius mpg speed".split())
# Irregular verb forms (the shared pipeline runs without spaCy's lemmatizer): "stole" is "steal".
_IRREGULAR = dict(pair.split(":") for pair in (
    "was:be were:be is:be are:be been:be am:be had:have has:have said:say told:tell made:make took:take taken:take "
    "gave:give given:give got:get gotten:get found:find went:go gone:go left:leave lost:lose stole:steal stolen:steal "
    "shot:shoot held:hold paid:pay won:win fell:fall fallen:fall struck:strike brought:bring bought:buy sold:sell "
    "sent:send spent:spend built:build caught:catch fought:fight kept:keep led:lead met:meet ran:run saw:see seen:see "
    "stood:stand thought:think wrote:write written:write grew:grow grown:grow drew:draw drawn:draw rose:rise risen:rise "
    "fled:flee hid:hide hidden:hide bore:bear born:bear knew:know known:know threw:throw thrown:throw flew:fly flown:fly "
    "drove:drive driven:drive ate:eat eaten:eat began:begin begun:begin broke:break broken:break chose:choose chosen:choose "
    "froze:freeze frozen:freeze swore:swear sworn:swear tore:tear torn:tear wore:wear worn:wear woke:wake "
    "sat:sit felt:feel heard:hear meant:mean taught:teach sought:seek fed:feed bled:bleed slid:slide "
    "spoke:speak spoken:speak dug:dig hung:hang stuck:stick swept:sweep sank:sink sunk:sink sprang:spring").split())
_SCALE_WORDS = ("million", "billion", "thousand", "hundred", "trillion")


@dataclass(frozen=True)
class Frame:
    noun: str = ""
    verb: str = ""
    direct: bool = False
    part: str = ""
    actor: str = ""  # the verb's subject when the figure is its object ("lifeguards plucked 22 students": lifeguard)
    ref: str = ""  # a distance's reference point ("five miles from their neighborhood": neighborhood; session 13)
    scope: tuple = ()  # the event's "in" phrase: (noun, "one" | "many"), "in two major breaches": (breach, many)


def _base(t) -> str:
    """The stem of a word's base form ("stole", "stealing": steal)."""
    w = (t.lemma_ or t.text).lower()
    return stem(_IRREGULAR.get(w, w))


def same_verb(a: str, b: str) -> bool:
    """Two stems of one verb ("los" from "losing" / "lose"; "stepp" / "step")."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 1


_NUMBER_WORDS = frozenset("dozen dozens half hundred hundreds thousand thousands million millions billion".split())


def _number_token(doc, start: int, end: int):
    """The last number word of the figure's span ("a dozen people": dozen; "35 million": million)."""
    toks = [t for t in doc if start <= t.idx < end]
    nums = [t for t in toks if t.like_num or t.pos_ == "NUM" or t.lower_ in _NUMBER_WORDS]
    return nums[-1] if nums else (toks[0] if toks else None)


def frame(doc, start: int, end: int) -> Frame:
    """The frame of the figure at [start, end) of the parsed sentence `doc` (see the module doc)."""
    x = _number_token(doc, start, end)
    if x is None:
        return Frame()
    # the top of the number phrase: "35 million", "$ 99"
    while x.head is not x and x.dep_ in ("compound", "quantmod", "nummod", "nmod") and (
            x.head.like_num or x.head.pos_ == "NUM" or x.head.tag_ == "$" or x.head.lower_ in _SCALE_WORDS):
        x = x.head
    noun = x.head if x.dep_ in ("nummod", "amod", "compound", "nmod", "quantmod", "npadvmod") and x.head is not x and x.head.pos_ in ("NOUN", "PROPN") else None
    if noun is not None and (noun.lower_ in _SCALE_WORDS + ("m", "bn", "k", "mn") or noun.dep_ == "compound"):
        noun = None  # "1m copies" split oddly; "three eurostar trains" read as eurostars: no sure counted noun
    np = noun if noun is not None else x
    part = next((c.lower_ for c in list(np.children) + list(x.children) if c.lower_ in _PART_WORDS and c.dep_ in ("amod", "det", "advmod", "quantmod")), "")
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "PRON" for g in c.children) for c in np.children):
        part = part or "of"  # "five of them"
    y, verb, vtok = np, "", None
    for _ in range(6):
        h = y.head
        if h is y:
            break
        if y.dep_ == "pobj" and h.dep_ == "prep":
            part = part or ("among" if h.lower_ == "among" else "")
            y = h
            continue
        if h.pos_ in ("VERB", "AUX") or (h.pos_ == "ADJ" and y.dep_ in ("nsubj", "nsubjpass")):
            verb, vtok = _base(h), h
            if any(c.lower_ == "to" and any(g.lower_ == "each" for g in c.children) for c in h.children):
                part = part or "each"  # "pay €400,000 to each of the girls"
            comp = [c for c in h.children if c.dep_ in ("acomp", "oprd") and c.pos_ in ("ADJ", "VERB")]
            if verb in _LIGHT and comp:
                verb = _base(comp[0])  # "were still missing", "were found dead"
            break
        y = h
    # the figure is what the event acts on (its object, or the subject of a passive): "attracted 12 votes",
    # "four people have been detained"; as an active subject it names a group ("the nine friends contacted him")
    direct = bool(verb) and np.dep_ in ("nsubjpass", "dobj") and np.head.pos_ in ("VERB", "AUX")
    actor = ""
    if direct and np.dep_ == "dobj":
        v = np.head
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None and v.dep_ in ("advcl", "xcomp", "conj"):  # "lifeguards launched a rescue, pulling 20 ...": the head's subject
            subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
        actor = _base(subj) if subj is not None and subj.pos_ != "PRON" else ""
    return Frame(noun=_base(noun) if noun is not None else "", verb=verb, direct=direct, part=part, actor=actor,
                 ref=_reference(np), scope=_scope(vtok))


# Directions and "away" a distance hangs from ("30 miles west of the city", "five miles away from ...").
_DIRECTIONS = frozenset("north south east west northeast northwest southeast southwest northeastern northwestern southeastern "
                        "southwestern northern southern eastern western away outside off offshore inland".split())
# Role nouns that may name the same place as a name does ("from the capital" / "from Tokyo"): no sure reference.
_PLACE_ROLES = frozenset(stem(w) for w in "capital city town village centre center downtown coast shore border island country "
                         "state province region area site scene epicentre epicenter".split())


def _reference(np) -> str:
    """The noun a distance is measured from ("about five miles from their neighborhood": neighborhood;
    "23 miles north of washington": washington); "" when there is none or it is a clause ("from where
    they disappeared") or a place role ("from the capital", which a name may also give)."""
    heads = [np]
    if np.head is not np and np.head.lower_ in _DIRECTIONS:
        heads.append(np.head)
    preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "of")]
    if np.head is not np and np.head.dep_ == "prep" and np.head.lower_ == "from":
        preps.append(np.head)
    for p in preps:
        obj = next((c for c in p.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ != "PRON":
            ref = _base(obj)
            return "" if ref in _PLACE_ROLES else ref
    return ""


def _scope(verb) -> tuple:
    """The event's own "in" phrase and whether it names one thing or several: "stole ... in two major
    breaches" (breach, many), "stole ... in the recently disclosed breach" (breach, one)."""
    if verb is None:
        return ()
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ != "in":
            continue
        obj = next((c for c in p.children if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ != "NOUN":
            continue
        counted = [c for c in obj.children if c.dep_ == "nummod" and c.lower_ not in ("one", "1")]
        if counted and obj.tag_ == "NNS":
            return (_base(obj), "many")
        if obj.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an", "this", "that") for c in obj.children):
            return (_base(obj), "one")
    return ()


def _canonical(noun: str) -> str:
    from .quantities import UNIT_SYNONYMS

    return UNIT_SYNONYMS.get(noun, noun)


def different_questions(a: Frame, b: Frame, unit: str = "", same_event: bool = False) -> str:
    """Why the figures of frames `a` and `b` (of one `unit`) do not answer one question ("" when
    nothing says so): two different counted nouns ("four bear management units" / "320 bears"),
    two event verbs the figures are the subject or object of ("attracted 12 votes" / "losing 25
    votes"), or a part-marking word on one side only ("to each of the girls", "the first three"; two reference
    points of a distance; one sub-event against several (session 13).
    `same_event`: the figures' event class already agrees (`Quantity.measure`: "killed" for "killed",
    "died", "dead"), so two verbs are two words for it."""
    if unit not in _MEASURES and unit != "people" and a.noun and b.noun and "other" not in (a.noun, b.noun) and _canonical(a.noun) != _canonical(b.noun):
        return f"counted nouns {a.noun} / {b.noun}"
    if not same_event and unit not in _MEASURES and a.direct and b.direct and a.verb not in _LIGHT and b.verb not in _LIGHT and not same_verb(a.verb, b.verb) \
            and not (a.actor and a.actor == b.actor):
        return f"predicates {a.verb} / {b.verb}"  # one actor doing it in two words ("plucked" / "helped" 20 students) is one event
    if bool(a.part) != bool(b.part):
        return f"part {a.part or b.part}"
    if unit == "length" and a.ref and b.ref and a.ref != b.ref and not same_verb(a.ref, b.ref):
        return f"distances from {a.ref} / {b.ref}"  # "five miles from their neighborhood" / "23 miles north of washington"
    if a.scope and b.scope and same_verb(a.scope[0], b.scope[0]) and a.scope[1] != b.scope[1]:
        return f"one {a.scope[0]} / several"  # "in two major breaches" / "in the breach": a part
    return ""


def same_questions(pairs: list[tuple], nlp) -> list[bool]:
    """For each (sentence text, `Quantity`, sentence text, `Quantity`) pair of figures: do they answer one
    question by the parse (`different_questions` finds nothing)? Without a parser only the times
    (`quantity_scope.clocks_apart`, `earlier`) are read; only the sentences of these pairs are parsed, once each."""
    from .quantity_scope import clocks_apart, earlier

    def back(text, q):
        return earlier(text, q.start + len(q.surface) - len(q.surface.lstrip()), q.end)

    # two times of day, or a figure dated a month or more back against one that is not: two moments (session 13)
    timed = [not clocks_apart(ta, tb) and back(ta, qa) == back(tb, qb) for ta, qa, tb, qb in pairs]
    if nlp is None:
        return timed
    from .parsing import parse_texts

    texts = list(dict.fromkeys(t for ta, _, tb, _ in pairs for t in (ta, tb)))
    parsed = dict(zip(texts, parse_texts(nlp, texts)))

    def frame_of(text, q):
        return frame(parsed[text], q.start + len(q.surface) - len(q.surface.lstrip()), q.end)

    return [ok and not different_questions(frame_of(ta, qa), frame_of(tb, qb), qa.unit, bool(qa.measure) and qa.measure == qb.measure)
            for ok, (ta, qa, tb, qb) in zip(timed, pairs)]
