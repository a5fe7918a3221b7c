"""Lower-cased dotted abbreviations and company suffixes in sentence-cased copies (Multi-News
val100: every letter lower-cased, then a capital after every full stop). Fictional text."""

from __future__ import annotations

from newsweave.text.segment import split_spans


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_spans(text)]


def test_a_lower_cased_state_abbreviation_before_a_name_does_not_end_the_sentence():
    text = "The hearing was set for jan. 9. The n.d. Attorney general's office said monday it would appeal the ruling."
    assert sentences(text) == ["The hearing was set for jan. 9.", "The n.d. Attorney general's office said monday it would appeal the ruling."]
    # Run-together lower-case initials inside a name: one sentence.
    text = "Dr. lena ames of the marrow t.h. Gale school of medicine led the study."
    assert sentences(text) == [text]


def test_a_lower_cased_state_abbreviation_still_ends_before_a_common_opener():
    text = "The ferry sailed from wilmington, n.c. The crossing took four hours."
    assert sentences(text) == ["The ferry sailed from wilmington, n.c.", "The crossing took four hours."]


def test_a_lower_cased_company_suffix_before_and_continues_the_sentence():
    text = "The breach follows thefts at marrow foods inc. And tollbridge bank inc. The regulators fined both."
    assert sentences(text) == ["The breach follows thefts at marrow foods inc. And tollbridge bank inc.", "The regulators fined both."]
    # A cased suffix: "Inc. And" with a capital after a capitalised suffix is left to end.
    text = "The deal went to Marrow Foods Inc. And the rival bid failed within a week."
    assert sentences(text) == ["The deal went to Marrow Foods Inc.", "And the rival bid failed within a week."]
