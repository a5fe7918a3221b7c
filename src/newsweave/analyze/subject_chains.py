"""A speaking "he"/"she" or role noun, read as the subject of the sentences before it.

"Mark Vell, a pollster, puts the lead down to older voters. But ..., he is predicting a close race.
/ “...,” he said." — "he" is Vell: the main-clause subject the chain of subjects starts from. The
same holds for a definite role noun of a person that the article never gave anyone ("Ada Vance said
... “...,” the biographer said"). This is the usual centering preference (the subject of the last
utterance is the likeliest antecedent), read from the parse; it is used only where the article-level
resolution (`speakers.salient_person`, `ambiguity`, the role rules) found nobody, and it keeps
unknown wherever another reading is open.

`subject_antecedent(tok, base, ctx, sentences)`: nothing when the speaker's own sentence names a
person or body, or has a main-clause subject, before it ("Vell was quick to respond, mocking what
she called ..."). Otherwise it walks back over at most four sentences (crossing at most two
paragraph breaks), reading each one's main-clause subjects: "he"/"she" carries the chain on; a
thing ("The trial heard ...") is passed over only when its sentence names nobody and brings in no
one ("as a ranger tried ..."); one named person is the answer, unless the subject is coordinated
("Tom Reed and Ed Lane met") or the sentence names someone else and its verb does not report speech
("Dan Vell met Ada Roe": either may be "she"; "Vell slammed Roe": Vell; session 26: a name only
inside a clause that describes a thing and reports no speech does not count, "Vell sent a tweet
that mocked Roe's ruling"); a definite role noun of a person as the subject ("The 24-year-old
rower pulled out") counts as the person `speaker_resolve.resolve` gives it, only when its sentence
names nobody else (session 26); anything
else (a body, "a woman" as subject, a proper noun the tagger did not type) ends the walk with
unknown. The answer is
dropped when someone else speaks (subject of a speech verb) or is quoted between the start of its
paragraph and the speaker: "..., said Ana Vell. Tom Roe is the first ... He studied abroad. “...,”
he said" does not settle who speaks. Left to the other rules: "it" and "they", role nouns of bodies
("the union"), party and state descriptions ("the ranking Republican": `party_roles`). The same
walk (`walk_back`) reads a quotation standing alone after narrative sentences (`lone_quotations`).
"""

from __future__ import annotations

import re

from .ambiguity import _main, _parsed
from .cue_words import SPEECH_WORDS, _CALENDAR, _THINGS
from .quote_parse import _pos
from .speakers import ArticleContext

_SUBJECTS = ("nsubj", "nsubjpass")
_PEOPLE = ("person",)
_BODIES = ("organization", "group")
# Head-noun endings of bodies (as `speaker_resolve._SPEAKING_ENDINGS` reads them): left to the body rules.
_BODY_ENDINGS = ("staff", "team", "campaign", "party", "office", "agency", "board", "council", "committee", "government",
                 "administration", "ministry", "police", "court", "family", "group", "force", "union", "firm", "company",
                 "club", "camp", "side", "crew", "panel")
_MAX_SENTENCES = 4
_SPEECH = re.compile(r"(?i)\b(?:" + "|".join(sorted(SPEECH_WORDS, key=len, reverse=True)) + r")\b")
_MAX_PARAGRAPHS = 2  # paragraph breaks the walk may cross


def wanted_kinds(tok) -> tuple[str, ...] | None:
    """The entity kinds a speaking subject token may point back to (people), or None when it is
    not "he"/"she" or a definite singular role noun of a person (a name, "it", a plural, "a
    spokesman", "the union", a document, a day, "the chair of X", which carries its own description)."""
    from .speaker_resolve import _can_speak  # (speaker_resolve imports this module)

    word = tok.lower_
    if word in ("he", "she"):
        return _PEOPLE
    if word == "it":
        return None  # "It called him “...”" after a paper in apposition: left to the body rules
    if tok.tag_ not in ("NN", "NNP") or word in _THINGS or word in _CALENDAR or word.endswith(_BODY_ENDINGS):
        return None
    if _pos(tok) == "PROPN" or not _can_speak(word):
        return None  # "the Hill", "the ranking Republican" (`party_roles`); "Lovett's remorse", "the network"
    left = list(tok.doc[tok.left_edge.i : tok.i])
    definite = any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in left) or any(t.dep_ == "poss" for t in tok.children)
    if not definite or any(t.dep_ == "poss" and t.lower_ in ("his", "her", "their", "its") for t in tok.children):
        return None  # "a lawyer said"; "his lawyer said" (someone else's)
    if any(c.dep_ in ("prep", "appos", "relcl", "acl") for c in tok.children):
        return None  # "the chairman of the group", "the lawyer, who ...": a description of its own
    return _PEOPLE


def subject_antecedent(tok, base: int, ctx: ArticleContext, sentences: list[tuple[int, int]]) -> str | None:
    """The person or body a speaking pronoun or role noun `tok` points back to (see the module)."""
    kinds = wanted_kinds(tok)
    if kinds is None or ctx.lower or ctx.in_quote(base + tok.idx):
        return None
    own_start = base + tok.sent.start_char
    if _names_someone(ctx, own_start, base + tok.doc[tok.left_edge.i].idx) or any(
        t.dep_ in _SUBJECTS and _main(t) and t.i < tok.left_edge.i and t.lower_ not in ("he", "she") and not ctx.in_quote(base + t.idx) for t in tok.sent
    ):
        return None  # "Vell was quick to respond, citing what she called ...": its own sentence decides
    return walk_back(own_start, base + tok.idx, kinds, ctx, sentences, _MAX_PARAGRAPHS)


def walk_back(own_start: int, pos: int, kinds: tuple[str, ...], ctx: ArticleContext, sentences: list[tuple[int, int]], breaks: int) -> str | None:
    """The answer of the main-clause subjects of the sentences before the one starting at
    `own_start`, for a speaker at `pos`, crossing at most `breaks` paragraph breaks (the walk of
    the module docstring; also `lone_quotations`)."""
    before = [s for s in sentences if s[0] < own_start and s[1] <= own_start + 1]
    seen = 0
    for s_start, s_end in reversed(before):
        if _breaks(ctx.text, s_end, own_start) > breaks:
            return None
        if s_end - s_start > 1500 or ctx.in_quote(s_start) or not re.search(r"[A-Za-z]{2}", ctx.text[s_start:s_end]):
            continue
        seen += 1
        if seen > _MAX_SENTENCES:
            return None
        step = _sentence_subject(s_start, s_end, kinds, ctx, sentences)
        if step == "next":
            continue
        if step is None:
            return None
        return step if _settled(step, s_start, pos, ctx, sentences) else None
    return None


def _sentence_subject(s_start: int, s_end: int, kinds: tuple[str, ...], ctx: ArticleContext, sentences: list[tuple[int, int]]):
    """The answer a sentence's main-clause subjects give: the one name among them when it is of
    `kinds`; "next" (read the sentence before) when they are pronouns of the same kind or things;
    None for a name of another kind, two names, a description of someone ("a ranger"), an unknown
    proper noun, or a pronoun of the other kind."""
    from .speaker_resolve import _can_speak  # (speaker_resolve imports this module)

    doc = _parsed(ctx, s_start, s_end)
    subjects = [t for t in doc if t.dep_ in _SUBJECTS and _main(t) and not ctx.in_quote(s_start + t.idx)]
    named = {t.i: _named(t, s_start, ctx) or _role_named(t, s_start, ctx, sentences) for t in subjects}
    names = {n for n in named.values() if n and ctx.kind(n) != "place"}
    if len(names) > 1:
        return None
    if names:
        name = names.pop()
        subj = next(t for t in subjects if named[t.i] == name)
        if ctx.kind(name) not in kinds or any(c.dep_ == "conj" for c in subj.children):
            return None  # "Tom Reed and Ed Lane met ...": two people
        lo, hi = s_start + doc[subj.left_edge.i].idx, s_start + subj.right_edge.idx + len(subj.right_edge.text)
        others = _others(doc, s_start, s_end, lo, hi, ctx)
        if others and (not _reports(subj) or not _named(subj, s_start, ctx)):
            # "Dan Vell met Ada Roe on the pier": either may be "she"; "Vell slammed Roe": Vell; a role
            # noun with anyone else named: "The senator said Strand came .... She ...": unknown
            return None
        return name
    chained = False
    for t in subjects:
        if _pos(t) == "PRON":
            same = t.lower_ in ("he", "she") if kinds == _PEOPLE else t.lower_ in ("it", "they")
            if not same and not (kinds == _PEOPLE and t.lower_ in ("it", "this", "that", "there")):
                return None
            chained |= same
        elif _pos(t) == "PROPN" or _can_speak(t.lower_):
            return None
    if chained:
        return "next"  # "He studied abroad.": the chain goes on to whom "he" is
    # A sentence passed over is about no one: no person or body named, no one described as the
    # subject of a clause or brought in as "a ..." ("One rescue was hard as a ranger tried to ...":
    # the ranger may speak next).
    if _names_someone(ctx, s_start, s_end) or any(_pos(t) == "NOUN" and _can_speak(t.lower_) and (t.dep_ in _SUBJECTS or any(c.lower_ in ("a", "an") for c in t.children)) for t in doc):
        return None
    return "next"


def _others(doc, s_start: int, s_end: int, lo: int, hi: int, ctx: ArticleContext) -> bool:
    """Whether the sentence names a person or body outside its subject phrase (text[lo:hi]) who
    may be in the event: not one named only inside a clause that describes a thing and reports no
    speech ("... sent a tweet that summed up how sweeping the court's ruling was")."""
    background = {w.i for t in doc if t.dep_ in ("relcl", "acl") for w in t.subtree if not any(v.lower_ in SPEECH_WORDS for v in t.subtree)}
    for s, _, n in ctx.mentions:
        if s_start <= s < s_end and not lo <= s < hi and not ctx.in_quote(s) and ctx.kind(n) in _PEOPLE + _BODIES:
            tok = next((t for t in doc if s_start + t.idx <= s < s_start + t.idx + len(t.text)), None)
            if tok is None or tok.i not in background:
                return True
    return False


def _role_named(subj, s_start: int, ctx: ArticleContext, sentences: list[tuple[int, int]]) -> str | None:
    """The person a definite role noun as a subject stands for ("The 24-year-old champion
    explained ..."), by the resolution a speaking subject gets (`speaker_resolve.resolve`: the
    person introduced with that role, else this walk from its own sentence); None for anything
    that is not such a role noun or gives no person."""
    from .speaker_resolve import resolve  # (speaker_resolve imports this module)

    if _pos(subj) != "NOUN" or wanted_kinds(subj) != _PEOPLE:
        return None
    name, rank = resolve(subj, s_start, ctx, sentences)
    return name if name and rank >= 2 and ctx.kind(name) in _PEOPLE else None


def _reports(subj) -> bool:
    """Whether the subject's verb (or the verb it is conjoined to) is a speech verb."""
    verb = subj.head
    return verb.lower_ in SPEECH_WORDS or verb.dep_ == "conj" and verb.head.lower_ in SPEECH_WORDS


def _names_someone(ctx: ArticleContext, start: int, end: int) -> bool:
    """Whether text[start:end] names a person or a body outside quotations (the tagger may type
    either as the other)."""
    return any(start <= s < end and not ctx.in_quote(s) and ctx.kind(n) in _PEOPLE + _BODIES for s, _, n in ctx.mentions)


def _named(subj, s_start: int, ctx: ArticleContext) -> str | None:
    """The entity the subject phrase names: the mention over its head word, else the one mention
    over the rest of its noun phrase after the head ("Actress and activist Ada Vell", headed by
    "Actress"), else
    over a name in apposition ("Mark Vell, a pollster,"; "the party daily, Harbour News,"); never a
    name in a clause or phrase attached to it ("who worked with Sen. Tom Roe")."""
    def over(tokens) -> list[str]:
        return list(dict.fromkeys(n for t in tokens for s, e, n in ctx.mentions if s <= s_start + t.idx < e and not ctx.in_quote(s)))

    head = over([subj])
    if head:
        return head[-1]
    # after the head only: a name before it modifies it ("a Hillary Vell ad": the ad, not Vell)
    phrase = [t for c in subj.children if c.dep_ in ("compound", "conj", "amod", "nmod") and c.i > subj.i for t in c.subtree if not any(a.dep_ in ("prep", "relcl", "acl", "appos") for a in t.ancestors if a.i != subj.i and subj in a.ancestors)]
    inner = over(phrase)
    if len(inner) == 1:
        return inner[0]
    for c in subj.children:
        if c.dep_ == "appos" and over([c]):
            return over([c])[-1]
    return None


def _settled(name: str, s_start: int, pos: int, ctx: ArticleContext, sentences: list[tuple[int, int]]) -> bool:
    """Whether nobody else (a person or a body: the tagger may type either as the other) speaks or is
    quoted from the start of the answer's paragraph to the speaker at `pos` (else the nearest subject
    does not settle who speaks)."""
    p_start = ctx.text.rfind("\n", 0, s_start) + 1
    mine = _words(name)
    for at, speaker, _ in ctx.history:
        if p_start <= at < pos and speaker and not _words(speaker) & mine:
            return False
    for a, b in sentences:
        if b <= p_start or a >= pos or b - a > 1500 or ctx.in_quote(a) or not _SPEECH.search(ctx.text, a, b):
            continue
        doc = _parsed(ctx, a, b)
        for t in doc:
            if t.dep_ in _SUBJECTS and t.head.lower_ in SPEECH_WORDS and a + t.idx < pos and not ctx.in_quote(a + t.idx):
                other = _named(t, a, ctx)
                if other and ctx.kind(other) in _PEOPLE + _BODIES and not _words(other) & mine:
                    return False
    return True


def _breaks(text: str, start: int, end: int) -> int:
    """Paragraph breaks between two positions (a run of line breaks counts once)."""
    return len(re.findall(r"\n\s*", text[start:end]))


def _words(name: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", name or "")}
