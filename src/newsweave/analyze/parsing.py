"""One way to get spaCy's dependency parse of many short texts without its slower steps.

The timeline, the time conflicts and the denial conflicts all need tokens, tags and dependencies
of a few hundred sentences and nothing else; running the pipe steps by hand over `make_doc`
skips named-entity recognition, which is most of spaCy's time here. (Quotes keep their own step
list: attribution reads the fine tags before the attribute ruler changes them.)
"""

from __future__ import annotations

PARSE_STEPS = ("tok2vec", "tagger", "attribute_ruler", "parser")


def auto_nlp(nlp):
    """The shared spaCy pipeline for "auto" (`entities.shared_nlp`; None when spaCy does not load),
    else `nlp` itself: the one reading of the `nlp="auto"` argument the analysis steps take."""
    if isinstance(nlp, str) and nlp == "auto":
        from ..errors import ModelError
        from .entities import shared_nlp

        try:
            return shared_nlp()
        except ModelError:
            return None
    return nlp


def parse_texts(nlp, texts: list[str]) -> list:
    """Tokens, tags and dependencies (no NER) of each text, in order (each distinct text parsed
    once per process while it stays in `doc_cache`; every caller gets its own copy)."""
    from .doc_cache import run_steps

    return run_steps(nlp, texts, PARSE_STEPS)


def parsed_items(documents, cue, nlp, extract) -> list:
    """Parse only the sentences whose text `cue` (a compiled pattern) matches, and collect
    `extract(parsed, sentence, doc_index)` over them, in article order: the first step of the
    conflict finders that read a few cue sentences of each article."""
    cands = [(d_i, s) for d_i, d in enumerate(documents) for s in d.sentences if cue.search(s.text)]
    if not cands:
        return []
    return [x for (d_i, s), p in zip(cands, parse_texts(nlp, [s.text for _, s in cands])) for x in extract(p, s, d_i)]
