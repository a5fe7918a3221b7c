from newsweave.analyze import find_derivations
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article, content_id

from .synthetic import corpus


def test_finds_exactly_the_planted_rewrites_among_many_articles():
    docs, planted = corpus(400, 12)
    found = find_derivations(docs)
    assert {(d.source_id, d.copy_id) for d in found} == planted
    for d in found:
        assert d.reused_share >= 0.75
        assert d.reason == "published earlier"


def test_credit_decides_the_source_when_dates_tie():
    seg = RuleSegmenter()
    original = "The harbour wall was rebuilt in spring by the county engineers.\n\nWork took eleven weeks and cost more than planned.\n\nResidents welcomed the new promenade along the seafront."
    rewrite = "The harbour wall was rebuilt this spring by county engineers, the Coast Courier reported.\n\nThe work took eleven weeks and cost more than planned.\n\nResidents have welcomed the new promenade on the seafront."
    a = seg.split(Article(id=content_id(original), outlet="Coast Courier", text=original))
    b = seg.split(Article(id=content_id(rewrite), outlet="Bay Times", text=rewrite))
    (d,) = find_derivations([b, a])
    assert (d.source_id, d.copy_id) == (a.article.id, b.article.id)
    assert d.reused_share == 1.0 and "credited" in d.reason
    for p in d.pairs:
        assert a.article.text[p.source.start : p.source.end] == a.sentences[p.source.sentence_index].text
        assert b.article.text[p.copy.start : p.copy.end] == b.sentences[p.copy.sentence_index].text


def test_unrelated_and_empty_inputs_give_nothing():
    docs, _ = corpus(30, 0)
    assert find_derivations(docs) == ()
    assert find_derivations([]) == ()
