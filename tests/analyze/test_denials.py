"""Claims against denials, on fictional text written here."""

import pytest

from newsweave.analyze.denials import denial_conflicts

from .conftest import fictional_docs as _docs


def test_claim_against_its_denial_is_a_conflict(nlp):
    docs = _docs(
        "The harbour master is facing calls to resign for reportedly discussing the Brellham pier contract with the Darnmouth mayor.",
        "The harbour master said on Monday that he had never discussed the Brellham pier contract with the Darnmouth mayor.",
    )
    (c,) = denial_conflicts(docs, nlp=nlp)
    assert c.kind == "claim"
    assert c.sides[0].article_ids == (docs[0].article.id,) and c.sides[1].article_ids == (docs[1].article.id,)
    assert "discussing" in c.sides[0].value and "discussed" in c.sides[1].value


@pytest.mark.parametrize("denial", [
    "The harbour master denied on Monday that he discussed the Brellham pier contract with the Darnmouth mayor.",
    "The harbour master denies discussing the Brellham pier contract with the Darnmouth mayor.",
])
def test_claim_against_a_verb_of_denying_is_a_conflict(nlp, denial):
    docs = _docs(
        "The harbour master is facing calls to resign for reportedly discussing the Brellham pier contract with the Darnmouth mayor.",
        denial,
    )
    (c,) = denial_conflicts(docs, nlp=nlp)
    assert c.sides[1].article_ids == (docs[1].article.id,)
    assert c.sides[1].value.startswith("says it did not (deni") and "discuss" in c.sides[1].value


@pytest.mark.parametrize(
    "a, b",
    [
        # a court denying a motion denies no claim
        ("The Brellham court dismissed the case against the harbour master on Tuesday.",
         "The Brellham court denied the motion to dismiss the case against the harbour master on Tuesday."),
        # a denial bounded in time is no denial of the later event
        ("Nora Vell says that upon meeting Governor Oakes at a wedding in Brellham, he grabbed her arm.",
         "Nora Vell had never met Governor Oakes before the wedding in Brellham."),
        # a forecast against an outcome
        ("Governor Oakes signed the Brellham harbour bill on Tuesday.",
         "Governor Oakes will not sign the Brellham harbour bill, his aides said."),
        # a participle describing a noun is not the claim
        ("A photograph showing Admiral Crane at Port Eller is a composite of three images.",
         "The archive said the photograph does not show Admiral Crane at Port Eller at all."),
        # both sides deny
        ("Governor Oakes said no money was paid to the Brellham pier fund.",
         "Governor Oakes said the state did not pay any money to the Brellham pier fund."),
    ],
)
def test_no_conflict(nlp, a, b):
    assert denial_conflicts(_docs(a, b), nlp=nlp) == []


def test_one_article_is_not_compared_with_itself(nlp):
    docs = _docs("He reportedly discussed the Brellham pier contract with the Darnmouth mayor. "
                 "He said he had never discussed the Brellham pier contract with the Darnmouth mayor.")
    assert denial_conflicts(docs, nlp=nlp) == []


def test_claim_conflicts_validate_against_the_story_schema(nlp):
    import dataclasses
    import json
    from pathlib import Path

    jsonschema = pytest.importorskip("jsonschema")
    from newsweave.render.json import report_dict
    from newsweave.types import StoryReport, Summary

    docs = _docs(
        "The harbour master is facing calls to resign for reportedly discussing the Brellham pier contract with the Darnmouth mayor.",
        "The harbour master said on Monday that he had never discussed the Brellham pier contract with the Darnmouth mayor.",
    )
    conflicts = tuple(denial_conflicts(docs, nlp=nlp))
    assert [c.kind for c in conflicts] == ["claim"]
    report = dataclasses.replace(StoryReport(story_id="s", documents=docs, summary=Summary(story_id="s", method="none", sentences=())), conflicts=conflicts)
    schema = json.loads((Path(__file__).resolve().parents[2] / "src/newsweave/schema/story.schema.json").read_text())
    jsonschema.validate(report_dict(report), schema)


def test_a_denied_obligation_against_the_obligation_is_a_conflict(nlp):
    # fails on daa39c8: the negation sits on "have" (an AUX), and the name is the subject of the first conjunct
    docs = _docs(
        "Now, Harlan Dusk is cleared of every charge and so does not have to register as a foreign lobbyist.",
        "Officials learned on Friday that Harlan Dusk still had to register as a foreign lobbyist for an older Vellmore sentence.",
    )
    (c,) = denial_conflicts(docs, nlp=nlp)
    assert c.kind == "claim"
    assert c.sides[0].article_ids == (docs[1].article.id,) and c.sides[1].article_ids == (docs[0].article.id,)
    assert "register" in c.sides[0].value and "not" in c.sides[1].value and "register" in c.sides[1].value


@pytest.mark.parametrize(
    "a, b",
    [
        # an obligation and a plain act can both be true
        ("Harlan Dusk did not register as a foreign lobbyist in Vellmore county.",
         "Officials said Harlan Dusk had to register as a foreign lobbyist in Vellmore county."),
        ("Harlan Dusk does not have to register as a foreign lobbyist in Vellmore county.",
         "Harlan Dusk registered as a foreign lobbyist in Vellmore county in 2009."),
        # another person's obligation
        ("Harlan Dusk does not have to register as a foreign lobbyist.",
         "Officials said Mara Quill still had to register as a foreign lobbyist."),
    ],
)
def test_obligations_need_the_same_modality_and_person(nlp, a, b):
    assert denial_conflicts(_docs(a, b), nlp=nlp) == []
