"""The store contract: one test class every store implementation inherits (Haystack style).

A subclass provides the `store` fixture (an empty store); every test here then runs on it. The
tests drive the store only through `base.StoryStore` and its unit of work, plus real ingest.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsweave.errors import NotFoundError
from newsweave.store import StoryListing, StoryStore
from newsweave.types import Article, ClusterState, Document, Sentence, StoryReport, Summary, SummarySentence, Citation, content_id

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harbour-collapse"


def _doc(text: str, outlet: str = "Gazette", published=dt.date(2025, 3, 12), title=None) -> Document:
    article = Article(id=content_id(text), outlet=outlet, text=text, title=title, published=published)
    end = text.index(".") + 1
    return Document(article, (Sentence(article.id, 0, 0, end, text[:end]),))


def _state(story_id: str, n: int = 1, seq: int = 1, day=dt.date(2025, 3, 12)) -> ClusterState:
    return ClusterState(story_id, b"\x00\x00\x80?" * 4, n, {"Kestrel": n}, day, day, seq, {"keys": {"bridge": 2}})


def _report(story_id: str, docs: list[Document], text: str | None = None) -> StoryReport:
    s = docs[0].sentences[0]
    summary = Summary(story_id, "extractive", (SummarySentence(text or s.text, (Citation(s.article_id, s.start, s.end, 0),)),))
    return StoryReport(story_id=story_id, documents=tuple(docs), summary=summary, facts=(), quotes=())


class StoreContract:
    """Inherit and provide a `store` fixture yielding an empty store."""

    def add_story(self, store, story_id="s1", texts=("The footbridge fell into the harbour. Ten were hurt.",), seq=1):
        docs = [_doc(t) for t in texts]
        with store.unit_of_work() as work:
            work.add_batch(docs, {d.article.id: story_id for d in docs}, {d.article.id: seq + i for i, d in enumerate(docs)},
                           [_state(story_id, len(docs), seq + len(docs) - 1)], {story_id}, {story_id: "First title"})
        return docs

    def test_is_a_story_store(self, store):
        assert isinstance(store, StoryStore)
        assert store.count_articles() == 0 and store.count_stories() == 0 and store.list_stories() == ([], 0)

    def test_a_batch_is_stored_with_spans_and_state(self, store):
        docs = self.add_story(store)
        assert store.count_articles() == 1 and store.count_stories() == 1
        assert store.get_article(docs[0].article.id) == docs[0].article
        assert store.story_documents("s1") == docs  # sentences as given, never re-segmented
        story = store.get_story("s1")
        assert story.title == "First title" and story.article_ids == (docs[0].article.id,)
        with store.unit_of_work() as work:
            (state,) = work.load_states(["s1", "nope"])
            assert state == _state("s1")
            assert work.load_candidates([dt.date(2025, 3, 14)], window_days=7, max_candidates=10) == [state]
            assert work.load_candidates([dt.date(2025, 5, 1)], window_days=7, max_candidates=10) == []
            assert work.dirty_stories() == [("s1", 1)]
            assert work.max_seq() == 1
            assert work.stories_of([docs[0].article.id, "missing"]) == {docs[0].article.id: "s1"}
            assert work.check_consistency() == []

    def test_candidates_are_the_stories_active_in_the_window(self, store):
        """Stories whose [first, last] dates come within `window_days` of the batch's dates; not
        older ones, nor ones that start after the window (a later feed ingested first)."""
        d = dt.date
        spans = {"old": (d(2025, 1, 2), d(2025, 1, 9)), "running": (d(2025, 2, 1), d(2025, 3, 8)), "near": (d(2025, 3, 13), d(2025, 3, 13)),
                 "later": (d(2025, 4, 20), d(2025, 4, 25)), "long": (d(2025, 1, 1), d(2025, 6, 1))}
        for seq, (story_id, (first, last)) in enumerate(spans.items(), 1):
            doc = _doc(f"The {story_id} ferry story starts here. It goes on.", published=first)
            state = ClusterState(story_id, b"\x00\x00\x80?" * 4, 1, {}, first, last, seq, {})
            with store.unit_of_work() as work:
                work.add_batch([doc], {doc.article.id: story_id}, {doc.article.id: seq}, [state], {story_id}, {story_id: story_id})
        with store.unit_of_work() as work:
            found = work.load_candidates([d(2025, 3, 12), d(2025, 3, 14)], window_days=7, max_candidates=10)
            assert [s.id for s in found] == ["running", "near", "long"]  # by seq
            assert [s.id for s in work.load_candidates([d(2025, 4, 30)], window_days=7, max_candidates=10)] == ["later", "long"]
            assert work.max_seq() == 5

    def test_a_failed_unit_of_work_leaves_nothing(self, store):
        with pytest.raises(RuntimeError):
            with store.unit_of_work() as work:
                docs = [_doc("An article that never lands. Really.")]
                work.add_batch(docs, {docs[0].article.id: "s9"}, {docs[0].article.id: 1}, [_state("s9")], {"s9"}, {"s9": "t"})
                work.set_meta("embedder", "x")
                raise RuntimeError("crash mid-batch")
        assert store.count_articles() == 0 and store.count_stories() == 0 and store.get_meta("embedder") is None

    def test_reports_are_versioned_and_stale_ones_refused(self, store):
        docs = self.add_story(store)
        with store.unit_of_work() as work:
            assert work.save_report("s1", 1, _report("s1", docs), title="Summary title")
        first = store.get_report("s1")
        assert first.summary.sentences[0].text == "The footbridge fell into the harbour."
        assert first.documents == tuple(docs)
        assert store.get_story("s1").title == "Summary title"
        assert store.list_stories()[0][0].headline == "The footbridge fell into the harbour."
        more = [_doc("Divers searched the water. Night fell.", outlet="Ledger")]
        with store.unit_of_work() as work:
            work.add_batch(more, {more[0].article.id: "s1"}, {more[0].article.id: 2}, [_state("s1", 2, 2)], set(), {})
            assert work.save_report("s1", 1, _report("s1", docs), title=None) is False  # the story moved on
            assert work.dirty_stories() == [("s1", 2)]
            assert work.save_report("s1", 2, _report("s1", docs + more, "Divers searched the water."), title=None)
            assert work.check_consistency() == []
        versions = store.report_versions("s1")
        assert [(v.number, v.story_version, v.n_articles) for v in versions] == [(1, 1, 1), (2, 2, 2)]
        assert versions[1].headline == "Divers searched the water." and versions[0].created_at <= versions[1].created_at
        assert store.get_report("s1", 1) == first
        assert store.get_report("s1").summary.sentences[0].text == "Divers searched the water."
        assert len(store.get_report("s1").documents) == 2
        with pytest.raises(NotFoundError):
            store.get_report("s1", 3)

    def test_a_merged_story_moves_whole_and_its_id_follows(self, store):
        a = self.add_story(store)
        b = self.add_story(store, "s2", ("Divers searched the harbour water. Night fell.",), seq=5)
        with store.unit_of_work() as work:
            work.save_report("s2", 1, _report("s2", b), title=None)
        with store.unit_of_work() as work:
            work.add_batch([], {}, {}, [_state("s1", 2, 6)], set(), {})
            work.merge_stories([("s1", "s2", "same event")])
            assert work.check_consistency() == []
            assert work.dirty_stories() == [("s1", 2)]
        assert store.count_stories() == 1
        assert store.get_story("s2").id == "s1" and set(store.get_story("s1").article_ids) == {a[0].article.id, b[0].article.id}
        assert store.story_of_article(b[0].article.id) == "s1"
        with pytest.raises(NotFoundError):
            store.get_report("s2")  # s1 has no report yet; s2's went with it

    def test_merges_are_read_back_with_reason_and_time_through_chains(self, store):
        """Issue 16: a merge is a recorded event. Every story absorbed into a story, also through a
        story absorbed later, comes back with its reason and time, oldest first; an absorbed id
        names the kept story here too."""
        self.add_story(store)
        self.add_story(store, "s2", ("Divers searched the harbour water. Night fell.",), seq=5)
        self.add_story(store, "s3", ("Cranes lifted the footbridge deck. Work went on.",), seq=9)
        assert store.story_merges("s1") == [] and store.story_merges("s3") == []
        with store.unit_of_work() as work:
            work.add_batch([], {}, {}, [_state("s1", 2, 10)], set(), {})
            work.merge_stories([("s1", "s2", "stories converged: same harbour")])
        (first,) = store.story_merges("s1")
        assert (first.absorbed_id, first.keep_id, first.reason) == ("s2", "s1", "stories converged: same harbour")
        assert isinstance(first.merged_at, dt.datetime)
        with store.unit_of_work() as work:
            work.add_batch([], {}, {}, [_state("s3", 3, 11)], set(), {})
            work.merge_stories([("s3", "s1", "lone article placed on a second look")])
            assert work.check_consistency() == []
        merges = store.story_merges("s3")
        assert [(m.absorbed_id, m.keep_id, m.reason) for m in merges] == [
            ("s2", "s3", "stories converged: same harbour"), ("s1", "s3", "lone article placed on a second look")]
        assert merges[0].merged_at <= merges[1].merged_at
        assert store.story_merges("s2") == merges == store.story_merges("s1")  # absorbed ids follow
        with pytest.raises(NotFoundError):
            store.story_merges("nope")

    def test_missing_things_raise_not_found(self, store):
        self.add_story(store)
        for call in (lambda: store.get_story("nope"), lambda: store.get_report("nope"), lambda: store.get_report("s1"),
                     lambda: store.get_article("nope"), lambda: store.story_of_article("nope"), lambda: store.report_versions("nope")):
            with pytest.raises(NotFoundError):
                call()

    def test_listing_search_and_paging(self, store):
        self.add_story(store)
        self.add_story(store, "s2", ("Flood waters rose in Kettlewick. Homes emptied.",), seq=5)
        stories, total = store.list_stories()
        assert total == 2 and all(isinstance(s, StoryListing) for s in stories)
        assert [s.id for s in stories] == ["s2", "s1"]  # same dates: most recently active first
        assert store.list_stories(search="KETTLEWICK")[1] == 1
        assert store.list_stories(search="no such words 100%")[1] == 0
        assert store.list_stories(since=dt.date(2025, 3, 13))[1] == 0
        assert store.list_stories(until=dt.date(2025, 3, 11))[1] == 0
        page, total = store.list_stories(limit=1, offset=1)
        assert [s.id for s in page] == ["s1"] and total == 2
        found, n = store.search_articles("harbour")
        assert n == 1 and found[0].outlet == "Gazette"

    def test_outlet_spellings(self, store):
        """Each stored outlet by its case-free name, as the first stored article spells it (session 26)."""
        first = [_doc("The footbridge fell into the harbour. Ten were hurt.", outlet="QuayCheck.org")]
        later = [_doc("Divers searched the harbour. The bridge was old.", outlet="quaycheck.org"), _doc("Straße closed. Crews worked all night.", outlet="Straße Zeitung")]
        with store.unit_of_work() as work:
            work.add_batch(first, {first[0].article.id: "s1"}, {first[0].article.id: 1}, [_state("s1")], {"s1"}, {"s1": "t"})
            work.add_batch(later, {d.article.id: "s1" for d in later}, {d.article.id: 2 + i for i, d in enumerate(later)}, [_state("s1", 3, 3)], set(), {})
            assert work.outlet_spellings(["QUAYCHECK.ORG", "strasse zeitung", "Gazette"]) == {"quaycheck.org": "QuayCheck.org", "strasse zeitung": "Straße Zeitung"}
            assert work.outlet_spellings([]) == {}

    def test_meta(self, store):
        with store.unit_of_work() as work:
            work.set_meta("embedder", "hashing-v1")
            work.set_meta("embedder", "hashing-v2")
        assert store.get_meta("embedder") == "hashing-v2"

    def test_ingest_of_the_example_gives_one_stored_story_with_resolving_citations(self, store):
        from newsweave.embed import HashingEmbedder
        from newsweave.pipeline.ingest import ingest
        import newsweave

        articles = newsweave.read([EXAMPLE]).articles
        report = ingest([EXAMPLE], store=store, embedder=HashingEmbedder(), labels={a.id: "harbour" for a in articles})
        assert report.new_articles == 5 and len(report.new_stories) == 1 and report.summarized == report.new_stories
        full = store.get_report(report.new_stories[0])
        by_id = {d.article.id: d for d in full.documents}
        for sentence in full.summary.sentences:
            for c in sentence.citations:
                assert any(s.start == c.start and s.end == c.end for s in by_id[c.article_id].sentences)
        again = ingest([EXAMPLE], store=store, embedder=HashingEmbedder())
        assert (again.new_articles, again.duplicates, again.summarized) == (0, 5, ())
        assert len(store.report_versions(report.new_stories[0])) == 1
