"""A member whose shared material sits only in a subordinate clause counts its outlet, not itself
(analyze/facts_mainclause.py, `group_sentences(main_clause=True)`), on fictional stories."""

from newsweave.analyze.entities import shared_nlp
from newsweave.analyze.fact_similarity import LexicalSimilarity
from newsweave.analyze.facts import facts_from_groups, group_sentences
from newsweave.analyze.facts_mainclause import main_clause
from newsweave.analyze.parsing import parse_texts
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article

LEAD = "The Lowmarsh council approved the new harbour levy budget on Monday evening."
LEAD_TOO = "Lowmarsh councillors approved the harbour levy budget on Monday evening."
ONE_SIDED = "Mayor Odile Brandt praised the ferry crews warmly after the Lowmarsh council approved the harbour levy budget on Monday."
OTHER_LEAD = "Storm winds closed the Lowmarsh ferry crossing for six hours on Sunday night."


def _facts(texts, **kw):
    seg = RuleSegmenter()
    docs = tuple(seg.split(Article(id=f"a{k}", outlet=f"Outlet {k}", text=t)) for k, t in enumerate(texts))
    return facts_from_groups(docs, group_sentences(docs, similarity=LexicalSimilarity(), threshold=0.2, **kw))


def test_main_clause_drops_adverbial_clauses_and_time_prepositions():
    parse = lambda t: parse_texts(shared_nlp(), [t])[0]  # noqa: E731
    assert main_clause(parse(ONE_SIDED)).startswith("Mayor Odile Brandt praised the ferry crews")
    assert "approved" not in main_clause(parse(ONE_SIDED))
    assert "vote" not in main_clause(parse("The mayor resigned on Monday following the vote on the budget."))
    assert main_clause(parse(LEAD)) is None  # nothing to cut: the whole sentence is its main clause


def test_a_trailing_clause_counts_the_outlet_for_the_lead_not_the_sentence():
    before = _facts([LEAD, LEAD_TOO, f"{OTHER_LEAD} {ONE_SIDED}"])
    praise = next(f for f in before if any(c.article_id == "a2" and c.start > 0 for c in f.citations))
    assert len(praise.citations) == 3 and praise.status == "shared"  # the similarity alone: the praise is "3/3" too
    after = _facts([LEAD, LEAD_TOO, f"{OTHER_LEAD} {ONE_SIDED}"], main_clause=True)
    praise = next(f for f in after if f.text == ONE_SIDED)
    lead = next(f for f in after if any(c.article_id == "a0" for c in f.citations))
    assert praise.status == "unique" and len(praise.citations) == 1
    assert lead.status == "shared" and set(lead.independent_outlets) == {"Outlet 0", "Outlet 1", "Outlet 2"}  # its clause still tells it
    assert [c.article_id for c in lead.told_by] == ["a2"]
    # an article's lead never leaves: the same sentence as article 2's first stays in the group
    assert max(len(f.independent_outlets) for f in _facts([LEAD, LEAD_TOO, ONE_SIDED], main_clause=True)) == 3
    assert len(_facts([LEAD, LEAD_TOO, ONE_SIDED], main_clause=True)) == 1
