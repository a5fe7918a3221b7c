"""The coverage matrix: which outlet reports which of the story's main facts."""

from __future__ import annotations

from ..types import Fact, StoryReport

MAX_FACTS = 12


def main_facts(report: StoryReport, limit: int = MAX_FACTS) -> list[Fact]:
    """The facts worth a column: most widely reported first, then by order given."""
    facts = list(report.facts or ())
    facts.sort(key=lambda f: -len(f.article_ids))
    return facts[:limit]


def coverage_rows(report: StoryReport) -> tuple[list[Fact], list[tuple[str, list[bool]]]]:
    """(facts, [(outlet, [covers fact j])]) for the main facts."""
    facts = main_facts(report)
    outlets: dict[str, set[str]] = {}
    for a in report.articles:
        outlets.setdefault(a.outlet, set()).add(a.id)
    rows = [(name, [bool(ids & set(f.article_ids)) for f in facts]) for name, ids in outlets.items()]
    return facts, rows


def coverage_grid(report: StoryReport) -> list[str]:
    facts, rows = coverage_rows(report)
    if not facts:
        return ["(no facts)"]
    width = max(len(name) for name, _ in rows)
    lines = [" " * width + "  " + " ".join(f"{j + 1:>2}" for j in range(len(facts)))]
    for name, cells in rows:
        lines.append(name.ljust(width) + "  " + " ".join(" ●" if c else " ·" for c in cells))
    for j, f in enumerate(facts):
        text = f.text if len(f.text) <= 90 else f.text[:87] + "..."
        lines.append(f"{j + 1:>2}. [{f.status}] {text}")
    return lines
