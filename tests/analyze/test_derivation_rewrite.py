"""Reworded rewrites found by their parallel leads, and what stays apart (fictional text)."""

from collections import Counter

from newsweave.analyze import find_derivations
from newsweave.analyze.rewrite import lead_run
from newsweave.text.segment import RuleSegmenter
from newsweave.types import Article, content_id


def _doc(text, outlet):
    return RuleSegmenter().split(Article(id=content_id(text), outlet=outlet, text=text))


SOURCE = (
    "The Pellow county council voted on Tuesday to close the old ferry terminal at the end of the month, ending ninety years of crossings to Skerry Island. "
    "Councillors said repairs to the slipway would cost more than the terminal earns in a decade. "
    "Island residents will be offered a subsidised water taxi from the marina instead. "
    "The terminal opened in 1931 and once carried sheep, mail and holidaymakers."
)
# No credit, every sentence reworded, same clauses in the same order: an aggregator's rewrite.
REWRITE = (
    "Councillors in Pellow county decided on Tuesday that the ageing ferry terminal will shut when the month ends, after ninety years of service linking the mainland to Skerry Island. "
    "Fixing the crumbling slipway, they argued, would cost more than a decade of the terminal's earnings. "
    "Island residents will get a subsidised water taxi in its place, run by a private operator. "
    "Since it opened in 1931 the terminal has carried generations of holidaymakers, post and sheep."
)
# The same facts written up independently: the lead fact first, then the outlet's own order,
# its own reporting and a quotation.
INDEPENDENT = (
    "Ferry crossings to Skerry Island will stop at the end of the month after Pellow county councillors voted on Tuesday to close the terminal on the mainland. "
    '"It is a sad day for the island," said Morag Tulloch, who has run the island shop for thirty years. '
    "The first boat sailed from the terminal in 1931, and the route was long a lifeline for island farmers. "
    "Islanders will be offered a water taxi from the marina at a subsidised fare, run by a private operator. "
    "The council said mending the slipway would cost more than the ferry brings in over ten years."
)


def test_an_uncredited_reworded_rewrite_is_found_by_its_parallel_lead():
    source, rewrite = _doc(SOURCE, "Harbour Post"), _doc(REWRITE, "Bay Times")
    (d,) = find_derivations([source, rewrite])
    assert {d.source_id, d.copy_id} == {source.article.id, rewrite.article.id}
    assert "sentence by sentence" in d.reason
    assert len(d.pairs) == 4 and all(0.45 <= p.similarity < 0.9 for p in d.pairs)
    # The pairs run in parallel: first with first, second with second, ...
    assert [(p.copy.sentence_index, p.source.sentence_index) for p in d.pairs] == [(0, 0), (1, 1), (2, 2), (3, 3)]


def test_the_same_facts_written_independently_are_not_a_rewrite():
    assert find_derivations([_doc(SOURCE, "Harbour Post"), _doc(INDEPENDENT, "Bay Times")]) == ()


def test_two_outlets_quoting_the_same_statement_are_not_a_rewrite():
    statement = ['"The slipway is falling into the sea and we cannot keep paying for it," the council leader said. ',
                 '"Islanders will be offered a water taxi from the marina instead," she said. ']
    a = _doc("".join(statement) + "The Harbour Post asked the council for its repair estimates.", "Harbour Post")
    b = _doc("".join(statement) + "Bay Times readers have written in about the closure all week.", "Bay Times")
    assert find_derivations([a, b]) == ()


def test_lead_run_needs_the_first_sentences_to_match_and_two_steps():
    def sim(x, y):
        return len(x.keys() & y.keys()) / max(len(x | y), 1)

    a, b, c, z = Counter("abcd"), Counter("efgh"), Counter("ijkl"), Counter("wxyz")
    assert [(i, j) for i, j, _ in lead_run([a, b, c], [a, b, c], sim, 0.45)] == [(0, 0), (1, 1), (2, 2)]
    assert lead_run([z, b, c], [a, b, c], sim, 0.45) == []  # leads differ: no rewrite
    assert lead_run([a, z, z, z, z], [a, b, c], sim, 0.45) == []  # one matching lead sentence of five
    # A long source sentence split in two by the copy: both halves step onto the same sentence.
    assert [(i, j) for i, j, _ in lead_run([a, b, c], [a + b, c], sim, 0.45)] == [(0, 0), (1, 0), (2, 1)]
    # A sentence that fits a later source sentence better is not the next step of a rewrite.
    assert lead_run([a, c, b], [a, b, c], lambda x, y: 1.0 if x == y else 0.5, 0.45) == []
