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


def _doc(text, outlet, day=None):
    import datetime as dt

    return RuleSegmenter().split(Article(id=content_id(text), outlet=outlet, text=text, published=dt.date(2024, 3, day) if day else None))


def test_two_outlets_quoting_the_same_statement_are_not_copies():
    statement = (
        '"We have found no evidence that the water supply was contaminated at any point this week," the utility said.\n\n'
        '"Our engineers tested every reservoir in the district twice a day and published each result," the utility added.\n\n'
        '"Customers can keep drinking tap water while the remaining pipes are flushed," its statement said.\n\n'
    )
    a = _doc(statement + "Shops in Larkton had sold out of bottled water by Tuesday evening.\n\nSchools stayed open.", "Larkton Herald", 5)
    b = _doc(statement + "The regulator will publish its own review of the utility next month.\n\nA council meeting is set for Friday.", "Coast Courier", 5)
    assert find_derivations([a, b]) == ()


def test_a_follow_up_reusing_half_of_the_earlier_story_is_found():
    first = (
        "The Pellow dam burst on Monday morning after three days of heavy rain.\n\n"
        "Nine people were killed and forty homes were flooded in the valley below.\n\n"
        "Engineers had warned the county about cracks in the spillway last year.\n\n"
        "The county has opened an inquiry into the maintenance of the dam."
    )
    follow = (
        "Divers recovered the last missing car from the reservoir on Wednesday.\n\n"
        "The Pellow dam burst on Monday morning after three days of heavy rain.\n\n"
        "Nine people were killed and forty homes were flooded in the valley below.\n\n"
        "Engineers had warned the county about cracks in the spillway last year.\n\n"
        "Families returned to inspect their houses under police escort.\n\n"
        "The insurance office in Larkton opened on Saturday to take claims.\n\n"
        "A memorial service is planned at the chapel next week.\n\n"
        "Road crews began clearing mud from the valley road on Thursday."
    )
    a, b = _doc(first, "Valley Gazette", 4), _doc(follow, "Valley Gazette", 6)
    (d,) = find_derivations([b, a])
    assert (d.source_id, d.copy_id) == (a.article.id, b.article.id)
    assert d.reused_share < 0.5 and d.update and "update of the same outlet" in d.reason
