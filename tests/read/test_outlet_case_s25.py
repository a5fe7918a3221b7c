"""An outlet written as a bare domain keeps its own casing; one outlet spelled two ways is one outlet.

Session 25 (E6 item 2): a record's outlet "FactCheck.org" was shown as "factcheck.org" everywhere,
because every domain-like name was taken for a host and lower-cased. Fictional outlets only.
"""

from __future__ import annotations

import json

import pytest

from newsweave.read import read_paths
from newsweave.read.outlet import clean_outlet

TEXT_A = "The Marrowby harbour board voted on Monday to close the old crane yard after a long survey of the quay. " * 3
TEXT_B = "Dock workers in Marrowby said on Tuesday that the crane yard vote came without warning for most of them. " * 3


@pytest.mark.parametrize(("given", "shown"), [
    ("QuayCheck.org", "QuayCheck.org"),
    ("www.QuayCheck.org", "QuayCheck.org"),
    ("quaycheck.org", "quaycheck.org"),
    ("https://www.QuayCheck.org/2020/x", "quaycheck.org"),  # a URL names the site, as before
    ("Marrowby Gazette", "Marrowby Gazette"),
])
def test_bare_domain_keeps_its_casing(given, shown):
    assert clean_outlet(given) == shown


def _write(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_one_outlet_one_spelling_record_first(tmp_path):
    _write(tmp_path / "a.jsonl", [
        {"outlet": "QuayCheck.org", "text": TEXT_A, "title": "Crane yard to close"},
        {"url": "https://www.quaycheck.org/2020/dock-workers", "text": TEXT_B, "title": "Workers surprised"},
    ])
    outlets = [a.outlet for a in read_paths([tmp_path]).articles]
    assert outlets == ["QuayCheck.org", "QuayCheck.org"]


def test_one_outlet_one_spelling_url_first(tmp_path):
    _write(tmp_path / "a.jsonl", [
        {"url": "https://www.quaycheck.org/2020/dock-workers", "text": TEXT_B, "title": "Workers surprised"},
        {"outlet": "QuayCheck.org", "text": TEXT_A, "title": "Crane yard to close"},
    ])
    outlets = [a.outlet for a in read_paths([tmp_path]).articles]
    assert len(set(outlets)) == 1  # never two outlets for one site


def test_different_outlets_stay_apart(tmp_path):
    _write(tmp_path / "a.jsonl", [
        {"outlet": "QuayCheck.org", "text": TEXT_A},
        {"outlet": "Marrowby Gazette", "text": TEXT_B},
    ])
    assert [a.outlet for a in read_paths([tmp_path]).articles] == ["QuayCheck.org", "Marrowby Gazette"]
