"""Session 22 (issue 12, brief Q4): three wrong speakers from seed29, each turned into the right
speaker or unknown (`analyze/quote_asides.py`, `analyze/subordinate_subjects.py`,
`analyze/first_person_plural.py`): a speech verb in a bracketed aside after a quoted question, a
clause opened by "after" that the parser read as a preposition, and "we" in someone's words set out
without quotation marks. Fictional sentences written for these tests; each first test fails
without its rule, and each guard test shows the old reading where the rule must not act."""

ASKED = "Who else did you mislead while the harbour money went missing?"
LAWYER = (
    "Tom Reed had sued the harbour board after it called her account of the accounts a fantasy. "
    "A judge dismissed the case on Monday.\n\n"
    "Reed's lawyer Ada Vance, who has appealed the ruling, answered with a warning to the board.\n\n"
    "The board is \"a disgrace to this town,\" the lawyer wrote on her blog. "
    f"\"{ASKED}\" (Reed, whose real name is Thomas Reedley, says he never saw the ledgers.)"
)


def test_speech_verb_in_an_aside_after_a_quoted_question_is_not_its_cue(quotes_of):
    got = quotes_of(LAWYER)
    assert got[ASKED] == "Ada Vance"


def test_aside_reader_needs_a_finished_quotation_and_a_longer_aside():
    from newsweave.analyze.quote_asides import in_aside

    text = '“Where did the money go?” (Reed, whose real name is Thomas Reedley, says he never saw it.)'
    q_start, q_end = 1, text.index("”")
    says = text.index("says")
    assert in_aside(text, q_start, q_end, says)
    short = '“Where did the money go?” (Vance says.)'
    assert not in_aside(short, 1, short.index("”"), short.index("says"))  # a bare "(X says)": still the cue
    open_ended = text.replace("go?”", "go”")
    assert not in_aside(open_ended, 1, open_ended.index("”"), open_ended.index("says"))  # no sentence end
    closed = '“Where did the money go?” (Reed was not in court.) Vance says it is gone.'
    assert not in_aside(closed, 1, closed.index("”"), closed.index("says"))  # the bracket closed before the verb


CALLED = "lazy and useless."
APOLOGY = (
    "The Harwick Harbour Board has issued an apology to ferry captain Tom Reed after a guest on a board "
    f"radio show called him \"{CALLED}\" Councillor Ada Vance was on the show on "
    "Monday night in a segment about ferry timetables."
)


def test_after_clause_misparsed_as_a_phrase_does_not_give_the_words_to_the_main_subject(quotes_of):
    got = quotes_of(APOLOGY)
    assert got.get(CALLED) is None


def test_after_clause_with_its_own_subject_keeps_the_old_reading(quotes_of):
    assert quotes_of(APOLOGY).get(CALLED) is None  # the misparsed clause: the rule leaves it unknown
    text = APOLOGY.replace("after a guest on a board radio show", "after board chair Ada Vance")
    assert quotes_of(text).get(CALLED) == "Ada Vance"  # the parser found her as the subject


BYE = "Fine, we are off, enjoy the harbour, goodbye!"
PASSAGE = (
    "At a rally in Harwick, Ada Vance argued that the council bungled its talks with the Northern "
    "Ferry Company, which still holds several Harwick Fishermen on its boats. Here is what Vance "
    "said she would do differently:\n\n"
    "You say, \"We want our fishermen back before we talk.\" They say no. And then what we say is, "
    f"\"{BYE}\" and walk out."
)


def test_we_in_words_set_out_without_quotation_marks_is_not_the_last_group_named(quotes_of):
    got = quotes_of(PASSAGE)
    assert BYE in got
    assert got[BYE] is None or got[BYE] == "Ada Vance"


def test_they_still_falls_back_on_the_last_group_named():
    from newsweave.analyze.first_person_plural import named_groups

    class Ctx:
        def last_groups(self, pos):
            return "Harwick Fishermen"

    assert named_groups("they", Ctx(), 10) == "Harwick Fishermen"
    assert named_groups("we", Ctx(), 10) is None
    assert named_groups("our", Ctx(), 10) is None
