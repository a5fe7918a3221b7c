"""Session 18 (issue 13): the cased repeat veto keeps a summary only when what it brings in is a fit
replacement (summarize/veto_slot.py). Fictional text."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from newsweave.embed.static import StaticEmbedder
from newsweave.summarize.repeat_veto import load_repeat_judge
from newsweave.summarize.veto_slot import CASED_BAR, LOOSE_BAR, VetoSlots, fit_replacement, writers_voice
from newsweave.types import Sentence

ROWS = [
    ("a#0", "The town council of Marrowby voted on Tuesday to close the old ferry pier after a storm cracked its pilings."),
    ("a#0", "Repairs would cost about 4 million pounds, the council's engineer said in a report."),
    ("b#1", "Marrowby's councillors decided on Tuesday that the storm-damaged ferry pier will be shut."),
    ("b#1", "A summer ferry to the islands will leave from the fish quay instead from June, the harbour office said."),
    ("b#1", "Frankly, the council has once again shown that it cares nothing for the islanders."),
    ("b#1", "the pier had carried fishing boats since 1921."),
    ("b#1", "The harbour master, speaking to reporters outside the town hall, said..."),
]
LEADS = frozenset({0, 2})


def _cf(cased=(True, True)):
    sentences = [Sentence(a, k, 0, len(t), t) for k, (a, t) in enumerate(ROWS)]
    return SimpleNamespace(sentences=sentences, doc_index=np.array([0, 0, 1, 1, 1, 1, 1]), cased=list(cased), context=np.zeros(len(ROWS)))


def test_a_new_fact_of_the_story_is_a_fit_replacement():
    judge, embed = load_repeat_judge(), StaticEmbedder().embed
    assert CASED_BAR == 0.5 and LOOSE_BAR == 0.3
    assert fit_replacement(_cf(), 3, [0, 1], judge, embed, LEADS)


def test_another_telling_the_writers_voice_and_fragments_are_not():
    judge, embed = load_repeat_judge(), StaticEmbedder().embed
    cf = _cf()
    assert not fit_replacement(cf, 2, [0, 1], judge, embed, LEADS)  # another article's lead after a chosen lead
    assert not fit_replacement(cf, 2, [0], judge, embed, frozenset())  # ... and, not as a lead, the judge's repeat
    assert writers_voice(ROWS[4][1]) and not fit_replacement(cf, 4, [0], judge, embed, LEADS)
    assert not fit_replacement(cf, 5, [0], judge, embed, LEADS)  # opens in lower case
    assert not fit_replacement(cf, 6, [0], judge, embed, LEADS)  # cut after the speaker's title


def _summarizer():
    return SimpleNamespace(cased_veto=CASED_BAR, repeat_judge=load_repeat_judge(), claim_embedder=StaticEmbedder())


def _run(summarizer, with_veto: list[int], without: list[int]):
    def run():
        slots = VetoSlots.current(summarizer)
        if slots is None:
            return list(without)
        slots.fired = True  # as if a chosen sentence's news had been told again
        return list(with_veto)
    return run


def test_the_vetoed_summary_is_kept_only_when_all_it_brings_in_is_fit():
    s = _summarizer()
    assert VetoSlots.wanted(s)
    assert VetoSlots.checked(s, _cf(), _run(s, [0, 1, 3], [0, 1, 2])) == [0, 1, 3]  # a new fact replaces the second lead
    assert VetoSlots.checked(s, _cf(), _run(s, [0, 1, 4], [0, 1, 2])) == [0, 1, 2]  # the writer's voice would come in
    assert VetoSlots.checked(s, _cf(), _run(s, [0, 3, 6], [0, 3, 2])) == [0, 3, 2]  # a cut fragment would come in
    assert getattr(s, "_veto_slots", None) is None and VetoSlots.wanted(s)


def test_off_when_the_bar_is_zero_or_no_judge():
    s = _summarizer()
    s.cased_veto = 0
    assert not VetoSlots.wanted(s)
    s = _summarizer()
    s.repeat_judge = None
    assert not VetoSlots.wanted(s)


def test_a_sentence_of_an_article_whose_writer_says_i_is_no_replacement():
    from newsweave.summarize.veto_slot import first_person_article

    rows = [
        ("a#0", "The town council of Marrowby voted on Tuesday to close the old ferry pier after a storm cracked its pilings."),
        ("c#2", "Let me say something unpopular about the pier."),
        ("c#2", "Old harbours are hard to keep and every town must choose what it can afford."),
        ("b#1", "\"I will miss the ferry,\" said Ada Pell, a fisher."),
        ("b#1", "A summer ferry to the islands will leave from the fish quay instead from June, the harbour office said."),
    ]
    cf = SimpleNamespace(sentences=[Sentence(a, k, 0, len(t), t) for k, (a, t) in enumerate(rows)],
                         doc_index=np.array([0, 2, 2, 1, 1]), cased=[True, True, True])
    judge, embed = load_repeat_judge(), StaticEmbedder().embed
    assert first_person_article(cf, 2) and not first_person_article(cf, 4)  # a quoted "I" is the speaker's
    assert not fit_replacement(cf, 2, [0], judge, embed, frozenset({0}))
    assert fit_replacement(cf, 4, [0], judge, embed, frozenset({0}))


def test_one_threads_veto_run_does_not_reach_another_threads_run_of_the_same_summarizer():
    import threading

    summarizer = SimpleNamespace(cased_veto=CASED_BAR, repeat_judge=object(), claim_embedder=SimpleNamespace(embed=None))
    seen = {}

    def other_thread():
        seen["wanted"], seen["current"] = VetoSlots.wanted(summarizer), VetoSlots.current(summarizer)

    def run():  # the greedy of this thread, under way: another thread starts its own summary now
        seen["here"] = VetoSlots.current(summarizer)
        t = threading.Thread(target=other_thread)
        t.start()
        t.join()
        return [0]

    assert VetoSlots.checked(summarizer, _cf(), run) == [0]
    assert isinstance(seen["here"], VetoSlots)  # this thread's run sees its own veto
    assert seen["wanted"] is True and seen["current"] is None  # the other thread's run is its own
    assert VetoSlots.wanted(summarizer)  # and nothing is left behind after the run
