"""A rounded or bounded figure and the exact one it allows, written as one term for the fact similarity.

`fact_similarity.fact_terms` writes each figure as one term ("#1.6", "#1,626,042"), so two outlets
reporting one count, one exactly and one rounded or hedged ("more than 1.6 million signatures" /
"1,626,042 signatures"), share no figure term and the pair can sit just under the grouping bar: one
claim, two facts (issue 12, brief F2: AllSides story 6099). The agreement check already finds
such figures compatible (`quantities.compatible`); nothing made them alike.

`figure_aliases(texts)`: for each sentence, its figure terms to write as another sentence's. A
hedged, bounded or rounded figure (its range wider than `PRECISE` of its value) is written as a precise
one of another sentence when both count the same unit (and measure, when both name one), the precise
figure lies inside the looser one's range ("nearly 500" allows 497; "about 3,000" allows 2,960; "1.6
million" allows 1,626,042; an open bound reaches `OPEN_REACH` past its figure: "more than 1.6 million"
allows 1,626,042, "more than 12 million" not 33 million), and exactly one distinct such figure is in
the story (two candidates: no alias, the term stays as written).
Two rounded figures that disagree ("1.6 million" / "2.1 million") are never aliased: neither lies
inside the other.
"""

from __future__ import annotations

from .fact_similarity import _NUMBER, figure_term  # the figures and terms `fact_terms` writes


def _figures(core: str) -> list[tuple[str, object]]:
    """(figure term as `fact_terms` writes it, its `Quantity`) for each quantity written in digits."""
    from .quantities import quantities

    out = []
    for q in quantities(core):
        m = _NUMBER.search(core, q.start, q.end)
        if m and q.unit and q.unit != "#":
            out.append((figure_term(m), q))
    return out


# A figure as precise as a count (1,626,042; 497; "$928 billion", good to half a billion): its range is at most this share
# of its value wide. A hedged, bounded or merely rounded one ("more than", "nearly", "1.6 million") is wider.
PRECISE = 0.01
# An open bound allows a figure just past it, not any: "more than 12 million" is not 33 million, "up to 847" not 593.
OPEN_REACH = 0.1


def _span(q) -> tuple[float, float]:
    low = q.low if q.low > 0 else q.value * (1 - OPEN_REACH)
    high = q.high if q.high != float("inf") else q.value * (1 + OPEN_REACH)
    return low, high


def _precise(q) -> bool:
    return q.high - q.low <= PRECISE * abs(q.value)


def _inside(tight, loose) -> bool:
    low, high = _span(loose)
    return low <= tight.low and tight.high <= high


def figure_aliases(cores: list[str]) -> list[dict[str, str]]:
    """For each sentence core, {its figure term: the exact figure term it is written as} (see the module docstring)."""
    figs = [_figures(c) for c in cores]
    out: list[dict[str, str]] = [{} for _ in cores]
    for i, mine in enumerate(figs):
        for term, q in mine:
            if _precise(q) or q.value <= 0:
                continue  # a precise figure is the one others are written as
            found = {t for k, theirs in enumerate(figs) if k != i for t, p in theirs
                     if t != term and p.unit == q.unit and (p.measure == q.measure or not p.measure or not q.measure) and _precise(p) and _inside(p, q)}
            if len(found) == 1:
                out[i][term] = found.pop()
    return out


def restated_figures(core: str, others: list[str]) -> set[str]:
    """Figure terms of `core` that one of `others` states at another precision, by `figure_aliases`' rule
    (1,626,042 after "more than 1.6 million", or the other way): the same count, though its term differs."""
    aliases = figure_aliases([core, *others])
    targets = {t for a in aliases[1:] for t in a.values()}
    return set(aliases[0]) | {t for t, _ in _figures(core) if t in targets}
