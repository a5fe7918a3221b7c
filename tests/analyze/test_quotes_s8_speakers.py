"""Session 23 (issue 12, brief S8): seed32's wrong speaker and one missing one, each a kind of
construction (`analyze/dash_item_names.py`, `analyze/noun_openers.py`). Fictional sentences written
for these tests; each first test fails without its rule, and each guard test shows a reading the
rule must leave alone."""

HIRED = "Tom Reed hired Ada at the Trust after her season as a summer deckhand in 2004."
ITEM = (
    "HARBOUR NOTES -- the week on the quays.\n\n"
    "– Ada Vance named harbour master of the Port Trust -- Tom Reed emails the crews: "
    f"“{HIRED} She will run the night pilots from May.”\n\n"
    "– Ivo Lund back to the Courier -- Nora Hale and Ben Moss email the staff: “Ivo returns as our sea editor.”"
)


def test_newsletter_items_keep_the_name_next_to_the_verb(quotes_of):
    # The parser reads these made-up items right; the rule must not change them. (The seed32 item's
    # misparse depends on its own words; the parse-level tests below give that parse.)
    got = quotes_of(ITEM)
    assert got[f"{HIRED} She will run the night pilots from May."] == "Tom Reed"
    assert got["Ivo returns as our sea editor."] in ("Ben Moss and Nora Hale", "Nora Hale and Ben Moss")


def test_plain_subject_with_a_comma_apposition_is_left_alone(quotes_of):
    text = "Harbour master Ada Vance, the Trust's chief, told the crews: “The night pilots start in May.”"
    assert quotes_of(text)["The night pilots start in May."] == "Ada Vance"


def _parsed(words, heads, deps, pos):
    """A made-up sentence with the parse spaCy gave seed32's newsletter item (headline name as the
    subject, the name after the dash as its apposition)."""
    import spacy
    from spacy.tokens import Doc

    tags = {"PROPN": "NNP", "VERB": "VBZ", "NOUN": "NN", "PUNCT": ":", "ADP": "IN", "DET": "DT"}
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=[tags[p] for p in pos])


def test_dashed_apposition_takes_the_name_next_to_the_verb():
    from newsweave.analyze.dash_item_names import dashed_apposition

    words = ["Ada", "Vance", "named", "editor", "--", "Tom", "Reed", "emails", "the", "staff"]
    heads = [1, 7, 1, 2, 1, 6, 1, 7, 9, 7]
    deps = ["compound", "nsubj", "acl", "oprd", "punct", "compound", "appos", "ROOT", "det", "dobj"]
    pos = ["PROPN", "PROPN", "VERB", "NOUN", "PUNCT", "PROPN", "PROPN", "VERB", "DET", "NOUN"]
    doc = _parsed(words, heads, deps, pos)
    assert dashed_apposition(doc[1], doc[7]).text == "Reed"
    comma = _parsed([w if w != "--" else "," for w in words], heads, deps, pos)
    assert dashed_apposition(comma[1], comma[7]) is None  # "Vance, ... Reed emails": no dash, no change
    hyphen = _parsed([w if w != "--" else "-" for w in words], heads, deps, pos)
    assert dashed_apposition(hyphen[1], hyphen[7]) is None  # a hyphen is no separator


def test_dashed_apposition_must_end_right_before_the_verb():
    from newsweave.analyze.dash_item_names import dashed_apposition

    words = ["Ada", "Vance", "--", "Tom", "Reed", "today", "emails", "the", "staff"]
    heads = [1, 6, 1, 4, 1, 6, 6, 8, 6]
    deps = ["compound", "nsubj", "punct", "compound", "appos", "npadvmod", "ROOT", "det", "dobj"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "NOUN", "VERB", "DET", "NOUN"]
    doc = _parsed(words, heads, deps, pos)
    assert dashed_apposition(doc[1], doc[6]) is None


SLOW = "Too many towns have been too slow to act."
GRANTS = (
    "The harbour board urged towns on Monday to speed up the repair grants after the winter storms. "
    "“Towns long ago received the grants,” press secretary Ada Vance said in a statement. "
    f"“{SLOW}” States have spent only a fraction of the money meant to fix the piers..."
)


def test_sentence_opening_plural_noun_is_no_speech_verb(quotes_of):
    assert quotes_of(GRANTS)[SLOW] == "Ada Vance"  # was unknown: "States" read as "Said Ellis:"


def test_sentence_opening_said_before_a_name_is_still_a_cue(quotes_of):
    text = "The board met on Monday to talk about the piers. Said harbour master Ada Vance: “We will fix every one.”"
    assert quotes_of(text)["We will fix every one."] == "Ada Vance"


FAIR = "a fair deal"
TIMETABLE = (
    "Councillor Ada Vance angered the ferry crews on Monday when she referred to the new winter "
    f"timetable as “{FAIR}” during a council meeting. The crews walked out an hour later."
)


def test_pronoun_of_an_adverbial_clause_points_to_the_one_named_main_subject(quotes_of):
    assert quotes_of(TIMETABLE).get(FAIR) == "Ada Vance"  # was unknown: no speech verb, "she" not taken


def test_pronoun_clause_with_another_person_named_stays_unknown(quotes_of):
    text = (
        "Councillor Ada Vance angered Tom Reed on Monday when she referred to the new winter "
        f"timetable as “{FAIR}” during a council meeting. The crews walked out an hour later."
    )
    assert quotes_of(text).get(FAIR) is None
