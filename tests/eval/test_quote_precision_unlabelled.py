"""quote_precision.py sample --unlabelled (session 21, brief S2): which mentions count as never
labelled, and how n is split over the files. Fictional clusters and offsets only."""

import importlib.util
import json
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location("qp_s2", Path(__file__).resolve().parents[2] / "benchmarks" / "quote_precision.py")
qp = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(qp)


def _m(source, cluster, doc, start, end):
    return {"source": source, "cluster": cluster, "doc": doc, "start": start, "end": end, "speaker": "x"}


def test_a_mention_overlapping_a_gold_line_is_covered(tmp_path, monkeypatch):
    gold = tmp_path / "quotes_precision_dev.jsonl"
    gold.write_text(json.dumps({"cluster": "c1", "doc": 0, "start": 10, "end": 20}) + "\n")
    (tmp_path / "quotes_merge_dev.jsonl").write_text(json.dumps({"cluster": "c2", "doc": 1, "start": 5, "end": 9}) + "\n")
    monkeypatch.setattr(qp, "GOLD", gold)
    union = {
        ("f", "c1", 0, 15): _m("f", "c1", 0, 15, 30),  # overlaps 10-20: covered
        ("f", "c1", 0, 20): _m("f", "c1", 0, 20, 25),  # starts where the gold ends: not covered
        ("f", "c1", 1, 12): _m("f", "c1", 1, 12, 18),  # another document
        ("f", "c2", 1, 0): _m("f", "c2", 1, 0, 6),  # covered by the merge gold
    }
    assert sorted(qp.unlabelled(union)) == [("f", "c1", 0, 20), ("f", "c1", 1, 12)]


def test_the_draw_is_split_by_count_and_seeded():
    keys = [("a", "c", 0, k) for k in range(452)] + [("b", "c", 0, k) for k in range(274)] + [("n", "c", 0, k) for k in range(49)]
    picked = qp.stratified(keys, 60, 26)
    per = {s: sum(k[0] == s for k in picked) for s in "abn"}
    assert per == {"a": 35, "b": 21, "n": 4}
    assert picked == qp.stratified(list(reversed(keys)), 60, 26)  # order of the pool does not matter
    assert picked != qp.stratified(keys, 60, 27)
    assert len(qp.stratified(keys[:10], 60, 26)) == 10
