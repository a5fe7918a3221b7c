"""A copy or rewrite does not add an outlet to a fact, to "n/N outlets" or to the coverage matrix."""

import datetime as dt
import json

import pytest

from newsweave import api
from newsweave.analyze import StoryAnalyzer
from newsweave.analyze.corroboration import SourceMap
from newsweave.render.json import report_dict
from newsweave.render.text import render_text
from newsweave.types import Article, Derivation, content_id

GAZETTE = (
    "The Pellow dam burst on Monday morning after three days of heavy rain.\n\n"
    "Nine people were killed and forty homes were flooded in the valley below.\n\n"
    "Engineers had warned the county about cracks in the spillway last year.\n\n"
    "The county has opened an inquiry into the maintenance of the dam."
)
COURIER = (  # a light rewrite of the Gazette, crediting it
    "The Pellow dam burst on Monday morning after three days of heavy rain, the Valley Gazette reported.\n\n"
    "Nine people were killed and forty homes were flooded in the valley.\n\n"
    "Engineers had warned the county about cracks in the spillway last year.\n\n"
    "The county has opened an inquiry into how the dam was maintained."
)
HERALD = (  # an independent report sharing one fact
    "The Pellow dam burst on Monday morning after three days of heavy rain.\n\n"
    "Volunteers from Larkton brought boats to ferry families to the school hall.\n\n"
    "The mayor thanked the fire crews from four neighbouring towns."
)


def _art(text, outlet, day):
    return Article(id=content_id(text), outlet=outlet, text=text, published=dt.date(2024, 3, day))


@pytest.fixture(scope="module")
def report():
    arts = [_art(GAZETTE, "Valley Gazette", 4), _art(COURIER, "Daily Courier", 5), _art(HERALD, "Larkton Herald", 4)]
    return StoryAnalyzer().analyze(api.summarize(arts)), {a.outlet: a.id for a in arts}


def test_the_rewrite_is_found(report):
    rep, ids = report
    (d,) = rep.derivations
    assert (d.source_id, d.copy_id) == (ids["Valley Gazette"], ids["Daily Courier"])


def test_a_copy_does_not_count_as_a_second_outlet(report):
    rep, ids = report
    inquiry = [f for f in rep.facts if "inquiry" in f.text]
    assert inquiry and set(inquiry[0].article_ids) == {ids["Valley Gazette"], ids["Daily Courier"]}
    assert inquiry[0].status == "unique" and inquiry[0].independent_outlets == ("Valley Gazette",)
    assert inquiry[0].copies == (ids["Daily Courier"],)
    burst = [f for f in rep.facts if "dam burst" in f.text]
    assert burst and len(burst[0].article_ids) == 3 and burst[0].status == "shared"
    assert burst[0].independent_outlets == ("Valley Gazette", "Larkton Herald") or set(burst[0].independent_outlets) == {"Valley Gazette", "Larkton Herald"}


def test_pages_and_json_name_the_copy(report):
    rep, ids = report
    text = render_text(rep)
    assert "Daily Courier (copy of Valley Gazette)" in text
    assert "3 articles from 3 outlets (2 independent)" in text
    assert "/3 outlets]" not in text  # every n/N counts independent sources
    data = json.loads(json.dumps(report_dict(rep)))
    courier = [a for a in data["articles"] if a["outlet"] == "Daily Courier"][0]
    assert courier["copy_of"] == ids["Valley Gazette"]
    for s in data["summary"]["sentences"]:
        assert len(s["independent_outlets"]) <= len(s["outlets"])
        if set(s["outlets"]) == {"Valley Gazette", "Daily Courier"}:
            assert s["independent_outlets"] == ["Valley Gazette"]


def test_source_map_follows_chains_and_counts_outlets_once():
    arts = [Article(id=i, outlet=o, text="x") for i, o in (("a", "A"), ("b", "B"), ("c", "C"), ("d", "A"))]
    sm = SourceMap.build(arts, [Derivation("a", "b", 0.9, ()), Derivation("b", "c", 0.8, ())])
    assert sm.independent(["a", "b", "c", "d"]) == ["A"]
    assert sm.total() == 1 and sm.label("c") == "C (copy of B)"
    assert sm.non_independent(["a", "c"]) == ["c"]
