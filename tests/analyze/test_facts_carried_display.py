"""A carrying article as the facts show it (`Fact.told_by`): counted toward the fact's outlets and status,
its closest sentence cited as evidence with the label "also told in other words by <outlet>" through the
real renderers (JSON against the published schema, Markdown, HTML, text), never a member of the fact.
Texts are fictional (the ferry story of test_facts_carried.py)."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import numpy as np
import pytest

from newsweave.analyze import facts as F
from newsweave.render import render
from newsweave.types import StoryReport, Summary

from .test_facts_carried import CLAIM, FILLER_A, FILLER_B, TOLD, _sentences

N_A = len(FILLER_A) + 1
TOLD_AT = N_A + 4  # TOLD is the fifth sentence of article 1


def _facts(carried):
    sents, doc_of, documents = _sentences([[CLAIM] + FILLER_A, FILLER_B[:4] + [TOLD] + FILLER_B[4:]])
    groups = [[i] for i in range(len(sents))]
    fg = F.FactGroups(sents, doc_of, groups, np.eye(len(sents)), 0.35, carried=carried)
    return sents, documents, F.facts_from_groups(documents, fg)


@pytest.fixture(scope="module")
def report():
    _, documents, facts = _facts({0: {1: TOLD_AT}})
    return StoryReport("ferry", documents, Summary("ferry", "extractive", ()), facts=facts)


def test_the_carrier_counts_but_its_sentence_is_not_a_member_and_keeps_its_status():
    sents, _, facts = _facts({0: {1: TOLD_AT}})
    ferry = next(f for f in facts if f.text == CLAIM)
    assert ferry.status == "shared" and len(ferry.independent_outlets) == 2
    assert [c.article_id for c in ferry.citations] == ["art0"]
    assert [(c.article_id, c.sentence_index) for c in ferry.told_by] == [("art1", 4)]
    told = [f for f in facts if any(c.article_id == "art1" and c.sentence_index == 4 for c in f.citations)]
    assert [f.text for f in told] == [TOLD] and told[0].status == "unique"  # one fact holds it: its own
    # a carrier the fact's group already holds is not listed again
    _, _, again = _facts({0: {0: 1}})
    assert next(f for f in again if f.text == CLAIM).told_by == ()
    # without the judgment, nothing changes
    _, _, plain = _facts(None)
    assert next(f for f in plain if f.text == CLAIM).status == "unique"


def test_json_lists_the_carrier_with_label_and_resolvable_citation(report):
    schema = json.loads(resources.files("newsweave").joinpath("schema/story.schema.json").read_text(encoding="utf-8"))
    data = json.loads(render(report, "json"))
    jsonschema.validate(data, schema)
    texts = {a["id"]: a["text"] for a in data["articles"]}
    ferry = next(f for f in data["facts"] if f["text"] == CLAIM)
    assert [c["article_id"] for c in ferry["citations"]] == ["art0"]
    assert ferry["independent_outlets"] == ["Outlet 0", "Outlet 1"] and ferry["status"] == "shared"
    (t,) = ferry["told_by"]
    assert t["label"] == "also told in other words by Outlet 1" and t["outlet"] == "Outlet 1"
    assert texts[t["article_id"]][t["start"]:t["end"]] == t["text"] == TOLD
    other = next(f for f in data["facts"] if f["text"] == TOLD)
    assert "told_by" not in other and other["status"] == "unique"
    # a told_by entry without its offsets breaks the schema
    ferry["told_by"][0].pop("start")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_markdown_html_and_text_show_the_label_with_the_cited_sentence(report):
    md = render(report, "markdown")
    line = next(x for x in md.splitlines() if "Pellworth ferry carried" in x and x[:1].isdigit())
    assert "**shared**" in line and "also told in other words by Outlet 1[^" in line
    ref = line.split("[^")[1].split("]")[0]
    assert f"[^{ref}]: Outlet 1: “{TOLD}”" in md
    html = render(report, "html")
    item = next(x for x in html.splitlines() if x.startswith("<li>") and "carried 412" in x)
    assert "also told in other words by Outlet 1" in item
    anchor = item.split("also told in other words by Outlet 1")[1].split('href="#')[1].split('"')[0]
    assert f'id="{anchor}"' in html  # the chip resolves to the marked sentence in the article
    assert TOLD in item  # the chip's title holds the cited sentence
    text = render(report, "text")
    assert f"also told in other words by Outlet 1 [art1 " in text and TOLD in text
