"""The coverage matrix: which outlet reports which of the story's main facts."""

from __future__ import annotations

from ..types import Fact, StoryReport

MAX_FACTS = 12


def main_facts(report: StoryReport, limit: int = MAX_FACTS) -> list[Fact]:
    """The facts worth a column: most independent sources first (a copy or rewrite adds none),
    then by order given."""
    from .common import source_map

    sources = source_map(report)
    facts = list(report.facts or ())
    facts.sort(key=lambda f: (-len(f.independent_outlets or sources.independent(f.article_ids)), -len(f.article_ids)))
    return facts[:limit]


def shown_note(report: StoryReport, limit: int = MAX_FACTS) -> str:
    """"" when every fact has a column, else what the grid leaves out: "the 12 facts carried by the
    most outlets, of 20 (the JSON lists all)", so a reader does not take the columns for all the facts
    (session 22, brief E3: Markdown and HTML showed 12 numbered facts of the JSON's 20, unsaid)."""
    total = len(report.facts or ())
    if total <= limit:
        return ""
    from .unnamed_outlets import outlets_word

    return f"the {limit} facts carried by the most {outlets_word(report)}, of {total} (the JSON lists all)"


def coverage_rows(report: StoryReport) -> tuple[list[Fact], list[tuple[str, list[bool]]]]:
    """(facts, [(outlet, [covers fact j])]) for the main facts. An outlet whose articles are all
    copies of another outlet's is labelled "X (copy of Y)": its dots corroborate nothing."""
    from .common import source_map

    sources = source_map(report)
    facts = main_facts(report)
    outlets: dict[str, set[str]] = {}
    for a in report.articles:
        outlets.setdefault(a.outlet, set()).add(a.id)
    rows = []
    for name, ids in outlets.items():
        labels = {sources.label(i) for i in ids}
        label = labels.pop() if len(labels) == 1 else name
        rows.append((label, [bool(ids & (set(f.article_ids) | {c.article_id for c in f.told_by})) for f in facts]))
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
        if f.told_by:
            from .common import outlet_names, told_label

            by_id = {a.id: a for a in report.articles}
            for c in f.told_by:
                said = by_id[c.article_id].text[c.start:c.end]
                said = said if len(said) <= 90 else said[:87] + "..."
                lines.append(f"    {told_label(outlet_names(report, [c.article_id])[0])} [{c.article_id} {c.start}-{c.end}]: “{said}”")
        if f.member_status:  # members whose own outlets differ from the fact's
            from .common import member_label, outlet_names, told_label

            by_id = {a.id: a for a in report.articles}
            for m in f.member_status:
                for c, label in ((m.citation, member_label(report, m)), *((t, "  " + told_label(outlet_names(report, [t.article_id])[0])) for t in m.told_by)):
                    said = by_id[c.article_id].text[c.start:c.end]
                    said = said if len(said) <= 90 else said[:87] + "..."
                    lines.append(f"    {label} [{c.article_id} {c.start}-{c.end}]: “{said}”")
    return lines
