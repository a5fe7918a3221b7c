"""'Now,' at the start of a sentence (twelfth session): the connective list no longer carries a
"Now," that could never match; an opening "Now," leans only when a pronoun subject follows it."""

from __future__ import annotations

from newsweave.summarize.standalone import NEEDS_PREVIOUS, STANDS, _CONNECTIVE, context_need


def test_now_is_not_in_the_connective_list_and_leans_only_before_a_pronoun():
    assert "Now," not in _CONNECTIVE.pattern
    assert context_need("Now, the ferry company argues that the fares must rise by a fifth next year.", True) == STANDS
    assert context_need("Now, he says the ferry company must raise the fares by a fifth next year.", True) == NEEDS_PREVIOUS
    assert context_need("Now, he says the ferry company must raise the fares by a fifth next year.", False) == NEEDS_PREVIOUS
