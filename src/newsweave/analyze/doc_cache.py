"""One spaCy pass per distinct text: a bounded, per-process cache of the Docs the analysis parses.

The analysis steps parse the same short texts again and again (the facts, the framing, the
timeline and the conflict finders read the same cue sentences; a second analysis of a story reads
all of them again). `run_steps` runs each distinct (pipeline, steps, text, preset sentence starts)
once and keeps the Doc in a least-recently-used cache bounded in Docs and in characters. Every
caller gets its own copy (`Doc.copy`): a caller that retokenizes, sets entities or writes
`user_data` changes its copy only, never the cached Doc nor another caller's.

A Doc is a function of its text, the pipeline object (its weights are not changed after loading)
and the steps run; spaCy parses each text of a batch on its own, so a Doc parsed alone equals the
same text parsed among others (the analysis JSON is byte-identical with and without the cache).
"""

from __future__ import annotations

import threading
from collections import OrderedDict

MAX_DOCS = 4096  # a five-article story leaves a few hundred Docs and ~80,000 characters
MAX_CHARS = 1_000_000  # a Doc keeps ~0.6 KB a token (tokens, tok2vec tensor): ~0.1 GB at the bound

# Steps that read only the tokens (and the tok2vec tensor), never sentence starts nor the marks of
# other steps: a Doc after them is shared by every longer step list that starts with them.
_LEXICAL = ("tok2vec", "tagger")
_CACHE: OrderedDict = OrderedDict()  # key -> (nlp, doc, chars)
_LOCK = threading.Lock()
_STATE = {"chars": 0, "hits": 0, "misses": 0}


def run_steps(nlp, texts: list[str], steps: tuple[str, ...] | None = None, starts: list[list[int]] | None = None, batch_size: int | None = None) -> list:
    """A copy of each text's Doc, in order. `steps`: the components to run, by name, in that order
    (names the pipeline lacks are skipped; disabled ones run); None: the enabled pipeline, as
    `nlp.pipe` runs it. `starts`: for each text, the offsets where sentences must start, preset
    before any step (`quote_sentences.preset_starts`). `batch_size`: as `nlp.pipe` passes it to each
    step (8 when `steps` is None; else each step's own default unless given)."""
    if steps is None:
        names = ("*",) + tuple(nlp.pipe_names)
    else:
        names = tuple(n for n in steps if n in nlp.component_names)
    keys = [(id(nlp), names, t, None if starts is None or i >= len(starts) else tuple(starts[i])) for i, t in enumerate(texts)]
    found: dict = {}
    with _LOCK:
        for k in keys:
            entry = _CACHE.get(k)
            if entry is not None and entry[0] is nlp:
                _CACHE.move_to_end(k)
                found[k] = entry[1]
    missing = list(dict.fromkeys(k for k in keys if k not in found))
    if missing:
        docs = _parse(nlp, missing, steps is None, batch_size)
        with _LOCK:
            _STATE["hits"] += len(keys) - len(missing)
            _STATE["misses"] += len(missing)
            for k, doc in zip(missing, docs):
                found[k] = doc
                _store(k, nlp, doc)
    else:
        with _LOCK:
            _STATE["hits"] += len(keys)
    return [found[k].copy() for k in keys]


def _parse(nlp, keys: list, whole: bool, batch_size: int | None) -> list:
    texts = [k[2] for k in keys]
    if whole:
        return list(nlp.pipe(texts, batch_size=batch_size or 8))
    names, n = keys[0][1], 0
    while n < len(names) and names[n] in _LEXICAL:
        n += 1
    if 0 < n < len(names):  # the quotes' and the cue sentences' parses of one text share these steps
        docs, names = run_steps(nlp, texts, names[:n]), names[n:]
    else:
        docs = [nlp.make_doc(t) for t in texts]
    preset = [(d, k[3]) for d, k in zip(docs, keys) if k[3] is not None]
    if preset:
        from .quote_sentences import preset_starts

        preset_starts([d for d, _ in preset], [list(s) for _, s in preset])
    for name in names:
        docs = list(nlp.get_pipe(name).pipe(docs) if batch_size is None else nlp.get_pipe(name).pipe(docs, batch_size=batch_size))
    return docs


def _store(key, nlp, doc) -> None:
    old = _CACHE.pop(key, None)
    if old is not None:
        _STATE["chars"] -= old[2]
    _CACHE[key] = (nlp, doc, len(key[2]))
    _STATE["chars"] += len(key[2])
    while _CACHE and (len(_CACHE) > MAX_DOCS or _STATE["chars"] > MAX_CHARS):
        _, (_, _, chars) = _CACHE.popitem(last=False)
        _STATE["chars"] -= chars


def clear() -> None:
    """Forget every cached Doc (a benchmark's fresh-text runs; tests)."""
    with _LOCK:
        _CACHE.clear()
        _STATE.update(chars=0, hits=0, misses=0)


def stats() -> dict:
    """Docs and characters held, hits and misses since the last `clear`."""
    with _LOCK:
        return {"docs": len(_CACHE), **_STATE}
