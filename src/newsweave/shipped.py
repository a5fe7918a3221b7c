"""Models that ship as JSON in `newsweave/data/`: one loader for all of them."""

from __future__ import annotations

import json
from importlib import resources
from typing import Callable, TypeVar

T = TypeVar("T")


def shipped_model(filename: str, from_json: Callable[[dict], T]) -> T | None:
    """`from_json` of the shipped `data/<filename>`, or None when the file is missing, unreadable or
    was made for other features (`from_json` raises ValueError or KeyError then)."""
    try:
        text = resources.files("newsweave").joinpath("data", filename).read_text(encoding="utf-8")
        return from_json(json.loads(text))
    except (FileNotFoundError, OSError, ValueError, KeyError):
        return None
