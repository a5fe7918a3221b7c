"""Terms are not quotes; a clause's own speech verb, a statement's issuer, a new source between two
quotations (session 7 of issue 12). Fictional sentences written for these tests."""

from newsweave.analyze.entities import build_entities
from newsweave.analyze.speech import not_speech, quote_spans
from newsweave.text.segment import segment
from newsweave.types import Article, content_id


def test_a_short_verbless_phrase_in_a_sentence_naming_nobody_is_a_term(quotes_of):
    got = quotes_of(
        'That sort of "quiet gardening" is spreading fast among weekend growers.\n\n'
        'Mayor Ada Linn praised the scheme as a "bold step" for the valley.'
    )
    assert "quiet gardening" not in got
    assert "bold step" in got  # the sentence names someone who may have said it: kept


def test_a_quoted_modifier_of_a_noun_is_a_term(quotes_of):
    got = quotes_of('The council on Tuesday struck down a rule banning landlords from using "silent renewal" clauses in leases.')
    assert "silent renewal" not in got


def test_the_term_and_another_name_are_not_speech():
    text = 'The ministry rejected the term "managed decline" outright. Doctors watch LDL, or "slow fat," closely.'
    spans = quote_spans(text)
    assert [text[s:e] for s, e in spans] == ["managed decline", "slow fat"]
    assert [not_speech(text, s, e, has_cue=True) for s, e in spans] == ["term", "term"]


def test_a_double_prime_closes_a_nickname():
    text = "Harbour master Peter “Salt″ Rowe told reporters that the quay was closed."
    spans = quote_spans(text)
    assert [text[s:e] for s, e in spans] == ["Salt"]


def test_a_clause_with_its_own_subject_has_its_own_speaker(quotes_of):
    got = quotes_of(
        'Earlier, Mayor Ada Linn described the bids as late, while council chief Robert Teyes called on members to "finish the vote tonight".'
    )
    assert got == {"finish the vote tonight": "Robert Teyes"}


def test_a_noun_that_cannot_speak_is_no_speaker(quotes_of):
    got = quotes_of(
        'Judge Mara Holt said the case was sad.\n\n'
        "Holt judged Pell's regret to be sincere and remarked that losing the farm was already a \"heavy price to pay for a mistake\"."
    )
    assert got["heavy price to pay for a mistake"] in (None, "Mara Holt")


def test_a_statement_is_its_issuers_not_the_person_it_apologises_to(quotes_of):
    got = quotes_of(
        "Councillor Lisa Dorn said the leaflet was offensive.\n\n"
        "Varnley's campaign issued an apology to Dorn, saying in a statement that the leaflet was a mistake.\n\n"
        '"We will focus on the issues until polling day," the statement said.'
    )
    assert got["We will focus on the issues until polling day"] in ("Varnley", "Varnley's campaign")


def test_a_new_source_between_two_quotations_breaks_the_continuation(quotes_of):
    got = quotes_of(
        '"We never sold the data," a Google spokeswoman wrote in an email. '
        'A Microsoft rep emailed later with the company rules: "We delete every record after a year."'
    )
    assert got["We never sold the data"] == "Google spokeswoman"
    assert got["We delete every record after a year."] in (None, "Microsoft rep")


def test_he_points_to_a_subject_the_tagger_missed_there_but_knows(analyzer):
    from newsweave.analyze.entities import Mention

    text = (
        "Councillor Tom Lesser opened the hearing on the harbour.\n\n"
        "The leaflets arrived on Monday.\n\n"
        "Lesser told the Gazette that he was astonished when he first saw one.\n\n"
        "“I did not believe it at first,” he said."
    )
    docs = (segment(Article(id=content_id(text), outlet="Outlet 0", text=text)),)
    at = text.index("Tom Lesser")
    index = build_entities(docs, [Mention(docs[0].article.id, at, at + len("Tom Lesser"), "Tom Lesser", "person")])
    got = {q.text: q.speaker for q in analyzer.quotes.extract(docs, index)}
    assert got == {"I did not believe it at first": "Tom Lesser"}


def test_a_former_role_typed_as_an_organisation_is_the_person_with_that_role(analyzer):
    from newsweave.analyze.entities import Mention

    text = (
        "Kate Holm, a GP in the town, has searched the coast for years.\n\n"
        'The former GP told the paper how she returns to the beach to "look for answers every spring".'
    )
    docs = (segment(Article(id=content_id(text), outlet="Outlet 0", text=text)),)
    aid, at, gp = docs[0].article.id, text.index("Kate Holm"), text.index("GP told")
    index = build_entities(docs, [Mention(aid, at, at + 9, "Kate Holm", "person"), Mention(aid, gp, gp + 2, "GP", "organization")])
    got = {q.text: q.speaker for q in analyzer.quotes.extract(docs, index)}
    assert got == {"look for answers every spring": "Kate Holm"}


def test_after_the_quote_the_name_after_a_station_and_title_speaks(quotes_of):
    got = quotes_of("Dana Moss has covered the line for years.\n\n“Was it hard to see the footage again,” asked KTV 9 Reporter Dana Moss.")
    assert got == {"Was it hard to see the footage again": "Dana Moss"}
