"""Checks on a resolved speaker (session 15 of issue 12, `analyze/speaker_checks.py`): a party word
is no name, "the former X" is the former one, "they said" is the sentence's own plural subject, and
"revealed" reports. Fictional sentences written for these tests."""


def test_a_party_word_in_apposition_gives_the_name(quotes_of):
    got = quotes_of(
        "In a post on her website, Marla Quenby, a longtime Republican, said that she would give a "
        "“full account” of the harbour plan in the coming weeks."
    )
    assert got["full account"] == "Marla Quenby"


def test_a_ranking_party_member_without_a_name_is_unknown(quotes_of):
    got = quotes_of(
        "Rep. Dalton Pryce shared the report of the harbour panel on Monday. The panel's ranking "
        "Republican, during an appearance on a morning show, laid out its points and asserted that the "
        "port board is “deeply worried” by the findings."
    )
    assert got["deeply worried"] is None


def test_the_former_role_is_the_former_holder(quotes_of):
    got = quotes_of(
        "Former Mayor Tobias Wren on Friday attacked the port board after a review confirmed Mayor "
        "Elsa Brandt's victory in the harbour ward. In a statement, the former mayor called the review "
        "a scandal that “proves the count was rigged from the start.”"
    )
    assert got["proves the count was rigged from the start."] == "Tobias Wren"


def test_they_said_is_the_sentences_own_plural_subject(quotes_of):
    got = quotes_of(
        "A new filter from Corvane appears to halve the silt in the harbour, the Port Authority said. "
        "Now Corvane and its partner Belmar Marine will seek a permit for the filter “as soon as we can,” they said."
    )
    assert got["as soon as we can"] in ("Corvane", "Belmar Marine", "Belmar Marine and Corvane", "Corvane and Belmar Marine")


def test_revealed_reports_the_subjects_words(quotes_of):
    got = quotes_of(
        "On Thursday, press secretary Nina Carrow was asked about the harbour dredging. Carrow revealed "
        "that the council is “in regular touch with the dredging firms” about it."
    )
    assert got["in regular touch with the dredging firms"] == "Nina Carrow"


def test_he_in_an_article_naming_one_person_is_that_person(quotes_of):
    got = quotes_of(
        "Gov. Daniel Harper on Monday issued another order on the harbour. Harper also called on the "
        "Assembly to pass a law. The Assembly is in its third session, which ends Oct. 19. \"The harbour "
        "plan is safe, but should remain voluntary,\" he said in a post on Monday."
    )
    assert got["The harbour plan is safe, but should remain voluntary"] == "Daniel Harper"


def test_he_after_two_people_stays_unknown(quotes_of):
    got = quotes_of(
        "Gov. Daniel Harper on Monday met Mayor Thomas Reed about the harbour. The Assembly is in its "
        "third session, which ends Oct. 19. \"The harbour plan is safe, but should remain voluntary,\" "
        "he said in a post on Monday."
    )
    assert got["The harbour plan is safe, but should remain voluntary"] is None


def test_the_caucus_is_the_one_caucus_named_before(quotes_of):
    got = quotes_of(
        "The Harbour Reform Caucus sent a letter to Speaker Daniel Harper on Friday. The caucus wrote to "
        "Harper, saying that they \u201crespectfully ask that you call a vote on the harbour.\u201d"
    )
    assert got["respectfully ask that you call a vote on the harbour."] == "Harbour Reform Caucus"


def test_a_signature_with_a_title_gives_the_person(quotes_of):
    got = quotes_of(
        "\u201cWas the warden paid for these permits? Is he profiting from the crisis?\u201d \u2014 Harbour "
        "Reform Committee Chair Maria Lopez, in a tweet, April 26, 2021"
    )
    assert got["Was the warden paid for these permits? Is he profiting from the crisis?"] == "Maria Lopez"


def test_he_after_an_unnamed_officer_stays_unknown(quotes_of):
    got = quotes_of(
        "Gov. Daniel Harper on Monday issued another order on the harbour. A port officer read it out at "
        "the quay. \"The harbour plan is safe, but should remain voluntary,\" he said in a post on Monday."
    )
    assert got["The harbour plan is safe, but should remain voluntary"] is None


def test_a_hashtag_is_no_person_in_view(quotes_of):
    got = quotes_of(
        "Laura Bennett has said that the council is in a \"closed club\" in an interview. The outspoken "
        "singer and #MeToo advocate spoke of growing up in one herself. \"I am not here to shame anyone "
        "about their votes,\" she told the host on Monday night."
    )
    assert got["I am not here to shame anyone about their votes"] == "Laura Bennett"


def test_the_n_year_old_after_the_quote_is_the_person_in_view(quotes_of):
    got = quotes_of(
        "\u201cWe are close to the end,\u201d harbour warden Michael Owens told the Courier as he guarded the quay. "
        "\u201cThe biggest pier is the one left standing,\u201d the 33-year-old, clad in oilskins, told the paper."
    )
    assert got["The biggest pier is the one left standing"] == "Michael Owens"
