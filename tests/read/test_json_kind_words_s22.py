"""A JSON record that is not an article object is named in JSON's words (session 22, brief E3:
"found a int", "'text' is a int"). Fictional records."""

from __future__ import annotations

import json

from newsweave.read import read_paths


def test_wrong_json_values_are_named_in_json_words(tmp_path):
    records = [7, 2.5, True, None, ["x"], {"text": 5}, {"text": {"body": "x"}},
               {"text": "The Vennick lighthouse reopened on Sunday after a year of repairs, the harbour board said."}]
    (tmp_path / "mixed.json").write_text(json.dumps(records), encoding="utf-8")
    result = read_paths([tmp_path / "mixed.json"])
    assert len(result.articles) == 1
    reasons = [p.reason for p in result.problems if p.level == "error"]
    joined = " | ".join(reasons)
    assert "found a number" in joined and "found true/false" in joined and "found null" in joined and "found a list" in joined
    assert "'text' is a number, not a string" in joined and "'text' is an object, not a string" in joined
    for python_word in ("a int", "a float", "a bool", "NoneType", "a dict"):
        assert python_word not in joined
