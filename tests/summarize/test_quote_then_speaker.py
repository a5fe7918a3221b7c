"""A speakerless quotation and the attribution right after it form one block
(summarize/quote_then_speaker.py). Fictional text."""

from __future__ import annotations

from newsweave.summarize.extractive import ExtractiveSummarizer
from newsweave.summarize.standalone import NEEDS_PREVIOUS
from newsweave.text.segment import segment
from newsweave.types import Article, content_id

_LOWER_STORY = [
    "the north pier at tarnby will stay shut for a month after storm damage, the harbour board said on monday. "
    '" we lost a season of work. The boats can not wait, " ada quill, the harbour master, told reporters. '
    '" who pays for the repairs? who pays the crews? " quill asked, in an interview on the " harbour hour " show. '
    "Divers found cracks in three of the pier's piles on sunday.",
    "storm damage has closed tarnby's north pier for a month, the harbour board said. "
    "Repairs to the cracked piles will cost the town about 90,000 pounds, the board added.",
]


def _cluster(texts):
    arts = [Article(id=content_id(t + str(i)), outlet=f"o{i}", text=t) for i, t in enumerate(texts)]
    return tuple(segment(a) for a in arts)


def test_the_attribution_after_a_speakerless_quotation_leans_on_it():
    cf, _ = ExtractiveSummarizer().rank(_cluster(_LOWER_STORY))
    texts = [s.text for s in cf.sentences]
    question = texts.index('" who pays for the repairs? who pays the crews? "')
    said = texts.index('quill asked, in an interview on the " harbour hour " show.')
    assert said == question + 1
    assert cf.blocks[said] == ([question, said], True)
    assert cf.context[said] == NEEDS_PREVIOUS


def test_the_attribution_is_never_shown_without_its_quotation():
    summary = ExtractiveSummarizer().summarize(_cluster(_LOWER_STORY), words=120)
    shown = [s.text for s in summary.sentences]
    for k, text in enumerate(shown):
        if text.lower().startswith("quill asked"):
            assert k > 0 and shown[k - 1].lower().startswith('" who pays for the repairs?')
