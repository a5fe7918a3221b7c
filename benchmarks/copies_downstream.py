"""Does a copy count as a second outlet downstream? (session 17, issue 12)

On every story of the copies gold where `find_derivations` finds a pair: the summary's "n/N outlets"
as `newsweave summarize` (no analysis) reports it, against the independent count (a copy counts as
its original's outlet; `corroboration.SourceMap`). `dev` = the dev copies gold, `train` = the
training pairs of `gold/copies_train_f.jsonl` (development evidence). Run it once per code version:

    PYTHONPATH=/tmp/base_21/src .venv/bin/python benchmarks/copies_downstream.py dev    # d8558a4
    PYTHONPATH=src .venv/bin/python benchmarks/copies_downstream.py dev                 # the tree

The facts' shared/partial status (the analysis path) already counted copies as their original.
"""
import sys, json
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import copies_quality as cq
import newsweave
from newsweave.analyze.derivation import find_derivations
from newsweave.analyze.corroboration import SourceMap
from newsweave.render.common import independent_count
split = sys.argv[1]
gold = [g for g in cq.load_gold() if (g["split"] == "train_f") == (split == "train")]
stories = sents = wrong_n = wrong_N = 0
for cid, arts, ders in cq.copied_stories(gold):
    stories += 1
    truth = SourceMap.build(arts, ders)
    rep = newsweave.summarize(arts, words=120)
    kept = SourceMap.build(rep.articles, find_derivations([d for d in rep.documents if d.sentences]))
    wrong_N += independent_count(rep, [])[1] != kept.total()
    for s in rep.summary.sentences:
        ids = [c.article_id for c in s.citations]
        sents += 1
        wrong_n += independent_count(rep, ids)[0] != len(truth.independent(ids))
print(json.dumps({"src": newsweave.__file__.split("/newsweave/")[0], "split": split, "stories_with_a_copy": stories, "summary_sentences": sents,
                  "n_counts_a_copy_as_an_outlet": wrong_n, "stories_N_counts_copies": wrong_N}))
