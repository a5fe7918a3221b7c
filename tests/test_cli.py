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


def test_read_commands_refuse_a_database_that_does_not_exist(tmp_path):
    missing = tmp_path / "typo.db"
    for args in (["stories"], ["show", "0123456789abcdef"]):
        result = run(*args, "--db", f"sqlite:///{missing}")
        assert result.returncode != 0
        err = result.stderr.decode()
        assert f"no database at {missing}" in err and "Traceback" not in err
    assert not missing.exists()  # nothing was created by a read


def test_output_into_a_missing_folder_is_a_clear_error(example_dir, tmp_path):
    target = tmp_path / "no" / "such" / "summary.md"
    result = run("summarize", str(example_dir), "-f", "markdown", "-o", str(target))
    assert result.returncode == 2
    err = result.stderr.decode()
    assert "folder" in err and "does not exist" in err and "unexpected" not in err and "Traceback" not in err


def test_serve_on_a_port_in_use_fails_before_announcing(tmp_path):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = run("serve", "--db", f"sqlite:///{tmp_path / 's.db'}", "--port", str(port))
    assert result.returncode == 2
    assert b"serving" not in result.stdout
    assert f"127.0.0.1:{port}" in result.stderr.decode() and b"Traceback" not in result.stderr


def test_fact_threshold_shows_fewer_groupings(example_dir, capsys):
    """`analyze --fact-threshold`: a higher bar groups fewer sentences into shared/partial facts
    (the precision-first point of benchmarks/ANALYSIS.md); out of range is a clear error."""
    def grouped(*extra: str) -> tuple[int, int]:
        assert main(["analyze", str(example_dir), "--format", "json", *extra]) == 0
        facts = json.loads(capsys.readouterr().out)["facts"]
        return sum(f["status"] != "unique" for f in facts), len(facts)

    default, strict, none = grouped(), grouped("--fact-threshold", "0.5"), grouped("--fact-threshold", "0.99")
    assert 0 < strict[0] < default[0] and none[0] == 0
    assert none[1] > default[1]  # sentences left ungrouped become facts of their own
    assert main(["analyze", str(example_dir), "--fact-threshold", "1.5"]) == 2
    assert "--fact-threshold must be in (0, 1]" in capsys.readouterr().err
