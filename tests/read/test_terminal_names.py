"""File names with ESC/BEL/bidi characters never reach the terminal raw (issue 18)."""

from __future__ import annotations

import subprocess
import sys


def test_problem_lines_on_stderr_hold_no_control_characters(tmp_path):
    bad = tmp_path / "evil\x1b]0;pwned\x07\u202e.txt"
    bad.write_text("", encoding="utf-8")  # an empty file: reported as a problem, naming the file
    good = tmp_path / "story.txt"
    good.write_text("The ferry left Marrowby at dawn on Friday. The harbour master said the crossing was calm.\n", encoding="utf-8")
    for command in (["summarize", str(tmp_path)], ["ingest", str(tmp_path), "--db", f"sqlite:///{tmp_path / 'x.db'}", "--embedder", "hashing"]):
        run = subprocess.run([sys.executable, "-m", "newsweave", *command], capture_output=True, text=True, timeout=300)
        assert "evil" in run.stderr, (command, run.stderr)
        assert "\x1b" not in run.stderr and "\x07" not in run.stderr and "\u202e" not in run.stderr, (command, run.stderr)
