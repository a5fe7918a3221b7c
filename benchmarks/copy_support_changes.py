"""Which summaries change when a copy is no support (session 17, issue 13; summarize/copy_support.py)?

On every story of the copies gold where `find_derivations` finds a pair (the stories
`copies_downstream.py` counts), the 120-word summary as `newsweave summarize` makes it, with
`ExtractiveSummarizer(copy_support=False)` (every article a source, as at d8558a4) and with the
option on (`copy_support=True`: an article and its copies one source; off by default), in the same process. Prints the count and, with
--show, each changed summary side by side (sentence, cited articles; a copy marked `*`), to read.

    PYTHONPATH=src .venv/bin/python benchmarks/copy_support_changes.py dev --show
    PYTHONPATH=src .venv/bin/python benchmarks/copy_support_changes.py train    # train_f and train_g pairs: training, development evidence
"""
import sys, json
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import copies_quality as cq
from newsweave.pipeline.core import Pipeline
from newsweave.analyze.corroboration import SourceMap
from newsweave.summarize.extractive import ExtractiveSummarizer

split = sys.argv[1]
show = "--show" in sys.argv
gold = [g for g in cq.load_gold() if g["file"].startswith("summarization_multinews_train") == (split == "train")]
old, new = Pipeline(summarizer=ExtractiveSummarizer(copy_support=False)), Pipeline(summarizer=ExtractiveSummarizer(copy_support=True))
stories = changed = 0
changes = []
for cid, arts, ders in cq.copied_stories(gold):
    stories += 1
    sm = SourceMap.build(arts, ders)
    a, b = old.summarize(arts), new.summarize(arts)
    ta = [s.text for s in a.summary.sentences]
    tb = [s.text for s in b.summary.sentences]
    if ta == tb:
        continue
    changed += 1
    def rows(r):
        return [(s.text, [c.article_id.split(":")[-1] + ("*" if c.article_id in sm.copy_of else "") for c in s.citations]) for s in r.summary.sentences]
    changes.append({"story": cid, "copies": {k.split(":")[-1]: v.split(":")[-1] for k, v in sm.copy_of.items()}, "before": rows(a), "after": rows(b),
                    "cited_copy_groups": [sum(len(sm.independent([c.article_id for c in s.citations])) < len(s.citations) for s in r.summary.sentences) for r in (a, b)]})
print(json.dumps({"split": split, "stories_with_a_copy": stories, "summaries_changed": changed}))
if show:
    for c in changes:
        print("\n==", c["story"], "copies:", c["copies"], "sentences citing a copy beside its original (before, after):", c["cited_copy_groups"])
        for tag in ("before", "after"):
            print(" ", tag)
            for t, cites in c[tag]:
                print("    -", t[:300], cites)
