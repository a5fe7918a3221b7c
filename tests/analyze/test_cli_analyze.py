import json

from newsweave.cli import main

from .conftest import EXAMPLE


def test_analyze_json_has_every_analysis_key(tmp_path):
    out = tmp_path / "story.json"
    assert main(["analyze", str(EXAMPLE), "--format", "json", "-o", str(out)]) == 0
    data = json.loads(out.read_text())
    for key in ("facts", "conflicts", "quotes", "entities", "timeline", "derivations"):
        assert data[key], key
    texts = {a["id"]: a["text"] for a in data["articles"]}
    for fact in data["facts"]:
        for c in fact["citations"]:
            assert texts[c["article_id"]][c["start"] : c["end"]] == c["text"]


def test_analyze_html_escapes_and_shows_sections(tmp_path):
    out = tmp_path / "story.html"
    assert main(["analyze", str(EXAMPLE), "--format", "html", "-o", str(out)]) == 0
    html = out.read_text()
    for heading in ("Coverage", "Conflicts", "Who said what", "Timeline", "Copies and rewrites"):
        assert heading in html


def test_hostile_quotes_and_names_are_escaped_in_html(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    evil = '"<script>alert(1)</script> is what we found," said Mayor <b>Ola Brandt</b> on Monday.\n\nThe pier closed on Monday after the storm damaged it badly.'
    (src / "a.txt").write_text(evil)
    (src / "b.txt").write_text("The pier closed on Monday after the storm damaged it badly, officials said.\n\nRepairs will take weeks.")
    out = tmp_path / "story.html"
    assert main(["analyze", str(src), "--format", "html", "-o", str(out)]) == 0
    html = out.read_text()
    assert "<script>alert" not in html and "<b>Ola" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
