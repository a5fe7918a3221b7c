"""The extractive summarizer on the bundled example, and properties that must always hold."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import newsweave
from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.summarize.features import FEATURE_NAMES, ClusterFeatures
from newsweave.text.segment import segment
from newsweave.types import Article, content_id

NOISE = ("Image copyright", "Image caption", "Advertisement", "Share this article", "pic.twitter", "Follow Radio West", "By Ellen Marsh")


def test_summary_covers_the_collapse_with_several_outlets(example_report):
    sentences = example_report.summary.sentences
    assert sentences, "empty summary"
    collapse = [s for s in sentences if "collapse" in s.text.lower() and "Kestrel Footbridge" in s.text]
    assert collapse, [s.text for s in sentences]
    outlets = {c.article_id for s in collapse for c in s.citations}
    assert max(len({c.article_id for c in s.citations}) for s in collapse) >= 3, outlets


def test_summary_mentions_the_investigation(example_report):
    assert "Transport Safety Board" in example_report.summary.text


def test_no_noise_in_summary(example_report):
    for noise in NOISE:
        assert noise not in example_report.summary.text


def test_summary_does_not_open_with_a_dangling_sentence(example_report):
    first = example_report.summary.sentences[0].text
    assert not first.split()[0].strip('"“') in {"He", "She", "They", "But", "It", "This"}


def test_every_citation_resolves_exactly(example_report):
    by_id = {a.id: a for a in example_report.articles}
    sentences = {(s.article_id, s.index): s for d in example_report.documents for s in d.sentences}
    for s in example_report.summary.sentences:
        first = s.citations[0]
        assert by_id[first.article_id].text[first.start : first.end] == s.text
        for c in s.citations:
            # its sentence, or a contiguous part of it (a dateline or a leaning opening dropped)
            whole = sentences[(c.article_id, c.sentence_index)]
            assert whole.start <= c.start < c.end <= whole.end
            assert whole.text.endswith(by_id[c.article_id].text[c.start : c.end].rstrip()) or whole.text.startswith(by_id[c.article_id].text[c.start : c.end])


def test_conflicting_number_is_not_cited_as_support(example_report, by_file):
    coastline = by_file(example_report, "coastline-news-agency.json")
    for s in example_report.summary.sentences:
        if "Fourteen" in s.text or "14 " in s.text:
            assert coastline.id not in {c.article_id for c in s.citations}, s.text


def test_budget_respected(example_report):
    words = sum(len(s.text.split()) for s in example_report.summary.sentences)
    assert words <= 120


def test_learned_ranker_is_shipped_and_loads():
    from newsweave.summarize.ranker import TreeEnsembleRanker, load_default_ranker

    ranker = load_default_ranker()
    assert isinstance(ranker, TreeEnsembleRanker)
    assert all(name in FEATURE_NAMES for name in ranker.feature_names)


def test_boilerplate_document_does_not_win():
    story = [
        "The city council approved the new harbour budget on Monday after a long debate.",
        "Councillors approved the harbour budget on Monday, ending weeks of argument.",
        "The harbour budget was approved by the council on Monday after a heated debate.",
    ]
    junk = "We've detected that JavaScript is disabled in your browser. Please enable cookies to continue. Subscribe to our newsletter."
    arts = [Article(id=content_id(t), outlet=f"o{i}", text=t) for i, t in enumerate(story + [junk])]
    report = newsweave.summarize(arts, words=20)
    assert "JavaScript" not in report.summary.text
    assert "budget" in report.summary.text


def test_features_have_one_row_per_sentence(example_report):
    cf = ClusterFeatures.build(example_report.documents)
    assert cf.features.shape == (sum(len(d.sentences) for d in example_report.documents), len(FEATURE_NAMES))


_word = st.sampled_from("the bridge council harbour storm flood mayor said fourteen twelve people were hurt on Tuesday in 1998 board".split())
_sentence = st.lists(_word, min_size=3, max_size=14).map(lambda ws: " ".join(ws).capitalize() + ".")
_article = st.lists(_sentence, min_size=1, max_size=8).map(lambda ss: " ".join(ss))


@settings(max_examples=60, deadline=None)
@given(st.lists(_article, min_size=1, max_size=5), st.integers(min_value=5, max_value=200))
def test_citations_always_resolve_and_budget_holds(texts, words):
    arts = []
    for i, text in enumerate(texts):
        arts.append(Article(id=content_id(text + str(i)), outlet=f"outlet{i}", text=text, published=dt.date(2025, 3, 12)))
    docs = tuple(segment(a) for a in arts)
    summary = ExtractiveSummarizer().summarize(docs, words=words)
    by_id = {a.id: a for a in arts}
    total = 0
    for s in summary.sentences:
        assert s.citations, "uncited sentence"
        c0 = s.citations[0]
        assert by_id[c0.article_id].text[c0.start : c0.end] == s.text
        for c in s.citations:
            assert 0 <= c.start < c.end <= len(by_id[c.article_id].text)
        total += len(s.text.split())
    # The budget holds, except that one sentence longer than the budget may stand alone.
    assert total <= words or len(summary.sentences) == 1


def test_word_model_is_shipped_and_ranks_story_words_above_chrome(example_report):
    from newsweave.summarize.importance import WORD_FEATURES, load_default_word_model, sentence_terms

    model = load_default_word_model()
    assert model is not None and model.trees
    s = ExtractiveSummarizer()
    cf, scores = s.rank(example_report.documents)
    terms = [sentence_terms(x.text) for x in cf.sentences]
    weight = model.weights(terms, [int(k) for k in cf.doc_index], [x.index for x in cf.sentences], [len(d.sentences) for d in cf.documents], scores)
    assert set(weight) == {t for ts in terms for t in ts}
    assert all(0.0 < p < 1.0 for p in weight.values())
    # The event's own words, carried by every outlet, beat words only one outlet uses in passing.
    assert min(weight["collaps"], weight["footbridg"], weight["marrowby"]) > 0.8
    assert weight["lindqvist"] < 0.3 and weight["walkway"] < 0.3
    assert len(WORD_FEATURES) == len(set(WORD_FEATURES))


def _cluster(texts):
    arts = [Article(id=content_id(t + str(i)), outlet=f"o{i}", text=t) for i, t in enumerate(texts)]
    return tuple(segment(a) for a in arts)


_STORY = [
    "Floods closed the main road into Tarnby on Sunday after the river burst its banks. "
    "The council opened two shelters at the town hall. Engineers will inspect the old weir on Monday.",
    "The river burst its banks in Tarnby on Sunday, and floods closed the main road into the town. "
    "Two shelters opened at the town hall, the council said.",
    "Floods shut the main road into Tarnby on Sunday when the river burst its banks. "
    "A bakery on the high street lost its whole stock.",
]


def test_coverage_selection_does_not_repeat_what_is_covered():
    summary = ExtractiveSummarizer().summarize(_cluster(_STORY), words=40)
    texts = [s.text for s in summary.sentences]
    assert sum("burst its banks" in t for t in texts) == 1, texts
    assert len(texts) >= 2  # the room left goes to something new, not a second flood sentence


def test_selection_without_word_model_still_works():
    s = ExtractiveSummarizer(word_model=False)
    assert s.word_model is False
    summary = s.summarize(_cluster(_STORY), words=40)
    assert 0 < sum(len(x.text.split()) for x in summary.sentences) <= 40
    assert sum("burst its banks" in x.text for x in summary.sentences) == 1


def test_fill_budget_puts_the_overflow_sentence_last():
    docs = _cluster(_STORY)
    plain = ExtractiveSummarizer().summarize(docs, words=30)
    filled = ExtractiveSummarizer(fill_budget=True).summarize(docs, words=30)
    assert sum(len(x.text.split()) for x in plain.sentences) <= 30
    assert sum(len(x.text.split()) for x in filled.sentences) > 30
    # The summary proper comes first, in reading order; the sentence that runs over comes last.
    body = filled.sentences[:-1]
    assert sum(len(x.text.split()) for x in body) <= 30
    assert [x.text for x in body] == [x.text for x in plain.sentences][: len(body)]


def test_a_multi_sentence_quote_is_shown_whole_or_not_at_all():
    texts = [
        "The council voted to close the Tarnby library on Monday. "
        "\u201cThe evidence is clear enough. We cannot keep the library open with no money,\u201d the leader said.",
        "Tarnby's library will close after a council vote on Monday. The leader said money had run out.",
    ]
    for words in (12, 25, 60):
        summary = ExtractiveSummarizer().summarize(_cluster(texts), words=words)
        got = [s.text for s in summary.sentences]
        # its opening never alone: only followed by the rest of the quotation and its speaker
        for k, text in enumerate(got):
            if text.startswith("\u201cThe evidence"):
                assert k + 1 < len(got) and got[k + 1].endswith("the leader said."), got
            if text.startswith("We cannot keep"):
                assert k > 0 and got[k - 1].startswith("\u201cThe evidence"), got


def test_fragments_and_questions_are_not_chosen_when_statements_exist():
    texts = [
        "Play Facebook. Floods closed the main road into Tarnby on Sunday after the river burst its banks. Who needs one?",
        "The river burst its banks in Tarnby on Sunday. What does the council have to gain from waiting? Two shelters opened at the town hall.",
    ]
    for words in (15, 40, 80):
        texts_out = [s.text for s in ExtractiveSummarizer().summarize(_cluster(texts), words=words).sentences]
        assert texts_out and not any(t.endswith("?") or t == "Play Facebook." for t in texts_out), texts_out
    # A cluster of nothing but questions still gets a summary.
    only = ExtractiveSummarizer().summarize(_cluster(["Who needs one? Why leave it empty?"]), words=10)
    assert only.sentences


def test_short_restatement_of_a_chosen_sentence_is_not_chosen_too():
    # Cosine similarity between these two is under the redundancy threshold (the long one has
    # many more words), but the short one only repeats the long one plus its attribution.
    texts = [
        "Fourteen people were injured when a section of the Kestrel Footbridge collapsed into Port Alder harbour in Marrowby.",
        "Fourteen people were injured in the collapse, according to the ambulance service. Divers searched the harbour floor overnight.",
        "The footbridge collapsed in the evening. The bridge was opened in 1998 and carries 6,000 people a day.",
    ]
    # (no weekday in these: a dated news lead would be chosen first, development.news_lead)
    summarizer = ExtractiveSummarizer()
    for words in (40, 60, 80):
        out = [s.text for s in summarizer.summarize(_cluster(texts), words=words).sentences]
        assert sum(t.startswith("Fourteen people were injured") for t in out) == 1, out
    # Without the containment rule the restatement does get in.
    loose = ExtractiveSummarizer(containment=1.01)
    assert any(
        sum(s.text.startswith("Fourteen people were injured") for s in loose.summarize(_cluster(texts), words=w).sentences) == 2
        for w in (40, 60, 80)
    )


_NUMBERS_STORY = [
    "The Tarnby co-op's re-opened mill sold 1,175 bags of rye at 4.5 percent off on Monday. "
    "Its long-time co-owner, Ada Quill, said the U.S.-made grinder ran 12.5 hours a day. "
    "The mill's 27 full-time and part-time workers re-built the east wing in 2,040 hours. "
    "A rye-and-oat loaf, priced at 3.25 pounds, goes on sale at the Tarnby market on Saturday.",
    "Tarnby's mayor, Ben Orme, called the co-op a much-needed lift for the 8,300-strong town on Tuesday. "
    "The re-opening cost 1.2 million pounds, of which 0.4 million came from a low-interest council loan.",
]


def test_the_budget_is_spent_in_words_as_a_reader_counts_them():
    docs = _cluster(_NUMBERS_STORY)
    cf, _ = ExtractiveSummarizer().rank(docs)
    # "1,175", "co-op's", "U.S.-made" are one word each for the budget, several tokens for the features
    assert [int(n) for n in cf.budget_words] == [len(s.text.split()) for s in cf.sentences]
    assert all(cf.word_counts[i] > cf.budget_words[i] for i in range(3))
    # With fill_budget the summary reaches the budget in whitespace words when the articles hold
    # enough (the evaluation cuts at exactly that many); without it, it never passes it.
    budget = 50
    filled = ExtractiveSummarizer(fill_budget=True).summarize(docs, words=budget)
    assert sum(len(x.text.split()) for x in filled.sentences) >= budget
    plain = ExtractiveSummarizer().summarize(docs, words=budget)
    assert sum(len(x.text.split()) for x in plain.sentences) <= budget


_QUOTE_STORY = [
    "The north pier at Tarnby will stay shut for a month after storm damage, the harbour board said on Monday. "
    "Ada Quill, the harbour master, said the fishing fleet would moor at the south quay until repairs end. "
    '"We know what this costs the boats. It is real money and it is lost every week." '
    "Divers found cracks in three of the pier's piles on Sunday.",
    "Storm damage has closed Tarnby's north pier for a month, the harbour board said. "
    "Repairs to the cracked piles will cost the town about 90,000 pounds.",
]


def test_a_quotation_without_its_speaker_is_shown_right_after_the_sentence_naming_them():
    from newsweave.summarize.quotations import block_speaker

    summ = ExtractiveSummarizer()
    cf, _ = summ.rank(_cluster(_QUOTE_STORY))
    texts = [s.text for s in cf.sentences]
    speaker = texts.index("Ada Quill, the harbour master, said the fishing fleet would moor at the south quay until repairs end.")
    last = texts.index('It is real money and it is lost every week."')
    assert cf.blocks[last] == ([speaker + 1, last], False)  # the quotation alone names no speaker
    junk = cf.features[:, FEATURE_NAMES.index("boilerplate")] > 0
    position_of = {(s.article_id, s.index): i for i, s in enumerate(cf.sentences)}
    assert block_speaker(cf, last, position_of, junk) == speaker
    assert last in summ._candidates(cf)
    assert summ._unit(cf, last, [], position_of) == [speaker, speaker + 1, last]
    # In a summary the quotation comes whole and right after its speaker, never alone.
    shown = [s.text for s in summ.summarize(_cluster(_QUOTE_STORY), words=120).sentences]
    assert '"We know what this costs the boats.' in shown
    k = shown.index('"We know what this costs the boats.')
    assert shown[k - 1] == texts[speaker] and shown[k + 1] == texts[last]
