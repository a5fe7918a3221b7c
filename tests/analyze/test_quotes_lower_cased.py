"""Quotes in lower-cased, tokenised text (the standard Multi-News copies; issue 12, session 12):
names read from the syntax, spaced single quotes, "he" after a lower-cased name, and no name
where the text gives only a description. Fictional text written for these tests."""

from newsweave.analyze.lower_names import lower_cased
from newsweave.analyze.speech import quote_spans

STORY = (
    "The otter club of dunmore voted on tuesday to close its winter pool after a leak was found under the "
    "old changing rooms near the river path. Members had been asked to vote on the plan at a meeting in the "
    "town hall, where the roof has also needed work for years. \" we are sad but it is the right thing, \" said "
    "marla pettigrew, president of the otter club. County engineer tobias renwick said the leak was \" worse than "
    "anyone thought. \" renwick said the repairs would take at least two months. \" it will be ready by spring, \" "
    "he told reporters. One official said the town had \" no money left for this. \" officials said the pool would "
    "reopen in may."
)


def test_lower_cased_text_is_recognised():
    assert lower_cased(STORY)
    assert not lower_cased(STORY.replace("marla pettigrew", "Marla Pettigrew").replace("dunmore", "Dunmore").replace("tobias renwick", "Tobias Renwick").replace(" town hall", " Town Hall").replace("tuesday", "Tuesday"))


def test_names_in_lower_cased_text_are_speakers_and_descriptions_stay_unknown(quotes_of):
    got = quotes_of(STORY)
    assert got["we are sad but it is the right thing"] == "Marla Pettigrew"
    assert got["worse than anyone thought."] == "Tobias Renwick"
    assert got["it will be ready by spring"] == "Tobias Renwick"  # "he" after "renwick said"
    assert got["no money left for this."] is None  # "one official": no name, no guess


def test_spaced_single_quotes_are_quotes_and_spaced_apostrophes_are_not():
    text = "the mayor tells the town ' we are not giving up ' in a speech. i ' m sure the scouts ' meeting and o ' connell's book were fine."
    assert [text[s:e] for s, e in quote_spans(text)] == ["we are not giving up"]


def test_tokenised_titles_and_programmes_are_not_speech():
    from newsweave.analyze.speech import not_speech

    text = 'the league sent out a release titled " is the mayor asleep? " on monday. Renwick says on " morning with dana " that the pool is fine.'
    spans = quote_spans(text)
    assert [text[s:e] for s, e in spans] == ["is the mayor asleep?", "morning with dana"]
    assert [not_speech(text, s, e, has_cue=True) for s, e in spans] == ["title or name", "title or name"]


CLIP = (
    "The otter club of dunmore voted on tuesday to close its winter pool after a leak was found under the "
    "old changing rooms near the river path. Members had been asked to vote on the plan at a meeting in the "
    "town hall, where the roof has also needed work for years. \" we are sad but it is the right thing, \" said "
    "marla pettigrew, president of the otter club. \" we will swim in the river until then. \" play video share "
    "embed mayor tells swimmers ' your pool will come back soon ' at town meeting 1: 20 play video share embed"
)


def test_a_video_caption_quoting_its_own_words_is_neither_attribution_nor_continuation(quotes_of):
    got = quotes_of(CLIP)
    assert got["we will swim in the river until then."] == "Marla Pettigrew"  # not the caption's verb
    assert got.get("your pool will come back soon") is None  # not Pettigrew's: the caption names someone else


def test_a_quotation_naming_a_work_or_owning_something_is_a_title():
    from newsweave.analyze.speech import not_speech

    text = 'the " silver tide " singer posted on monday, and he told the " night desk "\'s host that " it was fun, " singer ada roe said.'
    got = {text[s:e]: not_speech(text, s, e, has_cue=True) for s, e in quote_spans(text)}
    assert got == {"silver tide": "title or name", "night desk": "title or name", "it was fun": None}


def test_the_subject_of_a_passive_speech_verb_is_spoken_about_not_the_speaker(quotes_of):
    got = quotes_of(
        'Mayor Ada Linn spoke to the crowd on Monday. "Our town comes back stronger," Linn told the crowd. '
        '"But my neighbours are tired." Tom Reyes, 26, is accused of starting the fire.'
    )
    assert got["Our town comes back stronger"] == "Ada Linn"
    assert got["But my neighbours are tired."] != "Tom Reyes"


def test_a_lower_cased_dateline_is_no_speaker_and_a_sentence_between_breaks_a_continuation(quotes_of):
    story = STORY + (
        " rivertown ( ap ) — a veteran lifeguard at the pool says the leak \" was there for years. \" "
        "\" we will reopen, \" renwick said. The pool was built in 1931 by ada linn and her brother tom linn. "
        "\" nobody swims in winter anyway. \""
    )
    got = quotes_of(story)
    assert got["was there for years."] is None  # "rivertown" is where, the lifeguard is unnamed
    assert got["nobody swims in winter anyway."] is None  # not Renwick's: a sentence naming others between


def test_a_quoted_link_is_not_speech():
    from newsweave.analyze.speech import not_speech

    text = 'poster= " http://video.example.org/clip/123.jpg " true mayor linn said the pool was fine.'
    (s, e), = quote_spans(text)
    assert not_speech(text, s, e, has_cue=True, governed=True) == "link"
