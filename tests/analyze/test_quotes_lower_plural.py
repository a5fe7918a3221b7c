"""Quotes in lower-cased text, session 13 part 2 (issue 12): a surname ending in -s ("lohnes",
"simmons") is tagged as a plural noun; it is a speaker's name only where the syntax says so (a
role before it, a singular verb, a role in apposition, or the last word of a name given
earlier), never a common plural ("officials said", "the simmons family"). Fictional text written
for these tests."""

PAD = (
    "The ferry from porthcurno to the islands has not sailed since the storm in march, and the harbour "
    "office has been asked again and again when the service will come back for the summer months. "
)


def test_a_plural_tagged_surname_after_a_role_and_later_alone(quotes_of):
    text = PAD + (
        "\" the engine was flooded when we got there, \" said deputy petra pellows. Pellows was "
        "sent to check the moorings. \" nobody was hurt, \" pellows recalled."
    )
    got = quotes_of(text)
    assert got["the engine was flooded when we got there"] == "Petra Pellows"
    assert got["nobody was hurt"] == "Petra Pellows"


def test_a_plural_tagged_surname_with_a_singular_verb(quotes_of):
    text = PAD + "\" the islands deserve a proper service, \" jennings tells the gazette."
    assert quotes_of(text)["the islands deserve a proper service"] == "Jennings"


def test_a_surname_given_earlier_with_a_role_in_apposition(quotes_of):
    text = PAD + (
        "The council keeps asking morwen tremens, captain of the old ferry, what went wrong. When asked about "
        "the storm, tremens said, \" we should never have left the harbour that night. \""
    )
    assert quotes_of(text)["we should never have left the harbour that night."] == "Morwen Tremens"


def test_common_plurals_are_never_names(quotes_of):
    text = PAD + (
        "\" the service will resume in june, \" officials said. \" we are still waiting for the part, \" harbour "
        "workers said. \" it was a terrible week, \" the pellows family said. \" we want answers, \" islanders say."
    )
    got = quotes_of(text)
    assert got["the service will resume in june"] is None
    assert got["we are still waiting for the part"] is None
    assert got["it was a terrible week"] is None
    assert got["we want answers"] is None


def test_a_role_noun_introduced_in_another_outlets_article(quotes_of):
    first = PAD + "The council keeps asking morwen tremens, captain of the old ferry, what went wrong after the storm."
    named = PAD + "Morwen tremens is tired of the questions. \" we did everything by the book, \" the ferry captain says."
    assert quotes_of(first, named)["we did everything by the book"] == "Morwen Tremens"
    # This article does not give the name: whose captain is not said here, so unknown.
    unnamed = PAD + "The crossing was rough that night. \" we did everything by the book, \" the ferry captain says."
    assert quotes_of(first, unnamed)["we did everything by the book"] is None


def test_an_organisation_by_its_kind_only_when_the_article_names_one(quotes_of):
    one = PAD + (
        "The ferry is run by the tremaine shipping company, which bought the route in 2010. \" we are sorry for "
        "the delay, \" the company said."
    )
    assert quotes_of(one)["we are sorry for the delay"] == "Tremaine Shipping Company"
    two = PAD + (
        "The ferry is run by the tremaine shipping company, which hired the penwith marine company to fix it. "
        "\" we are sorry for the delay, \" the company said."
    )
    assert quotes_of(two)["we are sorry for the delay"] is None
    # "tremaine ferries" is not said to be a company: the company stays unknown.
    unsaid = PAD + "Tremaine ferries has run the route since 2010. \" we are sorry for the delay, \" the company said."
    assert quotes_of(unsaid)["we are sorry for the delay"] is None


def test_an_organisation_named_in_apposition_to_its_kind(quotes_of):
    text = PAD + (
        "The route has been run since 2010 by penwith sealink, the operator that also runs the bus. \" we are sorry "
        "for the delay, \" the operator said."
    )
    assert quotes_of(text)["we are sorry for the delay"] == "Penwith Sealink"


def test_a_surname_the_tagger_misread_after_a_role_and_a_first_name(nlp):
    # The parse as the tagger gives it on real text: the surname read as a comparative adverb but
    # with a noun's function and compound ("in the words of harbour administrator jory kestermaier").
    from spacy.tokens import Doc

    from newsweave.analyze.lower_names import lower_name

    words = ["in", "the", "words", "of", "harbour", "administrator", "jory", "kestermaier"]
    tags = ["IN", "DT", "NNS", "IN", "NN", "NN", "NNP", "RBR"]
    heads = [0, 2, 0, 2, 5, 7, 7, 3]
    deps = ["ROOT", "det", "pobj", "prep", "compound", "compound", "compound", "pobj"]
    doc = Doc(nlp.vocab, words=words, tags=tags, heads=heads, deps=deps)
    assert lower_name(doc[7]) == "Jory Kestermaier"
    # Without a role before the first name, an adverb stays an adverb.
    doc = Doc(nlp.vocab, words=["of", "jory", "faster"], tags=["IN", "NNP", "RBR"], heads=[0, 2, 0], deps=["ROOT", "compound", "pobj"])
    assert lower_name(doc[2]) is None


def test_a_quotation_continues_its_speaker_across_a_sentence_only_about_them(quotes_of):
    text = PAD + (
        "\" the call sounded like a child on the line, \" said deputy petra pellows. Pellows was sent to check. "
        "\" the door opened and a little girl ran out to meet me. \""
    )
    assert quotes_of(text)["the door opened and a little girl ran out to meet me."] == "Petra Pellows"
    # A sentence between that names someone else: unknown.
    other = PAD + (
        "\" the call sounded like a child on the line, \" said deputy petra pellows. Sergeant jory kestell was "
        "sent to check. \" the door opened and a little girl ran out to meet me. \""
    )
    assert quotes_of(other)["the door opened and a little girl ran out to meet me."] is None
