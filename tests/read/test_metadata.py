"""Outlet naming, language guessing, dates, headline handling, and the bundled example."""

import datetime as dt
from pathlib import Path

import pytest

from newsweave.read import read_paths
from newsweave.read.article import build_article, parse_date, split_headline
from newsweave.read.feed import _cut_feed
from newsweave.read.language import detect_language
from newsweave.read.outlet import outlet_from_filename, outlet_from_text, resolve_outlet, site_from_url

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harbour-collapse"


@pytest.mark.parametrize("url, site", [
    ("https://www.bbc.co.uk/news/uk-politics-1", "bbc.co.uk"),
    ("http://m.example.com/a", "example.com"),
    ("https://edition.cnn.com/2018/x", "cnn.com"),
    ("www.theguardian.com", "theguardian.com"),
    ("https://news.example.org/", "news.example.org"),
    ("https://127.0.0.1/x", None),
    ("not a url", None),
    (None, None),
])
def test_site_from_url(url, site):
    assert site_from_url(url) == site


@pytest.mark.parametrize("name, outlet", [
    ("marrowby-gazette.txt", "Marrowby Gazette"),
    ("000_b965fbacd8f4ed8b.txt", None),
    ("b965fbacd8f4ed8b.txt", None),
    ("003_valley_courier_e929526bd14ff2e8.html", "Valley Courier"),
    ("12_radio-west.txt", "Radio West"),
    ("www.bbc.co.uk.html", "bbc.co.uk"),
    ("bbc.txt", "BBC"),
    ("TheHarbourPost.json", "TheHarbourPost"),
    ("42.txt", None),
])
def test_outlet_from_filename(name, outlet):
    assert outlet_from_filename(Path(name)) == outlet


def test_outlet_from_credit_lines():
    assert outlet_from_text("LONDON (Reuters) - Prices rose on Monday.") == "Reuters"
    assert outlet_from_text("MARROWBY, March 12 (Coastline) - Twelve people were hurt.") == "Coastline"
    assert outlet_from_text("Story text.\n\n© 2024 The Harbour Post. All rights reserved.") == "The Harbour Post"
    assert outlet_from_text("Nothing names the outlet here.") is None


def test_resolve_outlet_order():
    path = Path("000_b965fbacd8f4ed8b.txt")
    assert resolve_outlet(outlet="  Tidewater   Post ", url="https://www.x.example/a", path=path) == "Tidewater Post"
    assert resolve_outlet(outlet="https://www.valleycourier.example/", path=path) == "valleycourier.example"
    assert resolve_outlet(url="https://www.x.example/a", path=Path("radio-west.txt")) == "x.example"
    assert resolve_outlet(path=Path("radio-west.txt"), text="LONDON (Reuters) - x") == "Radio West"
    assert resolve_outlet(path=path, text="LONDON (Reuters) - Prices rose.") == "Reuters"
    assert resolve_outlet(path=path, text="No credit.") == "“No credit”"
    assert resolve_outlet(path=path, text="x", title="Crane falls at the harbour in the night") == "“Crane falls at the harbour…”"
    assert resolve_outlet(path=path, text="x", title="Crane falls", author="Jo Smith") == "by Jo Smith"
    assert resolve_outlet(path=Path("dump.jsonl"), label="dump.jsonl line 4") == "unknown outlet (dump.jsonl line 4)"


@pytest.mark.parametrize("code, text", [
    ("en", "The council said on Monday that the bridge would be closed for repairs until the end of the month."),
    ("fr", "Le conseil a annoncé lundi que le pont sera fermé pour des travaux jusqu'à la fin du mois, selon les services de la ville."),
    ("de", "Der Stadtrat hat am Montag mitgeteilt, dass die Brücke bis Ende des Monats wegen Reparaturen gesperrt wird und nicht befahren werden kann."),
    ("es", "El ayuntamiento dijo el lunes que el puente estará cerrado por obras hasta final de mes, y que los autobuses cambiarán su ruta."),
    ("it", "Il consiglio comunale ha detto lunedì che il ponte sarà chiuso per lavori fino alla fine del mese e che gli autobus non passeranno."),
    ("pt", "A câmara municipal disse na segunda-feira que a ponte vai ser fechada para obras até ao fim do mês, e os autocarros não vão passar pelo centro."),
    ("nl", "De gemeenteraad heeft maandag gezegd dat de brug tot het einde van de maand gesloten is voor werkzaamheden en dat de bus niet rijdt."),
])
def test_detect_language(code, text):
    assert detect_language(text) == code


def test_detect_language_unsure():
    assert detect_language("Marrowby 2025") is None
    assert detect_language("") is None
    assert detect_language("1234 5678 ... !!! ???") is None


@pytest.mark.parametrize("value, date", [
    ("2025-03-12", dt.date(2025, 3, 12)),
    ("2018-04-24T10:00:00Z", dt.date(2018, 4, 24)),
    ("Tue, 24 Apr 2018 10:00:00 GMT", dt.date(2018, 4, 24)),
    ("24 April 2018", dt.date(2018, 4, 24)),
    ("April 24, 2018", dt.date(2018, 4, 24)),
    (1524564000, dt.date(2018, 4, 24)),
    (dt.datetime(2018, 4, 24, 9), dt.date(2018, 4, 24)),
    ("2018-02-30", None),
    ("yesterday", None),
    (None, None),
])
def test_parse_date(value, date):
    assert parse_date(value) == date


def test_split_headline():
    assert split_headline("Bridge reopens\n\nThe bridge reopened.") == ("Bridge reopens", "The bridge reopened.")
    assert split_headline("The bridge reopened.\n\nMore text.") == (None, "The bridge reopened.\n\nMore text.")
    assert split_headline("Only a headline") == (None, "Only a headline")
    long_line = " ".join(["word"] * 40)
    assert split_headline(f"{long_line}\n\nMore.")[0] is None


def test_build_article_reports_unreadable_date_and_keeps_article():
    built = build_article("The pier reopened on Friday after repairs.", source="x.json", published="sometime soon", outlet="Courier")
    assert built.article is not None and built.article.published is None
    assert [(p.level, p.reason) for p in built.problems] == [("warning", "publication date 'sometime soon' not understood; left empty")]


def test_cut_feed_keeps_xml_well_formed():
    item = b"<item><title>T</title><description>Story text here.</description></item>"
    data = b"<?xml version='1.0'?><rss><channel><title>F</title>" + item * 100 + b"</channel></rss>"
    cut = _cut_feed(data, 500)
    assert len(cut) < 520 and cut.endswith(b"</item></channel></rss>")
    import feedparser

    assert not feedparser.parse(cut).bozo


@pytest.mark.skipif(not EXAMPLE.exists(), reason="bundled example not present")
def test_bundled_example_reads_cleanly():
    result = read_paths([EXAMPLE])
    assert result.problems == ()
    by_outlet = {a.outlet: a for a in result.articles}
    assert set(by_outlet) == {"Marrowby Gazette", "Northern Ledger", "Coastline News Agency", "Harbourside Daily", "Radio West"}
    gazette = by_outlet["Marrowby Gazette"]
    assert gazette.published == dt.date(2025, 3, 12)
    assert gazette.title == "Fourteen injured as Kestrel Footbridge collapses into Port Alder harbour"
    assert "Ellen Marsh" not in gazette.text and "Share this article" not in gazette.text
    radio = by_outlet["Radio West"]
    for noise in ("Image copyright", "Image caption", "pic.twitter.com", "Follow Radio West"):
        assert noise not in radio.text
    assert "Advertisement" not in by_outlet["Harbourside Daily"].text
    assert by_outlet["Coastline News Agency"].url.startswith("https://coastline-news.example/")


def test_short_english_headlines_are_not_called_foreign():
    for title in ("kobe bryant defends los angeles lakers extension insists lakers plenty",
                  "game preview washington wizard los angeles lakers key match"):
        assert detect_language(title) in (None, "en")
