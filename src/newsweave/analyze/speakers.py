"""What attribution knows about one article: the text, its quotations, the entity mentions with
canonical names, who was introduced with which role, and the speakers found so far; and the
article-level resolutions that use them (a role noun to the person introduced with it, "he" to
the salient person, "they" to the groups just named).
"""

from __future__ import annotations

import re

from .apposed_people import apposed_person
from .background_paragraphs import background_gap
from .entities import EntityIndex, strip_title
from .lower_names import lower_cased
from .reporting_subjects import quoted_sentence, reporter_among
from .role_continuity import continuing_holder
from .role_titles import with_title_roles
from .titled_people import titled_person


# "WASHINGTON -- ", "LONDON (Reuters) - ", "CHARLOTTE, N.C. — " opening a paragraph: a place.
_DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]*){0,3}(?:\s*\([^)\n]{1,30}\))?)\s*(?:--|—|–|-)\s")
_LOWER_DATELINE = re.compile(r"(?:^|(?<=[\s)]))([a-z][a-z'’-]*(?:,?\s[a-z][a-z'’-]*){0,2}\s*\(\s*(?:ap|reuters|afp|upi|cnn|dpa|ansa)\s*\))\s*(?:--|—|–|-)\s", re.I)
_NOT_TITLE = frozenset(
    """a an the of to and or but by for with in on at as from that this than said says say told tells tell
    about against between after before into over under his her their its our my your is was are were be been
    has have had do does did will would can could may might should must not no""".split()
)
_AFTER_ROLE = re.compile(r"\.?[ \t]+(?:and[ \t]+[a-z][\w-]*[ \t]+)?")
_APPOSITION = re.compile(r"(?:\s+(?:at|of|for|in|with|from|to)\s+[^,;:\"“”\n]{1,60})?,\s+")


class ArticleContext:
    """What attribution needs to know about one article: its text, the quotations, the entity
    mentions with canonical names, and who was introduced with which role."""

    def __init__(self, text: str, article_id: str, entities: EntityIndex, quotes: list[tuple[int, int]]) -> None:
        self.text = text
        self.entities = entities
        self.quotes = quotes
        # A hashtag ("#MeToo advocate") names a campaign, not someone in view who could speak.
        self.mentions = [(m.start, m.end, name) for m, name in entities.in_article(article_id) if text[m.start - 1 : m.start] != "#"]
        # (position, speaker, rank) of quotations with a speech verb; speaker None when the
        # sentence names nobody ("a spokesman said"), so that a following "he said" is not
        # credited to whoever the article is about.
        self.history: list[tuple[int, str | None, int]] = []
        self.roles = with_title_roles(self.text, [(s, self._role_words(s, e), name) for s, e, name in self.mentions if self.kind(name) == "person" and not self.in_quote(s)])
        self.story_roles: list[tuple[set[str], str]] = []  # every article's roles, set by the caller
        self.datelines = [(m.start(1), m.end(1)) for m in _DATELINE.finditer(text)]
        # Proper nouns lower-cased (the standard Multi-News copies): names read from the syntax
        # (`lower_names`), and those found so far, for a later bare surname.
        self.lower = lower_cased(text)
        if self.lower:  # "boston ( ap ) — a veteran writer ... says": a place, even glued to a caption
            self.datelines += [(m.start(1), m.end(1)) for m in _LOWER_DATELINE.finditer(text)]
        self.lower_names: list[str] = []
        self.sentences: list[tuple[int, int]] = []  # the article's sentences, set by the quote extractor
        self.story_contexts: list[ArticleContext] = []  # every article's context, set by the quote extractor
        self.uncued: set[int] = set()  # ends of quotations whose speaker came from a clause with no speech verb
        from .lower_people import signatures

        self.signatures = signatures(text)  # "— jory penrose ( @jorypen22 ) july 8, 2017": never a speaker

    def in_signature(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.signatures)

    def in_dateline(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.datelines)

    def name_after(self, pos: int) -> str | None:
        """The person or organisation named right after a role or title that ends at `pos`
        ("Neruda's Spanish publisher Seix Barral called", "said Sgt. Ed Harris", "the poet and
        academic Pere Gimferrer"): the parse often makes the role, not the name, the subject."""
        m = _AFTER_ROLE.match(self.text, pos)
        if not m:
            return None
        for s, e, name in self.mentions:
            if s == m.end() and self.kind(name) in ("person", "organization") and not self.in_quote(s):
                return name
        return None

    def appositive_person(self, pos: int) -> str | None:
        """The person named between commas right after a role noun that ends at `pos` ("Her
        old colleague at the firm, Dana K. Whitlow, called ..."), for when the parse
        hangs the name elsewhere."""
        m = _APPOSITION.match(self.text, pos)
        if not m:
            return None
        for s, e, name in self.mentions:
            if s == m.end() and self.kind(name) == "person" and re.match(r"\s*(?:,|\([^)]{1,30}\)\s*,)", self.text[e : e + 40]):
                return name
        return None

    def kind(self, name: str) -> str | None:
        return self.entities.kinds.get(name)

    def in_quote(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.quotes)

    def _role_words(self, start: int, end: int) -> set[str]:
        """Words that introduce a person: the title words before the name ("Labour leader Jeremy
        Corbyn") and the head nouns of an apposition after it ("Jenny Manson, a member of ... and
        co-chair of ...,"), plus, marked with a leading "+", every word of both (for modifiers)."""
        before = re.split(r"[.;:!?\"“”\n]|, ", self.text[max(0, start - 60) : start])[-1]
        after = self.text[end : end + 120]
        words = []
        # Only the title right before the name ("Labour leader", "Clinton spokesman"), not the
        # clause it sits in ("73 percent said the same of Trump", "Clinton called Machado").
        for w in reversed(re.findall(r"[A-Za-z][\w-]*", before)[-5:]):
            low = w.lower()
            if low in _NOT_TITLE or (w.islower() and low.endswith(("ed", "ing"))):
                break
            words.insert(0, w)
        # The head of a title is its last word ("Chicago Police spokesman": a spokesman, so "the
        # police said" is not him; "Clinton campaign manager Robby Mook": "the campaign" is not him).
        heads = {words[-1].lower()} if words else set()
        appos = re.match(r",\s+([^,;.()\"“”]{3,100})[,.;]", after)
        if appos and not re.match(r"(?i)(?:who|which|said|says|and|but)\b", appos.group(1)):
            phrase = appos.group(1)
            words += re.findall(r"[A-Za-z][\w-]*", phrase)
            for part in re.split(r"\s+and\s+", phrase):
                head = re.split(r"\s+(?:of|for|at|in|with|from|to|on|since|who|that)\s+", part)[0].split()
                if head:
                    heads.add(head[-1].lower())
        return heads | {"+" + w.lower() for w in words}

    def entity_at(self, start: int, end: int, kinds: tuple[str, ...] = ("person", "organization", "group", "place")) -> str | None:
        """The canonical entity whose mention overlaps [start, end) (the last one, the head)."""
        found = [name for s, e, name in self.mentions if s < end and e > start and self.kind(name) in kinds]
        return found[-1] if found else None

    def person_by_role(self, head: str, proper: list[str], pos: int, definite: bool = True) -> str | None:
        """The person introduced with role `head` ("leader") and its proper modifiers ("Labour").
        `definite`: the role noun has "the" or an owner (in lower-cased text, "a geologist said"
        may be someone new)."""
        def fits(words: set[str]) -> bool:
            return head in words and all("+" + p.lower() in words for p in proper)

        matches = [(s, name) for s, words, name in self.roles if fits(words)]
        before = [name for s, name in matches if s < pos]
        if before:
            return continuing_holder(self, before, pos) or before[-1]  # two holders: the one still speaking (`role_continuity`)
        if self.lower and not definite:
            return None  # "attorney says" in a lower-cased headline: whose attorney is not said
        if self.lower and self.sentences:
            # Lower-cased text: the person introduced with that role ("a geologist named oswin
            # farrow" -> "the geologist"), read from the syntax; nobody else's.
            from .lower_people import person_by_role

            return person_by_role(head, pos, self, self.sentences)
        names = {name for _, name in matches} or {name for words, name in self.story_roles if fits(words)}
        return names.pop() if len(names) == 1 else None  # another outlet's "Labour leader Jeremy Corbyn"

    def full_name(self, surface: str) -> str:
        """'Mr. Burman' -> 'Leonard E. Burman' when the article names one person so."""
        bare = strip_title(surface)
        canonical = self.entities.canonical(bare)
        if canonical:
            return canonical
        last = bare.split()[-1] if bare else bare
        persons = {name for _, _, name in self.mentions if self.kind(name) == "person" and name.split()[-1] == last}
        return persons.pop() if len(persons) == 1 else bare

    def previous_speaker(self, pos: int, window: int, collective: bool = False) -> tuple[str, int] | None:
        """The last quotation's speaker within `window` characters before `pos` (with
        `collective`, the last one that is not a person: what "they" or "it" points back to)."""
        for p, speaker, rank in reversed(self.history):
            if p < pos and pos - p <= window and not (collective and (speaker is None or self.kind(speaker) == "person")):
                return speaker, p
        return None

    def salient_person(self, pos: int, sentences: list[tuple[int, int]], skip: set[int] = frozenset()) -> str | None:
        """For "he"/"she": the last quotation's speaker, when it was quoted in this paragraph or
        the one before and no other person was named since; else the one person named (outside
        quotes) in the nearest of the two sentences before; else unknown. Two people named there,
        or none, or a longer gap: None rather than the person the article is about."""
        prev = self.previous_speaker(pos, 1500)
        # Not an organisation, a group, or two speakers joined ("X and Y"): "he" is one person.
        single = prev and self.kind(prev[0] or "") not in ("organization", "group", "place") and " and " not in (prev[0] or "")
        if single and (not self._paragraphs_between(prev[1], pos) or background_gap(self, prev[1], pos)):  # (`background_paragraphs`)
            named_since = [n for s, e, n in self.mentions if prev[1] <= s < pos and self.kind(n) not in ("place", "organization") and not self.in_quote(s) and n != prev[0]]
            if not named_since:
                return prev[0]  # None after an unnamed speaker: unknown, not the article's subject
        # (Lower-cased text: one sentence further back, since only people introduced with a role count there.)
        for s_start, s_end in reversed([s for s in sentences if s[0] < pos and (self.lower or not quoted_sentence(self, *s))][-3 if self.lower else -2 :]):  # (`reporting_subjects`)
            if self._paragraphs_between(s_end, pos):
                break
            # "the Lazio region": a name after an article modifies a noun, it is no one's name
            names = {n for s, e, n in self.mentions if s_start <= s < min(s_end, pos) and s not in skip and self.kind(n) == "person" and not self.in_quote(s) and not re.search(r"(?i)\b(?:the|a|an)\s+$", self.text[max(0, s - 5) : s])}
            if self.lower:
                # Lower-cased text: also the people introduced with a role ("harbour spokesperson
                # delia okonkwo told ..."; "..., trelawny said") that this sentence names.
                from .lower_people import people_in

                people = people_in(s_start, min(s_end, pos), self, sentences)
                names = {n for n in names if not any(n.split()[-1].lower() == p.split()[-1].lower() for p in people)} | people
            if names:  # two: the one a whole sentence before reports ("Reed said Vell's fine ...": `reporting_subjects`)
                return names.pop() if len(names) == 1 else (reporter_among(self, s_start, s_end, names) if s_end <= pos else None)
            missed = self._untagged_subject(s_start, min(s_end, pos)) or apposed_person(self, s_start, min(s_end, pos)) or titled_person(self, s_start, min(s_end, pos))
            if missed:  # ("Ana Vell, a resident, said ...", the name typed a group: `apposed_people`; "Premier Ana Vell visited", untagged: `titled_people`)
                return missed
        from .party_roles import described_before

        from .lone_antecedents import lone_person_before
        from .pronoun_chains import named_before

        # "The West Virginia senator came ... He ... he asked"; "Vance says ... she says ... she said" (`pronoun_chains`)
        return described_before(self, pos, sentences) or named_before(self, pos, sentences) or lone_person_before(self, pos, sentences)  # (`lone_antecedents`)

    def _untagged_subject(self, start: int, end: int) -> str | None:
        """A sentence's main-clause subject that the tagger did not tag at this place but that
        names a person the story knows ("Lesser told the Post ...", a surname read as a word):
        the one such person, else None."""
        from .ambiguity import _parsed  # (ambiguity imports this module)

        if end - start > 1500:
            return None
        found = set()
        for t in _parsed(self, start, end):
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.tag_ == "NNP" and start + t.idx < end and not self.in_quote(start + t.idx):
                name = self.full_name(t.doc[t.left_edge.i : t.i + 1].text)
                if self.kind(name) == "person":
                    found.add(name)
        return found.pop() if len(found) == 1 else None

    def _paragraphs_between(self, start: int, end: int) -> bool:
        """Whether a whole paragraph lies between two positions (the two are further apart than
        the same or adjacent paragraphs)."""
        return any(line.strip() for line in self.text[start:end].split("\n")[1:-1])

    def last_groups(self, pos: int) -> str | None:
        """What "they" / "the two groups" points back to: the last "X and (the) Y" pair of
        organisations or groups, else the last organisation or group named."""
        orgs = [(s, e, n) for s, e, n in self.mentions if e <= pos and self.kind(n) in ("organization", "group") and not self.in_quote(s)]
        # "Board of Deputies of British Jews": the group after "of" is part of the name.
        orgs = [o for k, o in enumerate(orgs) if not (k and re.fullmatch(r"\s+of\s+(?:[A-Z][\w’']*\s+)*", self.text[orgs[k - 1][1] : o[0]]))]
        for (s1, e1, n1), (s2, e2, n2) in reversed(list(zip(orgs, orgs[1:]))):
            if n1 != n2 and re.fullmatch(r"(?:\s+of\s+[A-Z][\w’']*(?:\s+[A-Z][\w’']*)*)?\s+and\s+(?:the\s+)?", self.text[e1:s2]):
                return " and ".join(sorted((n1, n2)))
        return orgs[-1][2] if orgs else None
