"""`newsweave eval summarize` end to end on hand-written clusters (real summarizer, real sumy)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsweave.cli import main
from newsweave.eval.rouge import RougeScorer, split_sentences
from newsweave.eval.summarize_eval import articles_for, load_clusters

DATA = Path(__file__).parent / "data"
CLUSTERS = DATA / "clusters.jsonl"
EDGE = DATA / "edge_clusters.jsonl"
SYSTEMS = {"newsweave", "lead", "lexrank", "textrank"}


def run_json(capsys, *argv: str) -> dict:
    code = main(["eval", "summarize", *argv, "--json", "-q"])
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)


def test_json_schema_and_pred_out_agree(capsys, tmp_path):
    pred = tmp_path / "pred.jsonl"
    result = run_json(capsys, "--data", str(CLUSTERS), "--words", "30", "--pred-out", str(pred))
    assert set(result) == SYSTEMS
    for name, row in result.items():
        assert set(row) >= {"rouge1", "rouge2", "rougeLsum", "seconds_per_cluster", "clusters"}
        assert row["clusters"] == 2
        for metric in ("rouge1", "rouge2", "rougeLsum"):
            assert 0.0 < row[metric] <= 100.0, (name, metric)
        assert row["rouge2"] < row["rouge1"]
        assert row["seconds_per_cluster"] >= 0.0

    lines = [json.loads(line) for line in pred.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 2 * 4
    assert {(x["id"], x["system"]) for x in lines} == {(c, s) for c in ("ferry-strike", "orchard-fire") for s in SYSTEMS}
    for x in lines:
        assert set(x) == {"id", "system", "summary"}
        assert len(x["summary"].split()) == 30  # every source holds more than 30 words

    # An independent re-score of the written predictions gives the printed means.
    references = {c.id: c.summary for c in load_clusters(CLUSTERS).clusters}
    scorer = RougeScorer()
    for system in SYSTEMS:
        mine = [x for x in lines if x["system"] == system]
        scores = [scorer.score(x["summary"].split("\n"), split_sentences(references[x["id"]])) for x in mine]
        assert sum(s.rouge1 for s in scores) / len(scores) == pytest.approx(result[system]["rouge1"], abs=1e-3)
        assert sum(s.rougeLsum for s in scores) / len(scores) == pytest.approx(result[system]["rougeLsum"], abs=1e-3)


def test_articles_come_straight_from_texts_without_noise_labels():
    # The noise document is passed on as an ordinary article (its gold flag is dropped).
    cluster = load_clusters(CLUSTERS).clusters[0]
    articles = articles_for(cluster)
    assert [a.outlet for a in articles] == ["doc1", "doc2", "doc3"]
    assert articles[0].title == "Lindmoor ferry crews strike over night pay"
    assert "Subscribe" in articles[2].text


def test_baselines_option_and_limit(capsys):
    result = run_json(capsys, "--data", str(CLUSTERS), "--words", "20", "--baselines", "lead", "--limit", "1")
    assert set(result) == {"newsweave", "lead"}
    assert result["lead"]["clusters"] == 1
    only = run_json(capsys, "--data", str(CLUSTERS), "--baselines", "textrank", "--no-newsweave")
    assert set(only) == {"textrank"}


def test_empty_inputs_score_zero_and_bad_lines_are_reported(capsys, tmp_path):
    pred = tmp_path / "p.jsonl"
    code = main(["eval", "summarize", "--data", str(EDGE), "--words", "10", "--json", "-q", "--pred-out", str(pred)])
    captured = capsys.readouterr()
    assert code == 0
    result = json.loads(captured.out)
    for row in result.values():
        assert row["clusters"] == 2
        # empty-docs: nothing to summarize; empty-summary: no reference -> both zero.
        assert row["rouge1"] == row["rouge2"] == row["rougeLsum"] == 0.0
    assert f"{EDGE}:3" in captured.err and f"{EDGE}:4" in captured.err
    assert '"documents" must be a list' in captured.err
    lines = [json.loads(x) for x in pred.read_text().splitlines()]
    assert {x["summary"] for x in lines if x["id"] == "empty-docs"} == {""}


def test_table_output(capsys):
    # Without -q: the progress bar goes to stderr and must not disturb the table on stdout.
    code = main(["eval", "summarize", "--data", str(CLUSTERS), "--words", "25"])
    out = capsys.readouterr().out
    assert code == 0
    header = out.splitlines()[1]
    assert header.split("|")[1].strip() == "system" and "R-Lsum" in header and "s/cluster" in header
    rows = {line.split("|")[1].strip() for line in out.splitlines()[3:7]}
    assert rows == SYSTEMS
    assert "better of lexrank/textrank" in out


@pytest.mark.parametrize(
    "argv,message",
    [
        (["--data", "/nonexistent/clusters.jsonl"], "cannot read /nonexistent/clusters.jsonl"),
        (["--data", str(CLUSTERS), "--baselines", "lead,oracle"], "unknown baseline(s): oracle"),
        (["--data", str(CLUSTERS), "--words", "0"], "--words must be positive"),
    ],
)
def test_bad_arguments_are_clear_errors(capsys, argv, message):
    code = main(["eval", "summarize", *argv, "-q"])
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and "Traceback" not in err


def test_file_without_clusters_is_an_error(capsys, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    assert main(["eval", "summarize", "--data", str(bad), "-q"]) == 2
    assert "not UTF-8" in capsys.readouterr().err
    bad.write_text('{"id": 1}\n[1, 2]\n', encoding="utf-8")
    assert main(["eval", "summarize", "--data", str(bad), "-q"]) == 2
    assert "holds no usable cluster" in capsys.readouterr().err


def test_texts_are_read_as_the_product_reads_them_unless_raw_text(capsys, tmp_path):
    # Session 26 (brief M2): by default every system, baselines too, reads each document through the
    # product's reader (clean_text drops the "Advertisement" line); --raw-text keeps the file's text.
    data = tmp_path / "c.jsonl"
    doc = "Advertisement\nThe Tollwick ferry sailed late on Monday after a long night of repairs."
    data.write_text(json.dumps({"id": "late-ferry", "documents": [{"text": doc}], "summary": "The ferry sailed late."}) + "\n", encoding="utf-8")
    firsts = {}
    for extra in ((), ("--raw-text",)):
        pred = tmp_path / f"pred{len(extra)}.jsonl"
        run_json(capsys, "--data", str(data), "--words", "4", "--baselines", "lead", "--no-newsweave", "--pred-out", str(pred), *extra)
        (line,) = [json.loads(x) for x in pred.read_text(encoding="utf-8").splitlines()]
        firsts[extra] = line["summary"].split()[0]
    assert firsts == {(): "The", ("--raw-text",): "Advertisement"}
