"""A number that is not news: the count a chosen sentence already gives, told at another precision.

The repeat check (coverage.py `_same_meaning`) lets a sentence close in meaning to the summary in
when it names a name or number the summary lacks (`repeats.new_names`). One count told roundly by
one outlet and exactly by another ("more than 1.6 million signatures" / "1,626,042 signatures") is
two different numbers as written, so the second sentence passed as adding a figure and the summary
stated one count twice (AllSides 6099; SUMMARIZATION.md session 25). The facts already treat the two
as one figure (`analyze.fact_figures`: a hedged, bounded or rounded figure allows exactly one precise
figure of the same unit inside its range); this reads the summary's figures by the same rule.
"""

from __future__ import annotations

from ..analyze.fact_figures import restated_figures


def restated_numbers(text: str, chosen: list[str]) -> set[str]:
    """Numbers of `text`, as `repeats.names_and_numbers` writes them ("1,626,042", "1.6", "$928"),
    whose figure one of the `chosen` sentences states at another precision."""
    return {term[1:].lower() for term in restated_figures(text, chosen)}
