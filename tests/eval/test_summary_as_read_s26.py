"""benchmarks/summary_as_read.py (session 26, brief M): the summary benchmarks can read dev text as
the product's reader does, and map spans of that text back to the raw text the gold points into."""

import importlib.util
import sys
from pathlib import Path

from newsweave.eval.summarize_eval import Cluster, ClusterDoc
from newsweave.text.segment import split_spans
from newsweave.types import Article

_SPEC = importlib.util.spec_from_file_location("summary_as_read_s26", Path(__file__).resolve().parents[2] / "benchmarks" / "summary_as_read.py")
sar = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = sar  # dataclasses look their module up
_SPEC.loader.exec_module(sar)

RAW = (
    "The harbour board of Tollwick voted on Monday to close the north pier.\n"
    "Advertisement\n"
    "Members said   the repairs would cost more than the pier earns.\n\n\n"
    "The pier will stay shut until a new plan is ready."
)


def test_furniture_line_goes_and_spans_map_back_to_the_raw_text():
    article, to_raw = sar.as_read(Article(id="a#0", outlet="doc0", text=RAW))
    assert "Advertisement" not in article.text and article.id == "a#0"
    raw_sentences = set(split_spans(RAW))
    for start, end in split_spans(article.text):
        mapped = to_raw(start, end)
        assert mapped in raw_sentences
        assert " ".join(RAW[mapped[0]:mapped[1]].split()) == " ".join(article.text[start:end].split())


def test_a_span_the_raw_text_does_not_hold_maps_to_none():
    to_raw = sar.RawSpans("One line here.", "One other line here.")
    assert to_raw(0, 20) is None


def test_clusters_as_read_drop_documents_with_nothing_left():
    cluster = Cluster(id="c", documents=(ClusterDoc(text=RAW), ClusterDoc(text="Advertisement")), summary="x")
    (read,) = sar.clusters_as_read([cluster])
    assert len(read.documents) == 1 and "Advertisement" not in read.documents[0].text
    assert sar.kind_of_change(RAW, read.documents[0].text) == "words differ"
    assert sar.kind_of_change("A b.\n\nC d.", "A b.\n\nC d.") == "identical"


def test_a_soft_hyphen_the_reader_deletes_does_not_hide_the_sentence():
    raw = "The council of Tollwick met the \u00adferry company on Friday."
    article, to_raw = sar.as_read(Article(id="b#0", outlet="doc0", text=raw))
    assert "\u00ad" not in article.text
    assert to_raw(0, len(article.text)) == (0, len(raw))
