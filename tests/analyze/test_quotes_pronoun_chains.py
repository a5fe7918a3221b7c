"""Session 18 (issue 12, brief D): "he"/"she" after a run of he/she sentences goes back to the one
person the run started from, named as the main-clause subject (`analyze/pronoun_chains.py`); two
people, or two subjects joined, give no one. Fictional sentences written for these tests."""


def test_a_run_of_she_sentences_goes_back_to_the_named_subject(quotes_of):
    got = quotes_of(
        "Mayor Ada Vance says someone called the harbour police. But when the port officers arrived, she says "
        "she was ignored. “They looked at me as if I had done it,” she said."
    )
    assert got["They looked at me as if I had done it"] == "Ada Vance"


def test_a_name_in_apposition_to_the_subject_across_a_paragraph(quotes_of):
    got = quotes_of(
        "The harbour chief, Tom Reed, said a crew of four had died there. He broke down while "
        "recalling the lost crew, and he spoke of his fear for the small fleet.\n\n“I hope they remember us,” he told the radio."
    )
    assert got["I hope they remember us"] == "Tom Reed"


def test_two_people_at_the_start_of_the_run_give_no_one(quotes_of):
    got = quotes_of("Tom Reed and Ed Lane met at the pier. He said little. He looked tired.\n\n“I hope they remember us,” he told the radio.")
    assert got["I hope they remember us"] is None


def test_a_person_only_spoken_about_does_not_take_the_speakers_words(quotes_of):
    # a guard: the run starts from a sentence about Lane, not one reporting his words
    got = quotes_of(
        "The vote also offers chances for the port, said Tom Reed, deputy head of the Eastmoor Harbour Trust. "
        "Ed Lane is the first harbour master who was trained abroad. He studied in Norway as a boy.\n\n"
        "“There will be new captains. They will be younger,” he said."
    )
    assert got["There will be new captains. They will be younger"] != "Ed Lane"
