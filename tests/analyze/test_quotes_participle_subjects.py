"""Session 28 (issue 12, brief S21): a saying participle after a dash or comma whose subject the parser
took from the words before the dash — "Minister Ada Vance on Monday slammed the councillors' posture
... as “odd” — warning that “...”", the main verb read as a modifier and "warning" made the root with
"posture" as its subject — is the main clause's named subject (`analyze/participle_subjects.py`).
Fictional text written for these tests; the first tests fail without the module, the guards show
readings left alone (a wrong speaker is worse than none)."""

LEAD = "The pier talks stalled again this week. "
DASHED = (
    LEAD + "Harbour Minister Ada Vance on Monday slammed City Councillors’ negotiating posture in pier talks with the "
    "Port Board as “odd” — warning that “there will be a vote” on a larger bill."
)
WORDS = "there will be a vote"


def test_a_participle_after_a_dash_is_the_named_main_subjects(quotes_of):
    assert quotes_of(DASHED)[WORDS] == "Ada Vance"


def test_a_participle_after_a_comma_is_the_named_main_subjects(quotes_of):
    assert quotes_of(DASHED.replace("“odd” — warning", "“odd”, warning"))[WORDS] == "Ada Vance"


def test_the_words_the_main_verb_governs_are_the_subjects_too(quotes_of):
    text = DASHED.replace("as “odd” —", "as “odd” and “baffling” —")
    found = quotes_of(text)
    assert (found["odd"], found["baffling"], found[WORDS]) == ("Ada Vance", "Ada Vance", "Ada Vance")


def test_a_thing_as_the_main_subject_gives_no_one(quotes_of):
    text = DASHED.replace("Harbour Minister Ada Vance on Monday", "The harbour report on Monday")
    assert quotes_of(text)[WORDS] is None


def test_an_absolute_with_its_own_subject_keeps_it(quotes_of):
    text = DASHED.replace("as “odd” — warning", "as odd, Mayor Tom Reed warning")
    assert quotes_of(text)[WORDS] == "Tom Reed"
