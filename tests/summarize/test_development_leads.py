"""Two articles' leads that announce the same news (development.py `same_lead`). Fictional
sentences; the vectors are unit rows written here, so the cosine is exact, and the main verbs
are given as the parse gives them (repeats.frame)."""

from __future__ import annotations

import numpy as np

from newsweave.summarize.development import LEAD_REPEAT_COSINE, lead_rows, numbers, same_lead

DOCS = [0, 0, 1, 2]
INDEX = [0, 1, 0, 0]


def _vectors(cosine: float) -> np.ndarray:
    b = [cosine, float(np.sqrt(1 - cosine**2))]
    return np.array([[1.0, 0.0], [0.0, 1.0], b, b])


def test_lead_rows_are_the_first_sentence_each_article_has():
    assert lead_rows(DOCS, INDEX) == frozenset({0, 2, 3})
    assert lead_rows([0, 0, 1], [2, 3, 5]) == frozenset({0, 2})  # after furniture was dropped


def test_two_leads_with_a_main_verb_in_common_announce_the_same_news():
    leads = lead_rows(DOCS, INDEX)
    signed = lambda rows: {r: ({"sign"} if r != 1 else {"ask"}) for r in rows}
    close, far = _vectors(LEAD_REPEAT_COSINE + 0.05), _vectors(LEAD_REPEAT_COSINE - 0.05)
    assert same_lead(close, DOCS, leads, 2, 0, signed)
    assert not same_lead(far, DOCS, leads, 2, 0, signed)  # not close enough
    assert not same_lead(close, DOCS, leads, 2, 0, lambda rows: {0: {"sign"}, 2: {"resign"}})  # another event
    assert not same_lead(close, DOCS, leads, 2, 0, lambda rows: {r: {"is"} for r in rows})  # a light verb
    assert not same_lead(close, DOCS, leads, 1, 2, signed)  # not a lead
    assert not same_lead(close, DOCS, leads, 2, 0, lambda rows: None)  # no parser: not judged


def test_numbers_of_a_sentence():
    assert numbers("The board approved 1,000 moorings and a 9-2 vote on 3 May.") == {"1,000", "9", "2", "3"}


def test_two_leads_about_the_same_actor_on_no_other_day_announce_the_same_news():
    # "The harbour master of Carrowby on Monday went to bat for the ferry crew ..." and "The harbour
    # master on Monday delivered a rebuke of the council ...": other verbs, the same actor and day.
    leads = lead_rows(DOCS, INDEX)
    close = _vectors(LEAD_REPEAT_COSINE + 0.05)
    verbs = lambda rows: {0: {"went"}, 2: {"deliver"}, 3: {"deliver"}}
    master = lambda rows: {r: {"master"} for r in rows}
    texts = ["The harbour master of Carrowby on Monday went to bat for the ferry crew.", "",
             "The harbour master on Monday delivered a rebuke of the council.",
             "The harbour master on Tuesday delivered a rebuke of the council."]
    assert same_lead(close, DOCS, leads, 2, 0, verbs, master, texts)
    assert not same_lead(close, DOCS, leads, 3, 0, verbs, master, texts)  # another day: another event
    assert not same_lead(close, DOCS, leads, 2, 0, verbs, lambda rows: {0: {"master"}, 2: {"council"}}, texts)  # another actor
    assert not same_lead(close, DOCS, leads, 2, 0, verbs, lambda rows: {r: {"it"} for r in rows}, texts)  # a stop word is no actor
    assert not same_lead(close, DOCS, leads, 2, 0, verbs)  # no subjects given: the verbs alone decide
    assert not same_lead(_vectors(LEAD_REPEAT_COSINE - 0.05), DOCS, leads, 2, 0, verbs, master, texts)  # not close enough


def test_actors_take_the_subject_of_a_verb_of_saying():
    import pytest

    spacy = pytest.importorskip("spacy")
    from newsweave.analyze.entities import shared_nlp
    from newsweave.errors import ModelError
    from newsweave.summarize.development import actors
    from newsweave.summarize.repeats import frame

    try:
        nlp = shared_nlp()
    except ModelError:
        pytest.skip("no English model")
    from newsweave.analyze.parsing import parse_texts

    (doc,) = parse_texts(nlp, ["Mayor Ilse Varga announced on Friday that she is running for a third term."])
    assert "varga" in actors(doc, frame(doc).subjects)
    (doc,) = parse_texts(nlp, ["A county judge granted a reprieve to Orlin Mills on Sunday."])
    assert {"judg", "mill"} <= actors(doc, frame(doc).subjects)  # a name the root acts on
    (doc,) = parse_texts(nlp, ["A county judge granted a reprieve to the miller on Sunday."])
    assert "miller" not in actors(doc, frame(doc).subjects)  # not a name: not who it is about
    assert spacy is not None


def test_a_re_announcing_lead_with_another_figure():
    from newsweave.summarize.development import other_figures

    chosen = "The mayor signed a harbour bill worth nearly 50 million crowns on Friday."
    rival = chosen
    assert other_figures("The mayor signed a 48 million crown harbour bill on Friday.", [chosen], rival)
    assert not other_figures("The mayor signed a harbour bill on Friday, cheered by 300 fishermen.", [chosen, "About 300 fishermen came."], rival)  # nothing new
    assert not other_figures("The mayor signed the 50 million crown bill on Friday, with 300 fishermen there.", [chosen], rival)  # adds, keeps the figure
    assert not other_figures("The mayor signed a 48 million crown harbour bill on Friday.", [chosen], "The mayor signed a harbour bill on Friday.")  # the rival has no figure


def _spacy_nlp():
    import pytest

    pytest.importorskip("spacy")
    from newsweave.analyze.entities import shared_nlp
    from newsweave.errors import ModelError

    try:
        return shared_nlp()
    except ModelError:
        pytest.skip("no English model")


def test_actors_take_the_subject_the_sentence_opens_with_when_the_parse_attaches_it_elsewhere():
    # The parse the small English model gave a real lead of this shape ("President X called U.S.
    # troops deployed around the world ..."): "called" a modifier of the troops, "deployed" the root.
    from spacy.tokens import Doc

    from newsweave.summarize.development import actors
    from newsweave.summarize.repeats import frame

    nlp = _spacy_nlp()
    words = ["Governor", "Pell", "called", "harbour", "pilots", "stationed", "along", "the", "coast", "."]
    heads = [1, 2, 4, 4, 5, 5, 5, 8, 6, 5]
    deps = ["compound", "nsubj", "amod", "compound", "nsubj", "ROOT", "prep", "det", "pobj", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "NOUN", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert "pell" in actors(doc, frame(doc).subjects)
    # a subordinate clause's subject does not open the sentence: not who the lead is about
    from newsweave.analyze.parsing import parse_texts

    (doc,) = parse_texts(nlp, ["After the harbour master resigned on Monday, the council appointed Ida Kern."])
    assert "master" not in actors(doc, frame(doc).subjects)


def test_actors_take_the_name_that_a_common_noun_subject_belongs_to():
    from newsweave.analyze.parsing import parse_texts
    from newsweave.summarize.development import actors
    from newsweave.summarize.repeats import frame

    nlp = _spacy_nlp()
    a, b, c = parse_texts(nlp, [
        "Some 40 Harbor Patrol agents posted at the docks are isolating since their flu tests came back positive.",
        "Forty Harbor Patrol officers are in quarantine over positive flu results.",
        "U.S. sailors left the harbour on Sunday.",
    ])
    shared = actors(a, frame(a).subjects) & actors(b, frame(b).subjects)
    assert {"harbor", "patrol"} <= shared  # agents / officers: one patrol's people
    assert "u.s." not in actors(c, frame(c).subjects)  # a country is no actor


def test_actors_take_whose_act_the_object_is():
    # "disputed a video promoted by X's campaign" is about the campaign as much as "The X campaign
    # is falsely claiming ...": two fact-checks' leads of one finding.
    from newsweave.analyze.parsing import parse_texts
    from newsweave.summarize.development import actors
    from newsweave.summarize.repeats import frame

    nlp = _spacy_nlp()
    a, b = parse_texts(nlp, [
        "Harbour officials disputed a video promoted by Mayor Ida Kern's campaign as evidence of fraud.",
        "The Kern campaign is falsely claiming that the footage shows illegal ballots.",
    ])
    shared = actors(a, frame(a).subjects) & actors(b, frame(b).subjects)
    assert {"campaign", "kern"} <= shared


def test_one_person_introduced_again_by_the_same_description_is_the_same_news():
    # Two outlets' leads with no main verb or actor word in common that counts at the lower bar:
    # "A third woman stepped forward ..." / "A third woman has now gone public ..."; "a fierce critic of X"
    # / "a prominent critic of X" (tenth session: no shared word needed, LEAD_EVENT_COSINE).
    from newsweave.analyze.parsing import parse_texts
    from newsweave.summarize.development import LEAD_EVENT_COSINE, actors, reintroduced
    from newsweave.summarize.repeats import frame

    nlp = _spacy_nlp()
    texts = [
        "A third woman stepped forward on Monday night and accused Harbour Master Orla Quist of an unwanted advance at a 2019 ferry party.",
        "",
        "A third woman has now gone public, saying that Harbour Master Orla Quist made unwanted advances toward her.",
        "A second woman has gone public with claims that Harbour Master Orla Quist made unwanted advances toward her.",
    ]
    docs = dict(zip([0, 2, 3], parse_texts(nlp, [texts[0], texts[2], texts[3]])))
    verbs = lambda rows: {r: set(frame(docs[r]).verbs) for r in rows}
    who = lambda rows: {r: actors(docs[r], frame(docs[r]).subjects) for r in rows}
    leads = lead_rows(DOCS, INDEX)
    between = _vectors((LEAD_EVENT_COSINE + LEAD_REPEAT_COSINE) / 2)  # under the bar of a shared actor word
    assert reintroduced(verbs([0, 2]), who([0, 2]), 0, 2)
    assert same_lead(between, DOCS, leads, 2, 0, verbs, who, texts)
    assert not reintroduced(verbs([0, 3]), who([0, 3]), 0, 3)  # a second woman is another woman
    assert not same_lead(_vectors(LEAD_EVENT_COSINE - 0.05), DOCS, leads, 2, 0, verbs, who, texts)  # not close enough
    a, b, c = parse_texts(nlp, [
        "The port authority has revoked the licence of a fierce critic of Mayor Ilse Varga.",
        "A prominent critic of Mayor Ilse Varga is being barred from the harbour.",
        "A prominent critic of Governor Pell is being barred from the harbour.",
    ])
    described = lambda d: {m for m in actors(d, frame(d).subjects) if m.startswith("@")}
    assert described(a) & described(b)
    assert not described(a) & described(c)  # a critic of someone else


def test_an_act_named_by_a_noun_is_the_act_a_verb_names():
    from newsweave.analyze.parsing import parse_texts
    from newsweave.summarize.development import actors, reintroduced
    from newsweave.summarize.repeats import frame

    nlp = _spacy_nlp()
    docs = parse_texts(nlp, [
        "The former harbour master, Ivo Brandt, is under investigation for a plot to sell the ferry licences.",
        "Prosecutor Dana Holm is investigating an alleged plan by Ivo Brandt to sell ferry licences.",
        "Ivo Brandt's expected appointment to the port board appeared in jeopardy on Friday.",
        "The mayor has appointed Ivo Brandt to the port board.",
    ])
    main = {k: set(frame(d).verbs) for k, d in enumerate(docs)}
    who = {k: actors(d, frame(d).subjects) for k, d in enumerate(docs)}
    assert reintroduced(main, who, 0, 1)  # "is under investigation" / "is investigating"
    # the noun of a full verb's subject is not the news: the jeopardy is
    assert not reintroduced(main, who, 2, 3)


def test_two_sentences_with_the_same_act_actor_and_day_report_one_event():
    # Not only leads: an article's second sentence re-announcing the removal the chosen lead gave.
    from newsweave.analyze.parsing import parse_texts
    from newsweave.summarize.development import LEAD_EVENT_COSINE, actors, same_event
    from newsweave.summarize.repeats import frame

    nlp = _spacy_nlp()
    texts = [
        "Mayor Ida Kern on Monday said the statue of Admiral Brand has been removed from the quay.",
        "",
        "Early Monday, the Brand statue was removed from the harbour museum's collection.",
        "On Tuesday, the Brand statue was removed from the harbour museum's collection.",
    ]
    docs = dict(zip([0, 2, 3], parse_texts(nlp, [texts[0], texts[2], texts[3]])))
    verbs = lambda rows: {r: set(frame(docs[r]).verbs) for r in rows}
    who = lambda rows: {r: actors(docs[r], frame(docs[r]).subjects) for r in rows}
    close = _vectors(LEAD_EVENT_COSINE + 0.05)
    assert same_event(close, DOCS, 2, 0, verbs, who, texts)
    assert not same_event(close, DOCS, 3, 0, verbs, who, texts)  # another day
    assert not same_event(_vectors(LEAD_EVENT_COSINE - 0.05), DOCS, 2, 0, verbs, who, texts)  # not close enough
    assert not same_event(close, DOCS, 2, 0, lambda rows: {0: {"remov"}, 2: {"clean"}}, who, texts)  # another act
    assert not same_event(close, [0, 0, 0, 0], 2, 0, verbs, who, texts)  # one article's own sentences


def test_an_act_named_by_a_noun_anywhere_in_the_main_clause_on_the_same_day():
    # "his resignation ... on Tuesday underscored ..." / "... resigned Tuesday": the same day named
    # in both, one lead's verb the act the other names by a noun.
    from newsweave.analyze.parsing import parse_texts
    from newsweave.summarize.development import LEAD_EVENT_COSINE, actors
    from newsweave.summarize.repeats import frame

    nlp = _spacy_nlp()
    texts = [
        "Ivo Brandt is a fisherman, but his resignation as harbour master on Tuesday exposed a rift in the council.",
        "",
        "The port's top official resigned Tuesday, the latest in a run of exits from the town hall.",
        "The port's top official resigned Monday, joining a growing list of departures from the town hall.",
    ]
    docs = dict(zip([0, 2, 3], parse_texts(nlp, [texts[0], texts[2], texts[3]])))
    verbs = lambda rows: {r: set(frame(docs[r]).verbs) for r in rows}
    who = lambda rows: {r: actors(docs[r], frame(docs[r]).subjects) for r in rows}
    leads = lead_rows(DOCS, INDEX)
    between = _vectors((LEAD_EVENT_COSINE + LEAD_REPEAT_COSINE) / 2)
    assert same_lead(between, DOCS, leads, 2, 0, verbs, who, texts)
    assert not same_lead(between, DOCS, leads, 3, 0, verbs, who, texts)  # another day
