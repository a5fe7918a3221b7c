"""One name for a story in every format (session 24, brief T): `stories` text, `stories --format
markdown`, `stories --format json`'s `title` and `show`'s heading name a story by its title. The
Markdown listing's column held the summary's lead sentence, so two formats named one story
differently."""

from __future__ import annotations

import json
from pathlib import Path

from newsweave.cli import main

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harbour-collapse"


def test_every_listing_format_names_the_story_by_its_title(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'name.db'}"
    assert main(["ingest", str(EXAMPLE), "--db", db, "--embedder", "hashing"]) == 0
    capsys.readouterr()
    assert main(["stories", "--db", db, "--format", "json"]) == 0
    story = json.loads(capsys.readouterr().out)["stories"][0]
    title = story["title"]
    assert title and title != story["lead_sentence"]  # the example's title is an article's, not its lead sentence
    assert story["headline"] == title  # one meaning per field: the story's headline (session 26)

    assert main(["stories", "--db", db]) == 0
    assert title in capsys.readouterr().out
    assert main(["stories", "--db", db, "--format", "markdown"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].endswith("| title |")
    row = next(line for line in table if story["id"] in line)
    assert row.endswith(f"| {title} |") and story["lead_sentence"] not in row
    assert main(["show", story["id"], "--db", db, "--format", "markdown"]) == 0
    assert title in capsys.readouterr().out.splitlines()[0]
