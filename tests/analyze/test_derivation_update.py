"""One outlet's later story reusing a long run of its earlier one is an update, not a second outlet (fictional text)."""

import datetime as dt

from newsweave.analyze import find_derivations
from newsweave.analyze.corroboration import SourceMap
from newsweave.analyze.rewrite_update import domain, outlet_key
from newsweave.render.json import CitationResolver, derivation_dict
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article, content_id

# The earlier story: twelve sentences, four of them the mayor's and the engineer's words.
EARLIER = [
    "The Pellow dam burst on Monday morning after three days of heavy rain.",
    "Nine people were killed and forty homes were flooded in the valley below.",
    "Engineers had warned the county about cracks in the spillway last year.",
    '"We told them the concrete was failing and nobody listened to us," said Tom Brewer, a retired engineer.',
    '"I asked for the inspection reports twice and never saw them," the mayor of Larkton said.',
    "The county has opened an inquiry into the maintenance of the dam.",
    "Rescue boats searched the flooded fields until dark on Monday evening.",
    "The school hall in Larkton was opened as a shelter for the families.",
    "Power was cut to eight hundred homes along the river road.",
    "The railway line to Marrowby was closed after the embankment slipped.",
    "Farmers said hundreds of sheep were lost in the lower meadows.",
    "The regional health office warned residents not to drink well water.",
]
# The update: a new top, then a run of four of the earlier sentences (two of them quotations),
# then more new text. Four of twelve is a third of the earlier story: below the half that makes
# a follow-up from another outlet.
NEW_TOP = [
    "Divers recovered the last missing car from the reservoir on Wednesday.",
    "The death toll from the Pellow dam collapse rose to eleven overnight.",
    "Police closed the valley road again after a second landslide on Tuesday night.",
]
NEW_TAIL = [
    "Families returned to inspect their houses under police escort on Wednesday.",
    "The insurance office in Larkton opened on Saturday to take claims.",
    "A memorial service is planned at the chapel next week.",
    "Road crews began clearing mud from the valley road on Thursday.",
    "The county council will meet in emergency session on Friday afternoon.",
    "Volunteers collected blankets and tinned food at the rugby club.",
    "A fund for the victims' families has raised nine thousand pounds so far.",
    "The water company said mains supply would return within a week.",
    "Schools in the valley will stay shut until the end of the month.",
    "Forecasters expect more rain over the hills at the weekend.",
    "The Environment Office has sent a team to check the other dams in the county.",
]
UPDATE = NEW_TOP + EARLIER[1:5] + NEW_TAIL


def _doc(sentences, outlet, day, url=None):
    text = "\n\n".join(sentences)
    return RuleSegmenter().split(Article(id=content_id(text), outlet=outlet, text=text, url=url, published=dt.date(2024, 3, day)))


def test_the_same_outlets_later_story_is_found_as_an_update_of_the_earlier():
    first, later = _doc(EARLIER, "Valley Gazette", 4), _doc(UPDATE, "The Valley Gazette (Online)", 6)
    (d,) = find_derivations([later, first])
    assert (d.source_id, d.copy_id) == (first.article.id, later.article.id)
    assert d.update and d.reason.startswith("update of the same outlet's earlier story")
    assert len(d.pairs) == 4  # the quotations count: they are the outlet's own reporting here
    sources = SourceMap.build([first.article, later.article], [d])
    assert sources.label(later.article.id) == "The Valley Gazette (Online) (update of its earlier story)"
    assert sources.total() == 1
    shown = derivation_dict(d, CitationResolver([first.article, later.article], [d]))
    assert shown["update"] is True and shown["source_id"] == first.article.id


def test_the_same_web_domain_is_the_same_outlet():
    first = _doc(EARLIER, "Valley Gazette", 4, url="https://www.valleygazette.example/news/dam-bursts")
    later = _doc(UPDATE, "valleygazette.example", 6, url="https://valleygazette.example/news/dam-toll-rises")
    (d,) = find_derivations([first, later])
    assert d.update and (d.source_id, d.copy_id) == (first.article.id, later.article.id)
    assert outlet_key("The Valley Gazette (Online)") == "valley gazette" and domain("http://m.valleygazette.example/x") == "valleygazette.example"


def test_the_same_run_in_another_outlets_story_is_not_a_copy():
    # Across outlets a third of the earlier story (half of it quotations) is no copy: the
    # follow-up rule still needs half of the earlier story's own sentences.
    assert find_derivations([_doc(EARLIER, "Valley Gazette", 4), _doc(UPDATE, "Larkton Herald", 6)]) == ()


def test_a_short_reused_run_is_no_update():
    two = NEW_TOP + EARLIER[1:3] + NEW_TAIL
    assert find_derivations([_doc(EARLIER, "Valley Gazette", 4), _doc(two, "Valley Gazette", 6)]) == ()
