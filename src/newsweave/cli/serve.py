"""Sub-commands of newsweave (placeholder until their issue lands)."""

from __future__ import annotations


def register(subparsers, parent) -> None:
    return None
