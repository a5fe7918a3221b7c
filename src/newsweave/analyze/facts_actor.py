"""A topic line is not the claim of a named person: a member that names no one leaves a fact that others tell as X's.

The fact grouping (`facts.group_sentences`) joins sentences of different articles by similarity. A lead that sets the
scene ("the talks dominated the weekend programmes") is close to every sentence of the story on the same
topic, and so can join a fact whose other members all report one person's statement; the fact's count then says
"3/3 outlets" for a statement the third outlet never reports (issue 12: facts grouped by meaning "with numbers and
names required to agree"; ANALYSIS.md "Session 28 (an editor's hour", AllSides 5979).

The rule (`topic_members`): in a fact of at least three articles, a member leaves the shown group when the group's
members of the *other* articles, from at least two articles, all have one and the same person as a clause's subject
(a spaCy PERSON entity that is a `nsubj`/`nsubjpass`, matched by its last word, so "Jane Roe" and "Roe" agree: the
claim's actor), while the member names no person at all (no PERSON entity, no "he"/"she", no reporting verb such as
"said": "the president said" reports someone's words; and none of its capitalised words is the actor's name, for a
"Roe" the recognizer took for a place) and shares none of the names every other article's members give (named
entities other than dates and times: organisations, places, groups, laws, figures; each whole, so "the House" is not
"the White House"). It then stands alone (or stays in the other facts that hold it). Only the shown groups change
(`FactGroups.aligned`, as `facts_mainclause`); the timeline and date conflicts read the two-pass groups. Only members
of facts of three or more articles are parsed and read by the recognizer, on their cores (`fact_similarity.core_text`):
a few sentences per story. Without spaCy the rule does nothing.

Measured (session 28, tuning data: all 18 dev fact sets, read before; four versions run, the last three after reading
the first's changes): status right 1,000 -> 1,003 of 1,447, over-grouped 138 -> 135, under-grouped 309 unchanged, Corbyn
pairs 32/49 both; it fires in 3 of 196 stories. benchmarks/ANALYSIS.md "Session 28 (facts: a topic line in a named
person's fact; brief F3)".
"""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Sentence

# Entity labels whose words count as a specific name a member may share with the fact (dates and times do not:
# "on Sunday" is the story's setting, not the claim).
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART",
                         "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
# A member that says "he"/"she" or reports words ("the president said") points at a person: it is not a topic line.
PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
REPORTING = frozenset({"said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "tweeted", "stated",
                       "claimed", "argued", "insisted", "warned", "announced", "asked", "responded", "replied"})


def _person_key(words: Sequence[str]) -> str:
    """A person's last word, lower case, without a possessive: "Jane Roe's" -> "roe"."""
    w = [x for x in words if x not in ("'s", "’s", "'", "’")]
    return w[-1].lower().rstrip("'’").removesuffix("'s").removesuffix("’s") if w else ""


def _name_key(text: str) -> str:
    """An entity's text as one key: lower case, spaces folded, without a leading "the" and a possessive."""
    key = " ".join(text.lower().split())
    key = key.removeprefix("the ")
    return key.removesuffix("'s").removesuffix("’s").strip()


def _subject_of_clause(ent) -> bool:
    """Is the entity the subject of a clause ("Jane Roe said", "Energy Secretary Jane Roe on Sunday slammed")?"""
    return any(t.dep_ in ("nsubj", "nsubjpass") for t in ent)


def _names_someone(doc) -> bool:
    """Does the text point at a person without a PERSON entity: a singular personal pronoun ("he said") or a reporting
    verb ("the president said"), so that its claim is someone's words, not the topic?"""
    return any(t.lower_ in PRONOUNS or (t.lower_ in REPORTING and t.tag_.startswith("VB")) for t in doc)


def read_names(docs) -> list[tuple[set[str], set[str], bool, set[str]]]:
    """For each parsed and recognized Doc: (the last words of its PERSON entities that are a clause's subject, its names
    in `NAME_LABELS` each as one key, whether it names a person at all: a PERSON entity, a pronoun, a reporting verb,
    its capitalised words in lower case)."""
    out = []
    for doc in docs:
        actors: set[str] = set()
        names: set[str] = set()
        person = _names_someone(doc)
        for ent in doc.ents:
            if ent.label_ not in NAME_LABELS:
                continue
            if ent.label_ == "PERSON":
                person = True
                key = _person_key([t.text for t in ent])
                if key and _subject_of_clause(ent):
                    actors.add(key)
            names.add(_name_key(ent.text))
        capitals = {t.lower_ for t in doc if t.text[:1].isupper()}  # "Roe" the recognizer took for a place still names Roe
        out.append((actors, names - {""}, person, capitals))
    return out


def topic_members(groups: list[list[int]], doc_of: list[int], names: dict[int, tuple[set[str], set[str], bool, set[str]]]) -> dict[int, set[int]]:
    """Group index -> the members that leave it (see the module docstring). `names`: sentence -> `read_names`' triple
    for at least every member of a group of three or more articles."""
    none: tuple[set[str], set[str], bool, set[str]] = (set(), set(), False, set())
    out: dict[int, set[int]] = {}
    for g_i, g in enumerate(groups):
        if len({doc_of[x] for x in g}) < 3:
            continue
        for x in g:
            _, own, person, capitals = names.get(x, none)
            if person:
                continue
            others = [y for y in g if doc_of[y] != doc_of[x]]
            if len({doc_of[y] for y in others}) < 2:
                continue
            actors = set.intersection(*(names.get(y, none)[0] for y in others))
            if not actors or actors & capitals:
                continue  # no one person is the actor of every other member, or x names that person
            # the fact's names: those every other article's members name (a topic name one member adds is not the claim's)
            by_doc: dict[int, set[str]] = {}
            for y in others:
                by_doc.setdefault(doc_of[y], set()).update(names.get(y, none)[1])
            if own & set.intersection(*by_doc.values()):
                continue
            out.setdefault(g_i, set()).add(x)
    return out


def _recognize(nlp, texts: list[str]) -> list:
    """Parse and entities of each text (the parser's steps, then the recognizer's)."""
    from .doc_cache import run_steps
    from .entities import ner_steps
    from .parsing import PARSE_STEPS

    return run_steps(nlp, texts, tuple(dict.fromkeys(PARSE_STEPS + (ner_steps(nlp) or ("ner",)))), batch_size=8)


def drop_topic_members(sentences: list[Sentence], doc_of: list[int], groups: list[list[int]], added: dict | None,
                       nlp="auto") -> tuple[list[list[int]], dict | None] | None:
    """The groups with each topic member taken out (and standing alone when no other group holds it) and pass 2's
    `added` keyed by the new groups; None when no member leaves (or spaCy does not load). `nlp`: a spaCy pipeline with
    a recognizer, "auto" for the shared one."""
    from .fact_similarity import core_text
    from .parsing import auto_nlp

    ask = sorted({x for g in groups if len({doc_of[y] for y in g}) >= 3 for x in g})
    if not ask:
        return None
    nlp = auto_nlp(nlp)
    if nlp is None or "ner" not in nlp.pipe_names:
        return None
    read = read_names(_recognize(nlp, [core_text(sentences[x].text) for x in ask]))
    leave = topic_members(groups, doc_of, dict(zip(ask, read)))
    if not leave:
        return None
    new_groups: list[list[int]] = []
    new_added: dict = {}
    for g_i, g in enumerate(groups):
        kept = [x for x in g if x not in leave.get(g_i, ())]
        new_groups.append(kept)
        extra = (added or {}).get(tuple(g))
        if extra:
            extra = frozenset(extra) - leave.get(g_i, frozenset())
            if extra:
                new_added[tuple(kept)] = extra
    held = {x for g in new_groups for x in g}
    new_groups += [[x] for x in sorted(set().union(*leave.values())) if x not in held]
    return new_groups, new_added or None
