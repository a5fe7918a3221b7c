"""A framing conflict reads the same on every run (session 18): two parties on one side with as many
sentences each were ordered by a set's iteration, which Python's string hashing changes from process
to process, so a stored story's history recorded a new version of an unchanged report. Fictional text."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from newsweave.analyze.entities import shared_nlp
from newsweave.analyze.framing import framing_conflicts
from newsweave.text.segment import segment
from newsweave.types import Article
texts = ['The Harbour Union called the talks "a disappointing failure".',
         'The Ferry Guild said the talks were "a waste of time".',
         'Mayor Ada Vance said the talks were "positive and constructive".']
docs = tuple(segment(Article(id=f"a{i}", outlet=f"Outlet {i}", text=t)) for i, t in enumerate(texts))
print([[s.value for s in c.sides] for c in framing_conflicts(docs, (), nlp=shared_nlp(None))])
"""


def test_tied_parties_keep_the_order_they_were_met_whatever_the_hash_seed():
    seen = set()
    for seed in ("1", "3", "4", "6"):  # at the old code, seeds 1 and 6 gave one order, 3 and 4 the other
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120, check=True)
        seen.add(out.stdout.strip())
    assert seen == {"[['Mayor Ada Vance', 'The Harbour Union and The Ferry Guild']]"}
