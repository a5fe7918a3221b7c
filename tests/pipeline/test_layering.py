"""Layering (DESIGN.md section 2, issue 15): the analysis, the verifier and the store never import
the summarizer, the store imports no stage above it, and text/ and lang/ import no stage at all."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "newsweave"

# package -> packages it must never import (relative or absolute)
FORBIDDEN = {
    "text": {"summarize", "analyze", "verify", "store", "pipeline", "render", "web", "cli", "cluster", "embed"},
    "lang": {"summarize", "analyze", "verify", "store", "pipeline", "render", "web", "cli", "cluster", "embed", "text"},
    "analyze": {"summarize", "store", "pipeline", "render", "web", "cli"},
    "verify": {"summarize", "analyze", "store", "pipeline", "render", "web", "cli"},
    "store": {"summarize", "analyze", "verify", "pipeline", "render", "web", "cli", "cluster"},
}


def _imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level == 2 and node.module:  # from ..x import y
                found.add(node.module.split(".")[0])
            elif node.level == 0 and node.module and node.module.startswith("newsweave."):
                found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("newsweave."))
    return found


def test_no_stage_imports_from_the_wrong_side():
    offences = []
    for package, banned in FORBIDDEN.items():
        for path in sorted((SRC / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue  # a migration's one-off backfill may segment text
            bad = _imported_packages(path) & banned
            if bad:
                offences.append(f"{path.relative_to(SRC)} imports {sorted(bad)}")
    assert not offences, offences
