"""Scare quotes (session 15 of issue 12, `analyze/scare_quotes.py`): a short quoted term in a noun
slot of the writer's own sentence, with no speaker, is no quotation; one word after "about" is a
topic. Fictional sentences written for these tests."""


def test_a_term_after_an_article_without_a_speaker_is_not_listed(quotes_of):
    got = quotes_of(
        "Ferry crews and some passengers are wondering if the late sailings are part of a “rota strike” "
        "in protest at the new rota. The ferry union said the delays were “entirely down to the weather.”"
    )
    assert "rota strike" not in got
    assert "entirely down to the weather." in got


def test_a_theory_in_the_writers_clause_is_not_listed(quotes_of):
    got = quotes_of(
        "It happened that Mayor Odile Varga was the loudest voice pushing the case of the “tunnel swap "
        "theory,” which meant the council heard little else that spring."
    )
    assert "tunnel swap theory" not in got


def test_one_word_after_about_is_a_topic(quotes_of):
    got = quotes_of(
        "Councillor Bram Ellery stirred a row on the island by complaining about “gloominess” in an "
        "interview with a local radio host on Friday."
    )
    assert "gloominess" not in got


def test_a_term_with_a_speaker_is_kept(quotes_of):
    got = quotes_of("The harbour master, Ines Caldow, called the new rota a “real mess” on Monday.")
    assert got["real mess"] == "Ines Caldow"
