"""A summary sentence's count says what it counts: "outlets cited" when it comes from the
summary's own citations (`summarize`, or no fact holds it), "outlets" when it is its fact's
(session 19, brief E2b, defect 9)."""

from __future__ import annotations

import dataclasses
import re

from newsweave.render import render


def test_summary_only_report_says_outlets_cited_in_every_format(example_report):
    report = dataclasses.replace(example_report, facts=None)
    n = len(report.summary.sentences)
    assert len(re.findall(r"; \d/\d outlets cited\]", render(report, "text"))) == n
    assert len(re.findall(r"\(\d/\d outlets cited\)", render(report, "markdown"))) == n
    assert len(re.findall(r'<span class="meta">\d/\d outlets cited</span>', render(report, "html"))) == n


def test_fact_count_keeps_the_plain_label(example_dir):
    import newsweave

    report = newsweave.analyze([example_dir])
    out = render(report, "text").split("\nCoverage", 1)[0]
    assert re.search(r"; \d/\d outlets\]", out)
    held = render(dataclasses.replace(report, facts=()), "text").split("\nCoverage", 1)[0]
    assert "outlets cited]" in held and not re.search(r"; \d/\d outlets\]", held)


def test_summarize_help_says_what_its_count_counts(capsys):
    import pytest

    from newsweave.cli import main

    with pytest.raises(SystemExit):
        main(["summarize", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert '"n/N outlets cited" counts the independent outlets among the articles it cites' in text
