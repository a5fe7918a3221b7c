"""Session 22 (issue 12): a speech verb after "Name, description" with no comma closing the
description (`analyze/appositive_speakers.py`): the institution at the end of the description is
not the speaker; the person the sentence opens on is. Fictional sentences written for these tests."""

LEAD = "Tides along the north coast rose faster this year than any model had predicted, a new report found. "
WORDS = "The tides are rising faster than any of us thought possible."


def test_an_unclosed_description_gives_the_person_not_the_institution(quotes_of):
    got = quotes_of(LEAD + f"Dr Mara Ellison, lead author of the report at Harwick University explained: “{WORDS}”")
    assert got[WORDS] == "Mara Ellison"


def test_the_institution_alone_before_the_verb_is_not_the_speaker(quotes_of):
    # no named person opens the sentence: unknown, not the university
    got = quotes_of(LEAD + f"Researchers, lead authors of the report at Harwick University explained: “{WORDS}”")
    assert WORDS in got and got[WORDS] is None


def test_a_closed_description_still_gives_the_person(quotes_of):
    got = quotes_of(LEAD + f"Dr Mara Ellison, lead author of the report at Harwick University, explained: “{WORDS}”")
    assert got[WORDS] == "Mara Ellison"


def _opening(words_tags, people):
    """opening_name on a hand-tagged sentence whose last-but-one word is the speech verb."""
    import spacy
    from spacy.tokens import Doc

    from newsweave.analyze.appositive_speakers import opening_name

    words, tags = zip(*(w.rsplit("/", 1) for w in words_tags.split()))
    doc = Doc(spacy.blank("en").vocab, words=list(words), tags=list(tags), sent_starts=[True] + [False] * (len(words) - 1))

    class Ctx:
        def entity_at(self, start, end, kinds=("person",)):
            return people.get(doc.text[start:end]) if "person" in kinds else None

    return opening_name(doc[len(doc) - 2], 0, Ctx())


def test_a_second_person_inside_the_description_gives_no_one():
    people = {"Ellison": "Mara Ellison", "Brell": "Tomas Brell"}
    assert _opening("Dr/NNP Mara/NNP Ellison/NNP ,/, aide/NN at/IN Harwick/NNP explained/VBD :/:", people) == "Mara Ellison"
    assert _opening("Mara/NNP Ellison/NNP ,/, aide/NN to/IN Tomas/NNP Brell/NNP at/IN Harwick/NNP explained/VBD :/:", people) is None


def test_no_one_without_a_role_noun_a_person_first_or_with_a_second_comma():
    people = {"Ellison": "Mara Ellison"}
    assert _opening("Mara/NNP Ellison/NNP ,/, at/IN last/JJ ,/, explained/VBD :/:", people) is None
    assert _opening("Mara/NNP Ellison/NNP ,/, very/RB quietly/RB then/RB explained/VBD :/:", people) is None
    assert _opening("Harwick/NNP ,/, lead/JJ author/NN at/IN Calder/NNP explained/VBD :/:", people) is None


def test_an_honorific_makes_an_untagged_name_a_person():
    assert _opening("Dr/NNP Mara/NNP Ellison/NNP ,/, lead/JJ author/NN at/IN Harwick/NNP explained/VBD :/:", {}) == "Mara Ellison"
    assert _opening("Mara/NNP Ellison/NNP ,/, lead/JJ author/NN at/IN Harwick/NNP explained/VBD :/:", {}) is None
