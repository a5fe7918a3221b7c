"""The lexical verifier: each check rejects what it should and accepts faithful rewording."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.verify import AllOf, LexicalVerifier, Verdict
from newsweave.verify.claims import date_terms, name_spans, negations, quoted
from newsweave.verify.judge import parse_judgement

SOURCES = [
    "Fourteen people were injured when a section of the Kestrel Footbridge collapsed into Port Alder harbour in Marrowby on Tuesday evening.",
    '"This is a dark day for Marrowby, and we will find out exactly what went wrong," said Mayor Helen Okafor.',
    "'We will not speculate about the cause until we have examined the evidence,' said Ruth Adebayo of the Transport Safety Board.",
    "Our members raised concerns again and again, and nobody listened, said branch secretary Gareth Pryce.",
    "Last month, council inspectors reported corrosion on two of the bridge's steel supports.",
]
V = LexicalVerifier()


def reasons(sentence: str, sources=SOURCES) -> tuple[str, ...]:
    return V.check(sentence, sources).reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "14 people were injured when part of the Kestrel Footbridge collapsed into Port Alder harbour in Marrowby on Tuesday.",
        'Mayor Okafor called it "a dark day for Marrowby".',
        "Ms Helen Okafor said they will find out exactly what went wrong.",
        "Ruth Adebayo of the Transport Safety Board said investigators will not speculate about the cause.",
        "Council inspectors reported corrosion on two steel supports of the bridge last month.",
    ],
)
def test_faithful_rewording_is_supported(sentence):
    verdict = V.check(sentence, SOURCES)
    assert verdict.supported, verdict.reasons


@pytest.mark.parametrize(
    ("sentence", "expect"),
    [
        ("Fourteen people were injured when the Kestrel Footbridge collapsed, said John Smith.", "names not in the cited sources: john, smith"),
        ("Helen Pryce said it was a dark day for Marrowby.", "name not found as one name"),
        ("Twenty people were injured when the Kestrel Footbridge collapsed into Port Alder harbour in Marrowby.", "numbers not in the cited sources: 20"),
        ("Fourteen people were injured when the Kestrel Footbridge collapsed in 2012.", "numbers not in the cited sources: 2012"),
        ("Fourteen people were injured when the Kestrel Footbridge collapsed into Port Alder harbour on Wednesday.", "dates not in the cited sources: wednesday"),
        ("Fourteen people were injured when the Kestrel Footbridge collapsed in March.", "dates not in the cited sources: march"),
        ('Mayor Helen Okafor said: "This is a tragic day for Marrowby."', "quoted words not in the cited sources"),
        ("Fourteen people were not injured when the Kestrel Footbridge collapsed into Port Alder harbour.", "negation (not) not in the cited sources"),
        ("Ruth Adebayo of the Transport Safety Board will speculate about the cause.", "drops the source's negation"),
        ("This is a dark day for Marrowby, and the council will find out exactly what went wrong.", "presents quoted words as fact"),
        ("Fourteen people were injured when terrorists bombed the Kestrel Footbridge with explosives planted overnight.", "content words"),
    ],
)
def test_invented_or_flipped_content_is_rejected(sentence, expect):
    found = reasons(sentence, SOURCES[:1] if "Kestrel" in sentence else SOURCES)
    assert any(expect in r for r in found), found


def test_a_quotation_running_over_sentences_is_not_fact():
    # The source sentence opens a quote it does not close: its words are the speaker's.
    sources = ['"Because of our march, 50,000 more people have signed up to the petition.']
    assert "presents quoted words as fact" in V.check("Because of our march, 50,000 more people have signed up to the petition.", sources).reasons[0]
    assert V.check("A spokesman said that because of our march, 50,000 more people have signed up to the petition.", sources).supported


def test_no_sources_is_unsupported():
    assert V.check("Fourteen people were injured.", []) == Verdict(False, ("no source sentence supports it",), 0.0)


def test_claim_extractors():
    assert ("helen", "okafor") in name_spans("The mayor, Helen Okafor, spoke.")
    assert name_spans("However, the bridge fell.") == []
    assert ("nato",) in name_spans("NATO said nothing.")
    assert date_terms("It fell on Tuesday, last month, not in May.") == {"tuesday", "last month", "may"}
    assert date_terms("It may fall.") == set()
    assert quoted("He said \u201cnobody listened\u201d and 'a race against the tide'.") == ["nobody listened", "a race against the tide"]
    assert negations("They did not speculate.") == [("not", "speculat")]


def test_all_of_stops_at_the_first_objection():
    class MustMentionBridge:  # a user's own verifier plugged in next to the lexical checks
        calls = 0

        def check(self, sentence, sources):
            MustMentionBridge.calls += 1
            ok = "bridge" in sentence.lower()
            return Verdict(ok, () if ok else ("no bridge",), 1.0 if ok else 0.0)

    chain = AllOf((LexicalVerifier(), MustMentionBridge()))
    assert chain.check("Fourteen people were injured in Marrowby on Tuesday evening.", SOURCES).reasons == ("no bridge",)
    assert chain.check("Fourteen people were injured at the Kestrel Footbridge.", SOURCES).supported
    before = MustMentionBridge.calls
    assert not chain.check("John Smith was injured.", SOURCES).supported
    assert MustMentionBridge.calls == before  # the lexical check already objected


@pytest.mark.parametrize(("answer", "expect"), [("Yes.", True), ("no, it does not", False), (" YES, all facts", True), ("Maybe", None), ("", None)])
def test_parse_judgement(answer, expect):
    assert parse_judgement(answer) is expect


@settings(max_examples=60, deadline=None)
@given(
    base=st.sampled_from(SOURCES),
    number=st.integers(min_value=15, max_value=99999).filter(lambda n: n not in (1998,)),
    position=st.floats(min_value=0, max_value=1),
)
def test_an_inserted_number_is_always_caught(base, number, position):
    # Any source sentence with a number the sources never mention must fail.
    words = base.split()
    at = int(position * len(words))
    sentence = " ".join(words[:at] + [str(number)] + words[at:])
    verdict = V.check(sentence, SOURCES)
    assert not verdict.supported
    assert any(str(number) in r for r in verdict.reasons)


@settings(max_examples=60, deadline=None)
@given(
    base=st.sampled_from(SOURCES[:2] + SOURCES[3:]),
    name=st.from_regex(r"[A-Z][a-z]{3,9} [A-Z][a-z]{4,10}", fullmatch=True),
)
def test_an_invented_speaker_is_always_caught(base, name):
    sentence = base.rstrip(".") + f", according to {name}."
    known = {w.lower() for s in SOURCES for w in s.replace(",", " ").split()}
    if all(part.lower() in known for part in name.split()):
        return  # hypothesis drew a real name from the sources
    assert not V.check(sentence, SOURCES).supported
