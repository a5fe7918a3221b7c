"""Swappable stages: registries feed the CLI, each stage has a plain and a do-nothing version, and
the analysis is a list of steps that declare what they need."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import newsweave
from newsweave.config import Settings
from newsweave.errors import ConfigError
from newsweave.pipeline import Pipeline
from newsweave.pipeline.analysis import AnalysisState, default_steps, order_steps, run_steps
from newsweave.pipeline.registry import analysis_steps, clusterers, embedders, segmenters, summarizers
from newsweave.types import Article, content_id

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harbour-collapse"


@pytest.fixture(scope="module")
def articles():
    return list(newsweave.read([EXAMPLE]).articles)


def test_registries_name_every_stage_and_the_cli_offers_them():
    assert {"extractive", "llm", "lead", "lexrank", "textrank"} <= set(summarizers.names())
    assert {"rule", "paragraph"} <= set(segmenters.names())
    assert {"auto", "minilm", "hashing"} <= set(embedders.names())
    assert {"online", "given"} <= set(clusterers.names())
    assert {"facts", "quotes", "conflicts", "timeline", "entities", "derivations"} <= set(analysis_steps.names())
    from newsweave.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices
    for command in ("summarize", "analyze", "ingest", "serve"):
        method = next(a for a in sub[command]._actions if a.dest == "method")
        assert tuple(method.choices) == summarizers.names(), command
    with pytest.raises(ConfigError, match="unknown summarizer"):
        summarizers.create("nope")


@pytest.mark.parametrize("method", ["lead", "lexrank", "textrank"])
def test_baseline_summarizers_cite_exact_source_sentences(method, articles):
    report = newsweave.summarize(articles, 60, settings=Settings(method=method))
    assert report.summary.method == method and report.summary.sentences
    texts = {d.article.id: d.article.text for d in report.documents}
    for s in report.summary.sentences:
        (c,) = s.citations
        assert " ".join(texts[c.article_id][c.start : c.end].split()) == s.text
    assert sum(len(s.text.split()) for s in report.summary.sentences[:-1]) < 60


def test_lead_summarizer_is_the_eval_lead_baseline(articles):
    from newsweave.eval.baselines import LeadBaseline

    report = Pipeline.from_settings(Settings(method="lead", words=400)).summarize(articles)
    assert [s.text for s in report.summary.sentences] == LeadBaseline().summarize([d.article.text for d in report.documents], words=400)
    # Round robin: the first sentence of each article, in order.
    firsts = [" ".join(d.sentences[0].text.split()) for d in report.documents]
    assert [s.text for s in report.summary.sentences[: len(firsts)]] == firsts


def test_paragraph_segmenter_is_the_do_nothing_splitter():
    text = "Headline here\n\nFirst paragraph. Two sentences.\n  Second paragraph  \n"
    article = Article(content_id(text), "Gazette", text)
    doc = Pipeline.from_settings(Settings(segmenter="paragraph")).segmenter.split(article)
    assert [s.text for s in doc.sentences] == ["Headline here", "First paragraph. Two sentences.", "Second paragraph"]
    assert all(text[s.start : s.end] == s.text for s in doc.sentences)


def test_precomputed_embedder_returns_the_given_vectors_normalised():
    from newsweave.pipeline.stages import PrecomputedEmbedder
    from newsweave.errors import InputError

    e = PrecomputedEmbedder({"a": [3.0, 4.0], "b": [0.0, 2.0]}, name="my-model")
    rows = e.embed(["b", "a"])
    assert rows.tolist() == [[0.0, 1.0], [pytest.approx(0.6), pytest.approx(0.8)]] and e.name == "my-model"
    with pytest.raises(InputError, match="no precomputed vector"):
        e.embed(["c"])


def test_given_labels_clusterer_ingests_known_stories(articles):
    from newsweave.pipeline.ingest import ingest
    from newsweave.pipeline.stages import PrecomputedEmbedder
    from newsweave.cluster import lead_text
    from newsweave.store import open_store

    vectors = {lead_text(a): [1.0, float(i)] for i, a in enumerate(articles)}
    labels = {a.id: ("even" if i % 2 == 0 else "odd") for i, a in enumerate(articles)}
    with open_store("memory://") as store:
        result = ingest(articles[:3], store=store, embedder=PrecomputedEmbedder(vectors, name="given"), labels=labels, summarize=False)
        ingest(articles[3:], store=store, embedder=PrecomputedEmbedder(vectors, name="given"), labels=labels, summarize=False)
        groups = {}
        for a in articles:
            groups.setdefault(labels[a.id], set()).add(store.story_of_article(a.id))
        assert all(len(g) == 1 for g in groups.values()) and len({next(iter(g)) for g in groups.values()}) == 2
        assert store.count_stories() == 2 and len(result.new_stories) == 2
        assert store.get_meta("embedder") == "given"


def test_analysis_steps_equal_the_story_analyzer(articles):
    from newsweave.analyze import StoryAnalyzer

    analyzer = StoryAnalyzer()
    summary_only = newsweave.summarize(articles)
    assert run_steps(default_steps(analyzer), summary_only) == analyzer.analyze(summary_only)


def test_steps_are_ordered_by_their_needs_and_a_missing_need_is_refused(articles):
    steps = default_steps()
    names = [s.name for s in order_steps(list(reversed(steps)))]
    assert names.index("fact_groups") < names.index("facts") and names.index("entities") < names.index("quotes") < names.index("conflicts")
    only_quotes = [s for s in steps if s.name == "quotes"]
    with pytest.raises(ConfigError, match="entity_index"):
        order_steps(only_quotes)

    class WordCount:
        name, needs, sets = "word_count", ("documents",), ("word_count",)

        def run(self, state: AnalysisState):
            return {"word_count": sum(len(d.article.text.split()) for d in state["documents"])}

    report = Pipeline(steps=[WordCount(), *[s for s in steps if s.name == "derivations"]]).report(articles)
    assert report.derivations is not None and report.facts is None  # only the steps asked for ran


def test_import_newsweave_and_help_load_nothing_heavy():
    heavy = ("numpy", "scipy", "spacy", "torch", "sklearn", "sentence_transformers")
    code = (
        "import sys, newsweave\n"
        "from newsweave.cli import build_parser\n"
        "parser = build_parser()\n"
        "for name, sub in next(a for a in parser._actions if a.dest == 'command').choices.items(): sub.format_help()\n"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_auto_follows_the_embedder_the_database_was_built_with(articles):
    from newsweave.pipeline.ingest import ingest
    from newsweave.store import open_store

    with open_store("memory://") as store:
        ingest(articles[:2], store=store, settings=Settings(embedder="hashing"), summarize=False)
        built = store.get_meta("embedder")
        assert built.startswith("hashing")
        ingest(articles[2:4], store=store, settings=Settings(embedder="auto"), summarize=False)  # follows it
        assert store.get_meta("embedder") == built and store.count_articles() == 4


def test_language_packs_are_chosen_by_article_language_with_a_warning_when_missing(articles):
    import dataclasses

    from newsweave.lang import get_pack, pack_for
    from newsweave.text.tokens import STOP_WORDS

    english = pack_for(articles[0])
    assert english.code == "en" and english.stop_words is STOP_WORDS and "march" in english.months
    assert get_pack("en-GB") is english and get_pack("fr") is None
    french = dataclasses.replace(articles[1], language="fr")
    assert pack_for(french) is english  # no French pack yet: English lists
    report = newsweave.summarize([articles[0], french, *articles[2:]])
    warnings = [p for p in report.problems if "language pack" in p.reason]
    assert len(warnings) == 1 and warnings[0].level == "warning" and "'fr'" in warnings[0].reason
    assert not [p for p in newsweave.summarize(articles).problems if "language pack" in p.reason]
