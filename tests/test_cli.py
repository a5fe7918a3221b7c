"""The command line: help, documentation, output, and errors without tracebacks."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from newsweave.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, input_bytes: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsweave.cli", *args], capture_output=True, cwd=ROOT, input=input_bytes, timeout=300)


def _commands(parser):
    for action in parser._actions:  # argparse keeps sub-parsers here
        if action.__class__.__name__ == "_SubParsersAction":
            for name, sub in action.choices.items():
                yield name, sub


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, sub in _commands(build_parser()):
        assert re.search(rf"newsweave {name}\b", readme), f"`newsweave {name}` is not in README.md"
        for sub_name, _ in _commands(sub):
            assert re.search(rf"newsweave {name} {sub_name}\b", readme), f"`newsweave {name} {sub_name}` is not in README.md"


def test_every_command_has_help_text():
    for name, sub in _commands(build_parser()):
        assert sub.description or sub.format_help(), name
        assert "--help" in sub.format_help()


def test_summarize_json_from_the_cli(example_dir):
    proc = run("summarize", str(example_dir), "--format", "json", "--words", "80")
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout)
    assert data["summary"]["sentences"]
    assert sum(len(s["text"].split()) for s in data["summary"]["sentences"]) <= 80


def test_missing_path_is_a_clear_error_without_traceback(tmp_path):
    proc = run("summarize", str(tmp_path / "nope"))
    err = proc.stderr.decode()
    assert proc.returncode == 2
    assert "no such file or folder" in err and "nope" in err
    assert "Traceback" not in err


def test_debug_shows_the_traceback(tmp_path):
    proc = run("summarize", str(tmp_path / "nope"), "--debug")
    assert proc.returncode != 0
    assert "Traceback" in proc.stderr.decode()


def test_bad_words_value(example_dir, capsys):
    assert main(["summarize", str(example_dir), "--words", "0"]) == 2
    assert "--words must be positive" in capsys.readouterr().err


def test_output_file(example_dir, tmp_path):
    out = tmp_path / "story.html"
    assert main(["summarize", str(example_dir), "--format", "html", "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and "class=\"cite\"" in html


def test_web_errors_are_part_of_the_one_error_tree():
    from newsweave.errors import NewsweaveError, ServerError, WebError
    from newsweave.web.errors import WebError as FromWeb, error_body

    assert FromWeb is WebError and issubclass(WebError, ServerError) and issubclass(WebError, NewsweaveError)
    err = WebError(404, "no story 'x'")
    assert err.code == "E514" and err.status == 404 and str(err) == "[E514] no story 'x'"
    assert error_body(404, "no story 'x'")["error"]["code"] == err.code
    assert WebError(422, "bad", hint="fix it").hint == "fix it"
