"""Lead with the news: which articles report the latest development, which are stale previews or
opinion, and the story's headline.

- `stages(documents)` gives each document a stage: `PREVIEW` when its lead looks forward to the
  event ("is set for a crunch meeting", "will hold ... later today", "is expected to"), `REPORT`
  otherwise, and `OPINION` when it argues in the first person or calls itself opinion.
- `latest(documents, stages)` are the documents that say what happened last: the latest
  publication date among the reports (all reports when undated).
- When a story has both previews and reports, the summarizer opens with a sentence from the
  latest reports, and leaves out the previews' forward-looking sentences (the event has happened).
  Opinion articles' own claims are not chosen while news articles are there.
- `news_lead(text)`: when the articles do not span previews and reports (most clusters), the
  summary still opens on the news: a sentence from the top of an article (its first two) that
  ties an event to a time ("on Sunday", "this week", "over the last 10 days"), the shape of a news
  lead; failing that, one about something newly out ("a new report"). Feature openings (a "this tale is as old as time" kind of line),
  background ("Trump pledged that ...") and scene-setting carry no such anchor.
- `story_headline(report_or_documents, summary)`: the headline of the story: the title of the
  article that the summary's lead sentence cites when it is a real headline about the story and
  that article is not an opinion piece (`stage`, `opinion.opinion_documents`); else the title of
  another article the lead cites, or of a latest report whose words are the lead's (session 24);
  else the lead sentence itself. A source's name before a colon ("CDC: ...") is no page label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lang.en import STOP_WORDS
from ..text.furniture import furniture_kind
from .copy_edges import has_widget
from .trim import display
from ..text.tokens import content_terms, stem
from .repeats import _SAYING
from .lead_anchor import main_clause
from ..types import Document, Summary

PREVIEW, REPORT, OPINION = "preview", "report", "opinion"

# Looking forward to an event that has not happened yet. Bare "will" is not enough: "Trump will not
# take part in the debate" is itself the news.
FUTURE = re.compile(
    r"\b(?:(?:is|are)\s+(?:set|expected|due|scheduled|poised|slated)\s+(?:to|for)|ahead\s+of\s+(?:a|an|the|his|her|their|its|this|next)\s+(?:\w+\s+)?(?:meeting|vote|talks|summit|election|hearing|trial|verdict|ruling|decision|debate|visit|announcement|deadline|launch|speech|referendum|crunch)\b|"
    r"later\s+(?:today|tonight|this\s+(?:week|month))|tomorrow|(?:is|are)\s+to\s+(?:meet|vote|decide|rule|announce|hold|face|testify)|"
    r"will\s+(?:hold|meet|vote|decide|rule|announce|face|testify|deliver|hear|debate|sign|unveil|consider|gather|convene))\b",
    re.I,
)
# A news lead ties the event to a time: a weekday, today/yesterday/this week, a recent span, or a
# newly released report/poll/study/footage. Bounded alternations, linear in the sentence length.
NEWS_ANCHOR = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"\b(?:yesterday|today|tonight|this\s+(?:week|morning|afternoon|evening|weekend)|last\s+(?:night|week|weekend)|"
    r"(?:the\s+)?(?:last|past)\s+(?:\w+\s+)?(?:days|weeks|hours))\b",
    re.I,
)
# Weaker: something newly out (a report, a poll, footage) with no day; an older article's lead
# reads the same way, so these lead only when no article's lead has a day.
NEW_THING = re.compile(r"\bnew(?:ly)?\s+(?:\w+\s+)?(?:report|poll|polls|polling|study|data|figures|survey|footage|video|documents?|filing|ruling)\b", re.I)
# Sentences from the top of each article that may carry its news lead.
LEAD_WINDOW = 2
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|my|me|myself)\b")
_POST_VOICE = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|my|me|we|us|our)\b")
_OPINION_MARK = re.compile(r"(?i)^\W{0,3}(?:opinion|op-ed|editorial|commentary|column|analysis|perspective)\b|\|\s*opinion\b")
_RELATIVE_FUTURE = re.compile(r"\b(?:that|which|who)\s+(?:[a-z]+\s+)?will\s+[a-z]+")
_QUOTED = re.compile(r"\"[^\"]{0,2000}\"|“[^”]{0,2000}”")


def stage(document: Document) -> str:
    """PREVIEW, REPORT or OPINION, from the title and the first sentences."""
    title = document.article.title or ""
    lead = [s.text for s in document.sentences[:3]]
    if _OPINION_MARK.search(title) or (lead and _OPINION_MARK.search(lead[0])) or declared_genre(document.article):
        return OPINION
    # First person in the writer's own voice: sentences of the lead with no quotation marks at all
    # (a quotation running over several sentences would otherwise count).
    own, open_quote = [], False
    for s in document.sentences[:5]:
        marks = s.text.count('"') + s.text.count("“") + s.text.count("”")
        if not marks and not open_quote:
            own.append(s.text)
        if marks % 2:
            open_quote = not open_quote
    own = " ".join(own)
    if len(_FIRST_PERSON.findall(own)) >= 3:
        return OPINION
    # A short post in the writer's own voice (a tweet, a status: "... long before I announced",
    # "make us all proud!"): whose words these are is not on the page.
    if len(document.sentences) <= 5 and len(document.article.text.split()) <= 80 and _POST_VOICE.search(own):
        return OPINION
    first = _QUOTED.sub(" ", lead[0]) if lead else ""  # the lead sentence says what the article is about
    # "The House gave final passage to a bill that will deliver checks": a future in a relative
    # clause describes a thing, not the event the lead reports (heldout12 lost its news lead so)
    first = _RELATIVE_FUTURE.sub(" ", first)
    return PREVIEW if FUTURE.search(first) else REPORT


def declared_genre(article) -> str | None:
    """What the page says it is (`read.genre.article_genre`): an opinion piece, editorial, column or
    analysis is all the writer's voice (session 18)."""
    from ..read.genre import article_genre

    return article_genre(article)


def stages(documents: Sequence[Document]) -> list[str]:
    return [stage(d) for d in documents]


def latest(documents: Sequence[Document], kinds: Sequence[str]) -> set[int]:
    """Indices of the documents that report what happened last (see module docstring)."""
    reports = [k for k, s in enumerate(kinds) if s == REPORT]
    if not reports:
        return set()
    dated = [documents[k].article.published for k in reports if documents[k].article.published]
    if not dated:
        return set(reports)
    newest = max(dated)
    # an undated report counts as current when nothing dated is newer than the previews
    return {k for k in reports if documents[k].article.published in (None, newest)}


def news_lead(text: str) -> int:
    """How strongly this sentence reads as a news lead: 2 for an event tied to a day or a recent
    span, 1 for something newly out (a report, a poll), 0 otherwise (or when it looks forward)."""
    if FUTURE.search(_RELATIVE_FUTURE.sub(" ", text)) or text[:1] in "\"“'‘":
        return 0
    plain = _QUOTED.sub(" ", text)
    # (session 14) a day in a clause of another event ("... was finished before X announced this week") is not the lead's
    return 2 if NEWS_ANCHOR.search(main_clause(plain)) else 1 if NEW_THING.search(plain) else 0


# Two articles' leads that say the same news (tenth session): a static cosine of at least the 75th
# percentile of lead pairs of one event (300 Multi-News train clusters, eighth session; not tuned
# on dev) and a main verb in common.
LEAD_REPEAT_COSINE = 0.63
# The median of that cosine (the same 300 train clusters, eleventh session; not tuned on dev): the
# bar for the stronger evidence of one act named twice or one person introduced twice (`same_lead`).
LEAD_EVENT_COSINE = 0.50
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
# Verbs too light to say what happened ("is", "has", "said").
_LIGHT_VERBS = frozenset("be is are was were been has have had do does did say said says make made get got".split())


def lead_rows(doc_index, sentence_index) -> frozenset[int]:
    """Rows that are the first sentence their article still has (after furniture)."""
    first: dict[int, int] = {}
    for row, (k, i) in enumerate(zip(doc_index, sentence_index)):
        if int(k) not in first or i < sentence_index[first[int(k)]]:
            first[int(k)] = row
    return frozenset(first.values())


def numbers(text: str) -> set[str]:
    return set(_NUMBER.findall(text))


def other_figures(text: str, said: Sequence[str], rival: str) -> bool:
    """Does `text`, a lead re-announcing the `rival` lead's news, give a figure the summary
    (`said`) lacks while the rival gives one it lacks ("$484 billion" / "nearly $500 billion")?
    Shown together, the reader sees one act with two figures."""
    new = numbers(text)
    return bool(new - set().union(set(), *map(numbers, said))) and bool(numbers(rival) - new)


def same_lead(vectors, doc_index, leads: frozenset[int], i: int, j: int, verbs, subjects=None, texts=None) -> bool:
    """Do rows `i` and `j`, the leads of two articles, announce the same news: a static cosine of
    at least LEAD_REPEAT_COSINE and a main verb in common (`verbs(rows)` -> {row: stems of its main
    verbs}, repeats.frame; None without a parser: not judged)? The articles of one story all lead
    with its news; a second outlet's lead re-announces it with another name, day or detail ("X
    signed an order Wednesday boosting ..." after "X signed an order Wednesday aimed at ...").
    Outlets often say it with another verb ("went to bat for" / "defended", "ruled" / "ordered"):
    with `subjects(rows)` -> {row: stems of its main subjects}, two leads that close whose main
    subjects share an actor ("McConnell", "the judge") and that name no different day are the
    same news too (`texts`: the rows' sentences, for the day)."""
    if i not in leads or j not in leads or int(doc_index[i]) == int(doc_index[j]):
        return False
    cosine = float(vectors[i] @ vectors[j])
    if cosine < LEAD_EVENT_COSINE:
        return False
    main = verbs([i, j])
    if main is None:
        return False
    if cosine >= LEAD_REPEAT_COSINE and (main[i] - _LIGHT_VERBS) & main[j]:
        return True
    actors = subjects([i, j]) if subjects is not None else None
    if not actors:
        return False
    days = [set(_DAY.findall(_QUOTED.sub(" ", texts[r]).lower())) if texts is not None else set() for r in (i, j)]
    if days[0] and days[1] and not days[0] & days[1]:
        return False  # another day: another event
    words = [{a for a in actors[r] if a[:1] not in _MARKS} for r in (i, j)]
    if cosine >= LEAD_REPEAT_COSINE and (words[0] & words[1]) - STOP_WORDS:
        return True
    if reintroduced(main, actors, i, j):
        return True
    # The same day named in both, and one lead's verb the act the other names by a noun wherever
    # its clause puts it ("his resignation as director on Tuesday underscored ..." / "... adviser
    # resigned Tuesday").
    named = [{"=" + a[1:] for a in actors[r] if a[:1] == _NAMED} for r in (i, j)]
    return bool(days[0]) and days[0] == days[1] and (_same_act(main[i], named[1]) or _same_act(main[j], named[0]))


def reintroduced(main, actors, i: int, j: int) -> bool:
    """The stronger evidence `same_lead` takes at LEAD_EVENT_COSINE, with no word needed in common
    (`main`, `actors`: {row: stems} as `same_lead` gets them): one lead's verb is the other's
    noun for the act ("is investigating" / "is under investigation"), or both introduce one person
    by the same description, as if new ("A third woman came forward" / "A third woman has gone
    public"; "a fierce critic of X" / "a prominent critic of X")."""
    return _same_act(main[i], actors[j]) or _same_act(main[j], actors[i]) or bool({a for a in actors[i] & actors[j] if a[:1] == _DESCRIBED})


def same_event(vectors, doc_index, i: int, j: int, verbs, subjects, texts) -> bool:
    """Do rows `i` and `j`, sentences of two articles (leads or not), report one event: the same
    day named in both (and no other), a main verb in common (light verbs aside), a subject in common
    (`actors`), and a static cosine of at least LEAD_EVENT_COSINE? "Early Monday, the Lee statue
    was removed from the collection" after "X said Monday the statue of Lee has been removed from
    the Capitol" re-announces the removal; an outlet adds a place or a detail, not an event. On
    neus_val100 and fulltext_dev46, every one of the 19 sentence pairs this takes is one event by
    reading (most of them leads, which `same_lead` already takes). `verbs`, `subjects`: callbacks
    as for `same_lead`; `texts`: the rows' sentences."""
    if int(doc_index[i]) == int(doc_index[j]):
        return False
    days = [set(_DAY.findall(_QUOTED.sub(" ", texts[r]).lower())) for r in (i, j)]
    if not days[0] or days[0] != days[1] or float(vectors[i] @ vectors[j]) < LEAD_EVENT_COSINE:
        return False
    main = verbs([i, j])
    if main is None or not (main[i] - _LIGHT_VERBS) & main[j]:
        return False
    who = subjects([i, j])
    return bool(who) and bool({a for a in who[i] & who[j] if a[:1] not in _MARKS} - STOP_WORDS)


def actors(parsed, subjects) -> set[str]:
    """Who a lead is about: `subjects` (repeats.frame's, the claim's subjects), the subject of each
    sentence's root even when it is a verb of saying ("Biden announced he's running": the frame
    drops the source and the pronoun), and a name the root acts on ("a judge granted a reprieve to
    TikTok" is about TikTok as much as "TikTok has avoided a block")."""
    out = set(subjects)
    for sent in parsed.sents:
        heads = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
        # The subject the sentence opens with, wherever the parse attached it: a lead says who
        # acted first ("President Trump called U.S. troops deployed ...", parsed with "deployed"
        # as the root and Trump the subject of a modifier). Not a subordinate clause's subject
        # ("After the mayor resigned, ..."): its phrase does not open the sentence.
        opening = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")), None)
        if opening is not None and opening.pos_ != "PRON" and opening.left_edge.i == sent.start:
            heads.append(opening)
        out.update(stem(c.lower_) for c in heads)
        # A common noun's name modifiers say whose they are ("Secret Service agents" and "Secret
        # Service officers" are the same service's people); a name's own parts ("President" in
        # "President Trump") are not added.
        for c in heads:
            if c.pos_ == "NOUN":
                out.update(stem(m.lower_) for k in c.children if k.dep_ == "compound" and k.pos_ == "PROPN" for m in k.subtree if m.pos_ == "PROPN" and not _PLACE_ABBREVIATION.match(m.text))
        # Whose act the root's object is ("disputed a video promoted by the Trump campaign": the
        # lead is about the campaign as much as "The Trump campaign is falsely claiming ...").
        for o in sent.root.children:
            if o.dep_ in ("dobj", "attr"):
                for agent in (a for acl in o.children if acl.dep_ == "acl" for a in acl.children if a.dep_ == "agent"):
                    for p in agent.children:
                        if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN"):
                            out.add(stem(p.lower_))
                            out.update(stem(m.lower_) for m in p.children if m.dep_ in ("poss", "compound") and m.pos_ == "PROPN")
        for c in sent.root.children:
            objs = [c] if c.dep_ in ("dobj", "dative") and c.pos_ != "ADP" else [p for p in c.children if p.dep_ == "pobj"] if c.dep_ in ("prep", "dative") else []
            out.update(stem(o.lower_) for o in objs if o.pos_ == "PROPN" and not _DAY.fullmatch(o.lower_) and o.ent_type_ not in ("DATE", "TIME"))
    return out | _marks(parsed)


# Marks `actors` adds that are not words (`same_lead`): "=x", an act named by a noun of the lead's
# core ("his resignation", "under investigation"); "@x ...", a person or thing introduced by an
# indefinite description ("a third woman" as the subject, "a critic of X" anywhere).
_ACT, _DESCRIBED, _NAMED = "=", "@", "~"
_MARKS = (_ACT, _DESCRIBED, _NAMED)
# What a verb's stem becomes in its noun (text.tokens.stem): "resign" / "resignat(ion)", "remov" /
# "removal", "impos" / "imposit(ion)", "fail" / "failur(e)", "investigat" / "investigat(ion)".
_NOUN_ENDINGS = frozenset({"", "at", "al", "it", "ur", "anc", "enc"})


def _marks(parsed) -> set[str]:
    out: set[str] = set()
    for sent in parsed.sents:
        # the claim of a verb of saying ("X is under investigation, the paper reported")
        roots = [c for c in sent.root.children if c.dep_ == "ccomp"] if stem(sent.root.lower_) in _SAYING else [sent.root]
        for root in roots:
            # any act named by a noun as a subject or object of the main clause or its conjuncts
            for v in [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]:
                out.update(_NAMED + stem(t.lower_) for t in v.children if t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.pos_ == "NOUN")
            if root.lower_ in _LIGHT_VERBS:
                # "X is under investigation", "X has the approval of ...": the noun names the act (not
                # "X's nomination appeared in jeopardy": there the news is the jeopardy)
                core = [c for c in root.children if c.dep_ in ("dobj", "attr")]
                core += [p for c in root.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
                out.update(_ACT + stem(t.lower_) for t in core if t.pos_ == "NOUN")
        for t in sent:
            if t.pos_ != "NOUN":
                continue
            first = t
            while first.dep_ == "conj" and first.head.pos_ == "NOUN":
                first = first.head  # "a businessman and chief critic of X": the article is the first noun's
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in first.children):
                continue
            head = stem(t.lower_)
            out.update(f"{_DESCRIBED}{head} of {stem(p.lower_)}" for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN")
            if first.dep_ in ("nsubj", "nsubjpass"):
                out.update(f"{_DESCRIBED}{head} {stem(c.lower_)}" for c in t.children if c.dep_ in ("amod", "nummod", "compound"))
    return out


def _same_act(verbs, marks) -> bool:
    """Is a main verb of one lead (`verbs`, stems) the act another lead names by a noun (`marks`)?"""
    nouns = [m[1:] for m in marks if m[:1] == _ACT]
    return any(len(v) >= 4 and n.startswith(v) and n[len(v):] in _NOUN_ENDINGS for v in set(verbs) - _LIGHT_VERBS for n in nouns)


# "U.S. troops", "UK officials": a country is no actor.
_PLACE_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]{2,3}$")
_DAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)\b")


def has_development(kinds: Sequence[str]) -> bool:
    """Do the articles span a development (some look forward to the event, some report it)?"""
    return PREVIEW in kinds and REPORT in kinds


def story_headline(report_or_documents, summary: Summary | None = None) -> str:
    """The story's headline: the title of the article the summary's lead sentence cites, when that
    title is a headline about the story (at least four words, not furniture, sharing a content word
    with the summary); else the lead sentence of the summary; else the best title available.

    `report_or_documents` is a `StoryReport` (its `documents` and `summary` are used) or a
    sequence of `Document`s with `summary` given."""
    documents = list(getattr(report_or_documents, "documents", report_or_documents))
    summary = summary if summary is not None else getattr(report_or_documents, "summary", None)
    sentences = summary.sentences if summary is not None else ()
    summary_terms = {t for s in sentences for t in content_terms(s.text)}
    by_id = {d.article.id: d for d in documents}

    def good(title: str | None) -> bool:
        if not title or len(title.split()) < 4 or furniture(_source_label(title)):
            return False
        return not summary_terms or bool(summary_terms & set(content_terms(title)))

    def furniture(text: str) -> bool:
        """Page furniture is never a headline: a caption, a credit, a widget (`text.furniture`,
        `copy_edges.has_widget`)."""
        return furniture_kind(text) is not None or has_widget(text)

    def argued(document: Document) -> bool:
        """An opinion piece's title argues its thesis, and so does an analysis piece's speculating title
        (`headline_argues`): it is never the story's headline."""
        from .headline_argues import argues_as_headline
        from .opinion import opinion_documents

        return stage(document) == OPINION or bool(opinion_documents([document])) or argues_as_headline(document)

    kinds = stages(documents)
    current = latest(documents, kinds)
    if sentences and sentences[0].citations:
        # the title of the lead's article, else of an article the lead also cites (it says the same)
        cited = [by_id.get(c.article_id) for c in sentences[0].citations]
        for lead in dict.fromkeys(d for d in cited if d is not None):
            if good(lead.article.title) and not argued(lead):
                return _clean_title(lead.article.title)
        # else a latest report's title telling the lead's news: most of its words are the lead's
        # (session 24: a 22-word lead sentence named a story whose three articles had short headlines)
        telling = _telling_title(sentences[0].text, [documents[k] for k in sorted(current)], lambda d: good(d.article.title) and not argued(d))
        if telling is not None:
            return telling
        # the lead sentence, or the first summary sentence that is not a quotation; never a
        # marked opinion sentence (opinion_marked.py: a view is no headline)
        # nor page furniture the selection let through (a caption and its credit, a widget)
        news = [s for s in sentences if getattr(s, "opinion_of", None) is None and not furniture(s.text)]
        if news:
            # a headline opens on a capital, as the summary shows a trimmed part (a copy's dropped
            # dateline or share button left "mitt romney was mum ...")
            return display(next((s.text for s in news if s.text[:1] not in "\"“'‘"), news[0].text))
    for k in sorted(range(len(documents)), key=lambda k: (k not in current, k)):
        if good(documents[k].article.title) and not argued(documents[k]):
            return _clean_title(documents[k].article.title)
    # every sentence a marked opinion and no news title: the lead piece's title, said to be opinion
    lead = by_id.get(sentences[0].citations[0].article_id) if sentences and sentences[0].citations else None
    if lead is not None and good(lead.article.title):
        title = _clean_title(lead.article.title)
        return title if _OPINION_MARK.search(title) else f"Opinion: {title}"
    return "Untitled story"


# A headline may open on its source, "CDC: Fully vaccinated people ...": a name, not a page's label
# ("WATCH:", "INTERACTIVE MAP:"), which `text.furniture` flags as a transcript or section label.
_SOURCE_LABEL = re.compile(r"^(?!(?:WATCH|VIDEO|PHOTOS?|LIVE|LISTEN|UPDATED?|BREAKING|EXCLUSIVE|MAP|OPINION|ANALYSIS|EDITORIAL|PODCAST|GALLERY|TRANSCRIPT)\b)[A-Z][A-Z.&-]{1,7}:\s+(?=\S)")


def _source_label(title: str) -> str:
    """The title without a source's name before a colon ("CDC: ..."), the part judged for furniture."""
    return _SOURCE_LABEL.sub("", title.strip(), count=1)


def _telling_title(lead: str, documents: Sequence[Document], usable) -> str | None:
    """The title, among `documents`' usable ones, that shares the most content words with the lead
    sentence, when at least two and at least half of its own are the lead's; else None."""
    lead_terms = set(content_terms(lead))
    best, best_shared = None, 1
    for d in documents:
        if not usable(d):
            continue
        terms = set(content_terms(d.article.title))
        shared = len(terms & lead_terms)
        if shared > best_shared and 2 * shared >= len(terms):
            best, best_shared = d, shared
    return _clean_title(best.article.title) if best is not None else None


def _clean_title(title: str) -> str:
    """A title without a trailing site name ("... | DW | 19.01.2020", "... - BBC News")."""
    t = title.strip()
    t = re.split(r"\s+[|]\s+", t)[0]
    t = re.sub(r"\s+[-–—]\s+(?:[A-Z][\w.]*\s?){1,4}$", "", t) if len(t.split()) > 6 else t
    return t.strip()
