"""A per-sentence status inside a fact (`Fact.member_status`): the carried-claim judgment is per sentence,
so an article judged to carry ONE member's claim counts for that member, not for every member of the fact.
The fact-level status is its representative sentence's (the fact's text). Through the real fact builder
(`facts.facts_from_groups`) and the real renderers (JSON
against the published schema, Markdown, HTML, text). Texts are fictional."""

from __future__ import annotations

import json
from html import escape
from importlib import resources

import jsonschema
import numpy as np
import pytest

from newsweave.analyze import facts as F
from newsweave.render import render
from newsweave.types import StoryReport, Summary

from .test_facts_carried import _sentences

SHORT = "The Pellworth ferry carried 412 people to Marrow Island on Sunday."  # art0, the representative (shorter)
LONGER = "On Sunday the Pellworth ferry carried 412 people over to Marrow Island in calm weather."  # art1, same claim
TOLD = "Marrow Island welcomed a boatload of 412 day trippers from the mainland."  # art2, tells art1's sentence only
FILLER = [[f"The council in Marlow debated item {w} of the agenda for an hour." for w in "abc"],
          [f"Residents wrote letters about topic {w} to the local paper." for w in "pqr"],
          [f"The harbour master logged tide number {w} in the book." for w in "xyz"]]
TOLD_AT = 4 + 4 + 2  # art2's third sentence


def _facts(carried):
    sents, doc_of, documents = _sentences([[SHORT] + FILLER[0], [LONGER] + FILLER[1], FILLER[2][:2] + [TOLD] + FILLER[2][2:]])
    assert sents[TOLD_AT].text == TOLD
    groups = [[0, 4]] + [[i] for i in range(len(sents)) if i not in (0, 4)]
    fg = F.FactGroups(sents, doc_of, groups, np.eye(len(sents)), 0.35, carried=carried)
    return sents, documents, F.facts_from_groups(documents, fg)


def test_a_carrier_of_one_member_counts_for_that_member_only():
    sents, _, facts = _facts({4: {2: TOLD_AT}})  # art2 judged to carry art1's sentence, not art0's
    ferry = next(f for f in facts if f.text == SHORT)
    assert [c.article_id for c in ferry.citations] == ["art0", "art1"]
    # the fact (its text is art0's sentence): two of three outlets, not inflated by art1's carrier
    assert ferry.status == "partial" and ferry.independent_outlets == ("Outlet 0", "Outlet 1") and ferry.told_by == ()
    (m,) = ferry.member_status
    assert (m.citation.article_id, m.citation.sentence_index) == ("art1", 0)
    assert m.status == "shared" and m.independent_outlets == ("Outlet 0", "Outlet 1", "Outlet 2")
    assert [(c.article_id, c.sentence_index) for c in m.told_by] == [("art2", 2)]
    # the carrier's sentence keeps its own fact and status
    assert next(f for f in facts if f.text == TOLD).status == "unique"


def test_a_carrier_of_the_representative_counts_for_the_fact_and_the_other_member_keeps_its_own():
    _, _, facts = _facts({0: {2: TOLD_AT}})
    ferry = next(f for f in facts if f.text == SHORT)
    assert ferry.status == "shared" and [c.article_id for c in ferry.told_by] == ["art2"]
    (m,) = ferry.member_status
    assert m.citation.article_id == "art1" and m.status == "partial" and m.independent_outlets == ("Outlet 0", "Outlet 1") and m.told_by == ()
    # both members carried: one coverage, nothing listed per member
    _, _, both = _facts({0: {2: TOLD_AT}, 4: {2: TOLD_AT}})
    f = next(f for f in both if f.text == SHORT)
    assert f.status == "shared" and f.member_status == ()
    # without the judgment nothing is listed and the status is the group's
    _, _, plain = _facts(None)
    f = next(f for f in plain if f.text == SHORT)
    assert f.status == "partial" and f.member_status == () and f.told_by == ()


@pytest.fixture(scope="module")
def report():
    _, documents, facts = _facts({4: {2: TOLD_AT}})
    return StoryReport("ferry", documents, Summary("ferry", "extractive", ()), facts=facts)


def test_json_lists_the_member_with_its_own_status_outlets_and_carrier(report):
    schema = json.loads(resources.files("newsweave").joinpath("schema/story.schema.json").read_text(encoding="utf-8"))
    data = json.loads(render(report, "json"))
    jsonschema.validate(data, schema)
    texts = {a["id"]: a["text"] for a in data["articles"]}
    ferry = next(f for f in data["facts"] if f["text"] == SHORT)
    assert ferry["status"] == "partial" and ferry["independent_outlets"] == ["Outlet 0", "Outlet 1"] and "told_by" not in ferry
    (m,) = ferry["member_status"]
    assert m["article_id"] == "art1" and texts["art1"][m["start"]:m["end"]] == m["text"] == LONGER
    assert m["status"] == "shared" and m["independent_outlets"] == ["Outlet 0", "Outlet 1", "Outlet 2"]
    (t,) = m["told_by"]
    assert t["label"] == "also told in other words by Outlet 2" and texts["art2"][t["start"]:t["end"]] == TOLD
    assert all("member_status" not in f for f in data["facts"] if f["text"] != SHORT)
    m.pop("status")  # a member entry without its status breaks the schema
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


LABEL = "sentence of Outlet 1 on its own: shared, 3/3 outlets (Outlet 0, Outlet 1, Outlet 2)"


def test_markdown_html_and_text_show_the_member_s_own_outlets(report):
    md = render(report, "markdown").splitlines()
    k = next(i for i, x in enumerate(md) if "Pellworth ferry carried 412 people to" in x and x[:1].isdigit())
    assert "**partial**" in md[k] and "also told" not in md[k]
    member = md[k + 1]
    assert member.lstrip().startswith(f"- {LABEL}[^") and "also told in other words by Outlet 2[^" in member
    refs = [r.split("]")[0] for r in member.split("[^")[1:]]
    assert f"[^{refs[0]}]: Outlet 1: “{LONGER}”" in md and f"[^{refs[1]}]: Outlet 2: “{TOLD}”" in md
    html = render(report, "html")
    item = next(x for x in html.splitlines() if x.startswith("<li>") and "to Marrow Island on Sunday." in x)
    inner = item.split("<ul>")[1]
    assert escape(LABEL) in inner and "also told in other words by Outlet 2" in inner and LONGER in inner and TOLD in inner
    anchor = inner.split('href="#')[1].split('"')[0]
    assert f'id="{anchor}"' in html  # the member chip resolves to the marked sentence
    text = render(report, "text")
    assert f"{LABEL} [art1 " in text and "also told in other words by Outlet 2 [art2 " in text



def test_the_member_entries_survive_the_store_codec(report):
    from newsweave.store.codec import report_from_json, report_to_json
    from newsweave.types import MemberStatus

    back = report_from_json(report_to_json(report), story_id="ferry", documents=report.documents)
    assert back.facts == report.facts
    (m,) = next(f for f in back.facts if f.text == SHORT).member_status
    assert isinstance(m, MemberStatus) and m.status == "shared" and m.told_by[0].article_id == "art2"


def test_the_judgment_is_off_by_default_and_runs_when_asked_between_long_articles():
    """Off by default again (session 12: the evidence it cites is too often another claim); with
    `carried=True` it runs (it needs the static similarity and two articles of 8+ fact sentences); the
    embedder here is a bag of words written here."""
    import zlib

    from newsweave.analyze.fact_similarity import LexicalSimilarity, StaticSimilarity

    class Bag:
        def embed(self, texts):
            out = np.zeros((len(texts), 1024))
            for k, t in enumerate(texts):
                for w in t.lower().split():
                    if len(w.strip(".,")) >= 4:
                        out[k, zlib.crc32(w.strip(".,").encode()) % 1024] += 1.0
            return out

    long_a = [SHORT] + [f"The council in {town} debated the {what} for an hour." for town, what in
                        zip(("Marlow", "Quillon", "Avebridge", "Tolney", "Hessel", "Crane", "Dunmore", "Faring"),
                            ("budget", "harbour wall", "bus timetable", "school roof", "library hours", "car park", "bridge tolls", "beach huts"))]
    long_b = [LONGER] + [f"Residents of {town} wrote to the paper about the {what}." for town, what in
                         zip(("Pellham", "Orrin", "Beckley", "Stowe", "Lanning", "Mereton", "Ashby", "Corran"),
                             ("lighthouse", "ferry fares", "fishing quotas", "dune paths", "street lamps", "post office", "market day", "tide tables"))]
    _, _, documents = _sentences([long_a, long_b])
    assert F.group_sentences(documents, similarity=StaticSimilarity(Bag())).carried is None  # the default: off
    fg = F.group_sentences(documents, similarity=StaticSimilarity(Bag()), carried=True)
    assert fg.carried is not None  # the judgment ran (whatever it decided on this story)
    assert F.group_sentences(documents, similarity=LexicalSimilarity(), carried=True).carried is None  # needs the static similarity
    short = _sentences([long_a[:5], long_b])[2]  # one long article only: nothing to judge
    assert F.group_sentences(short, similarity=StaticSimilarity(Bag()), carried=True).carried == {}
