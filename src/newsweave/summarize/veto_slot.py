"""The cased repeat veto, paid for: a vetoed sentence gives its slot up only to a fit replacement.

Issue 13, session 18. A cased sentence that the facts pair judge (`analyze/facts_pairs.py`, the
judge of `repeat_veto.py`) puts at CASED_BAR or more with a chosen sentence of another article
tells that news again and waits (coverage.py `deferred`), as session 16's lower-cased veto does.
Session 17 measured that veto on cased text: it removes repeats, but what the greedy takes instead
failed about as often (blind A/B 12/18 vs 17/23 publishable, 6 failures each; the veto's own 35
new sentences, 13 not publishable). Read by kind (benchmarks/SUMMARIZATION.md, "Session 18"), the
16 failing sentences the veto brought in were: the news told again once more (10: another outlet's
lead or a body sentence restating the lead, under the veto's bar), the writer's voice (3), a cut,
labelled or leaning fragment (3); one of the repeats also opened in lower case.

So every sentence the veto brings into the summary (one that the summary without the veto does not
hold: the vetoed slot's replacement and whatever the reshuffle lets in after it) must be fit
(`fit_replacement`): a clean stand-alone source sentence (`replacement.clean_replacement`: a full
stop, no furniture, no quotation fragment), not cut ("..."), not opening in lower case or on a
label ("Why it matters:", a live blog's time stamp), not in the writer's voice (`opinion.judgment`,
`opinion.weak_marks`, `voice.stance`, a hedge: "it would seem"; nor from an article whose writer
says "I" or "me" in its own words, `first_person_article`), not another article's
lead after a chosen lead, and not the news told again by the judge at the looser LOOSE_BAR (session
16's bar). When one is not, the veto is withdrawn: the summary is the one made without it
(`VetoSlots.checked`, the greedy run a second time only when the veto fired). A veto therefore
changes a summary only where what replaces the repeat adds something. Lower-cased copies keep
`repeat_veto.told_again` unchanged.

Measured (SUMMARIZATION.md, "Session 18 (the cased veto with fit replacements)"): dev readability
727/867 -> 742/871 publishable (140 -> 129 not; the plain veto 736/873, 137 not); a sealed blind A/B
on 24 unread AllSides stories (before the first-person rule): 5 summaries differ, 16/21 -> 19/22
publishable, preferred 3 to 2; ROUGE fulltext_dev46 R-1 -0.18, neus_val100 -0.37, val100 unchanged.
The ROUGE cost is the repeats' (the news's own words, told twice, match the reference twice).
A second blind A/B (15 more differing unread stories, session 18): failures 15 -> 13, preferred
9 to 6; with the first, 20 -> 16 and 12 to 8. So it is on by default
(`ExtractiveSummarizer.cased_veto` = CASED_BAR; 0 turns it off), the readability gate first.
"""

from __future__ import annotations

import re
import threading

import numpy as np

# Facts pair judge probability at which a cased sentence tells a chosen sentence's news again
# (session 17: 14 of 18 AllSides sentences flagged at 0.5 read not publishable; `cased_repeat_trial.py`).
CASED_BAR = 0.5
# A replacement at this probability with a chosen sentence is another telling (session 16's bar).
LOOSE_BAR = 0.3

_CUT = re.compile(r"(?:\.\.\.|…)[\"'”’)]*\s*$")
# A label before the text: a live blog's time stamp ("4:57 p.m. ET:"), a heading in capitals, or a
# news site's section label ("Why it matters:", "The big picture:").
_LABEL = re.compile(
    r"^\s*(?:\d{1,2}:\d{2}\s*[ap]\.?m\.?(?:\s*[A-Z]{1,4})?|[A-Z][A-Z0-9 '’&/-]{2,40}"
    r"|(?:Why it matters|The big picture|Driving the news|Between the lines|The bottom line|Bottom line|What's next|What’s next"
    r"|Go deeper|Details|Context|Flashback|By the numbers|Yes, but|The backstory|What they're saying|What they’re saying"
    r"|The other side|Catch up quick|Zoom in|Zoom out|State of play|Where it stands|The intrigue|Reality check|The latest))\s*:\s"
)
# The writer's hedge on what it reports ("It would seem ...", "one might argue").
_HEDGE = re.compile(r"\b(?:it|this|that) (?:would|might|may|could) (?:seem|appear)\b|\bit seems\b|\bone (?:might|could|would) (?:say|argue|think)\b", re.I)


def repeat_probability(cf, j: int, chosen: list[int], judge, embed) -> float:
    """The judge's highest probability that row `j` states the claim of a chosen row of another
    article (0 when there is none to compare with)."""
    if judge is None or not chosen or not any(int(cf.doc_index[k]) != int(cf.doc_index[j]) for k in chosen):
        return 0.0
    from ..analyze.facts_pairs import pair_features, story_inputs

    items = [cf.sentences[k] for k in chosen] + [cf.sentences[j]]
    pairs, feats = pair_features(story_inputs(items, embed))
    if not len(pairs):
        return 0.0
    prob = judge.probability(feats)[pairs[:, 1] == len(items) - 1]
    return float(np.max(prob)) if len(prob) else 0.0


def writers_voice(text: str) -> bool:
    """Does the sentence rule, ask or address the reader in the writer's own voice?"""
    from .opinion import judgment, weak_marks
    from .voice import stance

    from .opinion import own_words

    return bool(judgment(text)) or weak_marks(text) or stance(text) or bool(_HEDGE.search(own_words(text)))


_FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself)\b|\bI['’](?:m|ve|d|ll)\b")


def first_person_article(cf, j: int) -> bool:
    """Does the writer of row `j`'s article speak as "I"/"me"/"my" in its own words (outside
    quotations) anywhere in the article? Then its general statements are the writer's view."""
    from .opinion import own_words

    doc = int(cf.doc_index[j])
    return any(int(cf.doc_index[k]) == doc and _FIRST_PERSON.search(own_words(s.text)) for k, s in enumerate(cf.sentences))


def fit_replacement(cf, j: int, chosen: list[int], judge, embed, leads) -> bool:
    """May row `j` take the slot of a vetoed sentence after `chosen`? (See the module docstring.)"""
    from .replacement import clean_replacement

    text = " ".join(cf.sentences[j].text.split())
    if not clean_replacement(text) or _CUT.search(text) or _LABEL.match(text) or text[:1].islower():
        return False
    if writers_voice(text) or first_person_article(cf, j):
        return False
    doc = int(cf.doc_index[j])
    if j in leads and any(k in leads and int(cf.doc_index[k]) != doc for k in chosen):
        return False
    return repeat_probability(cf, j, chosen, judge, embed) < LOOSE_BAR


class VetoSlots:
    """The cased veto in one greedy selection (coverage.py). `checked` runs the greedy with the veto;
    when it fired, also without it, and keeps the vetoed summary only when every sentence it brings
    in (not in the summary without the veto) is a fit replacement after the sentences chosen before
    it. A vetoed sentence reshuffles what follows it, so the check is on the whole summary, not on
    the next sentence taken alone."""

    def __init__(self, judge, embed, bar: float = CASED_BAR):
        self.judge, self.embed, self.bar = judge, embed, bar
        self.fired = False

    @staticmethod
    def wanted(summarizer) -> bool:
        """Should this greedy run go through `checked` (the veto on, and not already inside it)?"""
        return bool(getattr(summarizer, "cased_veto", 0) and summarizer.repeat_judge and summarizer.claim_embedder
                    and _run_state(summarizer) is None)

    @staticmethod
    def current(summarizer) -> VetoSlots | None:
        """The veto of the greedy run under way (None: no cased veto in this run)."""
        slots = _run_state(summarizer)
        return slots if isinstance(slots, VetoSlots) else None

    @staticmethod
    def checked(summarizer, cf, run) -> list[int]:
        """`run()` (the greedy) with the veto, then, when it fired, without it: the first when
        what it brings in is fit (`fit_replacement`), else the second."""
        from .development import lead_rows

        context = None if cf.context is None else cf.context.copy()  # the greedy marks quotation blocks
        slots = VetoSlots(summarizer.repeat_judge, summarizer.claim_embedder.embed, summarizer.cased_veto)
        _set_run_state(summarizer, slots)
        try:
            vetoed = run()
            if not slots.fired:
                return vetoed
            after, cf.context = cf.context, context
            _set_run_state(summarizer, False)  # the second run, without the veto
            shipped = run()
        finally:
            _set_run_state(summarizer, None)
        leads = lead_rows(cf.doc_index, [s.index for s in cf.sentences])
        if all(fit_replacement(cf, j, vetoed[:k], slots.judge, slots.embed, leads) for k, j in enumerate(vetoed) if j not in shipped):
            cf.context = after
            return vetoed
        return shipped

    def veto(self, cf, best: int, unit: list[int], chosen: list[int]) -> bool:
        """Does cased candidate `best` (shown as `unit`) tell a chosen sentence's news again?"""
        if self.judge is None:
            return False
        if not any(cf.cased[int(cf.doc_index[j])] and repeat_probability(cf, j, chosen, self.judge, self.embed) >= self.bar for j in unit):
            return False
        self.fired = True
        return True


# The state of the greedy run under way, per thread and summarizer: one summarizer may serve several
# threads at once (a library user's pool), and one thread's veto must not reach another's run.
_RUNS = threading.local()


def _run_state(summarizer):
    """This thread's run of `summarizer`: its VetoSlots, False (the run without the veto), or None."""
    return getattr(_RUNS, "state", {}).get(id(summarizer))


def _set_run_state(summarizer, state) -> None:
    runs = _RUNS.__dict__.setdefault("state", {})
    if state is None:
        runs.pop(id(summarizer), None)
    else:
        runs[id(summarizer)] = state
