"""Parses of a cluster's sentences for the selection's meaning checks, made once per cluster and only
for the rows a check asks about: `meaning` is the selection's (vectors, ..., texts, cache) tuple
(coverage.py). Without spaCy every function returns None and the checks are skipped."""

from __future__ import annotations

from .development import actors
from .repeats import frame


def parsed(meaning, rows: list[int]):
    """spaCy parses of sentences `rows` (parsed once per cluster, on demand), or None without spaCy."""
    texts, cache = meaning[2], meaning[3]
    missing = [r for r in rows if r not in cache]
    if missing:
        from ..analyze.entities import shared_nlp
        from ..analyze.parsing import parse_texts
        from ..errors import ModelError

        try:
            nlp = shared_nlp()
        except ModelError:
            return None
        cache.update(zip(missing, parse_texts(nlp, [texts[r] for r in missing])))
    return cache


def main_verbs(meaning, rows: list[int]):
    """{row: stems of its main verbs} (repeats.frame), or None without spaCy."""
    parsed_rows = parsed(meaning, rows)
    return None if parsed_rows is None else {r: set(frame(parsed_rows[r]).verbs) for r in rows}


def main_subjects(meaning, rows: list[int]):
    """{row: stems of who it is about} (development.actors), or None without spaCy."""
    parsed_rows = parsed(meaning, rows)
    return None if parsed_rows is None else {r: actors(parsed_rows[r], frame(parsed_rows[r]).subjects) for r in rows}
