"""Span repairs on the tagger's raw mentions, before merging: where a name really starts and ends.

The small spaCy model cuts names at inner punctuation and glues words onto them. Each rule here
is a pure string rule over one story's mentions and texts (no model), used by
`entities.build_entities` (issue 12, kinds of noise read on entities_dev_d and earlier sets):

- a court case ("Roe v. Wade", "Planned Parenthood v. Casey") is a title, not its parties: mentions
  inside "A v. B" are dropped ("Casey" as a person, "Hellerstedt" as an organisation);
- a generational suffix cut off a name ("Martin Luther King" + ", " + "Jr. Avenue") is joined
  back into the one name, with the kind of the part that holds the head ("… Avenue": a place);
- "X administration" is one organisation ("Trump-Pence" + " administration");
- a mention the text continues into a longer name that the story tags elsewhere is extended to it
  ("NBC" + " 7" where "NBC 7" is tagged; "Capitol" + " police" where "Capitol Police" is);
- an owner glued on by a possessive ("USC's Annenberg Innovation Lab", "Trump's Twitter") is cut
  when the owner is a name of its own in the story;
- a place right after "<Institution> of" ("… Diocese of " + "New York") is that institution's name;
- a one-word "person" after a possessive ("Megan's" + "Law") is a word of a title, not a person;
- an abbreviation used as a term ("ERPs", "the electroencephalogram (EEG)") and its capitalised
  expansion are not names; "Simon Luca" + "Trigona" right after it is one name; an organisation
  sharing its head with a word before "and" ("Electrical and" + "Computer Engineering") is one;
- a name the tagger cut at its possessive ("Fisher" + "'s " + "Hill", tagged whole elsewhere) or
  at "Washington, D.C." is joined back;
- a plural role noun after a name ("Labour MPs", "Republican senators") is not part of the name;
- a first name left out between a title and the rest of the name ("Mayor Carmen" + "Yulín Cruz")
  is part of it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from .entity_credits import cut_credits
from .entity_evidence import join_for_the, split_name_pairs
from .entity_joins import cut_adjective, drop_covered, extend_left, join_and_runs
from .entity_and_heads import join_left_of_and
from .entity_names import OF_HEAD as _OF_HEAD, title_line
from .entity_runs import cut_year, extend_right, join_of_the, join_pieces, split_hyphen_pairs, split_state_race, storm_names
from .entity_edges import company_suffixes, cut_descriptor, origin_groups
from .entity_phrases import cut_at_paren, disease_term, named_day, place_word, portfolio_words
from .entity_tails import cut_figure_tail, footer_credits, join_quoted_titles, office_and_site_words, split_city_state
from .entity_terms import chamber_caucus, country_pairs, cut_office_title, excerpt_cuts, first_name_after_owner, place_institutions, state_chambers, variant_terms

_CAP = r"[A-Z][\w’'.&-]*"
# "A v. B": capitalised words on both sides of a lower-case "v." (the legal form; sports write "vs.").
_CASE_NAME = re.compile(rf"{_CAP}(?:\s+(?:of\s+|the\s+)?{_CAP})*\s+v\.\s+{_CAP}(?:\s+{_CAP})*")
_SUFFIX_START = re.compile(r"(?:Jr|Sr)\.?(?=\s|$)|(?:II|III|IV)(?=\s|$)")
_ADMINISTRATION = re.compile(r"[ \xa0]administration\b")
_POSSESSIVE = re.compile(r"(?:'s|’s)[ \xa0](?=[A-Z])")
# Capitalised abbreviations the tagger takes for organisations that are never names: time zones and
# common nouns ("14:00 BST", "a DIY blogger", "the company's CEO"). "GP" is left to the quote code,
# which reads "the former GP" (typed an organisation) as a role noun.
NOT_NAMES = frozenset(
    """BST GMT UTC CET CEST EST EDT CST CDT MST MDT PST PDT AEST AEDT IST DIY CEO CFO COO CTO TV DJ VIP
    FAQ ASAP RIP OMG LOL DM ICU IVF GDP PhD A.D A.D. B.C B.C. BCE GP LGBT LGBTQ LGBTQ+ LGBTI LGBTQIA LGBTQIA+""".split()
)
# Bodies a story names by one word on their own ("the House", "the Senate"): never the last word of
# a longer name ("White House", "Harbour Court") cut short.
BODIES = frozenset("house senate congress parliament commons assembly court council cabinet government army navy".split())
# Second words of two-word titles ("Chief Executive", "Managing Director"): never a first name.
ROLE_WORDS = frozenset("executive director editor correspondent manager adviser advisor counsel strategist analyst economist whip".split())
ROLE_PLURALS = frozenset(
    """mps lawmakers legislators senators representatives congressmen councillors councilors ministers
    officials leaders members supporters voters activists workers fans staff residents officers""".split()
)


def _case_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _CASE_NAME.finditer(text)] if " v. " in text else []


def drop_case_names(mentions: list, texts: dict[str, str]) -> list:
    """Mentions inside a court case's name are parties of a title, not entities of the story."""
    spans = {aid: _case_spans(t) for aid, t in texts.items()}
    return [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans.get(m.article_id, ()))]


def join_suffix_names(mentions: list, texts: dict[str, str]) -> list:
    """'Martin Luther King' + ', ' + 'Jr. Avenue' -> one mention 'Martin Luther King, Jr. Avenue'."""
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].article_id, mentions[i].start))
    joined: dict[int, object] = {}
    for a, b in zip(order, order[1:]):
        m, nxt = mentions[a], mentions[b]
        if a in joined or m.kind != "person" or nxt.article_id != m.article_id or not _SUFFIX_START.match(nxt.text):
            continue
        if texts[m.article_id][m.end : nxt.start] in (" ", ", "):
            kind = nxt.kind if len(nxt.text.split()) > 1 else m.kind  # "Jr. Avenue": the avenue is the head
            joined[a] = replace(m, end=nxt.end, text=texts[m.article_id][m.start : nxt.end], kind=kind)
            joined[b] = None
    return [joined.get(i, m) for i, m in enumerate(mentions) if joined.get(i, m) is not None]


def extend_administration(m, text: str, kinds: dict[str, set[str]] | None = None):
    """'Trump-Pence' followed by ' administration' -> the organisation 'Trump-Pence administration';
    a place ("the new US administration") stays the place."""
    if (hit := _ADMINISTRATION.match(text, m.end)) and not (kinds is not None and place_word(m, kinds)):
        end = hit.end()
        return replace(m, end=end, text=text[m.start : end], kind="organization")
    return m


def extend_to_known(mentions: list, texts: dict[str, str], bare) -> list:
    """A mention whose text runs on into a longer name tagged elsewhere in the story takes that name."""
    by_first: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        b = bare(m.text)
        if len(b.split()) >= 2:
            by_first[b.split()[0].lower()].add(b)
        if "-" in b.split()[0] if b else False:  # "Miami" + "-Dade" where "Miami-Dade" is tagged
            by_first[b.split("-")[0].lower()].add(b)
    out = []
    for m in mentions:
        b = bare(m.text)
        text = texts[m.article_id]
        best = m
        for longer in by_first.get(b.split()[0].lower(), ()) if b else ():
            rest = longer[len(b) :]
            if longer.lower().startswith((b.lower() + " ", b.lower() + "-")) and text[m.end : m.end + len(rest)].lower() == rest.lower():
                end = m.end + len(rest)
                if end < len(text) and (text[end].isalnum() or text[end] in "-’'"):
                    continue  # "NBC 7" must not take "NBC 70"
                if end - m.start > best.end - best.start:
                    best = replace(m, end=end, text=text[m.start : end])
        out.append(best)
    return out


def _alone(owner: str, rest: str, texts: dict[str, str]) -> bool:
    """Whether the story writes `owner` somewhere other than in "owner's rest" ("Fisher" only ever
    in "Fisher's Hill" is part of that name, not an owner)."""
    total = sum(len(re.findall(rf"(?<![\w-]){re.escape(owner)}(?![\w-])", t)) for t in texts.values())
    inside = sum(len(re.findall(rf"(?<![\w-]){re.escape(owner)}['’]s {re.escape(rest)}", t)) for t in texts.values())
    return total > inside


def cut_owner_and_role(m, surfaces: set[str], bare, texts: dict[str, str], persons: frozenset[str] = frozenset()):
    """'USC's Annenberg Innovation Lab' -> 'Annenberg Innovation Lab' when 'USC' is a story name
    written on its own too, "Fox's Tucker Carlson" -> 'Tucker Carlson' when the story tags 'Tucker
    Carlson' a person elsewhere (session 11); 'Labour MPs' -> 'Labour'."""
    for hit in _POSSESSIVE.finditer(m.text):
        owner, rest = bare(m.text[: hit.start()]), m.text[hit.end() :]
        # "Court of Queen's Bench" and "Megan's Law" stay whole: the rest must be a name on its own
        if owner and " of " not in owner and len(rest.split()) >= 2 and bare(rest) in persons:
            start = m.start + hit.end()
            return replace(m, start=start, text=m.text[hit.end() :], kind="person")
        if (owner and owner in surfaces and " of " not in owner and (len(rest.split()) >= 2 or bare(rest) in surfaces)
                and _alone(owner, rest, texts)):
            start = m.start + hit.end()
            return replace(m, start=start, text=m.text[hit.end() :])
    words = m.text.split(" ")
    if len(words) >= 2 and words[-1].lower() in ROLE_PLURALS and words[-2][:1].isupper():
        text = " ".join(words[:-1])
        return replace(m, end=m.start + len(text), text=text)
    return m


def trim(m):
    """Cut a mention at a line break, a spaced dash ("Essex - Barbara" -> "Essex") or a parenthesis
    ("CNN)The US" -> "The US")."""
    m = cut_at_paren(m)
    if m is None:
        return None
    text = m.text
    cut = min((i for i in (text.find("\n"), text.find(" - "), text.find(" – "), text.find(" — "), text.find("|")) if i >= 0), default=-1)
    if cut < 0:
        return m
    text = text[:cut].rstrip()
    return replace(m, end=m.start + len(text), text=text) if text else None


_POSSESSIVE_NAME = re.compile(r"['’]s((?: [A-Z][\w-]*)+)")


def with_possessive_name(m, text: str):
    """"Court of Queen" + "'s Bench": the tagger cut a name at its inner possessive (or kept the "'s")."""
    if m is None or len(m.text.split()) < 3 or " of " not in m.text:
        return m
    from .entities import TITLES  # (a late import: entities imports this module)

    at = m.end - 2 if m.text.endswith(("'s", "’s")) else m.end
    tail = _POSSESSIVE_NAME.match(text, at, at + 60)
    if not tail:
        return m
    end = tail.start(1)
    for word in re.finditer(r" ([A-Z][\w-]*)", tail.group(1)):
        if word.group(1).lower() in TITLES:  # "… Queen's Bench Justice Kristine …": the name ends at the title
            break
        end = tail.start(1) + word.end()
    return replace(m, end=end, text=text[m.start : end]) if end > at + 2 else m


_PLACE_HEADS = frozenset("state republic kingdom province county city district port".split())  # "Republic of Korea": a place
_HEAD_OF_BEFORE = re.compile(r"((?:[A-Z][\w’'.-]*\s+)*?([A-Z][\w-]*))\s+of\s+$")


def institution_of_place(m, text: str):
    """'New York' after 'the Episcopal Diocese of ' -> the organisation 'Episcopal Diocese of New York'."""
    if m.kind != "place":
        return m
    before = _HEAD_OF_BEFORE.search(text, max(0, m.start - 60), m.start)
    if not before or not _OF_HEAD.match(before.group(2)) or before.group(2).lower() in _PLACE_HEADS:
        return m
    start = before.start(1) + (4 if before.group(1).startswith("The ") else 0)
    return replace(m, start=start, text=text[start : m.end], kind="organization")


def possessed_word(m, text: str) -> bool:
    """A one-word 'person' right after a possessive ("Megan's" + "Law") names a thing, not a person."""
    return m.kind == "person" and " " not in m.text and text[max(0, m.start - 3) : m.start] in ("'s ", "’s ")


_ACRONYM = re.compile(r"(?<![\w.])([A-Z]{2,6})(s?)(?![\w])")
_DEFINED = re.compile(r"\(([A-Z]{2,6})\)")
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split())


def common_terms(texts: dict[str, str]) -> set[str]:
    """Abbreviations that are terms, not names, and their capitalised expansions: one the text puts
    in the plural ("ERPs") or defines after lower-case words ("the electroencephalogram (EEG)");
    "Event-Related Potential (ERP)" goes with its plural "ERPs". "the Federal Bureau (FBI)" stays."""
    plural, defined = set(), {}
    for text in texts.values():
        plural.update(m.group(1) for m in _ACRONYM.finditer(text) if m.group(2))
        for m in _DEFINED.finditer(text):
            words = text[max(0, m.start() - 80) : m.start()].split()
            if not words or not words[-1][:1].isalpha():
                continue
            cap = []
            while words and words[-1][:1].isupper() and len(cap) < len(m.group(1)):
                cap.insert(0, words.pop())
            defined.setdefault(m.group(1), []).append(" ".join(cap))  # "" when lower-case words define it
    terms = set(plural)
    for acronym, expansions in defined.items():
        if "" in expansions:
            terms.add(acronym)
        if acronym in terms:
            terms.update(e for e in expansions if e)
    return terms


def join_adjacent_name(mentions: list, texts: dict[str, str]) -> list:
    """'Simon Luca' + ' ' + 'Trigona': a person mention and a one-word mention right after it are one name."""
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].article_id, mentions[i].start))
    # a word that is part of another multi-word name ("Korea" of "North Korea") is not a surname here
    in_names = {w for m in mentions if " " in m.text.strip() for w in m.text.split()}
    joined: dict[int, object] = {}
    for a, b in zip(order, order[1:]):
        m, nxt = mentions[a], mentions[b]
        if a in joined or m.kind != "person" or nxt.article_id != m.article_id or " " in nxt.text or not nxt.text[:1].isupper():
            continue
        if nxt.text in in_names:
            continue
        if texts[m.article_id][m.end : nxt.start] == " ":
            joined[a] = replace(m, end=nxt.end, text=texts[m.article_id][m.start : nxt.end])
            joined[b] = None
    return [joined.get(i, m) for i, m in enumerate(mentions) if joined.get(i, m) is not None]


_SHARED_HEAD = re.compile(r"(?<![\w.])([A-Z][a-z]{2,}) and $")
# Heads that two coordinated words share in department names ("Health and Human Services").
SHARED_HEADS = frozenset("engineering science sciences studies affairs services development technology medicine arts humanities security resources".split())


def join_shared_heads(mentions: list, texts: dict[str, str]) -> list:
    """'Electrical and ' + 'Computer Engineering': an organisation ending in a head two words can share
    ("Electrical and Computer Engineering", "Health and Human Services") takes the word before 'and'
    (and the tagger's mention of that word alone), unless the word ends a longer name ("National
    Science Foundation and ...")."""
    spans = defaultdict(dict)
    for i, m in enumerate(mentions):
        spans[m.article_id][(m.start, m.end)] = i
    out, absorbed = {}, set()
    for i, m in enumerate(mentions):
        if m.kind != "organization" or m.text.split()[-1].lower() not in SHARED_HEADS:
            continue
        text = texts[m.article_id]
        before = _SHARED_HEAD.search(text, max(0, m.start - 20), m.start)
        if not before or before.group(1).lower() in _CALENDAR:
            continue
        word = (before.start(1), before.end(1))
        covering = [span for span in spans[m.article_id] if span[0] <= word[0] < span[1]]
        prev = text[max(0, word[0] - 2) : word[0]]
        if any(span != word for span in covering) or not prev.endswith(" ") or prev[:1] in ".!?\n":
            continue  # inside another name, or the first word of a sentence
        out[i] = replace(m, start=word[0], text=text[word[0] : m.end])
        if covering:
            absorbed.add(spans[m.article_id][word])
    return [out.get(i, m) for i, m in enumerate(mentions) if i not in absorbed]


def shared_head(bare: str, kind: str) -> bool:
    """'Electrical and Computer Engineering' is one organisation, not split at 'and' like "JLC and
    Board of Deputies": one capitalised word before 'and', a shared head at the end."""
    left = bare.split(" and ")[0]
    return kind == "organization" and " " not in left and not left.isupper() and bare.split()[-1].lower() in SHARED_HEADS


_JOINERS = ("'s ", "’s ", ", ")


def join_split_names(mentions: list, texts: dict[str, str], bare) -> list:
    """Two mentions the tagger cut out of one name: "Fisher" + "'s " + "Hill" where the story tags
    "Fisher’s Hill" elsewhere, and "Washington" + ", " + "D.C." (or "D.C." alone after
    "Washington, ") as the one place "Washington, D.C."."""
    known = {bare(m.text).replace("’", "'").lower() for m in mentions}
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].article_id, mentions[i].start))
    joined: dict[int, object] = {}
    for a, b in zip(order, order[1:]):
        m, nxt = mentions[a], mentions[b]
        text = texts[m.article_id]
        if a in joined or nxt.article_id != m.article_id or text[m.end : nxt.start] not in _JOINERS:
            continue
        whole = text[m.start : nxt.end]
        if whole.replace("’", "'").lower() in known - {bare(m.text).replace("’", "'").lower()} or whole == "Washington, D.C.":
            joined[a] = replace(m, end=nxt.end, text=whole, kind=nxt.kind if whole == "Washington, D.C." else m.kind)
            joined[b] = None
    out = [joined.get(i, m) for i, m in enumerate(mentions) if joined.get(i, m) is not None]
    for i, m in enumerate(out):  # "D.C." tagged alone after an untagged "Washington, "
        if m.text == "D.C." and texts[m.article_id][max(0, m.start - 12) : m.start] == "Washington, ":
            out[i] = replace(m, start=m.start - 12, text="Washington, D.C.")
    return out


_TITLE_THEN_WORD = re.compile(r"(?<![\w.])([A-Z][a-z]+)\.? ([A-Z][a-z]+) $")


def first_name_after_title(mentions: list, texts: dict[str, str]) -> list:
    """'Mayor Carmen' + 'Yulín Cruz': a capitalised word between a title and a person mention, which
    the tagger left out, is the person's first name (not when another mention covers it)."""
    from .entities import TITLES  # (a late import: entities imports this module)

    covered = defaultdict(set)
    for m in mentions:
        covered[m.article_id].update(range(m.start, m.end))
    out = []
    for m in mentions:
        if m.kind == "person" and len(m.text.split()) >= 2:
            text = texts[m.article_id]
            hit = _TITLE_THEN_WORD.search(text, max(0, m.start - 40), m.start)
            if (hit and hit.group(1).lower() in TITLES and hit.group(2).lower() not in TITLES | ROLE_WORDS
                    and hit.start(2) not in covered[m.article_id]):
                m = replace(m, start=hit.start(2), text=text[hit.start(2) : m.end])
        out.append(m)
    return out


def repair_mentions(mentions: list, texts: dict[str, str], bare) -> list:
    """All span repairs, in order; `bare(text)` strips titles and possessives (entities.strip_title)."""
    memo: dict[str, str] = {}

    def cached(text: str, _bare=bare) -> str:
        if text not in memo:
            memo[text] = _bare(text)
        return memo[text]

    bare = cached
    terms = common_terms(texts)
    mentions = join_quoted_titles(footer_credits(split_city_state([cut_figure_tail(m) for m in mentions], texts), texts), texts)
    mentions = join_for_the(split_name_pairs(mentions, texts), texts, bare)  # session 13 (entity_evidence)
    mentions = office_and_site_words(mentions, texts)
    mentions = [m for m in drop_case_names(mentions, texts)
                if not possessed_word(m, texts[m.article_id]) and bare(m.text) not in terms and not named_day(m, texts[m.article_id])
                and not disease_term(m)]
    mentions = origin_groups(company_suffixes([cut_descriptor(m, texts[m.article_id]) for m in mentions], texts), texts)
    mentions = join_pieces([cut_year(m) for m in portfolio_words(mentions, texts)], texts)
    mentions = [x for x in (cut_office_title(m, texts[m.article_id]) for m in excerpt_cuts(variant_terms(mentions, texts), texts)) if x is not None]
    mentions = place_institutions(chamber_caucus(state_chambers(country_pairs(mentions), texts), texts), texts)
    mentions = storm_names(join_of_the(split_hyphen_pairs(mentions, texts, bare), texts, bare), texts)
    tagged_kinds: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        tagged_kinds[m.text.strip()].add(m.kind)
    mentions = first_name_after_title(cut_credits(mentions, texts, bare), texts)
    mentions = [m for m in join_adjacent_name(join_suffix_names(mentions, texts), texts) if not named_day(m, texts[m.article_id])]
    mentions = join_shared_heads(join_and_runs(mentions, texts, bare), texts)
    mentions = [institution_of_place(extend_administration(cut_adjective(m), texts[m.article_id], tagged_kinds), texts[m.article_id])
                for m in mentions]
    surfaces = {bare(m.text) for m in mentions}
    persons = frozenset(bare(m.text) for m in mentions if m.kind == "person" and not _POSSESSIVE.search(m.text))
    mentions = [cut_owner_and_role(m, surfaces, bare, texts, persons) for m in join_split_names(mentions, texts, bare)]
    from .entities import TITLES  # (a late import: entities imports this module)

    mentions = join_left_of_and(first_name_after_owner(mentions, texts, TITLES | ROLE_WORDS), texts, TITLES)  # session 16
    mentions = drop_covered(mentions, extend_left(extend_to_known(mentions, texts, bare), texts, bare, TITLES))
    mentions = split_state_race(mentions, texts, {bare(m.text) for m in mentions if m.kind == "place"})
    mentions = extend_right(mentions, texts, bare, TITLES, NOT_NAMES, title_line)
    seen, out = set(), []
    for m in mentions:  # two parts of one name extended to the same span count once
        key = (m.article_id, m.start, m.end)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out
