"""The clustering eval reads text as ingest stores it (session 25): cleaned by the reader, and an
article ingest would set aside (only page furniture) scored as a story of its own, never clustered.
`--raw-text` keeps the file's text as it is. Fictional stream (tests/cluster/data) plus a fictional
reprint notice and a caption line."""

from __future__ import annotations

import json
from pathlib import Path

from newsweave.cli import main
from newsweave.embed import HashingEmbedder
from newsweave.eval.cluster_metrics import evaluate_clustering, ingested_view, load_cluster_data

DATA = Path(__file__).parent / "data" / "fictional_stream.jsonl"
NOTICE = ("Harbour Gazette reprints: the page is licensed for personal, non-commercial use by one reader. "
          "Colleagues wanting their own copy can order reprints through our licensing desk.")


def _with_notice(tmp_path: Path) -> Path:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    first = rows[0]
    # the notice is labelled with the first story, as a feed's record of that page would be
    rows.append({**first, "id": "notice", "text": NOTICE, "title": None})
    # a caption line the reader drops (what ingest stores has no caption)
    rows[1] = {**rows[1], "text": "Photo: Reuters\n\n" + rows[1]["text"]}
    path = tmp_path / "stream.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_text_as_ingested_and_the_notice_scored_alone(tmp_path):
    path = _with_notice(tmp_path)
    articles, _ = load_cluster_data(path)
    view, aside = ingested_view(articles)
    assert aside == {"notice"}
    assert [a.id for a in view] == [a.id for a in articles]
    assert not any(a.text.startswith("Photo:") for a in view) and any(a.text.startswith("Photo:") for a in articles)
    ingested = evaluate_clustering(path, embedder=HashingEmbedder(), baselines=())
    raw = evaluate_clustering(path, embedder=HashingEmbedder(), baselines=(), as_ingested=False)
    assert ingested["_meta"]["not_stored"] == 1 and raw["_meta"]["not_stored"] == 0
    assert ingested["_meta"]["articles"] == raw["_meta"]["articles"] == 11


def test_eval_cluster_command_says_which_text(tmp_path, capsys):
    path = _with_notice(tmp_path)
    assert main(["eval", "cluster", "--data", str(path), "--embedder", "hashing", "--baseline", "newsweave-cosine"]) == 0
    assert "text as ingested (1 not stored by ingest, a story each)" in capsys.readouterr().out
    assert main(["eval", "cluster", "--data", str(path), "--embedder", "hashing", "--baseline", "newsweave-cosine", "--raw-text"]) == 0
    assert "text raw" in capsys.readouterr().out
