"""One test group per input format, asserting on the values read."""

import datetime as dt
from pathlib import Path

from newsweave.read import read_file, read_paths
from newsweave.read.detect import detect_format, sniff
from newsweave.types import content_id

NOISE = ("Advertisement", "Share this", "pic.twitter", "Image caption", "Image copyright", "Follow us",
         "newsletter", "Click here", "Photo:", "By Nadia Fenwick", "Getty")


def only(path: Path):
    articles, problems = read_file(path)
    assert [p for p in problems if p.level == "error"] == []
    return articles


def assert_no_noise(text: str):
    for bad in NOISE:
        assert bad not in text, bad


def test_plain_text_with_date_marker_headline_and_noise(data):
    (article,) = only(data / "riverside-echo.txt")
    assert article.title == "Glenmoor reservoir reopens after three-week repair"
    assert article.published == dt.date(2024, 6, 3)
    assert article.outlet == "Riverside Echo"
    assert article.language == "en"
    assert article.text.startswith("The Glenmoor reservoir reopened to walkers")
    assert article.title not in article.text  # the headline is taken out of the text
    assert article.text.endswith("according to the board.")
    assert article.text.count("\n\n") == 2  # three paragraphs survive
    assert_no_noise(article.text)
    assert article.id == content_id(article.text)
    assert article.source == str(data / "riverside-echo.txt")


def test_plain_text_without_headline_keeps_first_sentence(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("The pier reopened on Friday.\n\nCrowds returned at once.\n", encoding="utf-8")
    (article,) = only(path)
    assert article.title is None
    assert article.text == "The pier reopened on Friday.\n\nCrowds returned at once."
    assert article.published is None


def test_html_main_text_and_metadata(data):
    (article,) = only(data / "tidewater-post.html")
    assert article.title == "Ferry strike ends after six days"
    assert article.outlet == "Tidewater Post"
    assert article.author == "Mara Quill"
    assert article.published == dt.date(2024, 6, 2)
    assert article.url == "https://www.tidewaterpost.example/news/ferry-strike"
    assert article.text.startswith("Ferry crews in Tidewater returned to work on Sunday")
    assert "Services will run to the normal timetable" in article.text
    for bad in ("Home", "Sport", "Crews at the dock", "Copyright", *NOISE):
        assert bad not in article.text


def test_jsonl_reads_good_lines_and_reports_bad_lines(data):
    articles, problems = read_file(data / "wire.jsonl")
    assert [a.title for a in articles] == ["Orchard frost hits apple harvest", "Library to open on Sundays", None]
    assert [a.outlet for a in articles] == ["ashvale-times.example", "Hartwell Herald", "Marlow Bay Bulletin"]
    assert [a.published for a in articles] == [dt.date(2024, 5, 10), dt.date(2024, 5, 9), dt.date(2024, 5, 8)]
    assert articles[0].author == "Tom Reddy"
    assert articles[0].url == "https://www.ashvale-times.example/farming/frost"
    assert articles[2].source.endswith("wire.jsonl (line 6)")
    errors = [(p.source, p.reason) for p in problems if p.level == "error"]
    assert len(errors) == 2
    assert errors[0][0].endswith("wire.jsonl (line 3)") and "malformed JSON" in errors[0][1]
    assert errors[1][0].endswith("wire.jsonl (line 4)") and "no 'text' field" in errors[1][1]


def test_json_cluster_with_documents(data):
    articles = only(data / "cluster.json")
    assert len(articles) == 2
    assert articles[0].title == "Storm closes coastal road"
    # The dataset's own "source" string is not an outlet; each document gets its own short label
    # (its headline's first words), never "unknown outlet (cluster-7 document 1)".
    assert articles[0].outlet == "“Storm closes coastal road”"
    assert len({a.outlet for a in articles}) == 2 and not any("unknown outlet" in a.outlet for a in articles)
    assert articles[1].source.endswith("cluster.json (document 2)")


def test_json_top_level_list(data):
    first, second = only(data / "list.json")
    assert first.outlet == "Kilbride Courier"
    assert first.published == dt.date(2024, 4, 21)
    assert second.outlet == "kilbridesport.example"  # m. sub-domain dropped
    assert second.published == dt.date(2024, 4, 21)  # "21 April 2024"


def test_json_single_article_object(tmp_path):
    path = tmp_path / "courier.json"
    path.write_text('{"title": "Pier reopens", "text": "Pier reopens\\n\\nThe pier reopened on Friday after repairs."}', encoding="utf-8")
    (article,) = only(path)
    assert article.title == "Pier reopens"
    assert article.text == "The pier reopened on Friday after repairs."  # repeated title removed
    assert article.outlet == "Courier"


def test_multinews_file_splits_articles(data):
    articles = only(data / "multinews.src")
    assert len(articles) == 3
    assert articles[0].title == "Council approves new cycle lanes"
    assert articles[0].text == (
        "Wexcombe council approved 12 kilometres of new cycle lanes on Tuesday night after a three-hour debate."
        "\n\nWork will begin in August, the council said."
    )
    assert articles[1].text.startswith("Cyclists in Wexcombe")  # "Advertisement" cleaned away
    assert len({a.outlet for a in articles}) == 3
    assert all("NEWLINE_CHAR" not in a.text and "|||||" not in a.text for a in articles)


def test_rss_feed(data):
    first, second = only(data / "valley-courier.rss")
    assert first.outlet == second.outlet == "Valley Courier"
    assert first.title == "Bridge repairs finish early"
    assert first.published == dt.date(2024, 6, 4)
    assert first.author == "Ann Lee"
    assert first.url == "https://www.valleycourier.example/news/bridge-repairs"
    assert first.text == (
        "Repairs to the Old Mill bridge in Dunford finished a week early, the county council said on Monday."
        "\n\nThe bridge will reopen to cars on Wednesday."
    )
    assert second.text.startswith("Pupils from Dunford High School")
    assert second.source.endswith("valley-courier.rss (entry 2)")


def test_atom_feed(data):
    (article,) = only(data / "harbour-gazette.atom")
    assert article.outlet == "Harbour Gazette"
    assert article.author == "Rhys Penrose"
    assert article.published == dt.date(2024, 6, 5)
    assert article.text == "The Porthkell lifeboat rescued two kayakers who were swept out to sea on Tuesday evening.\n\nBoth were unhurt, the crew said."


def test_feed_never_fetches_urls(tmp_path):
    # A feed file whose whole content is a URL must not be fetched: it is read as plain text.
    path = tmp_path / "link.rss"
    path.write_text("https://example.invalid/feed.xml", encoding="utf-8")
    articles, problems = read_file(path)
    assert all(p.source == str(path) for p in problems)
    assert [p for p in problems if p.level == "error"]


def test_format_detection_by_content_and_extension(tmp_path):
    assert sniff("<?xml version='1.0'?><rss><channel></channel></rss>") == "feed"
    assert sniff("<!DOCTYPE html><html><body><p>x</p></body></html>") == "html"
    assert sniff('{"text": "a"}\n{"text": "b"}\n') == "jsonl"
    assert sniff('[{"text": "a"}]') == "json"
    assert sniff("one ||||| two") == "multinews"
    assert sniff("Just words.") is None
    assert detect_format(Path("x.txt"), "<html><body><p>Hi</p></body></html>") == "html"
    assert detect_format(Path("x.txt"), "Plain words.") == "text"
    assert detect_format(Path("x.jsonl"), '{"text": "only one line"}') == "jsonl"
    assert detect_format(Path("x.html"), "Plain words, no markup.") == "html"
    assert detect_format(Path("x"), '{"text": "a"}') == "json"


def test_html_saved_as_txt_is_read_as_html(tmp_path, data):
    path = tmp_path / "page.txt"
    path.write_bytes((data / "tidewater-post.html").read_bytes())
    (article,) = only(path)
    assert article.outlet == "Tidewater Post"
    assert "<p>" not in article.text


def test_every_fixture_offset_base_is_clean_text(data):
    result = read_paths([data])
    assert result.files_seen == 9
    for article in result.articles:
        assert article.text == article.text.strip()
        assert "\n\n\n" not in article.text
        assert_no_noise(article.text)
        assert article.outlet
        assert article.id == content_id(article.text)


def test_date_marker_on_the_same_line_as_a_caption(tmp_path):
    path = tmp_path / "000_5f3a9c1e7b2d4a60.txt"
    path.write_text(
        " date 2024-06-03 Image copyright Example Images Image caption The dam wall last week\n\n"
        "DUNFORD, June 3 (Valley Wire) - The Glenmoor reservoir reopened on Monday, the water board said.\n\n"
        "About 40,000 people visit each summer.\n",
        encoding="utf-8",
    )
    (article,) = only(path)
    assert article.published == dt.date(2024, 6, 3)
    assert article.title is None
    assert article.text.startswith("DUNFORD, June 3 (Valley Wire) - The Glenmoor reservoir reopened")
    assert "Image" not in article.text and "dam wall" not in article.text
    assert article.outlet == "Valley Wire"  # hash-named file: the dateline credit names the outlet


def test_hash_named_file_without_credit_gets_a_short_distinct_label(tmp_path):
    path = tmp_path / "b965fbacd8f4ed8b.txt"
    path.write_text("The pier reopened on Friday after repairs, the council said.", encoding="utf-8")
    (article,) = only(path)
    assert article.outlet == "“The pier reopened on Friday…”"
    other = tmp_path / "000_c0ffee1234abcd99.txt"
    other.write_text("By Mara Quill\n\nThe pier reopened on Friday after repairs, the mayor said later.", encoding="utf-8")
    (second,) = only(other)
    assert second.outlet == "by Mara Quill"
