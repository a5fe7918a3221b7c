"""One way to get spaCy's dependency parse of many short texts without its slower steps.

The timeline, the time conflicts and the denial conflicts all need tokens, tags and dependencies
of a few hundred sentences and nothing else; running the pipe steps by hand over `make_doc`
skips named-entity recognition, which is most of spaCy's time here. (Quotes keep their own step
list: attribution reads the fine tags before the attribute ruler changes them.)
"""

from __future__ import annotations

PARSE_STEPS = ("tok2vec", "tagger", "attribute_ruler", "parser")


def parse_texts(nlp, texts: list[str]) -> list:
    """Tokens, tags and dependencies (no NER) of each text, in order."""
    docs = [nlp.make_doc(t) for t in texts]
    for name in PARSE_STEPS:
        if name in nlp.component_names:
            docs = list(nlp.get_pipe(name).pipe(docs))
    return docs
