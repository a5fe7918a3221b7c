"""A quantity's surface and start begin at the figure (or its currency sign), not at the space
before it; the words just before the figure ("aged 45") are then read as they are written.
Fictional sentences written for this test."""

from __future__ import annotations

import pytest

from newsweave.analyze.quantities import quantities


@pytest.mark.parametrize("sentence, surface", [
    ("The death toll rose to 12 people.", "12"),
    ("Officials counted 300 homes after the storm.", "300 homes"),
    ("The bridge cost $5 million to repair.", "$5 million"),
    ("The bridge cost $ 5 million to repair.", "$ 5 million"),
])
def test_surface_starts_at_the_figure(sentence, surface):
    q = quantities(sentence)[0]
    assert q.surface == surface
    assert sentence[q.start:q.start + len(surface)] == surface


def test_an_age_after_aged_is_no_count():
    assert quantities("A farmer aged 45 people was hurt in the barn.") == []
    assert [q.value for q in quantities("A farmer, 45 people and a dog were hurt in the barn.")] == [45.0]


def test_the_second_half_of_a_spaced_tally_is_still_no_count():
    assert [q.value for q in quantities("The vote went 52 - 48 and then 30 towns voted.")] == [30.0]
