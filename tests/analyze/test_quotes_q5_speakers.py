"""Session 22 (issue 12, brief Q5): four wrong speakers from seed30, each a nearer name beating the
attribution's own subject, turned into the right speaker or unknown
(`analyze/next_sentence_cues.py`, `analyze/document_sources.py`, `analyze/reported_subjects.py`,
`analyze/relayed_reports.py`). Fictional sentences written for these tests; each first test fails
without its rule, and each guard test shows a reading the rule must leave alone."""

KEPT = "You kept the harbour open all winter. You are the best crews we have."
PRAISE = (
    "HARWICK — Mayor Ada Vance called the ferry crews on Friday to thank them for a hard season. "
    "“We owe you a great deal,” Ms. Vance told the crews over a video link from the town hall. "
    f"“{KEPT}” Her thanks come after the harbour board announced cuts to the ferry budget."
)


def test_speech_verb_under_the_next_sentences_main_verb_is_not_the_quotations(quotes_of):
    assert quotes_of(PRAISE)[KEPT] == "Ada Vance"


def test_speech_verb_that_is_the_next_sentences_main_verb_is_left_alone():
    from newsweave.analyze.next_sentence_cues import in_next_sentence

    class Ctx:
        text = "“We are done.” Board announced it."

        def in_quote(self, pos):
            return False

    class Tok:  # a cue with no finite verb above it: the new sentence's own main verb
        idx = Ctx.text.index("announced")
        ancestors = ()

    assert not in_next_sentence(Tok, 1, Ctx.text.index("”"), 0, Ctx())


HARMED = "ignored every warning and put the ferries at risk."
AUDIT = (
    "Mayor Tom Reed misled the Harwick council about the ferry repairs, according to a long awaited "
    "report from the state auditor, Ada Vance, released on Monday. The 80-page report said that "
    f"Mr. Reed, a second-term mayor, and his aides kept the council in the dark and “{HARMED}”"
)


def test_report_from_a_described_author_is_not_its_subjects(quotes_of):
    assert quotes_of(AUDIT).get(HARMED) in (None, "Ada Vance")
    assert quotes_of(AUDIT).get(HARMED) != "Tom Reed"


LOOK = "look up"
NERVE = "a captain's nerve"
LIST = (
    "Since the spring, Tom Reed has mocked at least four rivals for their looks.\n\n"
    "He openly claimed harbour pilot Nora Hale had “gull feathers in her hair” following her speech "
    "at a town hall debate; suggested fishing voters might find it hard backing councillor Ben Moss "
    "because of his “beard;” shared a cartoon implying his own brother was wiser than Mr. Ivo Lund’s "
    f"son; said during a Harbour Radio interview that Ada Vance lacked “{NERVE}”; urged listeners to "
    f"“{LOOK}” an old photograph of Ivy Lund, whom he also called “soggy;” and wrote in a post that "
    "Nora Hale was “all foam” at a dinner at his club."
)


def test_subject_of_a_reported_clause_does_not_speak_for_a_later_listed_verb(quotes_of):
    got = quotes_of(LIST)
    assert got.get(LOOK) is None  # was "Nora Hale", the subject of what "claimed" reports
    assert got.get(NERVE) is None


def test_speech_verb_inside_the_reported_clause_keeps_its_subject():
    from newsweave.analyze.reported_subjects import reported_elsewhere

    class T:
        def __init__(self, i, dep, head=None):
            self.i, self.dep_, self.head = i, dep, head if head is not None else self

        @property
        def ancestors(self):
            node = self
            while node.head.i != node.i:
                node = node.head
                yield node

    said = T(0, "ROOT")
    lied = T(2, "ccomp", said)
    vance = T(1, "nsubj", lied)
    urged = T(5, "conj", said)
    assert reported_elsewhere(vance, urged)  # "...said Vance lied; urged ...": not Vance's verb
    assert not reported_elsewhere(vance, urged, outside=lambda tok: tok is not said)  # a head inside quotes reports nothing
    called = T(4, "conj", lied)
    assert not reported_elsewhere(vance, called)  # "Reed said Vance lied and called him ...": inside
    assert not reported_elsewhere(vance, lied)
    assert not reported_elsewhere(T(1, "nsubj", said), urged)  # no complement clause on the way


RISE = "a worrying rise in near misses"
GAZETTE = (
    f"Harbour master Ada Vance addressed “{RISE}” between ferries and fishing boats on Tuesday and "
    "plans to bring in new rules within a month, the Coast Gazette reported. "
    "“We will not wait for a collision,” Vance said."
)


def test_report_relaying_a_named_subjects_clause_leaves_the_speaker_unknown(quotes_of):
    assert quotes_of(GAZETTE).get(RISE) is None


def test_said_relaying_a_clause_keeps_the_sayer(quotes_of):
    text = "Councillor Tom Reed said that Ada Vance had seen “a worrying rise in near misses” this year."
    assert quotes_of(text).get(RISE) == "Tom Reed"
