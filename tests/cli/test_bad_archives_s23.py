"""`analyze` and `ingest` on a cut `.jsonl.gz` and on a `.gz` of random bytes (issue 12, session
23 brief R): one line per problem naming the file, no traceback (that is what --debug is for), and
a cut file's complete lines are analyzed with the rest of the batch. Records are fiction."""

from __future__ import annotations

import gzip
import json
import random

import pytest

from newsweave.cli import main
from newsweave.errors import NewsweaveError

NOTES = [
    "The Kestrel Bay harbour office closed the north quay on Monday after a crane toppled in high winds, officials said. "
    "Nobody was hurt, the office said, and the quay would reopen once engineers had checked the crane's base.",
    "A crane toppled on the north quay at Kestrel Bay on Monday in high winds, and the harbour office closed the quay. "
    "Officials said nobody was hurt and engineers would check the base before the quay reopens.",
    "High winds brought down a crane on Kestrel Bay's north quay on Monday. The harbour office said no one was injured "
    "and that the quay stays shut until engineers have inspected the crane.",
]


def _cut_jsonl(path, n: int = 240) -> None:
    rng = random.Random(5)
    lines = [json.dumps({"title": f"Quay note {i}", "outlet": f"Outlet {i % 3}", "text": NOTES[i % 3] + f" Note {i}, tally {rng.randint(0, 10**9)}."})
             for i in range(n)]
    data = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"))
    path.write_bytes(data[: len(data) // 2])


@pytest.fixture
def random_gz(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(random.Random(11).randbytes(3000))
    return path


def test_analyze_random_gz_is_one_line_without_traceback(random_gz, capsys):
    rc = main(["analyze", str(random_gz)])
    err = capsys.readouterr().err
    assert rc == 2
    assert "Traceback" not in err
    assert f"{random_gz.name}: not a valid gzip file" in err
    assert "binary" not in err


def test_ingest_random_gz_is_one_line_without_traceback(random_gz, tmp_path, capsys):
    rc = main(["ingest", str(random_gz), "--db", str(tmp_path / "s.db"), "--embedder", "hashing", "--no-summaries"])
    err = capsys.readouterr().err
    assert rc == 2 and "Traceback" not in err
    assert "not a valid gzip file" in err


def test_debug_raises_instead_of_one_line(random_gz):
    with pytest.raises(NewsweaveError):
        main(["analyze", str(random_gz), "--debug"])


def test_ingest_cut_jsonl_gz_keeps_its_lines_and_warns(tmp_path, capsys):
    cut = tmp_path / "quay.jsonl.gz"
    _cut_jsonl(cut)
    rc = main(["ingest", str(cut), "--db", str(tmp_path / "s.db"), "--embedder", "hashing", "--no-summaries"])
    err = capsys.readouterr().err
    assert rc == 0 and "Traceback" not in err
    assert "quay.jsonl.gz: file ends early: gzip stream truncated after " in err
    assert "read 0 articles" not in err
