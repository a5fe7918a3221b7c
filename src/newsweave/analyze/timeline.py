"""Timeline: dated events from every article, resolved against each article's publication date.

Each sentence with a date expression becomes an event (the sentence is its text, the expression
is kept). With a spaCy pipeline (`nlp`, the analyzer's), the date is read the way a reader reads
it, from the dependency parse of its sentence:
- the expression is attached to the verb it modifies, and that verb's tense decides which way a
  bare weekday or a month without a year points ("are boycotting a round table … on Wednesday"
  in a Tuesday article → the next day; "said Sunday she will …" → the Sunday before). A date on
  a noun that is "ahead of" something is in the future; a participle modifying a noun
  ("a round table organised … on Wednesday") takes the tense of its clause.
- a date inside what someone is said to claim, allege or believe ("suspended since 2016 for
  claiming Hitler supported … in the 1930s") dates the claim's content, not an event of the story:
  it is left out; a date on the claim verb itself ("insisted in June that …") dates the claiming.
- a month without a year after one written with its year in the same sentence is in that year
  ("take office in January 2027, run in a special election in November").
- "today" inside a quotation is the day the words were said when the sentence or the one before
  dates them ("… Today I handed in my resignation," she tweeted on Tuesday).
- "Today's debate …" inside a quotation is the present age: not dated.
- a weekday a plan points to ("a vote was set for Saturday", "arranged the vote for Saturday") is
  still to come, whatever the tense of the verb stating the plan; a comparison's baseline ("up
  from June", "the highest since 2013", "than in 2013") is not an event (`timeline_syntax`).
- "on that day" is the calendar day the article named just before (same sentence, else the
  nearest of the three sentences before that names one), only when that is a single day.
- (session 13) "since 2008", "before 2009" in a negated clause ("have not cast a ballot since 2008",
  "not audited before 2009") bound an absence: not an event, unless told as one ("since 1982, when
  …"); a plain span start ("has lived there since 2013") and "since last month" are still read. A quotation the next sentence calls a lie or false ("… her campaign of 2008
  started …," he said. That comment is a lie.) dates nothing. "upcoming" on a noun ("X's opponent in
  the upcoming election, called Friday …") does not make the clause future.
- (session 13, part 2) a modelled hypothetical ("… if America were to …: By 2019, the trade war would
  cost …") dates nothing (`timeline_text.hypothetical`); "Ahead of Friday's meeting, they unveiled …" (a past
  verb) is the nearer Friday, not always the next one.
- (session 15, `timeline_relative`) "up 4% from a year ago" is a baseline; "from March to April" reads the end
  month too; "the night before" / "the next day" is the day before/after the one stated just before.
- (session 25, `timeline_detail`) a date in a side detail (on a noun, or in a clause on a noun: "X, one of
  the 2016 fund-raisers, was arrested on Tuesday") is shown with its phrase as the entry's text, not the sentence,
  when the main clause has another date or the detail's date is before the article's month; the citation is
  still the sentence.
Without a pipeline, a future word anywhere in the sentence decides (the old rule).

An article without a publication date is read against the story's date when all its dated
articles share one. Events from different articles with the same resolved date that belong to the same fact (or
whose sentences are close) are one event citing all of them. Resolved events come in date order
(a year sorts before the months and days inside it); unresolved ones ("last month" in an undated
article) come last with `date=None`.
"""

from __future__ import annotations

import datetime as dt
import re

from ..text.dates import MONTHS, DateMention, find_dates
from ..text.furniture import content_span
from ..types import Citation, Document, TimelineEvent
from .facts import FactGroups, is_fact_sentence
from .parsing import auto_nlp, parse_texts as _parse
from .timeline_lower import content_bounds, in_content, one_unresolved, undated_key
from .timeline_syntax import baseline, scheduled
from .timeline_text import disputed as _disputed
from .timeline_text import hypothetical as _hypothetical
from .timeline_since import span_start as _span_start  # the negated bound (`timeline_text`) or a bare "since <date>"
from .timeline_relative import range_ends, relative_baseline
from .timeline_quoted import anaphor_cues, anaphor_days
from .timeline_nested import nested_baseline, participle_past, phrasal_not_change
from .timeline_bounds import inside_quote, word_bound
from .timeline_detail import may_show_detail, side_details
from .timeline_offsets import comparative_since, counted, day_offsets, event_adjective, extra_cue, nowadays, participle_baseline, told_when, written_forms
from .timeline_occasions import ahead_counts, holiday_occasion, participle_tense

# Governors whose complement is someone's claim, not a reported event.
_CLAIM_WORDS = frozenset(
    "claim allege assert insist suggest theorise theorize speculate believe imagine pretend deny "
    "claims allegation allegations assertion theory conspiracy rumour rumor myth".split()
)
_SPEECH = frozenset("say tell announce report write tweet post confirm add state declare".split())
_FUTURE_HEADS = frozenset("set due expect schedule plan go poise slate aim intend prepare".split())
_AHEAD = frozenset({"ahead", "upcoming", "forthcoming", "next"})
_DAY_WORDS = re.compile(r"(?i)^(?:today|tonight|this morning|this afternoon|this evening|yesterday|tomorrow|last night)$")
_QUOTES = "\"“”"
# "Today's debate …" in someone's words: nowadays, not a day.
_TODAYS = re.compile(r"(?i)today['’]s\b")
# "on that day": the day the article named just before (see `_antecedent_day`).
_THAT_DAY = re.compile(r"(?i)\bon that (?:same |very )?day\b")
_ANAPHOR_REACH = 3  # sentences looked back for the day "that day" points at
# The parse matters for a bare weekday, a month without a year, or a date near a claim word.
_NEEDS_PARSE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|weekend|Day|Christmas|Thanksgiving)\b|"
    # the same names in a lower-cased copy ("said tuesday", "in march"; session 14)
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b|"
    r"(?i:\b(?:claim|alleg|assert|insist|suggest|theor|speculat|believ|imagin|pretend|den(?:y|ied|ies)|conspirac|rumou?r|myth)\w*)|"
    # a year that may be a comparison's baseline ("since 2013", "than in 2013", "compared with 2019")
    r"(?i:\b(?:since|from|than|compared|comparison|versus|vs\.?)\b)"
)


# The future words of `dates._FUTURE_CLAUSE` without "upcoming", which the parse reads on its noun.
_FUTURE_WORDS = re.compile(r"\b(will|would|is due|are due|is expected|are expected|is set to|are set to|plans? to|scheduled)\b", re.I)


def _lemma(tok) -> str:
    return (tok.lemma_ or tok.lower_).lower() if tok.lemma_ else _BASE.get(tok.lower_, tok.lower_)


# The analyzer's pipeline has no lemmatizer: the few forms the rules need.
_BASE = {
    "said": "say", "says": "say", "told": "tell", "tells": "tell", "announced": "announce", "announces": "announce",
    "reported": "report", "reports": "report", "wrote": "write", "writes": "write", "tweeted": "tweet", "tweets": "tweet",
    "posted": "post", "confirmed": "confirm", "confirms": "confirm", "added": "add", "adds": "add", "stated": "state",
    "claimed": "claim", "claiming": "claim", "alleged": "allege", "alleging": "allege", "asserted": "assert",
    "asserting": "assert", "insisted": "insist", "insisting": "insist", "suggested": "suggest", "suggesting": "suggest",
    "believed": "believe", "believes": "believe", "believing": "believe", "denied": "deny", "denies": "deny", "denying": "deny",
    "expected": "expect", "scheduled": "schedule", "planned": "plan", "plans": "plan", "planning": "plan", "going": "go",
    "poised": "poise", "slated": "slate", "aims": "aim", "aiming": "aim", "intends": "intend", "preparing": "prepare",
    "claims": "claims",
}


def _clause_verb(tok):
    """The verb a date token's phrase modifies, and whether the way up passed an "ahead of"."""
    ahead = False
    seen = 0
    while tok.head.i != tok.i and seen < 40:
        seen += 1
        tok = tok.head
        if tok.lower_ in _AHEAD:
            ahead = True
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            # A participle that modifies a noun ("a round table organised … on Wednesday", "guidance issued
            # Tuesday") or a bare adverbial one ("Obama, dedicating the museum on Saturday, said …", session 19) takes the tense of its clause.
            if (tok.dep_ in ("acl", "amod") or tok.dep_ == "advcl" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)) and tok.tag_ in ("VBN", "VBG") and tok.head.i != tok.i:
                continue
            return tok, ahead
    return tok, ahead


def _tense(verb) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & {"will", "shall", "'ll", "wo"}:
        return "future"
    if verb.tag_ == "VB" and "to" in words and verb.head.i != verb.i and _lemma(verb.head) in _FUTURE_HEADS:
        return "future"  # "is set to meet on Friday"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and words & {"has", "have", "'ve", "'s"}:
        return "past"
    if verb.tag_ == "VBG" and words & {"is", "are", "am", "'re", "'m"}:
        return "future"  # "are boycotting a round table on Wednesday"
    if verb.tag_ in ("VBZ", "VBP") and _lemma(verb) in _SPEECH:
        return "past"  # "says Monday": the report is of the past
    if words & {"would", "could", "might", "may", "should"}:
        return None
    return None


def _in_claim(tok) -> bool:
    """Is the token inside what someone claims ("for claiming Hitler supported … in 1930")?"""
    seen = 0
    while tok.head.i != tok.i and seen < 40:
        seen += 1
        if tok.dep_ in ("ccomp", "xcomp", "pcomp", "acl", "relcl", "advcl") and _lemma(tok.head) in _CLAIM_WORDS:
            return True
        if tok.dep_ in ("pobj", "prep") and _lemma(tok.head) in _CLAIM_WORDS and not tok.head.tag_.startswith("VB"):
            return True  # "allegations of … in 2016"; a date on the verb itself ("insisted in June that …") dates the claiming
        tok = tok.head
    return False


def _inside_quote(text: str, start: int) -> bool:
    return inside_quote(text, start)  # the marks in order: a curly opening closed by a straight mark (`timeline_bounds`)


def _nowadays(text: str, m: DateMention) -> bool:
    """"Today's debate about …" inside a quotation: the present age, not the day."""
    return m.expression.lower() == "today" and bool(_TODAYS.match(text, m.start)) and _inside_quote(text, m.start)


def _calendar_days(text: str, published: dt.date | None) -> list[tuple[int, str]]:
    """(offset, ISO day) of the calendar dates a sentence names ("January 6th", "Jan. 6, 2021",
    "2021-01-06"): a day written out, not a weekday or a relative word."""
    return [
        (m.start, m.date)
        for m in find_dates(text, published)
        if m.precision == "day" and m.date and any(c.isdigit() for c in m.expression) and not m.expression.lower().endswith("ago")
    ]


def _antecedent_day(doc: Document, s, at: int, published: dt.date | None) -> str | None:
    """The day "on that day" (at offset `at` of sentence `s`) points back at: the calendar dates
    named earlier in the sentence, else in the nearest of the previous few sentences that names
    any; only when they are one day (two different days: which one is meant is not read)."""
    here = {d for off, d in _calendar_days(s.text, published) if off < at}
    if not here:
        for prev in reversed([p for p in doc.sentences if s.index - _ANAPHOR_REACH <= p.index < s.index]):
            here = {d for _, d in _calendar_days(prev.text, published)}
            if here:
                break
    return next(iter(here)) if len(here) == 1 else None


def sentence_dates(text: str, published: dt.date | None, parsed=None) -> list[DateMention]:
    """The event dates of one sentence: `find_dates`, with the tense read from `parsed` (a spaCy
    Doc of `text`) and dates inside a claim's content left out."""
    if parsed is None:
        found = written_forms(text, find_dates(text, published), lambda t: find_dates(t, published))  # "August the 31st", "mid-May" (`timeline_offsets`)
        kept = [m for m in found if not (_nowadays(text, m) or _span_start(text, m) or _hypothetical(text, m) or word_bound(text, m) or holiday_occasion(text, m, published))]
        return day_offsets(text, ahead_counts(text, _year_carried(range_ends(text, found, kept), text), published))  # "from March to April": the end month too; "in two weeks" (`timeline_occasions`)

    def root_of(start: int, end: int):
        span = parsed.char_span(start, end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def tense(start: int, end: int) -> str | None:
        tok = root_of(start, end)
        if tok is None:
            return None
        if scheduled(tok):
            return "future"  # "a vote was set for Saturday": the planned day is to come
        verb, ahead = _clause_verb(tok)
        read = _tense(verb) if verb.pos_ in ("VERB", "AUX") or verb.tag_.startswith("VB") else None
        if ahead:
            # "Ahead of Friday's meeting, they unveiled …": the meeting may be past or to come: the nearer one
            return "near" if read == "past" else "future"
        if read is None and participle_past(tok, verb):
            return "past"  # "The order, released Friday, is … will be left to …" (`timeline_nested`)
        if read is None:
            # No tense from the parse: a future word outside quotes decides ("present" = not future, as None
            # would be), but not "upcoming", whose reach is its noun (the parse already read it on the path).
            return "future" if _FUTURE_WORDS.search(re.sub(r"[\"“][^\"”]*[\"”]", " ", text)) else "present"
        return read

    out, tense = [], participle_tense(tense, root_of)  # "a period starting Friday" in a past clause (`timeline_occasions`)
    found = written_forms(text, find_dates(text, published, tense), lambda t: find_dates(t, published, tense))
    for m in found:
        tok = root_of(m.start, m.end)
        if tok is not None and tok.dep_ in ("compound", "amod", "nummod", "nmod") and tok.head.i != tok.i:
            if baseline(tok.head):
                continue  # "the fiercest fighting since their 2014 war": the event noun is the baseline
        if tok is not None and (_in_claim(tok) or (baseline(tok) and not phrasal_not_change(tok) or relative_baseline(tok) or nested_baseline(tok)) and not told_when(text, m)) or _nowadays(text, m) or _span_start(text, m) or _hypothetical(text, m) or word_bound(text, m):
            continue  # a claim's content, a comparison's baseline ("up from June"), "today's" age
        if tok is not None and (participle_baseline(tok) or comparative_since(tok) or nowadays(text, m, tok)) or holiday_occasion(text, m, published):
            continue  # "a rise from the 4,870 counted in May", "higher … since 2011", "Today, most say …" (`timeline_offsets`)
        out.append(m)
    return day_offsets(text, ahead_counts(text, _year_carried(range_ends(text, found, out), text), published))  # "from March to April"; "a day after …"; "in two weeks"


_YEAR_IN = re.compile(r"\b(?:1[89]|20)\d\d\b")
_MONTH_IN = re.compile(r"(?i)\b(" + "|".join(sorted((k for k in MONTHS if len(k) > 2), key=len, reverse=True)) + r")\b")


def _year_carried(mentions: list[DateMention], text: str = "") -> list[DateMention]:
    """A month without a year after one written with its year in the same sentence is in that
    year, or the next when it comes earlier in the calendar ("would take office in January 2027,
    run in a special election in November" → November 2027)."""
    anchor = None
    out = []
    for m in mentions:
        month = _MONTH_IN.search(m.expression)
        if m.date and month and m.precision in ("month", "day"):
            if _YEAR_IN.search(m.expression):
                anchor = (int(m.date[:4]), int(m.date[5:7]))
            elif anchor is not None and not (text and event_adjective(text, m)):  # "the Jan. 6 attack" (`timeline_offsets`)
                year = anchor[0] if int(m.date[5:7]) >= anchor[1] else anchor[0] + 1
                if m.precision == "day" and m.date[5:] == "02-29" and year % 4:
                    continue
                m = DateMention(m.start, m.end, m.expression, f"{year:04d}{m.date[4:]}", m.precision)
        out.append(m)
    return out


def story_anchors(documents) -> dict[str, dt.date | None]:
    """The day each article's relative dates are read against: its publication date; an undated
    article in a story whose dated articles all carry one date is read against that date
    (same-day coverage); with differing dates it stays unanchored (None)."""
    known = {d.article.published for d in documents if d.article.published is not None}
    story_day = next(iter(known)) if len(known) == 1 else None
    return {d.article.id: d.article.published or story_day for d in documents}


def build_timeline(documents: tuple[Document, ...], fg: FactGroups, nlp="auto") -> tuple[TimelineEvent, ...]:
    """Dated events of all documents (see the module docstring). `nlp`: a spaCy English pipeline
    with a parser (enabled or not); "auto" (default) uses the process's shared one (the entity
    tagger's), loading it if needed; None reads tense from words only."""
    nlp = auto_nlp(nlp)
    group_of: dict[tuple[str, int], set[int]] = {}
    for g_i, g in enumerate(fg.groups):
        for x in g:
            s = fg.sentences[x]
            group_of.setdefault((s.article_id, s.index), set()).add(g_i)
    index_of = {(s.article_id, s.index): i for i, s in enumerate(fg.sentences)}

    anchors = story_anchors(documents)

    def anchor(doc: Document) -> dt.date | None:
        return anchors[doc.article.id]

    # Parse only the sentences where the parse can change the answer.
    dated, found_in = [], []  # the sentences worth reading, and `find_dates` of each (read once)
    for doc in documents:
        for s in doc.sentences:
            if is_fact_sentence(s):
                found = find_dates(s.text, anchor(doc))
                if found or _THAT_DAY.search(s.text) or anaphor_cues(s.text) or extra_cue(s.text):
                    dated.append((doc, s))
                    found_in.append(found)
    parses: list = [None] * len(dated)
    if nlp is not None:
        wanted = [i for i, (_, s) in enumerate(dated) if _NEEDS_PARSE.search(s.text) or extra_cue(s.text)]
        for i, parsed in zip(wanted, _parse(nlp, [dated[i][1].text for i in wanted])):
            parses[i] = parsed
    # The parse of the other dated sentences that may show a side detail (two dates, or one before the article's
    # month), for the entry's text only (`timeline_detail`); the dates are read as before, from the parses above.
    shown = list(parses)
    if nlp is not None:
        rest = [i for i, p in enumerate(parses) if p is None and may_show_detail(found_in[i], anchor(dated[i][0]))]
        for i, parsed in zip(rest, _parse(nlp, [dated[i][1].text for i in rest])):
            shown[i] = parsed

    raw: list[tuple[str | None, str | None, str, Citation]] = []
    detail: dict[int, tuple[int, int]] = {}  # raw index -> the side detail's span in its sentence
    last_day: dict[str, tuple[int, dt.date]] = {}  # article -> (sentence index, a day it stated outside quotes)
    for (doc, s), parsed, parse_shown in zip(dated, parses, shown):
        published = anchor(doc)
        seen_dates: set[str | None] = set()
        mentions = in_content(s.text, sentence_dates(s.text, published, parsed))  # furniture dates nothing
        if mentions and _disputed(doc, s):
            mentions = [m for m in mentions if not _inside_quote(s.text, m.start)]  # a quoted claim called a lie
        mentions = one_unresolved(mentions)  # no unresolved line beside a date; one line for the rest
        for m in mentions:
            if m.precision == "day" and m.date and not _inside_quote(s.text, m.start) and not _DAY_WORDS.match(m.expression) and not counted(m):
                last_day[doc.article.id] = (s.index, dt.date.fromisoformat(m.date))
        shown_as = side_details(parse_shown, mentions, published)  # a side detail's phrase (timeline_detail)
        for m, span in zip(mentions, shown_as):
            date, precision = m.date, m.precision
            if published is not None and _DAY_WORDS.match(m.expression) and _inside_quote(s.text, m.start):
                # "Today I handed in …", tweeted on Tuesday: the day the words were said.
                said = last_day.get(doc.article.id)
                if said is not None and said[0] >= s.index - 1:
                    again = find_dates(m.expression, said[1])
                    if again:
                        date, precision = again[0].date, again[0].precision
            if date in seen_dates and date is not None:
                continue
            seen_dates.add(date)
            if span is not None:
                detail[len(raw)] = span
            raw.append((date, precision, m.expression, Citation(doc.article.id, s.start, s.end, s.index)))
        for t in _THAT_DAY.finditer(s.text):
            # "Congress was attacked on that day", after a sentence about "January 6th".
            day = _antecedent_day(doc, s, t.start(), published)
            if day is not None and day not in seen_dates:
                seen_dates.add(day)
                raw.append((day, "day", t.group(0), Citation(doc.article.id, s.start, s.end, s.index)))
        for at, words, day in anaphor_days(s.text, last_day.get(doc.article.id), s.index):
            # "had told an officer the night before", after a sentence about Sunday; a quoted "six days from now" (`timeline_quoted`)
            if day not in seen_dates:
                seen_dates.add(day)
                raw.append((day, "day", words, Citation(doc.article.id, s.start, s.end, s.index)))

    events: list[dict] = []
    for n, (date, precision, expression, cite) in enumerate(raw):
        key = (cite.article_id, cite.sentence_index)
        merged = False
        if date is not None or undated_key(expression):  # an undated "on monday" of one fact: one line (session 14)
            for ev in events:
                if ev["date"] != date or any(c.article_id == cite.article_id for c in ev["citations"]):
                    continue
                if date is None and undated_key(ev["expressions"][0]) != undated_key(expression):
                    continue
                other = ev["citations"][0]
                okey = (other.article_id, other.sentence_index)
                same_fact = bool(group_of.get(key, set()) & group_of.get(okey, set()))
                close = key in index_of and okey in index_of and fg.sims[index_of[key], index_of[okey]] >= fg.threshold
                if same_fact or close:
                    ev["citations"].append(cite)
                    ev["expressions"].append(expression)
                    merged = True
                    break
        if not merged:
            events.append({"date": date, "precision": precision, "expressions": [expression], "citations": [cite], "detail": detail.get(n)})

    text_of = {d.article.id: d.article.text for d in documents}

    def sort_key(ev: dict) -> tuple:
        date = ev["date"]
        if date is None:
            return (1, "", 0)
        return (0, date + "-00-00"[len(date) - 4 :] if len(date) < 10 else date, 0)

    events.sort(key=sort_key)
    out = []
    for ev in events:
        first = ev["citations"][0]
        # The event is told by the sentence's content: a leading dateline ("MARROWBY, March 12
        # (Coastline) -") or a trailing photo credit is not the event (the citation stays the sentence).
        whole = text_of[first.article_id][first.start : first.end]
        a, b = ev["detail"] or content_bounds(whole) or content_span(whole)  # a side detail: its phrase (timeline_detail)
        out.append(
            TimelineEvent(
                date=ev["date"],
                precision=ev["precision"],
                text=whole[a:b],
                citations=tuple(ev["citations"]),
                article_ids=tuple(dict.fromkeys(c.article_id for c in ev["citations"])),
                expression=" / ".join(dict.fromkeys(ev["expressions"])),
            )
        )
    return tuple(out)
