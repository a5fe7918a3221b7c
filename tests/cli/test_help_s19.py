"""--help says what every choice of --segmenter does (session 19, a user's first hour)."""

from __future__ import annotations

import argparse

from newsweave.cli.options import add_summary_options


def test_segmenter_help_names_what_each_choice_does():
    parser = argparse.ArgumentParser()
    add_summary_options(parser)
    text = " ".join(parser.format_help().split())
    assert "rule: rule-based sentence splitter (default)" in text
    assert "paragraph: each paragraph taken as one sentence" in text
