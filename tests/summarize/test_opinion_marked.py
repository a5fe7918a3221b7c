"""Opinion shown as opinion (summarize/opinion_marked.py): a sentence of an opinion piece may be
shown when the news leaves room or every article is opinion, always marked (`opinion_of`) and after
the news; the renderers, the JSON and the web page show the label outside the cited words.
All text is fictional, written for these tests."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import lxml.html

from newsweave.pipeline import Pipeline
from newsweave.render.html import render_html
from newsweave.render.json import render_json
from newsweave.render.markdown import render_markdown
from newsweave.render.text import render_text
from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.summarize.opinion_marked import MAX_MIXED, news_first, whose
from newsweave.text.segment import segment
from newsweave.types import Article, StoryReport, content_id

# Two columns on a (fictional) harbour levy: every sentence but one argues in the writer's voice.
COLUMN_A = (
    "The Marrowby harbour levy is a farce. "
    "It is yet another example of the council's failed and dangerous harbour policy. "
    "The mooring fees rose by a third in two years while the quays crumbled."
)
COLUMN_B = (
    "The mooring fee rise is shameful. "
    "Make no mistake: the mayor's disastrous harbour policy will empty the quays of small boats."
)
# A news report, short (a cut copy): it cannot fill the summary on its own.
NEWS = (
    "The Marrowby council raised the harbour levy by four percent on Tuesday after a two-hour debate. "
    "The levy will pay for dredging the harbour mouth, which silted up after the spring storms."
)


def _article(text, outlet, title, author=None):
    return Article(id=content_id(text), outlet=outlet, text=text, title=title, author=author)


def _columns():
    return [
        _article(COLUMN_A, "The Quayside Courier", "Opinion: the harbour levy is a farce", author="Nell Varga"),
        _article(COLUMN_B, "Marrowby Weekly", "Opinion: the council should scrap the mooring fee rise"),
    ]


def _summarize(articles, words=120):
    documents = tuple(segment(a) for a in articles)
    return documents, ExtractiveSummarizer(claim_embedder=False).summarize(documents, words=words)


def test_an_all_opinion_story_gets_a_summary_of_marked_sentences_cited_exactly():
    documents, summary = _summarize(_columns())
    assert summary.sentences, summary.warnings  # before: one fact of a column, shown unmarked as news
    by_id = {d.article.id: d.article for d in documents}
    labels = {s.opinion_of for s in summary.sentences}
    assert labels <= {"Nell Varga, The Quayside Courier", "Marrowby Weekly"} and len(labels) == 2
    for s in summary.sentences:
        c = s.citations[0]
        assert by_id[c.article_id].text[c.start : c.end] == s.text  # no word added to the sentence
        assert not s.text.startswith("Opinion")
    texts = [s.text for s in summary.sentences]
    assert "The Marrowby harbour levy is a farce." in texts


def test_a_mixed_story_puts_news_first_and_holds_at_most_one_marked_opinion():
    documents, summary = _summarize([_article(NEWS, "Harbour Radio", "Marrowby raises harbour levy by four percent")] + _columns())
    marked = [s for s in summary.sentences if s.opinion_of is not None]
    news = [s for s in summary.sentences if s.opinion_of is None]
    assert [s.text for s in news] == [
        "The Marrowby council raised the harbour levy by four percent on Tuesday after a two-hour debate.",
        "The levy will pay for dredging the harbour mouth, which silted up after the spring storms.",
    ]
    assert len(marked) == MAX_MIXED == 1  # before: no opinion sentence at all (the summary stopped short)
    assert summary.sentences[: len(news)] == tuple(news)  # the news comes first
    assert marked[0].opinion_of in ("Nell Varga, The Quayside Courier", "Marrowby Weekly")


def test_with_news_filling_the_budget_no_opinion_is_shown():
    _, summary = _summarize([_article(NEWS, "Harbour Radio", "Marrowby raises harbour levy by four percent")] + _columns(), words=30)
    assert summary.sentences and all(s.opinion_of is None for s in summary.sentences)


def test_whose_view_and_news_first():
    assert whose(Article(id="a", outlet="The Courier", text="x", author="Ann Lee")) == "Ann Lee, The Courier"
    assert whose(Article(id="a", outlet="The Courier", text="x")) == "The Courier"
    assert whose(Article(id="a", outlet="", text="x")) == ""
    assert news_first([4, 1, 7, 2], {1: "x", 2: "y"}) == [4, 7, 1, 2]


def _report():
    articles = [_article(NEWS, "Harbour Radio", "Marrowby raises harbour levy by four percent")] + _columns()
    return Pipeline(summarizer=ExtractiveSummarizer(claim_embedder=False)).report(articles, analyze=False)


def test_every_renderer_shows_the_label_outside_the_sentence():
    report = _report()
    (op,) = [s for s in report.summary.sentences if s.opinion_of is not None]
    label = f"Opinion — {op.opinion_of}:"
    text = render_text(report)
    assert f"• {label} {op.text}" in text
    md = render_markdown(report)
    assert f"- **{label}** {op.text}" in md
    page = lxml.html.fromstring(render_html(report))
    items = page.cssselect("ul.summary li")
    labelled = [li for li in items if li.cssselect(".opinion-label")]
    assert len(labelled) == 1 and labelled[0] is items[-1]
    assert labelled[0].cssselect(".opinion-label")[0].text_content() == label
    assert labelled[0].text_content().startswith(f"{label} {op.text}")
    data = json.loads(render_json(report))
    sentences = data["summary"]["sentences"]
    assert [s["opinion_of"] for s in sentences] == [None, None, op.opinion_of]
    assert sentences[-1]["text"] == op.text  # the label is never in the text
    assert data["summary"]["text"].endswith(f"{label} {op.text}")  # the joined text keeps it marked
    schema = json.loads(resources.files("newsweave").joinpath("schema/story.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    sentences[-1]["opinion_of"] = 5  # the schema declares the field (a string or null)
    try:
        jsonschema.validate(data, schema)
    except jsonschema.ValidationError:
        pass
    else:
        raise AssertionError("the schema does not declare opinion_of")


def test_the_story_headline_is_never_a_marked_opinion():
    from newsweave.summarize.development import story_headline

    documents, summary = _summarize(_columns())
    assert summary.sentences
    headline = story_headline(list(documents), summary)
    assert headline not in [s.text for s in summary.sentences]
    assert headline.startswith("Opinion")  # a column's title, said to be opinion (before: "Untitled story")
    argued = [_article(COLUMN_B, "Marrowby Weekly", "The council should scrap the mooring fee rise at once")]
    documents, summary = _summarize(argued)
    assert story_headline(list(documents), summary) == "Opinion: The council should scrap the mooring fee rise at once"


def test_the_web_page_shows_the_label_and_the_story_card_no_opinion(tmp_path):
    from fastapi.testclient import TestClient

    from newsweave.config import Settings
    from newsweave.store import open_store
    from newsweave.stream import ingest
    from newsweave.web import create_app

    settings = Settings(db=f"sqlite:///{tmp_path / 'op.db'}", embedder="hashing", token="t")
    store = open_store(settings.db)
    try:
        ingest([_article(NEWS, "Harbour Radio", "Marrowby raises harbour levy by four percent")] + _columns(), store=store, settings=settings)
        with TestClient(create_app(settings, store=store)) as client:
            stories = client.get("/api/stories").json()["stories"]
            assert len(stories) == 1
            sid = stories[0]["id"]
            body = client.get(f"/api/stories/{sid}").json()
            marked = [s for s in body["summary"]["sentences"] if s["opinion_of"] is not None]
            assert len(marked) == 1 and body["summary"]["sentences"][-1] is marked[0]
            page = lxml.html.fromstring(client.get(f"/stories/{sid}", headers={"accept": "text/html"}).text)
            labels = page.cssselect("ol.summary li .opinion-label")
            assert [x.text_content() for x in labels] == [f"Opinion — {marked[0]['opinion_of']}:"]
            card = lxml.html.fromstring(client.get("/", headers={"accept": "text/html"}).text).cssselect(".card-summary")
            assert card and card[0].text_content().strip() != marked[0]["text"]
    finally:
        store.close()


def test_the_cli_prints_the_label(tmp_path, capsys):
    from newsweave.cli import main

    for k, a in enumerate([_article(NEWS, "Harbour Radio", "Marrowby raises harbour levy by four percent")] + _columns()):
        (tmp_path / f"{k}.json").write_text(json.dumps({"outlet": a.outlet, "title": a.title, "text": a.text, "author": a.author}), encoding="utf-8")
    code = main(["summarize", str(tmp_path), "--format", "text"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Opinion — " in out
    line = next(l for l in out.splitlines() if "Opinion — " in l)
    assert line.lstrip().startswith("• Opinion — ")


def test_a_news_headline_restating_its_leads_loaded_words_is_one_slip_not_an_opinion_piece():
    from newsweave.summarize.opinion import opinion_documents

    report = segment(_article(
        "A crowd of radical protesters shouted down the Marrowby mayor at a harbour dinner on Monday night. "
        "The mayor left before the main course. Police said no one was hurt.",
        "Harbour Radio", "Mayor heckled by radical protesters at harbour dinner"))
    assert opinion_documents([report]) == set()  # before: title and lead counted as two cues
    column = segment(_article(
        "A crowd of radical protesters shouted down the Marrowby mayor on Monday. It was a disgraceful scene. "
        "The mayor left early.", "Marrowby Weekly", "Mayor heckled by radical protesters"))
    assert opinion_documents([column]) == {0}  # a second, different judgment makes it argued


def test_a_marked_sentence_never_points_back_with_a_demonstrative():
    from newsweave.summarize.opinion_marked import _points_back

    assert _points_back("There is some doubt about this wording.")
    assert _points_back("The harbour board has yet to learn that hard lesson.")
    assert not _points_back("This week the harbour board voted to raise the levy.")
    assert not _points_back("The harbour levy is a farce.")
    assert not _points_back('He wrote that "this plan" would fail.')  # quoted words are someone else's


def test_the_changes_headline_skips_a_marked_opinion():
    from newsweave.pipeline.history import _headline

    documents, summary = _summarize(_columns())
    report = StoryReport(story_id="s", documents=documents, summary=summary)
    assert summary.sentences and _headline(report) is None  # every sentence a marked view
    documents, summary = _summarize([_article(NEWS, "Harbour Radio", "Marrowby raises harbour levy by four percent")] + _columns())
    assert _headline(StoryReport(story_id="s", documents=documents, summary=summary)) == summary.sentences[0].text


def test_a_piece_counted_opinion_only_for_its_first_person_is_never_labelled():
    # an interview in the first person (development.stage counts it opinion): its words are the
    # speaker's, not a columnist's view; it stays left out and is never shown as "Opinion"
    interview = _article(
        "I never thought I would fish the Marrowby harbour again. My boat sat idle for a year. "
        "I was lucky that my brother lent me his nets this spring. "
        "The old fish market on the north quay closed its doors in the winter of the storms.",
        "Harbour Radio", "A fisherman's year")
    _, summary = _summarize([_article(NEWS, "Harbour Radio", "Marrowby raises harbour levy by four percent"), interview])
    assert summary.sentences and all(s.opinion_of is None for s in summary.sentences)
    assert all("boat" not in s.text and "nets" not in s.text and "fish market" not in s.text for s in summary.sentences)


def test_an_outlet_named_as_an_opinion_section_makes_an_opinion_piece():
    from newsweave.summarize.opinion import opinion_documents

    plain = ("Marrowby's councillors keep saying the levy is the only way to pay for the dredging. "
             "Yet the harbour board holds reserves of two million pounds.")
    docs = [segment(_article(plain, "The Quayside Courier (Opinion)", "The levy and the reserves")),
            segment(_article(plain + " ", "The Quayside Courier", "The levy and the reserves"))]
    assert opinion_documents(docs) == {0}  # before: neither (no judging word)
    assert whose(Article(id="a", outlet="The Quayside Courier (Opinion)", text="x")) == "The Quayside Courier"
    _, summary = _summarize([_article(NEWS, "Harbour Radio", "Marrowby raises harbour levy by four percent"),
                             _article(plain, "The Quayside Courier (Opinion)", "The levy and the reserves")])
    shown = {s.text: s.opinion_of for s in summary.sentences}
    assert all(v == "The Quayside Courier" for t, v in shown.items() if "reserves" in t or "councillors" in t)
    assert list(shown.values())[0] is None  # news first
