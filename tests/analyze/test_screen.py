"""Non-articles are set aside with a stated reason (fictional text written for these tests)."""

from newsweave.analyze.screen import screen_documents
from newsweave.text.segment import segment
from newsweave.types import Article

PIER = [
    "The Portmere pier collapsed into the harbour on Monday night after a storm surge, the harbour board said. "
    "Two fishermen were rescued from the water by the coastguard and taken to the Marrowby infirmary. "
    "Engineers had warned the council last year that the pier's timber piles were rotting.",
    "Storm waves brought down half of Portmere's Victorian pier late on Monday, and the coastguard pulled two "
    "fishermen from the harbour. The council had been told the pier's piles were rotting, engineers said.",
    "Portmere council will hold an inquiry into the pier collapse, its leader said on Tuesday, after engineers "
    "revealed they had warned about rotting piles. Two fishermen rescued by the coastguard are recovering.",
]
ARCHIVE = (
    "Snapshots of this page came from a web crawl run by a volunteer project. Archived pages like this one "
    "are kept in the Wayback Machine so old links still open. Part of the No More 404 effort."
)
TWITTER = (
    "Tweet with a location. Posting location information to your Tweets is optional and can be switched "
    "off in settings. Your Tweet location history can be cleared at any time. Learn more"
)
WEATHER = (
    "Portmere today 14°C, feels like 11°C. Humidity 82%. Wind speed 19 mph, gusts 30 mph. "
    "Forecast: chance of rain 60%. Sunrise 06:12, sunset 20:41. Tomorrow 16°C, UV index 3."
)
CAKES = (
    "The annual village bake-off crowned a retired postwoman for her lemon drizzle sponge, judges announced. "
    "Entrants baked scones, tarts and a three-tier wedding cake in the marquee behind the chapel."
)


def _docs(*texts):
    return tuple(segment(Article(id=f"a{i}", outlet=f"Outlet {i}", text=t)) for i, t in enumerate(texts))


def _aside(*texts):
    kept, aside = screen_documents(_docs(*texts))
    return [d.article.id for d in kept], [(s.article_id, s.kind) for s in aside], aside


def test_archive_twitter_and_weather_pages_are_set_aside_with_reasons():
    kept, aside, records = _aside(*PIER, ARCHIVE, TWITTER, WEATHER)
    assert kept == ["a0", "a1", "a2"]
    assert aside == [("a3", "boilerplate"), ("a4", "boilerplate"), ("a5", "widget")]
    reasons = [r.reason for r in records]
    assert reasons[0].startswith("not an article: web-archive notice")
    assert reasons[1].startswith("not an article: Twitter page furniture")
    assert reasons[2].startswith("not an article: a weather widget")
    assert records[0].label == "Outlet 3"


def test_an_off_topic_piece_is_set_aside_in_a_story_of_four():
    kept, aside, records = _aside(*PIER, CAKES)
    assert kept == ["a0", "a1", "a2"] and aside == [("a3", "off-topic")]
    assert records[0].reason.startswith("off-topic: shares almost nothing with the other articles")


def test_with_two_articles_off_topic_is_not_judged():
    kept, aside, _ = _aside(PIER[0], CAKES)
    assert kept == ["a0", "a1"] and aside == []


def test_real_articles_are_all_kept():
    kept, aside, _ = _aside(*PIER)
    assert kept == ["a0", "a1", "a2"] and aside == []


def test_never_everything():
    kept, aside, _ = _aside(ARCHIVE, TWITTER + " " + TWITTER)
    assert len(kept) == 1 and len(aside) == 1
