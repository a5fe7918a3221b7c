"""Answers kept per exact text: one helper for the pure per-sentence functions an analysis asks twice.

An analysis reads the same sentence from several steps (timeline and fact matching ask for its dates;
conflicts, facts and fact matching for its quantities; cleaning, summarizing and quotes for its
furniture kind). Session 27 (brief P3) kept those three answers with three near-copies of one
`functools.lru_cache` pattern; `kept_per_text` is that pattern once (session 28, brief P5):

    @kept_per_text(maxsize=4096, fresh=list)
    def _untensed(text, published):
        return _find_dates(text, published, None)

- the answer of `function(text, *args)` is kept for a text of up to `max_chars` characters (a sentence
  or a paragraph: memory stays bounded); a longer text is computed each time and not kept;
- `fresh=list` keeps the answer as a tuple and gives each caller its own list (a caller that changes
  its list changes nobody else's); `fresh=None` returns the kept value itself (for immutable answers);
- every kept function is registered, so `clear_text_caches()` empties them all (what
  `benchmarks/analysis_speed.py --fresh-parses` calls to time a new story); each one also has
  `cache_clear()` and `cache_info()` like `functools.lru_cache`.

The keys are the exact text and the other positional arguments (which must be hashable). The
registry is the one piece of module-level state: process-wide caches of pure functions, as
`functools.lru_cache` itself is. Measured: the three users' JSON output is byte-identical to
session 27's (`benchmarks/ANALYSIS.md`, session 28, brief P5).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, update_wrapper
from typing import Any

KEPT_CHARS = 2_000  # a sentence or a paragraph; longer texts are read each time

_KEPT: list[Callable[[], None]] = []  # cache_clear of every kept function


def kept_per_text(*, maxsize: int, max_chars: int = KEPT_CHARS, fresh: Callable[[Any], Any] | None = None):
    """Decorator: keep `function(text, *args)`'s answer per exact `(text, *args)` for a text of up to
    `max_chars` characters (at most `maxsize` answers, least recently used dropped). With `fresh`
    (e.g. `list`), the answer is kept as a tuple and each call returns `fresh(kept)`; a text over
    `max_chars` returns the function's own answer, computed anew."""

    def decorate(function: Callable[..., Any]) -> Callable[..., Any]:
        if fresh is None:
            kept = lru_cache(maxsize=maxsize)(function)

            def answer(text: str, *args: Any) -> Any:
                return kept(text, *args) if len(text) <= max_chars else function(text, *args)
        else:
            kept = lru_cache(maxsize=maxsize)(lambda text, *args: tuple(function(text, *args)))

            def answer(text: str, *args: Any) -> Any:
                return fresh(kept(text, *args)) if len(text) <= max_chars else function(text, *args)

        answer.cache_clear = kept.cache_clear  # type: ignore[attr-defined]
        answer.cache_info = kept.cache_info  # type: ignore[attr-defined]
        _KEPT.append(kept.cache_clear)
        return update_wrapper(answer, function)

    return decorate


def clear_text_caches() -> None:
    """Empty every answer kept by `kept_per_text` (the next call of each computes again)."""
    for clear in _KEPT:
        clear()
