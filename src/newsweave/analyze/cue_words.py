"""The words attribution reads: verbs of saying, documents that speak for their author, things that
cannot speak, pronouns and role nouns of speakers. Used by `attribution.py` (split out of it to keep
that module to the parse rules)."""

from __future__ import annotations

import re

_BASES = """say tell add write tweet post explain insist warn claim state argue admit continue recall note
declare reply respond urge announce confirm describe call acknowledge suggest complain ask promise pledge vow
deny predict charge contend joke quip boast concede report read testify recount remark observe stress
emphasize emphasise maintain assert allege echo counter lament brand thunder shout yell scream exclaim whisper
mutter muse reflect reason accuse blast slam praise criticize criticise decry dismiss label hail thank
caution mock deride demand plead retort tout opine summarize summarise characterize characterise liken sing chant
marvel wonder sigh gush laugh fume snap exult scoff sneer grumble chide concur email restate question reveal laud commend""".split()
_IRREGULAR = {"said", "says", "told", "tells", "telling", "wrote", "written", "writes", "writing", "read", "reads",
              "began", "begun", "cried", "cries", "replied", "replies", "denied", "denies", "testified", "testifies",
              "quipped", "quipping", "labelled", "labelling", "labeled", "labeling", "sang", "sung"}


def _forms(base: str) -> set[str]:
    stem = base[:-1] if base.endswith("e") else base
    out = {base, base + "s", stem + "ed", stem + "ing", base + "d"}
    if base.endswith("y"):
        out |= {base[:-1] + "ied", base[:-1] + "ies"}
    if re.search(r"[^aeiou][aeiou][bdgmnpt]$", base):  # slam -> slammed
        out |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return out


SPEECH_WORDS = frozenset(set().union(*(_forms(b) for b in _BASES)) | _IRREGULAR)
# Nouns whose author is the speaker: "the statement read", "a report by X found"; an order, directive,
# memorandum, proclamation or decree too ("X's order says", "a decree from X said"; session 26, brief S15).
_DOCUMENT_NOUNS = frozenset(
    """statement statements letter report article post tweet memo email message release note op-ed editorial column
    essay book speech address remarks interview complaint lawsuit filing study survey poll analysis indictment ruling
    order orders directive memorandum proclamation decree""".split()
)
# Subjects that cannot be the speaker themselves: a document without a named author, an advert,
# a plan ("the advertisement suggests", "the bill says").
_THINGS = _DOCUMENT_NOUNS | frozenset(
    """advertisement advertisements ad ads advert adverts video videos film footage plan plans bill bills law laws policy
    proposal proposals measure legislation website site page sign signs banner poster leaflet leaflets flyer flyers
    brochure brochures pamphlet pamphlets mailer mailers data figures evidence research
    document documents text story headline""".split()
)
_INVERTED = frozenset(
    """said says added adds wrote writes asked asks continued continues explained explains recalled recalls noted notes
    replied replies argued argues insisted insists warned warns declared declares observed observes""".split()
)
_ISSUING = frozenset(
    """issue issues issued issuing release releases released releasing publish publishes published publishing
    send sends sent sending put puts putting post posts posted posting sign signs signed signing
    unveil unveils unveiled unveiling unseal unseals unsealed unsealing""".split()
)
# Subject pronouns: a speaker or owner they name is only a pointer back, never a name (session 28, brief P5:
# one set for `speech_acts` and `credited_phrases`, which had two copies).
SUBJECT_PRONOUNS = frozenset("he she they we i you it".split())
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "i"})
_GROUP_PRONOUNS = frozenset({"they", "we", "them", "us", "their", "our"})
_GROUP_NOUNS = frozenset("groups organisations organizations bodies leaders both charities unions parties campaigns".split())
_SPOKES = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative representatives aide aides adviser advisor official officials source sources rep reps".split())
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december today tonight".split())
_DETERMINERS = re.compile(r"(?i)^(?:the|a|an|his|her|their|its|our)\s+")
