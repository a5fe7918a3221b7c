"""A body spoken of by its kind in a cased article (session 16 of issue 12, `analyze/body_nouns.py`):
"the company said" is the one company named before, "the agency said" the one agency; two that fit,
or none: unknown. Fictional sentences written for these tests."""


def test_the_company_is_the_one_firm_named_before(quotes_of):
    got = quotes_of(
        "Quillon Inc. on Monday banned the harbour app from its store, after the Ocean Health Organization "
        "warned about it. “We acted to keep our users safe from a fake tide chart,” the company said in a blog post."
    )
    assert got["We acted to keep our users safe from a fake tide chart"] == "Quillon Inc"


def test_the_agency_is_the_one_agency_named_before(quotes_of):
    got = quotes_of(
        "The Office of Tidal Safety and the Marine Hazards Administration (MHA) on Tuesday changed its "
        "guidance for boat owners. The agency said owners should carry flares in “all coastal waters” from June."
    )
    assert got["all coastal waters"] == "Marine Hazards Administration"


def test_the_company_after_two_firms_is_unknown(quotes_of):
    got = quotes_of(
        "Quillon Inc. and Brannock Corp. on Monday both banned the harbour app. “We acted to keep our "
        "users safe from a fake tide chart,” the company said in a blog post."
    )
    assert got["We acted to keep our users safe from a fake tide chart"] is None


def test_the_department_after_a_police_force_is_that_force(quotes_of):
    got = quotes_of(
        "The stop was lawful, the Lowmarsh Police said on Sunday. The department said the van was "
        "searched “with the full consent of the driver” that night."
    )
    assert got["with the full consent of the driver"] == "Lowmarsh Police"


def test_the_central_bank_is_the_one_central_bank_named_before(quotes_of):
    # session 17, brief M: the acronym spelled with its "of" is the same body; "Q&A" is no body
    got = quotes_of(
        "In a Q&A on its website, the People's Bank of Veldra (PBOV) warned savers about tide bonds. "
        "“Trading them is an unlawful activity for local residents,” the central bank said."
    )
    assert got["Trading them is an unlawful activity for local residents"] == "People's Bank of Veldra"


def test_the_central_bank_is_not_a_commercial_bank(quotes_of):
    got = quotes_of(
        "Quillon Bank and Brannock Savings cut their rates on Friday. "
        "“Borrowing will stay cheap for a while,” the central bank said."
    )
    assert got["Borrowing will stay cheap for a while"] is None


def test_the_network_is_the_one_broadcaster_named_before(quotes_of):
    got = quotes_of(
        "The mayor said he would skip the debate hosted by Harbour News on Thursday. "
        "“We will hold the debate with or without him,” the network said in a statement."
    )
    assert got["We will hold the debate with or without him"] == "Harbour News"
