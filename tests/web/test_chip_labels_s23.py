"""What the story page says beside a fact's, an event's and a quote's source chips (session 23, E4).

On the AllSides dev stream a three-outlet story's shared fact showed three outlet chips and "+1 more":
the fourth citation was a second sentence of a shown outlet, so a reader counted an outlet that is
not there. A quote's footer named its outlets and then chips of the same outlets ("The Hill The Hill").
Fictional data: the bundled harbour example, with facts and quotes written here."""

from __future__ import annotations

import dataclasses

import lxml.html

from newsweave import api
from newsweave.types import Citation, Fact, Quote, TimelineEvent
from newsweave.web.views import ReportView

from .conftest import EXAMPLE


def _distinct_outlet_articles(report, n):
    seen, out = set(), []
    for a in report.articles:
        if a.outlet not in seen:
            seen.add(a.outlet)
            out.append(a)
    return out[:n]


def _report_with_repeat():
    report = api.summarize([EXAMPLE])
    a, b, c = _distinct_outlet_articles(report, 3)
    cites = (Citation(a.id, 0, 10), Citation(a.id, 12, 20), Citation(b.id, 0, 10), Citation(c.id, 0, 10))
    fact = Fact("The Pellbrook ferry resumed on Monday.", "shared", cites, (a.id, b.id, c.id))
    event = TimelineEvent("2025-03-10", "day", "The Pellbrook ferry resumed on Monday.", cites)
    quote = Quote("We will reopen the ferry", "Mara Quill", (a.id, b.id), (Citation(a.id, 0, 10),))
    return dataclasses.replace(report, facts=(fact,), timeline=(event,), quotes=(quote,)), (a, b, c)


def test_a_second_sentence_of_a_shown_outlet_is_not_counted_as_one_more():
    report, (a, b, c) = _report_with_repeat()
    view = ReportView(report)
    shown = view.coverage()["facts"][0]
    assert [x.outlet for x in shown["chips"]] == [a.outlet, b.outlet, c.outlet]  # one chip per outlet first
    assert shown["more"] == 1 and shown["more_label"] == "+1 more sentence from the same outlets"
    assert view.timeline()[0]["more_label"] == "+1 more sentence from the same outlets"


def test_hidden_chips_of_new_outlets_keep_the_short_label():
    report = api.summarize([EXAMPLE])
    arts = _distinct_outlet_articles(report, 5)
    cites = tuple(Citation(x.id, 0, 10) for x in arts)
    fact = Fact("The Pellbrook ferry resumed on Monday.", "shared", cites, tuple(x.id for x in arts))
    shown = ReportView(dataclasses.replace(report, facts=(fact,))).coverage()["facts"][0]
    assert shown["more_label"] == f"+{len(arts) - 3} more"


def test_quote_footer_names_each_outlet_once(client, filled):
    story_id = client.get("/api/stories").json()["stories"][0]["id"]
    report = filled.get_report(story_id)
    _, (a, b, c) = _report_with_repeat()
    by_outlet = {x.outlet: x for x in report.articles}
    a, b = by_outlet[a.outlet], by_outlet[b.outlet]
    quote = Quote("We will reopen the ferry", "Mara Quill", (a.id, b.id), (Citation(a.id, 0, 10),))
    with filled.unit_of_work() as work:
        assert work.save_report(story_id, filled.report_versions(story_id)[-1].story_version, dataclasses.replace(report, quotes=(quote,)), title=None)
    doc = lxml.html.fromstring(client.get(f"/stories/{story_id}", headers={"accept": "text/html"}).text)
    footer = doc.cssselect("#quotes blockquote footer")[0].text_content()
    assert footer.count(a.outlet) == 1  # the chip names it; the footer no longer repeats it
    assert footer.strip().endswith(f"also {b.outlet}")  # carried, but no chip names it


def test_a_posted_record_names_every_missing_field(client):
    """{"title": ...} said only "outlet: Field required"; resent with an outlet it failed again on its
    missing text. The reason now names both (session 23, E4)."""
    from .conftest import TOKEN

    r = client.post("/api/articles", headers={"Authorization": f"Bearer {TOKEN}"}, json={"articles": [{"title": "Ferry timetable"}]})
    assert r.status_code == 422, r.text
    reason = r.json()["error"]["details"][0]["reason"]
    assert "outlet: Field required" in reason and "text: Field required" in reason
