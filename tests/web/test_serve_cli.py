"""`newsweave serve`: help, and bad options as one-line errors."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsweave", "serve", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_help_explains_tokens_and_options():
    proc = _run("--help")
    assert proc.returncode == 0
    for words in ("--db", "--host", "--port", "--token", "NEWSWEAVE_TOKEN", "--read-token", "read-only"):
        assert words in proc.stdout, words


def test_bad_port_is_a_clear_error_without_traceback(tmp_path):
    proc = _run("--db", f"sqlite:///{tmp_path / 'x.db'}", "--port", "70000")
    assert proc.returncode == 2
    assert "port 70000 is out of range" in proc.stderr and "Traceback" not in proc.stderr


def test_bad_body_limit_is_a_clear_error(tmp_path):
    proc = _run("--db", f"sqlite:///{tmp_path / 'x.db'}", "--max-body-mb", "0")
    assert proc.returncode == 2 and "--max-body-mb" in proc.stderr and "Traceback" not in proc.stderr
