"""Fluent summaries from an LLM, with every sentence checked against the sources it cites.

1. Evidence: the extractive summarizer ranks and selects source sentences (about twice the word
   budget), each with the sentences in other articles that say the same thing and their outlets.
2. The LLM (`newsweave.llm`: in-process GGUF or an OpenAI-compatible endpoint) rewrites the
   evidence as prose within the budget.
3. Citations are computed here, never taken from the model: each clause of a generated sentence
   must be stated by ONE source sentence alone (`verify.grounding.GroundedVerifier`: its words,
   who did what to whom, each number on the same noun, attribution kept), tried among the
   sentences most similar to it (`verify.align.SourceIndex`). The citations are those sentences,
   plus other articles' sentences that state the same clause just as well. An optional extra
   `verifier` (e.g. an LLM judge) is asked after that.
4. A sentence with a clause no single source sentence states is replaced by its closest clean
   evidence sentence (`support="replaced"`, with the reasons in `note`; page furniture and bare
   quotation fragments are never used) or dropped, and `Summary.warnings` says so.
5. If the LLM cannot be loaded or reached, answers nothing usable, or runs out of time, the
   extractive summary is returned with a warning.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..config import Settings
from ..errors import ConfigError, LLMError, ModelError
from ..llm import ChatBackend
from ..llm.prompt import EvidenceFact, answer_sentences, build_messages, outlets_for
from ..text.tokens import content_terms, words as word_tokens
from ..types import Citation, Document, Sentence, Summary, SummarySentence
from ..verify import Verdict, Verifier
from ..verify.align import SourceIndex
from ..verify.claims import ATTRIBUTION
from ..verify.grounding import GroundedVerifier
from .development import PREVIEW, stages
from .extractive import CitationSpace, ExtractiveSummarizer
from .replacement import clean_replacement, without_furniture

# A replacement must resemble the sentence it replaces at least this much (TF-IDF cosine), or
# the failed sentence is dropped instead: replacing noise with an unrelated fact helps nobody.
REPLACE_MIN = 0.15
# Two generated sentences sharing this share of content words repeat each other.
REPEAT = 0.7


@dataclass(frozen=True)
class CheckedSentence:
    """What the checker did with one sentence the LLM wrote: `action` is "supported",
    "replaced", "dropped" or "repeat"; `sources` are the texts it was checked against."""

    text: str
    action: str
    reasons: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckLog:
    """The LLM's raw answer and the fate of each of its sentences (`fallback` names why the
    extractive summary was returned instead, if it was)."""

    answer: str = ""
    sentences: tuple[CheckedSentence, ...] = ()
    fallback: str | None = None

    def count(self, action: str) -> int:
        return sum(s.action == action for s in self.sentences)


@dataclass
class LLMSummarizer:
    """`Summarizer` over a chat backend. `backend` may be given, or built on first use by
    `backend_factory` (so loading a model that is missing becomes a warning, not a crash).
    `timeout` bounds the LLM call in seconds; `evidence_factor` times the word budget is the
    amount of evidence shown to the model."""

    backend: ChatBackend | None = None
    backend_factory: Callable[[], ChatBackend] | None = None
    grounder: GroundedVerifier = field(default_factory=GroundedVerifier)
    verifier: Verifier | None = None
    candidates: int = 8
    extractive: ExtractiveSummarizer = field(default_factory=ExtractiveSummarizer)
    timeout: float = 120.0
    evidence_factor: float = 2.0
    temperature: float = 0.0
    method: str = "llm"

    def summarize(self, documents: Sequence[Document], *, words: int = 120, story_id: str = "") -> Summary:
        """Summarize `documents` in about `words` words; every sentence is cited and checked."""
        return self.summarize_checked(documents, words=words, story_id=story_id)[0]

    def summarize_checked(self, documents: Sequence[Document], *, words: int = 120, story_id: str = "") -> tuple[Summary, CheckLog]:
        """`summarize`, plus the log of what the checker did with each generated sentence."""
        from .copy_support import independent_outlets, source_groups

        sources = source_groups(documents) or {}  # the prompt's outlets always; the ranking when copy_support
        documents = without_furniture(tuple(documents))
        cf, scores = self.extractive.rank(documents, sources=sources if self.extractive.copy_support else {})
        n_outlets, stands_for = independent_outlets(documents, sources)  # a copy is its original's outlet
        if not cf.sentences:
            return Summary(story_id, self.method, (), ("no sentences to summarize",)), CheckLog(fallback="no sentences")
        space = CitationSpace(documents)
        evidence = self._evidence(documents, cf, scores, space, words, stands_for)
        try:
            backend = self._backend()
            answer = backend.chat(
                build_messages(evidence, words=words, n_outlets=n_outlets),
                max_tokens=int(words * 2.2) + 60,
                temperature=self.temperature,
                timeout=self.timeout,
            )
        except (LLMError, ModelError) as exc:
            return self._fallback(documents, words, story_id, f"LLM unavailable ({exc.message}); showing the extractive summary")
        generated = answer_sentences(answer)
        if not generated:
            return self._fallback(documents, words, story_id, "the LLM answered no usable sentences; showing the extractive summary", CheckLog(answer))
        return self._checked(answer, generated, documents, evidence, space, words, story_id)

    # -- steps ------------------------------------------------------------------------------
    def _backend(self) -> ChatBackend:
        if self.backend is None:
            if self.backend_factory is None:
                raise LLMError("no LLM backend configured", hint="give --llm-model or --llm-url")
            self.backend = self.backend_factory()
        return self.backend

    def _evidence(self, documents, cf, scores, space: CitationSpace, words: int, stands_for: dict[str, str] | None = None) -> list[EvidenceFact]:
        chosen = self.extractive.order(cf, self.extractive.select(cf, scores, int(words * self.evidence_factor)))
        facts = []
        for i in chosen:
            cites = self.extractive.citations_for(space, cf.sentences[i])
            facts.append(EvidenceFact(cf.sentences[i], cites, outlets_for(cites, documents, stands_for)))
        return facts

    def _checked(self, answer: str, generated: list[str], documents, evidence: list[EvidenceFact], space: CitationSpace, words: int, story_id: str) -> tuple[Summary, CheckLog]:
        index = SourceIndex(documents)
        outlet_of = {d.article.id: d.article.outlet for d in documents}
        texts = {d.article.id: d.article.text for d in documents}
        outlets = sorted({d.article.outlet for d in documents if d.article.outlet}, key=len, reverse=True)
        evidence_rows = {(f.sentence.article_id, f.sentence.index) for f in evidence}
        # Articles written before the event: their sentences may not support an outcome as done.
        previews = frozenset(d.article.id for d, kind in zip(documents, stages(documents)) if kind == PREVIEW)
        kept: list[SummarySentence] = []
        kept_terms: list[set[str]] = []
        used: set[tuple[str, int]] = set()
        budget, used_words = words * 1.15, 0
        n_replaced = n_dropped = n_repeats = 0
        first_reason = ""
        log: list[CheckedSentence] = []
        for text in generated:
            text = without_outlet_marks(text, outlets)
            terms = set(content_terms(text))
            if any(terms and len(terms & other) / len(terms) >= REPEAT for other in kept_terms):
                n_repeats += 1
                log.append(CheckedSentence(text, "repeat"))
                continue
            verdict, grounding, cites = self._verify(text, index, outlets, outlet_of, texts, previews)
            if verdict.supported and not follows_its_antecedent(text, grounding[0], kept):
                verdict = Verdict(False, ("opens with a word that points back (as its source does), but the summary does not have the source's previous sentence before it",), 0.0)
            checked = CheckedSentence(text, "supported", verdict.reasons, tuple(s.text for s in grounding))
            if verdict.supported:
                best = grounding[0]
                out = SummarySentence(text, cites, "supported", None)
            else:
                first_reason = first_reason or verdict.reasons[0]
                replacement = self._replacement(text, index, evidence_rows, used)
                note = "; ".join(verdict.reasons)
                if replacement is None:
                    n_dropped += 1
                    log.append(dataclasses.replace(checked, action="dropped"))
                    continue
                best = replacement
                out = SummarySentence(
                    " ".join(replacement.text.split()),
                    self.extractive.citations_for(space, replacement),
                    "replaced",
                    f"the LLM wrote {text!r}, which failed the check ({note}); replaced by the closest source sentence",
                )
            if (best.article_id, best.index) in used and out.support == "replaced":
                n_dropped += 1
                log.append(dataclasses.replace(checked, action="dropped"))
                continue
            n = len(word_tokens(out.text))
            if kept and used_words + n > budget:
                break
            log.append(dataclasses.replace(checked, action=out.support))
            kept.append(out)
            kept_terms.append(set(content_terms(out.text)))
            used.add((best.article_id, best.index))
            used_words += n
            n_replaced += out.support == "replaced"
        check_log = CheckLog(answer, tuple(log))
        if not kept:
            return self._fallback(documents, words, story_id, f"no sentence the LLM wrote passed the check ({first_reason}); showing the extractive summary", check_log)
        warnings = []
        if n_replaced or n_dropped:
            warnings.append(
                f"the checker replaced {n_replaced} and dropped {n_dropped} of {len(generated)} sentences the LLM wrote"
                + (f" (first problem: {first_reason})" if first_reason else "")
            )
        if n_repeats:
            warnings.append(f"{n_repeats} repeated sentence(s) from the LLM left out")
        return Summary(story_id, self.method, tuple(kept), tuple(warnings)), check_log

    def _verify(self, text: str, index: SourceIndex, outlets: list[str], outlet_of: dict[str, str], texts: dict[str, str] | None = None, previews: frozenset[str] = frozenset()) -> tuple[Verdict, tuple[Sentence, ...], tuple[Citation, ...]]:
        """Ground each clause in one source sentence. Returns the verdict, the grounding sentences
        (one per clause, deduplicated) and the citations (those, then other articles' sentences
        that state a clause equally well). A sentence of an article in `previews` (written before
        the event) states nothing as done that it only looks forward to (`verify.timing`)."""

        def entails(clause, s: Sentence) -> tuple[str, ...]:
            return self.grounder.entails(claim, clause, s.text, preview=s.article_id in previews)

        # Outlet names are attributions ("the Gazette reported"), not claims about the event: take
        # them out before the checks, then require that a cited sentence comes from that outlet.
        named = [o for o in outlets if re.search(r"\b" + re.escape(o) + r"\b", text, re.I)]
        claim = text
        for outlet in named:
            claim = re.sub(r"(?:\bthe\s+)?\b" + re.escape(outlet) + r"\b(?:'s)?", " ", claim, flags=re.I)
        claim = " ".join(claim.split())
        grounding: list[Sentence] = []
        pools: list[Sentence] = []
        whole = index.candidates(claim, k=self.candidates)
        clauses = self.grounder.clauses(claim)
        # One sentence that states every clause is the best citation: try that first.
        whole_sentence = next((s for s in whole if all(not entails(c, s) for c in clauses)), None)
        for clause in clauses if whole_sentence is None else ():
            pool = list(dict.fromkeys([*index.candidates(clause.text, k=self.candidates), *whole]))
            pools.extend(pool)
            first_why: tuple[str, ...] = ()
            for s in pool:
                why = entails(clause, s)
                if not why:
                    grounding.append(s)
                    break
                first_why = first_why or why
            else:
                reason = "; ".join(first_why[:2]) if first_why else "no source sentence states it"
                return Verdict(False, (f"no single source sentence states '{clause.text}' ({reason})",), 0.0), tuple(grounding), ()
        grounding = list(dict.fromkeys(grounding))
        if whole_sentence is not None:
            grounding, pools = [whole_sentence], list(whole)
        if not grounding:
            return Verdict(False, ("no source sentence supports it",), 0.0), (), ()
        # A source sentence inside a quotation that spans several sentences (or a block quote
        # after "... said:") has no quote marks of its own: its words are the speaker's, and a
        # sentence repeating them must say whose they are.
        if texts and not ATTRIBUTION.search(claim) and not re.search("[\"“”]", claim):
            if any(inside_quotation(texts.get(g.article_id, ""), g.start) for g in grounding):
                return Verdict(False, ("states words from inside a quotation as fact, without saying who said them",), 0.0), tuple(grounding), ()
        # Corroboration: other articles' sentences that state the WHOLE sentence alone.
        support: list[Sentence] = []
        seen_articles = {s.article_id for s in grounding}
        for s in dict.fromkeys(pools):
            if s.article_id in seen_articles:
                continue
            if all(not entails(clause, s) for clause in clauses):
                support.append(s)
                seen_articles.add(s.article_id)
        cited = list(dict.fromkeys([*grounding, *support]))
        cited_outlets = {outlet_of.get(s.article_id) for s in cited}
        wrong = [o for o in named if o not in cited_outlets]
        if wrong:
            return Verdict(False, ("attributed to an outlet its cited sources are not from: " + ", ".join(wrong),), 0.0), tuple(grounding), ()
        if self.verifier is not None:
            extra = self.verifier.check(claim, [s.text for s in grounding])
            if not extra.supported:
                return extra, tuple(grounding), ()
        cites = tuple(Citation(s.article_id, s.start, s.end, s.index) for s in cited)
        return Verdict(True, (), 1.0), tuple(grounding), cites

    @staticmethod
    def _replacement(text: str, index: SourceIndex, evidence_rows: set[tuple[str, int]], used: set[tuple[str, int]]) -> Sentence | None:
        """The evidence sentence closest to `text`, if close enough and not already in the summary."""
        sims = index.similarities(text)
        best, best_sim = None, REPLACE_MIN
        for row, sentence in enumerate(index.sentences):
            key = (sentence.article_id, sentence.index)
            if key in evidence_rows and key not in used and sims[row] >= best_sim and clean_replacement(sentence.text):
                best, best_sim = sentence, float(sims[row])
        return best

    def _fallback(self, documents, words: int, story_id: str, warning: str, log: CheckLog | None = None) -> tuple[Summary, CheckLog]:
        summary = self.extractive.summarize(documents, words=words, story_id=story_id)
        log = dataclasses.replace(log or CheckLog(), fallback=warning)
        return Summary(summary.story_id, summary.method, summary.sentences, (*summary.warnings, warning)), log


_POINTS_BACK = frozenset("this that these those it its he she they his her their such".split())


def points_back(text: str) -> bool:
    """Does the sentence open with a word that refers to the sentence before ("That is on top of ...")?"""
    words = re.findall(r"[A-Za-z']+", text[:40])
    return bool(words) and words[0].lower() in _POINTS_BACK


def follows_its_antecedent(text: str, source: Sentence, kept: Sequence[SummarySentence]) -> bool:
    """A sentence that points back, copied from a source sentence that points back too, means what
    its source means only right after that source's previous sentence: the summary's last sentence
    must cite it."""
    if not (points_back(text) and points_back(source.text)) or source.index <= 0:
        return True
    return bool(kept) and any(c.article_id == source.article_id and c.sentence_index == source.index - 1 for c in kept[-1].citations)


def without_outlet_marks(text: str, outlets: Sequence[str]) -> str:
    """The sentence without a bracketed outlet list copied from the prompt's evidence lines
    ("... on Monday. (Gazette, Courier)"): who reports it is what the citations say."""
    m = re.search(r"\s*\(([^()]{1,200})\)\s*([.!?]?)\s*$", text)
    known = {o.casefold() for o in outlets}
    if m and known and all(part.strip().casefold() in known for part in m.group(1).split(",")):
        return (text[: m.start()] + m.group(2)).strip()
    return text


def inside_quotation(article_text: str, start: int) -> bool:
    """Does the sentence starting at `start` lie inside a quotation opened earlier in its paragraph?"""
    para = article_text.rfind("\n", 0, start) + 1
    before = article_text[para:start]
    if before.count('"') % 2 == 1 or before.count("“") > before.count("”"):
        return True
    # A paragraph introduced by "... said:" on the line before is a block quotation.
    previous = article_text[:para].rstrip()
    return not before.strip() and previous.endswith(":") and re.search(r"\b(said|says|statement|wrote|writes|tweeted|added|told \w+)\s*:$", previous[-60:]) is not None


def make_llm_summarizer(settings: Settings) -> LLMSummarizer:
    """The LLM summarizer the settings ask for: `llm_url` (+ `llm_model`, `llm_key`) or
    `llm_model` as a .gguf path; `llm_timeout` bounds each call. The model loads on first use."""
    if not (settings.llm_url or settings.llm_model):
        raise ConfigError(
            "--method llm needs a model",
            hint="give --llm-model PATH.gguf (run in process) or --llm-url http://host:port/v1 --llm-model NAME",
        )
    from ..llm import make_backend

    return LLMSummarizer(backend_factory=lambda: make_backend(settings), timeout=settings.llm_timeout)
