"""How alike two sentences of a story are, for grouping them into facts (`facts.group_sentences`).

Three similarities, each `matrix(sentences) -> (n, n)` with values in [0, 1]:

- `LexicalSimilarity`: cosine of sublinear TF-IDF vectors fitted on the story's own sentences, so
  the words every article uses (the story's topic) weigh little. Fast, no model.
- `StaticSimilarity` (the default when the static embedder is available): 0.65 × the TF-IDF
  cosine + 0.35 × the cosine of model2vec word-piece embeddings distilled from MiniLM
  (`embed/static.py`): paraphrases that share few words ("approved" / "gave final passage")
  come closer, at a cost of milliseconds.
- `EmbeddingSimilarity`: the same with MiniLM itself (`embed/minilm.py`; seconds to load, then
  ~190 sentences/s on two cores).
- `ClaimSimilarity` (`--similarity claim`, not the default): the probability that two sentences
  state the same claim, from a logistic regression over the two cosines and story-relative
  evidence (`claim_scorer.py`), trained on Multi-News train pairs. Measured against the default in
  benchmarks/ANALYSIS.md: not better on the held-out fact sets, so it stays an option.

Each sentence is compared by its *core*: the sentence without page furniture (a dateline, an
agency tag) and without the attribution tail that news sentences end on (", the Labor
Department said Friday", ", according to a new report"): two outlets word those tails
differently, and the same tail on two different facts is not evidence that they are one.

`agreement_penalty(sentences, sims)` then zeroes the similarity of pairs that cannot state the
same fact: figures for the same quantity that disagree ("revised to 6.9 million" / "to 6.8
million"; 845,000 / 870,000 jobs expected), different named sources for the same kind of claim
(economists surveyed by one firm / by another); and it weakens pairs whose stated dates differ
(inspectors "last month" / investigators "yesterday").

Not penalised any more: a sentence that looks ahead ("will", "is set to") against one that
reports the event done. Future markers are mostly in subordinate clauses or mean a result ("a
package that will deliver checks", "Trudeau will remain in power"); on the fact gold the penalty
cost 3-4 of 91 sentences and fixed none.
"""

from __future__ import annotations

import re
from typing import Protocol

import numpy as np

from ..text.furniture import content_span
from ..text.tfidf import TfidfSpace
from ..text.tokens import content_terms
from ..types import Sentence

# ", the Labor Department said Friday." / ", according to a government whistleblower complaint." /
# ", Trump tweeted." / ", she added." — a reporting tail after the last comma, up to ~12 words.
_TAIL = re.compile(
    r"""[,;]\s*(?:
        according\s+to\b[^,;]{0,90}
      | (?:[^,;"“”]{0,70}?\s)?(?:said|says|added|adds|told\s+[^,;]{1,40}|reported|reports|announced|wrote|tweeted|noted|stated|
           confirmed|explained|argued|insisted|warned|claimed|alleged|acknowledged)\b[^,;"“”]{0,40}
    )\s*[.!]?\s*$""",
    re.X | re.I,
)


def core_text(text: str) -> str:
    """`text` without its dateline / credit and without a trailing attribution clause, when what
    is left still has at least five words (a sentence that is all attribution stays whole)."""
    a, b = content_span(text)
    core = text[a:b]
    m = _TAIL.search(core)
    if m and len(core[: m.start()].split()) >= 5:
        core = core[: m.start()]
    return core


_POSSESSIVE = re.compile(r"(?<=\w)['’]s?\b")
_NUMBER = re.compile(r"(?<![\w.])[$£€]?\d[\d,.]*\d(?:-\d+)?|(?<![\w.])[$£€]?\d(?:-\d+)?")


def figure_term(match: re.Match) -> str:
    """A figure `_NUMBER` found, as the one term `fact_terms` writes it ("#1.6", "#1,626,042")."""
    return "#" + match.group(0).rstrip(".,")


def fact_terms(text: str, aliases: dict[str, str] | None = None) -> list[str]:
    """Stemmed content words of a sentence's core, possessives folded ("Barrett's" -> "barrett"),
    and each figure as one term ("52-48", "$1.9", "943,000"); `aliases`: figure terms written as
    another ("#1.6" of "more than 1.6 million" as "#1,626,042", `fact_figures.figure_aliases`)."""
    core = _POSSESSIVE.sub("", core_text(text))
    numbers = [figure_term(m) for m in _NUMBER.finditer(core)]
    words = content_terms(_NUMBER.sub(" ", core))
    return words + [aliases.get(x, x) for x in numbers] if aliases else words + numbers


class SentenceSimilarity(Protocol):
    def matrix(self, sentences: list[Sentence]) -> np.ndarray: ...


class LexicalSimilarity:
    """Cosine of sublinear TF-IDF vectors over the story's sentence cores (fast, no model)."""

    name = "lexical"

    def matrix(self, sentences: list[Sentence]) -> np.ndarray:
        from .fact_figures import figure_aliases  # a rounded or bounded figure as the exact one it allows

        aliases = figure_aliases([core_text(s.text) for s in sentences])
        space = TfidfSpace.fit([fact_terms(s.text, a) for s, a in zip(sentences, aliases)])
        return np.asarray((space.matrix @ space.matrix.T).toarray(), dtype=float)


class _EmbedderSimilarity:
    """Mean of the TF-IDF cosine and an embedder's cosine (clipped at 0); the embedder is made
    on first use and kept by the object."""

    embedder_name = "static"
    name = "static"
    lexical_weight = 0.5  # share of the TF-IDF cosine in the mix

    def __init__(self, embedder=None, *, lexical_weight: float | None = None) -> None:
        self._embedder = embedder
        if lexical_weight is not None:
            self.lexical_weight = lexical_weight

    def _embed(self, texts: list[str]) -> np.ndarray:
        if self._embedder is None:
            from ..embed import make_embedder

            self._embedder = make_embedder(self.embedder_name)
        return self._embedder.embed(texts)

    def matrix(self, sentences: list[Sentence]) -> np.ndarray:
        lexical = LexicalSimilarity().matrix(sentences)
        if not sentences:
            return lexical
        vectors = np.asarray(self._embed([core_text(s.text) for s in sentences]), dtype=float)
        w = self.lexical_weight
        return w * lexical + (1.0 - w) * np.clip(vectors @ vectors.T, 0.0, 1.0)


class StaticSimilarity(_EmbedderSimilarity):
    """TF-IDF + static (model2vec) embeddings distilled from MiniLM: the default. The TF-IDF cosine
    weighs 0.65: on 200 hand-judged train pairs in the band where grouping decides, the static
    cosine alone ranks same-claim pairs at chance (ROC AUC 0.53, TF-IDF 0.71;
    benchmarks/ANALYSIS.md), and 0.65 with a bar of 0.35 was the best of a small grid on the fact
    gold sets used before (dev, b, c)."""

    embedder_name = "static"
    name = "static"
    lexical_weight = 0.65


class EmbeddingSimilarity(_EmbedderSimilarity):
    """TF-IDF + MiniLM sentence embeddings (slower to load; see benchmarks/ANALYSIS.md)."""

    embedder_name = "minilm"
    name = "embedding"


class ClaimSimilarity:
    """The probability that two sentences of different articles state the same claim
    (`claim_scorer.ClaimScorer`, trained on Multi-News train pairs), from the TF-IDF and static
    cosines plus story-relative evidence (how far a pair stands out among the story's pairs and
    against the other sentences of the same two articles), shared terms and figures, negation,
    length, position and, when the shipped scorer uses it, whether the main predicates match (a
    spaCy parse of each fact sentence, no NER, with the process's shared model). Within an article
    the value is 0, as for grouping nothing else counts."""

    name = "claim"

    def __init__(self, scorer=None, embedder=None) -> None:
        from .claim_scorer import load_claim_scorer

        self.scorer = scorer or load_claim_scorer()
        if self.scorer is None:
            from ..errors import ConfigError

            raise ConfigError("the same-claim scorer (newsweave/data/claim_scorer.json) is missing or out of date",
                              hint="reinstall newsweave, or rerun benchmarks/train_claim_scorer.py; --similarity static works without it")
        self._static = StaticSimilarity(embedder)

    def matrix(self, sentences: list[Sentence]) -> np.ndarray:
        from .claim_scorer import negation

        n = len(sentences)
        if n == 0:
            return np.zeros((0, 0))
        lexical = LexicalSimilarity().matrix(sentences)
        vectors = np.asarray(self._static._embed([core_text(s.text) for s in sentences]), dtype=float)
        emb = np.clip(vectors @ vectors.T, 0.0, 1.0)
        articles: dict[str, int] = {}
        doc_of = [articles.setdefault(s.article_id, len(articles)) for s in sentences]
        seen: dict[int, int] = {}
        position = []
        for d in doc_of:  # sentences come in article order: the k-th fact sentence of its article
            position.append(seen.get(d, 0))
            seen[d] = position[-1] + 1
        terms = [set(fact_terms(s.text)) for s in sentences]
        predicates = None
        if "same_predicate" in self.scorer.features:  # one spaCy parse of each fact sentence (no NER)
            from .claim_scorer import main_predicates
            from .entities import shared_nlp
            from .parsing import parse_texts

            predicates = [main_predicates(p) for p in parse_texts(shared_nlp(None), [s.text for s in sentences])]
        return self.scorer.matrix(terms, doc_of, position, lexical, emb, [negation(s.text) for s in sentences], predicates)


SIMILARITIES = ("auto", "lexical", "static", "embedding", "claim", "judged")
# The LLM judge's log-odds above which a pair in the band counts as one claim ("judged"; set from
# the hand-judged train pairs, benchmarks/ANALYSIS.md).
JUDGE_MARGIN = 1.0


def make_similarity(name: str = "auto", *, llm_model: str | None = None) -> SentenceSimilarity:
    """`auto` (static embeddings when model2vec and the distilled model or MiniLM are installed,
    else lexical), `lexical`, `static`, `embedding` (MiniLM), `claim`, `judged` (static + a local
    LLM judge: `llm_model`, the configured `settings.llm_model`, else `NEWSWEAVE_LLM_MODEL`)."""
    if name == "auto":
        from ..embed.static import static_available

        name = "static" if static_available() else "lexical"
    if name == "lexical":
        return LexicalSimilarity()
    if name == "static":
        return StaticSimilarity()
    if name == "embedding":
        return EmbeddingSimilarity()
    if name == "claim":
        return ClaimSimilarity()
    if name == "judged":
        # static, with the pairs just below its fact threshold put to a local LLM (analyze/claim_judge.py)
        import os

        from .claim_judge import JudgedSimilarity, LlamaJudge

        model = llm_model or os.environ.get("NEWSWEAVE_LLM_MODEL")
        if not model:
            from ..errors import ConfigError

            raise ConfigError("the 'judged' fact similarity needs a local model", hint="give --llm-model (or NEWSWEAVE_LLM_MODEL) the path of a .gguf file (scripts/get-qwen.sh fetches one)")
        judge = LlamaJudge(model, cache=os.environ.get("NEWSWEAVE_JUDGE_CACHE") or None)
        from .facts import DEFAULT_THRESHOLD

        margin = float(os.environ.get("NEWSWEAVE_JUDGE_MARGIN") or JUDGE_MARGIN)
        return JudgedSimilarity(StaticSimilarity(), judge, threshold=DEFAULT_THRESHOLD["static"], margin=margin)
    from ..errors import ConfigError

    raise ConfigError(f"unknown fact similarity {name!r}", hint="use auto, lexical, static or embedding (MiniLM)")


# "economists surveyed by Dow Jones", "according to Refinitiv", "a poll by Gallup": who the
# figure or claim comes from.
_SOURCE_BY = re.compile(r"\b(?:surveyed|polled|compiled|conducted|estimated|forecast|published|released)\s+by\s+(?P<n>(?:[A-Z][\w&.'’-]*\s?){1,4})")


# Numbers and names must agree: a pair whose figures for the same quantity disagree, or whose
# named sources differ, is never one fact ("Fourteen / Twelve people were injured when the
# footbridge collapsed" are two facts, and a number conflict). Dates that disagree only weaken a
# pair, so that one event dated differently by two outlets can still be found (a date conflict).
FIGURES = 0.0
DISAGREE = 0.6


def _named_source(text: str) -> str:
    m = _SOURCE_BY.search(text)
    return m.group("n").strip().lower() if m else ""


def _dates(text: str, published) -> set[str]:
    """Day- and month-precision dates the sentence states, resolved against `published`."""
    from ..text.dates import find_dates

    return {m.date for m in find_dates(text, published) if m.date and m.precision in ("day", "month")}


def _dates_disagree(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and not any(x.startswith(y) or y.startswith(x) for x in a for y in b)


def agreement_penalty(sentences: list[Sentence], sims: np.ndarray, *, published: dict | None = None, factor: float = DISAGREE, floor: float = 0.0) -> np.ndarray:
    """`sims` with the pairs that cannot state the same fact zeroed (figures for the same quantity
    that disagree, different named sources) and those whose dates disagree multiplied by `factor`
    (`published`: article id -> publication date, to resolve "yesterday"). Only pairs of different
    articles with a similarity above `floor` are checked (the others cannot be grouped anyway)."""
    from .quantities import compatible, quantities

    sims = np.array(sims, dtype=float)
    cores = [core_text(s.text) for s in sentences]
    qs = [quantities(c) for c in cores]
    by = [_named_source(s.text) for s in sentences]
    published = published or {}
    dates = [_dates(c, published.get(s.article_id)) for s, c in zip(sentences, cores)]
    articles = np.array([s.article_id for s in sentences])
    pairs = np.argwhere(np.triu((sims > floor) & (articles[:, None] != articles[None, :]), 1))
    for i, j in pairs.tolist():
        same = [(a, b) for a in qs[i] for b in qs[j] if a.unit and a.unit == b.unit and (a.measure == b.measure or not a.measure or not b.measure)]
        figures = bool(same) and not any(compatible(a, b) for a, b in same)
        sources = bool(by[i] and by[j]) and by[i] != by[j]
        if figures or sources:
            sims[i, j] = sims[j, i] = sims[i, j] * FIGURES
        elif _dates_disagree(dates[i], dates[j]):
            sims[i, j] = sims[j, i] = sims[i, j] * factor
    return sims
