"""Placeholder until its issue lands."""

from __future__ import annotations


def register(subparsers, parent) -> None:
    return None
