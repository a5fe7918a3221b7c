"""Direct quotations and who said them.

`QuoteExtractor(nlp).extract(documents, entities)` finds every quotation (`speech.quote_spans`),
drops what is not speech (titles, programmes, nicknames, one-word scare quotes:
`speech.not_speech`), attributes each from the dependency parse of its sentence (`attribution`),
and merges the same words carried by several outlets into one `Quote` whose speaker is the most
explicit attribution any outlet gives, unknown when outlets name different people (`quote_merge`).

A quotation signed after a dash ("“...” ― Jane Roe"), opened by a transcript label ("PENCE:") or
by a social-media handle ("@jane_doe: “...”") takes that name. A quotation whose sentence has no speech verb keeps the speaker of the attribution
that introduces it: a preceding sentence ending in a colon ("The two groups said:"), an earlier
quotation in the same paragraph, the attributed sentence right before it ("..., Schiff said.
“The other factor ...”"), a paragraph of its own ending in a colon ("Caddell continued:"), or, for
a paragraph that opens with a quotation, the last quotation of the paragraph before (a quote
continued across paragraphs). Otherwise the speaker is None (unknown).

Only the sentences around quotations are parsed, all of a story's in one batch; the spaCy pipeline
is the entity tagger's own (its parser is loaded disabled and run here), so one model serves both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..types import Document, Quote, Sentence
from .announced_statements import statement_bridge
from .attribution import SPEECH_WORDS, UNKNOWN, ArticleContext, Attribution, attribute
from .claim_nouns import passed_on
from .cut_attributions import cut_speaker
from .doc_cache import run_steps
from .entities import EntityIndex
from .later_names import owner_of_words_after
from .lone_quotations import lone_speaker
from .lower_people import only_about
from .narrative_bridges import bridged_speaker
from .paraphrase_leads import other_lead, paraphrase_speaker
from .pull_quotes import echoed_speakers
from .quote_frames import byline_author, other_reporter, other_subject
from .quote_leads import statement_lead
from .quote_merge import merge_story_quotes
from .quote_sentences import window_starts
from .scare_quotes import arms_length
from .speaker_checks import age_after, titled_signature
from .speech import not_speech, quote_spans
from .speech_events import event_speaker
from .words_of import words_owner

_PARSE_STEPS = ("tok2vec", "tagger", "parser")  # no attribute ruler: attribution reads the fine tags
_OPENS_WITH_QUOTE = re.compile(r"\s*(?:''|[\"“‘'])")


@dataclass(frozen=True)
class QuoteMention:
    article_id: str
    start: int  # offsets of the quoted words (without the quote marks) in the article text
    end: int
    text: str
    speaker: str | None
    sentence: Sentence
    rank: int = 0  # how explicit the attribution is (see attribution.Attribution)


class QuoteExtractor:
    """Quotes with speakers. `nlp`: a loaded spaCy English pipeline with a parser (enabled or
    not), or an object with an `.nlp` attribute (the entity tagger); loaded on first use if None."""

    def __init__(self, nlp=None) -> None:
        self._source = nlp
        self._nlp = None

    @property
    def nlp(self):
        if self._nlp is None:
            candidate = getattr(self._source, "nlp", self._source)
            if candidate is None or "parser" not in getattr(candidate, "component_names", ()):
                from .entities import _load_spacy

                candidate = _load_spacy(None)
            self._nlp = candidate
        return self._nlp

    def parse(self, texts: list[str], starts: list[list[int]] | None = None) -> list:
        """Tokens, tags and dependencies (no NER) for each text; `starts`: sentence starts to keep."""
        # The article's sentences, not the parser's (`quote_sentences.preset_starts`); one parse per
        # distinct window and starts (`doc_cache`).
        return run_steps(self.nlp, texts, _PARSE_STEPS, starts=starts or [])

    def extract(self, documents: tuple[Document, ...], entities: EntityIndex) -> tuple[Quote, ...]:
        """All quotations, one `Quote` per distinct quotation across outlets, in order of first appearance."""
        contexts = [ArticleContext(d.article.text, d.article.id, entities, quote_spans(d.article.text)) for d in documents]
        story_roles = [(words, name) for ctx in contexts for _, words, name in ctx.roles]
        windows = [_windows(doc, ctx.quotes) for doc, ctx in zip(documents, contexts)]
        # One batch for the whole story; doubled apostrophes as quote marks confuse the
        # tokenizer, and a same-length replacement keeps the offsets.
        flat = [(k, s, e) for k, ws in enumerate(windows) for s, e in ws]
        parsed = self.parse([documents[k].article.text[s:e].replace("''", '" ').replace("―", "—") for k, s, e in flat], window_starts(documents, flat))
        by_article: list[list[tuple[int, int, object]]] = [[] for _ in documents]
        for (k, s, e), pdoc in zip(flat, parsed):
            by_article[k].append((s, e, pdoc))
        for doc, ctx in zip(documents, contexts):
            # Lower-cased text: a person introduced with a role in another outlet's article ("gene
            # simmons, frontman of kiss") is what "the kiss frontman" here points to (`lower_people`).
            ctx.sentences = [(s.start, s.end) for s in doc.sentences]
            ctx.story_contexts = contexts
        mentions: list[QuoteMention] = []
        for doc, ctx, wins in zip(documents, contexts, by_article):
            ctx.story_roles = story_roles
            mentions.extend(self.article_mentions(doc, ctx, wins))
        return merge_quotes(mentions, entities.kinds)

    def article_mentions(self, doc: Document, ctx: ArticleContext, windows: list[tuple[int, int, object]]) -> list[QuoteMention]:
        text, spans = ctx.text, ctx.quotes
        if not spans:
            return []
        paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        sentences = [(s.start, s.end) for s in doc.sentences]
        ctx.sentences = sentences
        mentions: list[QuoteMention] = []
        last_in_para: dict[int, tuple[str | None, int, int]] = {}  # speaker, rank, end of the paragraph's last quotation
        for q_start, q_end in spans:
            p = next(i for i, (s, e) in enumerate(paragraphs) if s <= q_start < e)
            base, _, pdoc = next(w for w in windows if w[0] <= q_start < w[1])
            att = _signed(text, q_start, q_end, ctx)
            if att is None:
                touched = _touched(pdoc, base, q_start, q_end, spans)
                att = attribute(touched, q_start, q_end, base, ctx, sentences)
                aged = None if att.speaker else age_after(ctx, q_start, q_end, sentences)
                if aged:  # "“...,” the 33-year-old told the paper"
                    att = Attribution(aged, 2, True)
            if att.speaker is None and not att.cue:
                cut = cut_speaker(q_start, q_end, ctx)  # "“...,” Sen. Ada Vell, a ..." and the excerpt ends (`cut_attributions`)
                att = Attribution(cut, 2, True) if cut else self._continued(pdoc, base, q_start, p, paragraphs, last_in_para, ctx, sentences, windows)
            verbless = not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in pdoc if q_start <= base + t.idx < q_end)
            term_use = _term_use(pdoc, base, q_start, q_end, att, ctx, sentences)
            if not_speech(text, q_start, q_end, has_cue=att.cue or att.speaker is not None, governed=att.governed and att.speaker is not None, term_use=term_use, verbless=verbless) or arms_length(text, q_start, q_end, att.speaker, [t.tag_ for t in pdoc if q_start <= base + t.idx < q_end]):
                continue
            if att.speaker or att.cue:
                ctx.history.append((q_start, att.speaker, att.rank))
            last_in_para[p] = passed_on(ctx, att.speaker, att.rank, q_end)  # (`claim_nouns`)
            if not att.cue:
                ctx.uncued.add(q_end)
            sentence = next((s for s in doc.sentences if s.start <= q_start < s.end), None)
            if sentence is None:
                continue
            mentions.append(QuoteMention(doc.article.id, q_start, q_end, text[q_start:q_end], att.speaker, sentence, att.rank))
        return echoed_speakers(mentions, ctx, paragraphs)  # a pull quote or crosshead: who says its words (`pull_quotes`)

    def _continued(self, pdoc, base, q_start, p, paragraphs, last_in_para, ctx, sentences, windows) -> Attribution:
        """The attribution a quotation without its own speech verb inherits."""
        text = ctx.text
        before = [s for s in pdoc.sents if base + s.end_char <= q_start]
        if before:
            prev = before[-1]
            between = text[base + prev.end_char : q_start]
            if prev.text.rstrip(" \"“”'’").endswith(":") or re.fullmatch(r"[\s:\"“”']*", between) and prev.text.rstrip().endswith(":"):
                att = attribute([prev], base + prev.end_char, base + prev.end_char, base, ctx, sentences)
                if att.speaker:
                    return Attribution(att.speaker, att.rank, True)
        if p in last_in_para:
            speaker, rank, end = last_in_para[p]
            if _someone_else(ctx, speaker, end, q_start, sentences):
                return _paraphrased(q_start, ctx, sentences)
            if end in ctx.uncued and other_subject(pdoc, base, q_start, speaker, ctx):
                # read from a clause with no speech verb ("X counted Y among those who “...”
                # because she backs a “...”"): not passed on to a clause with another subject
                return UNKNOWN
            lead = text[paragraphs[p][0] : q_start].rstrip(" \"“”'‘")
            if ctx.lower and lead and lead[-1] not in ".!?:":
                # Lower-cased text hides the names that would show someone else is quoted
                # ("... obama tells africa ' you are not alone '"): only a quotation that opens
                # its sentence continues the last speaker.
                return UNKNOWN
            if speaker is None and end in ctx.uncued and _term_before(ctx, end):
                return _paraphrased(q_start, ctx, sentences)  # after a term in quote marks ("at “high risk”"): as if none
            return Attribution(speaker, min(rank, 2), speaker is not None)
        if before and not text[base + before[-1].end_char : q_start].strip(" \"“”'‘"):
            # "..., Schiff said. “The other factor ...”": the speaker of the sentence before
            prev = before[-1]
            att = attribute([prev], base + prev.end_char, base + prev.end_char, base, ctx, sentences)
            if att.speaker and att.cue and not other_lead(prev, base, att.speaker, ctx, sentences):  # (`paraphrase_leads`)
                return Attribution(att.speaker, min(att.rank, 2), True)
        opens = _OPENS_WITH_QUOTE.match(text, paragraphs[p][0]) and q_start - paragraphs[p][0] <= 3
        prior = next((k for k in range(p - 1, -1, -1) if paragraphs[k][1] > paragraphs[k][0] and text[paragraphs[k][0] : paragraphs[k][1]].strip()), None)
        if opens and prior is not None and text[paragraphs[prior][0] : paragraphs[prior][1]].rstrip().endswith(":"):
            # "Caddell continued:" as a paragraph of its own, the quotation in the next one
            end = paragraphs[prior][1]
            window = next((w for w in windows if w[0] <= end - 1 < w[1]), None)
            if window is not None:
                att = attribute(list(window[2].sents), end, end, window[0], ctx, sentences)
                if att.speaker:
                    return Attribution(att.speaker, att.rank, True)
        if p - 1 in last_in_para and _OPENS_WITH_QUOTE.match(text, paragraphs[p][0]) and q_start - paragraphs[p][0] <= 3:
            speaker, rank, end = last_in_para[p - 1]
            if _someone_else(ctx, speaker, end, q_start, sentences):
                return _paraphrased(q_start, ctx, sentences)
            return Attribution(speaker, min(rank, 2), speaker is not None)
        return _paraphrased(q_start, ctx, sentences)


def _term_before(ctx: ArticleContext, end: int) -> bool:
    """Whether the quotation ending at `end` is a short term inside a sentence (at most six words, no
    sentence end in it: "at “high risk of severe illness”"), not a quoted sentence whose speaker
    was lost (a cut "Del." left one unknown: the next quotation is still that person's, not the
    paraphrase before it; PolNeAR, read after the final run)."""
    words = next((ctx.text[s:e] for s, e in ctx.quotes if e == end), "")
    return 0 < len(words.split()) <= 6 and not re.search(r"[.!?]", words)


def _paraphrased(q_start: int, ctx: ArticleContext, sentences: list[tuple[int, int]]) -> Attribution:
    """"X said ... the ruling is clear. / “...”": the paraphrased speaker of the sentence right before (`paraphrase_leads`)."""
    named = paraphrase_speaker(q_start, ctx, sentences) or bridged_speaker(q_start, ctx, sentences) or owner_of_words_after(q_start, ctx, sentences) or statement_bridge(q_start, ctx, sentences) or event_speaker(q_start, ctx, sentences) or lone_speaker(q_start, ctx, sentences)  # (`narrative_bridges`, `later_names`, `announced_statements`, `speech_events`, `lone_quotations`)
    return Attribution(named, 2, True) if named else UNKNOWN


def _term_use(pdoc, base: int, q_start: int, q_end: int, att: Attribution, ctx: ArticleContext, sentences: list[tuple[int, int]]) -> bool:
    """Whether a quotation without a known speaker is used as a term rather than quoted as words:
    it modifies a noun outside the quote marks (“forced arbitration” clauses), or it has no verb,
    no speech verb closely governing it, and its sentence names nobody (no person or body outside
    quotes) who could have said it (That sort of “social distancing” is ...). When the sentence
    names someone ("Trump admires Putin as a “strong leader”") it may be their words: kept."""
    inside = [t for t in pdoc if q_start <= base + t.idx < q_end]
    top = [t for t in inside if not (q_start <= base + t.head.idx < q_end)]
    if att.speaker is not None:
        return False  # "called for “common-sense” solutions": the speaker's own word
    if any(t.dep_ in ("compound", "amod", "nmod") and t.head.i > t.i and t.head.tag_ in ("NN", "NNS") for t in top):
        return True
    verbless = not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in inside)
    articles = [c for t in top for c in t.children if c.dep_ == "det" and c.lower_ in ("a", "an") and base + c.idx < q_start]
    if verbless and articles and (any(t.dep_ == "conj" for t in top) or _LISTED.search(ctx.text, max(0, base + articles[0].idx - 40), base + articles[0].idx)):
        # "includes ..., a “24k gold facial,” locally grown oranges, and — naturally — an
        # “18-minute session.”": an item of a list of things, not words said ("praised Putin as a
        # “strong leader”", "calls for a “special meeting”" are not in a list: kept).
        return True
    if not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in inside) and _LIST_ITEMS.fullmatch(ctx.text, q_start, q_end) and _RUNS_ON.match(ctx.text, q_end):
        return True  # "go to “piers, ferries” and other works": items of a list that runs on past the marks
    if att.governed or any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in inside):
        return False
    s_start, s_end = next(((s, e) for s, e in sentences if s <= q_start < e), (q_start, q_end))
    return not any(s_start <= s < s_end and not ctx.in_quote(s) and ctx.kind(n) in ("person", "organization", "group") for s, _, n in ctx.mentions)


_LIST_ITEMS = re.compile(r"[\w-]+(?: [\w-]+){0,2}(?:, [\w-]+(?: [\w-]+){0,2})+,?")
_RUNS_ON = re.compile(r"[\s\"”'’]*,?\s*(?:and|or)\s")
_LISTED = re.compile(r"(?:,|\band|\bor)\s*(?:[—–-][^—–\n]{0,20}[—–-]\s*)?$")


def _someone_else(ctx: ArticleContext, speaker: str | None, end: int, q_start: int, sentences: list[tuple[int, int]]) -> bool:
    """Whether a sentence after the one holding the previous quotation (which ends at `end`) and
    before this one names another person or body outside quotations ("“...,” wrote a Google
    spokeswoman. A Yahoo rep emailed to restate its policy: “...”"): then the quotation does not
    simply continue the previous speaker. The previous quotation's own attribution ("..., said
    Smith, of the Brookings Institution.") does not count."""
    if speaker is None:
        return False
    if other_reporter(ctx, speaker, end, q_start, _SPEECH_WORD):
        return True
    after = next((e for s, e in sentences if s <= end - 1 < e), end)
    if ctx.lower and any(after <= s and e <= q_start and not any(s <= qs < e for qs, _ in ctx.quotes) and not _speech_outside(ctx.text, s, e, ctx.quotes) and not only_about(speaker, s, e, ctx) for s, e in sentences):
        # Lower-cased text hides the names the tagger would see: a whole sentence between that
        # neither quotes nor reports speech may name someone else ("... founded in 1873 by adolph
        # coors"), unless it is only about the speaker ("lohnes was sent to investigate.").
        return True
    mine = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", speaker)}
    for s, e, name in ctx.mentions:
        if after <= s < q_start and not ctx.in_quote(s) and ctx.kind(name) in ("person", "organization", "group"):
            if not {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", name)} & mine:
                return True
    return False


_SIGNATURE = re.compile(r"[\s\"”'’]*[―—–]\s*((?:[A-Z][\w.'’-]*\s?){1,8})\s*(?:[.,(]|\n|$)")
_HANDLE = re.compile(r"(@\w{2,30}):\s*(?:''|[\"“])$")
_TRANSCRIPT = re.compile(r"([A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,2}):\s")


def _signed(text: str, q_start: int, q_end: int, ctx: ArticleContext) -> Attribution | None:
    """A quotation signed after a dash ("“...” ― Jane Roe") or opened by a transcript's speaker
    label ("PENCE: Well, ..."): the name given there."""
    label = _TRANSCRIPT.match(text, q_start, q_end)
    m = label or _SIGNATURE.match(text, q_end)
    handle = _HANDLE.search(text, max(0, q_start - 40), q_start)
    if not m and handle:
        return Attribution(handle.group(1), 3, True)  # "@jane_doe: “...”", a tweet quoted with its author
    author = None if m else byline_author(text, q_start, ctx) or statement_lead(text, q_start, ctx) or words_owner(text, q_start, ctx)
    if author:
        return Attribution(author, 3, True)  # "“Title,” by Ada Vance: “...”", "Below is Vance's statement: “...”", "(in Vance's words) “...”" (`words_of`)
    if not m:
        return None
    name = m.group(1).strip() if label else titled_signature(ctx, m.start(1), m.end(1), m.group(1).strip())
    if not name:
        return None  # "— Harbour Board Chair," names no one
    if label:
        name = name.title()
    return Attribution(ctx.full_name(name), 3, True)


def _touched(pdoc, base: int, q_start: int, q_end: int, spans: list[tuple[int, int]] = ()) -> list:
    """The parsed sentences a quotation touches, plus a short attribution sentence right after it
    ("“... the Republican Party is?” Graham asked.")."""
    sents = list(pdoc.sents)
    idx = [k for k, s in enumerate(sents) if base + s.start_char < q_end and base + s.end_char > q_start]
    if not idx:
        return []
    touched = [sents[k] for k in idx]
    nxt = idx[-1] + 1
    if nxt < len(sents) and base + sents[idx[-1]].end_char - q_end <= 3:
        tail = sents[nxt]
        words = [t for t in tail if not t.is_punct and not t.is_space]
        # A nickname in the attribution ("Marcia “Cia” Price shouted") is no new quotation.
        quoted = re.findall(r"[\"“]([^\"“”]*)[\"”]?", tail.text)
        # Nor is a line that quotes words of its own ("obama tells africa ' you are not alone '").
        own = [e - s for s, e in spans if base + tail.start_char <= s < base + tail.end_char and len(pdoc.text[s - base : e - base].split()) > 2] if spans else []
        if len(words) <= 20 and all(len(q.split()) <= 2 for q in quoted) and not own and not tail.text.rstrip().endswith(":"):
            touched.append(tail)
    return touched


_SPEECH_WORD = re.compile(r"(?i)\b(?:according|" + "|".join(sorted(SPEECH_WORDS, key=len, reverse=True)) + r")\b")


def _speech_outside(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether text[start:end], quotations blanked out, holds a speech word."""
    chars = list(text[start:end])
    for s, e in spans:
        for i in range(max(s, start), min(e, end)):
            chars[i - start] = " "
    return bool(_SPEECH_WORD.search("".join(chars)))


def _windows(doc: Document, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of text to parse: for each quotation, its paragraph's sentences from the one
    where it starts (or the one before, when that ends in a colon) to the one where it ends."""
    text = doc.article.text
    out: list[tuple[int, int]] = []
    extra: list[tuple[int, int]] = []
    sents = doc.sentences
    for q_start, q_end in spans:
        p_start = text.rfind("\n", 0, q_start) + 1
        p_end = text.find("\n", q_start)
        p_end = len(text) if p_end < 0 else p_end
        first = next((k for k, s in enumerate(sents) if s.start <= q_start < s.end), None)
        last = next((k for k, s in enumerate(sents) if s.start < q_end <= s.end), first)
        start = sents[first].start if first is not None else p_start
        end = sents[last].end if last is not None else p_end
        # Neighbouring sentences are parsed only when the quotation's own have no speech word
        # outside quotes (parsing is most of the cost).
        own_cue = _speech_outside(text, start, end, spans)
        opens_sentence = not text[start:q_start].strip(" \"“”'‘")
        if first and sents[first - 1].start >= p_start and (opens_sentence and not own_cue or text[p_start:start].rstrip(" \"“”'").endswith(":")):
            start = sents[first - 1].start  # the sentence before may introduce the quotation
        if not own_cue and last is not None and last + 1 < len(sents) and sents[last].end - q_end <= 3:
            end = sents[last + 1].end  # room for an attribution split off after "?”" or "!”"
        start, end = max(p_start, min(start, q_start)), min(p_end, max(end, q_end))
        if q_start - p_start <= 3:
            # A paragraph that opens with the quotation: its introduction may be the paragraph
            # before, when that ends in a colon ("Caddell continued:").
            before = text[:p_start].rstrip()
            if before.endswith(":"):
                intro = max(before.rfind("\n") + 1, next((s.start for s in reversed(sents) if s.start < len(before)), 0))
                extra.append((intro, len(before)))
        if out and start < out[-1][1] and text.rfind("\n", 0, out[-1][0]) == text.rfind("\n", 0, start):
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out + [w for w in dict.fromkeys(extra) if not any(s <= w[0] < e for s, e in out)]


def extract_quotes(documents: tuple[Document, ...], entities: EntityIndex, *, extractor: QuoteExtractor | None = None) -> tuple[Quote, ...]:
    """All quotations with speakers (a new extractor, which loads spaCy, unless one is given)."""
    return (extractor or QuoteExtractor()).extract(documents, entities)


def merge_quotes(mentions: list[QuoteMention], kinds: dict[str, str] | None = None) -> tuple[Quote, ...]:
    """One `Quote` per distinct quotation across the story's articles (`quote_merge`)."""
    return merge_story_quotes(mentions, kinds)
